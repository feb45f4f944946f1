"""``claimx show``: one document with its claims highlighted, in the terminal or as HTML.

An analyst checking what claimx found wants to see the claims *in* the text:
speaker, cue and content in three colours, each claim numbered at its cue,
then a table of the claims, with each speaker's source: its type, name, title
and affiliation. The terminal view uses rich; the HTML page uses
displaCy's span visualiser, so the same picture can be opened in a browser,
attached to a ticket or embedded in a notebook. The page is standalone: no
script, font or stylesheet is fetched from anywhere.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimx.io.inputs import (
    TextDoc,
    decode_bytes,
    jsonl_lines,
    jsonl_record,
    read_text_file,
    record_doc,
)
from claimx.io.outputs import counted
from claimx.records import Claim, DocumentResult

#: One colour per role, used by both the terminal and the HTML views.
ROLES = ("SPEAKER", "CUE", "CONTENT")
TERMINAL_STYLES = {"SPEAKER": "bold magenta", "CUE": "bold black on yellow", "CONTENT": "green"}
MARK_STYLE = "bold white on blue"
HTML_COLORS = {"SPEAKER": "#d7b5f5", "CUE": "#ffd54f", "CONTENT": "#b7e4a8"}
#: ``doc.spans`` key of the Doc given to displaCy.
SPANS_KEY = "claimx"


class ShowError(ValueError):
    """The document to show cannot be found or read; the message says why."""


@dataclass
class Shown:
    """A document's text and its record, ready to render."""

    text: str
    result: DocumentResult


# -- finding the document ------------------------------------------------------


def load_shown(path: Path, doc_id: str | None = None, model: str | None = None) -> Shown:
    """The document at ``path`` (record ``doc_id``, else the first) with its claims.

    ``path`` is an input (a ``.txt`` file, or a ``.jsonl`` of ``{"id", "text"}``
    records), which is run through claimx, or a claimx output: JSONL, JSON (an
    array, or a folder of one ``.json`` per document) or SQLite, read with
    :func:`claimx.io.results.read_results`, whose claims are shown as they were
    written, over the text read back from the record's ``source_path`` (checked
    against ``text_sha256``). A ``.jsonl`` or ``.json`` file is claimx output
    when its first record is (``doc_id`` and ``claims``, no ``text``). A CSV
    output is refused: it has neither the speakers' and cues' offsets nor the
    source path.
    """
    from claimx.io.results import SQLITE_MAGIC

    if not path.exists():
        raise ShowError(f"no such file or directory: {path}")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        raise ShowError(
            f"{path}: a CSV output has no offsets of speakers and cues, nor the path of "
            "the text: show the JSONL, JSON or SQLite output, or the input file"
        )
    if path.is_dir() or _head(path) == SQLITE_MAGIC:
        return _from_output(path, doc_id)
    if suffix not in {".jsonl", ".json"}:
        item = read_text_file(path, path.name, path.name)
        return _extracted(item, model)
    first = next(_objects(path), None)
    if first is not None and _is_output(first):
        return _from_output(path, doc_id)
    for obj in _objects(path):
        if doc_id is not None and str(obj.get("id", obj.get("doc_id"))) != doc_id:
            continue
        if isinstance(obj.get("text"), str):
            default = f"{path.name}:{obj.get('_line', 1)}"
            return _extracted(record_doc(_public(obj), default, str(path), path.name), model)
    if doc_id is None:
        raise ShowError(f"{path} holds no record with a text or claims")
    raise ShowError(f"no record with id {doc_id!r} in {path}")


def _is_output(obj: dict) -> bool:
    """A record of claimx output, not an input record ``{"id", "text"}``."""
    return "claims" in obj and "doc_id" in obj and not isinstance(obj.get("text"), str)


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(16)
    except OSError as exc:
        raise ShowError(f"cannot read {path}: {exc.strerror or exc}") from None


def _from_output(path: Path, doc_id: str | None) -> Shown:
    """A record of claimx output: a JSONL, JSON or SQLite file, or a folder of them."""
    from claimx.io.results import ResultsError, read_results

    try:
        for file, result in read_results([path]):
            if doc_id is None or str(result.doc_id) == doc_id:
                return Shown(_source_text(result, file), result)
    except ResultsError as exc:
        raise ShowError(str(exc)) from None
    if doc_id is None:
        raise ShowError(f"{path} holds no record")
    raise ShowError(f"no record with id {doc_id!r} in {path}")


def _objects(path: Path):
    """The JSON objects of a JSONL file (line by line) or a JSON file (object or array)."""
    text, problems = decode_bytes(path.read_bytes())
    if text is None:
        raise ShowError(f"{path}: {problems[0].message}")
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ShowError(f"{path}: not JSON ({exc.msg}, line {exc.lineno})") from None
        yield from (
            obj for obj in (data if isinstance(data, list) else [data]) if isinstance(obj, dict)
        )
        return
    for lineno, line in enumerate(jsonl_lines(text), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ShowError(f"{path}:{lineno}: invalid JSON: {exc.msg}") from None
        if isinstance(obj, dict):
            yield {**obj, "_line": lineno}


def _public(obj: dict) -> dict:
    return {k: v for k, v in obj.items() if k != "_line"}


def _extracted(item: TextDoc, model: str | None) -> Shown:
    from claimx.nlp.load import DEFAULT_MODEL, load_nlp
    from claimx.run.documents import process_one

    if item.errors:
        raise ShowError(f"{item.source_path}: {item.errors[0].message}")
    return Shown(item.text, process_one(item, load_nlp(model or DEFAULT_MODEL)))


def _source_text(result: DocumentResult, output_path: Path) -> str:
    """The text an output record was made from, read back from its ``source_path``."""
    from claimx.run.documents import sha256

    if not result.source_path:
        raise ShowError(f"record {result.doc_id!r} has no source_path: show the input file instead")
    source = Path(result.source_path)
    candidates = [source] if source.is_absolute() else [source, output_path.parent / source]
    found = next((p for p in candidates if p.is_file()), None)
    if found is None:
        raise ShowError(
            f"cannot find {result.source_path}, the source of {result.doc_id!r}: "
            "run from the directory claimx extract ran in, or show the input file"
        )
    if found.suffix.lower() == ".jsonl":
        text = None
        for lineno, line in enumerate(jsonl_lines(found.read_text(encoding="utf-8")), 1):
            if line.strip():
                item = jsonl_record(line, found, found.name, lineno)
                if item.doc_id == result.doc_id:
                    text = item.text
                    break
    else:
        text = read_text_file(found, result.doc_id, result.doc_id).text
    if text is None or sha256(text) != result.text_sha256:
        raise ShowError(
            f"{found} is not the text {result.doc_id!r} was extracted from "
            "(text_sha256 differs): extract it again"
        )
    return text


# -- terminal ------------------------------------------------------------------


def claim_spans(claim: Claim) -> list[tuple[str, int, int]]:
    """(role, start, end) of the speaker, cue and content parts of one claim."""
    spans: list[tuple[str, int, int]] = [("CONTENT", p.start, p.end) for p in claim.content.parts]
    if claim.speaker is not None:
        spans.append(("SPEAKER", claim.speaker.start, claim.speaker.end))
        if claim.speaker.resolved_from is not None:
            mention = claim.speaker.resolved_from
            spans.append(("SPEAKER", mention.start, mention.end))
    if claim.cue is not None:
        spans.append(("CUE", claim.cue.start, claim.cue.end))
    return spans


def mark_position(claim: Claim) -> int:
    """Where the claim's number goes: right after its cue, else before its content."""
    return claim.cue.end if claim.cue is not None else claim.content.start


def highlighted_text(text: str, claims: list[Claim]) -> Text:
    """The document with each role in its colour and ``[n]`` after each claim's cue.

    Content is styled first and cues last, so a speaker or cue inside another
    claim's quote still shows as what it is.
    """
    styled = Text(text)
    for role in ROLES[::-1]:  # CONTENT, then CUE and SPEAKER on top
        for claim in claims:
            for span_role, start, end in claim_spans(claim):
                if span_role == role:
                    styled.stylize(TERMINAL_STYLES[role], start, end)
    marks: dict[int, list[int]] = {}
    for n, claim in enumerate(claims, start=1):
        marks.setdefault(mark_position(claim), []).append(n)
    cuts = sorted(marks)
    pieces = styled.divide(cuts)
    out = Text()
    for i, piece in enumerate(pieces):
        out.append_text(piece)
        if i < len(cuts):
            out.append("".join(f"[{n}]" for n in marks[cuts[i]]), style=MARK_STYLE)
    return out


def legend() -> Text:
    """One line naming the colours."""
    out = Text()
    for role in ROLES:
        out.append(f" {role.lower()} ", style=TERMINAL_STYLES[role])
        out.append("  ")
    out.append("[n]", style=MARK_STYLE)
    out.append(" claim number")
    return out


def _clip(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def claim_rows(claims: list[Claim]) -> list[list[str]]:
    """Table rows, one cell per column of :data:`COLUMNS`; "—" for what is not known."""
    rows = []
    for n, c in enumerate(claims, start=1):
        sp = c.speaker
        rows.append(
            [
                str(n),
                c.type,
                sp.text if sp else "—",
                sp.canonical if sp else "—",
                (sp.kind + (", anonymous" if sp.anonymous and sp.kind != "anonymous" else ""))
                if sp
                else "—",
                (sp.name or "—") if sp else "—",
                (sp.title or "—") if sp else "—",
                (sp.affiliation or "—") if sp else "—",
                (sp.source_type or "—") if sp else "—",
                c.cue.text if c.cue else "—",
                _clip(c.content.text),
                f"{c.confidence:.2f}",
            ]
        )
    return rows


COLUMNS = (
    "n",
    "type",
    "speaker",
    "canonical",
    "kind",
    "name",
    "title",
    "affiliation",
    "source type",
    "cue",
    "content",
    "confidence",
)


#: The terminal table: the source fields (name, title, affiliation, source type) in one
#: ``source`` column, so that the content keeps its room.
TERMINAL_COLUMNS = (
    *COLUMNS[: COLUMNS.index("name")],
    "source",
    *COLUMNS[COLUMNS.index("source type") + 1 :],
)


def describe_source(
    name: str | None, title: str | None, affiliation: str | None, source_type: str | None
) -> str:
    """The source fields claimx knows, one a line, labelled; "—" if none.

    ``named_person / name: Maria Ortiz / title: chief executive``.
    """
    lines = [source_type] if source_type else []
    fields = (("name", name), ("title", title), ("affiliation", affiliation))
    lines += [f"{label}: {value}" for label, value in fields if value]
    return "\n".join(lines) or "—"


def terminal_rows(claims: list[Claim]) -> list[list[str]]:
    """Rows of :data:`TERMINAL_COLUMNS`: those of ``claim_rows`` with the source fields
    in one cell, so that the table fits a terminal."""
    out = []
    for claim, row in zip(claims, claim_rows(claims), strict=True):
        cells = dict(zip(COLUMNS, row, strict=True))
        sp = claim.speaker
        cells["source"] = (
            describe_source(sp.name, sp.title, sp.affiliation, sp.source_type) if sp else "—"
        )
        out.append([cells[col] for col in TERMINAL_COLUMNS])
    return out


#: Terminal table layout: ``width`` is a floor, ``ratio`` shares the rest (content most).
_COLUMN_LAYOUT = {
    "n": {"no_wrap": True, "justify": "right"},
    "type": {"no_wrap": True},
    "speaker": {"ratio": 2, "width": 10},
    "canonical": {"ratio": 2, "width": 10},
    "kind": {"no_wrap": True},
    "source": {"ratio": 3, "width": 16},
    "cue": {"ratio": 1, "width": 6},
    "content": {"ratio": 5, "width": 24},
    "confidence": {"no_wrap": True, "justify": "right"},
}


def claims_table(shown: Shown) -> Table:
    """The claims as a rich table, numbered as in the highlighted text."""
    table = Table(
        title=f"{counted(len(shown.result.claims), 'claim')} in {shown.result.doc_id}",
        expand=True,
        show_lines=True,
    )
    for col in TERMINAL_COLUMNS:
        table.add_column(col, overflow="fold", **_COLUMN_LAYOUT[col])
    for row in terminal_rows(shown.result.claims):
        table.add_row(*(Text(cell) for cell in row))
    return table


def render_terminal(shown: Shown, console: Console) -> None:
    """Print the highlighted text, the legend, any errors, and the claims table."""
    result = shown.result
    console.rule(f"[bold]{result.doc_id}")
    console.print(legend())
    console.print()
    console.print(highlighted_text(shown.text, result.claims))
    for problem in result.errors + result.warnings:
        console.print(f"[red]{problem.code}[/]: {problem.message}", highlight=False)
    console.print()
    console.print(claims_table(shown))


# -- HTML ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _vocab():
    import spacy

    return spacy.blank("en").vocab


def _role_spans(text: str, claims: list[Claim], start: int, end: int) -> list[tuple[str, int, int]]:
    """(label, start, end) of every claim span clipped to ``[start, end)``, white space trimmed."""
    out = []
    for n, claim in enumerate(claims, start=1):
        for role, s, e in claim_spans(claim):
            s, e = max(s, start), min(e, end)
            piece = text[s:e]
            s, e = s + len(piece) - len(piece.lstrip()), e - len(piece) + len(piece.rstrip())
            if s < e:
                out.append((f"{n} {role}", s, e))
    return out


def span_doc(text: str, claims: list[Claim], start: int = 0, end: int | None = None):
    """A spaCy Doc of ``text[start:end]`` with ``doc.spans["claimx"]`` for displaCy.

    Each claim's speaker, cue and content parts become spans labelled ``"n
    SPEAKER"``, ``"n CUE"``, ``"n CONTENT"`` (n counted from 1), clipped to the
    slice. The Doc's words are the white-space separated pieces of the text,
    cut again only where a span starts or ends: displaCy writes a space after
    every word, and spaCy's own tokens would show as ``Russia , Politico``.
    Use it in a notebook with ``displacy.render(doc, style="span",
    options={"spans_key": "claimx"})``.
    """
    import re

    from spacy.tokens import Doc, Span

    end = len(text) if end is None else end
    spans = _role_spans(text, claims, start, end)
    cuts = {pos for _, s, e in spans for pos in (s, e)}
    words: list[tuple[int, int]] = []
    for match in re.finditer(r"\S+", text[start:end]):
        ws, we = match.start() + start, match.end() + start
        inner = sorted(c for c in cuts if ws < c < we)
        for s, e in zip([ws, *inner], [*inner, we], strict=True):
            words.append((s, e))
    doc = Doc(
        _vocab(),
        words=[text[s:e] for s, e in words] or [""],
        spaces=[i + 1 < len(words) and words[i + 1][0] > e for i, (_, e) in enumerate(words)]
        or [False],
    )
    first = {s: i for i, (s, _) in enumerate(words)}
    last = {e: i + 1 for i, (_, e) in enumerate(words)}
    doc.spans[SPANS_KEY] = [Span(doc, first[s], last[e], label=label) for label, s, e in spans]
    return doc


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line: displaCy drops line breaks, so each is its own Doc."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            out.append((pos, pos + len(body)))
        pos += len(line)
    return out


def span_colors(claims: list[Claim]) -> dict[str, str]:
    return {f"{n} {role}": HTML_COLORS[role] for n in range(1, len(claims) + 1) for role in ROLES}


def render_html(shown: Shown) -> str:
    """A standalone HTML page: legend, the text through displaCy's span visualiser, the table.

    displaCy renders one paragraph per Doc, as it would run a whole article
    into one line otherwise; paragraphs without claims are plain text.
    """
    from spacy import displacy

    text, claims, result = shown.text, shown.result.claims, shown.result
    options = {"spans_key": SPANS_KEY, "colors": span_colors(claims)}
    body = []
    for start, end in paragraphs(text):
        doc = span_doc(text, claims, start, end)
        if doc.spans[SPANS_KEY]:
            body.append(displacy.render(doc, style="span", options=options, page=False))
        else:
            body.append(f'<div class="spans plain">{html.escape(text[start:end])}</div>')
    problems = "".join(
        f'<p class="problem"><b>{html.escape(p.code)}</b>: {html.escape(p.message)}</p>'
        for p in result.errors + result.warnings
    )
    return _PAGE.format(
        title=html.escape(f"claimx: {result.doc_id}"),
        doc_id=html.escape(result.doc_id),
        n=len(claims),
        legend=_html_legend(),
        problems=problems,
        body="\n".join(body),
        table=_html_table(claims),
    )


def _html_legend() -> str:
    items = "".join(
        f'<span class="key" style="background:{HTML_COLORS[r]}">{r.lower()}</span>' for r in ROLES
    )
    return (
        f'<p class="legend">{items} each span is labelled with its claim number, '
        "as in the table below</p>"
    )


def _html_table(claims: list[Claim]) -> str:
    head = "".join(f"<th>{c}</th>" for c in COLUMNS)
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
        for row in claim_rows(claims)
    )
    return f'<table class="claims"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def write_html(shown: Shown, out: Path) -> None:
    from claimx.io.outputs import atomic_write

    atomic_write(out, render_html(shown))


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial,
       sans-serif; font-size: 16px; margin: 2rem auto; max-width: 70rem; padding: 0 1.5rem;
       color: #222; }}
h1 {{ font-size: 1.3rem; }}
.legend .key {{ padding: 2px 8px; margin-right: 6px; border-radius: 3px; font-weight: bold; }}
.spans {{ margin-bottom: 0.8rem; }}
.spans span span {{ white-space: nowrap; }}
.spans.plain {{ line-height: 2.5; }}
.problem {{ color: #b00020; }}
table.claims {{ border-collapse: collapse; margin-top: 2rem; font-size: 0.85rem; }}
table.claims th, table.claims td {{ border: 1px solid #ccc; padding: 4px 6px;
                                     vertical-align: top; text-align: left; }}
table.claims th {{ background: #f3f3f3; }}
</style>
</head>
<body>
<h1>{doc_id} &middot; {n} claims</h1>
{legend}
{problems}
<div class="text">
{body}
</div>
{table}
</body>
</html>
"""
