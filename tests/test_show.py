"""claimx show: one document with its claims highlighted, in the terminal and as HTML."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from claimx.run.batch import run_extract
from claimx.show import ShowError, load_shown, render_html, render_terminal, span_doc

TEXT = (
    "City Hall Weighs Bridge Repairs\n"
    "\n"
    "“The bridge will reopen in March,” said Maria Lopez, the city's transport chief.\n"
    "\n"
    "Officials familiar with the talks say the contract could be signed next week.\n"
)


def terminal(shown, width: int = 160) -> str:
    console = Console(record=True, width=width, force_terminal=False)
    render_terminal(shown, console)
    return console.export_text()


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "bridge.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_terminal_view_numbers_each_claim_at_its_cue_and_tables_them(article: Path):
    shown = load_shown(article)
    assert len(shown.result.claims) == 2
    out = terminal(shown)
    assert "said[1] Maria Lopez" in out
    assert "say[2] the contract could be signed next week" in out
    table = out[out.index("2 claims in bridge.txt") :]
    for header in ("n", "type", "speaker", "canonical", "kind", "cue", "content", "confidence"):
        assert re.search(rf"\b{header}\b", table), header
    assert re.search(r"1 │ direct\s+│ Maria Lopez", table)
    assert "anonymous" in table
    assert f"{shown.result.claims[0].confidence:.2f}" in table


def test_terminal_view_colours_speaker_cue_and_content_differently(article: Path):
    shown = load_shown(article)
    console = Console(record=True, width=160, force_terminal=True, color_system="truecolor")
    render_terminal(shown, console)
    styled = console.export_text(styles=True)
    # the text of each role sits inside its own escape sequence
    speaker = re.search(r"\x1b\[([\d;]+)mMaria Lopez", styled).group(1)
    cue = re.search(r"\x1b\[([\d;]+)msaid", styled).group(1)
    content = re.search(r"\x1b\[([\d;]+)mThe bridge will reopen", styled).group(1)
    assert len({speaker, cue, content}) == 3


def test_jsonl_input_record_is_picked_by_id(tmp_path: Path):
    src = tmp_path / "news.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": "The weather was mild."})
        + "\n"
        + json.dumps({"id": "b", "text": TEXT, "outlet": "Daily Planet"})
        + "\n",
        encoding="utf-8",
    )
    first = load_shown(src)
    assert first.result.doc_id == "a" and first.result.claims == []
    chosen = load_shown(src, doc_id="b")
    assert chosen.result.doc_id == "b" and len(chosen.result.claims) == 2
    assert chosen.result.meta == {"outlet": "Daily Planet"}
    with pytest.raises(ShowError, match="no record with id 'zzz'"):
        load_shown(src, doc_id="zzz")


def test_output_record_is_shown_over_its_source_text(article: Path, tmp_path: Path):
    out = tmp_path / "claims.jsonl"
    run_extract([str(article)], out=str(out), progress=False)
    shown = load_shown(out, doc_id="bridge.txt")
    assert shown.text == TEXT
    assert [c.claim_id for c in shown.result.claims] == ["bridge.txt#0", "bridge.txt#1"]
    article.write_text(TEXT.replace("March", "April"), encoding="utf-8")
    with pytest.raises(ShowError, match="text_sha256 differs"):
        load_shown(out)


def test_span_doc_labels_spans_with_claim_numbers(article: Path):
    shown = load_shown(article)
    doc = span_doc(shown.text, shown.result.claims)
    labelled = {(s.label_, s.text) for s in doc.spans["claimx"]}
    assert ("1 SPEAKER", "Maria Lopez, the city's transport chief") in labelled
    assert ("1 CUE", "said") in labelled
    assert ("1 CONTENT", "The bridge will reopen in March") in labelled
    assert ("2 SPEAKER", "Officials familiar with the talks") in labelled
    # words are cut only at white space and span edges, so punctuation stays attached
    words = [t.text for t in doc]
    assert "city's" in words and ",”" in words and "Repairs" in words


def test_html_page_is_standalone_and_holds_labels_legend_and_table(article: Path):
    page = render_html(load_shown(article))
    for label in ("1 SPEAKER", "1 CUE", "1 CONTENT", "2 SPEAKER", "2 CUE", "2 CONTENT"):
        assert label in page
    assert '<meta charset="utf-8">' in page
    assert "City Hall Weighs Bridge Repairs" in page
    assert "<th>canonical</th>" in page and "<td>Maria Lopez</td>" in page
    assert 'class="legend"' in page
    assert "<script" not in page and "http://" not in page and "https://" not in page


def show(*args: str):
    return subprocess.run(
        [sys.executable, "-m", "claimx.cli", "show", *args], capture_output=True, text=True
    )


def test_show_command_prints_and_writes_html(article: Path, tmp_path: Path):
    html_out = tmp_path / "view" / "bridge.html"
    run = show(str(article), "--html", str(html_out))
    assert run.returncode == 0, run.stderr
    assert "said[1]" in run.stdout and "2 claims in bridge.txt" in run.stdout
    assert "1 SPEAKER" in html_out.read_text(encoding="utf-8")
    assert str(html_out) in run.stderr


def test_show_command_usage_errors_exit_2(tmp_path: Path):
    assert show(str(tmp_path / "missing.txt")).returncode == 2
    src = tmp_path / "news.jsonl"
    src.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n", encoding="utf-8")
    run = show(str(src), "--id", "nope")
    assert run.returncode == 2 and "nope" in run.stderr


SOURCES_TEXT = (
    "Rail Cuts\n"
    "\n"
    "“We cannot run empty trains,” said Maria Ortiz, a spokesperson for Westline Rail.\n"
    "\n"
    "A source familiar with the talks said the unions had not been consulted.\n"
)


def source_cells(out: str, n: int) -> str:
    """The words of the source column of claim ``n`` in the terminal table."""
    table = out[out.index("claims in") :]
    header = next(line for line in table.splitlines() if "│ source" in line or "┃ source" in line)
    col = [c.strip() for c in re.split("[┃│]", header)].index("source")
    words, inside = [], False
    for line in table.splitlines():
        cells = [c.strip() for c in line.split("│")]
        if len(cells) <= col:
            continue
        if cells[1]:
            inside = cells[1] == str(n)
        if inside:
            words.append(cells[col])
    return " ".join(w for w in words if w)


def test_terminal_and_html_views_give_each_speakers_source(tmp_path: Path):
    path = tmp_path / "rail.txt"
    path.write_text(SOURCES_TEXT, encoding="utf-8")
    shown = load_shown(path)
    ortiz, source = shown.result.claims
    assert (ortiz.speaker.name, ortiz.speaker.affiliation) == ("Maria Ortiz", "Westline Rail")
    out = terminal(shown)
    assert source_cells(out, 1) == (
        "named_person name: Maria Ortiz title: spokesperson affiliation: Westline Rail"
    )
    assert source_cells(out, 2).startswith("anonymous_source")
    assert "name:" not in source_cells(out, 2)

    page = render_html(shown)
    for header in ("name", "title", "affiliation", "source type"):
        assert f"<th>{header}</th>" in page
    assert (
        "<td>Maria Ortiz</td><td>spokesperson</td><td>Westline Rail</td><td>named_person</td>"
        in page
    )
    assert "<td>—</td><td>" in page and "<td>anonymous_source</td>" in page
