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
