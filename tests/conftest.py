"""Shared fixtures: the real spaCy model with claimx, loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimx.nlp.load import load_nlp
from claimx.records import Claim
from claimx.run.documents import extract

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).parent.parent


@pytest.fixture(scope="session")
def nlp():
    """The rules alone, under PolNeAR's wide scope: what most tests pin down (the learned
    layer and the default scope's filter have their own tests)."""
    return load_nlp("rules", scope="all")


@pytest.fixture(scope="session")
def default_nlp():
    """The default pipeline: the rules and, when models/ holds it, the learned tagger."""
    return load_nlp()


@pytest.fixture(scope="session")
def polnear_nlp():
    """The default pipeline under PolNeAR's wide scope (``--scope all``)."""
    return load_nlp(scope="all")


@pytest.fixture(scope="session")
def claims_of(nlp):
    """Claims of a text, through the real pipeline."""

    def run(text: str) -> list[Claim]:
        return extract(text, nlp=nlp).claims

    return run


def only(claims: list[Claim]) -> Claim:
    assert len(claims) == 1, [c.content.text for c in claims]
    return claims[0]


def by_cue(claims: list[Claim], cue: str) -> Claim:
    found = [c for c in claims if c.cue is not None and c.cue.text == cue]
    assert found, f"no claim with cue {cue!r}: {[c.cue and c.cue.text for c in claims]}"
    return found[0]
