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
SQLite; folders are walked for all of them, through
:func:`claimx.io.results.read_results`, the reader every command that reads
claimx output uses. From Python::

    from claimx.across.sourcing import summarize, summarize_records
    summary = summarize(["claims.jsonl"])          # files or folders
    summary.total.named, summary.total.shares["anonymous"]
    summarize_records(claimx.extract_many(texts))  # records in memory
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, computed_field

from claimx.io.outputs import counted
from claimx.io.results import Skipped, read_results
from claimx.records import SOURCE_TYPES, Claim, DocumentResult, Speaker

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

# -- classifying one speaker ------------------------------------------------------


def source_type_of(speaker: Speaker | None) -> str:
    """The source type of a speaker: one of :data:`SOURCE_TYPES`, ``no_speaker`` for
    ``None``, ``unknown`` without one."""
    if speaker is None:
        return NO_SPEAKER
    value = speaker.source_type
    return value if value in SOURCE_TYPES else UNKNOWN


def split_of(speaker: Speaker | None) -> str:
    """``named``, ``unnamed``, ``anonymous`` or ``other`` (see the module doc)."""
    kind = source_type_of(speaker)
    if kind == "document":
        return "named" if (speaker.name or "").strip() else "other"
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

    def add_speaker(self, speaker: Speaker | None) -> None:
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


def count_claims(claims: Iterable[Claim]) -> SourcingCounts:
    """The counts of some claims."""
    counts = SourcingCounts()
    for claim in claims:
        counts.add_speaker(claim.speaker)
    return counts


def document_sourcing(record: DocumentResult, path: str = "") -> DocumentSourcing:
    """The counts of one record."""
    errors = [str(e.code) for e in record.errors]
    doc = DocumentSourcing(doc_id=str(record.doc_id), path=path, errors=errors)
    doc.add_counts(count_claims(record.claims))
    return doc


def summarize_records(
    records: Iterable[DocumentResult], path: str = "", per_document: bool = True
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
    """The summary of claimx output files and folders (see
    :func:`claimx.io.results.read_results`).

    A file given by name that is not claimx output raises
    :class:`claimx.io.results.ResultsError`; one found in a folder is listed in
    ``skipped``. A file counts whole or not at all: one bad line skips (or,
    given by name, fails) all of it.
    """
    total = GroupSourcing()
    inputs: list[GroupSourcing] = []
    docs: list[DocumentSourcing] = []
    skipped: list[Skipped] = []
    for raw in paths:
        group = GroupSourcing(path=str(raw))
        for file, result in read_results([raw], skipped):
            doc = document_sourcing(result, str(file))
            group.add_document(doc)
            total.add_document(doc)
            if per_document:
                docs.append(doc)
        inputs.append(group)
    return SourcingSummary(
        total=total, inputs=inputs, documents=docs if per_document else None, skipped=skipped
    )


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
