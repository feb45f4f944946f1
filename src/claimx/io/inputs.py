"""Readers: .txt files, .jsonl records, directories, standard input, Python values.

Readers never raise on a bad document: they yield a :class:`TextDoc` carrying
an error, so the batch goes on and the document still gets a record.
Text is decoded exactly (UTF-8, BOM removed); nothing else is changed, so
offsets index the user's text.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from claimx.records import ErrorRecord

INPUT_SUFFIXES = {".txt", ".jsonl"}


@dataclass
class TextDoc:
    """One input document: its id, text, where it came from, and scalar metadata."""

    doc_id: str
    text: str
    source_path: str | None = None
    rel_path: str | None = None
    meta: dict = field(default_factory=dict)
    errors: list[ErrorRecord] = field(default_factory=list)
    warnings: list[ErrorRecord] = field(default_factory=list)
    #: SHA-256 of the file's bytes when they could not be read as text (binary,
    #: undecodable), so that two such files are not taken for the same document.
    bytes_sha256: str | None = None

    def __post_init__(self) -> None:
        # A lone surrogate (a JSON "\ud800", a file name that is not UTF-8) is no
        # character: no output could hold it. Each becomes U+FFFD, one for one, so
        # offsets still index the text.
        if _SURROGATE.search(self.text):
            self.text = _SURROGATE.sub("\ufffd", self.text)
            self.warnings.append(
                ErrorRecord(
                    code="replaced_surrogates",
                    message="lone surrogates (not characters) replaced by U+FFFD",
                )
            )
        self.doc_id = _no_surrogates(self.doc_id)
        self.source_path = self.source_path and _no_surrogates(self.source_path)
        self.rel_path = self.rel_path and _no_surrogates(self.rel_path)
        for key, value in list(self.meta.items()):
            if isinstance(value, str) and _SURROGATE.search(value):
                self.meta[key] = _no_surrogates(value)
            if _SURROGATE.search(key):
                self.meta[_no_surrogates(key)] = self.meta.pop(key)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(text: str) -> str:
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


_CONTROL = {chr(c) for c in range(32) if chr(c) not in "\t\n\r\f"}


def decode_bytes(data: bytes, lines: bool = False) -> tuple[str | None, list[ErrorRecord]]:
    """Text of ``data`` and any warnings; ``None`` text with an error when it is not text.

    ``lines``: the data is JSONL, whose lines are read one by one: a stray NUL byte
    makes its own line a bad record, not the whole file binary (a file of more
    than 1% NUL bytes still is).
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8")
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _strict(data[2:], enc)
    head = data[:8192]
    if b"\x00" in head and (not lines or head.count(b"\x00") > len(head) // 100):
        return None, [ErrorRecord(code="binary", message="file holds binary data, not text")]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    # Most English web text that is not UTF-8 is Windows-1252; short texts are too
    # ambiguous for statistical detection, so it is tried first.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and not any(ch in text for ch in _CONTROL):
        warning = ErrorRecord(
            code="decoded_as", message="not UTF-8; decoded as cp1252 (Windows-1252)"
        )
        return text, [warning]
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - it is a dependency
        best = None
    else:
        best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return None, [ErrorRecord(code="not_text", message="cannot decode the file as text")]
    warning = ErrorRecord(
        code="decoded_as",
        message=f"not UTF-8; decoded as {best.encoding} (offsets index the decoded text)",
    )
    return str(best), [warning]


def _strict(data: bytes, encoding: str) -> tuple[str | None, list[ErrorRecord]]:
    try:
        return data.decode(encoding), []
    except UnicodeDecodeError as exc:
        return None, [ErrorRecord(code="decode_error", message=f"invalid {encoding}: {exc}")]


def read_text_file(path: Path, doc_id: str, rel: str) -> TextDoc:
    """A .txt file as one document."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _failed(
            doc_id, path, rel, "unreadable", f"cannot read {path}: {exc.strerror or exc}"
        )
    text, problems = decode_bytes(data)
    if text is None:
        digest = hashlib.sha256(data).hexdigest()
        return TextDoc(doc_id, "", str(path), rel, errors=problems, bytes_sha256=digest)
    return TextDoc(doc_id, text, str(path), rel, warnings=problems)


def _failed(doc_id: str, path: Path | str, rel: str | None, code: str, message: str) -> TextDoc:
    return TextDoc(doc_id, "", str(path), rel, errors=[ErrorRecord(code=code, message=message)])


def read_jsonl(path: Path, rel: str) -> Iterator[TextDoc]:
    """Records ``{"id": …, "text": …}`` of a JSONL file; a bad line becomes an error record."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _failed(rel, path, rel, "unreadable", f"cannot read {path}: {exc.strerror or exc}")
        return
    text, problems = decode_bytes(data, lines=True)
    if text is None:
        digest = hashlib.sha256(data).hexdigest()
        yield TextDoc(rel, "", str(path), rel, errors=problems, bytes_sha256=digest)
        return
    for lineno, line in enumerate(jsonl_lines(text), start=1):
        if not line.strip():
            continue
        yield jsonl_record(line, path, rel, lineno)


def jsonl_lines(text: str) -> list[str]:
    """The lines of a JSONL text. A record ends at a line feed only:
    ``str.splitlines()`` also cuts at U+2028, U+2029, U+0085 and other
    separators, which a JSON string may hold unescaped."""
    return [line.removesuffix("\r") for line in text.split("\n")]


def jsonl_record(line: str, path: Path | str, rel: str, lineno: int) -> TextDoc:
    """One JSONL line as a document; other scalar keys go to ``meta``."""
    where = f"{rel}:{lineno}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return _failed(where, path, rel, "bad_jsonl", f"{where}: invalid JSON: {exc.msg}")
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return _failed(where, path, rel, "bad_jsonl", f'{where}: expected an object with "text"')
    return record_doc(obj, where, str(path), rel)


def record_doc(obj: dict, default_id: str, source_path: str | None, rel: str | None) -> TextDoc:
    """A ``{"id", "text", …}`` object as a document; other scalar keys go to ``meta``.

    Shared by JSONL lines and the dicts given to ``claimx.extract_many``, so both
    read ids and metadata the same way.
    """
    doc_id = obj.get("id", obj.get("doc_id"))
    doc_id = default_id if doc_id is None else str(doc_id)
    meta = {
        k: v
        for k, v in obj.items()
        if k not in {"id", "doc_id", "text"}
        and (v is None or isinstance(v, str | int | float | bool))
    }
    return TextDoc(doc_id, obj["text"].removeprefix("\ufeff"), source_path, rel, meta=meta)


def python_inputs(inputs: Iterable[object]) -> Iterator[TextDoc]:
    """Documents from Python values: strings, ``(id, text)`` pairs or ``{"id", "text"}`` dicts.

    A value of any other shape becomes an error record (``bad_input``) with the
    position as its id, so one bad value never stops the others. Strings get
    their position (``"0"``, ``"1"``, …) as id.
    """
    for n, value in enumerate(inputs):
        where = str(n)
        if isinstance(value, str):
            yield TextDoc(where, value.removeprefix("\ufeff"))
        elif isinstance(value, dict) and isinstance(value.get("text"), str):
            yield record_doc(value, where, None, None)
        elif (
            isinstance(value, tuple | list)
            and len(value) == 2
            and isinstance(value[1], str)
            and not isinstance(value[0], dict | list | tuple)
        ):
            doc_id = where if value[0] is None else str(value[0])
            yield TextDoc(doc_id, value[1].removeprefix("\ufeff"))
        else:
            message = (
                f"input {n}: expected a string, an (id, text) pair or a dict with a "
                f'string "text", got {type(value).__name__}'
            )
            yield TextDoc(where, "", errors=[ErrorRecord(code="bad_input", message=message)])


def walk(root: Path) -> list[Path]:
    """Input files below ``root``, recursively, sorted; symlink loops are not followed twice."""
    found: list[Path] = []
    seen: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in seen:
            dirnames[:] = []
            continue
        seen.add(real)
        dirnames.sort()
        for name in sorted(filenames):
            p = Path(dirpath) / name
            if p.suffix.lower() in INPUT_SUFFIXES:
                found.append(p)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def iter_inputs(paths: Iterable[str]) -> Iterator[TextDoc]:
    """Documents from files, directories, JSONL files and ``-`` (stdin), in order."""
    for raw in paths:
        if raw == "-":
            data = sys.stdin.buffer.read()
            text, problems = decode_bytes(data)
            if text is None:
                yield TextDoc("<stdin>", "", None, "<stdin>", errors=problems)
            else:
                yield TextDoc("<stdin>", text, None, "<stdin>", warnings=problems)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in walk(path):
                rel = file.relative_to(path).as_posix()
                yield from _read_file(file, rel)
        else:
            yield from _read_file(path, path.name)


def _read_file(path: Path, rel: str) -> Iterator[TextDoc]:
    if path.suffix.lower() == ".jsonl":
        yield from read_jsonl(path, rel)
    else:
        yield read_text_file(path, rel, rel)
