"""Layers multiplied through numpy's BLAS give spaCy's own annotations."""

import numpy
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, TAG
from thinc.api import NumpyOps

from claimx.io.inputs import iter_inputs
from claimx.nlp.blas import MatmulOps, fast_blas, use_matmul
from claimx.nlp.load import DEFAULT_MODEL
from conftest import REPO


@pytest.mark.parametrize("trans1", [False, True])
@pytest.mark.parametrize("trans2", [False, True])
def test_matmul_ops_gemm_is_numpy_ops_gemm(trans1, trans2):
    rng = numpy.random.default_rng(0)
    x = rng.standard_normal((7, 5) if not trans1 else (5, 7)).astype("float32")
    y = rng.standard_normal((5, 3) if not trans2 else (3, 5)).astype("float32")
    want = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    got = MatmulOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert got.dtype == want.dtype and got.shape == want.shape == (7, 3)
    numpy.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)
    out = numpy.zeros((7, 3), dtype="float32")
    assert MatmulOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    numpy.testing.assert_allclose(out, want, rtol=1e-5, atol=1e-5)


def test_claimx_pipeline_multiplies_through_numpy(nlp):
    if not fast_blas():
        pytest.skip("numpy has no optimised BLAS here: claimx keeps blis")
    for name in ("tok2vec", "parser", "ner", "claimx_tagger"):
        if name in nlp.component_names:
            assert isinstance(nlp.get_pipe(name).model.ops, MatmulOps), name


def test_same_parse_and_entities_as_blis():
    """Only the order of float additions changes: the annotations must not."""
    theirs = spacy.load(DEFAULT_MODEL)
    ours = spacy.load(DEFAULT_MODEL)
    changed = use_matmul(ours)
    assert changed == 0 or changed > 20  # every layer of the pipes, or none
    folders = [str(REPO / "data" / "samples"), str(REPO / "benchmarks" / "news")]
    texts = [item.text for item in iter_inputs(folders)]
    cols = [TAG, DEP, HEAD, ENT_IOB, ENT_TYPE]
    n = 0
    for a, b in zip(theirs.pipe(texts), ours.pipe(texts), strict=True):
        assert a.text == b.text
        numpy.testing.assert_array_equal(a.to_array(cols), b.to_array(cols))
        n += len(a)
    assert n > 10_000
