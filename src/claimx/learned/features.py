"""Per-token features of the learned tagger, computed from the parse and the rules.

Each token gets ``N_FEATURES`` hashed ids: its dependency label, entity,
whether a cue verb governs it and through which relation, where it stands
with respect to quotes, and the role (source, cue, content) the rules gave
it. They wait in ``doc.user_data[FEATS_KEY]`` for the tagger
(:mod:`claimx.learned.tagger`) and the ranker (:mod:`claimx.learned.ranker`).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import SENT_START
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from claimx.extraction.quotes import Quote
from claimx.extraction.rules.base import (
    Candidate,
    is_quote_mark,
)
from claimx.lexicon import Lexicon

#: Where the per-token feature ids wait for the tagger (``doc.user_data``).
FEATS_KEY = "claimx_feats"
N_FEATURES = 12


# ---------------------------------------------------------------------------
# Features


def _bucket(n: int) -> str:
    return str(n) if n < 3 else ("3-5" if n < 6 else ("6-10" if n < 11 else "11+"))


def _rule_roles(doc: Doc, cands: Iterable[Candidate]) -> list[tuple[str, str]]:
    """Per token: (role with the rule's type, role with its pattern and confidence)."""
    roles = [("O", "O")] * len(doc)
    rank = {"O": 0, "CON": 1, "SRC": 2, "CUE": 3}

    def mark(s: int, e: int, role: str, cand: Candidate) -> None:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            return
        conf = "hi" if cand.confidence >= 0.75 else ("mid" if cand.confidence >= 0.5 else "lo")
        for k, tok in enumerate(span):
            old = roles[tok.i][0].split(":")[0].replace("B-", "").replace("I-", "")
            if rank[role] <= rank[old]:
                continue
            tag = role if role != "CON" else ("B-CON" if k == 0 else "I-CON")
            roles[tok.i] = (f"{tag}:{cand.type}", f"{tag}:{cand.pattern}:{conf}")

    for cand in cands:
        for s, e in cand.content:
            mark(s, e, "CON", cand)
        if cand.speaker_span is not None:
            mark(*cand.speaker_span, "SRC", cand)
        elif cand.speaker is not None:
            mark(cand.speaker.idx, cand.speaker.idx + len(cand.speaker.text), "SRC", cand)
        if cand.cue is not None:
            mark(*cand.cue, "CUE", cand)
    return roles


def _quote_states(doc: Doc, quotes: list[Quote]) -> list[str]:
    states = ["out"] * len(doc)
    for q in quotes:
        end = q.outer_end if q.closed else q.end
        span = doc.char_span(q.outer_start, end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            states[tok.i] = "in" if q.closed else "open"
    for tok in doc:
        if is_quote_mark(tok):
            states[tok.i] = "mark"
    return states


def _cue_class(tok: Token, lexicon: Lexicon) -> str | None:
    if tok.pos_ not in {"VERB", "NOUN", "AUX", "ADJ"}:
        return None
    entry = lexicon.cue_of(tok)
    return entry.cls if entry is not None else None


def _ancestor_feature(
    heads: list[int], found: list[str | None], deps: list[str], limit: int
) -> list[tuple[str, int] | None]:
    """Per token: (what ``found`` says of the nearest ancestor that has it, the
    dependency label of the child on the path below it) and the path length,
    looking at most ``limit`` heads up."""
    memo: list[tuple[str, int] | None | bool] = [False] * len(heads)

    def visit(i: int):
        stack = []
        while memo[i] is False:
            stack.append(i)
            h = heads[i]
            if h == i or found[h] is not None:
                break
            i = h
        for j in reversed(stack):
            h = heads[j]
            if h == j:  # the root is its own head: a cue root carries its own class
                memo[j] = (f"{found[j]}|{deps[j]}", 0) if found[j] is not None else None
            elif found[h] is not None:
                memo[j] = (f"{found[h]}|{deps[j]}", 0)
            else:
                above = memo[h]
                memo[j] = (above[0], above[1] + 1) if above and above[1] + 1 < limit else None

    for i in range(len(heads)):
        if memo[i] is False:
            visit(i)
    return memo  # type: ignore[return-value]


def token_features(
    doc: Doc, cands: Iterable[Candidate], lexicon: Lexicon, quotes: list[Quote]
) -> np.ndarray:
    """Hashed feature ids, one row per token and :data:`N_FEATURES` columns."""
    roles = _rule_roles(doc, cands)
    states = _quote_states(doc, quotes)
    toks = list(doc)
    heads = [t.head.i for t in toks]
    deps = [t.dep_ for t in toks]
    pos = [t.pos_ for t in toks]
    lemmas = [t.lemma_.lower() for t in toks]
    classes = [_cue_class(tok, lexicon) for tok in toks]
    # The nearest cue word above each token, and the relation that leads to it …
    cue_paths = _ancestor_feature(heads, classes, deps, 8)
    cue_lemmas = _ancestor_feature(
        heads, [lemmas[i] if c else None for i, c in enumerate(classes)], deps, 8
    )
    # … and the nearest verb, lexicon or not: long-tail cues ("slammed", "touted").
    verbs = _ancestor_feature(
        heads, [lemmas[i] if p in {"VERB", "AUX"} else None for i, p in enumerate(pos)], deps, 6
    )
    starts = doc.to_array([SENT_START]).tolist() if len(toks) else []
    rows = []
    sent_start = 0
    prev_text = ""
    for i, tok in enumerate(toks):
        if starts[i] == 1:
            sent_start = i
        own = classes[i]
        path = cue_paths[i]
        para = i > 0 and "\n" in prev_text
        prev_text = tok.text
        rows.append(
            (
                tok.lower_,
                tok.tag_,
                f"{deps[i]}|{pos[heads[i]]}",
                f"{tok.ent_iob_}{tok.ent_type_}",
                roles[i][0],
                roles[i][1],
                f"{own}|{pos[i]}" if own else "-",
                f"{path[0]}|{_bucket(path[1])}" if path else "-",
                cue_lemmas[i][0] if cue_lemmas[i] else "-",
                f"{states[i]}|{_bucket(i - sent_start)}|{para}",
                f"{deps[i]}|{lemmas[heads[i]]}",
                verbs[i][0] if verbs[i] else "-",
            )
        )
    out = np.empty((len(toks), N_FEATURES), dtype="uint64")
    for k, column in enumerate(zip(*rows, strict=True)):
        out[:, k] = [_hash(k, value) for value in column]
    return out


_HASHES: list[dict[str, int]] = [{} for _ in range(N_FEATURES)]


def _hash(column: int, value: str) -> int:
    """The feature id of ``value`` in ``column`` (remembered per column, up to 200,000)."""
    known = _HASHES[column]
    found = known.get(value)
    if found is None:
        if len(known) > 200_000:
            known.clear()
        found = known[value] = hash_string(f"{column}={value}")
    return found
