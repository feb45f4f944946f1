"""Find attribution candidates in a parsed document.

Each module holds one family of patterns and maps a :class:`Context` to
:class:`Candidate` objects; :func:`find_candidates` runs them in order and
settles overlaps. Data flows one way: quotes -> verb rules -> according to ->
quote rules -> de-duplication.
"""

from __future__ import annotations

from claimx.extraction.rules.according_to import (
    according_to,
    hearsay_adverb,
    held_view,
    in_source_document,
)
from claimx.extraction.rules.base import Candidate, Context, SpanIndex
from claimx.extraction.rules.direct import (
    block_quote,
    classify_by_quotes,
    colon_introduced_quote,
    continuing_quote,
    dash_attributed_quote,
    line_initial_speaker_colon,
)
from claimx.extraction.rules.headline import headline_claims
from claimx.extraction.rules.nominal import noun_cue_claims
from claimx.extraction.rules.verbal import reporting_verbs

__all__ = ["Candidate", "Context", "find_candidates"]


def find_candidates(
    ctx: Context, keep_unattributed: bool = False, keep_nested: bool = False
) -> list[Candidate]:
    """All attributions in ``ctx.doc``, sorted by position, without overlapping duplicates."""
    cands = reporting_verbs(ctx) + according_to(ctx) + noun_cue_claims(ctx)
    cands += in_source_document(ctx) + hearsay_adverb(ctx) + held_view(ctx)
    classify_by_quotes(ctx, cands)
    if not keep_nested:
        cands = _drop_nested(cands)
    cands = _settle(cands, keep_nested)
    covered = [(q.outer_start, q.outer_end) for c in cands for q in c.quotes]
    covered += [(c.start, c.end) for c in cands]
    cands += colon_introduced_quote(ctx, covered)
    cands += dash_attributed_quote(ctx, covered)
    covered += [(c.start, c.end) for c in cands]
    # A transcript turn or a named person's line ('FALLIN: I think he is …') is one
    # claim: verb claims inside it are that speaker's words, not claims of their own.
    lines = line_initial_speaker_colon(ctx, covered)
    cands = [c for c in cands if not any(_cue_inside(c, line) for line in lines)] + lines
    covered += [(c.start, c.end) for c in cands]
    # A block quote is the source's words too: claims inside it are not the article's.
    quoted = [(q.outer_start, q.outer_end) for c in cands for q in c.quotes]
    quoted += [(c.start, c.end) for c in cands if c.type == "direct"]
    blocks = block_quote(ctx, quoted)
    cands = [c for c in cands if not any(_cue_inside(c, b) for b in blocks)] + blocks
    covered += [(c.start, c.end) for c in blocks]
    cands += headline_claims(ctx, covered)
    cands += continuing_quote(ctx, sorted(cands, key=lambda c: c.start), keep_unattributed)
    return sorted(_settle(cands, keep_nested), key=lambda c: (c.start, c.end))


def _cue_inside(inner: Candidate, outer: Candidate) -> bool:
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
            and not (keep_nested and (_cue_inside(cand, k) or _cue_inside(k, cand)))
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
}


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
            if not _cue_inside(inner, outer):
                continue
            if outer.pattern in PHRASAL and inner.pattern not in PHRASAL:
                dropped.add(m)
            else:
                dropped.add(n)
    return [c for n, c in enumerate(cands) if n not in dropped]
