"""Train the tagger of :mod:`claimx.learned` from a PolNeAR checkout.

``claimx train PATH/TO/PolNeAR`` converts the train and dev splits to gold
JSONL (the test split is never read), runs spaCy's trainer with
``configs/claimx_tagger.cfg`` (train to learn, dev to pick the best step) and
copies the best pipeline to ``models/claimx-tagger``.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from claimx.pipeline import TAGGER_DIR

CONFIG_NAME = "claimx_tagger.cfg"


def default_config() -> Path:
    here = Path(__file__).resolve().parent
    for root in (here / "configs", here.parent.parent / "configs"):
        if (root / CONFIG_NAME).is_file():
            return root / CONFIG_NAME
    raise FileNotFoundError(f"{CONFIG_NAME} not found beside the package or in configs/")


def default_output() -> Path:
    return Path(__file__).resolve().parent.parent.parent / "models" / TAGGER_DIR


def train_tagger(
    polnear: Path,
    out: Path,
    work: Path,
    config: Path | None = None,
    overrides: dict | None = None,
) -> dict:
    """Convert, train, install; returns timings and the best dev scores."""
    from spacy.cli.train import train as spacy_train

    import claimx.learned  # noqa: F401  (registers the architecture, reader and scorer)
    from claimx.polnear import convert

    started = time.perf_counter()
    gold_dir = work / "gold"
    if polnear.is_file() or (polnear / "polnear-train.jsonl").is_file():
        gold_dir = polnear if polnear.is_dir() else polnear.parent
    else:
        convert(polnear, gold_dir, splits=("train", "dev"))
    converted = time.perf_counter()
    output = work / "training"
    spacy_train(
        config or default_config(),
        output,
        use_gpu=-1,
        overrides={
            "paths.train": str(gold_dir / "polnear-train.jsonl"),
            "paths.dev": str(gold_dir / "polnear-dev.jsonl"),
            **(overrides or {}),
        },
    )
    best = output / "model-best"
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(best, out)
    import json

    meta = json.loads((best / "meta.json").read_text(encoding="utf-8"))
    return {
        "convert_s": round(converted - started, 1),
        "train_s": round(time.perf_counter() - converted, 1),
        "dev_scores": meta.get("performance", {}),
        "model": str(out),
    }
