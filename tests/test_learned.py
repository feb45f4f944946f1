"""The learned tagger: training data, features, merging with the rules, loading."""

from __future__ import annotations

import json

import numpy as np
import pytest
import spacy

from claimx.extraction.quotes import find_quotes
from claimx.extraction.rules import Context, find_candidates
from claimx.learned.features import FEATS_KEY, N_FEATURES
from claimx.learned.merge import merge
from claimx.learned.model import learned_model_path
from claimx.learned.tagger import COMPONENT, LABELS
from claimx.learned.train import annotated_examples, gold_tags
from claimx.nlp.load import load_nlp
from claimx.run.documents import extract
from conftest import DATA

needs_model = pytest.mark.skipif(learned_model_path() is None, reason="no trained tagger")


def _char(text: str, part: str) -> list[int]:
    start = text.index(part)
    return [start, start + len(part)]


def test_gold_tags_mark_source_cue_and_content(nlp):
    text = "The minister said the plan would fail."
    doc = nlp(text)
    gold = [
        {
            "source": _char(text, "The minister"),
            "cue": _char(text, "said"),
            "content": _char(text, "the plan would fail"),
        }
    ]
    tags = gold_tags(doc, gold)
    assert tags == ["B-SRC", "I-SRC", "B-CUE", "B-CON", "I-CON", "I-CON", "I-CON", "O"]


def test_gold_tags_keep_the_outer_of_nested_attributions(nlp):
    text = "Aides said Smith believes the deal is dead."
    doc = nlp(text)
    outer = {
        "source": _char(text, "Aides"),
        "cue": _char(text, "said"),
        "content": _char(text, "Smith believes the deal is dead"),
    }
    inner = {
        "source": _char(text, "Smith"),
        "cue": _char(text, "believes"),
        "content": _char(text, "the deal is dead"),
    }
    tags = gold_tags(doc, [inner, outer])
    # "Smith believes" stays content of the aides' claim.
    assert tags[:4] == ["B-SRC", "B-CUE", "B-CON", "I-CON"]
    assert tags.count("B-CON") == 1


def _rules_doc(text: str):
    nlp = load_nlp("rules")
    extractor = nlp.get_pipe("claimx")
    doc = nlp(text)
    ctx = Context(doc=doc, quotes=find_quotes(doc.text), lexicon=extractor.lexicon)
    return doc, ctx, find_candidates(ctx)


def test_rule_candidates_survive_a_tagger_that_agrees_and_go_when_it_does_not():
    text = "The senator said the bill would pass. Turnout was low."
    doc, ctx, cands = _rules_doc(text)
    assert len(cands) == 1
    probs = np.zeros((len(doc), len(LABELS)), dtype="float32")
    probs[:, LABELS.index("O")] = 1.0
    assert merge(doc, cands, probs, LABELS, ctx.quotes) == []
    content = doc.char_span(*_char(text, "the bill would pass"))
    probs[content.start : content.end] = 0.0
    probs[content.start : content.end, LABELS.index("I-CON")] = 1.0
    assert merge(doc, cands, probs, LABELS, ctx.quotes) == cands


def test_a_tagged_span_without_a_rule_claim_becomes_a_claim():
    text = "Critics slammed the plan as a giveaway to donors. Turnout was low."
    doc, ctx, _ = _rules_doc(text)
    probs = np.zeros((len(doc), len(LABELS)), dtype="float32")
    probs[:, LABELS.index("O")] = 1.0

    def tag(part: str, role: str) -> None:
        span = doc.char_span(*_char(text, part))
        probs[span.start : span.end] = 0.0
        probs[span.start, LABELS.index(f"B-{role}")] = 1.0
        probs[span.start + 1 : span.end, LABELS.index(f"I-{role}")] = 1.0

    tag("Critics", "SRC")
    tag("slammed", "CUE")
    tag("the plan as a giveaway to donors", "CON")
    (cand,) = merge(doc, [], probs, LABELS, ctx.quotes)
    assert cand.pattern == "learned"
    assert text[cand.start : cand.end] == "the plan as a giveaway to donors"
    assert cand.cue_lemma == "slam"
    assert cand.speaker.text == "Critics"
    assert cand.type == "indirect"


def test_an_added_claim_takes_no_source_from_another_sentence():
    text = "Critics met on Monday. The plan was slammed as a giveaway to donors."
    doc, ctx, _ = _rules_doc(text)
    probs = np.zeros((len(doc), len(LABELS)), dtype="float32")
    probs[:, LABELS.index("O")] = 1.0

    def tag(part: str, role: str) -> None:
        span = doc.char_span(*_char(text, part))
        probs[span.start : span.end] = 0.0
        probs[span.start, LABELS.index(f"B-{role}")] = 1.0
        probs[span.start + 1 : span.end, LABELS.index(f"I-{role}")] = 1.0

    tag("Critics", "SRC")
    tag("slammed", "CUE")
    tag("as a giveaway to donors", "CON")
    assert merge(doc, [], probs, LABELS, ctx.quotes) == []
    text = "Critics met on Monday. It was announced that the plan would be dropped soon."
    doc, ctx, _ = _rules_doc(text)
    probs = np.zeros((len(doc), len(LABELS)), dtype="float32")
    probs[:, LABELS.index("O")] = 1.0
    tag("Critics", "SRC")
    tag("announced", "CUE")
    tag("the plan would be dropped soon", "CON")
    (cand,) = merge(doc, [], probs, LABELS, ctx.quotes)
    assert cand.speaker is None and cand.cue_lemma == "announce"


def test_features_are_one_row_per_token(tmp_path):
    gold = tmp_path / "gold.jsonl"
    text = 'Officials said the talks had stalled. "We are close," Lee said.'
    record = {
        "id": "a",
        "text": text,
        "attributions": [
            {
                "source": _char(text, "Officials"),
                "cue": _char(text, "said"),
                "content": _char(text, "the talks had stalled"),
            }
        ],
    }
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (example,) = annotated_examples(str(gold), n_process=1)
    feats = example.predicted.user_data[FEATS_KEY]
    assert feats.shape == (len(example.predicted), N_FEATURES)
    assert example.predicted.tensor.shape[0] == len(example.predicted)
    assert [t.tag_ for t in example.reference][:2] == ["B-SRC", "B-CUE"]
    # Rule roles are among the features: the two rule claims differ from plain words.
    assert len({tuple(row) for row in feats}) > len(example.predicted) // 2


@needs_model
def test_default_pipeline_holds_the_tagger_and_rules_path_does_not():
    assert COMPONENT in load_nlp().component_names
    assert COMPONENT not in load_nlp("rules").component_names
    assert load_nlp().get_pipe("claimx").tagger() is not None


@needs_model
def test_round_trip_through_to_disk_and_spacy_load(tmp_path):
    nlp = load_nlp()
    nlp.to_disk(tmp_path / "pipeline")
    again = spacy.load(tmp_path / "pipeline")
    assert COMPONENT in again.component_names
    text = (DATA.parent.parent / "data" / "samples").glob("*.txt")
    sample = sorted(text)[0].read_text(encoding="utf-8")
    before = [c.model_dump() for c in nlp(sample)._.claims]
    after = [c.model_dump() for c in again(sample)._.claims]
    assert before == after
    assert any(c["pattern"] != "learned" for c in after)


def test_train_writes_a_tagger_that_the_pipeline_uses(tmp_path):
    """`claimx train` end to end on a tiny corpus: convert, train, install, load."""
    from claimx.learned.train import train_tagger

    corpus = tmp_path / "gold"
    corpus.mkdir()
    records = (DATA / "samples.gold.jsonl").read_text(encoding="utf-8")
    (corpus / "polnear-train.jsonl").write_text(records, encoding="utf-8")
    (corpus / "polnear-dev.jsonl").write_text(records, encoding="utf-8")
    out = tmp_path / "tagger"
    report = train_tagger(
        corpus,
        out,
        tmp_path / "work",
        overrides={"training.max_epochs": 2, "training.eval_frequency": 2},
        nets=1,
    )
    assert set(report["dev_scores"]) >= {"claim_tag_f", "claim_con_f"}
    assert report["ranker"]["train_candidates"] > 16  # rules' claims and proposals
    assert set(report["ranker"]["settings"]) == {"keep", "add", "swap"}
    nlp = load_nlp(str(out))
    assert COMPONENT in nlp.component_names
    assert nlp.get_pipe("claimx").ranker() is not None
    tagger = nlp.get_pipe("claimx").tagger()
    assert tagger is not None and tagger.labels == LABELS
    text = 'The mayor said the bridge would reopen in May. "It is safe," she added.'
    doc = nlp(text)
    assert all(c.content.text in text for c in doc._.claims)
    (probs,) = tagger.predict([doc])
    assert probs.shape == (len(doc), len(LABELS))


def test_forked_map_keeps_the_order_in_one_process_and_in_two():
    from claimx.learned.train import forked_map

    items = [-3, 1, -2, 5]
    assert forked_map(abs, items, 1) == [3, 1, 2, 5]
    assert forked_map(abs, items, 2) == [3, 1, 2, 5]


@needs_model
def test_merge_settings_are_read_from_the_saved_model(tmp_path):
    """The settings chosen with the model travel with it: the component reads them from
    the model's config, not from defaults in the code."""
    import shutil

    saved = tmp_path / "tagger"
    shutil.copytree(learned_model_path(), saved)
    config = (saved / "config.cfg").read_text(encoding="utf-8")
    assert "[components.claimx_tagger.merge]" in config
    (saved / "config.cfg").write_text(
        config.replace("\nkeep = 0.35\n", "\nkeep = 0.9\n"), encoding="utf-8"
    )
    assert load_nlp().get_pipe("claimx").merge_settings.keep == 0.35
    assert load_nlp(str(saved)).get_pipe("claimx").merge_settings.keep == 0.9


def test_a_clause_reported_by_plain_saying_stays_whatever_the_ranker_scores(default_nlp):
    """In the default scope the ranker, taught on PolNeAR, does not veto a clause that a
    verb of plain saying reports with its speaker ('… showed a grade two tear, manager
    Sarah Whitlock told reporters', which it scored under its threshold)."""
    text = (
        "Diaz limped off on Sunday. Scans on Monday showed a grade two tear, manager "
        "Sarah Whitlock told reporters."
    )
    claims = extract(text, nlp=default_nlp).claims
    assert [(c.cue.text, c.content.text) for c in claims] == [
        ("told reporters", "Scans on Monday showed a grade two tear")
    ]
