"""Documents through the pipeline: batches, long documents in parts, one record each.

A document's text goes through the prefilter (the paragraphs that may hold a
claim), the pipeline of :func:`claimx.nlp.load.load_nlp`, and comes back as a
:class:`~claimx.records.DocumentResult` with offsets into the original text;
a failure becomes that document's error record.
"""

from __future__ import annotations

import hashlib
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language

from claimx.extraction.claims import STORY_KEY
from claimx.extraction.prefilter import Selection, SpanAcrossGap
from claimx.extraction.prefilter import for_nlp as prefilter_for
from claimx.io.inputs import TextDoc
from claimx.nlp.load import load_nlp
from claimx.records import DocumentResult, ErrorRecord


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def empty_result(item: TextDoc) -> DocumentResult:
    """A record with no claims, carrying the input's errors and warnings."""
    return DocumentResult(
        doc_id=item.doc_id,
        source_path=item.source_path,
        text_sha256=item.bytes_sha256 or sha256(item.text),
        claims=[],
        errors=list(item.errors),
        warnings=list(item.warnings),
        meta=dict(item.meta),
    )


def result_with_claims(item: TextDoc, claims: list) -> DocumentResult:
    """The record of ``item`` holding ``claims``, numbered ``<doc_id>#n`` in text order."""
    result = empty_result(item)
    result.claims = [
        c.model_copy(update={"claim_id": f"{item.doc_id}#{n}"}) for n, c in enumerate(claims)
    ]
    return result


#: Documents longer than this are read in parts of at most this many characters,
#: cut at a paragraph break, else a sentence's end, else a space (:func:`chunks`).
#: Each part is parsed as a document of its own, so time and memory grow linearly
#: with a document's length; only a pronoun or a surname at the start of a part
#: loses what the part before said. 50,000 characters is a long read's length.
CHUNK_CHARS = 50_000


#: Characters a batch holds at most (a batch of one longer document excepted):
#: the parser holds a batch's documents in memory together, so the parts of a
#: long document are parsed a few at a time, like ordinary articles.
BATCH_CHARS = 60_000


def batches(
    items: Iterable[TextDoc], size: int, workers: int = 1, max_chars: int = BATCH_CHARS
) -> Iterator[list[TextDoc]]:
    """Batches of ``size`` items or ``max_chars`` characters; for several
    ``workers``, the end comes in smaller ones.

    With workers, ``workers`` batches are read ahead, so that the end is seen
    coming: what is left then goes out in batches of about a quarter of a
    worker's share, and no worker is left alone on a last full batch.
    """
    ahead = size * (workers + 1) if workers > 1 else size
    buf: list[TextDoc] = []
    chars = 0
    for item in items:
        if buf and chars + len(item.text) > max_chars:
            yield buf[:size]
            buf = buf[size:]
            chars = sum(len(b.text) for b in buf)
        buf.append(item)
        chars += len(item.text)
        if len(buf) >= ahead:
            yield buf[:size]
            buf = buf[size:]
            chars = sum(len(b.text) for b in buf)
    if workers > 1:
        step = max(1, -(-len(buf) // (4 * workers)))
        for i in range(0, len(buf), step):
            yield buf[i : i + step]
    elif buf:
        yield buf


def process_batch(
    items: list[TextDoc], nlp: Language, prefilter: bool = True
) -> list[DocumentResult]:
    """Records for one batch: texts through ``nlp.pipe``, a long one in parts.

    With ``prefilter`` only the paragraphs that may hold a claim, and their
    context, are parsed (:mod:`claimx.extraction.prefilter`); the records are the same.
    """
    results: dict[int, DocumentResult] = {}
    pending: list[tuple[int, Selection | None, str]] = []
    for n, item in enumerate(items):
        early = _early_result(item)
        if early is not None:
            results[n] = early
            continue
        if len(item.text) > CHUNK_CHARS:  # batch runs send parts; a caller may not
            results[n] = process_one(item, nlp, prefilter)
            continue
        try:
            selection = _select(item.text, nlp, prefilter)
        except Exception as exc:  # the document's record says so; the batch goes on
            results[n] = _failed(item, exc)
            continue
        parsed = item.text if selection is None else selection.text
        if not parsed:
            results[n] = result_with_claims(item, [])
        else:
            pending.append((n, selection, parsed))
    try:
        docs = nlp.pipe([_story_doc(nlp, parsed, items[n].text) for n, _, parsed in pending])
        for (n, selection, _), doc in zip(pending, docs, strict=True):
            claims = _restore(doc._.claims or [], selection)
            if claims is None:  # a span over a left-out paragraph: parse it whole
                results[n] = _process_whole(items[n], nlp, prefilter=False)
            else:
                results[n] = result_with_claims(items[n], claims)
    except Exception:  # one bad document must not sink its batch: redo them one by one
        for n, _, _ in pending:
            if n not in results:
                results[n] = _process_whole(items[n], nlp, prefilter)
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


def process_one(item: TextDoc, nlp: Language, prefilter: bool = True) -> DocumentResult:
    """Parse and extract one document, turning any failure into an error record;
    a long one in parts (:class:`Parts`), as in a batch run."""
    parts = Parts()
    pairs = ((doc, _process_whole(doc, nlp, prefilter)) for doc in parts.split([item]))
    return next(parts.join(pairs))[1]


def _process_whole(item: TextDoc, nlp: Language, prefilter: bool) -> DocumentResult:
    """The record of a document parsed as one text."""
    early = _early_result(item)
    if early is not None:
        return early
    try:
        claims = extract_claims(item.text, nlp, prefilter)
    except Exception as exc:  # one bad document must not stop a batch
        return _failed(item, exc)
    return result_with_claims(item, claims)


def _failed(item: TextDoc, exc: Exception) -> DocumentResult:
    result = empty_result(item)
    result.errors.append(ErrorRecord(code="extract_failed", message=f"{type(exc).__name__}: {exc}"))
    return result


def extract_claims(text: str, nlp: Language, prefilter: bool = True) -> list:
    """The claims of ``text`` parsed as one text, offsets into it."""
    selection = _select(text, nlp, prefilter)
    if selection is not None:
        claims = _restore(nlp(_story_doc(nlp, selection.text, text))._.claims or [], selection)
        if claims is not None:
            return claims
    return nlp(text)._.claims or []


def _story_doc(nlp: Language, parsed: str, whole: str):
    """The paragraphs to parse, as a Doc that carries the whole article's text."""
    doc = nlp.make_doc(parsed)
    if parsed != whole:
        doc.user_data[STORY_KEY] = whole
    return doc


def _select(text: str, nlp: Language, prefilter: bool) -> Selection | None:
    """The paragraphs to parse, or None to parse the whole text."""
    chooser = prefilter_for(nlp) if prefilter else None
    if chooser is None:
        return None
    selection = chooser.select(text)
    return None if selection.runs == [(0, len(text))] else selection


def _restore(claims: list, selection: Selection | None) -> list | None:
    """Claims with offsets into the original text; None if a span crosses a gap."""
    if selection is None:
        return claims
    try:
        return [move_claim(c, selection.span) for c in claims]
    except SpanAcrossGap:
        return None


#: Where a part may end, best first: after a blank line, a line break, a
#: sentence's end (a stop, then a space and a capital or a quote), a space.
CUTS = (
    re.compile(r"\n[ \t]*\n"),
    re.compile(r"\n"),
    re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])"),
    re.compile(r"\s+"),
)


def chunks(text: str, size: int) -> Iterator[tuple[int, str]]:
    """Pieces of at most ``size`` characters and offsets where they start.

    A piece ends at the last paragraph break of its second half, else the last
    line break, sentence end or space there; a text without any (one 60,000
    character word) is cut at ``size``.
    """
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            end = _cut(text, start + size // 2, end)
        yield start, text[start:end]
        start = end


def _cut(text: str, lo: int, hi: int) -> int:
    """The best place to end a piece between ``lo`` and ``hi``."""
    for pattern in CUTS:
        last = None
        for last in pattern.finditer(text, lo, hi):  # noqa: B007  (the last match)
            pass
        if last is not None:
            return last.end()
    return hi


def shift_claim(claim, offset: int):
    """The claim with every character offset moved by ``offset`` (chunk -> document)."""
    if offset == 0:
        return claim
    return move_claim(claim, lambda start, end: (start + offset, end + offset))


@dataclass
class Part:
    """One part of a document read in parts: what is parsed, and where it lies."""

    item: TextDoc  # the whole document
    doc: TextDoc  # the part, parsed as a document of its own
    start: int  # where the part starts in the whole text
    index: int
    count: int


class Parts:
    """Cuts documents longer than ``size`` into parts on the way to the parser and
    joins their records on the way out: one record per document, offsets into
    the whole text, claims numbered through the document.

    Parts flow like documents (batches, worker processes, Dask), so a long
    document is parsed in linear time and bounded memory, by every worker, and
    the progress bar moves with each part (``on_part``).
    """

    def __init__(self, size: int | None = None):
        self.size = size or CHUNK_CHARS
        self.queue: deque[Part] = deque()

    def split(self, items: Iterable[TextDoc]) -> Iterator[TextDoc]:
        for item in items:
            if item.errors or len(item.text) <= self.size:
                self.queue.append(Part(item, item, 0, 0, 1))
                yield item
                continue
            pieces = list(chunks(item.text, self.size))
            for n, (start, text) in enumerate(pieces):
                doc = TextDoc(item.doc_id, text, item.source_path, item.rel_path)
                self.queue.append(Part(item, doc, start, n, len(pieces)))
                yield doc

    def join(
        self,
        pairs: Iterable[tuple[TextDoc, DocumentResult]],
        on_part: Callable[[Part], None] | None = None,
    ) -> Iterator[tuple[TextDoc, DocumentResult]]:
        """(document, record) pairs of the whole documents, in input order."""
        claims: list = []
        errors: list[ErrorRecord] = []
        for _, result in pairs:
            part = self.queue.popleft()
            if part.count == 1:
                yield part.item, result
                continue
            claims.extend(shift_claim(c, part.start) for c in result.claims)
            end = part.start + len(part.doc.text)
            errors.extend(
                ErrorRecord(code=e.code, message=f"characters {part.start}-{end}: {e.message}")
                for e in result.errors
                if e.code != "empty"  # a part of nothing but blank space
            )
            if part.index + 1 < part.count:
                if on_part is not None:
                    on_part(part)
                continue
            joined = result_with_claims(part.item, claims)
            joined.errors.extend(errors)
            claims, errors = [], []
            yield part.item, joined


def move_claim(claim, move: Callable[[int, int], tuple[int, int]]):
    """The claim with every ``start``/``end`` pair replaced by ``move(start, end)``."""
    data = claim.model_dump()

    def visit(obj):
        if isinstance(obj, dict):
            if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int):
                obj["start"], obj["end"] = move(obj["start"], obj["end"])
            for value in obj.values():
                visit(value)
        elif isinstance(obj, list):
            for value in obj:
                visit(value)

    visit(data)
    return type(claim).model_validate(data)


def extract(
    text: str, doc_id: str = "<text>", nlp: Language | None = None, prefilter: bool = True
) -> DocumentResult:
    """Attributed claims of one text: ``claimx.extract("…, she said.")``.

    A value that is no string gives a record with a ``bad_input`` error, as in
    ``extract_many``, rather than an exception from deep inside the parser.
    """
    if not isinstance(text, str):
        message = f"expected the text as a string, got {type(text).__name__}"
        return empty_result(
            TextDoc(doc_id=doc_id, text="", errors=[ErrorRecord(code="bad_input", message=message)])
        )
    return process_one(TextDoc(doc_id=doc_id, text=text), nlp or load_nlp(), prefilter)
