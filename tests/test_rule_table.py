"""The rule table: every rule has a place, a prefilter trigger, and a claim only it finds.

``scripts/rule_ablation.py`` runs the whole suite without each rule in turn;
these tests are the quick form of the same check, on each rule's own example.
"""

from __future__ import annotations

import pytest

from claimx.extraction.prefilter import Prefilter, trigger_words
from claimx.extraction.quotes import find_quotes
from claimx.extraction.rules import ALL_RULES, RULES, STAGES, Context, Trigger, find_candidates
from claimx.run.documents import extract


def _context(nlp, text: str) -> Context:
    # the pipeline's own doc: its paragraph breaks and headline are sentence ends
    doc = nlp(text)
    return Context(doc=doc, quotes=find_quotes(text), lexicon=nlp.get_pipe("claimx").lexicon)


def _found(ctx: Context, rules) -> set[tuple]:
    return {(c.pattern, tuple(c.content), c.cue) for c in find_candidates(ctx, rules=list(rules))}


def test_every_rule_has_a_stage_a_trigger_and_a_unique_name():
    assert len({r.name for r in ALL_RULES}) == len(ALL_RULES)
    for rule in ALL_RULES:
        assert rule.stage in STAGES, rule.name
        assert rule.triggers and all(isinstance(t, Trigger) for t in rule.triggers), rule.name
    # every trigger is some rule's: the prefilter looks for nothing no rule needs
    assert {t for r in ALL_RULES for t in r.triggers} == set(Trigger)


def test_the_table_in_use_is_the_whole_table():
    # the developer's switch (CLAIMX_WITHOUT_RULES) is unset in a normal run
    assert RULES == ALL_RULES


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_each_rule_finds_a_claim_no_other_rule_finds(nlp, rule):
    ctx = _context(nlp, rule.example)
    with_it = _found(ctx, ALL_RULES)
    without = _found(ctx, [r for r in ALL_RULES if r is not rule])
    assert with_it - without, f"{rule.name} adds nothing to {rule.example!r}"
    # and the claim reaches the record
    assert extract(rule.example, nlp=nlp).claims


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_the_prefilter_keeps_each_rule_s_example_for_its_triggers_alone(nlp, rule):
    lexicon = nlp.get_pipe("claimx").lexicon
    words = trigger_words(lexicon, nlp.get_pipe("lemmatizer"))
    alone = Prefilter(words, function_words=lexicon.function_words, rules=(rule,))
    text = rule.example
    assert alone.select(text).text.strip(), rule.name
    # with no rule at all, nothing is parsed
    assert not Prefilter(words, rules=()).select(text).runs
