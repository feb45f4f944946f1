"""The learned tagger: a small network that reads the parse and the rules' candidates.

For every token it predicts one of ``O``, ``B-/I-SRC`` (source), ``B-/I-CUE`` and
``B-/I-CON`` (content). Its inputs are cheap: the vectors that spaCy's own
``tok2vec`` already computed for the parser (``doc.tensor``, not updated), and
hashed features per token (dependency label, entity, whether a cue verb governs
the token and through which relation, quotes, and the role the rules gave it).
Three window-CNN layers widen the context.

:func:`merge` then settles the rules' candidates against the tags: a rule claim
whose content the tagger does not see as content is dropped, and a content
span the tagger finds where the rules found nothing becomes a claim, with the
tagged cue and source nearest to it (speakers are resolved as for the rules).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict

import numpy as np
from spacy.language import Language
from spacy.ml.models.tok2vec import MaxoutWindowEncoder
from spacy.pipeline.tagger import Tagger
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry
from thinc.api import (
    Config,
    HashEmbed,
    Maxout,
    Model,
    Softmax,
    chain,
    concatenate,
    list2ragged,
    ragged2list,
    with_array,
    zero_init,
)

from claimx.learned.features import FEATS_KEY, N_FEATURES
from claimx.learned.merge import MergeSettings

LABELS = ("O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON")
#: Where the tagger, run as a pipeline component of its own, leaves its probabilities.
PROBS_KEY = "claimx_tag_probs"
COMPONENT = "claimx_tagger"


# ---------------------------------------------------------------------------
# The model


#: Columns of :func:`token_features` that carry the rules' roles, and their "no role" ids.
ROLE_COLUMNS = {4: hash_string("4=O"), 5: hash_string("5=O")}


@registry.layers("claimx.FeatureColumns.v1")
def feature_columns(role_dropout: float = 0.0) -> Model:
    """Docs -> their feature id arrays (see :func:`token_features`).

    In training, ``role_dropout`` of the documents are shown without the rules'
    roles, so that the tagger also learns to find claims the rules miss.
    """
    rng = np.random.default_rng(0)

    def forward(model: Model, docs: list[Doc], is_train: bool):
        out = []
        for doc in docs:
            feats = doc.user_data.get(FEATS_KEY)
            if feats is None or len(feats) != len(doc):
                feats = np.zeros((len(doc), N_FEATURES), dtype="uint64")
            if is_train and role_dropout and rng.random() < role_dropout:
                feats = feats.copy()
                for col, blank in ROLE_COLUMNS.items():
                    feats[:, col] = blank
            out.append(model.ops.asarray2i(feats, dtype="uint64"))
        return out, lambda d_out: []

    return Model("claimx_feature_columns", forward)


@registry.layers("claimx.DocTensor.v1")
def doc_tensor(width: int) -> Model:
    """Docs -> the vectors spaCy's ``tok2vec`` left in ``doc.tensor`` (no gradient)."""

    def forward(model: Model, docs: list[Doc], is_train: bool):
        out = []
        for doc in docs:
            tensor = doc.tensor
            if tensor is None or tensor.ndim != 2 or tensor.shape != (len(doc), width):
                tensor = np.zeros((len(doc), width), dtype="float32")
            out.append(model.ops.asarray2f(tensor, dtype="float32"))
        return out, lambda d_out: []

    return Model("claimx_doc_tensor", forward, dims={"nO": width})


@registry.architectures("claimx.ClaimTagger.v1")
def build_claim_tagger(
    width: int = 64,
    depth: int = 3,
    embed_size: int = 2000,
    tensor_width: int = 96,
    n_features: int = N_FEATURES,
    role_dropout: float = 0.0,
    nO: int | None = None,
) -> Model:
    embeds = [
        HashEmbed(nO=width, nV=embed_size, column=i, seed=17 + i, dropout=0.0)
        for i in range(n_features)
    ]
    features = chain(
        feature_columns(role_dropout),
        list2ragged(),
        with_array(concatenate(*embeds)),
        with_array(Maxout(width, width * n_features, nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )
    mixed = chain(
        concatenate(features, doc_tensor(tensor_width)),
        with_array(Maxout(width, width + tensor_width, nP=3, dropout=0.0, normalize=True)),
    )
    encoder = MaxoutWindowEncoder(width=width, window_size=1, maxout_pieces=3, depth=depth)
    output = Softmax(nO, width, init_W=zero_init)
    model = chain(mixed, encoder, with_array(output))
    model.set_ref("output", output)
    return model


DEFAULT_MODEL_CONFIG = """
[model]
@architectures = "claimx.ClaimTagger.v1"
width = 64
depth = 3
embed_size = 2000
tensor_width = 96
n_features = 12
role_dropout = 0.3
"""


# ---------------------------------------------------------------------------
# The component


class ClaimTagger(Tagger):
    """spaCy's tagger, with its tags kept apart from the part-of-speech tags.

    ``predict`` returns each document's label probabilities; they go to
    ``doc.user_data["claimx_tag_probs"]`` when the component runs on its own.
    """

    def predict(self, docs):
        if not any(len(doc) for doc in docs):
            return [np.zeros((0, len(self.labels)), dtype="float32") for _ in docs]
        scores = self.model.predict(docs)
        return [self.model.ops.to_numpy(s) for s in scores]

    def set_annotations(self, docs, scores):
        if isinstance(docs, Doc):
            docs = [docs]
        for doc, probs in zip(docs, scores, strict=True):
            doc.user_data[PROBS_KEY] = probs


def tag_scores(examples: Iterable[Example], **kwargs) -> dict[str, float]:
    """Token F1 of each role (source, cue, content) and their mean."""
    counts = {role: [0, 0, 0] for role in ("SRC", "CUE", "CON")}  # tp, pred, gold
    for eg in examples:
        probs = eg.predicted.user_data.get(PROBS_KEY)
        if probs is None or not len(probs):
            continue
        pred = [LABELS[i][2:] if LABELS[i] != "O" else "O" for i in probs.argmax(axis=1)]
        gold = [t[2:] if t not in ("", "O") else "O" for t in eg.get_aligned("TAG", as_string=True)]
        for p, g in zip(pred, gold, strict=True):
            for role, c in counts.items():
                c[0] += p == role and g == role
                c[1] += p == role
                c[2] += g == role
    out = {}
    for role, (tp, npred, ngold) in counts.items():
        prec = tp / npred if npred else 0.0
        rec = tp / ngold if ngold else 0.0
        out[f"claim_{role.lower()}_f"] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    out["claim_tag_f"] = sum(out.values()) / 3
    return out


@registry.scorers("claimx.tag_scorer.v1")
def make_tag_scorer() -> Callable:
    return tag_scores


@Language.factory(
    COMPONENT,
    default_config={
        "model": Config().from_str(DEFAULT_MODEL_CONFIG)["model"],
        "scorer": {"@scorers": "claimx.tag_scorer.v1"},
        "merge": asdict(MergeSettings()),
    },
    default_score_weights={
        "claim_tag_f": 1.0,
        "claim_src_f": 0.0,
        "claim_cue_f": 0.0,
        "claim_con_f": 0.0,
    },
)
def make_claim_tagger(
    nlp: Language, name: str, model: Model, scorer: Callable, merge: dict
) -> ClaimTagger:
    """The tagger, with the settings that merge its tags with the rules' claims
    (:class:`~claimx.learned.merge.MergeSettings`): saved in the model's config
    and read from it, like its weights."""
    tagger = ClaimTagger(nlp.vocab, model, name, scorer=scorer)
    tagger.merge_settings = MergeSettings(**merge)
    for label in LABELS:
        tagger.add_label(label)
    return tagger
