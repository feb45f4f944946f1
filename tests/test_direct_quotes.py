"""Direct quotes: speaker before, after or inside; curly and straight marks; several sentences."""

import pytest

import claimx
from conftest import by_cue, only


def test_quote_before_inverted_cue_and_speaker(claims_of):
    text = "“The bridge will reopen in March,” said Maria Lopez, the city’s transport chief."
    c = only(claims_of(text))
    assert c.type == "direct"
    assert c.content.text == "The bridge will reopen in March"
    assert c.speaker.canonical == "Maria Lopez" and c.speaker.kind == "person"
    assert c.cue.text == "said" and c.cue.lemma == "say"


def test_speaker_before_colon_and_straight_quote_of_two_sentences(claims_of):
    text = 'Grace Okafor said: "We are not going to close the clinic. Patients depend on it."'
    c = only(claims_of(text))
    assert c.type == "direct"
    assert c.content.text == "We are not going to close the clinic. Patients depend on it."
    assert c.speaker.text == "Grace Okafor"


def test_quote_split_by_its_attribution_has_two_parts(claims_of):
    text = '"We are not leaving," the mayor said, "until the last family has been housed."'
    c = only(claims_of(text))
    assert c.type == "direct"
    pieces = [text[p.start : p.end] for p in c.content.parts]
    assert pieces == ["We are not leaving", "until the last family has been housed."]
    assert c.speaker.text == "the mayor"


def test_curly_split_quote_with_subject_first(claims_of):
    text = "“Prices will keep rising,” the economist warned, “unless rates go up soon.”"
    c = only(claims_of(text))
    assert len(c.content.parts) == 2
    assert c.speaker.text == "the economist" and c.cue.text == "warned"


def test_quote_of_several_sentences_before_its_cue(claims_of):
    text = (
        "“The results are clear. The vaccine works. We should start now,” "
        "the health minister told parliament on Tuesday."
    )
    c = only(claims_of(text))
    assert c.type == "direct"
    assert c.content.text.startswith("The results are clear.")
    assert c.content.text.endswith("We should start now")
    assert c.speaker.text == "the health minister"


def test_quote_continuing_over_paragraphs_is_one_claim(claims_of):
    text = (
        "“We looked at every option for the plant,” the chief executive said.\n\n"
        "“In the end, closing it was the only way to save the company.\n\n"
        "“Nobody wanted this outcome.”\n"
    )
    claims = claims_of(text)
    assert len(claims) == 1
    turn = claims[0]
    assert turn.type == "direct" and turn.cue.text == "said"
    assert [text[p.start : p.end] for p in turn.content.parts] == [
        "We looked at every option for the plant",
        "In the end, closing it was the only way to save the company.",
        "Nobody wanted this outcome.",
    ]
    assert turn.speaker.text == "the chief executive"


def test_quote_attributed_on_the_surface_when_the_parse_breaks(claims_of):
    text = (
        "Police are investigating the shooting.\n"
        "“I will just make this promise to you: We will achieve justice in this case,” "
        "Tulsa police Chief Chuck Jordan said Monday."
    )
    c = only(claims_of(text))
    assert c.type == "direct" and c.cue.text == "said"
    assert c.speaker.canonical == "Chuck Jordan"
    assert c.content.text.startswith("I will just make this promise")


def test_colon_then_quote_in_the_next_paragraph(claims_of):
    text = (
        "The senator spoke at length.\n\nHe said:\n\n"
        '"We have a situation where our inner cities are struggling. Nobody is safe."'
    )
    c = only(claims_of(text))
    assert c.cue.text == "said" and c.content.text.startswith("We have a situation")
    assert c.speaker.text == "The senator" and c.speaker.resolved_from.text == "He"


def test_signed_quotes_on_consecutive_lines_stay_apart(claims_of):
    text = (
        "“He scares me. He has no plan.” ― Adriana Rodarte\n"
        "“He is someone no sane person would want as president.” ― Christina Olidem\n"
    )
    claims = claims_of(text)
    assert [c.speaker.text for c in claims] == ["Adriana Rodarte", "Christina Olidem"]
    assert all(len(c.content.parts) == 1 for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        '"We are not leaving," she told reporters on Monday, "until the hospital is saved."',
        '"I have never been afraid of the sea," the captain said in his memoir, "but that '
        'night I was."',
    ],
)
def test_a_split_quote_around_a_longer_frame_stays_one_claim(text):
    """Whom it was said to, where or when ('told reporters on Monday', 'said in his
    memoir') belong to the frame: the quote after it is the same claim's second part."""
    (claim,) = claimx.extract(text).claims
    assert claim.type == "direct" and len(claim.content.parts) == 2
    first, second = (text[p.start : p.end] for p in claim.content.parts)
    assert first.startswith(("We are", "I have")) and second.startswith(("until", "but"))


@pytest.mark.parametrize("scope", ["claims", "all"])
def test_a_name_and_a_colon_inside_a_line_introduce_a_quote(scope):
    """'… . The union leader Maria Lopez: "…"': no verb, a name, a colon, a quote."""
    text = (
        "The strike began on Monday. The union leader Maria Lopez: "
        '"We will strike until the pay offer improves."'
    )
    (claim,) = claimx.extract(text, scope=scope).claims
    assert claim.type == "direct" and claim.cue.text == ":"
    assert claim.speaker.text.endswith("Maria Lopez")
    assert claim.content.text == "We will strike until the pay offer improves."


def test_the_one_quoted_as_saying_is_the_speaker_not_the_outlet(claims_of):
    (claim,) = claims_of(
        'Politico quoted Tim Manning, a former deputy administrator at FEMA, as saying "FEMA '
        'has an important role in the response."'
    )
    assert claim.speaker.text.startswith("Tim Manning")


def test_a_quote_with_its_cue_and_speaker_after_it_and_no_comma():
    text = (
        '"I am in awe of the people who ran towards danger to keep us all safe" tweeted '
        "Mayor of London Sadiq Khan on Friday."
    )
    (claim,) = claimx.extract(text).claims
    assert claim.type == "direct" and claim.cue.text == "tweeted"
    assert claim.speaker.name == "Sadiq Khan"
    assert claim.content.text.startswith("I am in awe")


def test_a_title_in_quotes_before_a_verb_is_no_quote_of_what_follows():
    text = '"Hamilton" tells the story of Alexander Hamilton, a founding father.'
    assert not claimx.extract(text).claims


def test_two_quotes_joined_by_and_after_one_cue_are_two_claims():
    text = (
        'The Senate Minority Leader, Chuck Schumer, said on Friday "We made a plea to the '
        'president once again: do not hold federal workers hostage" and "So we told the '
        'president we needed the government open. He resisted."'
    )
    first, second = claimx.extract(text).claims
    assert first.content.text.startswith("We made a plea")
    assert second.content.text == (
        "So we told the president we needed the government open. He resisted."
    )
    assert {c.speaker.name for c in (first, second)} == {"Chuck Schumer"}
    assert first.cue.text == second.cue.text == "said"


def test_two_quotes_joined_by_and_after_as_saying_are_two_claims():
    text = (
        "Politico cited Tim Manning, formerly a deputy administrator at FEMA, as saying "
        '"FEMA has an important role in coordinating the larger response to the crisis" and '
        '"if there is an emergency, FEMA needs to be involved."'
    )
    claims = [c for c in claimx.extract(text).claims if c.speaker.name == "Tim Manning"]
    assert [c.content.text[:20] for c in claims] == ["FEMA has an importan", "if there is an emerg"]


def test_two_labels_joined_by_and_stay_one_claim():
    text = 'Mitsotakis called the agreement "null and void" and "geographically ridiculous".'
    (claim,) = claimx.extract(text).claims
    assert "geographically ridiculous" in claim.content.text and "null" in claim.content.text


def test_whom_a_source_spoke_to_is_no_part_of_the_source():
    """'said Lindqvist to the waiting press': the parser may hang the addressee on the
    name; the source is the name alone."""
    text = '"This was hard," said Lindqvist to the waiting press who had gathered outside.'
    (claim,) = claimx.extract(text).claims
    assert claim.speaker.text == "Lindqvist"


def test_an_office_to_a_place_before_a_name_stays_in_the_source():
    text = "US Ambassador to Germany Richard Grenell said the airline was a danger."
    (claim,) = claimx.extract(text).claims
    assert claim.speaker.text == "US Ambassador to Germany Richard Grenell"


def test_a_quote_after_saying_whose_first_words_the_parser_made_its_object():
    (claim,) = claimx.extract(
        "Carlos Mendez sent his good wishes during his weekly broadcast saying "
        '"Maria Santos, a hug for you, friend and comrade and I know you are getting better."'
    ).claims
    assert claim.speaker.text == "Carlos Mendez"
    assert claim.content.text.startswith("Maria Santos, a hug for you")


def test_a_quote_after_a_participle_is_its_speakers_when_the_parser_inverts_the_sentence():
    claims = claimx.extract(
        "The merger will only add to the pressure on the new team. Ita Buttrose highlighted "
        'the concern, telling Crikey, "I know everybody is cost-cutting at the moment, but '
        'this seems a bit extreme. You would have to be a very experienced editor."'
    ).claims
    told = [c for c in claims if c.cue and c.cue.text == "telling"]
    assert [(c.speaker.text, c.content.text[:20]) for c in told] == [
        ("Ita Buttrose", "I know everybody is ")
    ]


def test_the_quote_after_an_issued_statement_and_a_colon_is_the_statement():
    claims = claimx.extract(
        'The king issued the following statement: "We mourn her loss." '
        'The palace released a short statement on Friday: "The funeral will be private."'
    ).claims
    assert [(c.type, c.speaker.text, c.cue.text, c.content.text) for c in claims] == [
        ("direct", "The king", "issued the following statement", "We mourn her loss."),
        ("direct", "The palace", "released a short statement", "The funeral will be private."),
    ]


def test_a_quoted_label_whose_quote_marks_the_parser_hung_on_it():
    claims = claimx.extract(
        'UN Secretary General Ban Ki-moon called the attempt "deplorable" and said it '
        '"threatens regional stability."'
    ).claims
    assert [(c.cue.text, c.content.text) for c in claims] == [
        ("called", "deplorable"),
        ("said", 'it "threatens regional stability."'),
    ]


def test_a_participle_the_tagger_made_a_noun_after_a_comma_still_introduces_a_quote():
    claims = claimx.extract(
        "Some people also called for the withdrawal of Danish troops from Iraq, yelling, "
        '"Troops out!" and waving banners.'
    ).claims
    assert [(c.cue.text, c.type, c.content.text) for c in claims] == [
        ("called for", "indirect", "the withdrawal of Danish troops from Iraq"),
        ("yelling", "direct", "Troops out!"),
    ]


def test_a_quote_after_a_saying_verb_where_and_a_colon(claims_of):
    # the parser hangs the quote on the verb as a clause of time or reason ('As …'),
    # not as what was written; the colon closes the writing verb's clause
    text = 'Khan wrote on social media: "As women we must stand up for ourselves."'
    c = only(claims_of(text))
    assert c.type == "direct"
    assert c.content.text == "As women we must stand up for ourselves."
    assert c.speaker.text == "Khan" and c.cue.text == "wrote"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            'The summary of the judgment read in part: "This court has concluded that the '
            'advice was unlawful."',
            "The summary of the judgment",
        ),
        (
            'The family\'s statement on the death read: "He loved his wife, who loved him back."',
            "The family's statement on the death",
        ),
    ],
)
def test_a_text_that_reads_a_quote_after_a_colon_is_its_source(text, source):
    (claim,) = claimx.extract(text).claims
    assert claim.type == "direct"
    assert claim.speaker.text == source
    assert claim.cue.text == "read"


def test_a_saying_clause_the_parser_hung_on_the_quote_after_its_colon_is_the_quotes_cue():
    # the parser makes 'responded' a clause of the quote's verb, the colon the quote's
    text = (
        "Miliband responded to Fallon's comments: \"Michael Fallon is a decent man, but "
        'today I think he has demeaned himself."'
    )
    claims = [c for c in claimx.extract(text, model="rules").claims if c.type == "direct"]
    assert [(c.speaker.text, c.cue.text) for c in claims] == [("Miliband", "responded")]


def test_a_name_set_off_before_an_aside_is_the_speaker_not_a_name_in_it(claims_of):
    """'Whitlock, asked about …Ben Carr, said: "…"': the parser makes the name the subject
    of the aside; the quote is hers, not the last name's of the aside."""
    text = (
        "Whitlock, asked about reports linking the club with Leeds forward Ben Carr, "
        'said: "I don\'t comment on players at other clubs."'
    )
    c = by_cue(claims_of(text), "said")
    assert (c.speaker.text, c.content.text) == (
        "Whitlock",
        "I don't comment on players at other clubs.",
    )
