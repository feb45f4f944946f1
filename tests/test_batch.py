"""Batch runs as users leave them running: bad inputs, parallel workers, kill and resume."""

import codecs
import hashlib
import json
import os
import platform
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimx.io.inputs import TextDoc
from claimx.run import documents as pipeline
from conftest import REPO

SAMPLES = sorted((REPO / "data" / "samples").glob("*.txt"))
ARTICLE = "“The factory will close in June,” said Laura Chen, the company’s chief executive.\n"


def claimx(*args, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "claimx.cli", *args], capture_output=True, text=True, **kwargs
    )


def records(stdout: str) -> dict[str, dict]:
    return {r["doc_id"]: r for r in map(json.loads, stdout.splitlines())}


@pytest.fixture()
def messy_folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "news").mkdir(parents=True)
    for path in SAMPLES:
        (root / "news" / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text("  \n\n\t \n", encoding="utf-8")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "nul.txt").write_bytes(b"\x00\x01\x02 valid UTF-8 but binary")
    (root / "latin1.txt").write_bytes(
        ARTICLE.replace("’", "'")
        .replace("“", '"')
        .replace("”", '"')
        .replace("Chen", "Müller")
        .encode("latin-1")
    )
    (root / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"))
    (root / "bom.txt").write_bytes(codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    (root / "huge.txt").write_text(ARTICLE * 400, encoding="utf-8")
    (root / "records.jsonl").write_text(
        json.dumps({"id": "rec-1", "text": ARTICLE}) + "\n{broken json\n" + '["no", "text"]\n',
        encoding="utf-8",
    )
    (root / "dangling.txt").symlink_to(root / "missing-target.txt")
    (root / "news" / "loop").symlink_to(root)
    return root


def test_bad_inputs_get_error_records_and_good_ones_claims(messy_folder: Path):
    run = claimx("extract", str(messy_folder), "-q", "--max-chars", "20000", "--n-process", "1")
    assert run.returncode == 1, run.stderr
    recs = records(run.stdout)
    for path in SAMPLES:
        assert recs[f"news/{path.name}"]["claims"], path.name
    for doc_id in ("bom.txt", "utf16.txt", "latin1.txt", "rec-1"):
        assert recs[doc_id]["errors"] == [] and recs[doc_id]["claims"], doc_id
    assert recs["bom.txt"]["claims"][0]["content"]["start"] == 1  # BOM removed, offsets kept
    assert recs["latin1.txt"]["warnings"][0]["code"] == "decoded_as"
    assert recs["latin1.txt"]["claims"][0]["speaker"]["canonical"] == "Laura Müller"
    expected_errors = {
        "empty.txt": "empty",
        "blank.txt": "empty",
        "binary.txt": "binary",
        "nul.txt": "binary",
        "huge.txt": "too_long",
        "records.jsonl:2": "bad_jsonl",
        "records.jsonl:3": "bad_jsonl",
        "dangling.txt": "unreadable",
    }
    for doc_id, code in expected_errors.items():
        assert recs[doc_id]["errors"][0]["code"] == code, doc_id
        assert recs[doc_id]["claims"] == []
    # the symlink loop is walked once, not forever
    assert sum(1 for d in recs if d.endswith(SAMPLES[0].name)) == 1


def test_duplicate_ids_are_reported_not_overwritten(tmp_path: Path):
    src = tmp_path / "dup.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": ARTICLE})
        + "\n"
        + json.dumps({"id": "a", "text": "x"})
        + "\n",
        encoding="utf-8",
    )
    run = claimx("extract", str(src), "-q", "--n-process", "1")
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["doc_id"] for r in lines] == ["a", "a"]
    assert lines[0]["claims"] and lines[1]["errors"][0]["code"] == "duplicate_id"
    assert run.returncode == 1


def test_long_document_is_parsed_in_chunks_with_offsets_into_the_whole(nlp, monkeypatch):
    text = ("Filler line about the weather in the valley today.\n" * 30 + ARTICLE) * 3
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 700)
    result = pipeline.process_one(TextDoc("long", text), nlp)
    assert len(result.claims) == 3
    for claim in result.claims:
        assert text[claim.content.start : claim.content.end] == claim.content.text
        assert claim.content.text == "The factory will close in June"
        assert claim.speaker.text == text[claim.speaker.start : claim.speaker.end]


def _corpus(folder: Path, n: int) -> Path:
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES] + [ARTICLE]
    for i in range(n):
        (folder / f"doc-{i:04d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
    return folder


def test_two_processes_give_the_same_output_as_one(tmp_path: Path):
    src = tmp_path / "src"
    src.mkdir()
    _corpus(src, 9)
    one = claimx("extract", str(src), "-q", "--n-process", "1", "--batch-size", "2")
    two = claimx("extract", str(src), "-q", "--n-process", "2", "--batch-size", "2")
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 9


def test_killed_run_resumed_equals_an_uninterrupted_run(tmp_path: Path):
    src = tmp_path / "src"
    src.mkdir()
    _corpus(src, 150)
    full = tmp_path / "full.jsonl"
    part = tmp_path / "part.jsonl"
    run = claimx("extract", str(src), "-o", str(full), "-q", "--n-process", "1")
    assert run.returncode == 0, run.stderr

    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "claimx.cli",
            "extract",
            str(src),
            "-o",
            str(part),
            "-q",
            "--n-process",
            "1",
            "--batch-size",
            "1",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 120
    while time.time() < deadline:
        if part.exists() and part.read_text(encoding="utf-8").count("\n") >= 10:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = part.read_text(encoding="utf-8").count("\n")
    assert 10 <= done_before < 150, "the run was not interrupted mid-way"

    resumed = claimx("extract", str(src), "-o", str(part), "--resume", "-q", "--n-process", "1")
    assert resumed.returncode == 0, resumed.stderr
    assert sorted(part.read_text(encoding="utf-8").splitlines()) == sorted(
        full.read_text(encoding="utf-8").splitlines()
    )


def test_resume_into_a_directory_skips_finished_documents(tmp_path: Path):
    src = tmp_path / "src"
    src.mkdir()
    _corpus(src, 3)
    out = tmp_path / "out"
    out.mkdir()
    first = claimx("extract", str(src), "-o", str(out), "-q", "--n-process", "1")
    assert first.returncode == 0
    stamp = (out / "doc-0000.txt.json").stat().st_mtime_ns
    (out / "doc-0001.txt.json").unlink()
    again = claimx("extract", str(src), "-o", str(out), "--resume", "--n-process", "1")
    assert "1 document," in again.stderr and "2 skipped" in again.stderr
    assert (out / "doc-0000.txt.json").stat().st_mtime_ns == stamp
    assert json.loads((out / "doc-0001.txt.json").read_text(encoding="utf-8"))["claims"]


def test_outputs_written_through_a_temporary_file_are_readable_by_others(tmp_path):
    import os
    import stat

    from claimx.io.outputs import atomic_write

    out = tmp_path / "page.html"
    atomic_write(out, "<p>x</p>")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


def test_several_workers_get_the_end_in_smaller_batches():
    from claimx.run.documents import batches as _batches

    items = [TextDoc(str(i), "A short text.") for i in range(100)]
    assert [len(b) for b in _batches(items, 16)] == [16] * 6 + [4]
    many = list(_batches(items, 16, workers=2))
    assert [i for b in many for i in b] == items  # order kept, nothing lost
    sizes = [len(b) for b in many]
    assert sizes[:4] == [16] * 4  # full batches while the end is not in sight
    assert max(sizes[4:]) <= 5 and len(sizes[4:]) >= 2 * 2  # then a few per worker
    assert list(_batches([], 16, workers=2)) == []
    assert [len(b) for b in _batches(items[:3], 16, workers=2)] == [1, 1, 1]


def test_a_batch_holds_a_bounded_number_of_characters():
    """The parser holds a batch's texts together: long texts go a few at a time."""
    from claimx.run.documents import batches as _batches

    items = [TextDoc(str(i), "x" * 30_000) for i in range(5)] + [TextDoc("big", "y" * 90_000)]
    batches = list(_batches(items, 16, max_chars=60_000))
    assert [len(b) for b in batches] == [2, 2, 1, 1]
    assert [i for b in batches for i in b] == items


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
    reason="mallopt is glibc's",
)
def test_workers_keep_freed_memory_on_glibc():
    code = "from claimx.run.batch import keep_freed_memory as k; print(k())"
    # in a fresh process, so that this one's allocator is left as it is
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "True"


LONG_PARAGRAPH = (
    "Lena Brooks, the port's director, said the new cranes would arrive in May. "
    "The council met on Tuesday to discuss the budget for the harbour. "
    "According to the harbour board, ships will wait less than an hour. "
    "Brooks said the cranes were paid for by the state. "
)


def test_a_long_document_goes_in_parts_and_comes_back_as_one_record(monkeypatch):
    """Parts are parsed like documents; the record is one, with offsets into the
    whole text, claims numbered through it, and a call for each finished part."""
    from claimx.run.batch import run_documents

    text = "\n\n".join([LONG_PARAGRAPH] * 12)
    whole = pipeline.process_one(TextDoc("long", text), pipeline.load_nlp())
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 1200)
    seen = []
    pairs = list(run_documents([TextDoc("long", text)], None, 1, 16, on_part=seen.append))
    assert len(pairs) == 1
    item, result = pairs[0]
    assert item.text == text and result.doc_id == "long" and not result.errors
    assert len(seen) >= 2 and all(p.count == len(seen) + 1 for p in seen)
    assert [c.claim_id for c in result.claims] == [f"long#{n}" for n in range(len(result.claims))]
    for claim in result.claims:
        assert text[claim.content.start : claim.content.end] == claim.content.text
        assert text[claim.speaker.start : claim.speaker.end] == claim.speaker.text
    # each part holds whole paragraphs here, so the claims are those of the whole text
    spans = [(c.content.start, c.content.end, c.speaker.text) for c in result.claims]
    assert spans == [(c.content.start, c.content.end, c.speaker.text) for c in whole.claims]


def test_a_single_line_is_cut_at_sentence_ends_not_inside_words():
    text = " ".join([LONG_PARAGRAPH.strip()] * 40)
    assert "\n" not in text
    pieces = list(pipeline.chunks(text, 1000))
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 1000 for _, p in pieces) and len(pieces) > 5
    for start, piece in pieces[:-1]:
        assert piece.rstrip().endswith("."), piece[-40:]
        assert text[start + len(piece)].isupper()
    # a text with no place to cut is cut at the size
    assert [len(p) for _, p in pipeline.chunks("x" * 2500, 1000)] == [1000, 1000, 500]


def test_one_process_multiplies_on_one_blas_thread(monkeypatch):
    """--n-process 1 keeps to one core: numpy's BLAS gets one thread while parsing."""
    from threadpoolctl import threadpool_info

    from claimx.run.batch import run_documents

    real = pipeline.process_batch
    threads: list[int] = []

    def watched(*args, **kwargs):
        threads.extend(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas")
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "process_batch", watched)
    pairs = list(run_documents([TextDoc("a", ARTICLE)], None, 1, 16))
    assert pairs[0][1].claims
    assert threads and set(threads) == {1}


def test_binary_files_keep_their_own_hash(tmp_path: Path):
    (tmp_path / "a.txt").write_bytes(b"\x00\x01binary one")
    (tmp_path / "b.txt").write_bytes(b"\x00\x02binary two")
    run = claimx("extract", str(tmp_path), "-q", "--n-process", "1")
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["errors"][0]["code"] for r in records] == ["binary", "binary"]
    hashes = {r["text_sha256"] for r in records}
    assert len(hashes) == 2
    assert hashlib.sha256(b"").hexdigest() not in hashes


def test_the_progress_rate_waits_for_a_second_of_run():
    from claimx.run.batch import _rate

    assert _rate(4, 0.002) == ""
    assert _rate(4, 2.0) == "2.0 docs/s"
    assert _rate(1, 4.0) == "4.0 s/doc"


def test_lone_surrogates_in_jsonl_are_replaced_not_fatal(tmp_path: Path):
    """A JSON "\\ud800" is valid JSON but no character: no output could hold it."""
    src = tmp_path / "s.jsonl"
    lines = [
        '{"id": "a", "text": "The city will pay, said Ann Lee, the rep\\udb24orters heard."}',
        '{"id": "b\\ud800", "text": "\\ud800", "tag": "x\\udfff"}',
        json.dumps({"id": "c", "text": ARTICLE}),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = claimx("extract", str(src), "-q", "--n-process", "1")
    assert run.returncode == 0, run.stderr
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["doc_id"] for r in records] == ["a", "b\ufffd", "c"]
    assert records[0]["warnings"][0]["code"] == "replaced_surrogates"
    assert records[0]["claims"] and records[2]["claims"]
    assert records[1]["meta"] == {"tag": "x\ufffd"}


def test_a_jsonl_record_holding_a_raw_line_separator_is_one_record(tmp_path: Path):
    """JSON strings may hold U+2028, U+2029 and U+0085 unescaped; a record ends at a
    line feed only (a fuzz find: str.splitlines() cut such records in pieces)."""
    text = "The port will reopen,\u2028officials said.\u2029" + ARTICLE + "\x85"
    src = tmp_path / "raw.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    run = claimx("extract", str(src), "-q", "--n-process", "1")
    records = [json.loads(line) for line in run.stdout.split("\n") if line.strip()]
    assert [r["doc_id"] for r in records] == ["a"], run.stdout[:300]
    assert not records[0]["errors"] and records[0]["claims"]
    out = tmp_path / "out.jsonl"
    out.write_text(run.stdout, encoding="utf-8")
    table = claimx("table", str(out))
    assert table.returncode == 0, table.stderr


def test_a_stray_nul_byte_in_jsonl_spoils_its_line_not_the_file(tmp_path: Path):
    """A fuzz find: one NUL byte near the top made the whole .jsonl 'binary'."""
    src = tmp_path / "nul.jsonl"
    lines = [
        json.dumps({"id": "a", "text": ARTICLE}),
        '{"id": "b", "text": "bad\x00line"}',
        json.dumps({"id": "c", "text": ARTICLE}),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b"\x00\x01\x02\x03" * 200)
    run = claimx("extract", str(src), str(binary), "-q", "--n-process", "1")
    records = [json.loads(line) for line in run.stdout.splitlines()]
    codes = {r["doc_id"]: [e["code"] for e in r["errors"]] for r in records}
    assert codes["a"] == [] and codes["c"] == [] and codes["nul.jsonl:2"] == ["bad_jsonl"]
    assert codes["bin.jsonl"] == ["binary"]
