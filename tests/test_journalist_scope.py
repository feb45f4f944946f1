"""The default scope: claims a journalist would sign off on (docs/annotation-guide.md).

Real sentences through the default pipeline (rules, tagger, ranker, scope
filter, calibration); ``--scope all`` (PolNeAR's wider attribution) is checked
to keep what the default leaves out, so the filter and not extraction decides.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy

import claimx
from claimx.nlp.load import DEFAULT_MODEL
from claimx.run.documents import extract
from conftest import REPO


def claims(nlp, text):
    return extract(text, nlp=nlp).claims


@pytest.mark.parametrize(
    "text",
    [
        "Club news\n\nLeeds United said the striker was injured.",
        "Transfer window\n\nManchester City said the deal was complete.",
    ],
)
def test_a_paragraph_after_a_short_line_keeps_its_first_word_in_the_speaker(default_nlp, text):
    (claim,) = claims(default_nlp, text)
    name = text.split("\n\n")[1].split(" said")[0]
    assert claim.speaker.text == name
    assert claim.speaker.canonical == name


@pytest.mark.parametrize(
    "text",
    [
        "A Velmont spokesman declined to comment on the job cuts.",
        "The ministry did not respond to a request for comment on the report.",
        "Her lawyer refused to say whether she would appeal.",
    ],
)
def test_refusals_to_speak_are_not_claims(default_nlp, text):
    assert claims(default_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The agency did not mention if there were casualties, but said exports were "
            "continuing.",
            "exports were continuing",
        ),
        (
            "The spokesman would not comment on the cuts but said the plant would stay open.",
            "the plant would stay open",
        ),
    ],
)
def test_what_is_said_after_a_refusal_and_but_is_a_claim(default_nlp, text, content):
    assert [c.content.text for c in claims(default_nlp, text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor appointed three new commissioners to the planning board.",
        "Council candidate Maria Ortiz sued the county registrar on Monday.",
        "Martin Kessler pleaded not guilty to all charges.",
        "The 23-year-old agreed a five-year contract with the club.",
        "The company announced the closure of its Leeds plant.",
        'The firm pleaded guilty on Tuesday to a "willful violation of a safety standard," '
        "the most serious offense it faced.",
        "A former county clerk, 58, pleaded guilty to a one-count information in U.S. District "
        "Court in Boston.",
        "The contractor pleaded guilty to tax evasion for failing to report the payments.",
        "BOSTON – Two men were charged today with wire fraud.\n\nThe charges were announced by "
        "Acting Assistant Attorney General Jane Roe of the Criminal Division; U.S. Attorney John "
        "Doe for the District of Maine; and Special Agent in Charge Mary Poe of the FBI's Boston "
        "Field Office.",
    ],
)
def test_actions_are_not_claims(default_nlp, polnear_nlp, text):
    assert claims(default_nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tenants who believe they were overcharged should contact the housing office at 555-0100.",
        "Customers who believe they were billed twice may request a refund from the company.",
    ],
)
def test_a_thought_that_picks_out_whom_advice_is_for_is_no_claim(default_nlp, text):
    assert claims(default_nlp, text) == []


def test_the_wide_scope_still_reports_actions_polnear_annotates(polnear_nlp):
    found = claims(polnear_nlp, "Martin Kessler pleaded not guilty to all charges.")
    assert [c.cue.text for c in found] == ["pleaded"]


@pytest.mark.parametrize(
    "text",
    [
        "Footage of the ceremony shows a packed chamber and a visibly nervous nominee.",
        "Everybody in town knows about the feud between the two families.",
        "Nobody doubts that the bridge will reopen.",
        "The van was on the wrong side of the road, according to traffic camera footage.",
    ],
)
def test_what_things_show_and_common_knowledge_are_not_claims(default_nlp, text):
    assert claims(default_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The prime minister decided which of the two bridges would be rebuilt first.", "decided"),
        ("The driver knew which platform the last train would leave from.", "knew"),
    ],
)
def test_knowing_or_deciding_a_question_is_no_claim(default_nlp, polnear_nlp, text, cue):
    """An embedded question with no answer given states nothing; PolNeAR's scope keeps it."""
    assert claims(default_nlp, text) == []
    assert cue in [c.cue.text for c in claims(polnear_nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Do you think there are reforms that need to be made to drug laws?",
        "Does the minister believe the plan will work?",
    ],
)
def test_a_question_put_states_nothing(default_nlp, text):
    assert claims(default_nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The tabloids reported something every hour, true or not.",
        "The agency confirmed nothing about the closure of the plant.",
    ],
)
def test_an_object_that_states_nothing_is_no_claim(default_nlp, text):
    assert claims(default_nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ford disclosed the matter to the federal government on February 21.",
        "The council raised the issue with the regional transport authority.",
        "Bruce McArthur on Tuesday admitted his guilt in eight murders.",
    ],
)
def test_an_object_that_points_at_something_told_elsewhere_is_no_claim(default_nlp, text):
    assert claims(default_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor wondered whether the old bridge could be saved.", "wondered"),
        ("The minister knows that the old bridge is unsafe.", "knows"),
    ],
)
def test_wondering_and_knowing_that_are_claims(default_nlp, text, cue):
    assert [c.cue.text for c in claims(default_nlp, text)] == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "Headline: Storm closes ports along the coast\n\nThe storm reached the coast on Monday.",
        "Subtitle: Ferries cancelled as winds reach 100 km/h\n\nNo ferry left the port.",
        "Photo: Residents clear the flooded street\n\nThe river rose overnight.",
        # a place before the headline's colon is what the story is about (and 'Hong' is
        # also a first name)
        "Hong Kong: Say no to the new broadcaster\n\nThousands marched on Sunday.",
    ],
)
def test_labels_are_not_speakers(default_nlp, polnear_nlp, text):
    assert claims(default_nlp, text) == []
    assert claims(polnear_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The study found that the drug cut deaths by a third.", "found"),
        ("Officials fear that the dam could fail.", "fear"),
        ("The union opposes the bill.", "opposes"),
        ("The minister denied the allegations.", "denied"),
        ("A report by the Brennan Center concluded that the law was rarely used.", "concluded"),
        ("Researchers in Leeds established that the bacteria spread by hand.", "established"),
        ("Security sources have ascribed the explosion to terrorism.", "ascribed"),
        ("The premier reaffirmed that the project is open to other countries.", "reaffirmed"),
        ("The suspect confessed to starting the fire.", "confessed"),
        ("Party politicians had previously cited the benefits of the remedy.", "cited"),
    ],
)
def test_what_sources_say_think_and_find_are_claims(default_nlp, text, cue):
    assert [c.cue.text for c in claims(default_nlp, text)] == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "The small caps on the beetles' heads were suggesting that they use the night sky.",
        "His presence in Seoul would acknowledge the need for a new treaty.",
        "One antibody cocktail showed promise in the field.",
    ],
)
def test_things_that_cannot_say_anything_are_no_sources(default_nlp, text):
    assert claims(default_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The airline said the flights would resume on Friday.", "said"),
        ("The audit found that the council overspent by a million pounds.", "found"),
        ("A number of experts said the bridge was unsafe.", "said"),
        ("The ruling says the law is unconstitutional.", "says"),
    ],
)
def test_institutions_documents_and_counts_of_people_stay_sources(default_nlp, text, cue):
    assert [c.cue.text for c in claims(default_nlp, text)] == [cue]


def test_a_turn_that_runs_past_its_sentence_is_two_claims(default_nlp, polnear_nlp):
    text = (
        '"We turned up knowing it would be hard," coach Brad Tronc said. '
        '"They pushed the champions all the way."'
    )
    first, second = claims(default_nlp, text)
    assert first.content.text == "We turned up knowing it would be hard"
    assert first.cue.text == "said"
    assert second.content.text == "They pushed the champions all the way."
    assert second.cue is None and second.speaker.canonical == "Brad Tronc"
    # PolNeAR annotates one attribution in two parts
    (whole,) = claims(polnear_nlp, text)
    assert len(whole.content.parts) == 2


def test_a_split_quote_inside_its_sentence_stays_one_claim(default_nlp):
    text = '"We are not leaving," the minister said, "until the job is done."'
    (claim,) = claims(default_nlp, text)
    assert len(claim.content.parts) == 2


def test_a_report_inside_a_report_is_its_speakers_claim(default_nlp):
    text = "According to investigators, Zhukovskyy said he had over-corrected after a crash."
    found = claims(default_nlp, text)
    inner = [c for c in found if c.cue is not None and c.cue.text == "said"]
    assert inner and inner[0].speaker.text == "Zhukovskyy"
    assert inner[0].content.text.startswith("he had over-corrected")


def test_the_samples_give_their_sixteen_attributions_and_nothing_else(default_nlp):
    from claimx.evaluation.score import load_gold, score

    gold = load_gold(REPO / "tests" / "data" / "samples.gold.jsonl")
    preds = {
        d["id"]: extract(d["text"], doc_id=d["id"], nlp=default_nlp).model_dump() for d in gold
    }
    report = score(gold, preds)
    assert report.attribution.tp == 16
    assert report.attribution.p == 1.0
    assert report.exact.tp == 16  # and each with the boundaries the gold gives it


def _news() -> list[dict]:
    rows = []
    for split in ("dev", "test"):
        path = REPO / "data" / "news" / f"news.{split}.jsonl"
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return rows


def test_a_plain_spacy_pipeline_the_api_and_the_cli_give_the_same_claims(tmp_path):
    """Every document of the samples and of the labelled news set: the plain
    pipeline parses the whole text, extract and the command line only the
    paragraphs the prefilter keeps, and the claims must not differ."""
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("claimx")
    texts = [
        (REPO / "data" / "samples" / name).read_text(encoding="utf-8")
        for name in ("nato-russia-strategy-1.txt", "nato-russia-strategy-2.txt")
    ]
    texts += [d["text"] for d in _news()]
    texts.append("Velmont Profit Falls 18%\nThe company said sales had slowed in Asia.")
    differ, api = [], []
    for n, text in enumerate(texts):
        plain = [c.model_dump(exclude={"claim_id"}) for c in nlp(text)._.claims]
        api.append(
            [c.model_dump(mode="json", exclude={"claim_id"}) for c in claimx.extract(text).claims]
        )
        if plain != [c.model_dump(exclude={"claim_id"}) for c in claimx.extract(text).claims]:
            differ.append(n)
    assert differ == []
    inputs, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    inputs.write_text(
        "".join(json.dumps({"id": str(n), "text": t}) + "\n" for n, t in enumerate(texts)),
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "claimx.cli", "extract", str(inputs), "-o", str(output), "-q"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    cli = {}
    for line in output.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for claim in record["claims"]:
            claim.pop("claim_id")
        cli[int(record["doc_id"])] = record["claims"]
    assert [n for n, claims in enumerate(api) if cli[n] != claims] == []
    # the headline line is its own sentence in every entry point
    (claim,) = claimx.extract(texts[-1]).claims
    assert claim.speaker.text == "The company"


def test_scope_is_a_setting_of_the_api_and_the_component():
    text = "Martin Kessler pleaded not guilty to all charges."
    assert claimx.extract(text).claims == []
    assert claimx.extract(text, scope="all").claims != []
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("claimx", config={"scope": "all"})
    assert nlp(text)._.claims != []


def test_confidence_is_a_probability_and_min_confidence_filters(default_nlp):
    text = "The minister said the bridge would reopen in May. Analysts reportedly expect delays."
    found = claims(default_nlp, text)
    assert all(0.0 < c.confidence < 1.0 for c in found)
    nlp = spacy.load(DEFAULT_MODEL)
    top = max(c.confidence for c in found)
    nlp.add_pipe("claimx", config={"min_confidence": top})
    assert [c.confidence for c in nlp(text)._.claims] == [top]


@pytest.mark.parametrize(
    "text",
    [
        "Many people see their friends and relatives die after entering a care home.",
        "People realize they are putting others in danger.",
        "Residents heard shots ringing out across the square.",
    ],
)
def test_perceptions_and_what_people_in_general_think_are_not_claims(default_nlp, text):
    assert claims(default_nlp, text) == []


def test_a_perception_with_that_is_a_claim(default_nlp):
    (claim,) = claims(default_nlp, "Officials saw that the dam could not hold.")
    assert claim.content.text == "the dam could not hold"


def test_a_place_before_a_headline_colon_is_the_stories_subject_not_a_speaker():
    text = (
        "Brazil: Amplified conversations to fight the Digital Crimes Bill\n\n"
        "Protests against the bill took place in three cities on Sunday."
    )
    assert claimx.extract(text).claims == []


def test_the_writers_own_i_think_is_no_claim_but_a_quoted_one_is_the_speakers():
    text = (
        "I think the council should have acted sooner. "
        '"I think the council should have acted sooner," said resident Maria Lopez.'
    )
    (claim,) = claimx.extract(text).claims
    assert claim.speaker.name == "Maria Lopez" and claim.cue.text == "said"
    assert claim.content.text == "I think the council should have acted sooner"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The company said in a statement that it would appeal the ruling.",
            "it would appeal the ruling",
        ),
        ("The minister said on Tuesday that the talks would resume.", "the talks would resume"),
    ],
)
def test_where_and_when_it_was_said_are_not_the_content(default_nlp, text, content):
    (claim,) = claims(default_nlp, text)
    assert claim.content.text == content


def test_an_infinitive_the_source_urged_is_no_claim_of_its_own(default_nlp, polnear_nlp):
    text = "The group urged voters to reject the measure."
    for nlp in (default_nlp, polnear_nlp):
        (claim,) = claims(nlp, text)
        assert (claim.cue.text, claim.content.text) == ("urged", "voters to reject the measure")


def test_a_reported_clause_then_a_colon_and_a_quote_are_two_claims(default_nlp):
    text = (
        "Mike Ryan of the World Health Organization told the press the new drugs were only "
        'part of the solution: "What will stop Ebola is good surveillance."'
    )
    clause, quote = claims(default_nlp, text)
    assert (clause.type, clause.cue.text, clause.content.text) == (
        "indirect",
        "told",
        "the new drugs were only part of the solution",
    )
    assert (quote.type, quote.cue.text, quote.content.text) == (
        "direct",
        ":",
        "What will stop Ebola is good surveillance.",
    )
    assert quote.speaker.text == clause.speaker.text


def test_a_quote_after_a_colon_with_its_own_cue_is_not_counted_twice(default_nlp):
    text = 'The minister said the plan was dead: "We will not revive it," she added.'
    assert [c.cue.text for c in claims(default_nlp, text)] == ["said", "added"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The study found higher rates of cancer among workers.", True),
        ("The audit found serious errors in the accounts.", True),
        ("Police found the body of a man in the river.", False),
        ("Investigators found a bag with syringes in the van.", False),
    ],
)
def test_what_a_study_found_is_a_claim_what_police_found_is_not(default_nlp, text, found):
    assert bool(claims(default_nlp, text)) is found


def test_reporting_an_incident_to_someone_is_an_action():
    assert claimx.extract("Residents reported the fire to the police.").claims == []
    (claim,) = claimx.extract("The company reported sales of 84 million euros last year.").claims
    assert claim.cue.text == "reported"


def test_a_report_with_no_one_behind_it_is_no_claim_by_default():
    text = "Reportedly, two people were killed and at least eight people were injured."
    assert claimx.extract(text).claims == []
    assert claimx.extract(text, scope="all").claims != []


def test_what_someone_can_expect_is_a_possibility_not_a_view():
    text = "Members of the cooperative can expect a return of around four percent on their shares."
    assert claimx.extract(text).claims == []
    (claim,) = claimx.extract("Analysts expect delays to the project.").claims
    assert claim.cue.text == "expect"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "The family asked for donations to the Ranch Foundation, which provides support "
            "for families of sick children.",
            "donations to the Ranch Foundation",
            id="asked for",
        ),
        pytest.param(
            "The complaint alleges a violation of Section 11(b) of the Voting Rights Act, which "
            'prohibits threats against "any person for voting."',
            "a violation of Section 11(b) of the Voting Rights Act",
            id="alleges, with a quote in the relative clause",
        ),
    ],
)
def test_a_noun_phrase_content_leaves_out_the_writers_relative_clause(default_nlp, text, content):
    (claim,) = claims(default_nlp, text)
    assert claim.content.text == content


def test_a_reported_clause_keeps_its_relative_clause(default_nlp):
    text = "She said the company, which employs 500 people, would close the plant."
    (claim,) = claims(default_nlp, text)
    assert claim.content.text == "the company, which employs 500 people, would close the plant"


def test_the_occasion_of_a_saying_is_not_what_was_said(default_nlp):
    text = (
        "Prime Minister Ardern said at a press conference yesterday morning the gun laws "
        "should be changed."
    )
    (claim,) = claims(default_nlp, text)
    assert claim.content.text == "the gun laws should be changed"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('He called the demand "unprecedented".', "unprecedented"),
        ('The president characterised the deaths as "crushing".', "crushing"),
    ],
)
def test_called_x_quoted_y_is_a_direct_claim_of_the_quoted_words(default_nlp, text, content):
    (claim,) = claims(default_nlp, text)
    assert (claim.type, claim.content.text) == ("direct", content)


def test_a_long_quoted_phrase_after_called_keeps_its_object(default_nlp):
    text = (
        'The alliance officially called Russia "the biggest and most direct threat to the '
        'security of the allies."'
    )
    (claim,) = claims(default_nlp, text)
    assert claim.type == "mixed"
    assert claim.content.text.startswith("Russia")


def test_a_quote_inside_a_longer_predicate_stays_mixed(default_nlp):
    text = 'NATO has identified Russia as "the most significant and direct threat" to its security.'
    (claim,) = claims(default_nlp, text)
    assert claim.type == "mixed"


def test_citing_a_source_is_no_claim_of_the_one_who_cites(default_nlp):
    text = "Reuters, citing anonymous sources, reported that exports had been disrupted."
    assert [c.cue.text for c in claims(default_nlp, text)] == ["reported"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Amongst reported incidents of sexual abuse and cover-ups perpetrated by church "
            "authorities, recently Cardinal George Pell was convicted.",
            id="a preposition",
        ),
        pytest.param(
            "Jong was arrested in March, 2018, but South Korea's National Police Agency when "
            'announcing the arrest in May, 2018 identified him only as "Mr. A" as the '
            "investigation continued.",
            id="a date",
        ),
    ],
)
def test_a_word_the_parser_took_for_a_subject_is_no_speaker(default_nlp, text):
    for claim in claims(default_nlp, text):
        assert claim.speaker is None or claim.speaker.text not in {"Amongst", "2018"}


def test_a_belief_inside_a_saying_of_the_same_voice_is_no_claim_of_its_own(default_nlp):
    from claimx.extraction.scope import _same_voice_inside
    from claimx.lexicon import load_lexicon
    from claimx.records import Cue

    text = "Police said they believe the theft involved a group of thieves."
    (said,) = claims(default_nlp, text)
    start = text.index("believe")
    believe = said.model_copy(
        update={
            "cue": Cue(
                text="believe", start=start, end=start + 7, lemma="believe", category="cognition"
            ),
            "speaker": said.speaker.model_copy(
                update={"resolved_from": {"text": "they", "start": 12, "end": 16}}
            ),
        }
    )
    parsed = default_nlp(text)
    lexicon = load_lexicon()
    assert _same_voice_inside(parsed, believe, [said, believe], lexicon)
    admitted = believe.model_copy(
        update={"cue": believe.cue.model_copy(update={"category": "speech"})}
    )
    assert not _same_voice_inside(parsed, admitted, [said, admitted], lexicon)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A former bank manager pleaded guilty today to stealing customer deposits, Acting "
            "Assistant Attorney General Mark T. Hale of the Criminal Division and U.S. Attorney "
            "Ellen B. Cole announced.\n\nThe manager faces ten years in prison.",
            id="the learned layer's action does not take the announcement's place",
        ),
        pytest.param(
            "WASHINGTON – A Ghanian man was sentenced today in the District of Columbia for his "
            "role in smuggling East Africans into the United States, Acting Assistant Attorney "
            "General of the Criminal Division Rita M. Glavin, U.S. Attorney for the District of "
            "Columbia Jeffrey A. Taylor and Acting Assistant Secretary of Immigration and Customs "
            "Enforcement (ICE) John Torres announced.\n\nThe man was arrested in May.",
            id="a list of officials the parser cuts off from the clause",
        ),
    ],
)
def test_a_lead_closed_by_officials_announcing_is_their_claim(default_nlp, text):
    claims = extract(text, nlp=default_nlp).claims
    (claim,) = [c for c in claims if c.cue is not None and c.cue.text == "announced"]
    lead = text.split("\n")[0]
    assert claim.content.text.startswith(("A former bank manager", "A Ghanian man"))
    assert claim.content.end <= lead.index(", Acting")
    assert claim.speaker is not None and claim.speaker.start > lead.index(", Acting")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        pytest.param(
            "WASHINGTON – Maria Lopez of Tulsa, Okla., was sentenced to 60 months in prison by "
            "U.S. District Judge Alan Reed, the Justice Department and Internal Revenue Service "
            "(IRS) announced today.",
            "the Justice Department and Internal Revenue Service (IRS)",
            "Maria Lopez of Tulsa, Okla., was sentenced to 60 months in prison by U.S. District "
            "Judge Alan Reed",
            id="the parser hangs the speakers on the judge's name",
        ),
        pytest.param(
            "WASHINGTON – A Fort Dix, N.J., contractor was charged today with bribing a "
            "procurement officer at the base, U.S. Attorney Karen Hall and Brig. Gen. Mark Owens, "
            "Commander of the U.S. Army Criminal Investigation Command announced.",
            "U.S. Attorney Karen Hall and Brig. Gen. Mark Owens, Commander of the U.S. Army "
            "Criminal Investigation Command",
            "A Fort Dix, N.J., contractor was charged today with bribing a procurement officer at "
            "the base",
            id="a rank's abbreviation is no sentence end",
        ),
        pytest.param(
            "WASHINGTON – A grand jury returned an indictment against Ann Cole and her husband, "
            "Tom Cole, the Justice Department and the Environmental Protection Agency (EPA) "
            "announced today.",
            "the Justice Department and the Environmental Protection Agency (EPA)",
            None,
            id="a bare name before the list is the lead's",
        ),
    ],
)
def test_the_list_of_speakers_before_a_closing_cue_is_the_speaker(
    default_nlp, text, speaker, content
):
    (claim,) = extract(text, nlp=default_nlp).claims
    assert claim.cue.text == "announced"
    assert claim.speaker.text == speaker
    assert content is None or claim.content.text == content


def test_a_speaker_set_after_the_closing_cue_is_the_speaker(default_nlp):
    text = (
        "A Ghanian man was sentenced today in the District of Columbia for his role in "
        "smuggling East Africans into the United States, announced Acting Assistant Attorney "
        "General of the Criminal Division Rita M. Glavin and U.S. Attorney for the District of "
        "Columbia Jeffrey A. Taylor."
    )
    (claim,) = extract(text, nlp=default_nlp).claims
    assert claim.cue.text == "announced"
    assert claim.content.text.startswith("A Ghanian man was sentenced today")
    assert claim.speaker.start > claim.cue.end


@pytest.mark.parametrize(
    "text",
    [
        "Congress refused the money, and the president declared a state of emergency the same day.",
        "Per request of Prime Minister Boris Johnson, the Queen suspended parliament for five "
        "weeks.",
    ],
)
def test_a_time_or_a_request_is_no_part_of_a_claim(default_nlp, text):
    assert claims(default_nlp, text) == []


def test_no_claim_reports_its_own_speaker(default_nlp):
    # a Justice Department release's lead (public domain), whose officials the
    # parser reads as the object of 'announced'
    text = (
        "WASHINGTON – A federal grand jury indictment was unsealed today in Oklahoma City "
        "charging corrections officers Gavin Littlejohn, 25, of Oklahoma City, and Justin Isch, "
        "21, of Edmond, Okla., with a federal civil rights violation for the fatal assault of "
        "Christopher Beckman at the Oklahoma County Detention Center in May 2007, announced "
        "Acting Assistant Attorney General Loretta King of the Civil Rights Division, U.S. "
        "Attorney John C. Richter for the Western District of Oklahoma and James Finch, Special "
        "Agent in Charge of the FBI’s Oklahoma City Field Office.\n\nThe indictment alleges "
        "that the officers struck Beckman."
    )
    claims_ = extract(text, nlp=default_nlp).claims
    for claim in claims_:
        if claim.speaker is not None:
            assert not any(
                p.start < claim.speaker.end and claim.speaker.start < p.end
                for p in claim.content.parts
            )
    (lead,) = [c for c in claims_ if c.cue is not None and c.cue.text == "announced"]
    assert lead.content.text.startswith("A federal grand jury indictment was unsealed")


@pytest.mark.parametrize(
    ("text", "cue", "label"),
    [
        ('He called the decision "a disgrace".', "called", "a disgrace"),
        (
            'He described the bombing as a "dastardly act" and urged calm.',
            "described",
            "dastardly act",
        ),
        (
            'Biden called Trump a "national embarrassment" for his performance.',
            "called",
            "national embarrassment",
        ),
        (
            'The mayor referred to the inquiry as "a witch hunt".',
            "referred to",
            "a witch hunt",
        ),
        (
            'The governor denounced the plan as a "national embarrassment".',
            "denounced",
            "national embarrassment",
        ),
        ('The senator attacked the inquiry as "a witch hunt".', "attacked", "a witch hunt"),
        (
            'The results were described by the prime minister as a "historic mandate".',
            "described",
            "historic mandate",
        ),
        (
            'Officials referred to the man as "a person of interest."',
            "referred to",
            "a person of interest.",
        ),
    ],
)
def test_a_short_quoted_label_is_a_direct_claim_of_the_label(default_nlp, text, cue, label):
    (claim,) = claims(default_nlp, text)
    assert (claim.type, claim.cue.text, claim.content.text) == ("direct", cue, label)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The cable described Iran as the "beating heart" of Islamic extremism.',
            'Iran as the "beating heart" of Islamic extremism',
        ),
        (
            'The minister was calling Mandela a "courageous" statesman.',
            'Mandela a "courageous" statesman',
        ),
        (
            'Smith called the disappearance an "interesting" case.',
            'the disappearance an "interesting" case',
        ),
    ],
)
def test_a_quoted_word_the_writer_carries_on_keeps_the_whole_predicate(default_nlp, text, content):
    """The guide's "X as "Y" with Y partly quoted": the label alone only when the quote
    is the whole predicate."""
    (claim,) = claims(default_nlp, text)
    assert (claim.type, claim.content.text) == ("mixed", content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('He also accused Comey of "showboating".', 'Comey of "showboating"'),
        ('Duterte accused the network of "swindling".', 'the network of "swindling"'),
        (
            'Muqtada al-Sadr called for a non-violent "civil revolt".',
            'a non-violent "civil revolt"',
        ),
    ],
)
def test_an_accusation_or_a_call_for_is_no_label(default_nlp, text, content):
    """The guide's "Accusations": the whole object from the accused to the charge,
    mixed when the charge is quoted; what is called for is no label either."""
    (claim,) = claims(default_nlp, text)
    assert (claim.type, claim.content.text) == ("mixed", content)


@pytest.mark.parametrize(
    "text",
    [
        "He referred to the report in his speech on Monday.",
        "Rebels attacked the village on Monday.",
        "The bridge was described as unsafe.",
        'The mayor has been described as "a reformer" for years.',
        'From being described as the "people\'s champion" to facing calls to resign, the '
        "mayor dominated the blogs this week.",
    ],
)
def test_referring_attacking_or_a_passive_without_a_quoted_label_is_no_claim(default_nlp, text):
    assert claims(default_nlp, text) == []


def test_admitting_to_a_deed_is_a_claim(default_nlp):
    """The guide's "Admissions": 'admitted to + gerund' is what the source admits."""
    (claim,) = claims(
        default_nlp, "Covino admitted to providing false responses to internal auditors."
    )
    assert (claim.cue.text, claim.content.text) == (
        "admitted",
        "providing false responses to internal auditors",
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Protesters' demands include an investigation of police violence and the release "
            "of those arrested.",
            "an investigation of police violence and the release of those arrested",
        ),
        (
            "Their demands include dissolving Parliament, appointing an election committee, and "
            "holding early elections.",
            "dissolving Parliament, appointing an election committee, and holding early elections",
        ),
    ],
)
def test_what_a_sources_demands_include_is_their_claim(default_nlp, text, content):
    (claim,) = claims(default_nlp, text)
    assert (claim.cue.text, claim.content.text) == ("demands", content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("His daughter said he died at home without elaborating.", "he died at home"),
        (
            "The senator claimed the vote was rigged without providing evidence.",
            "the vote was rigged",
        ),
        (
            "Police said a man had been arrested, without giving further details.",
            "a man had been arrested",
        ),
        ("The company said profits rose, without naming the buyer.", "profits rose"),
        # what the source said may itself hold a 'without'
        (
            "The minister said the country could grow without giving up its coal plants.",
            "the country could grow without giving up its coal plants",
        ),
        (
            "The mayor said residents could leave without giving notice.",
            "residents could leave without giving notice",
        ),
    ],
)
def test_without_elaborating_is_how_it_was_said_not_what(default_nlp, text, content):
    (claim,) = claims(default_nlp, text)
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "McConnell has expressed a preference to proceed as in the impeachment trial of "
            "President Bill Clinton.",
            "McConnell",
            "to proceed as in the impeachment trial of President Bill Clinton",
        ),
        ("Johnson stressed his support for the Brexit movement.", "Johnson", "the Brexit movement"),
        (
            "In a post on Medium, Hickenlooper thanked his supporters.",
            "Hickenlooper",
            "his supporters",
        ),
        (
            "The president has not yet conceded the election, and has claimed widespread voter "
            "fraud with mail-in ballots.",
            "The president",
            "widespread voter fraud with mail-in ballots",
        ),
    ],
)
def test_stated_positions_through_a_noun_a_thanks_or_a_claimed_object(
    default_nlp, text, speaker, content
):
    (claim,) = claims(default_nlp, text)
    assert (claim.speaker.text, claim.content.text) == (speaker, content)


def test_claiming_responsibility_or_a_deduction_is_an_act():
    for text in (
        "The Taliban claimed responsibility for the attack on the base.",
        "He prepared tax returns claiming improper deductions for his customers.",
    ):
        assert not claimx.extract(text).claims, text


def test_an_interviewers_question_is_no_claim_and_a_sources_question_is():
    for text in (
        "Wikinews asked the scientist whether the sponges could survive the winter.",
        "The BBC asked the minister why the plan had failed.",
        "Reporters asked whether the mayor would resign before the election.",
    ):
        assert not claimx.extract(text).claims, text
    (claim,) = claimx.extract("The senator asked whether the plan was legal.").claims
    assert claim.speaker.text == "The senator"


def test_denying_someone_something_is_an_act_and_denying_a_charge_a_claim():
    for text in (
        "The city council denied the charity a building permit to open a shelter downtown.",
        "Border guards denied them entry at the crossing on Tuesday.",
        "Congress has repeatedly denied funding for the new stadium.",
        "A judge denied bail to the three men on Friday.",
    ):
        assert not claimx.extract(text).claims, text
    claims = claimx.extract("The minister denied the allegations of bribery on Friday.").claims
    assert [(c.cue.text, c.content.text) for c in claims] == [
        ("denied", "the allegations of bribery")
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Comic artist Jenn St-Onge told of being forced to re-evaluate her life.",
            "told",
            "being forced to re-evaluate her life",
        ),
        (
            "President Trump lashed out at the capital city's mayor Muriel Bowser.",
            "lashed out",
            "the capital city's mayor Muriel Bowser",
        ),
        (
            "The actress recalled her season with Star Trek: The Next Generation, when they "
            'were the "scrappy little red headed stepchild of the franchise".',
            "recalled",
            "her season with Star Trek: The Next Generation, when they were the "
            '"scrappy little red headed stepchild of the franchise"',
        ),
    ],
)
def test_recounting_and_criticism_through_a_phrase(default_nlp, text, cue, content):
    (claim,) = claims(default_nlp, text)
    assert (claim.cue.text, claim.content.text) == (cue, content)


def test_recalling_an_ambassador_is_an_act():
    assert not claimx.extract("Turkey recalled its ambassador from Washington on Friday.").claims


def test_a_closing_citing_participle_is_the_source_s_next_act_not_the_content():
    text = (
        "The Commission on Presidential Debates announced on Friday the second debate, "
        "which was slated for October 15, has been cancelled, citing safety concerns."
    )
    announced = next(c for c in claimx.extract(text).claims if c.cue.text == "announced")
    assert announced.content.text.endswith("has been cancelled")


def test_declining_a_request_is_no_refusal_to_speak(default_nlp):
    text = (
        "The embassy declined the request and said the family left on the advice of the "
        "State Department."
    )
    (claim,) = claims(default_nlp, text)
    assert claim.cue.text == "said"
    assert claim.content.text.startswith("the family left")


def test_declining_to_comment_and_a_conjoined_cue_stay_no_claim():
    text = "The spokesman declined to comment and would not say whether talks had resumed."
    assert not claimx.extract(text).claims


def test_a_second_report_after_a_semicolon_is_no_part_of_the_first():
    text = (
        "The Philippine Institute of Volcanology and Seismology (Phivolcs) reported the "
        "earthquake's magnitude was 5.5; United States Geological Survey (USGS) reported 5.8."
    )
    first = claimx.extract(text).claims[0]
    assert first.content.text == "the earthquake's magnitude was 5.5"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The Green League, which describes itself as centrist, runs two clinics.",
            "centrist",
        ),
        (
            "Jan Moller called it unlikely that the council would pay for the bridge.",
            "unlikely that the council would pay for the bridge",
        ),
    ],
)
def test_what_is_said_of_a_pronoun_is_the_predicate_alone(default_nlp, text, content):
    claims = extract(text, nlp=default_nlp).claims
    assert [c.content.text for c in claims] == [content]


def test_a_quoted_sentence_joined_by_and_is_a_claim_of_its_own(default_nlp):
    text = (
        'The coach said the team was "exhausted" after the match and "We will need every '
        'day of the break to recover."'
    )
    claims = extract(text, nlp=default_nlp).claims
    assert [(c.type, c.content.text, c.cue.text) for c in claims] == [
        ("mixed", 'the team was "exhausted" after the match', "said"),
        ("direct", "We will need every day of the break to recover.", "said"),
    ]


def test_the_writers_words_after_a_whole_quote_are_no_part_of_it(default_nlp):
    text = (
        'Health Minister Łukasz Szumowski said "We couldn’t win," and the national flag is '
        "at half-mast."
    )
    claims = extract(text, nlp=default_nlp).claims
    assert [(c.type, c.content.text) for c in claims] == [("direct", "We couldn’t win")]


def test_talking_about_how_or_why_is_a_topic_not_a_claim(default_nlp):
    text = (
        "With Wikinews, Ortega discussed how his nomination came about and why voters "
        "should back the ticket. Ortega said the ticket would carry three states."
    )
    claims = extract(text, nlp=default_nlp).claims
    assert [c.content.text for c in claims] == ["the ticket would carry three states"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Okafor called for an end to the fuel subsidy, with which Mensah and Boateng "
            "somewhat agreed.",
            "an end to the fuel subsidy",
        ),
    ],
)
def test_another_sources_view_set_against_a_claim_is_no_part_of_it(default_nlp, text, content):
    claims = extract(text, nlp=default_nlp).claims
    assert claims[0].content.text == content


def test_a_pronoun_subject_of_what_the_cue_predicates_is_left_out(default_nlp):
    text = "Ruiz found it odd that she was called a radical in one newspaper."
    claims = extract(text, nlp=default_nlp).claims
    assert [c.content.text for c in claims] == ["that she was called a radical in one newspaper"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Campaign officials expressed concern about Latino turnout.", "Latino turnout"),
        (
            "Senate Democrats expressed dissatisfaction with the nominee.",
            "the nominee",
        ),
        (
            "The governor blasted the mayor as a career politician.",
            "the mayor as a career politician",
        ),
        ("The candidate derided the two party system.", "the two party system"),
    ],
)
def test_stated_positions_voiced_as_nouns_or_by_verbs_of_scorn(default_nlp, text, content):
    claims = extract(text, nlp=default_nlp).claims
    assert [c.content.text for c in claims] == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The senator attacked the governor for cutting school budgets.",
            "attacked",
            "the governor for cutting school budgets",
        ),
        (
            "Union leaders hammered the board over its handling of the pension fund.",
            "hammered",
            "the board over its handling of the pension fund",
        ),
        (
            "The mayor commended the firefighters for their quick response.",
            "commended",
            "the firefighters for their quick response",
        ),
        (
            "The candidate favored raising the minimum wage.",
            "favored",
            "raising the minimum wage",
        ),
        (
            "The economist likened the housing market to a bubble.",
            "likened",
            "the housing market to a bubble",
        ),
    ],
)
def test_a_judgement_with_its_reason_or_a_stated_preference_is_a_claim(
    default_nlp, text, cue, content
):
    """Positions stated by the source: a judgement on someone with its reason, a
    preference for a course of action, a likening."""
    (claim,) = claims(default_nlp, text)
    assert (claim.cue.text, claim.content.text) == (cue, content)


@pytest.mark.parametrize(
    "text",
    [
        "The submarine attacked two cargo ships off the coast.",
        "The crowd applauded warmly ending the first night of the festival.",
    ],
)
def test_an_attack_without_a_reason_or_a_gerund_after_an_adverb_is_no_claim(default_nlp, text):
    assert claims(default_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The minister urged the council to reconsider and spoke with the mayor about it.",
            "the council to reconsider",
        ),
        (
            "The challenger predicted the governor would lose badly and asked voters to turn out.",
            "the governor would lose badly",
        ),
        (
            "The pilot told investigators he lost power, with some witnesses claiming the engine "
            "was on fire.",
            "he lost power",
        ),
    ],
)
def test_the_sources_next_act_of_saying_is_not_part_of_the_content(default_nlp, text, content):
    """A second verb of saying coordinated with the cue, or an absolute 'with' clause
    whose own source says something, closes the content."""
    first = claims(default_nlp, text)[0]
    assert first.content.text == content


def test_a_plan_said_after_but_stays_in_the_content(default_nlp):
    (claim,) = claims(
        default_nlp,
        "The senator said he would not vote for either candidate but planned to write in a name.",
    )
    assert claim.content.text == (
        "he would not vote for either candidate but planned to write in a name"
    )


def test_a_second_verb_with_its_own_modal_stays_in_what_was_said(default_nlp):
    (claim,) = claims(
        default_nlp,
        "The union stated it would picket any store selling the product and would respond to "
        "every lawsuit.",
    )
    assert claim.content.text == (
        "it would picket any store selling the product and would respond to every lawsuit"
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The senator asserted he had won the race despite several counties certifying "
            "their results for his rival.",
            "he had won the race",
        ),
        (
            "The magazine states the jet was a freighter, despite photos showing a row of "
            "windows along each side.",
            "the jet was a freighter",
        ),
        ("She said she would run despite the rain.", "she would run despite the rain"),
    ],
)
def test_the_writers_rebuttal_after_despite_is_not_part_of_the_claim(default_nlp, text, content):
    (claim,) = claims(default_nlp, text)
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The councillor argued for lower bus fares and for a new tram line.",
            "lower bus fares and for a new tram line",
        ),
        (
            "The two governors argued against raising the fuel tax.",
            "raising the fuel tax",
        ),
    ],
)
def test_arguing_for_or_against_a_course_is_a_claim(default_nlp, text, content):
    """The cue took its preposition ('argued for'), so the content is the preposition's
    object: a position stated, not an action."""
    (claim,) = claims(default_nlp, text)
    assert claim.content.text == content


def test_a_second_verb_that_voices_a_noun_of_attitude_keeps_its_subject(default_nlp):
    """'… called for X and expressed concern about Y': the concern is the subject's too."""
    found = claims(
        default_nlp,
        "The mayor called for a ban on fireworks and expressed concern about the river "
        "flooding the old town.",
    )
    assert [(c.speaker.text, c.content.text) for c in found] == [
        ("The mayor", "a ban on fireworks"),
        ("The mayor", "the river flooding the old town"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Asked about the budget, the minister smiled.",
        "Reporters asked about the delays at the airport.",
    ],
)
def test_asking_about_something_states_nothing(default_nlp, text):
    assert claims(default_nlp, text) == []


def test_what_a_source_says_it_will_say_is_part_of_what_it_said():
    claims = claimx.extract(
        "Maria Diaz told reporters she would strongly defend her record against what she "
        'called a "smear campaign" by her rivals.'
    ).claims
    assert [(c.speaker.text, c.cue.text) for c in claims] == [("Maria Diaz", "told reporters")]


def test_a_reported_refusal_to_comment_is_a_refusal():
    for text in (
        'The lawyer said he "won\'t give any comments at this time".',
        "The company said it would not comment on the lawsuit.",
        "The ministry said it does not comment on ongoing investigations.",
    ):
        assert not claimx.extract(text).claims, text
    (claim,) = claimx.extract("The mayor said the comments were unfair to the police.").claims
    assert claim.content.text == "the comments were unfair to the police"


def test_a_time_phrase_and_a_contrasted_saying_after_the_content_are_no_part_of_it():
    claims = claimx.extract(
        "Court Commissioner Lena Ortiz said she considered the suspect a flight risk, "
        "prior to setting the bail. The minister defended the government's record "
        "whilst promising a formal update on the talks."
    ).claims
    assert [(c.cue.text, c.content.text) for c in claims] == [
        ("said", "she considered the suspect a flight risk"),
        ("defended", "the government's record"),
        ("promising", "a formal update on the talks"),
    ]


def test_speaking_of_or_against_something_says_it_speaking_about_it_is_a_topic():
    claims = claimx.extract(
        "The opposition leader spoke against the decision to close the port. "
        "The mayor spoke of her pride in the volunteers. "
        "The minister spoke with the ambassador about the case."
    ).claims
    assert [(c.speaker.text, c.content.text) for c in claims] == [
        ("The opposition leader", "the decision to close the port"),
        ("The mayor", "her pride in the volunteers"),
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The county's health director commented on the rise in cases: "
            '"Crowded markets have made this outbreak much harder to contain."',
            "commented on",
            "Crowded markets have made this outbreak much harder to contain.",
        ),
        (
            'The union voiced concerns over staffing levels: "Nurses are working '
            'double shifts every week."',
            "voiced",
            "Nurses are working double shifts every week.",
        ),
    ],
)
def test_a_topic_then_a_colon_and_a_quote_is_a_direct_claim_of_the_quote(
    default_nlp, text, cue, content
):
    (claim,) = claims(default_nlp, text)
    assert (claim.type, claim.cue.text, claim.content.text) == ("direct", cue, content)


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "Abdullahi Nor, a spokesman for the pirates, commented on the incident. "
            '"We have attacked a ship with an American flag. It narrowly escaped." The '
            "Navy did not comment.",
            "Abdullahi Nor, a spokesman for the pirates",
            "commented on",
            "We have attacked a ship with an American flag. It narrowly escaped.",
        ),
        (
            'The mayor questioned the plan. "It will cost us twice what they say. We '
            'cannot afford it."',
            "The mayor",
            "questioned",
            "It will cost us twice what they say. We cannot afford it.",
        ),
    ],
)
def test_a_topic_then_a_full_stop_and_a_quote_is_a_direct_claim_of_the_quote(
    default_nlp, text, speaker, cue, content
):
    (claim,) = claims(default_nlp, text)
    assert (claim.type, claim.speaker.text, claim.cue.text, claim.content.text) == (
        "direct",
        speaker,
        cue,
        content,
    )


@pytest.mark.parametrize(
    "text",
    [
        # the quote has an attribution of its own
        'The mayor spoke about the flood. "We have never seen water this high," she said.',
        # a quoted name opens the next sentence: no quote of whole sentences
        'In a speech, Biden introduced an economic plan called "Build Back Better" designed '
        'to revive the economy. "Build Back Better" is, like the "America First" plan, a '
        'form of economic nationalism. "Build Back Better" calls for incentives to "Buy '
        'American."',
    ],
)
def test_a_topic_then_a_full_stop_keeps_a_quote_that_is_not_its_content(default_nlp, text):
    cues = [c.cue.text for c in claims(default_nlp, text) if c.type == "direct" and c.cue]
    assert "spoke about" not in cues and "introduced" not in cues


def test_a_topic_then_a_quoted_list_is_no_claim(default_nlp):
    text = 'The report focused on three areas: "housing, jobs and schools".'
    assert claims(default_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a date's word that closes an outlet's name is no date
        (
            'Russia Today goes on to say these laws are, "intended to keep minors from being '
            'influenced by non-traditional sexual relationships."',
            "Russia Today",
        ),
        ("USA Today reported that sales rose.", "USA Today"),
    ],
)
def test_a_dates_word_closing_a_name_is_a_source(default_nlp, text, speaker):
    (claim,) = claims(default_nlp, text)
    assert claim.speaker.text == speaker


def test_a_camel_cased_name_with_its_full_stop_ends_the_sentence():
    # the tokenizer keeps the stop on 'SpaceX.', and the parser runs the two
    # sentences together: the claim would hold the next sentence
    text = (
        "NASA hopes to fill some of this gap using commercial launches from companies "
        "such as SpaceX. SpaceX has already reached an agreement with NASA to conduct "
        "three test flights."
    )
    (claim,) = claimx.extract(text).claims
    assert "agreement" not in claim.content.text
    assert claim.content.text.startswith("to fill some of this gap")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The minister pointed to rising costs.", "pointed to", "rising costs"),
        (
            "Eyewitnesses described heavy traffic at the time of the collapse.",
            "described",
            "heavy traffic at the time of the collapse",
        ),
        (
            "The couple encouraged attendees to continue developing their technique.",
            "encouraged",
            "attendees to continue developing their technique",
        ),
        (
            "The spokesman outlined his priorities for the island.",
            "outlined",
            "his priorities for the island",
        ),
        (
            "Blankenship favored expanding space exploration.",
            "favored",
            "expanding space exploration",
        ),
        ("The group advocates lower taxes.", "advocates", "lower taxes"),
        (
            "The report noted the importance of early testing.",
            "noted",
            "the importance of early testing",
        ),
        (
            "The agency has classified the virus as a serious threat.",
            "classified",
            "the virus as a serious threat",
        ),
    ],
)
def test_speech_acts_and_stances_the_default_scope_counts(text, cue, content):
    (claim,) = claimx.extract(text).claims
    assert (claim.cue.text, claim.content.text) == (cue, content)


@pytest.mark.parametrize(
    "text",
    [
        # an interrogation, not a doubt voiced
        "Detectives questioned the driver for three hours on Friday.",
        # a work funded, not a stance
        "The survey was supported by the Wellcome Trust.",
        # a thing shown, not stated
        "Protesters showed photographs of the flooded streets.",
    ],
)
def test_questioning_people_funding_works_and_showing_pictures_are_no_claims(text):
    assert claimx.extract(text).claims == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The senator questioned the decision to close the base.",
            "the decision to close the base",
        ),
        ("Most voters supported the plan.", "the plan"),
        ("The report showed that sales fell.", "sales fell"),
    ],
)
def test_doubts_stances_and_findings_stay_claims(text, content):
    (claim,) = claimx.extract(text).claims
    assert claim.content.text == content


def test_an_event_announced_with_a_clause_that_only_describes_it_is_an_action():
    # ('a deal it brokered': the relative word left out)
    text = "The White House announced a deal it brokered to end the strike at the port."
    assert claimx.extract(text).claims == []


def test_a_clause_opened_by_a_relative_adverb_may_state_something():
    text = (
        'The actress recalled her first season, when the cast were "the unwanted '
        'stepchild of the studio."'
    )
    (claim,) = claimx.extract(text).claims
    assert claim.cue.text == "recalled"


def test_things_classified_without_a_predicate_say_nothing():
    assert claimx.extract("The books are classified by subject.").claims == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Police put the death toll at 30.", "the death toll at 30"),
        (
            "The agency placed the number of homeless at about 20,000.",
            "the number of homeless at about 20,000",
        ),
    ],
)
def test_a_figure_a_source_puts_a_count_at_is_its_estimate(text, content):
    (claim,) = claimx.extract(text).claims
    assert claim.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "She placed the flowers in the vase.",
        "He put the blame on the council.",
        "Twitter placed a warning on the post.",
    ],
)
def test_things_placed_are_no_estimates(text):
    assert claimx.extract(text).claims == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("On Friday the agency declared a pandemic.", "a pandemic"),
        ("The campaign manager declared victory for the senator.", "victory for the senator"),
        (
            "The ministry declared it was ending the search for survivors.",
            "it was ending the search for survivors",
        ),
    ],
)
def test_what_a_source_declares_of_the_world_is_a_claim(text, content):
    (claim,) = claimx.extract(text).claims
    assert claim.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "Two towns declared a state of calamity after the quake.",
        "She declared her candidacy for mayor.",
        "The government declared three days of national mourning.",
    ],
)
def test_what_a_declaration_brings_about_is_an_act(text):
    assert claimx.extract(text).claims == []


def test_a_thing_placed_inside_a_reported_clause_does_not_cut_it():
    text = (
        "The Department's complaint, filed in the U.S. District Court for the Southern "
        "District of Ohio, alleges that the four individuals applied for emergency "
        "dispatcher (ED) positions with the county and were subsequently placed on a hiring "
        "list that stated that offers of employment would be based on the rank order of "
        "the individuals listed."
    )
    claim = next(c for c in claimx.extract(text).claims if c.cue.text == "alleges")
    assert "were subsequently placed on a hiring list" in claim.content.text


def test_only_whom_it_was_said_to_is_no_claim(default_nlp):
    """'Haines apologized to the court': to whom, with nothing said (the learned layer
    proposed it); his quoted words after it are his claim."""
    text = (
        "A former mayor was sentenced on Monday to four years in prison for bribery, the "
        "Justice Department said. Robert Haines, 61, pleaded guilty in March to one count "
        "of conspiracy. At the hearing, the judge said Haines had betrayed the city. "
        'Haines apologized to the court. "I let my city down," he said.'
    )
    cues = [c.cue.text for c in claims(default_nlp, text) if c.cue is not None]
    assert "apologized" not in cues
    assert cues[-1] == "said"
