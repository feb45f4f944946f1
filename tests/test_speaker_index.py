"""The speaker index: one entry per source across a collection, variants merged."""

import csv
import io
import json
import subprocess
import sys

import pytest

from claimx.across.speaker_index import (
    ClaimRow,
    build_index,
    compatible,
    display_name,
    load_claims,
)
from claimx.records import Content, Span, Speaker
from claimx.run.batch import run_extract
from conftest import DATA, REPO

SAMPLES = REPO / "data" / "samples"
ARTICLES = DATA / "cluster" / "articles"


def claim(doc: str, n: int, speaker: str | None, canonical: str, kind: str, content: str, **kw):
    """One claim row as `claimx extract` writes it (offsets are not used by the index)."""
    sp = None
    if speaker is not None:
        sp = Speaker(
            text=speaker,
            start=0,
            end=len(speaker),
            canonical=canonical,
            kind=kind,
            anonymous=kw.get("anonymous", False),
        )
    return ClaimRow(
        doc_id=doc,
        claim_id=f"{doc}#{n}",
        speaker=sp,
        cue="said",
        content=Content(
            text=content, start=0, end=len(content), parts=[Span(start=0, end=len(content))]
        ),
        type="indirect",
    )


def entry_of(index, claim_id):
    found = index.entry(claim_id)
    assert found is not None, claim_id
    return found


@pytest.fixture(scope="module")
def sample_claims(tmp_path_factory):
    out = tmp_path_factory.mktemp("claims") / "samples.jsonl"
    run_extract([str(SAMPLES)], out=str(out), progress=False)
    return out


@pytest.fixture(scope="module")
def article_claims(tmp_path_factory):
    out = tmp_path_factory.mktemp("claims") / "articles.jsonl"
    run_extract([str(ARTICLES)], out=str(out), progress=False)
    return out


def test_case_and_article_differences_are_one_speaker():
    rows = [
        claim("a", 0, "the Kremlin", "Kremlin", "organization", "NATO is a threat."),
        claim("b", 0, "The Kremlin's", "Kremlin's", "organization", "Sanctions will fail."),
        claim("c", 0, "KREMLIN", "KREMLIN", "organization", "Talks are over."),
    ]
    index = build_index(rows)
    assert len(index.entries) == 1
    entry = index.entries[0]
    assert (entry.canonical, entry.claims, entry.documents) == ("Kremlin", 3, 3)


def test_titles_appositives_and_descriptions_are_stripped_to_the_name():
    def name(text, canonical, anonymous=False):
        speaker = Speaker(
            text=text,
            start=0,
            end=len(text),
            canonical=canonical,
            kind="unknown",
            anonymous=anonymous,
        )
        return display_name(speaker)

    assert name("Mayor Ana Ruiz", "Mayor Ana Ruiz") == "Ana Ruiz"
    assert name("Her rival, Victor Hale", "Her rival, Victor Hale") == "Victor Hale"
    assert name("the rail operator Westline", "rail operator Westline") == "Westline"
    rep = "high-ranking representatives of the United States"
    assert name("One of the " + rep, rep, anonymous=True) == rep
    assert name("the Federation of Small Firms", "Federation of Small Firms") == (
        "Federation of Small Firms"
    )


def test_the_alliance_is_the_organisation_its_article_names_most(sample_claims):
    index = build_index(load_claims(sample_claims))
    nato = next(e for e in index.entries if e.canonical == "NATO")
    assert "The alliance" in nato.variants
    assert nato.documents == 2
    # "many in the alliance" are some of its members, not NATO speaking
    assert any(e.canonical == "many in the alliance" and e.anonymous for e in index.entries)


def test_recurring_sources_of_the_samples_span_both_articles(sample_claims):
    index = build_index(load_claims(sample_claims))
    by_name = {e.canonical: e for e in index.entries}
    for source in ("Politico", "Kremlin", "NATO", "diplomats"):
        assert by_name[source].documents == 2, source
    assert by_name["diplomats"].anonymous and not by_name["Kremlin"].anonymous


def test_a_surname_is_the_one_full_name_ending_in_it():
    rows = [
        claim("a", 0, "Luis Ortega", "Luis Ortega", "person", "I am proud of the team."),
        claim("b", 0, "Ortega", "Ortega", "person", "I wish the players well."),
    ]
    index = build_index(rows)
    assert entry_of(index, "a#0") is entry_of(index, "b#0")
    assert entry_of(index, "b#0").canonical == "Luis Ortega"


def test_an_ambiguous_surname_is_left_alone():
    rows = [
        claim("a", 0, "Anna Price", "Anna Price", "person", "Fares are too high."),
        claim("b", 0, "Tom Price", "Tom Price", "person", "Trains are late."),
        claim("c", 0, "Price", "Price", "person", "The timetable is a mess."),
    ]
    index = build_index(rows)
    assert entry_of(index, "c#0").canonical == "Price"
    assert len(index.entries) == 3


def test_the_same_article_decides_between_two_full_names():
    rows = [
        claim("a", 0, "Anna Price", "Anna Price", "person", "Fares are too high."),
        claim("a", 1, "Price", "Price", "person", "Half the trains were late."),
        claim("b", 0, "Tom Price", "Tom Price", "person", "The match was fixed."),
    ]
    assert entry_of(build_index(rows), "a#1").canonical == "Anna Price"


def test_an_acronym_is_the_name_with_its_initials():
    rows = [
        claim(
            "a",
            0,
            "The World Health Organization",
            "World Health Organization",
            "organization",
            "It will review the data.",
        ),
        claim("b", 0, "The WHO", "WHO", "organization", "It will examine the results."),
    ]
    index = build_index(rows)
    assert len(index.entries) == 1 and index.entries[0].canonical == "World Health Organization"


def test_a_role_is_the_named_speaker_of_its_article_holding_it():
    rows = [
        claim("a", 0, "Mayor Ana Ruiz", "Mayor Ana Ruiz", "person", "The bridge stays shut."),
        claim("a", 1, "The mayor", "mayor", "person", "A footbridge will be built."),
        claim("b", 0, "The mayor", "mayor", "person", "Taxes will not rise."),
    ]
    index = build_index(rows)
    assert entry_of(index, "a#1").canonical == "Ana Ruiz"
    # another article's mayor may be someone else: no name there, no merge
    assert entry_of(index, "b#0").canonical == "mayor"


def test_unattributed_claims_are_counted_apart():
    rows = [
        claim("a", 0, None, "", "unknown", "A quote nobody said."),
        claim("a", 1, "he", "he", "pronoun", "Something."),
        claim("a", 2, "Politico", "Politico", "media", "Ministers will meet."),
    ]
    index = build_index(rows)
    assert index.unattributed == 2 and [e.canonical for e in index.entries] == ["Politico"]


def test_compatible_speakers_rule():
    rows = [
        claim("a", 0, "the Kremlin", "Kremlin", "organization", "x"),
        claim("a", 1, "the Kremlin press office", "Kremlin press office", "organization", "x"),
        claim("a", 2, "a Kremlin spokesman", "Kremlin spokesman", "anonymous", "x", anonymous=True),
        claim("a", 3, "diplomats", "diplomats", "anonymous", "x", anonymous=True),
        claim("a", 4, "Western diplomats", "Western diplomats", "anonymous", "x", anonymous=True),
        claim("a", 5, "Hungary and Slovakia", "Hungary and Slovakia", "country", "x"),
        claim("a", 6, "Hungary", "Hungary", "country", "x"),
    ]
    index = build_index(rows)
    e = [entry_of(index, f"a#{n}") for n in range(7)]
    assert compatible(e[0], e[1])  # one name inside the other
    assert not compatible(e[0], e[2])  # a spokesman is not the institution
    assert compatible(e[3], e[4])  # anonymous with anonymous
    assert not compatible(e[5], e[6])  # coordinated names match only themselves


def test_my_articles_merge_variants_across_the_collection(article_claims):
    index = build_index(load_claims(article_claims))
    by_name = {e.canonical: e for e in index.entries}
    assert {"The operator", "Westline"} <= set(by_name["Westline"].variants)
    assert {"Ruiz", "The mayor"} <= set(by_name["Ana Ruiz"].variants)
    assert "Health minister" in by_name["Sara Okonkwo"].variants
    assert by_name["Luis Ortega"].documents == 2
    assert by_name["World Health Organization"].documents == 2


def test_speakers_command_formats(sample_claims):
    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "claimx.cli", "speakers", str(sample_claims), *args],
            capture_output=True,
            text=True,
        )

    as_json = run("--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    assert {"canonical", "kind", "anonymous", "claims", "documents", "variants"} <= set(
        data["speakers"][0]
    )
    rows = list(csv.DictReader(io.StringIO(run("--format", "csv").stdout)))
    assert any(r["canonical"] == "NATO" and "The alliance" in r["variants"] for r in rows)
    table = run()
    assert table.returncode == 0 and "Kremlin" in table.stdout
    assert run("--format", "xml").returncode == 2


def test_a_place_name_speaker_is_not_someone_elses_surname():
    rows = [
        claim("a", 0, "Washington", "Washington", "country", "The sanctions stay."),
        claim("b", 0, "George Washington", "George Washington", "person", "I cannot lie."),
    ]
    index = build_index(rows)
    assert entry_of(index, "a#0") is not entry_of(index, "b#0")


def test_the_company_is_never_a_person_its_article_names():
    rows = [
        claim("a", 0, "Laura Chen", "Laura Chen", "person", "Laura Chen will step down."),
        claim("a", 1, "The company", "company", "organization", "Laura Chen did nothing wrong."),
        claim("a", 2, "Velora", "Velora", "organization", "Profits rose."),
    ]
    assert entry_of(build_index(rows), "a#1").canonical == "Velora"


# -- names, affiliations, titles and source types ---------------------------------------

ORTIZ_ARTICLES = {
    "westline.txt": (
        "Maria Ortiz, a spokesperson for Westline Rail, said night trains would stop in May. "
        "Ortiz said the decision was final.\n\n"
        "A United Airlines spokesperson said flights would resume on Friday.\n"
    ),
    "harbor.txt": (
        "Maria Ortiz, the chief executive of Harbor Bank, said interest rates would fall.\n\n"
        "A United Airlines spokesperson said the delays were caused by the weather.\n"
    ),
    "later.txt": "Maria Ortiz said on Tuesday that the night trains were losing money.\n",
}


def extracted(tmp_path, names) -> list:
    src = tmp_path / "in"
    src.mkdir()
    for name in names:
        (src / name).write_text(ORTIZ_ARTICLES[name], encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    run_extract([str(src)], out=str(out), progress=False, n_process=1)
    return out


def test_named_speakers_are_grouped_by_name_and_affiliation(tmp_path):
    out = extracted(tmp_path, ["westline.txt", "harbor.txt", "later.txt"])
    index = build_index(load_claims(out))
    ortiz = {e.affiliation: e for e in index.entries if e.name == "Maria Ortiz"}
    # two affiliations: two people; the mention without one cannot say which, and stays apart
    assert set(ortiz) == {"Westline Rail", "Harbor Bank", None}
    westline = ortiz["Westline Rail"]
    assert (westline.claims, westline.documents) == (2, 1)  # "Ortiz said" is hers
    assert westline.titles == ["spokesperson"] and westline.source_types == {"named_person": 2}
    assert ortiz["Harbor Bank"].titles == ["chief executive"]
    assert entry_of(index, "later.txt#0") is ortiz[None]
    assert not compatible(westline, ortiz["Harbor Bank"])
    assert compatible(westline, ortiz[None])
    # no name: grouped on the canonical form as before, with the fields seen
    united = entry_of(index, "harbor.txt#1")
    assert united is entry_of(index, "westline.txt#2")
    assert united.name is None and united.affiliation == "United Airlines"
    assert (united.claims, united.documents, united.anonymous) == (2, 2, True)
    assert united.source_type == "unnamed_person" and united.titles == ["spokesperson"]


def test_a_name_without_affiliation_joins_its_only_affiliation(tmp_path):
    out = extracted(tmp_path, ["westline.txt", "later.txt"])
    index = build_index(load_claims(out))
    ortiz = [e for e in index.entries if e.name == "Maria Ortiz"]
    assert len(ortiz) == 1
    assert (ortiz[0].affiliation, ortiz[0].claims, ortiz[0].documents) == ("Westline Rail", 3, 2)
    assert ortiz[0].source_types == {"named_person": 3}


def test_speakers_command_outputs_carry_the_source_fields(tmp_path):
    out = extracted(tmp_path, ["westline.txt", "harbor.txt", "later.txt"])

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "claimx.cli", "speakers", str(out), *args],
            capture_output=True,
            text=True,
        )

    data = json.loads(run("--format", "json").stdout)["speakers"]
    westline = next(s for s in data if s["affiliation"] == "Westline Rail" and s["name"])
    assert westline["name"] == "Maria Ortiz" and westline["claims"] == 2
    assert westline["titles"] == ["spokesperson"]
    assert westline["source_type"] == "named_person"
    assert westline["source_types"] == {"named_person": 2}
    rows = list(csv.DictReader(io.StringIO(run("--format", "csv").stdout)))
    assert list(rows[0])[:8] == [
        "speaker_id",
        "canonical",
        "kind",
        "anonymous",
        "claims",
        "documents",
        "variants",
        "canonicals",
    ]
    harbor = next(r for r in rows if r["affiliation"] == "Harbor Bank")
    assert (harbor["name"], harbor["titles"], harbor["source_types"]) == (
        "Maria Ortiz",
        "chief executive",
        "named_person:1",
    )
    united = next(r for r in rows if r["affiliation"] == "United Airlines")
    assert (united["name"], united["source_type"], united["claims"]) == ("", "unnamed_person", "2")
    table = run().stdout
    for text in ("affiliation", "titles", "source types", "Harbor Bank", "chief executive"):
        assert text in table, text
