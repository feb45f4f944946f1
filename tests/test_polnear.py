"""Tests for the PolNeAR brat converter, on a tiny made-up fixture.

The fixture under tests/data/brat_sample mimics the PolNeAR layout
(data/<split>/{text,attributions}) with invented sentences: two annotators on
one article, a discontinuous content, a ``Content2`` role, a span running over a
newline, a no-source event, an empty event and an unannotated text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimx.evaluation.polnear import (
    ConversionStats,
    annotator_of,
    article_of,
    check_spans,
    classify_type,
    convert,
    convert_split,
    main,
    parse_ann,
    quoted_mask,
)

FIXTURE = Path(__file__).parent / "data" / "brat_sample"


def _one(split: str, stats: ConversionStats | None = None) -> dict:
    """The single converted record of a fixture split."""
    records = list(convert_split(FIXTURE, split, stats))
    assert len(records) == 1
    return records[0]


def test_train_picks_first_annotator_in_sorted_order() -> None:
    stats = ConversionStats()
    record = _one("train", stats)
    assert record["id"] == "paper_2020-01-01_council-vote.txt"
    assert record["annotator"] == "aa11"
    assert record["split"] == "train"
    assert len(record["attributions"]) == 4
    assert stats.multi_annotator_docs == 1
    assert stats.mismatches == []


def test_train_attributions() -> None:
    record = _one("train")
    text = record["text"]
    mayor, treasurer, council, called = record["attributions"]

    assert mayor["source"] == [0, 9] and mayor["source_text"] == "The mayor"
    assert mayor["cue"] == [10, 14] and mayor["cue_text"] == "said"
    assert mayor["content_text"] == "the budget would pass"
    assert mayor["type"] == "indirect" and mayor["required"] is True
    assert "content_parts" not in mayor

    # Discontinuous content "We will not raise taxes," ... "not this year."
    assert treasurer["content_parts"] == [[39, 63], [96, 110]]
    assert treasurer["content"] == [39, 110]
    assert text[39:63] == "We will not raise taxes,"
    assert text[96:110] == "not this year."
    assert treasurer["type"] == "direct"
    assert treasurer["source_text"] == "the treasurer"

    assert council["type"] == "according_to"
    assert council["cue_text"] == "According to"

    assert called["content_text"] == "the plan “a disaster for everyone”"
    assert called["type"] == "mixed"


def test_dev_handles_content2_newlines_no_source_and_empty_events() -> None:
    stats = ConversionStats()
    record = _one("dev", stats)
    warned, agency, believed = record["attributions"]

    assert warned["content_text"] == "that the storm\nwould hit the coast overnight"
    assert agency["content_parts"] == [[63, 85], [104, 138]]
    assert agency["content"] == [63, 138]
    assert agency["source_text"] == "the agency"
    assert believed["source"] is None and believed["source_text"] is None
    assert believed["cue_text"] == "it is believed"

    assert stats.skipped_events == 1  # "E4\tAttribution:T13 " has no content
    assert stats.texts_without_annotation == ["wire_2020-02-03_unannotated"]
    assert stats.mismatches == []
    assert stats.spans_checked == 14


def test_text_is_kept_verbatim_and_offsets_are_characters() -> None:
    record = _one("train")
    raw = (FIXTURE / "data/train/text/paper_2020-01-01_council-vote.txt").read_bytes()
    assert record["text"] == raw.decode("utf-8")
    # Curly quotes are 3 bytes in UTF-8 but one character: offsets must count characters.
    assert record["text"][39:63] == "We will not raise taxes,"


def test_parse_ann_joins_continuation_lines_and_numbered_roles() -> None:
    ann = (
        "T1\tContent 0 9;10 14\tab\ncd efgh\n"
        "T2\tCue 20 24\tsaid\n"
        "E1\tAttribution:T2 Cue:T2 Content:T1 Content2:T9 \n"
        "#1\tAnnotatorNotes T1\tignored\n"
    )
    doc = parse_ann(ann)
    assert doc.spans["T1"].text == "ab\ncd efgh"
    assert doc.spans["T1"].fragments == ((0, 9), (10, 14))
    assert doc.events[0].trigger_label == "Attribution"
    assert doc.events[0].args == (("Cue", "T2"), ("Content", "T1"), ("Content2", "T9"))


def test_check_spans_reports_mismatches() -> None:
    doc = parse_ann("T1\tSource 0 3\tBob\nT2\tCue 4 8\tsaid\n")
    checked, mismatches = check_spans("x.txt", "Bob says hi", doc)
    assert checked == 2
    assert [(m.span_id, m.expected, m.found) for m in mismatches] == [("T2", "said", "says")]


def test_file_name_helpers() -> None:
    path = Path("breitbart_2016-03-11_some-title_4b22.ann")
    assert annotator_of(path) == "4b22"
    assert article_of(path) == "breitbart_2016-03-11_some-title"


@pytest.mark.parametrize(
    ("text", "span", "cue", "expected"),
    [
        ('He said "we will win" today.', (9, 20), "said", "direct"),
        ("He said “we will win” today.", (8, 21), "said", "direct"),
        ("He said we would “win big” today.", (8, 26), "said", "mixed"),
        ("He said we would win.", (8, 20), "said", "indirect"),
        ("According to him, we win.", (18, 24), "according to", "according_to"),
        # A quote opened in an earlier paragraph does not leak past the newline.
        ("“Open quote\nthen plain text", (12, 27), None, "indirect"),
    ],
)
def test_classify_type(text: str, span: tuple[int, int], cue: str | None, expected: str) -> None:
    assert classify_type(text, [span], cue) == expected


def test_quoted_mask_marks_inside_only() -> None:
    mask = quoted_mask('a "bc" d')
    assert list(mask) == [0, 0, 1, 1, 1, 1, 0, 0]


def test_convert_writes_jsonl_per_split(tmp_path: Path) -> None:
    stats = convert(FIXTURE, tmp_path, splits=("train", "dev"))
    assert set(stats) == {"train", "dev"}
    lines = (tmp_path / "polnear-dev.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["id"] == "wire_2020-02-02_storm-warning.txt"
    assert (tmp_path / "polnear-train.jsonl").exists()


def test_convert_accepts_the_data_dir_itself() -> None:
    assert _one("dev") == list(convert_split(FIXTURE / "data", "dev"))[0]


def test_main_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(FIXTURE), str(tmp_path), "--splits", "dev"]) == 0
    summary = json.loads(capsys.readouterr().out.strip())
    assert summary == {**summary, "split": "dev", "docs": 1, "attributions": 3, "mismatches": 0}
    assert (tmp_path / "polnear-dev.jsonl").exists()


def test_missing_split_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        list(convert_split(tmp_path, "train"))
