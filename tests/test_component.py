"""claimx as a spaCy component in a user's own pipeline."""

import spacy

from claimx.nlp.load import DEFAULT_MODEL
from claimx.run.documents import extract
from conftest import REPO

SAMPLE = (REPO / "data" / "samples" / "nato-russia-strategy-2.txt").read_text(encoding="utf-8")


def test_add_pipe_by_name_in_a_plain_pipeline():
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("claimx")
    doc = nlp("“Prices will rise,” the economist warned.")
    (claim,) = doc._.claims
    assert claim.speaker.text == "the economist"
    assert [s.text for s in doc.spans["claimx_cue"]] == ["warned"]
    assert [s.text for s in doc.spans["claimx_content"]] == ["Prices will rise"]


def test_saved_pipeline_reloads_with_its_settings_and_same_claims(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipe")
    reloaded = spacy.load(tmp_path / "pipe")
    assert reloaded.pipe_names == nlp.pipe_names
    assert reloaded.get_pipe("claimx").keep_nested is False
    claims = reloaded(SAMPLE)._.claims
    expected = extract(SAMPLE, nlp=nlp).claims
    assert [c.model_dump(exclude={"claim_id"}) for c in claims] == [
        c.model_dump(exclude={"claim_id"}) for c in expected
    ]


def test_no_sentence_starts_at_a_word_in_lower_case_after_a_word(nlp):
    # the parser, with the paragraph before, cut the name off from its verb
    text = (
        "WHO have also warned all nations should prepare to bring their own nationals back "
        "to home territory for treatment if infected by the virus, with cases already "
        "returned for treatment to the US and Spain.\n\n"
        "WHO vaccine chief Jean-Marie Okwo Bele told AFP he expected a possible vaccine "
        "against Ebola to start clinical trials next month."
    )
    doc = nlp(text)
    second = [s for s in doc.sents if "Okwo" in s.text]
    assert len(second) == 1
    assert "told AFP he expected" in second[0].text


GLUED = (
    "“American workers deserve to know that their savings are safe,” saidRep. Derek "
    "Kilmer. The senator toldReuters the bill would pass."
)


def test_a_word_of_saying_run_into_a_name_is_split_in_any_pipeline(default_nlp):
    """A scraped page runs a link's words into the word before them ('saidRep.'): the
    cue and its speaker are read apart, in a plain pipeline as in claimx's own."""
    plain = spacy.load(DEFAULT_MODEL)
    plain.add_pipe("claimx")
    claims = plain(GLUED)._.claims
    assert [(c.cue.text, c.speaker.text) for c in claims] == [
        ("said", "Rep. Derek Kilmer"),
        ("told", "The senator"),
    ]
    expected = extract(GLUED, nlp=default_nlp).claims
    assert [c.model_dump(exclude={"claim_id"}) for c in claims] == [
        c.model_dump(exclude={"claim_id"}) for c in expected
    ]
    # (a word that only begins like one stays whole)
    assert [t.text for t in plain("Saidova unsaid it.")][:2] == ["Saidova", "unsaid"]
