"""SQLite output: documents, claims and speakers as tables for SQL, Datasette or pandas.

``claimx extract PATH -o claims.db`` writes three tables:

- ``documents``: one row per input document (``doc_id`` primary key), failed
  ones included, with their ``errors`` as JSON;
- ``claims``: one row per claim, the nested record flattened into columns
  (``speaker_canonical``, ``cue_lemma``, ``content_start`` …), with foreign
  keys to ``documents`` and ``speakers``;
- ``speakers``: one row per distinct source: (``canonical``, ``kind``,
  ``name``, ``affiliation``, ``source_type``), so that "who is quoted most" is
  a ``GROUP BY speaker_id``. The title is not part of it: *Maria Ortiz, the
  chief executive* and *Maria Ortiz, the founder* are one speaker, and each
  claim row keeps its ``speaker_title``; *a spokesperson* for two different
  airlines are two.

A database written by an older claimx (without the source columns) is
brought up to date when it is opened with ``--resume``: the missing columns
are added (``NULL`` for the rows already there) and the speakers' unique
key widened.

``claims_fts`` indexes ``claims.content_text`` for full-text search and is
kept up to date by triggers. Each document's rows are written in one
transaction: a run killed at any moment leaves whole documents only, and
``--resume`` skips the ``doc_id`` already in ``documents``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlite_utils import Database

from claimx.records import Claim, DocumentResult

DOCUMENT_COLUMNS = {
    "doc_id": str,
    "source_path": str,
    "text_sha256": str,
    "language": str,
    "n_claims": int,
    "errors": str,
    "warnings": str,
    "meta": str,
}
SPEAKER_COLUMNS = {
    "id": int,
    "canonical": str,
    "kind": str,
    "anonymous": int,
    "name": str,
    "affiliation": str,
    "source_type": str,
}
#: What makes a speaker distinct; NULLs compare equal (a plain unique index would
#: let every row whose name is NULL in again).
SPEAKER_IDENTITY = ("canonical", "kind", "name", "affiliation", "source_type")
SPEAKER_KEY_INDEX = "idx_speakers_identity"
#: The unique key of databases written before the source columns.
OLD_SPEAKER_KEY_INDEX = "idx_speakers_canonical_kind"
CLAIM_COLUMNS = {
    "claim_id": str,
    "doc_id": str,
    "type": str,
    "speaker_text": str,
    "speaker_start": int,
    "speaker_end": int,
    "speaker_canonical": str,
    "speaker_kind": str,
    "speaker_anonymous": int,
    "speaker_name": str,
    "speaker_title": str,
    "speaker_affiliation": str,
    "speaker_source_type": str,
    "speaker_resolved_from_text": str,
    "speaker_resolved_from_start": int,
    "speaker_resolved_from_end": int,
    "speaker_id": int,
    "cue_text": str,
    "cue_lemma": str,
    "cue_category": str,
    "cue_start": int,
    "cue_end": int,
    "content_text": str,
    "content_start": int,
    "content_end": int,
    "content_parts": str,
    "sentence_start": int,
    "sentence_end": int,
    "confidence": float,
    "pattern": str,
}
JSON_COLUMNS = {"errors", "warnings", "meta", "content_parts"}


def open_database(path: str | Path, resume: bool = False) -> Database:
    """The output database with its tables, indexes and full-text index.

    Without ``resume`` an existing file is replaced, as a JSONL output is
    truncated: a fresh run never mixes with an older one.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not resume:
        for stale in (path, *(Path(f"{path}{s}") for s in ("-journal", "-wal", "-shm"))):
            if stale.exists():
                os.unlink(stale)
    db = Database(path)
    db.execute("PRAGMA foreign_keys = ON")
    create_schema(db)
    return db


def create_schema(db: Database) -> None:
    """Create the tables, indexes and FTS index that are not there yet.

    A database of an older claimx gets the columns it lacks, and its speakers'
    unique key on (``canonical``, ``kind``) becomes the wider one of
    :data:`SPEAKER_IDENTITY`, so that a resumed run can add to it.
    """
    db["documents"].create(DOCUMENT_COLUMNS, pk="doc_id", if_not_exists=True)
    db["speakers"].create(SPEAKER_COLUMNS, pk="id", if_not_exists=True)
    db["claims"].create(
        CLAIM_COLUMNS,
        pk="claim_id",
        foreign_keys=[("doc_id", "documents", "doc_id"), ("speaker_id", "speakers", "id")],
        if_not_exists=True,
    )
    _add_missing_columns(db)
    with db.conn:
        db.execute(f"DROP INDEX IF EXISTS {OLD_SPEAKER_KEY_INDEX}")
        identity = ", ".join(
            f"ifnull({c}, '')" if c in {"name", "affiliation", "source_type"} else c
            for c in SPEAKER_IDENTITY
        )
        db.execute(
            f"CREATE UNIQUE INDEX IF NOT EXISTS {SPEAKER_KEY_INDEX} ON speakers ({identity})"
        )
    for column in ("doc_id", "speaker_id", "cue_lemma", "speaker_source_type"):
        db["claims"].create_index([column], if_not_exists=True)
    if not db["claims"].detect_fts():
        db["claims"].enable_fts(["content_text"], create_triggers=True, tokenize="porter")


def _add_missing_columns(db: Database) -> None:
    """Columns that an older claimx did not write, added at the end of their table."""
    for table, columns in (("speakers", SPEAKER_COLUMNS), ("claims", CLAIM_COLUMNS)):
        have = db[table].columns_dict
        for column, type_ in columns.items():
            if column not in have:
                db[table].add_column(column, type_)


def completed_ids(path: str | Path) -> set[str]:
    """doc_ids already written: each has all its rows, since documents commit whole."""
    if not Path(path).exists():
        return set()
    db = Database(path)
    try:
        if "documents" not in db.table_names():
            return set()
        return {row[0] for row in db.execute("SELECT doc_id FROM documents")}
    finally:
        db.close()


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def document_row(result: DocumentResult) -> dict:
    """The ``documents`` row of a record; lists and dicts as JSON text."""
    return {
        "doc_id": result.doc_id,
        "source_path": result.source_path,
        "text_sha256": result.text_sha256,
        "language": result.language,
        "n_claims": len(result.claims),
        "errors": _json([e.model_dump() for e in result.errors]),
        "warnings": _json([w.model_dump() for w in result.warnings]),
        "meta": _json(result.meta),
    }


def claim_row(doc_id: str, claim: Claim, speaker_id: int | None) -> dict:
    """The ``claims`` row of one claim: the nested record flattened, ``None`` for absent parts."""
    sp, cue, content = claim.speaker, claim.cue, claim.content
    resolved = sp.resolved_from if sp else None
    return {
        "claim_id": claim.claim_id,
        "doc_id": doc_id,
        "type": claim.type,
        "speaker_text": sp.text if sp else None,
        "speaker_start": sp.start if sp else None,
        "speaker_end": sp.end if sp else None,
        "speaker_canonical": sp.canonical if sp else None,
        "speaker_kind": sp.kind if sp else None,
        "speaker_anonymous": int(sp.anonymous) if sp else None,
        "speaker_name": sp.name if sp else None,
        "speaker_title": sp.title if sp else None,
        "speaker_affiliation": sp.affiliation if sp else None,
        "speaker_source_type": sp.source_type if sp else None,
        "speaker_resolved_from_text": resolved.text if resolved else None,
        "speaker_resolved_from_start": resolved.start if resolved else None,
        "speaker_resolved_from_end": resolved.end if resolved else None,
        "speaker_id": speaker_id,
        "cue_text": cue.text if cue else None,
        "cue_lemma": cue.lemma if cue else None,
        "cue_category": cue.category if cue else None,
        "cue_start": cue.start if cue else None,
        "cue_end": cue.end if cue else None,
        "content_text": content.text,
        "content_start": content.start,
        "content_end": content.end,
        "content_parts": _json([p.model_dump() for p in content.parts]),
        "sentence_start": claim.sentence.start,
        "sentence_end": claim.sentence.end,
        "confidence": claim.confidence,
        "pattern": claim.pattern,
    }


class SqliteSink:
    """Writes records into a SQLite file, one transaction per document."""

    def __init__(self, path: str | Path, resume: bool = False):
        self.db = open_database(path, resume=resume)

    def write(self, result: DocumentResult) -> bool:
        """Insert the document and its claims; False (nothing written) if its doc_id is there.

        A repeated ``doc_id`` (a ``duplicate_id`` error record) cannot take the
        primary key of the first, which is kept.
        """
        with self.db.atomic():
            if self.db.execute(
                "SELECT 1 FROM documents WHERE doc_id = ?", [result.doc_id]
            ).fetchone():
                return False
            self.db["documents"].insert(document_row(result))
            rows = [claim_row(result.doc_id, c, self.speaker_id(c)) for c in result.claims]
            if rows:
                self.db["claims"].insert_all(rows)
        return True

    def speaker_id(self, claim: Claim) -> int | None:
        """The ``speakers`` id of the claim's source (see :data:`SPEAKER_IDENTITY`),
        added on first sight."""
        sp = claim.speaker
        if sp is None:
            return None
        identity = [sp.canonical, sp.kind, sp.name, sp.affiliation, sp.source_type]
        self.db.execute(
            "INSERT OR IGNORE INTO speakers"
            " (canonical, kind, name, affiliation, source_type, anonymous)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [*identity, int(sp.anonymous)],
        )
        row = self.db.execute(
            "SELECT id FROM speakers WHERE canonical = ? AND kind = ?"
            " AND ifnull(name, '') = ifnull(?, '') AND ifnull(affiliation, '') = ifnull(?, '')"
            " AND ifnull(source_type, '') = ifnull(?, '')",
            identity,
        ).fetchone()
        return row[0]

    def close(self) -> None:
        self.db.close()
