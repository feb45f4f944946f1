"""The trained tagger and ranker that ship in ``models/claimx-tagger``.

Found inside the installed package or in a checkout, and added to a pipeline
disabled: the ``claimx`` component runs them between its rules and its records.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from claimx.learned.ranker import COMPONENT as RANKER
from claimx.learned.tagger import COMPONENT as TAGGER

TAGGER_DIR = "claimx-tagger"


def learned_model_path() -> Path | None:
    """The trained tagger: inside the installed package, or in a checkout's ``models/``."""
    here = Path(__file__).resolve().parent.parent  # the claimx package
    for root in (here / "models", here.parent.parent / "models"):
        if (root / TAGGER_DIR / "config.cfg").is_file():
            return root / TAGGER_DIR
    return None


def is_tagger_dir(path: str | Path) -> bool:
    """Whether ``path`` holds a trained claimx tagger (the output of ``claimx train``)."""
    config = Path(path) / "config.cfg"
    return config.is_file() and f'"{TAGGER}"' in config.read_text(encoding="utf-8")


def add_trained(nlp: Language, path: Path) -> None:
    """Add the tagger and ranker saved in ``path`` to ``nlp``, disabled.

    Built from the saved config and read from disk like ``spacy.load`` does, without
    the saved pipeline's own tokenizer and vocabulary (a third of a second).
    """
    config = spacy.util.load_config(path / "config.cfg", interpolate=True)
    for name in config["nlp"]["pipeline"]:
        if name in (TAGGER, RANKER):
            settings = dict(config["components"][name])
            factory = settings.pop("factory")
            proc = nlp.add_pipe(factory, name=name, config=settings)
            proc.from_disk(path / name, exclude=["vocab"])
            nlp.disable_pipe(name)
