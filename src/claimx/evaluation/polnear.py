"""Convert the PolNeAR attribution corpus (brat standoff) into claimx gold JSONL.

PolNeAR (https://github.com/networkdynamics/PolNeAR) keeps each article as
``data/<split>/text/<name>.txt`` and its annotation(s) as
``data/<split>/attributions/<name>_<annotator>.ann``.  The ``.ann`` files are brat
standoff with text-bound spans labelled ``Source``, ``Cue``, ``Content`` (plus a
trigger span ``Attribution`` / ``Attribution-no-source`` that repeats the cue, and
non-attribution labels ``Discard`` / ``Discuss``) and one event line per attribution:

    T1	Source 89 106	The New York Post
    E1	Attribution:T4 Content:T3 Cue:T2 Source:T1

Quirks of the real corpus that this module handles (found by running over it):

* a span's text may contain a newline, so one brat entry can continue on the
  next physical line;
* discontinuous spans (``Content 10 20;25 40``) and repeated roles (``Content2:T9``);
* event lines with a trailing space, events without a Cue or without a Content,
  and a few role labels that disagree with the span's own label (we trust the role);
* some articles have several annotations (one per annotator).  We take the
  ``.ann`` whose file name sorts first, so the choice is deterministic and
  independent of the file system's listing order.

Offsets in brat are character (code point) offsets into the ``.txt`` file, so the
text is decoded as UTF-8 with newline translation switched off; any other
decoding shifts every offset after the first non-ASCII character or CRLF.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_SPLITS: tuple[str, ...] = ("train", "dev")

#: A new brat entry starts with an id (T12, E3, #1, ...) and a tab; anything else
#: is the continuation of the previous entry's text (span text with a newline).
_ENTRY_START = re.compile(r"^(?:[TERAMN#]\d+|\*)\t")
_ROLE_SUFFIX = re.compile(r"\d+$")

#: Double quotation marks that open/close quoted speech.  Single quotes are left
#: out on purpose: ’ is also the apostrophe, which would flip the state mid-word.
_OPEN_QUOTES = frozenset("“«„")
_CLOSE_QUOTES = frozenset("”»")
_TOGGLE_QUOTES = frozenset('"')
_ALL_QUOTES = _OPEN_QUOTES | _CLOSE_QUOTES | _TOGGLE_QUOTES

#: Share of a content's letters/digits that must sit inside quotes for "direct".
DIRECT_QUOTE_SHARE = 0.9


@dataclass(frozen=True)
class BratSpan:
    """A text-bound annotation (``T`` line); ``fragments`` are half-open offsets."""

    id: str
    label: str
    fragments: tuple[tuple[int, int], ...]
    text: str


@dataclass(frozen=True)
class BratEvent:
    """An event (``E`` line): the trigger id and (role, span id) arguments."""

    id: str
    trigger_label: str
    trigger_id: str
    args: tuple[tuple[str, str], ...]


@dataclass
class BratDocument:
    """Everything we need from one ``.ann`` file."""

    spans: dict[str, BratSpan] = field(default_factory=dict)
    events: list[BratEvent] = field(default_factory=list)


@dataclass
class SpanMismatch:
    """A span whose brat text differs from the document text at its offsets."""

    doc_id: str
    span_id: str
    expected: str
    found: str


@dataclass
class ConversionStats:
    """Counters filled while converting, so callers can report data problems."""

    docs: int = 0
    attributions: int = 0
    spans_checked: int = 0
    mismatches: list[SpanMismatch] = field(default_factory=list)
    skipped_events: int = 0
    texts_without_annotation: list[str] = field(default_factory=list)
    annotations_without_text: list[str] = field(default_factory=list)
    multi_annotator_docs: int = 0

    def to_dict(self) -> dict:
        """Plain-JSON view (mismatches shortened to a count plus a few examples)."""
        return {
            "docs": self.docs,
            "attributions": self.attributions,
            "spans_checked": self.spans_checked,
            "mismatches": len(self.mismatches),
            "mismatch_examples": [m.__dict__ for m in self.mismatches[:5]],
            "skipped_events": self.skipped_events,
            "texts_without_annotation": len(self.texts_without_annotation),
            "annotations_without_text": len(self.annotations_without_text),
            "multi_annotator_docs": self.multi_annotator_docs,
        }


# --------------------------------------------------------------------------- brat


def _logical_entries(content: str) -> list[str]:
    """Join physical lines back into brat entries (span texts may hold newlines)."""
    # Only the file's own final newline is a terminator; any other newline
    # followed by a non-entry line belongs to the previous span's text.
    body = content[:-1] if content.endswith("\n") else content
    entries: list[str] = []
    for line in body.split("\n"):
        if _ENTRY_START.match(line) or not entries:
            entries.append(line)
        else:
            entries[-1] += "\n" + line
    return [entry for entry in entries if entry.strip()]


def _parse_fragments(offsets: str) -> tuple[tuple[int, int], ...]:
    """Parse ``"10 20;25 40"`` into ((10, 20), (25, 40))."""
    fragments = []
    for chunk in offsets.split(";"):
        start, end = chunk.split()
        fragments.append((int(start), int(end)))
    return tuple(fragments)


def _parse_span(entry: str) -> BratSpan:
    """Parse one ``T`` entry: ``T3<TAB>Content 10 20;25 40<TAB>text``."""
    span_id, meta, text = (entry.split("\t", 2) + [""])[:3]
    label, _, offsets = meta.partition(" ")
    return BratSpan(span_id, label, _parse_fragments(offsets), text)


def _parse_event(entry: str) -> BratEvent:
    """Parse one ``E`` entry: ``E1<TAB>Attribution:T4 Content:T3 Cue:T2``."""
    event_id, _, body = entry.partition("\t")
    tokens = body.split()
    trigger_label, _, trigger_id = tokens[0].partition(":")
    args = tuple(_role_arg(tok) for tok in tokens[1:] if ":" in tok)
    return BratEvent(event_id, trigger_label, trigger_id, args)


def _role_arg(token: str) -> tuple[str, str]:
    """``Content2:T9`` -> ("Content2", "T9")."""
    role, _, ref = token.partition(":")
    return role, ref


def parse_ann(content: str) -> BratDocument:
    """Parse brat standoff text; relations, attributes and notes are ignored."""
    doc = BratDocument()
    for entry in _logical_entries(content):
        if entry.startswith("T"):
            span = _parse_span(entry)
            doc.spans[span.id] = span
        elif entry.startswith("E"):
            doc.events.append(_parse_event(entry))
    return doc


def span_text(text: str, fragments: Sequence[tuple[int, int]]) -> str:
    """The text brat stores for a span: fragments joined by a single space."""
    return " ".join(text[s:e] for s, e in fragments)


# ------------------------------------------------------------------ claim typing


def quoted_mask(text: str) -> bytearray:
    """Mark every character of ``text`` that lies inside double quotation marks.

    Curly quotes open/close explicitly; straight quotes toggle.  The state resets
    at each newline because news style re-opens (without closing) a quote that
    runs over several paragraphs, and it limits the damage of a stray quote.
    """
    mask = bytearray(len(text))
    inside = False
    for i, ch in enumerate(text):
        if ch == "\n":
            inside = False
        elif ch in _OPEN_QUOTES:
            inside = True
        elif ch in _CLOSE_QUOTES or (ch in _TOGGLE_QUOTES and inside):
            mask[i] = 1
            inside = False
            continue
        elif ch in _TOGGLE_QUOTES:
            inside = True
        if inside:
            mask[i] = 1
    return mask


def classify_type(
    text: str,
    parts: Sequence[tuple[int, int]],
    cue_text: str | None,
    mask: bytearray | None = None,
) -> str:
    """Label an attribution direct / mixed / indirect / according_to.

    "direct" when (almost) all letters and digits of the content sit inside
    quotation marks in the article (content spans often stop just inside the
    marks, so looking only at the span text would miss them), "mixed" when some
    do or the content contains a quote mark, "indirect" otherwise.  An
    "according to" cue wins over everything because it marks the construction.
    """
    if cue_text and cue_text.lower().lstrip().startswith("according to"):
        return "according_to"
    mask = quoted_mask(text) if mask is None else mask
    letters = quoted = 0
    has_mark = False
    for start, end in parts:
        for i in range(start, end):
            ch = text[i]
            if ch in _ALL_QUOTES:
                has_mark = True
            elif ch.isalnum():
                letters += 1
                quoted += mask[i]
    if letters and quoted >= DIRECT_QUOTE_SHARE * letters:
        return "direct"
    if quoted or has_mark:
        return "mixed"
    return "indirect"


# ------------------------------------------------------------------- conversion


def _base_role(role: str) -> str:
    """``Content2`` -> ``Content``: brat numbers repeated roles."""
    return _ROLE_SUFFIX.sub("", role)


def _merge_fragments(spans: Iterable[BratSpan]) -> list[tuple[int, int]]:
    """All fragments of the given spans, sorted (one event may have several)."""
    return sorted(frag for span in spans for frag in span.fragments)


def _outer(fragments: Sequence[tuple[int, int]]) -> list[int] | None:
    """[min start, max end] of the fragments, or None when there are none."""
    if not fragments:
        return None
    return [min(s for s, _ in fragments), max(e for _, e in fragments)]


def _event_roles(event: BratEvent, spans: dict[str, BratSpan]) -> dict[str, list[BratSpan]]:
    """Group an event's argument spans by base role, ignoring dangling ids."""
    roles: dict[str, list[BratSpan]] = {"Source": [], "Cue": [], "Content": []}
    for role, ref in event.args:
        base = _base_role(role)
        if base in roles and ref in spans:
            roles[base].append(spans[ref])
    return roles


def event_to_attribution(
    event: BratEvent, spans: dict[str, BratSpan], text: str, mask: bytearray
) -> dict | None:
    """Turn one brat Attribution event into a gold attribution (None if no content)."""
    roles = _event_roles(event, spans)
    content_parts = _merge_fragments(roles["Content"])
    if not content_parts:
        return None
    source = _outer(_merge_fragments(roles["Source"]))
    cue = _outer(_merge_fragments(roles["Cue"]))
    content = _outer(content_parts)
    assert content is not None
    cue_text = text[cue[0] : cue[1]] if cue else None
    record: dict = {
        "source": source,
        "cue": cue,
        "content": content,
        "source_text": text[source[0] : source[1]] if source else None,
        "cue_text": cue_text,
        "content_text": text[content[0] : content[1]],
        "type": classify_type(text, content_parts, cue_text, mask),
        "required": True,
    }
    if len(content_parts) > 1:
        record["content_parts"] = [list(p) for p in content_parts]
    return record


def check_spans(doc_id: str, text: str, brat: BratDocument) -> tuple[int, list[SpanMismatch]]:
    """Compare every span's stored text with the document at its offsets."""
    mismatches = []
    for span in brat.spans.values():
        found = span_text(text, span.fragments)
        if found != span.text:
            mismatches.append(SpanMismatch(doc_id, span.id, span.text, found))
    return len(brat.spans), mismatches


def convert_document(
    doc_id: str, text: str, ann: str, stats: ConversionStats | None = None
) -> dict:
    """Convert one article and its brat annotation into a gold record."""
    stats = stats if stats is not None else ConversionStats()
    brat = parse_ann(ann)
    checked, mismatches = check_spans(doc_id, text, brat)
    stats.spans_checked += checked
    stats.mismatches.extend(mismatches)
    mask = quoted_mask(text)
    attributions = []
    for event in brat.events:
        if not event.trigger_label.startswith("Attribution"):
            continue
        attribution = event_to_attribution(event, brat.spans, text, mask)
        if attribution is None:
            stats.skipped_events += 1
            continue
        attributions.append(attribution)
    attributions.sort(key=lambda a: (a["content"][0], a["content"][1]))
    stats.docs += 1
    stats.attributions += len(attributions)
    return {"id": doc_id, "text": text, "attributions": attributions}


def read_text(path: Path) -> str:
    """Read an article exactly as stored: UTF-8, no newline translation."""
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def annotator_of(ann_path: Path) -> str:
    """The annotator id: what follows the last underscore of the file stem."""
    return ann_path.stem.rsplit("_", 1)[-1]


def article_of(ann_path: Path) -> str:
    """The article name: the file stem without its ``_<annotator>`` suffix."""
    return ann_path.stem.rsplit("_", 1)[0]


def annotations_by_article(attributions_dir: Path) -> dict[str, list[Path]]:
    """Map article name -> its ``.ann`` files, each list sorted by file name."""
    grouped: dict[str, list[Path]] = {}
    for path in sorted(attributions_dir.glob("*.ann")):
        grouped.setdefault(article_of(path), []).append(path)
    return grouped


def convert_split(
    polnear_root: Path | str, split: str, stats: ConversionStats | None = None
) -> Iterator[dict]:
    """Yield gold records for one split, in sorted article order.

    ``polnear_root`` is a checkout of the PolNeAR repository (the directory that
    holds ``data/``) or its ``data`` directory itself.  Each record carries the
    extra keys ``split`` and ``annotator`` so results can be traced back.
    """
    stats = stats if stats is not None else ConversionStats()
    split_dir = _data_dir(Path(polnear_root)) / split
    text_dir, ann_dir = split_dir / "text", split_dir / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise FileNotFoundError(f"no PolNeAR split at {split_dir} (need text/ and attributions/)")
    grouped = annotations_by_article(ann_dir)
    texts = {p.stem: p for p in sorted(text_dir.glob("*.txt"))}
    stats.annotations_without_text.extend(sorted(set(grouped) - set(texts)))
    for name, text_path in texts.items():
        ann_paths = grouped.get(name)
        if not ann_paths:
            stats.texts_without_annotation.append(name)
            log.warning("no annotation for %s; skipped", text_path.name)
            continue
        if len(ann_paths) > 1:
            stats.multi_annotator_docs += 1
        chosen = ann_paths[0]
        record = convert_document(text_path.name, read_text(text_path), read_text(chosen), stats)
        record["split"] = split
        record["annotator"] = annotator_of(chosen)
        yield record


def _data_dir(root: Path) -> Path:
    """Accept either the repository root or its ``data`` directory."""
    return root / "data" if (root / "data").is_dir() else root


def convert(
    polnear_root: Path | str,
    out_dir: Path | str,
    splits: Sequence[str] = DEFAULT_SPLITS,
) -> dict[str, ConversionStats]:
    """Write ``out_dir/polnear-<split>.jsonl`` for each split; return per-split stats."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    all_stats: dict[str, ConversionStats] = {}
    for split in splits:
        stats = ConversionStats()
        target = out / f"polnear-{split}.jsonl"
        with target.open("w", encoding="utf-8", newline="\n") as handle:
            for record in convert_split(polnear_root, split, stats):
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        if stats.mismatches:
            log.warning("%s: %d span text mismatches", split, len(stats.mismatches))
        all_stats[split] = stats
    return all_stats


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m claimx.evaluation.polnear POLNEAR_ROOT OUT_DIR [--splits train dev]``."""
    parser = argparse.ArgumentParser(
        prog="python -m claimx.evaluation.polnear",
        description="Convert PolNeAR brat annotations to claimx gold JSONL.",
    )
    parser.add_argument("polnear_root", type=Path, help="PolNeAR checkout (holds data/)")
    parser.add_argument("out_dir", type=Path, help="where polnear-<split>.jsonl go")
    parser.add_argument("--splits", nargs="+", default=list(DEFAULT_SPLITS))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    try:
        all_stats = convert(args.polnear_root, args.out_dir, args.splits)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for split, stats in all_stats.items():
        print(json.dumps({"split": split, **stats.to_dict()}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
