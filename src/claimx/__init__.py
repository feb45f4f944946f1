"""claimx: attributed claims (who said what, through which cue, where) in news text."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimx.records import DocumentResult

__version__ = "0.1.0"

__all__ = ["extract", "extract_many", "__version__"]


def extract(text: str, doc_id: str = "<text>") -> DocumentResult:
    """Attributed claims of one text as a :class:`claimx.records.DocumentResult`."""
    from claimx.pipeline import extract as _extract

    return _extract(text, doc_id=doc_id)


def extract_many(
    inputs: Iterable[object],
    n_process: int = 1,
    batch_size: int = 16,
    model: str | None = None,
) -> Iterator[DocumentResult]:
    """Records of many texts, yielded lazily in input order.

    ``inputs``: strings (ids ``"0"``, ``"1"``, …), ``(id, text)`` pairs, or
    dicts ``{"id": …, "text": …}`` whose other scalar keys go to ``meta``. A
    bad value gives a record with ``errors`` and the rest go on. With
    ``n_process`` > 1, batches of ``batch_size`` texts go to worker processes
    that each load the model once; the order and the records stay the same.
    """
    from claimx.batch import extract_many as _extract_many

    return _extract_many(inputs, n_process=n_process, batch_size=batch_size, model=model)


class _Package(types.ModuleType):
    """Keeps ``claimx.extract`` the function once the ``claimx.extract`` rules package loads.

    Python sets every imported submodule as an attribute of its package, so the
    first model load (which imports the rules in ``claimx/extract/``) would
    replace the public function ``claimx.extract`` with that package, and a
    notebook's second ``claimx.extract(text)`` would fail. ``from claimx.extract
    import …`` still finds the package through ``sys.modules``.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name == "extract" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
