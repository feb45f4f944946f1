"""Reading claimx's own output back: every format ``claimx extract`` writes, as records.

:func:`read_results` is the one reader of claimx output: ``claimx table``,
``speakers``, ``cluster``, ``sourcing``, ``show`` and ``eval --pred`` all read
through it. It takes files and folders and yields each document's
:class:`~claimx.records.DocumentResult` with the file it came from::

    from claimx.io.results import read_results
    for file, result in read_results(["claims.jsonl", "out/"]):
        for claim in result.claims:
            print(result.doc_id, claim.speaker and claim.speaker.canonical, claim.content.text)

The formats: JSONL (one record a line), JSON (an array of records, or one
record: ``-o DIR`` writes one ``.json`` per document), CSV and SQLite (told by
its header, whatever the suffix). JSONL, JSON and SQLite hold whole records,
and each is validated with ``DocumentResult.model_validate``.

A CSV has one row per claim and less than a record: documents without claims
are not in it, and it has no offsets of speakers and cues, no sentence, no
content parts, no rule name, no source path and no ``text_sha256``. Its records
are therefore built without validation (pydantic's ``model_construct`` on each
model), with what the CSV lacks set to ``None``: ``text_sha256``,
``source_path``, the speaker's and the cue's ``start``/``end``, the speaker's
``resolved_from``, ``content.parts``, ``sentence`` and ``pattern``;
``language`` is ``"en"``, ``errors`` and ``warnings`` are empty. The speaker's
``anonymous`` is set from its source type as claimx sets it, and is ``None``
in the CSV of a claimx older than source types (no ``speaker_source_type``
column). Code that needs offsets refuses a CSV (``claimx show``, ``claimx
eval``): the file's suffix says which it is.

Anything that is not claimx output (a ``.txt`` article, an input ``.jsonl``, a
torn line, a record that is not whole) raises :class:`ResultsError`, a
``ValueError`` with a one-line reason naming the file.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import BaseModel, ValidationError

from claimx.records import (
    UNNAMED_TYPES,
    Claim,
    Content,
    Cue,
    DocumentResult,
    Speaker,
)

#: Files a folder is searched for.
OUTPUT_SUFFIXES = {".jsonl", ".json", ".csv", ".db", ".sqlite", ".sqlite3"}
SQLITE_MAGIC = b"SQLite format 3\x00"


class ResultsError(ValueError):
    """A path that is not claimx output, or cannot be read; the message says why, on one line."""


class Skipped(BaseModel):
    """A file found in a folder that is not claimx output, and why."""

    path: str
    reason: str


def output_files(path: Path) -> list[Path]:
    """``path`` itself, or the output files below a folder (recursively, sorted)."""
    if not path.is_dir():
        return [path]
    found = []
    for dirpath, dirnames, filenames in os.walk(path):
        dirnames.sort()
        for name in sorted(filenames):
            if Path(name).suffix.lower() in OUTPUT_SUFFIXES and not name.startswith("."):
                found.append(Path(dirpath) / name)
    return sorted(found, key=lambda p: p.relative_to(path).as_posix())


def read_results(
    paths: Iterable[str | Path], skipped: list[Skipped] | None = None
) -> Iterator[tuple[Path, DocumentResult]]:
    """``(file, result)`` for every document record of claimx output files and folders.

    A path is a file in any format ``claimx extract`` writes (see
    :func:`iter_results`) or a folder, walked for them. Raises
    :class:`ResultsError`, with a one-line reason, for a path that does not
    exist, a file given by name that is not claimx output (a ``.txt`` article,
    an input ``.jsonl``), or a folder that holds none. A file in a folder that
    is not claimx output fails the same way, unless ``skipped`` is given: then
    it is listed there, whole (its records are read before any is yielded),
    and the walk goes on. Records of a CSV are partial: see the module doc.
    """
    for raw in paths:
        root = Path(raw)
        if not root.exists():
            raise ResultsError(f"no such file or directory: {root}")
        read, skipped_before = 0, len(skipped or ())
        for file in output_files(root):
            if file == root or skipped is None:
                results: Iterable[DocumentResult] = iter_results(file)
            else:
                try:
                    results = list(iter_results(file))
                except ResultsError as exc:
                    skipped.append(Skipped(path=str(file), reason=str(exc)))
                    continue
            for result in results:
                yield file, result
            read += 1
        if root.is_dir() and not read:
            n = len(skipped or ()) - skipped_before
            raise ResultsError(
                f"{root}: no claimx output in this folder (the .jsonl, .json, .csv or .db "
                "files claimx extract writes)"
                + (f"; {n} files in it are not claimx output" if n else "")
            )


def iter_results(path: str | Path) -> Iterator[DocumentResult]:
    """The document records of one claimx output file.

    JSONL (one record a line), JSON (an array of records, or one record) and
    SQLite (told by its header, whatever the suffix) give whole records,
    validated; CSV gives records built from its rows without validation, with
    what a CSV lacks (offsets, ``text_sha256`` …) set to ``None`` (see the
    module doc). Raises :class:`ResultsError` for anything else.
    """
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise ResultsError(f"cannot read {path}: {exc.strerror or exc}") from None
    if head == SQLITE_MAGIC:
        yield from _sqlite_results(path)
        return
    readers = {".jsonl": _jsonl_results, ".json": _json_results, ".csv": _csv_results}
    suffix = path.suffix.lower()
    if suffix not in readers:
        raise ResultsError(f"{path}: not a claimx output (JSONL, JSON, CSV or SQLite)")
    try:
        yield from readers[suffix](path)
    except UnicodeDecodeError:
        raise ResultsError(f"{path}: not a claimx output (not UTF-8 text)") from None
    except csv.Error as exc:
        raise ResultsError(f"{path}: not a claimx CSV ({exc})") from None


# -- whole records: JSONL, JSON, SQLite ---------------------------------------------------


def _validated(obj: object, where: str) -> DocumentResult:
    """A record as claimx writes it in JSON, validated."""
    if not isinstance(obj, dict) or "doc_id" not in obj or not isinstance(obj.get("claims"), list):
        raise ResultsError(f"{where}: not a claimx output record (no doc_id and claims)")
    try:
        return DocumentResult.model_validate(obj)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise ResultsError(
            f"{where}: record {obj.get('doc_id')!r} is not a whole claimx record "
            f"({field}: {first['msg']})"
        ) from None


def _jsonl_results(path: Path) -> Iterator[DocumentResult]:
    with path.open(encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ResultsError(f"{path}:{n}: not a JSON record ({exc.msg})") from None
            yield _validated(obj, f"{path}:{n}")


def _json_results(path: Path) -> Iterator[DocumentResult]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise ResultsError(f"{path}: not JSON ({exc.msg}, line {exc.lineno})") from None
    for n, obj in enumerate(data if isinstance(data, list) else [data]):
        yield _validated(obj, f"{path}[{n}]" if isinstance(data, list) else str(path))


def _sqlite_results(path: Path) -> Iterator[DocumentResult]:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ResultsError(f"{path}: cannot open the database ({exc})") from None
    conn.row_factory = sqlite3.Row
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"documents", "claims"} <= tables:
            raise ResultsError(f"{path}: not a claimx database (no documents and claims tables)")
        for doc in conn.execute("SELECT * FROM documents ORDER BY rowid").fetchall():
            claims = conn.execute(
                "SELECT * FROM claims WHERE doc_id = ? ORDER BY rowid", [doc["doc_id"]]
            ).fetchall()
            record = {
                "doc_id": doc["doc_id"],
                "source_path": doc["source_path"],
                "text_sha256": doc["text_sha256"],
                "language": dict(doc).get("language") or "en",
                "claims": [_sqlite_claim(dict(c)) for c in claims],
                "errors": json.loads(doc["errors"] or "[]"),
                "warnings": json.loads(doc["warnings"] or "[]"),
                "meta": json.loads(doc["meta"] or "{}"),
            }
            yield _validated(record, str(path))
    except sqlite3.Error as exc:
        raise ResultsError(f"{path}: cannot read the database ({exc})") from None
    finally:
        conn.close()


def _given(**values: object) -> dict:
    """The values that are not ``None``: a column an older database lacks takes the
    model's default."""
    return {k: v for k, v in values.items() if v is not None}


def _sqlite_claim(row: dict) -> dict:
    """A claim as claimx writes it in JSON, from its row (the columns an older
    database lacks are ``None``)."""
    speaker = None
    if row.get("speaker_text") is not None:
        resolved = None
        if row.get("speaker_resolved_from_text") is not None:
            resolved = {
                "text": row["speaker_resolved_from_text"],
                "start": row.get("speaker_resolved_from_start"),
                "end": row.get("speaker_resolved_from_end"),
            }
        speaker = {
            "text": row["speaker_text"],
            "start": row.get("speaker_start"),
            "end": row.get("speaker_end"),
            "canonical": row.get("speaker_canonical"),
            "kind": row.get("speaker_kind"),
            "anonymous": bool(row.get("speaker_anonymous")),
            "resolved_from": resolved,
            "name": row.get("speaker_name"),
            "title": row.get("speaker_title"),
            "affiliation": row.get("speaker_affiliation"),
            "source_type": row.get("speaker_source_type"),
        }
    cue = None
    if row.get("cue_text") is not None:
        cue = {
            "text": row["cue_text"],
            "start": row.get("cue_start"),
            "end": row.get("cue_end"),
            "lemma": row.get("cue_lemma"),
            **_given(category=row.get("cue_category")),
        }
    return {
        "claim_id": row["claim_id"],
        "type": row.get("type"),
        "speaker": speaker,
        "cue": cue,
        "content": {
            "text": row.get("content_text"),
            "start": row.get("content_start"),
            "end": row.get("content_end"),
            "parts": json.loads(row.get("content_parts") or "[]"),
        },
        "sentence": {"start": row.get("sentence_start"), "end": row.get("sentence_end")},
        "confidence": row.get("confidence"),
        **_given(pattern=row.get("pattern")),
    }


# -- partial records: CSV ----------------------------------------------------------------


def _int(value: str | None) -> int | None:
    return int(value) if value not in (None, "") else None


def _csv_results(path: Path) -> Iterator[DocumentResult]:
    """Rows of one document follow each other, as claimx writes them."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        if not {"doc_id", "claim_id", "speaker"} <= set(reader.fieldnames or ()):
            raise ResultsError(f"{path}: not a claimx CSV (no doc_id, claim_id, speaker columns)")
        result: DocumentResult | None = None
        for row in reader:
            if result is None or result.doc_id != row["doc_id"]:
                if result is not None:
                    yield result
                result = DocumentResult.model_construct(
                    doc_id=row["doc_id"],
                    source_path=None,
                    text_sha256=None,
                    language="en",
                    claims=[],
                    errors=[],
                    warnings=[],
                    meta={},
                )
            result.claims.append(_csv_claim(row))
        if result is not None:
            yield result


def _csv_claim(row: dict) -> Claim:
    """A claim from its CSV row, unvalidated: what the row lacks is ``None``."""

    def cell(name: str) -> str | None:
        return row.get(name) or None

    speaker = None
    if cell("speaker") or cell("speaker_canonical"):
        source_type = cell("speaker_source_type")
        kind = cell("speaker_kind")
        anonymous = None
        if "speaker_source_type" in row:
            # no anonymous column: claimx sets the flag from the source type, or from
            # the kind when there is none (a CSV of an older claimx has neither column)
            anonymous = (
                source_type in UNNAMED_TYPES if source_type else kind in {"anonymous", "group"}
            )
        speaker = Speaker.model_construct(
            text=row.get("speaker") or "",
            start=None,
            end=None,
            canonical=row.get("speaker_canonical") or "",
            kind=kind,
            anonymous=anonymous,
            resolved_from=None,
            name=cell("speaker_name"),
            title=cell("speaker_title"),
            affiliation=cell("speaker_affiliation"),
            source_type=source_type,
        )
    cue = None
    if cell("cue"):
        cue = Cue.model_construct(
            text=row["cue"],
            start=None,
            end=None,
            lemma=cell("cue_lemma"),
            category=cell("cue_category"),
        )
    confidence = cell("confidence")
    return Claim.model_construct(
        claim_id=row["claim_id"],
        type=row.get("type") or "",
        speaker=speaker,
        cue=cue,
        content=Content.model_construct(
            text=row.get("content") or "",
            start=_int(row.get("content_start")),
            end=_int(row.get("content_end")),
            parts=None,
        ),
        sentence=None,
        confidence=float(confidence) if confidence else None,
        pattern=None,
    )
