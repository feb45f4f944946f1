"""A cheap first pass: parse only the paragraphs that may hold an attribution.

Parsing is nearly all of claimx's cost, and every extraction rule declares, in
the rule table (:data:`claimx.extraction.rules.RULES`), the triggers that can be
seen without a parser (:class:`~claimx.extraction.rules.Trigger`); the
prefilter looks for those of the rules in the table:

- a word that the model's lemmatizer can turn into a cue lemma (``said``,
  ``told``, ``hopes``, ``denied``; cue verbs of the extractor's scope and noun
  cues such as ``claim``), ``according``, or ``in`` with a source noun (``in a
  poll``, ``in a statement``);
- a double quotation mark of any kind (``"`` ``“`` ``”`` ``„`` ``«`` ``»``, and the
  newswire pairs ``''`` and `````): quotes, colon quotes, dash-signed quotes and
  continuing turns all start from one;
- a line that opens with a name and a colon (``HOLT: Let us start.``), or
  ends with a colon: then the lines after it, where a block quote may be, are
  kept too;
- a line that opens with a label in double brackets (``((WN))  Why …?``):
  then the answers of the interview, and where the text names a source its
  initials stand for, are kept too (:mod:`claimx.extraction.rules.interview`).

A line (a paragraph: the parser never joins sentences across a line break)
with none of these yields no claim, so it is left out of the parse, unless a
claim needs it as context. Kept as context:

- the paragraph before a kept one: a quote paragraph with no cue continues the
  speaker of the paragraph before it, an open quote carries over into a
  paragraph that opens with a mark, and pronouns mostly point one paragraph
  back; it also keeps the count of paragraphs between a claim and a quote;
- the paragraph after one whose quote is still open at its end, so that the
  open quote never carries into a later paragraph it did not reach;
- the headline (the first line of three words or more), which the headline
  rule reads and which often names the article's speakers;
- the paragraphs that give the full name of a surname used in a kept paragraph
  (``Okafor said`` -> ``Grace Okafor``), earlier or later, as the speaker
  resolver looks both ways.

The kept paragraphs are parsed as one text, cut from the original without any
change, and every offset is moved back into the original (a span never crosses
a left-out paragraph; if one would, the document is parsed whole). Single
quotation marks and apostrophes are no trigger: no rule pairs them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise
from weakref import WeakKeyDictionary

from claimx.extraction.names import name_key
from claimx.extraction.quotes import DOUBLE_MARKS
from claimx.extraction.rules import RULES, Rule, Trigger
from claimx.extraction.rules.according_to import HEARSAY_ADVERBS, SOURCE_DOCUMENTS, VIEW_NOUNS
from claimx.extraction.rules.direct import (
    LINE_SPEAKER,
    block_lines,
    message_block_lines,
    names_a_message,
)
from claimx.extraction.rules.headline import headline_span
from claimx.extraction.rules.interview import BRACKET_LABEL, interview_turns
from claimx.extraction.rules.nominal import noun_cues
from claimx.lexicon import REGULAR_SUFFIXES, Lexicon, word_set

WORD = re.compile(r"[^\W\d_]+")
WHITESPACE_WORD = re.compile(r"\S+")
QUOTE_MARK = re.compile("[" + re.escape(DOUBLE_MARKS) + "]|''|``")
TITLES = word_set("abbreviated_titles")
#: Lower-case words inside names ('Bill de Blasio', 'Ludwig van Beethoven').
PARTICLES = word_set("name_particles")
#: What to strip from a word to compare names: punctuation and a possessive.
TRIM = ".,;:!?()[]\"'“”‘’«»"
PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|her|his)\b", re.IGNORECASE)
GROUP_PRONOUN = re.compile(r"\b(?:they|them|it)\b", re.IGNORECASE)
#: "For many bloggers, …" opening a sentence (held_view in rules.according_to).
HELD_VIEW = re.compile(r"(?:^|[.!?]\s+)For [^,.;:]{2,60},")
SENTENCE_END = re.compile(r"[.!?][\"”’')]*(?:\s|$)")
#: How far back the speaker resolver looks for a person (characters).
LOOKBACK_CHARS = 3000
#: Words of a left-out stretch kept on each side of it, so that the kept
#: paragraphs are read with the same neighbours as in the whole text.
EDGE_WORDS = 6
#: What joins two kept runs in the reduced text.
SEP = "\n"


class SpanAcrossGap(ValueError):
    """A span of the reduced text runs over a left-out stretch."""


class Selection:
    """Runs of the original text to parse, joined by :data:`SEP` into ``text``."""

    def __init__(self, source: str, runs: list[tuple[int, int]]):
        self.runs = runs
        self.text = SEP.join(source[s:e] for s, e in runs)
        self._at: list[int] = []
        at = 0
        for start, end in runs:
            self._at.append(at)
            at += end - start + len(SEP)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of ``[start, end)`` of the reduced text."""
        n = max(0, bisect_right(self._at, start) - 1)
        shift = self.runs[n][0] - self._at[n]
        if end + shift > self.runs[n][1]:
            raise SpanAcrossGap(f"[{start}, {end}) runs over a left-out stretch")
        return start + shift, end + shift


_PREFILTERS: WeakKeyDictionary = WeakKeyDictionary()


def for_nlp(nlp) -> Prefilter | None:
    """The prefilter of a pipeline holding ``claimx`` (its lexicon and scope), built once.

    None when the pipeline's lemmas cannot be foreseen (no rule-based
    lemmatizer): then every paragraph is parsed.
    """
    if nlp not in _PREFILTERS:
        # its tables lemmatise, also when claimx.nlp.attributes runs it once per word
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None
        ok = "claimx" in nlp.pipe_names and getattr(lemmatizer, "mode", None) == "rule"
        words = trigger_words(nlp.get_pipe("claimx").lexicon, lemmatizer) if ok else None
        function_words = nlp.get_pipe("claimx").lexicon.function_words if ok else frozenset()
        found = ok and words is not None
        _PREFILTERS[nlp] = Prefilter(words, function_words=function_words) if found else None
    return _PREFILTERS[nlp]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line with text, with the blank lines after it.

    Lines end at ``\\n`` only, as for :mod:`claimx.extraction.component` and the rules.
    Blank lines at the start go with the first paragraph. Together the ranges
    cover the whole text.
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = min(len(text), pos + len(line) + 1)
        if out and (not line.strip() or not text[out[-1][0] : out[-1][1]].strip()):
            out[-1] = (out[-1][0], end)
        else:
            out.append((pos, end))
        pos = end
    return out


class Prefilter:
    """Chooses the paragraphs of a text that need parsing (see the module docstring)."""

    def __init__(
        self,
        words: dict[Trigger, frozenset[str]],
        context: int = 1,
        names: bool = True,
        function_words: frozenset[str] = frozenset(),
        rules: tuple[Rule, ...] = RULES,
    ):
        #: The triggers of the rules in the table: a rule left out leaves out
        #: the paragraphs only it could find a claim in.
        self.seen = frozenset(t for r in rules for t in r.triggers)
        self.words = frozenset().union(*(w for t, w in words.items() if t in self.seen))
        self.function_words = function_words
        self.context = context
        self.names = names
        self.sources = frozenset(_inflections(SOURCE_DOCUMENTS, [("s", "")]))

    def triggers(self, paragraph: str) -> bool:
        """True when ``paragraph`` may hold an attribution."""
        line = paragraph.rstrip("\n")
        seen = self.seen
        if Trigger.QUOTE_MARK in seen and QUOTE_MARK.search(line):
            return True
        if Trigger.SPEAKER_COLON in seen and LINE_SPEAKER.match(line):
            return True
        if Trigger.COLON_END in seen and line.rstrip().endswith(":"):
            return True  # 'Maria Gonzalez:' with the quote on the next line
        if Trigger.MESSAGE in seen and names_a_message(line):
            return True  # 'Monika Neff from Malaysia left this message'
        if Trigger.FOR_VIEW in seen and HELD_VIEW.search(line):
            return True  # 'For many bloggers, the coverage has been outrageous.'
        if Trigger.INTERVIEW in seen and BRACKET_LABEL.match(line.lstrip()):
            return True  # '((WN))  What do you think of the notice?'
        words = {w.lower() for w in WORD.findall(paragraph)}
        return (
            not words.isdisjoint(self.words)
            or (Trigger.IN_SOURCE in seen and "in" in words and not words.isdisjoint(self.sources))
            or (
                Trigger.VIEW in seen
                and not words.isdisjoint({"in", "from"})
                and not words.isdisjoint(VIEW_NOUNS)
            )
        )

    def select(self, text: str) -> Selection:
        """The runs of ``text`` to parse: the paragraphs to keep, and the edges of the others.

        The tagger, parser and entity recogniser read each word with a few
        words of context on either side, so a kept paragraph next to a left-out
        one keeps :data:`EDGE_WORDS` words of it on that side: its words are
        read as in the whole text. A shorter left-out stretch is kept whole.
        """
        paras = paragraphs(text)
        lines = [text[s:e] for s, e in paras]
        hits = [self.triggers(line) for line in lines]
        if not any(hits):
            return Selection(text, [])
        names = _full_name_index(lines)
        keep = set()
        if Trigger.INTERVIEW in self.seen:
            # an interview's answers, over their paragraphs, and where initials are named
            starts = [s for s, _ in paras]
            for turn in interview_turns(text):
                for s, e in filter(None, (turn.label, turn.content, turn.named)):
                    first, last = bisect_right(starts, s) - 1, bisect_left(starts, e) - 1
                    keep.update(range(first, last + 1))
                # and the paragraph after an answer, which decides where it ends
                after = bisect_left(starts, turn.content[1])
                if after < len(paras):
                    keep.add(after)
        for n, hit in enumerate(hits):
            if hit:
                keep.update(range(max(0, n - self.context), n + 1))
                keep.update(_antecedent_context(lines, n, names))
                after = n + 1
                # a block quote may follow, with the original before its translation: the
                # lines up to its end are kept (the rule counts the original's paragraphs)
                if Trigger.COLON_END in self.seen and lines[n].rstrip().endswith(":"):
                    found = block_lines(lines[after:], self.function_words)
                    keep.update(after + k for k in range(max(found, default=-1) + 1))
                elif Trigger.MESSAGE in self.seen and names_a_message(lines[n]):
                    found = message_block_lines(lines[after:], self.function_words)
                    keep.update(after + k for k in range(max(found, default=-1) + 1))
        headline = headline_span(text)
        if headline is not None:
            keep.add(next(n for n, (s, e) in enumerate(paras) if s <= headline[0] < e))
        if self.names:
            keep |= _full_names(lines, keep, names)
        return Selection(text, _with_edges(text, _merge([paras[n] for n in sorted(keep)])))


def _antecedent_context(lines: list[str], n: int, names: dict[str, list[int]]) -> range:
    """The paragraphs before ``n`` that the speaker resolver may take an antecedent from.

    For *he* or *she* it takes the nearest person, so unless the paragraph
    names somebody before the pronoun, the paragraphs back to the nearest one
    that does are kept (``Mayor Ana Ruiz opened the meeting.`` / ``The hall was
    full.`` / ``She said …``); for *they* or *it* the subject of one of the
    last four sentences, so four sentences are kept. Never more than the 3,000
    characters the resolver looks back over.
    """
    line = lines[n]
    pronoun = PERSON_PRONOUN.search(line)
    person = pronoun is not None and not _names_someone(line[: pronoun.start()], names)
    pronoun = GROUP_PRONOUN.search(line)
    group = pronoun is not None
    sentences = len(SENTENCE_END.findall(line[: pronoun.start()])) if pronoun else 0
    start, chars, named = n, 0, False
    while (person or group) and start > 0 and chars < LOOKBACK_CHARS:
        start -= 1
        chars += len(lines[start])
        sentences += len(SENTENCE_END.findall(lines[start]))
        named = named or _names_someone(lines[start], names)
        if (named or not person) and (sentences >= 4 or not group):
            break
    return range(start, n)


def _names_someone(line: str, names: dict[str, list[int]]) -> bool:
    """A full name, a title and a name, or a surname known from a full name elsewhere,
    outside quotes (a pronoun of the narration never points into one)."""
    words = _narration(line).split()
    return any(_ends_name(a, b) for a, b in pairwise(words)) or any(
        _name_word(w)[:1].isupper() and name_key(w) in names for w in words
    )


QUOTED = re.compile(r"[“\"«„][^”\"»“„«\n]*[”\"»]")


def _narration(line: str) -> str:
    """``line`` without its quoted stretches; nothing of a paragraph that a quote opens
    and does not close (it goes on into the next)."""
    rest = QUOTED.sub(" ", line)
    stripped = rest.lstrip()
    return "" if stripped[:1] in '“"«„' else rest


def _merge(runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted ranges, adjacent or overlapping ones joined into one."""
    out: list[tuple[int, int]] = []
    for s, e in runs:
        if out and out[-1][1] >= s:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _with_edges(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs widened over the first and last :data:`EDGE_WORDS` words of each gap.

    A gap of fewer words is kept whole; before the first run only its end is
    needed, after the last one only its start.
    """
    out: list[list[int]] = []
    end = 0
    for s, e in runs:
        words = [m.span() for m in WHITESPACE_WORD.finditer(text, end, s)]
        if not out:
            out.append([words[-EDGE_WORDS][0] if len(words) > EDGE_WORDS else 0, e])
        elif len(words) <= 2 * EDGE_WORDS:
            out[-1][1] = e
        else:
            out[-1][1] = words[EDGE_WORDS - 1][1]
            out.append([words[-EDGE_WORDS][0], e])
        end = e
    if out:
        words = [m.span() for m in WHITESPACE_WORD.finditer(text, end)]
        out[-1][1] = words[EDGE_WORDS - 1][1] if len(words) > EDGE_WORDS else len(text)
    return [(s, e) for s, e in out]


def _full_name_index(lines: list[str]) -> dict[str, list[int]]:
    """Keys (:func:`~claimx.extraction.names.name_key`) of the last and the first
    words of full names -> the paragraphs that hold them, in order: the speaker
    resolver takes 'Erdogan' for 'Recep Tayyip Erdoğan' and 'Terri' for 'Terri Collins'."""
    where: dict[str, list[int]] = {}
    for n, line in enumerate(lines):
        for before, word in pairwise(line.split()):
            if _ends_name(before, word):
                keys = {name_key(word)}
                if not before.endswith("."):
                    keys.add(name_key(before))
                for key in keys:
                    found = where.setdefault(key, [])
                    if not found or found[-1] != n:
                        found.append(n)
    return where


def _full_names(lines: list[str], keep: set[int], names: dict[str, list[int]]) -> set[int]:
    """Paragraphs that name in full someone a kept paragraph calls by one name.

    The speaker resolver takes the nearest earlier full name, else the first
    later one (``Okafor said`` -> ``Grace Okafor``), and the source describer
    reads a person's title and affiliation from every mention that names them
    in full (``Voice actor Lauren Landa`` in a caption at the end). Which word
    pairs the entity recogniser reads as a name cannot be known here
    (``Democrat Clinton`` is not one), so all of them are kept.
    """
    out = set()
    for n in keep:
        for word in {name_key(w) for w in lines[n].split()}:
            out.update(names.get(word, ()))
    return out - keep


def _ends_name(before: str, word: str) -> bool:
    """'Grace Okafor', 'J. Trump', 'Mr. Lopez', 'de Blasio': not 'Friday, Clinton'."""
    if not _name_word(word)[:1].isupper() or before[-1] in ",;:!?)]”’\"'":
        return False
    name = _name_word(before)
    if before.endswith("."):
        return len(name) == 1 or name.lower() in TITLES  # an initial, 'Mr.'
    return name[:1].isupper() or name in PARTICLES


def _name_word(word: str) -> str:
    """'(Okafor's,' -> 'Okafor'."""
    word = word.strip(TRIM)
    return word.removesuffix("'s").removesuffix("’s").strip(TRIM)


def trigger_words(lexicon: Lexicon, lemmatizer) -> dict[Trigger, frozenset[str]]:
    """Every lower-case word form that the pipeline may read as a cue, by trigger.

    The cue verbs of ``lexicon`` (its scope) and the noun cues, inflected as
    the model's rule-based lemmatizer reads them: its exceptions (``said``,
    ``told``, ``wrote``, ``admitted``) and its suffix rules run backwards,
    for verbs and nouns apart as it does, plus the regular endings that
    :meth:`claimx.lexicon.Lexicon.cue_of` tries on a mislemmatised verb
    (``hopes`` -> *hop*, still *hope*).
    """
    lookups = lemmatizer.lookups
    rules = lookups.get_table("lemma_rules") if lookups.has_table("lemma_rules") else {}
    exceptions = lookups.get_table("lemma_exc") if lookups.has_table("lemma_exc") else {}
    out = {Trigger.ACCORDING: frozenset({"according", "per"}), Trigger.HEARSAY: HEARSAY_ADVERBS}
    for trigger, pos, lemmas, extra in (
        (Trigger.CUE_VERB, "verb", set(lexicon.cues), REGULAR_SUFFIXES),
        (Trigger.CUE_NOUN, "noun", set(noun_cues()), ()),
    ):
        forms = _inflections(lemmas, [*extra, *map(tuple, rules.get(pos, []))])
        forms |= {f for f, ls in exceptions.get(pos, {}).items() if lemmas & set(ls)}
        out[trigger] = frozenset(forms)
    return out


def _inflections(lemmas, suffixes) -> set[str]:
    """The lemmas and each form that a suffix rule ``(ending, base ending)`` takes back to one."""
    out = set(lemmas)
    for lemma in lemmas:
        for ending, base in suffixes:
            if lemma.endswith(base):
                out.add(lemma[: len(lemma) - len(base)] + ending)
    return out
