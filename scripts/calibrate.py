"""Fit, check and plot the calibration of claimx's confidence.

``fit``: run claimx with raw scores on a labelled set, learn how likely a
claim with given features is right (content and speaker), and write the
weights to ``models/calibration/SCOPE.json``::

    python scripts/calibrate.py fit data/news/news.dev.gold.jsonl --scope claims
    python scripts/calibrate.py fit data/news/news.dev.gold.jsonl --cv   # choose --l2

``plot``: a reliability diagram and a precision-recall curve over
``--min-confidence`` on a labelled set (needs matplotlib: ``pip install
'claimx[plots]'``)::

    python scripts/calibrate.py plot data/news/news.test.gold.jsonl -o docs/calibration.png
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from claimx.evaluation.score import gold_item, load_gold, match, pred_item, source_correct
from claimx.learned.calibration import CALIBRATION_DIR, features, fit, probability, reliability
from claimx.nlp.load import load_nlp
from claimx.run.documents import extract


def labelled_claims(gold_path: Path, scope: str, calibrated: bool, docs: int | None):
    """(claim, right) for every prediction that is not matched to optional gold."""
    nlp = load_nlp(scope=scope, calibrated=calibrated)
    out = []
    for doc in load_gold(gold_path)[:docs]:
        result = extract(doc["text"], doc_id=str(doc["id"]), nlp=nlp)
        gold = [gold_item(i, a) for i, a in enumerate(doc.get("attributions", []))]
        preds = [pred_item(i, c.model_dump()) for i, c in enumerate(result.claims)]
        matched = {pi: gi for gi, pi, _ in match(gold, preds)}
        for pi, claim in enumerate(result.claims):
            g = gold[matched[pi]] if pi in matched else None
            if g is not None and not g.required:
                continue
            out.append((claim, g is not None and source_correct(doc["text"], g, preds[pi])))
    return out


def cross_validate(rows, penalties=(1.0, 2.0, 5.0, 10.0, 20.0), folds=3, seeds=5) -> None:
    """Pooled Brier score and calibration error of held-out predictions, by penalty:
    how ``--l2`` was chosen (articles split into folds, several shuffles)."""
    import random

    docs = sorted({c.claim_id.split("#")[0] for c, _ in rows})

    def doc(c):
        return c.claim_id.split("#")[0]

    for l2 in (*penalties, "raw"):
        pooled = []
        for seed in range(seeds):
            order = docs[:]
            random.Random(seed).shuffle(order)
            for k in range(folds):
                held = set(order[k::folds])
                test = [(c, y) for c, y in rows if doc(c) in held]
                if l2 == "raw":
                    pooled += [(c.confidence, y) for c, y in test]
                    continue
                w = fit([(features(c), y) for c, y in rows if doc(c) not in held], l2=l2)
                pooled += [(probability(c, w), y) for c, y in test]
        brier = sum((p - y) ** 2 for p, y in pooled) / len(pooled)
        print(f"l2 {l2}: Brier {brier:.4f}, ECE {reliability(pooled)[0]:.4f}")


def cmd_fit(args) -> None:
    rows = labelled_claims(args.gold, args.scope, calibrated=False, docs=args.docs)
    if args.cv:
        cross_validate(rows)
        return
    before, _ = reliability([(c.confidence, y) for c, y in rows])
    weights = fit([(features(c), y) for c, y in rows], l2=args.l2)
    after, table = reliability([(probability(c, weights), y) for c, y in rows])
    CALIBRATION_DIR.mkdir(parents=True, exist_ok=True)
    path = CALIBRATION_DIR / f"{args.scope}.json"
    meta = {
        "scope": args.scope,
        "fitted_on": str(args.gold.name),
        "documents": args.docs,
        "claims": len(rows),
        "right": sum(y for _, y in rows),
        "ece_raw": round(before, 4),
        "ece_fitted": round(after, 4),
        "l2": args.l2,
    }
    weights = {k: round(v, 5) for k, v in sorted(weights.items())}
    path.write_text(json.dumps({"meta": meta, "weights": weights}, indent=1) + "\n")
    print(json.dumps(meta, indent=1))
    for row in table:
        conf, right = row["confidence"], row["right"]
        print(f"{row['bin']}  n={row['n']:4d}  confidence {conf:.3f}  right {right:.3f}")
    print(f"wrote {path}")


def cmd_plot(args) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = labelled_claims(args.gold, args.scope, calibrated=True, docs=args.docs)
    gold_total = sum(
        1
        for d in load_gold(args.gold)
        for a in d.get("attributions", [])
        if a.get("required", True)
    )
    pairs = [(c.confidence, y) for c, y in rows]
    ece, table = reliability(pairs)
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.2))
    left.plot([0, 1], [0, 1], color="#999", linestyle="--", linewidth=1)
    left.plot(
        [r["confidence"] for r in table], [r["right"] for r in table], marker="o", color="#1f5fa8"
    )
    for r in table:
        left.annotate(
            str(r["n"]),
            (r["confidence"], r["right"]),
            fontsize=7,
            xytext=(3, -9),
            textcoords="offset points",
        )
    left.set_xlim(0, 1)
    left.set_ylim(0, 1.02)
    left.set_xlabel("confidence (mean of bin)")
    left.set_ylabel("share of claims right")
    left.set_title(f"Reliability, {args.gold.name}: ECE {ece:.3f}")
    points = []
    for t in [i / 100 for i in range(0, 100)]:
        kept = [y for p, y in pairs if p >= t]
        if kept:
            points.append((sum(kept) / gold_total, sum(kept) / len(kept), t))
    right.plot([r for r, _, _ in points], [p for _, p, _ in points], color="#b5452b")
    for r, p, t in points:
        if round(t * 100) in {50, 70, 80, 90}:
            right.annotate(
                f"{t:.1f}", (r, p), fontsize=7, xytext=(3, 3), textcoords="offset points"
            )
    right.set_xlabel("recall (attribution)")
    right.set_ylabel("precision (attribution)")
    right.set_xlim(0, 1)
    right.set_ylim(0.5, 1.01)
    right.set_title("Precision and recall over --min-confidence")
    fig.tight_layout()
    fig.savefig(args.output, dpi=110)
    print(f"ECE {ece:.4f} over {len(pairs)} claims; wrote {args.output}")
    for row in table:
        print(f"| {row['bin']} | {row['n']} | {row['confidence']:.3f} | {row['right']:.3f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    for name in ("fit", "plot"):
        p = sub.add_parser(name)
        p.add_argument("gold", type=Path)
        p.add_argument("--scope", default="claims")
        p.add_argument("--docs", type=int, default=None, help="Only the first N documents.")
        if name == "fit":
            p.add_argument("--l2", type=float, default=5.0)
            p.add_argument("--cv", action="store_true", help="Cross-validate the penalty only.")
        else:
            p.add_argument("-o", "--output", type=Path, default=Path("docs/calibration.png"))
    args = parser.parse_args()
    {"fit": cmd_fit, "plot": cmd_plot}[args.cmd](args)


if __name__ == "__main__":
    main()
