"""spaCy's layers multiplied through numpy's BLAS instead of blis.

Why: thinc's ``NumpyOps`` hands every matrix product of the CPU models (the
``tok2vec`` layers, the NER model's own ``tok2vec``, the parser's and NER's
feature layers, claimx's tagger) to blis. The OpenBLAS that ships inside the
numpy wheels does the same products about three times faster on one core of
the benchmark machine (x86-64 with AVX2), and these products are about a third
of a parse. :class:`MatmulOps` is ``NumpyOps`` with ``gemm`` through
``numpy.matmul``; :func:`use_matmul` puts it on every layer of a loaded
pipeline. Only the order of the float additions changes: the annotations are
the same (``tests/test_blas.py`` compares them token by token).

BLAS threads: one process keeps numpy's own setting (OpenBLAS uses every core);
the worker processes of ``n_process`` > 1 use one thread each
(:func:`one_thread`), so that they do not fight over the cores.
"""

from __future__ import annotations

import numpy
from spacy.language import Language
from thinc.api import NumpyOps


class MatmulOps(NumpyOps):
    """``NumpyOps`` whose matrix product is ``numpy.matmul``."""

    def gemm(self, x, y, out=None, trans1=False, trans2=False):
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return numpy.matmul(a, b)
        numpy.matmul(a, b, out=out)
        return out


def numpy_blas() -> str:
    """The name of the BLAS numpy was built with ("" when numpy does not say)."""
    try:
        config = numpy.show_config(mode="dicts")
        return str(config["Build Dependencies"]["blas"]["name"]).lower()
    except Exception:  # older numpy: no dicts mode
        return ""


def fast_blas() -> bool:
    """Whether numpy multiplies with an optimised BLAS (OpenBLAS, MKL, Accelerate)."""
    return any(name in numpy_blas() for name in ("openblas", "mkl", "accelerate"))


def use_matmul(nlp: Language) -> int:
    """Put :class:`MatmulOps` on every layer of ``nlp`` that runs on ``NumpyOps``.

    Returns the number of layers changed (0 when numpy's BLAS is no faster).
    """
    if not fast_blas():
        return 0
    ops = MatmulOps()
    changed = 0
    for _, proc in nlp.components:
        model = getattr(proc, "model", None)
        if not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops
                changed += 1
    return changed


def one_thread() -> None:
    """Limit the BLAS of this process to one thread (a worker among others)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
