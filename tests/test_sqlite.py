"""SQLite output: the same claims as JSONL, whole documents only, resumable."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimx.io.sqlite import SqliteSink, completed_ids
from claimx.records import Claim, Content, DocumentResult, Span
from claimx.run.batch import infer_format, run_extract
from conftest import REPO

SAMPLES = REPO / "data" / "samples"
ARTICLE = "“The factory will close in June,” said Laura Chen, the company’s chief executive.\n"


def rows(db: Path, sql: str, *params) -> list[dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def claim_key(doc_id, claim_id, type_, canonical, cue, start, end):
    return (doc_id, claim_id, type_, canonical, cue, start, end)


def test_suffix_selects_sqlite():
    assert infer_format("claims.db", None) == "sqlite"
    assert infer_format("out/claims.SQLITE", None) == "sqlite"
    assert infer_format("claims.db", "jsonl") == "jsonl"


def test_samples_in_sqlite_equal_the_jsonl_output(tmp_path: Path):
    jsonl, db = tmp_path / "claims.jsonl", tmp_path / "claims.db"
    run_extract([str(SAMPLES)], out=str(jsonl), progress=False)
    run_extract([str(SAMPLES)], out=str(db), progress=False)
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    expected = sorted(
        claim_key(
            r["doc_id"],
            c["claim_id"],
            c["type"],
            c["speaker"]["canonical"] if c["speaker"] else None,
            c["cue"]["text"] if c["cue"] else None,
            c["content"]["start"],
            c["content"]["end"],
        )
        for r in records
        for c in r["claims"]
    )
    got = sorted(
        claim_key(*r.values())
        for r in rows(
            db,
            "SELECT doc_id, claim_id, type, speaker_canonical, cue_text, content_start,"
            " content_end FROM claims",
        )
    )
    assert len(expected) > 10
    assert got == expected

    docs = {r["doc_id"]: r for r in rows(db, "SELECT * FROM documents")}
    assert set(docs) == {r["doc_id"] for r in records}
    for r in records:
        assert docs[r["doc_id"]]["n_claims"] == len(r["claims"])
        assert docs[r["doc_id"]]["text_sha256"] == r["text_sha256"]
        assert json.loads(docs[r["doc_id"]]["errors"]) == []

    # the parts and the speaker table hold what the records hold
    by_id = {c["claim_id"]: c for r in records for c in r["claims"]}
    for row in rows(db, "SELECT * FROM claims LEFT JOIN speakers ON speaker_id = speakers.id"):
        claim = by_id[row["claim_id"]]
        assert json.loads(row["content_parts"]) == claim["content"]["parts"]
        if claim["speaker"]:
            assert row["canonical"] == claim["speaker"]["canonical"]
            assert row["kind"] == claim["speaker"]["kind"]
            assert bool(row["speaker_anonymous"]) is claim["speaker"]["anonymous"]


def test_speakers_are_unique_and_full_text_search_finds_content(tmp_path: Path):
    db = tmp_path / "claims.db"
    src = tmp_path / "two.jsonl"
    src.write_text(
        "\n".join(json.dumps({"id": f"d{n}", "text": ARTICLE}) for n in range(2)) + "\n",
        encoding="utf-8",
    )
    run_extract([str(src)], out=str(db), progress=False)
    assert rows(db, "SELECT canonical, kind, anonymous FROM speakers") == [
        {"canonical": "Laura Chen", "kind": "person", "anonymous": 0}
    ]
    hits = rows(
        db,
        "SELECT claims.doc_id FROM claims_fts JOIN claims ON claims.rowid = claims_fts.rowid"
        " WHERE claims_fts MATCH ? ORDER BY claims.doc_id",
        "closing",  # porter stemming: 'closing' finds 'close'
    )
    assert [h["doc_id"] for h in hits] == ["d0", "d1"]
    indexed = {r["name"] for r in rows(db, "SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"idx_claims_doc_id", "idx_claims_speaker_id", "idx_claims_cue_lemma"} <= indexed
    fks = rows(db, "SELECT * FROM pragma_foreign_key_list('claims')")
    assert {(f["from"], f["table"]) for f in fks} == {
        ("doc_id", "documents"),
        ("speaker_id", "speakers"),
    }


def test_failed_document_gets_a_row_with_its_error(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02 binary")
    db = tmp_path / "claims.db"
    stats = run_extract([str(src)], out=str(db), progress=False)
    assert stats.failed == 2
    docs = {r["doc_id"]: r for r in rows(db, "SELECT * FROM documents")}
    assert json.loads(docs["empty.txt"]["errors"])[0]["code"] == "empty"
    assert json.loads(docs["binary.txt"]["errors"])[0]["code"] == "binary"
    assert docs["good.txt"]["n_claims"] == 1
    assert rows(db, "SELECT doc_id FROM claims") == [{"doc_id": "good.txt"}]


def test_resume_skips_documents_already_in_the_database(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    for n in range(3):
        (src / f"doc-{n}.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "claims.db"
    run_extract([str(src)], out=str(db), progress=False)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DELETE FROM claims WHERE doc_id = 'doc-1.txt'")
        conn.execute("DELETE FROM documents WHERE doc_id = 'doc-1.txt'")
    conn.close()
    assert completed_ids(db) == {"doc-0.txt", "doc-2.txt"}
    stats = run_extract([str(src)], out=str(db), resume=True, progress=False)
    assert (stats.documents, stats.skipped) == (1, 2)
    assert sorted(r["doc_id"] for r in rows(db, "SELECT doc_id FROM claims")) == [
        "doc-0.txt",
        "doc-1.txt",
        "doc-2.txt",
    ]
    # without --resume the file starts afresh
    stats = run_extract([str(src / "doc-0.txt")], out=str(db), progress=False)
    assert [r["doc_id"] for r in rows(db, "SELECT doc_id FROM documents")] == ["doc-0.txt"]


def test_a_document_whose_rows_cannot_all_be_written_leaves_no_row(tmp_path: Path):
    db = tmp_path / "claims.db"
    claim = Claim(
        claim_id="bad#0",
        type="indirect",
        speaker=None,
        cue=None,
        content=Content(text="x", start=0, end=1, parts=[Span(start=0, end=1)]),
        sentence=Span(start=0, end=1),
        confidence=0.5,
    )
    # two claims with one claim_id: the second insert fails after the document row went in
    bad = DocumentResult(doc_id="bad", text_sha256="0" * 64, claims=[claim, claim])
    good = DocumentResult(doc_id="good", text_sha256="0" * 64)
    sink = SqliteSink(db)
    with pytest.raises(sqlite3.IntegrityError):
        sink.write(bad)
    assert sink.write(good)
    assert not sink.write(good)  # a repeated doc_id keeps the first
    sink.close()
    assert rows(db, "SELECT doc_id FROM documents") == [{"doc_id": "good"}]
    assert rows(db, "SELECT * FROM claims") == []


def test_sqlite_needs_an_output_file(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "claimx.cli",
            "extract",
            str(tmp_path / "a.txt"),
            "--format",
            "sqlite",
        ],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2
    assert "sqlite" in run.stderr


def test_killed_run_resumed_gives_whole_documents_once(tmp_path: Path):
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))] + [ARTICLE]
    src = tmp_path / "src"
    src.mkdir()
    for i in range(40):
        (src / f"doc-{i:03d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
    full, part = tmp_path / "full.db", tmp_path / "part.db"
    cmd = [sys.executable, "-m", "claimx.cli", "extract", str(src), "-q", "--n-process", "1"]
    assert subprocess.run([*cmd, "-o", str(full)], capture_output=True).returncode == 0

    proc = subprocess.Popen(
        [*cmd, "-o", str(part), "--batch-size", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            if len(completed_ids(part)) >= 5:
                break
        except sqlite3.OperationalError:  # locked or not yet created
            pass
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = len(completed_ids(part))
    assert 5 <= done_before < 40, "the run was not interrupted mid-way"

    resumed = subprocess.run([*cmd, "-o", str(part), "--resume"], capture_output=True)
    assert resumed.returncode == 0, resumed.stderr
    query = "SELECT * FROM claims ORDER BY claim_id"
    strip = [{k: v for k, v in r.items() if k != "speaker_id"} for r in rows(full, query)]
    again = [{k: v for k, v in r.items() if k != "speaker_id"} for r in rows(part, query)]
    assert again == strip
    doc_query = "SELECT * FROM documents ORDER BY doc_id"
    assert rows(part, doc_query) == rows(full, doc_query)


# -- source fields -------------------------------------------------------------------

SOURCE_FIELDS = ("name", "title", "affiliation", "source_type")
#: One name, two affiliations: two sources (homonyms), as the speakers table must say.
WESTLINE = (
    "Maria Ortiz, a spokesperson for Westline Rail, said night trains would stop in May. "
    "Ortiz said the decision was final.\n\n"
    "A Westline Rail spokesperson said the timetable would follow.\n"
)
HARBOR = "Maria Ortiz, the chief executive of Harbor Bank, said interest rates would fall.\n"


def test_claims_and_speakers_carry_the_source_fields(tmp_path: Path):
    src = tmp_path / "news.jsonl"
    texts = {"westline": WESTLINE, "harbor": HARBOR, "westline-again": WESTLINE}
    src.write_text(
        "".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in texts.items()),
        encoding="utf-8",
    )
    jsonl, db = tmp_path / "claims.jsonl", tmp_path / "claims.db"
    run_extract([str(src)], out=str(jsonl), progress=False)
    run_extract([str(src)], out=str(db), progress=False)
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    speakers = {c["claim_id"]: c["speaker"] for r in records for c in r["claims"]}
    got = rows(db, "SELECT * FROM claims LEFT JOIN speakers ON speaker_id = speakers.id")
    assert len(got) == len(speakers) == 7
    for row in got:
        sp = speakers[row["claim_id"]]
        for field in SOURCE_FIELDS:
            assert row[f"speaker_{field}"] == sp[field], (row["claim_id"], field)
        for field in ("name", "affiliation", "source_type"):  # the speakers table's
            assert row[field] == sp[field], (row["claim_id"], field)
    by_id = {r["claim_id"]: r for r in got}
    assert [by_id["westline#0"][f"speaker_{f}"] for f in SOURCE_FIELDS] == [
        "Maria Ortiz",
        "spokesperson",
        "Westline Rail",
        "named_person",
    ]
    assert by_id["harbor#0"]["speaker_title"] == "chief executive"
    assert by_id["westline#2"]["speaker_source_type"] == "unnamed_person"

    # one row per source: name and affiliation tell the two Maria Ortiz apart; the
    # repeated article and the surname add no row; NULL names do not defeat the key
    table = rows(
        db, "SELECT canonical, kind, name, affiliation, source_type FROM speakers ORDER BY id"
    )
    assert table == [
        {
            "canonical": "Maria Ortiz",
            "kind": "person",
            "name": "Maria Ortiz",
            "affiliation": "Westline Rail",
            "source_type": "named_person",
        },
        {
            "canonical": "Westline Rail spokesperson",
            "kind": "anonymous",
            "name": None,
            "affiliation": "Westline Rail",
            "source_type": "unnamed_person",
        },
        {
            "canonical": "Maria Ortiz",
            "kind": "person",
            "name": "Maria Ortiz",
            "affiliation": "Harbor Bank",
            "source_type": "named_person",
        },
    ]
    assert by_id["westline#0"]["speaker_id"] == by_id["westline-again#1"]["speaker_id"]
    assert by_id["westline#0"]["speaker_id"] != by_id["harbor#0"]["speaker_id"]
    facet = rows(
        db,
        "SELECT speaker_source_type AS t, COUNT(*) AS n FROM claims GROUP BY t ORDER BY t",
    )
    assert facet == [{"t": "named_person", "n": 5}, {"t": "unnamed_person", "n": 2}]


def test_resume_brings_a_database_without_source_columns_up_to_date(tmp_path: Path):
    """A database written before the source fields: resumed, it gets the columns and the
    wider speaker key, keeps its rows, and takes the new documents whole."""
    from sqlite_utils import Database

    from claimx.io.sqlite import CLAIM_COLUMNS, DOCUMENT_COLUMNS

    db_path = tmp_path / "old.db"
    new = {f"speaker_{f}" for f in SOURCE_FIELDS}
    old = Database(db_path)
    old["documents"].create(DOCUMENT_COLUMNS, pk="doc_id")
    old["speakers"].create({"id": int, "canonical": str, "kind": str, "anonymous": int}, pk="id")
    old["speakers"].create_index(["canonical", "kind"], unique=True)
    old["claims"].create(
        {k: v for k, v in CLAIM_COLUMNS.items() if k not in new},
        pk="claim_id",
        foreign_keys=[("doc_id", "documents", "doc_id"), ("speaker_id", "speakers", "id")],
    )
    old["claims"].enable_fts(["content_text"], create_triggers=True, tokenize="porter")
    old["documents"].insert(
        {"doc_id": "old", "text_sha256": "0" * 64, "n_claims": 1, "errors": "[]"}
    )
    old["speakers"].insert({"canonical": "Maria Ortiz", "kind": "person", "anonymous": 0})
    old["claims"].insert(
        {
            "claim_id": "old#0",
            "doc_id": "old",
            "speaker_canonical": "Maria Ortiz",
            "speaker_kind": "person",
            "speaker_id": 1,
            "content_text": "Fares will fall.",
        }
    )
    old.close()

    src = tmp_path / "news.jsonl"
    src.write_text(
        json.dumps({"id": "westline", "text": WESTLINE})
        + "\n"
        + json.dumps({"id": "harbor", "text": HARBOR})
        + "\n",
        encoding="utf-8",
    )
    stats = run_extract([str(src)], out=str(db_path), resume=True, progress=False)
    assert (stats.documents, stats.failed) == (2, 0)
    assert completed_ids(db_path) == {"old", "westline", "harbor"}
    columns = {r["name"] for r in rows(db_path, "SELECT name FROM pragma_table_info('claims')")}
    assert new <= columns
    got = {r["claim_id"]: r for r in rows(db_path, "SELECT * FROM claims")}
    assert got["old#0"]["speaker_name"] is None
    assert got["westline#0"]["speaker_affiliation"] == "Westline Rail"
    assert got["harbor#0"]["speaker_affiliation"] == "Harbor Bank"
    # the old (canonical, kind) key is gone: the two Maria Ortiz and the old one are three
    ortiz = rows(
        db_path, "SELECT id, affiliation FROM speakers WHERE canonical = 'Maria Ortiz' ORDER BY id"
    )
    assert [r["affiliation"] for r in ortiz] == [None, "Westline Rail", "Harbor Bank"]
    indexes = {
        r["name"] for r in rows(db_path, "SELECT name FROM sqlite_master WHERE type='index'")
    }
    assert "idx_speakers_canonical_kind" not in indexes and "idx_speakers_identity" in indexes
    # resumed again with one more document: nothing is written twice
    (tmp_path / "more.txt").write_text(HARBOR, encoding="utf-8")
    run_extract(
        [str(src), str(tmp_path / "more.txt")], out=str(db_path), resume=True, progress=False
    )
    assert len(rows(db_path, "SELECT id FROM speakers WHERE canonical = 'Maria Ortiz'")) == 3
    hits = rows(
        db_path,
        "SELECT claims.claim_id FROM claims_fts JOIN claims ON claims.rowid = claims_fts.rowid"
        " WHERE claims_fts MATCH 'fall' ORDER BY claims.claim_id",
    )
    assert [h["claim_id"] for h in hits] == ["harbor#0", "more.txt#0", "old#0"]
