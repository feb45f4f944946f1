"""'according to X' attributions.

Example: ``Currently, according to official sources, there is no draft.`` The
content is the clause the phrase attaches to, minus the phrase itself, on the
side of the clause's head. Relative uses (``a doctrine, according to which …``)
name no source and are skipped.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimx.extract.base import RELATIVE_PRONOUNS, Candidate, Context, char_runs, trim_tokens


def according_to(ctx: Context) -> list[Candidate]:
    out = []
    for tok in ctx.doc:
        if tok.lower_ != "according" or ctx.in_quote(tok):
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        if to is None and tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].lower_ == "to":
            to = ctx.doc[tok.i + 1]
        if to is None:
            continue
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        if source is None or source.lower_ in RELATIVE_PRONOUNS:
            continue
        content = _content(tok, to)
        if not content:
            continue
        out.append(
            Candidate(
                type="according_to",
                pattern="according_to",
                content=char_runs(content),
                cue=(tok.idx, to.idx + len(to.text)),
                cue_lemma="according to",
                cue_token=tok,
                speaker=source,
                confidence=0.85,
            )
        )
    return out


def _content(according: Token, to: Token) -> list[Token]:
    """The clause around the phrase, on the side of its head, without the phrase."""
    head = according.head
    while head.pos_ not in {"VERB", "AUX"} and head.dep_ != "ROOT" and head.head.i != head.i:
        head = head.head
    phrase = {t.i for t in according.subtree} | {t.i for t in to.subtree} | {according.i}
    tokens = [t for t in head.subtree if t.i not in phrase]
    lo = min(phrase)
    hi = max(phrase)
    before = [t for t in tokens if t.i < lo]
    after = [t for t in tokens if t.i > hi]
    side = after if head.i > hi else before
    if head.i > hi and before and not after:
        side = before
    return trim_tokens(side)
