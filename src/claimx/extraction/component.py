"""The spaCy pipeline components: ``nlp.add_pipe("claimx")``.

``claimx_paragraphs`` marks every line break as a sentence boundary before the
parser runs, so that headlines, boilerplate and lines in other languages never
merge with the sentence after them. ``claimx`` finds the attributions and puts
them on ``doc._.claims`` (pydantic records) and in ``doc.spans``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.attrs import IS_ALPHA, IS_LOWER, LIKE_NUM, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from claimx.extraction.claims import build_claims
from claimx.extraction.language_tags import quiet_language_tags
from claimx.extraction.names import RANK_WORDS, relabel_titled_names
from claimx.extraction.quotes import find_quotes
from claimx.extraction.rules import (
    Context,
    closing_reports,
    find_candidates,
    issued_text_reports,
    reports_cited,
    speakers_outside_content,
    variants_over_own_cues,
    variants_without_voiced_asides,
)
from claimx.extraction.scope import journalist_claims
from claimx.learned.calibration import calibrate
from claimx.learned.features import FEATS_KEY, token_features
from claimx.learned.merge import MergeSettings, TagView, merge
from claimx.learned.model import add_trained, learned_model_path
from claimx.learned.ranker import COMPONENT as RANKER
from claimx.learned.ranker import rank
from claimx.learned.tagger import COMPONENT as TAGGER
from claimx.lexicon import DEFAULT_SCOPE, SCOPES, load_lexicon

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)


@Language.component("claimx_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break, and never one word into a line.

    The parser, told that a line starts a sentence, may still cut the line's
    first word off as a sentence of its own ('Club news / Leeds | United said
    …'); a line's second word therefore continues the line's first sentence, as
    does a word in lower case that follows another word.
    """
    line_start = None if len(doc) == 0 or doc[0].is_space else 0
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.is_space:
            continue
        if prev.is_space and "\n" in prev.text:
            tok.is_sent_start = True
            line_start = tok.i
        elif (line_start is not None and tok.i == line_start + 1) or _after_a_short_rank(tok):
            # (nor after a rank whose full stop the tokenizer split off: 'Maj. Tom …')
            tok.is_sent_start = False
        elif _after_a_full_stop(tok):
            tok.is_sent_start = True
    _no_start_after_a_word(doc)
    return doc


#: Words of saying that a scraped page may run into the capitalised word after it, where
#: a link's words were ('…," saidRep. Derek Kilmer', 'he toldReuters').
GLUED_SAYING = (
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "wrote",
    "writes",
    "stated",
    "states",
    "explained",
    "noted",
    "announced",
    "asked",
    "argued",
    "warned",
    "claimed",
    "continued",
    "tweeted",
)
#: An infix of no width between such a word and the capital after it.
GLUED_INFIX = "(?:" + "|".join(rf"(?<=\b{w})" for w in GLUED_SAYING) + ")(?=[A-Z][a-z])"


def split_glued_saying(nlp: Language) -> None:
    """Teach the tokenizer to split a word of saying from the name run into it ('saidRep.'
    -> 'said', 'Rep.'), so that the parser sees the cue and its speaker. Any pipeline
    the component joins gets it, as it gets :func:`paragraph_boundaries`."""
    finditer = getattr(nlp.tokenizer, "infix_finditer", None)
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if not isinstance(pattern, str) or GLUED_INFIX in pattern:
        return
    nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{GLUED_INFIX}").finditer


def _no_start_after_a_word(doc: Doc) -> None:
    """No sentence starts at a word in lower case right after a word or a number, with
    no mark between, though the parser may cut one there ('… Jean-Marie Okwo Bele |
    told AFP he expected …'). Set on the whole document's arrays at once: a loop over
    the tokens cost 3% of a run."""
    if len(doc) < 2:
        return
    words = doc.to_array([IS_ALPHA, IS_LOWER, LIKE_NUM, SENT_START])
    starts = words[:, 3].astype("int64")
    lower_word = (words[1:, 0] == 1) & (words[1:, 1] == 1)
    after_word = (words[:-1, 0] == 1) | (words[:-1, 2] == 1)
    unset = starts[1:] == 0
    blocked = lower_word & after_word & unset
    if blocked.any():
        starts[1:][blocked] = -1
        doc.from_array([SENT_START], starts.reshape(-1, 1).astype(words.dtype))


def _after_a_full_stop(tok) -> bool:
    """A capitalised word after a camel-cased name whose full stop the tokenizer kept
    on it, with a space between: a sentence starts, though the parser runs the two
    together ('… companies such as SpaceX. SpaceX has already …'). (A full stop split
    off a word ends a sentence for the parser already.)"""
    if tok.i < 1 or not tok.text[:1].isupper():
        return False
    stop = tok.doc[tok.i - 1]
    core = stop.text[:-1]
    return (
        stop.text.endswith(".")
        and core.isalpha()
        and len(core) > 2
        and bool(stop.whitespace_)
        and any(c.isupper() for c in core[1:])
        and any(c.islower() for c in core)
    )


def _after_a_short_rank(tok) -> bool:
    """A name right after a rank written short whose full stop the tokenizer split off
    ('spokesman Maj. Tom Holloway said'): the full stop ends no sentence."""
    doc = tok.doc
    if tok.i < 2 or not tok.text[:1].isupper():
        return False
    stop, rank = doc[tok.i - 1], doc[tok.i - 2]
    return stop.text == "." and not rank.whitespace_ and rank.lower_ in RANK_WORDS


class ClaimExtractor:
    """Finds attributed claims in a parsed Doc."""

    def __init__(
        self,
        nlp: Language,
        name: str = "claimx",
        cue_lexicon: str | None = None,
        min_confidence: float = 0.0,
        keep_unattributed: bool = False,
        keep_nested: bool | None = None,
        scope: str = DEFAULT_SCOPE,
        learned: bool = True,
        calibrated: bool = True,
    ):
        self.nlp = nlp
        self.name = name
        self.learned = learned
        #: Leave the tagger's features on ``doc.user_data`` (to build training data).
        self.emit_features = False
        self.cue_lexicon = cue_lexicon
        self.min_confidence = min_confidence
        self.keep_unattributed = keep_unattributed
        #: A report inside a report ('According to investigators, he said …') is a
        #: claim of its own for a reader; PolNeAR keeps only the outer one.
        self.keep_nested = scope == DEFAULT_SCOPE if keep_nested is None else keep_nested
        self.scope = scope
        #: Confidence as a calibrated probability (:mod:`claimx.learned.calibration`).
        self.calibrated = calibrated
        self.lexicon = load_lexicon(cue_lexicon, scope)
        #: The ranker's proposals are positions and actions: only in a scope with stances.
        self.proposes = "stance" in SCOPES[scope]

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """Rules per document; the learned tagger, when present, once per batch."""
        for batch in minibatch(docs, size=batch_size):
            tagger = self.tagger()
            found = []
            for doc in batch:
                text = doc.text
                relabel_titled_names(doc, self.lexicon)
                ctx = Context(doc=doc, quotes=find_quotes(text), lexicon=self.lexicon, text=text)
                cands = find_candidates(ctx, self.keep_unattributed, self.keep_nested)
                if tagger is not None or self.emit_features:
                    doc.user_data[FEATS_KEY] = token_features(doc, cands, self.lexicon, ctx.quotes)
                found.append((doc, ctx, cands))
            if tagger is not None:
                ranker = self.ranker()
                for (doc, ctx, cands), probs in zip(
                    found, tagger.predict([doc for doc, _, _ in found]), strict=True
                ):
                    del doc.user_data[FEATS_KEY]
                    found_by_rules = list(cands)
                    cands[:] = merge(
                        doc, cands, probs, tagger.labels, ctx.quotes, self.merge_settings
                    )
                    if ranker is not None and probs.shape[0] == len(doc):
                        tags = TagView.of(probs, tagger.labels)
                        cands[:] = rank(
                            ctx,
                            cands,
                            tags,
                            ranker,
                            self.proposes,
                            plain=self.scope == DEFAULT_SCOPE,
                        )
                    cands[:] = speakers_outside_content(found_by_rules, cands)
                    cands[:] = variants_over_own_cues(found_by_rules, cands)
                    if self.keep_nested:
                        cands[:] = reports_cited(ctx, found_by_rules, cands)
                    if self.scope == DEFAULT_SCOPE:
                        cands[:] = closing_reports(ctx, found_by_rules, cands)
                        cands[:] = issued_text_reports(found_by_rules, cands)
                        cands[:] = variants_without_voiced_asides(ctx, cands)
            for _, ctx, cands in found:
                yield self._annotate(ctx, cands)

    def _annotate(self, ctx: Context, cands: list) -> Doc:
        doc = ctx.doc
        claims = build_claims(ctx, cands)
        if self.scope == DEFAULT_SCOPE:
            claims = journalist_claims(doc, claims, self.lexicon)
        if self.calibrated:
            claims = calibrate(claims, self.scope)
        claims = [c for c in claims if c.confidence >= self.min_confidence]
        doc._.claims = claims
        doc.spans["claimx_speaker"] = _spans(doc, [c.speaker for c in claims], "SPEAKER")
        doc.spans["claimx_cue"] = _spans(doc, [c.cue for c in claims], "CUE")
        doc.spans["claimx_content"] = _spans(
            doc, [p for c in claims for p in c.content.parts], "CONTENT"
        )
        return doc

    def tagger(self):
        """The learned tagger (:mod:`claimx.learned.tagger`), when in the pipeline and wanted."""
        if not self.learned or TAGGER not in self.nlp.component_names:
            return None
        return self.nlp.get_pipe(TAGGER)

    @property
    def merge_settings(self) -> MergeSettings:
        """How the tagger's tags overrule the rules: saved with the trained tagger."""
        tagger = self.tagger()
        return getattr(tagger, "merge_settings", None) or MergeSettings()

    def ranker(self):
        """The ranker of :mod:`claimx.learned.ranker`, when it came with the tagger."""
        if self.tagger() is None or RANKER not in self.nlp.component_names:
            return None
        return self.nlp.get_pipe(RANKER).ranker


def _spans(doc: Doc, items, label: str) -> list[Span]:
    out = []
    for item in items:
        if item is None:
            continue
        span = doc.char_span(item.start, item.end, label=label, alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


@Language.factory(
    "claimx",
    default_config={
        "cue_lexicon": None,
        "min_confidence": 0.0,
        "keep_unattributed": False,
        "keep_nested": None,
        "scope": DEFAULT_SCOPE,
        "learned": True,
        "calibrated": True,
    },
)
def make_claimx(
    nlp: Language,
    name: str,
    cue_lexicon: str | None,
    min_confidence: float,
    keep_unattributed: bool,
    keep_nested: bool | None,
    scope: str,
    learned: bool,
    calibrated: bool,
) -> ClaimExtractor:
    """The component, with what it needs around it in any pipeline.

    ``spacy.load(...)`` then ``nlp.add_pipe("claimx")`` gives the claims of
    ``claimx.extract``: line breaks become sentence boundaries before the
    parser (:func:`paragraph_boundaries`), and with ``learned`` the trained
    tagger and ranker join the pipeline, disabled, for the component to run.
    """
    split_glued_saying(nlp)
    if "claimx_paragraphs" not in nlp.component_names and "parser" in nlp.component_names:
        nlp.add_pipe("claimx_paragraphs", before="parser")
    quiet_language_tags(nlp)
    if learned and TAGGER not in nlp.component_names:
        path = learned_model_path()
        if path is not None:
            add_trained(nlp, path)
    return ClaimExtractor(
        nlp,
        name,
        cue_lexicon,
        min_confidence,
        keep_unattributed,
        keep_nested,
        scope,
        learned,
        calibrated,
    )
