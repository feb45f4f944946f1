"""The ranker: proposals from verbs outside the lexicon, the network, and the choice."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import spacy
from thinc.api import Model

from claimx.extraction.quotes import find_quotes
from claimx.extraction.rules import Context, find_candidates
from claimx.learned.ranker import (
    COMPONENT,
    PROPOSAL,
    VARIANT,
    Net,
    Ranker,
    RankSettings,
    candidate_tables,
    choose,
    gold_labels,
    hashed,
    proposals,
    variants,
)
from claimx.nlp.load import load_nlp


def _context(nlp, text: str) -> Context:
    doc = nlp(text)
    return Context(doc=doc, quotes=find_quotes(text), lexicon=nlp.get_pipe("claimx").lexicon)


def _proposed(nlp, text: str) -> list[tuple[str | None, str, str, str]]:
    ctx = _context(nlp, text)
    return [
        (
            c.speaker.text if c.speaker is not None else None,
            text[c.cue[0] : c.cue[1]],
            text[c.start : c.end],
            c.pattern,
        )
        for c in proposals(ctx, find_candidates(ctx))
    ]


def test_a_verb_outside_the_lexicon_is_proposed_with_its_content_choices(nlp):
    text = "Trump has inveighed against the special-interest provisions that pock the tax code."
    found = _proposed(nlp, text)
    railed = [f for f in found if f[1] == "inveighed"]
    assert {f[0] for f in railed} == {"Trump"}
    contents = {f[2] for f in railed}
    assert "the special-interest provisions that pock the tax code" in contents
    assert "against the special-interest provisions that pock the tax code" in contents
    assert all(f[3].startswith(f"{PROPOSAL}:") for f in found)


def test_adjectives_and_nouns_with_a_holder_are_proposed(nlp):
    found = _proposed(nlp, "Many Republicans are worried about the growing deficit.")
    assert ("Republicans", "worried", "the growing deficit", "proposal:adj_prep") in found
    # (an adjective of the rules' lexicon, 'sure', is the rules' claim, not a proposal)
    found = _proposed(nlp, "Some voters were doubtful that Clinton could win.")
    assert ("voters", "doubtful", "Clinton could win", "proposal:adj_ccomp") in found
    found = _proposed(nlp, "Obama's plan to cut emissions faces a court test.")
    assert ("Obama", "plan", "to cut emissions", "proposal:noun_acl") in found
    # no holder, no proposal: "the plan to cut emissions" says nothing of whose
    found = _proposed(nlp, "The plan to cut emissions faces a court test.")
    assert "plan" not in {f[1] for f in found}


def test_a_cue_the_rules_used_is_not_proposed_again(nlp):
    found = _proposed(nlp, "The mayor said the bridge would reopen in May.")
    assert "said" not in {f[1] for f in found}


def test_a_verb_without_a_subject_proposes_nothing(nlp):
    assert not [f for f in _proposed(nlp, "Raising taxes on the rich.") if f[1] == "Raising"]


def test_the_learned_path_finds_a_claim_behind_an_unlisted_verb(polnear_nlp, nlp):
    text = "Donald Trump painted Hillary Clinton as a puppet of Wall Street donors."
    assert nlp(text)._.claims == []  # the rules alone: "paint" is no cue
    claims = polnear_nlp(text)._.claims
    assert [(c.speaker.text, c.cue.text) for c in claims] == [("Donald Trump", "painted")]
    assert claims[0].content.text.startswith("Hillary Clinton as a puppet")


def test_a_proposed_cue_is_a_stance_and_statements_scope_proposes_nothing(polnear_nlp):
    text = "Donald Trump painted Hillary Clinton as a puppet of Wall Street donors."
    (claim,) = polnear_nlp(text)._.claims
    assert claim.cue.category == "stance"
    # its confidence is the ranker's score, at or above the bar for proposals
    ranker = polnear_nlp.get_pipe("claimx").ranker()
    assert ranker.settings.add <= claim.confidence < 1.0
    statements = load_nlp(scope="statements")
    assert statements.get_pipe("claimx").ranker() is not None
    assert statements(text)._.claims == []


def test_the_default_path_keeps_plain_reported_speech(default_nlp):
    text = "The mayor said the bridge would reopen in May."
    claims = default_nlp(text)._.claims
    assert [(c.speaker.text, c.cue.text, c.content.text) for c in claims] == [
        ("The mayor", "said", "the bridge would reopen in May")
    ]


def _synthetic(n: int = 400, seed: int = 1) -> tuple[list[np.ndarray], list[int]]:
    """Candidates whose label is their lemma, among noise features."""
    rng = np.random.default_rng(seed)
    rows, labels = [], []
    for _ in range(n):
        good = bool(rng.random() < 0.5)
        noise = [f"noise={rng.integers(50)}", f"other={rng.integers(20)}"]
        rows.append(hashed(noise + ["lem=say" if good else "lem=eat"]))
        labels.append(int(good))
    return rows, labels


def test_a_net_learns_which_features_make_a_claim():
    rows, labels = _synthetic()
    net = Net(width=8, seed=0).fit(rows, labels, epochs=5, rate=0.01, batch_size=8)
    say, eat = net.scores([hashed(["lem=say", "noise=3"]), hashed(["lem=eat", "noise=3"])])
    assert say > 0.9 and eat < 0.1
    # a thinc model: the bag's rows (one per bucket it saw, and the zero row), the output's weights
    assert isinstance(net.model, Model)
    bag, out = net.model.get_ref("bag"), net.model.get_ref("out")
    E = bag.get_param("E")
    assert E.shape == (len(np.unique(np.concatenate(rows))) + 1, 8)
    assert not E[0].any()
    assert out.get_param("W").shape == (1, 8)
    # what it never saw reads the zero row: no features and unknown ones score alike
    unseen, empty = net.scores([hashed(["never=seen"]), hashed([])])
    assert unseen == empty


def test_the_default_recipe_learns_one_candidate_at_a_time_with_sparse_updates():
    """``claimx train``'s recipe (nets.fit_sparse): only the rows of the features it
    saw are trained and kept."""
    rows, labels = _synthetic()
    net = Net(width=8, seed=0).fit(rows, labels, epochs=3, rate=0.01)
    say, eat = net.scores([hashed(["lem=say", "noise=3"]), hashed(["lem=eat", "noise=3"])])
    assert say > 0.9 and eat < 0.1
    E = net.model.get_ref("bag").get_param("E")
    assert not E[0].any() and E.shape[0] <= len(np.unique(np.concatenate(rows))) + 1
    # the same seed trains the same net
    again = Net(width=8, seed=0).fit(rows, labels, epochs=3, rate=0.01)
    assert np.array_equal(again.model.get_ref("bag").get_param("E"), E)


def test_the_ranker_survives_a_round_trip_through_bytes():
    rows = [hashed([f"f={i % 7}", f"g={i % 3}"]) for i in range(60)]
    labels = [int(i % 7 < 3) for i in range(60)]
    ranker = Ranker(
        [Net(width=4, seed=s).fit(rows, labels) for s in (0, 1)], RankSettings(0.2, 0.6)
    )
    again = Ranker.from_bytes(ranker.to_bytes())
    assert again.settings == RankSettings(0.2, 0.6)
    assert len(again.nets) == 2
    # a trained net holds its embedding rounded to float16, as it is saved: the same
    # scores to the bit, for what it saw and what it did not
    probe = [*rows, hashed([]), hashed(["f=0", "h=new"])]
    np.testing.assert_array_equal(again.scores(probe), ranker.scores(probe))
    assert again.scores([]).shape == (0,)


_SMALL = _synthetic(200, seed=2)


def _fit_small(seed: int) -> Net:
    return Net(width=4, seed=seed).fit(*_SMALL, batch_size=8)


def test_nets_trained_in_other_processes_come_back_whole():
    """Training fits the nets in forked processes (``forked_map``): a net pickles
    through thinc's bytes and scores as it did where it was trained."""
    from claimx.learned.train import forked_map

    there = forked_map(_fit_small, [0, 1], 2)
    here = [_fit_small(seed) for seed in (0, 1)]
    rows = _SMALL[0]
    for a, b in zip(there, here, strict=True):
        np.testing.assert_array_equal(a.scores(rows), b.scores(rows))
    assert not np.array_equal(here[0].scores(rows), here[1].scores(rows))  # the seeds differ


SHIPPED = Path(__file__).parent.parent / "models" / "claimx-tagger" / COMPONENT / "ranker.npz"


def _formula(saved, rows: list[np.ndarray]) -> np.ndarray:
    """The ranker's score written out on the saved arrays: per net, the ReLU of the
    sum of the features' rows plus b1, dot v plus b2, the logistic; their mean."""
    meta = json.loads(saved["meta"].tobytes().decode())
    per_net = []
    for n in range(meta["nets"]):
        table = dict(
            zip(saved[f"{n}_rows"].tolist(), saved[f"{n}_E"].astype(np.float32), strict=True)
        )
        b1, v, b2 = saved[f"{n}_b1"], saved[f"{n}_v"], saved[f"{n}_b2"][0]
        zero = np.zeros_like(b1)
        hidden = np.array([sum((table.get(int(b), zero) for b in row), zero) for row in rows])
        z = np.maximum(hidden + b1, 0.0) @ v + b2
        per_net.append(1.0 / (1.0 + np.exp(-z)))
    return np.mean(per_net, axis=0)


@pytest.mark.skipif(not SHIPPED.is_file(), reason="no trained ranker")
def test_the_shipped_ranker_scores_by_its_formula(polnear_nlp):
    """The thinc model, loaded from the shipped arrays, scores real candidates (the
    sample articles) as the formula does on those arrays."""
    samples = sorted((Path(__file__).parent.parent / "data" / "samples").glob("*.txt"))
    records = [
        {"id": p.stem, "text": p.read_text(encoding="utf-8"), "attributions": []} for p in samples
    ]
    tables = candidate_tables(polnear_nlp, records)
    rows = [row for table in tables for row in table.rows]
    groups = {g for table in tables for g in table.groups}
    assert len(rows) > 40 and {"rule", PROPOSAL, VARIANT} <= groups
    ranker = polnear_nlp.get_pipe("claimx").ranker()
    assert isinstance(ranker.model, Model)
    scores = ranker.scores(rows)
    assert scores.dtype == np.float32
    expected = _formula(np.load(SHIPPED), rows)
    assert float(np.abs(scores - expected).max()) < 1e-6
    assert scores.min() > 0.0 and scores.max() < 1.0
    np.testing.assert_array_equal(Ranker.from_bytes(SHIPPED.read_bytes()).scores(rows), scores)


def test_choose_keeps_supported_rules_and_adds_one_new_proposal_per_cue(nlp):
    text = (
        "The mayor said the bridge would reopen in May. "
        "Donald Trump painted Hillary Clinton as a puppet of Wall Street donors."
    )
    ctx = _context(nlp, text)
    rules = find_candidates(ctx)
    props = [p for p in proposals(ctx, rules) if text[p.cue[0] : p.cue[1]] == "painted"]
    assert len(props) >= 2  # content variants of one verb
    groups = ["rule"] * len(rules) + [PROPOSAL] * len(props)
    cands = rules + props
    scores = np.array([0.9] * len(rules) + [0.7 - 0.1 * n for n in range(len(props))])
    chosen = choose(groups, cands, scores, RankSettings(keep=0.5, add=0.5))
    assert [text[c.cue[0] : c.cue[1]] for c in chosen] == ["said", "painted"]
    assert chosen[1] is props[0]  # the best-scored variant
    # a rule claim under the bar goes; a proposal under its bar is not added
    scores[0] = 0.1
    chosen = choose(groups, cands, scores, RankSettings(keep=0.5, add=0.8))
    assert chosen == []


def test_a_reported_claim_gets_its_sentence_and_the_next_as_content_variants(nlp):
    text = (
        "The senator said the bill was dead, adding that the votes were not there. "
        "It would not come back this year.\n\nNobody else spoke."
    )
    ctx = _context(nlp, text)
    said = [c for c in find_candidates(ctx) if c.cue_lemma == "say"]
    assert len(said) == 1
    found = {c.pattern.split(":")[-1]: text[c.start : c.end] for c in variants(ctx, said)}
    assert text[said[0].start : said[0].end] == "the bill was dead"
    assert found["sentence"] == "the bill was dead, adding that the votes were not there"
    assert found["next_sentence"] == (
        "the bill was dead, adding that the votes were not there. It would not come back this year"
    )
    assert all("Nobody" not in content for content in found.values())  # next paragraph
    assert all(v.cue == said[0].cue and v.speaker is said[0].speaker for v in variants(ctx, said))


def test_a_variant_takes_in_a_clause_never_a_phrase_about_the_saying(nlp):
    text = "The union called for more school investment on Thursday, in a statement."
    ctx = _context(nlp, text)
    rules = find_candidates(ctx)
    assert [text[c.start : c.end] for c in rules] == ["more school investment"]
    longer = [text[v.start : v.end] for v in variants(ctx, rules)]
    assert not [v for v in longer if "Thursday" in v or "statement" in v]


def test_no_variant_takes_in_whom_it_was_said_to(nlp, default_nlp):
    text = (
        "Two people familiar with the talks told The Associated Press that at least two "
        "members of the committee had pushed for an immediate cut."
    )
    ctx = _context(nlp, text)
    rules = find_candidates(ctx)
    assert [text[c.start : c.end] for c in rules] == [
        "at least two members of the committee had pushed for an immediate cut"
    ]
    longer = [text[v.start : v.end] for v in variants(ctx, rules)]
    assert not [v for v in longer if "Associated" in v and "members" in v]
    (claim,) = default_nlp(text)._.claims
    assert claim.content.text.startswith("at least two members")


def test_choose_swaps_a_claim_for_a_variant_only_by_the_margin(nlp):
    text = "The senator said the bill was dead, and he blamed the governor for it."
    ctx = _context(nlp, text)
    rules = [c for c in find_candidates(ctx) if c.cue_lemma == "say"]
    others = [v for v in variants(ctx, rules) if v.pattern.endswith(":sentence")]
    assert len(rules) == 1 and len(others) == 1
    groups, cands = ["rule", VARIANT], rules + others
    swap = RankSettings(keep=0.3, add=0.5, swap=0.2)
    assert choose(groups, cands, np.array([0.5, 0.8]), swap) == others
    assert choose(groups, cands, np.array([0.5, 0.6]), swap) == rules
    assert choose(groups, cands, np.array([0.5, 0.9]), RankSettings(keep=0.3, swap=1.0)) == rules
    # a variant can keep a claim that the bars would drop, never one under the bar
    assert choose(groups, cands, np.array([0.1, 0.4]), swap) == others
    assert choose(groups, cands, np.array([0.0, 0.2]), swap) == []


def test_choose_keeps_one_claim_where_a_rule_claim_and_the_tagger_s_meet(nlp):
    """A rule claim and the tagger's claim on the same cue can both be kept with one
    content (one of them through a variant): the output has it once, the better one."""
    import copy

    text = "On Tuesday the mayor suggested a broader probe into the flooding may be required."
    ctx = _context(nlp, text)
    (rule,) = [c for c in find_candidates(ctx) if c.cue_lemma == "suggest"]
    learned = copy.copy(rule)
    learned.pattern = "learned"
    learned.cue = (rule.cue[0], rule.cue[1] + 1)  # the tagger's cue may take a neighbour
    groups, cands = ["rule", "learned"], [rule, learned]
    settings = RankSettings(keep=0.3, add=0.5)
    assert choose(groups, cands, np.array([0.7, 0.5]), settings) == [rule]
    assert choose(groups, cands, np.array([0.4, 0.6]), settings) == [learned]
    # another cue with the same content is another claim
    other = copy.copy(rule)
    other.cue = (0, 2)
    assert len(choose(groups, [rule, other], np.array([0.7, 0.5]), settings)) == 2


def test_gold_labels_need_the_content_and_the_speaker(default_nlp):
    text = "The mayor said the bridge would reopen in May."
    claims = default_nlp(text)._.claims
    content = [text.index("the bridge"), len(text) - 1]
    right = {"text": text, "attributions": [{"content": content, "source": [0, 9]}]}
    wrong = {"text": text, "attributions": [{"content": content, "source": [15, 25]}]}
    assert gold_labels(right, claims) == [1]
    assert gold_labels(wrong, claims) == [0]


def test_the_default_pipeline_carries_the_ranker_through_to_disk(tmp_path, default_nlp):
    assert COMPONENT in default_nlp.component_names
    assert default_nlp.get_pipe("claimx").ranker() is not None
    assert load_nlp("rules").get_pipe("claimx").ranker() is None
    default_nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    ranker = loaded.get_pipe(COMPONENT).ranker
    assert ranker.settings == default_nlp.get_pipe(COMPONENT).ranker.settings
    text = "Donald Trump painted Hillary Clinton as a puppet of Wall Street donors."
    assert [c.model_dump() for c in loaded(text)._.claims] == [
        c.model_dump() for c in default_nlp(text)._.claims
    ]


@pytest.mark.parametrize("bad", [b"", b"not an npz"])
def test_a_broken_ranker_file_is_an_error_not_a_silent_default(bad):
    with pytest.raises(Exception):  # noqa: B017 - numpy's own error types
        Ranker.from_bytes(bad)


def test_the_ranker_s_training_rows_and_labels_stay_aligned(polnear_nlp):
    """A candidate that makes no record (the terms of an interview: 'asked not to be
    named') still has its label, so the labels of the candidates after it are theirs."""
    from claimx.learned.ranker import candidate_tables

    text = (
        "The official, who asked not to be named, said the talks had failed. "
        "The minister said the strike would end on Friday."
    )
    start = text.index("the strike")
    gold = {
        "source": [text.index("The minister"), text.index("The minister") + 12],
        "cue": [text.index("said the strike"), text.index("said the strike") + 4],
        "content": [start, start + len("the strike would end on Friday")],
        "required": True,
    }
    record = {"id": "aligned", "text": text, "attributions": [gold]}
    (table,) = candidate_tables(polnear_nlp, [record], keep_candidates=True)
    assert len(table.rows) == len(table.labels) == len(table.groups) == len(table.cands)
    assert None in table.claims  # the condition of anonymity makes no claim
    for cand, claim, label in zip(table.cands, table.claims, table.labels, strict=True):
        said_strike = claim is not None and claim.content.text.startswith("the strike")
        assert label == int(said_strike and claim.speaker.text == "The minister"), cand.pattern
