"""claimx: attributed claims (who said what, through which cue, where) in news text."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["extract", "__version__"]


def extract(text: str, doc_id: str = "<text>"):
    """Attributed claims of one text as a :class:`claimx.records.DocumentResult`."""
    from claimx.pipeline import extract as _extract

    return _extract(text, doc_id=doc_id)
