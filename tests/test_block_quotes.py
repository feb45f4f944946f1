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


def test_an_original_with_a_colon_of_its_own_is_still_skipped_for_its_translation():
    text = (
        "Ana Souza writes on her blog:\n\n"
        "Eu como jornalista fico indignada com a cobertura da imprensa. Vejam o absurdo:\n\n"
        "Detalhe: não estou julgando ninguém!\n\n"
        "As a journalist myself, I am outraged by the coverage of the press. Look at the "
        "absurdity of it all.\n\n"
        "Other bloggers were less sure."
    )
    (claim,) = _claims(text)
    assert claim.speaker.text == "Ana Souza"
    assert claim.content.text.startswith("As a journalist myself")


def test_a_block_introduced_by_the_second_of_two_verbs_sharing_a_subject():
    text = (
        "Antonio Arles (@arlesophia) comments on this in his blog [pt] and stresses how "
        "the Internet is useful to gather information about the demonstrations:\n\n"
        "I have participated in at least three demonstrations this year for which the "
        "Internet was an important organizational tool.\n\n"
        "Other bloggers were less sure."
    )
    blocks = [c for c in _claims(text) if c.type == "direct"]
    assert [c.speaker.text for c in blocks] == ["Antonio Arles (@arlesophia)"]
    assert blocks[0].content.text.startswith("I have participated")


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


def test_a_quotation_inside_the_block_leaves_it_a_block():
    """The quoted voice may quote or report others ('told him that …', «a phrase»): those
    are its words, and the block is still the writer's claim, whole."""
    text = (
        "Some bloggers were more careful. Nadia Karimi, a writer based in Lyon, wrote:\n\n"
        "One real test of this policy, to my mind, is the budget. The minister has already "
        "told the unions that he wants “a fair deal” and that he will not cut pensions.\n\n"
        "The debate went on for days."
    )
    claims = _claims(text)
    (block,) = [c for c in claims if c.speaker is not None and "Karimi" in c.speaker.text]
    assert block.cue.text == "wrote"
    assert block.content.text.startswith("One real test of this policy")
    assert block.content.text.endswith("will not cut pensions.")
    # what the minister told the unions is inside the block: no claim of its own
    assert not [c for c in claims if c.cue is not None and c.cue.text == "told"]


def test_a_paragraph_that_opens_with_its_own_attribution_is_no_block():
    """After a colon that ends a truncated quotation, the article goes on in its own voice."""
    text = (
        "The court ruled that the law does not stop a judge from ordering a host provider:\n\n"
        "According to the ruling, a host must remove the original post as well as copies "
        'that say the same thing. Professor Lena Vogt said, "This goes further than any '
        'earlier judgment."\n\n'
        "The company said it would appeal."
    )
    claims = _claims(text)
    assert not [c for c in claims if c.pattern == "block_quote"]
    said = [c for c in claims if c.speaker is not None and "Vogt" in c.speaker.text]
    assert said and said[0].content.text.startswith("This goes further")


def test_the_ranker_proposes_no_claim_inside_a_block(nlp):
    """A verb in the quoted voice's words is no proposal of the article's (the ranker
    proposes claims for verbs outside the lexicon, and had done so inside blocks)."""
    import numpy as np

    from claimx.extraction.quotes import find_quotes
    from claimx.extraction.rules import Context, Found, find_candidates
    from claimx.extraction.rules.verbal import reporting_verbs
    from claimx.learned.ranker import PROPOSAL, RankSettings, choose

    text = (
        "Nadia Karimi, a writer based in Lyon, wrote:\n\n"
        "One real test of this policy, to my mind, is the budget. The minister has already "
        "told the unions that he will not cut pensions this year.\n\n"
        "The debate went on for days."
    )
    doc = nlp(text)
    ctx = Context(doc=doc, quotes=find_quotes(text), lexicon=nlp.get_pipe("claimx").lexicon)
    (block,) = [c for c in find_candidates(ctx) if c.pattern == "block_quote"]
    (told,) = [c for c in reporting_verbs(ctx, Found()) if c.cue_lemma == "tell"]
    told.pattern = f"{PROPOSAL}:{told.pattern}"
    settings = RankSettings(keep=0.3, add=0.5)
    kept = choose(["rule", PROPOSAL], [block, told], np.array([0.9, 0.9]), settings)
    assert kept == [block]
    # outside a block, the same proposal is a claim
    assert choose([PROPOSAL], [told], np.array([0.9]), settings) == [told]


def test_has_this_to_say_introduces_the_speakers_block():
    text = (
        "The crash was discussed all week. Maria Duarte, a reader of the blog, has this to "
        "say:\n\n"
        "I fly twice a month and I am not afraid, but I want to know what happened to "
        "that plane.\n\n"
        "The airline has not commented."
    )
    (claim,) = _claims(text)
    assert claim.pattern == "block_quote" and claim.speaker.text.startswith("Maria Duarte")
    assert claim.content.text.startswith("I fly twice a month")


def test_a_name_s_words_and_a_colon_introduce_the_names_block():
    text = (
        "Prime Minister Gordon Brown also backed the campaign for her release.\n\n"
        "Brown’s words of support:\n\n"
        "I add my voice to the growing chorus of those who want you to be free, and I hope "
        "that we will see you soon.\n\n"
        "The campaign ends on Friday."
    )
    blocks = [c for c in _claims(text) if c.pattern == "block_quote"]
    assert len(blocks) == 1 and blocks[0].cue.text == ":"
    assert blocks[0].speaker.canonical == "Gordon Brown"
    assert blocks[0].content.text.startswith("I add my voice")


def test_a_line_that_names_a_message_introduces_it_without_a_colon():
    """'X left this message' / 'X summed up his feelings.': the paragraph after it, in
    the first or second person, is the message."""
    text = (
        "Readers from all over the region wrote in.\n\n"
        "Lena Ortiz from Manila left this message\n\n"
        "Dear friends, what you are doing for the families of the miners makes you heroes "
        "to all of us.\n\n"
        "The campaign ends on Friday."
    )
    (claim,) = _claims(text)
    assert claim.pattern == "block_quote" and claim.speaker.text == "Lena Ortiz from Manila"
    assert claim.content.text.startswith("Dear friends, what you are doing")


def test_a_message_sent_before_narration_introduces_nothing():
    text = (
        "The president sent a message to Congress on Monday.\n\n"
        "The bill was passed by the Senate in the evening and will now go to the House "
        "for a final vote."
    )
    assert not [c for c in _claims(text) if c.pattern == "block_quote"]


def test_a_translation_runs_over_as_many_paragraphs_as_its_original():
    original = [
        "Os experts de plantão já estão desfilando as baboseiras nas televisões do país.",
        "Falam e falam sobre o que ainda não passa de especulações sobre o acidente aéreo.",
        "É prematuro qualquer indicação sobre o acidente até que as equipes achem o avião.",
        "Ouvir um chamar o avião da Air France de Boeing é demais para qualquer pessoa.",
        "A verdade é que ninguém sabe ainda o que aconteceu, aonde e como aconteceu.",
        "Muitos especialistas deveriam saber que um acidente não tem uma só causa.",
    ]
    english = [
        "The round the clock experts have already been talking a lot of rubbish on TV.",
        "They have talked and talked about things that are still only speculation.",
        "It is premature to say anything about the accident until the teams find the plane.",
        "Hearing one of them call the Air France plane a Boeing is too much for anyone.",
        "The truth is that nobody knows yet what happened, where and how it happened.",
        "Many specialists should know that an accident never has only one cause.",
    ]
    text = (
        "Camerini, from blog Transbrasil, states:\n\n"
        + "\n\n".join(original + english)
        + "\n\nThe airline has not commented on the reports."
    )
    blocks = [c for c in _claims(text) if c.type == "direct"]
    assert [c.speaker.text for c in blocks] == ["Camerini, from blog Transbrasil"]
    assert blocks[0].content.text.startswith("The round the clock experts")
    assert blocks[0].content.text.endswith("never has only one cause.")


def test_a_message_named_early_in_a_long_line_introduces_its_translation():
    text = (
        "Charles-guy de Kerimel, the writer of the aviation history blog Des avions et des "
        "hommes expresses his condolences [fr] to the passengers and the crew of the Airbus "
        "A330-203.\n\n"
        "L’annonce de cet accident me remplit de tristesse et je pense aux familles.\n\n"
        "Le plus grave accident d’Air France, nous dit-on, depuis de longues années.\n\n"
        "The announcement of this accident fills me with sadness and I think of the families.\n\n"
        "This is Air France’s most serious accident, we are told, in many long years.\n\n"
        "The search for the wreckage goes on."
    )
    blocks = [c for c in _claims(text) if c.type == "direct"]
    assert [c.cue.text for c in blocks] == ["expresses"]
    assert blocks[0].content.text.startswith("The announcement of this accident")
    assert blocks[0].content.text.endswith("in many long years.")


def test_a_translated_paragraph_whose_verb_only_takes_an_object_is_no_narration():
    # a named subject with a verb that can report ('offering', 'praised') but reports no
    # words here is still the quoted voice; the writer's narration reports a clause
    original = [
        "Wir haben die Regierung jahrelang gewarnt, aber niemand hat uns zugehört.",
        "Die Wahrheit ist bitter, und die Bürger dieser Stadt werden den Preis zahlen.",
    ]
    english = [
        "We warned the government for years, but nobody listened to us at all.",
        "The bitter truth is, Berlin is offering the banks a chance to escape the costs "
        "while the people of this city pay the price.",
    ]
    text = (
        "Blogger Jan Weber wrote on his site:\n\n"
        + "\n\n".join(original + english)
        + "\n\nOther bloggers said the banks had done nothing wrong."
    )
    block = next(c for c in _claims(text) if c.type == "direct")
    assert block.content.text.startswith("We warned the government")
    assert block.content.text.endswith("pay the price.")


def test_a_translation_set_as_one_paragraph_stops_at_the_narration_after_it():
    original = [
        "Uwielbiam latać samolotem i podróż lotnicza nie wywołuje u mnie żadnego stresu.",
        "Zastanawiam się, dlaczego ten wypadek tak mocno mnie poruszył, i nie znam odpowiedzi.",
        "Na szczęście nie sądzę, aby ten wypadek zmienił mój stosunek do latania samolotem.",
    ]
    english = (
        "I love flying and air travel is not stressful to me at all. I wonder why this "
        "accident touched me so deeply, and I do not know the answer. Luckily I do not "
        "think this accident will change my attitude towards flying on planes."
    )
    text = (
        "Polish blog Tierra Incognita says he still loves flying:\n\n"
        + "\n\n".join([*original, english])
        + "\n\nDiscussions have begun to focus on the weather and on the computer systems of "
        "the Airbus A330.\n\nSome engineers suspect the speed sensors froze over the ocean."
    )
    block = next(c for c in _claims(text) if c.type == "direct")
    assert block.content.text.startswith("I love flying")
    assert block.content.text.endswith("flying on planes.")


def test_an_according_to_line_ending_in_a_colon_introduces_the_paragraph_after_it():
    """Court releases set out their facts under 'According to X:'; the participle that
    describes X ('entered into the record today') is part of the source, not the claim."""
    text = (
        "Smith pleaded guilty on Tuesday.\n\n"
        "According to court documents entered into the record today:\n\n"
        "The defendant wired $2 million to an account in Cyprus and then lied to "
        "investigators about the transfers.\n\n"
        "Sentencing is set for March 3."
    )
    (claim,) = _claims(text)
    assert claim.type == "according_to" and claim.cue.text == "According to"
    assert claim.speaker.text == "court documents entered into the record today"
    assert claim.content.text.startswith("The defendant wired $2 million")
    assert claim.content.text.endswith("about the transfers.")


def test_an_according_to_clause_of_its_own_before_a_colon_keeps_its_clause():
    text = (
        "According to the complaint, the company unlawfully kept its monopoly by, among "
        "other things:\n\n"
        "Forcing major customers to accept exclusive deals and rebates that shut out rivals."
    )
    claims = [c for c in _claims(text) if c.cue is not None and c.cue.text == "According to"]
    assert [c.speaker.text for c in claims] == ["the complaint"]
    assert claims[0].content.text.startswith("the company unlawfully kept its monopoly")
