"""Quotes that continue the previous speaker's turn, with no cue of their own."""

import claimx
from claimx.run.documents import extract


def test_quote_in_next_paragraph_goes_to_previous_speaker(claims_of):
    text = (
        "Senator Tom Harris spoke to reporters on Monday. "
        '"This bill is a disaster for farmers," he said.\n'
        '"It will raise costs for every family in the state."\n'
    )
    claims = claims_of(text)
    assert len(claims) == 1
    turn = claims[0]
    assert turn.speaker.canonical == "Tom Harris"
    assert turn.speaker.resolved_from.text == "he"
    assert text[turn.content.parts[-1].start : turn.content.parts[-1].end] == (
        "It will raise costs for every family in the state."
    )


def test_quote_after_reported_speech_is_a_claim_without_cue(claims_of):
    text = (
        "The mayor said the city budget was balanced for the first time in a decade.\n\n"
        '"We have cut waste everywhere we could find it."\n'
    )
    claims = claims_of(text)
    assert len(claims) == 2
    assert claims[1].cue is None and claims[1].type == "direct"
    assert claims[1].speaker.text == "The mayor"
    assert claims[1].content.text == "We have cut waste everywhere we could find it."


def test_next_quote_in_the_same_paragraph_is_a_second_part_of_the_turn(claims_of):
    text = "“The grid held up well,” the operator said in a statement. “There were no outages.”"
    claims = claims_of(text)
    assert len(claims) == 1
    pieces = [text[p.start : p.end] for p in claims[0].content.parts]
    assert pieces == ["The grid held up well", "There were no outages."]
    assert claims[0].speaker.text == "the operator"


def test_quote_signed_with_a_dash(claims_of):
    text = "“Trump scares me. His words make me afraid for our children.” ― Krystal Correa\n"
    claims = claims_of(text)
    assert len(claims) == 1
    assert claims[0].speaker.text == "Krystal Correa" and claims[0].cue.text == "―"


def test_quote_far_from_any_speaker_is_not_given_one(claims_of):
    text = (
        "The council met on Monday. The budget passed.\n\n"
        "Roads will be repaired next year.\n\n"
        "“We have waited long enough for this.”\n"
    )
    assert claims_of(text) == []


def test_quote_inside_a_narrative_sentence_is_not_a_continuation(claims_of):
    text = (
        "“We will stay,” the coach said.\n"
        "The team then signed a deal for a “new and better stadium” with the city.\n"
    )
    claims = claims_of(text)
    assert len(claims) == 1 and claims[0].content.text == "We will stay"


def test_one_quotation_over_paragraphs_is_one_claim(claims_of):
    text = (
        "At Asia Times, Donald Kirk says:\n\n"
        "“The North Koreans also get offended every time a top-level American visitor "
        "visits the region.\n\n"
        "Steinberg has not talked publicly about the two women but has made clear that "
        "the US is not willing to negotiate. “\n\n"
        "The council agreed."
    )
    (claim,) = claims_of(text)
    assert claim.speaker.text == "Donald Kirk"
    assert claim.content.text.startswith("The North Koreans")
    assert claim.content.text.endswith("not willing to negotiate.")


def test_quotes_listed_after_one_cue_are_each_a_claim_of_its_speaker():
    claims = claimx.extract(
        'Mara Quint, a press officer at the agency, tweeted, "The queue is longer than '
        'ever today."; "Also, the forms keep changing every week."; and "Honestly, we '
        'need more staff at the counters."'
    ).claims
    assert [(c.speaker.name, c.cue.text if c.cue else None, c.content.text) for c in claims] == [
        ("Mara Quint", "tweeted", "The queue is longer than ever today."),
        ("Mara Quint", "tweeted", "Also, the forms keep changing every week."),
        ("Mara Quint", "tweeted", "Honestly, we need more staff at the counters."),
    ]


def test_a_quote_closed_at_a_paragraph_end_is_no_part_of_the_next_paragraphs_quote():
    text = (
        '"We cannot just be for freedom. We have to be for fairness," the minister told the '
        'audience in Ottawa. "It is a battle of ideas."\n\n'
        '"If we are going to win this, we have to stay the course." The minister said the '
        "war would be long."
    )
    quotes = [c.content.text for c in claimx.extract(text).claims if c.type == "direct"]
    assert quotes == [
        "We cannot just be for freedom. We have to be for fairness",
        "It is a battle of ideas.",
        "If we are going to win this, we have to stay the course.",
    ]


def test_a_quote_goes_on_the_speakers_turn_not_on_a_claim_inside_the_speakers_phrase():
    text = (
        '"The critics are trying to portray this as a victory," Maria Lund, a Boston lawyer '
        "who campaigns to defend stem cell research, said in an interview. "
        '"But this vague declaration only masks their failure last year."'
    )
    claims = claimx.extract(text).claims
    follow = [c for c in claims if c.content.text.startswith("But this vague")]
    assert [c.speaker.name for c in follow] == ["Maria Lund"]


def test_a_quote_after_a_relative_clause_on_the_speaker_carries_on_the_turn(default_nlp):
    """'…," said Dana Ruiz, who proposed the delay. "…"': the second quote carries on her
    turn; it is not what the relative clause's verb reports."""
    text = (
        '"We heard loud and clear that people can\'t absorb another cost," said '
        'Councilwoman Dana Ruiz, who proposed the delay. "This buys us time to look for '
        'other money."'
    )
    claims = extract(text, nlp=default_nlp).claims
    last = claims[-1]
    assert (last.content.text, last.cue, last.speaker.text) == (
        "This buys us time to look for other money.",
        None,
        "Councilwoman Dana Ruiz",
    )
