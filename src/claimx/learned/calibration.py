"""Confidence as a probability: how likely a claim is right, content and speaker.

The rules, the tagger and the ranker each give a claim a score; those scores
rank claims but are not probabilities. This stage maps them, with a few facts
about the claim (the rule that found it, its type, whether its speaker was
resolved from a pronoun, …), to the share of such claims that are right on
labelled data: a logistic model fitted by ``scripts/calibrate.py`` on the
dev split of the labelled news set (default scope) or on PolNeAR train
(``--scope all``), saved as plain numbers in ``models/calibration/``.

``claimx eval`` reports how well calibrated the result is (expected
calibration error and a reliability table); ``--min-confidence`` keeps the
claims at or above a probability.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from claimx.records import UNNAMED_TYPES, Claim

#: Where the fitted models live (inside the package through the ``models`` link).
CALIBRATION_DIR = Path(__file__).resolve().parent.parent / "models" / "calibration"

#: Rule families, by the first part of a claim's pattern.
PATTERN_GROUPS = {
    "direct_quote": "quote",
    "surface_quote_attribution": "quote",
    "adjacent_quote": "quote",
    "colon_introduced_quote": "quote",
    "dash_attributed_quote": "quote",
    "issued_text_quote": "quote",
    "continuing_quote": "continuing",
    "block_quote": "block",
    "interview_answer": "block",
    "clausal_complement": "clause",
    "clausal_that_complement": "clause",
    "clausal_as_saying_complement": "clause",
    "clausal_split_complement": "clause",
    "clausal_fronted_complement": "clause",
    "inserted_reporting_clause": "clause",
    "inserted_before_relative": "clause",
    "clausal_joined_complement": "clause",
    "clausal_after_quote": "clause",
    "adjective_complement": "clause",
    "research_finding": "phrase",
    "according_to": "source",
    "held_view": "source",
    "source_document": "source",
    "poll_result": "source",
    "stated_view": "source",
    "as_in_text": "source",
    "hearsay_adverb": "hearsay",
    "impersonal_passive": "hearsay",
    "object_complement": "phrase",
    "noun_cue_object": "phrase",
    "held_to_account": "phrase",
    "issued_text_clause": "clause",
    "prepositional_complement": "phrase",
    "object_predicate": "phrase",
    "infinitive_complement": "phrase",
    "learned": "learned",
    "proposal": "proposal",
}
GROUPS = sorted(set(PATTERN_GROUPS.values()) | {"other"})
TYPES = ("direct", "mixed", "indirect", "according_to")


def features(claim: Claim) -> dict[str, float]:
    """The facts about a claim that its probability of being right depends on."""
    raw = min(max(claim.confidence, 0.01), 0.99)
    group = PATTERN_GROUPS.get(claim.pattern.split(":")[0], "other")
    speaker = claim.speaker
    out = {
        "bias": 1.0,
        "raw_logit": math.log(raw / (1 - raw)),
        "log_length": math.log1p(claim.content.end - claim.content.start) / 5,
        "no_speaker": float(speaker is None),
        "resolved": float(speaker is not None and speaker.resolved_from is not None),
        "unnamed": float(speaker is not None and speaker.source_type in UNNAMED_TYPES),
        "parts": float(len(claim.content.parts) > 1),
        "variant": float(":" in claim.pattern),
    }
    for name in GROUPS:
        out[f"group_{name}"] = float(group == name)
    for name in TYPES:
        out[f"type_{name}"] = float(claim.type == name)
    return out


@lru_cache(maxsize=4)
def load_weights(scope: str) -> dict[str, float] | None:
    """The fitted weights of ``scope``, or None when none were fitted."""
    path = CALIBRATION_DIR / f"{scope}.json"
    if not path.is_file():
        return None
    return dict(json.loads(path.read_text(encoding="utf-8"))["weights"])


def probability(claim: Claim, weights: dict[str, float]) -> float:
    z = sum(weights.get(k, 0.0) * v for k, v in features(claim).items())
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def calibrate(claims: list[Claim], scope: str) -> list[Claim]:
    """``claims`` with their confidence as a calibrated probability (unchanged when
    the scope has no fitted model)."""
    weights = load_weights(scope)
    if weights is None:
        return claims
    return [c.model_copy(update={"confidence": round(probability(c, weights), 3)}) for c in claims]


# ----------------------------------------------------------------------- fitting


def fit(rows: list[tuple[dict[str, float], bool]], l2: float = 1.0, steps: int = 50) -> dict:
    """Logistic regression by Newton's method with an L2 penalty (not on the bias):
    weights that turn :func:`features` into the probability of being right."""
    import numpy as np

    names = sorted({k for f, _ in rows for k in f})
    x = np.array([[f.get(k, 0.0) for k in names] for f, _ in rows])
    y = np.array([float(v) for _, v in rows])
    penalty = np.full(len(names), l2)
    penalty[names.index("bias")] = 0.0
    w = np.zeros(len(names))
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(len(names))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return {k: float(v) for k, v in zip(names, w, strict=True)}


def reliability(pairs: list[tuple[float, bool]], bins: int = 10) -> tuple[float, list[dict]]:
    """Expected calibration error and the reliability table (equal-width bins)."""
    table = []
    total = len(pairs)
    ece = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(p, y) for p, y in pairs if lo <= p < hi or (b == bins - 1 and p == 1.0)]
        if not inside:
            continue
        mean_p = sum(p for p, _ in inside) / len(inside)
        right = sum(y for _, y in inside) / len(inside)
        ece += len(inside) / total * abs(mean_p - right)
        table.append(
            {"bin": f"{lo:.1f}-{hi:.1f}", "n": len(inside), "confidence": mean_p, "right": right}
        )
    return ece, table
