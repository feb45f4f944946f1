"""Train the learned layer (:mod:`claimx.learned`, :mod:`claimx.learned.ranker`) from PolNeAR.

This module also holds the tagger's training data (gold tags, and the gold
documents parsed by the rules-only pipeline, registered as spaCy's reader
``claimx.AttributionCorpus.v1``): it sits above the pipeline it parses with,
so the learned layer itself never imports the pipeline.

``claimx train PATH/TO/PolNeAR`` converts the train and dev splits to gold
JSONL (the test split is never read), runs spaCy's trainer with
``configs/claimx_tagger.cfg`` (train to learn, dev to pick the best step),
copies the best tagger to ``models/claimx-tagger``, and then trains the ranker
on the candidates of that tagger and the rules over train, with its bars chosen
on dev, into the same folder.
"""

from __future__ import annotations

import itertools
import json
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry

from claimx.learned.features import FEATS_KEY
from claimx.learned.model import TAGGER_DIR
from claimx.learned.ranker import (
    ADD_GRID,
    KEEP_GRID,
    SWAP_GRID,
    DocTable,
    Net,
    Ranker,
    RankSettings,
    choose,
)

CONFIG_NAME = "claimx_tagger.cfg"


def default_config() -> Path:
    here = Path(__file__).resolve().parent.parent  # the claimx package
    for root in (here / "configs", here.parent.parent / "configs"):
        if (root / CONFIG_NAME).is_file():
            return root / CONFIG_NAME
    raise FileNotFoundError(f"{CONFIG_NAME} not found beside the package or in configs/")


def default_output() -> Path:
    return Path(__file__).resolve().parent.parent.parent.parent / "models" / TAGGER_DIR


def export_tagger(trained: Path, out: Path) -> None:
    """Save only the tagger's weights and settings into a blank English pipeline.

    spaCy's trained pipeline also keeps the strings of every word it met and the
    local paths of the corpus; neither belongs in a shipped model.
    """
    import spacy

    from claimx.learned.tagger import COMPONENT

    source = spacy.load(trained)
    component = source.get_pipe(COMPONENT)
    fresh = spacy.blank("en")
    settings = source.config["components"][COMPONENT]
    config = {"model": settings["model"], "merge": settings.get("merge", {})}
    tagger = fresh.add_pipe(COMPONENT, config=config)
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

    import claimx.learned.tagger  # noqa: F401  (registers the architecture and the scorer)
    from claimx.evaluation.polnear import convert

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
    from claimx.learned.ranker import candidate_tables
    from claimx.nlp.load import load_nlp

    model, records = args
    return candidate_tables(load_nlp(model, scope="all"), records)


def train_ranker(gold_dir: Path, model: Path, n_process: int = 2, nets: int = 4) -> dict:
    """Train the ranker of :mod:`claimx.learned.ranker` beside the tagger in ``model``.

    Its candidates come from the rules and that tagger over PolNeAR train; its
    bars are chosen on dev. The ranker is saved into the same pipeline folder.
    """
    import spacy

    from claimx.evaluation.score import load_gold
    from claimx.learned.ranker import COMPONENT, candidate_tables
    from claimx.nlp.load import load_nlp

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


# -- the tagger's training data ------------------------------------------------------


def gold_tags(doc: Doc, attributions: list[dict]) -> list[str]:
    """BIO roles of ``doc``'s tokens from gold attributions (character offsets).

    Outer attributions win: a report nested in another's content stays content,
    so the tagger learns the attributions that are not inside another one.
    """
    tags = ["O"] * len(doc)

    def parts(a: dict) -> list[list[int]]:
        return a.get("content_parts") or ([a["content"]] if a.get("content") else [])

    def place(s: int, e: int, role: str) -> None:
        span = doc.char_span(s, e, alignment_mode="contract")
        if span is None or not len(span) or any(tags[t.i] != "O" for t in span):
            return
        for k, tok in enumerate(span):
            tags[tok.i] = f"{'B' if k == 0 else 'I'}-{role}"

    order = sorted(attributions, key=lambda a: -sum(e - s for s, e in parts(a)))
    for a in order:
        for s, e in parts(a):
            place(s, e, "CON")
    for a in order:
        for key, role in (("source", "SRC"), ("cue", "CUE")):
            if a.get(key):
                place(*a[key], role)
    for tok in doc:  # spaces and punctuation at a span's edge are not worth learning
        if tok.is_space:
            tags[tok.i] = "O"
    return tags


def _annotate(records: list[dict]) -> list[tuple]:
    """Words, spaces, tensor, features and gold tags of each record (rules-only parse)."""
    from claimx.nlp.load import load_nlp

    nlp = load_nlp(learned=False, scope="all")  # PolNeAR's definition: its training data
    extractor = nlp.get_pipe("claimx")
    extractor.emit_features = True
    out = []
    try:
        for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
            out.append(
                (
                    [t.text for t in doc],
                    [bool(t.whitespace_) for t in doc],
                    doc.tensor,
                    doc.user_data[FEATS_KEY],
                    gold_tags(doc, record["attributions"]),
                )
            )
    finally:
        extractor.emit_features = False
    return out


@lru_cache(maxsize=4)
def annotated_examples(path: str, limit: int = 0, n_process: int = 2) -> tuple[Example, ...]:
    """Gold documents parsed by the rules-only pipeline, features attached, as Examples.

    The predicted side keeps only what the tagger reads: the tokens, the parser's
    ``doc.tensor`` and the feature ids.
    """
    from spacy.vocab import Vocab

    from claimx.evaluation.score import load_gold

    gold = load_gold(path)
    if limit:
        gold = gold[:limit]
    pieces = [gold[i : i + 20] for i in range(0, len(gold), 20)]
    rows = [row for part in forked_map(_annotate, pieces, n_process) for row in part]
    vocab = Vocab()
    out = []
    for words, spaces, tensor, feats, tags in rows:
        doc = Doc(vocab, words=words, spaces=spaces)
        doc.tensor = tensor
        doc.user_data[FEATS_KEY] = feats
        ref = Doc(vocab, words=words, spaces=spaces)
        for tok, tag in zip(ref, tags, strict=True):
            tok.tag_ = tag
        out.append(Example(doc, ref))
    return tuple(out)


@registry.readers("claimx.AttributionCorpus.v1")
def attribution_corpus(path: Path, limit: int = 0) -> Callable[[Language], Iterator[Example]]:
    """Gold JSONL (``claimx convert-polnear``) as training examples for the tagger."""

    def read(nlp: Language) -> Iterator[Example]:
        yield from annotated_examples(str(path), limit)

    return read


# -- the ranker's fit ----------------------------------------------------------------

_FIT_DATA: tuple[list[np.ndarray], list[int]] = ([], [])


def _fit_net(seed: int) -> Net:
    return Net(seed=seed).fit(*_FIT_DATA)


def fit_ranker(
    train: list[DocTable],
    dev: list[DocTable],
    dev_records: list[dict],
    nets: int = 4,
    n_process: int = 2,
) -> tuple[Ranker, dict]:
    """Train ``nets`` networks on train, then pick the two bars on dev by attribution F1."""
    from claimx.evaluation.score import score

    global _FIT_DATA
    _FIT_DATA = ([r for t in train for r in t.rows], [y for t in train for y in t.labels])
    try:
        ranker = Ranker(forked_map(_fit_net, list(range(nets)), n_process))
    finally:
        _FIT_DATA = ([], [])
    dev_scores = [ranker.scores(t.rows) for t in dev]
    best: tuple[float, RankSettings, dict] | None = None
    for keep, add, swap in itertools.product(KEEP_GRID, ADD_GRID, SWAP_GRID):
        settings = RankSettings(keep=keep, add=add, swap=swap)
        predictions = {}
        for table, scores in zip(dev, dev_scores, strict=True):
            chosen = {id(c) for c in choose(table.groups, table.cands, scores, settings)}
            claims = [
                claim.model_dump(mode="json")
                for cand, claim in zip(table.cands, table.claims, strict=True)
                if id(cand) in chosen and claim is not None
            ]
            predictions[table.doc_id] = {"claims": claims}
        report = score(dev_records, predictions).attribution
        if best is None or report.f1 > best[0]:
            best = (report.f1, settings, asdict(report))
    assert best is not None
    ranker.settings = best[1]
    return ranker, {"dev_attribution": best[2], "settings": asdict(best[1])}


# -- running in parallel ------------------------------------------------------------


def forked_map(fn: Callable, items: list, n_process: int) -> list:
    """``[fn(item) for item in items]``, in ``n_process`` forked processes when there
    are several items (the parent's loaded model and data are shared, not pickled)."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    if n_process <= 1 or len(items) <= 1:
        return [fn(item) for item in items]
    with ProcessPoolExecutor(n_process, mp_context=mp.get_context("fork")) as pool:
        return list(pool.map(fn, items))
