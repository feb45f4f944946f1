"""Find attribution candidates in a parsed document: the rule table.

Every rule is one function ``rule(ctx, found) -> list[Candidate]`` and one row
of :data:`RULES`, which says when it runs and what the prefilter must see in a
paragraph for it to find anything there (its :class:`Trigger`). A new rule is a
function in one of the modules below and a row here; nothing else has to know.

The rules run in stages, in order; the rules of a stage see what the earlier
stages found (:class:`Found`) and not each other's candidates:

1. ``clause``: a cue and its clause (verbs, *according to*, nouns, *in a
   poll*, *reportedly*, *For X,*). Their quotes make them direct or mixed,
   one claim is kept per stretch of text and overlapping duplicates settled.
2. ``quote``: quotes the first stage did not take, attributed by a colon or a
   dash.
3. ``turn``: a line that opens with a speaker and a colon, or an interview's
   answer under its speaker's label. A turn is the speaker's own words: earlier
   claims whose cue lies inside it give way.
4. ``block``: a block quote after an introduction ending in a colon, or after
   a line that names a message (*X left this message*); it too takes the place
   of claims inside it.
5. ``headline``: the article's first line.
6. ``continuation``: quotes with no cue of their own, carrying on the turn
   before them.

Last, overlapping duplicates are settled once more.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claimx.extraction.rules.according_to import (
    according_to,
    hearsay_adverb,
    held_view,
    in_source_document,
    stated_view,
)
from claimx.extraction.rules.base import (
    Candidate,
    Context,
    Found,
    SpanIndex,
    Trigger,
    char_runs,
    content_tokens,
    trim_tokens,
)
from claimx.extraction.rules.direct import (
    block_quote,
    classify_by_quotes,
    colon_introduced_quote,
    continuing_quote,
    dash_attributed_quote,
    issued_text_quote,
    line_initial_speaker_colon,
)
from claimx.extraction.rules.headline import headline_claims
from claimx.extraction.rules.interview import interview_answers
from claimx.extraction.rules.nominal import noun_cue_claims
from claimx.extraction.rules.verbal import (
    closes_but_for_citing,
    closes_sentence,
    issued_text,
    reporting_verbs,
    without_trailing_aside,
)

__all__ = ["RULES", "Candidate", "Context", "Found", "Rule", "Trigger", "find_candidates"]

STAGES = ("clause", "quote", "turn", "block", "headline", "continuation")
#: Stages whose claims take the place of the earlier claims whose cue they hold.
REPLACING = {"turn", "block"}


@dataclass(frozen=True)
class Rule:
    """One family of patterns: its function, its stage, its prefilter triggers, and
    a sentence it finds a claim in that no other rule finds (checked by the tests)."""

    name: str
    find: Callable[[Context, Found], list[Candidate]]
    stage: str
    triggers: tuple[Trigger, ...]
    example: str


ALL_RULES: tuple[Rule, ...] = (
    Rule(
        "reporting_verbs",
        reporting_verbs,
        "clause",
        (Trigger.CUE_VERB,),
        "The mayor said the bridge would reopen in May.",
    ),
    Rule(
        "according_to",
        according_to,
        "clause",
        (Trigger.ACCORDING,),
        "According to the police report, the driver was not injured.",
    ),
    Rule(
        "noun_cue",
        noun_cue_claims,
        "clause",
        (Trigger.CUE_NOUN,),
        "Local shop owners joined the mayor's call for a new car park near the market.",
    ),
    Rule(
        "in_source_document",
        in_source_document,
        "clause",
        (Trigger.IN_SOURCE,),
        "In a Gallup survey released in June, most voters were against the new fuel tax.",
    ),
    Rule(
        "hearsay_adverb",
        hearsay_adverb,
        "clause",
        (Trigger.HEARSAY,),
        "The suspect was reportedly seen near the station on Friday.",
    ),
    Rule(
        "stated_view",
        stated_view,
        "clause",
        (Trigger.VIEW,),
        "In his view, the new fuel tax will hurt farmers in the north.",
    ),
    Rule(
        "held_view",
        held_view,
        "clause",
        (Trigger.FOR_VIEW,),
        "For many local bloggers, the new law is an attack on free speech.",
    ),
    Rule(
        "colon_introduced_quote",
        colon_introduced_quote,
        "quote",
        (Trigger.QUOTE_MARK,),
        'The strike began on Monday. The union leader Maria Lopez: "We will strike until the'
        ' pay offer improves."',
    ),
    Rule(
        "issued_text_quote",
        issued_text_quote,
        "quote",
        (Trigger.QUOTE_MARK,),
        "The club's spokesman made a short statement on Friday: \"Our thoughts are with his"
        ' family."',
    ),
    Rule(
        "dash_attributed_quote",
        dash_attributed_quote,
        "quote",
        (Trigger.QUOTE_MARK,),
        "\u201cWe will not give up on this town.\u201d \u2015 Maria Lopez",
    ),
    Rule(
        "line_initial_speaker_colon",
        line_initial_speaker_colon,
        "turn",
        (Trigger.SPEAKER_COLON,),
        "HOLT: Let us start with the economy tonight.",
    ),
    Rule(
        "interview_answer",
        interview_answers,
        "turn",
        (Trigger.INTERVIEW,),
        "((WN)) What did you see that night?\n\n"
        "((Ana Ruiz)) The water came up to the first floor in minutes.",
    ),
    Rule(
        "block_quote",
        block_quote,
        "block",
        (Trigger.COLON_END, Trigger.MESSAGE),
        "Kamran Ahmed writes on his blog:\n\n"
        "We have waited for years and we will not wait any longer for the water to come back.",
    ),
    Rule(
        "headline",
        headline_claims,
        "headline",
        # a colon ('Union leader: …') or a cue verb ('Mayor Says …'); the prefilter
        # keeps the headline as context anyway, as the speakers' names are often there
        (Trigger.SPEAKER_COLON, Trigger.CUE_VERB),
        "Union leader: pay offer is an insult to nurses\n\nThe talks resumed on Monday.",
    ),
    Rule(
        "continuing_quote",
        continuing_quote,
        "continuation",
        (Trigger.QUOTE_MARK,),
        '"We will stay," the mayor said on Monday.\n\n'
        '"Nothing will change that, not even the floods."',
    ),
)

#: Rules left out by name (comma-separated): a developer's switch, which
#: ``scripts/rule_ablation.py`` sets to see which tests fail without a rule.
WITHOUT_ENV = "CLAIMX_WITHOUT_RULES"

RULES: tuple[Rule, ...] = tuple(
    r for r in ALL_RULES if r.name not in os.environ.get(WITHOUT_ENV, "").split(",")
)


def find_candidates(
    ctx: Context,
    keep_unattributed: bool = False,
    keep_nested: bool = False,
    rules: Sequence[Rule] | None = None,
) -> list[Candidate]:
    """All attributions in ``ctx.doc``, sorted by position, without overlapping duplicates."""
    rules = RULES if rules is None else rules
    found = Found(keep_unattributed=keep_unattributed)
    for stage in STAGES:
        new = [c for r in rules if r.stage == stage for c in r.find(ctx, found)]
        if stage == "clause":
            classify_by_quotes(ctx, new)
            if not keep_nested:
                new = _drop_nested(new)
            new = _settle(new, keep_nested)
            found.covered += [(q.outer_start, q.outer_end) for c in new for q in c.quotes]
        elif stage in REPLACING:
            found.cands = [c for c in found.cands if not any(cue_inside(c, n) for n in new)]
        found.cands += new
        found.covered += [(c.start, c.end) for c in new]
    return sorted(_settle(found.cands, keep_nested), key=lambda c: (c.start, c.end))


def cue_inside(inner: Candidate, outer: Candidate) -> bool:
    """Whether ``inner``'s cue lies inside ``outer``'s content."""
    return inner.cue is not None and any(
        s <= inner.cue[0] and inner.cue[1] <= e for s, e in outer.content
    )


def _settle(cands: list[Candidate], keep_nested: bool = False) -> list[Candidate]:
    """Keep one candidate per content: the most confident of heavily overlapping ones.

    With ``keep_nested`` a report inside another ('According to investigators,
    Zhukovskyy said he had …') is no duplicate of it: both stay.
    """
    kept: list[Candidate] = []
    # Only candidates whose contents share a character (or that both have none)
    # can be the same: kept ones are indexed by the stretches they cover, so a
    # long document is not compared pair by pair.
    index = SpanIndex()
    for cand in sorted(cands, key=lambda c: (-c.confidence, c.pattern in PHRASAL, c.start)):
        if any(
            same_content(cand, k)
            and not (keep_nested and (cue_inside(cand, k) or cue_inside(k, cand)))
            for k in index.near(cand.content)
        ):
            continue
        kept.append(cand)
        index.add(cand.content, cand)
    return kept


def same_content(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates share at least half of the longer one's content."""
    inter = sum(
        max(0, min(pa[1], pb[1]) - max(pa[0], pb[0])) for pa in a.content for pb in b.content
    )
    return inter >= 0.5 * max(a.content_chars(), b.content_chars())


#: Rules whose content is a noun phrase or infinitive: weaker than a reported clause.
PHRASAL = {
    "object_complement",
    "prepositional_complement",
    "object_predicate",
    "infinitive_complement",
    "noun_cue",
    "light_verb_noun_cue",
}


def reports_cited(ctx: Context, found: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
    """The rule claims of sources a report cites, back beside the report.

    'Znak.com reported its source said the tenant moved in': the journalist's
    definition counts the source's claim (the guide's "Reports citing a
    source"); the learned layer, taught on PolNeAR's one-claim-per-stretch,
    keeps only the report. A reported clause with its own subject and cue comes
    back when its cue heads the content of a kept claim that is no quotation
    (the words of a quote are the quoted voice's, never required) and its
    subject is no pronoun ('said she felt …' is one voice).
    """
    cues = {k.cue for k in kept}
    out = list(kept)
    for cand in found:
        if (
            cand.cue is None
            or cand.cue_token is None
            or cand.cue in cues
            or cand.pattern in PHRASAL
            or cand.pattern == "learned"
            or cand.speaker is None
            or cand.speaker.pos_ == "PRON"
            or ctx.in_quote(cand.speaker)
        ):
            continue
        if any(
            k.type != "direct"
            and cue_inside(cand, k)
            and _heads(cand.cue_token, k)
            and _inside(cand.speaker, k)  # the cited source is named in the report
            for k in kept
        ):
            out.append(cand)
            cues.add(cand.cue)
    return sorted(out, key=lambda c: (c.start, c.end))


def closing_reports(ctx: Context, found: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
    """The rule claims of a reporting clause that closes its sentence, back where the
    learned layer dropped them.

    '[A former executive pleaded guilty today to …], Acting Assistant Attorney
    General X and U.S. Attorney Y announced (today).': the journalist's definition counts
    the announcement (the guide's "Announcements"); the learned layer, taught on
    PolNeAR, prefers the action inside it ('pleaded guilty'), which the default
    scope then leaves out, and the sentence loses its claim. A clause that a
    named speaker's speech cue reports, ending right before the cue at the end
    of the sentence, comes back when no kept claim has its cue.
    """
    cues = {k.cue for k in kept}
    out = list(kept)
    for cand in found:
        verb = cand.cue_token
        if (
            verb is None
            or cand.cue in cues
            or cand.pattern != "clausal_complement"
            or cand.speaker is None
            or cand.speaker.pos_ == "PRON"
            or ctx.in_quote(verb)
            or not (closes_sentence(verb) or closes_but_for_citing(verb))
            or cand.end > verb.idx
        ):
            continue
        entry = ctx.lexicon.cue_of(verb)
        if entry is not None and entry.cls == "speech":
            out.append(cand)
            cues.add(cand.cue)
    return sorted(out, key=lambda c: (c.start, c.end))


def issued_text_reports(found: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
    """What an issued text says, in place of the issuing, where the learned layer kept
    the issuing.

    'Both nations issued statements speaking of an incursion', 'researchers posted
    findings estimating …': the learned layer, taught on PolNeAR, keeps *issued* with
    the whole object as content, which the default scope then leaves out as an act.
    The rule claim of the participle on the text noun takes its place.
    """
    by_verb = {}
    for cand in found:
        if _says_what_the_text_says(cand) and cand.speaker is not None:
            by_verb.setdefault(cand.cue_token.head.head.i, cand)
    cues = {k.cue for k in kept}
    out = []
    for cand in kept:
        inner = None
        if cand.cue_token is not None and cand.pattern.endswith("object_complement"):
            inner = by_verb.get(cand.cue_token.i)
        if inner is None or not cue_inside(inner, cand):
            out.append(cand)
        elif inner.cue not in cues:
            out.append(inner)
            cues.add(inner.cue)
    return out


#: The names of the ranker's content variants (:func:`claimx.learned.ranker.variants`).
VARIANT_NAMES = frozenset({"pred", "xcomp", "ccomp", "dobj", "inner", "sentence", "next_sentence"})


def variants_without_voiced_asides(ctx: Context, kept: list[Candidate]) -> list[Candidate]:
    """A content variant the ranker chose, without a closing aside that voices another
    claim, which the rules leave out of a reported clause ('…, adding that …', '…,
    with new reports saying …'): the learned layer, taught on PolNeAR, runs on."""
    out = []
    for cand in kept:
        if cand.type != "indirect" or cand.pattern.rsplit(":", 1)[-1] not in VARIANT_NAMES:
            out.append(cand)
            continue
        toks = content_tokens(ctx.doc, cand.content)
        trimmed = trim_tokens(without_trailing_aside(ctx, toks, voiced_only=True))
        if trimmed and len(trimmed) < len(toks):
            cand = copy.copy(cand)
            cand.content = char_runs(trimmed)
        out.append(cand)
    return out


def variants_over_own_cues(found: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
    """A content variant the ranker chose that runs over the cue of another claim of
    the same speaker ('told the ambassador that he was concerned … and promised that
    he would …', 'demanding the leader step down and complaining of poverty': the
    second cue is a claim of its own) goes back to the rule's claim of its cue, when
    a rule gave one; a rule claim of the other cue that the variant swallowed comes
    back beside it."""
    by_cue = {c.cue: c for c in found if c.cue is not None}
    cues = {c.cue for c in kept}
    pool = [*kept, *found]
    out: list[Candidate] = []
    back: list[Candidate] = []
    for cand in kept:
        if cand.pattern.rsplit(":", 1)[-1] not in VARIANT_NAMES or cand.speaker is None:
            out.append(cand)
            continue
        others = _own_cues_inside(cand, pool)
        rule = by_cue.get(cand.cue)
        if not others or rule is None or _own_cues_inside(rule, pool):
            out.append(cand)
            continue
        out.append(rule)
        for other in others:
            if other.cue not in cues and other.pattern in SPAN_PATTERNS:
                back.append(other)
                cues.add(other.cue)
    return sorted(out + back, key=lambda c: (c.start, c.end)) if back else out


#: Rule claims that may come back beside a claim whose variant swallowed them.
SPAN_PATTERNS = frozenset({"clausal_complement", "prepositional_complement", "object_predicate"})


def _own_cues_inside(cand: Candidate, claims: list[Candidate]) -> list[Candidate]:
    """The claims of ``cand``'s speaker, with another cue, whose cue lies inside its
    content (an infinitive after the cue is no claim of its own: 'failed or refused to
    …')."""
    out = []
    for other in claims:
        if (
            other.cue is not None
            and other.cue != cand.cue
            and (other.pattern != "infinitive_complement" or _second_verb(other))
            and other.speaker is not None
            and cand.speaker is not None
            and other.speaker.i == cand.speaker.i
            and cue_inside(other, cand)
            and all(o.cue != other.cue for o in out)
        ):
            out.append(other)
    return out


def _second_verb(claim: Candidate) -> bool:
    """The claim's cue is a second verb of its speaker, set off by a comma and 'and':
    'said there was a need …, and promised to stick with …' (not 'failed or refused
    to …', one act told twice)."""
    verb = claim.cue_token
    if verb is None or verb.dep_ != "conj" or verb.i < 2:
        return False
    doc = verb.doc
    return doc[verb.i - 1].lower_ == "and" and doc[verb.i - 2].text == ","


def speakers_outside_content(found: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
    """Each kept claim whose content runs over its own speaker (a learned content
    variant that took '[clause], announced X' for X's words) goes back to the rule's
    claim of the same cue, or is dropped when no rule gave one."""
    by_cue = {c.cue: c for c in found if c.cue is not None}
    out = []
    for cand in kept:
        if not _speaker_in_content(cand):
            out.append(cand)
            continue
        rule = by_cue.get(cand.cue)
        if rule is not None and not _speaker_in_content(rule):
            out.append(rule)
    return out


def _speaker_in_content(cand: Candidate) -> bool:
    if cand.speaker is None:
        return False
    start, end = cand.speaker_span or (cand.speaker.idx, cand.speaker.idx + len(cand.speaker))
    return any(s < end and start < e for s, e in cand.content)


def _inside(token, cand: Candidate) -> bool:
    return any(s <= token.idx < e for s, e in cand.content)


def _heads(token, cand: Candidate) -> bool:
    """Whether ``token`` is a head of ``cand``'s content: its own head lies outside."""
    return _inside(token, cand) and (token.head.i == token.i or not _inside(token.head, cand))


def _says_what_the_text_says(inner: Candidate) -> bool:
    """A participle on an issued text ('issued statements speaking of an incursion'):
    what the text says, the claim; issuing it is none."""
    verb = inner.cue_token
    return verb is not None and verb.dep_ == "acl" and verb.tag_ == "VBG" and issued_text(verb.head)


def _drop_nested(cands: list[Candidate]) -> list[Candidate]:
    """One claim per stretch of text (PolNeAR annotates univocally).

    When a claim's cue lies inside another claim's content, the outer claim is
    kept, unless it only holds a phrase ("defended an architect who said he
    was stiffed") and the inner one reports a clause: then the inner one wins.
    """
    dropped: set[int] = set()
    for n, inner in enumerate(cands):
        if inner.cue is None:
            continue
        for m, outer in enumerate(cands):
            if m == n or m in dropped or n in dropped:
                continue
            if not cue_inside(inner, outer):
                continue
            if outer.pattern in PHRASAL and (
                inner.pattern not in PHRASAL or _says_what_the_text_says(inner)
            ):
                dropped.add(m)
            else:
                dropped.add(n)
    return [c for n, c in enumerate(cands) if n not in dropped]
