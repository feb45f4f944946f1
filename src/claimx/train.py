"""Train the learned layer (:mod:`claimx.learned`, :mod:`claimx.ranker`) from PolNeAR.

``claimx train PATH/TO/PolNeAR`` converts the train and dev splits to gold
JSONL (the test split is never read), runs spaCy's trainer with
``configs/claimx_tagger.cfg`` (train to learn, dev to pick the best step),
copies the best tagger to ``models/claimx-tagger``, and then trains the ranker
on the candidates of that tagger and the rules over train, with its bars chosen
on dev, into the same folder.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

from claimx.trained import TAGGER_DIR

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
    ranker: bool = True,
    nets: int = 4,
) -> dict:
    """Convert, train the tagger and then the ranker, install; returns timings and dev scores."""
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
    report = {
        "convert_s": round(converted - started, 1),
        "train_s": round(time.perf_counter() - converted, 1),
        "dev_scores": meta.get("performance", {}),
        "model": str(out),
    }
    if ranker:
        report["ranker"] = train_ranker(gold_dir, out, nets=nets)
    return report


def _train_tables(args: tuple[str, list[dict]]) -> list:
    """Worker: the labelled candidate tables of some train records."""
    from claimx.pipeline import load_nlp
    from claimx.ranker import candidate_tables

    model, records = args
    return candidate_tables(load_nlp(model, scope="all"), records)


def train_ranker(gold_dir: Path, model: Path, n_process: int = 2, nets: int = 4) -> dict:
    """Train the ranker of :mod:`claimx.ranker` beside the tagger in ``model``.

    Its candidates come from the rules and that tagger over PolNeAR train; its
    bars are chosen on dev. The ranker is saved into the same pipeline folder.
    """
    import spacy

    from claimx.evaluate import load_gold
    from claimx.learned import forked_map
    from claimx.pipeline import load_nlp
    from claimx.ranker import COMPONENT, candidate_tables, fit_ranker

    started = time.perf_counter()
    train = load_gold(gold_dir / "polnear-train.jsonl")
    dev = load_gold(gold_dir / "polnear-dev.jsonl")
    pieces = [(str(model), train[i : i + 20]) for i in range(0, len(train), 20)]
    train_tables = [t for part in forked_map(_train_tables, pieces, n_process) for t in part]
    dev_tables = candidate_tables(load_nlp(str(model), scope="all"), dev, keep_candidates=True)
    tabled = time.perf_counter()
    ranker, report = fit_ranker(train_tables, dev_tables, dev, nets, n_process)
    pipeline = spacy.load(model)
    if COMPONENT in pipeline.pipe_names:
        pipeline.remove_pipe(COMPONENT)
    pipeline.add_pipe(COMPONENT).ranker = ranker
    pipeline.to_disk(model)
    load_nlp.cache_clear()  # it holds this folder's pipeline without the ranker
    return {
        "candidates_s": round(tabled - started, 1),
        "fit_s": round(time.perf_counter() - tabled, 1),
        "train_candidates": sum(len(t.labels) for t in train_tables),
        **report,
    }
