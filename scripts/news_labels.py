"""Turn quoted-text labels into offset gold for the labelled news set.

Annotators write, for each article, what they see: the exact content text, the
source phrase, the cue words and the source fields.  This script finds those
strings in the article and writes gold JSONL with character offsets (the format
of ``tests/data/README.md``), or stops with a list of what it could not place.

Label file (one JSON object per article, any number of files)::

    {"id": "wikinews/…", "attributions": [
      {"content": "the striker was injured", "source": "Leeds United",
       "cue": "said", "type": "indirect", "required": true,
       "source_resolves_to": null,
       "name": "Leeds United", "title": null, "affiliation": null,
       "source_type": "named_organization",
       "occurrence": 0,
       "content_parts": ["first part", "second part"]}
    ]}

- ``content`` must occur in the text; ``occurrence`` (0-based) picks one of
  several identical occurrences.  A quote split by its attribution gives
  ``content_parts`` instead, placed in order, each after the previous one
  (``occurrence`` then picks the first part's occurrence).
- ``cue`` is placed at its whole-word occurrence nearest to the content (in
  the gap of a split quote first, then in the same paragraph), ``source`` at
  the one nearest to the cue; ``cue_occurrence`` / ``source_occurrence``
  (0-based, over the whole text) override that. Both are ``null`` when the
  text gives none, as in a continued quote.

Usage::

    python scripts/news_labels.py ARTICLES.jsonl LABELS.jsonl [LABELS2.jsonl …] -o GOLD.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SOURCE_FIELDS = ("name", "title", "affiliation", "source_type")
SOURCE_TYPES = {
    "named_person",
    "named_organization",
    "document",
    "unnamed_person",
    "unnamed_group",
    "anonymous_source",
}
TYPES = {"direct", "indirect", "mixed", "according_to"}


def occurrences(text: str, needle: str, words: bool = False) -> list[int]:
    """Every start offset of ``needle`` in ``text``; with ``words``, only whole words."""
    found, start = [], text.find(needle)
    while start >= 0:
        end = start + len(needle)
        whole = not words or (
            (start == 0 or not (text[start - 1].isalnum() and needle[0].isalnum()))
            and (end == len(text) or not (text[end].isalnum() and needle[-1].isalnum()))
        )
        if whole:
            found.append(start)
        start = text.find(needle, start + 1)
    return found


def nearest(
    text: str, needle: str, anchor: tuple[int, int], gaps: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The whole-word occurrence of ``needle`` that belongs to the anchor span.

    First one inside a gap between the parts of a split quote, then the nearest
    outside the anchor within the same paragraph, then the nearest anywhere;
    one inside the anchor (a name inside a quote) comes last.
    """
    para_start = text.rfind("\n", 0, anchor[0]) + 1
    para_end = text.find("\n", anchor[1])
    para_end = len(text) if para_end < 0 else para_end
    best = None
    for start in occurrences(text, needle, words=True):
        end = start + len(needle)
        in_gap = any(start >= g[0] and end <= g[1] for g in gaps)
        inside = not in_gap and start < anchor[1] and end > anchor[0]
        same_para = start >= para_start and end <= para_end
        distance = min(abs(start - anchor[1]), abs(anchor[0] - end))
        key = (not in_gap, inside, not same_para, distance)
        if best is None or key < best[0]:
            best = (key, (start, end))
    return None if best is None else best[1]


def place(text: str, label: dict) -> tuple[dict | None, str | None]:
    """One label as a gold attribution with offsets, or an error message."""
    pieces = label.get("content_parts") or [label.get("content") or ""]
    spans: list[tuple[int, int]] = []
    for i, piece in enumerate(pieces):
        after = spans[-1][1] if spans else 0
        hits = [h for h in occurrences(text, piece) if h >= after] if piece else []
        n = label.get("occurrence", 0) if i == 0 else 0
        if n >= len(hits):
            return None, f"content not found: {piece[:60]!r}"
        spans.append((hits[n], hits[n] + len(piece)))
    anchor = (spans[0][0], spans[-1][1])
    gold: dict = {
        "content": list(anchor),
        "content_text": text[anchor[0] : anchor[1]],
        "type": label.get("type", "indirect"),
        "required": bool(label.get("required", True)),
    }
    if len(spans) > 1:
        gold["content_parts"] = [list(s) for s in spans]
    if gold["type"] not in TYPES:
        return None, f"unknown type {gold['type']!r}"
    gaps = [(a[1], b[0]) for a, b in zip(spans, spans[1:], strict=False)]
    # the cue belongs to the content, the source to the cue ('He said he expects …')
    for key in ("cue", "source"):
        value = label.get(key)
        if not value:
            gold[key] = None
            continue
        n = label.get(f"{key}_occurrence")
        if n is not None:
            hits = occurrences(text, value, words=True)
            span = (hits[n], hits[n] + len(value)) if n < len(hits) else None
        elif key == "source" and gold.get("cue"):
            span = nearest(text, value, tuple(gold["cue"]), [])
            if span is not None and anchor[0] < span[1] and span[0] < anchor[1]:
                span = nearest(text, value, anchor, gaps)
        else:
            span = nearest(text, value, anchor, gaps)
        if span is None:
            return None, f"{key} not found: {value!r}"
        gold[key] = list(span)
        gold[f"{key}_text"] = text[span[0] : span[1]]
    if label.get("source_resolves_to"):
        gold["source_resolves_to"] = label["source_resolves_to"]
    for key in SOURCE_FIELDS:
        gold[key] = label.get(key) or None
    if gold["source_type"] is not None and gold["source_type"] not in SOURCE_TYPES:
        return None, f"unknown source_type {gold['source_type']!r}"
    return gold, None


def build(articles: list[dict], labels: list[dict]) -> tuple[list[dict], list[str]]:
    """Gold documents for every article (no label: no attributions) and the errors."""
    by_id: dict[str, list[dict]] = {}
    for doc in labels:
        by_id.setdefault(doc["id"], []).extend(doc.get("attributions", []))
    known = {a["id"] for a in articles}
    errors = [f"{doc_id}: no such article" for doc_id in by_id if doc_id not in known]
    out = []
    for article in articles:
        gold_doc = dict(article)
        gold_doc["attributions"] = []
        for i, label in enumerate(by_id.get(article["id"], [])):
            gold, error = place(article["text"], label)
            if error:
                errors.append(f"{article['id']} #{i}: {error}")
            else:
                gold_doc["attributions"].append(gold)
        gold_doc["attributions"].sort(key=lambda g: g["content"][0])
        out.append(gold_doc)
    return out, errors


def read_jsonl(path: Path) -> list[dict]:
    raw = path.read_text(encoding="utf-8")
    if raw.lstrip().startswith("["):
        return json.loads(raw)
    return [json.loads(line) for line in raw.splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("labels", type=Path, nargs="+")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    articles = read_jsonl(args.articles)
    labels = [doc for path in args.labels for doc in read_jsonl(path)]
    gold, errors = build(articles, labels)
    for error in errors:
        print(error, file=sys.stderr)
    with args.output.open("w", encoding="utf-8") as f:
        for doc in gold:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    n = sum(len(d["attributions"]) for d in gold)
    print(f"{len(gold)} articles, {n} attributions, {len(errors)} errors", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
