"""Source fields in the CSV, and `claimx sourcing`: statements by source type, named vs
unnamed vs anonymous, per document and in all, from every output format."""

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from claimx.across.sourcing import (
    source_type_of,
    split_of,
    summarize,
    summarize_records,
)
from claimx.io.outputs import CSV_COLUMNS
from claimx.io.results import ResultsError, iter_results
from claimx.records import Speaker
from claimx.run.batch import run_extract
from claimx.run.documents import extract

#: The columns the output contract fixes, in its order.
CONTRACT_COLUMNS = [
    "doc_id",
    "claim_id",
    "type",
    "speaker",
    "speaker_canonical",
    "speaker_kind",
    "cue",
    "cue_lemma",
    "content",
    "content_start",
    "content_end",
    "confidence",
]
SOURCE_COLUMNS = ["speaker_name", "speaker_title", "speaker_affiliation", "speaker_source_type"]

ARTICLES = [
    {
        "id": "rail",
        "text": "Westline Rail said on Monday that night trains would stop in May. "
        "A Westline Rail spokesperson said the timetable would be published next week.\n\n"
        "Residents said the cuts would leave them stranded.",
    },
    {
        "id": "council",
        "text": "Maria Ortiz, a council candidate, said she would win the seat.\n\n"
        "A source familiar with the talks said the deal was close.\n\n"
        "A report by the Harbor Institute found that night trains carry few passengers.",
    },
    {"id": "weather", "text": "The weather was mild on Sunday."},
    {
        "id": "airline",
        "text": "United Airlines cancelled 40 flights on Friday. A spokesperson said the storm "
        "was to blame.\n\nThe report found that fares had doubled.",
    },
    {
        "id": "delta",
        "text": "Delta Air Lines cancelled 12 flights on Friday. A spokesperson said the crews "
        "were sick. It was reported that the airline paid no federal tax last year.",
    },
]
#: What each article's claims are, by source type (read off the sentences above).
EXPECTED_TYPES = {
    "rail": {"named_organization": 1, "unnamed_person": 1, "unnamed_group": 1},
    "council": {"named_person": 1, "anonymous_source": 1, "document": 1},
    "weather": {},
    "airline": {"unnamed_person": 1, "document": 1},
    "delta": {"unnamed_person": 1, "no_speaker": 1},
}
#: named / unnamed / anonymous / other per article: the Harbor Institute's report is
#: named, the report without a publisher and the claim without a speaker are other.
EXPECTED_SPLIT = {
    "rail": (1, 2, 0, 0),
    "council": (2, 0, 1, 0),
    "weather": (0, 0, 0, 0),
    "airline": (0, 1, 0, 1),
    "delta": (0, 1, 0, 1),
}


def claimx(*args: str, cwd: Path | None = None):
    return subprocess.run(
        [sys.executable, "-m", "claimx.cli", *args], capture_output=True, text=True, cwd=cwd
    )


def unboxed(message: str) -> str:
    """An error message as typer printed it in a box, on one line."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", message).split())


def split(counts) -> tuple[int, int, int, int]:
    return (counts.named, counts.unnamed, counts.anonymous, counts.other)


def nonzero(by_type: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in by_type.items() if v}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> Path:
    """The articles extracted by `claimx extract` to JSONL, and to JSON, CSV, SQLite and a
    folder of one .json per document."""
    root = tmp_path_factory.mktemp("sourcing")
    src = root / "news.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    run = claimx("extract", str(src), "-o", str(root / "claims.jsonl"), "-q", cwd=root)
    assert run.returncode == 0, run.stderr
    for out in ("claims.json", "claims.csv", "claims.db"):
        run_extract([str(src)], out=str(root / out), progress=False, n_process=1)
    run_extract([str(src)], out=str(root / "per-doc"), fmt="json", progress=False, n_process=1)
    return root


def jsonl_speakers(path: Path) -> dict[str, dict | None]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return {c["claim_id"]: c["speaker"] for r in records for c in r["claims"]}


# -- CSV -----------------------------------------------------------------------------


def test_csv_keeps_the_contract_columns_and_appends_the_source_fields(outputs: Path):
    assert CSV_COLUMNS[:12] == CONTRACT_COLUMNS
    assert CSV_COLUMNS[-4:] == SOURCE_COLUMNS
    rows = list(csv.DictReader(io.StringIO((outputs / "claims.csv").read_text("utf-8"))))
    assert list(rows[0]) == CSV_COLUMNS
    speakers = jsonl_speakers(outputs / "claims.jsonl")
    assert len(rows) == len(speakers) == 10
    for row in rows:
        sp = speakers[row["claim_id"]] or {}
        for column in SOURCE_COLUMNS:
            field = column.removeprefix("speaker_")
            assert row[column] == (sp.get(field) or ""), (row["claim_id"], column)
    by_id = {r["claim_id"]: r for r in rows}
    ortiz = by_id["council#0"]
    assert (ortiz["speaker_name"], ortiz["speaker_title"], ortiz["speaker_source_type"]) == (
        "Maria Ortiz",
        "council candidate",
        "named_person",
    )
    spokesperson = by_id["rail#1"]
    assert spokesperson["speaker_name"] == ""
    assert spokesperson["speaker_title"] == "spokesperson"
    assert spokesperson["speaker_affiliation"] == "Westline Rail"
    assert spokesperson["speaker_source_type"] == "unnamed_person"


def test_csv_from_standard_input_carries_the_source_fields():
    text = (
        "A Westline Rail spokesperson said trains would run hourly. "
        "Maria Ortiz, a council candidate, said she would win.\n"
    )
    run = subprocess.run(
        [sys.executable, "-m", "claimx.cli", "extract", "-", "--format", "csv", "-q"],
        input=text,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    got = [tuple(r[c] for c in SOURCE_COLUMNS) for r in rows]
    assert got == [
        ("", "spokesperson", "Westline Rail", "unnamed_person"),
        ("Maria Ortiz", "council candidate", "", "named_person"),
    ]


# -- the summary ---------------------------------------------------------------------


def test_statements_are_counted_by_source_type_and_split(outputs: Path):
    summary = summarize([outputs / "claims.jsonl"])
    docs = {d.doc_id: d for d in summary.documents}
    assert list(docs) == [a["id"] for a in ARTICLES]  # the document without claims too
    for doc_id, expected in EXPECTED_TYPES.items():
        assert nonzero(docs[doc_id].by_type) == expected, doc_id
        assert split(docs[doc_id]) == EXPECTED_SPLIT[doc_id], doc_id
        assert docs[doc_id].statements == sum(expected.values())
    total = summary.total
    assert (total.documents, total.failed, total.statements) == (5, 0, 10)
    assert nonzero(total.by_type) == {
        "named_person": 1,
        "named_organization": 1,
        "document": 2,
        "unnamed_person": 3,
        "unnamed_group": 1,
        "anonymous_source": 1,
        "no_speaker": 1,
    }
    assert split(total) == (3, 4, 1, 2) and total.document_named == 1
    assert total.shares == {"named": 0.3, "unnamed": 0.4, "anonymous": 0.1, "other": 0.2}
    assert docs["weather"].shares == {"named": 0.0, "unnamed": 0.0, "anonymous": 0.0, "other": 0.0}
    assert [g.path for g in summary.inputs] == [str(outputs / "claims.jsonl")]


def test_every_output_format_gives_the_same_counts(outputs: Path):
    def counts(path: Path) -> dict:
        summary = summarize([path])
        by_doc = {d.doc_id: (nonzero(d.by_type), split(d)) for d in summary.documents}
        return {"total": summary.total.model_dump(exclude={"path"}), "docs": by_doc}

    reference = counts(outputs / "claims.jsonl")
    for name in ("claims.json", "claims.db", "per-doc"):
        assert counts(outputs / name) == reference, name
    # a CSV has rows for claims only: the document without claims is not in it
    from_csv = counts(outputs / "claims.csv")
    assert "weather" not in from_csv["docs"]
    assert from_csv["docs"] == {k: v for k, v in reference["docs"].items() if k != "weather"}
    assert from_csv["total"] == {**reference["total"], "documents": 4}


def test_summary_of_records_in_memory(default_nlp):
    results = [extract(a["text"], doc_id=a["id"], nlp=default_nlp) for a in ARTICLES]
    summary = summarize_records(results, per_document=False)
    assert summary.documents is None
    assert (summary.total.documents, summary.total.statements) == (5, 10)
    assert split(summary.total) == (3, 4, 1, 2)
    by_claim = [(c.claim_id, split_of(c.speaker)) for r in results for c in r.claims]
    assert ("council#2", "named") in by_claim and ("airline#1", "other") in by_claim
    assert ("delta#1", "other") in by_claim


def test_classification_of_one_speaker():
    def speaker(text: str, kind: str, **fields) -> Speaker:
        return Speaker(text=text, start=0, end=len(text), canonical=text, kind=kind, **fields)

    assert source_type_of(None) == "no_speaker"
    assert source_type_of(speaker("she", "pronoun", anonymous=False)) == "unknown"
    report = speaker("a report", "document", anonymous=False, source_type="document")
    assert split_of(report) == "other"
    assert split_of(report.model_copy(update={"name": "Harbor Institute"})) == "named"
    residents = speaker("residents", "group", anonymous=True, source_type="unnamed_group")
    assert split_of(residents) == "unnamed"
    source = speaker("a source", "anonymous", anonymous=True, source_type="anonymous_source")
    assert split_of(source) == "anonymous"


def test_a_file_that_is_not_claimx_output_is_refused(outputs: Path):
    with pytest.raises(ResultsError, match="not a claimx output record"):
        list(iter_results(outputs / "news.jsonl"))  # the input, not an output
    torn = outputs / "torn.jsonl"
    torn.write_text((outputs / "claims.jsonl").read_text("utf-8")[:-40], encoding="utf-8")
    with pytest.raises(ResultsError, match=r"torn\.jsonl:5: not a JSON record"):
        summarize([torn])
    torn.unlink()


# -- the command -----------------------------------------------------------------------


def test_sourcing_command_json(outputs: Path):
    run = claimx("sourcing", str(outputs / "claims.jsonl"), "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    total = data["total"]
    assert (total["documents"], total["statements"]) == (5, 10)
    assert [total[s] for s in ("named", "unnamed", "anonymous", "other")] == [3, 4, 1, 2]
    assert total["by_type"]["unnamed_person"] == 3 and total["by_type"]["document"] == 2
    assert set(total["shares"]) == {"named", "unnamed", "anonymous", "other"}
    docs = {d["doc_id"]: d for d in data["documents"]}
    assert list(docs) == [a["id"] for a in ARTICLES]
    assert list(docs["council"])[:3] == ["doc_id", "path", "errors"]
    assert (docs["council"]["named"], docs["council"]["anonymous"]) == (2, 1)
    assert docs["council"]["path"] == str(outputs / "claims.jsonl")

    totals = claimx("sourcing", str(outputs / "claims.db"), "--json", "--no-per-document")
    assert totals.returncode == 0, totals.stderr
    data = json.loads(totals.stdout)
    assert data["documents"] is None and data["total"]["named"] == 3


def test_sourcing_command_table(outputs: Path):
    run = claimx("sourcing", str(outputs / "claims.jsonl"), str(outputs / "claims.csv"))
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "Sourcing of 9 documents" in out  # five from the JSONL, four from the CSV
    assert "Sourcing: 20 statements in 9 documents" in out
    for doc_id in ("rail", "council", "weather", "airline", "delta"):
        assert f"│ {doc_id} " in out
    lines = {line.split("│")[1].strip(): line for line in out.splitlines() if line.count("│") > 5}
    cells = [c.strip() for c in lines["total"].split("│")[2:-1]]
    # docs, statements, 6 types, no type, named, unnamed, anonymous, other, named share
    assert cells == ["9", "20", "2", "2", "4", "6", "2", "2", "2", "6", "8", "2", "4", "30%"]
    short = claimx("sourcing", str(outputs / "claims.jsonl"), "--no-per-document")
    assert "│ council " not in short.stdout and "total" in short.stdout


def test_sourcing_command_walks_folders_and_skips_what_is_not_output(outputs: Path):
    run = claimx("sourcing", str(outputs / "per-doc"), str(outputs / "news.jsonl"), "--json")
    assert run.returncode == 2 and "not a claimx output record" in unboxed(run.stderr)
    run = claimx("sourcing", str(outputs), "--json", "--no-per-document")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert [s["path"] for s in data["skipped"]] == [str(outputs / "news.jsonl")]
    assert "skipped" in run.stderr and "news.jsonl" in run.stderr
    # claims.csv (4 documents), claims.db, claims.json, claims.jsonl, per-doc/ (5 each)
    assert data["total"]["documents"] == 24 and data["total"]["statements"] == 50


def test_sourcing_command_usage_errors(tmp_path: Path):
    assert claimx("sourcing", str(tmp_path / "missing.jsonl")).returncode == 2
    text = tmp_path / "article.txt"
    text.write_text("Officials said the bridge would reopen.", encoding="utf-8")
    run = claimx("sourcing", str(text))
    assert run.returncode == 2 and "not a claimx output" in unboxed(run.stderr)
    assert "Example" in claimx("sourcing", "--help").stdout


def test_table_command_shows_the_source_of_each_claim_from_any_format(outputs: Path):
    for name in ("claims.jsonl", "claims.db", "claims.csv"):
        run = claimx("table", str(outputs / name))
        assert run.returncode == 0, (name, run.stderr)
        assert "source" in run.stdout and "anonymous_source" in run.stdout, name
        assert "affiliation: Westline Rail" in run.stdout, name
        assert "title: council candidate" in run.stdout, name
    run = claimx("table", str(outputs / "news.jsonl"))
    assert run.returncode == 2 and "not a claimx output record" in unboxed(run.stderr)
