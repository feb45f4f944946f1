"""The output contract: offsets index the original text; records validate against the schema."""

import json
import subprocess
import sys

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimx.records import DocumentResult, document_schema
from claimx.run.documents import extract
from conftest import REPO

SAMPLES = sorted((REPO / "data" / "samples").glob("*.txt"))

TRICKY = (
    "\ufeffIntro line\r\n“Quoted,” she said.\r\n\r\n"
    "Ελληνικά „zitat“ — «citation», said Jean-Luc Picard. 'single' quotes’ end.\n"
    '"Unclosed quote that runs on,\n\tthe official said.\n'
)


def spans_of(result: DocumentResult):
    for c in result.claims:
        yield c.content
        yield from c.content.parts
        yield c.sentence
        if c.cue:
            yield c.cue
        if c.speaker:
            yield c.speaker
            if c.speaker.resolved_from:
                yield c.speaker.resolved_from


def assert_offsets(text: str, result: DocumentResult) -> None:
    for span in spans_of(result):
        assert 0 <= span.start <= span.end <= len(text)
        if hasattr(span, "text"):
            assert span.text == text[span.start : span.end]


def test_every_span_indexes_the_original_text(nlp):
    for path in SAMPLES:
        text = path.read_text(encoding="utf-8")
        result = extract(text, nlp=nlp)
        assert result.claims
        assert_offsets(text, result)
    assert_offsets(TRICKY, extract(TRICKY, nlp=nlp))


def test_records_validate_against_the_printed_schema(nlp):
    out = subprocess.run(
        [sys.executable, "-m", "claimx.cli", "schema"], capture_output=True, text=True, check=True
    )
    schema = json.loads(out.stdout)
    assert schema == document_schema()
    for path in SAMPLES:
        record = extract(path.read_text(encoding="utf-8"), doc_id=path.name, nlp=nlp)
        jsonschema.validate(json.loads(record.model_dump_json()), schema)


def test_direct_quote_content_excludes_its_marks(nlp):
    text = "“Nothing will change,” the spokesman said."
    c = extract(text, nlp=nlp).claims[0]
    assert text[c.content.start - 1] == "“" and c.content.text == "Nothing will change"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(list("ab .,:;\n\t\"“”‘’'«»—") + ["said", " she ", "According to", "Mr. Li"])
        | st.text(max_size=5),
        max_size=60,
    ).map("".join)
)
def test_arbitrary_text_never_raises_and_offsets_hold(nlp, text):
    result = extract(text, nlp=nlp)
    expected = [] if text.strip() else ["empty"]
    assert [e.code for e in result.errors] == expected
    assert_offsets(text, result)


def test_committed_schema_file_matches_the_models():
    committed = json.loads((REPO / "schema" / "claimx-document.schema.json").read_text())
    assert committed == document_schema()
