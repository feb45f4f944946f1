"""Speakers: the whole noun phrase, its canonical name and kind, and pronoun resolution.

In-house and offline: pronouns and surnames are resolved to the nearest
compatible earlier mention with a few rules (gender from titles and first
names, number from tags and coordination), not with a coreference model.

Examples: ``one NATO official`` -> canonical ``NATO official``, kind anonymous;
``They consider …`` after ``Hungary and Slovakia remain …`` -> ``Hungary and
Slovakia``; ``Okafor said`` after ``Grace Okafor`` -> ``Grace Okafor``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Span, Token

from claimx.extraction.names import (
    NAME_PARTICLES,
    PARTICLE,
    first_name_key,
    first_name_runs,
    middle_name_key,
    name_key,
    name_shaped,
    surname_key,
)
from claimx.extraction.rules.base import Context, joins_a_name, tokens_in
from claimx.lexicon import _words, word_set

CharSpan = tuple[int, int]

DROP_CHILDREN = {"relcl", "punct", "advcl", "acl:relcl", "parataxis"}
LEADING_DROP = word_set("leading_drop")
#: Shares of a group: 'three-quarters of the voters' speak as voters.
SHARES = word_set("shares")
PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
PLURAL_PRONOUNS = {"they", "them", "we"}
NEUTER_PRONOUNS = {"it"}
#: A possessor stands for the one its pronoun would: 'its report' is the report of 'it'.
POSSESSIVE_PRONOUNS = {"its": "it", "their": "they", "his": "he"}
FIRST_PERSON = {"i", "we", "you"}
#: A blogger's or user's handle, written without its '@': letters with digits or an
#: underscore ('Larbi_org', 'pe1us0').
HANDLE_LIKE = re.compile(r"(?=\w*[\d_])(?=\w*[^\W\d_])\w{3,}")
#: A bracketed aside closing a name, or left open by the phrase's end: '(FBI)', '(FBI'.
TRAILING_ASIDE = re.compile(r"\s+[(\[][^()\[\]]*[)\]]?$")
#: Small words inside a title before a name: 'U.S. Attorney for the District of …'.
TITLE_JOINERS = frozenset({"of", "for", "the", "in"})
FEMALE_TITLES = word_set("female_titles")
MALE_TITLES = word_set("male_titles")
#: The name of a station or a news site: 'WSET-TV', 'Znak.com', 'KQED-FM'.
OUTLET_NAME = re.compile(r"(?:-(?:TV|FM|AM|DT)|\.(?:com|net|org|ru|co\.uk))(?:'s|’s)?$")

ENTITY_KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "country",
    "NORP": "group",
    "FAC": "organization",
    "LOC": "country",
}


@dataclass
class SpeakerInfo:
    """A resolved speaker, ready to become a :class:`claimx.records.Speaker`."""

    span: CharSpan
    canonical: str
    kind: str
    anonymous: bool
    resolved_from: CharSpan | None = None


def phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase headed by ``head``, without relative clauses and edge punctuation.

    ``a spokesman for the ministry, who declined to be named`` -> ``a spokesman
    for the ministry``.
    """
    cut: set[int] = set()
    for child in head.children:
        if child.dep_ in DROP_CHILDREN and child.dep_ != "punct":
            cut.update(t.i for t in child.subtree)
        if child.dep_ == "acl" and child.i > head.i and head.doc[child.left_edge.i - 1].text == ",":
            # 'a senior official, speaking on condition of anonymity'
            cut.update(t.i for t in child.subtree)
        if child.dep_ == "appos" and child.i > head.i and _is_clause_like(child):
            cut.update(t.i for t in child.subtree)
        if (
            child.dep_ == "prep"
            and child.lower_ == "to"
            and child.i > head.i
            and head.pos_ == "PROPN"
            and head.ent_type_  # a name, however labelled ('Bolden' as a place)
            # ('US Ambassador to Germany Richard Grenell': an office, the name after it)
            and not _name_after(child)
        ):
            # '"…," said Bolden to the gathered crowd': whom the source spoke to
            cut.update(t.i for t in child.subtree)
        # (on the name, or on the name in apposition)
        for prep in [child, *(child.children if child.dep_ == "appos" else ())]:
            if _inserted_circumstance(prep, prep.head) or _occasion_of_saying(prep, prep.head):
                # 'Ane Alencar, in remarks to UOL, said': how or when it was said, which
                # the parser hung on the name
                cut.update(t.i for t in prep.subtree)
    for tok in head.subtree:
        # 'one analyst at a London bank, who asked not to be named': the relative
        # clause hangs on a word inside the phrase, not on its head.
        if tok.dep_ in {"relcl", "acl:relcl"} and tok.head.i != head.i and tok.i > head.i:
            cut.update(t.i for t in tok.subtree)
    toks = [t for t in head.subtree if t.i not in cut]
    # subjects side by side are one misparsed phrase ('study co - author Professor
    # Carl Lipo'): the ones right before the head belong to it
    left = head.left_edge.i
    for sib in sorted(
        (
            c
            for c in head.head.children
            if c.i < head.i
            and (
                c.dep_ == head.dep_
                # ('Erik ten Hag said': the name's particle read as a number)
                or (c.dep_ == "npadvmod" and c.lower_ in NAME_PARTICLES and c.i == left - 1)
            )
        ),
        key=lambda c: -c.i,
    ):
        if head.dep_ not in {"nsubj", "nsubjpass"}:
            break
        # ('The judge presiding over the case, Maria Lopez,': a comma between; 'al-Maliki',
        # a hyphen)
        between = head.doc[left - 1]
        comma = []
        if sib.right_edge.i != left - 1:
            if not (between.text == "," or joins_a_name(between)):
                break
            comma = [between]
            if sib.right_edge.i != left - 2:
                break
        toks = [t for t in sib.subtree if t.i not in cut] + comma + toks
        left = sib.left_edge.i
    # keep a contiguous run around the head
    toks.sort(key=lambda t: t.i)
    run = [head]
    by_i = {t.i: t for t in toks}
    i = head.i - 1
    while i in by_i:
        run.insert(0, by_i[i])
        i -= 1
    i = head.i + 1
    while i in by_i:
        run.append(by_i[i])
        i += 1
    run = trim_edges(cut_at_breaks(run, head), head)
    # 'Friday Ford Motor Company' (read out of 'On Friday Ford Motor Company said'):
    # a date before a name is no part of it
    while (
        len(run) > 1
        and run[0].ent_type_ in {"DATE", "TIME"}
        and run[0] is not head
        and run[1].pos_ != "ADP"  # ('March for Life President Jeanne Mancini': a name)
    ):
        run = run[1:]
    run = _after_stranded_preposition(run, head)
    run = _with_broken_off_name(run, head)
    run = _name_before_role(run, head)
    run = _with_cut_off_title_word(run)
    return _after_dateline(run, head) or run


#: Words a title opens with ('presumptive', 'acting', 'former'), from the lexicon.
TITLE_WORDS = _words("title_words.txt")


def _with_cut_off_title_word(run: list[Token]) -> list[Token]:
    """The phrase with the word of a title the parser cut off before it, lower case
    after a comma or the sentence's start ('As the campaign entered June, presumptive
    Democratic presidential nominee Joe Biden …': 'presumptive' read as a verb)."""
    first = run[0]
    if first.i < 1:
        return run
    word = first.doc[first.i - 1]
    if not title_word_cut_off(word, TITLE_WORDS):
        return run
    if word.head.i in {t.i for t in run} or word.dep_ in {"amod", "compound"}:
        return run  # (a word of the phrase already, which the phrase left out on purpose)
    return [word, *run]


def title_word_cut_off(word: Token, title_words: frozenset[str]) -> bool:
    """A word of titles (``title_words``) that opens a phrase after a mark or at the
    sentence's start, in lower case or capitalised by that start: one the parser may
    have cut off the phrase after it ('presumptive' read as a verb)."""
    if word.lower_ not in title_words or not (word.is_lower or word.is_sent_start):
        return False
    before = word.doc[word.i - 1] if word.i > 0 else None
    return before is None or before.is_punct or before.is_space or word.is_sent_start


#: Prepositions that open a phrase of how, where or when something was said.
CIRCUMSTANCE_PREPOSITIONS = frozenset({"in", "during", "after", "before"})


def _inserted_circumstance(child: Token, head: Token) -> bool:
    """A prepositional phrase set off by commas after a name or a role, opening with a
    preposition of circumstance ('Luis Sambo, in a statement released Saturday,'), not
    of whom the source is of ('John Smith, of Harvard,', 'X, at the university,')."""
    doc = head.doc
    first, last = child.left_edge.i, child.right_edge.i
    return (
        child.dep_ == "prep"
        and child.i > head.i
        and head.pos_ in {"PROPN", "NOUN"}
        and first > 0
        and doc[first - 1].text == ","
        and doc[first].lower_ in CIRCUMSTANCE_PREPOSITIONS
        and doc[first + 1].lower_ != "charge"  # ('X, in charge of the inquiry,': a role)
        and last + 1 < len(doc)
        and doc[last + 1].text == ","
    )


#: Nouns of a message or an act, never of people (WordNet; 'statement', 'interview').
OCCASION_NOUNS = _words("message_nouns.txt")


def _occasion_of_saying(child: Token, head: Token) -> bool:
    """A phrase of the occasion a subject spoke on, hung on the subject without commas
    right before the verb: 'Ronaldo in a statement on Monday said …', 'The company in
    a filing said …' (a message or an act with 'a' or a possessive, not 'officials in
    the opposition')."""
    if child.dep_ != "prep" or child.i < head.i or child.lower_ not in {"in", "during"}:
        return False
    doc = head.doc
    after = child.right_edge.i + 1
    while after < len(doc) and doc[after].ent_type_ in {"DATE", "TIME"}:
        after += 1  # ('… in a statement last week said')
    if after >= len(doc) or doc[after].pos_ not in {"VERB", "AUX"}:
        return False
    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
    return (
        pobj is not None
        and pobj.pos_ == "NOUN"
        and pobj.lemma_.lower() in OCCASION_NOUNS
        and any(c.dep_ == "poss" or c.lower_ in {"a", "an"} for c in pobj.children)
    )


def _name_before_role(run: list[Token], head: Token) -> list[Token]:
    """'Lisa Brantly, a nurse, said …': the parser hung the name on the verb (its
    surname read as an adverb) and took the role set off after it for the subject;
    the name and the role are one phrase."""
    doc = head.doc
    verb = head.head
    if not run or run[0].i < 2 or doc[run[0].i - 1].text != "," or verb.i < head.i:
        return run
    last = doc[run[0].i - 2]
    if last.ent_type_ != "PERSON" or head.pos_ != "NOUN":
        return run
    start = last.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1  # (back to the name's first word)
    ent = doc[start : last.i + 1]
    if not all(t.head.i == verb.i or start <= t.head.i <= last.i for t in ent):
        return run
    return [*ent, doc[run[0].i - 1], *run]


def _with_broken_off_name(run: list[Token], head: Token) -> list[Token]:
    """'Kent Brantly of Samaritan's Purse said …': the parser hung the rest of the
    person's name (its surname read as an adverb) on the verb; the name, with what
    the parser hung on its last word, is the phrase."""
    doc = head.doc
    end = run[-1].i + 1 if run else 0
    if not run or head.ent_type_ != "PERSON" or end >= len(doc) or doc[end].ent_iob_ != "I":
        return run
    if any(t.ent_iob_ != "I" for t in doc[head.i + 1 : end]):
        return run  # (the phrase ends inside another name than the head's)
    ent_end = end
    while ent_end < len(doc) and doc[ent_end].ent_iob_ == "I":
        ent_end += 1  # (the person's name goes on past the phrase)
    rest = doc[end:ent_end]
    if any(t.pos_ in {"VERB", "AUX"} or t.head.i != head.head.i and t.head.i >= end for t in rest):
        return run
    last = rest[-1]
    tail = [t for t in last.subtree if t.i >= ent_end]
    if head.head in tail or any(t.i != ent_end + n for n, t in enumerate(tail)):
        tail = []
    return run + list(rest) + tail


def _name_after(prep: Token) -> bool:
    """A person's name right after a preposition's phrase ('to Germany | Richard')."""
    nxt = prep.right_edge.i + 1
    return nxt < len(prep.doc) and prep.doc[nxt].ent_type_ == "PERSON"


def _after_stranded_preposition(run: list[Token], head: Token) -> list[Token]:
    """'On live television Erdogan attacked …': the parser left 'On' without its
    object and read that object as part of the name after it; the name starts the
    phrase."""
    doc = head.doc
    if not run or run[0].i == 0 or not head.ent_type_:
        return run
    prep = doc[run[0].i - 1]
    if prep.pos_ != "ADP" or any(c.dep_ in {"pobj", "pcomp"} for c in prep.children):
        return run
    ent = next((e for e in doc.ents if e.start <= head.i < e.end), None)
    if ent is None or ent.start <= run[0].i:
        return run
    return [t for t in run if t.i >= ent.start]


def _after_dateline(run: list[Token], head: Token) -> list[Token] | None:
    """The phrase after a dateline that the parser took for the subject.

    ``NEW YORK, March 3 (AP) — Republican candidate Donald Trump said`` heads
    the subject on ``YORK``: the speaker is what stands between the dash and
    the verb.
    """
    if not run or not _is_dateline(run):
        return None
    doc = head.doc
    i = run[-1].i + 1
    while i < len(doc) and doc[i].is_punct and not _is_break(doc[i]):
        i += 1
    verb = head.head
    if i >= len(doc) or not _is_break(doc[i]) or verb.i <= i + 1:
        return None
    after: list[Token] = []
    for tok in doc[i + 1 : verb.i]:
        if after and tok.head.i == verb.i:  # 'on Saturday', 'late Thursday'
            break
        after.append(tok)
    after = trim_edges(after)
    if not after or any(_is_break(t) for t in after):
        return None
    return after


def trim_edges(run: list[Token], head: Token | None = None) -> list[Token]:
    """``run`` without punctuation, white space and a possessive ending at its edges."""
    run = list(run)
    while run and (run[0].is_punct or run[0].is_space) and run[0] is not head:
        run.pop(0)
    while (
        run
        and (run[-1].is_punct or run[-1].is_space or run[-1].tag_ == "POS")
        and run[-1] is not head
        and not (run[-1].text == ")" and any(t.text == "(" for t in run))
    ):
        run.pop()
    return run


def _outside_brackets(run: list[Token], head: Token) -> list[Token]:
    """``run`` without square brackets cut in half at its edges or closing it: the
    translations and language tags of a blog round-up ('[Observatory of the Right
    for Communication, pt] Paulo Teixeira', 'Leite de Cobra [pt]'); a parenthesis
    it opens is closed."""
    run = list(run)
    for n, tok in enumerate(run):
        if tok.text == "[":
            break
        if tok.text == "]":  # closes a bracket opened before the phrase
            run = run[n + 1 :] if head.i > tok.i else run[:n]
            break
    opened = [n for n, t in enumerate(run) if t.text == "["]
    if opened and run[opened[-1]].i > head.i:
        closes = [t.i for t in run[opened[-1] :] if t.text == "]"]
        last = trim_edges(run)[-1:]
        if not closes or (last and last[0].i == closes[0]):  # '[pt' or '[pt]' ending it
            run = run[: opened[-1]]
    run = trim_edges(run, head)
    doc = head.doc
    if (
        run
        and sum(t.text == "(" for t in run) > sum(t.text == ")" for t in run)
        and run[-1].i + 1 < len(doc)
        and doc[run[-1].i + 1].text == ")"
    ):
        run.append(doc[run[-1].i + 1])  # 'Antonio Arles (@arlesophia)': its closing mark
    return run


#: Dashes that, set off by spaces (or, for the long ones, anywhere), end a dateline
#: or an aside: 'WASHINGTON (AP) — President Obama said …'.
_LONG_DASHES = {"—", "–", "―", "--", "---"}


def _char_before(tok: Token) -> str:
    """The character just before ``tok`` (a space at the document start), read from
    the previous token rather than ``doc.text``, which is rebuilt at every access."""
    if tok.i == 0:
        return " "
    prev = tok.doc[tok.i - 1]
    return prev.whitespace_ or prev.text[-1:]


def _is_break(tok: Token) -> bool:
    """A paragraph break, or a dash that separates two phrases."""
    if tok.is_space:
        return "\n" in tok.text
    if tok.text in _LONG_DASHES:
        # 'African Export–Import Bank': a dash inside a name, no space on either side
        doc = tok.doc
        joined = not tok.whitespace_ and tok.i > 0 and not _char_before(tok).isspace()
        if joined and tok.i + 1 < len(doc):
            prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
            return not (prev.is_alpha and nxt.is_alpha and not prev.is_upper)
        return True
    if tok.text == "-":
        return _char_before(tok).isspace() and (bool(tok.whitespace_) or tok.i + 1 == len(tok.doc))
    return False


def _is_dateline(segment: list[Token]) -> bool:
    """'WASHINGTON', 'LAGOS (Reuters)', 'HEMPSTEAD, N.Y., Sept. 26 (UPI)' at a line start."""
    first = segment[0]
    line_start = first.i == 0 or _char_before(first) == "\n"
    return line_start and len(first.text) > 1 and first.text.isalpha() and first.text.isupper()


def cut_at_breaks(run: list[Token], head: Token) -> list[Token]:
    """The part of ``run`` around ``head`` between paragraph breaks and spaced dashes.

    A speaker phrase does not cross a paragraph or a dateline's dash:
    ``LAGOS (Reuters) - Nigeria's health ministry`` -> ``Nigeria's health
    ministry``; ``WASHINGTON -- President Obama``, even when the parser heads it
    on ``WASHINGTON``, -> ``President Obama``.
    """
    if not any(_is_break(t) for t in run):
        return run
    segments: list[list[Token]] = [[]]
    for tok in run:
        if _is_break(tok):
            segments.append([])
        else:
            segments[-1].append(tok)
    segments = [s for s in segments if trim_edges(s)]
    if not segments:
        return run
    at = next((n for n, s in enumerate(segments) if head in s), None)
    if at is None:
        return run
    if _is_dateline(segments[at]) and at + 1 < len(segments):
        at += 1
    return segments[at]


def phrase_head(tokens: list[Token], head: Token) -> Token:
    """``head`` if it is in ``tokens``, else the token that heads what is left."""
    if head in tokens or not tokens:
        return head
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    nouns = [t for t in roots if t.pos_ in {"PROPN", "NOUN", "PRON", "NUM"}]
    return (nouns or roots or tokens)[-1]


def _is_clause_like(tok: Token) -> bool:
    return any(t.pos_ in {"VERB", "AUX"} for t in tok.subtree)


def _span_of(tokens: list[Token]) -> CharSpan:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


class SpeakerResolver:
    """Describes and resolves the speakers of one document."""

    def __init__(self, ctx: Context):
        self.doc = ctx.doc
        self.lexicon = ctx.lexicon
        self.text, self.ents, self.sents = ctx.text, ctx.ents, ctx.sents
        # not 'qu’un tissu de lieux': a name opens with a capital (or a particle before one)
        self.persons = [
            e
            for e in self.ents
            if e.label_ == "PERSON"
            and not self._is_media(e.text)
            and (e[0].text[:1].isupper() or (len(e) > 1 and e[1].text[:1].isupper()))
        ]
        named = {t.i for e in self.ents for t in e}
        missed = [r for r in first_name_runs(self.doc, self.lexicon) if r.start not in named]
        if missed:  # 'Director-in-Charge Janice Fedarcyk': a name the recogniser missed
            self.persons = sorted(self.persons + missed, key=lambda e: e.start)
        # indices, so that resolving every speaker of a long document stays linear
        self._person_starts = [e.start for e in self.persons]
        self._person_chars = [e.start_char for e in self.persons]
        self._sent_starts = [s.start for s in self.sents]
        self._in_quote = ctx.in_quote
        self._pronoun_antecedents: dict[int, list[Token] | None] = {}
        # full names by the key of their last and of their first word (names.name_key)
        self._by_surname: dict[str, list[Span]] = {}
        self._by_first_name: dict[str, list[Span]] = {}
        self._by_middle_name: dict[str, list[Span]] = {}
        for ent in self.persons:
            surname = surname_key(ent.text)
            if surname is not None:
                self._by_surname.setdefault(surname, []).append(ent)
                self._by_first_name.setdefault(first_name_key(ent.text) or "", []).append(ent)
                self._by_middle_name.setdefault(middle_name_key(ent.text) or "", []).append(ent)

    def _person_at(self, i: int) -> Span | None:
        """The person entity that holds token ``i``, if any."""
        n = bisect_right(self._person_starts, i) - 1
        if n >= 0 and self.persons[n].start <= i < self.persons[n].end:
            return self.persons[n]
        return None

    # -- description ---------------------------------------------------------

    def _is_media(self, text: str) -> bool:
        return is_media(text, self.lexicon.media)

    def _entity(self, head: Token) -> Span | None:
        """The named entity covering the phrase's head (or, failing that, its pobj head)."""
        if head.ent_type_:
            for ent in self.ents:
                if ent.start <= head.i < ent.end:
                    return ent
        return None

    def describe(self, tokens: list[Token], head: Token) -> tuple[str, str, bool]:
        """Canonical name, kind and anonymity of a speaker phrase."""
        text = self.text[_span_of(tokens)[0] : _span_of(tokens)[1]]
        core = self._core_head(head)
        named = self._named_apposition(core, tokens)
        if named is not None:  # 'the mayor of Canoas, Jairo Jorge' -> Jairo Jorge
            return _clean_name(named.text), "person", False
        group = self._named_group(core, tokens)
        if group is not None:  # 'One of these groups, the Syrian Democratic Forces'
            # ('National newspaper The People's Daily': an outlet set beside its kind)
            media = self.lexicon.speaker_nouns.get(core.lemma_.lower()) == "media"
            return _clean_name(group.text), "media" if media else "organization", False
        ent = self._entity(core)
        if ent is not None and any(c.dep_ == "conj" for c in core.children):
            return _clean_name(text), ENTITY_KINDS.get(ent.label_, "group"), False
        if ent is not None and ent.label_ != "PERSON" and len(ent) > 2:
            # 'Mayor Ana Ruiz' tagged as an organisation: a title and a first name
            title = self.lexicon.speaker_nouns.get(ent[0].lower_)
            if title == "title" and ent[1].text in self.lexicon.first_names:
                return _clean_name(ent[1:].text), "person", False
        if ent is not None and self._person_after_role(ent):
            return _clean_name(ent.text), "person", False
        if ent is not None and ent.label_ in ENTITY_KINDS:
            name = _clean_name(ent.text)
            before = core.doc[ent.start - 1] if ent.start > tokens[0].i else None
            outlet = before is not None and self.lexicon.speaker_nouns.get(before.lower_) == "media"
            if self._is_media(ent.text) or outlet:  # 'Greek daily Kathimerini'
                return name, "media", False
            if self._is_media(text):
                return _clean_name(text), "media", False
            kind = ENTITY_KINDS[ent.label_]
            if ent.label_ == "NORP" and core.tag_ not in {"NNPS", "NNS"}:
                kind = "country"
            return name, kind, False
        if self._is_media(text):
            return _clean_name(text), "media", False
        if core.pos_ == "PRON" and is_acronym(core):
            return core.text, "organization", False  # 'WHO said'
        if is_pronoun(core) and self.lexicon.speaker_nouns.get(core.lower_) != "group":
            return core.text, "pronoun", False  # (not 'Some', 'Others': a group)
        kind = self.lexicon.speaker_nouns.get(core.lemma_.lower(), "unknown")
        if kind == "title":
            # "the mayor" names one known person; "a minister" does not.
            definite = (
                tokens[0].lower_ in {"the", "this", "that"}
                or tokens[0].tag_ == "PRP$"
                or (len(tokens) > 2 and tokens[1].tag_ == "POS")  # "Chelyabinsk's governor"
            )
            kind = "person" if definite else "anonymous"
        if kind == "unknown" and len(tokens) == 1 and handle_like(core.text.lstrip("@")):
            return core.text, "person", False  # a user's handle: 'Larbi_org'
        if kind == "unknown" and core.pos_ == "PROPN":
            # 'Rosa Emilia' + 'Rodriguez-Velez': a surname the recogniser split off
            doc = core.doc
            split = next(
                (
                    e
                    for e in reversed(self.persons)
                    if tokens[0].i <= e.start
                    and e.end <= core.i
                    and all(t.pos_ == "PROPN" or t.text == "-" for t in doc[e.end : core.i + 1])
                ),
                None,
            )
            if split is not None:
                return _clean_name(doc[split.start : core.i + 1].text), "person", False
            # a name the entity recogniser missed ('Maria Lopez:', 'JAKE TAPPER:')
            names = [t for t in tokens if t.pos_ == "PROPN"]
            titled = names and self.lexicon.speaker_nouns.get(names[0].lower_) == "title"
            if titled:  # 'Mayor Ana Ruiz'
                names = names[1:]
            if titled and names:
                return _clean_name(" ".join(t.text for t in names)), "person", False
            first = names[0].text.title() if len(names) > 1 else ""
            named = first in self.lexicon.first_names or name_shaped(names, self.lexicon)
            kind = "person" if named else "organization"
        anonymous = kind in {"anonymous", "group"}
        return _canonical(tokens, core), kind, anonymous

    def _person_after_role(self, ent: Span) -> bool:
        """A person's name the recogniser took for a body or a place, right after a
        role in lower case ('NRA boss [Shinichi Tanaka]', 'spokesman [Ivan Petrov]'):
        two or three capitalised words, no word of an organisation among them. A body
        follows no role word so."""
        doc = ent.doc
        if ent.label_ == "PERSON" or not 2 <= len(ent) <= 3 or ent.start == 0:
            return False
        before = doc[ent.start - 1]
        if not (
            before.is_lower and before.pos_ == "NOUN" and self.lexicon.is_office(before.lemma_)
        ):
            return False
        return all(
            t.is_title
            and t.is_alpha
            and t.pos_ == "PROPN"
            and t.lower_ not in self.lexicon.org_words
            for t in ent
        )

    def _named_apposition(self, core: Token, tokens: list[Token]) -> Span | None:
        """The person a role noun is set beside: 'the mayor of Canoas, Jairo Jorge'."""
        if core.pos_ != "NOUN":
            return None
        inside = {t.i for t in tokens}
        words = [t for t in tokens if not (t.is_punct or t.is_space)]
        for child in core.subtree:
            if child.dep_ == "appos" and child.i in inside and child.ent_type_ == "PERSON":
                ent = self._entity(child)
                if ent is None or not all(t.i in inside for t in ent):
                    continue
                # on the head itself, or closing the phrase: 'The head of EU
                # diplomacy, Kaja Kallas'
                if child.head.i == core.i or ent[-1].i == words[-1].i:
                    return ent
        return None

    def _named_group(self, core: Token, tokens: list[Token]) -> Span | None:
        """The organisation a common noun of groups is set beside: 'one of these
        groups, the Syrian Democratic Forces (SDF)', 'its armed wing, the X Brigades'."""
        if core.pos_ != "NOUN" or self.lexicon.speaker_nouns.get(core.lemma_.lower()) not in {
            "organization",
            "group",
            "media",
            None,
        }:
            return None
        inside = {t.i for t in tokens}
        heads = [core, core.head.head] if core.dep_ == "pobj" else [core]  # "One of these groups"
        for child in (c for h in heads for c in h.children):
            if child.dep_ != "appos" or child.i not in inside or child.ent_type_ != "ORG":
                continue
            ent = self._entity(child)
            if ent is not None and all(t.i in inside for t in ent):
                return ent
        return None

    @staticmethod
    def _core_head(head: Token) -> Token:
        """'One of the representatives' -> 'representatives'; 'many in the alliance' stays."""
        if head.lower_ in LEADING_DROP or head.pos_ == "NUM" or head.lemma_.lower() in SHARES:
            prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if prep is not None:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        return head

    # -- resolution ----------------------------------------------------------

    def resolve(self, head: Token, span: CharSpan | None = None) -> SpeakerInfo:
        """Describe the speaker headed by ``head``, resolving pronouns and surnames."""
        if head.lower_.endswith(("self", "selves")) and head.tag_ == "PRP":
            # 'In the filing itself Ford also made this point': an emphatic reflexive
            # the parser took for the subject, with the speaker as its apposition
            named = next((c for c in head.children if c.dep_ == "appos"), None)
            if named is not None:
                head, span = named, None
        tokens = phrase_tokens(head)
        if span is not None:
            given = tokens_in(self.doc, *span)
            tokens = trim_edges(cut_at_breaks(given, head), head) if given else tokens
        tokens = _outside_brackets(tokens, head) or [head]
        head = phrase_head(tokens, head)
        own_span = _span_of(tokens)
        lower = head.lower_
        quantity = self.lexicon.speaker_nouns.get(lower) == "group"  # 'Some argue …'
        if is_pronoun(head) and len(tokens) == 1 and not is_acronym(head) and not quantity:
            ante = self._antecedent(head)
            if ante:  # an entity of nothing but "'s" gives no antecedent
                info = self._from_mention(ante)
                info.resolved_from = own_span
                return info
            return SpeakerInfo(own_span, head.text, "pronoun", False)
        if lower in FIRST_PERSON:
            return SpeakerInfo(own_span, head.text, "pronoun", False)

        full = self._full_name(tokens)
        if full:
            info = self._from_mention(full)
            info.resolved_from = own_span
            return info
        canonical, kind, anonymous = self.describe(tokens, head)
        return SpeakerInfo(own_span, canonical, kind, anonymous)

    def _from_mention(self, tokens: list[Token]) -> SpeakerInfo:
        head = max(tokens, key=lambda t: (t.dep_ in {"nsubj", "ROOT", "pobj", "dobj"}, -t.i))
        head = next((t for t in tokens if t.head not in tokens or t.head.i == t.i), head)
        canonical, kind, anonymous = self.describe(tokens, head)
        return SpeakerInfo(_span_of(tokens), canonical, kind, anonymous)

    def _full_name(self, tokens: list[Token]) -> list[Token] | None:
        """A surname or titled short name ("Okafor", "Mr. Trump") -> the full name.

        The nearest earlier full name wins; failing that, the first later one
        (a headline names "Warren" before the story names Elizabeth Warren).
        """
        titles = MALE_TITLES | FEMALE_TITLES
        words = [t for t in tokens if not t.is_punct and t.lower_ not in titles]
        if not words and len(tokens) == 1 and name_key(tokens[0].text) in self._by_surname:
            words = tokens  # 'King' after 'Martin Luther King Jr.': a surname, no title
        if len(words) > 1 and self._office_before(words[:-1]) and words[-1].is_title:
            words = words[-1:]  # 'United States Attorney Hartunian', 'Commissioner Kelly'
        if not words:
            return None
        # one word, maybe written with hyphens: 'Gallego-Lazo'
        joined = words[0].doc[words[0].i : words[-1].i + 1]
        if any(t.whitespace_ for t in joined[:-1]):
            return None
        word = joined.text
        key = name_key(word)
        named = self._by_surname.get(key, [])
        # 'Sanders said …' tagged as a plural noun and an organisation, in an article
        # that names Bernie Sanders: a surname however tagged, when it is one
        missed = len(words) == 1 and words[0].is_title and bool(named)
        if not (words[-1].pos_ == "PROPN" or words[-1].ent_type_ == "PERSON" or missed):
            return None
        start = tokens[0].idx
        earlier = [e for e in named if e.start_char < start]
        later = [e for e in named if e.start_char > start]
        ent = earlier[-1] if earlier else (later[0] if later else None)
        if ent is not None and (
            not self._same_paragraph(ent.start_char, start) or len({e.text for e in named}) > 1
        ):
            # (two people of one surname: a bare surname is the principal's, in any
            # paragraph; the other goes by a first name, 'Hunter')
            ent = self._principal(named, ent)
        if ent is None and word not in self.lexicon.first_names:
            # 'Rosselló' after 'Ricardo Rosselló Nevares': the first of two surnames
            middles = [e for e in self._by_middle_name.get(key, []) if e.start_char < start]
            ent = middles[-1] if middles else None
        if ent is None and len(words) == 1:
            # 'Terri said' after 'Terri Collins': a first name alone, only backwards; a
            # first name the recogniser calls a person though no list knows it ('Kamran
            # writes' after 'Kamran Ashtary') when one full name only starts with it
            firsts = [e for e in self._by_first_name.get(key, []) if e.start_char < start]
            if word in self.lexicon.first_names or (
                words[0].ent_type_ == "PERSON" and len({name_key(e.text) for e in firsts}) == 1
            ):
                ent = firsts[-1] if firsts else None
        if ent is None:
            return None
        return [t for t in ent if t.tag_ != "POS"]

    def _same_paragraph(self, a: int, b: int) -> bool:
        lo, hi = min(a, b), max(a, b)
        return "\n" not in self.text[lo:hi]

    @staticmethod
    def _principal(named: list[Span], nearest: Span) -> Span:
        """Of two people of one surname ('Joe Biden', 'Hunter Biden'), the one the
        article names most: a bare surname in another paragraph is theirs (the other is
        'Hunter', 'the younger Biden'); when they are named as often, the one it names
        first, whom the story is about (the other is named in full each time)."""
        counts: dict[str, int] = {}
        for e in named:
            counts[e.text] = counts.get(e.text, 0) + 1
        best = max(counts.values())
        leaders = [e for e in named if counts[e.text] == best]  # (in the article's order)
        if len({e.text for e in leaders}) > 1 and counts[nearest.text] != best:
            return nearest
        return leaders[0]

    def _office_before(self, words: list[Token]) -> bool:
        """Capitalised words of an office before a surname ('Acting Assistant Attorney
        General', 'FBI Assistant Director-in-Charge'), one of them a title."""
        # the word before the surname is the title's ('Senator Ana Ruiz' is a full name),
        # or a word of it written with hyphens ('Director-in-Charge')
        last = words[-1]
        joined = [last]
        while joined[0].i > 0 and not last.doc[joined[0].i - 1].whitespace_:
            joined.insert(0, last.doc[joined[0].i - 1])
        return any(self.lexicon.titles(t) for t in joined) and all(
            t.is_title or t.is_upper or t.lower_ in TITLE_JOINERS for t in words
        )

    def _antecedent(self, pron: Token) -> list[Token] | None:
        lower = POSSESSIVE_PRONOUNS.get(pron.lower_, pron.lower_)
        if lower in PERSON_PRONOUNS:
            return self._person_antecedent(pron, PERSON_PRONOUNS[lower])
        if lower in PLURAL_PRONOUNS - {"we"} or lower == "both":
            # ('The two developers … Both have denied the charges': they, the two)
            return self._group_antecedent(pron)
        if lower in NEUTER_PRONOUNS:
            return self._group_antecedent(pron, singular=True)
        return None

    def _person_antecedent(self, pron: Token, gender: str) -> list[Token] | None:
        """The person a he/she refers to: the subject of the nearest of the three
        sentences before that has a compatible person or a role as its subject
        (the one the story follows: 'The lawyer said … He said …'); failing that,
        the nearest sentence with a compatible person, its subject first."""
        upto = bisect_right(self._sent_starts, pron.i)
        sents = self.sents[max(0, upto - 4) : upto]
        # a pronoun of the narration points back to the narration, not into a quote
        narrated = not self._in_quote(pron)
        inserted = _inserted_reporter(pron)
        for sent in reversed(sents):
            subjects = [
                t
                for t in sent
                if t.i < pron.i
                and (t.dep_ in {"nsubj", "nsubjpass"} or _according_to_whom(t))
                and (t.pos_ != "PRON" or PERSON_PRONOUNS.get(t.lower_) == gender)
                and not (narrated and t.pos_ != "PRON" and self._in_quote(t))
                and not (inserted and t.sent.start == pron.sent.start)
            ]
            # the subject of the sentence's own verb before one of a clause it reports
            # ('Jim Swire … believes al-Megrahi was not guilty. He described …')
            ordered = sorted(reversed(subjects), key=lambda t: not _main_subject(t))
            for tok in ordered:
                if tok.pos_ == "PRON":
                    if self._in_quote(tok):
                        continue
                    # 'She was also married to … She said …': the same person as before
                    earlier = self._same_pronoun_antecedent(tok, gender)
                    if earlier is not None:
                        return earlier
                    continue
                ent = self._person_at(tok.i)
                if ent is None and tok.pos_ == "NOUN":
                    # 'Another voice actor, Lauren Landa, would list …': the role's name
                    named = (self._person_at(c.i) for c in tok.children if c.dep_ == "appos")
                    ent = next((e for e in named if e is not None), None)
                titled = tok.is_title or PARTICLE.sub("", tok.text).istitle()
                if ent is None and titled and tok.pos_ in {"PROPN", "NOUN"}:
                    # 'Day had one child …', 'Radmall conceded …': a surname the
                    # recogniser (or the tagger) missed this time
                    named = [
                        e for e in self._by_surname.get(name_key(tok.text), []) if e.start < tok.i
                    ]
                    ent = named[-1] if named else None
                    if ent is None and (name := self._unrecognised_name(tok)) is not None:
                        return name
                if (
                    ent is None
                    and tok.pos_ in {"PROPN", "NOUN", "X"}
                    and HANDLE_LIKE.fullmatch(tok.text.lstrip("@"))
                ):
                    return [tok]  # 'Larbi_org followed the event and he twittered'
                if ent is not None and self._organisation_elsewhere(ent):
                    continue  # 'Westline' read as a person here, an organisation before
                if ent is not None:
                    g = self._gender(ent)
                    if g is None or g == gender:
                        full = self._full_name(list(ent))
                        return full if full is not None else [t for t in ent if t.tag_ != "POS"]
                    continue
                if self.lexicon.is_office(tok.lemma_.lower()) and tok.tag_ == "NN":
                    return phrase_tokens(tok)
        found: list[Span] = []
        for ent in reversed(self.persons[: bisect_left(self._person_chars, pron.idx)]):
            if pron.idx - ent.start_char > 3000:
                break
            if narrated and self._in_quote(ent[0]):
                continue
            if inserted and ent.sent.start == pron.sent.start:
                continue
            g = self._gender(ent)
            if g is not None and g != gender:
                continue
            if found and ent.sent.start != found[0].sent.start:
                break
            found.append(ent)
        if not found:
            return self._role_antecedent(pron)
        subjects = [e for e in found if e.root.dep_ in {"nsubj", "nsubjpass"}]
        best = subjects[0] if subjects else found[0]
        full = self._full_name(list(best))
        return full if full is not None else [t for t in best if t.tag_ != "POS"]

    def _unrecognised_name(self, tok: Token) -> list[Token] | None:
        """A subject written as a name of two or more capitalised words that the
        recogniser left without any entity ('Citoyen Hmida has compared …') or read as
        a body's ('Mwila Banda wrote … She added: …'): a person the pronoun may point
        back to. Words of offices, organisations and
        speaker nouns make it no name ('Prime Minister', 'Supreme Court')."""
        if tok.pos_ != "PROPN" or tok.ent_type_ not in {"", "ORG"}:
            return None
        words = [c for c in tok.lefts if c.dep_ == "compound"] + [tok]
        if words[0].i != tok.i - len(words) + 1:
            return None
        if tok.ent_type_ and (
            words[0].ent_iob_ != "B"
            or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I")
        ):
            return None  # (read as a body's name: only when the name is that body's whole)
        lexicon = self.lexicon

        def office(w: Token) -> bool:
            return w.lower_ in lexicon.title_words or w.lemma_.lower() in lexicon.speaker_nouns

        while len(words) > 2 and office(words[0]):
            words = words[1:]  # 'Blogger Ouled Aissa': the name after the role
        if len(words) < 2:
            return None
        for w in words:
            if (
                w.pos_ != "PROPN"
                or w.ent_type_ not in {"", tok.ent_type_}
                or not PARTICLE.sub("", w.text).istitle()  # ("Abdelhak al'Koush")
                or office(w)
                or w.lower_ in lexicon.org_words
            ):
                return None
        return words

    def _organisation_elsewhere(self, ent: Span) -> bool:
        """A one-word 'person' that the article names as an organisation elsewhere and
        never as a surname of someone named in full."""
        if len(ent) != 1:
            return False
        key = name_key(ent.text)
        return key not in self._by_surname and key in self._one_word_orgs

    @cached_property
    def _one_word_orgs(self) -> set[str]:
        return {name_key(e.text) for e in self.ents if e.label_ == "ORG" and len(e) == 1}

    def _same_pronoun_antecedent(self, pron: Token, gender: str) -> list[Token] | None:
        if pron.i not in self._pronoun_antecedents:
            self._pronoun_antecedents[pron.i] = None  # no cycles
            self._pronoun_antecedents[pron.i] = self._person_antecedent(pron, gender)
        return self._pronoun_antecedents[pron.i]

    def _role_antecedent(self, pron: Token) -> list[Token] | None:
        """No named person before: the nearest earlier subject that is a role
        ('The senator spoke. He said …')."""
        sents = [s for s in self.sents if s.start < pron.i][-3:]
        for sent in reversed(sents):
            for tok in sent:
                if tok.i >= pron.i or tok.dep_ not in {"nsubj", "nsubjpass"}:
                    continue
                if self.lexicon.is_office(tok.lemma_.lower()) and tok.tag_ == "NN":
                    return phrase_tokens(tok)
        return None

    def _gender(self, ent: Span) -> str | None:
        before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if before in FEMALE_TITLES:
            return "f"
        if before in MALE_TITLES:
            return "m"
        first = ent[0].text
        if len(ent) == 1:  # a surname: the gender of the full name the article gives
            full = self._full_name(list(ent))
            if full is not None and full[0].i != ent[0].i:
                return self._gender(full[0].doc[full[0].i : full[-1].i + 1])
        if len(ent) > 2 and ent[1].text == "-" and not ent[0].whitespace_:
            # 'Jean-Jacques', 'Marie-Claire': the parts may disagree ('Jean' is a woman's
            # name in English); unknown unless they agree
            second = self.lexicon.first_names.get(ent[2].text)
            if second != self.lexicon.first_names.get(first):
                return None
        # what the text calls the person ('Kim Jong Nam, 45, was the oldest son of …')
        # outweighs a list of given names, which cannot tell a family name put first
        return _role_gender(ent) or self.lexicon.first_names.get(first) or _own_pronoun(ent)

    def _group_antecedent(self, pron: Token, singular: bool = False) -> list[Token] | None:
        """Nearest earlier plural group, organisation, country or coordinated names."""
        sents = [s for s in self.sents if s.start < pron.i]
        # a pronoun of the narration points back to the narration, not into a quote
        narrated = not self._in_quote(pron)
        inserted = _inserted_reporter(pron)
        for sent in reversed(sents[-4:]):
            cands = []
            for tok in sent:
                if narrated and self._in_quote(tok):
                    continue
                if inserted and tok.sent.start == pron.sent.start:
                    continue  # 'Test systems should use invented data, they said'
                if tok.i >= pron.i or tok.dep_ not in {
                    "nsubj",
                    "nsubjpass",
                    "pobj",
                    "dobj",
                    "attr",
                    "appos",
                }:
                    continue
                if tok.pos_ == "PRON":
                    continue
                coordinated = any(c.dep_ == "conj" for c in tok.children)
                plural = tok.tag_ in {"NNS", "NNPS"} or coordinated
                org = (
                    tok.ent_type_ in {"ORG", "GPE", "NORP"}
                    or self.lexicon.speaker_nouns.get(tok.lemma_.lower()) == "organization"
                )
                if singular and (plural or not (org or tok.pos_ in {"NOUN", "PROPN"})):
                    continue
                if not singular and not (plural or org):
                    continue
                if tok.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"}:
                    continue
                if self.lexicon.names_no_source(tok):
                    continue  # 'many studio albums', 'the beetles': no one to say anything
                score = (tok.dep_ in {"nsubj", "nsubjpass"}, coordinated, tok.i)
                cands.append((score, tok))
            if cands:
                tok = max(cands, key=lambda c: c[0])[1]
                return self._mention_tokens(tok)
        return None

    def _mention_tokens(self, tok: Token) -> list[Token]:
        """A short mention for an antecedent: its names and coordinated names, no clauses."""
        toks = phrase_tokens(tok)
        cut = {t.i for c in tok.children if c.dep_ in {"appos", "acl", "prep"} for t in c.subtree}
        toks = [t for t in toks if t.i not in cut or t.dep_ in {"conj", "cc"}]
        conj_ids = {t.i for c in tok.children if c.dep_ in {"conj", "cc"} for t in phrase_tokens(c)}
        toks = [t for t in toks if t.i not in cut or t.i in conj_ids]
        toks.sort(key=lambda t: t.i)
        while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
            toks.pop()
        return toks


#: Pronouns that give a person's gender: the personal ones and the possessive ones.
GENDERED = {**PERSON_PRONOUNS, "his": "m", "hers": "f"}


def _main_subject(tok: Token) -> bool:
    """Whether ``tok`` is the subject of its sentence's main verb (or of a verb joined
    to it), not of a clause that verb reports."""
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _own_pronoun(ent: Span) -> str | None:
    """The gender of a given name no list knows, from the first pronoun after the name
    in its own sentence, when no other person comes between ('Jo Jorgensen, who
    received her doctorate …'), and the pronoun stands in the name's own clause (not
    'When King was assassinated, she sang at his funeral')."""
    root = ent.root
    clause = root.head if root.dep_ in {"nsubj", "nsubjpass"} else root
    for tok in ent.doc[ent.end : ent.sent.end]:
        if tok.ent_type_ == "PERSON" or tok.is_quote:
            return None
        if tok.lower_ in GENDERED and tok.pos_ == "PRON":
            inside = clause.left_edge.i <= tok.i <= clause.right_edge.i
            return GENDERED[tok.lower_] if inside else None
    return None


#: Nouns of a man and of a woman, which tell a person's gender.
MALE_ROLES = word_set("male_roles")
FEMALE_ROLES = word_set("female_roles")
GENDERED_ROLES = dict.fromkeys(MALE_ROLES, "m") | dict.fromkeys(FEMALE_ROLES, "f")


def _role_gender(ent: Span) -> str | None:
    """The gender a noun of a person tells of a name in its own sentence: the name's
    predicate ('Kim Jong Nam was the oldest son of …') or its apposition ('his son,
    Hunter', 'Anna Lee, the mother of two')."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ == "be":
        nouns += [c for c in root.head.children if c.dep_ == "attr"]
    genders = {GENDERED_ROLES.get(n.lemma_.lower()) for n in nouns} - {None}
    return genders.pop() if len(genders) == 1 else None


def _inserted_reporter(pron: Token) -> bool:
    """The subject of a reporting clause inserted in what it reports ('Test systems
    should use invented data, they said, …'): its antecedent is not in that sentence."""
    return pron.dep_ == "nsubj" and pron.head.dep_ == "parataxis"


#: English pronouns: a capitalised word the tagger calls one that is none of these is a
#: name ('Rudaw said …').
PRONOUN_WORDS = word_set("pronoun_words")


def is_pronoun(tok: Token) -> bool:
    """A word tagged as a pronoun that is one (not a name the tagger misread)."""
    return tok.pos_ == "PRON" and (tok.lower_ in PRONOUN_WORDS or not tok.text[:1].isupper())


def is_acronym(tok: Token) -> bool:
    """'WHO' (the World Health Organization), 'US': a pronoun's letters in capitals,
    not a headline's 'HE' or 'THEY'."""
    return tok.is_upper and len(tok.text) > 1 and tok.lower_ in {"who", "us"}


def _according_to_whom(tok: Token) -> bool:
    """'… according to Kidston.': the source a next 'he said' goes on with."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def handle_like(text: str) -> bool:
    """A word shaped like a user's handle written without its '@' ('Larbi_org'); a
    channel's name in capitals and digits is none ('TVN24')."""
    brand = text.isupper() and "_" not in text
    return HANDLE_LIKE.fullmatch(text) is not None and not brand


def is_media(text: str, media: frozenset[str]) -> bool:
    """Whether a name is a news outlet of the lexicon: 'Politico', 'The Economist' (not
    'the economist', a person), or one whose name says so ('WSET-TV', 'Znak.com')."""
    words = [w for w in text.split() if w.lower() != "the"]
    if not words or not words[0][:1].isupper():
        return False
    if OUTLET_NAME.search(words[-1]):
        return True
    t = text.lower().removesuffix("'s").removesuffix("’s").strip()
    return t in media or t.removeprefix("the ") in media


def _clean_name(text: str) -> str:
    text = TRAILING_ASIDE.sub("", text.strip())  # 'Federal Bureau of Investigation (FBI)'
    for suffix in ("'s", "’s"):
        text = text.removesuffix(suffix)
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


def _canonical(tokens: list[Token], core: Token) -> str:
    """Strip determiners, counts and possessive marks: 'one NATO official' -> 'NATO official'."""
    toks = list(tokens)
    if core is not None and core in toks and core.i > toks[0].i:
        # 'One of the high-ranking representatives ...' -> from the core's own phrase
        first = min(t.i for t in core.subtree)
        if toks[0].lower_ in LEADING_DROP or toks[0].pos_ == "NUM":
            toks = [t for t in toks if t.i >= first]
    while toks and (toks[0].lower_ in LEADING_DROP or toks[0].pos_ in {"DET", "NUM"}):
        if len(toks) == 1 or toks[0].i == core.i or not toks[0].whitespace_:
            break  # 'Three-quarters of the voters' keeps its 'Three'
        toks = toks[1:]
    toks = [t for t in toks if t.tag_ != "POS"]
    if core is not None and core.pos_ in {"NOUN", "PROPN"}:
        # 'the mayor, a Democrat' -> 'mayor', 'Flynn, a top Trump surrogate' -> 'Flynn':
        # the apposition describes, it does not name
        for child in core.children:
            if child.dep_ == "appos" and child.i > core.i:
                toks = [t for t in toks if t.i < child.left_edge.i]
    while toks and toks[-1].is_punct:
        toks.pop()
    if not toks:
        return ""
    return _clean_name(toks[0].doc[toks[0].i : toks[-1].i + 1].text)
