"""Things that look like attributions and are not; scraped-text noise."""

import pytest

import claimx
from claimx.run.documents import extract


def test_that_said_is_not_a_claim(claims_of):
    assert claims_of("That said, the team played well in the second half.") == []


def test_so_called_and_title_quotes_are_not_claims(claims_of):
    text = (
        'The so-called "Freedom Plan" was dropped. '
        'Lawmakers debated the "Clean Water Act" for hours.'
    )
    assert claims_of(text) == []


def test_byline_and_boilerplate_lines_yield_nothing(claims_of):
    text = "Search\nClose this search box.\nBy Anna Kowalski\nShare this article\n\nSubscribe"
    assert claims_of(text) == []


def test_foreign_line_does_not_merge_with_the_headline(claims_of):
    text = (
        "Farmers block roads in protest over fuel prices, the BBC reports\n\n"
        "Фермери протестують\n\n"
        "The protest began on Monday."
    )
    claims = claims_of(text)
    assert len(claims) == 1
    assert claims[0].content.text == "Farmers block roads in protest over fuel prices"
    assert claims[0].speaker.text == "the BBC"


def test_nested_speech_inside_a_quote_is_not_a_separate_claim(claims_of):
    text = "“We believe that the vote was rigged,” the opposition leader said."
    claims = claims_of(text)
    assert len(claims) == 1 and claims[0].type == "direct"


def test_odd_number_of_quote_marks_still_gives_claims(claims_of):
    text = 'The pipe was 6" wide. "The repairs will take a week," the engineer said.'
    claims = claims_of(text)
    assert len(claims) == 1
    assert claims[0].content.text == "The repairs will take a week"


def test_asking_not_to_be_named_is_not_a_claim(claims_of, default_nlp):
    from claimx.run.documents import extract

    text = (
        '"The fines are a rounding error for them," said one analyst at a London bank, '
        "who asked not to be named. The official requested anonymity as the talks were private."
    )
    for claims in (claims_of(text), extract(text, nlp=default_nlp).claims):
        assert len(claims) == 1, [c.content.text for c in claims]
        assert claims[0].content.text == "The fines are a rounding error for them"
        assert claims[0].claim_id.endswith("#0")
    c = claims_of("The minister asked that the meeting be postponed.")[0]
    assert c.content.text == "the meeting be postponed"


def test_seeing_things_is_no_claim_without_as(claims_of):
    text = (
        "Supporters of Aung San Suu Kyi can leave and view video, text, twitter and picture "
        "messages on the website."
    )
    assert claims_of(text) == []
    (claim,) = claims_of("Many voters view the deal as a betrayal of the party.")
    assert claim.content.text == "the deal as a betrayal of the party"


def test_a_line_up_after_a_team_and_a_colon_is_no_quote(claims_of):
    text = (
        "Rovers won the derby 2-1.\n\n"
        "Rovers: Meier; Lund, Osei, Varga, Holm; Berger, Sanchez, Kral; Novak (Okoro 78), "
        "Petit, Lind.\n"
    )
    assert claims_of(text) == []


def test_what_a_thing_shows_is_no_claim_what_results_show_is():
    """The default scope (the guide's "what things show rather than what people say")."""
    text = (
        "Users can log in to the app, where a banner at the top of the screen shows whether "
        "their data were in the exposed database."
    )
    assert claimx.extract(text).claims == []
    results = "The results showed that the drug works in older patients."
    (claim,) = claimx.extract(results).claims
    assert claim.speaker.source_type == "document"


def test_an_object_with_a_relative_clause_is_no_reported_clause(claims_of):
    text = (
        "Morell, who grew up in a harbour town on the north coast, writes dialogue that "
        "sounds overheard rather than written."
    )
    assert claims_of(text) == []


def test_a_quoted_phrase_a_relative_clause_describes_is_no_quotation_of_its_verb(
    default_nlp,
):
    """'the "iron lady", who ruled …': 'who' stands for the quoted phrase; the quote is
    no claim of 'ruled'."""
    text = (
        'He called them servants of the "iron lady", who ruled Britain until 1990, and '
        "left the hall."
    )
    assert not [c for c in extract(text, nlp=default_nlp).claims if c.cue.text == "ruled"]


def test_a_legislature_confirming_a_person_is_a_vote_and_confirming_a_fact_a_claim():
    claims = claimx.extract(
        "The state senate confirmed Dana Ortiz's nomination on Friday. The assembly "
        "confirmed her on Monday. Police confirmed the identity of the victim."
    ).claims
    assert [(c.cue.text, c.content.text) for c in claims] == [
        ("confirmed", "the identity of the victim")
    ]


def test_declaring_mourning_or_an_emergency_is_an_act_and_declaring_a_finding_a_claim():
    claims = claimx.extract(
        "President Anna Moreau declared two days of national mourning, which began on Friday, "
        "described by her spokesman as a display of solidarity with the victims. "
        "The WHO declared the outbreak a pandemic."
    ).claims
    assert [c.cue.text for c in claims if c.cue.text == "declared"] == ["declared"]
    assert [c.content.text for c in claims if c.cue.text == "declared"] == [
        "the outbreak a pandemic"
    ]


def test_welcoming_people_is_no_claim_welcoming_a_decision_is():
    received = "The mayor welcomed the visitors to the town hall on Friday."
    assert claimx.extract(received).claims == []
    approved = "The minister welcomed the decision to reopen the school."
    (claim,) = claimx.extract(approved).claims
    assert claim.content.text == "the decision to reopen the school"


def test_a_time_after_the_object_is_no_preposition_of_the_cue(default_nlp):
    # 'called … for next week' is when the strike is, not what is called for
    claims = extract("The union called a strike for next week.", nlp=default_nlp).claims
    assert claims == []


@pytest.mark.parametrize(
    "text",
    [
        "It is important to note that the figures are provisional.",
        "It was easy to say that the plan had failed.",
    ],
)
def test_an_extraposed_it_before_an_adjective_and_a_cue_is_the_writers_aside(text):
    """'It is important to note that …': 'it' stands for the infinitive, no one says it."""
    assert claimx.extract(text).claims == []


def test_a_subject_before_an_adjective_and_a_cue_still_speaks():
    (claim,) = claimx.extract("The mayor is happy to say that the bridge has reopened.").claims
    assert (claim.speaker.text, claim.content.text) == ("The mayor", "the bridge has reopened")


def test_a_participle_describing_the_subject_is_no_cue():
    # the parser makes 'added' the root and 'were killed' its clause, with no subject
    text = (
        "Some of the journalists added to the memorial were killed in accidents, rather "
        "than murders."
    )
    assert claimx.extract(text).claims == []


def test_a_verb_tagged_as_a_participle_with_a_clause_of_its_own_still_reports():
    (claim,) = claimx.extract("The minister added the plan was good.").claims
    assert claim.cue.text == "added" and claim.content.text == "the plan was good"
