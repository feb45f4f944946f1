"""Tests for the scorer, on small hand-made gold and prediction records.

Every sentence here is invented; offsets are computed from the text with
``_at`` so a test reads as "which words" rather than magic numbers.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from rich.console import Console

from claimx.evaluation.score import (
    EvalReport,
    intervals_overlap,
    load_gold,
    load_predictions,
    normalize_intervals,
    render_report,
    score,
    trim_span,
)

TEXT = (
    "Mayor Ann Lee said that the bridge will reopen in May. "
    '"We are on schedule," she added. '
    "Hungary and Slovakia met on Monday. "
    "They consider cooperation essential for the region. "
    "The plan is risky, according to engineers. "
    '"It is done," the builder wrote, "and it is safe." '
    "Prices will rise, it is believed."
)


def _at(needle: str, text: str = TEXT) -> list[int]:
    """[start, end] of the first occurrence of ``needle``."""
    start = text.index(needle)
    return [start, start + len(needle)]


def _gold(content: str | list[int], source: str | None, cue: str | None, **extra: object) -> dict:
    """A gold attribution; strings are located in TEXT."""
    content_span = _at(content) if isinstance(content, str) else content
    record: dict = {
        "content": content_span,
        "source": _at(source) if source else None,
        "cue": _at(cue) if cue else None,
        "content_text": TEXT[content_span[0] : content_span[1]],
        "source_text": source,
        "cue_text": cue,
    }
    record.update(extra)
    return record


def _claim(
    content: str | list[int],
    speaker: str | None,
    cue: str | None,
    *,
    lemma: str | None = None,
    canonical: str | None = None,
    type: str = "indirect",
    parts: list[list[int]] | None = None,
) -> dict:
    """A predicted claim in the claimx output format."""
    c = _at(content) if isinstance(content, str) else content
    claim: dict = {
        "claim_id": f"doc#{c[0]}",
        "type": type,
        "speaker": None,
        "cue": None,
        "content": {"text": TEXT[c[0] : c[1]], "start": c[0], "end": c[1]},
        "confidence": 0.9,
    }
    if parts is not None:
        claim["content"]["parts"] = [{"start": s, "end": e} for s, e in parts]
    if speaker is not None:
        s = _at(speaker)
        claim["speaker"] = {
            "text": speaker,
            "start": s[0],
            "end": s[1],
            "canonical": canonical or speaker,
            "kind": "person",
            "anonymous": False,
            "resolved_from": None,
        }
    if cue is not None:
        k = _at(cue)
        claim["cue"] = {"text": cue, "start": k[0], "end": k[1], "lemma": lemma or cue.lower()}
    return claim


def _doc(attributions: list[dict], doc_id: str = "doc") -> dict:
    return {"id": doc_id, "text": TEXT, "attributions": attributions}


def _preds(claims: list[dict], doc_id: str = "doc") -> dict[str, dict]:
    return {doc_id: {"doc_id": doc_id, "claims": claims, "errors": []}}


def _prf(report: EvalReport, name: str) -> tuple[float, float, float]:
    prf = getattr(report, name)
    return (round(prf.p, 4), round(prf.r, 4), round(prf.f1, 4))


MAYOR = "that the bridge will reopen in May"


# ------------------------------------------------------------------ matching


def test_exact_match_scores_everything_perfectly() -> None:
    gold = [_doc([_gold(MAYOR, "Mayor Ann Lee", "said", type="indirect")])]
    preds = _preds([_claim(MAYOR, "Mayor Ann Lee", "said", lemma="say")])
    report = score(gold, preds)
    for name in ("content", "exact", "attribution"):
        assert _prf(report, name) == (1.0, 1.0, 1.0)
    assert report.source_accuracy == 1.0 and report.cue_accuracy == 1.0
    assert report.misses == [] and report.spurious == []


def test_overlap_threshold_is_half_of_the_longer_span() -> None:
    content = _at("the bridge will reopen in May")  # 29 characters
    start = content[0]
    above = [start, start + 15]  # 15 >= 14.5
    below = [start, start + 14]  # 14 < 14.5
    gold = [_doc([_gold(content, "Mayor Ann Lee", "said")])]
    assert score(gold, _preds([_claim(above, "Mayor Ann Lee", "said")])).content.tp == 1
    report = score(gold, _preds([_claim(below, "Mayor Ann Lee", "said")]))
    assert report.content.tp == 0
    assert _prf(report, "content") == (0.0, 0.0, 0.0)
    assert [m["reason"] for m in report.misses] == ["unmatched"]
    assert len(report.spurious) == 1


def test_threshold_uses_the_longer_side_so_overlong_predictions_fail() -> None:
    gold_span = _at("the bridge")  # 10 characters, fully inside the prediction
    pred_span = _at("Mayor Ann Lee said that the bridge")  # 34 characters
    gold = [_doc([_gold(gold_span, "Mayor Ann Lee", "said")])]
    assert score(gold, _preds([_claim(pred_span, None, None)])).content.tp == 0


def test_matching_is_one_to_one_best_overlap_first() -> None:
    gold = [_doc([_gold(MAYOR, "Mayor Ann Lee", "said")])]
    good = _claim(MAYOR, "Mayor Ann Lee", "said")
    weaker = _claim("said that the bridge will reopen in May.", "Mayor Ann Lee", "said")
    report = score(gold, _preds([weaker, good]))
    assert report.content.tp == 1 and report.content.n_pred == 2
    assert _prf(report, "content") == (0.5, 1.0, 0.6667)
    assert [s["claim_id"] for s in report.spurious] == [weaker["claim_id"]]
    assert report.exact.tp == 1  # the better-overlapping (exact) prediction won


def test_non_required_gold_is_neither_rewarded_nor_punished() -> None:
    gold = [
        _doc(
            [
                _gold(MAYOR, "Mayor Ann Lee", "said"),
                _gold("We are on schedule,", "she", "added", required=False),
                _gold("Prices will rise", None, "it is believed", required=False),
            ]
        )
    ]
    preds = _preds(
        [
            _claim(MAYOR, "Mayor Ann Lee", "said"),
            _claim("We are on schedule", "she", "added"),  # matches optional gold
        ]
    )
    report = score(gold, preds)
    assert (report.content.tp, report.content.n_gold, report.content.n_pred) == (1, 1, 1)
    assert _prf(report, "content") == (1.0, 1.0, 1.0)
    assert report.misses == [] and report.spurious == []


# ------------------------------------------------------------------- sources


def test_source_via_source_resolves_to() -> None:
    content = "cooperation essential for the region"
    gold = [_doc([_gold(content, "They", "consider", source_resolves_to="Hungary and Slovakia")])]
    # The speaker span is the antecedent, not the gold pronoun: right via the name.
    right = _claim(content, "Hungary and Slovakia", "consider")
    report = score(gold, _preds([right]))
    assert report.source_accuracy == 1.0
    assert _prf(report, "attribution") == (1.0, 1.0, 1.0)

    # Name only in the canonical form (speaker span elsewhere) is also right.
    via_canonical = _claim(content, "Mayor Ann Lee", "consider", canonical="hungary and slovakia")
    assert score(gold, _preds([via_canonical])).source_accuracy == 1.0

    wrong = _claim(content, "Mayor Ann Lee", "consider")
    report = score(gold, _preds([wrong]))
    assert report.source_accuracy == 0.0
    assert _prf(report, "content") == (1.0, 1.0, 1.0)
    assert _prf(report, "attribution") == (0.0, 0.0, 0.0)
    assert report.misses[0]["reason"] == "wrong_source"
    assert report.misses[0]["pred_speaker"] == "Mayor Ann Lee"


def test_null_gold_source_wants_null_speaker() -> None:
    gold = [_doc([_gold("Prices will rise", None, "it is believed")])]
    ok = score(gold, _preds([_claim("Prices will rise", None, "it is believed")]))
    assert ok.source_accuracy == 1.0 and ok.attribution.tp == 1
    bad = score(gold, _preds([_claim("Prices will rise", "the builder", "it is believed")]))
    assert bad.source_accuracy == 0.0 and bad.attribution.tp == 0


def test_cue_accuracy_and_null_gold_cue() -> None:
    gold = [
        _doc(
            [
                _gold(MAYOR, "Mayor Ann Lee", "said"),
                _gold("The plan is risky", "engineers", None),
            ]
        )
    ]
    preds = _preds(
        [
            _claim(MAYOR, "Mayor Ann Lee", "Mayor"),  # wrong cue span
            _claim("The plan is risky", "engineers", None),  # null cue, as gold
        ]
    )
    report = score(gold, preds)
    assert report.cue_accuracy == 0.5
    assert report.attribution.tp == 2  # cues do not affect the headline


# ------------------------------------------------------------ discontinuity


def test_discontinuous_content_parts_against_pred_parts() -> None:
    first, second = _at('It is done,"'), _at("and it is safe.")
    first = [first[0], first[1] - 1]  # "It is done,"
    gold = [
        _doc(
            [
                _gold(
                    [first[0], second[1]],
                    "the builder",
                    "wrote",
                    content_parts=[first, second],
                    type="direct",
                )
            ]
        )
    ]
    with_parts = _claim(
        [first[0], second[1]], "the builder", "wrote", type="direct", parts=[first, second]
    )
    report = score(gold, _preds([with_parts]))
    assert report.content.tp == 1 and report.exact.tp == 1

    # The same outer span without parts also covers ' the builder wrote, "':
    # 26 gold characters of 47 predicted = 0.55 >= 0.5, so it still matches, and
    # exactly, because exact compares the outer edges.
    without_parts = _claim([first[0], second[1]], "the builder", "wrote", type="direct")
    report = score(gold, _preds([without_parts]))
    assert report.content.tp == 1 and report.exact.tp == 1

    # Only the first part: 11 of 26 gold characters, below half.
    only_first = _claim(first, "the builder", "wrote", type="direct")
    assert score(gold, _preds([only_first])).content.tp == 0


# ------------------------------------------------------------ missing records


def test_missing_prediction_record_counts_as_zero_predictions() -> None:
    gold = [
        _doc([_gold(MAYOR, "Mayor Ann Lee", "said")], doc_id="a"),
        _doc(
            [
                _gold("The plan is risky", "engineers", "according to"),
                _gold("Prices will rise", None, "it is believed"),
            ],
            doc_id="b",
        ),
    ]
    preds = _preds([_claim(MAYOR, "Mayor Ann Lee", "said")], doc_id="a")
    preds["not-in-gold"] = {"doc_id": "not-in-gold", "claims": [_claim(MAYOR, None, None)]}
    report = score(gold, preds)
    assert report.n_docs == 2
    assert (report.content.tp, report.content.n_gold, report.content.n_pred) == (1, 3, 1)
    assert _prf(report, "content") == (1.0, 0.3333, 0.5)
    assert sorted(m["doc_id"] for m in report.misses) == ["b", "b"]


# ---------------------------------------------------------------- exact edges


def test_exact_edges_ignore_quotes_punctuation_and_leading_that() -> None:
    gold = [
        _doc(
            [
                _gold(MAYOR, "Mayor Ann Lee", "said"),
                _gold('"We are on schedule,"', "she", "added"),
                _gold("The plan is risky", "engineers", "according to"),
            ]
        )
    ]
    preds = _preds(
        [
            _claim("the bridge will reopen in May.", "Mayor Ann Lee", "said"),  # no "that", + "."
            _claim("We are on schedule", "she", "added"),  # no quotes / comma
            _claim("The plan is", "engineers", "according to"),  # 11/17 chars: match, not exact
        ]
    )
    report = score(gold, preds)
    assert report.content.tp == 3
    assert report.exact.tp == 2
    assert _prf(report, "exact") == (0.6667, 0.6667, 0.6667)


def test_trim_span() -> None:
    text = ' "That it works," he said.'
    assert text[slice(*trim_span(text, 0, len(text)))] == 'it works," he said'
    assert trim_span("that", 0, 4) == (0, 4)  # only "that" + space is a boundary word
    assert trim_span("thatcher said", 0, 13) == (0, 13)


def test_interval_helpers() -> None:
    a = normalize_intervals([[10, 20], [0, 5], [4, 8]])
    assert a == ((0, 8), (10, 20))
    assert intervals_overlap(a, normalize_intervals([[6, 12]])) == 4


# ----------------------------------------------------------------- breakdowns


def test_breakdowns_by_type_and_cue() -> None:
    gold = [
        _doc(
            [
                _gold(MAYOR, "Mayor Ann Lee", "said", type="indirect"),
                _gold("We are on schedule,", "she", "added", type="direct"),
                _gold("The plan is risky", "engineers", "according to"),  # no type
            ]
        )
    ]
    preds = _preds(
        [
            _claim(MAYOR, "Mayor Ann Lee", "said", lemma="say", type="indirect"),
            _claim("We are on schedule,", "the builder", "added", lemma="add", type="mixed"),
            _claim("Prices will rise", None, "it is believed", lemma="believe", type="indirect"),
        ]
    )
    report = score(gold, preds)
    by_type = report.by_type
    assert set(by_type) == {"direct", "indirect", "mixed", "unknown"}
    assert by_type["indirect"]["n_gold"] == 1 and by_type["indirect"]["n_pred"] == 2
    assert by_type["indirect"]["tp"] == 1 and by_type["indirect"]["p"] == 0.5
    assert by_type["direct"]["r"] == 1.0 and by_type["direct"]["attr_r"] == 0.0
    assert by_type["mixed"]["n_gold"] == 0 and by_type["mixed"]["p"] == 1.0
    assert by_type["mixed"]["attr_p"] == 0.0  # wrong speaker
    assert by_type["unknown"] == {**by_type["unknown"], "n_gold": 1, "tp": 0, "r": 0.0}

    by_cue = report.by_cue
    # Both sides are keyed by cue text, so gold "said" meets predicted "said".
    assert by_cue["said"]["n_gold"] == 1 and by_cue["said"]["tp"] == 1
    assert by_cue["said"]["n_pred"] == 1 and by_cue["said"]["p"] == 1.0
    assert by_cue["according to"]["r"] == 0.0
    assert by_cue["it is believed"]["p"] == 0.0


# ---------------------------------------------------------- io and rendering


def test_report_is_json_serialisable_with_expected_keys() -> None:
    gold = [_doc([_gold(MAYOR, "Mayor Ann Lee", "said")])]
    data = json.loads(json.dumps(score(gold, _preds([])).to_dict()))
    for key in (
        "content",
        "exact",
        "attribution",
        "source_accuracy",
        "cue_accuracy",
        "n_docs",
        "by_type",
        "by_cue",
        "misses",
        "spurious",
    ):
        assert key in data
    assert {"p", "r", "f1", "tp", "n_gold", "n_pred"} <= set(data["content"])
    assert data["content"]["n_gold"] == 1 and data["content"]["r"] == 0.0


def test_load_gold_and_predictions_round_trip(tmp_path: Path) -> None:
    gold_path, pred_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold = [_doc([_gold(MAYOR, "Mayor Ann Lee", "said")])]
    gold_path.write_text("".join(json.dumps(d) + "\n" for d in gold) + "\n", encoding="utf-8")
    record = _preds([_claim(MAYOR, "Mayor Ann Lee", "said")])["doc"]
    pred_path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = score(load_gold(gold_path), load_predictions(pred_path))
    assert _prf(report, "attribution") == (1.0, 1.0, 1.0)


def test_load_predictions_merges_duplicate_doc_records(tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    one = {"doc_id": "d", "claims": [{"claim_id": "d#0"}]}
    two = {"doc_id": "d", "claims": [{"claim_id": "d#1"}]}
    path.write_text(json.dumps(one) + "\n" + json.dumps(two) + "\n", encoding="utf-8")
    assert [c["claim_id"] for c in load_predictions(path)["d"]["claims"]] == ["d#0", "d#1"]


def test_render_report_prints_tables() -> None:
    gold = [_doc([_gold(MAYOR, "Mayor Ann Lee", "said"), _gold("The plan is risky", None, None)])]
    report = score(
        gold, _preds([_claim(MAYOR, "Mayor Ann Lee", "said"), _claim("Prices", None, None)])
    )
    buffer = io.StringIO()
    render_report(report, Console(file=buffer, width=160), show_errors=5)
    out = buffer.getvalue()
    assert "attribution" in out and "misses" in out and "spurious" in out
    assert "The plan is risky" in out


def test_render_report_can_hide_errors() -> None:
    report = score([_doc([_gold(MAYOR, "Mayor Ann Lee", "said")])], {})
    buffer = io.StringIO()
    render_report(report, Console(file=buffer, width=160), show_errors=0)
    assert "misses" not in buffer.getvalue()


def test_source_right_through_the_resolved_mention() -> None:
    """Gold marks the pronoun; claimx reports the antecedent and the pronoun in resolved_from."""
    text = "Ann Lee runs the port. She said the port will reopen."
    content = "the port will reopen"
    cs = text.index(content)
    she = text.index("She")
    gold = [
        {
            "id": "d",
            "text": text,
            "attributions": [
                {"source": [she, she + 3], "cue": [she + 4, she + 8], "content": [cs, cs + 20]}
            ],
        }
    ]
    claim = {
        "type": "indirect",
        "speaker": {
            "text": "Ann Lee",
            "start": 0,
            "end": 7,
            "canonical": "Ann Lee",
            "resolved_from": {"text": "She", "start": she, "end": she + 3},
        },
        "cue": {"text": "said", "start": she + 4, "end": she + 8, "lemma": "say"},
        "content": {"text": content, "start": cs, "end": cs + 20},
    }
    report = score(gold, {"d": {"doc_id": "d", "claims": [claim]}})
    assert report.attribution.tp == 1 and report.source_accuracy == 1.0


def test_speech_only_makes_thought_gold_neutral_and_drops_thought_claims() -> None:
    from claimx.evaluation.score import is_speech_cue, speech_only

    lemmas = {"say", "tell", "write"}
    assert is_speech_cue("said", lemmas) and is_speech_cue("has told", lemmas)
    assert is_speech_cue(":", lemmas) and is_speech_cue("in a statement", lemmas)
    assert not is_speech_cue("were outraged", lemmas) and not is_speech_cue("fears", lemmas)
    text = "Ann said the port will reopen. Bo fears the port will close."
    a1, a2 = "the port will reopen", "the port will close"
    s1, s2 = text.index(a1), text.index(a2)
    gold = [
        {
            "id": "d",
            "text": text,
            "attributions": [
                {"source": [0, 3], "cue": [4, 8], "cue_text": "said", "content": [s1, s1 + 20]},
                {
                    "source": [31, 33],
                    "cue": [34, 39],
                    "cue_text": "fears",
                    "content": [s2, s2 + 19],
                },
            ],
        }
    ]

    def claim(start: int, end: int, lemma: str, cue: tuple[int, int], src: tuple[int, int]):
        return {
            "type": "indirect",
            "speaker": {"text": text[src[0] : src[1]], "start": src[0], "end": src[1]},
            "cue": {"text": text[cue[0] : cue[1]], "start": cue[0], "end": cue[1], "lemma": lemma},
            "content": {"text": text[start:end], "start": start, "end": end},
        }

    preds = {
        "d": {
            "doc_id": "d",
            "claims": [
                claim(s1, s1 + 20, "say", (4, 8), (0, 3)),
                claim(s2, s2 + 19, "fear", (34, 39), (31, 33)),
            ],
        }
    }
    g, p = speech_only(gold, preds, lemmas)
    assert [a.get("required", True) for a in g[0]["attributions"]] == [True, False]
    assert [c["cue"]["lemma"] for c in p["d"]["claims"]] == ["say"]
    report = score(g, p)
    assert report.attribution.n_gold == 1 and report.attribution.p == 1.0
