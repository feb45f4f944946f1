"""The array decoding of the entity recogniser gives spaCy's own entities."""

import pytest
import spacy
from spacy.tokens import Span

from claimx.io.inputs import iter_inputs
from claimx.nlp.blas import use_matmul
from claimx.nlp.entity_decoder import ENTITY_WINDOW, GreedyEntityRecognizer
from claimx.nlp.load import DEFAULT_MODEL
from conftest import REPO

TRICKY = [
    # an entity closing the document, and one opening the next sentence
    "The statement came from the office of Senator Elizabeth Warren",
    "He lives in New York. Washington said nothing. Paris, France replied.",
    # white space inside and around names, a one-word document, a newline in a name
    "  Joe   Biden met\n\nAngela  Merkel in  Berlin .  ",
    "Obama",
    "The deal, said Chancellor Olaf\nScholz of Germany, is done.",
    # a name longer than the window the decoder scores at once
    "Officials at the "
    + " ".join(["International"] * (ENTITY_WINDOW + 3))
    + " Bank for Reconstruction and Development said on Friday that it would lend $4.5 billion.",
    # numbers, dates, money, percentages side by side
    "On March 3, 2021, 42 percent of the $1.2 trillion plan, about 3,000 pages, passed 51-49.",
    "U.S. Secretary of State Antony J. Blinken and NATO Secretary General Jens Stoltenberg spoke.",
    "",
]


def pipelines():
    theirs = spacy.load(DEFAULT_MODEL)
    ours = spacy.load(DEFAULT_MODEL)
    for nlp in (theirs, ours):
        use_matmul(nlp)
    ours.add_pipe("claimx_ner", after="ner")
    ours.disable_pipe("ner")
    return theirs, ours


def ents(doc):
    return [(e.start, e.end, e.label_) for e in doc.ents], [t.ent_iob_ for t in doc]


@pytest.fixture(scope="module")
def both():
    return pipelines()


def test_spacy_ner_is_handled(both):
    theirs, ours = both
    assert GreedyEntityRecognizer.handles(theirs.get_pipe("ner"))
    assert not GreedyEntityRecognizer.handles(theirs.get_pipe("parser"))
    assert "claimx_ner" in ours.pipe_names and "ner" not in ours.pipe_names


def test_same_entities_as_spacy_over_news(both):
    theirs, ours = both
    folders = [str(REPO / "data" / "samples"), str(REPO / "benchmarks" / "news")]
    texts = [item.text for item in iter_inputs(folders)] + TRICKY
    found = 0
    for batch_size in (1, 7, 256):  # single docs, uneven batches, one batch
        pairs = zip(
            theirs.pipe(texts, batch_size=batch_size),
            ours.pipe(texts, batch_size=batch_size),
            strict=True,
        )
        for a, b in pairs:
            assert ents(a) == ents(b), a.text[:80]
            found += len(a.ents)
    assert found > 3 * 900


def test_long_entity_and_document_end(both):
    _, ours = both
    long_name, last = ours(TRICKY[5]), ours(TRICKY[0])
    assert any(len(e) > ENTITY_WINDOW for e in long_name.ents)
    assert last.ents[-1].end == len(last) and last.ents[-1].label_ == "PERSON"


def test_call_equals_pipe(both):
    _, ours = both
    piped = list(ours.pipe(TRICKY))
    for text, doc in zip(TRICKY, piped, strict=True):
        assert ents(ours(text)) == ents(doc)


def test_preset_entities_are_left_to_spacy(both):
    """Entities set before the recogniser constrain its moves: spaCy's loop handles them."""
    theirs, ours = both
    text = "Officials in Brussels said Ursula von der Leyen would travel to Kyiv."
    results = []
    for nlp in (theirs, ours):
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if name in ("ner", "claimx_ner"):
                doc.set_ents([Span(doc, 2, 3, label="FAC")], default="unmodified")
            doc = proc(doc)
        results.append(ents(doc))
    assert results[0] == results[1]
    assert (2, 3, "FAC") in results[1][0]
