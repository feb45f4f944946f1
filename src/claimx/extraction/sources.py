"""Sources as a journalist describes them: name, title, affiliation and type.

For every claim's speaker this stage says who the source is (``name``: the
proper name of the person or organisation), in what role (``title``:
"spokesperson", "director of football"), for whom (``affiliation``: "Westline
Rail" for "A Westline Rail spokesperson") and what type of source it is:

- ``named_person`` / ``named_organization``: the article names them;
- ``document``: a report, study, poll or statement, named by its publisher
  where the article gives one ("That survey" after "Harbor Research published
  a survey …" -> Harbor Research);
- ``unnamed_person`` / ``unnamed_group``: identified by role only ("a
  witness", "residents", "analysts");
- ``anonymous_source``: one the article says it does not name, or whose
  identity it withholds ("a source familiar with the talks", "an official
  who spoke on condition of anonymity").

Roles and short mentions are resolved across the article as far as it
allows: a named person's title and affiliation come from any mention that
gives them ("Pieter van Dam, Ajax's director of football" ... "Van Dam
said"); "the company" names the organisation named just before; "the judge"
names the person the article called a judge. Examples are illustrations of
mechanisms, not cases.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from claimx.extraction.names import (
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORG_LABELS,
    RANK_LEADS,
    RANK_WORDS,
    STYLED_TITLES,
    first_name_runs,
    middle_name_key,
    name_key,
    name_words,
    rank_words,
    surname_key,
    syllable_joined,
)
from claimx.extraction.rules.base import DATELINE, content_tokens, passive_participle
from claimx.extraction.speakers import (
    HANDLE_LIKE,
    TITLE_JOINERS,
    TRAILING_ASIDE,
    handle_like,
    is_acronym,
    is_media,
    is_pronoun,
    title_word_cut_off,
)
from claimx.lexicon import HERE, Lexicon, _data_lines, word_list, word_set
from claimx.records import KIND_OF_TYPE

#: The article says it does not name the source, or why.
ANONYMITY = re.compile(
    # (whole words: not 'staff were unfamiliar with the systems')
    r"\b(?:anonymity|anonymous|unnamed|unidentified|not authori[sz]ed|not permitted to|"
    r"(?:asked|requested|declined|wished|wanting|refused)\s+(?:not\s+)?to\s+be\s+"
    r"(?:named|identified)|not\s+(?:to\s+be\s+)?(?:named|identified)|"
    r"familiar with|close to the|briefed on|with (?:direct )?knowledge of|"
    r"whom (?:it|they|we|he|she) did not name|(?:who|whom) (?:was|were) not named|"
    r"pseudonym|(?:first|only) name)",
    re.IGNORECASE,
)
#: Heads of a source phrase that are anonymous by themselves.
ANONYMOUS_HEADS = word_set("anonymous_heads")
#: The parties of a case, named together anywhere before 'the defendants'.
CASE_PARTIES = frozenset({"defendant", "suspect", "accused", "plaintiff", "petitioner"})
#: Roles that name members of a legislature together ('the lawmakers').
LAWMAKERS = frozenset({"lawmaker", "legislator"})
#: Titles of members of a legislature, as written before their names.
LEGISLATIVE_TITLES = frozenset(
    {
        "senator",
        "sen",
        "representative",
        "rep",
        "congressman",
        "congresswoman",
        "congressmen",
        "mp",
        "assemblyman",
        "assemblywoman",
        "legislator",
        "lawmaker",
        "senators",
        "representatives",
        "reps",
        "sens",
    }
)
#: Nouns of a site that writes under its own name (the guide's "Blogs and websites").
SITE_NOUNS = frozenset({"blog", "website", "site", "webpage", "forum"})
#: Unnamed roles that speak for a state, whose nationality is their affiliation (the
#: guide's "Nationality"): 'German officials', not 'a Syrian blogger'.
STATE_ROLES = word_set("state_roles")
#: Positions in a team and its staff, whose team the words before them name.
SPORTS_ROLES = word_set("sports_roles")
#: Words that are a name's honorific, not its title: 'Dr Gary Mortimer'.
HONORIFICS = word_set("honorifics_sources")
#: Endings of role nouns, for a capitalised role the tagger takes for a name.
ROLE_SUFFIXES = word_list("role_suffixes")
#: Prepositions that attach a role to the organisation it serves.
AFFILIATING = {"of", "for", "at", "from", "with", "in"}
#: How many, not what: 'several opposition groups' are opposition groups; 'Others' has
#: no title.
QUANTIFIERS = word_set("quantifiers")
#: Offices named with their country: 'U.S. Attorney', 'United States Marshal'.
NATIONAL_OFFICES = word_set("national_offices")
#: Roles named after what the source seeks, whose organisation noun stays in the title.
SEEKING_ROLES = frozenset({"candidate", "nominee", "hopeful", "applicant", "contender"})
#: Social networks, named in a user's title ('Twitter user @2Twenty3').
#: Who works for a platform, not on it ('Twitter spokesman', 'Facebook engineer').
PLATFORM_STAFF = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "engineer", "employee", "executive", "official"}
)
PLATFORMS = frozenset(
    {"twitter", "facebook", "youtube", "instagram", "weibo", "tiktok", "reddit", "orkut"}
)
#: Other names of countries: 'U.S.' is the United States.
COUNTRY_ALIASES = {
    "US": "United States",
    "U.S.": "United States",
    "USA": "United States",
    "U.S.A.": "United States",
    "America": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
}
#: Countries with aliases, whose form an affiliation follows.
ALIASED_COUNTRIES = frozenset(COUNTRY_ALIASES.values())
#: Head nouns that close an organisation's name ('World Health Organization').
NAME_HEADS = frozenset(
    {
        "organization",
        "organisation",
        "agency",
        "association",
        "commission",
        "committee",
        "federation",
        "foundation",
        "institute",
        "society",
    }
)
#: Words that count the members of a group ('Two officials', 'Several friends').
COUNTING = frozenset(
    {"two", "three", "four", "five", "several", "some", "many", "few", "both", "dozens"}
)
#: Verbs by which a relative clause ties a person to the body they serve ('who heads
#: the party', 'who works at the hospital').
SERVING_VERBS = frozenset({"head", "lead", "run", "chair", "work", "direct", "manage"})
#: Prepositions that set a lone capitalised word as a place ('Police in Kent').
LOCATING = frozenset({"in", "at", "near", "outside", "across", "around", "throughout"})
#: Titles of those who speak for a state, by their last word.
STATE_TITLES = frozenset(
    {
        "minister",
        "president",
        "premier",
        "chancellor",
        "official",
        "officials",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "diplomat",
        "diplomats",
        "ambassador",
        "authorities",
        "secretary",
        "adviser",
        "advisor",
        "envoy",
    }
)
#: Nouns of texts that also end the names of outlets and bodies: 'Sky News', 'the
#: Jakarta Post', 'the U.S. Geological Survey', 'The World Population Review'.
NAMED_BODIES = frozenset(
    {"news", "post", "survey", "review", "bulletin", "journal", "gazette", "record", "register"}
    # newspapers' names: 'the Sydney Morning Herald', 'The Times', 'Chicago Tribune'
    | {"herald", "times", "tribune", "telegraph", "chronicle", "observer", "inquirer", "courier"}
)
#: Nouns of outlets that, as 'the NOUN', point back to the outlet named before.
OUTLET_NOUNS = frozenset(
    {"website", "site", "blog", "network", "broadcaster", "newspaper", "paper", "publication"}
)
#: Plural offices whose field is no part of the title: 'security officials' are officials.
GROUP_OFFICES = frozenset({"official", "authority"})
#: Offices of a government, one to a country: 'the prime minister' is the story's own.
GOVERNMENT_OFFICES = frozenset({"minister", "premier", "chancellor"})
#: Words that open a title though no title by themselves: 'Minority Whip', 'Commanding
#: General'.
TITLE_OPENERS = frozenset({"minority", "majority", "commanding"})
#: How long a source has held a role: 'Longtime … writer', 'outgoing mayor'.
TENURE_WORDS = frozenset({"longtime", "veteran", "outgoing", "incoming"})
#: Words of when a source served, which the recogniser runs into a body ('Ex-BEA').
TENURE_PREFIXES = TENURE_WORDS | {"ex", "then", "former", "retired"}
#: Endings of English adjectives: 'Regional governor' opens a sentence, 'Ajax' is a name.
ADJECTIVE_ENDING = re.compile(r"(?:al|ary|ive|ous|ful|ic|less|able|ible|ent|ant|ish)$")
#: Nouns of a share of a group: 'a number of Senators', '95% of the participants'.
PORTIONS = frozenset(
    {"number", "majority", "minority", "handful", "%", "percent", "half", "third", "quarter"}
)
#: Parties named by an adjective before a title ('Conservative MP', 'Labour MP'), and
#: the party each names: 'Democratic nominee' -> Democratic Party.
PARTY_NAMES = {
    "conservative": "Conservative Party",
    "labour": "Labour Party",
    "liberal": "Liberal Party",
    "republican": "Republican Party",
    "democratic": "Democratic Party",
    "democrat": "Democratic Party",
    "tory": "Conservative Party",
}
PARTY_WORDS = frozenset(PARTY_NAMES)
#: A party's member noun, said of one member before the name ('Democrat Nancy Pelosi').
PARTY_MEMBER_NOUNS = {
    "democrat": "Democratic Party",
    "republican": "Republican Party",
    "conservative": "Conservative Party",
    "tory": "Conservative Party",
    "labour": "Labour Party",
    "liberal democrat": "Liberal Democrats",
}
#: Last words of a party's name ('Liberal Democrats', 'Green Party').
PARTY_NOUNS = frozenset(
    {"party", "democrats", "republicans", "conservatives", "liberals", "greens", "socialists"}
)
#: Offices that head a state or its government, which their holder speaks for whatever
#: party elected them.
HEAD_OFFICES = frozenset({"president", "premier", "chancellor"})
#: Nouns of people in general, which give a source no title ('Some people said').
GENERAL_PEOPLE = frozenset(
    {"people", "person", "persons", "man", "men", "woman", "women"}
    | {"individual", "individuals", "citizen", "citizens", "national", "nationals"}
)
#: Offices held in a party, whose party is the holder's affiliation before a country.
PARTY_OFFICES = frozenset({"leader", "chairman", "chairwoman", "whip"})
#: Group nouns made from a party's name: 'Democrats' are the Democratic Party's.
PARTY_MEMBERS = {
    "democrats": "Democratic Party",
    "republicans": "Republican Party",
    "tories": "Conservative Party",
}


#: How the country of 'U.S. Attorney' is written.
COUNTRY_FORMS_US = frozenset({"U.S.", "U. S.", "US", "United States", "U.S"})
#: Offices whose name holds the country's: 'U.S. Attorney', 'U.S. Marshal'.
FEDERAL_OFFICES = frozenset({"attorney", "marshal", "representative"})


def _federal_office(title: str | None, toks: list[Token]) -> str | None:
    """'U.S. Attorney Bash', 'U. S. Marshal Don O'Keefe': the title with the country its
    office's name holds ('U.S. attorney'), where the phrase writes the country right
    before the office."""
    office = title.split()[-1] if title else None
    if office not in FEDERAL_OFFICES:
        return title
    if any(w in title.lower() for w in ("u.s.", "united states", "us ")):
        return title  # (written with it already: 'acting U.S. attorney')
    tok = next((t for t in toks if t.lower_ == office), None)
    if tok is None:
        return title
    before = tok.doc[max(0, tok.i - 2) : tok.i].text.replace(" ", "")
    if before.endswith(("U.S.", "UnitedStates", "US")):
        return f"{title[: len(title) - len(office)]}U.S. {office}"  # ('acting U.S. attorney')
    return title


def _camel_cased(text: str) -> bool:
    """'SpaceX', 'YouTube', 'PayPal': a capital inside a word that is not all capitals."""
    return text[:1].isupper() and any(c.isupper() for c in text[1:]) and not text.isupper()


def _party_named_by_adjective(words: list[Token]) -> str | None:
    """'Liberal Democrats', 'Social Democrats', 'Sweden Democrats': a capitalised word
    before a party's group noun that is no chamber or place of its members ('House
    Republicans') makes the two a party's own name."""
    if len(words) < 2 or not words[-2].is_title or words[-2].pos_ == "DET":
        return None
    before = words[-2]
    if (
        before.lower_ in CHAMBER_WORDS
        or before.ent_type_ in {"GPE", "ORG"}
        and before.pos_ != "ADJ"
    ):
        return None
    return f"{before.text} {words[-1].text}"


#: Words of the chamber or body whose party members a group noun names ('House
#: Republicans', 'Senate Democrats').
CHAMBER_WORDS = frozenset({"house", "senate", "congressional", "state", "assembly", "council"})


def _is_party(affiliation: str | None) -> bool:
    """A political party's name: 'Republican Party', 'Labour'."""
    if not affiliation:
        return False
    lower = affiliation.lower()
    return lower in PARTY_NAMES or lower.endswith(" party")


def _heads_state(title: str | None) -> bool:
    """A title of the head of a state or its government: 'president', 'us president'
    (not 'former president', 'vice president', nor a party's 'presidential nominee')."""
    words = (title or "").lower().split()
    return (
        bool(words)
        and words[-1] in HEAD_OFFICES
        and not {"former", "ex-", "vice", "deputy"} & set(words)
    )


#: 'Department of Justice', 'Department of Health and Human Services': the field of a
#: department, the name 'Justice Department' gives it.
DEPARTMENT_OF = re.compile(
    r"(?<![\w.])Department of (?:the )?([A-Z][a-z]+)(?:(?: and| &)? [A-Z][a-z]+)*"
)
#: The office a name is of, left out of its initials: 'Department of' (HHS).
OFFICE_OF = re.compile(
    r"\b(?:Department|Ministry|Office|Bureau|Agency|Commission|Council|Division) "
    r"(?:of|for) (?:the )?$"
)
#: Nouns of outlets that a state may run: 'state media', 'state television'.
STATE_OUTLETS = frozenset(
    {"media", "television", "tv", "radio", "broadcaster", "agency", "news", "press", "newspaper"}
)
#: Nouns of how one person stands to another, no title of their own: 'his opponent'.
RELATIONAL_ROLES = frozenset({"opponent", "rival", "challenger", "critic", "foe", "adversary"})
#: Heads that say where a statement came from, not the role of who made it.
UNTITLED_HEADS = frozenset({"source"})
#: Small words inside a name: 'Commission on Presidential Debates'.
NAME_JOINERS = frozenset({"of", "on", "for", "and", "&"})
#: Services whose name is part of their officers' titles: 'police chief', 'fire chief'.
FORCE_WORDS = frozenset({"police", "fire"})
FORCE_OFFICES = frozenset({"chief", "director", "officer"})
#: Ordinals that name a year of study or service ('a fourth year student').
YEAR_ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"}
    | {"ninth", "tenth", "final", "last"}
)


ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})


def _year_of_study(tok: Token) -> bool:
    """A word of 'fourth year', 'third-year', '2nd-year' before a role noun: which
    year, no part of the title."""
    if tok.ent_type_ != "DATE":
        return False
    doc = tok.doc
    run = doc[max(0, tok.i - 2) : tok.i + 3]
    words = [t.lower_ for t in run if t.ent_type_ == "DATE"]
    ordinals = {
        w for w in words if w in YEAR_ORDINALS or (w[:-2].isdigit() and w[-2:] in ORDINAL_ENDS)
    }
    return bool(ordinals) and "year" in words and tok.lower_ in ordinals | {"year", "-"}


#: Honorifics that stand for a title: 'Dr. Jane Doe' is a doctor.
SPELLED_HONORIFICS = {"dr": "doctor", "prof": "professor"}
#: Offices written short before a name ('Rep. Mark Pocan', 'Sen. Sanders').
ABBREVIATED_OFFICES = {"rep": "representative", "sen": "senator", "gov": "governor"}
#: A lawmaker's party and state ('(D-WI)', '(I-Vt.)', '(R-N.Y.)') or district
#: ('(WI-02)') right after the name.
PARTY_STATE = re.compile(
    r"\s*\((?:(?:[DRI]|Dem|Rep|Ind)\s*-\s*(?P<state>[A-Z][A-Za-z. ]{0,13}?)"
    r"|(?P<district>[A-Z]{2}-\d{1,2}|[A-Z]{2}-AL))\)"
)
#: US states by their postal code and their AP abbreviation ('WI', 'Vt.').
US_STATES = {
    code: row[0] for row in _data_lines(HERE / "us_states.tsv") for code in row[1].split(",")
}
#: Nouns of where a person lives, no role: 'a resident of Knoxville', 'a citizen of Italy'.
RESIDENCE_NOUNS = {"resident", "citizen", "native", "national"}
#: Offices named after their portfolio ('Civil Aviation Minister', 'Home Secretary').
PORTFOLIO_OFFICES = frozenset({"minister", "secretary"})
#: First words of a portfolio of two or more words after a body's name ('White House
#: National Security Advisor').
PORTFOLIO_OPENERS = frozenset(
    {"national", "public", "homeland", "foreign", "home", "internal", "external", "civil"}
)
#: Countries whose names are also given names ('Jordan Peterson', 'Chad Smith').
NAME_LIKE_COUNTRIES = frozenset({"Jordan", "Chad", "Georgia"})
#: Nouns of a research team, which the article introduces with its institution.
RESEARCH_NOUNS = frozenset({"researcher", "scientist", "astronomer", "author", "team"})
#: Common nouns of the bodies of a state, whose members speak for it ('Iraqi council
#: member', 'Afghan army officer').
STATE_UNITS = frozenset(
    {"council", "parliament", "assembly", "senate", "government", "ministry", "army", "police"}
)
#: Roles whose 'of' takes a field, not a body ('professor of Medicine').
FIELD_ROLES = frozenset({"professor", "lecturer", "teacher", "student", "graduate", "doctor"})
#: A state's own bodies, which speak for its country (the guide's "State bodies with
#: no country word"), bodies that are places, and a party (named, not described):
#: no body named by common nouns alone ('of the opposing political party').
STATE_BODY_NOUNS = frozenset(
    {"government", "administration", "regime", "police", "army", "military", "opposition"}
    | {"camp", "city", "county", "district", "parliament", "congress", "senate", "cabinet"}
    | {"party"}
)
#: Common nouns of places a role is for ('governor of the North Kivu district').
PLACE_NOUNS = frozenset({"district", "province", "region", "county", "prefecture", "state"})
#: Common nouns of places that open a sentence before a role, no name of a body there:
#: 'City councillor Omar Haddad', 'County commissioner Ann Lee'.
CAPITALISED_PLACES = PLACE_NOUNS | frozenset({"city", "town", "village", "borough"})
#: What an office is of, part of its title: 'Secretary of State', 'Chief of Staff'.
OFFICE_DOMAINS = word_set("office_domains")
#: Words of a portfolio a title is of ('Home Secretary', 'Public Safety Minister',
#: 'National Security Advisor').
PORTFOLIO_WORDS = OFFICE_DOMAINS | {
    "national",
    "public",
    "safety",
    "homeland",
    "external",
    "internal",
    "civil",
    "aviation",
    "social",
    "veterans",
}
#: 'Syrian Democratic Forces (SDF)': a name and its acronym in brackets.
#: Each word is read one way only (a hyphen joins the parts of one word, white
#: space ends it): with a hyphen both in words and between them, a run such as
#: 'Ab-Ab-Ab-…' had exponentially many readings to try before failing; and no
#: word of a name is longer than 40 characters (a 100,000-character 'word' is
#: not tried from each of its letters).
ACRONYM = re.compile(
    r"((?:[A-Z][\w&.'’]{0,40}(?:-[\w&.'’]{1,40}){0,4},?\s+(?:(?:of|and|for|the|de|&)\s+)*){1,8})"
    r"\(([A-Z](?:[A-Z&.]|[a-z](?=[A-Z])){1,9})\)"
)
PRONOUN_TYPES = {
    "he": "unnamed_person",
    "she": "unnamed_person",
    "i": "unnamed_person",
    "they": "unnamed_group",
    "we": "unnamed_group",
}
#: A social media handle: '@xaxo6v'.
HANDLE = re.compile(r"@\w{2,}")
#: Verbs that make a document someone's: 'Harbor Research published a survey'.
PUBLISHING = word_set("publishing_verbs")
#: Words a body's name has when it is of the kind a common noun says: 'the union' is
#: the Airline Pilots Guild, not the airline named most.
ORG_KIND_WORDS = {
    "union": frozenset({"union", "guild", "federation", "workers", "brotherhood", "teamsters"}),
    "airline": frozenset({"air", "airlines", "airways", "airline"}),
    "carrier": frozenset({"air", "airlines", "airways", "airline", "wireless", "mobile"}),
    "bank": frozenset({"bank", "banking", "bancorp"}),
    "league": frozenset({"league"}),
}
#: Verbs of asking for a document, whose agent did not make it: 'a report requested by
#: Sen. Bernie Sanders'.
REQUESTING = frozenset({"request", "order", "ask", "demand", "seek", "solicit", "mandate"})
#: Names of one legal action: a later 'the complaint' is the 'lawsuit' filed before.
LEGAL_ACTIONS = word_set("legal_actions")
#: Nouns of what a body says on its own, which a later 'the statement' takes up.
STATEMENT_NOUNS = frozenset({"statement", "announcement", "communique", "communiqué"})
#: Kinds of speaker noun that name people, not bodies ('pilots', not 'services').
PEOPLE_KINDS = frozenset({"anonymous", "title", "group"})
#: Letters after a lawyer's or honoured person's name that are no part of it.
POST_NOMINALS = frozenset({"qc", "kc", "sc", "obe", "mbe", "cbe"})
#: Generational suffixes written after a full name: 'Joseph M. Demarest, Jr.'.
GENERATIONS = NAME_SUFFIXES - POST_NOMINALS
#: Determiners of a document the article has not named before: 'another report'.
INDEFINITE = {"a", "an", "another"}


@dataclass
class SourceFields:
    name: str | None
    title: str | None
    affiliation: str | None
    source_type: str | None


#: Words that praise or describe the holder of a role, no part of its title (the
#: guide's "Describing words before a role"); 'now-former', 'then-new': the time
#: of the writing, not the role's.
PRAISE_WORDS = frozenset(
    {
        "famous",
        "renowned",
        "pre-eminent",
        "preeminent",
        "prominent",
        "top",
        "young",
        "well-known",
        "celebrated",
        "popular",
        "respected",
        "eminent",
        "distinguished",
        "legendary",
        "notable",
        "influential",
        "exiled",
        "new",
        "now-former",
        "then-new",
    }
)


#: A time phrase the parser hung on the role noun: 'officials on Saturday'.
TIME_TAIL = re.compile(
    r"\s+(?:on|last|this|early|late|earlier|later)\s+(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|week|month|year|night|morning|afternoon|evening)$"
)


def _plain_title(title: str) -> str:
    """'pre-eminent archaeologist' -> 'archaeologist', 'top aide' -> 'aide',
    'officials on saturday' -> 'officials'."""
    words = TIME_TAIL.sub("", title.strip()).split(" ")
    while len(words) > 1 and words[0] in PRAISE_WORDS:
        words = words[1:]
    return " ".join(words)


#: A word of a name: letters, or letters joined by an apostrophe or a hyphen
#: ('O’Keefe', 'Rodriguez-Velez').
NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: Entity labels of places and times, no given names: 'India said', 'on Sunday'.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
#: Dashes written as words of their own.
DASHES = frozenset({"-", "–", "—"})
#: Words that end no name: a joining word or a rank of the next phrase.
TRAILING_WORDS = frozenset({"and", "or", "of", "for", "&", "acting", "interim"}) | DASHES
#: A number after a dash: 'Labour Party - 203', a result run into the name.
SEAT_COUNT = re.compile(r"\d[\d,.]*$")


#: Possessors that stay inside a name: "the Republican People's Party", "Women's Aid".
NAME_POSSESSORS = frozenset(
    {"people", "children", "women", "men", "workers", "farmers", "veterans", "citizens"}
)


def _named_with_its(mark: Token) -> bool:
    """Whether a possessive mark is a word of the name it stands in: "People's" in "the
    Republican People's Party", a saint's in "St. Mary's Hospital" (not "the Justice
    Department's Civil Rights Division", a unit of the body before the mark)."""
    doc = mark.doc
    if mark.i == 0:
        return False
    owner = doc[mark.i - 1]
    saint = owner.i > 0 and doc[owner.i - 1].lower_.rstrip(".") in {"st", "saint"}
    return owner.lower_ in NAME_POSSESSORS or saint


def _pobj(prep: Token) -> Token | None:
    """The object of a preposition."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _own_modifiers(noun: Token) -> list[Token]:
    """The words before ``noun`` in its phrase, after its owner's possessive and without
    determiners: 'the island's power authority' -> [power]."""
    words = list(noun.doc[noun.left_edge.i : noun.i])
    owner = max((t.i for t in words if t.tag_ == "POS"), default=None)
    return [t for t in words if (owner is None or t.i > owner) and t.pos_ != "DET"]


def _heads_a_body(title: str) -> bool:
    """A title that heads a body: 'director general', 'president' (not 'deputy
    director general', 'vice-president', a word hyphened to its rank or not)."""
    words = set(title.lower().replace("-", " ").split())
    return bool(words & HEAD_TITLE_WORDS) and not words & {"deputy", "vice", "assistant", "former"}


def _place_words(toks: list[Token]) -> list[Token]:
    """The names of places and peoples among ``toks`` ('The Montreal team')."""
    return [t for t in toks if t.ent_type_ in {"GPE", "NORP"} and t.pos_ == "PROPN"]


def _clean(text: str | None) -> str | None:
    if not text:
        return None
    text = " ".join(text.split()).strip(" ,;:-–—\"“”'’")
    text = TRAILING_ASIDE.sub("", text)  # 'Federal Bureau of Investigation (FBI)'
    for suffix in ("'s", "’s"):
        text = text.removesuffix(suffix)
    words = text.split()
    while words and words[0].lower() in {"the", "a", "an", "both"}:
        words = words[1:]  # ('Both Saudi Arabia and the United States')
    # 'Criminal Division and', 'Department of Homeland Security Acting': a joining
    # word or a rank the recogniser ran in from the phrase after the name
    while len(words) > 1 and words[-1].lower() in TRAILING_WORDS:
        words = words[:-1]
    if len(words) > 2 and words[-2] in DASHES and SEAT_COUNT.match(words[-1]):
        words = words[:-2]
    return " ".join(words) or None


class SourceDescriber:
    """Describes the sources of one parsed document."""

    def __init__(
        self,
        doc: Doc,
        lexicon: Lexicon,
        owner: Callable[[Token], str | None] | None = None,
        story: str | None = None,
    ):
        self.doc = doc
        #: The whole article (for the country it is about), which may hold paragraphs
        #: the parsed ``doc`` leaves out.
        self.story = doc.text if story is None else story
        #: Who a possessor of a document is, resolved across the article ('its',
        #: 'the judge'): given by the caller, who resolves speakers.
        self.owner = owner
        self.text = doc.text
        self.lexicon = lexicon
        self.ents = self._with_missed_countries(
            [e for e in doc.ents if not self._title_read_as_body(e)]
        )
        # Article-wide lookups are indexed once, so that describing every source
        # of a long document stays linear in its length.
        self._ent_starts = [e.start for e in self.ents]
        self._org_names: dict[str, str | None] = {}
        #: The title and affiliation a named source was described with where the
        #: article named it in full: a later short mention takes them.
        self._described: dict[str, tuple[str | None, str | None]] = {}
        #: Set while :meth:`_served_body` reads the article's roles, which call it back.
        self._reading_roles = False

    def _with_missed_countries(self, ents: list[Span]) -> list[Span]:
        """The recogniser's entities, and the countries it left unnamed or took for a
        person ("Gabon's Interior Minister"): a country's one-word name standing
        alone, no part of a longer name ('Jordan Peterson')."""
        countries = self.lexicon.country_names - NAME_LIKE_COUNTRIES
        doc = self.doc
        # ("Gabon's" read as a person: no one is named by a country's name alone)
        ents = [
            Span(doc, e.start, e.end, label="GPE")
            if e.label_ == "PERSON"
            and len(e) == 1
            and e.text in countries
            and e.end < len(doc)
            and doc[e.end].tag_ == "POS"
            else e
            for e in ents
        ]
        covered = {i for e in ents for i in range(e.start, e.end)}
        missed = [
            Span(doc, t.i, t.i + 1, label="GPE")
            for t in doc
            if t.text in countries
            and t.pos_ == "PROPN"
            and t.i not in covered
            and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN")
            and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
            # ('North of Scotland procurator fiscal': part of a name)
            and not (t.i > 1 and doc[t.i - 1].lower_ == "of" and doc[t.i - 2].is_title)
        ]
        return sorted(ents + missed, key=lambda e: e.start) if missed else ents

    # -- the phrase itself -------------------------------------------------------

    def tokens(self, start: int, end: int) -> list[Token]:
        return content_tokens(self.doc, [(start, end)])

    def _ents_in(self, toks: list[Token], labels: set[str]) -> list[Span]:
        if not toks:
            return []
        lo, hi = toks[0].i, toks[-1].i + 1
        gaps = len(toks) < hi - lo  # words cut out of the phrase ('his wife Melania')
        ids = {t.i for t in toks} if gaps else set()
        out = []
        for e in self.ents[bisect_left(self._ent_starts, lo) :]:
            if e.start >= hi:
                break
            if e.label_ in labels and e.end <= hi and (not gaps or e.start in ids):
                out.append(e)
        return out

    def _ent_at(self, i: int) -> Span | None:
        """The entity that holds token ``i``, if any."""
        n = bisect_left(self._ent_starts, i + 1) - 1
        if n >= 0 and self.ents[n].start <= i < self.ents[n].end:
            return self.ents[n]
        return None

    def _title_read_as_body(self, ent: Span) -> bool:
        """An organisation the recogniser made of one title's initials ('CTO' in 'CEO
        and CTO of Acme'): a title, no body."""
        return (
            ent.label_ == "ORG"
            and len(ent) == 1
            and ent[0].is_upper
            and self.lexicon.speaker_nouns.get(ent[0].lower_) == "title"
        )

    def _is_media(self, text: str) -> bool:
        return is_media(text, self.lexicon.media)

    @staticmethod
    def _head(toks: list[Token]) -> Token:
        ids = {t.i for t in toks}
        roots = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
        nouns = [t for t in roots if t.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}]
        return (nouns or roots or toks)[0]

    def _describes_another(self, char: int, last: Token) -> bool:
        """Whether the word of anonymity at ``char``, after the source phrase ending at
        ``last``, describes something else the sentence goes on to name ('Obama praised
        the "anonymous heroes"', 'police found unidentified bodies'), not the source."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None or not len(span) or char <= last.idx:
            return False
        word = span[0]
        return word.dep_ == "amod" and word.head.i > word.i and word.head.i != last.i

    def _named_person(self, toks: list[Token], head: Token) -> Span | None:
        """The person the phrase names: at its head, beside it, or closing a role."""
        people = self._ents_in(toks, {"PERSON"})
        at_head = any(e.start <= head.i < e.end for e in people)
        for ent in reversed(people):
            if self._is_media(ent.text):
                continue
            if (
                at_head
                and not ent.start <= head.i < ent.end
                and any(a.dep_ == "prep" and a.i > head.i for a in ent.root.ancestors)
            ):
                # ('Colin Macfarlane from the rights group Stonewall Scotland': a body's
                # name a person's preposition takes, read as a person's)
                continue
            ent = self._with_given_names(ent, toks)
            rest = self._ent_at(ent.end) if ent.end < len(self.doc) else None
            if (
                rest is not None
                and rest.label_ != "PERSON"
                and rest.start <= head.i < rest.end
                and len(rest) <= 3
                and all(t.is_title or t.is_punct for t in rest)
            ):
                # 'Rosa Emilia' + 'Rodriguez-Velez': a surname the recogniser split off
                return self.doc[ent.start : rest.end]
            if ent.start <= head.i < ent.end:
                return ent
            if ent.root.dep_ == "appos" and ent.root.head.i in {t.i for t in toks}:
                return ent
            if ent.end == toks[-1].i + 1 and ent.start > toks[0].i:
                before = self.doc[ent.start - 1]
                if (
                    before.pos_ not in {"ADP", "VERB", "AUX"}
                    and before.lower_ not in {"and"}
                    and not self._after_preposition(ent[0], toks[0])  # ('adviser to Mr Abe')
                ):
                    return ent
            # 'study co-author Professor Carl Lipo of Binghamton University': the name
            # with only titles before it, whatever follows
            lead = [t for t in toks if t.i < ent.start]
            modifier = (
                ent.root.dep_ in {"compound", "poss", "amod", "nmod"}
                and ent.root.head.i in {t.i for t in toks}
                and not HANDLE_LIKE.fullmatch(ent.root.head.text)
                # ('Dr. Norashikin Othman of Hospital Kuala Lumpur': the parser made the
                # place the head; a name with its own 'of' is the person's)
                and not any(
                    c.dep_ == "prep" and c.lower_ in {"of", "from", "at"} for c in ent.root.children
                )
            )  # 'Clinton camp', 'Merkel's spokesperson': the name modifies the source
            # (not 'Miguel Angel Tavera pe1us0': the name and a handle)
            if not modifier and not any(
                t.pos_ in {"ADP", "VERB", "AUX", "CCONJ"} or t.tag_ == "POS" for t in lead
            ):
                return ent
        return None

    def _role(self, toks: list[Token], skip: set[int]) -> tuple[str | None, str | None]:
        """Title and affiliation from the words that are not the source's name, and
        from the marks US news sets around a lawmaker's name: 'Rep.' or 'Sen.' before
        it, the party and state after it ('Sen. Bernie Sanders (I-Vt.)')."""
        title, affiliation = self._role_words(toks, skip)
        title, affiliation = _jurisdiction_in_title(toks, title, affiliation)
        title = _without_trailing_rank(title)
        federal = _federal_office(title, toks)
        if federal != title and affiliation in COUNTRY_FORMS_US:
            affiliation = None  # (the country is the office's: 'U. S. Attorney')
        title = federal
        if not skip:
            return title, affiliation
        if title is None and affiliation is None:
            affiliation = self._party_before_name(toks, min(skip))
        if title is None:
            title = self._abbreviated_office(min(skip))
        state = self._party_state(max(skip))
        return title, state or affiliation

    def _kin(self, noun: Token) -> bool:
        """A noun of family ('his sons', 'his former girlfriend'), written with a
        hyphen too ('step-mother')."""
        kin = self.lexicon.relationships
        if noun.lower_ in kin or noun.lemma_.lower() in kin:
            return True
        before = noun.doc[noun.i - 2 : noun.i]
        joined = "".join(t.lower_ for t in before) + noun.lower_
        if len(before) == 2 and before[1].text == "-" and joined.replace("-", "") in kin:
            return True  # ('step-mother', read as one noun)
        after = noun.doc[noun.i + 1 : noun.i + 3]
        return (
            len(after) == 2
            and after[0].text == "-"
            and (noun.lower_ + after[1].lower_) in kin  # ('step' of 'step-mother')
        )

    def _party_before_name(self, toks: list[Token], name: int) -> str | None:
        """The party a member's name is given with, no role ('Democrat Nancy Pelosi',
        'Liberal Democrat Vince Cable'): the capitalised words before the name are the
        party's member noun."""
        words = [t for t in toks if t.i < name and not (t.is_punct or t.pos_ == "DET")]
        if not words or not all(t.is_title for t in words):
            return None
        return PARTY_MEMBER_NOUNS.get(" ".join(t.lower_ for t in words))

    def _served_body(self, name: str) -> str | None:
        """The affiliation the article gives the person ``name``, whom a role serves;
        None while the article's roles are still being read (they are read with this
        very method)."""
        if self._reading_roles:
            return None
        self._reading_roles = True
        try:
            return self._role_of(name)[1]
        finally:
            self._reading_roles = False

    def _titles_only(self, unit: list[Token], person: Token) -> bool:
        """Only titles and honorifics stand before the person in ``unit``."""
        return all(self._titling(t) for t in unit if t.i < person.i)

    def _titling(self, tok: Token, by_place: bool = True) -> bool:
        """A word that titles a name: a role ('spokesman'), a word of titles
        ('acting') or an honorific ('Mr')."""
        return (
            self._role_noun(tok, by_place)
            or tok.lower_ in self.lexicon.title_words
            or tok.lower_.rstrip(".") in HONORIFICS
        )

    def _abbreviated_office(self, first: int) -> str | None:
        """'Rep. Mark Pocan' -> representative, 'U.S. Rep. …' -> U.S. representative."""
        if first == 0:
            return None
        word = self.doc[first - 1]
        office = ABBREVIATED_OFFICES.get(word.lower_.rstrip("."))
        if office is None or not word.text[:1].isupper():
            return None
        before = self.doc[first - 2].text if first >= 2 else ""
        return f"U.S. {office}" if before in {"U.S.", "US"} else office

    def _rank(self, first: int) -> str | None:
        """A rank written short before the name, as written ('1st Lt. Gregg Murphy' ->
        1st lt., 'Lt. Col. …' -> lt. col.); a doctor's or professor's honorific as
        the word it stands for ('Dr. Jane Doe' -> doctor)."""
        start = rank_words(self.doc, first)
        if start == first:
            return None
        words = " ".join(t.lower_ for t in self.doc[start:first]).replace(" .", ".").split()
        if len(words) == 1 and words[0].rstrip(".") in SPELLED_HONORIFICS:
            return SPELLED_HONORIFICS[words[0].rstrip(".")]
        if all(w.rstrip(".") in HONORIFICS for w in words):
            return None  # 'Mr.', 'Ms.': no title
        return " ".join(words)

    def _party_state(self, last: int) -> str | None:
        """The state of a lawmaker's tag after the name: '(D-WI)', '(I-Vt.)' give the
        state, written out where the article spells it out; '(WI-02)', a district,
        stays as written."""
        end = self.doc[last].idx + len(self.doc[last].text)
        m = PARTY_STATE.match(self.text, end)
        if m is None:
            return None
        if m.group("district"):
            return m.group("district")
        state = m.group("state").strip()
        full = US_STATES.get(state.replace(" ", ""))
        return full if full is not None and full in self.text else state

    def _role_words(self, toks: list[Token], skip: set[int]) -> tuple[str | None, str | None]:
        """Title and affiliation from the words that are not the source's name."""
        one_of = (
            len(toks) > 3
            and toks[0].lower_ == "one"
            and toks[1].lower_ == "of"
            and toks[2].pos_ in {"DET", "NUM"}  # ('one of the defendants', 'one of two …')
        )
        if one_of:  # 'One of the defendants': a defendant
            title, affiliation = self._role_words(toks[3:], skip)
            head = toks[2].head
            if title and head.tag_ in {"NNS", "NNPS"} and title.endswith(head.lower_):
                title = title[: len(title) - len(head.lower_)] + head.lemma_.lower()
            return title, affiliation
        # where the phrase stops describing the source: a verb or clause ('scientists
        # studying patients in Zhuhai'), and the other side of a coordination of people
        stop = next(
            (
                t.i
                for t in toks
                if (
                    t.pos_ in {"VERB", "AUX"}
                    and not _modifies(t)
                    and t.lower_ not in self.lexicon.title_words  # ('presumptive' as a verb)
                )
                or t.dep_ in {"relcl", "acl"}
            ),
            toks[-1].i + 1,
        )
        start = toks[0].i
        for t in toks:
            if self._joins_people(t):
                if any(i > t.i for i in skip):
                    start = t.i + 1
                else:
                    stop = min(stop, t.i)
        office_ids = self._office_domain(toks)
        named = [
            e
            for e in (self._without_title(e) for e in self._campuses(toks))
            if e is not None
            and not any(t.i in skip or t.i in office_ids for t in e)
            and not (len(e) == 1 and e[0].lower_ in self.lexicon.title_words)
        ]
        team = self._team_before_role(toks, skip)
        if team is not None:  # 'Barcelona defender Gerard Pique': the team, whatever its tag
            named = [e for e in named if e.end <= team.start or e.start >= team.end] + [team]
        orgs = [
            e
            for e in named
            if start <= e.start
            and e.end <= stop
            and not (  # 'Russell Zimmerman per ABC News': where it was read, not for whom
                e.start > toks[0].i
                and self.doc[e.start - 1].pos_ == "ADP"
                and self.doc[e.start - 1].lower_ not in AFFILIATING
            )
            and not self._residence(e)
            and not _prize_of(e)
        ]
        org_ids = {t.i for e in named for t in e}
        # other people in the phrase are no part of the role: 'German Chancellor Angela
        # Merkel's spokesperson' is a spokesperson
        for e in self._ents_in(toks, {"PERSON"}):
            if any(t.i in skip for t in e):
                continue
            if self._names_a_side(e, skip) or self._title_read_as_name(e, skip):
                continue  # 'Wynnum coach Matt Myers', with 'Wynnum' read as a person
            skip = skip | {t.i for t in e}
            owner_mark = self._possessive(e)
            before = self._before_titles(e.start, toks[0], by_place=True)
            # ('head of Senator Ruiz's office')
            inside = before is not None and before.pos_ == "ADP"
            if owner_mark is not None and inside:
                # 'head of al-Sadr's Basra office': the owner of the body the role is
                # of, after the role; the role stays
                skip = skip | set(range(e.start, owner_mark + 1))
            elif owner_mark is not None:
                skip = skip | {t.i for t in toks if t.i <= owner_mark}
        words = [t for t in toks if t.i not in skip and t.i not in org_ids and t.i >= start]
        ids = {t.i for t in words}
        for e in named:
            if e.end < len(self.doc) and self.doc[e.end].tag_ == "POS":
                # 'National LGBT news source Daily Xtra's editorial director': the
                # words before the organisation describe it, not the source
                org_ids.add(e.end)
                if e.end + 1 in ids:
                    words = [t for t in words if t.i > e.end]
        # a possessor that is no named organisation ('The university's chancellor'):
        # the organisation, not the title
        possessor = None
        for tok in words:
            if tok.tag_ != "POS" or tok.i == 0:
                continue
            owner = self.doc[tok.i - 1]
            # 'the festival's organiser', the festival named before
            named_as = self._named_before_as(owner) if owner.i not in org_ids else None
            if any(
                self._role_noun(t) for t in words if t.i < tok.i and not (named_as and t == owner)
            ):
                if self._office_holder(owner, words):
                    # "The mayor's spokeswoman", "the minister's chief of staff": the
                    # office they serve is no word of their own title
                    words = [t for t in words if t.i > tok.i]
                break  # ('… General in charge of the Department's Antitrust Division')
            if owner.i not in org_ids:
                if (
                    self.lexicon.speaker_nouns.get(owner.lemma_.lower()) == "organization"
                    or named_as is not None
                ):
                    possessor = owner
                    words = [t for t in words if t.i > tok.i]
                break
        role: list[Token] = []
        unit_name = name_unit = None
        unit_ids: set[int] = set()
        source_ids = set(skip)
        for tok in words:
            if tok.i in org_ids:
                continue
            if self._joins_people(tok):
                # 'US President Donald Trump and Turkish President Recep Tayyip Erdoğan':
                # two people; the role is the one next to the source's own name
                if any(i > tok.i for i in source_ids):
                    role = []
                    continue
                break
            second_body = (
                tok.lower_ == "and"
                and role
                and skip
                and any(i in org_ids for i in range(tok.i + 1, min(skip)))
            )
            if second_body:
                # 'New Jersey governor and former Republican presidential candidate
                # Chris Christie': roles in two bodies; the first is the title
                break
            if tok.i in office_ids:
                role.append(tok)  # 'Secretary of State', 'Constitutional Affairs secretary'
                continue
            hyphen = tok.text == "-" and not tok.whitespace_ and role and role[-1].i == tok.i - 1
            if hyphen:  # 'co-author'
                role.append(tok)
                continue
            if tok.is_punct or tok.tag_ == "POS" or tok.pos_ in {"DET", "NUM", "PRON"}:
                if role and tok.text in {",", "("}:
                    break  # 'editorial director, …': the role ends at the comma
                continue
            lower = tok.lower_
            if lower in HONORIFICS or lower in self.lexicon.universal_speakers:
                continue
            if lower in {"current", "currently", "local", "incumbent"} | WITHHELD:
                continue  # 'the current President of the European Council', 'local officials'
            if tok.pos_ == "ADV" and role:
                continue  # 'Residents there'
            if lower in QUANTIFIERS and tok.pos_ in {"ADJ", "DET", "PRON", "NOUN", "ADV"}:
                continue
            if lower in {"year", "years", "old", "-"} and any(
                t.like_num for t in self.doc[max(0, tok.i - 4) : tok.i]
            ):
                continue  # 'The 26-year-old Chelsea midfielder': an age, no role
            if _year_of_study(tok):
                continue  # 'a fourth year student', 'a third-year student
            nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
            if role and lower == "in" and nxt is not None and nxt.lower_ == "charge":
                # 'Acting Assistant Attorney General in charge of the Antitrust
                # Division': the unit follows ('Special Agent in Charge' is an office)
                unit_name = self._unit_in_charge(nxt, toks)
                break
            member = lower == "of" and role and role[-1].lemma_.lower() == "member"
            body = next((c for c in tok.children if c.dep_ == "pobj"), nxt)
            if member and body is not None and body.lower_ not in OFFICE_DOMAINS:
                # 'Some members of opposition parties': what they belong to (not
                # 'Member of parliament (MP)')
                break
            # (a run of capitalised words right before, no role among them)
            joined = (
                lower in NAME_JOINERS
                and role
                and role[-1].i == tok.i - 1
                and all(t.is_title and t.pos_ == "PROPN" and not self._role_noun(t) for t in role)
                and nxt is not None
                and nxt.is_title
                and nxt.pos_ == "PROPN"
                and any(self._role_noun(t) for t in words if t.i > tok.i + 1)
            )
            if joined:  # 'House of Representatives Speaker Nancy Pelosi': one name's 'of'
                role.append(tok)
                continue
            if tok.pos_ == "ADP" and (not role or lower in AFFILIATING):
                # 'retail expert from Queensland University …': the rest is the affiliation
                rest = [t for t in toks if t.i > tok.i and t.pos_ != "DET"]
                if not role and lower in {"of", "from", "at"} and tok.head.i in skip:
                    # 'Jennifer Lu of Marriage Equality Coalition Taiwan': a name's
                    # organisation the recogniser did not name ('Regina Ip from the
                    # pro-Beijing camp': a body told by its capitalised words)
                    name_unit = (
                        self._capitalised_run(rest, org_ids, people=True)
                        or self._described_body(tok, toks)
                        or self._body_named_beside(tok)
                        or self._party_of_members(rest)
                        or self._common_body(tok)
                        # ('Sabrina Bennoui of RSF', the initials the article spelled out)
                        or (self.acronyms.get(rest[0].text) if rest else None)
                    )
                if not role or (rest and rest[0].i in org_ids):
                    break
                pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
                # ('the head of the police's investigators': 'of' stays in the title)
                serves = lower in {"for", "at", "from", "in"} or (
                    # 'leaders of the protest group' (not 'the head of the police's
                    # investigators', nor 'director of football')
                    lower == "of"
                    and pobj is not None
                    and any(c.dep_ in {"det", "poss"} for c in pobj.children)
                    and self.lexicon.speaker_nouns.get(pobj.lemma_.lower()) != "title"
                )
                if (
                    serves
                    and pobj is not None
                    and (pobj.pos_ == "NOUN" or (pobj.pos_ == "PROPN" and pobj.is_lower))
                    and any(c.dep_ in {"det", "poss"} for c in pobj.children)
                ):
                    # 'A spokesperson for the hospital': a title, then whom it serves;
                    # 'the company' stands for the organisation named before
                    if pobj.lemma_.lower() in self.lexicon.anaphoric_orgs:
                        unit_name = self._earlier_org(tok.idx)
                    # ('a valet at the hotel', after 'the Omni Hotel': its name's noun)
                    unit_name = unit_name or self._named_by_its_noun(pobj)
                    # ('governor of the North Kivu district': the place its capitals name)
                    unit_name = unit_name or self._described_body(tok, toks)
                    unit_name = unit_name or self._common_body(tok)
                    break
                joined = (
                    len(rest) > 2
                    and rest[1].lower_ in {"and", "&"}
                    and rest[2].pos_ == "PROPN"
                    and rest[0].is_title
                )
                # ('for the District of Massachusetts')
                of_place = (
                    len(rest) > 2
                    and rest[0].is_title
                    and rest[1].lower_ == "of"
                    and rest[2].pos_ == "PROPN"
                )
                if lower in AFFILIATING and (
                    (
                        len(rest) > 1
                        and rest[0].pos_ == "PROPN"
                        and (rest[1].pos_ == "PROPN" or joined or of_place)
                    )
                    or self._lone_body(tok, rest)
                ):
                    # 'U.S. Attorney for the Northern District of Georgia': a unit the
                    # recogniser did not name as an organisation ('for the Environment
                    # and Natural Resources Division of the U.S. Department of Justice':
                    # up to the department it belongs to)
                    unit = [t for t in tok.subtree if toks[-1].i >= t.i > tok.i]
                    unit = [t for t in unit if not (t.pos_ == "DET" and t.i == unit[0].i)]
                    owner = next(
                        (
                            t
                            for t in unit
                            if t.lower_ == "of"
                            and any(c.ent_type_ == "ORG" for c in t.children)
                            and t.i > unit[0].i
                        ),
                        None,
                    )
                    if owner is not None:
                        unit = [t for t in unit if t.i < owner.i]
                    # '… for the Northern District of Georgia David Nahmias': not the name
                    person = next((t for t in unit if t.ent_type_ == "PERSON" or t.i in skip), None)
                    if lower in SERVING and person is not None and self._titles_only(unit, person):
                        # 'a spokesperson for (President) Rodrigo Duterte': the role serves
                        # a person, whose body is the affiliation when the article gives it
                        ent = self._ent_at(person.i)
                        if ent is not None:
                            full = self._full_person_name(_clean(self._without_roles(ent).text))
                            unit_name = self._served_body(full) if full else None
                        break
                    if person is not None and person.i > unit[0].i:
                        unit = [t for t in unit if t.i < person.i]
                    if unit:  # ('Party for Socialism …': the parser hung no words on 'for')
                        unit_name = _clean(self.doc[unit[0].i : unit[-1].i + 1].text)
                        unit_ids = {t.i for t in unit}
                        break
            if tok.lemma_.lower() in SPORTS_ROLES or lower in SPORTS_ROLES:
                role.append(tok)  # ('Barcelona defender': tagged a verb)
                continue
            if (_modifies(tok) or tok.pos_ == "VERB") and lower in self.lexicon.title_words:
                role.append(tok)  # 'acting director', 'presumptive' read as a verb
                continue
            if _modifies(tok) or (tok.dep_ == "advmod" and _modifies(tok.head)):
                continue  # 'Newly elected Assemblywoman …': how, not what, the source is
            if tok.pos_ in {"VERB", "AUX"} or tok.dep_ in {"relcl", "acl"}:
                break
            role.append(tok)
        while role and role[-1].pos_ in {"ADP", "CCONJ"}:
            role.pop()
        while role and role[0].pos_ == "CCONJ":
            role.pop(0)
        # ('Iraqi council member': a member of a body of the state)
        of_state = any(
            t.lower_ in STATE_UNITS
            and t.is_lower
            and t.dep_ == "compound"
            and self._role_noun(t.head)
            and self.doc[t.i - 1].text != "-"  # ('Anti-government protestors')
            for t in role
        )
        unit, role = self._unit_before_title(role)
        unit_name = unit_name or unit  # (an organisation the phrase names still wins)
        nouns = [t for t in role if self._role_noun(t)]
        office = (
            of_state
            or any(
                self.lexicon.speaker_nouns.get(t.lemma_.lower()) == "title"
                or t.lemma_.lower() in STATE_ROLES
                for t in nouns
            )
            or any(  # ('Chinese authorities', whose noun names a body)
                t.tag_ == "NNS" and t.lemma_.lower() in STATE_ROLES for t in role
            )
        )
        national = self._national_office(role, orgs)
        if not office:
            # a nationality is an affiliation only for those who speak for a state
            # ('French President Emmanuel Macron', not 'Norway's Karsten Warholm'); a
            # place the role is for is one ('U.S. Attorney for the District of Maine')
            orgs = [
                e
                for e in orgs
                if e.label_ not in {"GPE", "NORP"} or e is national or self._served(e, role)
            ]
        if national is not None:  # 'U.S. Attorney': the country is part of the title
            orgs = [e for e in orgs if e is not national]
        if nouns and nouns[-1].lemma_.lower() in PARTY_OFFICES:
            # 'UK Labour leader Ed Miliband' leads the party, not the UK
            orgs = [e for e in orgs if _is_party(self.place_name(e))] or orgs
        if nouns and nouns[-1].lemma_.lower() in HEAD_OFFICES:
            # 'Republican President Donald Trump' speaks for the state he heads (the
            # guide's "Nationality"), not for his party
            orgs = [e for e in orgs if e.text.lower() not in PARTY_NAMES]
        affiliation = self._affiliation(orgs, role)
        held = any(e.label_ == "ORG" and {t.i for t in e} <= unit_ids for e in orgs)
        if unit_name and (held or not any(e.label_ == "ORG" for e in orgs)):
            affiliation = unit_name  # (the unit may hold a name the recogniser cut short)
        affiliation = name_unit or affiliation  # (what 'of' sets right after the name)
        if affiliation is None and possessor is not None:
            affiliation = (
                self._named_before_as(possessor)
                or self._earlier_org(possessor.idx)
                or possessor.text.lower()
            )
        its = next((t for t in words if t.lower_ == "its" and t.dep_ == "poss"), None)
        if affiliation is None and its is not None and self.owner is not None:
            # 'Its chief executive': the body 'its' stands for, whose office the role is
            # (not 'its source', whom an outlet quotes, nor 'three of its members')
            lemma = its.head.lemma_.lower()
            office = self.lexicon.speaker_nouns.get(lemma) in {"title", "anonymous"}
            if office and lemma not in {"source", "member"} and its.head.tag_ == "NN":
                affiliation = self.owner(its)
        if nouns:
            # a run of proper nouns before the role noun names the organisation
            # ('A Westline Rail spokesperson'), unless they are part of the title
            # ('Prime Minister', 'State Senator'); 'Company meteorologist' is the
            # organisation named before
            first = nouns[0]
            lead = [t for t in role if t.i < first.i]
            # 'Regional governor …', 'Longtime … writer': a describing word, capitalised
            # only as the sentence's first, is neither organisation nor title
            while lead and lead[0].is_sent_start and lead[0].lower_ not in self.lexicon.title_words:
                word = lead[0]
                unnamed = word.ent_type_ not in {*ORG_LABELS, "PERSON"}
                described = word.pos_ == "ADJ" and unnamed
                describing = described and ADJECTIVE_ENDING.search(word.lower_)
                # ('Angry residents', 'Western officials', 'Freed hostage X': a word of
                # the dictionary that describes the role noun itself)
                describing = describing or (
                    word.head.i == first.i and self._common_opening(word, lead)
                )
                inner = first.dep_ == "compound" and any(t.i == first.head.i for t in role)
                if describing and inner and word.head.i == first.i:
                    break  # ('Human rights groups', 'Public health experts': the compound's)
                # ('City councillor …': a common noun of a place, read as it is mid-sentence)
                describing = describing or (unnamed and word.lower_ in CAPITALISED_PLACES)
                if not describing and word.lower_ not in TENURE_WORDS:
                    break  # ('Ajax director of football': a name the tagger calls ADJ)
                if describing and not first.is_lower:
                    break  # ('Regional Governor Mujiv Hataman': a title in capitals)
                role = [t for t in role if t.i != lead[0].i]
                lead = lead[1:]
            if lead and lead[0].lemma_.lower() in self.lexicon.anaphoric_orgs:
                affiliation = affiliation or self._earlier_org(
                    lead[0].idx, noun=lead[0].lemma_.lower()
                )
                lead, role = [], [t for t in role if t.i > lead[0].i]
            # 'Former Arsenal striker Ian Wright': the tenure is the title's, the name
            # after it the body's
            tenure = []
            while len(lead) > 1 and lead[0].lower_ in {"former", "ex", "retired"}:
                tenure.append(lead[0])
                lead = lead[1:]
            # 'Senate Minority Whip', 'DEA Acting Administrator': the title opens at its
            # first word of titles; the words before it name the organisation
            opener = next((n for n, t in enumerate(lead) if self._titled_word(t)), len(lead))
            if opener < len(lead):
                first, lead = lead[opener], lead[:opener]
            # 'Health Minister', 'Emergencies Minister': the portfolio is the title's;
            # 'Twitter user': a platform is where the source writes, not whom it serves
            unnamed = not any(t.ent_type_ for t in lead)
            # 'Conservative MP', 'Labour MP': a party (but 'Labour Minister' a portfolio)
            party = (
                len(lead) == 1
                and lead[0].is_title
                and lead[0].lower_ in PARTY_WORDS
                and first.lemma_.lower() not in PORTFOLIO_OFFICES
            )
            # ('Police Commissioner', 'police Detective Constable': the force, not a
            # portfolio, before a title in capitals; 'Police Minister' is one)
            force = not first.is_lower and first.lemma_.lower() not in PORTFOLIO_OFFICES
            portfolio = not party and (
                (all(t.lower_ in OFFICE_DOMAINS for t in lead) and not force)
                or (
                    len(lead) == 1
                    and lead[0].lower_ in PLATFORMS
                    # ('Twitter CEO Jack Dorsey' serves the company)
                    and first.lemma_.lower() not in PLATFORM_STAFF
                    and not self.lexicon.is_office(first.lemma_.lower())
                )
                # 'Civil Aviation Minister': a ministry's portfolio, whatever its words
                or (unnamed and first.lemma_.lower() in PORTFOLIO_OFFICES)
                # ('Shadow Constitutional Affairs secretary', read as a body)
                or (bool(lead) and all(t.i in office_ids for t in lead))
                # 'British Home Secretary': the words of a portfolio after the country
                or (
                    bool(lead)
                    and lead[0].i - 1 in org_ids
                    and all(t.is_title and t.lower_ in PORTFOLIO_WORDS for t in lead)
                    and self._titled_word(first)
                )
                # 'Regional Governor', 'Provincial Director': describing words of a title
                or (
                    not any(t.i in org_ids for t in lead)
                    and not any(t.ent_type_ in {"PERSON", "GPE", "NORP"} for t in lead)
                    and not first.is_lower
                    and all(t.is_title and ADJECTIVE_ENDING.search(t.lower_) for t in lead)
                )
            )
            # 'Party for Socialism and Liberation presidential nominee': the lower-case
            # words before the role noun are the title's, the capitalised run (with
            # its small words, and the words the parser left outside the phrase)
            # the organisation's
            tail = 0
            while (
                tail < len(lead) - 1 and lead[-1 - tail].is_lower and lead[-1 - tail].pos_ == "ADJ"
            ):
                tail += 1
            # (a name, not 'Deep' of a blogger's 'Deep blue sea')
            named = tail > 0 and (len(lead) - tail > 1 or lead[0].ent_type_ in ORG_LABELS)
            if tail and named and lead[0].is_title and lead[0].pos_ == "PROPN" and first.is_lower:
                first, lead = lead[-tail], lead[:-tail]
                while lead[0].i > 1:
                    prev, before = self.doc[lead[0].i - 1], self.doc[lead[0].i - 2]
                    if prev.lower_ in NAME_JOINERS and before.is_title and before.pos_ == "PROPN":
                        lead = [before, prev, *lead]
                    else:
                        break
            inside = {
                t.i
                for n, t in enumerate(lead)
                if 0 < n < len(lead) - 1
                and t.lower_ in NAME_JOINERS
                # ('Party for Socialism and Liberation presidential nominee', 'House of
                # Representatives Speaker': small words inside a capitalised name)
                and (first.is_lower or lead[n - 1].is_title and lead[n + 1].is_title)
            }
            named_lead = not portfolio and all(
                (
                    # ('Human rights groups': a dictionary word, capitalised as the
                    # sentence's first, opens the title, no name)
                    not (t.is_sent_start and self._common_opening(t, lead))
                )
                and (
                    t.pos_ == "PROPN"
                    or t.i in inside
                    or (t.is_title and (first.is_lower or party))
                    or (t.is_upper and len(t.text) > 1)  # 'ICE Director John Morton'
                    or (t.text == "-" and not t.whitespace_)  # 'ABS-CBN CEO'
                )
                and t.lower_ not in self.lexicon.title_words
                for t in lead
            )
            words = [t for t in lead if t.text != "-"]
            if words and _prize_of(self.doc[words[0].i : words[-1].i + 1]):
                named_lead = False  # 'Pulitzer Prize-winning cartoonist': a prize won
                role = [t for t in role if t.i >= first.i]
            if lead and named_lead:
                name = "".join(t.text_with_ws for t in lead).strip()
                if not party:
                    affiliation = affiliation or self.org_name(_clean(name))
                elif first.lemma_.lower() in PARTY_OFFICES:
                    # 'UK Labour leader Ed Miliband' leads the party, not the country
                    affiliation = PARTY_NAMES.get(name.lower(), name)
                elif first.lemma_.lower() not in HEAD_OFFICES:
                    # 'Democratic presidential nominee': the Democratic Party (but
                    # 'Republican President Donald Trump' speaks for the state he heads,
                    # the guide's "Nationality", not for his party)
                    affiliation = affiliation or PARTY_NAMES.get(name.lower(), name)
                role = tenure + [t for t in role if t.i >= first.i]
        if nouns and all(self._kin(t) for t in nouns):
            if affiliation is not None and self.full_name(affiliation) is not None:
                return None, None  # "Halappanavar's father": kin of a person, no body
            return None, affiliation
        if not nouns:
            return None, affiliation
        if all(_general_people(t) for t in nouns) and not any(
            t.pos_ == "NOUN" and t not in nouns for t in role if t.i < nouns[0].i
        ):
            # 'Some people', 'The woman', 'Chinese citizens' (not 'a police woman')
            return None, affiliation
        if nouns[0].lemma_.lower() in UNTITLED_HEADS:
            return None, affiliation  # 'a German government source': no role given
        if nouns[-1].lemma_.lower() in RELATIONAL_ROLES and nouns[-1].tag_ == "NN":
            return None, affiliation  # 'his opponent', 'his main rival': no office of theirs
        if skip and all(t.lemma_.lower() in RESIDENCE_NOUNS for t in nouns):
            # 'Mario Covino, a citizen and resident of Italy': where a named person lives
            # (but 'One resident' is identified by it)
            return None, None
        if (
            len(role) > 1
            and role[-1].pos_ == "PROPN"
            and self._role_noun(role[-2])
            and role[-2].i == role[-1].i - 1
            and not self._role_noun(role[-1])
            and role[-1].lower_ not in OFFICE_DOMAINS
            and role[-1].i + 1 < len(self.doc)
            and self.doc[role[-1].i + 1].ent_type_ == "PERSON"
        ):
            role.pop()  # 'Council spokesperson Barend Leyts': a first name the
            # recogniser left out of the name (not 'Secretary of State Mike Pompeo')
        if role and role[-1].tag_ == "NNS" and role[-1].lemma_.lower() in GROUP_OFFICES:
            # 'Wildlife officials', 'government authorities': officials, whatever their field
            role = [t for t in role if t is role[-1] or t.lower_ in self.lexicon.title_words]
        title = "".join(
            t.text + (t.whitespace_ if n + 1 < len(role) and role[n + 1].i == t.i + 1 else " ")
            for n, t in enumerate(role)
        ).lower()
        if national is not None:
            before = " ".join(t.lower_ for t in role if t.i < national.start)
            title = " ".join(w for w in (before, national.text, title[len(before) :].strip()) if w)
        if title.startswith(("ex ", "ex- ")) and role[0].lower_ == "ex" and not role[0].whitespace_:
            title = "ex-" + title.split(" ", 1)[1]  # 'Ex-BEA boss': ex-boss
        if title.startswith("formerly "):
            title = "former " + title.removeprefix("formerly ")  # 'formerly the director of'
        return _clean(_plain_title(title)), affiliation

    def _residence(self, ent: Span) -> bool:
        """Where a person lives, after their age ('Dwayne F. Cross, 41, of Upper
        Marlboro, Md.'): no one they speak for."""
        i = ent.start
        return (
            i >= 3
            and self.doc[i - 1].lower_ == "of"
            and self.doc[i - 2].text == ","
            and self.doc[i - 3].like_num
        )

    def _served(self, ent: Span, role: list[Token]) -> bool:
        """A place set after a role with 'for' ('Attorney for the District of Maine')."""
        prep = ent.root.head
        return (
            bool(role)
            and ent.root.dep_ == "pobj"
            and prep.lower_ == "for"
            # ('U.S. Attorney Michael J. Sullivan for the District of Massachusetts')
            and (any(t.i == prep.head.i for t in role) or prep.head.ent_type_ == "PERSON")
        )

    def _unit_in_charge(self, charge: Token, toks: list[Token]) -> str | None:
        """The unit of 'in charge of the Department's Antitrust Division' that the
        recogniser left unnamed: the proper nouns after its owner's possessive."""
        of = next((c for c in charge.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        unit = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        last = toks[-1].i
        if unit is None or unit.pos_ != "PROPN" or unit.i > last:
            return None
        words = [
            t
            for t in unit.subtree
            if t.i <= last and t.i > of.i and t.pos_ != "DET" and t.dep_ != "case"
        ]
        owner = [t for t in words if t.dep_ == "poss"]
        if owner:  # 'the Department's': whose unit it is, not its name
            words = [t for t in words if t.i > max(o.i for o in owner)]
        if not words or not all(t.pos_ == "PROPN" or t.lower_ in {"of", "and"} for t in words):
            return None
        return _clean(self.doc[words[0].i : words[-1].i + 1].text)

    def _capitalised_run(
        self, toks: list[Token], org_ids: set[int], people: bool = False
    ) -> str | None:
        """Two or more capitalised proper nouns opening ``toks``, none of a named
        organisation or person: an organisation the recogniser left unnamed
        (``people``: or took for a person, as 'of [Pearl Jam]PERSON' after a name)."""
        run: list[Token] = []
        for t in toks:
            joins = t.lower_ in {"and", "&", "of", "for"} and run
            if not (t.pos_ == "PROPN" and t.is_title) and not joins:
                break
            if t.i in org_ids or (t.ent_type_ == "PERSON" and not people):
                return None
            run.append(t)
        while run and not run[-1].is_title:
            run.pop()
        if len(run) < 2 or any(t.i != run[0].i + n for n, t in enumerate(run)):
            return None
        last = run[-1]
        if people and last.head.i > last.i and last.head.is_lower and last.head.pos_ == "NOUN":
            return None  # 'of the [Maidan Wardak]PERSON provincial council': a body described
        named = self.doc[run[0].i : run[-1].i + 1]
        if self._residence(named):
            return None  # 'Dwayne F. Cross, 41, of Upper Darby': where he lives
        return _clean(named.text)

    def _lone_body(self, prep: Token, rest: list[Token]) -> bool:
        """'spokesman for Facebook', 'Chief Executive of Arianespace': one proper noun
        a role's preposition takes, no person and no portfolio ('Secretary of State')."""
        if not rest:
            return False
        word = rest[0]
        # the role the preposition follows ('CEO and CTO of SpaceX': the parser may hang
        # it on the name before the roles)
        role = prep.head if self._role_noun(prep.head) else prep.doc[prep.i - 1]
        return (
            word.pos_ == "PROPN"
            and word.dep_ == "pobj"
            and word.head.i == prep.i
            # ('professor of Medicine': a field)
            and role.lemma_.lower() not in FIELD_ROLES
            and (len(rest) == 1 or (rest[1].pos_ != "PROPN" and rest[1].tag_ != "POS"))
            and self._role_noun(role)
            and (word.text[:1].isupper() and (len(word.text) > 1 or word.is_title))
            # (a camel-cased name is a brand's, whatever the recogniser says: 'SpaceX')
            and (word.ent_type_ != "PERSON" or _camel_cased(word.text))
            # ('a spokesman for West', a person the article names in full)
            and self.full_name(word.text) is None
            and word.lower_ not in OFFICE_DOMAINS
            and not self._titled_word(word)
        )

    def _described_body(self, prep: Token, toks: list[Token]) -> str | None:
        """The body a preposition takes, told by the capitalised words before its common
        noun, which the recogniser left unnamed: 'of the Maidan Wardak provincial
        council', 'from the pro-Beijing camp'; of a place noun, the place its capitals
        name ('of the North Kivu district' -> North Kivu)."""
        noun = _pobj(prep)
        if noun is None or noun.pos_ != "NOUN" or noun.i > toks[-1].i:
            return None
        mods = _own_modifiers(noun)
        capitals = [t for t in mods if t.text[:1].isupper() and not t.is_sent_start]
        if not capitals or any(t.is_punct and t.text != "-" for t in mods):
            return None
        if noun.lemma_.lower() in PLACE_NOUNS:
            # ('the Lombardy region', its name tagged as an adjective; not 'the Kurdish
            # region', a people's)
            named = all(
                t.pos_ == "PROPN"
                or (
                    t.pos_ == "ADJ"
                    and t.is_title
                    and t.text not in self.lexicon.demonyms
                    and not ADJECTIVE_ENDING.search(t.lower_)
                )
                for t in mods
            )
            return _clean(self.doc[mods[0].i : noun.i].text) if named else None
        if self.lexicon.speaker_nouns.get(noun.lemma_.lower()) == "organization" and noun.is_lower:
            return _clean(self.doc[mods[0].i : noun.i + 1].text)
        return None

    def _common_body(self, prep: Token) -> str | None:
        """The body a role's preposition takes, named by common nouns alone, which no
        entity and no capital tells: 'a spokesperson for the fire service', 'head of
        the local chamber of commerce', 'of the island's power authority'. A body word
        alone ('the company') stands for one named before, and a state's own bodies
        (government, police, army) for its country: those are left to their rules."""
        noun = _pobj(prep)
        if noun is None or noun.pos_ not in {"NOUN", "PROPN"} or not noun.is_lower:
            return None
        lemma = noun.lemma_.lower()
        if self.lexicon.speaker_nouns.get(lemma) != "organization" and lemma != "staff":
            return None
        if lemma in STATE_BODY_NOUNS or lemma in self.lexicon.anaphoric_orgs:
            return None
        words = _own_modifiers(noun)
        if not words or not all(t.is_lower and t.is_alpha for t in words):
            return None
        end = noun.i
        of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        field = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if field is not None and field.is_lower and field.left_edge.i == field.i:
            end = field.i  # ('the local chamber of commerce')
        place = self._ent_at(field.i) if field is not None else None
        if place is not None and place.label_ == "GPE" and place.end - 1 == field.i:
            # ('the police department of nearby Cullinan': the place, not its modifier)
            return _clean(f"{self.doc[words[0].i : noun.i + 1].text} of {place.text}")
        return _clean(self.doc[words[0].i : end + 1].text)

    def _party_of_members(self, rest: list[Token]) -> str | None:
        """The party a preposition's group noun of its members names: 'from the Liberal
        Democrats' (a party of that name), 'of the Republicans' (Republican Party)."""
        words = [t for t in rest if t.pos_ == "PROPN" or t.is_title]
        if not words or words != rest[: len(words)] or len(words) > 3:
            return None
        party = PARTY_MEMBERS.get(words[-1].lower_)
        if party is None or words[-1].dep_ != "pobj":
            return None
        return _party_named_by_adjective(words) or party

    def _body_named_beside(self, prep: Token) -> str | None:
        """The name set beside a body's kind a preposition takes, which the recogniser
        did not read as a body's: 'from the gay rights group Stonewall Scotland' (a
        person's name to it)."""
        noun = _pobj(prep)
        if noun is None or self.lexicon.speaker_nouns.get(noun.lemma_.lower()) not in {
            "organization",
            "group",
        }:
            return None
        name = next((c for c in noun.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is None or name.ent_type_ in ORG_LABELS:
            return None  # (a body's entity has its own rules)
        words = [t for t in name.subtree if t.i >= name.left_edge.i and t.i <= name.i]
        if not all(t.pos_ == "PROPN" and t.is_title for t in words):
            return None
        return _clean(self.doc[words[0].i : name.i + 1].text)

    def _campuses(self, toks: list[Token]) -> list[Span]:
        """The organisations of a phrase, an institution and its place before a
        possessive made one: 'University of California, San Diego's chancellor'."""
        ents = self._ents_in(toks, ORG_LABELS)
        out: list[Span] = []
        for e in ents:
            prev = out[-1] if out else None
            owned = e[-1].tag_ == "POS" or (e.end < len(self.doc) and self.doc[e.end].tag_ == "POS")
            if (
                prev is not None
                and prev.label_ == "ORG"
                and e.label_ == "GPE"
                and e.start == prev.end + 1
                and self.doc[prev.end].text == ","
                and owned
            ):
                end = e.end - 1 if e[-1].tag_ == "POS" else e.end
                out[-1] = Span(self.doc, prev.start, end, label="ORG")
                continue
            out.append(e)
        return out

    def _office_holder(self, owner: Token, words: list[Token]) -> bool:
        """A possessor that is a single office in lower case, the phrase's only role
        noun before the possessive: "the mayor's spokeswoman" (not "the Department's
        Antitrust Division", after 'General in charge of')."""
        before = [t for t in words if t.i < owner.i]
        return (
            owner.pos_ == "NOUN"
            and owner.is_lower
            and self.lexicon.is_office(owner.lemma_.lower())
            and not any(self._role_noun(t) for t in before)
        )

    def _common_opening(self, word: Token, lead: list[Token]) -> bool:
        """A word of the dictionary opening the sentence and its role phrase, which
        only its place capitalises: 'Angry residents', 'Human rights groups' (not a
        name, a party or a nationality: 'Conservative MP', 'North of Scotland
        procurator fiscal', 'Anti-government protestors')."""
        return (
            not word.ent_type_
            and word.whitespace_ != ""
            and word.lower_ not in PARTY_WORDS
            and word.text not in self.lexicon.demonyms
            and all(t.is_lower for t in lead if t.i > word.i)
            and self.lexicon.describes(word)
        )

    def _titled_word(self, tok: Token) -> bool:
        return self.lexicon.titles(tok) or tok.lower_ in TITLE_OPENERS

    def _without_title(self, ent: Span) -> Span | None:
        """An organisation without the title the recogniser ran into it ('[Senate
        Minority Whip] Dick Durbin' -> Senate, 'DEA Acting Administrator' -> DEA), and
        none where it is only a portfolio before a title ('Interior Minister')."""
        # ('[Ex-BEA] boss', '[Retired FBI] agent': when the source served, not whom)
        tenure = 0
        while tenure < len(ent) - 1 and ent[tenure].lower_ in TENURE_PREFIXES:
            tenure += 2 if ent[tenure + 1].text == "-" and tenure < len(ent) - 2 else 1
        if tenure:
            ent = Span(self.doc, ent.start + tenure, ent.end, label=ent.label_)
        cut = next((n for n, t in enumerate(ent) if self._titled_word(t)), None)
        if cut is not None and self._opens_a_body_name(ent[cut:]):
            cut = None  # 'the State Department', 'the UN General Assembly': the name's word
        while cut and ent[cut - 1].is_title and ADJECTIVE_ENDING.search(ent[cut - 1].lower_):
            cut -= 1  # '[EPA Regional Administrator]': 'Regional' is the title's
        if cut == 0:
            return None  # '[Commanding General] of the U.S. Army …'
        if cut is not None:
            ent = Span(self.doc, ent.start, ent.start + cut, label=ent.label_)
        after = self.doc[ent.end] if ent.end < len(self.doc) else None
        if after is not None and self._titled_word(after):
            ent = self._without_portfolio(ent)
        portfolio = all(t.lower_ in OFFICE_DOMAINS for t in ent)
        if portfolio and after is not None and self._titled_word(after):
            return None
        return ent

    def _opens_a_body_name(self, rest: Span) -> bool:
        """Whether a title's word opens the name of a body, not a title: what follows it
        ends with an organisation's word and holds no role ('State Department', 'General
        Assembly', 'State Council', 'Georgia Voter Alliance'; not 'Regional
        Administrator', 'Minority Whip')."""
        people = self.lexicon.speaker_nouns
        return (
            len(rest) > 1
            and rest[-1].lower_ in self.lexicon.org_words
            # (people a body is of are no role: 'Georgia Voter Alliance')
            and not any(
                self._role_noun(t) and people.get(t.lemma_.lower()) not in {"anonymous", "group"}
                for t in rest
            )
        )

    def _without_portfolio(self, ent: Span) -> Span:
        """A country or body without the portfolio of the title after it, which the
        recogniser ran into it: '[British Home] Secretary' -> British, '[White House
        National Security] Advisor' -> White House."""
        k = len(ent)
        while k > 0 and ent[k - 1].is_title and ent[k - 1].lower_ in PORTFOLIO_WORDS - FORCE_WORDS:
            k -= 1
        if k == 0 or k == len(ent) or ent[k - 1].lower_ in NAME_JOINERS:
            return ent
        head = ent[:k]
        country = len(head) == 1 and self._country(head.text) != head.text
        # (not 'Brightwater Energy President': a company's name ends in such words)
        if not country and (len(ent) - k < 2 or ent[k].lower_ not in PORTFOLIO_OPENERS):
            return ent
        return Span(self.doc, ent.start, ent.start + k, label="NORP" if country else ent.label_)

    def _team_before_role(self, toks: list[Token], skip: set[int]) -> Span | None:
        """The team a position or a team's staff role serves, named by the capitalised
        words right before it and right after the phrase's opening ('Real Madrid coach
        Zinedine Zidane', 'Barcelona defender Gerard Pique', 'The Seattle Sounders
        coach'), as an organisation, however the recogniser tagged its words (a city,
        a person, nothing); None without such a role or such words."""
        if not skip:
            return None
        name = min(skip)
        role = self.doc[name - 1] if name > toks[0].i else None
        if role is None or not (role.is_lower and role.lower_ in SPORTS_ROLES):
            return None
        start = role.i
        while start > toks[0].i:
            prev = self.doc[start - 1]
            if not (prev.is_title or prev.is_upper) or not prev.is_alpha:
                break
            if self._titled_word(prev) or prev.lower_ in TENURE_WORDS | HONORIFICS:
                break  # ('Former Arsenal striker', 'assistant coach')
            start -= 1
        words = self.doc[start : role.i]
        opening = [t for t in toks if t.i < start and not (t.is_punct or t.pos_ == "DET")]
        if not words or opening:
            return None
        return Span(self.doc, start, role.i, label="ORG")

    def _unit_before_title(self, role: list[Token]) -> tuple[str | None, list[Token]]:
        """'fire service spokesman', 'police press officer', 'party chairman', 'study
        co-author': the common noun of an organisation or a document before a title
        is whom the source serves, not the title ('spokesman', 'press officer');
        (the organisation's words, or None for a document, and the title's words)."""
        titles = [n for n, t in enumerate(role) if self.lexicon.is_office(t.lemma_.lower())]
        if not titles or role[titles[-1]].lemma_.lower() in SEEKING_ROLES:
            return None, role  # 'council candidate': what the source seeks, not serves
        kinds = [self.lexicon.speaker_nouns.get(t.lemma_.lower()) for t in role[: titles[-1]]]
        last = max(
            (n for n, k in enumerate(kinds) if k in {"organization", "document"}), default=None
        )
        if last is None or role[last].pos_ != "NOUN" or any(t.pos_ == "PROPN" for t in role):
            return None, role
        if kinds[last] == "document" and role[last].lower_ in OFFICE_DOMAINS:
            # 'information minister': the office's domain, no document; its title's
            return None, role
        # ('acting party leader': the title's words before the organisation's)
        opening = 0
        while opening < last and role[opening].lower_ in self.lexicon.title_words:
            opening += 1
        unit = role[opening : last + 1]
        rest = role[:opening] + role[last + 1 :]
        if role[last].lower_ == "opposition":
            return None, role  # 'Opposition leader Jeremy Corbyn': a title of its own
        if kinds[last] != "organization" or role[last].lower_ == "government":
            return None, rest
        if len(unit) == 1 and unit[0].lemma_.lower() in self.lexicon.anaphoric_orgs:
            # 'Company meteorologist Evan Duffey': the company named before
            return self._earlier_org(unit[0].idx, noun=unit[0].lemma_.lower()) or unit[
                0
            ].lower_, rest
        if (
            len(unit) == 1
            and unit[0].lower_ in FORCE_WORDS
            and len(rest) == 1
            and rest[0].lemma_.lower() in FORCE_OFFICES
        ):
            # 'police chief Greg Allen', 'Police director …': an office of its own, whose
            # place is whom it serves (but a 'Police spokesman' speaks for the police)
            return None, role
        if len(unit) == 1:
            # 'County sheriff Kerry Lee', 'Republican committee member Doug Collins': the
            # county or committee named before; 'party president', the party the
            # article is about; else no body the reader can tell ('a hospital
            # spokesperson'), but the police
            word = unit[0]
            named = self._earlier_named(word)
            if named is None and word.lemma_.lower() == "party":
                named = self._article_party
            if named is None and word.lower_ in FORCE_WORDS:
                named = word.lower_
            return named, rest
        country = self.lexicon.demonyms.get(unit[0].text)
        if country and all(t.lower_ in STATE_UNITS for t in unit[1:]):
            return country, rest  # 'Somali parliament member': Somalia's
        return " ".join(t.lower_ for t in unit), rest

    @cached_property
    def _article_party(self) -> str | None:
        """The party the article names most ('Liberal Democrats'), for 'the party' and
        'party president' where no 'X Party' is named."""
        counts: dict[str, int] = {}
        for ent in self.ents:
            last = ent[-1].lower_
            if ent.label_ in {"ORG", "NORP"} and last in PARTY_NOUNS and len(ent) > 1:
                name = _clean(ent.text)
                if name:
                    counts[name] = counts.get(name, 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    def _earlier_named(self, word: Token) -> str | None:
        """The body a common noun such as 'county' or 'committee' stands for: the nearest
        one named before it with that word ('Lincoln County', 'House Judiciary
        Committee')."""
        for ent in reversed(self.ents[: bisect_left(self._ent_starts, word.i)]):
            if ent.label_ in {"GPE", "LOC", "ORG"} and any(
                t.lower_ == word.lower_ and t.is_title for t in ent
            ):
                lo = ent.start  # ('North Wales Fire and [Rescue Service]': the words cut off)
                while lo > 0:
                    prev, before = self.doc[lo - 1], self.doc[max(lo - 2, 0)]
                    if prev.is_title and prev.pos_ == "PROPN":
                        lo -= 1
                    elif lo > 1 and prev.lower_ in {"and", "&"} and before.is_title:
                        lo -= 2
                    else:
                        break
                if lo < ent.start:
                    ent = Span(self.doc, lo, ent.end, label=ent.label_)
                return self.place_name(ent)
        # a name the recogniser missed: 'the Commission on Presidential Debates'
        doc = self.doc
        for tok in reversed(doc[max(0, word.i - 400) : word.i]):
            if tok.lower_ != word.lower_ or not tok.is_title or tok.pos_ != "PROPN":
                continue
            lo = hi = tok.i
            while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].is_title:
                lo -= 1
            while hi + 2 < len(doc) and (
                (doc[hi + 1].pos_ == "PROPN" and doc[hi + 1].is_title)
                or (doc[hi + 1].lower_ in NAME_JOINERS and doc[hi + 2].is_title)
            ):
                hi += 1
            if doc[hi].lower_ in NAME_JOINERS:
                hi -= 1
            if hi > lo:
                return _clean(doc[lo : hi + 1].text)
        return None

    def _office_domain(self, toks: list[Token]) -> set[int]:
        """The words of 'of State', 'of Foreign Affairs', 'for Criminal Enforcement' after a
        title: what the office is of, written without an article, part of the title;
        a portfolio read as a body right before a title ('Constitutional Affairs
        secretary'); and the capitalised 'in Charge' of 'Special Agent in Charge'."""
        out: set[int] = set()
        inside = {t.i for t in toks}
        for ent in self._ents_in(toks, {"ORG"}):
            after = self.doc[ent.end] if ent.end < len(self.doc) else None
            if (
                ent[-1].lower_ == "affairs"  # (not 'Brightwater Energy President')
                and not any(t.lower_ == "of" for t in ent)  # ('Department of … Affairs')
                and after is not None
                and after.i in inside
                and self.lexicon.titles(after)
            ):
                # 'Shadow Constitutional Affairs secretary': the portfolio before the
                # title, which the recogniser took for a body
                out |= {t.i for t in ent}
        for tok in toks:
            charge = tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].text == "Charge"
            if tok.lower_ == "in" and charge and tok.i and self.lexicon.titles(self.doc[tok.i - 1]):
                out |= {tok.i, tok.i + 1}
                continue
            if tok.lower_ not in {"of", "for"} or tok.i == 0 or tok.i - 1 not in inside:
                continue
            before = self.doc[tok.i - 1]
            titled = self.lexicon.titles(before)
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            domain = self._domain_before_name(tok, pobj) if titled else []
            if domain:
                # 'Minister of Information Moammar al-Eryani': the parser made the name
                # the object of 'of', the portfolio its compounds
                out |= {tok.i, *(t.i for t in domain)}
                continue
            if not titled or pobj is None or pobj.lemma_.lower() not in OFFICE_DOMAINS:
                continue
            words = sorted(pobj.subtree, key=lambda t: t.i)
            if any(t.dep_ in {"det", "poss"} or t.i not in inside for t in words):
                continue  # 'the head of the state's police': an organisation's
            if [t.i for t in words] != list(range(tok.i + 1, pobj.i + 1)):
                continue
            out |= {tok.i, *(t.i for t in words)}
        return out

    def _domain_before_name(self, of: Token, pobj: Token | None) -> list[Token]:
        """The capitalised words between 'of' and a person's name that is the object of
        'of' ('of [National Intelligence] Dan Coats'), when they name an office's domain."""
        if pobj is None or pobj.ent_type_ != "PERSON":
            return []
        ent = self._ent_at(pobj.i)
        if ent is None or ent.label_ != "PERSON" or ent.start <= of.i + 1:
            return []
        words = list(self.doc[of.i + 1 : ent.start])
        if not all(t.is_title and t.dep_ == "compound" and t.head.i == pobj.i for t in words):
            return []
        return words if words[-1].lower_ in OFFICE_DOMAINS else []

    def _possessive(self, ent: Span) -> int | None:
        """Where an entity's possessive 's stands: its own last token (the recogniser's
        "Angela Merkel's") or the token after it."""
        if ent[-1].tag_ == "POS":
            return ent.end - 1
        if ent.end < len(self.doc) and self.doc[ent.end].tag_ == "POS":
            return ent.end
        return None

    def _national_office(self, role: list[Token], orgs: list[Span]) -> Span | None:
        """The country that names an office with its title ('U.S. Attorney', 'United
        States Marshal'), written right before it."""
        if not role or role[-1].lower_ not in NATIONAL_OFFICES:
            return None
        # ('Acting U.S. Attorney': after the words that say how the office is held)
        held = TENURE_WORDS | {"former", "acting", "interim"}
        opens = [t.i for t in role if not (_modifies(t) or t.lower_ in held)][:1]
        return next((e for e in orgs if e.label_ == "GPE" and e.end in {role[0].i, *opens}), None)

    def _joins_people(self, tok: Token) -> bool:
        """'and' between two people, each with a title or unit ('Raman of the Criminal
        Division and U.S. Attorney Richard S. Hartunian')."""
        comma = tok.text == ","
        if not (tok.pos_ == "CCONJ" or comma) or tok.i == 0:
            return False
        if not comma and self.doc[tok.i - 1].ent_type_ == "PERSON":
            return True
        if not comma and self._titles_of_one(tok):
            return False  # 'PG&E President and CEO Andy Vesey': two titles of one person
        # 'A of X, B of Y, and C': a comma before another titled person ('…, U.S.
        # Attorney Richard S. Hartunian'), not before the source's own name ('…'s
        # editorial director, Rachel Giese')
        after = self.doc[tok.i + 1 : tok.i + 14]
        if comma and after and after[0].pos_ == "CCONJ":
            after = after[1:]
        titled = False
        for nxt in after:
            if nxt.text in {".", "!", "?"} or nxt.is_quote:
                return False  # ('… of the FBI in Oregon. "Harold James Nicholson …')
            if comma and titled and nxt.text in {",", ";"}:
                # 'A, United States Attorney for X, B, …': the title set off by commas
                # after a name is that name's, not the next person's
                return False
            if nxt.ent_type_ == "PERSON":
                return titled
            titled = titled or self._names_people(nxt)
            if not (
                nxt.is_title
                or nxt.is_upper
                or nxt.is_punct
                or nxt.lower_ in TITLE_JOINERS
                or nxt.lower_ == "and"  # 'Immigration and Customs Enforcement (ICE) Director …'
            ):
                return False
        return False

    def _titles_of_one(self, tok: Token) -> bool:
        """'and' between two titles of one person, the second set right before the name:
        'President and CEO Andy Vesey', 'founder and director Jane Doe'; no person is
        named before it, and the second is no office of a state ('Conservative Party
        leader and Prime Minister Boris Johnson' leads a party and a state)."""
        prev = self.doc[tok.i - 1]
        if not self.lexicon.is_office(prev.lemma_.lower()):
            return False
        second: list[Token] = []
        for nxt in self.doc[tok.i + 1 : tok.i + 5]:
            if nxt.ent_type_ == "PERSON" and second:
                break
            if not self.lexicon.titles(nxt):
                return False
            second.append(nxt)
        else:
            return False
        if any(t.lemma_.lower() in STATE_TITLES or t.lemma_.lower() in STATE_ROLES for t in second):
            return False
        i = tok.i - 1
        while i >= 0 and not self.doc[i + 1].is_sent_start:
            before = self.doc[i]
            if before.pos_ in {"VERB", "AUX"}:
                break
            if before.ent_type_ == "PERSON":
                return False
            i -= 1
        return True

    def _title_read_as_name(self, ent: Span, source: set[int]) -> bool:
        """A 'person' that ends in a title right before the source's own name is the
        name's title the recogniser took for a name ('Kamloops RCMP Constable Gary
        Gray'); no one is titled by another person's name without a possessive."""
        return (
            bool(source)
            and ent.end == min(source)
            and ent[-1].tag_ != "POS"
            and self.lexicon.is_office(ent[-1].lemma_.lower())
        )

    def _names_a_side(self, ent: Span, source: set[int]) -> bool:
        """A one-word 'person' right before the role noun of the source's own name
        names whom the source works for: no one is titled by another person's name
        without a possessive ('Wynnum coach Matt Myers', 'Caloundra half back …')."""
        after = ent.end
        if len(ent) != 1 or ent[-1].tag_ == "POS" or after >= len(self.doc):
            return False
        nxt = self.doc[after]

        def titling(t: Token) -> bool:  # ('Twitter CEO Jack Dorsey': a title in capitals)
            return t.is_lower or self._role_noun(t)

        return (
            nxt.tag_ != "POS"
            and titling(nxt)
            and self._role_noun(nxt)
            and any(i > after for i in source)
            and all(t.i in source or titling(t) for t in self.doc[after : max(source) + 1])
        )

    def _affiliation(self, orgs: list[Span], role: list[Token]) -> str | None:
        """The organisation a role serves: the possessor of the role ('Daily Xtra's
        director'), else the one it is of, for or at, else the first named."""
        if not orgs:
            return None
        role_ids = {t.i for t in role}

        def rank(e: Span) -> tuple[int, int]:
            mark = self._possessive(e)  # (the recogniser may take the 's in)
            possessor = mark is not None and mark + 1 in role_ids
            if mark is not None and not possessor:
                # 'International Astronomical Union's Minor Planet Center's Gareth
                # Williams': of possessors in a row, the nearest the name serves
                return (2, -e.start)
            return (0 if possessor else 1, e.start)

        best = min(orgs, key=rank)
        return self._state_body(best) or self.place_name(best)

    def _state_body(self, ent: Span) -> str | None:
        """'spokesman for the U.S. military', 'for the Indonesian military': the body a
        role serves, of which the country is only the modifier."""
        root = ent.root
        body = root.head
        if (
            ent.label_ not in {"GPE", "NORP"}
            or root.dep_ not in {"compound", "amod", "nmod"}
            or body.i != ent.end
            or body.lower_ not in STATE_BODIES
            or body.dep_ != "pobj"
            or body.head.lower_ not in {"for", "of", "with"}
        ):
            return None
        return _clean(self.doc[ent.start : body.i + 1].text)

    def place_name(self, ent: Span) -> str | None:
        """An organisation or country as a name: acronyms spelled out, a
        nationality as its country ('French' -> France), no bracketed tail, and
        the capitalised words the recogniser left off ('Scripps Oceanography')."""
        end = ent.end
        doc = self.doc
        while ent.label_ == "ORG" and end < len(doc):
            tok = doc[end]
            if tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_:
                if self._role_noun(tok) or self._titled_word(tok):
                    break  # ('Senate Minority Whip', 'DEA Acting Administrator')
                if tok.lower_.rstrip(".") in HONORIFICS:
                    break  # ('Director of Medical Service Dr. James Nyikal')
                nxt = doc[end + 1] if end + 1 < len(doc) else None
                if tok.lower_ in OFFICE_DOMAINS and nxt is not None and self._titled_word(nxt):
                    break  # ('White House Press Secretary': the title's portfolio)
                if (
                    ent[-1].lower_ in self.lexicon.org_words
                    and nxt is not None
                    and (self._titled_word(nxt) or self._role_noun(nxt))
                ):
                    break  # ('World Health Organization Country Director': the title's)
                end += 1
            elif self._joins_a_name(tok):
                end += 2
            else:
                break
        if ent.label_ == "ORG":
            end = self._campus(ent.start, self._name_goes_on(end))
        start = ent.start
        own = next(
            (t.i for t in doc[ent.start + 1 : end] if t.tag_ == "POS" and not _named_with_its(t)),
            None,
        )
        if own is not None:
            tail = doc[own + 1 : end]
            if tail and not any(self._role_noun(t) or self._titled_word(t) for t in tail):
                start = own + 1  # "the Justice Department's Civil Rights Division": the unit
            else:  # "the Antitrust Division's Deputy Assistant" -> the Division
                end = own
        while end - 1 > start and self._role_noun(doc[end - 1]):
            end -= 1  # 'Republican Assemblywoman' -> Republican
        if (
            ent.label_ == "ORG"
            and end - start > 2
            and self._title_word_taken_in(doc[end - 2], doc[end - 1 : end])
        ):
            end -= 1  # '[World Health Organization Country] Director': the title's word
        text = doc[start:end].text.split("(")[0].strip()
        if ent.label_ == "NORP":
            if text.lower() in PARTY_NAMES:  # 'Democratic nominee' -> Democratic Party
                return PARTY_NAMES[text.lower()]
            return self.lexicon.demonyms.get(text, _clean(text))
        if text in self.lexicon.demonyms and doc[start].tag_ == "JJ":
            return self.lexicon.demonyms[text]  # '[Ukrainian]GPE officials': the country
        return self.org_name(_clean(text))

    def _campus(self, start: int, end: int) -> int:
        """Where a university's name ends that a comma and its campus's city close
        ('University of California, Los Angeles'; not a country, 'University of
        Sydney, Australia')."""
        doc = self.doc
        words = [t.lower_ for t in doc[start:end] if t.pos_ != "DET"]
        if words[:2] != ["university", "of"] or end + 1 >= len(doc) or doc[end].text != ",":
            return end
        city = self._ent_at(end + 1)
        if city is None or city.label_ != "GPE" or city.start != end + 1:
            return end
        return end if self._names_a_country(city.text) else city.end

    def _title_word_taken_in(self, body: Token, rest: Span) -> bool:
        """Whether the one capitalised word ``rest`` after a name's head noun ``body``
        opens the title that follows, which the recogniser took into the name ('[World
        Health Organization Country] Director'; not 'Temple University Japan',
        'International Monetary Fund')."""
        doc = self.doc
        if len(rest) != 1 or rest.end >= len(doc) or body.lower_ not in NAME_HEADS:
            return False
        word, after = rest[0], doc[rest.end]
        return (
            word.tag_ == "NNP"
            and word.lower_ not in self.lexicon.org_words
            and not self._names_a_country(word.text)
            and (self._titled_word(after) or self._role_noun(after))
        )

    def _joins_a_name(self, tok: Token) -> bool:
        """A word that joins the next capitalised word to an organisation's name: a
        dash inside it ('Harvard–Smithsonian Center'), or 'and' ('National Institute of
        Allergy and Infectious Diseases', not 'X Union and Legal Aid Society', two)."""
        doc = self.doc
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None or not nxt.is_title or nxt.pos_ != "PROPN" or tok.i == 0:
            return False
        if tok.text in {"-", "–"}:
            return not doc[tok.i - 1].whitespace_ and not tok.whitespace_
        return tok.lower_ in {"and", "&"} and not self._joins_people(tok) and not nxt.ent_type_

    def _name_goes_on(self, end: int) -> int:
        """Where an organisation's name ends whose last word heads one ('Joint Council',
        'Center') and whose 'for' or 'of' part the recogniser cut off: 'Joint Council
        for the Welfare of Immigrants', 'Center for Astrophysics'."""
        doc = self.doc
        if end + 1 >= len(doc) or end == 0:
            return end
        last, prep = doc[end - 1], doc[end]
        if not (last.is_title and last.lower_ in self.lexicon.org_words):
            return end
        if prep.lower_ not in {"for", "of", "on"}:
            return end
        j = end + 1
        if doc[j].lower_ == "the":
            j += 1
        stop = None
        while j < len(doc):
            tok = doc[j]
            if tok.ent_iob_ == "B" and tok.ent_type_ == "ORG" and stop is not None:
                break  # ('… Union of Montana and Native American Rights Fund': another)
            if tok.is_title and tok.pos_ == "PROPN" and tok.ent_type_ not in {"PERSON", "GPE"}:
                j += 1
                stop = j
            elif tok.lower_ in {"of", "and", "for", "the"} and j > end + 1:
                j += 1
            else:
                break
        return end if stop is None else stop

    def _appositive_name(self, toks: list[Token]) -> Span | None:
        """A name the recogniser missed, set after a role: '…'s chancellor, Pradeep
        Khosla' (two or three capitalised words closing the phrase after a comma)."""
        words = [t for t in toks if not t.is_space]
        run = []
        for tok in reversed(words):
            if tok.pos_ == "PROPN" and tok.is_title and not self._role_noun(tok):
                run.insert(0, tok)
                continue
            break
        if not 2 <= len(run) <= 3 or run[0].i < 2:
            return None
        comma = self.doc[run[0].i - 1]
        # the role before the comma: 'chancellor, Pradeep Khosla', 'The mayor of
        # Birkholz, Uwe Köhler'
        before = [t for t in words if t.i < comma.i]
        role = next((t for t in before if t.dep_ != "pobj" and self._role_noun(t)), None)
        if comma.text != "," or role is None:
            return None
        return Span(self.doc, run[0].i, run[-1].i + 1, label="PERSON")

    def _after_preposition(self, tok: Token, first: Token) -> bool:
        """The name at ``tok`` is whom the role serves ('an adviser to Mr Abe', 'a
        spokesman for President Duterte'), past its article, honorific and titles."""
        ent = self._ent_at(tok.i)
        ent_start = ent.start if ent is not None and ent.label_ == "PERSON" else tok.i
        # (a word set before the name only by its place is what the role is for:
        # 'Minister for the Olympics Tessa Jowell')
        before = self._before_titles(ent_start, first, by_place=False)
        return before is not None and before.lower_ in SERVING

    def _before_titles(self, start: int, first: Token, by_place: bool) -> Token | None:
        """The word before a name at ``start`` past its articles, honorifics and titles,
        or None when they run back to ``first``, the phrase's first word.
        ``by_place=False``: a word that titles a name only by standing right before it
        is no title there."""
        i = start - 1
        while i > first.i and (
            self.doc[i].pos_ == "DET"
            or self._titling(self.doc[i], by_place=by_place or i + 1 < start)
        ):
            i -= 1
        return self.doc[i] if i >= first.i else None

    def _first_named(self, toks: list[Token]) -> Span | None:
        """A name the recogniser missed or mislabelled, known by its first name:
        'The Native American Rights Fund's Jacqueline De León', 'his wife Bernadette';
        or set after a role (:meth:`_appositive_name`)."""
        named = self._appositive_name(toks) or self._called(toks)
        if named is not None:
            return None if self._after_preposition(named[0], toks[0]) else named
        names = self.lexicon.first_names
        for n, tok in enumerate(toks):
            # (not 'India' or 'Sydney', places the recogniser named as such)
            if tok.text in names and tok.pos_ == "PROPN" and tok.ent_type_ not in PLACE_LABELS:
                if self._after_preposition(tok, toks[0]):
                    continue  # 'a spokesman for Shinzo Abe': whom the source speaks for
                run = [tok]
                for nxt in toks[n + 1 :]:
                    # ('Don O’Keefe', whose surname the tagger took for a verb)
                    if nxt.pos_ != "PROPN" and not (nxt.is_title and NAME_WORD.fullmatch(nxt.text)):
                        break
                    run.append(nxt)
                if len(run) == 1 and n and toks[n - 1].lower_ in LOCATING:
                    continue  # 'Police in Kent': a place, though a first name
                if len(run) == 1 and n and toks[n - 1].lower_ in {"the", "a", "an"}:
                    continue  # 'The Prince said': a title after an article, no given name
                ent = self._ent_at(tok.i)
                if (
                    ent is not None
                    and ent.label_ == "ORG"
                    and ent[-1].lower_ in self.lexicon.org_words
                ):
                    continue  # 'a spokesman at Kent State University': a body's name
                if ent is not None and self._inside_a_body_name(tok, ent):
                    # 'Bank of America', 'the University of Virginia', 'Morgan Stanley':
                    # a given name inside a body's name, which the recogniser gave whole
                    continue
                named = self._ent_at(tok.i + 1) if tok.i + 1 < len(self.doc) else None
                if (
                    self.lexicon.speaker_nouns.get(tok.lower_) == "organization"
                    and named is not None
                    and named.label_ == "ORG"
                    and named.start == tok.i + 1
                ):
                    continue  # 'Charity Oxfam': what the organisation after it is
                after = self.doc[run[-1].i + 1] if run[-1].i < toks[-1].i else None
                # the name closes the phrase, or its affiliation follows ('Isabel of
                # Las Burbujas Recargadas')
                described = after is not None and after.text == "," and len(run) >= 2
                if (
                    after is None
                    or (after.pos_ == "ADP" and after.lower_ in AFFILIATING)
                    or described  # 'Alexis Boon, the head of …'
                ):
                    return Span(self.doc, run[0].i, run[-1].i + 1, label="PERSON")
        return None

    def _inside_a_body_name(self, tok: Token, ent: Span) -> bool:
        """A given name inside an organisation's name, after a small word ('Bank of
        America') or after one other name ('Morgan Stanley'); not a person's name the
        recogniser mislabelled, which opens its span ('[Jacqueline De León]ORG') or
        follows a role ('[… presidential nominee Gloria La Riva]ORG')."""
        if ent.label_ not in {"ORG", "FAC"} or ent.start >= tok.i:
            return False
        before = self.doc[tok.i - 1]
        if before.pos_ in {"ADP", "DET", "CCONJ"}:
            return True
        return (
            len(ent) == 2
            and before.is_title
            and not self.lexicon.titles(before)
            and before.lower_ not in NAME_PARTICLES  # ('[La Riva]ORG': a surname)
        )

    def _called(self, toks: list[Token]) -> Span | None:
        """'A university student named Wong': the name a role is given by 'named' or
        'called', one to three capitalised proper nouns closing the phrase."""
        for n, tok in enumerate(toks[1:-1], 1):
            if tok.lower_ not in {"named", "called"} or toks[n - 1].pos_ not in {"NOUN", "PROPN"}:
                continue
            run = toks[n + 1 :]
            if 1 <= len(run) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in run):
                return Span(self.doc, run[0].i, run[-1].i + 1, label="PERSON")
        return None

    def _without_roles(self, ent: Span) -> Span:
        """'Immunologist Kristian Andersen' -> 'Kristian Andersen': a role word the
        recogniser took into the name is not part of it."""
        start = ent.start
        while (
            start < ent.end - 1
            and not self._hyphened_name(start)
            and (
                self.lexicon.speaker_nouns.get(self.doc[start].lower_)
                in {"title", "anonymous", "media"}  # 'Broadcaster Piers Morgan'
                or self.doc[start].lower_.rstrip(".") in HONORIFICS
                or self.doc[start].lower_ in self.lexicon.title_words
                or not (self.doc[start].text[:1].isupper() or self._particle(start))
            )
        ):
            start += 1
        return self.doc[start : ent.end]

    def _hyphened_name(self, i: int) -> bool:
        """A capitalised word joined by a hyphen to a syllable in lower case, a given
        name ('Man-kei Tam'), not a role word however it reads alone ('man')."""
        return (
            syllable_joined(self.doc, i) and self.doc[i + 2].lower_ not in self.lexicon.title_words
        )

    def _particle(self, i: int) -> bool:
        """A small word that opens a surname ('al-Sadr', 'van Dam'), not a role."""
        return self.doc[i].lower_ in NAME_PARTICLES

    def _handle(self, toks: list[Token]) -> SourceFields | None:
        """A social media handle names its holder: '@xaxo6v', 'Twitter user
        @2Twenty3' (the handle is the name); beside a name the recogniser found
        ('Jonathan Sanchez @Maskus') the name is the person's."""
        handles = [t for t in toks if HANDLE.fullmatch(t.text)]
        if len(toks) == 1 and handle_like(toks[0].text) and not toks[0].ent_type_:
            handles = toks  # 'Larbi_org' written without its '@'
        if not handles:
            return None
        people = self._ents_in(toks, {"PERSON"})
        if people:
            own = [t for t in self._without_roles(people[0]) if t not in handles]
            if own:
                name = _clean(" ".join(t.text for t in own))
                skip = {t.i for t in people[0]} | {handles[0].i}
                title, affiliation = self._role(toks, skip)
                return SourceFields(name, title, affiliation, "named_person")
        title, affiliation = self._role(toks, {handles[0].i})
        return SourceFields(handles[0].text, title, affiliation, "named_person")

    def _site(self, toks: list[Token], head: Token) -> SourceFields | None:
        """A named blog or website with no named author is an organisation named after
        the site ('Polish blog Tierra Incognita', 'the website Mega Nao'); one given
        with its author ('Blog B, written by A') is left to the document rules, and
        a person's blog is their affiliation ('A, the writer of the blog B')."""
        site = next((t for t in toks if t.lemma_.lower() in SITE_NOUNS and t.pos_ == "NOUN"), None)
        if site is None or any(t.lower_ in {"by", "written", "authored"} for t in toks):
            return None
        if site.i != head.i and site.head.i != head.i:
            return None
        name: list[Token] = []
        for tok in toks:
            if tok.i <= site.i or tok.is_space:
                continue
            if not (tok.text[:1].isupper() or tok.text[:1].isdigit() or tok.text == "!"):
                break
            name.append(tok)
        if not name:
            return None
        text = _clean(self.text[name[0].idx : name[-1].idx + len(name[-1].text)])
        return SourceFields(text, None, None, "named_organization")

    def _of_a_site(self, toks: list[Token], head: Token) -> SourceFields | None:
        """A name tied to a blog or site ('Camerini, from blog Transbrasil', 'Jo of the
        blog Jo's Department'): a person, the site their affiliation (the guide's
        "Blog as affiliation"), whatever the recogniser labelled either."""
        site = next(
            (
                t
                for t in toks
                if t.lemma_.lower() in SITE_NOUNS
                and t.i > head.i
                and any(a.lower_ in {"from", "of", "at", "on", "in"} for a in t.head.ancestors)
            ),
            None,
        )
        if site is None or head.pos_ != "PROPN":
            return None
        between = [t for t in toks if head.i < t.i < site.i]
        if any(self._role_noun(t) for t in between if t.head.i != site.i):
            return None  # 'A, the writer of the aviation history blog B': the role rules
        name = [t for t in toks if t.i <= head.i and t.pos_ != "DET"]
        after = [t for t in toks if t.i > site.i and (t.pos_ == "PROPN" or t.text[:1].isupper())]
        if not name or not after:
            return None
        spoken = _clean(self.text[name[0].idx : head.idx + len(head.text)])
        affiliation = _clean(self.text[after[0].idx : after[-1].idx + len(after[-1].text)])
        return SourceFields(spoken, None, affiliation, "named_person")

    def _role_and_name(self, toks: list[Token]) -> SourceFields | None:
        """A role noun and the capitalised name after it that the recogniser left alone:
        a pen name ('the blogger ZDistrict', 'Commenter Another Me'); an initial for a
        name withholds it ('my friend A')."""
        words = [t for t in toks if not (t.is_punct or t.is_space) and t.pos_ != "DET"]
        words = [t for t in words if t.tag_ != "PRP$"]
        if len(words) < 2 or any(t.ent_type_ for t in words):
            return None
        role = words[0]
        kind = self.lexicon.speaker_nouns.get(role.lemma_.lower())
        rest = words[1:]
        if kind not in {"anonymous", "title"} or not all(t.text[:1].isupper() for t in rest):
            return None
        if len(rest) == 1 and len(rest[0].text) == 1 and rest[0].text != "I":
            return SourceFields(None, role.lower_, None, "anonymous_source")
        name = _clean(" ".join(t.text for t in rest))
        return SourceFields(name, role.lower_, None, "named_person") if len(rest) <= 3 else None

    def _names_people(self, tok: Token) -> bool:
        """A role noun, also capitalised in a name ('Trial Attorneys')."""
        word = tok.lower_
        singular = word[:-1] if word.endswith("s") and len(word) > 3 else word
        return self._role_noun(tok) or self.lexicon.speaker_nouns.get(singular) in PEOPLE_KINDS

    def _with_given_names(self, ent: Span, toks: list[Token]) -> Span:
        """'Mayor of London [Sadiq] [Khan]PERSON': the capitalised names before a
        person's name that the recogniser left out of it (no role, place or title)."""
        ids = {t.i for t in toks}
        start = ent.start
        while start - 1 in ids and ent.start - start < 2:
            tok = self.doc[start - 1]
            if not (
                tok.pos_ == "PROPN"
                and tok.is_title
                and tok.is_alpha
                and not tok.ent_type_
                and tok.dep_ == "compound"
                and tok.head.i in range(ent.start, ent.end)
                and tok.lower_ not in self.lexicon.title_words
                and tok.lower_ not in STYLED_TITLES  # 'Prince [Charles]', 'Queen [Elizabeth]'
                and tok.text not in self.lexicon.demonyms  # 'Bahraini Mahmood Al Yousif'
                and not (tok.i and self.doc[tok.i - 1].pos_ == "ADP")  # 'Agent in Charge'
                and not self._role_noun(tok)
                # 'Podcaster [Spike Cohen]', 'Supreme Court Justice [Elena Kagan]': a
                # name the recogniser gave whole takes no more words, but a given name
                and (len(ent) < 2 or tok.text in self.lexicon.first_names)
            ):
                break
            start -= 1
        return ent if start == ent.start else Span(self.doc, start, ent.end, label="PERSON")

    def _role_noun(self, tok: Token, by_place: bool = True) -> bool:
        """Whether ``tok`` is a noun of a role; ``by_place=False`` leaves out a capitalised
        word that is one only by standing right before a full name."""
        if tok.is_lower and tok.lower_ in SPORTS_ROLES:
            return True  # ('Barcelona defender Gerard Pique', 'defender' tagged a verb)
        if tok.lower_ in PARTY_WORDS and tok.is_title:
            return False  # 'Conservative MP': a party's MP ('Conservatives' are a group)
        lemma = tok.lemma_.lower()
        kind = self.lexicon.speaker_nouns.get(lemma)
        if kind == "group" and tok.is_title and tok.ent_type_ == "ORG":
            return False  # 'the Korean Institute for Defense Analyses': a name's word
        if kind in PEOPLE_KINDS:
            return True
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if self.lexicon.speaker_nouns.get(lemma) == "media" and nxt is not None:
            return nxt.ent_type_ == "PERSON"  # 'Broadcaster Piers Morgan'
        if tok.is_upper and len(tok.text) > 1 and lemma not in self.lexicon.title_words:
            return False  # 'ICE Director': an organisation's initials ('CEO' is a title)
        if tok.pos_ == "PROPN" and not tok.is_upper and tok.lower_.endswith(ROLE_SUFFIXES):
            return True  # 'Ecologist Ryan Norris', 'Assemblywoman Selena Torres'
        if by_place and self._word_before_full_name(tok):
            return True  # 'Podcaster Spike Cohen', 'Supreme Court Justice Elena Kagan'
        if tok.pos_ == "ADJ" and tok.is_lower and tok.lower_.endswith(("ologist", "ician")):
            return True  # 'ecologist Chip Taylor', tagged as an adjective
        return tok.pos_ == "NOUN" and lemma not in self.lexicon.speaker_nouns

    def _word_before_full_name(self, tok: Token) -> bool:
        """A capitalised word, no given name, right before a name the recogniser gave
        whole (a given name and a surname): a role set before it ('Podcaster Spike
        Cohen'), however it was tagged."""
        if tok.i + 1 >= len(tok.doc) or tok.ent_type_:
            return False
        ent = self._ent_at(tok.i + 1)
        return (
            ent is not None
            and ent.label_ == "PERSON"
            and ent.start == tok.i + 1
            and len(ent) >= 2
            and tok.pos_ == "PROPN"
            and tok.is_title
            and tok.is_alpha
            and tok.text not in self.lexicon.first_names
            and tok.text not in self.lexicon.demonyms
            and tok.lower_ not in PARTY_WORDS
            and tok.lower_.rstrip(".") not in HONORIFICS  # 'Dr Meerjady Sabrina Flora'
            and ent[0].lower_ not in NAME_PARTICLES  # 'Mahmood [Al Yousif]': a given name
            and not (tok.i and tok.doc[tok.i - 1].pos_ == "ADP")  # 'Minister of Information'
        )

    # -- across the article ------------------------------------------------------

    @cached_property
    def acronyms(self) -> dict[str, str]:
        """'Syrian Democratic Forces (SDF)': SDF -> Syrian Democratic Forces."""
        out: dict[str, str] = {}
        for m in ACRONYM.finditer(self.text):
            long, short = m.group(1), m.group(2)
            words = [w for w in re.split(r"[\s-]+", long) if w[:1].isupper() or w == "&"]
            initials = "".join(w[0] for w in words if w != "&").upper()
            letters = short.replace("&", "").replace(".", "").upper()
            fits = initials.startswith(letters) or initials.endswith(letters)
            first = 0 if initials.startswith(letters) else len(words) - len(letters)
            if not fits and letters:
                # 'Transport for London (TfL)': the small words count; 'Federal Security
                # Service (FSB)', 'Reporters Without Borders (RSF)': initials of the name
                # in another language, which open with the same letter
                every = [w for w in re.split(r"[\s-]+", long) if w and w != "&"]
                spelled = "".join(w[0] for w in every).upper()
                opening = [
                    n
                    for n, w in enumerate(words)
                    if w[0].upper() == letters[0] and 2 <= len(words) - n <= len(letters) + 1
                ]
                if spelled.endswith(letters) and letters != letters.lower():
                    words, first, fits = every, len(every) - len(letters), True
                elif opening and short.isupper() and len(letters) >= 3:
                    first, fits = opening[-1], True
                elif short.isupper() and len(letters) >= 3 and len(words) >= len(letters) - 1:
                    # 'the Argentine Forensic Anthropology Team (EAAF)': initials of the
                    # name in another language, in another order; the brackets say it
                    first, fits = max(0, len(words) - len(letters)), True
            if letters and fits and letters not in out:
                # the words the initials stand for, from the first initial on
                start = long.find(words[first])
                # 'Department of Health and Human Services (HHS)': the initials leave out
                # the office the name is of, which is still its full form
                office = OFFICE_OF.search(long[:start])
                if office is not None:
                    start = office.start()
                out[short] = _clean(long[start:]) or long
        return out

    def org_name(self, name: str | None) -> str | None:
        """The fullest form the article gives an organisation: acronyms spelled out,
        'Ford' -> 'Ford Motor Company' where the article names it so."""
        if not name:
            return name
        if name not in self._org_names:
            self._org_names[name] = self._fullest_org(name)
        return self._org_names[name]

    def _fullest_org(self, name: str) -> str | None:
        dateline = DATELINE.match(name)
        if dateline is not None:  # 'WASHINGTON - The Department of Justice'
            name = _clean(name[dateline.end() :]) or name
        if name in self.acronyms:
            return self.acronyms[name]
        department = self._departments.get(name)
        if department is not None:  # 'Justice Department' -> 'Department of Justice'
            return department
        if name.isupper() and 2 <= len(name) <= 5:  # 'AU' -> African Union
            spelled = self._org_initials.get(name)
            if spelled:
                return spelled
        if name.isupper() and name.isalpha() and 3 <= len(name) <= 6:
            spelled = self._spelled_in_text(name)
            if spelled:  # 'ABHM' -> 'Akhil Bharat Hindu Mahasabha', whatever its labels
                return spelled
        lower = name.lower()
        common = lower in self.lexicon.org_words or (
            self.lexicon.speaker_nouns.get(lower) == "organization"
        )
        if " " not in name and common and name in self._org_suffixes:
            return self._org_suffixes[name]  # 'Society' -> the Royal Pharmaceutical Society
        country, _, party = name.partition(" ")
        if country in COUNTRY_ALIASES and party.endswith(" Party"):
            return party  # 'the U.S. Constitution Party': the country word describes it
        if name not in self._place_names:
            longer = self._org_prefixes.get(name)
            if longer:
                return longer
        return self._acronyms_spelled(name)

    @cached_property
    def _place_names(self) -> frozenset[str]:
        """The names the recogniser gives as states or cities somewhere in the article:
        one is no opening of an organisation's name ('the mayor of London' speaks for
        London, not for the London Ambulance Service; a region may be a company's short
        name: 'Midwest' for Midwest Airlines)."""
        return frozenset(e.text for e in self.ents if e.label_ == "GPE")

    def _spelled_in_text(self, acronym: str) -> str | None:
        """The first run of capitalised words in the article whose initials are
        ``acronym``, one word a letter: what the recogniser did not name as one body."""
        n = len(acronym)
        doc = self.doc
        for tok in doc:
            if tok.text[:1] != acronym[0] or tok.i + n > len(doc):
                continue
            run = doc[tok.i : tok.i + n]
            if (
                all(t.is_alpha and t.is_title for t in run)
                and "".join(t.text[0] for t in run) == acronym
            ):
                before = doc[tok.i - 1] if tok.i else None
                after = doc[tok.i + n] if tok.i + n < len(doc) else None
                # (the whole run of capitals, no more, no less)
                if before is not None and before.is_title and before.is_alpha:
                    continue
                if after is not None and after.is_title and after.is_alpha:
                    continue
                return run.text
        return None

    def _acronyms_spelled(self, name: str) -> str:
        """'IRS Criminal Investigation' -> 'Internal Revenue Service Criminal
        Investigation', 'Kamloops RCMP': an acronym inside a longer name in the full
        form the article spells out."""
        words = name.split(" ")
        if len(words) < 2:
            return name
        spelled = [self._spelled_acronym(w) or w for w in words]
        return " ".join(spelled)

    def _spelled_acronym(self, word: str) -> str | None:
        if not (word.isupper() and 2 <= len(word) <= 6) or word in COUNTRY_ALIASES:
            return None  # not 'US' -> 'US Senate'
        if word in self.acronyms:
            return self.acronyms[word]
        return self._org_initials.get(word) if word.isalpha() else None

    @cached_property
    def _departments(self) -> dict[str, str]:
        """'Justice Department' (and 'Department', when the article names only one)
        -> 'Department of Justice', the form the article spells out."""
        out: dict[str, str] = {}
        for m in DEPARTMENT_OF.finditer(self.story):
            full, field = m.group(0), m.group(1)
            out.setdefault(f"{field} Department", full)
            out.setdefault(f"{field} Dept.", full)
            out.setdefault("Department", full)
            if out["Department"] != full:
                out["Department"] = ""
        return {k: v for k, v in out.items() if v}

    @cached_property
    def _org_suffixes(self) -> dict[str, str | None]:
        """The last word of a multi-word organisation -> the first one named so."""
        out: dict[str, str | None] = {}
        for e in self.ents:
            if e.label_ == "ORG" and len(e) > 1 and e[-1].is_title and e[-1].pos_ == "PROPN":
                out.setdefault(e[-1].text, _clean(e.text))
        return out

    @cached_property
    def _org_initials(self) -> dict[str, str | None]:
        """Initials of a multi-word organisation -> the first one the article names so."""
        out: dict[str, str | None] = {}
        shorter: dict[str, str | None] = {}
        for e in self.ents:
            if e.label_ != "ORG":
                continue
            # "The United Nations' World Health Organization": the name after the
            # possessive is a name of its own
            own = max((t.i for t in e if t.tag_ == "POS"), default=None)
            name = e if own is None else self.doc[own + 1 : e.end]
            # 'the United Nations' -> UN: the capitalised words only
            words = [t for t in name if t.text[:1].isupper() and t.lower_ != "the"]
            if 2 <= len(words) <= 8:
                out.setdefault("".join(t.text[0] for t in words).upper(), _clean(name.text))
                # 'Centers for Disease Control and Prevention' -> CDC: an acronym older
                # than the name's last words
                joined = next((t.i for t in name if t.lower_ == "and"), None)
                head = [t for t in words if joined is None or t.i < joined]
                if joined is not None and len(head) >= 2:
                    shorter.setdefault("".join(t.text[0] for t in head).upper(), _clean(name.text))
        return {**shorter, **out}

    @cached_property
    def _org_prefixes(self) -> dict[str, str | None]:
        """'Ford' -> 'Ford Motor Company': the first organisation name that opens
        with these words."""
        out: dict[str, str | None] = {}
        for e in self.ents:
            # not 'Criminal Division Trial Attorneys': people the recogniser ran in
            if e.label_ == "ORG" and len(e) > 1 and not self._names_people(e[-1]):
                for k in range(1, len(e)):
                    # a prefix ends at a space ('Coca-Cola Company': not 'Coca')
                    if e[k - 1].whitespace_ and self._extends_org(e[k:]):
                        out.setdefault(e[:k].text, _clean(e.text))
        return out

    def _extends_org(self, rest: Span) -> bool:
        """Whether the words ``rest`` after a prefix complete its name ('Ford' +
        'Motor Company'), not name an association of its people ('Ryanair' + 'Pilots
        Group', 'Google' + 'Employees Union')."""
        doc = self.doc
        if self._title_word_taken_in(doc[rest.start - 1], rest):
            return False  # ('World Health Organization' + 'Country' Director: a title's)
        people = self.lexicon.speaker_nouns
        for t in rest:
            if t.tag_ not in {"NNS", "NNPS"}:
                continue
            # ('Pilots' tagged a proper noun keeps its plural as its lemma)
            forms = {t.lemma_.lower(), t.lower_.removesuffix("s")}
            if any(people.get(f) in PEOPLE_KINDS or self.lexicon.is_office(f) for f in forms):
                return False
        return True

    def full_name(self, word: str) -> str | None:
        """The full name a one-word mention stands for ('Erdogan' -> 'Recep Tayyip
        Erdoğan'), by :func:`claimx.extraction.names.name_key`."""
        return self.full_names.get(name_key(word))

    def _person_of_word(self, tok: Token) -> str | None:
        """The one person the article names in full with ``tok`` as the first or last
        word of the name, for a one-word source the recogniser took for an
        organisation or a place ('Geingob' -> Hage Geingob, 'Yayi' -> Yayi Boni)."""
        if not (tok.is_title and tok.is_alpha) or tok.lower_ in self.lexicon.org_words:
            return None
        key = name_key(tok.text)
        names = {*self._person_names, *self._described}
        found = {
            n
            for n in names
            if n and " " in n and key in {name_key(n.split()[0]), name_key(n.split()[-1])}
        }
        return found.pop() if len(found) == 1 else None

    @cached_property
    def _person_names(self) -> list[str]:
        """The names of the people the recogniser found, in order, without titles
        ('[Superintendent Graciano Mijares]PERSON' -> Graciano Mijares)."""
        names = (_clean(self._without_roles(e).text) for e in self.ents if e.label_ == "PERSON")
        return [n for n in names if n]

    @cached_property
    def full_names(self) -> dict[str, str]:
        """Surname key -> the first full name ending in it ('radmall' -> 'Ben Radmall')."""
        out: dict[str, str] = {}
        for name in self._person_names:
            surname = surname_key(name)
            if surname is not None:
                out.setdefault(surname, name)
        # a two- or three-word 'organisation' whose last word the recogniser calls a
        # person elsewhere is that person's full name ('Brigid Kosgei' … 'Kosgei')
        persons = {e.text for e in self.ents if e.label_ == "PERSON" and len(e) == 1}
        for ent in self.ents:
            words = ent.text.split()
            if (
                ent.label_ == "ORG"
                and 2 <= len(words) <= 3
                and words[-1] in persons
                and all(w[:1].isupper() and w.lower() not in self.lexicon.org_words for w in words)
            ):
                out.setdefault(name_key(words[-1]), _clean(ent.text) or ent.text)
        for run in self._missed_names:
            out.setdefault(name_key(run[-1].text), " ".join(t.text for t in run))
        for ent in self.ents:  # 'Rosselló' for 'Ricardo Rosselló Nevares'
            middle = middle_name_key(ent.text) if ent.label_ == "PERSON" else None
            if middle is not None and ent[1].text not in self.lexicon.first_names:
                out.setdefault(middle, _clean(ent.text) or ent.text)
        return out

    def _org_shaped(self, ent: Span) -> bool:
        """'Leeds United', 'Acme Corp': a 'person' whose last word names an organisation."""
        return ent[-1].lower_.rstrip(".") in self.lexicon.org_words

    def _full_person_name(self, name: str | None) -> str | None:
        """'Van Dam' -> 'Pieter van Dam': the fullest name the article gives that ends so."""
        if not name:
            return name
        longer = self._person_suffixes.get(name.lower())
        if longer:
            return longer
        return self._full_of_surname(name) or name

    def _full_of_surname(self, name: str | None) -> str | None:
        """The full name a one-word name stands for ('Trump' -> 'Donald Trump'), or
        None for a longer name or one the article never gives in full."""
        return self.full_name(name) if name and " " not in name else None

    def _with_generation(self, person: Span, name: str | None) -> str | None:
        """The name with the generational suffix written after the mention ('Joseph M.
        Demarest, Jr.', 'Arthur M. Cummings, II'), without a lawyer's post-nominal
        ('Durham Hall QC' -> 'Durham Hall')."""
        if not name:
            return name
        words = name.split()
        while len(words) > 1 and words[-1].rstrip(".").lower() in POST_NOMINALS:
            words.pop()
        name = " ".join(words)
        if name_key(words[-1]).rstrip(".") in GENERATIONS:
            return name
        i, doc = person.end, self.doc
        comma = i < len(doc) and doc[i].text == ","
        i += comma
        word = doc[i].text if i < len(doc) else ""
        if word[:1].isupper() and word.rstrip(".").lower() in GENERATIONS:
            return f"{name}{',' if comma else ''} {word}"
        return name

    @cached_property
    def _person_suffixes(self) -> dict[str, str]:
        """'van dam' -> 'Pieter van Dam': the first full name that ends in these words."""
        out: dict[str, str] = {}
        for e in self.ents:
            full = _clean(self._without_roles(e).text) if e.label_ == "PERSON" else None
            full = self._with_generation(e, full) if full else full
            if full:
                lower = full.lower()
                for m in re.finditer(" ", lower):
                    out.setdefault(lower[m.end() :], full)
        return out

    @cached_property
    def _org_words(self) -> set[str]:
        """Every word of the article's organisation names."""
        return {w for e in self.ents if e.label_ == "ORG" for w in e.text.split()}

    @cached_property
    def _first_mention(self) -> dict[str | None, int]:
        """Where the article first names each entity (a character offset)."""
        out: dict[str | None, int] = {}
        for e in self.ents:
            out.setdefault(_clean(e.text), e.start_char)
        return out

    @cached_property
    def _lemma_positions(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for tok in self.doc:
            out.setdefault(tok.lemma_.lower(), []).append(tok.i)
        return out

    def _single_name_is_org(self, ent: Span) -> bool:
        """A one-word 'person' that the article never gives a first name or an
        honorific, and elsewhere names as an organisation or writes in capitals, is
        an organisation the recogniser mistook ('Coles', 'ALDI')."""
        words = [t for t in ent if not t.is_punct and t.tag_ != "POS"]
        if len(words) != 1:
            return False
        word = words[0]
        if self.full_name(word.text) or word.text in self.lexicon.first_names:
            return False
        as_org = word.text in self._org_words
        if not as_org and not (word.is_upper and len(word.text) > 1):
            return False
        before = self.doc[ent.start - 1].lower_ if ent.start else ""
        titled = before.rstrip(".") in HONORIFICS or self.lexicon.speaker_nouns.get(before) in {
            "title",
            "anonymous",
        }
        return not titled

    @cached_property
    def _missed_names(self) -> list[Span]:
        """Names the recogniser missed: after a role and a comma ('…'s chancellor,
        Pradeep Khosla'), and a known first name with its surname."""
        out: list[Span] = []
        for tok in self.doc:
            if tok.text == "," and tok.i > 0 and self._role_noun(self.doc[tok.i - 1]):
                run = []
                for nxt in self.doc[tok.i + 1 : tok.i + 4]:
                    if nxt.pos_ != "PROPN" or not nxt.is_title or self._role_noun(nxt):
                        break
                    run.append(nxt)
                if 2 <= len(run) <= 3:
                    out.append(Span(self.doc, run[0].i, run[-1].i + 1, label="PERSON"))
        out += first_name_runs(self.doc, self.lexicon)
        return out

    @cached_property
    def person_roles(self) -> dict[str, tuple[str | None, str | None]]:
        """Title and affiliation of each named person, from the mentions that give them."""
        roles: dict[str, tuple[str | None, str | None]] = {}
        named = {t.i for e in self.ents for t in e}
        missed = [e for e in self._missed_names if not any(t.i in named for t in e)]
        for ent in [*self.ents, *missed]:
            if ent.label_ != "PERSON":
                continue
            own, name = self._own_name(ent)
            if not name:
                continue
            phrase = self._phrase_around(ent)
            title, affiliation = self._role(phrase, {t.i for t in own})
            if title is None:  # 'Mike Pompeo, who is the secretary of state'
                relative = self._role_in_relative(ent)
                if relative[0] is not None:
                    title, affiliation = relative[0], affiliation or relative[1]
            if title is None:
                before = self._role_set_before(own)
                if before is not None:  # 'the Prime Minister of Japan, Shinzo Abe, …'
                    title, affiliation = self._role([*before, *own], {t.i for t in own})
            if title is None:
                office = self._office_before(own)
                if office is not None:  # 'Chief Executive of Hong Kong Carrie Lam'
                    title, affiliation = self._role([*office, *own], {t.i for t in own})
            if title is None:
                shared = self._shared_role(own)
                if shared is not None:  # 'NASA astronauts Bob Behnken and Doug Hurley'
                    title, affiliation = shared[0], affiliation or shared[1]
            if title is None:
                ranked = self._role_before_rank(own)
                if ranked is not None:  # 'British military spokesman Maj. Tom Holloway'
                    title, affiliation = self._role([*ranked, *own], {t.i for t in own})
                    affiliation = affiliation or self._role(ranked, set())[1]
            old = roles.get(name, (None, None))
            if _heads_state(old[0] or title) and _is_party(affiliation):
                affiliation = None  # 'President Donald Trump, the Republican Party nominee'
            roles[name] = (old[0] or title, old[1] or affiliation)
        return roles

    def _role_before_rank(self, own: Span) -> list[Token] | None:
        """The post written before a rank and a name, which the parser cut from the
        name ('British military spokesman Maj. Tom Holloway', the guide's "Rank and
        post"): the words back to the phrase's start, a post's noun last."""
        doc = self.doc
        start = rank_words(doc, own.start)
        if start == own.start or start == 0:
            return None
        words: list[Token] = []
        for tok in reversed(doc[max(0, start - 5) : start]):
            if not tok.is_alpha or tok.pos_ in {"DET", "VERB", "AUX", "CCONJ", "ADP"}:
                break
            words.insert(0, tok)
        if not words or self.lexicon.speaker_nouns.get(words[-1].lemma_.lower()) not in {
            "title",
            "anonymous",
        }:
            return None
        return words

    def _shared_role(self, own: Span) -> tuple[str | None, str | None] | None:
        """The role in the plural set before names joined by 'and', each name's in the
        singular ('NASA astronauts Bob Behnken and Doug Hurley' -> astronaut, NASA;
        'Police officers Antoine Quirin and Nicolas Redouane' -> police officer)."""
        root = own.root
        first = root
        while first.dep_ == "conj" and first.head.pos_ == "PROPN":
            first = first.head
        if first is root and not any(
            c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in root.children
        ):
            return None
        if first.dep_ == "appos" and first.head.i < first.i:
            noun = first.head  # 'Police officers, Antoine Quirin and …'
            words = list(self.doc[noun.left_edge.i : noun.i + 1])
        else:
            named = self._ent_at(first.i)
            start = named.start if named is not None else first.i
            words = [t for t in self.doc[first.left_edge.i : start]]
            noun = words[-1] if words else None
        if noun is None or noun.lemma_.lower() == noun.lower_ or not self._role_noun(noun):
            return None  # no plural role right before the names
        title, affiliation = self._role([*words, *own], {t.i for t in own})
        if title is None or not title.endswith(noun.lower_):
            return None
        return title[: len(title) - len(noun.lower_)] + noun.lemma_.lower(), affiliation

    def _office_before(self, own: Span) -> list[Token] | None:
        """The office a name closes, which the parser read as the object of the
        office's own preposition ('Chief Executive of Hong Kong Carrie Lam', 'Minister
        for the Olympics Tessa Jowell'): the words from the office to the name; not
        whom a role serves ('an adviser to Mr Abe', 'spokesman for President Duterte')."""
        prep = own.root.head
        if own.root.dep_ != "pobj" or prep.lower_ not in {"of", "for"} or prep.i >= own.start:
            return None
        office = prep.head
        if office.i >= prep.i or not self._role_noun(office, by_place=False):
            return None
        between = self.doc[prep.i + 1 : own.start]
        if not any(t.is_title for t in between) or self._titling(between[-1], by_place=False):
            return None
        start = office.left_edge.i
        for t in self.doc[start : office.i]:
            if t.is_punct:  # 'WASHINGTON - Acting Assistant Attorney General for …'
                start = t.i + 1
        return list(self.doc[start : own.start])

    def _role_set_before(self, own: Span) -> list[Token] | None:
        """The role phrase a name is set beside, between commas, where the parser did
        not join them ('calling the Prime Minister of Japan, Shinzo Abe, an "Asian
        Hitler"'): from its determiner to the comma, a role noun in it."""
        doc = self.doc
        start, end = own.start, own.end
        if start < 3 or doc[start - 1].text != ",":
            return None
        # (the name set off by a comma, or closing its sentence: 'came from the governor
        # of Virginia, Bob McDonnell.')
        if end < len(doc) and doc[end].text not in {",", ".", ";"}:
            return None
        words: list[Token] = []
        extended = False
        for tok in reversed(doc[max(0, start - 12) : start - 1]):
            if tok.is_punct or tok.pos_ in {"VERB", "AUX"} or tok.ent_type_ == "PERSON":
                return None
            words.insert(0, tok)
            # (the phrase goes on past the article of its 'of' phrase: 'the governor of
            # the state of Virginia')
            inner = tok.i > 0 and doc[tok.i - 1].lower_ in {"of", "for"}
            if tok.lower_ in {"the", "a", "an"} and not inner:
                break
            extended = extended or tok.lower_ in {"the", "a", "an"}
        else:
            return None
        if not any(self._role_noun(t) for t in words):
            return None
        if extended and not any(
            self.lexicon.speaker_nouns.get(t.lemma_.lower()) in PEOPLE_KINDS for t in words
        ):
            return None  # ('the Senate version of the Federal Highway Bill, Boulanger')
        # in a list of people with their roles ('Dr. Ahmed Darwish, the Egyptian
        # Minister of State, Florence Devouard, the outgoing chair of …') the role
        # before a name is the previous person's
        after = doc[end + 1] if end + 1 < len(doc) else None
        lead = words[0].i
        owned = lead >= 2 and doc[lead - 1].text == "," and doc[lead - 2].ent_type_ == "PERSON"
        own_role = (
            after is not None
            and after.lower_ in {"the", "a", "an"}
            and any(self._role_noun(t) for t in doc[end + 2 : end + 5])
        )
        if owned or own_role:
            return None
        return words

    @cached_property
    def rank_titles(self) -> dict[str, str]:
        """The rank or honorific written short before a named person's name, as a
        title (:meth:`_rank`), from the first mention that has one."""
        out: dict[str, str] = {}
        for ent in self.ents:
            if ent.label_ != "PERSON":
                continue
            own, name = self._own_name(ent)
            rank = self._rank(own.start) if name else None
            if rank is not None:
                out.setdefault(name, rank)
        return out

    def _own_name(self, ent: Span) -> tuple[Span, str | None]:
        """A person entity without the roles read into it ('Mayor Ana Ruiz' read as one
        name), and the full name it stands for."""
        own = self._without_roles(ent)
        name = _clean(own.text)
        if name and len(own) < 2:
            name = self.full_name(name)
        return own, name

    def _role_in_relative(self, ent: Span) -> tuple[str | None, str | None]:
        """The role a relative clause gives a name: 'Brett McGurk, who was Trump's
        special presidential envoy', 'Mike Pompeo who is the secretary of state'; or
        the name's own sentence in the present: 'Ana Ruiz is a professor at …'."""
        clauses = [c for c in ent.root.children if c.dep_ == "relcl"]
        doc = self.doc
        start = ent.end + (1 if ent.end < len(doc) and doc[ent.end].text == "," else 0)
        if start < len(doc) and doc[start].lower_ == "who" and doc[start].head.dep_ == "relcl":
            # ('disagreements with Mike Pompeo who is …': the parser hung the clause on
            # the noun before the name)
            clauses.append(doc[start].head)
        predicate = ent.root.head if ent.root.dep_ == "nsubj" else None
        joined = any(c.dep_ == "conj" for c in ent.root.children)
        if predicate is not None and predicate.tag_ == "VBZ" and not joined:
            # 'Alexander Gagay is currently a student at Ural State Medical University':
            # what the name is now, told by its own sentence
            clauses.append(predicate)
        for clause in clauses:
            relative = clause.dep_ == "relcl" and any(
                c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children
            )
            if clause is not predicate and not relative:
                continue
            if any(c.dep_ == "neg" for c in clause.children):
                continue  # 'who was not one of either study's authors'
            if clause.lemma_ == "be":
                attr = next((c for c in clause.children if c.dep_ == "attr"), None)
            elif clause.lemma_ == "serve" and clause.tag_ in {"VBZ", "VBG"}:
                # 'Andrew McCabe, who is currently serving as acting director of the FBI'
                serving = next(
                    (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"), None
                )
                attr = (
                    next((c for c in serving.children if c.dep_ == "pobj"), None)
                    if serving
                    else None
                )
            elif clause.lemma_ in SERVING_VERBS and clause.tag_ in {"VBZ", "VBP"}:
                # 'Deniz Baykal, who heads the Republican People's Party', 'who works at
                # St. Mary's Hospital': a role told by a verb gives no title, but whom
                # the source serves (the guide's "Titles are role nouns the text writes")
                # (the clause ends at its comma, whatever the parser hung on it)
                comma = next((t.i for t in doc[clause.i : clause.sent.end] if t.text == ","), None)
                inside = [t for t in clause.subtree if comma is None or t.i < comma]
                body = next(
                    (e for e in self._ents_in(inside, {"ORG", "FAC"}) if e.start > clause.i),
                    None,
                )
                if body is not None:
                    return None, self.place_name(body)
                continue
            else:
                continue
            if attr is None:
                continue
            # ('Mutambara, who is one of two deputy prime ministers')
            one_of = attr.lower_ == "one" and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in attr.children
            )
            if one_of or self._role_noun(attr):
                return self._role(list(attr.subtree), set())
        return None, None

    def _phrase_around(self, ent: Span) -> list[Token]:
        """The noun phrase a name stands in: its titles before, its apposition after."""
        root = ent.root
        # ('The indictment was announced by A, …; U.S. Attorney B': no document
        # describes a person set beside it)
        beside = (
            root.dep_ == "appos"
            and self.lexicon.speaker_nouns.get(root.head.lemma_.lower()) != "document"
            and not any(t.text == ";" for t in self.doc[root.head.i : root.i])
        )
        head = root.head if beside else root
        office = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "from" else None
        held = office is not None and (
            office.is_title or self.lexicon.is_office(office.lemma_.lower())
        )  # ('violence and threats from Fernandes': no office)
        if held and office.pos_ in {"NOUN", "PROPN"} and self._role_noun(office):
            # 'United States Senator from [Vermont] Bernie Sanders ended …': the name is
            # the object of 'from', the office it holds before it
            head = office
        lo = min(t.i for t in head.subtree)
        hi = max(t.i for t in head.subtree)
        # 'Joseph M. Demarest, Jr., Assistant Director-in-Charge, …': the suffix the
        # parser made a conjunct is part of the name, and its apposition the role
        suffix = {
            c.i
            for c in head.children
            if c.dep_ == "conj" and c.lower_.rstrip(".") in NAME_SUFFIXES and c.i > root.i
        }
        cut = {
            t.i
            for c in head.subtree
            if (c.dep_ in {"relcl", "acl", "advcl"} and c.i > root.i)
            or (c.dep_ in {"conj", "cc"} and c.head.i in {head.i, root.i} and c.i not in suffix)
            # 'Gordon Brown of interfering in Zimbabwe's affairs': what he is accused of
            or (c.dep_ == "prep" and c.i > root.i and any(g.dep_ == "pcomp" for g in c.children))
            # 'President Trump himself, his wife Melania, …': another person, set beside
            or (c.dep_ == "appos" and c.lemma_.lower() in self.lexicon.relationships)
            for t in c.subtree
        }
        cut |= suffix
        if root.dep_ == "conj":  # 'US President Donald Trump and Turkish President …'
            cut |= {t.i for t in head.subtree if t.i < min(x.i for x in root.subtree)}
        after = self.doc[hi + 1 : hi + 3]
        if len(after) == 2 and after[0].lower_ == "in" and after[1].lower_ == "charge":
            # '…, Acting Assistant Attorney General in charge of the Antitrust Division',
            # the office's unit, which the parser may hang on the verb
            hi = max(t.i for t in after[0].subtree)
        word = self.doc[lo - 1] if lo > 0 else None
        if (
            word is not None
            and word.is_lower
            and title_word_cut_off(word, self.lexicon.title_words)
        ):
            lo -= 1  # ('…, presumptive US Democratic Party presidential nominee Joe Biden')
        toks = [t for t in self.doc[lo : hi + 1] if not t.is_space and t.i not in cut]
        return [t for t in toks if t.sent == root.sent] or list(ent)

    def _role_of(self, name: str) -> tuple[str | None, str | None]:
        roles = self.person_roles
        if name in roles:
            known = roles[name]
        else:
            known = self._roles_by_surname.get(_last_word_key(name), (None, None))
        if name in self._described:  # each field as described, else as the article gives it
            title, affiliation = self._described[name]
            if affiliation is None and _heads_state(title) and _is_party(known[1]):
                return title, None  # the president speaks for the state, not the party
            return title or known[0], affiliation or known[1]
        return known

    @cached_property
    def _roles_by_surname(self) -> dict[str, tuple[str | None, str | None]]:
        out: dict[str, tuple[str | None, str | None]] = {}
        for full, role in self.person_roles.items():
            out.setdefault(_last_word_key(full), role)
        return out

    def _org_mention(self, toks: list[Token], head: Token) -> str | None:
        """The organisation a common noun stands for: named in the phrase ('police in
        Baytown'), or, for 'the company', 'the club', the one named before it."""
        if self._ents_in(toks, ORG_LABELS):
            return _clean(self.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)])
        # 'Police said …', 'county police': a bare common noun stands for the body
        # the article named with that word
        bare = len(toks) <= 2 and all(t.pos_ in {"NOUN", "PROPN"} and not t.ent_type_ for t in toks)
        if bare:
            return self._earlier_named(head)
        if toks[0].lower_ not in {"the", "its"}:
            return None
        if head.lemma_.lower() in self.lexicon.anaphoric_orgs:
            earlier = self._earlier_org(toks[0].idx)
            if earlier is not None:
                return earlier
        # 'the commission', 'the embassy', 'the fire service': the body named before
        # with that word ('United States Commission on Presidential Debates')
        return self._earlier_named(head) if len(toks) <= 3 else None

    def _named_outlet(self, head: Token) -> str | None:
        """The name set beside a noun of an outlet: 'magazine MicroMega', 'news
        broadcaster NRK', 'newspaper The Hill'."""
        if head.pos_ != "NOUN":
            return None
        before = [
            c for c in head.children if c.dep_ == "compound" and c.i < head.i and c.pos_ == "PROPN"
        ]
        if (
            before
            and before[-1].i == head.i - 1
            and head.lemma_.lower() in OUTLET_NOUNS | {"magazine"}
        ):
            # 'TIME magazine', "Australia's Cleo magazine": the name before the noun
            run = [t for t in before[-1].subtree if t.i < head.i]
            name = _clean(" ".join(t.text for t in run))
            # ('The Internal Revenue Service website': a body's site is its document)
            site = head.lemma_.lower() in {"website", "site", "blog"}
            contiguous = run[-1].i - run[0].i + 1 == len(run)
            proper = contiguous and all(t.pos_ == "PROPN" for t in run)
            if proper and name and (not site or self._is_media(name)):
                return name
        for c in head.children:
            if c.dep_ == "appos" and c.i == head.i + 1 and c.pos_ == "PROPN":
                run = [t for t in c.subtree if t.pos_ in {"PROPN", "DET"} or t.is_title]
                if run and run[-1].i - run[0].i + 1 == len(run):
                    return _clean(" ".join(t.text for t in run if t.lower_ != "the")) or None
            if c.dep_ == "appos" and c.left_edge.i == head.i + 1 and c.pos_ == "PROPN":
                # ("newspaper The People's Daily": a name with a possessive in it)
                run = [
                    t
                    for t in c.subtree
                    if t.pos_ in {"PROPN", "DET"} or t.is_title or t.tag_ == "POS"
                ]
                if run and run[-1].i - run[0].i + 1 == len(run):
                    words = run[1:] if run[0].lower_ == "the" else run
                    return _clean(self.doc[words[0].i : words[-1].i + 1].text) if words else None
        return None

    def _earlier_outlet(self, before: int) -> str | None:
        """The news outlet named last before ``before``: what 'the website' or 'the
        network' points back to."""
        found: list[tuple[int, str]] = []
        for ent in reversed([e for e in self.ents if e.end_char <= before]):
            if ent.label_ in {"ORG", "PERSON", "WORK_OF_ART", "PRODUCT"} and self._is_media(
                ent.text
            ):
                found.append((ent.end_char, self.org_name(_clean(ent.text)) or _clean(ent.text)))
                break
        paper = self._paper_named_before(before)
        if paper is not None:
            found.append(paper)
        return max(found)[1] if found else None

    def _paper_named_before(self, before: int) -> tuple[int, str] | None:
        """The last outlet's name before ``before`` that the recogniser missed: a run of
        capitalised names that is an outlet of the lexicon ('The Guardian') or ends in
        a word of newspapers' names ('The Sunday Telegraph', 'the Chicago Tribune'),
        with where it ends."""
        doc = self.doc
        papers = NAMED_BODIES - {"survey", "record", "register", "review"}
        for tok in reversed(doc):
            if tok.idx + len(tok.text) > before:
                continue
            if tok.pos_ != "PROPN" or not tok.is_title or tok.ent_type_ in {"PERSON", "GPE"}:
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title:
                continue  # ('Times Square': the name goes on)
            start = tok.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
                start -= 1
            the = start > 0 and doc[start - 1].lower_ == "the"
            name = doc[start - 1 if the else start : tok.i + 1].text
            paper = tok.lower_ in papers and (start < tok.i or the)
            if paper or self._is_media(name):
                return tok.idx + len(tok.text), _clean(doc[start : tok.i + 1].text)
        return None

    def _named_before_as(self, noun: Token) -> str | None:
        """The name 'the festival' stands for: the nearest earlier organisation, place
        or event whose name ends in that word ('the Jaipur Literature Festival …
        the festival's organiser')."""
        if noun.pos_ != "NOUN" or not any(c.lower_ in {"the", "this"} for c in noun.children):
            return None
        word = noun.lower_
        for e in reversed(self.ents[: bisect_left(self._ent_starts, noun.i)]):
            if e.end <= noun.i and e.label_ in {"ORG", "FAC", "EVENT"} and e[-1].lower_ == word:
                return self.org_name(_clean(e.text)) or _clean(e.text)
        return None

    def _named_by_its_noun(self, noun: Token) -> str | None:
        """The place or body 'the hotel' points back to: the nearest name before it
        that ends in that noun ('the Omni Hotel', 'Riverside Hospital'), when only
        one name the article gives before it does."""
        if not (noun.is_lower and noun.is_alpha) or noun.tag_ != "NN":
            return None
        names = {
            _clean(e.text)
            for e in self.ents
            if e.end_char <= noun.idx
            and e.label_ in {"ORG", "FAC"}
            and len(e) > 1
            and e[-1].lower_ == noun.lower_
            and not any(t.lower_ in {"and", "&"} for t in e)  # (two names run together)
        }
        if len(names) != 1:
            return None
        return self.org_name(names.pop())

    def _earlier_org(
        self, before: int, exclude: set[int] | frozenset = frozenset(), noun: str | None = None
    ) -> str | None:
        """The organisation 'the company' stands for: the one the article names most,
        when one stands out, among those it names before ``before`` ('the company'
        -> Velmont; 'the alliance' with NATO and the Kremlin named as often: none).
        A ``noun`` of a kind that names tell ('union', 'airline') takes only a name
        of that kind ('union president Carla Mendes' is no airline's)."""
        kind = ORG_KIND_WORDS.get(noun or "")
        counts: dict[str, int] = {}
        seen_before: set[str] = set()
        for start, end_char, key in self._org_keys:
            if start in exclude:
                continue
            if kind is not None and not kind & set(key.lower().split()):
                continue
            counts[key] = counts.get(key, 0) + 1
            if end_char <= before:
                seen_before.add(key)
        ranked = sorted(((n, k) for k, n in counts.items() if k in seen_before), reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
            return None
        return ranked[0][1]

    @cached_property
    def _org_keys(self) -> list[tuple[int, int, str]]:
        """(start token, end character, fullest name) of each organisation named,
        news media left out."""
        return [
            (e.start, e.end_char, self.org_name(_clean(e.text)) or e.text)
            for e in self.ents
            if e.label_ == "ORG" and not self._is_media(e.text)
        ]

    def _person_just_named(self, first: Token) -> str | None:
        """'… said study co-author Karen Alley. The Wooster professor added, …': a
        definite role opening the sentence right after one whose only person is the
        subject of a cue is that person, described anew."""
        sent = first.sent
        if first.i != sent.start or sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        missed = [e for e in self._missed_names if prev.start <= e.start < prev.end]
        people = [*self._ents_in(list(prev), {"PERSON"}), *missed]
        names = {self.full_name(_clean(e.text)) or _clean(e.text) for e in people}
        if len(names) != 1:
            return None
        person = people[0].root
        speaks = person.dep_ in {"nsubj", "dobj", "attr"} and (
            self.lexicon.cue_of(person.head) is not None
        )
        return names.pop() if speaks else None

    def _person_titled(self, role: str, before: int) -> str | None:
        """The person the article gave this role ('Judge Reed O'Connor' for 'the judge')."""
        for name, (title, _) in self.person_roles.items():
            if title and title.split()[-1] == role:
                first = self._first_mention.get(name)
                if first is not None and first < before:
                    return name
        return None

    def _head_of(self, body: str, before: int) -> str | None:
        """The one person named before ``before`` whom the article made the head of
        ``body`` (a director general, a president, a chief of it)."""
        body = self.org_name(body) or body
        heads = [
            name
            for name, (title, affiliation) in self.person_roles.items()
            if title
            and affiliation
            and (self.org_name(affiliation) or affiliation) == body
            and _heads_a_body(title)
            and self._first_mention.get(name, before) < before
        ]
        return heads[0] if len(heads) == 1 else None

    def _conjoined_people(self, person: Span) -> list[Span]:
        """The people named after ``person`` in one coordination ('A and B', 'A, B
        and C'): the entities of its conjuncts."""
        root = person.root
        people = [
            e
            for c in root.conjuncts
            if c.i > root.i
            and (e := self._ent_at(c.i)) is not None
            and e.label_ == "PERSON"
            and e != person
        ]
        return people or self._next_person_after_and(person)

    def _next_person_after_and(self, person: Span) -> list[Span]:
        """'Chairman James Comer (R-Ky.) and Representative Marjorie Taylor Greene', which
        the parser may coordinate otherwise: the person right after 'and', past the first
        one's party tag and the second one's title."""
        doc = self.doc
        i = person.end
        m = PARTY_STATE.match(self.text, person.end_char)
        if m is not None:
            while i < len(doc) and doc[i].idx < m.end():
                i += 1
        if i >= len(doc) or doc[i].lower_ != "and":
            return []
        i += 1
        while (
            i < len(doc)
            and not doc[i].ent_type_
            and (self._role_noun(doc[i]) or doc[i].lower_.rstrip(".") in ABBREVIATED_OFFICES)
        ):
            i += 1  # 'Representative', 'Sen.'
        nxt = self._ent_at(i) if i < len(doc) else None
        return [nxt] if nxt is not None and nxt.label_ == "PERSON" and nxt.start == i else []

    def _surnames_together(self, toks: list[Token]) -> str | None:
        """'Both Marrero and Pascual', 'Marrero and Pascual': two or more one-word names,
        one at least the surname of someone the article named in full (the others as
        written), joined as a writer joins them; None for any other phrase."""
        rest = toks[1:] if toks and toks[0].lower_ == "both" else toks
        words, seps = rest[0::2], rest[1::2]
        if len(words) < 2 or not seps or seps[-1].lower_ != "and":
            return None
        if not all(t.text == "," for t in seps[:-1]) or len(words) != len(seps) + 1:
            return None  # one word a name, names and separators in turn
        if not all(t.pos_ == "PROPN" and t.is_title for t in words):
            return None
        full = [self.full_name(t.text) for t in words]
        known = [name for name in full if name is not None]
        if not known or len(set(known)) < len(known):
            return None  # none known, or two words for one person
        return join_names([name or t.text for name, t in zip(full, words, strict=True)])

    def _listed_officials(self, person: Span, toks: list[Token]) -> list[Span]:
        """The people of a list in which each has a role of their own: 'Acting Assistant
        Attorney General Matthew Friedrich of the Criminal Division and U.S. Attorney R.
        Alexander Acosta', 'Loretta King, Acting Assistant Attorney General …; U.S.
        Attorney Michael J. Sullivan …'. Empty unless ``person`` is one of two or more
        names set apart by commas, semicolons or 'and', with a role word between each
        pair and no verb or possessive."""
        people = [self._without_roles(e) for e in self._ents_in(toks, {"PERSON"})]
        if len(people) < 2 or not any(e.start <= person.start < e.end for e in people):
            return []
        for e in people:
            after = self.doc[e.end] if e.end < len(self.doc) else None
            if e[-1].tag_ == "POS" or (after is not None and after.tag_ == "POS"):
                return []  # ("Angela Merkel's spokesperson, Steffen Seibert")
        for a, b in zip(people, people[1:], strict=False):
            before = self.doc[b.start - 1]
            while (
                before.pos_ == "DET" or before.lower_.rstrip(".") in HONORIFICS
            ) and before.i > 0:
                before = self.doc[before.i - 1]  # ('an adviser to Mr Abe')
            if before.pos_ == "ADP":
                return []  # ('a member of parliament for São Paulo', 'for the Trump …')
            gap = list(self.doc[a.end : b.start])
            if not any(t.text in {",", ";"} or t.lower_ == "and" for t in gap):
                return []
            if any(t.pos_ in {"VERB", "AUX"} or t.tag_ == "POS" for t in gap):
                return []
            if not any(self._role_noun(t) or self.lexicon.titles(t) for t in gap):
                return []  # ('Police officers A and B': one role for both)
        return people

    def _coordinated_people(self, person: Span, toks: list[Token]) -> list[Span]:
        """The other people named with ``person`` in the phrase ('A and B')."""
        inside = {t.i for t in toks}
        return [
            self._without_roles(e)
            for e in self._conjoined_people(person)
            if all(t.i in inside for t in e)
        ]

    def _people_titled(self, role: Token, before: int) -> str | None:
        """Several people the article named together before, under this role ('Police
        officers Antoine Quirin and Nicolas Redouane' for 'the two officers') or, for
        the parties of a case ('the defendants'), anywhere in the sentence naming
        them: 'A and B', the nearest pair or run of coordinated names."""
        lemma = role.lemma_.lower()
        for ent in reversed([e for e in self.ents if e.end_char < before]):
            if ent.label_ != "PERSON":
                continue
            if ent.root.dep_ == "conj":
                continue
            people = [ent, *self._conjoined_people(ent)]
            first = ent
            while first.root.dep_ == "appos" and self.doc[first.start - 1].text == ",":
                # 'A, B and C' read as A with the apposition 'B and C'
                prev = self._ent_at(first.root.head.i)
                if prev is None or prev.label_ != "PERSON" or prev.end != first.start - 1:
                    break
                people.insert(0, prev)
                first = prev
            if len(people) < 2:
                continue
            sent = ent.sent
            titled = any(t.lemma_.lower() == lemma for t in sent if t.i < ent.start)
            # 'the lawmakers' after 'Chairman James Comer and Representative Marjorie
            # Taylor Greene': members of a legislature, however each is titled
            legislators = lemma in LAWMAKERS and any(
                t.lower_.rstrip(".") in LEGISLATIVE_TITLES for t in sent if t.i < people[-1].end
            )
            if titled or legislators or lemma in CASE_PARTIES:
                names = [_clean(self._without_roles(e).text) for e in people]
                return join_names(names)
            return None  # the nearest group named together is another one
        return None

    def _name_before_noun(self, noun: Token) -> str | None:
        """The capitalised name right before a document's noun, which the recogniser
        may have missed or cut at a slash: 'A [Pew Research Center] survey', 'a
        [Reuters/Ipsos] poll' (not a country's, a date's or a people's word)."""
        doc = self.doc
        if not noun.is_lower:
            return None  # ('Bauer Media': the noun is the name's own)
        i = noun.i - 1
        while i >= 0 and (
            (doc[i].pos_ == "PROPN" and (doc[i].is_title or doc[i].is_upper))
            or (doc[i].text in {"/", "&"} and i > 0 and doc[i - 1].pos_ == "PROPN")
        ):
            if doc[i].ent_type_ in {"GPE", "NORP", "DATE", "TIME", "PERSON"}:
                break
            i -= 1
        run = doc[i + 1 : noun.i]
        if not run or run[0].text in {"/", "&"}:
            return None
        return _clean(run.text)

    def _publisher(self, noun: Token, toks: list[Token]) -> str | None:
        """Who published a document: in its phrase ('the report by the Brennan Center',
        'a Reuters/Ipsos poll') or where the article introduced it."""
        inside = [
            e
            for e in self._ents_in(toks, {"ORG", "PERSON", "GPE"})
            # before the noun ('a Reuters/Ipsos poll') or after by, from, of ('a report
            # from the National Transportation Safety Board'); not where it was filed
            # ('a charge filed today in U.S. District Court')
            if e.start < noun.i or self._after_by(e.start)
        ]
        if not inside:
            # 'The report, released on Monday by the UN, says …': the participle set off
            # after the noun, which the source's phrase leaves out, names its publisher
            # (by its agent: not where it was filed, 'The complaint, filed in the
            # Eastern District of Michigan, …')
            agents = [
                t
                for c in self._publishing_participles(noun)
                for a in c.children
                if a.dep_ == "agent"
                for t in a.subtree
            ]
            doc = self.doc
            inside = [
                e
                for e in self._ents_in(agents, {"ORG", "PERSON", "GPE"})
                # ("issued by President Sarkozy's office": the office, unnamed)
                if not (e.end < len(doc) and doc[e.end].tag_ == "POS")
            ][:1]
        run = self._name_before_noun(noun)
        if run is not None and (not inside or "/" in run):
            return self.org_name(run)  # 'A Pew Research Center survey', 'a Reuters/Ipsos poll'
        if inside:
            named = _clean(inside[0].text)
            person = self._full_of_surname(named)
            if person is not None:  # "Trump's statement": the Donald Trump named before
                return person
            return self.org_name(named) if inside[0].label_ == "ORG" else named
        body = self._body_by(noun, toks)
        if body is not None:  # 'another report from the Mexican government'
            return body
        if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children):
            return None  # 'another report', 'a study': not the one the article named before
        lemma = noun.lemma_.lower()
        # 'filed a lawsuit …' then 'The complaint notes …': one legal action, its names
        kin = LEGAL_ACTIONS if lemma in LEGAL_ACTIONS else {lemma}
        positions = sorted(i for k in kin for i in self._lemma_positions.get(k, []))
        for i in reversed(positions[: bisect_left(positions, noun.i)]):
            tok = self.doc[i]
            verb = tok.head
            published = tok.dep_ in {"dobj", "nsubjpass"} and verb.lemma_.lower() in PUBLISHING
            # 'Ford said in a financial filing …': who spoke in it
            spoken_in = (
                tok.dep_ == "pobj"
                and verb.lower_ == "in"
                and self.lexicon.cue_of(verb.head) is not None
            )
            if spoken_in:
                verb = verb.head
            if published or spoken_in:
                agents = [c for c in verb.children if c.dep_ in {"nsubj", "agent"}]
                for agent in agents:
                    if _dateline(agent):
                        continue  # 'WASHINGTON – The Justice Department filed …'
                    if agent.dep_ == "agent":
                        agent = next((c for c in agent.children if c.dep_ == "pobj"), agent)
                    names = self._names_of(agent)
                    if names is not None:
                        return names
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
                    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    ent = self._ent_at(pobj.i) if pobj is not None else None
                    if ent is not None:
                        return _clean(ent.text)
            # 'a report … released Tuesday by the Congressional Budget Office' then 'The
            # report showed …': who made it, in a participle after it
            for participle in self._publishing_participles(tok):
                for agent in participle.children:
                    pobj = _pobj(agent) if agent.dep_ == "agent" else None
                    names = self._names_of(pobj) if pobj is not None else None
                    if names is not None:
                        return names
        # 'its press release', 'the judge's statement': the author the possessor stands for
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and self.owner is not None:
            name = self.owner(owner)
            return self._full_of_surname(name) or name
        named_before = positions[: bisect_left(positions, noun.i)]
        if lemma in STATEMENT_NOUNS and not named_before and noun.sent.start > 0:
            # "Russia's Interior Ministry confirmed that …" then 'The statement said …':
            # the body that spoke in the sentence before
            return self._speaker_before(noun.sent.start)
        return None

    def _publishing_participles(self, noun: Token) -> list[Token]:
        """The participles set off after a document's noun that tell who made it ('The
        report, released on Monday by the UN'). Who asked for it did not ('a report
        requested by Sen. Bernie Sanders and released Tuesday by the Congressional Budget
        Office': the Office's, though the parser may hang 'released' elsewhere)."""
        out = []
        for c in noun.children:
            if c.dep_ != "acl" or c.tag_ != "VBN" or c.i < noun.i:
                continue
            if c.lemma_.lower() not in REQUESTING:
                out.append(c)
                continue
            # the participle of the one who made it, up to the clause's comma
            for tok in self.doc[c.i + 1 : noun.sent.end]:
                if tok.text in {",", ";"} and tok.head.i not in {t.i for t in c.subtree}:
                    break
                if passive_participle(tok) and tok.lemma_.lower() in PUBLISHING:
                    out.append(tok)
                    break
        return out

    def _title_in_mention(
        self, own: list[Token], toks: list[Token], name: str | None
    ) -> str | None:
        """The title written before a person's name in the claim's own short mention,
        where the source is resolved to an earlier one ('Chairman Sanders', 'Gen.
        Smith'); None where the mention is the source's phrase itself or gives none."""
        if not own or not name or own[0].i == toks[0].i:
            return None
        words = set(name.split())
        ids = {t.i for t in own if t.text in words}
        if not ids or any(t.i > max(ids) for t in own if not t.is_punct):
            return None  # (a role after the name: the phrase itself, read as it is)
        title, _ = self._role([t for t in own if t.i < min(ids) or t.i in ids], ids)
        return title

    def _body_named_for_people(self, span: tuple[int, int]) -> str | None:
        """A body's name made of a people's noun, in capitals, which the recogniser
        names as a body: the phrase is the name ('Reporters Without Borders said')."""
        toks = list(self.tokens(*span))
        cut = next((t.i for t in toks if t.text == "("), None)  # (its acronym after it)
        toks = [
            t for t in toks if not (t.is_punct or t.lower_ == "the") and (cut is None or t.i < cut)
        ]
        if len(toks) < 2 or not toks[0].is_title or not toks[-1].text[:1].isupper():
            return None
        ent = self._ent_at(toks[0].i)
        if ent is not None and ent.label_ == "ORG" and ent.end - 1 == toks[-1].i:
            return _clean(ent.text)
        # (a preposition in capitals inside: a name written in title case, 'Without')
        inner = [t for t in toks[1:-1] if t.pos_ == "ADP" and t.is_title]
        if len(toks) >= 3 and inner and all(t.is_title or t.is_lower and t.is_stop for t in toks):
            return _clean(self.doc[toks[0].i : toks[-1].i + 1].text)
        return None

    @cached_property
    def _bodies_by_kind(self) -> frozenset[str]:
        """Names the article introduces with the common noun of a body or an outlet
        right before them ('news outlet Rudaw', 'newspaper La Tercera', 'the firm
        Zorbex'), whatever the recogniser calls them."""
        out = set()
        for ent in self.ents:
            if ent.label_ not in {"PERSON", "ORG"} or ent.start == 0:
                continue
            if ent[0].text in self.lexicon.first_names:
                continue  # ('broadcaster Piers Morgan': a person)
            noun = self.doc[ent.start - 1]
            kind = self.lexicon.speaker_nouns.get(noun.lemma_.lower())
            if noun.is_lower and noun.pos_ == "NOUN" and kind in {"media", "organization"}:
                out.add(_clean(ent.text))
        return frozenset(out)

    def _described_as_a_person(self, toks: list[Token]) -> bool:
        """A proper name with a person's role noun in apposition after a comma ('Hollis,
        a 6th grade chess player'), headed by 'a' or 'an': an office or a person's
        noun of the lexicon, or a player's (not 'Acme, a maker of printers')."""
        names = {t.i for t in toks if t.pos_ == "PROPN"}
        if not names:
            return False
        for tok in toks:
            if tok.dep_ != "appos" or tok.head.i not in names or tok.i < tok.head.i:
                continue
            if tok.doc[tok.left_edge.i - 1].text != ",":
                continue
            if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children):
                continue
            kind = self.lexicon.speaker_nouns.get(tok.lemma_.lower())
            if kind in {"anonymous", "title"}:
                return True
            if tok.lemma_.lower() in SPORTS_ROLES | {"player"}:
                return True
        return False

    def _speaker_before(self, start: int) -> str | None:
        """The named subject of the speech cue that heads the sentence ending before
        ``start``."""
        before = self.doc[start - 1].sent
        root = before.root
        entry = self.lexicon.cue_of(root)
        if entry is None or entry.cls != "speech":
            return None
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        return self._names_of(subject) if subject is not None else None

    def _after_by(self, start: int) -> bool:
        """Whether the words at ``start`` follow 'by', 'from' or 'of' (a determiner
        between: 'from the National Transportation Safety Board')."""
        i = start - 1
        if i > 0 and self.doc[i].pos_ == "DET":
            i -= 1
        return i >= 0 and self.doc[i].lower_ in {"by", "from", "of"}

    def _body_by(self, noun: Token, toks: list[Token]) -> str | None:
        """A public body named by its country and a common noun, after 'by' or 'from'
        in a document's phrase: 'a report from the Mexican government' -> 'Mexican
        government'."""
        inside = {t.i for t in toks}
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"by", "from"}:
                continue
            body = _pobj(prep)
            if body is None or body.i not in inside:
                continue
            if self.lexicon.speaker_nouns.get(body.lemma_.lower()) != "organization":
                continue
            country = [
                c
                for c in body.children
                if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}
            ]
            if country:
                return _clean(self.doc[country[0].i : body.i + 1].text)
        return None

    def _names_of(self, head: Token) -> str | None:
        """The named entity a subject heads, with those coordinated with it ('the
        American Civil Liberties Union of Montana and Native American Rights Fund')."""
        ent = self._ent_at(head.i)
        if ent is None:
            return None
        ents = [ent]
        for conj in head.conjuncts:
            other = self._ent_at(conj.i)
            if other is not None and other.label_ in {"ORG", "PERSON"} and other != ent:
                ents.append(other)
        names = [self.place_name(e) if e.label_ in ORG_LABELS else _clean(e.text) for e in ents]
        return join_names(names)

    # -- the record --------------------------------------------------------------

    def describe(
        self,
        span: tuple[int, int],
        canonical: str,
        kind: str,
        mention: tuple[int, int] | None,
        sentence: tuple[int, int],
    ) -> SourceFields:
        """The source fields of one speaker (``span``: the phrase or its antecedent)."""
        fields = self._describe(span, canonical, kind, mention, sentence)
        own = self.tokens(*mention) if mention else []
        if (
            fields.source_type == "named_organization"
            and len(own) == 1
            and own[0].lower_ in {"he", "she"}
        ):
            # 'Mwila Banda wrote … She added:': a name the recogniser read as a body's,
            # which the pronoun tells is a person's
            return SourceFields(fields.name, None, None, "named_person")
        if fields.source_type == "named_organization":
            toks = [t for t in self.tokens(*span) if not t.is_punct]
            person = self._person_of_word(toks[0]) if len(toks) == 1 else None
            if person is not None:  # 'Geingob' after 'Hage Geingob', 'Yayi' after 'Yayi Boni'
                title, affiliation = self._role_of(person)
                fields = SourceFields(person, title, affiliation, "named_person")
            elif fields.name and self._described_as_a_person(toks):
                # 'Hollis, a 6th grade chess player': a name the recogniser did not read as
                # a person's, which the person's role set beside it tells
                name_ids = {t.i for t in toks if t.text in fields.name.split()}
                title, affiliation = self._role(toks, name_ids)
                fields = SourceFields(fields.name, title, affiliation, "named_person")
        if fields.source_type == "named_organization":
            title = self._working_team(span)
            if title is not None:
                # 'The research team', 'His legal team': people at work, not a body
                fields = SourceFields(None, title, None, "unnamed_group")
        if fields.source_type in {"unnamed_group", "unnamed_person"}:
            body = self._body_named_for_people(span)
            if body is not None:  # 'Reporters Without Borders', 'Doctors Without Borders'
                fields = SourceFields(self.org_name(body) or body, None, None, "named_organization")
        if fields.source_type == "named_person" and fields.name in self._bodies_by_kind:
            # 'news outlet Rudaw' … 'Rudaw said': the body the article introduced
            fields = SourceFields(fields.name, None, None, "named_organization")
        if fields.source_type == "named_person" and fields.name and fields.title:
            self._described.setdefault(fields.name, (fields.title, fields.affiliation))
        if fields.affiliation is None and fields.title and "attorney general" in fields.title:
            # the guide's "Officials": with no unit given, the department
            return SourceFields(
                fields.name, fields.title, "Department of Justice", fields.source_type
            )
        if fields.affiliation is None and fields.source_type == "unnamed_group":
            words = [t for t in self.tokens(*span) if not t.is_punct]
            party = PARTY_MEMBERS.get(words[-1].lower_) if words else None
            named = _party_named_by_adjective(words)
            if party is not None and named is not None:
                # 'The Liberal Democrats', 'the Social Democrats': a party of that name
                return SourceFields(named, None, None, "named_organization")
            if party is not None and words[-1].is_title:
                # 'Democrats', 'House Republicans': the party they belong to (the guide's
                # "Eighteenth round")
                return SourceFields(fields.name, fields.title, party, fields.source_type)
        if fields.affiliation is None and fields.source_type == "unnamed_group":
            body = self._team_body(span, mention)
            if body is not None:
                # 'The researchers', 'they': the institution the article gave the team
                return SourceFields(fields.name, fields.title, body, fields.source_type)
        if fields.affiliation is None and fields.source_type == "named_organization":
            owner = self._owning_country(span)
            if owner is not None:
                # "Russia's defense ministry": the country of the possessive is the
                # body's affiliation (the guide's country words)
                return SourceFields(fields.name, fields.title, owner, fields.source_type)
        if fields.affiliation is None and fields.title and self._speaks_for_state(fields, span):
            country = self.article_country
            if (
                country is None
                and fields.source_type == "named_person"
                and _heads_state(fields.title)
            ):
                # a round-up of many countries' news: the head of state is the most
                # named country's ('President Donald Trump' in a US campaign diary)
                country = self._most_named_country
            if country is not None:
                fields = SourceFields(fields.name, fields.title, country, fields.source_type)
        if (
            fields.affiliation in ALIASED_COUNTRIES
            and fields.affiliation not in self.text[span[0] : span[1]]
        ):
            # a country the phrase does not write takes the form the article mostly
            # writes ('U.S.' in an article that writes U.S. more than United States)
            form = self._written_form(fields.affiliation)
            fields = SourceFields(fields.name, fields.title, form, fields.source_type)
        return fields

    def _working_team(self, span: tuple[int, int]) -> str | None:
        """The title of a team of people named by its work or its place, which is no
        body of its own ('The research team' -> research team, 'His legal team' ->
        legal team, 'The Montreal team' -> team), or None ('the Disease Surveillance
        Team', a club's 'team')."""
        toks = [t for t in self.tokens(*span) if not t.is_punct]
        if not toks or toks[-1].lower_ != "team" or toks[-1].pos_ != "NOUN":
            return None
        words = [t for t in toks[:-1] if t.pos_ not in {"DET", "PRON"} and t.tag_ != "POS"]
        work = [t for t in words if t.lower_ in WORKING_TEAMS]
        places = _place_words(words)
        if not work and not places:
            return None
        if any(t not in work and t not in places and not t.is_lower for t in words):
            return None  # ('the Argentine Forensic Anthropology Team' is a name)
        return " ".join([t.lower_ for t in work] + ["team"])

    def _written_form(self, country: str) -> str:
        """The form of ``country`` the article writes most: its name or an alias ('US',
        'U.S.'), not its adjective; its name where no form is written more."""
        counts = {country: 0}
        for word, n in self._country_word_counts.items():
            if word == country or COUNTRY_ALIASES.get(word) == country:
                counts[word] = n
        best = max(counts.values())
        return country if counts[country] == best else max(counts, key=counts.__getitem__)

    def _members_of(self, head: Token, toks: list[Token]) -> Token | None:
        """The people a team or group is of ('a team of researchers', 'a group of
        doctors'), who are the source rather than a body."""
        if head.lemma_.lower() not in {"team", "group"}:
            return None
        last = toks[-1].i
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i > last:
                continue
            obj = _pobj(prep)
            if obj is not None and obj.tag_ == "NNS" and self._role_noun(obj):
                return obj
        return None

    def _team_body(self, span: tuple[int, int], mention: tuple[int, int] | None) -> str | None:
        """The institution of a research team the article refers back to ('The
        researchers', 'the authors', or a pronoun for them): the one it named when it
        introduced the team ('researchers from the University of Tennessee', 'MIT
        researchers'); none for researchers it introduces here ('Some scientists')."""
        toks = [t for t in self.tokens(*span) if not t.is_punct]
        if not toks or toks[-1].lemma_.lower() not in RESEARCH_NOUNS:
            return None
        pronoun = mention is not None and mention != span
        if not pronoun and toks[0].lower_ not in {"the", "these"}:
            return None
        before = [body for noun, body in self._team_bodies if noun < toks[0].i]
        places = [t.text for t in _place_words(toks)]
        if places:
            # ('The Montreal team': the team of the body with that place in its name)
            before = [body for body in before if any(p in body for p in places)]
        return before[-1] if before else None  # (the team named last before)

    @cached_property
    def _team_bodies(self) -> list[tuple[int, str]]:
        """Where the article names a research team with its institutions: 'researchers
        from the University of Tennessee', 'scientists at MIT and Caltech', 'Penn
        State researchers'."""
        out: list[tuple[int, str]] = []
        for tok in self.doc:
            if tok.lemma_.lower() not in RESEARCH_NOUNS or tok.pos_ != "NOUN":
                continue
            ents: list[Span] = []
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in {"from", "at", "of"}:
                    # the organisations it is of ('from MIT, Colorado State University
                    # and the University of Sheffield'), each with its campus
                    # ('the University of Tennessee, Knoxville')
                    ids = {t.i for t in prep.subtree}
                    for ent in self.ents[bisect_left(self._ent_starts, prep.i) :]:
                        if ent.start not in ids:
                            break
                        if ent.label_ == "ORG":
                            ents.append(self._with_campus(ent))
            if not ents:
                ent = self._ent_at(tok.i - 1) if tok.i else None
                if ent is not None and ent.label_ == "ORG" and ent.end == tok.i:
                    ents.append(ent)  # 'MIT researchers'
            names = [self.place_name(e) for e in ents]
            # ('University College London (UCL)': one body, written twice)
            body = join_names(list(dict.fromkeys(n for n in names if n)))
            if body:
                out.append((tok.i, body))
        return out

    def _with_campus(self, ent: Span) -> Span:
        """A university with the campus set after it: 'University of Tennessee,
        Knoxville'."""
        doc = self.doc
        if ent.end + 1 >= len(doc) or doc[ent.end].text != "," or "University of" not in ent.text:
            return ent
        place = self._ent_at(ent.end + 1)
        if place is None or place.label_ != "GPE" or place.start != ent.end + 1:
            return ent
        return Span(doc, ent.start, place.end, label="ORG")

    def _owning_country(self, span: tuple[int, int]) -> str | None:
        """The country a source phrase opens with as a possessive before a body named by
        common nouns ("Russia's defense ministry"), or None."""
        toks = [t for t in self.tokens(*span) if t.lower_ != "the"]
        ent = self._ent_at(toks[0].i) if toks else None
        if ent is None or ent.label_ != "GPE" or ent.start != toks[0].i:
            return None
        if not self._country_words.fullmatch(ent.text):
            return None  # ("Matovič's government office": a person read as a place)
        if ent.end >= len(self.doc) or self.doc[ent.end].tag_ != "POS":
            return None
        rest = [t for t in toks if t.i > ent.end]
        if not rest or any(t.is_title for t in rest):
            # ("Britain's" alone; "Taiwan's Constitutional Court" is a name of its own)
            return None
        return self.place_name(ent)

    def _speaks_for_state(self, fields: SourceFields, span: tuple[int, int]) -> bool:
        """A source whose office speaks for the country the story is about (the guide's
        "Nationality"): a named office holder of state ('Prime Minister Mateusz
        Morawiecki'), or the one minister of the story ('the foreign minister'; not 'a
        minister', nor 'the president' of a company). 'Some diplomats' in a story about
        Russia may be anyone's, and a former office speaks for no one."""
        words = fields.title.split()
        if words[0] in {"former", "ex-"}:
            return False
        if fields.source_type == "named_person":
            # ('secretary of state', 'secretary of defense': the office before its field)
            office = words[-3] if len(words) > 2 and words[-2] == "of" else words[-1]
            return office in STATE_TITLES
        definite = self.text[span[0] : span[1]].lower().startswith("the ")
        return (
            fields.source_type == "unnamed_person" and definite and words[-1] in GOVERNMENT_OFFICES
        )

    def _body_of_a_state(self, toks: list[Token]) -> tuple[str | None, str] | None:
        """(name, country) of a state's body named by a country word and a common
        noun phrase: 'the French interior ministry' -> ('interior ministry', France).
        The country word is a descriptor, not part of the name."""
        words = [t for t in toks if not (t.pos_ == "DET" and t.i == toks[0].i)]
        if len(words) < 2:
            return None
        ent = self._ent_at(words[0].i)
        if ent is None or ent.label_ not in {"GPE", "NORP"} or ent.start != words[0].i:
            return None
        rest = [t for t in words if t.i >= ent.end]
        if not rest or not all(t.is_alpha and t.is_lower for t in rest):
            return None
        body = rest[-1].lemma_.lower()
        if body not in GOVERNING_BODIES:
            return None
        country = self.place_name(ent)
        if not country:
            return None
        # ('the Chinese court': a court with no name of its own)
        return (None if body == "court" else " ".join(t.text for t in rest)), country

    def _body_of_an_owner(self, toks: list[Token]) -> tuple[str, str | None] | None:
        """(name, owner) of a named body its owner's possessive introduces: "the
        United Nations' World Health Organization" -> ('World Health Organization',
        'United Nations'); a country's named body is named without the country and
        speaks for itself ("Turkey's Disaster and Emergency Management Presidency")."""
        own = next((t for t in toks if t.tag_ == "POS"), None)
        if own is None or own.i == toks[0].i:
            return None
        body = [t for t in toks if t.i > own.i]
        owner = [t for t in toks if t.i < own.i and not (t.pos_ == "DET" and t.i == toks[0].i)]
        if len(body) < 2 or not all(t.text[:1].isupper() or t.is_stop for t in body):
            return None
        ent = self._ent_at(owner[-1].i) if owner else None
        if ent is None or ent.label_ not in {"ORG", "GPE"} or ent.start > owner[0].i:
            return None
        owner_span = self.doc[owner[0].i : owner[-1].i + 1]
        name = self.org_name(_clean(" ".join(t.text for t in body)))
        if not name:
            return None
        if ent.label_ != "ORG" or self.full_name(owner[-1].text) is not None:
            # ("Taiwan's Constitutional Court" speaks for itself; "Trump's State
            # Department" is no body of Trump's)
            return name, None
        return name, self.place_name(owner_span)

    def _state_of(self, toks: list[Token]) -> str | None:
        """The country whose state media an outlet is ('Syrian state media', 'state
        television' in a story about one country), or None for other media."""
        outlet = any(t.lower_ in STATE_OUTLETS or t.lemma_.lower() in STATE_OUTLETS for t in toks)
        if not outlet or not any(t.lower_ in {"state", "government"} for t in toks):
            return None
        for e in self._ents_in(toks, {"GPE", "NORP"}):
            # ('of the North Korean government': the state's own words, whole)
            country = self.place_name(e)
            if country:
                return country
        for t in toks:
            country = self._country(t.text)
            if country != t.text or t.ent_type_ == "GPE":
                return country
        return self.article_country

    def _names_a_country(self, text: str) -> bool:
        """Whether ``text`` is a country's name, short form or people's word ('Australia',
        'U.S.', 'French')."""
        return self._country(text) != text or text in self.lexicon.demonyms.values()

    def _country(self, word: str) -> str:
        """The country a word names ('French' -> France, 'U.S.' -> United States), or
        the word itself."""
        return self.lexicon.demonyms.get(word) or COUNTRY_ALIASES.get(word, word)

    @cached_property
    def article_country(self) -> str | None:
        """The country the story is about: named (or its people) at least twice in the
        article, and more than all other countries together or twice the next. Counted
        on the words, not the parse, so that every entry point agrees."""
        counts = self._country_counts
        if not counts:
            return None
        ranked = sorted(counts.values(), reverse=True)
        top, n = max(counts.items(), key=lambda kv: kv[1])
        second = ranked[1] if len(ranked) > 1 else 0
        ahead = n > sum(ranked) - n or n >= 2 * second  # (of all others, or of the next)
        return top if n >= 2 and ahead else None

    @cached_property
    def _country_counts(self) -> dict[str, int]:
        """How often the article names each country (or its people), in the order it
        first names them."""
        counts: dict[str, int] = {}
        for word, n in self._country_word_counts.items():
            name = self._country(word)
            counts[name] = counts.get(name, 0) + n
        return counts

    @cached_property
    def _country_word_counts(self) -> dict[str, int]:
        """How often the article writes each word of a country (a name, an alias, a
        people's adjective), in the order it first writes them."""
        counts: dict[str, int] = {}
        for m in self._country_words.finditer(self.story):
            counts[m.group(0)] = counts.get(m.group(0), 0) + 1
        return counts

    @cached_property
    def _most_named_country(self) -> str | None:
        """The country the article names most, at least three times and more often
        than any other."""
        ranked = sorted(((n, c) for c, n in self._country_counts.items()), reverse=True)
        if not ranked or ranked[0][0] < 3 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
            return None
        return ranked[0][1]

    @cached_property
    def _country_words(self) -> re.Pattern:
        words = {*self.lexicon.demonyms, *self.lexicon.demonyms.values(), *COUNTRY_ALIASES}
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])")

    def _one_of_a_group(self, toks: list[Token]) -> SourceFields | None:
        """A bare 'One' that takes up the people named just before it ('Several friends
        posted condolences … One claimed …'): one of them, titled by their noun in the
        singular (the guide's partitive 'One')."""
        words = [t for t in toks if t.lower_ not in {"the", "a", "an"}]
        if len(words) != 1 or words[0].lower_ != "one":
            return None
        word = words[0]
        start = word.sent.start
        if start > 0:
            start = self.doc[start - 1].sent.start  # (this sentence and the one before)
        people = self.lexicon.speaker_nouns
        groups = [
            t
            for t in reversed(self.doc[start : word.i])
            if t.tag_ == "NNS" and people.get(t.lemma_.lower()) in {"anonymous", "title"}
        ]
        # the people who act or are counted ('Two officials spoke to reporters')
        counted = [
            t
            for t in groups
            if t.dep_ in {"nsubj", "nsubjpass"}
            or any(c.dep_ in {"nummod", "amod", "det"} and c.lower_ in COUNTING for c in t.children)
        ]
        group = (counted or groups or [None])[0]
        if group is None:
            return None
        return SourceFields(None, group.lemma_.lower(), None, "unnamed_person")

    def _one_of_those_before(self, toks: list[Token]) -> SourceFields | None:
        """'one of the people', 'One of the officials': one of the group the article
        described just before ('three people familiar with the matter, who asked not to
        be identified'), the same kind of source, one person of it."""
        words = [t for t in toks if not t.is_punct]
        if (
            len(words) != 4
            or words[0].lower_ != "one"
            or words[1].lower_ != "of"
            or words[2].lower_ not in {"the", "those", "these"}
            or words[3].tag_ != "NNS"
        ):
            return None
        noun = words[3]
        lemma = noun.lemma_.lower()
        first = noun.sent.start
        for _ in range(2):  # (this sentence and the two before)
            if first > 0:
                first = self.doc[first - 1].sent.start
        earlier = [
            t for t in self.doc[first : words[0].i] if t.tag_ == "NNS" and t.lemma_.lower() == lemma
        ]
        if not earlier:
            return None
        group = earlier[-1]
        end = group.right_edge
        fields = self._describe(
            (group.left_edge.idx, end.idx + len(end.text)),
            group.text,
            "unknown",
            None,
            (group.sent.start_char, group.sent.end_char),
        )
        if fields.source_type not in {"anonymous_source", "unnamed_group"}:
            return None
        title = fields.title
        if title and title.endswith(noun.lower_) and lemma != noun.lower_:
            title = title[: -len(noun.lower_)] + lemma  # ('researchers' -> researcher)
        kind = "anonymous_source" if fields.source_type == "anonymous_source" else None
        return SourceFields(None, title, fields.affiliation, kind or "unnamed_person")

    def _describe(
        self,
        span: tuple[int, int],
        canonical: str,
        kind: str,
        mention: tuple[int, int] | None,
        sentence: tuple[int, int],
    ) -> SourceFields:
        toks = self.tokens(*span)
        own = self.tokens(*mention) if mention else toks
        if not toks:
            return SourceFields(None, None, None, None)
        head = self._head(toks)
        one = self._one_of_a_group(toks) or self._one_of_those_before(toks)
        if one is not None:  # 'Two officials spoke to reporters. One said …'
            return one
        portion = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if head.lemma_.lower() in PORTIONS and portion is not None and toks[-1].i > portion.i:
            # 'A number of Senators', 'More than 95% of the participants': who they are
            toks = [t for t in toks if t.i > portion.i]
            head = self._head(toks)
        elif head.lemma_.lower() in PORTIONS and (
            head.tag_ == "NN" or any(t.like_num for t in toks if t.i < head.i)
        ):
            # '68 percent said …', 'A majority favored …': a share of those asked, whose
            # role the phrase does not give
            return SourceFields(None, None, None, "unnamed_group")
        if is_pronoun(head) and len(toks) == 1 and not is_acronym(head):
            group = self.lexicon.speaker_nouns.get(head.lower_) == "group"  # 'Some argue'
            kind = "unnamed_group" if group else PRONOUN_TYPES.get(head.lower_)
            return SourceFields(None, None, None, kind)
        lemma = head.lemma_.lower()
        noun_kind = self.lexicon.speaker_nouns.get(lemma) or self.lexicon.speaker_nouns.get(
            head.lower_
        )
        handle = self._handle(toks)
        if handle is not None:
            return handle
        surnames = self._surnames_together(toks)
        if surnames is not None:  # 'Both Marrero and Pascual'
            return SourceFields(surnames, None, None, "named_person")
        if kind == "organization" and head.pos_ == "NOUN":
            # 'One of these groups, the Syrian Democratic Forces (SDF)': the name beside
            # a common noun of groups
            beside = [e for e in self._ents_in(toks, {"ORG"}) if _clean(e.text) == canonical]
            if beside:
                name = self.org_name(canonical)
                return SourceFields(name, None, self._state_of(toks), "named_organization")
        site = self._site(toks, head)
        if site is not None:
            return site
        blogger = self._of_a_site(toks, head)
        if blogger is not None:
            return blogger
        pen_name = self._role_and_name(toks)
        if pen_name is not None:
            return pen_name
        named = self._ents_in(toks, {"PERSON", *ORG_LABELS})
        plural_form = head.tag_ in {"NNS", "NNPS"} and head.lemma_.lower() != head.lower_
        # ('US authorities', 'authorities in the United Kingdom': places are affiliations)
        named_for = [e for e in named if e.label_ not in {"GPE", "NORP"}]
        # ('Several Asian countries'; not 'the two nations', countries the article named)
        some_countries = noun_kind == "country" and toks[0].lower_ not in DEFINITE_PLURALS
        if (
            not named_for
            and plural_form
            and (noun_kind in {"organization", "group"} or some_countries)
        ):
            # 'several opposition groups', 'Authorities' opening a sentence: a plural
            # of a common noun, whatever its capital, names no one
            title, affiliation = self._role(toks, set())
            if title is None and not _general_people(head):
                # 'several opposition groups': the group is what they are (not 'Chinese
                # citizens', people in general)
                words = [
                    t
                    for t in toks
                    if t.i <= head.i
                    and t.pos_ in {"NOUN", "PROPN", "ADJ"}
                    and t.lower_ not in QUANTIFIERS
                    and t.ent_type_ not in {"GPE", "NORP"}
                ]
                title = _clean(" ".join(t.lower_ for t in words))
            return SourceFields(None, title, affiliation, "unnamed_group")
        if kind == "media" and canonical[:1].isupper() and not head.is_lower:
            # an outlet by its name ('Greek daily Kathimerini', 'WSET-TV'), not 'state media'
            name = self.org_name(_clean(canonical))
            return SourceFields(name, None, self._state_of(toks), "named_organization")
        if (
            lemma in OUTLET_NOUNS
            and head.pos_ == "NOUN"
            and [t.lower_ for t in toks]
            == [
                "the",
                head.lower_,
            ]
        ):
            outlet = self._earlier_outlet(toks[0].idx)
            if outlet is not None:  # 'the website' -> 'Znak.com', named before
                return SourceFields(outlet, None, None, "named_organization")
        message = (
            head.pos_ == "NOUN"
            and noun_kind is None
            and lemma in self.lexicon.message_nouns
            # ('Her Lestovian counterpart, Tomas Brek': a person's name beside the noun)
            and not any(
                t.dep_ == "appos" and t.head.i == head.i and t.ent_type_ == "PERSON" for t in toks
            )
        )
        # ('Sky News', 'the Jakarta Post', 'the U.S. Geological Survey': an organisation
        # whose name ends in a noun of texts; not 'an INTERPOL Red Notice')
        titled = (
            head.pos_ == "PROPN"
            and lemma in NAMED_BODIES
            and (
                head.ent_type_ in {"ORG", "FAC"}
                # 'The Deseret News', which the recogniser missed
                or any(
                    c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title for c in head.children
                )
                # (not 'Mark Times', a person the recogniser named)
                and not (head.ent_type_ == "PERSON" and toks[0].text in self.lexicon.first_names)
            )
        )
        outlet = self._named_outlet(head) if noun_kind in {"media", "document"} else None
        if outlet is None and titled and head.ent_type_ not in {"ORG", "FAC"}:
            words = [t for t in toks if t.i <= head.i and (t.pos_ == "PROPN" or t.i == head.i)]
            outlet = _clean(" ".join(t.text for t in words))
        if outlet is not None:  # 'The secularist magazine MicroMega': the magazine's name
            return SourceFields(self.org_name(outlet) or outlet, None, None, "named_organization")
        if (
            (noun_kind == "document" and not titled)
            or message
            or (kind == "document" and head.pos_ != "PROPN")
        ):
            return SourceFields(self._publisher(head, toks), None, self._state_of(toks), "document")
        if kind == "media" and head.pos_ == "NOUN":  # 'state media', 'local news'
            return SourceFields(None, None, self._state_of(toks), "document")
        # what the article says about the source next to its own mention:
        # ', who spoke on condition of anonymity', 'whom they did not name'
        phrase = own or toks
        near_end = min(sentence[1], phrase[-1].idx + len(phrase[-1].text) + 80)
        context = self.text[phrase[0].idx : max(near_end, phrase[0].idx)]
        has_person = any(t.ent_type_ == "PERSON" for t in toks)
        anonymous = (head.lower_ in ANONYMOUS_HEADS and not has_person) or any(
            not self._describes_another(phrase[0].idx + m.start(), phrase[-1])
            for m in ANONYMITY.finditer(context)
        )
        person = None if anonymous else self._named_person(toks, head)
        if person is None and len(toks) == 1 and self.full_name(head.text):
            full = self.full_name(head.text)
            title, affiliation = self._role_of(full)
            return SourceFields(full, title, affiliation, "named_person")
        if (
            person is None
            and kind == "person"
            and head.pos_ == "PROPN"
            and head.tag_ != "NNPS"
            and not anonymous
            and not self._role_noun(head)  # ('The Prime Minister': a title in capitals)
        ):
            names = [t for t in toks if t.pos_ == "PROPN" and t.lower_ not in HONORIFICS]
            if names and names[-1].i == head.i:
                # the name is the run of proper nouns that ends at the head, after the
                # last word of a title ('U.S. Attorney Rosa Emilia Rodriguez-Velez')
                start = head.i
                while start > toks[0].i:
                    prev = self.doc[start - 1]
                    joined = prev.text == "-" and not prev.whitespace_
                    if not joined and (
                        prev.pos_ != "PROPN"
                        or prev.lower_ in HONORIFICS
                        or self._role_noun(prev)
                        or prev.lower_ in self.lexicon.title_words
                    ):
                        break
                    start -= 1
                person = self.doc[start : head.i + 1]
        if person is None and not anonymous:
            person = self._first_named(toks)
        if (
            person is not None
            and person.label_ == "PERSON"
            and (self._single_name_is_org(person) or self._org_shaped(person))
        ):
            name = self.org_name(_clean(person.text))
            return SourceFields(name, None, None, "named_organization")
        if person is not None:
            person = self._without_roles(person)
            name = self._with_generation(person, self._full_person_name(_clean(person.text)))
            listed = self._listed_officials(person, toks)
            if listed:
                # 'Acting Assistant Attorney General A of the Criminal Division and U.S.
                # Attorney B': several people, each with a role of their own
                names = [self._full_person_name(_clean(e.text)) for e in listed]
                return SourceFields(join_names(names), None, None, "named_person")
            others = self._coordinated_people(person, toks)
            if others:  # 'Police officers Antoine Quirin and Nicolas Redouane'
                names = [name] + [self._full_person_name(_clean(e.text)) for e in others]
                # the role is the one before the first name ('Police officers')
                first = [t for t in toks if t.i < person.end]
                title, affiliation = self._role(first, {t.i for t in person})
                return SourceFields(join_names(names), title, affiliation, "named_person")
            title, affiliation = self._role(toks, {t.i for t in person})
            after = [t for t in toks if t.i >= person.end]
            # a rank before the name, the only role there ('Lt. Col. Steve Stover, …')
            ranked = (title is None or _rank_words(title.split())) and bool(
                self.rank_titles.get(name or "")
            )
            beside_ok = title or ranked
            if beside_ok and len(after) > 2 and after[0].text == "," and person.start > toks[0].i:
                # 'Ex-Prime Minister Donald Tusk, the current President of the European
                # Council': the role set beside the name is the one it speaks in
                beside, beside_affiliation = self._role(after[1:], set())
                office = [
                    t
                    for t in after[1:]
                    if self.lexicon.is_office(t.lemma_.lower())
                    or t.lemma_.lower() in NATIONAL_OFFICES
                ]
                former = any(t.lower_ in {"former", "ex"} for t in after[1:4])
                # ('Lt. Col. Steve Stover, a spokesman for the multinational force': the
                # post set beside a rank is the title, the guide's "Rank and post")
                if beside and (office or ranked) and not former:
                    title, affiliation = beside, beside_affiliation or affiliation
            known_title, known_affiliation = self._role_of(name or "")
            if not (title or known_title):
                # 'Mutambara, who is one of two deputy prime ministers': a short mention
                # the recogniser did not read as a person, its role in a relative clause
                here = self.doc[own[0].i : own[-1].i + 1] if own else person
                for mention in (person, here):
                    known_title, given = self._role_in_relative(mention)
                    known_affiliation = known_affiliation or given
                    if known_title:
                        break
            # a rank or a doctor's honorific, when no mention gives a title ('1st Lt.
            # Gregg Murphy', 'Dr. Alison Kock')
            title = title or known_title or self.rank_titles.get(name or "")
            written = self._title_in_mention(own, toks, name)
            if written is not None and not _lesser_title(written, title):
                # 'Sen. Bernie Sanders …' then 'Chairman Sanders wrote': the title written
                # in the claim's own mention wins (the guide's "Titles for pronouns")
                title = written
            return SourceFields(name, title, affiliation or known_affiliation, "named_person")
        title, affiliation = self._role(toks, set())
        proper = head.pos_ == "PROPN" or any(
            t.ent_type_ in ORG_LABELS and t.i == head.i for t in toks
        )
        # ('The World Health Organization' is a name, not 'the organization' named before)
        anaphoric = lemma in self.lexicon.anaphoric_orgs and head.pos_ != "PROPN"
        if anaphoric and toks[0].lower_ in {"the", "its", "this"}:
            inside = {t.i for t in toks}
            earlier = self._earlier_org(toks[0].idx, exclude=inside)
            if earlier is not None:  # 'The Premier League side' -> the club named before
                return SourceFields(earlier, None, None, "named_organization")
        organization = kind in {"organization", "country", "media"} and (proper or not title)
        # ('Police said …': a common noun capitalised as the sentence's first word; 'Her
        # office said …': a possessive or a determiner capitalised there)
        capital = canonical[:1].isupper() and not (head.pos_ == "NOUN" and head.is_sent_start)
        opener = toks[0]
        if capital and opener.is_sent_start and opener.tag_ in {"PRP$", "DT"} and len(toks) > 1:
            capital = toks[1].text[:1].isupper()
        if organization and (proper or capital):
            body = self._body_of_a_state(toks)
            if body is not None:  # 'the French interior ministry'
                return SourceFields(body[0], None, body[1], "named_organization")
            owned = self._body_of_an_owner(toks)
            if owned is not None:  # "the United Nations' World Health Organization"
                return SourceFields(owned[0], None, owned[1], "named_organization")
            name = self.org_name(_clean(canonical))
            return SourceFields(name, None, self._state_of(toks), "named_organization")
        members = self._members_of(head, toks)
        if members is not None:
            # 'A team of researchers from the University of Tennessee': the researchers
            title, affiliation = self._role([t for t in toks if t.i >= members.i], set())
            return SourceFields(None, title, affiliation, "unnamed_group")
        if noun_kind == "organization" or lemma in self.lexicon.anaphoric_orgs:
            return SourceFields(self._org_mention(toks, head), None, None, "named_organization")
        if anonymous:
            return SourceFields(None, title, affiliation, "anonymous_source")
        plural = head.tag_ in {"NNS", "NNPS"} or noun_kind == "group"
        possessed = len(toks) > 2 and toks[1].tag_ == "POS" and toks[0].ent_type_ in ORG_LABELS
        if not plural and (toks[0].lower_ in {"the", "this", "that"} or possessed) and title:
            named = self._person_titled(title.split()[-1], span[0])
            if named is None and affiliation and title.split()[-1] in HEAD_WORDS:
                # 'The FAO chief' after 'Jacques Diouf, director general of the FAO'
                named = self._head_of(affiliation, span[0])
            if named is None and toks[0].lower_ == "the" and head.is_sent_start is False:
                named = self._person_just_named(toks[0])
            if named is not None:
                known_title, known_affiliation = self._role_of(named)
                return SourceFields(
                    named, known_title or title, affiliation or known_affiliation, "named_person"
                )
        if plural and toks[0].lower_ in {"the", "both", "these"} and title:
            named = self._people_titled(head, span[0])
            if named is not None:  # 'the defendants', 'Both officers': their names
                return SourceFields(named, title, affiliation, "named_person")
        return SourceFields(
            None, title, affiliation, "unnamed_group" if plural else "unnamed_person"
        )


#: What a team of people works at, which makes it no body of its own ('the research
#: team', 'his legal team').
WORKING_TEAMS = frozenset(
    {"research", "legal", "medical", "scientific", "rescue", "international", "joint"}
    | {"investigative", "forensic", "archaeological", "defence", "defense", "search"}
)
#: Words that stand for the head of a body ('the FAO chief', 'the UN boss').
HEAD_WORDS = frozenset({"chief", "head", "boss", "leader"})
#: Words of a title that heads a body.
HEAD_TITLE_WORDS = HEAD_WORDS | frozenset(
    {"president", "chairman", "chairwoman", "chair", "director", "general", "ceo"}
    | {"executive", "commissioner", "secretary"}
)
#: Words that open a plural phrase for things the article has named ('both nations').
DEFINITE_PLURALS = frozenset({"the", "both", "these", "those", "two", "all"})
#: Bodies of a state that a role serves ('a spokesman for the U.S. military').
STATE_BODIES = frozenset({"military", "army", "navy", "government", "police", "embassy"})
#: Words that withhold a source's identity, no part of its title: 'an unnamed official'.
WITHHELD = frozenset({"unnamed", "anonymous", "unidentified"})
#: Prepositions after a role that name whom it serves: 'a spokesman for X', 'an aide to X'.
SERVING = frozenset({"for", "to"})
#: Bodies that govern, named by a common noun after a country word ('the French
#: interior ministry'). (Older labels keep the country word in 'the Chinese
#: government', so those stay as the article writes them.)
GOVERNING_BODIES = frozenset({"ministry", "department", "cabinet", "parliament", "court"})


def _prize_of(ent: Span) -> bool:
    """'Pulitzer Prize-winning cartoonist', 'Oscar-nominated director': what the source
    won or was named for, no body it speaks for."""
    doc = ent.doc
    return (
        ent.end + 1 < len(doc)
        and doc[ent.end].text == "-"
        and not doc[ent.end - 1].whitespace_
        and doc[ent.end + 1].lower_.endswith(("winning", "nominated", "awarded", "acclaimed"))
    )


#: Words that open a rank after a post ('spokesman Maj. Tom Holloway', 'spokesperson
#: Major-General Kevin Bergner'); not 'general' alone ('attorney general') nor
#: 'commander', a post of its own.
RANK_OPENERS = frozenset(
    {"maj", "major", "lt", "lieutenant", "col", "colonel", "capt", "captain", "sgt"}
    | {"sergeant", "brig", "brigadier", "gen", "adm", "admiral", "cpl", "corporal", "pvt"}
)
#: Words of a rank spelled out or written short.
RANK_PARTS = RANK_OPENERS | RANK_WORDS | RANK_LEADS | {"general", "commander", "-"}


def _lesser_title(written: str, known: str | None) -> bool:
    """Whether a title written before a short mention says less than the one the article
    gave before: the same post without its qualifier ('Judge Bates' after 'federal judge
    John D. Bates'), a rank beside a post (the guide's "Rank and post"), or an academic's
    or doctor's honorific."""
    if not known:
        return False
    words = written.split()
    same = [t.lower().replace("united states", "u.s.") for t in (written, known)]
    return (
        same[1].endswith(same[0])
        or _rank_words(words)
        or all(w.rstrip(".") in HONORIFIC_TITLES for w in words)
    )


#: Titles of learning written before a name, which a post the article gave outranks.
HONORIFIC_TITLES = frozenset({"professor", "prof", "dr", "doctor"})


#: Offices named with the level of the court or government they serve: 'District
#: Attorney', 'U.S. District Judge', 'State Senator'.
JURISDICTION_OFFICES = frozenset(
    {"district attorney", "district judge", "circuit judge", "county attorney"}
    | {"county judge", "state senator", "state representative", "state attorney"}
)


def _jurisdiction_in_title(
    toks: list[Token], title: str | None, affiliation: str | None
) -> tuple[str | None, str | None]:
    """'District Attorney Jane Roe' is a district attorney, not an attorney of a body
    called District: the level before the office is the title's."""
    if not title:
        return title, affiliation
    first = title.split()[0]
    for level, word in zip(toks, toks[1:], strict=False):
        pair = f"{level.lower_} {word.lower_}"
        if word.lower_ == first and pair in JURISDICTION_OFFICES and not title.startswith(pair):
            if affiliation is not None and affiliation.lower() == level.lower_:
                affiliation = None
            return f"{level.lower_} {title}", affiliation
    return title, affiliation


def _rank_words(words: list[str]) -> bool:
    """Whether the title words are all words of a rank ('lt. col.', 'major-general')."""
    return bool(words) and all(
        part.rstrip(".") in RANK_PARTS for w in words for part in w.split("-") if part
    )


def _without_trailing_rank(title: str | None) -> str | None:
    """A post followed by the rank of the one who holds it is the post (the guide's
    "Rank and post"): 'military spokesman maj' -> military spokesman, 'spokesperson
    major-general' -> spokesperson."""
    if not title:
        return title
    words = title.split()
    for k in range(1, len(words)):
        tail = words[k:]
        opener = tail[0].split("-")[0].rstrip(".")
        # one spelled word may be a role of its own ('psychology major'); a short form
        # or a rank of two words is a rank
        single = len(tail) == 1 and "-" not in tail[0] and opener not in RANK_WORDS
        if (
            opener in RANK_OPENERS
            and not single
            and _rank_words(tail)
            and not _rank_words(words[:k])
        ):
            return " ".join(words[:k])
    return title


def join_names(names: list[str | None]) -> str | None:
    """'A and B', 'A, B and C': names listed as a writer lists them."""
    kept = [n for n in names if n]
    if len(kept) < 3:
        return " and ".join(kept) or None
    return ", ".join(kept[:-1]) + " and " + kept[-1]


def _dateline(tok: Token) -> bool:
    """The place a story was filed from, in capitals before a dash: 'WASHINGTON –'."""
    m = DATELINE.match(tok.doc.text, tok.idx)
    return m is not None and m.end() > tok.idx + len(tok.text)


def _last_word_key(name: str) -> str:
    words = name_words(name)
    return name_key(words[-1]) if words else ""


def _general_people(noun: Token) -> bool:
    """A noun of people in general, which gives no title ('people', 'citizens')."""
    return noun.lemma_.lower() in GENERAL_PEOPLE or noun.lower_ in GENERAL_PEOPLE


def _modifies(tok: Token) -> bool:
    """A participle before a noun, as an adjective: 'newly elected', 'acting', 'retired'
    ('Acting U.S. Attorney', whose participle the parser makes a compound)."""
    return tok.pos_ == "VERB" and tok.dep_ in {"amod", "compound"} and tok.i < tok.head.i


def kind_for(source_type: str | None, kind: str) -> str:
    """The speaker kind, made to agree with the source type where they differ."""
    if source_type is None or kind == "pronoun":
        return kind
    allowed = KIND_OF_TYPE[source_type]
    return kind if kind in allowed else allowed[0]
