"""Rules that recover a claim when the parser links its parts wrongly, and the
boundaries of reported content (what the writer adds after a comma is not content)."""

import pytest

import claimx
from claimx.nlp.load import load_nlp
from claimx.run.documents import extract
from conftest import by_cue, only


def test_that_clause_after_when_and_where_it_was_said(claims_of):
    text = (
        "The governor said on Tuesday during a visit to the plant that the factory would "
        "reopen in March."
    )
    c = only(claims_of(text))
    assert c.speaker.text == "The governor"
    assert c.content.text == "the factory would reopen in March"


def test_speaker_read_as_an_apposition_of_an_opening_phrase(claims_of):
    text = (
        "Campaigning for his wife, state Senator Jane Hill, former governor Bob Hill said "
        "the state needed new roads."
    )
    c = only(claims_of(text))
    assert c.speaker.canonical == "Bob Hill"
    assert c.content.text == "the state needed new roads"


def test_speaker_in_commas_read_as_an_apposition_of_an_opening_phrase(claims_of):
    text = (
        "In an interview with the BBC, the president's spokesman, Garba Shehu, said the "
        "government was fully committed to the campaign."
    )
    c = only(claims_of(text))
    assert c.speaker.canonical == "Garba Shehu"
    assert c.content.text == "the government was fully committed to the campaign"


def test_reduced_relative_speaker_keeps_its_apposition(claims_of):
    text = (
        "The head of EU diplomacy, Kaja Kallas, earlier called Iran's actions "
        '"a direct threat to European security."'
    )
    c = only(claims_of(text))
    assert c.speaker.text == "The head of EU diplomacy, Kaja Kallas"
    assert c.speaker.canonical == "Kaja Kallas"
    assert c.cue.text == "called"
    assert c.type == "mixed"


def test_speaker_with_a_relative_clause_before_the_cue(claims_of):
    text = (
        "At the meeting in Columbus, Ohio, a young farmer who had driven four hours asked "
        "the senator what he planned to do about grain prices."
    )
    c = only(claims_of(text))
    assert c.speaker.text == "a young farmer"
    assert c.content.text == "what he planned to do about grain prices"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The reporter asked the mayor if the budget would be cut.", "if the budget would be cut"),
        (
            "She shook hands and asked the workers whether they would vote.",
            "whether they would vote",
        ),
    ],
)
def test_questions_put_to_someone(claims_of, text, content):
    c = by_cue(claims_of(text), "asked")
    assert c.content.text == content


def test_quote_before_a_postposed_cue_is_the_content(claims_of):
    text = (
        'At the hearing, Lowe listed her demands: "Fund the schools and fix the bridges," she said.'
    )
    c = only(claims_of(text))
    assert c.type == "direct"
    assert c.content.text == "Fund the schools and fix the bridges"


def test_coordinated_reports_are_two_claims(claims_of):
    text = (
        "Most teachers said they were tired of the new rules, and nearly half said they "
        "would leave within a year."
    )
    claims = claims_of(text)
    assert [c.content.text for c in claims] == [
        "they were tired of the new rules",
        "they would leave within a year",
    ]
    assert claims[1].speaker.text == "nearly half"


def test_shared_subject_coordination_stays_in_the_content(claims_of):
    text = "Conway said that she hired the new director, but hasn't decided what to do next."
    c = only(claims_of(text))
    assert c.content.text.endswith("hasn't decided what to do next")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor said the budget would be balanced, arguing that taxes were too high.",
            "the budget would be balanced",
        ),
        (
            "The coach said he expects the striker to recover from his injury, which kept him "
            "out for a month.",
            "he expects the striker to recover from his injury",
        ),
        (
            "The council member said the vote was rigged, the latest sign of her anger.",
            "the vote was rigged",
        ),
        (
            "About half of voters said they prefer a candidate who is an outsider, while "
            "about 4 in 10 want one with political experience.",
            "they prefer a candidate who is an outsider",
        ),
    ],
)
def test_writer_comment_after_a_comma_is_not_content(claims_of, text, content):
    c = by_cue(claims_of(text), "said")
    assert c.content.text == content


@pytest.mark.parametrize(
    ("text", "content", "cue", "second"),
    [
        (
            'He said the mood was "grim," adding that talks would resume.',
            'the mood was "grim,"',
            "adding",
            "talks would resume",
        ),
        (
            "Carson said he saw no need to change his campaign, telling Stephanopoulos "
            'that "we tell the truth."',
            "he saw no need to change his campaign",
            "telling",
            "we tell the truth.",
        ),
    ],
)
def test_reporting_participle_after_a_quote_is_a_claim_of_the_same_speaker(
    claims_of, text, content, cue, second
):
    said = by_cue(claims_of(text), "said")
    assert said.content.text == content
    other = by_cue(claims_of(text), cue)
    assert other.content.text == second
    assert other.speaker.text == said.speaker.text


def test_comment_inside_quote_marks_stays(claims_of):
    text = 'The coach said the team "played hard, which is all I ask."'
    c = by_cue(claims_of(text), "said")
    assert "which is all I ask" in c.content.text


def test_findings_of_a_named_survey(claims_of):
    text = "In a Gallup survey released Monday, most voters disapproved of the new tax."
    c = only(claims_of(text))
    assert c.speaker.text == "a Gallup survey released Monday"
    assert c.cue.text == "In"
    assert c.content.text == "most voters disapproved of the new tax"


def test_in_a_statement_on_a_cue_verb_is_left_to_the_verb(claims_of):
    text = "In a statement, the company said the recall would cost millions."
    c = only(claims_of(text))
    assert c.cue.text == "said"


def test_mislemmatised_cue_verb(claims_of):
    text = "Bivens hopes the council will approve the plan next week."
    c = only(claims_of(text))
    assert c.cue.lemma == "hope"
    assert c.content.text == "the council will approve the plan next week"


def test_quoted_label_with_a_name(claims_of):
    text = "The senator called Ortiz “the finest mayor this city has ever had.”"
    c = only(claims_of(text))
    assert c.type == "mixed"
    assert c.content.text.startswith("Ortiz “the finest mayor")


def test_transcript_turn_is_one_claim_of_its_speaker(claims_of):
    text = "HOLT: I think the plan is fine. I think it will pass the Senate.\n\nLOWE: We will see."
    claims = claims_of(text)
    assert [(c.speaker.text, c.content.text) for c in claims] == [
        ("HOLT", "I think the plan is fine. I think it will pass the Senate."),
        ("LOWE", "We will see."),
    ]


def test_quote_after_a_heading_and_a_name(claims_of):
    text = "MARKETS STAY CALM - Maria Lopez: “Investors have seen this before.”"
    c = only(claims_of(text))
    assert c.type == "direct"
    assert c.speaker.text == "Maria Lopez"
    assert c.content.text == "Investors have seen this before."


STANCES = [
    ("The union backs the senator's bill.", "stance"),
    ("Iran wants to end the sanctions before the election.", "intention"),
]


@pytest.mark.parametrize(("text", "category"), STANCES)
def test_stances_and_intentions_are_claims_with_their_category(claims_of, text, category):
    c = only(claims_of(text))
    assert c.speaker is not None
    assert c.cue.category == category


@pytest.mark.parametrize(("text", "category"), STANCES)
def test_scope_statements_leaves_stances_and_intentions_out(text, category):
    nlp = load_nlp(scope="statements")
    assert extract(text, nlp=nlp).claims == []


@pytest.mark.parametrize(
    "text",
    [
        "A group backing the mayor raised money.",
        "If you want to understand the vote, look at the map.",
    ],
)
def test_descriptions_and_generic_wishes_are_not_stances(claims_of, text):
    assert claims_of(text) == [], text


def test_cue_category_of_speech_and_source(claims_of):
    claims = claims_of("According to officials, the talks failed. The minister said it was over.")
    assert [c.cue.category for c in claims] == ["source", "speech"]


def test_stance_nested_in_a_postposed_report_belongs_to_the_report(claims_of):
    text = (
        "The deal will be hard to reach, with some members wanting a softer approach to the "
        "budget, the newspaper reports."
    )
    c = only(claims_of(text))
    assert c.cue.text == "reports"
    assert c.content.text.endswith("a softer approach to the budget")


def test_quote_after_the_listener(claims_of):
    text = (
        "The mayor shrugged off the comments, telling reporters, “Nobody on my team has "
        "ever asked for his support.”"
    )
    c = only(claims_of(text))
    assert c.type == "direct"
    assert c.speaker.text == "The mayor"
    assert c.content.text == "Nobody on my team has ever asked for his support."


def test_quote_in_the_paragraph_after_a_colon(claims_of):
    text = (
        "Parker Eaton, a retired teacher, said that given the candidates on both sides:\n\n"
        '"There\'s only one choice. He spends his own money."\n\nOthers disagreed.'
    )
    c = only(claims_of(text))
    assert c.speaker.canonical == "Parker Eaton"
    assert "He spends his own money." in c.content.text


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The mayor blamed the contractor for the delays.",
            "blamed",
            "the contractor for the delays",
        ),
        (
            "The coach thanked the fans for their patience.",
            "thanked",
            "the fans for their patience",
        ),
        (
            "The senator pointed to rising rents as the main problem.",
            "pointed to",
            "rising rents as the main problem",
        ),
    ],
)
def test_praise_blame_and_pointing(claims_of, text, cue, content):
    c = only(claims_of(text))
    assert (c.cue.text, c.content.text) == (cue, content)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Asked about the new tax, the mayor said it would pass.", "Asked about", "the new tax"),
        (
            "When asked whether he would run again, the senator laughed.",
            "asked",
            "whether he would run again",
        ),
    ],
)
def test_question_of_an_unnamed_asker_has_no_speaker(claims_of, text, cue, content):
    c = by_cue(claims_of(text), cue)
    assert c.speaker is None
    assert c.content.text == content


def test_person_asked_is_not_the_asker_but_still_speaks(claims_of):
    claims = claims_of("Asked about the new tax, the mayor said it would pass.")
    said = by_cue(claims, "said")
    assert said.speaker.text == "the mayor"
    assert said.content.text == "it would pass"


def test_hearsay_adverb_marks_a_claim_without_a_named_source(claims_of):
    c = only(claims_of("The company reportedly paid no federal tax last year."))
    assert c.speaker is None
    assert (c.cue.text, c.cue.category) == ("reportedly", "source")
    assert c.content.parts[0].start == 0
    assert "paid no federal tax last year" in c.content.text


def test_temporal_as_clause_is_not_an_attribution_frame(claims_of):
    claims = claims_of(
        "As he congratulated the winner, the senator spoke over boos from the audience."
    )
    assert all(c.pattern != "as_clause" for c in claims)
    assert by_cue(claims, "congratulated").content.text == "the winner"


def test_as_x_said_still_frames_the_clause(claims_of):
    c = only(
        claims_of("As the senator said, the two candidates have become the least ideological.")
    )
    assert c.content.text == "the two candidates have become the least ideological"


def test_unknown_names_in_a_run_of_transcript_turns_are_speakers(claims_of):
    text = (
        "Chris Matthews asked about the tax.\n\n"
        "Matthews: Well, speculation is bad.\n\n"
        "Lopez: Well, no one thinks their savings are speculation.\n\n"
        "Note: The interview was edited for length."
    )
    claims = claims_of(text)
    turns = [c for c in claims if c.pattern == "line_initial_speaker_colon"]
    # ('Matthews' is the Chris Matthews named before, as any surname is)
    assert [c.speaker.text for c in turns] == ["Chris Matthews", "Lopez"]
    assert turns[1].content.text == "Well, no one thinks their savings are speculation."
    lone = "The plan was approved.\n\nLopez: Well, no one thinks their savings are speculation."
    assert not [c for c in claims_of(lone) if c.pattern == "line_initial_speaker_colon"]


def test_the_second_half_of_a_reported_clause_hung_on_the_cue_is_content(claims_of):
    text = (
        "He remarked toilet paper is a bulky item, leading to low quantity of stocks in "
        "numbers, and, when sold out, leaves vast shelf spaces."
    )
    c = only(claims_of(text))
    assert c.content.text.startswith("toilet paper is a bulky item")
    assert c.content.text.endswith("leaves vast shelf spaces")


def test_a_sentence_the_parser_cut_before_its_closing_reporting_clause(claims_of):
    text = (
        "WASHINGTON – SouthernCare Inc. and its shareholders have agreed to pay the United "
        "States a total of $24.7 million to settle allegations that the Birmingham, "
        "Ala.-based company submitted false claims to the government for patients treated "
        "at its hospice facilities, the Justice Department announced today. SouthernCare "
        "operates 99 locations."
    )
    c = only(claims_of(text))
    assert c.cue.text == "announced"
    assert c.content.text.startswith("SouthernCare Inc. and its shareholders have agreed")
    assert c.content.text.endswith("at its hospice facilities")


def test_a_noun_read_as_a_modal_is_no_reported_clause(claims_of):
    text = (
        "Volunteers collected 300 kilos of rubbish, and one team found a soft drink can from "
        "a brand that disappeared in the 1980s."
    )
    assert claims_of(text) == []


def test_a_clause_before_a_colon_is_not_what_the_verb_after_it_reports():
    text = (
        "The COVID-19 virus, however, can live in both the lower and upper respiratory "
        "tract: the researchers found significant quantities of virus in samples taken from "
        "the volunteers' noses and throats."
    )
    (claim,) = claimx.extract(text).claims
    assert claim.speaker.text == "the researchers"
    assert claim.content.text.startswith("significant quantities of virus")


def test_an_even_though_clause_after_a_comma_is_the_writers_contrast(claims_of):
    text = (
        "They found the virus's behavior resembled that of influenza rather than severe acute "
        "respiratory syndrome (SARS), even though SARS-CoV-2 is more closely related to the "
        "viruses that cause SARS."
    )
    c = only(claims_of(text))
    assert c.content.text.startswith("the virus's behavior resembled")
    assert "even though" not in c.content.text
    assert c.content.text.endswith("(SARS)")  # the parenthesis it opens is closed


def test_a_content_keeps_the_parenthesis_it_closes(claims_of):
    c = only(claims_of("He said the budget was balanced (for now)."))
    assert c.content.text == "the budget was balanced (for now)"


def test_a_clause_read_as_an_object_and_its_participle_is_what_was_said(claims_of):
    (claim,) = claims_of(
        "The fire service said several acres of land burned before the flames were extinguished."
    )
    assert claim.content.text == (
        "several acres of land burned before the flames were extinguished"
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Prosecutors allege that defendant Maria Lopez, acting with others, laundered "
            "the money.",
            "defendant Maria Lopez, acting with others, laundered the money",
        ),
        (
            "The indictment further alleges that defendant Harold Quinn, working through his "
            "son Nathan Quinn, received cash from agents of a foreign government.",
            "defendant Harold Quinn, working through his son Nathan Quinn, received cash from "
            "agents of a foreign government",
        ),
    ],
)
def test_that_clause_read_as_an_object_with_that_as_its_determiner(default_nlp, text, content):
    # the parser reads 'that defendant …' as the cue's object; the clause's verb hangs
    # on the cue (or the cue on it), and the learned layer must keep the repaired clause
    (claim,) = extract(text, nlp=default_nlp).claims
    assert claim.speaker.text in {"Prosecutors", "The indictment"}
    assert claim.content.text == content


def test_that_before_a_name_is_no_part_of_the_content(claims_of):
    text = "Officials said that officer James Reed, who joined the force in 2010, had resigned."
    c = only(claims_of(text))
    assert c.content.text == "officer James Reed, who joined the force in 2010, had resigned"


def test_a_second_clause_the_parser_hung_on_the_cue_is_part_of_the_content():
    # 'it must not cite' is read as a second complement of 'said'
    text = (
        "WHO director-general Tedros Adhanom Ghebreyesus said the name had to be easy to "
        "say and, to prevent stigma, it must not cite any specific person, animal, "
        "profession or place."
    )
    (claim,) = claimx.extract(text).claims
    assert claim.content.text.startswith("the name had to be easy")
    assert claim.content.text.endswith("profession or place")


def test_a_clause_split_at_its_subject_into_object_and_adverbial_is_one_content():
    # 'Dorian' is read as the object of 'reported', 'had strengthened' as its adverbial
    text = (
        "On Sunday, the National Hurricane Center (NHC) reported Hurricane Dorian in the "
        "Caribbean had strengthened into a Category 5 hurricane."
    )
    (claim,) = claimx.extract(text).claims
    assert claim.content.text == (
        "Hurricane Dorian in the Caribbean had strengthened into a Category 5 hurricane"
    )


def test_an_object_and_a_time_clause_of_the_cue_are_no_split_clause():
    text = "The mayor announced the plan on Monday as the council met in the town hall."
    assert not any(c.pattern.startswith("clausal") for c in claimx.extract(text).claims)


def test_a_reporting_clause_set_before_its_content_with_a_comma():
    # the parser makes 'reported' a complement of 'risen'
    text = "Al Jazeera reported on Thursday, coverage had risen to 55 percent."
    (claim,) = claimx.extract(text).claims
    assert (claim.speaker.text, claim.content.text) == (
        "Al Jazeera",
        "coverage had risen to 55 percent",
    )


def test_an_act_before_a_closing_reporting_clause_is_no_fronted_report():
    text = (
        "Rite Aid Corporation agreed to pay $5 million to settle the allegations, the "
        "Justice Department announced today."
    )
    claims = claimx.extract(text).claims
    assert [c.speaker.text for c in claims] == ["the Justice Department"]


def test_the_subject_read_as_object_across_an_apposition_set_off_by_commas():
    text = (
        "On Friday the government announced the new region, to be called Bangsamoro, "
        "would be governing itself from 2022."
    )
    (claim,) = claimx.extract(text).claims
    assert claim.content.text.startswith("the new region, to be called Bangsamoro")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            # the clause's subject read as the cue's object, its verb a conjunct of the
            # cue after a comma
            "The principal announced lessons for pupils from the first to the sixth "
            "grade, public and private, would be moved online.",
            "lessons for pupils from the first to the sixth grade, public and private, "
            "would be moved online",
        ),
        (
            # a past tense read as a participle of the object of 'argue'
            "The senator argued the new housing agency needed to be reformed.",
            "the new housing agency needed to be reformed",
        ),
        (
            # a past tense read as a modifier of the object, after the clause's subject
            "Kowalczyk said Adamczyk required resuscitation, and was in a serious condition.",
            "Adamczyk required resuscitation, and was in a serious condition",
        ),
    ],
)
def test_a_reported_clause_the_parser_read_as_an_object(claims_of, text, content):
    c = only(claims_of(text))
    assert c.content.text == content


def test_an_object_and_a_second_act_of_the_speaker_are_no_clause(claims_of):
    """'announced the plan and left': two acts of the mayor, no reported clause."""
    text = "The mayor announced the closures on Monday and would not take questions."
    assert not [c for c in claims_of(text) if "would not take" in c.content.text]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Police allege Kowalski was driven to a farm near the border.",
            "allege",
            "Kowalski was driven to a farm near the border",
        ),
        (
            "Police state she had called them twice to report threats.",
            "state",
            "she had called them twice to report threats",
        ),
        (
            # the cue read as the sentence's root, its clause a clause of that noun
            "Police allege that Nowak was taken from a hotel in Gdynia and driven north.",
            "allege",
            "Nowak was taken from a hotel in Gdynia and driven north",
        ),
    ],
)
def test_a_cue_the_tagger_read_as_a_noun_of_its_subject(claims_of, text, cue, content):
    c = only(claims_of(text))
    assert (c.speaker.text, c.cue.text, c.content.text) == ("Police", cue, content)


def test_a_noun_of_claims_is_no_cue(claims_of):
    text = "The state claims were rejected by the court on Monday."
    assert not [c for c in claims_of(text) if c.cue.text in {"state", "claims"}]


def test_by_saying_is_a_claim_of_its_own_not_part_of_the_object(default_nlp):
    text = "The coach defended the striker by saying that he had been ill all week."
    by_cue = {c.cue.text: c.content.text for c in extract(text, nlp=default_nlp).claims}
    assert by_cue["saying"] == "he had been ill all week"
    assert "saying" not in by_cue.get("defended", "")


def test_a_cue_read_as_a_modifier_with_its_own_subject(default_nlp):
    """'noted airspace' read as a noun phrase: 'noted' has a subject of its own, so it
    is the cue of the clause after it; the speaker's next cue stays out."""
    text = "The review is ongoing. Eurocontrol noted airspace was shut up to 25,000 feet."
    claims = extract(text, nlp=default_nlp).claims
    assert [(c.speaker.text, c.cue.text, c.content.text) for c in claims] == [
        ("Eurocontrol", "noted", "airspace was shut up to 25,000 feet")
    ]


def test_a_second_cue_the_parser_joined_to_the_sentence_verb_shares_the_reporters_subject():
    text = (
        "The decision came hours after Okafor announced she would cooperate with the "
        "inquiry into the contracts, and said she would fight the charges against her."
    )
    claims = claimx.extract(text).claims
    assert [(c.speaker.text, c.cue.text) for c in claims] == [
        ("Okafor", "announced"),
        ("Okafor", "said"),
    ]
    assert claims[1].content.text == "she would fight the charges against her"


def test_a_date_between_the_cue_and_the_clauses_subject_is_when_it_was_said():
    (claim,) = claimx.extract(
        "The singer told Rolling Stone magazine in 2012 she had never written a protest song."
    ).claims
    assert claim.content.text == "she had never written a protest song"


def test_a_quote_set_after_a_semicolon_is_a_claim_of_its_own():
    claims = claimx.extract(
        "The singer told Rolling Stone magazine she had never written a protest song; "
        '"Not me, not the band, not anyone I know — it was just music to us."'
    ).claims
    assert [(c.type, c.content.text) for c in claims] == [
        ("indirect", "she had never written a protest song"),
        ("direct", "Not me, not the band, not anyone I know — it was just music to us."),
    ]
    assert claims[1].speaker.text == "The singer"


def test_a_second_clause_whose_subject_the_parser_joined_to_the_first_is_content():
    (claim,) = claimx.extract(
        "The chief executive stated the bridge is owned by the county and the cables, "
        "which the county inspects, were not replaced last year."
    ).claims
    assert claim.content.text.endswith(
        "the cables, which the county inspects, were not replaced last year"
    )


def test_a_cue_read_as_a_noun_before_the_sentences_only_noun_takes_it_as_object():
    (claim,) = claimx.extract("The lawsuits allege negligence in the design of the bridge.").claims
    assert claim.cue.text == "allege"
    assert claim.content.text == "negligence in the design of the bridge"


def test_a_verbs_prefix_read_as_its_subject_leaves_the_subject_to_the_name_before():
    text = (
        "The Labour Party counter-claimed a deal between the Conservatives and Liberal "
        "Democrats had put the cost up."
    )
    (claim,) = claimx.extract(text).claims
    assert claim.speaker.text.endswith("Labour Party") and claim.cue.text == "claimed"
    assert claim.content.text.startswith("a deal between the Conservatives")


def test_a_passive_clause_read_as_an_adverbial_one_is_the_content(claims_of):
    # ('said as a result the plant was closed': 'closed' hung on 'said' as an advcl)
    c = only(
        claims_of("In a statement, the firm said as a result the plant was closed for a week.")
    )
    assert (c.cue.text, c.content.text) == ("said", "as a result the plant was closed for a week")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The union called for the contract to be cancelled.",
            "called for",
            "the contract to be cancelled",
        ),
        (
            "Residents are calling for the mayor to resign over the scandal.",
            "calling for",
            "the mayor to resign over the scandal",
        ),
    ],
)
def test_for_with_a_subject_and_its_infinitive_read_as_a_clauses_mark(text, cue, content):
    c = only(claimx.extract(text).claims)
    assert (c.cue.text, c.content.text) == (cue, content)


def test_a_naming_verbs_adjective_read_as_the_objects_modifier_is_the_predicate():
    c = only(claimx.extract("The army called its actions defensive in nature.").claims)
    assert (c.cue.text, c.content.text) == ("called", "its actions defensive in nature")


def test_a_clause_after_where_it_was_said_that_the_parser_joined_to_the_cue(claims_of):
    # ('was' read as a conjunct of 'indicated', after the occasion 'on Twitter')
    c = only(claims_of("The fire service indicated on Twitter the baby girl was critically ill."))
    assert (c.cue.text, c.content.text) == ("indicated", "the baby girl was critically ill")
