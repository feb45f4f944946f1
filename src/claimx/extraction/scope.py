"""The default scope: claims a journalist would sign off on.

By default claimx reports what a source said, wrote, thinks or found: speech
and writing, beliefs and fears, positions the source states, and what
documents, polls and studies say (``docs/annotation-guide.md``). Extraction
runs as for PolNeAR's wider notion of attribution (``--scope all``); this stage
then leaves out what a reader would not call a claim, each for a reason that
:func:`not_a_claim` names:

- ``action``: a cue outside the reporting lexicon ("sued", "appointed"), an
  intention ("plans to build"), or a reporting verb whose complement is not
  what was said ("announced his resignation", "agreed a five-year contract",
  "pleaded not guilty");
- ``refusal``: "declined to comment", "refused to say", "did not respond";
- ``shows``: what things show rather than what people say ("Footage of the
  ceremony shows …", "the rally showed …");
- ``common_knowledge``: "Everybody in town knows …", "It is widely believed
  that …";
- ``label``: a line label taken for a speaker ("Headline: …", "Photo: …");
- ``first_person``: "I think …", "we expect …" outside quote marks: the
  writer's own view, or words of a quotation set off without marks (a block
  quote the rules did not see as one);
- ``no_source``: a speaker that cannot say, write, think or find anything
  ("caps suggesting …", "His presence would acknowledge …"): WordNet's senses
  of its head noun (``Lexicon.names_no_source``);
- ``question``: knowing, deciding or learning a question's answer, the answer
  not given ("decided which country he would visit", "did not know what day it
  was"), or a question put ("Do you think …?"): nothing is stated. Wondering and
  asking are kept;
- ``possibility``: what someone can expect or might think ("members can
  expect a return of four percent", "an observer can expect to see 80
  meteors"): a possibility the writer states, no one's view;
- ``sourceless``: a report with no one behind it ("UpGuard reportedly sent an
  email", "allegedly"): the guide's sourceless reports, not required.

``label`` also covers a line-up after a name and a colon ("Rovers: Meier; Lund,
Osei, …"), and ``shows`` what a thing shows where only documents, studies and
people state ("a banner … shows whether …", "the figures show").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from claimx.extraction import quotes
from claimx.extraction.claims import SOURCE_CUES
from claimx.extraction.rules.according_to import CALENDAR_WORDS, HEARSAY_ADVERBS
from claimx.extraction.rules.base import FINITE, content_tokens, is_quote_mark, tokens_in
from claimx.extraction.rules.interview import interviewer_turns
from claimx.extraction.rules.verbal import CONTRASTS, PLACING
from claimx.extraction.sources import PEOPLE_KINDS
from claimx.lexicon import Lexicon, word_set
from claimx.records import Claim, Content, Cue, Span

#: The frame of a claim, by the name of the rule that found it (its first part).
PATTERN_FRAMES = {
    "object_complement": "dobj",
    "infinitive_complement": "xcomp",
    "prepositional_complement": "prep",
    "object_predicate": "as",
    "as_clause": "clause",
    "as_in_text": "clause",
    "adjective_complement": "clause",
    "research_finding": "dobj",
    "noun_cue_object": "dobj",
    "held_to_account": "as",
    "issued_text_clause": "clause",
    "inverted_reporting_clause": "clause",
}
#: Rules whose claims are quotes, colons and sources, whatever their cue.
SURFACE_PATTERNS = {
    "direct_quote",
    "block_quote",
    "continuing_quote",
    "interview_answer",
    "colon_introduced_quote",
    "dash_attributed_quote",
    "issued_text_quote",
    "verb_colon_quote",
    "surface_quote_attribution",
    "unattributed_quote",
    "according_to",
    "per_source",
    "source_document",
    "poll_result",
    "stated_view",
    "hearsay_adverb",
    "headline_colon",
    "title_case_headline",
}
#: Cues whose infinitive is a refusal or a decision: 'declined to comment'.
REFUSALS = {"decline", "refuse"}
#: A reported refusal to comment: 'said he "won't give any comments at this time"',
#: 'said it would not comment on the case'.
NO_COMMENT = re.compile(
    r"(?:he|she|it|they|we|i)\s+[\"“]?(?:won't|won’t|will not|would not|wouldn't|wouldn’t|"
    r"could not|couldn't|couldn’t|cannot|can't|can’t|does not|doesn't|doesn’t|did not|"
    r"didn't|didn’t)\s+(?:give|make|offer|provide)?\s*(?:any\s+)?(?:further\s+)?comments?\b",
    re.I,
)
#: Cue classes of the default scope: intentions ('wants to', 'plans to') are not claims.
CLAIM_CLASSES = {"speech", "cognition", "stance"}
#: Impersonal cognition ('it is widely believed that …') is the writer's framing.
COMMON_KNOWLEDGE_CUES = word_set("common_knowledge_cues")
#: Speakers that are people in general, whose thoughts are no one's claim.
GENERIC_PEOPLE = word_set("generic_people")
#: Verbs of perception: 'see them die' reports what was seen ('see that …' is a claim).
PERCEPTION = word_set("perception_verbs")
#: Modals that make a thought a possibility the writer states: 'can expect', 'might think'.
POSSIBILITY = frozenset({"can", "could", "may", "might"})
#: Objects that state nothing: 'the media report something and prove it right'.
INDEFINITES = {"something", "anything", "nothing", "everything"}
#: Nouns that, with only a determiner, point at what is told elsewhere: 'disclosed the
#: matter to the agency', 'admitted his guilt'.
SHELL_NOUNS = word_set("shell_nouns")
#: A content that is an embedded question ('which country he would visit').
EMBEDDED_QUESTION = re.compile(r"(?:which|what|where|when|how|why|who|whom|whether|if)\b", re.I)
#: Cognition cues whose embedded question is the claim: the question asked.
ASKING = {"wonder", "question", "ask"}
#: Cues of talking about something, whose embedded question is a topic, no claim.
TOPIC_CUES = {"discuss"}
#: Prepositions that open a sentence, which the tagger may read as a name ('Amongst').
PREPOSITIONS = frozenset(
    {"amongst", "among", "amid", "amidst", "during", "despite", "following", "throughout"}
)


def journalist_claims(doc: Doc, claims: list[Claim], lexicon: Lexicon) -> list[Claim]:
    """The claims of the default scope, renumbered ``#n`` in order."""
    text = doc.text
    asked = interviewer_turns(text)
    kept = []
    quoted_topics: set[tuple[int, int]] = set()
    for c in claims:
        topic = c
        c = quote_after_topic(doc, c, claims, text)
        if c is not topic:
            span = (c.content.start, c.content.end)
            if span in quoted_topics:
                continue  # ('voiced concerns over X: "…"': one quote, one claim)
            quoted_topics.add(span)
        if not_a_claim(doc, c, lexicon) is not None:
            continue
        if any(s <= c.content.start < e for s, e in asked):
            continue  # an interviewer's question: no source is reported in it
        trimmed = trim_adjuncts(doc, c, text, lexicon)
        reported, *quoted = split_at_colon(doc, pronoun_predicate(doc, quoted_predicate(trimmed)))
        # the quote after the colon, unless another claim already has it
        quoted = [q for q in quoted if not any(_overlaps(q, o) for o in claims if o is not c)]
        kept += [
            piece
            for whole in [reported, *quoted]
            for joined in split_joined_quote(text, whole)
            for piece in split_turn(text, joined)
        ]
    kept = [c for c in kept if not _same_voice_inside(doc, c, kept, lexicon)]
    # a quote given its topic's cue is no quote carrying on a turn as well
    kept = [
        c
        for c in kept
        if not (
            c.pattern == "continuing_quote"
            and c.cue is None
            and any(c.content.start < e and s < c.content.end for s, e in quoted_topics)
        )
    ]
    kept.sort(key=lambda c: c.content.start)
    return [c.model_copy(update={"claim_id": f"#{n}"}) for n, c in enumerate(kept)]


#: Auxiliaries of what is yet to be done ('said he would defend himself …').
FUTURE_AUX = frozenset({"will", "would", "'ll", "shall"})


def _same_voice_inside(doc: Doc, claim: Claim, claims: list[Claim], lexicon: Lexicon) -> bool:
    """'Police said they believe the theft involved …': a belief inside a saying's
    content, held by the same voice through a pronoun, is that content, not a claim
    of its own; so is what the voice says it will say ('said he would robustly
    defend himself against …')."""
    sp, cue = claim.speaker, claim.cue
    if sp is None or cue is None or sp.resolved_from is None:
        return False
    if cue.category != "cognition":
        verb = _cue_token(doc, cue.start, cue.end, lexicon)
        if verb is None or not any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children
        ):
            return False  # ('admitted that he falsely claimed …': a claim of its own)
    return any(
        o is not claim
        and o.type != "direct"
        and o.speaker is not None
        and o.speaker.canonical == sp.canonical
        and any(p.start <= cue.start and cue.end <= p.end for p in o.content.parts)
        for o in claims
    )


def trim_adjuncts(doc: Doc, claim: Claim, text: str, lexicon: Lexicon) -> Claim:
    """An indirect claim without the words that say how or when it was said:
    'announced via Twitter around 11:30 am, phase one had been completed' ->
    'phase one had been completed'; '"…", while addressing the press' -> the quote;
    and without a second report after a semicolon ('… was 5.5; the USGS reported 5.8')."""
    if len(claim.content.parts) != 1 or claim.type not in {"indirect", "mixed", "according_to"}:
        return claim
    toks = _tokens(doc, claim.content.start, claim.content.end)
    if len(toks) < 4:
        return claim
    start, end = claim.content.start, claim.content.end
    ids = {t.i for t in toks}
    before = text[max(0, claim.content.start - 12) : claim.content.start].rstrip().lower()
    if (
        toks[0].pos_ == "ADP"
        # ('According to BBC News, in the last ten years smoking has tripled': what the
        # source reports, limited by its own phrase, not how it was said)
        and claim.type != "according_to"
        and toks[0].lower_ not in {"that", "whether", "if"}
        and (toks[0].head.i not in ids or _time_before_subject(toks))
        # it hangs on the cue, not on what was said
        and not before.endswith(" that")
    ):
        comma = next((t for t in toks[:12] if t.text == ","), None)
        after = [t for t in toks if comma is not None and t.i > comma.i]
        # what follows the occasion ('in a statement', 'at a press conference')
        rest = [t for t in toks if t.i > toks[0].right_edge.i]
        if after and any(t.dep_ in {"nsubj", "nsubjpass"} for t in after[:8]):
            start = after[0].idx
        elif comma is None:
            # 'said at a press conference yesterday morning the gun laws should be
            # changed': the occasion and its time, then the clause's subject
            clause = rest
            while clause and any(
                a.dep_ == "npadvmod" for a in [clause[0], *clause[0].ancestors][:2]
            ):
                clause = clause[1:]
            subject = clause and any(t.dep_ in {"nsubj", "nsubjpass"} for t in clause[:5])
            if subject and clause[0].lower_ != "that":
                start = clause[0].idx
        # 'said in a statement that it would appeal': the occasion, then the clause
        if len(rest) > 2 and rest[0].lower_ == "that" and rest[0].dep_ == "mark":
            start = rest[1].idx
    cue = _cue_token(doc, claim.cue.start, claim.cue.end, lexicon) if claim.cue else None
    for n, tok in enumerate(toks[:-2]):
        if tok.idx > start + 1 and cue is not None and _cue_conjunct(tok, cue, ids, lexicon):
            end = tok.idx  # 'urged the embassy to reconsider and spoke with Pompeo':
            break  # the source's next act, not what it urged
        if tok.idx > start + 1 and _rebuttal(tok):
            end = tok.idx  # 'asserted he had won the election despite several key swing
            break  # states certifying their results': the writer's check on the claim
        if (
            tok.idx > start + 1
            and tok.lower_ in CONTRAST_WORDS
            and toks[n + 1].tag_ == "VBG"
            and _says(toks[n + 1], lexicon)
        ):
            end = tok.idx  # 'defended the record whilst promising an update': the
            break  # source's next claim, set against the first
        if tok.idx > start + 1 and _other_side(tok, lexicon):
            end = tok.idx  # 'supported the withdrawal though Pierce and Carroll raised
            break  # concerns about …': another source's view, set against it
        if (
            tok.text == ","
            and tok.idx > start
            and toks[n + 1].pos_ == "ADP"
            and toks[n + 2].lower_ in {"which", "whom"}
            and _named_subject(toks[n + 1].head)
        ):
            end = tok.idx  # '…, with which Hawkins and La Riva somewhat agreed': the
            break  # writer's aside about the claim
        if (
            tok.text == ";"
            and tok.idx > start
            and toks[n + 1].text not in {'"', "“"}  # (a quote after it: split_joined_quote)
            and _reports_anew(toks[n + 1 :], lexicon)
        ):
            end = tok.idx  # '… the magnitude was 5.5; United States Geological Survey
            break  # (USGS) reported 5.8': another source's report
        if tok.text != "," or tok.idx <= start:
            continue
        nxt, then = toks[n + 1], toks[n + 2]
        if nxt.lower_ == "with" and any(
            c.dep_ in {"pcomp", "acl"}
            and c.tag_ in {"VBG", "VBN"}
            and (c.dep_ == "acl" or any(g.dep_ == "nsubj" for g in c.children))
            and _says(c, lexicon)
            for c in nxt.subtree
        ):
            end = tok.idx  # '…, with some local press claiming he was attempting to
            break  # overtake': the writer's addition, with a source of its own (not
            # '…, with some countries wanting to maintain a softer approach', still
            # what was reported)
        if nxt.lower_ in ADJUNCT_OPENERS and then.tag_ == "VBG":
            end = tok.idx
            break
        after = toks[n + 3] if n + 3 < len(toks) else None
        timed = (nxt.lower_, then.lower_) in TIME_PREPOSITIONS
        if timed and after is not None and after.tag_ == "VBG":
            end = tok.idx  # 'said he considered him a flight risk, prior to setting
            break  # the bail': when it was said
        if nxt.lower_ == "meaning" and nxt.tag_ == "VBG":
            end = tok.idx  # '…, meaning the UK would leave …': the writer's gloss
            break
        if (
            nxt.tag_ == "VBG"
            and nxt.lemma_.lower() in SAYING_PARTICIPLES
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in nxt.children)
        ):
            end = tok.idx  # 'noted the sharks might not …, citing the disruption off
            break  # Alaska': the source's next act of saying, not what it noted
        if _describes_the_object(nxt, toks, ids):
            end = tok.idx  # 'asked for donations to the foundation, which provides …'
            break
    unsupported = _without_support(toks, start)
    if unsupported is not None:
        end = min(end, unsupported)
    while end > start and text[end - 1] in " ,;":
        end -= 1
    if (start, end) == (claim.content.start, claim.content.end) or end <= start:
        return claim
    content = Content(
        text=text[start:end], start=start, end=end, parts=[Span(start=start, end=end)]
    )
    return claim.model_copy(update={"content": content})


def _time_before_subject(toks: list[Token]) -> bool:
    """'told Vogue magazine in 2015 she didn't record …': a date between the cue and
    the clause's subject says when it was said, wherever the parser hung it."""
    prep = toks[0]
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objects) != 1 or objects[0].ent_type_ not in {"DATE", "TIME"}:
        return False
    nxt = prep.right_edge.i + 1
    return nxt <= toks[-1].i and prep.doc[nxt].dep_ in {"nsubj", "nsubjpass"}


#: Auxiliaries that cannot govern a past-tense verb: 'would lose and asked' is two acts.
NON_FINITE_AUX = frozenset(
    {"to", "would", "will", "could", "can", "may", "might", "should", "must"}
)


def _says(verb: Token, lexicon: Lexicon) -> bool:
    """A verb of saying ('claiming', 'having declared'), not of wanting or thinking."""
    entry = lexicon.cue_of(verb)
    return entry is not None and entry.cls == "speech"


def _rebuttal(tok: Token) -> bool:
    """'despite' with an event of its own as its object ('despite photos showing a
    row of windows', 'despite it undermining his guidelines'), not 'despite the rain'
    nor 'despite claiming previously …', the subject's own act."""
    if tok.lower_ != "despite" or tok.dep_ != "prep":
        return False
    return any(
        (c.dep_ == "pcomp" and any(g.dep_ == "nsubj" for g in c.children))
        or (c.dep_ == "pobj" and any(g.dep_ == "acl" and g.tag_ == "VBG" for g in c.children))
        for c in tok.children
    )


def _cue_conjunct(tok: Token, cue: Token, ids: set[int], lexicon: Lexicon) -> bool:
    """'and'/'but' opening a past-tense verb of saying, without a subject of its own,
    that cannot be coordinated with the content's verb ('would lose … and asked
    voters', 'to reconsider and spoke with Pompeo'): the source's next act of saying,
    coordinated with the cue (not 'would not vote … but planned to', what was said)."""
    if tok.dep_ != "cc" or tok.lower_ not in {"and", "but"} or cue.tag_ != "VBD":
        return False
    head = tok.head
    verb = next((c for c in head.children if c.dep_ == "conj" and c.i > tok.i), None)
    if verb is None or verb.tag_ != "VBD" or head.i not in ids or verb.i not in ids:
        return False
    if not _says(verb, lexicon):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return False
    aux = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
    if head.tag_ == "VB":
        return all(a.lower_ in NON_FINITE_AUX for a in aux)
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children)
    return head.tag_ in {"VBN", "VBG"} and not aux and not subject


def _named_subject(verb: Token) -> bool:
    """A clause whose subject is a named person or organisation."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    subjects += [c for s in subjects for c in s.children if c.dep_ == "conj"]
    return any(c.ent_type_ in {"PERSON", "ORG", "NORP"} and c.pos_ == "PROPN" for c in subjects)


def _other_side(tok: Token, lexicon: Lexicon) -> bool:
    """'though Pierce and Carroll raised concerns …': a contrast whose subject is a
    named person or organisation, or that reports anew, is another source's (not
    'while wages fell', part of what was said)."""
    if tok.lower_ not in CONTRASTS or tok.dep_ != "mark":
        return False
    clause = tok.head
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return False
    return _named_subject(clause) or (clause.pos_ == "VERB" and lexicon.cue_of(clause) is not None)


def _reports_anew(toks: list[Token], lexicon: Lexicon) -> bool:
    """A clause with a cue verb of its own and that verb's own subject."""
    ids = {t.i for t in toks}
    return any(
        t.pos_ == "VERB"
        and lexicon.cue_of(t) is not None
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i in ids for c in t.children)
        for t in toks
    )


#: Participles of saying that close a claim with the source's next act: '…, citing …'.
SAYING_PARTICIPLES = frozenset({"cite", "add", "note", "argue", "insist", "stress", "explain"})

#: What a source does not do in saying it: 'said …, without elaborating'.
UNEXPLAINED = frozenset({"elaborate", "comment", "explain", "specify", "expand"})
#: ... without giving what: 'without providing evidence', 'without giving details'.
UNSUPPORTED = frozenset({"give", "provide", "offer", "cite", "present", "produce", "share"})
SUPPORT_NOUNS = frozenset(
    {
        "evidence",
        "detail",
        "details",
        "proof",
        "reason",
        "explanation",
        "specifics",
        "information",
        "timeline",
        "timeframe",
        "figure",
        "source",
        "name",
        "example",
        "comment",
    }
)
#: ..., set off by a comma, without telling whom: ', without naming the buyer'.
UNNAMED = frozenset({"name", "identify", "disclose", "reveal", "say", "mention"})


def _without_support(toks: list[Token], start: int) -> int | None:
    """Where a closing 'without elaborating', 'without providing evidence' starts: how
    the source said it, not what it said ('could grow without giving up coal' is
    what was said)."""
    last = next((t for t in reversed(toks) if not t.is_punct), None)
    if last is None:
        return None
    for n, tok in enumerate(toks[:-1]):
        if tok.lower_ != "without" or tok.idx <= start:
            continue
        verb = toks[n + 1]
        if verb.tag_ != "VBG" or tok.right_edge.i < last.i:
            continue
        if any(is_quote_mark(t) for t in toks[n:]):
            continue  # the source's own words
        lemma = verb.lemma_.lower()
        objects = [c for c in verb.children if c.dep_ in {"dobj", "prt", "dative"}]
        set_off = n > 0 and toks[n - 1].text == ","
        if (
            (lemma in UNEXPLAINED and not objects)
            or (
                lemma in UNSUPPORTED
                and any(c.dep_ == "dobj" and c.lemma_.lower() in SUPPORT_NOUNS for c in objects)
                and not any(c.dep_ == "prt" for c in objects)
            )
            or (set_off and lemma in UNNAMED)
        ):
            return tok.idx
    return None


#: An object, then its predicate in quote marks at the end: 'the demand "unprecedented"'.
QUOTED_PREDICATE = re.compile(
    # the object may hold a quoted name of its own ('the "Get the L Out" group'), and
    # the label be quoted pieces joined by 'and' ('as a "grave sin" and a "crime"')
    r"^(?:[^\"“”]|[\"“][^\"“”]*[\"”])+?\s(?:as\s+)?"
    r"[\"“]([^\"“”]+(?:[\"”],?\s+(?:and|or)\s+(?:an?\s+|the\s+)?[\"“][^\"“”]+)*)[\"”]$"
)


#: One quoted label inside an object phrase, a few words before it and at most an
#: adjunct after it: 'the Armenians' deaths "genocide"', 'Trump a "national
#: embarrassment" for his performance', 'this as "Muslim ban 2.0" on Twitter'. Other
#: words after the quote carry the predicate on ('Mandela a "courageous" statesman',
#: 'Iran as the "beating heart" of Islamic extremism'): the claim is then the whole
#: phrase, mixed, as the guide counts it.
QUOTED_LABEL = re.compile(
    r"^(?:[^\"“”\s]+\s+){1,8}[\"“]([^\"“”]+)[\"”]"
    r"(?:\s+(?:on|for|in|at|during|after|before|over|to|with)(?:\s+[^\"“”\s]+){1,3}"
    # (or a conjunction left dangling where the phrase was cut: '"Soviet-style" and')
    r"|\s+(?:and|or|but))?[.,]?$"
)
#: Cues that label what they are said of: 'called it "a hoax"'. (An accusation keeps
#: whom it accuses: 'accused Comey of "showboating"'.)
LABEL_CUES = frozenset(
    {
        "call",
        "describe",
        "refer",
        "label",
        "brand",
        "dub",
        "term",
        "characterize",
        "characterise",
        # 'denounced the plan as a "national embarrassment"'
        "denounce",
        "condemn",
        "attack",
        "slam",
        "dismiss",
        "hail",
    }
)
#: The longest quoted label a 'called X "Y"' claim is made of.
LABEL_WORDS = 4


def quoted_predicate(claim: Claim) -> Claim:
    """'called the demand "unprecedented"', 'characterised the deaths as "crushing"':
    a direct claim of the quoted label only, as the guide counts it. A longer quoted
    phrase keeps its object and stays mixed, as the samples count it."""
    if claim.type != "mixed" or len(claim.content.parts) != 1:
        return claim
    labelling = (
        claim.cue is not None
        and claim.cue.lemma.lower() in LABEL_CUES
        # ('called for a non-violent "civil revolt"': what is called for, no label)
        and not claim.cue.text.lower().endswith((" for", " on"))
    )
    if not (claim.pattern.startswith("object_predicate") or labelling):
        return claim
    m = QUOTED_PREDICATE.match(claim.content.text)
    if m is None and labelling:
        # 'called the decision a "disgrace" on Twitter': one short quoted label
        # inside the phrase
        m = QUOTED_LABEL.match(claim.content.text)
    pieces = re.split(r"[\"“”]", m.group(1))[::2] if m is not None else []
    if m is None or max(len(p.split()) for p in pieces) > LABEL_WORDS:
        return claim  # ('called Russia "the biggest and most direct threat to …"': mixed)
    start = claim.content.start + m.start(1)
    end = claim.content.start + m.end(1)
    inner = claim.content.text[m.start(1) : m.end(1)]
    content = Content(text=inner, start=start, end=end, parts=[Span(start=start, end=end)])
    return claim.model_copy(update={"content": content, "type": "direct"})


def pronoun_predicate(doc: Doc, claim: Claim) -> Claim:
    """'describes itself as centrist', 'called it unlikely that the EU would pay': what
    is said of a pronoun is the predicate alone, as the guide counts it."""
    if len(claim.content.parts) != 1 or claim.cue is None or claim.cue.start is None:
        return claim
    toks = _tokens(doc, claim.content.start, claim.content.end)
    cue = {t.i for t in _tokens(doc, claim.cue.start, claim.cue.end)}
    if len(toks) < 3 or toks[0].tag_ != "PRP":
        return claim
    pronoun, head = toks[0], toks[0].head
    if claim.pattern.startswith("object_predicate"):
        if pronoun.dep_ != "dobj" or head.i not in cue:
            return claim
        rest = toks[2:] if toks[1].lower_ == "as" else toks[1:]
    elif pronoun.dep_ == "nsubj" and head.pos_ == "ADJ" and head.head.i in cue:
        # 'declared himself "immune"', 'found it curious he was called …': the pronoun
        # is the subject of a small clause the cue predicates
        inner = next(
            (
                c
                for c in [*head.children, *head.head.children]
                if c.dep_ == "ccomp" and c.i > head.i
            ),
            None,
        )
        if pronoun.lower_ == "it" and inner is not None:
            rest = [t for t in toks if t.i >= inner.left_edge.i]
        elif pronoun.lower_.endswith(("self", "selves")):
            rest = toks[1:]
        else:
            return claim
    else:
        return claim
    if not rest:
        return claim  # (the clause the pronoun stands for lies outside the content)
    start = rest[0].idx
    end = claim.content.end
    text = doc.text[start:end]
    content = Content(text=text, start=start, end=end, parts=[Span(start=start, end=end)])
    return claim.model_copy(update={"content": content})


#: Quote marks and white space, stripped from the gap between two parts of a quote.
GAP_TRIM = " \t\n\r\u00a0\"“”‘’'«»"


def _describes_the_object(word: Token, toks: list[Token], ids: set[int]) -> bool:
    """A relative clause set off by a comma at the end of a content that is a noun
    phrase ('alleges a violation of the Act, which prohibits …'): the writer's
    description of what was asked for or alleged, not part of it."""
    if word.lower_ not in {"which", "who"}:
        return False
    clause = word.head
    if clause.dep_ != "relcl" or clause.head.i not in ids:
        return False
    roots = [t for t in toks if (t.head.i not in ids or t.head.i == t.i) and not t.is_punct]
    if len(roots) != 1 or roots[0].pos_ not in {"NOUN", "PROPN", "PRON"}:
        return False  # a reported clause keeps its relative clauses
    # everything after the comma is the clause (a closing quote mark may hang elsewhere)
    inside = {t.i for t in clause.subtree}
    return all(t.i in inside or t.is_punct for t in toks if t.i > word.i)


def _overlaps(a: Claim, b: Claim) -> bool:
    return any(
        p.start < q.end and q.start < p.end for p in a.content.parts for q in b.content.parts
    )


#: A colon and the opening quote mark after it.
COLON_QUOTE = re.compile(r":\s*[\"“‘«]")
#: A full stop ending the content, and a quote opening the next sentence of its paragraph.
STOP_QUOTE = re.compile(r"[ \t]*\.[ \t]+[\"“«]")
#: Where a quote of whole sentences closes: its last sentence's end, then the mark.
SENTENCE_CLOSE = re.compile(r"[.!?…][\"”»]")
#: Quote marks that close a quotation.
CLOSERS = '"”’»'
#: Marks that close a double-quoted stretch (the straight mark closes as it opens).
DOUBLE_CLOSERS = quotes.CLOSERS + quotes.STRAIGHT


def _in_relative_clause(doc: Doc, claim: Claim) -> bool:
    """Whether the claim's cue heads a relative clause on its speaker ('Dana Ruiz, who
    proposed the delay')."""
    cue = claim.cue
    if cue is None or cue.start is None:
        return False
    toks = _tokens(doc, cue.start, cue.end)
    return bool(toks) and toks[0].dep_ == "relcl"


def quote_after_topic(doc: Doc, claim: Claim, claims: list[Claim], text: str) -> Claim:
    """A topic, then a colon and a quote: the quote is what was said, the cue's own
    (the guide's "A stated position, a full stop, then a quote"): 'commented on
    contributing factors to the outbreak: "The mass movement …"', 'voiced concerns
    over high risk areas: "We are particularly concerned …"' are direct claims of the
    quote; the topic gets no claim."""
    content = claim.content
    if claim.type not in {"indirect", "mixed"} or len(content.parts) != 1:
        return claim
    found = COLON_QUOTE.search(text, content.start, content.end)
    if found is None:  # (the colon and quote right after the content, or one space on)
        found = COLON_QUOTE.match(text, content.end + (text[content.end : content.end + 1] == " "))
    stop = None
    if found is None and claim.cue is not None and not _in_relative_clause(doc, claim):
        # 'commented on the incident. "We have attacked a ship …"' (the guide's "A verb
        # that takes only a topic, a full stop, then a quote"; not '…," said Dana Ruiz,
        # who proposed the delay. "This buys us time."', whose quote carries on hers)
        found = stop = STOP_QUOTE.match(text, content.end)
    if found is None:
        return claim
    colon, opener = found.start(), found.end() - 1
    left = _tokens(doc, content.start, colon)
    if not left or any(t.tag_ in FINITE for t in left):
        return claim  # ('told the press the new drugs were …: "…"' reports the clause too)
    para_end = text.find("\n", opener)
    para_end = len(text) if para_end < 0 else para_end
    close = max(text.rfind(mark, opener + 1, para_end) for mark in CLOSERS)
    if stop is not None:
        # the quote's own sentences, closed, with no attribution of its own after them
        end = SENTENCE_CLOSE.search(text, opener + 1, para_end)
        close = end.end() - 1 if end is not None else -1
        if close < 0 or re.match(r"\s*[,a-z]", text[close + 1 : close + 3]):
            return claim
        if any(mark in text[opener + 1 : close] for mark in '"”»'):
            return claim  # ('"Build Back Better" is …': a quoted name opens the sentence)
    if close <= opener + 1:
        return claim
    inner = text[opener + 1 : close].rstrip()
    if not any(t.tag_ in FINITE for t in _tokens(doc, opener + 1, close)):
        return claim  # ('focused on three areas: "housing, jobs and schools"': no statement)
    quoted = Content(
        text=inner,
        start=opener + 1,
        end=opener + 1 + len(inner),
        parts=[Span(start=opener + 1, end=opener + 1 + len(inner))],
    )
    direct = claim.model_copy(
        update={"content": quoted, "type": "direct", "pattern": "verb_colon_quote"}
    )
    if any(
        o is not claim
        and o.type == "direct"
        and _overlaps(o, direct)
        and not (stop is not None and o.cue is None and o.pattern == "continuing_quote")
        for o in claims
    ):
        return claim  # (the quote is another claim's already; one it carries on is not)
    return direct


def split_at_colon(doc: Doc, claim: Claim) -> list[Claim]:
    """A reported clause, then a colon and a quote, as two claims: 'told the press the
    new drugs were only part of the solution: "What will stop Ebola is …"' is what he
    said (the clause, with his cue) and the quote (cue ':'), as the guide counts them."""
    content = claim.content
    if claim.type not in {"indirect", "mixed"} or len(content.parts) != 1:
        return [claim]
    text = doc.text
    found = COLON_QUOTE.search(text, content.start, content.end)
    if found is None:
        return [claim]
    colon, opener = found.start(), found.end() - 1
    close = max(text.rfind(mark, opener + 1, content.end) for mark in CLOSERS)
    left_end = colon
    while left_end > content.start and text[left_end - 1].isspace():
        left_end -= 1
    left = _tokens(doc, content.start, left_end)
    if close <= opener + 1 or not any(t.tag_ in FINITE for t in left):
        return [claim]  # 'said she has one quality: "Steadiness."': one claim
    inner_start, inner_end = opener + 1, close
    reported = Content(
        text=text[content.start : left_end],
        start=content.start,
        end=left_end,
        parts=[Span(start=content.start, end=left_end)],
    )
    quoted = Content(
        text=text[inner_start:inner_end],
        start=inner_start,
        end=inner_end,
        parts=[Span(start=inner_start, end=inner_end)],
    )
    cue = Cue(text=":", start=colon, end=colon + 1, lemma=":", category="speech")
    return [
        claim.model_copy(update={"content": reported, "type": "indirect"}),
        claim.model_copy(
            update={
                "content": quoted,
                "cue": cue,
                "type": "direct",
                "pattern": "colon_introduced_quote",
            }
        ),
    ]


#: 'said he was "humbled" and "I will never …"': a quoted sentence joined by *and*
#: (or set after a semicolon: 'told Vogue she …; "Not just me …"').
JOINED_QUOTE = re.compile(r"(?:,?\s+and|;)\s+[\"“](?=[A-Z\[.…])")
#: '"We couldn't win," and the city flag is at half-mast': the writer's words after.
QUOTE_THEN_WRITER = re.compile(r"[\"“]([A-Z\[][^\"“”]+?)[\"”],?\s+and\s+(?=[a-z])")
QUOTE_MARKS = '"“”'


def split_joined_quote(text: str, claim: Claim) -> list[Claim]:
    """A mixed claim that joins a quoted sentence to its clause with *and*, as the
    guide counts it: ``said he was "humbled" by the results and "I will never …"`` is
    the clause and the quote, two claims with one cue; in ``said "We couldn't win,"
    and the city flag is at half-mast`` the words after the quote are the writer's."""
    if claim.type != "mixed":
        return [claim]
    start, end = claim.content.start, claim.content.end
    body = text[start:end]
    m = QUOTE_THEN_WRITER.match(body)
    if m and not any(ch in body[m.end() :] for ch in QUOTE_MARKS):
        return [_with_content(text, claim, start + m.start(1), start + m.end(1), "direct")]
    for m in reversed(list(JOINED_QUOTE.finditer(body))):
        close = next((n for n in range(m.end(), len(body)) if body[n] in '"”'), None)
        if close is None and text[end : end + 1] in {'"', "”"}:
            close = len(body)  # (the content stops before the closing mark)
        if close is None or body[close + 1 :].strip(" .,;") or len(body[: m.start()].split()) < 2:
            continue
        first = _with_content(text, claim, start, start + m.start(), None)
        second = _with_content(text, claim, start + m.end(), start + close, "direct")
        return [first, second.model_copy(update={"pattern": "joined_quote"})]
    return [claim]


def _with_content(text: str, claim: Claim, lo: int, hi: int, kind: str | None) -> Claim:
    """``claim`` cut to ``lo:hi`` (its parts clipped), typed ``kind`` or by its marks."""
    while hi > lo and text[hi - 1] in " ,":
        hi -= 1
    if kind == "direct":
        parts = [Span(start=lo, end=hi)]
    else:
        parts = [
            Span(start=max(p.start, lo), end=min(p.end, hi))
            for p in claim.content.parts
            if min(p.end, hi) > max(p.start, lo)
        ] or [Span(start=lo, end=hi)]
    lo, hi = parts[0].start, parts[-1].end
    content = Content(text=text[lo:hi], start=lo, end=hi, parts=parts)
    if kind is None:
        kind = "mixed" if any(ch in text[lo:hi] for ch in QUOTE_MARKS) else "indirect"
    return claim.model_copy(update={"content": content, "type": kind})


def split_turn(text: str, claim: Claim) -> list[Claim]:
    """A quoted turn that runs on past its sentence, as one claim per sentence run.

    ``"We will stay," she said. "Nothing will change that."`` is two claims for
    a reader: the first with its cue, the second a quote that continues her
    turn (no cue of its own). A quote split inside its sentence (``"We are not
    leaving," she said, "until …"``) stays one claim with two parts.
    """
    parts = claim.content.parts
    if claim.type not in {"direct", "mixed"} or len(parts) < 2:
        return [claim]
    if claim.pattern == "block_quote":
        return [claim]  # paragraphs of one block, no words of the writer between them
    groups: list[list[Span]] = [[parts[0]]]
    for prev, part in zip(parts, parts[1:], strict=False):
        gap = text[prev.end : part.start].strip(GAP_TRIM)
        # one quotation over paragraphs, with no words of the writer between them, is
        # one claim (the guide's "one quotation, one attribution")
        between = text[prev.end : part.start]
        # (unless the quote closed before the break: '"… ideas."' then '"If we …"' are two
        # quotations)
        closed = any(m in between.split("\n", 1)[0] for m in DOUBLE_CLOSERS)
        next_paragraph = not gap and "\n" in between and not closed
        ends_sentence = gap.endswith((".", "!", "?")) or (
            not gap
            and not next_paragraph
            and text[prev.start : prev.end].rstrip(GAP_TRIM).endswith((".", "!", "?"))
        )
        if ends_sentence:
            groups.append([part])
        else:
            groups[-1].append(part)
    if len(groups) == 1:
        return [claim]
    out = []
    for n, group in enumerate(groups):
        start, end = group[0].start, group[-1].end
        content = Content(text=text[start:end], start=start, end=end, parts=list(group))
        if n == 0:
            out.append(claim.model_copy(update={"content": content}))
            continue
        out.append(
            claim.model_copy(
                update={
                    "content": content,
                    "cue": None,
                    "type": "direct",
                    "pattern": "continuing_quote",
                    "sentence": Span(start=start, end=end),
                }
            )
        )
    return out


#: Pronouns of the one who writes: claims they hold report no source.
WRITER_PRONOUNS = frozenset({"i", "we", "me", "us"})


def _name_list(doc: Doc, claim: Claim) -> bool:
    """A content that lists names and says nothing: no verb, mostly proper nouns,
    three or more separators ('Meier; Lund, Osei, Varga, Holm; Berger')."""
    words = [t for t in tokens_in(doc, claim.content.start, claim.content.end) if t.is_alpha]
    separators = sum(claim.content.text.count(m) for m in ",;")
    return (
        separators >= 3
        and bool(words)
        and not any(t.pos_ in {"VERB", "AUX"} for t in words)
        and sum(t.pos_ == "PROPN" for t in words) >= 0.6 * len(words)
    )


def not_a_claim(doc: Doc, claim: Claim, lexicon: Lexicon) -> str | None:
    """Why ``claim`` is outside the default scope, or None when it is a claim."""
    speaker = claim.speaker
    if speaker is not None and _is_label(speaker.text, claim, lexicon):
        return "label"
    if speaker is not None and _head_noun(doc, speaker.start, speaker.end) in (
        lexicon.universal_speakers
    ):
        return "common_knowledge"
    if (
        speaker is not None
        and speaker.kind == "pronoun"
        and speaker.resolved_from is None
        and speaker.text.lower() in WRITER_PRONOUNS
    ):
        # 'I think …', 'we expect …' outside quote marks: the writer's own view, or
        # words inside a quotation set off without marks; no source is reported
        return "first_person"
    if speaker is not None and _no_phrase(doc, speaker):
        return "no_source"  # 'Amongst …', 'In 2018, …': a word the parser took for a subject
    cue = claim.cue
    if cue is None:
        return None
    lemma = cue.lemma.lower()
    if speaker is None and lemma in HEARSAY_ADVERBS:
        return "sourceless"  # 'UpGuard reportedly sent an email': no one is reported
    if lemma == ":" and _name_list(doc, claim):
        return "label"  # 'Rovers: Meier; Lund, Osei, Varga': a line-up, no words said
    visual = speaker is not None and (
        _head_noun(doc, speaker.start, speaker.end) in lexicon.visual_nouns
    )
    if lemma in SOURCE_CUES and visual:
        return "shows"  # 'according to traffic camera footage': what it shows, no one's words
    if lemma == ":" or lemma in SOURCE_CUES:
        return None
    verb = _cue_token(doc, cue.start, cue.end, lexicon)
    verb_lemma = _cue_lemma(verb, lexicon) if verb is not None else lemma
    if verb_lemma in REFUSALS or (verb is not None and _negated_speech(verb, lexicon)):
        return "refusal"
    if verb is not None and _under_refusal(verb, lexicon):
        return "refusal"
    if claim.type in {"indirect", "mixed"} and NO_COMMENT.match(claim.content.text):
        return "refusal"  # 'said he "won't give any comments at this time"'
    if speaker is None and verb_lemma in COMMON_KNOWLEDGE_CUES:
        return "common_knowledge"
    entry = lexicon.cue(verb_lemma)
    if (
        speaker is not None
        and entry is not None
        and entry.cls == "cognition"
        and _head_noun(doc, speaker.start, speaker.end) in GENERIC_PEOPLE
    ):
        return "common_knowledge"  # 'people realize they are putting others in danger'
    if (
        entry is not None
        and entry.cls in {"cognition", "speech"}
        and verb is not None
        and any(c.dep_ == "aux" and c.lower_ in POSSIBILITY for c in verb.children)
    ):
        return "possibility"  # 'members can expect a return of four percent', 'customers
        # may request a refund': no one has said or thought it
    if entry is not None and entry.cls == "cognition" and verb is not None and _advice(verb):
        return "possibility"  # 'Individuals who believe they were victims should call …'
    if verb_lemma == "ask" and speaker is not None and _interviewer(doc, speaker):
        return "question"  # 'Wikinews asked him whether …': the interviewer's question
    if verb is not None and _asked(verb):
        return "question"  # 'Do you think there are reforms to be made?': nothing stated
    if verb_lemma in PERCEPTION and _perceived(doc, claim):
        return "shows"  # 'many people see their friends die': what was seen, not said
    if visual:
        return "shows"
    if verb_lemma == "show" and speaker is not None and _shows_as_a_thing(doc, speaker, lexicon):
        return "shows"  # 'a banner at the top of the screen shows whether …'
    if (
        verb is not None
        and verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and (entry is None or entry.cls not in {"speech", "cognition"})
    ):
        return "description"  # 'State legislators supporting the law said …' ('a
        # statement saying …' is the statement's claim)
    if _adjunct_content(doc, claim):
        return "adjunct"  # 'estimate by observing the area …': how, not what
    if entry is not None and verb is not None and _quoted_object_of(doc, claim, verb, entry):
        return "action"  # 'pleaded guilty to a "willful violation …"': what was done
    base = claim.pattern.split(":")[0]
    if base in SURFACE_PATTERNS:
        return None  # a quote set off by its source's name ('Deep blue sea: …') is theirs
    if speaker is not None and _names_no_source(doc, speaker, lexicon):
        return "no_source"
    if base == "light_verb_noun_cue" and verb is not None and verb.pos_ == "NOUN":
        # 'expressed concern about …': voiced by its subject, found by the noun's own
        # frames (a verb of the same word, 'concern', has others; but 'the Grayback's
        # attack on cargo ships', a possessor's, is judged as its verb)
        return None
    if verb_lemma in PLACING and base != "object_predicate":
        return "action"  # 'placed a disclaimer on the tweet': only 'placed X at a figure' estimates
    if entry is None:
        return None if _noun_cue(verb, lexicon) else "action"
    if entry.cls not in CLAIM_CLASSES:
        return "action"
    if verb is not None and any(
        c.dep_ in {"acomp", "oprd"} and c.lower_ in {"guilty", "innocent"} for c in verb.children
    ):
        return "action"  # 'pleaded guilty to income tax evasion': a plea to a charge
    if _addressee_only(doc, claim, entry):
        return "addressee"  # 'apologized to the court': to whom, with nothing said
    if (
        entry.cls == "cognition"
        and verb_lemma not in ASKING
        and claim.type == "indirect"
        and EMBEDDED_QUESTION.match(claim.content.text)
    ):
        return "question"  # 'decided which country he would choose': no answer given
    if verb_lemma in TOPIC_CUES and EMBEDDED_QUESTION.match(claim.content.text):
        return "topic"  # 'discussed how his nomination came about': what was talked about
    if verb_lemma in ASKING and _after_word(doc, claim, "about"):
        return "topic"  # 'Asked about sustainability, she …': what the question was on
    frame = _frame(doc, claim)
    if (
        verb_lemma == "speak"
        and frame == "prep"
        and not any(_after_word(doc, claim, word) for word in ("of", "against"))
    ):
        return "topic"  # 'spoke about the reforms', 'spoke with Pompeo about …': what was
        # talked about ('spoke of his passion', 'spoke against the war' say it)
    # the same frame read from the parse: 'described the attacks as a "dastardly
    # act"' (found as an object) is as, 'favored prosecuting banks' (found as an
    # object and its predicate) is dobj
    parsed = frame
    if verb is not None and frame in {"dobj", "as"}:
        parsed = _object_frame(doc, claim, verb, verb_lemma, frame)
    frames = lexicon.claim_frames.get(verb_lemma, frozenset())
    if frame == "dobj" and claim.content.text.split(maxsplit=1)[0].lower() in INDEFINITES:
        return "action"  # 'report something', 'said nothing new': nothing is stated
    if frame == "dobj" and verb_lemma == "claim" and _claims_a_thing(doc, claim):
        return "action"  # 'claimed responsibility for the attack': taken, not stated
    if frame == "dobj" and verb_lemma == "cite" and _names_a_source(doc, claim, lexicon):
        return "action"  # 'Reuters, citing anonymous sources, reported …': whose words
    if (
        frame == "dobj"
        and verb_lemma == "deny"
        and verb is not None
        and _withholds(doc, claim, verb)
    ):
        return "action"  # 'denied them entry', 'denied bail': withheld, no statement disputed
    if frame == "dobj" and verb_lemma == "welcome" and _welcomes_people(doc, claim, lexicon):
        return "action"  # 'welcomed the visitors to the town hall': received, not a view
    if frame == "dobj" and verb_lemma == "confirm" and verb is not None and _appointed(verb):
        return "action"  # 'the Senate confirmed his nomination', 'confirmed him': a vote
    if verb_lemma == "declare" and _declares_an_act(doc, claim):
        return "action"  # 'declared three days of national mourning': proclaimed, not stated
    if frame == "dobj" and verb_lemma == "question" and verb is not None and _questioned(verb):
        return "action"  # 'police questioned the student': an interrogation, no doubt voiced
    if frame == "dobj" and verb_lemma == "support" and _funded_work(doc, claim, verb):
        return "action"  # 'The study was supported by the Foundation': funded, no view
    if frame == "dobj" and verb_lemma in DISPLAYING and _shown_thing(doc, claim, lexicon):
        return "shows"  # 'showed pictures of fetuses', 'revealed a tape': a thing shown
    if frame == "dobj" and _refers_back(doc, claim):
        return "action"  # 'disclosed the matter to the government': what, not told here
    if (
        frame == "dobj"
        and verb_lemma == "report"
        and verb is not None
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    ):
        return "action"  # 'report the breach to the authority': an incident filed
    if frame in {"clause", *frames} or parsed in frames:
        return None
    if frame == "dobj" and "dobj+clause" in frames and _states_something(doc, claim):
        return None
    if parsed == "dobj" and "dobj+reason" in frames and _with_reason(doc, claim, verb):
        return None
    return "action"


#: People one welcomes as guests, whatever the lexicon makes of them as speakers.
GUESTS = frozenset({"visitor", "guest", "tourist", "player", "newcomer", "arrival", "crowd"})


def _welcomes_people(doc: Doc, claim: Claim, lexicon: Lexicon) -> bool:
    """'welcomed the visitors', 'welcomed new members': people received, not news or a
    decision met with approval ('welcomed the decision'), nor an invitation
    ('welcomed students and faculty to attend …')."""
    toks = _tokens(doc, claim.content.start, claim.content.end)
    head = _phrase_head(toks)
    if head is None or any(t.tag_ == "TO" or t.dep_ == "xcomp" for t in toks):
        return False
    lemma = head.lemma_.lower()
    kind = lexicon.speaker_nouns.get(lemma)
    return head.ent_type_ in {"PERSON", "NORP"} or lemma in GUESTS or kind in PEOPLE_KINDS


#: What one claims as one's own ('claimed responsibility', 'claiming deductions').
CLAIMED_THINGS = word_set("claimed_things")


def _claims_a_thing(doc: Doc, claim: Claim) -> bool:
    """'claimed responsibility for the attack', 'claiming improper deductions': the
    object of 'claim' is something taken, not something said to be so."""
    head = _content_head(doc, claim)
    return head is not None and head.lower_ in CLAIMED_THINGS


#: What an authority declares into being: 'declared a state of emergency', 'declared
#: three days of national mourning', 'declared war' (not 'declared his support').
DECLARED_ACTS = word_set("declared_acts")


def _declares_an_act(doc: Doc, claim: Claim) -> bool:
    """The object of 'declare' is a state of affairs proclaimed (its head, or the noun
    its head is a count of: 'three days of mourning')."""
    head = _content_head(doc, claim)
    while head is not None:
        if head.lemma_.lower() in DECLARED_ACTS and head.pos_ in {"NOUN", "PROPN"}:
            return True  # (not 'declared they were ending the search': a clause)
        of = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        head = next((g for g in of if g.dep_ == "pobj"), None)
    return False


#: What is granted or withheld ('denied bail', 'denied the request').
GRANTED_THINGS = word_set("granted_things")


#: What a legislature confirms when it votes on an office: 'confirmed his nomination'.
APPOINTMENTS = frozenset({"nomination", "appointment", "nominee", "appointee"})


def _appointed(verb: Token) -> bool:
    """A confirmation of a person or of a person's nomination: a vote, not a statement
    ('police confirmed the identity of the victim' stays a claim)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    person = obj.ent_type_ == "PERSON" or obj.lower_ in {"him", "her", "them"}
    return person or obj.lemma_.lower() in APPOINTMENTS


#: People one questions as an investigator does (an interrogation, not a doubt).
QUESTIONED = frozenset(
    {"suspect", "student", "man", "woman", "boy", "girl", "witness", "driver", "teenager"}
    | {"resident", "worker", "passenger", "employee", "officer", "people", "person"}
)
#: Works a body funds ('The study was supported by …').
FUNDED_WORKS = frozenset(
    {"study", "research", "project", "event", "expedition", "trip", "conference", "survey"}
    | {"programme", "program", "work", "festival", "exhibition", "mission"}
)
#: Verbs of showing a thing ('showed pictures', 'revealed a tape').
DISPLAYING = frozenset({"show", "reveal", "display", "unveil", "present"})


def _questioned(verb: Token) -> bool:
    """A person questioned, as by police or a court: 'questioned the student', 'police
    questioned him' (not 'questioned the decision')."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    return (
        obj.ent_type_ == "PERSON"
        or obj.lower_ in {"him", "her", "them"}
        or obj.lemma_.lower() in QUESTIONED
    )


def _funded_work(doc: Doc, claim: Claim, verb: Token) -> bool:
    """A work supported by a body in the passive: its funding, not a stance."""
    if not any(c.dep_ == "auxpass" for c in verb.children) and verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "agent" for c in verb.children):
        return False
    head = _content_head(doc, claim)
    return head is not None and head.lemma_.lower() in FUNDED_WORKS


def _shown_thing(doc: Doc, claim: Claim, lexicon: Lexicon) -> bool:
    """An object that is a picture or a recording, shown rather than stated."""
    head = _content_head(doc, claim)
    return head is not None and head.pos_ == "NOUN" and head.lower_ in lexicon.visual_nouns


def _withholds(doc: Doc, claim: Claim, verb: Token) -> bool:
    """'denied Teen Challenge a building permit', 'denying them entry', 'denied funding
    for the wall': something withheld from someone (two objects, or a thing granted),
    not 'denied the allegations'."""
    if sum(c.dep_ in {"dobj", "dative"} for c in verb.children) >= 2:
        return True
    head = _content_head(doc, claim)
    return head is not None and head.lemma_.lower() in GRANTED_THINGS


def _quoted_object_of(doc: Doc, claim: Claim, verb: Token, entry) -> bool:
    """A quote that is the object of a preposition of a cue made an act by its adjective
    ('pleaded guilty to a "…"'), which no frame of the cue takes (plead takes 'for')."""
    if claim.type not in {"direct", "mixed"}:
        return False
    toks = _tokens(doc, claim.content.start, claim.content.end)
    if not toks:
        return False
    heads = {c.i for c in verb.children if c.dep_ == "acomp"}
    if heads:  # 'pleaded guilty to …' with 'to' on the verb or on 'guilty'
        heads.add(verb.i)
    tok = toks[0]
    while tok.head.i != tok.i and tok.i != verb.i:
        if tok.dep_ == "prep" and tok.head.i in heads:
            return f"prep:{tok.lower_}" not in entry.frames
        tok = tok.head
    return False


#: Entity labels of a named source.
NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _no_phrase(doc: Doc, speaker) -> bool:
    """A speaker that is no noun phrase: a preposition or a date ('One of the children'
    is one)."""
    toks = [t for t in _tokens(doc, speaker.start, speaker.end) if not t.is_punct]
    if not toks or speaker.resolved_from is not None:
        return False
    head = _phrase_head(toks) or toks[-1]
    return (
        # (not a name's word tagged as one: 'Abdullahi Nor')
        (head.pos_ in {"ADP", "SCONJ", "CCONJ"} and head.ent_type_ not in NAMED)
        or (head.ent_type_ in {"DATE", "TIME"} and not _ends_a_name(head, toks))
        or (len(toks) == 1 and head.lower_ in PREPOSITIONS)  # tagged as a name
    )


def _ends_a_name(word, toks) -> bool:
    """A date's word capitalised inside a name it closes ('Russia Today', 'USA Today'),
    not a weekday or a month ('Reuters Friday')."""
    return (
        word.is_title
        and not word.is_sent_start
        and word.lower_ not in CALENDAR_WORDS
        and any(t.pos_ == "PROPN" and t.i == word.i - 1 for t in toks)
    )


def _names_a_source(doc: Doc, claim: Claim, lexicon: Lexicon) -> bool:
    """An object that is who said something ('citing anonymous sources', 'citing
    officials', 'citing a report'), not a claim."""
    toks = _tokens(doc, claim.content.start, claim.content.end)
    head = _phrase_head(toks)
    if head is None:
        return False
    named = head.pos_ == "PROPN" and head.ent_type_ in {"PERSON", "ORG"}  # 'citing John Reed'
    return named or lexicon.speaker_nouns.get(head.lemma_.lower()) is not None


def _is_label(speaker_text: str, claim: Claim, lexicon: Lexicon) -> bool:
    """'Headline: …': a line label before a colon is no speaker."""
    name = " ".join(speaker_text.lower().split()).strip(" \"“”'’")
    return name in lexicon.line_labels and claim.cue is not None and claim.cue.lemma == ":"


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    return content_tokens(doc, [(start, end)])


def _cue_token(doc: Doc, start: int, end: int, lexicon: Lexicon) -> Token | None:
    """The word of the cue span that is the cue: a known cue verb, else its head."""
    toks = _tokens(doc, start, end)
    if not toks:
        return None
    known = [t for t in toks if lexicon.cue_of(t) is not None and t.pos_ in {"VERB", "AUX"}]
    if known:
        return known[-1]
    heads = [t for t in toks if t.head not in toks or t.head == t]
    return heads[0] if heads else toks[0]


def _cue_lemma(tok: Token, lexicon: Lexicon) -> str:
    entry = lexicon.cue_of(tok)
    return entry.lemma if entry is not None else tok.lemma_.lower()


def _noun_cue(tok: Token | None, lexicon: Lexicon) -> bool:
    """'the governor's claim that …', 'in a statement': a noun that reports."""
    return tok is not None and tok.pos_ in {"NOUN", "PROPN"}


def _negated_speech(verb: Token, lexicon: Lexicon) -> bool:
    """'did not comment', 'would not say': a speech verb with a negation says nothing."""
    entry = lexicon.cue_of(verb)
    if entry is None or entry.cls != "speech":
        return False
    return any(c.dep_ == "neg" for c in verb.children)


def _under_refusal(verb: Token, lexicon: Lexicon) -> bool:
    """'declined to comment on the cuts': the cue is the infinitive of a refusal."""
    tok = verb
    while tok.dep_ in {"xcomp", "conj"} and tok.head is not tok:
        if tok.dep_ == "conj" and any(
            c.dep_ == "cc" and c.lower_ in {"but", "yet"} and c.i < tok.i for c in tok.head.children
        ):
            return False  # 'did not mention casualties, but said exports were continuing'
        if tok.dep_ == "conj" and any(c.dep_ == "aux" and c.tag_ != "TO" for c in tok.children):
            return False  # 'has not yet conceded the election, and has claimed fraud'
        came_from, tok = tok, tok.head
        refused = _cue_lemma(tok, lexicon) in REFUSALS
        if (
            refused
            and came_from.dep_ == "conj"
            and any(c.dep_ == "dobj" for c in tok.children)
            and not any(c.dep_ == "xcomp" for c in tok.children)
        ):
            return False  # 'declined the request and said …': a request refused, not speech
        if refused or _negated_speech(tok, lexicon):
            return True
    return False


def _phrase_head(toks: list[Token]) -> Token | None:
    """The first word of ``toks`` whose head lies outside them (or is itself)."""
    return next((t for t in toks if t.head not in toks or t.head == t), None)


def _content_head(doc: Doc, claim: Claim) -> Token | None:
    """The head word of a claim's content (of an object: 'responsibility', 'pictures')."""
    return _phrase_head(_tokens(doc, claim.content.start, claim.content.end))


def _shows_as_a_thing(doc: Doc, speaker, lexicon: Lexicon) -> bool:
    """A thing that shows, where a document, a study or someone would state: what
    'a banner shows', 'the figures show' is not a claim; 'the report shows' and
    'results showed' are (a speaker noun names people, institutions, documents)."""
    toks = _tokens(doc, speaker.start, speaker.end)
    head = (_phrase_head(toks) or toks[-1]) if toks else None
    if head is None or head.pos_ != "NOUN" or head.ent_type_:
        return False
    lemma = head.lemma_.lower()
    # people, institutions and documents state; other things only show
    return (
        lexicon.speaker_nouns.get(lemma) is None and lexicon.speaker_nouns.get(head.lower_) is None
    )


def _head_noun(doc: Doc, start: int, end: int) -> str:
    """The lower-case head noun of a speaker phrase ('Footage of the ceremony' -> footage)."""
    toks = _tokens(doc, start, end)
    if not toks:
        return ""
    return (_phrase_head(toks) or toks[-1]).lower_


def _refers_back(doc: Doc, claim: Claim) -> bool:
    """An object that only points at something told elsewhere: 'the matter', 'this
    issue', 'the details', 'his guilt' (a plea), with nothing of its own."""
    toks = [t for t in _tokens(doc, claim.content.start, claim.content.end) if not t.is_punct]
    head = _phrase_head(toks)
    if head is None or head.pos_ != "NOUN" or head.lemma_.lower() not in SHELL_NOUNS:
        return False
    own = [c for c in head.children if c.i in {t.i for t in toks}]
    return all(c.dep_ in {"det", "poss"} for c in own) and head.i == min(
        t.i for t in toks if t.dep_ not in {"det", "poss"}
    )


def _names_no_source(doc: Doc, speaker, lexicon: Lexicon) -> bool:
    """The speaker phrase's head is a thing, not someone: 'caps', 'His presence'."""
    head = _phrase_head(_tokens(doc, speaker.start, speaker.end))
    return head is not None and lexicon.names_no_source(head)


#: Those who put a reporter's questions.
INTERVIEWERS = frozenset(
    {"reporter", "reporters", "journalist", "journalists", "interviewer", "correspondent"}
)


def _interviewer(doc: Doc, speaker) -> bool:
    """An outlet or a reporter asking ('Wikinews asked him whether …', 'reporters
    asked if …'): the interviewer's questions, no source's claim."""
    return speaker.kind == "media" or _head_noun(doc, speaker.start, speaker.end) in INTERVIEWERS


def _asked(verb: Token) -> bool:
    """The cue is the verb of a question: 'Do you think …?', 'Does the minister believe
    …?' (an auxiliary before its subject, and a question mark ending the sentence)."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or verb.dep_ != "ROOT":
        return False
    inverted = any(c.dep_ == "aux" and c.i < subject.i for c in verb.children)
    last = [t for t in verb.sent if not t.is_space and not t.is_quote]
    return inverted and bool(last) and last[-1].text == "?"


def _perceived(doc: Doc, claim: Claim) -> bool:
    """A perception's complement without 'that' and with no finite verb of its own:
    'see their friends and relatives die', 'heard shots ringing out'."""
    if claim.type != "indirect":
        return False
    toks = _tokens(doc, claim.content.start, claim.content.end)
    if not toks or toks[0].lower_ in {"that", "whether", "if", "how", "what", "why"}:
        return False
    return not any(t.tag_ in FINITE for t in toks)


#: Passive verbs of advice to whoever a relative clause picks out: 'are encouraged to call'.
ADVICE_VERBS = frozenset({"encourage", "ask", "urge", "invite", "advise", "request"})


def _advice(verb: Token) -> bool:
    """A thought in a relative clause that picks out whom advice is for: 'Individuals
    who believe they may be victims should call …', 'Anyone who suspects fraud is
    encouraged to …'. It is the condition of the advice, no one's stated view."""
    if verb.dep_ != "relcl" or verb.head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    main = verb.head.head
    modal = any(
        c.dep_ == "aux" and c.lower_ in {"should", "can", "may", "must"} for c in main.children
    )
    advised = main.lemma_.lower() in ADVICE_VERBS and any(
        c.dep_ == "auxpass" for c in main.children
    )
    return modal or advised


def _states_something(doc: Doc, claim: Claim) -> bool:
    """An object that carries a proposition of its own: 'announced a change in the
    doctrine, according to which an attack … would be considered …' (not 'announced
    his resignation', 'agreed a five-year contract', nor 'announced a coalition which
    was joined by …', whose relative clause only describes the thing)."""
    toks = content_tokens(doc, [(p.start, p.end) for p in claim.content.parts])
    ids = {t.i for t in toks}
    return any(
        t.tag_ in FINITE and not _describing_clause(t) and not _inside_participle(t, ids)
        for t in toks
    )


def _inside_participle(tok: Token, ids: set[int]) -> bool:
    """A verb inside a participle phrase that describes the object: 'announced a
    settlement resolving allegations that the city violated …' (what the settlement
    resolves, not what was announced)."""
    for a in tok.ancestors:
        if a.i not in ids:
            return False
        if a.dep_ == "acl" and a.tag_ in {"VBG", "VBN"}:
            return True
    return False


#: Relative words that stand for the thing a relative clause describes.
RELATIVE_WORDS = frozenset({"which", "that", "who", "whom", "whose"})
#: Relative adverbs, which open a clause that may state something of its own ('her
#: season …, when they were the "scrappy little red headed stepchild"').
RELATIVE_ADVERBS = frozenset({"when", "where", "why", "how"})


def _describing_clause(tok: Token) -> bool:
    """A finite verb of a relative clause whose relative word is its subject or object
    ('which was joined by …', 'that he received'): a description of a thing, not a
    proposition ('according to which …' states one)."""
    clause = tok if tok.dep_ == "relcl" else tok.head
    if clause.dep_ != "relcl":
        return False
    relatives = [
        t
        for t in clause.subtree
        if t.lower_ in RELATIVE_WORDS | RELATIVE_ADVERBS and t.i < clause.i
    ]
    if not relatives:
        return True  # ('a deal it brokered to …': the relative word left out)
    return any(
        c.lower_ in RELATIVE_WORDS and c.dep_ in {"nsubj", "nsubjpass", "dobj"}
        for c in clause.children
    )


#: Prepositions of whom one speaks to or with: 'apologized to the court'.
ADDRESSEE_PREPS = frozenset({"to", "with"})


def _addressee_only(doc: Doc, claim: Claim, entry) -> bool:
    """A content that is only whom the cue was said to ('apologized to the court',
    'spoke with reporters'), by a preposition the cue's frames do not take."""
    if claim.type != "indirect":
        return False
    toks = [t for t in _tokens(doc, claim.content.start, claim.content.end) if not t.is_punct]
    if len(toks) < 2 or toks[0].lower_ not in ADDRESSEE_PREPS or toks[0].pos_ != "ADP":
        return False
    if f"prep:{toks[0].lower_}" in entry.frames:
        return False  # ('agreed with the assessment', 'admitted to the charges')
    inside = {t.i for t in toks[0].subtree}  # (not 'proposed to Wikinews a novel approach')
    return all(t.i in inside for t in toks) and not any(
        t.pos_ in {"VERB", "AUX"} or t.lower_ in {"for", "about", "that"} for t in toks
    )


def _frame(doc: Doc, claim: Claim) -> str:
    """clause, dobj, xcomp, prep or as: how the content hangs on its cue."""
    parts = claim.pattern.split(":")
    for part in parts:
        if part in PATTERN_FRAMES:
            return PATTERN_FRAMES[part]
        if part.endswith("complement") and part.startswith("clausal"):
            return "clause"
    if claim.type in {"direct", "mixed"}:
        return "clause"
    toks = _tokens(doc, claim.content.start, claim.content.end)
    if not toks:
        return "dobj"
    if toks[0].lower_ in {"that", "whether", "if", "how", "why", "what", "when", "where", "who"}:
        return "clause"
    if toks[0].lower_ == "to" and any(t.pos_ in {"VERB", "AUX"} for t in toks[1:3]):
        return "xcomp"
    before = toks[0].nbor(-1) if toks[0].i > 0 else None
    if (
        claim.cue is not None
        and before is not None
        and before.idx >= claim.cue.start
        and before.idx + len(before) <= claim.cue.end
        and (before.dep_ == "prep" or (before.dep_ == "mark" and before.lower_ == "for"))
    ):
        # 'argued for checks and balances': the cue took its preposition ('called for
        # the bill to be dropped', which the parser reads as a clause's 'for')
        return "prep"
    ids = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    if any(r.tag_ in FINITE or any(c.tag_ in FINITE for c in r.children) for r in roots):
        return "clause"
    return "prep" if toks[0].dep_ == "prep" or toks[0].pos_ == "ADP" else "dobj"


def _after_word(doc: Doc, claim: Claim, word: str) -> bool:
    """The content follows the word at once ('asked about | climate change')."""
    toks = _tokens(doc, claim.content.start, claim.content.end)
    return bool(toks) and toks[0].i > 0 and toks[0].nbor(-1).lower_ == word


#: Verbs whose object is set beside another ('likened X to Y', 'compared X with Y').
LIKENING = {"liken", "compare", "equate"}
#: Prepositions that give the reason of a judgement ('attacked Biden for …',
#: 'hammered Trump over …', 'attacked Trump on his taxes').
REASON_PREPS = {"for", "over", "on"}


def _object_frame(doc: Doc, claim: Claim, verb: Token, lemma: str, frame: str) -> str:
    """dobj or as, read from the parse rather than from the rule that found the claim."""
    ids = {t.i for t in _tokens(doc, claim.content.start, claim.content.end)}
    preds = {"as", "to", "with"} if lemma in LIKENING else {"as"}
    objects = [
        c
        for c in verb.children
        if c.i in ids
        and (
            c.dep_ in {"dobj", "nsubj"}
            or (c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == verb.i + 1)
        )
    ]
    if any(
        c.i in ids and (c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ in preds))
        for c in _around_object(verb, objects)
    ):
        return "as"
    if (
        frame == "as"
        and objects
        and not any(t.lower_ in preds for t in doc[min(ids) : max(ids) + 1])
    ):
        return "dobj"
    return frame


def _with_reason(doc: Doc, claim: Claim, verb: Token) -> bool:
    """A judgement on someone and its reason, both in the content: 'attacked the
    media for maintaining the status quo' (not 'attacked Japanese cargo ships')."""
    ids = {t.i for t in _tokens(doc, claim.content.start, claim.content.end)}
    objects = [c for c in verb.children if c.i in ids and c.dep_ == "dobj"]
    return bool(objects) and any(
        c.i in ids and c.dep_ == "prep" and c.lower_ in REASON_PREPS and _a_deed(c)
        for c in _around_object(verb, objects)
    )


def _around_object(verb: Token, objects: list[Token]) -> list[Token]:
    """The words hanging on a cue or on its objects, where a predicate ('as a hoax')
    or a reason ('for maintaining …') may stand, whichever the parser chose."""
    return [*verb.children, *(g for o in objects for g in o.children)]


def _a_deed(prep: Token) -> bool:
    """'for accumulating wealth', 'over its handling of …': what someone did or has
    (not 'on Monday', 'for hours', 'on the highway')."""
    return any(
        (c.dep_ == "pcomp" and c.tag_ == "VBG")
        or (c.dep_ == "pobj" and any(g.dep_ == "poss" for g in c.children))
        for c in prep.children
    )


#: Words that open an adjunct of the reporting act, not what was reported.
ADJUNCT_OPENERS = {"by", "while", "when", "after", "before", "during", "via", "through", "upon"}
#: Two-word prepositions of time before a participle: ', prior to setting the bail'.
TIME_PREPOSITIONS = frozenset({("prior", "to"), ("ahead", "of")})
#: Subordinators that set a second act of saying against the first.
CONTRAST_WORDS = frozenset({"while", "whilst", "whereas"})


def _adjunct_content(doc: Doc, claim: Claim) -> bool:
    """'estimate by observing the area …', 'said while visiting …': the content is
    how or when the source spoke, not what it said."""
    if claim.type != "indirect":
        return False
    toks = _tokens(doc, claim.content.start, claim.content.end)
    return len(toks) > 1 and toks[0].lower_ in ADJUNCT_OPENERS and toks[1].tag_ == "VBG"
