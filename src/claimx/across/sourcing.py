"""Sourcing: whom the statements of a collection come from, by source type.

Every claim's speaker carries a ``source_type`` (``named_person``,
``named_organization``, ``document``, ``unnamed_person``, ``unnamed_group``,
``anonymous_source``). An editor checking a newsroom's sourcing wants them
counted per article and for the whole collection, and split three ways:

- **named**: ``named_person`` + ``named_organization`` + a ``document`` whose
  publisher the article names (the speaker's ``name``: *a report by the Harbor
  Institute*);
- **unnamed**: ``unnamed_person`` + ``unnamed_group`` (*a spokesperson*,
  *residents*);
- **anonymous**: ``anonymous_source`` (*a source familiar with the talks*);
- **other**: what is none of these: a document with no publisher named (*the
  report found*), a claim with no speaker (``no_speaker``), a speaker without a
  source type (``unknown``: the output of a claimx older than source types).

So ``named + unnamed + anonymous + other == statements`` always holds.

The summary reads any output ``claimx extract`` writes: JSONL, a JSON array
(``--format json``), a folder of ``.json`` records (``-o DIR``), CSV or
SQLite; folders are walked for all of them. :func:`read_outputs` is the reader
every command that reads claimx output uses. From Python::

    from claimx.across.sourcing import summarize, summarize_records
    summary = summarize(["claims.jsonl"])          # files or folders
    summary.total.named, summary.total.shares["anonymous"]
    summarize_records(claimx.extract_many(texts))  # records in memory
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, computed_field

from claimx.io.outputs import counted
from claimx.records import SOURCE_TYPES, UNNAMED_TYPES

#: A claim with no speaker; a speaker without a source type (older output).
NO_SPEAKER, UNKNOWN = "no_speaker", "unknown"
TYPE_KEYS = (*SOURCE_TYPES, NO_SPEAKER, UNKNOWN)
SPLITS = ("named", "unnamed", "anonymous", "other")
SPLIT_OF_TYPE = {
    "named_person": "named",
    "named_organization": "named",
    "unnamed_person": "unnamed",
    "unnamed_group": "unnamed",
    "anonymous_source": "anonymous",
}
#: Files a folder is searched for.
OUTPUT_SUFFIXES = {".jsonl", ".json", ".csv", ".db", ".sqlite", ".sqlite3"}
SQLITE_MAGIC = b"SQLite format 3\x00"


class SourcingError(ValueError):
    """A path that is not claimx output, or cannot be read; the message says why."""


# -- classifying one speaker ------------------------------------------------------


def _get(obj: Any, name: str) -> Any:
    if obj is None:
        return None
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


def source_type_of(speaker: Any) -> str:
    """The source type of a speaker (a record's dict or a :class:`claimx.records.Speaker`):
    one of :data:`SOURCE_TYPES`, ``no_speaker`` for ``None``, ``unknown`` without one."""
    if speaker is None:
        return NO_SPEAKER
    value = _get(speaker, "source_type")
    return value if value in SOURCE_TYPES else UNKNOWN


def split_of(speaker: Any) -> str:
    """``named``, ``unnamed``, ``anonymous`` or ``other`` (see the module doc)."""
    kind = source_type_of(speaker)
    if kind == "document":
        return "named" if (_get(speaker, "name") or "").strip() else "other"
    return SPLIT_OF_TYPE.get(kind, "other")


# -- counts -------------------------------------------------------------------------


class SourcingCounts(BaseModel):
    """Statements (claims) by source type and by named / unnamed / anonymous / other."""

    statements: int = 0
    by_type: dict[str, int] = Field(
        default_factory=lambda: dict.fromkeys(TYPE_KEYS, 0),
        description="Statements per source type, plus no_speaker and unknown (no source type).",
    )
    document_named: int = Field(
        default=0, description="Statements of documents whose publisher is named (in named)."
    )
    named: int = 0
    unnamed: int = 0
    anonymous: int = 0
    other: int = Field(
        default=0,
        description="Documents without a publisher, claims without a speaker or source type.",
    )

    @computed_field
    @property
    def shares(self) -> dict[str, float]:
        """named / unnamed / anonymous / other as fractions of the statements (0 if none)."""
        n = self.statements
        return {s: round(getattr(self, s) / n, 4) if n else 0.0 for s in SPLITS}

    def add_speaker(self, speaker: Any) -> None:
        """Count one statement by ``speaker`` (``None`` for a claim without one)."""
        kind = source_type_of(speaker)
        split = split_of(speaker)
        self.statements += 1
        self.by_type[kind] = self.by_type.get(kind, 0) + 1
        if kind == "document" and split == "named":
            self.document_named += 1
        setattr(self, split, getattr(self, split) + 1)

    def add_counts(self, other: SourcingCounts) -> None:
        """Add the statements counted in ``other``."""
        self.statements += other.statements
        for kind, n in other.by_type.items():
            self.by_type[kind] = self.by_type.get(kind, 0) + n
        self.document_named += other.document_named
        for split in SPLITS:
            setattr(self, split, getattr(self, split) + getattr(other, split))


class DocumentSourcing(SourcingCounts):
    """The counts of one document."""

    doc_id: str
    path: str = Field(default="", description="The output file the record was read from.")
    errors: list[str] = Field(default_factory=list, description="Error codes: a failed document.")


class GroupSourcing(SourcingCounts):
    """The counts of a file, a folder or the whole run."""

    path: str = ""
    documents: int = 0
    failed: int = Field(default=0, description="Documents with errors (and so no claims).")

    def add_document(self, doc: DocumentSourcing) -> None:
        self.documents += 1
        self.failed += bool(doc.errors)
        self.add_counts(doc)


class Skipped(BaseModel):
    path: str
    reason: str


class SourcingSummary(BaseModel):
    """Per document, per input path and in total."""

    total: GroupSourcing
    inputs: list[GroupSourcing] = Field(description="One per path given.")
    documents: list[DocumentSourcing] | None = Field(
        default=None, description="One per document record (null without per-document)."
    )
    skipped: list[Skipped] = Field(
        default_factory=list, description="Files in a folder that are not claimx output."
    )


def count_claims(claims: Iterable[Any]) -> SourcingCounts:
    """The counts of some claims (record dicts or :class:`claimx.records.Claim`)."""
    counts = SourcingCounts()
    for claim in claims:
        counts.add_speaker(_get(claim, "speaker"))
    return counts


def document_sourcing(record: Any, path: str = "") -> DocumentSourcing:
    """The counts of one record (a dict as claimx writes it, or a ``DocumentResult``)."""
    errors = [str(_get(e, "code")) for e in (_get(record, "errors") or [])]
    doc = DocumentSourcing(doc_id=str(_get(record, "doc_id")), path=path, errors=errors)
    doc.add_counts(count_claims(_get(record, "claims") or []))
    return doc


def summarize_records(
    records: Iterable[Any], path: str = "", per_document: bool = True
) -> SourcingSummary:
    """The summary of records in memory, e.g. those of ``claimx.extract_many``."""
    group = GroupSourcing(path=path)
    docs: list[DocumentSourcing] = []
    for record in records:
        doc = document_sourcing(record, path)
        group.add_document(doc)
        if per_document:
            docs.append(doc)
    total = group.model_copy(deep=True, update={"path": ""})
    return SourcingSummary(total=total, inputs=[group], documents=docs if per_document else None)


def summarize(paths: Iterable[str | Path], per_document: bool = True) -> SourcingSummary:
    """The summary of claimx output files and folders (see :func:`read_outputs`).

    A file given by name that is not claimx output raises :class:`SourcingError`;
    one found in a folder is listed in ``skipped``. A file counts whole or not at
    all: one bad line skips (or, given by name, fails) all of it.
    """
    total = GroupSourcing()
    inputs: list[GroupSourcing] = []
    docs: list[DocumentSourcing] = []
    skipped: list[Skipped] = []
    for raw in paths:
        group = GroupSourcing(path=str(raw))
        for file, record in read_outputs([raw], skipped):
            doc = document_sourcing(record, str(file))
            group.add_document(doc)
            total.add_document(doc)
            if per_document:
                docs.append(doc)
        inputs.append(group)
    return SourcingSummary(
        total=total, inputs=inputs, documents=docs if per_document else None, skipped=skipped
    )


# -- reading claimx output -------------------------------------------------------------


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


def read_outputs(
    paths: Iterable[str | Path], skipped: list[Skipped] | None = None
) -> Iterator[tuple[Path, dict]]:
    """``(file, record)`` for every document record of claimx output files and folders.

    A path is a file in any format ``claimx extract`` writes (see
    :func:`iter_records`) or a folder, walked for them (``-o DIR`` writes one
    ``.json`` per document). Raises :class:`SourcingError`, with a one-line
    reason, for a path that does not exist, a file given by name that is not
    claimx output (a ``.txt`` article, an input ``.jsonl``), or a folder that
    holds none. A file in a folder that is not claimx output fails the same
    way, unless ``skipped`` is given: then it is listed there, whole (its
    records are read before any is yielded), and the walk goes on.
    """
    for raw in paths:
        root = Path(raw)
        if not root.exists():
            raise SourcingError(f"no such file or directory: {root}")
        read, skipped_before = 0, len(skipped or ())
        for file in output_files(root):
            if file == root or skipped is None:
                records: Iterable[dict] = iter_records(file)
            else:
                try:
                    records = list(iter_records(file))
                except SourcingError as exc:
                    skipped.append(Skipped(path=str(file), reason=str(exc)))
                    continue
            for record in records:
                yield file, record
            read += 1
        if root.is_dir() and not read:
            n = len(skipped or ()) - skipped_before
            raise SourcingError(
                f"{root}: no claimx output in this folder (the .jsonl, .json, .csv or .db "
                "files claimx extract writes)"
                + (f"; {n} files in it are not claimx output" if n else "")
            )


def iter_records(path: str | Path) -> Iterator[dict]:
    """The document records of one claimx output file, as claimx writes them in JSON.

    JSONL (one record a line), JSON (an array of records, or one record),
    CSV (one row per claim: documents without claims are not in it; the
    speaker has its text, canonical form, kind, and its name, title,
    affiliation, source type and anonymous flag when the CSV has those
    columns, but no offsets) or SQLite
    (told by its header, whatever the suffix).
    Raises :class:`SourcingError` for anything else.
    """
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise SourcingError(f"cannot read {path}: {exc.strerror or exc}") from None
    suffix = path.suffix.lower()
    if head == SQLITE_MAGIC:
        yield from _sqlite_records(path)
        return
    readers = {".jsonl": _jsonl_records, ".json": _json_records, ".csv": _csv_records}
    if suffix not in readers:
        raise SourcingError(f"{path}: not a claimx output (JSONL, JSON, CSV or SQLite)")
    try:
        yield from readers[suffix](path)
    except UnicodeDecodeError:
        raise SourcingError(f"{path}: not a claimx output (not UTF-8 text)") from None
    except csv.Error as exc:
        raise SourcingError(f"{path}: not a claimx CSV ({exc})") from None


def _record(obj: object, where: str) -> dict:
    if not isinstance(obj, dict) or "doc_id" not in obj or not isinstance(obj.get("claims"), list):
        raise SourcingError(f"{where}: not a claimx output record (no doc_id and claims)")
    return obj


def _jsonl_records(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SourcingError(f"{path}:{n}: not a JSON record ({exc.msg})") from None
            yield _record(obj, f"{path}:{n}")


def _json_records(path: Path) -> Iterator[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise SourcingError(f"{path}: not JSON ({exc.msg}, line {exc.lineno})") from None
    for n, obj in enumerate(data if isinstance(data, list) else [data]):
        yield _record(obj, f"{path}[{n}]" if isinstance(data, list) else str(path))


def _int(value: str | None) -> int | None:
    return int(value) if value not in (None, "") else None


def _csv_records(path: Path) -> Iterator[dict]:
    """Rows of one document follow each other, as claimx writes them."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        if not {"doc_id", "claim_id", "speaker"} <= set(reader.fieldnames or ()):
            raise SourcingError(f"{path}: not a claimx CSV (no doc_id, claim_id, speaker columns)")
        record: dict | None = None
        for row in reader:
            if record is None or record["doc_id"] != row["doc_id"]:
                if record is not None:
                    yield record
                record = {"doc_id": row["doc_id"], "claims": [], "errors": []}
            record["claims"].append(_csv_claim(row))
        if record is not None:
            yield record


def _csv_claim(row: dict) -> dict:
    def cell(name: str) -> str | None:
        return row.get(name) or None

    speaker = None
    if cell("speaker") or cell("speaker_canonical"):
        speaker = {
            "text": row.get("speaker") or "",
            "canonical": row.get("speaker_canonical") or "",
            "kind": cell("speaker_kind"),
            "name": cell("speaker_name"),
            "title": cell("speaker_title"),
            "affiliation": cell("speaker_affiliation"),
            "source_type": cell("speaker_source_type"),
        }
        if "speaker_source_type" in row:
            # no anonymous column: claimx sets the flag from the source type, or from
            # the kind when there is none (a CSV of an older claimx has neither column)
            speaker["anonymous"] = (
                speaker["source_type"] in UNNAMED_TYPES
                if speaker["source_type"]
                else speaker["kind"] in {"anonymous", "group"}
            )
    cue = None
    if cell("cue"):
        cue = {"text": row["cue"], "lemma": cell("cue_lemma"), "category": cell("cue_category")}
    confidence = cell("confidence")
    return {
        "claim_id": row["claim_id"],
        "type": row.get("type") or "",
        "speaker": speaker,
        "cue": cue,
        "content": {
            "text": row.get("content") or "",
            "start": _int(row.get("content_start")),
            "end": _int(row.get("content_end")),
        },
        "confidence": float(confidence) if confidence else None,
    }


def _sqlite_records(path: Path) -> Iterator[dict]:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise SourcingError(f"{path}: cannot open the database ({exc})") from None
    conn.row_factory = sqlite3.Row
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"documents", "claims"} <= tables:
            raise SourcingError(f"{path}: not a claimx database (no documents and claims tables)")
        for doc in conn.execute("SELECT * FROM documents ORDER BY rowid").fetchall():
            claims = conn.execute(
                "SELECT * FROM claims WHERE doc_id = ? ORDER BY rowid", [doc["doc_id"]]
            ).fetchall()
            yield {
                "doc_id": doc["doc_id"],
                "source_path": doc["source_path"],
                "text_sha256": doc["text_sha256"],
                "language": dict(doc).get("language") or "en",
                "claims": [_sqlite_claim(dict(c)) for c in claims],
                "errors": json.loads(doc["errors"] or "[]"),
                "warnings": json.loads(doc["warnings"] or "[]"),
                "meta": json.loads(doc["meta"] or "{}"),
            }
    except sqlite3.Error as exc:
        raise SourcingError(f"{path}: cannot read the database ({exc})") from None
    finally:
        conn.close()


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
            "category": row.get("cue_category"),
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
        "pattern": row.get("pattern"),
    }


# -- rendering ---------------------------------------------------------------------

#: Column headers of the tables: each source type, then the split.
_TYPE_HEADERS = {
    "named_person": "named\nperson",
    "named_organization": "named\norg.",
    "document": "docu-\nment",
    "unnamed_person": "unnamed\nperson",
    "unnamed_group": "unnamed\ngroup",
    "anonymous_source": "anon.\nsource",
    "none": "no\ntype",
}


def _count_cells(c: SourcingCounts) -> list[str]:
    by = c.by_type
    types = [str(by.get(t, 0)) for t in SOURCE_TYPES]
    types.append(str(by.get(NO_SPEAKER, 0) + by.get(UNKNOWN, 0)))
    splits = [str(getattr(c, s)) for s in SPLITS]
    share = f"{c.shares['named']:.0%}" if c.statements else "—"
    return [str(c.statements), *types, *splits, share]


def _table(title: str, first: str, extra: tuple[str, ...] = ()):
    from rich.table import Table

    tab = Table(title=title, show_edge=True, header_style="bold")
    tab.add_column(first, overflow="fold", ratio=1, min_width=12)
    for col in extra:
        tab.add_column(col, justify="right", no_wrap=True)
    tab.add_column("state-\nments", justify="right", no_wrap=True)
    for header in _TYPE_HEADERS.values():
        tab.add_column(header, justify="right", no_wrap=True)
    for split in SPLITS:
        tab.add_column(split, justify="right", no_wrap=True, style="bold")
    tab.add_column("named\nshare", justify="right", no_wrap=True)
    return tab


def render_summary(summary: SourcingSummary, console) -> None:
    """Rich tables: one row per document (if counted), then one per input and the total."""
    from rich.text import Text

    if summary.documents:
        tab = _table(f"Sourcing of {counted(len(summary.documents), 'document')}", "document")
        for doc in summary.documents:
            name = Text(doc.doc_id)
            if doc.errors:
                name.append(f" (failed: {', '.join(doc.errors)})", style="red")
            tab.add_row(name, *_count_cells(doc))
        console.print(tab)
    t = summary.total
    title = (
        f"Sourcing: {counted(t.statements, 'statement')} in {counted(t.documents, 'document')}"
        + (f" ({t.failed} failed)" if t.failed else "")
    )
    tab = _table(title, "input", extra=("docs",))
    for group in summary.inputs if len(summary.inputs) > 1 else []:
        tab.add_row(Text(group.path), str(group.documents), *_count_cells(group))
    tab.add_row(Text("total", style="bold"), str(t.documents), *_count_cells(t))
    console.print(tab)
    console.print(
        Text(
            "named = named person + named organisation + documents with their publisher "
            f"named ({t.document_named}); unnamed = unnamed person + group; anonymous = "
            "anonymous source; other = documents without a publisher, claims without a "
            "speaker or without a source type (no type).",
            style="dim",
        )
    )


#: Keys that say what a count is of: first in the JSON.
_IDENTITY = ("doc_id", "path", "errors", "documents", "failed")


def _identity_first(obj: Any) -> Any:
    if isinstance(obj, list):
        return [_identity_first(x) for x in obj]
    if not isinstance(obj, dict):
        return obj
    keys = [k for k in _IDENTITY if k in obj] + [k for k in obj if k not in _IDENTITY]
    return {
        k: _identity_first(obj[k]) if k in {"total", "inputs", "documents"} else obj[k]
        for k in keys
    }


def summary_dict(summary: SourcingSummary) -> dict:
    """The summary as JSON data, each count's document or path first."""
    data = summary.model_dump(mode="json")
    return {k: _identity_first(v) for k, v in data.items()}


def summary_json(summary: SourcingSummary) -> str:
    return json.dumps(summary_dict(summary), indent=2, ensure_ascii=False) + "\n"
