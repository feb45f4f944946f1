"""The ranker: more candidate claims than the rules dare, and a model that chooses.

The rules read a claim behind the verbs of a cue lexicon. News also attributes
through verbs no lexicon lists (*railed against*, *painted him as*, *took
offense at*), and a claim's content is not always the complement the rules
would take. :func:`proposals` reads every other verb that has a subject as a
possible cue, each with a few content choices from the parse (its complement
as the rules would take it, its whole predicate, its object, the clause inside
its object).

:func:`variants` gives the reported claims of the rules and the tagger other
contents too (the rest of the sentence, the next sentence, the verb's whole
predicate), for when the parse cut the claim short.

:class:`Ranker` then scores every candidate, the rules' own included: small
networks (thinc models, :mod:`claimx.learned.nets`) over hashed features of the
cue verb, its speaker and content, what the tagger of :mod:`claimx.learned`
thinks of their tokens, and what else the document attributes to whom. It is
trained on PolNeAR train (a candidate is positive when it matches a gold
attribution, speaker included) and its thresholds are chosen on dev.
:func:`rank` keeps the rule claims it supports (each with its best-scored
content), and adds the best proposal of each verb above the bar where no kept
claim already holds that content.

    rules ──► candidates ─┬─► variants ─┐
    tagger ─► additions ──┘             ├─► features ─► Ranker ─► keep ≥ keep, swap, add ≥ add
    every verb ─► proposals ────────────┘
"""

from __future__ import annotations

import copy
import io
import json
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Token

from claimx.extraction.rules import cue_inside, same_content
from claimx.extraction.rules.according_to import SOURCE_DOCUMENTS
from claimx.extraction.rules.base import (
    PROPOSAL,
    UNLEARNED,
    Candidate,
    Context,
    SpanIndex,
    char_runs,
    content_tokens,
    is_quote_mark,
    trim_tokens,
)
from claimx.extraction.rules.verbal import reporting_verb, verb_subject
from claimx.extraction.speakers import SpeakerInfo, SpeakerResolver
from claimx.learned import nets
from claimx.learned.merge import TagView
from claimx.learned.nets import N_BUCKETS, mean_of, ragged, ranker_net
from claimx.lexicon import CueEntry
from claimx.records import Claim

COMPONENT = "claimx_ranker"

# ---------------------------------------------------------------------------
# Proposals

#: Children of a verb that are not part of what it says.
_FRAME_DEPS = {
    "nsubj",
    "nsubjpass",
    "csubj",
    "aux",
    "auxpass",
    "neg",
    "punct",
    "mark",
    "cc",
    "expl",
    "advmod",
    "prt",
    "npadvmod",
    "conj",
    "advcl",
    "parataxis",
}


#: A word that the tagger gives a cue probability under this is not proposed:
#: the ranker would turn it down anyway. On PolNeAR dev this leaves out 53% of
#: the proposals of a gate that also let in words over content (F1 0.6964
#: against 0.6960); 0.02 and 0.1 give the same F1.
GATE = 0.05


def proposals(
    ctx: Context, have: Iterable[Candidate], tags: TagView | None = None
) -> list[Candidate]:
    """Candidates from the words that are no cue of ``have``, with content variants."""
    used = {c.cue_token.i for c in have if c.cue_token is not None}
    out: list[Candidate] = []
    for tok in ctx.tokens:
        if tok.i in used or tok.pos_ not in {"VERB", "ADJ", "NOUN"} or ctx.in_quote(tok):
            continue
        if tags is not None and not _may_speak(tok, tags):
            continue
        if tok.pos_ != "VERB":
            cand = _stance(tok)
            if cand is not None:
                out.append(cand)
            continue
        if tok.dep_ in {"amod", "compound"}:
            continue
        frames = ("as", "dobj", "xcomp") + tuple(
            f"prep:{c.lower_}" for c in tok.children if c.dep_ == "prep"
        )
        cand = reporting_verb(ctx, tok, CueEntry(tok.lemma_.lower(), PROPOSAL, frames))
        if cand is None:
            continue
        cand.pattern = f"{PROPOSAL}:{cand.pattern}"
        out.append(cand)
        out += _other_contents(cand, _content_variants(tok), PROPOSAL)
    return out


def _other_contents(
    cand: Candidate,
    choices: list[tuple[str, list[Token]]],
    pattern: str,
    wanted: Callable[[list[Token]], bool] = lambda toks: True,
) -> list[Candidate]:
    """Copies of ``cand``, one per new content among ``choices`` (name, tokens),
    with the pattern ``<pattern>:<name>``."""
    seen = {tuple(cand.content)}
    out = []
    for name, toks in choices:
        toks = trim_tokens(toks)
        if not toks or all(t.is_punct or t.is_space for t in toks) or not wanted(toks):
            continue
        runs = char_runs(toks)
        if tuple(runs) in seen:
            continue
        seen.add(tuple(runs))
        variant = copy.copy(cand)
        variant.content = runs
        variant.pattern = f"{pattern}:{name}"
        out.append(variant)
    return out


def _may_speak(word: Token, tags: TagView) -> bool:
    return bool(tags.cue[word.i] >= GATE)


def _stance(word: Token) -> Candidate | None:
    """An adjective or noun with a holder and a complement.

    ``Republicans are worried about the deficit`` (the copula's subject holds
    it), ``Obama's plan to cut emissions`` (the possessor holds it).
    """
    if word.pos_ == "ADJ":
        if word.dep_ != "acomp" or word.head.pos_ not in {"AUX", "VERB"}:
            return None
        holder = verb_subject(word.head)
        deps = {"prep", "ccomp", "xcomp"}
    else:
        holder = next((c for c in word.children if c.dep_ == "poss"), None)
        deps = {"acl", "ccomp", "prep"}
    if holder is None or holder.pos_ == "DET":
        return None
    complement = next((c for c in word.children if c.dep_ in deps and c.i > word.i), None)
    if complement is None:
        return None
    if complement.dep_ == "prep":
        toks = [t for c in complement.children for t in c.subtree]
    else:
        toks = list(complement.subtree)
    toks = trim_tokens(toks)
    if not toks or all(t.is_punct or t.is_space for t in toks):
        return None
    pattern = f"{PROPOSAL}:{word.pos_.lower()}_{complement.dep_}"
    return Candidate.of_word(word, holder, toks, pattern, 0.5)


def _content_variants(verb: Token) -> list[tuple[str, list[Token]]]:
    """Other contents of one verb: its predicate, complement, object, or the clause in it."""
    out = []
    right = [c for c in verb.children if c.i > verb.i and c.dep_ not in _FRAME_DEPS]
    clause = next((c.i for c in right if c.dep_ == "ccomp"), None)
    if clause is not None:
        # 'told The Associated Press that …': whom it was said to is not what was said
        right = [c for c in right if not (c.dep_ in {"dobj", "dative"} and c.i < clause)]
    if right:
        out.append(("pred", [t for c in right for t in c.subtree]))
    for dep in ("xcomp", "ccomp", "dobj"):
        child = next((c for c in verb.children if c.dep_ == dep and c.i > verb.i), None)
        if child is not None:
            out.append((dep, list(child.subtree)))
    for child in verb.children:
        if child.dep_ in {"dobj", "xcomp"}:
            for inner in child.children:
                if inner.dep_ in {"xcomp", "ccomp"} and inner.i > child.i:
                    out.append(("inner", list(inner.subtree)))
    return out


VARIANT = "variant"


def variants(ctx: Context, have: Iterable[Candidate]) -> list[Candidate]:
    """Other contents for the reported claims of ``have`` (rule claims, tagger additions).

    The parse does not always hang the whole claim on the cue's complement: a
    trailing clause goes to the main verb, a claim runs on into the next
    sentence of the paragraph. Each indirect claim with a cue word gets the
    content choices of :func:`_content_variants`, the rest of its sentence, and
    the rest of its sentence with the next one; the ranker may prefer one
    (see :func:`choose`).
    """
    starts = [sent.start for sent in ctx.sents]
    out: list[Candidate] = []
    for cand in have:
        verb = cand.cue_token
        if verb is None or cand.type != "indirect" or not cand.content:
            continue
        if cand.pattern in UNLEARNED:
            continue  # a parse the rules repaired: the ranker never saw it
        own = {t.i for t in content_tokens(ctx.doc, cand.content)}

        def wanted(toks: list[Token], own: set[int] = own) -> bool:
            """Not only longer by words about the saying."""
            return not own <= {t.i for t in toks} or not all(
                _of_the_saying(t) for t in toks if t.i not in own
            )

        more = _content_variants(verb) + _sentence_variants(ctx, starts, verb, cand)
        out += _other_contents(cand, more, cand.pattern, wanted)
    return out


#: Words that may surround a phrase about the saying itself.
_FUNCTION_POS = {"ADP", "DET", "PUNCT", "CCONJ", "PART", "SPACE"}


def _of_the_saying(word: Token) -> bool:
    """Whether ``word`` can only tell when or where something was said ('on
    Thursday', 'in a statement'): a content is never longer for such words."""
    return (
        word.pos_ in _FUNCTION_POS
        or word.ent_type_ in {"DATE", "TIME"}
        or word.lemma_.lower() in SOURCE_DOCUMENTS
    )


def _sentence_variants(
    ctx: Context, starts: list[int], verb: Token, cand: Candidate
) -> list[tuple[str, list[Token]]]:
    """From the content's start to the end of its sentence, and on through the next one."""
    if cand.cue is None or cand.start < cand.cue[1]:
        return []  # the content stands before its cue: nothing to run on into
    n = bisect_right(starts, verb.i) - 1
    sent = ctx.sents[n]
    rest = [t for t in ctx.tokens[sent.start : sent.end] if t.idx >= cand.start]
    if not rest:
        return []
    out = [("sentence", rest)]
    if n + 1 < len(ctx.sents):
        after = ctx.sents[n + 1]
        opening = next((t for t in ctx.tokens[after.start : after.end] if not t.is_space), None)
        # (a quoted sentence after it is a quotation of its own, which the rules read as a
        # continuing quote: 'As Heald told the paper, ozone has dropped. "Despite …"')
        quoted = opening is not None and is_quote_mark(opening)
        if "\n" not in ctx.text[rest[-1].idx : after.start_char] and not quoted:
            out.append(("next_sentence", rest + ctx.tokens[after.start : after.end]))
    return out


# ---------------------------------------------------------------------------
# Features


@dataclass
class DocFacts:
    """What the kept claims of a document say: who speaks, where, through which cue."""

    speakers: set[str] = field(default_factory=set)
    sentences: set[int] = field(default_factory=set)
    contents: list[list[tuple[int, int]]] = field(default_factory=list)
    cues: list[tuple[int, int]] = field(default_factory=list)

    @classmethod
    def of(cls, cands: list[Candidate], speakers: list[SpeakerInfo | None]) -> DocFacts:
        facts = cls()
        for cand, speaker in zip(cands, speakers, strict=True):
            if speaker is not None:
                facts.speakers.add((speaker.canonical or "").lower())
            if cand.cue_token is not None:
                facts.sentences.add(cand.cue_token.sent.start)
            if cand.cue is not None:
                facts.cues.append(cand.cue)
            facts.contents.append(cand.content)
        return facts

    def in_other_content(self, char: int, own: list[tuple[int, int]]) -> bool:
        """Whether ``char`` lies in the content of another kept claim than ``own``."""
        return any(
            content is not own and any(s <= char < e for s, e in content)
            for content in self._content_index.near([(char, char + 1)])
        )

    def other_cue_in(self, spans: list[tuple[int, int]], own: tuple[int, int] | None) -> bool:
        """Whether a kept claim's cue other than ``own`` starts inside ``spans``."""
        starts, cues = self._cue_index
        for s, e in spans:
            for k in range(bisect_left(starts, s), bisect_left(starts, e)):
                if cues[k] != own:
                    return True
        return False

    @cached_property
    def _content_index(self) -> SpanIndex:
        index = SpanIndex()
        for content in self.contents:
            index.add(content, content)
        return index

    @cached_property
    def _cue_index(self) -> tuple[list[int], list[tuple[int, int]]]:
        cues = sorted(self.cues)
        return [q[0] for q in cues], cues


_EDGES = (0.1, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9)


def _bin(x: float) -> str:
    return str(next((k for k, e in enumerate(_EDGES) if x < e), len(_EDGES)))


def _size(n: int) -> str:
    if n < 4:
        return str(n)
    return "4-7" if n < 8 else ("8-15" if n < 16 else ("16-30" if n < 31 else "31+"))


def candidate_features(
    ctx: Context,
    cand: Candidate,
    speaker: SpeakerInfo | None,
    group: str,
    tags: TagView,
    facts: DocFacts,
    memo: dict | None = None,
) -> list[str]:
    """The ranker's view of one candidate, as feature strings.

    ``memo`` (one dict per document) keeps the cue's and the speaker's features
    for the other content choices of the same cue.
    """
    memo = {} if memo is None else memo
    lemma = cand.cue_lemma or "-"
    f = [
        f"g={group}",
        f"pat={cand.pattern}",
        f"type={cand.type}",
        f"lem={lemma}",
        f"lem|pat={lemma}|{cand.pattern}",
        f"lem|g={lemma}|{group}",
    ]
    verb = cand.cue_token
    if verb is not None:
        key = ("verb", verb.i, lemma, group)
        if key not in memo:
            memo[key] = _verb_features(verb, lemma, group, tags)
        f += memo[key]
    sp = cand.speaker
    key = ("speaker", sp.i if sp is not None else None, id(speaker), lemma)
    if key not in memo:
        memo[key] = _speaker_features(cand, speaker, lemma, tags)
    f += memo[key]
    toks = content_tokens(ctx.doc, cand.content)
    if toks:
        f += _content_features(toks, verb, lemma, group, tags)
    # What the rest of the document attributes.
    name = (speaker.canonical or "").lower() if speaker is not None else None
    f.append(f"spk_seen={name in facts.speakers}|{group}")
    if verb is not None:
        f.append(f"sent_rule={verb.sent.start in facts.sentences}|{group}")
        inside = facts.in_other_content(verb.idx, cand.content)
        f.append(f"in_rule={inside}|{group}")
    holds = facts.other_cue_in(cand.content, cand.cue)
    f.append(f"has_rule_cue={holds}|{group}")
    return f


def _verb_features(verb: Token, lemma: str, group: str, tags: TagView) -> list[str]:
    children = list(verb.children)
    negated = any(c.dep_ == "neg" for c in children)
    modal = next((c.lower_ for c in children if c.tag_ == "MD"), "-")
    kids = sorted(
        {
            c.dep_
            for c in children
            if c.dep_
            in {"ccomp", "dobj", "xcomp", "prep", "dative", "advcl", "prt", "oprd", "attr", "agent"}
        }
    )
    particle = next((c.lower_ for c in children if c.dep_ == "prt"), "-")
    aux = "+".join(sorted(c.lower_ for c in children if c.dep_ in {"aux", "auxpass"}))
    cue_p = _bin(float(tags.cue[verb.i]))
    return [
        f"vtag={verb.tag_}",
        f"vdep={verb.dep_}",
        f"vdep|lem={verb.dep_}|{lemma}",
        f"neg={negated}",
        f"modal={modal}",
        f"vhead={verb.head.lemma_.lower() if verb.dep_ != 'ROOT' else 'ROOT'}",
        f"vpos={verb.pos_}",
        "kids=" + "+".join(kids),
        f"prt={lemma}|{particle}",
        f"vform={verb.lower_}",
        f"aux={aux}",
        f"cue_p={cue_p}",
        f"cue_p|g={cue_p}|{group}",
    ]


def _speaker_features(
    cand: Candidate, speaker: SpeakerInfo | None, lemma: str, tags: TagView
) -> list[str]:
    sp = cand.speaker
    if sp is None:
        return ["nospk"]
    word = sp.lemma_.lower() if sp.pos_ in {"PRON", "NOUN"} else sp.pos_
    f = [
        f"sent={sp.ent_type_ or '-'}",
        f"spos={sp.pos_}",
        f"slem={word}",
        f"sdep={sp.dep_}",
        f"slem|lem={sp.lemma_.lower() if sp.pos_ == 'PRON' else (sp.ent_type_ or sp.pos_)}|{lemma}",
        f"src_p={_bin(float(tags.src[sp.left_edge.i : sp.i + 1].mean()))}",
    ]
    if speaker is not None:
        kind = speaker.kind
        f += [f"kind={kind}", f"kind|lem={kind}|{lemma}", f"anon={speaker.anonymous}"]
    return f


def _content_features(
    toks: list[Token], verb: Token | None, lemma: str, group: str, tags: TagView
) -> list[str]:
    doc = toks[0].doc
    ids = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in ids or t.head.i == t.i] or toks[:1]
    root, first = roots[0], toks[0]
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in root.children)
    prev = doc[first.i - 1] if first.i > 0 else None
    opener = first.lower_ if first.pos_ in {"ADP", "SCONJ", "PART", "PRON", "DET"} else first.pos_
    before = (
        prev.lower_ if prev is not None and prev.pos_ in {"ADP", "SCONJ", "PART", "PUNCT"} else "-"
    )
    index = sorted(ids)
    lo, hi = index[0], index[-1]
    con = tags.con
    inside = con[index]
    mean = _bin(float(inside.mean()))
    left = _bin(float(con[lo - 1])) if lo > 0 else "0"
    right = _bin(float(con[hi + 1])) if hi + 1 < len(con) else "0"
    share = _bin(float((inside > 0.5).mean()))
    f = [
        f"clen={_size(len(toks))}",
        f"croot={root.dep_}|{root.pos_}",
        f"csubj={has_subject}",
        f"cfirst={opener}",
        f"cprev={before}",
        f"croot|lem={root.dep_}|{lemma}",
        f"crlem={root.lemma_.lower()}",
        f"cquote={any(is_quote_mark(t) for t in toks)}",
        f"cnroots={min(len(roots), 3)}",
        f"cents={min(len({t.ent_type_ for t in toks if t.ent_type_}), 3)}",
        f"conL={left}",
        f"conR={right}",
        f"conLR={left}|{right}",
        f"cfrac={share}",
        f"bcon={_bin(float(tags.begin[lo]))}",
        f"cfrac|g={share}|{group}",
        f"con={mean}",
        f"con|g={mean}|{group}",
        f"conmin={_bin(float(inside.min()))}",
    ]
    if verb is not None:
        f.append(f"order={'after' if first.i > verb.i else 'before'}")
        f.append(f"dist={_size(abs(first.i - verb.i))}")
    return f


@lru_cache(maxsize=500_000)
def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % N_BUCKETS


def hashed(features: Iterable[str]) -> np.ndarray:
    return np.array(sorted({_bucket(f) for f in features}), dtype=np.int64)


# ---------------------------------------------------------------------------
# The model


@dataclass
class RankSettings:
    """The ranker's bars (chosen on PolNeAR dev)."""

    #: A rule claim (or a tagger's addition) stays at this score or above.
    keep: float = 0.3
    #: A proposal becomes a claim at this score or above.
    add: float = 0.5
    #: A content variant replaces its claim when it scores this much more (1: never).
    swap: float = 1.0


class Net:
    """One network of the ranker, a thinc model (:func:`claimx.learned.nets.ranker_net`):
    a bag of hashed feature embeddings, one ReLU layer, a logistic output.

    Only the buckets that training saw have a row of the embedding; every other
    bucket reads a zero row. ``model`` holds the weights: the bag's ``E`` and
    ``b`` (the hidden layer's bias, ``b1`` in the saved arrays) and the output's
    ``W`` and ``b`` (``v`` and ``b2``).
    """

    def __init__(self, width: int = 32, seed: int = 0):
        rng = np.random.default_rng(seed)
        self.seed = seed
        self.model = ranker_net(width)
        b1 = (rng.standard_normal(width) * 0.1).astype(np.float32)
        v = (rng.standard_normal(width) * 0.1).astype(np.float32)
        self.model.get_ref("bag").set_param("b", b1)
        self.model.get_ref("out").set_param("W", v.reshape(1, width))

    @property
    def width(self) -> int:
        return self.model.get_ref("bag").get_dim("nO")

    def scores(self, rows: list[np.ndarray]) -> np.ndarray:
        """This net's score for each candidate (a row of feature buckets)."""
        return Ranker([self]).scores(rows)

    def fit(
        self,
        rows: list[np.ndarray],
        labels: list[int],
        epochs: int = 2,
        rate: float = 0.003,
        dropout: float = 0.2,
        batch_size: int | None = None,
    ) -> Net:
        """Train on candidates (rows of feature buckets) and their 0/1 labels.

        By default one candidate at a time with sparse updates
        (:func:`claimx.learned.nets.fit_sparse`, the recipe of the shipped
        model); with ``batch_size``, minibatches and thinc's Adam
        (:func:`claimx.learned.nets.fit`). ``dropout`` leaves out that share of a
        candidate's features at each step. The embedding rows are rounded to
        float16 at the end, as they are saved.
        """
        if batch_size is None:
            nets.fit_sparse(
                self.model, rows, labels, epochs=epochs, rate=rate, dropout=dropout, seed=self.seed
            )
        else:
            nets.fit(
                self.model,
                rows,
                labels,
                epochs=epochs,
                rate=rate,
                dropout=dropout,
                batch_size=batch_size,
                seed=self.seed,
            )
        nets.compact(self.model)
        return self

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        buckets, rows = nets.bag_rows(self.model.get_ref("bag"))
        weights = nets.weights(self.model)
        return {
            f"{prefix}rows": buckets.astype(np.int32),
            f"{prefix}E": rows.astype(np.float16),
            f"{prefix}b1": np.asarray(weights["b1"], dtype=np.float32),
            f"{prefix}v": np.asarray(weights["v"], dtype=np.float32),
            f"{prefix}b2": np.asarray(weights["b2"], dtype=np.float32).reshape(1),
        }

    @classmethod
    def from_arrays(cls, saved, prefix: str) -> Net:
        b1 = np.asarray(saved[f"{prefix}b1"], dtype=np.float32)
        net = cls(width=b1.shape[0])
        bag, out = net.model.get_ref("bag"), net.model.get_ref("out")
        nets.set_bag_rows(bag, saved[f"{prefix}rows"], saved[f"{prefix}E"].astype(np.float32))
        bag.set_param("b", b1)
        out.set_param("W", np.asarray(saved[f"{prefix}v"], dtype=np.float32).reshape(1, -1))
        out.set_param("b", np.asarray(saved[f"{prefix}b2"], dtype=np.float32).reshape(1))
        return net

    def __getstate__(self) -> dict:
        """Pickled as thinc's bytes of the model (training sends nets back from its processes)."""
        return {"width": self.width, "seed": self.seed, "model": self.model.to_bytes()}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["width"], state["seed"])
        self.model.from_bytes(state["model"])


class Ranker:
    """The mean score of a few :class:`Net` trained from different seeds, and the bars.

    ``model`` is the nets side by side as one thinc model
    (:func:`claimx.learned.nets.mean_of`).
    """

    def __init__(self, nets: list[Net] | None = None, settings: RankSettings | None = None):
        self.nets = nets or []
        self.settings = settings or RankSettings()
        self.model = mean_of([net.model for net in self.nets])

    def scores(self, rows: list[np.ndarray]) -> np.ndarray:
        """The mean score of the nets for each candidate (a row of feature buckets)."""
        if not rows or not self.nets:
            return np.zeros(len(rows), dtype=np.float32)
        return self.model.predict(ragged(rows)).ravel()

    def to_bytes(self) -> bytes:
        arrays = {k: v for n, net in enumerate(self.nets) for k, v in net.arrays(f"{n}_").items()}
        meta = json.dumps({"nets": len(self.nets), "settings": asdict(self.settings)})
        buf = io.BytesIO()
        np.savez_compressed(buf, meta=np.frombuffer(meta.encode(), dtype=np.uint8), **arrays)
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> Ranker:
        saved = np.load(io.BytesIO(data))
        meta = json.loads(saved["meta"].tobytes().decode())
        nets = [Net.from_arrays(saved, f"{n}_") for n in range(meta["nets"])]
        return cls(nets, RankSettings(**meta["settings"]))


# ---------------------------------------------------------------------------
# Choosing


def choose(
    groups: list[str],
    cands: list[Candidate],
    scores: np.ndarray,
    settings: RankSettings,
    plain: bool = False,
) -> list[Candidate]:
    """Kept rule claims and additions (or a better content variant of theirs), then
    the best proposals that say something new. With ``plain``, a clause reported by a
    verb of plain saying is kept whatever its score."""
    best: dict[int, tuple[float, Candidate]] = {}  # per claim: its best variant
    origin = {
        _claim_key(c): n for n, (g, c) in enumerate(zip(groups, cands, strict=True)) if g in CLAIMS
    }
    for g, c, s in zip(groups, cands, scores, strict=True):
        n = origin.get(_claim_key(c)) if g == VARIANT else None
        if n is not None and (n not in best or s > best[n][0]):
            best[n] = (float(s), c)
    chosen: list[tuple[float, Candidate]] = []
    for n, (g, c, s) in enumerate(zip(groups, cands, scores, strict=True)):
        if g not in CLAIMS:
            continue
        if n in best and best[n][0] >= max(settings.keep, s + settings.swap):
            chosen.append(best[n])
        elif s >= settings.keep or c.pattern in UNLEARNED or (plain and _plain_saying(c)):
            chosen.append((float(s), c))
    # A rule claim and the tagger's claim on the same cue can end with one content
    # (one of them through a variant): one claim, the better scored.
    kept: list[Candidate] = []
    for _, c in sorted(chosen, key=lambda sc: -sc[0]):
        if not any(_same_cue(c, k) and same_content(c, k) for k in kept):
            kept.append(c)
    cues = set()
    offered = sorted(
        (
            (s, n)
            for n, (g, s) in enumerate(zip(groups, scores, strict=True))
            if g == PROPOSAL and s >= settings.add
        ),
        reverse=True,
    )
    for score, n in offered:
        cand = cands[n]
        if cand.cue in cues or any(same_content(cand, k) for k in kept):
            continue
        if any(k.type == "direct" and cue_inside(cand, k) for k in kept):
            continue  # words of a quote or block quote: the quoted voice's, not the article's
        cand.confidence = round(float(score), 3)  # what the ranker thinks of it
        kept.append(cand)
        cues.add(cand.cue)
    return sorted(kept, key=lambda c: (c.start, c.end))


#: Verbs of plain saying: what they report in a clause of its own, with a speaker, is a
#: claim whatever the ranker makes of its words ('Scans on Monday showed a grade two
#: tear, manager Sarah Whitlock told reporters').
PLAIN_SAYING = frozenset({"say", "tell"})


def _plain_saying(c: Candidate) -> bool:
    return c.pattern == "clausal_complement" and c.cue_lemma in PLAIN_SAYING


def _same_cue(a: Candidate, b: Candidate) -> bool:
    """The same cue, or overlapping ones ('says' and the tagger's 'says:')."""
    if a.cue is None or b.cue is None:
        return a.cue == b.cue
    return a.cue[0] < b.cue[1] and b.cue[0] < a.cue[1]


#: The groups of :func:`candidate_table` that hold claims of their own.
CLAIMS = ("rule", "learned")


def _claim_key(cand: Candidate) -> tuple:
    """What a claim and its content variants share: cue, speaker and type."""
    speaker = cand.speaker.i if cand.speaker is not None else None
    return (cand.cue, speaker, cand.speaker_span, cand.type)


def candidate_table(
    ctx: Context, merged: list[Candidate], tags: TagView, propose: bool = True
) -> tuple[list[str], list[Candidate], list[list[str]]]:
    """Every candidate of a document with its group and features."""
    props = proposals(ctx, merged, tags) if propose else []
    others = variants(ctx, merged)
    groups = ["learned" if c.pattern == "learned" else "rule" for c in merged]
    groups += [PROPOSAL] * len(props) + [VARIANT] * len(others)
    cands = merged + props + others
    resolver = SpeakerResolver(ctx)
    known: dict[tuple, SpeakerInfo] = {}

    def speaker_of(cand: Candidate) -> SpeakerInfo | None:
        if cand.speaker is None:
            return None
        key = (cand.speaker.i, cand.speaker_span)  # variants of a verb share their speaker
        if key not in known:
            known[key] = resolver.resolve(cand.speaker, cand.speaker_span)
        return known[key]

    speakers = [speaker_of(c) for c in cands]
    facts = DocFacts.of(merged, speakers[: len(merged)])
    memo: dict = {}
    feats = [
        candidate_features(ctx, c, speaker, g, tags, facts, memo)
        for g, c, speaker in zip(groups, cands, speakers, strict=True)
    ]
    return groups, cands, feats


def rank(
    ctx: Context,
    merged: list[Candidate],
    tags: TagView,
    ranker: Ranker,
    propose: bool = True,
    plain: bool = False,
) -> list[Candidate]:
    """The claims of one document after the ranker has had its say.

    Without ``propose`` (a scope without stances) the ranker only judges the
    rule claims: proposals report positions and actions, cue category ``stance``.
    With ``plain`` (the default scope; PolNeAR, which taught the ranker, has its say on
    every claim of its own) a clause reported by a verb of plain saying stays.
    """
    groups, cands, feats = candidate_table(ctx, merged, tags, propose)
    scores = ranker.scores([hashed(f) for f in feats])
    return choose(groups, cands, scores, ranker.settings, plain=plain)


# ---------------------------------------------------------------------------
# The spaCy component: it only carries the weights; ``claimx`` calls it.


class RankerComponent:
    """Holds a :class:`Ranker` in a pipeline, so that it saves and loads with it."""

    def __init__(self, nlp: Language, name: str = COMPONENT):
        self.name = name
        self.ranker = Ranker()

    def __call__(self, doc: Doc) -> Doc:
        return doc

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return self.ranker.to_bytes()

    def from_bytes(self, data: bytes, *, exclude=tuple()) -> RankerComponent:
        self.ranker = Ranker.from_bytes(data)
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "ranker.npz").write_bytes(self.to_bytes())

    def from_disk(self, path, *, exclude=tuple()) -> RankerComponent:
        return self.from_bytes((Path(path) / "ranker.npz").read_bytes())


@Language.factory(COMPONENT)
def make_ranker(nlp: Language, name: str) -> RankerComponent:
    return RankerComponent(nlp, name)


# ---------------------------------------------------------------------------
# Training


@dataclass
class DocTable:
    """The candidates of one gold document, scored against its attributions."""

    doc_id: str
    groups: list[str]
    rows: list[np.ndarray]
    labels: list[int]
    cands: list[Candidate] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


def gold_labels(record: dict, claims: list[Claim | None]) -> list[int]:
    """1 for a claim that matches a gold attribution of ``record``, speaker included
    (0 for a candidate that made no claim)."""
    from claimx.evaluation.score import content_ratio, gold_item, pred_item, source_correct

    gold = [gold_item(i, a) for i, a in enumerate(record.get("attributions", []))]
    gold = [g for g in gold if g.required]
    out = []
    for n, claim in enumerate(claims):
        if claim is None:
            out.append(0)
            continue
        pred = pred_item(n, claim.model_dump(mode="json"))
        hit = any(
            content_ratio(g, pred) is not None and source_correct(record["text"], g, pred)
            for g in gold
        )
        out.append(int(hit))
    return out


def candidate_tables(
    nlp: Language, records: list[dict], keep_candidates: bool = False
) -> list[DocTable]:
    """Parse gold records with ``nlp`` (rules and tagger) and label every candidate."""
    from claimx.extraction.claims import claims_of_each
    from claimx.extraction.quotes import find_quotes
    from claimx.extraction.rules import find_candidates
    from claimx.learned.features import FEATS_KEY, token_features
    from claimx.learned.merge import merge

    extractor = nlp.get_pipe("claimx")
    tagger = extractor.tagger()
    if tagger is None:
        raise ValueError("the ranker learns from the tagger's probabilities: load a tagger")
    texts = (r["text"] for r in records)
    docs = nlp.pipe(texts, disable=["claimx"], batch_size=16)
    tables = []
    for record, doc in zip(records, docs, strict=True):
        ctx = Context(doc=doc, quotes=find_quotes(record["text"]), lexicon=extractor.lexicon)
        cands = find_candidates(ctx)
        doc.user_data[FEATS_KEY] = token_features(doc, cands, extractor.lexicon, ctx.quotes)
        probs = tagger.predict([doc])[0]
        merged = merge(doc, cands, probs, tagger.labels, ctx.quotes, extractor.merge_settings)
        tags = TagView.of(probs, tagger.labels)
        groups, all_cands, feats = candidate_table(ctx, merged, tags)
        claims = claims_of_each(ctx, all_cands)  # one a candidate, as rows and groups
        tables.append(
            DocTable(
                doc_id=record["id"],
                groups=groups,
                rows=[hashed(f) for f in feats],
                labels=gold_labels(record, claims),
                cands=all_cands if keep_candidates else [],
                claims=claims if keep_candidates else [],
            )
        )
    return tables


#: The bars tried on dev.
KEEP_GRID = (0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
ADD_GRID = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
SWAP_GRID = (0.0, 0.1, 0.2, 0.3, 1.0)
