"""Headlines: the first line of an article states who said what in telegraphic style.

- ``Clinton camp: Trump's rhetoric threatens national security`` (a speaker,
  a colon, the claim), unless the part before the colon is a section label
  (``Analysis:``, ``Live updates:``);
- ``Bellwether County Says Trump Should Win GOP Nomination`` (title case, which
  the parser reads badly: the cue is found as a capitalised inflected cue verb).
"""

from __future__ import annotations

import re

from claimx.extraction.rules.base import Candidate, Context, Found, overlap, tokens_in

TRAIL = " \t\u00a0.\"”’'"


def headline_span(text: str) -> tuple[int, int] | None:
    """The first line with three words or more: the headline of a scraped article."""
    pos = 0
    for line in text.split("\n"):
        if len(line.split()) >= 3:
            return pos, pos + len(line)
        pos += len(line) + 1
    return None


def headline_claims(ctx: Context, found: Found) -> list[Candidate]:
    span = headline_span(ctx.text)
    if span is None or any(overlap(span, c) for c in found.covered):
        return []
    claim = _colon_headline(ctx, span) or _title_case_headline(ctx, span)
    return [claim] if claim is not None else []


def _colon_headline(ctx: Context, span: tuple[int, int]) -> Candidate | None:
    """``Graham: Trump's Rhetoric Destroying GOP's Chance``."""
    text = ctx.text
    line = text[span[0] : span[1]]
    m = re.match(r"\s*([^:]{2,50}?)\s*:\s+(\S.*)$", line)
    if not m or m.group(1).strip().lower() in ctx.lexicon.line_labels:
        return None
    ns, ne = span[0] + m.start(1), span[0] + m.end(1)
    toks = [t for t in tokens_in(ctx.doc, ns, ne) if not t.is_space]
    if not toks or len(toks) > 6 or any(t.pos_ == "VERB" for t in toks):
        return None
    if not any(t.pos_ in {"PROPN", "NOUN"} for t in toks):
        return None
    if all(t.ent_type_ in {"GPE", "LOC"} or t.is_punct for t in toks):
        return None  # 'Brazil: …', 'Middle East: …': the place the story is about
    cs = span[0] + m.start(2)
    ce = span[0] + len(line.rstrip(TRAIL))
    colon = ne + text[ne:cs].index(":")
    return Candidate(
        type="indirect",
        pattern="headline_colon",
        content=[(cs, ce)],
        cue=(colon, colon + 1),
        cue_lemma=":",
        speaker=toks[-1],
        speaker_span=(toks[0].idx, toks[-1].idx + len(toks[-1].text)),
        confidence=0.6,
    )


def _title_case_headline(ctx: Context, span: tuple[int, int]) -> Candidate | None:
    """``Jeb Bush Super PAC Chief Praises Marco Rubio Donor's Skywriting Campaign``."""
    toks = [t for t in tokens_in(ctx.doc, *span) if not t.is_space]
    words = [t for t in toks if t.is_alpha]
    if len(words) < 4 or sum(t.text[0].isupper() for t in words) < 0.7 * len(words):
        return None
    for n, tok in enumerate(toks[1:6], start=1):
        lemma = _third_person_lemma(tok.lower_)
        entry = ctx.lexicon.cue(lemma) if lemma else None
        if entry is None or entry.cls != "speech" or not tok.text[0].isupper():
            continue
        before = toks[:n]
        if not all(t.text[0].isupper() or t.is_punct for t in before):
            return None
        rest = [t for t in toks[n + 1 :]]
        if len(rest) < 2:
            return None
        ce = span[0] + len(ctx.text[span[0] : span[1]].rstrip(TRAIL))
        return Candidate(
            type="indirect",
            pattern="title_case_headline",
            content=[(rest[0].idx, ce)],
            cue=(tok.idx, tok.idx + len(tok.text)),
            cue_lemma=entry.lemma,
            speaker=before[-1],
            speaker_span=(before[0].idx, before[-1].idx + len(before[-1].text)),
            confidence=0.55,
        )
    return None


def _third_person_lemma(word: str) -> str | None:
    """'says' -> 'say', 'praises' -> 'praise', 'denies' -> 'deny'; None if not -s."""
    if not word.endswith("s") or len(word) < 4:
        return None
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1]
