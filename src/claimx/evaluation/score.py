"""Score claimx predictions against gold attributions.

Pure Python on purpose (no spaCy import): scoring must run on machines and in CI
jobs that never load a model, and must not change when the pipeline changes.

Matching works on *content* characters.  A prediction and a gold attribution
match when their content character sets overlap by at least half of the longer
one; pairs are taken greedily, best overlap ratio first, one-to-one.  Source,
cue and exact-boundary checks are then made on the matched pairs only, so one
bad boundary does not count twice (as a miss and as a spurious claim).

Gold attributions with ``required: false`` take part in matching (so a
prediction that finds them is not punished as spurious) but are then dropped
from every count (so missing them is not punished either).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from claimx.io.inputs import jsonl_lines
from claimx.lexicon import word_set
from claimx.records import KIND_OF_TYPE

Interval = tuple[int, int]

#: Overlap needed for a content match, as a share of the longer content.
MATCH_THRESHOLD = 0.5
#: Characters trimmed from span edges before the exact-boundary comparison.
QUOTE_CHARS = frozenset("\"“”‘’'«»")
#: Leading word trimmed too: annotators disagree on whether it belongs to content.
TRIM_PREFIX = "that"
#: Length of text snippets in error lists.
SNIPPET_CHARS = 120
NO_CUE = "<none>"


# ----------------------------------------------------------------------- loading


def _read_jsonl(path: Path | str) -> list[dict]:
    """Read JSON lines; a file holding one JSON array is accepted too."""
    raw = Path(path).read_text(encoding="utf-8")
    if raw.lstrip().startswith("["):
        return list(json.loads(raw))
    return [json.loads(line) for line in jsonl_lines(raw) if line.strip()]


def load_gold(path: Path | str) -> list[dict]:
    """Read gold documents (one JSON object per line)."""
    return _read_jsonl(path)


def load_predictions(path: Path | str) -> dict[str, dict]:
    """Read prediction records keyed by ``doc_id``.

    Several records for one doc id (e.g. a re-run appended to a file) have their
    claims concatenated rather than silently replaced.
    """
    records: dict[str, dict] = {}
    for record in _read_jsonl(path):
        if "doc_id" not in record and "attributions" in record:
            record = gold_as_prediction(record)
        doc_id = record["doc_id"]
        if doc_id in records:
            records[doc_id]["claims"] = list(records[doc_id].get("claims", [])) + list(
                record.get("claims", [])
            )
        else:
            records[doc_id] = dict(record)
    return records


def gold_as_prediction(doc: dict) -> dict:
    """A gold document as a prediction record, to score one annotator against another.

    ``claimx eval a.gold.jsonl --pred b.gold.jsonl`` is the agreement of two
    labelling passes with the metric claimx is scored by.
    """
    text = doc.get("text", "")
    claims = []
    for n, g in enumerate(doc.get("attributions", [])):
        parts = g.get("content_parts") or [g["content"]]
        speaker = None
        if g.get("source") is not None or g.get("name"):
            s, e = g.get("source") or (0, 0)
            speaker = {
                "text": text[s:e],
                "start": s,
                "end": e,
                "canonical": g.get("source_resolves_to") or g.get("name") or text[s:e],
                "name": g.get("name"),
                "title": g.get("title"),
                "affiliation": g.get("affiliation"),
                "source_type": g.get("source_type"),
            }
            if g.get("source") is None:
                speaker.update(start=None, end=None, text="")
        cue = None
        if g.get("cue") is not None:
            s, e = g["cue"]
            cue = {"text": text[s:e], "start": s, "end": e, "lemma": text[s:e].lower()}
        claims.append(
            {
                "claim_id": f"{doc['id']}#{n}",
                "type": g.get("type", "indirect"),
                "speaker": speaker,
                "cue": cue,
                "content": {
                    "start": parts[0][0],
                    "end": parts[-1][1],
                    "parts": [{"start": a, "end": b} for a, b in parts],
                },
                "confidence": 1.0,
            }
        )
    return {"doc_id": doc["id"], "claims": claims}


# --------------------------------------------------------------------- intervals


def normalize_intervals(intervals: Iterable[Sequence[int]]) -> tuple[Interval, ...]:
    """Sort and merge intervals so that they describe a set of positions."""
    merged: list[list[int]] = []
    for start, end in sorted((int(s), int(e)) for s, e in intervals):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((s, e) for s, e in merged)


def intervals_length(intervals: Sequence[Interval]) -> int:
    """Number of character positions covered."""
    return sum(e - s for s, e in intervals)


def intervals_overlap(a: Sequence[Interval], b: Sequence[Interval]) -> int:
    """Number of positions in both (inputs normalised, i.e. sorted and disjoint)."""
    i = j = total = 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if end > start:
            total += end - start
        if a[i][1] <= b[j][1]:
            i += 1
        else:
            j += 1
    return total


def spans_touch(a: Sequence[int] | None, b: Sequence[int] | None) -> bool:
    """True when two half-open spans share at least one character."""
    if a is None or b is None:
        return False
    return min(a[1], b[1]) > max(a[0], b[0])


# ------------------------------------------------------------------ normal forms


@dataclass(frozen=True)
class GoldItem:
    """One gold attribution, reduced to what scoring needs."""

    index: int
    content: tuple[Interval, ...]
    source: tuple[int, int] | None
    cue: tuple[int, int] | None
    type: str
    required: bool
    resolves_to: str | None
    cue_key: str
    raw: dict


@dataclass(frozen=True)
class PredItem:
    """One predicted claim, reduced to what scoring needs."""

    index: int
    content: tuple[Interval, ...]
    speaker: dict | None
    speaker_span: tuple[int, int] | None
    cue_span: tuple[int, int] | None
    has_cue: bool
    type: str
    cue_key: str
    raw: dict


def _pair(value: Any) -> tuple[int, int] | None:
    """[s, e] (or None) -> (s, e) (or None)."""
    if value is None:
        return None
    return int(value[0]), int(value[1])


def _span_of(obj: dict | None) -> tuple[int, int] | None:
    """(start, end) of a prediction sub-object, when it has offsets."""
    if not obj or obj.get("start") is None or obj.get("end") is None:
        return None
    return int(obj["start"]), int(obj["end"])


def gold_item(index: int, attribution: dict) -> GoldItem:
    """Normalise a gold attribution; ``content_parts`` wins over ``content``."""
    parts = attribution.get("content_parts") or [attribution["content"]]
    cue_text = attribution.get("cue_text")
    if cue_text is None and attribution.get("cue") is not None:
        cue_text = ""
    return GoldItem(
        index=index,
        content=normalize_intervals(parts),
        source=_pair(attribution.get("source")),
        cue=_pair(attribution.get("cue")),
        type=attribution.get("type") or "unknown",
        required=attribution.get("required", True) is not False,
        resolves_to=attribution.get("source_resolves_to")
        or (attribution.get("name") if attribution.get("source") is None else None)
        or None,
        cue_key=cue_text.strip().lower() if cue_text is not None else NO_CUE,
        raw=attribution,
    )


def pred_item(index: int, claim: dict) -> PredItem:
    """Normalise a predicted claim; ``content.parts`` wins over its start/end."""
    content = claim.get("content") or {}
    parts = content.get("parts") or [content]
    intervals = normalize_intervals(
        (p["start"], p["end"]) for p in parts if p.get("start") is not None
    )
    cue = claim.get("cue")
    # Keyed by cue text, like the gold side, so that "said" meets "said".
    lemma = (cue.get("text") or cue.get("lemma") or "") if cue else None
    return PredItem(
        index=index,
        content=intervals,
        speaker=claim.get("speaker"),
        speaker_span=_span_of(claim.get("speaker")),
        cue_span=_span_of(cue),
        has_cue=cue is not None,
        type=claim.get("type") or "unknown",
        cue_key=lemma.strip().lower() if lemma is not None else NO_CUE,
        raw=claim,
    )


# ---------------------------------------------------------------------- matching


def content_ratio(gold: GoldItem, pred: PredItem) -> float | None:
    """Shared content over the longer of the two, when it reaches the match threshold."""
    longest = max(intervals_length(gold.content), intervals_length(pred.content))
    if longest == 0:
        return None
    overlap = intervals_overlap(gold.content, pred.content)
    if overlap > 0 and overlap >= MATCH_THRESHOLD * longest:
        return overlap / longest
    return None


def match(gold: Sequence[GoldItem], preds: Sequence[PredItem]) -> list[tuple[int, int, float]]:
    """Greedy one-to-one content matching; returns (gold idx, pred idx, ratio).

    All pairs passing the threshold are ranked by overlap / max(len) (ties broken
    by position, for determinism) and accepted while both sides are still free.
    """
    candidates = []
    for g in gold:
        for p in preds:
            ratio = content_ratio(g, p)
            if ratio is not None:
                candidates.append((ratio, g.index, p.index))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for ratio, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi, ratio))
    return pairs


# ------------------------------------------------------------------------ checks


def _is_trimmable(ch: str) -> bool:
    """Quote marks, punctuation and whitespace do not count as span content."""
    return ch in QUOTE_CHARS or ch.isspace() or unicodedata.category(ch).startswith("P")


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Move span edges inwards past quotes, punctuation, spaces and a leading "that"."""
    start, end = max(0, start), min(len(text), end)
    while True:
        while start < end and _is_trimmable(text[start]):
            start += 1
        word_end = start + len(TRIM_PREFIX)
        if (
            word_end < end
            and text[start:word_end].lower() == TRIM_PREFIX
            and text[word_end].isspace()
        ):
            start = word_end
            continue
        break
    while end > start and _is_trimmable(text[end - 1]):
        end -= 1
    return start, end


def exact_edges(text: str, gold: GoldItem, pred: PredItem) -> bool:
    """Same content boundaries once quotes, punctuation and "that" are trimmed."""
    g = trim_span(text, gold.content[0][0], gold.content[-1][1])
    p = trim_span(text, pred.content[0][0], pred.content[-1][1])
    return g == p


def _speaker_text(text: str, pred: PredItem) -> str:
    """The speaker's surface text (from the record, else from the document)."""
    speaker = pred.speaker or {}
    if speaker.get("text"):
        return str(speaker["text"])
    if pred.speaker_span:
        return text[pred.speaker_span[0] : pred.speaker_span[1]]
    return ""


def source_correct(text: str, gold: GoldItem, pred: PredItem) -> bool:
    """Right speaker: spans overlap, or the resolved name is what we output.

    ``source_resolves_to`` exists because gold sources are often pronouns
    ("they") while claimx reports the antecedent; either answer is right.
    """
    if gold.source is None and not gold.resolves_to:
        return pred.speaker is None
    if pred.speaker is None:
        return False
    if spans_touch(gold.source, pred.speaker_span):
        return True
    # A resolved pronoun or surname: the mention in the claim's own sentence is
    # what corpora such as PolNeAR annotate as the source.
    if spans_touch(gold.source, _span_of(pred.speaker.get("resolved_from"))):
        return True
    if gold.resolves_to:
        name = gold.resolves_to.lower()
        canonical = str(pred.speaker.get("canonical") or "").lower()
        return name in canonical or name in _speaker_text(text, pred).lower()
    return False


def cue_correct(gold: GoldItem, pred: PredItem) -> bool:
    """Right cue: spans overlap; a null gold cue wants a null predicted cue."""
    if gold.cue is None:
        return not pred.has_cue
    return spans_touch(gold.cue, pred.cue_span)


# ------------------------------------------------------------------------ report


@dataclass
class PRF:
    """Precision / recall / F1 with the counts they come from.

    ``tp`` is the recall-side true-positive count.  ``tp_pred`` is the
    precision-side count; it differs from ``tp`` only in breakdowns, where gold
    and prediction can fall under different keys (e.g. gold "mixed", pred "direct").
    """

    tp: int = 0
    n_gold: int = 0
    n_pred: int = 0
    tp_pred: int = 0
    p: float = 0.0
    r: float = 0.0
    f1: float = 0.0

    def finish(self) -> PRF:
        """Compute p/r/f1 from the counts (0.0 where undefined)."""
        self.p = self.tp_pred / self.n_pred if self.n_pred else 0.0
        self.r = self.tp / self.n_gold if self.n_gold else 0.0
        self.f1 = 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0
        return self


def _prf(tp: int, n_gold: int, n_pred: int) -> PRF:
    """A PRF where both sides share one tp (the headline numbers)."""
    return PRF(tp=tp, n_gold=n_gold, n_pred=n_pred, tp_pred=tp).finish()


@dataclass
class Breakdown:
    """Counts for one key of a breakdown (a claim type or a cue)."""

    n_gold: int = 0
    n_pred: int = 0
    tp: int = 0
    tp_pred: int = 0
    attr_tp: int = 0
    attr_tp_pred: int = 0

    def to_dict(self) -> dict[str, float | int]:
        """Flat dict: content p/r/f1 plus ``attr_*`` for attribution p/r/f1."""
        content = PRF(self.tp, self.n_gold, self.n_pred, self.tp_pred).finish()
        attr = PRF(self.attr_tp, self.n_gold, self.n_pred, self.attr_tp_pred).finish()
        return {
            "tp": self.tp,
            "tp_pred": self.tp_pred,
            "n_gold": self.n_gold,
            "n_pred": self.n_pred,
            "p": content.p,
            "r": content.r,
            "f1": content.f1,
            "attr_tp": self.attr_tp,
            "attr_tp_pred": self.attr_tp_pred,
            "attr_p": attr.p,
            "attr_r": attr.r,
            "attr_f1": attr.f1,
        }


@dataclass
class EvalReport:
    """Everything ``score`` computes; ``to_dict()`` is plain JSON."""

    n_docs: int
    content: PRF
    exact: PRF
    attribution: PRF
    source_accuracy: float
    cue_accuracy: float
    n_matched: int
    by_type: dict[str, dict[str, float | int]]
    by_cue: dict[str, dict[str, float | int]]
    misses: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)
    #: Of matched pairs whose gold has source fields: share right per field
    #: (name, title, affiliation, source_type, kind, canonical) and counts.
    source_fields: dict[str, dict[str, float | int]] = field(default_factory=dict)
    #: gold source_type -> predicted source_type -> count, over matched pairs.
    source_type_confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    #: How well ``confidence`` predicts a right claim (content and speaker):
    #: expected calibration error and the reliability table.
    calibration: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable dict (dataclasses turned into dicts)."""
        return asdict(self)


@dataclass
class _Tally:
    """Running counts over all documents."""

    n_docs: int = 0
    n_gold: int = 0
    n_pred: int = 0
    tp: int = 0
    exact_tp: int = 0
    source_ok: int = 0
    cue_ok: int = 0
    by_type: dict[str, Breakdown] = field(default_factory=dict)
    by_cue: dict[str, Breakdown] = field(default_factory=dict)
    misses: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)
    confidences: list[tuple[float, bool]] = field(default_factory=list)
    fields_ok: dict[str, int] = field(default_factory=dict)
    fields_n: dict[str, int] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)

    def bump(self, table: str, key: str, **counts: int) -> None:
        """Add counts to breakdown ``table`` under ``key``."""
        entry = getattr(self, table).setdefault(key, Breakdown())
        for name, value in counts.items():
            setattr(entry, name, getattr(entry, name) + value)


def _snippet(text: str, span: Sequence[int] | None) -> str | None:
    """Text of a span, shortened for error lists."""
    if span is None:
        return None
    piece = text[span[0] : span[1]]
    return piece if len(piece) <= SNIPPET_CHARS else piece[: SNIPPET_CHARS - 1] + "…"


def _content_span(item: GoldItem | PredItem) -> tuple[int, int] | None:
    """Outer [start, end] of a content interval set."""
    return (item.content[0][0], item.content[-1][1]) if item.content else None


def _miss(doc_id: str, text: str, gold: GoldItem, reason: str, pred: PredItem | None) -> dict:
    """An entry of the misses list."""
    entry = {
        "doc_id": doc_id,
        "reason": reason,
        "type": gold.type,
        "content": _snippet(text, _content_span(gold)),
        "source": _snippet(text, gold.source),
        "source_resolves_to": gold.resolves_to,
        "cue": _snippet(text, gold.cue),
    }
    if pred is not None:
        entry["pred_claim_id"] = pred.raw.get("claim_id")
        entry["pred_speaker"] = _speaker_text(text, pred) if pred.speaker else None
        entry["pred_canonical"] = (pred.speaker or {}).get("canonical")
    return entry


def _spurious(doc_id: str, text: str, pred: PredItem) -> dict:
    """An entry of the spurious list."""
    cue = pred.raw.get("cue") or {}
    return {
        "doc_id": doc_id,
        "claim_id": pred.raw.get("claim_id"),
        "type": pred.type,
        "content": _snippet(text, _content_span(pred)),
        "speaker": _speaker_text(text, pred) if pred.speaker else None,
        "cue": cue.get("text"),
    }


def _score_document(tally: _Tally, doc: dict, record: dict | None) -> None:
    """Match one document and add its counts to ``tally``."""
    doc_id, text = doc["id"], doc.get("text", "")
    gold = [gold_item(i, a) for i, a in enumerate(doc.get("attributions", []))]
    preds = [pred_item(i, c) for i, c in enumerate((record or {}).get("claims", []))]
    gold_of_pred = {pi: gold[gi] for gi, pi, _ in match(gold, preds)}
    pred_of_gold = {g.index: preds[pi] for pi, g in gold_of_pred.items()}
    tally.n_docs += 1
    for g in gold:
        if g.required:
            _score_gold(tally, doc_id, text, g, pred_of_gold.get(g.index))
    for p in preds:
        _score_pred(tally, doc_id, text, p, gold_of_pred.get(p.index))


def _score_gold(tally: _Tally, doc_id: str, text: str, g: GoldItem, p: PredItem | None) -> None:
    """Count one required gold attribution and its matched prediction (if any)."""
    tally.n_gold += 1
    src_ok = False
    if p is None:
        tally.misses.append(_miss(doc_id, text, g, "unmatched", None))
    else:
        src_ok = source_correct(text, g, p)
        tally.tp += 1
        tally.exact_tp += exact_edges(text, g, p)
        tally.source_ok += src_ok
        tally.cue_ok += cue_correct(g, p)
        _score_source_fields(tally, text, g, p)
        if not src_ok:
            tally.misses.append(_miss(doc_id, text, g, "wrong_source", p))
    for table, key in (("by_type", g.type), ("by_cue", g.cue_key)):
        tally.bump(table, key, n_gold=1, tp=int(p is not None), attr_tp=int(src_ok))


SOURCE_FIELDS = ("name", "title", "affiliation", "source_type")


def normal_name(value: Any) -> str:
    """Lower case, letters and digits only, single spaces: how names are compared."""
    if not value:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).lower()
    kept = "".join(ch if ch.isalnum() else " " for ch in text)
    return " ".join(w for w in kept.split() if w not in {"the", "a", "an"})


def _score_source_fields(tally: _Tally, text: str, g: GoldItem, p: PredItem) -> None:
    """Source fields of a matched pair, where the gold has them (the news set)."""
    if "source_type" not in g.raw:
        return
    speaker = p.speaker or {}
    checks: dict[str, bool] = {}
    for key in SOURCE_FIELDS:
        checks[key] = normal_name(g.raw.get(key)) == normal_name(speaker.get(key))
    gold_type = g.raw.get("source_type")
    if gold_type and "kind" in speaker:
        checks["kind"] = speaker.get("kind") in KIND_OF_TYPE.get(gold_type, ())
        row = tally.confusion.setdefault(gold_type, {})
        predicted = str(speaker.get("source_type") or "none")
        row[predicted] = row.get(predicted, 0) + 1
    # the canonical name of a named source (a document's is its own, its publisher
    # is the name field's business)
    named = gold_type in {"named_person", "named_organization"} or (
        not gold_type and g.raw.get("source_resolves_to")
    )
    expected = normal_name(g.raw.get("source_resolves_to") or g.raw.get("name")) if named else ""
    canonical = normal_name(speaker.get("canonical"))
    if expected:
        checks["canonical"] = bool(canonical) and (expected in canonical or canonical in expected)
    elif not named and g.source is not None and canonical:
        checks["canonical"] = canonical in normal_name(text[g.source[0] : g.source[1]])
    for key, ok in checks.items():
        tally.fields_n[key] = tally.fields_n.get(key, 0) + 1
        tally.fields_ok[key] = tally.fields_ok.get(key, 0) + int(ok)


def _score_pred(tally: _Tally, doc_id: str, text: str, p: PredItem, g: GoldItem | None) -> None:
    """Count one prediction; those matched to non-required gold are left out."""
    if g is not None and not g.required:
        return
    tally.n_pred += 1
    attr_hit = g is not None and source_correct(text, g, p)
    if isinstance(p.raw.get("confidence"), int | float):
        tally.confidences.append((float(p.raw["confidence"]), attr_hit))
    for table, key in (("by_type", p.type), ("by_cue", p.cue_key)):
        tally.bump(table, key, n_pred=1, tp_pred=int(g is not None), attr_tp_pred=int(attr_hit))
    if g is None:
        tally.spurious.append(_spurious(doc_id, text, p))


def score(gold_docs: Sequence[dict], predictions: dict[str, dict]) -> EvalReport:
    """Score predictions (doc_id -> record) against gold documents.

    A gold document without a prediction record counts as zero predictions;
    prediction records for documents not in gold are ignored.
    """
    tally = _Tally()
    for doc in gold_docs:
        _score_document(tally, doc, predictions.get(doc["id"]))
    return EvalReport(
        n_docs=tally.n_docs,
        content=_prf(tally.tp, tally.n_gold, tally.n_pred),
        exact=_prf(tally.exact_tp, tally.n_gold, tally.n_pred),
        attribution=_prf(tally.source_ok, tally.n_gold, tally.n_pred),
        source_accuracy=tally.source_ok / tally.tp if tally.tp else 0.0,
        cue_accuracy=tally.cue_ok / tally.tp if tally.tp else 0.0,
        n_matched=tally.tp,
        by_type={k: v.to_dict() for k, v in sorted(tally.by_type.items())},
        by_cue={k: v.to_dict() for k, v in _by_frequency(tally.by_cue)},
        misses=tally.misses,
        spurious=tally.spurious,
        source_fields={
            k: {
                "right": tally.fields_ok.get(k, 0),
                "n": n,
                "accuracy": tally.fields_ok.get(k, 0) / n,
            }
            for k, n in tally.fields_n.items()
            if n
        },
        source_type_confusion=tally.confusion,
        calibration=_calibration(tally.confidences),
    )


def _calibration(pairs: list[tuple[float, bool]]) -> dict[str, Any]:
    from claimx.learned.calibration import reliability

    if not pairs:
        return {}
    ece, table = reliability(pairs)
    return {"ece": ece, "n": len(pairs), "table": table}


def above_confidence(predictions: dict[str, dict], threshold: float) -> dict[str, dict]:
    """Prediction records keeping only claims whose confidence reaches ``threshold``."""
    if threshold <= 0:
        return predictions
    return {
        doc_id: {
            **record,
            "claims": [
                c for c in record.get("claims", []) if float(c.get("confidence", 1.0)) >= threshold
            ],
        }
        for doc_id, record in predictions.items()
    }


# ------------------------------------------------------------------ speech only

#: Irregular past forms of cue verbs, for guessing the lemma of a gold cue.
IRREGULAR = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "thought": "think",
    "felt": "feel",
    "knew": "know",
    "known": "know",
    "saw": "see",
    "seen": "see",
    "found": "find",
    "spoke": "speak",
    "spoken": "speak",
    "sought": "seek",
    "held": "hold",
    "made": "make",
    "gave": "give",
    "given": "give",
    "took": "take",
    "taken": "take",
    "read": "read",
    "meant": "mean",
    "went": "go",
    "put": "put",
}
#: Noun and punctuation cues that report speech ("in a statement", ":", "―").
SPEECH_NOUNS = word_set("speech_nouns")


def guess_cue_lemmas(cue_text: str) -> list[str]:
    """Possible lemmas of each word of a cue, by irregular forms and suffix stripping."""
    out = []
    for word in cue_text.lower().replace("’", "'").split():
        word = word.strip(".,:;!?\"'()")
        if not word:
            continue
        out.append(IRREGULAR.get(word, word))
        for suffix, repl in (
            ("ing", ""),
            ("ing", "e"),
            ("ed", ""),
            ("ed", "e"),
            ("d", ""),
            ("es", ""),
            ("s", ""),
            ("ies", "y"),
            ("ied", "y"),
        ):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                out.append(word[: -len(suffix)] + repl)
    return out


def is_speech_cue(cue_text: str | None, speech_lemmas: set[str]) -> bool:
    """True for a cue that reports speech or writing, not thought, feeling or stance."""
    if cue_text is None:
        return True  # a continuing quote
    if not any(ch.isalpha() for ch in cue_text):
        return True  # ":", "―"
    words = set(guess_cue_lemmas(cue_text))
    return bool(words & (speech_lemmas | SPEECH_NOUNS))


def speech_only(
    gold_docs: Sequence[dict], predictions: dict[str, dict], speech_lemmas: set[str]
) -> tuple[list[dict], dict[str, dict]]:
    """Gold and predictions restricted to speech.

    Gold attributions with a non-speech cue become ``required: false`` (finding
    them is neither rewarded nor punished); predicted claims with a non-speech
    cue are dropped.
    """
    gold_out = []
    for doc in gold_docs:
        atts = []
        for a in doc.get("attributions", []):
            if not is_speech_cue(a.get("cue_text"), speech_lemmas):
                a = {**a, "required": False}
            atts.append(a)
        gold_out.append({**doc, "attributions": atts})
    pred_out = {}
    for doc_id, rec in predictions.items():
        claims = [
            c
            for c in rec.get("claims", [])
            if c.get("cue") is None
            or (c["cue"].get("lemma") or "") in speech_lemmas | {"according to"}
            or not any(ch.isalpha() for ch in c["cue"].get("text", ""))
        ]
        pred_out[doc_id] = {**rec, "claims": claims}
    return gold_out, pred_out


def _by_frequency(table: dict[str, Breakdown]) -> list[tuple[str, Breakdown]]:
    """Breakdown rows, most frequent first (then alphabetical)."""
    return sorted(table.items(), key=lambda kv: (-(kv[1].n_gold + kv[1].n_pred), kv[0]))


# ---------------------------------------------------------------------- rendering


def _pct(value: float) -> str:
    """0.8123 -> '81.2'."""
    return f"{100 * value:.1f}"


def _summary_table(report: EvalReport) -> Table:
    """Headline P/R/F1 table."""
    table = Table(title=f"claimx evaluation ({report.n_docs} documents)")
    for column in ("metric", "P", "R", "F1", "TP", "gold", "pred"):
        table.add_column(column, justify="left" if column == "metric" else "right")
    for name in ("content", "exact", "attribution"):
        prf: PRF = getattr(report, name)
        table.add_row(
            name,
            _pct(prf.p),
            _pct(prf.r),
            _pct(prf.f1),
            str(prf.tp),
            str(prf.n_gold),
            str(prf.n_pred),
        )
    return table


def _breakdown_table(title: str, rows: dict[str, dict], limit: int | None = None) -> Table:
    """Per-key table: counts, content P/R/F1 and attribution P/R/F1."""
    table = Table(title=title)
    table.add_column("key")
    for column in ("gold", "pred", "P", "R", "F1", "attr P", "attr R", "attr F1"):
        table.add_column(column, justify="right")
    for key, row in list(rows.items())[:limit]:
        table.add_row(
            key,
            str(row["n_gold"]),
            str(row["n_pred"]),
            *(_pct(row[k]) for k in ("p", "r", "f1", "attr_p", "attr_r", "attr_f1")),
        )
    return table


def _error_table(title: str, rows: list[dict], columns: Sequence[str], limit: int) -> Table:
    """First ``limit`` entries of an error list."""
    table = Table(title=f"{title} (showing {min(limit, len(rows))} of {len(rows)})")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows[:limit]:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    return table


def _calibration_table(report: EvalReport) -> Table:
    cal = report.calibration
    table = Table(
        title=f"confidence against right claims: expected calibration error "
        f"{cal['ece']:.3f} over {cal['n']} claims"
    )
    for col in ("confidence bin", "claims", "mean confidence", "right"):
        table.add_column(col, justify="right")
    for row in cal["table"]:
        table.add_row(row["bin"], str(row["n"]), f"{row['confidence']:.3f}", f"{row['right']:.3f}")
    return table


def _source_fields_table(report: EvalReport) -> Table:
    table = Table(title="source fields of matched claims (gold with source fields)")
    for col in ("field", "right", "n", "accuracy"):
        table.add_column(col, justify="left" if col == "field" else "right")
    for key, row in report.source_fields.items():
        table.add_row(key, str(row["right"]), str(row["n"]), _pct(float(row["accuracy"])))
    return table


def render_report(report: EvalReport, console: Console, show_errors: int = 10) -> None:
    """Print the report as rich tables on ``console`` (the caller picks width/colour/file)."""
    console.print(_summary_table(report))
    console.print(
        f"matched pairs: {report.n_matched}   "
        f"source accuracy: {_pct(report.source_accuracy)}%   "
        f"cue accuracy: {_pct(report.cue_accuracy)}%"
    )
    console.print(
        _breakdown_table("by type (gold type for R, predicted type for P)", report.by_type)
    )
    console.print(_breakdown_table("by cue text (gold for R, predicted for P)", report.by_cue, 20))
    if report.source_fields:
        console.print(_source_fields_table(report))
    if report.calibration:
        console.print(_calibration_table(report))
    if show_errors > 0:
        console.print(
            _error_table(
                "misses",
                report.misses,
                ("doc_id", "reason", "type", "source", "cue", "content", "pred_speaker"),
                show_errors,
            )
        )
        console.print(
            _error_table(
                "spurious",
                report.spurious,
                ("doc_id", "claim_id", "type", "speaker", "cue", "content"),
                show_errors,
            )
        )
