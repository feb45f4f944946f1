"""The learned layer: a small tagger that reads the parse and the rules' candidates.

For every token it predicts one of ``O``, ``B-/I-SRC`` (source), ``B-/I-CUE`` and
``B-/I-CON`` (content). Its inputs are cheap: the vectors that spaCy's own
``tok2vec`` already computed for the parser (``doc.tensor``, not updated), and
hashed features per token (dependency label, entity, whether a cue verb governs
the token and through which relation, quotes, and the role the rules gave it).
Three window-CNN layers widen the context.

:func:`merge` then settles the rules' candidates against the tags: a rule claim
whose content the tagger does not see as content is dropped, and a content
span the tagger finds where the rules found nothing becomes a claim, with the
tagged cue and source nearest to it (speakers are resolved as for the rules).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.ml.models.tok2vec import MaxoutWindowEncoder
from spacy.pipeline.tagger import Tagger
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token
from spacy.training import Example
from spacy.util import registry
from thinc.api import (
    Config,
    HashEmbed,
    Maxout,
    Model,
    Softmax,
    chain,
    concatenate,
    list2ragged,
    ragged2list,
    with_array,
    zero_init,
)

from claimx.lexicon import Lexicon
from claimx.quotes import Quote
from claimx.rules.base import (
    RELATIVE_PRONOUNS,
    Candidate,
    char_runs,
    content_tokens,
    is_quote_mark,
)
from claimx.rules.verbal import impersonal_passive

LABELS = ("O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON")
#: Where the per-token feature ids wait for the tagger (``doc.user_data``).
FEATS_KEY = "claimx_feats"
#: Where the tagger, run as a pipeline component of its own, leaves its probabilities.
PROBS_KEY = "claimx_tag_probs"
N_FEATURES = 12
COMPONENT = "claimx_tagger"


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


# ---------------------------------------------------------------------------
# The model


#: Columns of :func:`token_features` that carry the rules' roles, and their "no role" ids.
ROLE_COLUMNS = {4: hash_string("4=O"), 5: hash_string("5=O")}


@registry.layers("claimx.FeatureColumns.v1")
def feature_columns(role_dropout: float = 0.0) -> Model:
    """Docs -> their feature id arrays (see :func:`token_features`).

    In training, ``role_dropout`` of the documents are shown without the rules'
    roles, so that the tagger also learns to find claims the rules miss.
    """
    rng = np.random.default_rng(0)

    def forward(model: Model, docs: list[Doc], is_train: bool):
        out = []
        for doc in docs:
            feats = doc.user_data.get(FEATS_KEY)
            if feats is None or len(feats) != len(doc):
                feats = np.zeros((len(doc), N_FEATURES), dtype="uint64")
            if is_train and role_dropout and rng.random() < role_dropout:
                feats = feats.copy()
                for col, blank in ROLE_COLUMNS.items():
                    feats[:, col] = blank
            out.append(model.ops.asarray2i(feats, dtype="uint64"))
        return out, lambda d_out: []

    return Model("claimx_feature_columns", forward)


@registry.layers("claimx.DocTensor.v1")
def doc_tensor(width: int) -> Model:
    """Docs -> the vectors spaCy's ``tok2vec`` left in ``doc.tensor`` (no gradient)."""

    def forward(model: Model, docs: list[Doc], is_train: bool):
        out = []
        for doc in docs:
            tensor = doc.tensor
            if tensor is None or tensor.ndim != 2 or tensor.shape != (len(doc), width):
                tensor = np.zeros((len(doc), width), dtype="float32")
            out.append(model.ops.asarray2f(tensor, dtype="float32"))
        return out, lambda d_out: []

    return Model("claimx_doc_tensor", forward, dims={"nO": width})


@registry.architectures("claimx.ClaimTagger.v1")
def build_claim_tagger(
    width: int = 64,
    depth: int = 3,
    embed_size: int = 2000,
    tensor_width: int = 96,
    n_features: int = N_FEATURES,
    role_dropout: float = 0.0,
    nO: int | None = None,
) -> Model:
    embeds = [
        HashEmbed(nO=width, nV=embed_size, column=i, seed=17 + i, dropout=0.0)
        for i in range(n_features)
    ]
    features = chain(
        feature_columns(role_dropout),
        list2ragged(),
        with_array(concatenate(*embeds)),
        with_array(Maxout(width, width * n_features, nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )
    mixed = chain(
        concatenate(features, doc_tensor(tensor_width)),
        with_array(Maxout(width, width + tensor_width, nP=3, dropout=0.0, normalize=True)),
    )
    encoder = MaxoutWindowEncoder(width=width, window_size=1, maxout_pieces=3, depth=depth)
    output = Softmax(nO, width, init_W=zero_init)
    model = chain(mixed, encoder, with_array(output))
    model.set_ref("output", output)
    return model


DEFAULT_MODEL_CONFIG = """
[model]
@architectures = "claimx.ClaimTagger.v1"
width = 64
depth = 3
embed_size = 2000
tensor_width = 96
n_features = 12
role_dropout = 0.3
"""


# ---------------------------------------------------------------------------
# The component


class ClaimTagger(Tagger):
    """spaCy's tagger, with its tags kept apart from the part-of-speech tags.

    ``predict`` returns each document's label probabilities; they go to
    ``doc.user_data["claimx_tag_probs"]`` when the component runs on its own.
    """

    def predict(self, docs):
        if not any(len(doc) for doc in docs):
            return [np.zeros((0, len(self.labels)), dtype="float32") for _ in docs]
        scores = self.model.predict(docs)
        return [self.model.ops.to_numpy(s) for s in scores]

    def set_annotations(self, docs, scores):
        if isinstance(docs, Doc):
            docs = [docs]
        for doc, probs in zip(docs, scores, strict=True):
            doc.user_data[PROBS_KEY] = probs


def tag_scores(examples: Iterable[Example], **kwargs) -> dict[str, float]:
    """Token F1 of each role (source, cue, content) and their mean."""
    counts = {role: [0, 0, 0] for role in ("SRC", "CUE", "CON")}  # tp, pred, gold
    for eg in examples:
        probs = eg.predicted.user_data.get(PROBS_KEY)
        if probs is None or not len(probs):
            continue
        pred = [LABELS[i][2:] if LABELS[i] != "O" else "O" for i in probs.argmax(axis=1)]
        gold = [t[2:] if t not in ("", "O") else "O" for t in eg.get_aligned("TAG", as_string=True)]
        for p, g in zip(pred, gold, strict=True):
            for role, c in counts.items():
                c[0] += p == role and g == role
                c[1] += p == role
                c[2] += g == role
    out = {}
    for role, (tp, npred, ngold) in counts.items():
        prec = tp / npred if npred else 0.0
        rec = tp / ngold if ngold else 0.0
        out[f"claim_{role.lower()}_f"] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    out["claim_tag_f"] = sum(out.values()) / 3
    return out


@registry.scorers("claimx.tag_scorer.v1")
def make_tag_scorer() -> Callable:
    return tag_scores


@Language.factory(
    COMPONENT,
    default_config={
        "model": Config().from_str(DEFAULT_MODEL_CONFIG)["model"],
        "scorer": {"@scorers": "claimx.tag_scorer.v1"},
    },
    default_score_weights={
        "claim_tag_f": 1.0,
        "claim_src_f": 0.0,
        "claim_cue_f": 0.0,
        "claim_con_f": 0.0,
    },
)
def make_claim_tagger(nlp: Language, name: str, model: Model, scorer: Callable) -> ClaimTagger:
    tagger = ClaimTagger(nlp.vocab, model, name, scorer=scorer)
    for label in LABELS:
        tagger.add_label(label)
    return tagger


# ---------------------------------------------------------------------------
# Running in parallel


def forked_map(fn: Callable, items: list, n_process: int) -> list:
    """``[fn(item) for item in items]``, in ``n_process`` forked processes when there
    are several items (the parent's loaded model and data are shared, not pickled)."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    if n_process <= 1 or len(items) <= 1:
        return [fn(item) for item in items]
    with ProcessPoolExecutor(n_process, mp_context=mp.get_context("fork")) as pool:
        return list(pool.map(fn, items))


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
        if support >= settings.keep:
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
        cue = _governing_cue(doc, a, b, cue_p, cue_runs) if settings.syntax else None
        cue = cue or _nearest(cue_runs, a, b, settings.cue_window)
        if cue is None:
            continue
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
        if head is not None and head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
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
