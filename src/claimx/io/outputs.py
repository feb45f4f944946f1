"""Writers: records as JSON and CSV, written atomically (a temporary file, a rename)."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from claimx.records import DocumentResult

CSV_COLUMNS = [
    "doc_id",
    "claim_id",
    "type",
    "speaker",
    "speaker_canonical",
    "speaker_kind",
    "cue",
    "cue_lemma",
    "content",
    "content_start",
    "content_end",
    "confidence",
    "cue_category",
    "speaker_name",
    "speaker_title",
    "speaker_affiliation",
    "speaker_source_type",
]


def temp_beside(path: Path, suffix: str = ".tmp") -> tuple[int, str]:
    """A temporary file next to ``path`` with the permissions a plain ``open`` would give.

    ``mkstemp`` makes files readable by their owner only; an output renamed
    into place should be as readable as any other file the user writes.
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=suffix)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    return fd, tmp


def atomic_write(path: Path, data: str) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = temp_beside(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def record_json(result: DocumentResult, indent: int | None = None) -> str:
    return result.model_dump_json(indent=indent)


def csv_rows(result: DocumentResult) -> Iterator[list]:
    """One CSV row per claim: the contract's columns, then the cue's category and the
    speaker's name, title, affiliation and source type (empty when unknown)."""
    for c in result.claims:
        sp = c.speaker
        yield [
            result.doc_id,
            c.claim_id,
            c.type,
            c.speaker.text if c.speaker else "",
            c.speaker.canonical if c.speaker else "",
            c.speaker.kind if c.speaker else "",
            c.cue.text if c.cue else "",
            c.cue.lemma if c.cue else "",
            c.content.text,
            c.content.start,
            c.content.end,
            c.confidence,
            c.cue.category if c.cue else "",
            (sp.name or "") if sp else "",
            (sp.title or "") if sp else "",
            (sp.affiliation or "") if sp else "",
            (sp.source_type or "") if sp else "",
        ]


def csv_text(rows: Iterable[list], header: bool = True) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    if header:
        writer.writerow(CSV_COLUMNS)
    writer.writerows(rows)
    return buf.getvalue()


def plural(n: int, word: str) -> str:
    """'document' for 1, 'documents' for any other count."""
    return word if n == 1 else f"{word}s"


def counted(n: int, word: str) -> str:
    """'1 claim', '2 claims', '0 documents': a count and its noun, in every summary."""
    return f"{n} {plural(n, word)}"
