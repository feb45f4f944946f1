"""The command line as a user runs it: inputs, formats, exit codes, stdout/stderr."""

import csv
import io
import json
import subprocess
import sys

import pytest

from claimx.io.outputs import CSV_COLUMNS
from conftest import REPO

ARTICLE = "“The factory will close in June,” said Laura Chen, the company’s chief executive.\n"


def claimx(*args, stdin: str | None = None, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "claimx.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
    )


def test_text_file_to_stdout_as_jsonl(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    run = claimx("extract", str(tmp_path / "a.txt"), "--quiet")
    assert run.returncode == 0, run.stderr
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(records) == 1 and records[0]["doc_id"] == "a.txt"
    assert records[0]["claims"][0]["speaker"]["canonical"] == "Laura Chen"
    assert run.stderr == ""


def test_stdin_and_progress_on_stderr_only():
    run = claimx("extract", "-", stdin=ARTICLE)
    assert run.returncode == 0
    record = json.loads(run.stdout)
    assert record["doc_id"] == "<stdin>"
    assert "1 document," in run.stderr


def test_jsonl_input_keeps_ids_and_meta(tmp_path):
    rows = [
        {"id": "n1", "text": ARTICLE, "outlet": "Daily", "date": "2024-01-02"},
        {"id": 7, "text": "Nothing to see here."},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    run = claimx("extract", str(src), "-q")
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["doc_id"] for r in records] == ["n1", "7"]
    assert records[0]["meta"] == {"outlet": "Daily", "date": "2024-01-02"}
    assert records[0]["claims"][0]["claim_id"] == "n1#0"


def test_directory_to_mirrored_json_tree(tmp_path):
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "sub" / "two.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    run = claimx("extract", str(src), "-o", str(out), "-q")
    assert run.returncode == 0, run.stderr
    two = json.loads((out / "sub" / "two.txt.json").read_text(encoding="utf-8"))
    assert two["doc_id"] == "sub/two.txt" and two["claims"]


def test_csv_has_contract_columns(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    run = claimx("extract", str(tmp_path / "a.txt"), "--format", "csv", "-q")
    rows = list(csv.reader(io.StringIO(run.stdout)))
    assert rows[0] == CSV_COLUMNS
    assert rows[1][0] == "a.txt" and rows[1][4] == "Laura Chen"


def test_json_file_output_is_an_array(tmp_path):
    out = tmp_path / "claims.json"
    run = claimx("extract", str(REPO / "data" / "samples"), "-o", str(out), "-q")
    assert run.returncode == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["doc_id"] for d in data] == sorted(d["doc_id"] for d in data)
    assert all(d["claims"] for d in data)


@pytest.mark.parametrize(
    "args", [["extract", "/no/such/path"], ["extract", "-", "--format", "xml"]]
)
def test_usage_errors_exit_2(args):
    assert claimx(*args, stdin="").returncode == 2


def test_bad_documents_get_error_records_and_exit_1(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff\xfe" * 50)
    (tmp_path / "bad.jsonl").write_text('{"id": "x", "text": "ok"}\n{not json\n', encoding="utf-8")
    run = claimx("extract", str(tmp_path), "-q")
    assert run.returncode == 1
    records = {r["doc_id"]: r for r in map(json.loads, run.stdout.splitlines())}
    assert records["good.txt"]["claims"]
    assert records["binary.txt"]["errors"][0]["code"] == "binary"
    assert records["bad.jsonl:2"]["errors"][0]["code"] == "bad_jsonl"
    assert records["x"]["errors"] == []


def test_json_array_to_stdout_and_empty_input_gives_an_empty_array(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    run = claimx("extract", str(tmp_path / "a.txt"), "--format", "json", "-q")
    assert [r["doc_id"] for r in json.loads(run.stdout)] == ["a.txt"]
    empty = tmp_path / "none"
    empty.mkdir()
    assert json.loads(claimx("extract", str(empty), "--format", "json", "-q").stdout) == []


def test_convert_polnear_command_writes_gold_jsonl(tmp_path):
    run = claimx("convert-polnear", str(REPO / "tests" / "data" / "brat_sample"), str(tmp_path))
    assert run.returncode == 0, run.stderr
    dev = [json.loads(line) for line in (tmp_path / "polnear-dev.jsonl").read_text().splitlines()]
    assert dev and all(d["attributions"] for d in dev)
    for doc in dev:
        for a in doc["attributions"]:
            assert doc["text"][a["content"][0] : a["content"][1]] == a["content_text"]
