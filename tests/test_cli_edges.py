"""The command line's edges: clear usage errors, no silent non-errors, readable messages."""

from __future__ import annotations

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
