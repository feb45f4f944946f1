"""Language tags of blog round-ups ('Tierra Incognita [pl]') are read as white space."""

import spacy

import claimx
from claimx.nlp.load import DEFAULT_MODEL

ROUND_UP = (
    "The crash has nothing to do with the Bermuda Triangle.\n\n"
    "Not forgetting the Bermuda Triangle effect, Polish blog Tierra Incognita [pl], wonders "
    "what has happened, affirming that despite the catastrophe of the disappearance, he "
    "stills loves flying:\n\n"
    "Uwielbiam latać samolotem. Podróż lotnicza nie wywołuje u mnie żadnego stresu, wręcz "
    "przeciwnie – działa uspokajająco i relaksująco.\n\n"
    "I love flying on air planes. The air travel is not stressful to me at all, on the "
    "contrary - it relaxes me and calms me down.\n\n"
    "The investigation goes on."
)


def test_a_sentence_with_a_language_tag_parses_as_without_it():
    claims = claimx.extract(ROUND_UP).claims
    assert {c.speaker.text for c in claims} == {"Polish blog Tierra Incognita"}
    block = next(c for c in claims if c.type == "direct")
    assert block.content.text.startswith("I love flying on air planes.")


def test_the_tag_is_one_space_token_in_a_plain_pipeline_and_the_text_is_unchanged():
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("claimx")
    doc = nlp("Le Monde [Fr], a French daily, said the vote was close. Kamran [FA] agreed.")
    tags = [t for t in doc if t.text.startswith("[")]
    assert [t.text for t in tags] == ["[Fr]", "[FA]"]
    assert all(t.is_space for t in tags)
    assert doc.text == "Le Monde [Fr], a French daily, said the vote was close. Kamran [FA] agreed."


def test_a_word_the_writer_put_in_brackets_is_still_a_word():
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("claimx")
    doc = nlp('"I knew [it] was over," she said.')
    assert "it" in [t.text for t in doc]
