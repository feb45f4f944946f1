"""claimx's attribute ruler and lemmatizer give exactly the annotations of spaCy's own."""

import numpy
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from claimx.io.inputs import iter_inputs
from claimx.nlp.load import DEFAULT_MODEL
from conftest import REPO

ODD = (
    "I'm gonna go, let's see. Y'all ain't seen nothin' like it. There is a cat. "
    "There's hope.\n\n \t \n  I told you; it is I. Did you do it? I'd have done it. "
    "C'mon, we gotta go! Whether or not he cares, that is what it is."
)


@pytest.fixture(scope="module")
def two_pipelines():
    spacy_ruler = spacy.load(DEFAULT_MODEL)
    ours = spacy.load(DEFAULT_MODEL)
    for name in ("attribute_ruler", "lemmatizer"):
        ours.add_pipe(f"claimx_{name}", after=name)
        ours.disable_pipe(name)
    return spacy_ruler, ours


def test_claimx_pipeline_uses_its_attribute_ruler_and_lemmatizer(nlp):
    assert {"claimx_attribute_ruler", "claimx_lemmatizer"} <= set(nlp.pipe_names)
    assert not {"attribute_ruler", "lemmatizer"} & set(nlp.pipe_names)


def test_same_annotations_as_spacy_attribute_ruler_and_lemmatizer(two_pipelines):
    folders = [str(REPO / "data" / "samples"), str(REPO / "benchmarks" / "news")]
    texts = [item.text for item in iter_inputs(folders)]
    texts += [ODD, ODD.upper(), " ", "\n"]
    cols = [TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE]
    theirs, ours = two_pipelines
    for a, b in zip(theirs.pipe(texts), ours.pipe(texts), strict=True):
        assert numpy.array_equal(a.to_array(cols), b.to_array(cols)), a.text[:60]
        assert [t.morph for t in a] == [t.morph for t in b]


def test_an_empty_text_goes_through_the_whole_pipeline(nlp):
    doc = nlp("")
    assert len(doc) == 0 and doc._.claims == []
