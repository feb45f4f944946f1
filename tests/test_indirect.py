"""Indirect reported speech: speech and cognition cues with clausal or noun complements."""

import pytest

import claimx
from claimx.extraction.rules.verbal import verb_subject
from claimx.run.documents import extract
from conftest import by_cue, only


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The company insisted that its products were safe.", "insisted", "its products were safe"),
        (
            "Officials familiar with the talks say the deal could be signed next week.",
            "say",
            "the deal could be signed next week",
        ),
        ("Doctors believe the new drug works.", "believe", "the new drug works"),
        ("Some economists fear that a recession is coming.", "fear", "a recession is coming"),
        ("Analysts expect prices to rise.", "expect", "prices to rise"),
        ("The farmers doubt the wisdom of the new rules.", "doubt", "the wisdom of the new rules"),
        ("The governor warned that the dam could fail.", "warned", "the dam could fail"),
        ("The ministry denied the report.", "denied", "the report"),
        (
            "She argued that the tax was unfair to small firms.",
            "argued",
            "the tax was unfair to small firms",
        ),
        ("The union announced a strike for next week.", "announced", "a strike for next week"),
    ],
)
def test_cue_with_complement(claims_of, text, cue, content):
    c = only(claims_of(text))
    assert c.type == "indirect"
    assert c.cue.text == cue
    assert c.content.text == content


def test_multiword_cue_continues_to_argue(claims_of):
    text = "The opposition continues to argue that the election was unfair."
    c = only(claims_of(text))
    assert c.cue.text == "continues to argue"
    assert c.content.text == "the election was unfair"
    assert c.speaker.text == "The opposition"


def test_multiword_cue_told_reporters(claims_of):
    c = only(claims_of("Jane Smith told reporters that the factory would close."))
    assert c.cue.text == "told reporters"
    assert c.content.text == "the factory would close"


def test_coordinated_cues_share_their_subject(claims_of):
    text = "The company denied the allegations and insisted that its products were safe."
    claims = claims_of(text)
    assert len(claims) == 2
    assert by_cue(claims, "denied").content.text == "the allegations"
    insisted = by_cue(claims, "insisted")
    assert insisted.content.text == "its products were safe"
    assert insisted.speaker.text == "The company"


def test_coordinated_speech_verbs_with_clauses(claims_of):
    text = "The minister said the plan was ready and added that it would start in May."
    claims = claims_of(text)
    assert {c.cue.text for c in claims} == {"said", "added"}
    assert all(c.speaker.text == "The minister" for c in claims)


def test_passive_quoted_as_saying_keeps_its_subject(claims_of):
    c = only(claims_of("The senator was quoted as saying that the bill was dead."))
    assert c.speaker.text == "The senator"
    assert c.content.text == "the bill was dead"


def test_passive_without_agent_has_no_guessed_speaker(claims_of):
    text = (
        "Mayor Ana Ruiz visited the school. It was announced on Friday that the school would close."
    )
    c = only(claims_of(text))
    assert c.speaker is None
    assert c.cue.lemma == "announce"
    assert c.content.text == "the school would close"
    assert c.pattern == "impersonal_passive"


def test_passive_with_agent_or_personal_subject_is_not_impersonal(claims_of):
    c = only(claims_of("It was announced by the ministry that the school would close."))
    assert c.speaker.text == "the ministry"
    assert claims_of("It is expected to rain tomorrow.") == []


def test_that_clause_hung_on_the_listener_is_the_content(claims_of):
    text = "Last week he told a meeting of island leaders that few people understood the stakes."
    c = only(claims_of(text))
    assert c.cue.text == "told" and c.content.text == "few people understood the stakes"


def test_rejected_claim_keeps_the_whole_noun_phrase(claims_of):
    c = only(claims_of("The senator rejected the claim that the budget was balanced."))
    assert c.content.text == "the claim that the budget was balanced"


def test_object_keeps_the_phrase_the_parser_hangs_on_the_verb(claims_of):
    text = "The audit revealed a yawning gulf in the way the two agencies count voters."
    c = only(claims_of(text))
    assert c.content.text == "a yawning gulf in the way the two agencies count voters"


def test_object_leaves_out_when_and_where_it_was_said(claims_of):
    c = only(claims_of("The mayor denied the allegations on Tuesday."))
    assert c.content.text == "the allegations"


def test_reported_clause_runs_on_past_a_colon(claims_of):
    c = only(claims_of("He said the answer to the crisis was simple: cut taxes now."))
    assert c.content.text == "the answer to the crisis was simple: cut taxes now"


def test_accusation_keeps_its_object_and_charge(claims_of):
    c = only(
        claims_of("Democrats accused the Republicans of stoking the issue for political gain.")
    )
    assert c.content.text == "the Republicans of stoking the issue for political gain"


def test_inserted_clause_is_not_the_content_of_the_next_cue(claims_of):
    text = "Back in Virginia, Mr. Clarke said, he decided to take aim at the coal industry."
    c = only(claims_of(text))
    assert c.cue.text == "said"
    assert c.content.parts[-1].end == text.rindex(".")


def test_a_clause_set_off_by_commas_reports_the_sentence_around_it(claims_of):
    # the parser makes 'pointed out' the root and the reported sentence its dependents
    text = (
        "Many of the older buildings in the town, the report pointed out, "
        "have no fire exits at all."
    )
    c = only(claims_of(text))
    assert c.speaker.text == "the report"
    assert c.cue.text == "pointed out"
    assert "have no fire exits" in c.content.text


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "As alleged in the indictment, the three men drove to the park and attacked a "
            "teenager.",
            "the indictment",
            "the three men drove to the park and attacked a teenager",
        ),
        (
            "As described in court filings, the men planned the attack for weeks.",
            "court filings",
            "the men planned the attack for weeks",
        ),
        ("As the senator said, the plan is dead.", "the senator", "the plan is dead"),
    ],
)
def test_an_as_clause_reports_the_sentence_it_opens(claims_of, default_nlp, text, speaker, content):
    for claims in (claims_of(text), extract(text, nlp=default_nlp).claims):
        c = only(claims)
        assert (c.speaker.text, c.content.text) == (speaker, content)


def test_an_as_clause_that_reports_nothing_is_no_claim(claims_of, default_nlp):
    for text in ("As he walked in the park, the crowd cheered.", "As expected, the talks failed."):
        assert claims_of(text) == []
        assert extract(text, nlp=default_nlp).claims == []


@pytest.mark.parametrize("seed", ["0", "1"])
def test_first_preposition_of_the_cue_wins_in_every_run(seed):
    # The frames of a cue are a set: the content used to follow its order, which
    # changes with the string hash seed of each run.
    import json
    import os
    import subprocess
    import sys

    text = "The union called for more school investment on Thursday.\n"
    run = subprocess.run(
        [sys.executable, "-m", "claimx.cli", "extract", "-", "-q"],
        input=text,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": seed},
        check=True,
    )
    (claim,) = json.loads(run.stdout)["claims"]
    assert claim["content"]["text"] == "more school investment"


def test_the_listener_of_a_cue_phrase_is_not_content(claims_of, default_nlp):
    from claimx.run.documents import extract

    text = (
        "His top aide, Tad Devine, told reporters Bernie Sanders remains committed to "
        "seeing the primary through."
    )
    for claims in (claims_of(text), extract(text, nlp=default_nlp).claims):
        c = only(claims)
        assert c.cue.text == "told reporters"
        assert c.content.text == "Bernie Sanders remains committed to seeing the primary through"
        assert all(p.start >= c.cue.end or p.end <= c.cue.start for p in c.content.parts)


def test_a_statement_issued_by_someone_is_their_claim(claims_of):
    text = "The ministry issued a statement on Tuesday saying the talks had failed."
    c = by_cue(claims_of(text), "saying")
    assert c.speaker.text == "The ministry"
    assert c.content.text == "the talks had failed"
    c = only(claims_of("A statement saying the talks had failed was read out."))
    assert c.speaker.text == "A statement"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Tehran denies supplying weapons for use in the war.",
            "supplying weapons for use in the war",
        ),
        ("Officials confirmed receiving the letter on Monday.", "receiving the letter on Monday"),
    ],
)
def test_gerund_complement_of_a_denial_or_admission(claims_of, text, content):
    c = only(claims_of(text))
    assert c.content.text == content


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The minister twittered that the talks with the unions had failed.", "twittered"),
        ("Hours later the senator retweeted that the vote would be held on Friday.", "retweeted"),
        ("The economist speculated that interest rates would rise again in spring.", "speculated"),
    ],
)
def test_writing_online_and_speculating_report_claims(text, cue):
    (claim,) = claimx.extract(text).claims
    assert claim.cue.text == cue and claim.type == "indirect"


@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        (
            "Investors shrugged off the minister's claim that the economy would grow by "
            "three percent.",
            "the minister",
            "claim",
            "the economy would grow by three percent",
        ),
        (
            "The hearing opened with the company's assertion that its filters had worked.",
            "the company",
            "assertion",
            "its filters had worked",
        ),
    ],
)
def test_a_noun_cue_with_its_owner_reports_the_owners_claim(text, speaker, cue, content):
    """'the minister's claim that …' is the minister's claim, by default and under
    PolNeAR's scope, whatever the sentence's own verb does with it."""
    for claims in (claimx.extract(text).claims, claimx.extract(text, scope="all").claims):
        (claim,) = claims
        assert claim.pattern == "noun_cue"
        assert (claim.speaker.text, claim.cue.text, claim.content.text) == (speaker, cue, content)


def test_a_cue_the_tagger_read_as_a_noun_still_reports():
    """'further remarking, "…"': the -ing form governs a clause, so it is the verb."""
    text = (
        "Senator Ana Ruiz spoke in favour of the bill, further remarking, "
        '"Women in this state have waited long enough."'
    )
    (claim,) = claimx.extract(text).claims
    assert (claim.speaker.text, claim.cue.text) == ("Senator Ana Ruiz", "remarking")
    assert claim.content.text == "Women in this state have waited long enough."


def test_went_so_far_as_to_say_reports_the_subjects_claim():
    (claim,) = claimx.extract(
        "One of the children went so far as to say that the trial had been fair."
    ).claims
    assert (claim.speaker.text, claim.cue.text) == ("One of the children", "say")
    assert claim.content.text == "the trial had been fair"


def test_went_on_to_add_a_quote_is_the_subjects(default_nlp):
    text = (
        'He went on to add "The exceptions to the rule are met by the fact there is also '
        'water there," referring to caves with fresh water.'
    )
    claims = extract(text, nlp=default_nlp).claims
    quote = next(c for c in claims if c.type == "direct")
    assert (quote.speaker.text, quote.cue.text) == ("He", "went on to add")
    assert quote.content.text.startswith("The exceptions to the rule")


def test_as_reported_by_inside_another_report_only_passes_it_on(default_nlp):
    text = (
        "Earlier this week, President Erdogan said on live television — as reported by "
        "Hurriyet Daily News — that Austria would pay a heavy price."
    )
    speakers = [c.speaker.text for c in extract(text, nlp=default_nlp).claims]
    assert speakers == ["President Erdogan"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Residents are concerned that the plant will pollute the river.",
            "Residents",
            "the plant will pollute the river",
        ),
        (
            "The minister is confident that the economy will recover by spring.",
            "The minister",
            "the economy will recover by spring",
        ),
        ("He seemed sure that the deal would pass.", "He", "the deal would pass"),
        (
            "The researchers noticed that the beetles climbed on their dung balls.",
            "The researchers",
            "the beetles climbed on their dung balls",
        ),
    ],
)
def test_a_belief_said_with_an_adjective_is_the_subjects_claim(default_nlp, text, speaker, content):
    c = only(extract(text, nlp=default_nlp).claims)
    assert (c.speaker.text, c.content.text) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "It was well known that there were outside groups joining the protests.",
        "Are you sure the answer is convincing?",
        "He was happy that the team won.",
    ],
)
def test_an_adjective_with_no_one_to_hold_it_or_no_belief_is_no_claim(default_nlp, text):
    assert extract(text, nlp=default_nlp).claims == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Experts attribute the fires to human activity.",
            "attribute",
            "the fires to human activity",
        ),
        ("German Chancellor Angela Merkel seconded the call.", "seconded", "the call"),
    ],
)
def test_attributing_a_cause_and_seconding_a_call_are_claims(default_nlp, text, cue, content):
    c = only(extract(text, nlp=default_nlp).claims)
    assert (c.cue.text, c.content.text) == (cue, content)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Residents protested that the new road would cut the village in two.", "protested"),
        ("Economists calculated that the tax would raise $2 billion.", "calculated"),
        ("She swore that she had never met him.", "swore"),
    ],
)
def test_more_verbs_of_saying_and_finding_report_their_clause(default_nlp, text, cue):
    assert only(extract(text, nlp=default_nlp).claims).cue.text == cue


def test_welcoming_a_decision_is_a_stated_position(default_nlp):
    c = only(extract("The union welcomed the agreement on pay.", nlp=default_nlp).claims)
    assert (c.cue.text, c.content.text) == ("welcomed", "the agreement on pay")


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "The operation was condemned by members of the European Union.",
            "members of the European Union",
            "condemned",
            "The operation",
        ),
        (
            "The plan was criticized by environmental groups.",
            "environmental groups",
            "criticized",
            "The plan",
        ),
    ],
)
def test_a_stance_in_the_passive_has_the_agent_as_source(claims_of, text, speaker, cue, content):
    c = only(claims_of(text))
    assert (c.speaker.text, c.cue.text, c.content.text) == (speaker, cue, content)


def test_a_closing_reporting_clause_the_parser_made_a_conjunct_reports_the_sentence(claims_of):
    text = (
        "WASHINGTON — Executives from LG Display Co. Ltd. and Chunghwa Picture Tubes Ltd. "
        "have agreed to plead guilty and serve jail time in the United States for "
        "participating in a global conspiracy to fix prices in the sale of Thin Film "
        "Transistor-Liquid Crystal Display (TFT-LCD) panels, the U.S. Department of "
        "Justice announced today."
    )
    c = only(claims_of(text))
    assert (c.speaker.text, c.cue.text) == ("the U.S. Department of Justice", "announced")
    assert c.content.text.startswith("Executives from LG Display")
    assert c.content.text.endswith("(TFT-LCD) panels")


def test_a_reporter_joined_by_and_has_its_own_clause(claims_of):
    c = only(claims_of("The company cut 200 jobs, and the union said it would strike."))
    assert (c.speaker.text, c.content.text) == ("the union", "it would strike")


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        pytest.param(
            "The website reported its anonymous source claimed a fourth offender escaped.",
            ("claimed", "a fourth offender escaped", "its anonymous source"),
            id="reported + source claimed",
        ),
        pytest.param(
            "Znak.com reported that its source said the tenant moved in the day before.",
            ("said", "the tenant moved in the day before", "its source"),
            id="reported that + source said",
        ),
        pytest.param(
            "According to the BBC, a spokesman said the plant would close in March.",
            ("said", "the plant would close in March", "a spokesman"),
            id="according to + spokesman said",
        ),
    ],
)
def test_a_report_citing_a_source_gives_the_source_its_claim(text, inner):
    """The guide's "Reports citing a source": the cited source's claim is required."""
    claims = claimx.extract(text).claims
    found = {(c.cue.text, c.content.text, c.speaker.text) for c in claims}
    assert inner in found


def test_a_clause_of_the_same_voice_is_no_cited_source():
    """'said she felt …' is one voice: the pronoun is the speaker again, no cited source."""
    claims = claimx.extract("Giese said she felt the pleas might help the families.").claims
    assert [c.cue.text for c in claims] == ["said"]


def test_an_inserted_reporting_clause_keeps_the_subject_the_parser_hung_on_it(claims_of):
    """'…; around 40 liters of fuel, police said, spilled …': the parser makes the
    subject before the inserted clause part of it; it is the start of the content."""
    (claim,) = claims_of(
        "Three cars crashed near the exit; around 40 liters of fuel, police said, spilled and "
        "caught fire."
    )
    assert claim.speaker.text == "police"
    parts = [
        claim.content.text[p.start - claim.content.start : p.end - claim.content.start]
        for p in claim.content.parts
    ]
    assert parts == ["around 40 liters of fuel", "spilled and caught fire"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Police warned people in the area to stay inside and close their windows.",
            "warned",
            "people in the area to stay inside and close their windows",
        ),
        (
            "The transit authority told passengers to take the stairs instead of the escalator.",
            "told",
            "passengers to take the stairs instead of the escalator",
        ),
        (
            "Doctors advised residents to boil their water.",
            "advised",
            "residents to boil their water",
        ),
    ],
)
def test_whom_a_source_tells_to_do_something_is_part_of_the_claim(claims_of, text, cue, content):
    (claim,) = claims_of(text)
    assert (claim.cue.text, claim.content.text) == (cue, content)


def test_a_closing_cue_with_its_speaker_after_it_reports_the_sentence_before(default_nlp):
    text = (
        "WASHINGTON – John Hale was sentenced by a federal judge today to 12 years in prison "
        "for fraud related to a housing scheme in Ohio, announced Acting Assistant Attorney "
        "General Mary Stone of the Criminal Division and U.S. Attorney Paul Reed for the "
        "Southern District of Ohio."
    )
    (claim,) = extract(text, nlp=default_nlp).claims
    assert claim.content.text.startswith("John Hale was sentenced")
    assert claim.content.text.endswith("a housing scheme in Ohio")
    assert claim.speaker.text.startswith("Acting Assistant Attorney General Mary Stone")


def test_a_name_after_a_closing_cue_of_action_is_its_object_not_its_speaker(default_nlp):
    claims = extract("The minister criticised the plan, blamed John Smith.", nlp=default_nlp).claims
    assert all(c.speaker.text == "The minister" for c in claims)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The governor expressed confidence the appeal would be rejected.",
            "the appeal would be rejected",
        ),
        (
            "Several senators voiced concern the tariffs could hurt local farmers.",
            "the tariffs could hurt local farmers",
        ),
    ],
)
def test_a_noun_of_attitude_with_a_clause_and_no_that(default_nlp, text, content):
    """The parser reads the clause as a relative clause of the noun."""
    assert [c.content.text for c in extract(text, nlp=default_nlp).claims] == [content]


def test_a_relative_clause_without_its_relative_word_is_no_content(default_nlp):
    text = "The minister dismissed the concern the mayor raised on Monday."
    assert not extract(text, nlp=default_nlp).claims


def test_a_court_holds_its_ruling_and_holding_an_event_is_no_claim(default_nlp):
    text = (
        "The appeals court held that the county had waived its right to sue. "
        "The union held a rally outside the plant on Friday."
    )
    claims = extract(text, nlp=default_nlp).claims
    assert [(c.cue.text, c.content.text) for c in claims] == [
        ("held", "the county had waived its right to sue")
    ]


def test_being_critical_of_something_is_a_stated_position():
    (claim,) = claimx.extract(
        "The opposition leader was critical of the arrests made by police on Tuesday."
    ).claims
    assert (claim.speaker.text, claim.cue.text) == ("The opposition leader", "critical")
    assert claim.content.text == "the arrests made by police on Tuesday"
    assert not claimx.extract("The coach was proud of his players after the match.").claims


def test_holding_someone_responsible_lays_blame_and_a_held_meeting_is_no_claim():
    (claim,) = claimx.extract("The mayor held the utility responsible for the blackout.").claims
    assert (claim.cue.text, claim.content.text) == (
        "held",
        "the utility responsible for the blackout",
    )
    assert not claimx.extract("The party held a press conference on Monday.").claims


def test_a_participle_after_the_cue_is_the_speakers_next_claim_not_the_cues_content():
    claims = claimx.extract(
        'Governor Ruth Alder opened the fair on Saturday. "The harvest is back!" she told '
        'the crowd, noting that she serves under "a governor who I proudly say stands for '
        'the farmers."'
    ).claims
    assert [(c.cue.text, c.content.text) for c in claims] == [
        ("told", "The harvest is back!"),
        ("noting", 'she serves under "a governor who I proudly say stands for the farmers."'),
    ]
    assert {c.speaker.resolved_from is not None for c in claims} == {True}


def test_a_one_word_answer_is_what_was_said():
    claims = claimx.extract(
        "The press secretary was asked whether the envoy would resign. Cole said no, "
        "saying the documents Smith released were more dangerous to the public."
    ).claims
    said = [c for c in claims if c.cue.text == "said"]
    assert [c.content.text for c in said] == ["no"]


def test_affirming_and_insinuating_report_what_a_source_holds():
    claims = claimx.extract(
        "Government spokesmen said they will investigate all the allegations and affirmed "
        "that the cabinet is a victim of its enemies. Senator Ana Ruiz insinuates the "
        "scheme is run by the treasurer."
    ).claims
    assert [(c.cue.text, c.content.text) for c in claims] == [
        ("said", "they will investigate all the allegations"),
        ("affirmed", "the cabinet is a victim of its enemies"),
        ("insinuates", "the scheme is run by the treasurer"),
    ]


def test_the_that_clause_of_an_issued_statement_is_what_it_says():
    claims = claimx.extract(
        "The prison service issued a statement that an inmate had been stabbed in his cell. "
        "The club issued a statement on Monday."
    ).claims
    assert [(c.speaker.text, c.cue.text, c.content.text) for c in claims] == [
        ("The prison service", "issued", "an inmate had been stabbed in his cell")
    ]


def test_a_stance_noun_voiced_by_a_verb_is_a_claim_and_a_decision_alone_is_an_act():
    claims = claimx.extract(
        "The council announced its decision to close the library on Sundays. "
        "Councillor Ana Ruiz expressed an interest in a new reading room. "
        "The mayor's decision to cut funding led to protests."
    ).claims
    assert [(c.cue.text, c.content.text) for c in claims] == [
        ("decision", "to close the library on Sundays"),
        ("interest", "a new reading room"),
    ]


def test_a_clause_read_as_a_noun_phrase_after_stating_is_what_was_stated():
    claims = claimx.extract(
        "Many in parliament have denounced the leaker as a traitor, stating the breach "
        "endangered national security."
    ).claims
    stated = [c for c in claims if c.cue.text == "stating"]
    assert [c.content.text for c in stated] == ["the breach endangered national security"]


def test_a_finite_verb_joined_to_a_participle_cue_is_the_second_half_of_its_clause():
    claims = claimx.extract(
        "Dale Voss opposed the vaccine, claiming it alters the recipient's RNA and turns "
        "them into mutants."
    ).claims
    claimed = [c for c in claims if c.cue.text == "claiming"]
    assert [c.content.text for c in claimed] == [
        "it alters the recipient's RNA and turns them into mutants"
    ]


def test_what_a_published_text_says_is_the_publishers_claim():
    claims = claimx.extract(
        "Scientists at the University of Leeds posted findings estimating the number of "
        "infected people may exceed 5,000. "
        "The Labour department released a report showing a rise in unemployment of 2 percent. "
        "The senator criticised a report claiming the plant was unsafe."
    ).claims
    got = [(c.speaker.text, c.cue.text, c.content.text) for c in claims]
    assert (
        "Scientists at the University of Leeds",
        "estimating",
        "the number of infected people may exceed 5,000",
    ) in got
    shown = [g for g in got if g[1] == "showing"]
    assert [g[0] for g in shown] == ["The Labour department"]
    # criticising a report puts nothing out: the report's claim is the report's
    assert ("a report", "claiming", "the plant was unsafe") in got


def test_a_predicate_hung_away_from_the_subject_read_as_the_objects_is_the_clauses():
    claims = claimx.extract(
        "On Friday, the Northern Command released a statement saying an attack that morning "
        "on a supply depot housing British troops near Basra produced no casualties."
    ).claims
    assert [(c.cue.text, c.content.text) for c in claims] == [
        (
            "saying",
            "an attack that morning on a supply depot housing British troops near Basra "
            "produced no casualties",
        )
    ]


def test_a_longer_content_the_ranker_prefers_leaves_out_a_participle_voicing_another_claim():
    claims = claimx.extract(
        "Gloria Ortiz said a ban would not be useful, cautioning about the risks of cheap imports."
    ).claims
    said = [c for c in claims if c.cue.text == "said"]
    assert [c.content.text for c in said] == ["a ban would not be useful"]


def test_a_that_clause_joined_to_the_cue_after_its_first_content():
    quoted = claimx.extract(
        '"The low level could be caused by exposure to poisons," he said, and that '
        "both women had normal levels of the enzyme."
    ).claims
    assert [(c.type, c.content.text) for c in quoted] == [
        ("direct", "The low level could be caused by exposure to poisons"),
        ("indirect", "both women had normal levels of the enzyme"),
    ]
    reported = claimx.extract(
        "On Tuesday, President Donald Trump announced he had asked for John Bolton's "
        "resignation Monday night, and that Bolton tendered it the next morning."
    ).claims
    assert [c.content.text for c in reported] == [
        "he had asked for John Bolton's resignation Monday night, and that Bolton "
        "tendered it the next morning"
    ]


def test_who_holds_a_press_conference_or_gives_a_speech_speaks_through_it():
    claims = claimx.extract(
        "Tony Bobulinski held a press conference claiming Joe Biden knew about his son's "
        "business deals. The minister gave a speech saying the economy would recover."
    ).claims
    assert [(c.speaker.text, c.cue.text) for c in claims] == [
        ("Tony Bobulinski", "claiming"),
        ("The minister", "saying"),
    ]


def test_a_clause_after_and_or_but_told_as_speech_goes_on_with_the_reported_one():
    claims = claimx.extract(
        "Gomez also said the new app will run on phones and tablets, and users would be "
        "able to move their files with one click. "
        "She said she was keen on surgery from the first year, but in her home town there "
        "are no suitable hospitals. "
        "The minister said the plan was dead, and the opposition welcomed the news."
    ).claims
    assert [c.content.text for c in claims] == [
        "the new app will run on phones and tablets, and users would be able to move their "
        "files with one click",
        "she was keen on surgery from the first year, but in her home town there are no "
        "suitable hospitals",
        "the plan was dead",
    ]


def test_who_made_a_comment_says_what_it_says_even_read_as_its_subject():
    claims = claimx.extract(
        "In response to the claims, Germaine Richie who is the owner of the airline, made a "
        'comment saying: "We reject any allegations that we are overloading planes." '
        "The coach made a remark saying the referee was biased."
    ).claims
    assert [c.speaker.name or c.speaker.title for c in claims] == ["Germaine Richie", "coach"]


def test_polnears_scope_ends_the_claim_before_a_clause_after_and():
    text = (
        "She said she was keen on surgery from the first year, but in her home town there "
        "are no suitable hospitals."
    )
    (claim,) = claimx.extract(text, scope="all").claims
    assert claim.content.text == "she was keen on surgery from the first year"


def test_a_longer_content_the_ranker_prefers_ends_before_the_speakers_next_claim():
    claims = claimx.extract(
        "The minister noted the Libyan parliament did not ratify the deal, and mentioned a "
        "possible trip to Cairo."
    ).claims
    noted = [c.content.text for c in claims if c.cue.text == "noted"]
    assert noted == ["the Libyan parliament did not ratify the deal"]


def test_who_responds_with_a_text_speaks_through_it():
    claims = claimx.extract(
        "The company reacted with a statement saying the claims were false. "
        'Others responded with tweets calling the ruling "shameful".'
    ).claims
    assert [c.speaker.text for c in claims] == ["The company", "Others"]


def test_two_participles_of_one_speaker_are_two_claims_even_where_the_ranker_joins_them():
    claims = claimx.extract(
        "Anti-government protestors in Cairo rallied on Friday, demanding the long-time "
        "leader step down and complaining of poverty, corruption, and oppression."
    ).claims
    assert [(c.cue.text, c.content.text) for c in claims] == [
        ("demanding", "the long-time leader step down"),
        ("complaining", "poverty, corruption, and oppression"),
    ]


def test_saying_hung_on_an_idea_is_said_by_the_one_who_voiced_the_idea():
    # The parser hangs the participle on the object ('his support … saying'), or
    # reads a noun of it as the participle's subject; an idea or a thing says nothing.
    claims = claimx.extract(
        'The mayor restated his support for the plan saying, "It will pay for the schools." '
        'The union commented on the pay dispute saying, "Our members have waited long enough."'
    ).claims
    quotes = [c for c in claims if c.type == "direct"]
    assert [(c.speaker.text, c.cue.text) for c in quotes] == [
        ("The mayor", "saying"),
        ("The union", "saying"),
    ]
    supported = [c.content.text for c in claims if c.cue.text == "support"]
    assert supported in ([], ["the plan"])  # the quote is not what was supported


def test_what_was_criticised_ends_before_the_participle_that_says_why():
    claims = claimx.extract(
        "The governor criticized the recent raid saying the police had ignored the court."
    ).claims
    assert sorted((c.cue.text, c.speaker.text, c.content.text) for c in claims) == [
        ("criticized", "The governor", "the recent raid"),
        ("saying", "The governor", "the police had ignored the court"),
    ]


def test_a_text_saying_something_still_speaks_and_a_progressive_clause_is_its_own():
    claims = claimx.extract(
        'The ministry issued a statement saying, "The border stays open." '
        "The senator alleged the press was falsely claiming he had resigned."
    ).claims
    said = {c.cue.text: c.speaker.text for c in claims}
    assert said["saying"] == "The ministry"
    assert said["claiming"] == "the press"


def test_the_next_items_of_a_listed_object_stay_in_the_reported_clause():
    # the parser hangs the second 'new thinking' on 'said', as what was said
    (claim,) = claimx.extract(
        "The current acting party chair, Ewan Roberts, the first to declare his intention "
        "to stand, said that he wanted new thinking to tackle poverty and social injustice, "
        "new thinking to underpin a modern constitution, and a radical democratic revolution."
    ).claims
    assert claim.content.text.endswith("and a radical democratic revolution")


def test_a_second_verb_of_the_speaker_after_comma_and_is_no_part_of_what_was_said():
    claims = claimx.extract(
        "The senator said there was a need to cut taxes, and promised to vote against the budget."
    ).claims
    assert [(c.cue.text, c.content.text) for c in claims] == [
        ("said", "there was a need to cut taxes"),
        ("promised", "to vote against the budget"),
    ]


def test_names_of_one_kind_in_a_row_are_a_list_not_an_aside():
    (claim,) = claimx.extract(
        "The inspector stated raids were carried out in Australia, Brazil, Canada, the "
        "Czech Republic, Germany, Ireland and Peru."
    ).claims
    assert claim.content.text.endswith("Germany, Ireland and Peru")


def test_a_text_made_by_an_act_speaks_itself_and_a_scene_is_no_content(default_nlp):
    # a policy or plan set up urges what it urges; an appeal made is its maker's
    doc = default_nlp(
        "The secretary general established a policy urging employees to report abuse. "
        "The council adopted a new plan calling for employees to report violations. "
        "The union made an appeal asking that the mines be reopened."
    )
    speakers = {t.text: verb_subject(t).text for t in doc if t.tag_ == "VBG"}
    assert speakers == {"urging": "policy", "calling": "plan", "asking": "union"}
    claims = claimx.extract(
        "The president spoke against the bronze backdrop of the new museum.", scope="all"
    ).claims
    assert claims == []


def test_two_clauses_joined_by_and_before_a_closing_reporting_clause_are_both_reported():
    claims = claimx.extract(
        "The plant was closed last year, and workers were told their jobs were safe, the "
        "union said. About 70 people were detained for blocking roads, the agency reported, "
        "but no clashes occurred."
    ).claims
    assert [c.content.text for c in claims] == [
        "The plant was closed last year, and workers were told their jobs were safe",
        "About 70 people were detained for blocking roads",
    ]


def test_a_demand_that_something_be_done_is_the_callers_claim():
    # 'for' opens a clause of its own here ('called for the bill to be dropped'), which
    # the parser reads as the clause's marker, not the cue's preposition
    text = "Legal and religious groups have called for the bill to be dropped."
    (claim,) = claimx.extract(text).claims
    assert claim.content.text == "the bill to be dropped"
    assert claim.speaker.text == "Legal and religious groups"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The company said profits fell 18%.", "profits fell 18%"),
        ("Sales rose 5%, the retailer said on Tuesday.", "Sales rose 5%"),
        (
            "The campaign said #MeToo had changed the film industry.",
            "#MeToo had changed the film industry",
        ),
    ],
)
def test_a_content_keeps_the_signs_its_words_carry(nlp, text, content):
    (claim,) = extract(text, nlp=nlp).claims
    assert claim.content.text == content


def test_a_participle_of_saying_after_the_clause_is_its_own_claim(default_nlp):
    text = (
        'The mayor insisted he had done nothing wrong, telling reporters: "I followed the rules."'
    )
    claims = extract(text, nlp=default_nlp).claims
    assert [(c.cue.text, c.content.text) for c in claims] == [
        ("insisted", "he had done nothing wrong"),
        ("telling reporters", "I followed the rules."),
    ]


def test_a_fronted_reporting_clause_the_parser_made_an_adverbial_reports_the_clause(
    default_nlp,
):
    text = (
        "The Guardian reported from interviews, there is also anger at the new rules in "
        "Lagos, where the market was closed."
    )
    (claim,) = extract(text, nlp=default_nlp).claims
    assert (claim.speaker.text, claim.cue.text, claim.content.text) == (
        "The Guardian",
        "reported",
        "there is also anger at the new rules in Lagos",
    )


def test_a_light_verb_s_noun_takes_the_preposition_hung_on_the_verb(default_nlp):
    # (a sentence of the labelled set, whose parse hangs 'for' on 'voiced')
    text = "Some British comedians voiced their support for Meechan."
    (claim,) = extract(text, nlp=default_nlp).claims
    assert (claim.cue.text, claim.content.text) == ("support", "Meechan")


def test_a_defence_team_is_a_speaker(default_nlp):
    text = "Meechan's defense, by attorney Ross Brown, maintained the video was a joke."
    (claim,) = extract(text, nlp=default_nlp).claims
    assert (claim.cue.text, claim.content.text) == ("maintained", "the video was a joke")


@pytest.mark.parametrize(
    "text",
    [
        'The clause that bans "unauthorized images of officers" is cited as the reason for '
        "the fine, however, police spokesperson Ana Ruiz said it was up to the officers "
        "involved.",
        'Turnout was reported as "very high" in the capital, however, observers said many '
        "polling stations opened late.",
    ],
)
def test_a_clause_a_contrasting_adverb_sets_before_the_cue_is_the_writers(text):
    """The parser may hang the sentence before ', however,' on the cue as a second
    complement; only the clause after the cue is reported, by the rules or the learned
    layer."""
    claims = claimx.extract(text).claims
    assert len(claims) == 1
    assert claims[0].content.text.startswith(("it was up to", "many polling stations"))


def test_a_claim_before_a_contrasting_adverb_keeps_its_own_source():
    claims = claimx.extract(
        'The company blamed "unforeseen delays" for the closure, however, a union spokesman '
        "said workers had been warned months ago."
    ).claims
    assert [(c.speaker.text, c.content.text) for c in claims] == [
        ("The company", '"unforeseen delays" for the closure'),
        ("a union spokesman", "workers had been warned months ago"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "The Prince was keen to stress that those in power had not changed.",
            "The Prince",
            "was keen to stress",
            "those in power had not changed",
        ),
        (
            "The minister was careful to note that no decision had been made.",
            "The minister",
            "was careful to note",
            "no decision had been made",
        ),
    ],
)
def test_a_saying_verb_after_an_adjective_of_manner_is_the_subjects_claim(
    claims_of, text, speaker, cue, content
):
    (claim,) = claims_of(text)
    assert (claim.speaker.text, claim.cue.text, claim.content.text) == (speaker, cue, content)


@pytest.mark.parametrize(
    "text",
    [
        "Many bloggers are willing to see the bill approved.",  # seeing is no saying
        "The president is likely to announce the plan on Friday.",  # a forecast
    ],
)
def test_an_adjective_before_a_cue_that_tells_no_manner_of_saying_gives_no_claim(claims_of, text):
    assert claims_of(text) == []


def test_concern_for_something_is_a_stated_concern():
    (claim,) = claimx.extract("A Tondar spokesman expressed concern for his own safety.").claims
    assert (claim.speaker.text, claim.content.text) == ("A Tondar spokesman", "his own safety")


@pytest.mark.parametrize(
    "text",
    [
        "As he told the BBC, the plan was never going to work.",
        "As the minister told parliament on Monday, the plan was never going to work.",
    ],
)
def test_an_as_clause_with_a_listener_reports_the_sentence_it_opens(claims_of, text):
    (claim,) = claims_of(text)
    assert (claim.cue.text, claim.content.text) == ("told", "the plan was never going to work")


def test_a_claim_does_not_run_on_into_a_quotation_of_its_own():
    """The ranker may prefer a content that runs on through the next sentence of the
    paragraph; a quoted sentence there is a quotation of its own."""
    claims = claimx.extract(
        "Researchers said crop yields would fall.\n\nAs Colette Heald told The Huffington "
        'Post, US surface ozone has dropped partly due to the Clean Air Act. "Despite an '
        'increase in vehicle miles driven, surface ozone has declined by 25 percent."'
    ).claims
    assert [c.content.text for c in claims if c.speaker.canonical == "Colette Heald"] == [
        "US surface ozone has dropped partly due to the Clean Air Act",
        "Despite an increase in vehicle miles driven, surface ozone has declined by 25 percent.",
    ]


def test_a_closing_report_that_cites_a_source_is_the_sources_claim():
    """'…, the Associated Press reported, citing local officials.': the learned layer
    dropped the rules' claim; a closing report comes back though whom it cites follows."""
    (claim,) = claimx.extract(
        "At least 20 people died, the Associated Press reported, citing local officials."
    ).claims
    assert (claim.speaker.text, claim.content.text) == (
        "local officials",
        "At least 20 people died",
    )


def test_a_poll_shows_where_its_object_stands():
    """'showed Labour six points ahead': the parser reads the party as whom the poll
    showed something to, and the standing as the verb's adverb."""
    (claim,) = claimx.extract(
        "The poll showed Labour six points ahead of the Conservatives."
    ).claims
    assert claim.speaker.text == "The poll" and claim.cue.text == "showed"
    assert claim.content.text == "Labour six points ahead of the Conservatives"


def test_a_saying_participle_read_as_a_prepositions_object_takes_the_clauses_subject():
    text = (
        "After the match, Jürgen Klopp spoke about Salah's injury saying, \"It's a serious "
        'injury, a really serious injury."'
    )
    (claim,) = claimx.extract(text).claims
    assert claim.speaker.text == "Jürgen Klopp" and claim.cue.text == "saying"
    assert claim.content.text == "It's a serious injury, a really serious injury."


def test_a_name_the_parser_read_as_the_cues_adverb_is_its_speaker():
    # in this context the parser makes 'TEPCO' an adverb of 'says', which has no subject
    text = (
        "Radiation at that tank soared to 1,800 millisieverts per hour yesterday, a rate "
        "lethal to an exposed human in about four hours. Japanese law says nuclear workers "
        "cannot be exposed to more than 50 millisieverts in a year.\n\n"
        "TEPCO says other locations at the plant have readings of 70–230 millisieverts per hour."
    )
    claims = claimx.extract(text).claims
    (claim,) = [c for c in claims if c.content.text.startswith("other locations at the plant")]
    assert claim.speaker.text == "TEPCO" and claim.cue.text == "says"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The new radiation involves beta rays, TEPCO said, which can be stopped with a "
            "sheet of metal.",
            "TEPCO",
            "The new radiation involves beta rays",
        ),
        (
            "The plan will fail, officials said, which would be a blow to the mayor.",
            "officials",
            "The plan will fail",
        ),
    ],
)
def test_a_relative_clause_after_an_inserted_cue_is_the_writers(text, speaker, content):
    (claim,) = claimx.extract(text).claims
    assert (claim.speaker.text, claim.content.text) == (speaker, content)


def test_a_participle_of_thinking_after_a_comma_is_no_part_of_the_clause():
    text = (
        "ComRes polling indicated the eventual outcome of the election is too close to call, "
        "projecting the Conservatives with 34% of the vote and Labour 33%."
    )
    claim = by_cue(claimx.extract(text).claims, "indicated")
    assert claim.content.text == "the eventual outcome of the election is too close to call"


def test_a_subject_read_as_the_object_keeps_its_verb_after_a_set_off_participle():
    text = (
        "Daily newspaper Sankei Shimbun claimed all charges, brought after local residents "
        "complained, were to be dropped."
    )
    (claim,) = claimx.extract(text).claims
    assert claim.content.text == (
        "all charges, brought after local residents complained, were to be dropped"
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Campaigning for his wife Hillary Clinton, former president Bill Clinton on "
            "Monday said the economy was strong.",
            "Bill Clinton",
        ),
        (
            "In an interview with the BBC, the spokesman, Garba Shehu, on Sunday said the "
            "troops had left.",
            "Garba Shehu",
        ),
        (
            "Speaking to reporters in Kabul, the commander, John Allen, yesterday said the "
            "attack had failed.",
            "John Allen",
        ),
    ],
)
def test_a_speaker_hung_on_an_opening_phrase_before_the_verbs_time_words(text, speaker):
    # the parser hangs the name on the opening phrase; 'on Monday', 'yesterday' are
    # the verb's own words between the name and the verb
    (claim,) = claimx.extract(text).claims
    assert claim.speaker.name == speaker and claim.cue.text == "said"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Having had two operations for a heart condition, Tanaka in a televised address "
            "last month said his health was failing.",
            "Tanaka",
        ),
        (
            "Having undergone surgery and treatment for lung cancer, the singer Ito in an "
            "interview this week said she would tour again.",
            "the singer Ito",
        ),
        ("The company in a filing with regulators said profits fell.", "The company"),
        # (a phrase of who the source is stays)
        ("Officials in the opposition said the vote was rigged.", "Officials in the opposition"),
    ],
)
def test_the_occasion_hung_on_the_speaker_is_no_part_of_it(text, speaker):
    (claim,) = claimx.extract(text).claims
    assert claim.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The study states that few if any farmers use the new seed.",
            "few if any farmers use the new seed",
        ),
        (
            "The report notes that few if any companies pay the tax.",
            "few if any companies pay the tax",
        ),
    ],
)
def test_a_that_the_parser_took_for_an_object_opens_the_content(text, content):
    (claim,) = claimx.extract(text).claims
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a present modal after a cue in the past goes on with what was said
        (
            "He said change is not easy, and he will continue to pursue it.",
            "change is not easy, and he will continue to pursue it",
        ),
        # a verb that cannot agree with the cue's singular subject is the clause's
        (
            "He said Americans want affordable health care, but do not want the government "
            "to run it.",
            "Americans want affordable health care, but do not want the government to run it",
        ),
        # a state of mind goes on after the clause's adjective
        (
            "Obama acknowledged many Americans are frustrated and angry, doubting whether he "
            "can deliver the change he promised.",
            "many Americans are frustrated and angry, doubting whether he can deliver the "
            "change he promised",
        ),
    ],
)
def test_the_second_half_of_a_reported_clause_hung_on_the_cue(text, content):
    (claim,) = claimx.extract(text).claims
    assert claim.content.text == content


def test_the_learned_layer_keeps_the_second_half_of_a_clause_the_rules_joined():
    # taught on PolNeAR, which ends a claim before ', and', the tagger would cut it;
    # and the quote mark that opens the next sentence is no part of the content
    text = (
        'But he said change is not easy, and he will continue to pursue it. "We do not '
        'quit," he said.'
    )
    claim = by_cue(claimx.extract(text).claims, "said")
    assert claim.content.text == "change is not easy, and he will continue to pursue it"
    assert claim.pattern == "clausal_joined_complement"


def test_what_encourages_a_thing_says_nothing():
    assert claimx.extract("The rain encouraged the growth of weeds.").claims == []


def test_a_clause_after_an_inserted_cue_keeps_the_sentence_it_reports():
    # the words after the cue go on with the sentence; the learned layer, taught on
    # PolNeAR, would take them alone for the content and drop the claim
    text = (
        "Saturday's parade started at Portland Place at noon and ended at Whitehall, the "
        "BBC reported, with 30,000 people taking part."
    )
    (claim,) = claimx.extract(text).claims
    assert claim.speaker.text == "the BBC"
    assert claim.content.text.startswith("Saturday's parade started")


def test_a_clause_joined_after_a_quoted_complement_is_a_second_claim():
    claims = claimx.extract(
        'The mayor said "we will rebuild" and the town would get help from the state.'
    ).claims
    assert [(c.type, c.content.text) for c in claims] == [
        ("direct", "we will rebuild"),
        ("indirect", "the town would get help from the state"),
    ]
    assert {c.speaker.text for c in claims} == {"The mayor"}


def test_a_clause_set_off_by_a_comma_after_a_quote_is_the_writers():
    text = 'The minister said "We could not win," and the flag is at half-mast.'
    assert [c.content.text for c in claimx.extract(text).claims] == ["We could not win"]
