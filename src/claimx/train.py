"""Train the tagger of :mod:`claimx.learned` from a PolNeAR checkout.

``claimx train PATH/TO/PolNeAR`` converts the train and dev splits to gold
JSONL (the test split is never read), runs spaCy's trainer with
``configs/claimx_tagger.cfg`` (train to learn, dev to pick the best step) and
copies the best pipeline to ``models/claimx-tagger``.
"""

from __future__ import annotations

import json
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


def export_tagger(trained: Path, out: Path) -> None:
    """Save only the tagger's weights and settings into a blank English pipeline.

    spaCy's trained pipeline also keeps the strings of every word it met and the
    local paths of the corpus; neither belongs in a shipped model.
    """
    import spacy

    from claimx.learned import COMPONENT

    source = spacy.load(trained)
    component = source.get_pipe(COMPONENT)
    fresh = spacy.blank("en")
    model_cfg = source.config["components"][COMPONENT]["model"]
    tagger = fresh.add_pipe(COMPONENT, config={"model": model_cfg})
    tagger.from_bytes(component.to_bytes(exclude=["vocab"]), exclude=["vocab"])
    fresh.meta.update(
        {
            "name": "claimx_tagger",
            "description": "claimx's learned tagger, trained on PolNeAR train, chosen on dev",
            "performance": source.meta.get("performance", {}),
            "license": "MIT",
        }
    )
    if out.exists():
        shutil.rmtree(out)
    fresh.to_disk(out)


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
    if (polnear / "polnear-train.jsonl").is_file():  # already converted
        gold_dir = polnear
    else:
        gold_dir = work / "gold"
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
    export_tagger(best, out)
    meta = json.loads((best / "meta.json").read_text(encoding="utf-8"))
    return {
        "convert_s": round(converted - started, 1),
        "train_s": round(time.perf_counter() - converted, 1),
        "dev_scores": meta.get("performance", {}),
        "model": str(out),
    }
