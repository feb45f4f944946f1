"""spaCy's greedy entity recogniser, decoded with whole-document array operations.

Why: in the English models the ``ner`` component is the largest single cost of
a parse, and most of it is not its neural network but its transition loop.
That loop asks, for every token, whether each of its 74 moves is valid; each
question goes through small compiled functions that take Python's global lock
(a cost of spaCy's Cython build), so the loop spends more time on the lock than
on arithmetic.

The NER transition system needs no loop for most of its work. Its moves
(B-, I-, L-, U- per label, and O) each consume one token, and its state
features are the current token, the first token of the open entity and the
previous token when an entity is open, padding otherwise. So:

- outside an entity, a token's scores depend on the token alone: they are
  computed for every token at once, and the best valid move (O, or U- or B- of
  a label) is read off with one ``argmax``;
- inside an entity opened at ``e``, the scores of token ``t`` depend on
  ``(t, e, t - 1)`` only: they are computed for the rest of the sentence at
  once, and the entity ends at the first token where L- beats I- (or I- is not
  allowed: at the end of a sentence or of the document);
- a walk over the B- tokens, skipping those inside an entity, stitches the
  entities together.

The network, its weights and the validity rules are spaCy's (``ner.pyx``,
``_state.pxd``); the arithmetic is the same, in the same order, except the
last matrix product. The entities are the same as the ``ner`` component's
(``tests/test_entities.py`` compares them over the samples and the benchmark
texts; PolNeAR dev: 6,820 entities, none different). A recogniser this module
does not know (beam search, other features or moves, preset entities in a
document) is run as spaCy runs it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

#: The tokens scored at once inside an entity, when the sentence is longer.
ENTITY_WINDOW = 16


class GreedyEntityRecognizer:
    """The entities of ``ner`` (a spaCy ``EntityRecognizer``), decoded per document."""

    def __init__(self, ner, name: str = "claimx_ner"):
        self.ner = ner
        self.name = name  # the name its errors are reported under
        self.ready = False

    def _prepare(self) -> None:
        """Read the moves and layers (at the first document: a pipeline loaded from disk
        fills the recogniser after building this component)."""
        ner = self.ner
        self.tok2vec = ner.model.get_ref("tok2vec")
        self.lower = ner.model.get_ref("lower")
        self.upper = ner.model.get_ref("upper")
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        moves = [name.split("-", 1)[0] for name in names]
        self.labels = [name.split("-", 1)[1] if "-" in name else "" for name in names]
        labelled = numpy.array([label != "" for label in self.labels], dtype=bool)
        self.is_b = numpy.array([m == "B" for m in moves], dtype=bool) & labelled
        self.is_u = numpy.array([m == "U" for m in moves], dtype=bool) & labelled
        self.is_o = numpy.array([m == "O" for m in moves], dtype=bool)
        index = {name: i for i, name in enumerate(names)}
        #: per class: the I- and L- classes of its label (-1 when it has none)
        self.inside = [index.get(f"I-{label}", -1) for label in self.labels]
        self.last = [index.get(f"L-{label}", -1) for label in self.labels]
        self.ready = True

    @staticmethod
    def handles(ner) -> bool:
        """Whether ``ner`` is a greedy BILUO recogniser with the features decoded here."""
        try:
            model = ner.model
            names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
            lower = model.get_ref("lower")
            return (
                type(ner).__name__ == "EntityRecognizer"
                and ner.cfg.get("beam_width", 1) == 1
                and model.attrs.get("has_upper")
                and not model.attrs.get("unseen_classes")
                and lower.get_dim("nF") == 3
                and type(lower.ops).__name__ in ("NumpyOps", "MatmulOps")
                and all(n == "O" or n[:2] in ("B-", "I-", "L-", "U-") for n in names)
            )
        except Exception:  # a model without these parts
            return False

    def __call__(self, doc: Doc) -> Doc:
        self._annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256, **_) -> Iterator[Doc]:
        """Like ``EntityRecognizer.pipe``: batches sorted by length, in quarters."""
        handler = self.ner.get_error_handler()
        for batch in minibatch(docs, size=batch_size):
            batch = list(batch)
            try:
                by_length = sorted(batch, key=len)
                for part in minibatch(by_length, size=max(batch_size // 4, 2)):
                    self._annotate(list(part))
                yield from batch
            except Exception as exc:
                handler(self.name, self, batch, exc)

    def _annotate(self, docs: list[Doc]) -> None:
        if not any(len(doc) for doc in docs):
            return
        if not self.ready:
            self._prepare()
        if any(doc.to_array(ENT_IOB).any() for doc in docs if len(doc)):
            # preset entities constrain the moves: spaCy's own loop
            self.ner.set_annotations(docs, self.ner.predict(docs))
            return
        for doc, ents in zip(docs, self.entities(docs), strict=True):
            doc.set_ents([Span(doc, s, e, label=label) for s, e, label in ents], default="outside")

    def entities(self, docs: list[Doc]) -> list[list[tuple[int, int, str]]]:
        """(start, end, label) of the entities of each doc, as spaCy's greedy loop finds them."""
        features = self.lower.predict(self.tok2vec.predict(docs))  # (tokens + 1, 3, H, pieces)
        bias = self.lower.get_param("b")
        # outside an entity the 2nd and 3rd features are padding (row 0)
        outside = self._scores(((features[1:, 0] + features[0, 1]) + features[0, 2]) + bias)
        out, offset = [], 0
        for doc in docs:
            n = len(doc)
            out.append(self._decode(doc, features, bias, outside[offset : offset + n], offset))
            offset += n
        return out

    def _scores(self, summed):
        """The move scores of states whose summed features are ``summed`` (states, H, pieces)."""
        hidden = numpy.ascontiguousarray(summed.max(axis=2))  # maxout
        upper = self.upper
        return upper.ops.gemm(hidden, upper.get_param("W"), trans2=True) + upper.get_param("b")

    def _decode(self, doc: Doc, features, bias, outside, offset: int) -> list:
        n = len(doc)
        if not n:
            return []
        values = doc.to_array([IS_SPACE, SENT_START]).astype("int64").reshape(n, 2)
        space = values[:, 0] == 1
        # may an entity go on past token t: not at the end, not into the next sentence
        goes_on = numpy.zeros(n, dtype=bool)
        goes_on[:-1] = values[1:, 1] != 1
        valid = numpy.zeros(outside.shape, dtype=bool)
        valid[:, self.is_o] = True
        valid[:, self.is_u] = ~space[:, None]
        valid[:, self.is_b] = (~space & goes_on)[:, None]
        best = numpy.where(valid, outside, -numpy.inf).argmax(axis=1).tolist()
        is_b, is_u = self.is_b, self.is_u
        ents, t = [], 0
        for start in numpy.flatnonzero(is_b[best] | is_u[best]).tolist():
            if start < t:  # inside the entity before
                continue
            label = self.labels[best[start]]
            if is_u[best[start]]:
                ents.append((start, start + 1, label))
                t = start + 1
            else:
                t = self._end(features, bias, offset, start, best[start], goes_on)
                ents.append((start, t, label))
        return ents

    def _end(self, features, bias, offset: int, start: int, move: int, goes_on) -> int:
        """The end of the entity that ``move`` (a B- move) opens at token ``start``."""
        inside, last = self.inside[move], self.last[move]
        n = len(goes_on)
        t = start + 1
        while True:
            stop = t + 1  # score t up to the sentence's last token, a window at a time
            while stop < n and stop - t < ENTITY_WINDOW and goes_on[stop - 1]:
                stop += 1
            rows = numpy.arange(offset + t, offset + stop)
            summed = (features[rows + 1, 0] + features[offset + start + 1, 1]) + features[rows, 2]
            scores = self._scores(summed + bias)[:, (inside, last)].tolist()
            for k, (go, stay) in enumerate(scores):
                # I- when allowed and better (a tie goes to the first class, as in spaCy)
                if not goes_on[t + k] or not (go > stay or (go == stay and inside < last)):
                    return t + k + 1
            t = stop


@Language.factory("claimx_ner")
def make_ner(nlp: Language, name: str) -> GreedyEntityRecognizer:
    """Build from the pipeline's ``ner`` (see :func:`claimx.run.documents.load_nlp`)."""
    return GreedyEntityRecognizer(nlp.get_pipe("ner"), name)
