"""The tagger's tags against the rules' candidates: which claims stay, which are added.

:func:`merge` drops a rule claim whose content the tagger does not see as
content, and turns a content span the tagger finds where the rules found
nothing into a claim, with the tagged cue and source nearest to it. Its bars
(:class:`MergeSettings`) were chosen on PolNeAR dev.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc, Span

from claimx.extraction.quotes import Quote
from claimx.extraction.rules.base import (
    GLOSS_RELATIVES,
    UNLEARNED,
    Candidate,
    char_runs,
    content_tokens,
    is_quote_mark,
    is_relative,
)
from claimx.extraction.rules.verbal import impersonal_passive, set_apart_before

# ---------------------------------------------------------------------------
# Tags and rule candidates -> claims


@dataclass
class TagView:
    """The tagger's probabilities of one document, per role (B- and I- summed)."""

    con: np.ndarray
    cue: np.ndarray
    src: np.ndarray
    #: The probability that a content starts at the token.
    begin: np.ndarray

    @classmethod
    def of(cls, probs: np.ndarray, labels: tuple[str, ...]) -> TagView:
        at = {label: i for i, label in enumerate(labels)}
        return cls(
            con=probs[:, at["B-CON"]] + probs[:, at["I-CON"]],
            cue=probs[:, at["B-CUE"]] + probs[:, at["I-CUE"]],
            src=probs[:, at["B-SRC"]] + probs[:, at["I-SRC"]],
            begin=probs[:, at["B-CON"]],
        )


@dataclass
class MergeSettings:
    """How the tags overrule the rules (chosen on PolNeAR dev)."""

    #: A rule claim stays when the mean content probability of its content is at least this.
    keep: float = 0.35
    #: A tagged content span with no rule claim becomes a claim above this mean probability.
    add: float = 0.8
    min_tokens: int = 4
    #: Content tokens this few apart make one span.
    gap: int = 2
    #: Cue and source of an added claim come from the parse where the tags allow.
    syntax: bool = True
    #: An added claim's cue is in a sentence of its content.
    same_sentence: bool = True
    #: Claims the tagger adds need a tagged source.
    need_source: bool = True
    #: How far (tokens) from its content a cue, and from its cue a source, may be.
    cue_window: int = 40
    source_window: int = 15


def _runs(tags: list[str], role: str) -> list[tuple[int, int]]:
    """Token ranges [a, b) of one role: a B- starts a run, as does an I- after another role."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, tag in enumerate(tags + ["O"]):
        inside = tag.endswith(role) and tag != "O"
        if start is not None and (not inside or tag == f"B-{role}"):
            runs.append((start, i))
            start = None
        if inside and start is None:
            start = i
    return runs


def _governing_cue(
    doc: Doc, a: int, b: int, cue_p: np.ndarray, cue_runs: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The tagged cue that governs the content in the parse: a head of its highest word."""
    heads = [t for t in doc[a:b] if not (a <= t.head.i < b) or t.head.i == t.i]
    if len(heads) != 1:
        return None
    tok = heads[0]
    for _ in range(3):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if cue_p[tok.i] >= 0.3:
            return next(((s, e) for s, e in cue_runs if s <= tok.i < e), (tok.i, tok.i + 1))
    return None


def _set_apart_clause(doc: Doc, a: int, b: int) -> bool:
    """Whether the content lies in a clause before a cue that a colon, a semicolon or
    a contrasting adverb sets apart from it ('The law is cited as the reason, however,
    a spokesperson said …'): the writer's, as :func:`set_apart_before` reads it."""
    for tok in doc[a:b]:
        if tok.dep_ == "ccomp" and tok.i < tok.head.i and set_apart_before(tok, tok.head):
            return True
    return False


def _subject(doc: Doc, cue: Span, src_p: np.ndarray) -> tuple[int, int] | None:
    """The cue verb's subject (or passive agent) when the tagger sees it as a source."""
    for child in cue.root.children:
        if child.dep_ in {"nsubj", "nsubjpass"} or child.dep_ == "agent":
            phrase = child if child.dep_ != "agent" else next(iter(child.children), None)
            if phrase is None:
                continue
            lo, hi = phrase.left_edge.i, phrase.right_edge.i + 1
            if float(src_p[lo:hi].mean()) >= 0.3:
                return lo, hi
    return None


def _content_runs(con: np.ndarray, gap: int) -> list[tuple[int, int]]:
    """Token ranges where content is more likely than not, bridging gaps of ``gap`` tokens."""
    runs: list[tuple[int, int]] = []
    for i in np.flatnonzero(con > 0.5):
        i = int(i)
        if runs and i - runs[-1][1] <= gap:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def _nearest(runs: list[tuple[int, int]], a: int, b: int, window: int) -> tuple[int, int] | None:
    best, best_d = None, window + 1
    for s, e in runs:
        if s < b and a < e:
            continue  # inside the content itself
        d = a - e if e <= a else s - b
        if 0 <= d < best_d:
            best, best_d = (s, e), d
    return best


def _trim(doc: Doc, a: int, b: int) -> tuple[int, int]:
    while a < b and (doc[a].is_space or (doc[a].is_punct and not is_quote_mark(doc[a]))):
        a += 1
    while b > a and (
        doc[b - 1].is_space or (doc[b - 1].is_punct and not is_quote_mark(doc[b - 1]))
    ):
        b -= 1
    return a, b


def _type(doc: Doc, a: int, b: int, quotes: list[Quote], cue_text: str) -> str:
    if "according" in cue_text.lower():
        return "according_to"
    s, e = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
    inside = sum(max(0, min(e, q.end) - max(s, q.start)) for q in quotes if q.closed)
    if inside >= 0.9 * (e - s):
        return "direct"
    return "mixed" if inside > 0 else "indirect"


def merge(
    doc: Doc,
    cands: list[Candidate],
    probs: np.ndarray,
    labels: tuple[str, ...],
    quotes: list[Quote],
    settings: MergeSettings | None = None,
) -> list[Candidate]:
    """The rule candidates the tagger supports, plus claims the tagger alone found."""
    settings = settings or MergeSettings()
    if not len(doc) or probs.shape[0] != len(doc):
        return cands
    view = TagView.of(probs, labels)
    con, cue_p, src_p = view.con, view.cue, view.src
    tags = [labels[i] for i in probs.argmax(axis=1)]
    kept: list[Candidate] = []
    covered = np.zeros(len(doc), dtype=bool)
    for cand in cands:
        toks = [t.i for t in content_tokens(doc, cand.content)]
        support = float(con[toks].mean()) if toks else 0.0
        if support >= settings.keep or cand.pattern in UNLEARNED:
            kept.append(cand)
            covered[toks] = True
    cue_runs, src_runs = _runs(tags, "CUE"), _runs(tags, "SRC")
    added: list[Candidate] = []
    for a, b in _content_runs(con, settings.gap):
        a, b = _trim(doc, a, b)
        if b - a < settings.min_tokens or covered[a:b].any():
            continue
        if float(con[a:b].mean()) < settings.add:
            continue
        if settings.syntax and _set_apart_clause(doc, a, b):
            continue  # the writer's clause before a cue, as the rules read it
        cue = _governing_cue(doc, a, b, cue_p, cue_runs) if settings.syntax else None
        cue = cue or _nearest(cue_runs, a, b, settings.cue_window)
        if cue is None:
            continue
        if _relative_after_cue(doc, a, cue):
            continue  # ', officials said, which would be …': the writer's gloss
        if settings.same_sentence and doc[cue[0]].sent.start not in {
            doc[a].sent.start,
            doc[b - 1].sent.start,
        }:
            continue
        cue_span = doc[cue[0] : cue[1]]
        impersonal = impersonal_passive(cue_span.root)  # 'It was announced that …'
        src = _subject(doc, cue_span, src_p) if settings.syntax and not impersonal else None
        if src is None and not impersonal:
            sent = doc[cue[0]].sent
            in_sent = [(s, e) for s, e in src_runs if sent.start <= s and e <= sent.end]
            src = _nearest(in_sent, cue[0], cue[1], settings.source_window)
        speaker = doc[src[0] : src[1]] if src is not None else None
        head = speaker.root if speaker is not None else None
        if head is not None and is_relative(head) and head.head.dep_ == "relcl":
            head = head.head.head  # "officials who said …": the officials
            speaker = doc[head.left_edge.i : head.i + 1]
        if head is None and settings.need_source and not impersonal:
            continue
        cue_text = cue_span.text
        lemma = cue_text.lower() if len(cue_span) > 1 else cue_span.root.lemma_.lower()
        added.append(
            Candidate(
                type=_type(doc, a, b, quotes, cue_text),
                pattern="learned",
                content=char_runs(doc[a:b]),
                cue=(cue_span.start_char, cue_span.end_char),
                cue_lemma=lemma,
                cue_token=cue_span.root,
                speaker=head,
                speaker_span=(speaker.start_char, speaker.end_char)
                if speaker is not None
                else None,
                confidence=round(float(con[a:b].mean()), 3),
            )
        )
    return sorted(kept + added, key=lambda c: (c.start, c.end))


def _relative_after_cue(doc: Doc, start: int, cue: tuple[int, int]) -> bool:
    """A content that opens with a relative pronoun right after the comma closing its cue
    ('The plan will fail, officials said, which would be a blow …'): a gloss of the
    writer's on the reported clause before the cue, no claim (as the rules read it)."""
    return (
        start >= 2
        and doc[start].lower_ in GLOSS_RELATIVES
        and doc[start - 1].text == ","
        and cue[1] == start - 1
    )
