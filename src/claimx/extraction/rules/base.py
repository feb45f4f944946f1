"""Shared pieces of the extraction rules: the candidate type and token helpers."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from claimx.extraction.names import HYPHENS
from claimx.extraction.quotes import Quote
from claimx.lexicon import Lexicon

CharSpan = tuple[int, int]

# Leading words that belong to the reporting frame, not to the content.
CONTENT_LEADERS = {"that"}
RELATIVE_PRONOUNS = {"which", "who", "whom", "that", "whose"}
#: Those that open a relative clause set off by a comma ('…, officials said, which …').
GLOSS_RELATIVES = frozenset(RELATIVE_PRONOUNS - {"that"})


def is_relative(tok: Token) -> bool:
    """A relative pronoun: 'who', 'which', … (not 'the WHO', the health organisation)."""
    return tok.lower_ in RELATIVE_PRONOUNS and not (tok.is_upper and len(tok) > 1)


#: The pattern prefix of the candidates the ranker proposes (cues outside the
#: rules' lexicon, other contents): their claims are stances, not speech.
PROPOSAL = "proposal"

#: A wire dateline at the start of a line: 'WASHINGTON (AP) — ', 'HEMPSTEAD, N.Y.,
#: Sept. 26 (UPI) — ', 'LAGOS (Reuters) - ', 'FORT PIERCE, Fla. - '.
DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*"
    r"(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)*"
    r"(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2})?"
    r"(?: ?\([A-Za-z .&]+\))?"
    r"(?: (?:-|--) | ?[—–] ?)"
)


def joins_a_name(tok: Token) -> bool:
    """A hyphen written without spaces between two words ('al-Maliki'), which the
    parser may hang on the verb beside the name's two halves."""
    return (
        tok.text in HYPHENS
        and not tok.whitespace_
        and tok.i > 0
        and not tok.doc[tok.i - 1].whitespace_
    )


#: Finite verb tags: a clause holding one states something of its own.
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})

#: Patterns newer than the trained model: the learned layer never saw them in
#: training, so it has no view of them and keeps them as the rules give them
#: (until it is retrained with them).
UNLEARNED = frozenset(
    {
        "block_quote",
        "held_view",
        "as_in_text",
        "adjective_complement",
        "research_finding",
        "per_source",
        "stated_view",
        "clausal_that_complement",
        "clausal_as_saying_complement",
        "inverted_reporting_clause",
        "interview_answer",
        "light_verb_noun_cue",
        "clausal_split_complement",
        "clausal_fronted_complement",
        "poll_result",
        "noun_cue_object",
        "held_to_account",
        "issued_text_clause",
        "issued_text_quote",
        "verb_colon_quote",
        "inserted_before_relative",
        "clausal_joined_complement",
        "clausal_after_quote",
        # ('The parade ended at Whitehall, the BBC reported, with 30,000 taking part':
        # the tagger, taught on PolNeAR, takes the words after the cue for the content)
        "inserted_reporting_clause",
    }
)


class Trigger(StrEnum):
    """What the prefilter must see in a paragraph, without a parse, for a rule to find
    a claim there (:mod:`claimx.extraction.prefilter` keeps such paragraphs)."""

    CUE_VERB = "a form of a cue verb"  # said, told, hopes
    CUE_NOUN = "a form of a cue noun"  # claim, claims
    ACCORDING = "the word according"
    HEARSAY = "a hearsay adverb"  # reportedly, allegedly
    IN_SOURCE = "in and a source noun"  # in a poll, in a statement
    QUOTE_MARK = "a double quote mark"
    SPEAKER_COLON = "a line opening with a name and a colon"  # HOLT: Let us start.
    COLON_END = "a line ending in a colon, and the block after it"
    MESSAGE = "a line naming a message ('left this message'), and the block after it"
    FOR_VIEW = "a sentence opening with For and a comma"  # For many bloggers, …
    VIEW = "in or from and a view noun"  # In his view, …
    INTERVIEW = "a line opening with a label in double brackets, and the turns after it"


@dataclass
class Candidate:
    """An attribution found by one rule, before speakers are resolved."""

    type: str
    pattern: str
    content: list[CharSpan]
    cue: CharSpan | None = None
    cue_lemma: str = ""
    cue_token: Token | None = None
    speaker: Token | None = None
    speaker_span: CharSpan | None = None
    #: The word in the claim's own clause that stands for the speaker ("who").
    mention: Token | None = None
    confidence: float = 0.8
    quotes: list[Quote] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]

    def content_chars(self) -> int:
        return sum(e - s for s, e in self.content)

    @classmethod
    def of_word(
        cls, cue: Token, speaker: Token, content: list[Token], pattern: str, confidence: float
    ) -> Candidate:
        """An indirect claim whose cue is the one word ``cue`` (a noun, an adjective)."""
        return cls(
            type="indirect",
            pattern=pattern,
            content=char_runs(content),
            cue=(cue.idx, cue.idx + len(cue.text)),
            cue_lemma=cue.lemma_.lower(),
            cue_token=cue,
            speaker=speaker,
            confidence=confidence,
        )


@dataclass
class Found:
    """What the rules of earlier stages found: the second argument of every rule.

    A stage's rules all see the same ``Found``; the stretches in ``covered``
    are the claims of earlier stages and the quotes of the first stage's claims
    (a quote rule leaves them alone). ``keep_unattributed`` asks the quote rules
    for quotes nobody is said to have said.
    """

    cands: list[Candidate] = field(default_factory=list)
    covered: list[CharSpan] = field(default_factory=list)
    keep_unattributed: bool = False

    @property
    def quoted(self) -> list[CharSpan]:
        """The stretches in quote marks, and the direct claims' own."""
        spans = [(q.outer_start, q.outer_end) for c in self.cands for q in c.quotes]
        return spans + [(c.start, c.end) for c in self.cands if c.type == "direct"]


@dataclass
class Context:
    """What every rule may look at: the parsed doc, its quotes and the lexicon.

    ``text``, ``tokens``, ``ents`` and ``sents`` are read once here: each
    ``doc.text``, ``doc.ents`` or ``doc.sents`` walks the whole document, and
    rules ask for them per quote or per name; each walk over ``doc`` makes its
    tokens anew.
    """

    doc: Doc
    quotes: list[Quote]
    lexicon: Lexicon
    text: str = ""
    tokens: list[Token] = field(init=False)
    ents: tuple[Span, ...] = field(init=False)
    sents: list[Span] = field(init=False)

    def __post_init__(self) -> None:
        self.text = self.text or self.doc.text
        self.tokens = list(self.doc)
        self.ents = self.doc.ents
        self.sents = list(self.doc.sents)

    @cached_property
    def sent_starts(self) -> list[int]:
        """Where each sentence starts (a character offset), for bisecting."""
        return [s.start_char for s in self.sents]

    def quote_at(self, char: int) -> Quote | None:
        """The quote whose marks enclose character ``char``, if any."""
        starts = self._quote_starts
        if starts is not None:  # quotes in text order, none inside another: bisect
            n = bisect_right(starts, char) - 1
            q = self.quotes[n] if n >= 0 else None
            return q if q is not None and char < q.outer_end else None
        for q in self.quotes:
            if q.outer_start <= char < q.outer_end:
                return q
        return None

    @cached_property
    def _quote_starts(self) -> list[int] | None:
        """Where the quotes open, when they follow one another without overlap
        (``find_quotes`` gives them so; the list is not changed afterwards)."""
        starts = [q.outer_start for q in self.quotes]
        ends = [q.outer_end for q in self.quotes]
        if any(ends[k] > starts[k + 1] or starts[k] > starts[k + 1] for k in range(len(ends) - 1)):
            return None
        return starts

    def in_quote(self, token: Token) -> bool:
        return self.quote_at(token.idx) is not None and not token.is_punct


def is_quote_mark(token: Token) -> bool:
    return token.is_quote or token.text in {"“", "”", '"', "„", "«", "»", "‘", "’", "''", "``"}


def final_source_phrase(sent: Span) -> tuple[int, int] | None:
    """(comma, end) token indices of a sentence-final ', according to X'.

    Set off at the end of a sentence, the phrase attributes the whole sentence,
    whatever clause the parser hangs it on: in *Smith said the plan would fail if
    the vote came too late, according to aides* the aides report what Smith said.
    """
    doc = sent.doc
    for tok in sent:
        if tok.lower_ != "according" or tok.i + 1 >= sent.end or doc[tok.i + 1].lower_ != "to":
            continue
        comma = tok.i - 1
        if comma <= sent.start or doc[comma].text != ",":
            continue
        end = max(t.i for t in doc[tok.i + 1].subtree) + 1
        rest = doc[end : sent.end]
        if end > tok.i + 2 and all(t.is_punct or t.is_space or is_quote_mark(t) for t in rest):
            return comma, end
    return None


def trim_tokens(tokens: list[Token], leaders: set[str] = CONTENT_LEADERS) -> list[Token]:
    """Drop punctuation and spaces at both edges, and a leading 'that'."""
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (
        toks[0].is_space
        or (toks[0].is_punct and not is_quote_mark(toks[0]) and not _sign_of(toks[0], toks))
        or (toks[0].lower_ in leaders and toks[0].dep_ == "mark")
        or (toks[0].lower_ in leaders and determines_a_name(toks[0]))
        or toks[0].dep_ == "cc"
    ):
        toks = toks[1:]
    while toks and (
        toks[-1].is_space
        or (
            toks[-1].is_punct
            and not is_quote_mark(toks[-1])
            and not _closes(toks)
            and not _sign_of(toks[-1], toks)
        )
        or toks[-1].dep_ == "cc"
    ):
        toks = toks[:-1]
    # "However, the task …": a sentence adverb set off by a comma is the writer's.
    if len(toks) > 2 and toks[0].pos_ == "ADV" and toks[1].text == ",":
        return trim_tokens(toks[2:], leaders)
    # A lone quote mark at an edge without its partner inside is trimmed too.
    while toks and is_quote_mark(toks[0]) and not any(is_quote_mark(t) for t in toks[1:]):
        toks = toks[1:]
    n = len(toks)
    while toks and is_quote_mark(toks[-1]) and not any(is_quote_mark(t) for t in toks[:-1]):
        toks = toks[:-1]
    if len(toks) < n:  # ('… pursue it. "': the mark opened the next quote; so the stop)
        return trim_tokens(toks, leaders)
    return toks


def _sign_of(tok: Token, toks: list[Token]) -> bool:
    """A sign that belongs to the word it touches: '18%' (a percent sign after its
    number), '#MeToo', '@user' (a hashtag's or handle's mark before its word)."""
    if tok.text == "%":
        return len(toks) > 1 and toks[-1] is tok and not toks[-2].whitespace_
    if tok.text in {"#", "@"}:
        return len(toks) > 1 and toks[0] is tok and not tok.whitespace_
    return False


def determines_a_name(tok: Token) -> bool:
    """'that' read as the determiner of a name ('said that officer James Reed had
    resigned'): the complementiser, since no one says 'that James Reed'."""
    if tok.dep_ != "det":
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head.pos_ == "PROPN" and head.i > tok.i + 1


def _closes(toks: list[Token]) -> bool:
    """The last token closes a bracket opened inside: '… syndrome (SARS)'."""
    pairs = {")": "(", "]": "["}
    last = toks[-1].text
    if last not in pairs:
        return False
    opened = sum(t.text == pairs[last] for t in toks)
    return opened > sum(t.text == last for t in toks[:-1])


def char_runs(tokens: Iterable[Token]) -> list[CharSpan]:
    """Contiguous character runs covered by ``tokens`` (gaps of punctuation/space bridged)."""
    toks = sorted(set(tokens), key=lambda t: t.i)
    if not toks:
        return []
    doc = toks[0].doc
    runs: list[CharSpan] = []
    start, prev = toks[0], toks[0]
    for tok in toks[1:]:
        if tok.i == prev.i + 1 or all(g.is_punct or g.is_space for g in doc[prev.i + 1 : tok.i]):
            prev = tok
            continue
        runs.append((start.idx, prev.idx + len(prev.text)))
        start = prev = tok
    runs.append((start.idx, prev.idx + len(prev.text)))
    return runs


def overlap(a: CharSpan, b: CharSpan) -> int:
    """How many characters two ranges share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens that start inside the character range [start, end)."""
    if end <= start:
        return []
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0  # not doc.text: O(n)
    span = doc.char_span(start, min(end, length), alignment_mode="expand")
    if span is None:
        return []
    return [t for t in span if start <= t.idx < end]


def passive_participle(tok: Token) -> bool:
    """A past participle, or one the tagger took for a past tense though it has an agent
    ('and released Tuesday by the Congressional Budget Office')."""
    return tok.tag_ == "VBN" or (tok.tag_ == "VBD" and any(c.dep_ == "agent" for c in tok.children))


def content_tokens(doc: Doc, runs: Iterable[CharSpan]) -> list[Token]:
    """The tokens of character runs (widened to whole tokens), spaces left out."""
    return [
        t
        for s, e in runs
        if (span := doc.char_span(s, e, alignment_mode="expand")) is not None
        for t in span
        if not t.is_space
    ]


def subtree_without(token: Token, excluded: Iterable[Token]) -> list[Token]:
    """``token``'s subtree minus the subtrees rooted at ``excluded``."""
    cut: set[int] = set()
    for ex in excluded:
        cut.update(t.i for t in ex.subtree)
    return [t for t in token.subtree if t.i not in cut]


def phrase_extent(token: Token, lexicon: Lexicon, lemma: str) -> CharSpan:
    """Widen a cue token over the listed multiword phrases round it ("continues to claim",
    "told reporters")."""
    doc = token.doc
    size = len(doc)
    own = token.lemma_.lower()
    best = (token.idx, token.idx + len(token.text))
    for phrase in lexicon.phrases:
        if "~" in phrase:
            k = phrase.index("~")
        elif own in phrase:
            # a fixed phrase ("call for", "point out") holding this cue verb
            k = phrase.index(own)
            phrase = phrase[:k] + ("~",) + phrase[k + 1 :]
        else:
            continue
        lo = token.i - k
        hi = lo + len(phrase)
        if lo < 0 or hi > size:
            continue
        if all(
            p == "~" or (w := doc[lo + j]).lower_ == p or w.lemma_.lower() == p
            for j, p in enumerate(phrase)
        ):
            first, last = doc[lo], doc[hi - 1]
            # phrases round one cue join: 'was quick to point out' ('be quick to ~',
            # 'point out')
            best = (min(best[0], first.idx), max(best[1], last.idx + len(last.text)))
    return best


def cites_a_source(obj: Token, lexicon) -> bool:
    """What 'citing' cites is a source, not a reason: a name, or a noun of speakers and
    texts ('sources', 'officials', 'a report'; not 'safety concerns')."""
    named = obj.pos_ == "PROPN" or obj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
    return named or lexicon.speaker_nouns.get(obj.lemma_.lower()) is not None


def held_by(toks: list, lexicon: Lexicon | None = None) -> Token | None:
    """The holder of a view set first: 'For many bloggers, …', 'For Ana Ruiz, …'
    (a name, or a plural of people), not 'For years, …' nor 'For his contributions,
    …' (a plural someone has, where the lexicon knows it for no people)."""
    if len(toks) < 4 or toks[0].lower_ != "for":
        return None
    comma = next((k for k, t in enumerate(toks[:10]) if t.text == ","), None)
    if comma is None or comma < 2:
        return None
    phrase = toks[1:comma]
    if phrase[0].lower_ in {"a", "an", "each", "every", "any"}:
        return None  # 'For an American Samoan, the fee is …': a case, not a holder
    head = next((t for t in reversed(phrase) if t.pos_ in {"PROPN", "NOUN"}), None)
    if head is None:
        return None
    named = any(t.ent_type_ in {"PERSON", "ORG", "NORP"} for t in phrase)
    people = head.tag_ == "NNS" and head.ent_type_ not in {"DATE", "TIME", "CARDINAL"}
    if (
        people
        and lexicon is not None
        and any(t.tag_ == "PRP$" for t in phrase)
        and head.lemma_.lower() not in lexicon.speaker_nouns
    ):
        people = False  # 'For his mathematical contributions, he was elected …': a reason
    return head if named or people else None


class SpanIndex:
    """Objects indexed by the 256-character stretches their spans cover, so that
    what may overlap a span is found without comparing every pair of a long
    document (settling candidates, the ranker's document features)."""

    SIZE = 256

    def __init__(self) -> None:
        self.buckets: dict[int, list] = {}
        self.empty: list = []

    def add(self, spans: list[tuple[int, int]], obj) -> None:
        if not any(e > s for s, e in spans):
            self.empty.append(obj)
        for s, e in spans:
            if e > s:
                for b in range(s // self.SIZE, (e - 1) // self.SIZE + 1):
                    self.buckets.setdefault(b, []).append(obj)

    def near(self, spans: list[tuple[int, int]]) -> list:
        """The objects that may overlap ``spans``, each once (those with no span
        of their own for a query of none)."""
        if not any(e > s for s, e in spans):
            return self.empty
        found: dict[int, object] = {}
        for s, e in spans:
            if e > s:
                for b in range(s // self.SIZE, (e - 1) // self.SIZE + 1):
                    for obj in self.buckets.get(b, ()):
                        found.setdefault(id(obj), obj)
        return list(found.values())
