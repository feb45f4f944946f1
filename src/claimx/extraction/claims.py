"""Turn candidates into output records: resolve speakers, attach spans and ids."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Token

from claimx.extraction.rules.base import DATELINE, PROPOSAL, Candidate, Context
from claimx.extraction.sources import SourceDescriber, kind_for
from claimx.extraction.speakers import SpeakerResolver
from claimx.lexicon import Lexicon, word_set
from claimx.records import UNNAMED_TYPES, Claim, Content, Cue, Mention, Span, Speaker

#: ``Doc.user_data`` key of the whole article's text, set by the entry points that
#: parse only the paragraphs the prefilter keeps (``claimx.run.documents``).
STORY_KEY = "claimx_story"


def build_claims(ctx: Context, cands: list[Candidate]) -> list[Claim]:
    """Records for ``cands`` in text order; claim ids are ``#n`` until a doc id is known."""
    return [c for c in claims_of_each(ctx, cands) if c is not None]


def claims_of_each(ctx: Context, cands: list[Candidate]) -> list[Claim | None]:
    """The record of each candidate, or None where it makes none (an anonymity
    condition, a content that is all cue): one entry per candidate, in order."""
    resolver = SpeakerResolver(ctx)

    asked: set[int] = set()

    def owner(tok: Token) -> str | None:
        """The name of who a document's possessor is ('its', 'the court')."""
        if tok.i in asked:  # a possessor that leads back to itself
            return None
        asked.add(tok.i)
        info = resolver.resolve(tok)
        if info.span == (tok.idx, tok.idx + len(tok.text)) and tok.pos_ == "PRON":
            return None  # a pronoun left unresolved
        sent = tok.sent
        fields = sources.describe(
            info.span, info.canonical, info.kind, None, (sent.start_char, sent.end_char)
        )
        named = fields.source_type in {"named_person", "named_organization"}
        return fields.name if named else None

    text = ctx.text
    # the whole article, also when the prefilter let only some of its paragraphs
    # through to the parser: what the story is about is the same in every entry point
    story = ctx.doc.user_data.get(STORY_KEY, text)
    sources = SourceDescriber(ctx.doc, ctx.lexicon, owner, story=story)
    claims: list[Claim | None] = []
    made = 0
    for cand in cands:
        if _anonymity_condition(text, cand):
            claims.append(None)
            continue
        speaker = None
        if cand.speaker is not None:
            info = resolver.resolve(cand.speaker, cand.speaker_span)
            if cand.mention is not None and info.resolved_from is None:
                # "an architect who said …": the relative pronoun is the mention.
                m = cand.mention
                info.resolved_from = (m.idx, m.idx + len(m.text))
            s, e = info.span
            sent = _sentence_span(ctx, cand, None)
            fields = sources.describe(
                info.span, info.canonical, info.kind, info.resolved_from, (sent.start, sent.end)
            )
            kind = kind_for(fields.source_type, info.kind)
            canonical = info.canonical
            if fields.name and fields.source_type in {"named_person", "named_organization"}:
                canonical = fields.name  # 'A Republican Assemblywoman, Jill Tolles' -> Jill Tolles
            speaker = Speaker(
                text=text[s:e],
                start=s,
                end=e,
                canonical=canonical,
                kind=kind,
                anonymous=fields.source_type in UNNAMED_TYPES
                if fields.source_type
                else info.anonymous,
                name=fields.name,
                title=fields.title,
                affiliation=fields.affiliation,
                source_type=fields.source_type,
                resolved_from=(
                    Mention(
                        text=text[info.resolved_from[0] : info.resolved_from[1]],
                        start=info.resolved_from[0],
                        end=info.resolved_from[1],
                    )
                    if info.resolved_from
                    else None
                ),
            )
        cue = None
        if cand.cue is not None:
            cs, ce = cand.cue
            cue = Cue(
                text=text[cs:ce],
                start=cs,
                end=ce,
                lemma=cand.cue_lemma,
                category=cue_category(cand.cue_lemma, ctx.lexicon, cand.pattern),
            )
        parts = [_after_dateline(text, s, e) for s, e in cand.content]
        if cand.cue is not None:
            parts = _without(text, parts, cand.cue)
            if not parts:
                claims.append(None)
                continue
        start, end = parts[0][0], parts[-1][1]
        content = Content(
            text=text[start:end],
            start=start,
            end=end,
            parts=[Span(start=s, end=e) for s, e in parts],
        )
        confidence = cand.confidence
        if speaker is not None and speaker.kind == "pronoun":
            confidence -= 0.15
        if any(not q.closed for q in cand.quotes):
            confidence -= 0.1
        made += 1
        claims.append(
            Claim(
                claim_id=f"#{made - 1}",
                type=cand.type,
                speaker=speaker,
                cue=cue,
                content=content,
                sentence=_sentence_span(ctx, cand, speaker),
                confidence=round(max(0.05, min(1.0, confidence)), 3),
                pattern=cand.pattern,
            )
        )
    return claims


def _without(
    text: str, parts: list[tuple[int, int]], cut: tuple[int, int]
) -> list[tuple[int, int]]:
    """``parts`` less the characters of ``cut`` (a cue never is its own content:
    'told reporters Sanders remains …' however a variant was parsed), each
    remaining piece stripped of white space and punctuation at its edges."""
    out = []
    for s, e in parts:
        for a, b in (
            ((s, min(e, cut[0])), (max(s, cut[1]), e)) if s < cut[1] and cut[0] < e else ((s, e),)
        ):
            while a < b and (text[a].isspace() or text[a] in ",;:"):
                a += 1
            while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:"):
                b -= 1
            if b > a:
                out.append((a, b))
    return out


def _after_dateline(text: str, start: int, end: int) -> tuple[int, int]:
    """A content part without the dateline that opens its line."""
    if start and text[start - 1] != "\n":
        return start, end
    m = DATELINE.match(text, start, end)
    if m is None or m.end() >= end:
        return start, end
    return m.end(), end


#: 'asked not to be named', 'requested anonymity': the terms of an interview, not a claim.
_ANONYMITY = re.compile(
    r"(not\s+to\s+be\s+(named|identified|quoted|cited)|(for\s+|to\s+)?anonymity|"
    r"(to\s+)?remain\s+anonymous)\b",
    re.IGNORECASE,
)
_ANONYMITY_CUES = word_set("anonymity_cues")


def _anonymity_condition(text: str, cand: Candidate) -> bool:
    """Whether ``cand`` only reports that its speaker asked not to be named."""
    if cand.cue_lemma not in _ANONYMITY_CUES:
        return False
    return _ANONYMITY.match(text[cand.start : cand.end]) is not None


#: Cues that name where a claim comes from rather than an act of saying.
SOURCE_CUES = {
    "according to",
    "per",
    "in",
    "for",
    "reportedly",
    "allegedly",
    "purportedly",
    "supposedly",
}


def cue_category(lemma: str, lexicon: Lexicon, pattern: str = "") -> str:
    """speech, cognition, stance, intention (from the cue lexicon) or source.

    A cue the ranker proposed from outside the lexicon (*railed against*,
    *painted … as*, *worried about*) reports a position or an action: stance.
    """
    if lemma in SOURCE_CUES:
        return "source"
    entry = lexicon.cue(lemma)
    if entry is not None:
        return entry.cls
    return "stance" if pattern.startswith(PROPOSAL) else "speech"


def _sentence_span(ctx: Context, cand: Candidate, speaker: Speaker | None) -> Span:
    """The sentences that hold the claim's content and cue."""
    points = [cand.start, cand.end - 1]
    if cand.cue is not None:
        points += [cand.cue[0]]
    if speaker is not None and speaker.resolved_from is None:
        points += [speaker.start]
    lo, hi = min(points), max(points)
    start, end = lo, hi + 1
    for point in (lo, hi):
        n = bisect_right(ctx.sent_starts, point) - 1
        if n >= 0 and point < ctx.sents[n].end_char:
            if point == lo:
                start = ctx.sents[n].start_char
            if point == hi:
                end = ctx.sents[n].end_char
    return Span(start=start, end=end)
