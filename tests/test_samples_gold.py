"""The two sample articles against their hand-made gold annotations."""

import pytest

from claimx.evaluation.score import load_gold, score
from claimx.run.documents import extract
from conftest import DATA, REPO


def _report(nlp):
    gold = load_gold(DATA / "samples.gold.jsonl")
    preds = {}
    for doc in gold:
        # The gold texts are the repository's sample files, byte for byte.
        assert (REPO / "data" / "samples" / doc["id"]).read_text(encoding="utf-8") == doc["text"]
        preds[doc["id"]] = extract(doc["text"], doc_id=doc["id"], nlp=nlp).model_dump(mode="json")
    return score(gold, preds)


@pytest.fixture(scope="module")
def report(nlp):
    return _report(nlp)


@pytest.fixture(scope="module")
def default_report(default_nlp):
    return _report(default_nlp)


def test_every_required_attribution_is_found_with_its_speaker(report):
    assert report.attribution.n_gold == 16
    assert report.attribution.tp == 16, report.misses


def test_default_path_finds_every_required_attribution_too(default_report):
    assert default_report.attribution.n_gold == 16
    assert default_report.attribution.tp == 16, default_report.misses
    assert default_report.attribution.p >= 0.8, default_report.spurious


def test_no_spurious_claims_on_the_samples(report):
    assert report.spurious == []
    assert report.attribution.p >= 0.95


def test_cues_and_exact_edges(report):
    assert report.cue_accuracy == 1.0
    assert report.exact.tp >= 14
