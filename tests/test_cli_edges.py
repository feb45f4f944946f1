"""The command line's edges: clear usage errors, no silent non-errors, readable messages."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import claimx
from test_cli import ARTICLE
from test_cli import claimx as run_claimx


def test_an_unknown_model_is_a_usage_error_not_a_traceback(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    run = run_claimx("extract", str(tmp_path / "a.txt"), "--model", "nosuchmodel")
    assert run.returncode == 2
    assert "Traceback" not in run.stderr and "nosuchmodel" in run.stderr


def test_an_output_suffix_no_format_has_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    run = run_claimx("extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "x.xml"))
    assert run.returncode == 2 and ".xml" in run.stderr
    assert not (tmp_path / "x.xml").exists()


def test_a_suffix_that_disagrees_with_format_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "x.jsonl"
    run = run_claimx("extract", str(tmp_path / "a.txt"), "-o", str(out), "--format", "csv")
    assert run.returncode == 2 and not out.exists()


def test_an_output_path_ending_in_a_slash_is_a_new_folder_of_json(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "new" / "out"
    run = run_claimx("extract", str(tmp_path / "a.txt"), "-o", f"{out}{os.sep}", "-q")
    assert run.returncode == 0, run.stderr
    (written,) = out.iterdir()
    assert written.name == "a.txt.json" and json.loads(written.read_text())["claims"]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "sqlite"])
def test_a_folder_output_with_a_format_of_one_file_is_a_usage_error(tmp_path, fmt):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    run = run_claimx("extract", str(tmp_path / "a.txt"), "-o", f"{out}{os.sep}", "--format", fmt)
    assert run.returncode == 2 and "directory" in run.stderr and "Traceback" not in run.stderr
    assert not out.exists()


def test_a_folder_without_input_documents_says_so(tmp_path):
    (tmp_path / "notes.md").write_text("# Notes\n\nNothing to read here.\n", encoding="utf-8")
    run = run_claimx("extract", str(tmp_path))
    assert run.returncode == 2
    assert "no input documents" in run.stderr and run.stdout == ""


def test_failures_are_listed_without_literal_markup_and_counts_agree_in_number(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    run = run_claimx("extract", str(tmp_path / "empty.txt"))
    assert run.returncode == 1
    assert "[red]" not in run.stderr and "[/]" not in run.stderr
    assert "failed empty.txt" in run.stderr
    assert "1 document, 0 claims" in run.stderr


def test_extract_of_a_value_that_is_no_string_is_an_error_record():
    result = claimx.extract(None)
    assert result.claims == []
    assert [e.code for e in result.errors] == ["bad_input"]


# -- usage errors: one plain line on stderr, exit 2 ------------------------------------

PANEL = re.compile(r"[╭╮╰╯│─]")


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The real command line, wide enough that help lines are not wrapped."""
    return subprocess.run(
        [sys.executable, "-m", "claimx.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
    )


def assert_one_line_usage_error(run: subprocess.CompletedProcess, command: str) -> str:
    assert run.returncode == 2, run.stderr
    assert run.stdout == ""
    lines = run.stderr.splitlines()
    assert len(lines) == 1, run.stderr
    assert not PANEL.search(run.stderr) and "Traceback" not in run.stderr, run.stderr
    assert lines[0].startswith(f"claimx {command}".strip() + ": "), lines[0]
    return lines[0]


@pytest.mark.parametrize(
    ("args", "command", "says"),
    [
        (["extract"], "extract", "missing argument 'PATH'"),
        (["extract", "{a}", "--scope", "nope"], "extract", "invalid value for --scope"),
        (["schema", "extra"], "schema", "unexpected extra argument"),
        (["extract", "{a}", "--scop", "all"], "extract", "no such option: --scop"),
        (["extract", "{missing}"], "extract", "no such file or directory"),
        (["extract", "{a}", "--batch-size"], "extract", "'--batch-size' requires an argument"),
        (["extract", "{a}", "--batch-size", "0"], "extract", "--batch-size"),
        (["extract", "{a}", "--model", "nosuchmodel"], "extract", "nosuchmodel"),
        (["extract", "{a}", "-o", "{x.xml}"], "extract", ".xml"),
        (["nope"], "", "no such command 'nope'"),
    ],
)
def test_usage_errors_are_one_plain_line_and_exit_2(tmp_path, args, command, says):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    names = {"{a}": tmp_path / "a.txt", "{missing}": tmp_path / "missing.txt"}
    names["{x.xml}"] = tmp_path / "x.xml"
    run = cli(*(str(names.get(a, a)) for a in args))
    line = assert_one_line_usage_error(run, command)
    assert says in line
    assert line.endswith(f"(see {f'claimx {command}'.strip()} --help)"), line


def test_a_bad_option_value_names_the_option_the_choices_and_the_help():
    run = cli("extract", "-", "--scope", "nope")
    assert run.stderr == (
        "claimx extract: invalid value for --scope: must be one of claims, all, statements "
        "(see claimx extract --help)\n"
    )


# -- help: plain metavars, for every command -------------------------------------------

TYPE_METAVAR = re.compile(r"<(bool|str|int|float|path|list\[[^\]]*\]|[a-z]+ range)>")


def commands() -> list[str]:
    from typer.main import get_command

    from claimx.cli import app

    return sorted(get_command(app).commands)


def test_help_shows_plain_metavars_for_every_command():
    top = cli("--help")
    assert top.returncode == 0 and "Usage: claimx [OPTIONS] COMMAND [ARGS]..." in top.stdout
    assert not TYPE_METAVAR.search(top.stdout), top.stdout
    usage = {}
    for name in commands():
        run = cli(name, "--help")
        assert run.returncode == 0, (name, run.stderr)
        assert not TYPE_METAVAR.search(run.stdout), (name, run.stdout)
        usage[name] = re.search(r"Usage: (.*\S)", run.stdout).group(1)
        assert re.search(r"--help\s+-h\s+Show this message", run.stdout), (name, run.stdout)
    assert usage["extract"] == "claimx extract [OPTIONS] PATH..."
    for name in ("table", "cluster", "speakers", "sourcing"):
        assert usage[name] == f"claimx {name} [OPTIONS] PATH...", usage[name]
    assert usage["show"] == "claimx show [OPTIONS] PATH"
    assert usage["eval"] == "claimx eval [OPTIONS] GOLD"
    assert usage["schema"] == "claimx schema [OPTIONS]"
    assert not any("{" in u for u in usage.values()), usage

    extract = cli("extract", "--help").stdout
    for option, metavar in [
        ("--out", "PATH"),
        ("--format", "FORMAT"),
        ("--batch-size", "N"),
        ("--n-process", "N"),
        ("--scope", "SCOPE"),
        ("--scheduler", "ADDRESS"),
        ("--min-confidence", "P"),
    ]:
        assert re.search(rf"{option}\s+(-\w\s+)?{metavar}\b", extract), (option, extract)
    for flag in ("--resume", "--quiet", "--no-prefilter"):
        line = next(x for x in extract.splitlines() if flag in x)
        assert re.search(rf"{flag}\s+(-q\s+)?[A-Z][a-z]", line), line  # straight to its help


# -- the commands that read claimx output read every format extract writes ---------------

ANONYMOUS = (
    "Officials familiar with the talks said the contract could be signed next week. "
    "“We are ready,” said Maria Lopez, the city’s transport chief.\n"
)
FORMATS = {"jsonl": "claims.jsonl", "json": "claims.json", "dir": "per-doc", "csv": "claims.csv"}
FORMATS["sqlite"] = "claims.db"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> Path:
    """Two small articles extracted to every output format (absolute source paths)."""
    from claimx.run.batch import run_extract

    root = tmp_path_factory.mktemp("edges")
    news = root / "news"
    news.mkdir()
    (news / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (news / "b.txt").write_text(ANONYMOUS, encoding="utf-8")
    for fmt, name in FORMATS.items():
        run_extract(
            [str(news)],
            out=str(root / name),
            fmt="json" if fmt == "dir" else None,
            progress=False,
            n_process=1,
        )
    return root


READERS = {
    "table": (),
    "speakers": ("--format", "json"),
    "cluster": ("--backend", "fuzzy", "-q"),
    "sourcing": ("--json", "--no-per-document"),
    "show": ("--id", "b.txt"),
}


def comparable(command: str, stdout: str):
    """What a reading command prints, without the name of the file it read."""
    if command == "table":
        return stdout.splitlines()[1:]  # the title names the input
    if command == "sourcing":
        return json.loads(stdout)["total"]
    return stdout


@pytest.mark.parametrize("command", sorted(READERS))
def test_every_reading_command_reads_every_output_format(outputs, command):
    wanted = cli(command, str(outputs / FORMATS["jsonl"]), *READERS[command])
    assert wanted.returncode == 0, wanted.stderr
    assert wanted.stdout.strip()
    for fmt, name in FORMATS.items():
        if command == "show" and fmt == "csv":
            continue  # what a CSV lacks for show: its own test below
        run = cli(command, str(outputs / name), *READERS[command])
        assert run.returncode == 0, (fmt, run.stderr)
        assert comparable(command, run.stdout) == comparable(command, wanted.stdout), fmt
    if command == "speakers":
        anonymous = {s["canonical"]: s["anonymous"] for s in json.loads(wanted.stdout)["speakers"]}
        assert anonymous["Officials familiar with the talks"] and not anonymous["Laura Chen"]


def test_eval_reads_predictions_in_every_format_but_csv(outputs, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"id": "a.txt", "text": ARTICLE, "attributions": []}) + "\n", encoding="utf-8"
    )
    runs = {
        fmt: cli("eval", str(gold), "--pred", str(outputs / name), "--json")
        for fmt, name in FORMATS.items()
    }
    assert runs["jsonl"].returncode == 0, runs["jsonl"].stderr
    for fmt in ("json", "dir", "sqlite"):
        assert runs[fmt].returncode == 0, (fmt, runs[fmt].stderr)
        assert json.loads(runs[fmt].stdout) == json.loads(runs["jsonl"].stdout), fmt
    line = assert_one_line_usage_error(runs["csv"], "eval")
    assert "CSV" in line and "offsets" in line


def test_show_says_what_a_csv_output_lacks(outputs):
    line = assert_one_line_usage_error(cli("show", str(outputs / "claims.csv")), "show")
    assert "CSV" in line and "JSONL, JSON or SQLite" in line


def test_speakers_and_cluster_refuse_a_csv_that_cannot_tell_anonymous_speakers(outputs, tmp_path):
    # a CSV of a claimx older than source types: no speaker_source_type, no anonymous flag
    with (outputs / "claims.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    old = tmp_path / "old.csv"
    columns = [c for c in rows[0] if not c.startswith(("speaker_name", "speaker_t", "speaker_a"))]
    columns = [c for c in columns if c != "speaker_source_type"]
    with old.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    for command in ("speakers", "cluster"):
        line = assert_one_line_usage_error(cli(command, str(old)), command)
        assert "anonymous" in line and "speaker_source_type" in line
    assert cli("table", str(old)).returncode == 0  # the table needs no more than it has


@pytest.mark.parametrize("command", ["table", "speakers", "cluster", "sourcing", "show", "eval"])
def test_what_is_not_claimx_output_is_one_line_and_exit_2(tmp_path, command):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (news / "b.txt").write_text(ANONYMOUS, encoding="utf-8")
    inputs = {
        "folder of .txt": news,
        "missing": tmp_path / "missing.jsonl",
        "an article": news / "a.txt",  # show runs claimx on it: an input, not an error
        "an input .jsonl": tmp_path / "in.jsonl",
    }
    inputs["an input .jsonl"].write_text(
        json.dumps({"id": "n1", "text": ARTICLE}) + "\n", encoding="utf-8"
    )
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"id": "a.txt", "text": ARTICLE, "attributions": []}) + "\n", encoding="utf-8"
    )
    for what, path in inputs.items():
        if command == "show" and what in {"an article", "an input .jsonl"}:
            continue
        args = (command, str(path))
        if command == "eval":
            args = ("eval", str(gold), "--pred", str(path))
        line = assert_one_line_usage_error(cli(*args), command)
        assert str(path) in line, (what, line)
    several = cli(command, str(news / "a.txt"), str(news / "b.txt"))
    if command in {"table", "speakers", "cluster", "sourcing"}:  # PATH...
        assert "not a claimx output" in assert_one_line_usage_error(several, command)
    else:
        assert "unexpected extra argument" in assert_one_line_usage_error(several, command)


# -- the dask engine leaves nothing behind ------------------------------------------------


def test_the_dask_engine_leaves_no_scratch_space_in_the_temporary_folder(tmp_path):
    pytest.importorskip("distributed")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    run = cli(
        "extract",
        str(tmp_path / "a.txt"),
        "--engine",
        "dask",
        "--n-process",
        "1",
        "-q",
        env={"TMPDIR": str(tmp)},
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["claims"]
    assert list(tmp.iterdir()) == []  # no dask-scratch-space, no claimx-dask-* folder


def test_summaries_count_in_the_singular_and_no_input_shows_no_progress(tmp_path: Path):
    (tmp_path / "one.txt").write_text('"We will stay," said Ana Lee.\n', encoding="utf-8")
    out = tmp_path / "o.json"
    assert cli("extract", str(tmp_path / "one.txt"), "-o", str(out), "-q").returncode == 0
    summary = cli("sourcing", str(out))
    assert summary.returncode == 0, summary.stderr
    text = summary.stdout + summary.stderr
    assert "Sourcing of 1 document" in text and "1 statement in 1 document" in text
    (tmp_path / "md").mkdir()
    (tmp_path / "md" / "a.md").write_text("# notes\n", encoding="utf-8")
    none = cli("extract", str(tmp_path / "md"))
    assert none.returncode == 2 and "0/0" not in none.stderr
