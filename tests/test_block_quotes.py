"""Block quotes: a quotation set off as a paragraph of its own, without quote marks.

Scraped web pages lose the block-quote formatting: what is left is an
introduction ending in a colon and the quoted paragraph(s) after it.
"""

import claimx

STATEMENT = (
    "Protests spread on Sunday. In a statement, the ministry said:\n\n"
    "We do not believe the reports are accurate and we will respond to them in court "
    "this week.\n\n"
    "The minister did not attend the hearing."
)


def _claims(text: str):
    return claimx.extract(text).claims


def test_a_paragraph_after_a_cue_verb_and_a_colon_is_the_speakers_quote():
    (claim,) = _claims(STATEMENT)
    assert claim.type == "direct"
    assert claim.speaker.text.endswith("ministry") and claim.cue.text == "said"
    assert claim.content.text.startswith("We do not believe the reports are accurate")
    assert claim.content.text.endswith("this week.")
    # the narration after the block is not part of it
    assert "minister" not in claim.content.text


def test_claims_inside_the_block_are_the_sources_words_not_claims_of_their_own():
    cues = [c.cue.text for c in _claims(STATEMENT) if c.cue is not None]
    assert "believe" not in cues


def test_an_original_in_another_language_is_skipped_for_its_translation():
    text = (
        "Ana Souza writes on her blog:\n\n"
        "Eu não acredito que isso seja verdade e vamos lutar contra a proposta de lei.\n\n"
        "I do not believe this is true and we will fight the bill in every city of the "
        "country.\n\n"
        "Other bloggers were less sure."
    )
    (claim,) = _claims(text)
    assert claim.speaker.text == "Ana Souza" and claim.cue.text == "writes"
    assert claim.content.text.startswith("I do not believe this is true")


def test_a_block_in_the_same_voice_runs_over_its_paragraphs_and_stops_at_the_narration():
    text = (
        "The union's leader, Maria Costa, told members:\n\n"
        "We have waited for three years and we will not wait any longer for a fair offer.\n\n"
        "Our members deserve better, and you will see us on the streets on Monday.\n\n"
        "The company said it would study the demands."
    )
    block = next(c for c in _claims(text) if c.cue is not None and c.cue.text == "told")
    assert block.content.text.startswith("We have waited")
    assert block.content.text.endswith("on Monday.")
    assert "company" not in block.content.text


def test_a_name_or_handle_and_a_colon_introduce_a_post():
    text = (
        "Users reacted on Twitter within minutes.\n\n"
        "@riverwatch:\n\n"
        "If the gates had been opened on time, none of the houses in the valley would "
        "have been flooded.\n"
    )
    (claim,) = _claims(text)
    assert claim.cue.text == ":" and claim.speaker.text == "@riverwatch"
    assert claim.speaker.name == "@riverwatch" and claim.speaker.source_type == "named_person"


def test_a_colon_after_a_sentence_with_no_source_introduces_nothing():
    text = (
        "Here is the full list of closures:\n\n"
        "The bridge and the ferry will be closed for the rest of the week, and the "
        "tunnel will open at night.\n"
    )
    assert _claims(text) == []


def test_a_view_set_first_with_for_introduces_the_holders_quote():
    text = (
        "For many local bloggers, the coverage of the crash has been outrageous:\n\n"
        "I think the media is perverse when it releases private information about the "
        "victims and their families.\n"
    )
    block = next(c for c in _claims(text) if c.cue is not None and c.cue.text == ":")
    assert block.speaker.text.endswith("bloggers")
    assert block.content.text.startswith("I think the media is perverse")
