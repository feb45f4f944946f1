"""Person names: the forms one person goes by, and names the recogniser mislabelled.

A story names a person in full once and then by one word: ``Robert Downey
Jr.`` -> ``Downey``, ``Christopher Gallego-Lazo`` -> ``Gallego-Lazo``,
``Recep Tayyip Erdoğan`` -> ``Erdogan`` (another spelling of the same letters),
or, in features and sport, the first name (``Terri Collins`` -> ``Terri``).
:func:`name_key` is the one key the speaker resolver, the source describer and
the prefilter compare such words by.

The small English model often labels a foreign person's name an organisation
(``Hungarian minister Gáspár Maróth``). :func:`relabel_titled_names` makes a
person of a name that a title or an honorific stands right before, before any
rule reads the entities. (A first name is no such evidence: 'Hong' is one.)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from claimx.lexicon import Lexicon, word_set

#: Generational suffixes that end a full name and are never the surname.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "qc", "kc"})
#: Punctuation around a word of a name.
TRIM = ".,;:!?()[]\"'“”‘’«»"
#: Entity labels a person's name is mistaken for.
MISTAKEN_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})
HONORIFICS = word_set("abbreviated_titles")
RANKS = word_set("ranks")
RANK_LEADS = word_set("rank_leads")
#: Words written short before a name that are no word of it.
RANK_WORDS = RANKS | HONORIFICS
#: Titles of rulers and clergy written before a name, which is no word of it ('Crown
#: Prince Mohammed bin Salman', 'Queen Elizabeth', 'Pope Francis').
STYLED_TITLES = word_set("styled_titles")
#: Titles of two words whose second word is also a given name ('First Lady').
TITLE_PAIRS = word_set("title_pairs")
#: A particle joined to a name by an apostrophe: "al'Koush", "d'Estaing".
PARTICLE = re.compile(r"^(?:al|el|d|l|o)['’]", re.IGNORECASE)
#: Entity labels of organisations, places and groups, none a person.
ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})
#: Labels of names of people, organisations and places.
NAME_LABELS = ORG_LABELS | {"PERSON"}
#: Roles of people who write under a pen name or handle.
PEN_NAME_ROLES = frozenset({"blogger", "commenter", "user", "twitterer", "tweeter", "netizen"})


#: Hyphens that join the parts of one name ('al-Maliki').
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
#: An Arabic article joined to a surname by a hyphen: 'al-Maliki' is also 'Maliki'.
JOINED_ARTICLE = re.compile(
    rf"^(?:al|el|ad|ar|as|ash|at|az|an)[{re.escape(''.join(sorted(HYPHENS)))}](?=\w)",
    re.IGNORECASE,
)


def name_key(word: str) -> str:
    """'Erdoğan's' -> 'erdogan', 'al-Maliki' -> 'maliki': lower case, accents, a
    possessive and a joined article left out."""
    word = word.strip(TRIM).removesuffix("'s").removesuffix("’s").strip(TRIM)
    word = JOINED_ARTICLE.sub("", word)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def name_words(text: str) -> list[str]:
    """The words of a full name without its generational suffix: 'Robert Downey Jr.'
    -> ['Robert', 'Downey']."""
    words = [w.strip(TRIM) for w in text.split()]
    words = [w.removesuffix("'s").removesuffix("’s") for w in words if w]
    while len(words) > 1 and name_key(words[-1]) in NAME_SUFFIXES:
        words.pop()
    return words


def surname_key(text: str) -> str | None:
    """The key of a full name's last word; None for a name of one word."""
    words = name_words(text)
    return name_key(words[-1]) if len(words) > 1 else None


def middle_name_key(text: str) -> str | None:
    """The key of the middle word of a three-word name that is no initial: the first
    of two surnames ('Rosselló' in 'Ricardo Rosselló Nevares'); None otherwise."""
    words = name_words(text)
    if len(words) != 3 or len(words[1]) < 3 or words[1].endswith("."):
        return None
    return name_key(words[1])


def first_name_key(text: str) -> str | None:
    """The key of a full name's first word; None for a name of one word."""
    words = name_words(text)
    return name_key(words[0]) if len(words) > 1 else None


def _no_name_word(t, lexicon: Lexicon) -> bool:
    """A word no personal name is made of: in capitals, with a digit, or a word of
    organisations, titles, speakers or media."""
    lower = t.lower_
    return (
        t.is_upper
        or any(c.isdigit() for c in t.text)
        or lower in lexicon.org_words
        or lower in lexicon.title_words
        or lower in lexicon.speaker_nouns
        or lower in lexicon.media
    )


def _looks_like_name(ent: Span, lexicon: Lexicon, fewest: int = 2) -> bool:
    """Two (or ``fewest``) or three capitalised proper nouns, none a word of offices
    or organisations."""
    words = [t for t in ent if not (t.is_punct and t.text == "-") and not _initial(t)]
    # a particle inside the name ('Sara Derotier de Cobacho', 'Ludwig van Beethoven')
    words = [t for t in words if not (t.lower_ in INNER_PARTICLES and words[0] != t != words[-1])]
    if not fewest <= len(words) <= 3 or not all(t.pos_ == "PROPN" for t in words):
        return False
    for t in words:
        if not t.text[:1].isupper() or _no_name_word(t, lexicon):
            return False
    return ent.text.lower() not in lexicon.media


#: Words that open a surname ('Al Yousif', 'van Dam', 'ten Hag'): the word before is a
#: given name.
NAME_PARTICLES = word_set("name_particles")
#: Small words inside a person's name, written in lower case.
INNER_PARTICLES = frozenset(
    {
        "de",
        "da",
        "del",
        "dela",
        "della",
        "di",
        "do",
        "dos",
        "das",
        "du",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "bin",
        "binti",
        "al",
        "el",
    }
)


def _initial(t) -> bool:
    """A middle initial ('F.' of 'Dwayne F. Cross')."""
    return len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "."


def name_shaped(tokens: list, lexicon: Lexicon) -> bool:
    """Two or three capitalised proper nouns (a particle such as "al'" or "de" may open
    one) that are no word of offices, organisations, media or nationalities: a
    person's name, whatever the recogniser called it ('Paco Bardales', "Abdelhak
    al'Koush")."""
    words = [t for t in tokens if not (t.is_punct and t.text == "-")]
    if not 2 <= len(words) <= 3:
        return False
    for t in words:
        bare = PARTICLE.sub("", t.text)
        if (
            t.pos_ != "PROPN"
            or t.tag_ == "NNPS"
            or not bare[:1].isupper()
            or _no_name_word(t, lexicon)
            or t.text in lexicon.demonyms
        ):
            return False
    return " ".join(t.lower_ for t in words) not in lexicon.media


def _titled(before: Span | None, lexicon: Lexicon) -> bool:
    """A lower-case title ('minister', 'officers', 'coach') or an honorific ('Dr.')."""
    if before is None:
        return False
    tok = before[-1]
    if tok.lower_.rstrip(".") in HONORIFICS:
        return True
    kind = lexicon.speaker_nouns.get(tok.lemma_.lower()) or lexicon.speaker_nouns.get(tok.lower_)
    return tok.is_lower and tok.pos_ == "NOUN" and kind in {"title", "anonymous"}


def _described_as_a_person(ent: Span, lexicon: Lexicon) -> bool:
    """A name set beside a person's role or age: '[Kubiak]ORG, a fire service
    spokesman', '[Maya Rockeymoore Cummings]ORG, his wife', '[Adamowicz]ORG, 53'."""
    for c in ent.root.children:
        if c.dep_ != "appos" or c.i < ent.end:
            continue
        if c.like_num and c.text.isdigit() and 0 < int(c.text) < 120:
            return True
        lemma = c.lemma_.lower()
        if lexicon.is_office(lemma) or lemma in lexicon.relationships:
            return True
        if c.pos_ == "NOUN" and c.is_lower and lemma.endswith("ist"):
            return True  # '[Cattelan]ORG, the artist'
    return False


def rank_words(doc: Doc, end: int) -> int:
    """Where a rank written short ends that closes at ``end`` ('1st Lt.', 'Master Sgt',
    'Lt. Col.', 'Dr'): the index of its first word, or ``end`` when there is none."""
    start = end
    while start > 0 and (
        doc[start - 1].lower_.rstrip(".") in RANK_WORDS
        or doc[start - 1].text == "."
        and start > 1
        and doc[start - 2].lower_ in RANK_WORDS
    ):
        start -= 1  # ('Lt. Col.': the tokenizer may split the full stop off)
    if start == end:
        return end
    while start > 0 and doc[start - 1].lower_ in RANK_LEADS and start - 1 >= end - 6:
        start -= 1
    return start


def ends_title_pair(token) -> bool:
    """Whether ``token`` ends a title of two words whose second word is also a given
    name ('First Lady'): then it is a word of the title, not of a name."""
    if token.i == 0:
        return False
    return f"{token.doc[token.i - 1].lower_} {token.lower_}" in TITLE_PAIRS


def _without_rank(ent: Span) -> Span:
    """A person's name without the rank, honorific or ruler's title the recogniser took
    into it: '[Sgt Ron Long]' -> 'Ron Long', '[Crown Prince Mohammed bin Salman]' ->
    'Mohammed bin Salman'."""
    first = ent.start
    while first < ent.end - 1 and (
        ent.doc[first].lower_.rstrip(".") in RANK_WORDS
        or ent.doc[first].lower_ in STYLED_TITLES
        or (
            ent.doc[first].lower_ in RANK_LEADS
            and ent.doc[first + 1].lower_.rstrip(".") in RANK_WORDS
        )
    ):
        first += 1
    if first == ent.start:
        return ent
    return Span(ent.doc, first, ent.end, label="PERSON")


def _common_noun_named(ent: Span) -> bool:
    """A one-word 'person' with an article and a describing word before it: a
    capitalised common noun ('The first Westerner', 'a young Briton'), no name."""
    if len(ent) != 1 or ent.start < 2:
        return False
    before = ent.doc[ent.start - 1]
    article = ent.doc[ent.start - 2]
    return (
        before.pos_ in {"ADJ", "NUM"}
        and before.is_lower
        and before.head.i == ent.start
        and article.lower_ in {"the", "a", "an"}
        and article.head.i == ent.start
    )


def titled_names(doc: Doc, lexicon: Lexicon) -> list[Span]:
    """The entities of ``doc``, a name labelled otherwise that a title or an
    honorific stands before, or a person's role or age after, made a person:
    ``minister [Gáspár Maróth]ORG``, ``[Kubiak]ORG, a fire service spokesman``."""
    out: list[Span] = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" and _common_noun_named(ent):
            continue  # 'The first [Westerner] tried in Iraq': no one's name
        if ent.label_ == "PERSON" and _named_body(ent, lexicon):
            out.append(Span(doc, ent.start, ent.end, label="ORG"))
            continue  # 'Environmental group [Greenpeace]': the group's name
        if ent.label_ == "ORG" and _opens_with_its_kind(ent):
            # '[Manufacturer Gulfstream]': the noun of what the body is opens the
            # sentence, capitalised by its place; the name is the rest
            ent = Span(doc, ent.start + 1, ent.end, label="ORG")
        if ent.label_ == "PERSON" and len(ent) > 2 and ends_title_pair(doc[ent.start]):
            # 'First [Lady Nancy Reagan]': the title's last word is no word of the name
            ent = Span(doc, ent.start + 1, ent.end, label="PERSON")
        if ent.label_ == "PERSON" or ent.label_ in MISTAKEN_LABELS and len(ent) > 2:
            bare = _without_rank(ent)
            if bare.start != ent.start and (
                ent.label_ == "PERSON" or _looks_like_name(bare, lexicon)
            ):
                out.append(bare)  # '[Sgt Ron Long]': the rank is no word of the name
                continue
        if ent.label_ in NAME_LABELS and all(t.is_lower and t.pos_ == "NOUN" for t in ent):
            continue  # '[attendee]ORG': a common noun in lower case names no one
        if ent.label_ == "PERSON" and any(c.isdigit() for c in ent.text):
            out.append(Span(doc, ent.start, ent.end, label="ORG"))  # 'TVN24': no one's name
            continue
        end = ent.end
        while (
            ent.label_ == "PERSON"
            and end < len(doc)
            and doc[end].pos_ == "PROPN"
            and doc[end].is_title
            and not doc[end].ent_type_
            and doc[end - 1].dep_ == "compound"
            and doc[end - 1].head.i == end
        ):
            end += 1  # '[Superintendent Graciano] Mijares': the surname left out
        if ent.label_ == "PERSON" and _hyphened_syllable(doc, end, len(ent)):
            end += 2  # '[Moon Jae]-in': the second syllable of a given name
        start = ent.start
        if ent.label_ == "PERSON" and _given_name_before_particle(ent, out):
            start -= 1  # '[Arnel]ORG [dela Vega]PERSON': a surname opening with a particle
            if out and out[-1].end == ent.start:
                out.pop()
        while (
            ent.label_ == "PERSON"
            and start > 0
            and doc[start - 1].text in lexicon.first_names
            and doc[start - 1].pos_ == "PROPN"
            and not doc[start - 1].ent_type_
            and doc[start - 1].dep_ == "compound"
            and ent.start <= doc[start - 1].head.i < end
            and not ends_title_pair(doc[start - 1])
            and doc[start - 1].lower_ not in STYLED_TITLES  # ('Prince [Charles]')
        ):
            start -= 1  # 'Carmen [Yulín Cruz]': the first name left out
        if (start, end) != (ent.start, ent.end):
            out.append(Span(doc, start, end, label="PERSON"))
            continue
        place = _place_then_person(ent, lexicon)
        if place is not None:
            # 'Senator from [Vermont Bernie Sanders]ORG': the state served, then the name
            out.append(Span(doc, ent.start, place, label="GPE"))
            out.append(Span(doc, place, ent.end, label="PERSON"))
            continue
        person = _person_of_institution(ent, lexicon)
        if person is not None:
            # '[Tristan Smith of University College London]ORG': a person and the
            # institution they are of, read as one organisation
            out.append(person)
            out.append(Span(doc, person.end + 1, ent.end, label="ORG"))
            continue
        if ent.label_ in MISTAKEN_LABELS and _described_as_a_person(ent, lexicon):
            start = ent.start
            while start > 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
                if doc[start - 1].dep_ != "compound" or doc[start - 1].head.i != ent.root.i:
                    break
                start -= 1  # 'Tomasz' + '[Kubiak]'
            if _looks_like_name(doc[start : ent.end], lexicon, 1):
                out.append(Span(doc, start, ent.end, label="PERSON"))
                continue
        if ent.label_ in MISTAKEN_LABELS and _name_of_a_member(ent, lexicon):
            # '[Suman Haripriya]ORG of the Hajo assembly said': a member's name
            out.append(Span(doc, ent.start, ent.end, label="PERSON"))
            continue
        before = doc[ent.start - 1 : ent.start] if ent.start else None
        # a blogger's or user's pen name may be one word ('the blogger ZDistrict')
        fewest = 1 if before is not None and before[-1].lemma_.lower() in PEN_NAME_ROLES else 2
        if (
            ent.label_ in MISTAKEN_LABELS
            and _titled(before, lexicon)
            and _looks_like_name(ent, lexicon, fewest)
        ) or (ent.label_ == "NORP" and name_shaped(list(ent), lexicon)):
            # (a nationality or a party is no first name and surname: 'Paco Bardales'
            # read as a group of people is a person)
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    taken = {t.i for e in out for t in e}
    unlabelled = [
        e for e in _described_names(doc, lexicon, out) if not any(t.i in taken for t in e)
    ]
    return sorted(out + unlabelled, key=lambda e: e.start)


def _name_of_a_member(ent: Span, lexicon: Lexicon) -> bool:
    """A name of two or three words the recogniser took for a body, then 'of the' and a
    body ('Suman Haripriya of the Hajo assembly said'), as the subject of a verb: a
    person and what they are of ('Goldman Sachs said' stays a body)."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].lower_ != "of" or doc[ent.end + 1].lower_ != "the":
        return False
    if ent.root.dep_ not in {"nsubj", "nsubjpass"} or len(ent) < 2:
        return False
    return _looks_like_name(ent, lexicon, 2) and ent.root.head.pos_ == "VERB"


#: Nouns of what a body is that no body's name opens with ('Manufacturer', 'Airline').
KIND_NOUNS = word_set("kind_nouns")


def _opens_with_its_kind(ent: Span) -> bool:
    """An organisation's name the recogniser ran a noun of its kind into, at the start
    of a sentence: '[Manufacturer Gulfstream]', '[Carmaker Toyota]'."""
    first = ent[0]
    return (
        len(ent) > 1
        and first.is_sent_start
        and first.lower_ in KIND_NOUNS
        and ent[1].is_title
        and ent[1].pos_ == "PROPN"
    )


def _named_body(ent: Span, lexicon: Lexicon) -> bool:
    """Whether a noun of organisations right before the name says what it names:
    'Environmental group [Greenpeace]', 'the charity [Oxfam]'."""
    if ent.start == 0:
        return False
    noun = ent.doc[ent.start - 1]
    return (
        noun.pos_ == "NOUN"
        and lexicon.speaker_nouns.get(noun.lemma_.lower()) == "organization"
        and noun.head.i in range(ent.start, ent.end)
    )


def syllable_joined(doc: Doc, i: int) -> bool:
    """Whether the capitalised word at ``i`` is joined by a hyphen, with no space, to a
    word in lower case: the two syllables of a given name ('Jae-in', 'Man-kei')."""
    if i + 2 >= len(doc) or doc[i + 1].text not in HYPHENS:
        return False
    first, hyphen, syllable = doc[i], doc[i + 1], doc[i + 2]
    return (
        first.is_title
        and not first.whitespace_
        and not hyphen.whitespace_
        and syllable.is_alpha
        and syllable.is_lower
    )


def _hyphened_syllable(doc: Doc, end: int, size: int) -> bool:
    """Whether the name ending before ``end`` goes on with a hyphen and a short
    syllable in lower case ('Moon Jae-in', 'Lee Myung-bak'): a given name of two
    syllables, not a word the name forms ('Trump-backed', 'Obama-era policies')."""
    if size < 2 or not syllable_joined(doc, end - 1):
        return False
    syllable = doc[end + 1]
    after = doc[end + 2] if end + 2 < len(doc) else None
    return (
        len(syllable) <= 5
        and syllable.tag_ not in {"VBN", "VBD", "VBG", "JJ"}
        and not syllable.ent_type_
        and (after is None or after.pos_ not in {"NOUN", "PROPN", "ADJ"})
    )


def _given_name_before_particle(ent: Span, found: list[Span]) -> bool:
    """Whether the capitalised word before a name that opens with a particle in lower
    case ('dela Vega', 'van Dam') is its given name, alone or read as a one-word
    organisation or place."""
    if not (ent.start and ent[0].is_lower and ent[0].lower_ in INNER_PARTICLES and len(ent) > 1):
        return False
    prev = ent.doc[ent.start - 1]
    if not (prev.is_title and prev.is_alpha and prev.pos_ == "PROPN"):
        return False
    if not prev.ent_type_:
        return True
    last = found[-1] if found else None
    return (
        last is not None
        and (last.start, last.end) == (prev.i, ent.start)
        and last.label_ in MISTAKEN_LABELS
    )


#: Endings of nouns of who does something: 'assistant', 'organizer', 'analyst'.
AGENT_ENDINGS = ("ant", "ent", "er", "or", "ist", "ian")


def _described_names(doc: Doc, lexicon: Lexicon, ents: list[Span]) -> list[Span]:
    """Names the recogniser left without any entity that a person's role is set
    beside: 'Harith al-Ithari, head of al-Sadr's Basra office', or a surname of
    someone it named before ('Cross, a former administrative assistant')."""
    found: list[Span] = []
    surnames = {name_key(e[-1].text): e.start for e in ents if e.label_ == "PERSON" and len(e) > 1}
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.is_title:
            continue
        role = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i + 1), None)
        if role is None or doc[tok.i + 1].text != ",":
            continue
        lemma = role.lemma_.lower()
        kind = lexicon.speaker_nouns.get(lemma)
        # a role noun, or a noun of who does something ('assistant', 'organizer')
        agent = role.pos_ == "NOUN" and lemma.endswith(AGENT_ENDINGS)
        if not role.is_lower or not (
            kind in {"title", "anonymous"} or lexicon.is_office(lemma) or agent
        ):
            continue
        start = tok.i
        while (
            start > 0
            and not doc[start - 1].ent_type_
            and (
                (doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound")
                or doc[start - 1].text == "-"
                or doc[start - 1].lower_ in INNER_PARTICLES
            )
        ):
            start -= 1
        # ('Cross, a former administrative assistant': the surname of someone named before)
        known = start == tok.i and surnames.get(name_key(tok.text), tok.i) < tok.i
        run = doc[start : tok.i + 1]
        if doc[start].text[:1].isupper() and (known or _looks_like_name(run, lexicon)):
            found.append(Span(doc, start, tok.i + 1, label="PERSON"))
    return found


def _place_then_person(ent: Span, lexicon: Lexicon) -> int | None:
    """Where the name starts in an entity 'Place First Surname' that follows a title
    and 'from' or 'of' ('Senator from Vermont Bernie Sanders'), or None."""
    doc = ent.doc
    if ent.label_ not in {"ORG", "GPE"} or len(ent) < 3 or ent.start < 2:
        return None
    if doc[ent.start - 1].lower_ not in {"from", "of"}:
        return None
    title = doc[ent.start - 2]
    if not (lexicon.titles(title) or lexicon.is_office(title.lower_)):
        return None
    first = next((t for t in ent[1:] if t.text in lexicon.first_names), None)
    if first is None or ent.end - first.i not in {2, 3}:
        return None
    if not all(t.pos_ == "PROPN" and t.is_title for t in doc[ent.start : ent.end]):
        return None
    return first.i


def _person_of_institution(ent: Span, lexicon: Lexicon) -> Span | None:
    """The person at the start of an organisation entity 'First Surname of X': a
    known first name, one or two capitalised proper nouns, then 'of' and more."""
    doc = ent.doc
    titled = rank_words(doc, ent.start) < ent.start  # 'Dr. [Norashikin Othman of …]'
    if ent.label_ != "ORG" or len(ent) < 4 or not (ent[0].text in lexicon.first_names or titled):
        return None
    of = next((t for t in ent[1:4] if t.lower_ == "of"), None)
    if of is None or of.i < ent.start + 2 or of.i >= ent.end - 1:
        return None
    name = ent.doc[ent.start : of.i]
    if not all(t.pos_ == "PROPN" and t.is_title for t in name):
        return None
    if any(
        t.lower_ in lexicon.title_words
        or t.lower_ in lexicon.org_words
        or lexicon.is_office(t.lower_)
        for t in name
    ):
        return None  # 'Victoria University of Wellington', 'Minister of …'
    return Span(ent.doc, ent.start, of.i, label="PERSON")


def _initials(words: Span) -> str:
    return "".join(t.text[0] for t in words).lower()


#: Small words inside a name that its acronym may or may not count: 'Transport for London'.
ACRONYM_JOINERS = frozenset({"for", "of", "and"})


def first_name_runs(doc: Doc, lexicon: Lexicon) -> list[Span]:
    """Names the recogniser missed: a known first name and one or two capitalised
    proper nouns after it, none in an organisation ('FBI Assistant Director-in-Charge
    Janice Fedarcyk')."""
    out: list[Span] = []
    for tok in doc:
        if tok.text not in lexicon.first_names or tok.pos_ != "PROPN":
            continue
        if ends_title_pair(tok):
            continue  # 'First Lady Michelle Obama': the name starts after the title
        end = tok.i + 1
        for nxt in doc[tok.i + 1 : tok.i + 3]:
            if nxt.pos_ != "PROPN" or not nxt.is_title or nxt.ent_type_ in ORG_LABELS:
                break
            end = nxt.i + 1
        if end - tok.i > 1:
            out.append(Span(doc, tok.i, end, label="PERSON"))
    return out


def _in_place_of(ents: list[Span], found: list[Span], taken: Iterable[int] = ()) -> list[Span]:
    """``ents`` with the ``found`` entities in the place of those sharing a word with
    them (or holding a word of ``taken``), in order."""
    if not found:
        return ents
    ids = {t.i for e in found for t in e} | set(taken)
    kept = [e for e in ents if not any(t.i in ids for t in e)]
    return sorted(kept + found, key=lambda e: e.start)


def acronym_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with an organisation for each capitalised run that its acronym in
    brackets follows, the acronym's letters its words' initials ('Transport for London
    (TfL)', whose first word the tagger may read as a common noun)."""
    found: list[Span] = []
    for tok in doc:
        if tok.text != "(" or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")":
            continue
        acronym = doc[tok.i + 1].text
        if sum(c.isupper() for c in acronym) < 2 or not acronym.isalpha():
            continue
        start = tok.i
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ in ACRONYM_JOINERS):
            start -= 1
        while start < tok.i and not doc[start].is_title:
            start += 1
        words = doc[start : tok.i]
        while len(words) > 2 and _initials(words) != acronym.lower():
            words = words[1:]  # 'The National Hurricane Center (NHC)'
        start = words.start
        if len(words) < 2 or _initials(words) != acronym.lower():
            continue
        if any(e.start == start and e.end == tok.i and e.label_ in ORG_LABELS for e in ents):
            continue
        found.append(Span(doc, start, tok.i, label="ORG"))
    return _in_place_of(ents, found)


#: Marks a nickname is set in inside a name.
NICKNAME_MARKS = {"'": "'", "‘": "’", '"': '"', "“": "”"}


def nicknamed_names(doc: Doc, lexicon: Lexicon, ents: list[Span]) -> list[Span]:
    """``ents`` with a person for each name with a nickname in quote marks between
    its first name and its surname ("Steve 'cyanogen' Kondik", 'Jimmy “Jimbo”
    Sullivan'), which the recogniser splits or misses: a known first name (or a
    proper noun before a handle in lower case), one or two words in marks, and one or
    two capitalised proper nouns."""
    found: list[Span] = []
    for tok in doc[: max(0, len(doc) - 4)]:
        if not tok.is_title or tok.pos_ != "PROPN" and tok.text not in lexicon.first_names:
            continue
        close = NICKNAME_MARKS.get(doc[tok.i + 1].text)
        if close is None or tok.whitespace_ == "" or doc[tok.i + 1].whitespace_:
            continue
        end = next((t.i for t in doc[tok.i + 2 : tok.i + 5] if t.text == close), None)
        if end is None or end == tok.i + 2 or not doc[end].whitespace_:
            continue
        nickname = doc[tok.i + 2 : end]
        if tok.text not in lexicon.first_names and not all(t.is_lower for t in nickname):
            continue  # (an unknown first name takes a handle in lower case: 'koush')
        last = end
        for nxt in doc[end + 1 : end + 3]:
            if nxt.pos_ != "PROPN" or not nxt.is_title:
                break
            last = nxt.i
        if last > end:
            found.append(Span(doc, tok.i, last + 1, label="PERSON"))
    return _in_place_of(ents, found)


def names_after_in_charge(doc: Doc, lexicon: Lexicon, ents: list[Span]) -> list[Span]:
    """``ents`` with a person for the name after an office that ends 'in Charge'
    ('Special Agent in Charge Demarest', 'Assistant Director-in-Charge Demarest'), which
    the recogniser misses or reads with 'Charge' as a body's name: one to three
    capitalised proper nouns, none a word of offices or bodies."""
    found: list[Span] = []
    people = {e.start for e in ents if e.label_ == "PERSON"}
    for tok in doc[2:]:
        if tok.text != "Charge" or doc[tok.i - 1].lower_ != "in" and doc[tok.i - 1].text != "-":
            continue
        if tok.i + 1 in people:
            continue  # (the recogniser has the name)
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and doc[end].pos_ == "PROPN":
            if not doc[end].text[:1].isupper() or _no_name_word(doc[end], lexicon):
                break
            end += 1
        if end > tok.i + 1:
            found.append(Span(doc, tok.i + 1, end, label="PERSON"))
    # (and an entity holding 'Charge', read as the name's first word)
    return _in_place_of(ents, found, {e.start - 1 for e in found})


def names_after_quote_marks(doc: Doc, lexicon: Lexicon, ents: list[Span]) -> list[Span]:
    """``ents`` with a name the recogniser ran together with the quoted words before it
    cut free: 'Spokesperson of the "[Refuge" Dimitri Verdonck]WORK_OF_ART' holds the
    person Dimitri Verdonck after the closing mark (not '[the "Basic Act]LAW')."""
    out: list[Span] = []
    for ent in ents:
        # (double marks only: a single one may be a possessive's, "the United Nations'")
        marks = [t.i for t in ent if t.text in {'"', "“", "”"}]
        after = Span(doc, marks[-1] + 1, ent.end, label="PERSON") if marks else None
        # (a name's words, as people's: not a law's, '[the "Basic Act]LAW')
        named = ent.label_ in {"PERSON", "WORK_OF_ART", "ORG"}
        if named and after is not None and len(after) and _looks_like_name(after, lexicon, 2):
            out.append(after)
        else:
            out.append(ent)
    return out


def relabel_titled_names(doc: Doc, lexicon: Lexicon) -> None:
    """Set :func:`titled_names` as the entities of ``doc`` when they differ."""
    ents = nicknamed_names(doc, lexicon, acronym_names(doc, titled_names(doc, lexicon)))
    ents = names_after_quote_marks(doc, lexicon, names_after_in_charge(doc, lexicon, ents))
    if [(e.start, e.end, e.label_) for e in ents] != [(e.start, e.end, e.label_) for e in doc.ents]:
        doc.ents = ents
