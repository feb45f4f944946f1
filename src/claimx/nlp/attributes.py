"""spaCy's ``attribute_ruler`` and lemmatizer, run once per distinct word instead of per token.

Why: in the English models the attribute ruler gives every token its coarse
POS and morphology from its fine tag, and fixes a few lemmas, through some 180
Matcher patterns tried on each token: about an eighth of the whole parse.
Nearly all of them look at one token only, and only at its tag, lower-case
form, dependency label and whether it is white space. So the ruler's own
patterns are matched once per distinct combination of these (cached across
documents) and the results written back with ``Doc.from_array``; patterns over
several tokens are matched on the document as before. The annotations are the
ruler's own (``tests/test_attributes.py`` compares them token by token). A ruler
whose patterns look at anything else is left in place.

The rule lemmatizer is a function of a token's form, POS and morphology, and
runs a Python loop over every token; it is called once per distinct triple.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

#: What a one-token pattern may look at for its result to depend on these alone.
KEY = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
#: Distinct words remembered before the cache starts again.
CACHE_SIZE = 200_000


class DistinctAttributeRuler:
    """The annotations of ``ruler`` (a spaCy ``AttributeRuler``), computed per distinct word."""

    def __init__(self, ruler):
        self.ruler = ruler
        self.ready = False
        #: per distinct word: the values it gets, which of them it gets, may it start a multi
        self.cache: dict[tuple[int, ...], tuple[list[int], list[bool], bool]] = {}

    def _prepare(self) -> None:
        """Read the ruler's patterns (at the first document: a pipeline loaded from
        disk fills the ruler after building this component)."""
        ruler = self.ruler
        self.vocab = ruler.vocab
        self.attrs = ruler.attrs  # per pattern group: {attribute id: value}
        self.indices = ruler.indices
        self.single = Matcher(self.vocab, validate=False)
        self.multi = Matcher(self.vocab, validate=False)
        self.starts = Matcher(self.vocab, validate=False)  # first tokens of the multi ones
        for i, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if len(pattern) == 1:
                    self.single.add(str(i), [pattern])
                else:
                    self.multi.add(str(i), [pattern])
                    self.starts.add("start", [pattern[:1]])
        self.columns = sorted({a for attrs in self.attrs for a in attrs})
        self.ready = True

    @staticmethod
    def handles(ruler) -> bool:
        """True when every one-token pattern of ``ruler`` looks only at :data:`KEY`."""
        return all(
            set(pattern[0]) <= set(KEY) for entry in ruler.patterns for pattern in entry["patterns"]
        ) and all(isinstance(a, int) for attrs in ruler.attrs for a in attrs)

    def __call__(self, doc: Doc) -> Doc:
        if not self.ready:
            self._prepare()
        if not len(doc) or not self.columns:
            return doc
        keys, first, inverse = numpy.unique(
            doc.to_array(list(KEY.values())), axis=0, return_index=True, return_inverse=True
        )
        rows = self._rows(doc, [tuple(k) for k in keys.tolist()], first.tolist())
        multi = self._multi(doc) if any(row[2] for row in rows) else []
        inverse = inverse.reshape(-1)
        table = numpy.array([row[0] for row in rows], dtype="uint64")[inverse]
        given = numpy.array([row[1] for row in rows], dtype=bool)[inverse]
        old = doc.to_array(self.columns).reshape(len(doc), -1)
        doc.from_array(self.columns, numpy.where(given, table, old))
        for i in sorted({i for _, i in multi}):  # rare: 'gonna', "let's", 'there is'
            orders = self._orders(doc[i]) + [order for order, j in multi if j == i]
            for order in sorted(orders):
                set_token_attrs(doc[i], self.attrs[order])
        return doc

    def _rows(self, doc: Doc, keys: list[tuple[int, ...]], first: list[int]) -> list[tuple]:
        """Per key: the values its pattern groups give, in pattern order (cached)."""
        new = [(k, i) for k, i in zip(keys, first, strict=True) if k not in self.cache]
        if new:
            if len(self.cache) > CACHE_SIZE:
                self.cache.clear()
            words = self._words(doc, [i for _, i in new])
            starts = {s for _, s, _ in _matches(self.starts, words)}
            found: dict[int, list[int]] = {n: [] for n in range(len(new))}
            for m, s, _ in _matches(self.single, words):
                found[s].append(int(self.vocab.strings[m]))
            for n, (key, _) in enumerate(new):
                values, given = [0] * len(self.columns), [False] * len(self.columns)
                for order in sorted(found[n]):  # a later pattern wins
                    for attr, value in self.attrs[order].items():
                        col = self.columns.index(attr)
                        values[col], given[col] = value, True
                self.cache[key] = (values, given, n in starts)
        return [self.cache[k] for k in keys]

    def _words(self, doc: Doc, indices: list[int]) -> Doc:
        """A doc of the tokens at ``indices``, with their tags and labels, to match alone."""
        words = Doc(self.vocab, words=[doc[i].text for i in indices])
        for tok, i in zip(words, indices, strict=True):
            tok.tag, tok.dep = doc[i].tag, doc[i].dep
        return words

    def _orders(self, token) -> list[int]:
        """The one-token pattern groups matching ``token``."""
        words = self._words(token.doc, [token.i])
        return [int(self.vocab.strings[m]) for m, _, _ in _matches(self.single, words)]

    def _multi(self, doc: Doc) -> list[tuple[int, int]]:
        """(pattern group, token) of the patterns over several tokens."""
        out = []
        for m, start, end in _matches(self.multi, doc):
            order = int(self.vocab.strings[m])
            index = self.indices[order]
            out.append((order, start + index if index >= 0 else end + index))
        return out


class DistinctLemmatizer:
    """spaCy's rule ``lemmatizer``, asked once per distinct (form, POS, morphology) of a doc.

    Like the lemmatizer, it leaves a lemma set before (by the attribute ruler) alone.
    """

    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[int, ...], int] = {}  # (form, POS, morphology) -> lemma

    @staticmethod
    def handles(lemmatizer) -> bool:
        return getattr(lemmatizer, "mode", None) == "rule" and not lemmatizer.overwrite

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        values = doc.to_array([ORTH, POS, MORPH, LEMMA]).reshape(len(doc), -1)
        todo = numpy.flatnonzero(values[:, 3] == 0)
        if not len(todo):
            return doc
        keys, first, inverse = numpy.unique(
            values[todo, :3], axis=0, return_index=True, return_inverse=True
        )
        if len(self.cache) > CACHE_SIZE:
            self.cache.clear()
        lemmas = []
        for key, i in zip(map(tuple, keys.tolist()), first.tolist(), strict=True):
            if key not in self.cache:
                lemma = self.lemmatizer.lemmatize(doc[todo[i]])[0]
                self.cache[key] = doc.vocab.strings.add(lemma)
            lemmas.append(self.cache[key])
        values[todo, 3] = numpy.array(lemmas, dtype="uint64")[inverse.reshape(-1)]
        doc.from_array([LEMMA], values[:, 3:])
        return doc


def _matches(matcher: Matcher, doc: Doc) -> list[tuple[int, int, int]]:
    return matcher(doc, allow_missing=True) if len(matcher) else []


@Language.factory("claimx_attribute_ruler")
def make_attribute_ruler(nlp: Language, name: str) -> DistinctAttributeRuler:
    """Build from the pipeline's ``attribute_ruler`` (see :func:`claimx.run.documents.load_nlp`)."""
    return DistinctAttributeRuler(nlp.get_pipe("attribute_ruler"))


@Language.factory("claimx_lemmatizer")
def make_lemmatizer(nlp: Language, name: str) -> DistinctLemmatizer:
    """Build from the pipeline's ``lemmatizer`` (see :func:`claimx.run.documents.load_nlp`)."""
    return DistinctLemmatizer(nlp.get_pipe("lemmatizer"))
