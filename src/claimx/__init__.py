"""claimx: attributed claims (who said what, through which cue, where) in news text."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from claimx.lexicon import DEFAULT_SCOPE

if TYPE_CHECKING:
    from claimx.records import DocumentResult

__version__ = "0.1.0"

__all__ = ["extract", "extract_many", "__version__"]


def extract(
    text: str,
    doc_id: str = "<text>",
    scope: str = DEFAULT_SCOPE,
    prefilter: bool = True,
    model: str | None = None,
) -> DocumentResult:
    """Attributed claims of one text as a :class:`claimx.records.DocumentResult`.

    ``model``: ``None`` or ``"learned"`` (rules, tagger and ranker), ``"rules"``
    (the rules alone), or the folder of a tagger trained with ``claimx train``.

    ``scope="statements"`` leaves out stances and intentions ("backs the bill").
    ``prefilter=False`` parses every paragraph, not only those that may hold a
    claim and their context (:mod:`claimx.extraction.prefilter`); the claims are the same.
    """
    from claimx.nlp.load import DEFAULT_MODEL, load_nlp
    from claimx.run.documents import extract as _extract

    # the same call as extract_many's: one cached pipeline for both
    nlp = load_nlp(model or DEFAULT_MODEL, scope=scope)
    return _extract(text, doc_id=doc_id, nlp=nlp, prefilter=prefilter)


def extract_many(
    inputs: Iterable[object],
    n_process: int = 1,
    batch_size: int = 16,
    model: str | None = None,
    scope: str = DEFAULT_SCOPE,
    prefilter: bool = True,
) -> Iterator[DocumentResult]:
    """Records of many texts, yielded lazily in input order.

    ``inputs``: strings (ids ``"0"``, ``"1"``, …), ``(id, text)`` pairs, or
    dicts ``{"id": …, "text": …}`` whose other scalar keys go to ``meta``. A
    bad value gives a record with ``errors`` and the rest go on. With
    ``n_process`` > 1, batches of ``batch_size`` texts go to worker processes
    that each load the model once; the order and the records stay the same.
    ``prefilter=False`` parses every paragraph (see :func:`extract`).
    """
    from claimx.run.batch import extract_many as _extract_many

    return _extract_many(
        inputs,
        n_process=n_process,
        batch_size=batch_size,
        model=model,
        scope=scope,
        prefilter=prefilter,
    )
