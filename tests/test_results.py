"""read_results: claimx's own output read back, in every format, as DocumentResult records."""

import json
from pathlib import Path

import pytest

from claimx.io.results import ResultsError, Skipped, iter_results, read_results
from claimx.records import DocumentResult
from claimx.run.batch import run_extract
from conftest import REPO

SAMPLES = REPO / "data" / "samples"
#: The five forms `claimx extract` writes: name under the fixture's folder, format.
FORMS = {
    "jsonl": ("claims.jsonl", None),
    "json": ("claims.json", None),
    "csv": ("claims.csv", None),
    "sqlite": ("claims.db", None),
    "folder": ("per-doc", "json"),
}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> Path:
    """The two samples extracted once into each form."""
    root = tmp_path_factory.mktemp("results")
    for name, fmt in FORMS.values():
        run_extract([str(SAMPLES)], out=str(root / name), fmt=fmt, progress=False, n_process=1)
    return root


def read(outputs: Path, form: str) -> list[DocumentResult]:
    results = [result for _, result in read_results([outputs / FORMS[form][0]])]
    assert results and all(isinstance(r, DocumentResult) for r in results)
    return results


def claims_of(results: list[DocumentResult]) -> list[tuple]:
    return [
        (
            r.doc_id,
            c.claim_id,
            c.type,
            c.content.text,
            c.speaker.canonical if c.speaker else None,
            c.cue.text if c.cue else None,
            c.confidence,
        )
        for r in results
        for c in r.claims
    ]


def test_every_form_gives_the_same_claims(outputs: Path):
    by_form = {form: read(outputs, form) for form in FORMS}
    reference = claims_of(by_form["jsonl"])
    assert len(reference) > 10
    assert [r.doc_id for r in by_form["jsonl"]] == [p.name for p in sorted(SAMPLES.iterdir())]
    for form, results in by_form.items():
        assert claims_of(results) == reference, form


def test_whole_records_are_equal_and_a_csv_gives_what_it_has(outputs: Path):
    jsonl = read(outputs, "jsonl")
    for form in ("json", "sqlite", "folder"):
        assert read(outputs, form) == jsonl, form
    assert all(r.text_sha256 and r.source_path for r in jsonl)
    csv = read(outputs, "csv")
    for whole, partial in zip(jsonl, csv, strict=True):
        assert (partial.text_sha256, partial.source_path) == (None, None)
        for w, p in zip(whole.claims, partial.claims, strict=True):
            assert (p.content.start, p.content.end) == (w.content.start, w.content.end)
            assert p.sentence is None and p.content.parts is None
            if w.speaker is not None:
                assert (p.speaker.start, p.speaker.end) == (None, None)
                assert p.speaker.source_type == w.speaker.source_type
                assert p.speaker.anonymous == w.speaker.anonymous
            if w.cue is not None:
                assert (p.cue.start, p.cue.end, p.cue.lemma) == (None, None, w.cue.lemma)


def test_a_folder_is_walked_and_what_is_not_output_skipped(outputs: Path, tmp_path: Path):
    article = tmp_path / "article.txt"
    article.write_text((SAMPLES / "nato-russia-strategy-1.txt").read_text("utf-8"), "utf-8")
    (tmp_path / "news.jsonl").write_text(json.dumps({"id": "a", "text": "Hi."}) + "\n", "utf-8")
    (tmp_path / "claims.jsonl").write_bytes((outputs / "claims.jsonl").read_bytes())
    skipped: list[Skipped] = []
    files = [file.name for file, _ in read_results([tmp_path], skipped)]
    assert files == ["claims.jsonl", "claims.jsonl"]  # the .txt is not looked at
    assert [s.path for s in skipped] == [str(tmp_path / "news.jsonl")]


def one_line_error(path: Path) -> str:
    with pytest.raises(ResultsError) as caught:
        list(read_results([path]))
    message = str(caught.value)
    assert "\n" not in message and str(path) in message, message
    return message


def test_what_is_not_claimx_output_is_a_one_line_error(outputs: Path, tmp_path: Path):
    article = tmp_path / "article.txt"
    article.write_text((SAMPLES / "nato-russia-strategy-1.txt").read_text("utf-8"), "utf-8")
    assert "not a claimx output" in one_line_error(article)
    news = tmp_path / "news.jsonl"
    news.write_text(json.dumps({"id": "a", "text": "Officials said it."}) + "\n", "utf-8")
    assert "not a claimx output record" in one_line_error(news)
    not_csv = tmp_path / "table.csv"
    not_csv.write_text("name,value\nrain,3\n", "utf-8")
    assert "not a claimx CSV" in one_line_error(not_csv)
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a.txt").write_text("Officials said it.", "utf-8")
    assert "no claimx output in this folder" in one_line_error(folder)
    assert "no such file" in one_line_error(tmp_path / "missing.jsonl")


def test_a_record_that_is_not_whole_is_a_one_line_error(outputs: Path, tmp_path: Path):
    records = [
        json.loads(line) for line in (outputs / "claims.jsonl").read_text("utf-8").splitlines()
    ]
    del records[1]["claims"][0]["content"]["start"]
    broken = tmp_path / "broken.jsonl"
    broken.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    message = one_line_error(broken)
    assert message.startswith(f"{broken}:2: record 'nato-russia-strategy-2.txt'")
    assert "not a whole claimx record (claims.0.content.start: Field required)" in message
    first = next(iter_results(broken))  # a file is read lazily: the first record is whole
    assert first.doc_id == "nato-russia-strategy-1.txt"
