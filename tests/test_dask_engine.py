"""The dask engine: same records as the local engine, through the same writer."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimx.run.batch import run_extract
from conftest import DATA, REPO

distributed = pytest.importorskip("distributed")

SAMPLES = sorted((REPO / "data" / "samples").glob("*.txt"))
ARTICLES = sorted((DATA / "cluster" / "articles").glob("*.txt"))[:4]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("in")
    (root / "news").mkdir()
    for path in SAMPLES + ARTICLES:
        (root / "news" / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "empty.txt").write_bytes(b"")
    (root / "records.jsonl").write_text(
        json.dumps({"id": "rec-1", "text": "Prices will rise, the economist said."})
        + "\n{broken json\n",
        encoding="utf-8",
    )
    (root / "dangling.txt").symlink_to(root / "missing-target.txt")
    return root


@pytest.fixture(scope="module")
def local_output(inputs, tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("local") / "claims.jsonl"
    run_extract([str(inputs)], out=str(out), progress=False, n_process=1, batch_size=2)
    return out.read_text(encoding="utf-8")


def test_dask_output_is_identical_to_the_local_engine(cluster, inputs, local_output, tmp_path):
    out = tmp_path / "claims.jsonl"
    stats = run_extract(
        [str(inputs)],
        out=str(out),
        progress=False,
        batch_size=2,
        engine="dask",
        scheduler=cluster.scheduler_address,
    )
    assert out.read_text(encoding="utf-8") == local_output
    records = [json.loads(line) for line in local_output.splitlines()]
    codes = {e["code"] for r in records for e in r["errors"]}
    assert {"binary", "empty", "bad_jsonl", "unreadable"} <= codes
    assert stats.failed == sum(1 for r in records if r["errors"])
    assert stats.claims == sum(len(r["claims"]) for r in records) > 0


def test_dask_resume_writes_each_document_once(cluster, inputs, local_output, tmp_path):
    out = tmp_path / "claims.jsonl"
    lines = local_output.splitlines(keepends=True)
    out.write_text("".join(lines[:3]) + lines[3][:40], encoding="utf-8")  # torn last line
    stats = run_extract(
        [str(inputs)],
        out=str(out),
        progress=False,
        batch_size=2,
        resume=True,
        engine="dask",
        scheduler=cluster.scheduler_address,
    )
    assert stats.skipped == 3
    assert out.read_text(encoding="utf-8") == local_output


def test_dask_directory_output_matches_local(cluster, inputs, tmp_path):
    run_extract([str(inputs)], out=str(tmp_path / "local"), fmt="json", progress=False)
    run_extract(
        [str(inputs)],
        out=str(tmp_path / "dask"),
        fmt="json",
        progress=False,
        engine="dask",
        scheduler=cluster.scheduler_address,
    )
    local = {
        p.relative_to(tmp_path / "local"): p.read_bytes()
        for p in (tmp_path / "local").rglob("*.json")
    }
    dask = {
        p.relative_to(tmp_path / "dask"): p.read_bytes()
        for p in (tmp_path / "dask").rglob("*.json")
    }
    assert local and dask == local


def claimx(*args):
    return subprocess.run(
        [sys.executable, "-m", "claimx.cli", *args], capture_output=True, text=True
    )


def test_cli_engine_dask_with_a_scheduler_address(cluster, inputs, local_output):
    run = claimx(
        "extract",
        str(inputs),
        "--engine",
        "dask",
        "--scheduler",
        cluster.scheduler_address,
        "--batch-size",
        "2",
        "--quiet",
    )
    assert run.returncode == 1  # some inputs are bad: each still has its record
    assert run.stdout == local_output
    assert run.stderr == ""


def test_cli_engine_dask_starts_its_own_local_cluster(tmp_path):
    text = SAMPLES[0].read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    local = claimx("extract", str(tmp_path / "a.txt"), "--quiet")
    run = claimx("extract", str(tmp_path / "a.txt"), "--engine", "dask", "--n-process", "1")
    assert run.returncode == 0, run.stderr
    assert run.stdout == local.stdout


def test_scheduler_without_the_dask_engine_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text("Prices will rise, she said.\n", encoding="utf-8")
    run = claimx("extract", str(tmp_path / "a.txt"), "--scheduler", "tcp://127.0.0.1:8786")
    assert run.returncode == 2 and "--engine dask" in run.stderr
    assert claimx("extract", str(tmp_path / "a.txt"), "--engine", "spark").returncode == 2


def test_a_batch_that_fails_on_the_workers_becomes_error_records(cluster, tmp_path):
    # workers without the model package: every document still gets its record
    (tmp_path / "in").mkdir()
    for path in SAMPLES:
        (tmp_path / "in" / path.name).write_text(path.read_text(encoding="utf-8"), "utf-8")
    out = tmp_path / "claims.jsonl"
    stats = run_extract(
        [str(tmp_path / "in")],
        out=str(out),
        progress=False,
        model="no_such_model_package",
        engine="dask",
        scheduler=cluster.scheduler_address,
    )
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in records] == [p.name for p in SAMPLES]
    assert stats.failed == len(SAMPLES)
    assert all(r["errors"][0]["code"] == "extract_failed" for r in records)
    assert "no_such_model_package" in records[0]["errors"][0]["message"]
