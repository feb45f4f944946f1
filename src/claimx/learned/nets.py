"""The ranker's networks, as thinc models, and how they are trained.

One network (:func:`ranker_net`) reads a candidate as the hash buckets of its
features (:func:`claimx.learned.ranker.hashed`) and gives it a probability::

    buckets ─► feature_bag: Σ E[row(bucket)] + b ─► relu ─► logistic: σ(w·h + c)

A batch of candidates is a thinc :class:`~thinc.types.Ragged`: the buckets of
all of them one after the other, and how many each has (:func:`ragged`).
:func:`mean_of` holds several networks side by side and gives the mean of
their probabilities (the ranker's score). :func:`fit` trains one network with
thinc's Adam over minibatches; :func:`fit_sparse`, one candidate at a time with
sparse updates, is the recipe ``claimx train`` uses (it measured better).

The forward passes compute what the hand-written network they replace did, in
the same order of float operations, so that its saved weights give the same
scores to the last bit (``tests/test_ranker.py`` checks it on the shipped model).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from thinc.api import Adam, Model, Ragged, chain
from thinc.types import Floats1d, Floats2d

#: The hash buckets of the ranker's features (``crc32(feature) % N_BUCKETS``).
N_BUCKETS = 1 << 18


def ragged(rows: Sequence[np.ndarray]) -> Ragged:
    """The buckets of each candidate (one array a candidate) as one thinc batch."""
    lengths = np.fromiter((len(r) for r in rows), dtype=np.int32, count=len(rows))
    ids = np.concatenate(rows) if len(rows) else np.zeros(0, dtype=np.int64)
    return Ragged(ids, lengths)


# ---------------------------------------------------------------------------
# Layers


def feature_bag(width: int) -> Model[Ragged, Floats2d]:
    """The sum of the embedding rows of a candidate's features, plus a bias.

    Params ``E`` (rows × ``width``) and ``b``. Only the features training saw
    have a row: the attribute ``index`` maps each hash bucket to its row of
    ``E``, and row 0, the row of every other bucket, is zero and stays so (it
    takes no gradient).
    """
    return Model(
        "feature_bag",
        _bag_forward,
        init=_bag_init,
        dims={"nO": width, "nV": N_BUCKETS},
        params={"E": None, "b": None},
        attrs={"index": None},
    )


def _bag_init(model: Model, X: Ragged | None = None, Y: Floats2d | None = None) -> None:
    width = model.get_dim("nO")
    model.set_param("E", model.ops.alloc2f(1, width))
    model.set_param("b", model.ops.alloc1f(width))
    model.attrs["index"] = np.zeros(model.get_dim("nV"), dtype=np.int32)


def set_vocabulary(bag: Model, buckets: np.ndarray) -> None:
    """Give the buckets ``buckets`` rows of their own in ``bag``, all zero."""
    buckets = np.unique(np.asarray(buckets, dtype=np.int64))
    set_bag_rows(bag, buckets, np.zeros((len(buckets), bag.get_dim("nO")), dtype=np.float32))


def bag_rows(bag: Model) -> tuple[np.ndarray, np.ndarray]:
    """The buckets that have a row in ``bag`` (ascending), and their rows of ``E``."""
    index = bag.attrs["index"]
    buckets = np.flatnonzero(index).astype(np.int32)
    return buckets, bag.get_param("E")[index[buckets]]


def set_bag_rows(bag: Model, buckets: np.ndarray, rows: np.ndarray) -> None:
    """The inverse of :func:`bag_rows`: ``rows[k]`` becomes the row of ``buckets[k]``."""
    index = np.zeros(bag.get_dim("nV"), dtype=np.int32)
    index[buckets] = np.arange(1, len(buckets) + 1, dtype=np.int32)
    E = np.concatenate([np.zeros((1, bag.get_dim("nO")), dtype=np.float32), rows])
    bag.attrs["index"] = index
    bag.set_param("E", np.ascontiguousarray(E, dtype=np.float32))


def _bag_forward(model: Model, X: Ragged, is_train: bool) -> tuple[Floats2d, Callable]:
    E = model.get_param("E")
    b = model.get_param("b")
    lengths = X.lengths
    rows = model.attrs["index"][X.dataXd]
    if len(rows):
        # a zero row closes the last candidate; sums run row after row, per column
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        summed = np.add.reduceat(E[np.append(rows, 0)], starts, axis=0)
        summed[lengths == 0] = 0.0
    else:
        summed = model.ops.alloc2f(len(lengths), E.shape[1])
    Y = summed + b

    def backprop(dY: Floats2d) -> Ragged:
        dE = model.ops.alloc2f(*E.shape)
        d_rows = np.ascontiguousarray(np.repeat(dY, lengths, axis=0), dtype=np.float32)
        model.ops.scatter_add(dE, np.ascontiguousarray(rows, dtype=np.int32), d_rows)
        dE[0] = 0.0  # the row of the buckets it does not know
        model.inc_grad("E", dE)
        model.inc_grad("b", dY.sum(axis=0))
        return X  # bucket ids take no gradient

    return Y, backprop


def relu() -> Model[Floats2d, Floats2d]:
    """max(x, 0), with no weights of its own (thinc's ``Relu`` has a weight matrix)."""
    return Model("relu", _relu_forward)


def _relu_forward(model: Model, X: Floats2d, is_train: bool) -> tuple[Floats2d, Callable]:
    Y = model.ops.relu(X)

    def backprop(dY: Floats2d) -> Floats2d:
        return model.ops.backprop_relu(dY, Y)

    return Y, backprop


def logistic(width: int) -> Model[Floats2d, Floats2d]:
    """One probability per row: σ(w·x + c), params ``W`` (1 × ``width``) and ``b`` (1).

    Like thinc's ``Softmax``, its backprop takes the gradient of the loss with
    respect to the logit w·x + c: for the binary cross-entropy, the
    probability less the label.
    """
    return Model(
        "logistic",
        _logistic_forward,
        init=_logistic_init,
        dims={"nI": width, "nO": 1},
        params={"W": None, "b": None},
    )


def _logistic_init(model: Model, X: Floats2d | None = None, Y: Floats2d | None = None) -> None:
    model.set_param("W", model.ops.alloc2f(1, model.get_dim("nI")))
    model.set_param("b", model.ops.alloc1f(1))


def _logistic_forward(model: Model, X: Floats2d, is_train: bool) -> tuple[Floats2d, Callable]:
    W = model.get_param("W")
    b = model.get_param("b")
    z = (X * W[0]).sum(axis=1, keepdims=True) + b
    with np.errstate(over="ignore"):  # exp(-z) → inf for a very negative logit: σ = 0
        Y = 1.0 / (1.0 + np.exp(-z))

    def backprop(d_logit: Floats2d) -> Floats2d:
        model.inc_grad("W", (d_logit * X).sum(axis=0, keepdims=True))
        model.inc_grad("b", d_logit.sum(axis=0))
        return d_logit * W[0]

    return Y, backprop


def mean_of(nets: list[Model]) -> Model[Ragged, Floats2d]:
    """The mean probability of ``nets``, side by side over the same input."""
    return Model("mean_of", _mean_forward, layers=list(nets))


def _mean_forward(model: Model, X: Ragged, is_train: bool) -> tuple[Floats2d, Callable]:
    outs, backprops = zip(*(net(X, is_train) for net in model.layers), strict=True)
    Y = np.concatenate(outs, axis=1).mean(axis=1, keepdims=True)

    def backprop(dY: Floats2d) -> Ragged:
        for back in backprops:
            back(dY / len(backprops))
        return X

    return Y, backprop


def ranker_net(width: int = 32) -> Model[Ragged, Floats2d]:
    """One network of the ranker: feature bag, ReLU, logistic output.

    Its layers are also its refs ``bag`` and ``out``.
    """
    bag = feature_bag(width)
    out = logistic(width)
    model = chain(bag, relu(), out)
    model.set_ref("bag", bag)
    model.set_ref("out", out)
    model.initialize()
    return model


# ---------------------------------------------------------------------------
# Training


def fit(
    model: Model[Ragged, Floats2d],
    rows: Sequence[np.ndarray],
    labels: Sequence[int],
    *,
    epochs: int,
    rate: float,
    dropout: float,
    batch_size: int,
    seed: int,
) -> None:
    """Train a :func:`ranker_net` on candidates (``rows`` of buckets) and 0/1 ``labels``.

    The bag first gets a zero row for each bucket of ``rows``; then ``epochs``
    passes in shuffled minibatches, with thinc's Adam (learning rate ``rate``)
    on the mean binary cross-entropy. ``dropout`` leaves out that share of a
    candidate's features at each step (never all of them). The weights kept at
    the end are Adam's running averages of them.
    """
    rng = np.random.default_rng(seed)
    bag = model.get_ref("bag")
    set_vocabulary(bag, np.concatenate(rows) if len(rows) else np.zeros(0, np.int64))
    optimizer = Adam(rate)
    y = np.asarray(labels, dtype=np.float32).reshape(-1, 1)
    for _ in range(epochs):
        order = rng.permutation(len(rows))
        for start in range(0, len(order), batch_size):
            batch = order[start : start + batch_size]
            X = _drop_features([rows[i] for i in batch], dropout, rng)
            Y, backprop = model.begin_update(X)
            backprop((Y - y[batch]) / len(batch))
            model.finish_update(optimizer)
    if optimizer.averages:
        for node in model.walk():
            for name in node.param_names:
                average = optimizer.averages.get((node.id, name))
                if average is not None:
                    node.set_param(name, average.copy())


def fit_sparse(
    model: Model[Ragged, Floats2d],
    rows: Sequence[np.ndarray],
    labels: Sequence[int],
    *,
    epochs: int,
    rate: float,
    dropout: float,
    seed: int,
) -> None:
    """Train a :func:`ranker_net` one candidate at a time, updating only the
    embedding rows of that candidate's features (Adagrad, at five times ``rate``)
    and the layer's weights (Adam): the recipe the shipped ranker was trained
    with, written on the thinc model's params.

    Why not :func:`fit`: thinc's optimiser updates every row of the embedding
    table at every step (about 8 ms for 50,000 rows), so a step per candidate is
    out of reach, and minibatches lose accuracy. On PolNeAR train (42,700
    candidates, 4 nets, 2 processes, the same candidate tables) this recipe gave
    dev attribution F1 0.699 in 37 s; thinc's Adam 0.694 with minibatches of 64
    (2 min) and 0.699 with minibatches of 8 (15 min).
    """
    bag, out = model.get_ref("bag"), model.get_ref("out")
    width = bag.get_dim("nO")
    b1 = bag.get_param("b").copy()
    v = out.get_param("W")[0].copy()
    b2 = float(out.get_param("b")[0])
    rng = np.random.default_rng(seed)
    E = np.zeros((bag.get_dim("nV"), width), dtype=np.float32)
    dense = {"b1": b1, "v": v}
    m = {k: np.zeros_like(p) for k, p in dense.items()}
    s = {k: np.zeros_like(p) for k, p in dense.items()}
    seen = np.full(len(E), 1e-8, dtype=np.float32)
    y = np.asarray(labels, dtype=np.float32)
    t = 0
    for _ in range(epochs):
        for i in rng.permutation(len(rows)):
            t += 1
            ids = rows[i]
            if dropout and len(ids) > 1:
                keep = rng.random(len(ids)) >= dropout
                ids = ids[keep] if keep.any() else ids
            a = E[ids].sum(axis=0) + dense["b1"]
            on = a > 0
            h = a * on
            g = 1.0 / (1.0 + np.exp(-(h @ dense["v"] + b2))) - y[i]
            grad_a = g * dense["v"] * on
            for k, grad in (("v", g * h), ("b1", grad_a)):
                m[k] = 0.9 * m[k] + 0.1 * grad
                s[k] = 0.999 * s[k] + 0.001 * grad * grad
                step = (m[k] / (1 - 0.9**t)) / (np.sqrt(s[k] / (1 - 0.999**t)) + 1e-8)
                dense[k] -= rate * step
            b2 -= rate * g
            seen[ids] += float((grad_a * grad_a).mean())
            E[ids] -= (5 * rate) * grad_a / np.sqrt(seen[ids])[:, None]
    used = np.flatnonzero(np.abs(E).sum(axis=1) > 0)
    set_bag_rows(bag, used.astype(np.int32), E[used])
    bag.set_param("b", dense["b1"].astype(np.float32))
    out.set_param("W", dense["v"].reshape(1, width).astype(np.float32))
    out.set_param("b", np.array([b2], dtype=np.float32))


def _drop_features(rows: list[np.ndarray], dropout: float, rng: np.random.Generator) -> Ragged:
    X = ragged(rows)
    if not dropout or not len(X.dataXd):
        return X
    lengths = X.lengths
    owner = np.repeat(np.arange(len(rows)), lengths)
    keep = rng.random(len(owner)) >= dropout
    left = np.bincount(owner, weights=keep, minlength=len(rows))
    keep |= ((left == 0) | (lengths <= 1))[owner]  # a candidate keeps at least one feature
    lengths = np.bincount(owner[keep], minlength=len(rows)).astype(np.int32)
    return Ragged(X.dataXd[keep], lengths)


def compact(model: Model[Ragged, Floats2d]) -> None:
    """Drop the bag's rows that training left at zero, and round the rest to
    float16 precision: what is saved (:meth:`claimx.learned.ranker.Net.arrays`)
    is then exactly what scores."""
    bag = model.get_ref("bag")
    buckets, rows = bag_rows(bag)
    used = np.abs(rows).sum(axis=1) > 0
    set_bag_rows(bag, buckets[used], rows[used].astype(np.float16).astype(np.float32))


def weights(model: Model[Ragged, Floats2d]) -> dict[str, np.ndarray | Floats1d]:
    """The bag's bias ``b1``, the output's weights ``v`` and bias ``b2``."""
    out = model.get_ref("out")
    return {
        "b1": model.get_ref("bag").get_param("b"),
        "v": out.get_param("W")[0],
        "b2": out.get_param("b"),
    }
