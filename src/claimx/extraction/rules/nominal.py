"""Noun cues: a claim reported through a noun with its source.

Examples: ``The senator rejected the governor's claim that the budget was
balanced.`` (speaker: the possessor), ``Other Republicans joined Pence's call
for a special prosecutor.``, ``She resisted calls from her rivals to break up
the banks.`` (speaker: the *from*/*by* phrase), ``McConnell has expressed a
preference to proceed …`` (speaker: the subject of a verb that voices the
noun). Without a named source the noun is left alone: ``the claim that …``
alone says nothing about who claims.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.symbols import NOUN
from spacy.tokens import Token

from claimx.extraction.rules.base import Candidate, Context, Found, trim_tokens
from claimx.extraction.rules.verbal import saying_asides, verb_subject
from claimx.lexicon import HERE, _data_lines


@lru_cache(maxsize=1)
def noun_cues() -> dict[str, frozenset[str]]:
    """Noun cue lemmas and their content frames, from ``lexicon/noun_cues.tsv``."""
    return {
        row[0].lower(): frozenset(row[1].split(",")) for row in _data_lines(HERE / "noun_cues.tsv")
    }


def noun_cue_claims(ctx: Context, found: Found) -> list[Candidate]:
    out = []
    cues = noun_cues()
    for tok in ctx.tokens:
        if tok.pos != NOUN:
            continue
        frames = cues.get(tok.lemma_.lower())
        if frames is None or ctx.in_quote(tok):
            continue
        # 'Johnson stressed his support for …': the subject voices it, 'his' is his own
        speaker, pattern = _light_verb_subject(tok), "light_verb_noun_cue"
        if speaker is None and "voiced" not in frames:
            # ('the administration's decision to …' is an act; 'announced its
            # decision to …' says what was decided)
            speaker, pattern = _noun_source(tok), "noun_cue"
        if speaker is None:
            continue
        content = _noun_content(tok, frames)
        content = trim_tokens([t for t in content if t.i not in {s.i for s in speaker.subtree}])
        if not content:
            continue
        out.append(Candidate.of_word(tok, speaker, content, pattern, 0.6))
    return out


#: Verbs that say what their noun object holds: 'expressed support for the plan',
#: 'voiced a desire to run', 'reiterated his call for a ceasefire'.
LIGHT_VERBS = frozenset(
    {"express", "voice", "reiterate", "restate", "repeat", "renew", "stress", "signal", "announce"}
)


def _light_verb_subject(noun: Token) -> Token | None:
    """The subject of a verb that voices the noun: 'McConnell has expressed a preference
    to proceed …' (not 'the preference to proceed was noted')."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in LIGHT_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in {"conj", "xcomp"}:
        # 'Hawkins called for … and expressed concern about …': the first verb's subject
        # ('went on to express regret that …': the subject of the verb it completes)
        subject = verb_subject(verb)
    return subject


def _noun_source(noun: Token) -> Token | None:
    """The possessor ('Pence's call') or the from/by phrase ('calls from rivals')."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


CLAUSES = {"acl", "ccomp", "relcl"}


def _clause_without_that(noun: Token, clause: Token) -> bool:
    """A content clause right after its noun with no 'that', which the parser reads as
    a relative clause: 'expressed confidence [the ruling would be overturned]',
    'concern [this order could create tension]'. Not a relative clause without its
    relative word, whose verb lacks the object the noun is ('the concern [he raised]')."""
    if clause.dep_ not in CLAUSES or clause.left_edge.i != noun.i + 1:
        return False
    kids = list(clause.children)
    if any(c.tag_ in {"WDT", "WP", "WP$", "WRB"} or c.dep_ == "mark" for c in kids):
        return False
    subject = next((c for c in kids if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i > clause.i:
        return False
    finite = clause.tag_ in {"VBD", "VBZ", "VBP"} or any(c.tag_ == "MD" for c in kids)
    filled = subject.dep_ == "nsubjpass" or any(
        c.dep_ in {"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd"} for c in kids
    )
    return finite and filled


#: Verbs through which a subject noun names what it holds: 'Their demands include …'.
HOLDING_VERBS = frozenset({"include", "be", "expand", "grow", "remain"})


def _noun_content(noun: Token, frames: frozenset[str]) -> list[Token]:
    if "is" in frames and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in HOLDING_VERBS:
        # 'Protesters' demands include …', 'The union's main demand is …', '… demands
        # have expanded to include …'
        verb = noun.head
        inner = next((c for c in verb.children if c.dep_ in {"xcomp", "advcl"}), None)
        for holder in (verb, inner):
            if holder is None:
                continue
            held = next((c for c in holder.children if c.dep_ in {"dobj", "attr"}), None)
            if holder is inner and inner.tag_ == "VBG":
                held = inner  # 'include dissolving Parliament, appointing …'
            if held is not None:
                # what is held runs to the end of the sentence ('include A, B and C.',
                # whatever the parser made of the list)
                return list(noun.doc[held.left_edge.i : noun.sent.end])
    for child in noun.children:
        if child.i < noun.i:
            continue
        marks = {(c.dep_, c.lower_) for c in child.children}
        if "that" in frames and child.dep_ in CLAUSES and ("mark", "that") in marks:
            return list(child.subtree)
        if "that" in frames and _clause_without_that(noun, child):
            return list(child.subtree)
        if "to" in frames and child.dep_ in {"acl", "relcl"} and ("aux", "to") in marks:
            return list(child.subtree)
        if child.dep_ == "prep" and f"prep:{child.lower_}" in frames:
            aside = {i for c in child.children for i in saying_asides(c)}
            pobj = [t for c in child.children for t in c.subtree if t.i not in aside]
            if pobj:
                return pobj
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in LIGHT_VERBS:
        # 'voiced their support for Meechan': the noun's preposition, which the parser
        # hung on the verb right after the noun
        prep = next(
            (
                c
                for c in verb.children
                if c.dep_ == "prep"
                and c.i == noun.right_edge.i + 1
                and f"prep:{c.lower_}" in frames
            ),
            None,
        )
        if prep is not None:
            return [t for c in prep.children for t in c.subtree]
    return []
