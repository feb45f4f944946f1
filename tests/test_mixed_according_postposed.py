"""Mixed quotes, 'according to', postposed reporting clauses and colon-introduced quotes."""

import pytest

import claimx
from claimx.run.documents import extract
from conftest import only


def test_mixed_object_predicate_with_partial_quote(claims_of):
    text = "The agency described the storm as “the worst in fifty years” on Monday."
    c = only(claims_of(text))
    assert c.type == "mixed"
    assert "“the worst in fifty years”" in c.content.text
    assert c.speaker.text == "The agency"


def test_mixed_clause_with_partial_quote(claims_of):
    text = 'The judge said the defendant had shown "no remorse at all" during the trial.'
    c = only(claims_of(text))
    assert c.type == "mixed"
    assert c.content.text == 'the defendant had shown "no remorse at all" during the trial'


def test_according_to_before_its_content(claims_of):
    text = "According to the World Health Organization, the outbreak is under control."
    c = only(claims_of(text))
    assert c.type == "according_to"
    assert c.cue.text == "According to"
    assert c.content.text == "the outbreak is under control"
    assert c.speaker.canonical == "World Health Organization"
    assert c.speaker.kind == "organization"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "BOSTON, May 3 — According to the state auditor, the agency lost track of $2 million.",
            "the agency lost track of $2 million",
        ),
        (
            "LONDON, Oct. 12 — According to figures released by the Home Office, crime "
            "fell by 5 percent last year.",
            "crime fell by 5 percent last year",
        ),
        (
            "According to a new report requested by Sen. Jane Holt (D-Vt.) and released "
            "Tuesday by the Congressional Budget Office (CBO), wealth inequality has "
            "widened.",
            "wealth inequality has widened",
        ),
        (
            "According to a study commissioned by the city and published on Monday by "
            "Harbor Research, rents rose sharply.",
            "rents rose sharply",
        ),
    ],
)
def test_according_to_after_a_dateline_or_with_a_second_participle(claims_of, text, content):
    """A dateline is no part of the clause, and a second participle that describes the
    source ('and released Tuesday by …') is the source's, wherever the parser hangs
    them."""
    c = only(claims_of(text))
    assert (c.cue.text, c.content.text) == ("According to", content)


def test_according_to_a_titled_person_after_a_place_names_the_person(claims_of):
    """The parser may end the source at the place ('Vermont') and make the person the
    clause's subject: the source is the place, the title and the person's name."""
    text = "According to Vermont Senator Alan Ross, the bridge is one of six."
    c = only(claims_of(text))
    assert c.speaker.text == "Vermont Senator Alan Ross"
    assert (c.speaker.name, c.speaker.title) == ("Alan Ross", "senator")
    assert c.content.text == "the bridge is one of six"


def test_according_to_after_its_content(claims_of):
    text = "The outbreak is under control, according to health officials in the province."
    c = only(claims_of(text))
    assert c.content.text == "The outbreak is under control"
    assert c.speaker.text == "health officials in the province"
    assert c.speaker.anonymous


def test_sentence_final_according_to_covers_the_whole_sentence(claims_of):
    """Hung by the parser on the if-clause, the phrase still attributes the whole sentence;
    what Smith said is nested in it, and the phrase is no part of Smith's words."""
    text = "Smith said the plan would fail if the vote came too late, according to aides."
    c = only(claims_of(text))
    assert c.type == "according_to" and c.speaker.text == "aides"
    assert c.content.text == "Smith said the plan would fail if the vote came too late"


def test_according_to_inside_its_clause_gives_both_sides(claims_of):
    text = "The mayor, according to aides, said the plan would fail."
    c = only(claims_of(text))
    assert c.type == "according_to"
    assert [text[p.start : p.end] for p in c.content.parts] == [
        "The mayor",
        "said the plan would fail",
    ]


def test_final_according_to_is_no_part_of_the_verb_content(nlp):
    from claimx.extraction.quotes import find_quotes
    from claimx.extraction.rules import Context
    from claimx.extraction.rules.base import Found
    from claimx.extraction.rules.verbal import reporting_verbs

    text = "Smith said the plan would fail if the vote came too late, according to aides."
    doc = nlp(text)
    ctx = Context(doc=doc, quotes=find_quotes(text), lexicon=nlp.get_pipe("claimx").lexicon)
    (said,) = [c for c in reporting_verbs(ctx, Found()) if c.cue_lemma == "say"]
    (run,) = said.content
    assert text[run[0] : run[1]] == "the plan would fail if the vote came too late"


def test_relative_according_to_which_is_not_a_claim(claims_of):
    text = "They adopted a rule, according to which all bags are searched."
    assert all(c.type != "according_to" for c in claims_of(text))


def test_postposed_media_report(claims_of):
    text = "The central bank will raise rates again in June, Bloomberg reports."
    c = only(claims_of(text))
    assert c.content.text == "The central bank will raise rates again in June"
    assert c.speaker.text == "Bloomberg" and c.speaker.kind == "media"


def test_postposed_clause_with_institution(claims_of):
    text = "Unemployment fell to 4 percent in May, the Labor Department reported."
    c = only(claims_of(text))
    assert c.content.text == "Unemployment fell to 4 percent in May"
    assert c.speaker.canonical == "Labor Department"


def test_inserted_reporting_clause_gives_two_parts(claims_of):
    text = "The plan, officials say, will cut emissions by half."
    c = only(claims_of(text))
    pieces = [text[p.start : p.end] for p in c.content.parts]
    assert pieces == ["The plan", "will cut emissions by half"]
    assert c.speaker.text == "officials" and c.speaker.anonymous


def test_colon_after_a_name_introduces_a_quote(claims_of):
    text = (
        "Volunteers cleared the beach on Sunday.\n"
        "Maria Gonzalez: “We collected 300 kilos of plastic.”"
    )
    c = only(claims_of(text))
    assert c.type == "direct" and c.cue.text == ":"
    assert c.speaker.text == "Maria Gonzalez"
    assert c.content.text == "We collected 300 kilos of plastic."


def test_cue_verb_then_colon_then_quote(claims_of):
    text = "The coach added: “Nobody expected us to win the title this year.”"
    c = only(claims_of(text))
    assert c.type == "direct" and c.cue.text == "added"
    assert c.content.text == "Nobody expected us to win the title this year."


def test_transcript_speaker_in_capitals(claims_of):
    text = (
        "The interview was broadcast on Sunday.\n\n"
        "HOLT: Let us start with the economy tonight.\n\n"
        "CLINTON: Well, thank you, Lester, and thanks to everyone.\n"
    )
    claims = claims_of(text)
    assert [c.speaker.text for c in claims] == ["HOLT", "CLINTON"]
    assert claims[1].content.text == "Well, thank you, Lester, and thanks to everyone."


def test_headline_colon_after_a_person(claims_of):
    text = (
        "Warren: Wells Fargo Chief Should Be Investigated\n\n"
        "Senator Elizabeth Warren spoke at a hearing on Tuesday."
    )
    claims = claims_of(text)
    assert len(claims) == 1 and claims[0].cue.text == ":"
    assert claims[0].speaker.canonical == "Elizabeth Warren"


def test_title_case_headline_with_a_cue_verb(claims_of):
    text = (
        "Jeb Bush Super PAC Chief Praises Marco Rubio Donor’s Skywriting Campaign\n\n"
        "The campaign ran over Florida on Sunday."
    )
    claims = claims_of(text)
    assert len(claims) == 1 and claims[0].cue.text == "Praises"
    assert claims[0].speaker.text == "Jeb Bush Super PAC Chief"
    assert claims[0].content.text == "Marco Rubio Donor’s Skywriting Campaign"


def test_headline_colon_with_a_group_speaker_but_not_a_section_label(claims_of):
    text = "Clinton camp: Trump’s rhetoric threatens national security.\n\nMore follows."
    (claim,) = claims_of(text)
    assert claim.speaker.canonical == "Clinton camp" and claim.cue.text == ":"
    assert claims_of("Analysis: The race tightens in Ohio\n\nVoters are split.") == []


def test_a_view_set_first_with_for_is_its_holders_claim():
    import claimx

    (claim,) = claimx.extract(
        "For many local bloggers, the coverage of the crash has been outrageous."
    ).claims
    assert claim.cue.text == "For" and claim.speaker.text == "many local bloggers"
    assert claim.content.text == "the coverage of the crash has been outrageous"
    for text in (
        "For years, the bridge was closed to traffic.",
        "For an American Samoan, applying for a passport costs $110.",
        "For the first time, the council met online.",
        "For his efforts, the volunteer was honoured by the city council.",
        "For her scientific contributions, Maria Keller was elected to the Academy in 1998.",
    ):
        assert claimx.extract(text).claims == [], text
    (claim,) = claimx.extract("For their supporters, the new law is a historic victory.").claims
    assert claim.speaker.text == "their supporters"


def test_a_view_set_first_whose_subject_the_parser_hung_on_the_holder():
    text = (
        "For Leite de Cobra, the way in which the non-arrival of the airbus and supposed "
        "disaster has been treated is outrageous."
    )
    claims = claimx.extract(text).claims
    assert [(c.speaker.text, c.cue.text) for c in claims] == [("Leite de Cobra", "For")]
    assert claims[0].content.text.startswith("the way in which")


def test_according_to_after_a_conjunction_reports_the_conjunct_after_it(claims_of):
    text = (
        "YPG is the main fighting force of the SDF, largely Kurdish and, according to "
        "Turkey, supportive of the PKK."
    )
    (claim,) = claims_of(text)
    assert claim.content.text == "supportive of the PKK"
    assert claim.speaker.text == "Turkey"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        pytest.param(
            "Per the doctrines, testimony of two witnesses is required to convict a person.",
            "testimony of two witnesses is required to convict a person",
            "the doctrines",
            id="per opening the sentence",
        ),
        pytest.param(
            "The name must not cite a place, per WHO guidelines established in 2015.",
            "The name must not cite a place",
            "WHO guidelines established in 2015",
            id="per after a comma",
        ),
    ],
)
def test_per_x_is_according_to_x(text, content, source):
    (claim,) = claimx.extract(text).claims
    assert (claim.type, claim.cue.text.lower(), claim.content.text) == (
        "according_to",
        "per",
        content,
    )
    assert claim.speaker.text == source


@pytest.mark.parametrize(
    "text",
    ["Prices rose 5 per cent in May.", "Per capita income fell.", "Tickets cost $5 per person."],
)
def test_per_as_a_measure_is_no_source(text):
    assert [c for c in claimx.extract(text).claims if c.type == "according_to"] == []


def test_according_to_x_who_said_keeps_the_relative_clause_out(default_nlp):
    text = (
        "The shooting began at 10:39 a.m., according to police, who said officers arrived "
        "six minutes later."
    )
    found = {c.cue.text: c.content.text for c in extract(text, nlp=default_nlp).claims}
    assert found["according to"] == "The shooting began at 10:39 a.m."


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "One child was, according to the fire service, among the dead.",
            "One child was, according to the fire service, among the dead",
            id="what the parser hung on the phrase is the clause's",
        ),
        pytest.param(
            "At least seventeen people died and 35 were rescued, according to officials, some "
            "of whom were hospitalised.",
            "At least seventeen people died and 35 were rescued",
            id="the sentence before, not the source's relative clause",
        ),
        pytest.param(
            "According to Johnson's critics, this is a ploy to achieve a no-deal Brexit, meaning "
            "the UK would leave without a deal.",
            "this is a ploy to achieve a no-deal Brexit",
            id="the writer's gloss after meaning",
        ),
        pytest.param(
            "The fire crews reached the house within ten minutes, according to the county, "
            "but the family had already escaped.",
            "The fire crews reached the house within ten minutes",
            id="the phrase closes its clause before a contrasting one",
        ),
        pytest.param(
            "According to the city charter, the deputy mayor would take over, but that post "
            "has been empty since March.",
            "the deputy mayor would take over",
            id="a contrasting clause with its own subject is the writer's",
        ),
        pytest.param(
            "According to the airline, the aircraft broke into two pieces but did not catch fire.",
            "the aircraft broke into two pieces but did not catch fire",
            id="one subject's two predicates are both reported",
        ),
        pytest.param(
            "According to the lawsuit, Ortiz was the firm's treasurer, Bell was its chairman "
            "and Shaw was the sales director of a second company.",
            "Ortiz was the firm's treasurer, Bell was its chairman and Shaw was the sales "
            "director of a second company",
            id="an opening phrase reports the rest of its sentence",
        ),
        pytest.param(
            "According to the fire service, the road has a steep bend, so when the lorry "
            "failed to stop, it rolled into a ditch.",
            "the road has a steep bend, so when the lorry failed to stop, it rolled into a ditch",
            id="what the parser hung elsewhere is still the rest of the sentence",
        ),
        pytest.param(
            "According to the embassy, the man died on Friday; local officials described "
            "him as a teacher.",
            "the man died on Friday",
            id="up to a semicolon",
        ),
    ],
)
def test_according_to_contents(text, content):
    (claim,) = [c for c in claimx.extract(text).claims if c.type == "according_to"]
    assert claim.content.text == content


def test_an_inserted_reporting_clause_reports_what_the_parser_hung_on_it_after_its_comma():
    text = (
        "The guardrail would be examined, Roberts said, to determine if it had performed "
        "as designed."
    )
    (claim,) = claimx.extract(text).claims
    parts = [text[p.start : p.end] for p in claim.content.parts]
    assert parts == [
        "The guardrail would be examined",
        "to determine if it had performed as designed",
    ]


def test_according_to_in_a_verb_that_shares_its_subject_reports_the_whole_clause(claims_of):
    text = (
        "Two gunmen attacked the reporter shortly after he left his nearby home, then, "
        "according to security officials, fled."
    )
    (claim,) = claims_of(text)
    assert claim.content.text.startswith("Two gunmen attacked the reporter")
    assert claim.content.text.endswith("fled")
    assert len(claim.content.parts) == 2


@pytest.mark.parametrize(
    ("text", "holder", "content"),
    [
        (
            "The professor praised the students. In his view, a young surgeon has almost no "
            "chance to become a leading specialist without years of practice.",
            "The professor",
            "a young surgeon has almost no chance to become a leading specialist without years "
            "of practice",
        ),
        (
            "From her perspective, the reforms came too late for the farmers.",
            "her",
            "the reforms came too late for the farmers",
        ),
    ],
)
def test_a_view_someone_holds_is_their_claim(claims_of, text, holder, content):
    claim = [c for c in claims_of(text) if c.pattern == "stated_view"][0]
    assert (claim.speaker.text, claim.content.text) == (holder, content)


def test_the_writers_own_view_is_no_claim(claims_of):
    assert claims_of("In my view, the reforms came too late for the farmers.") == []


def test_an_opening_according_to_leaves_the_clauses_subject_to_the_clause(claims_of):
    """The parser reads the subject after 'According to X,' as X's conjunct."""
    (claim,) = claims_of(
        "According to the researchers, sacrifice and mummification of sacred ibises was common "
        "in Egypt from about 664 BCE."
    )
    assert claim.speaker.text == "the researchers"
    assert claim.content.text.startswith("sacrifice and mummification of sacred ibises was")


def test_an_opening_according_to_gives_back_a_subject_set_beside_the_sources_noun(claims_of):
    """The parser set 'the chief executive, John Smith' beside 'the company', the last
    noun of the source, leaving 'resigned' without a subject."""
    (claim,) = claims_of(
        "According to a statement from the company, the chief executive, John Smith, "
        "resigned on Friday."
    )
    assert claim.speaker.text == "a statement from the company"
    assert claim.content.text == "the chief executive, John Smith, resigned on Friday"


def test_according_to_on_a_closing_participle_reports_the_participle_only():
    text = (
        "Typhoon Phanfone made landfall on the central Philippines on Wednesday, killing at "
        "least 20 according to Philippine officials."
    )
    (claim,) = claimx.extract(text).claims
    assert claim.content.text == "killing at least 20"


def test_according_to_after_a_comma_reports_the_whole_sentence():
    text = "The storm hit the coast on Monday, killing at least 20, according to officials."
    (claim,) = claimx.extract(text).claims
    assert claim.content.text.startswith("The storm hit the coast")


@pytest.mark.parametrize(
    "text",
    [
        # 'WHO', the health organisation, is no relative pronoun
        "According to the WHO, measles cases rose sharply in the first half of the year.",
        # the parser made 'According' the root and hung the clause on 'days'
        "According to Dallorso, for days Zamperoni's car was parked and Zamperoni had not "
        "paid rent.",
    ],
)
def test_according_to_opening_its_sentence_reports_the_rest(default_nlp, text):
    c = only(extract(text, nlp=default_nlp).claims)
    assert c.type == "according_to"
    assert c.content.text == text.split(", ", 1)[1].rstrip(".")


def test_a_contrast_that_reports_another_source_is_theirs(default_nlp):
    text = (
        'The governor said the crash was "a terrible loss" for the state while Transport '
        "Minister Ana Ruiz wrote she had ordered checks on every bus."
    )
    claims = extract(text, nlp=default_nlp).claims
    by_speaker = {c.speaker.name: c.content.text for c in claims}
    assert by_speaker["Ana Ruiz"] == "she had ordered checks on every bus"
    governor = next(c for c in claims if c.speaker.text == "The governor")
    assert governor.content.text == 'the crash was "a terrible loss" for the state'


def test_a_name_set_off_after_an_according_to_role_is_the_sources():
    text = (
        "According to the Lakeview mayor, Ana Ruiz, during the weekend, police were "
        "searching the riverbank."
    )
    (claim,) = claimx.extract(text).claims
    assert claim.content.text == "during the weekend, police were searching the riverbank"
    assert (claim.speaker.name, claim.speaker.title) == ("Ana Ruiz", "mayor")


def test_a_poll_named_before_its_figures_is_their_source(default_nlp):
    """'In the … poll, X drew two percent': the poll's finding, on the default path too,
    whatever the learned layer (which saw few such) makes of it."""
    text = (
        "Ortiz campaigned in Ohio on Tuesday. In the September 14–16 Harwell poll, she "
        "drew two percent. In late October polls, Ortiz was in third place."
    )
    claims = extract(text, nlp=default_nlp).claims
    assert [(c.cue.text, c.content.text) for c in claims] == [
        ("In", "she drew two percent"),
        ("In", "Ortiz was in third place"),
    ]
    assert {c.speaker.source_type for c in claims} == {"document"}


def test_as_hung_on_the_last_of_two_objects(default_nlp):
    """'described A and B as "traitors"': the parser hangs 'as' on B."""
    text = 'The president described Kamara and the opposition as "traitors".'
    (c,) = extract(text, nlp=default_nlp).claims
    assert (c.type, c.cue.text, c.content.text) == ("direct", "described", "traitors")


def test_a_participle_describing_an_opening_according_to_source_is_the_sources():
    text = (
        "According to the indictment and other documents entered into the record on "
        "Monday, Jones paid the inspector in cash."
    )
    (claim,) = claimx.extract(text).claims
    assert claim.content.text == "Jones paid the inspector in cash"
    assert (
        claim.speaker.text == "the indictment and other documents entered into the record on Monday"
    )


def test_an_according_to_source_broken_at_a_hyphen_is_one_phrase():
    claims = claimx.extract(
        "The leader had surgery for intestinal bleeding according to Cuban vice-premier "
        "Carlos Lage and Cuba's health minister José Ramón Balaguer."
    ).claims
    (claim,) = [c for c in claims if c.cue.text == "according to"]
    assert claim.speaker.text == (
        "Cuban vice-premier Carlos Lage and Cuba's health minister José Ramón Balaguer"
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the object holds a quoted name of its own
        (
            'The organisers called the "Save the Dunes" group "reckless" in a statement.',
            "reckless",
        ),
        # quoted labels joined by 'and'
        (
            'Speaker Paul Ryan criticized the remarks, describing them as "unfortunate" and '
            '"unhelpful."',
            'unfortunate" and "unhelpful.',
        ),
    ],
)
def test_a_short_quoted_label_is_a_direct_claim_of_the_label_alone(text, content):
    claims = [c for c in claimx.extract(text).claims if c.cue.lemma in {"call", "describe"}]
    assert [(c.type, c.content.text) for c in claims] == [("direct", content)]


def test_a_subject_split_from_its_quoted_clause_by_the_parser_stays_in_the_content():
    claims = claimx.extract(
        'Paul Kim leads the union. He added the pay they get "from NHS trusts is far too low."'
    ).claims
    assert [(c.type, c.content.text) for c in claims] == [
        ("mixed", 'the pay they get "from NHS trusts is far too low."')
    ]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "According to a study published in The Lancet, the drug cut deaths by a third.",
            "a study published in The Lancet",
            "the drug cut deaths by a third",
        ),
        (
            "According to John Smith, a professor at Yale, the drug cut deaths by a third.",
            "John Smith, a professor at Yale",
            "the drug cut deaths by a third",
        ),
    ],
)
def test_an_opening_according_to_whose_source_swallowed_the_clause(
    claims_of, text, source, content
):
    (claim,) = claims_of(text)
    assert (claim.speaker.text, claim.content.text) == (source, content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "According to Russia Today, most Russians support the legislation.",
            "Russia Today",
            "most Russians support the legislation",
        ),
        # a weekday after the source is a date
        ("According to Reuters Monday, the man was drunk.", "Reuters", "Monday, the man was drunk"),
    ],
)
def test_a_capitalised_word_cut_off_a_sources_name_is_the_sources(text, speaker, content):
    claim = [c for c in claimx.extract(text).claims if c.cue.text == "According to"][0]
    assert (claim.speaker.text, claim.content.text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "While only 10% of the fans own a costume according to a 2011 study, the "
            "organizers reported that 900 of the 2,000 visitors brought one.",
            "only 10% of the fans own a costume",
        ),
        (
            "Although unemployment fell to 4% according to the ministry, wages stagnated.",
            "unemployment fell to 4%",
        ),
        # set off by a comma after the opening clause, the phrase covers the sentence
        (
            "Because the dam failed, according to engineers, the town flooded.",
            "Because the dam failed, according to engineers, the town flooded",
        ),
        # and after a clause that follows the main one
        (
            "A woman was taken to hospital on Friday after her dog found a packet of pills "
            "that appeared to be opioids, according to city police, near the school.",
            "A woman was taken to hospital on Friday after her dog found a packet of pills "
            "that appeared to be opioids, according to city police, near the school",
        ),
    ],
)
def test_according_to_inside_an_opening_clause_reports_that_clause(text, content):
    (claim,) = [c for c in claimx.extract(text).claims if c.cue.text == "according to"]
    assert claim.content.text == content


def test_a_phrase_opening_the_reported_words_stays_in_what_according_to_reports():
    text = "According to the survey, in the last ten years smoking among teenagers has doubled."
    (claim,) = claimx.extract(text).claims
    assert claim.content.text == "in the last ten years smoking among teenagers has doubled"


def test_people_after_an_inverted_cue_read_as_its_object_are_its_speaker():
    text = "The death toll rose to 22 on Monday, reported officials, with 25 others injured."
    (claim,) = claimx.extract(text).claims
    assert (claim.speaker.text, claim.content.text) == (
        "officials",
        "The death toll rose to 22 on Monday",
    )


def test_a_sentence_that_ends_with_its_according_to_phrase_is_read(default_nlp):
    """'According to the report.' at the end of a text: nothing after the phrase to read
    for a second participle (the search ran past the last word)."""
    result = extract("Growth was slow. According to the report.", nlp=default_nlp)
    assert result.errors == []
