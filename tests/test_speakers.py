"""Speakers: whole noun phrases, canonical names, kinds, pronoun and surname resolution."""

import pytest

import claimx
from conftest import only


def test_whole_noun_phrase_with_of_phrase(claims_of):
    text = "One of the negotiators from the European side said the talks had stalled."
    c = only(claims_of(text))
    assert c.speaker.text == "One of the negotiators from the European side"
    assert c.speaker.anonymous and c.speaker.kind == "anonymous"


def test_counting_word_is_kept_in_text_and_dropped_from_canonical(claims_of):
    c = only(claims_of("Two senior officials said the visit was cancelled."))
    assert c.speaker.text == "Two senior officials"
    assert c.speaker.canonical == "senior officials"
    assert c.speaker.anonymous


def test_surname_resolves_to_earlier_full_name(claims_of):
    text = "Grace Okafor runs the clinic in Lagos. Okafor said the government had cut its funding."
    c = only(claims_of(text))
    assert c.speaker.text == "Grace Okafor"
    assert c.speaker.resolved_from.text == "Okafor"
    assert c.speaker.kind == "person"


def test_she_resolves_to_the_woman_not_the_nearer_man(claims_of):
    text = "Sarah Collins met John Barker on Friday. She said the merger would go ahead."
    c = only(claims_of(text))
    assert c.speaker.canonical == "Sarah Collins"
    assert c.speaker.resolved_from.text == "She"


def test_they_resolves_to_coordinated_names(claims_of):
    text = (
        "Finland and Sweden joined the alliance after the invasion. "
        "They believe that membership makes them safer."
    )
    c = only(claims_of(text))
    assert "Finland and Sweden" in c.speaker.canonical
    assert c.speaker.resolved_from.text == "They"


def test_media_outlet_tagged_as_person_is_media(claims_of):
    c = only(claims_of("The talks collapsed on Friday, Reuters reported."))
    assert c.speaker.kind == "media"


def test_named_organisation_drops_article_in_canonical(claims_of):
    c = only(claims_of("The Kremlin said the sanctions would fail."))
    assert c.speaker.canonical == "Kremlin" and c.speaker.kind == "organization"
    assert not c.speaker.anonymous


def test_relative_clause_speaker_is_the_noun_with_the_pronoun_as_mention(claims_of):
    text = "The city refused to pay an architect who said he was never paid for the design."
    c = only(claims_of(text))
    assert c.speaker.text == "an architect"
    assert c.speaker.resolved_from.text == "who"
    assert c.content.text == "he was never paid for the design"


def test_participle_naming_a_thing_is_not_a_speaker(claims_of):
    assert claims_of("There is also a structure called the Joint Council, which never met.") == []


def test_titled_name_the_tagger_missed_is_a_person(claims_of):
    text = "“The line will stay closed until at least March,” Mayor Ana Ruiz said on Tuesday."
    c = claims_of(text)[0]
    assert (c.speaker.canonical, c.speaker.kind) == ("Ana Ruiz", "person")


def test_dateline_is_not_part_of_the_speaker(claims_of):
    text = (
        "LAGOS (Reuters) - Nigeria's health ministry on Monday denied that the country "
        "faced a vaccine shortage."
    )
    c = only(claims_of(text))
    assert c.speaker.text == "Nigeria's health ministry"
    assert c.speaker.kind == "organization"


def test_dateline_the_parser_takes_for_the_subject_gives_way_to_the_speaker(claims_of):
    for text, name in [
        ("WASHINGTON -- President Obama said the museum would open in the fall.", "Obama"),
        (
            "NEW YORK, March 3 (AP) — Republican presidential candidate Donald Trump "
            "on Saturday said the rally was the biggest yet.",
            "Donald Trump",
        ),
    ]:
        c = only(claims_of(text))
        assert c.speaker.canonical == name, text
        assert c.speaker.kind == "person", text
        assert not c.speaker.text.isupper() and "—" not in c.speaker.text, text


def test_dash_inside_a_word_or_an_aside_keeps_the_speaker(claims_of):
    c = only(claims_of("The well-known author said the book was finished."))
    assert c.speaker.text == "The well-known author"
    c = only(claims_of("The senator — a Democrat from Ohio — said the bill would pass."))
    assert c.speaker.text.startswith("The senator")


def test_relative_clause_inside_the_speaker_phrase_is_left_out(claims_of):
    text = '"Prices will fall," said one analyst at a London bank, who declined to give details.'
    c = claims_of(text)[0]
    assert c.speaker.text == "one analyst at a London bank"
    assert c.speaker.canonical == "analyst at a London bank"


def test_dateline_is_not_part_of_the_content(claims_of):
    text = (
        "HEMPSTEAD, N.Y., Sept. 26 (UPI) — The debate will go ahead as planned, organizers said."
        "\n\nUS-China talks will resume next week, officials said."
    )
    first, second = claims_of(text)
    assert first.content.text == "The debate will go ahead as planned"
    assert second.content.text == "US-China talks will resume next week"


def test_role_set_beside_a_name_is_canonically_the_name(claims_of):
    text = (
        "The mayor of Canoas, Jairo Jorge, said the plant had been shut down. "
        "Jorge said the city needed more pumps."
    )
    first, second = claims_of(text)
    assert first.speaker.text == "The mayor of Canoas, Jairo Jorge"
    assert first.speaker.canonical == second.speaker.canonical == "Jairo Jorge"
    assert first.speaker.kind == "person"


def test_describing_apposition_is_left_out_of_the_canonical_name(claims_of):
    c = only(claims_of("The mayor, a Democrat, said the budget was balanced."))
    assert c.speaker.canonical == "mayor"
    text = "Flynn, a top Trump surrogate, said the generals had been reduced to rubble."
    c = only(claims_of(text))
    assert c.speaker.text == "Flynn, a top Trump surrogate"
    assert c.speaker.canonical == "Flynn"


def test_a_share_of_a_group_speaks_as_that_group(claims_of):
    c = only(claims_of("Three-quarters of the voters said they were worried about the economy."))
    assert c.speaker.text == "Three-quarters of the voters"
    assert c.speaker.kind == "anonymous" and not c.speaker.canonical.startswith("-")
    c = only(claims_of("Two-thirds of Republicans say the country is on the wrong track."))
    assert c.speaker.kind == "group"


def test_a_pronoun_after_an_entity_of_punctuation_does_not_fail_the_document():
    """The recogniser can take a corner bracket for a name; resolving a pronoun
    through it must give no antecedent, not an error."""
    text = (
        "「It's not over yet,」 said Kenji Watanabe. 「They knew, and they did nothing.」 "
        "He said the talks will resume."
    )
    result = claimx.extract(text)
    assert not result.errors
    said = [c for c in result.claims if c.content.text == "the talks will resume"]
    assert said and said[0].speaker.canonical == "Kenji Watanabe"


def test_they_does_not_resolve_to_things(claims_of):
    text = (
        "The Doyle Foundation was founded by the singer in 1978. "
        "She sold many vintage cars in the 1950s. "
        "They said the money would go to animal shelters."
    )
    c = only(claims_of(text))
    assert c.speaker.resolved_from.text == "They"
    assert c.speaker.text == "The Doyle Foundation"


@pytest.mark.parametrize(
    ("text", "pronoun", "person"),
    [
        pytest.param(
            "The trial enrolled patients in Beni and Katwa.\n\n"
            "Professor Jean-Jacques Muyembe, who led the trial, said the drugs worked. "
            "He said thousands of deaths could be prevented.",
            "He",
            "Jean-Jacques Muyembe",
            # 'Jean' alone reads as a woman's name; 'Jean-Jacques' is no evidence
            id="a hyphenated first name whose parts disagree has no gender",
        ),
        pytest.param(
            "The actress Doris Day died on Monday, the Doris Day Animal Foundation said.\n\n\n"
            "Day had one child, record producer Terry Melcher, with her first husband, "
            "musician Al Jorden.  She was also married in turn to George Weidler, Marty "
            "Melcher, and Barry Comden, whom she divorced in 1981.  She said Jorden had been "
            "physically abusive to her.",
            "She",
            "Doris Day",
            id="she after she, back to a surname the recogniser missed",
        ),
        pytest.param(
            "The game was a hard, physical match according to Maroochydore assistant coach "
            'Ben Radmall.\n\n\n"The two guys that set it up were an 18 year old half back '
            'and an 18 year old five eighth," Tronc said.\n\n\nRadmall conceded that his '
            'side needed to work on some things. "We had our opportunities in the last '
            'twenty minutes", he said.',
            "he",
            "Ben Radmall",
            id="a surname the tagger read as a common noun",
        ),
        pytest.param(
            "Caloundra captain Jarrod Kidston enjoyed the win.\n\n\n"
            '"We got back on even," Wynnum coach Matt Myers said.\n\n\n'
            "Fitness was a big factor in that according to Kidston. "
            '"We have been working hard on our fitness", he said.',
            "he",
            "Jarrod Kidston",
            id="the source of an according-to",
        ),
        pytest.param(
            "Analysis\n\nCitoyen Hmida has compared Cairo speech to the JFK's «Ich bin ein "
            "Berliner» speech. He stated that the speech was a success.",
            "He",
            "Citoyen Hmida",
            id="a subject named in capitals that the recogniser left without an entity",
        ),
        pytest.param(
            "At Asia Times, Donald Kirk says:\n\n"
            "“One complication is that the trial coincides with a trip of a US delegation. "
            "Deputy Secretary of State James Steinberg has made clear that the US will not "
            "negotiate.”\n\n"
            "He then speculates that the former vice president could lead a mission.",
            "He",
            "Donald Kirk",
            id="a pronoun of the narration does not go back into a quote",
        ),
        pytest.param(
            "Westline's operations director, Hannah Probst, said the company had no choice. "
            "Probst said Westline would raise wages for new crew members by eight percent and "
            "pay for training. The company has also started talks with a maritime college in "
            'Denmark.\n\n"If we can recruit six people by May, we can go back to seven '
            'crossings for the summer," she said.',
            "she",
            "Hannah Probst",
            id="she skips an organisation the recogniser read as a person this time",
        ),
    ],
)
def test_a_pronoun_goes_on_with_the_person_last_spoken_of(claims_of, text, pronoun, person):
    last = claims_of(text)[-1]
    assert last.speaker.resolved_from.text == pronoun
    assert last.speaker.canonical == person


def test_a_surname_after_an_office_with_hyphens_is_the_name_the_recogniser_missed(claims_of):
    text = (
        "FBI Assistant Director-in-Charge Janice Fedarcyk said the arrests were the result of "
        "years of work. FBI Assistant Director-in-Charge Fedarcyk said more arrests were coming."
    )
    last = claims_of(text)[-1]
    assert (last.speaker.canonical, last.speaker.kind) == ("Janice Fedarcyk", "person")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "In an interview for the Observatório do Direito à Comunicação blog [Observatory "
            "of the Right for Communication, pt] Paulo Teixeira, a PT [Labour Party] member "
            "of parliament for São Paulo, stresses that the bill is bad.",
            "Paulo Teixeira, a PT [Labour Party] member of parliament for São Paulo",
            id="a bracket closing before the name",
        ),
        pytest.param(
            "Leite de Cobra [pt] writes that the coverage is outrageous.",
            "Leite de Cobra",
            id="a language tag after the name",
        ),
    ],
)
def test_a_speaker_leaves_out_brackets_cut_at_its_edges(claims_of, text, speaker):
    assert only(claims_of(text)).speaker.text == speaker


def test_they_in_a_reporting_clause_inserted_in_the_sentence_is_not_its_subject(claims_of):
    text = (
        "Consumer groups criticised the company for keeping location data in a test "
        "database at all. Test systems should use invented data, they said, not copies of "
        "real customers' records."
    )
    last = claims_of(text)[-1]
    assert last.speaker.resolved_from.text == "they"
    assert last.speaker.text == "Consumer groups"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Reuters, citing two unnamed sources, reported that oil exports had been halted.",
            "two unnamed sources",
            "oil exports had been halted",
        ),
        (
            "Citing local officials, the newspaper reported that three rockets were fired.",
            "local officials",
            "three rockets were fired",
        ),
        (
            "The Daily Mirror reported, citing a security source, that the driver had been "
            "drinking.",
            "a security source",
            "the driver had been drinking",
        ),
        (
            "The agency cited police officers close to the case as saying the man had fled abroad.",
            "police officers close to the case",
            "the man had fled abroad",
        ),
        (
            "According to the Tribune, which cited two people close to the inquiry, the "
            "mayor had known about the payments for a year.",
            "two people close to the inquiry",
            "the mayor had known about the payments for a year",
        ),
        (
            "The BBC also cited Maria Okafor, head of the national police, as saying the "
            "suspects were linked to a local gang, which itself was related to a larger "
            "network.",
            "Maria Okafor, head of the national police",
            "the suspects were linked to a local gang",
        ),
    ],
)
def test_a_report_citing_a_source_is_that_source_s_claim(text, speaker, content):
    (claim,) = claimx.extract(text).claims
    assert claim.speaker.text == speaker
    assert claim.content.text == content


def test_citing_a_reason_leaves_the_speaker_their_own_claim():
    text = "The league said the match was cancelled, citing safety concerns."
    claims = claimx.extract(text).claims
    said = [c for c in claims if c.cue.text == "said"]
    assert [c.speaker.text for c in said] == ["The league"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The minister was interviewed by the BBC and said the plan was dead.", "The minister"),
        ("The suspect was arrested by police and told officers he was innocent.", "The suspect"),
    ],
)
def test_a_verb_joined_to_a_passive_shares_its_subject_not_its_agent(text, speaker):
    (claim,) = claimx.extract(text).claims
    assert claim.speaker.text == speaker


def test_a_passive_cue_still_speaks_through_its_agent():
    text = "The plan was criticised by the unions, who said it was unfair."
    assert "the unions" in {c.speaker.text for c in claimx.extract(text).claims}


def test_a_preposition_left_without_its_object_is_no_part_of_the_name_after_it():
    text = 'On live television Erdogan also attacked the plan as a "betrayal".'
    (claim,) = claimx.extract(text).claims
    assert claim.speaker.text == "Erdogan"


def test_a_role_and_the_name_the_parser_split_from_it_are_one_speaker():
    text = 'The judge presiding over the case, Maria Lopez, said, "You have broken the law."'
    (claim,) = claimx.extract(text).claims
    assert claim.speaker.text == "The judge presiding over the case, Maria Lopez"
    assert (claim.speaker.name, claim.speaker.title) == ("Maria Lopez", "judge")


def test_a_clause_joined_by_and_before_the_subject_is_no_speaker():
    # ('dwell' read as a noun and a second subject of 'claimed')
    text = (
        "Millions dwell in the city's slums, and while there was no suggestion on Monday of "
        "arson, local activists claimed fires have in the past been deliberately set."
    )
    (claim,) = claimx.extract(text).claims
    assert claim.speaker.text == "local activists"


def test_she_resolves_to_the_name_in_apposition_to_a_role_subject():
    text = (
        "Tipton recalls the audition well. Another voice actor, Lauren Landa, would list "
        "Sailor Neptune as a dream role. She was given a chance to audition years later. "
        'When she was cast, "I swear to you, I was speechless," she told an audience.'
    )
    claim = next(c for c in claimx.extract(text).claims if c.cue and c.cue.text == "told")
    assert claim.speaker.canonical == "Lauren Landa"


def test_a_bare_surname_in_another_paragraph_is_the_person_named_most():
    text = (
        "Former Governor Ana Ruiz won the primary on Tuesday. Ana Ruiz thanked her "
        "volunteers in Austin.\n\n"
        "Her son, Marco Ruiz, faced questions about his business deals abroad.\n\n"
        "Ruiz said the deals were legal and that her campaign would go on. Ana Ruiz "
        "leads in the polls."
    )
    claims = claimx.extract(text).claims
    said = next(c for c in claims if c.content.text.startswith("the deals were legal"))
    assert said.speaker.canonical == "Ana Ruiz"


def test_of_two_people_of_one_surname_named_as_often_a_bare_surname_is_the_first_named():
    """The story's principal is named first; the other is named in full each time."""
    text = (
        "Senator Paul Okafor opened his campaign in Dayton on Monday. Paul Okafor "
        "spoke for an hour.\n\n"
        "His brother, Daniel Okafor, runs a logistics firm that won state contracts. "
        "Critics asked whether Daniel Okafor had been favoured.\n\n"
        "Okafor said the contracts had been awarded fairly."
    )
    claims = claimx.extract(text).claims
    said = next(c for c in claims if c.content.text.startswith("the contracts"))
    assert said.speaker.canonical == "Paul Okafor"


def test_a_name_the_recogniser_merged_with_its_institution_is_still_a_person():
    """'[Tristan Smith of University College London]' read as one organisation: the
    surname in the next paragraph is still that person's."""
    text = (
        "Shipping researcher Tristan Smith of University College London said emissions "
        "were rising.\n\n"
        "Smith said ports must act."
    )
    claim = next(c for c in claimx.extract(text).claims if c.content.text == "ports must act")
    assert (claim.speaker.canonical, claim.speaker.kind) == ("Tristan Smith", "person")


def test_a_place_the_recogniser_read_into_a_senators_name_is_left_out():
    """'Senator from [Vermont Bernie Sanders]ORG': the state, then the person."""
    text = (
        "On Wednesday, United States Senator from Vermont Bernie Sanders ended his bid for "
        "the Democratic Party's presidential nomination.\n\n"
        "Sanders said the path toward victory was virtually impossible."
    )
    (claim,) = claimx.extract(text).claims
    assert (claim.speaker.canonical, claim.speaker.source_type) == (
        "Bernie Sanders",
        "named_person",
    )


def test_a_body_named_with_its_acronym_is_a_named_organisation():
    """'Transport for London (TfL)': a sentence's first word the tagger reads as a
    common noun, but the run before the acronym is the body's name."""
    (claim,) = claimx.extract("Transport for London (TfL) said the line would reopen.").claims
    assert (claim.speaker.name, claim.speaker.source_type) == (
        "Transport for London",
        "named_organization",
    )


def test_a_share_written_with_a_per_cent_sign_speaks(claims_of):
    """'90% of respondents said …': the sign is the noun the parser makes the subject."""
    text = "Almost 72% of nurses said the wards were understaffed."
    c = only(claims_of(text))
    assert (c.speaker.text, c.content.text) == (
        "Almost 72% of nurses",
        "the wards were understaffed",
    )


def test_the_subject_of_a_later_relative_is_no_speaker(claims_of):
    """The parser makes the relative clause after the claim the sentence's root; the
    speaker is the subject before the cue, not the relative's."""
    text = (
        "Drivers interviewed for the report said they felt pressured to skip breaks, "
        "the cost of which has hit the company's profits."
    )
    said = [c for c in claims_of(text) if c.cue.text == "said"]
    assert [c.speaker.text.split()[0] for c in said] == ["Drivers"]


def test_a_surname_that_is_also_a_title_word_resolves_and_gives_the_full_names_gender():
    text = (
        "Nina Wells grew up in Detroit. Her father worked with Martin Luther King Jr. in "
        "the 1960s. When King was assassinated in 1968, she sang at his funeral. She told "
        "the newspaper in 2015 that she never recorded songs for a political movement. "
        "King said the march would go on."
    )
    claims = claimx.extract(text).claims
    assert [c.speaker.canonical for c in claims] == ["Nina Wells", "Martin Luther King Jr."]


def test_a_pronoun_outside_a_names_clause_gives_the_name_no_gender():
    text = (
        "Dana Okafor wrote the report. When Mbeki was arrested in 1998, she left the "
        "country. He said the charges had been invented."
    )
    (claim,) = claimx.extract(text).claims
    assert claim.speaker.canonical == "Mbeki"


def test_a_message_posted_on_a_site_speaks_for_whoever_posted_it():
    (claim,) = claimx.extract(
        "US Secretary of State Mark Ellis posted a message on Twitter blaming Iran for the attacks."
    ).claims
    assert claim.speaker.text == "US Secretary of State Mark Ellis"
    assert claim.content.text == "Iran for the attacks"


def test_a_participle_hung_on_a_how_or_when_clause_is_not_that_clauses_subjects():
    claims = claimx.extract(
        "An onlooker described for news agency Reuters how the attack unfolded, stating, "
        '"I was crossing the road when I saw a man."'
    ).claims
    assert [(c.speaker.text.split()[:2], c.cue.text) for c in claims] == [
        (["An", "onlooker"], "stating")
    ]


def test_a_bare_surname_shared_by_two_people_is_the_principals_in_the_same_paragraph_too():
    text = (
        "Senator Mark Dalton spoke in Ohio on Monday. Mark Dalton said the plant would stay "
        "open. Mark Dalton also praised the workers. His son, Peter Dalton, joined him on "
        "stage. Dalton said the state would pay for the new line."
    )
    claims = claimx.extract(text).claims
    assert claims[-1].speaker.canonical == "Mark Dalton"


def test_the_object_of_a_causing_verb_is_who_speaks_in_the_infinitive():
    claims = claimx.extract(
        "Senator Ann Brown spoke in Ohio. Backlash from the statement led Brown to "
        'express "I should not have been so cavalier."'
    ).claims
    assert [(c.speaker.canonical, c.content.text) for c in claims] == [
        ("Ann Brown", "I should not have been so cavalier.")
    ]


def test_he_points_back_to_a_subject_whose_name_opens_with_a_particle(claims_of):
    text = (
        "Not everybody was impressed by Obama's words. Abdelhak al'Koush, blogging on Afinina, "
        "launched a strong attack on the American president and questioned his motives in a "
        "discourteous post. He wrote:\n\n"
        "The speech was a string of platitudes about peace and partnership.\n"
    )
    claim = [c for c in claims_of(text) if c.cue is not None and c.cue.text == "wrote"][0]
    assert claim.speaker.text == "Abdelhak al'Koush"


def test_a_name_joined_by_a_hyphen_after_a_quote_is_one_speaker(claims_of):
    text = (
        "Iraqi Prime Minister Nouri al-Maliki arrived in Basra on Tuesday. "
        '"Our determination is strong," al-Maliki said.'
    )
    (claim,) = claims_of(text)
    assert claim.speaker.text == "Nouri al-Maliki"
    assert claim.speaker.resolved_from.text == "al-Maliki"


def test_a_surname_without_its_joined_article_is_the_person_named_with_it(claims_of):
    text = (
        "Iraqi Prime Minister Nouri al-Maliki arrived in Basra on Tuesday. "
        "Maliki said the operation would go on."
    )
    (claim,) = claims_of(text)
    assert claim.speaker.canonical == "Nouri al-Maliki"


def test_a_pronoun_takes_the_main_subject_not_that_of_the_clause_it_reports(claims_of):
    text = (
        "Retired teacher Jim Swire, father of one of the victims, believes Omar Haddad was "
        "not guilty. He described the verdict as a disgrace."
    )
    described = next(c for c in claims_of(text) if c.cue.text == "described")
    assert described.speaker.canonical == "Jim Swire"


def test_a_month_that_opens_an_organisation_s_name_stays_in_the_speaker(claims_of):
    text = (
        "Thousands marched on Friday. March for Life President Jeanne Mancini told the "
        'radio station, "We are a one-issue march."'
    )
    (claim,) = claims_of(text)
    assert claim.speaker.text == "March for Life President Jeanne Mancini"


def test_a_common_noun_the_recogniser_took_for_a_person_is_no_antecedent(claims_of):
    text = (
        "Danny Fitzsimons, 30, gave evidence today. The first Westerner tried in Iraq "
        "since the invasion in 2003, he testified that the trio were drinking whisky. "
        "He claimed McGuigan had a rifle."
    )
    claims = claims_of(text)
    assert [c.speaker.canonical for c in claims] == ["Danny Fitzsimons", "Danny Fitzsimons"]


@pytest.mark.parametrize(
    ("text", "speaker", "canonical"),
    [
        # the surname read as an adverb and hung on the verb
        (
            "Dr. Kent Brantly said the patients were stable.",
            "Dr. Kent Brantly",
            "Kent Brantly",
        ),
        # ... or the name hung on the verb and the role after it taken for the subject
        (
            "Lisa Brantly, a nurse at the clinic, said the patients were stable.",
            "Lisa Brantly, a nurse at the clinic",
            "Lisa Brantly",
        ),
        # a surname's particle read as a number and hung on the verb
        (
            "Manchester United manager Erik ten Hag said the team had played well.",
            "Manchester United manager Erik ten Hag",
            "Erik ten Hag",
        ),
        # the second part of a place name taken for the subject
        (
            "Beth Carver of Tulsa, Oklahoma said the hail broke every window on her street.",
            "Beth Carver of Tulsa",
            "Beth Carver",
        ),
    ],
)
def test_a_name_the_parser_broke_up_is_the_whole_speaker(claims_of, text, speaker, canonical):
    (claim,) = claims_of(text)
    assert (claim.speaker.text, claim.speaker.canonical) == (speaker, canonical)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tondar spokesman Iman Afar, in the lead up to the release, said he feared for "
            "his safety.",
            "Tondar spokesman Iman Afar",
        ),
        (
            "His opponent, Joe Biden, in a message to fundraisers, said the race was close.",
            "His opponent, Joe Biden",
        ),
        # whom the source is of, or a role, stays
        ("John Smith, of Harvard, said the result was robust.", "John Smith, of Harvard"),
        (
            "The inspector, in charge of the inquiry, said the fire was arson.",
            "The inspector, in charge of the inquiry",
        ),
    ],
)
def test_a_phrase_of_circumstance_set_off_after_the_name_is_no_part_of_the_speaker(
    claims_of, text, speaker
):
    (claim,) = claims_of(text)
    assert claim.speaker.text == speaker


def test_a_name_the_parser_listed_after_an_opening_phrase_is_the_speaker(claims_of):
    """'On Twitter, X, …, said': the parser read the name as the next item of a list
    after 'Twitter', leaving the cue with no subject."""
    (claim,) = claims_of(
        "On Twitter, Adrian Wojnarowski, US sport columnist from ESPN, said Bryant and "
        "Gianna were on their way to a basketball game."
    )
    assert claim.speaker.canonical == "Adrian Wojnarowski"
    assert claim.content.text.startswith("Bryant and Gianna were on their way")


def test_what_the_text_calls_a_person_tells_their_gender_before_a_list_of_names():
    """'Kim' is a woman's given name in English lists; in 'Kim Jong Nam' it is the family
    name, and the text calls him a son."""
    claims = claimx.extract(
        "Siti Aishah told police she thought it was a prank.\n\nKim Jong Nam, 45, was the "
        "oldest son of the late leader. He once told a writer he did not believe the regime "
        "would last."
    ).claims
    assert [c.speaker.canonical for c in claims] == ["Siti Aishah", "Kim Jong Nam"]
