"""The first pass that leaves out paragraphs: it must never change a claim.

Every test compares the records with and without the prefilter, on texts where
the prefilter does leave paragraphs out.
"""

import json
import random
import subprocess
import sys

import pytest

from claimx.extraction.prefilter import Selection, SpanAcrossGap, for_nlp, paragraphs
from claimx.io.inputs import iter_inputs
from claimx.run.documents import extract
from conftest import DATA, REPO

#: Paragraphs that hold no trigger: no cue word, no quotation mark, no colon.
FILLER = [
    "The town has about 4,000 inhabitants and a railway station built in 1890.",
    "Traffic on the main road was heavy all morning, and the bus from the coast arrived late.",
    "Most of the shops on the square close at noon on Saturdays.",
    "The river rose by half a metre during the night after heavy rain in the hills.",
    "The harbour was busy with fishing boats and a ferry to the islands.",
    "Snow fell on the higher passes, and two roads were closed to lorries for the day.",
]

TRICKY = {
    "unnamed sources, stances and sources named by in": [
        "Tax fight in the statehouse",
        FILLER[0],
        "The company reportedly paid no federal tax last year.",
        FILLER[1],
        "Asked about the new levy, the governor laughed.",
        FILLER[2],
        "In a Gallup survey released Monday, most voters disapproved of the new tax.",
        FILLER[3],
        "The union backs the senator's bill, and Iran wants to end the sanctions.",
        FILLER[4],
    ],
    "irregular and mislemmatised cues": [
        "Budget row deepens in the council",
        FILLER[0],
        FILLER[1],
        "The finance minister told reporters that the budget was balanced.",
        FILLER[2],
        FILLER[3],
        "Ana Ruiz wrote that the plan had failed and would cost the town dearly.",
        FILLER[4],
        FILLER[5],
        "Bivens hopes Clinton will win the nomination.",
        FILLER[0],
    ],
    "continuing quote paragraphs": [
        "Senator Tom Harris spoke to reporters on Monday.",
        FILLER[1],
        FILLER[2],
        '"This bill is a disaster for farmers," he said.',
        '"It will raise costs for every family in the state.',
        '"And nobody in this building has read it to the end."',
        FILLER[3],
        FILLER[4],
        "The mayor said the city budget was balanced for the first time in a decade.",
        '"We have cut waste everywhere we could find it."',
        FILLER[5],
    ],
    "colon quotes": [
        FILLER[0],
        'Maria Gonzalez: "We collected 300 kilos of plastic."',
        FILLER[1],
        FILLER[2],
        "Grace Okafor, the clinic director, put it simply:",
        "“We are not going to close the clinic.”",
        FILLER[3],
        FILLER[4],
    ],
    "according to and a postposed cue": [
        FILLER[0],
        FILLER[1],
        "The outbreak is under control, according to health officials.",
        FILLER[2],
        FILLER[3],
        "The central bank will raise rates again in June, Bloomberg reports.",
        FILLER[4],
        "In a poll released on Sunday, three of four voters backed the new bridge.",
        FILLER[5],
    ],
    "transcript": [
        "HOLT: Let us start with the economy.",
        "TRUMP: Our jobs are fleeing the country and going to Mexico.",
        FILLER[0],
        FILLER[1],
        "CLINTON: I have a plan for the middle class.",
        FILLER[2],
    ],
    "antecedents two paragraphs back": [
        "Council meeting ends in a row over taxes",
        FILLER[0],
        FILLER[1],
        "The mayor, Maria Lopez, opened the meeting on Monday morning.",
        "The hall was full, and extra chairs were brought in from the school next door.",
        "She said the budget was balanced for the first time in a decade.",
        FILLER[2],
        FILLER[3],
        "Hungary and Slovakia remain close to the Kremlin.",
        "The winter there was long and cold.",
        "They consider cooperation with Russia to be strategically important.",
        FILLER[4],
    ],
    "surname far from the full name": [
        "Council meeting ends in a row over taxes",
        FILLER[5],
        FILLER[4],
        "The mayor, Maria Lopez, opened the meeting on Monday morning.",
        FILLER[0],
        FILLER[1],
        FILLER[2],
        FILLER[3],
        "Lopez added that taxes would not rise next year.",
        FILLER[4],
    ],
    "mixed and newswire quotes": [
        FILLER[0],
        "The agency described the storm as “the worst in fifty years”.",
        FILLER[1],
        FILLER[2],
        "''It is more tinkering at the edges,'' said Alan Cole.",
        FILLER[3],
        FILLER[4],
        "‘We will win this,’ she said, and the crowd cheered.",
        "“Trump scares me. His words make me afraid for our children.” ― Krystal Correa",
        FILLER[5],
    ],
}


def records(text: str, nlp, prefilter: bool) -> list[dict]:
    return [c.model_dump() for c in extract(text, nlp=nlp, prefilter=prefilter).claims]


def assert_same_claims(text: str, nlp) -> list[dict]:
    with_pass, without = records(text, nlp, True), records(text, nlp, False)
    assert with_pass == without
    return with_pass


def test_filler_paragraphs_hold_no_trigger(nlp):
    chooser = for_nlp(nlp)
    assert not any(chooser.triggers(p) for p in FILLER)


@pytest.mark.parametrize("name", sorted(TRICKY))
def test_tricky_texts_give_the_same_claims_with_fewer_paragraphs(nlp, name):
    text = "\n\n".join(TRICKY[name]) + "\n"
    assert len(for_nlp(nlp).select(text).text) < len(text)
    assert assert_same_claims(text, nlp)


@pytest.mark.parametrize(
    "name, content, speaker",
    [
        ("antecedents two paragraphs back", "the budget was balanced", "Maria Lopez"),
        ("antecedents two paragraphs back", "cooperation with Russia", "Hungary and Slovakia"),
        ("surname far from the full name", "taxes would not rise", "Maria Lopez"),
    ],
)
def test_antecedent_paragraphs_are_kept(nlp, name, content, speaker):
    text = "\n\n".join(TRICKY[name]) + "\n"
    claim = next(c for c in records(text, nlp, True) if c["content"]["text"].startswith(content))
    assert claim["speaker"]["canonical"] == speaker
    assert claim["speaker"]["resolved_from"] is not None


CORPORA = ["data/samples", "tests/data/cluster/articles", "benchmarks/news"]


@pytest.mark.parametrize("folder", CORPORA)
def test_corpora_give_the_same_claims(nlp, folder):
    for item in iter_inputs([str(REPO / folder)]):
        assert_same_claims(item.text, nlp)


def test_paragraphs_in_any_order_give_the_same_claims(nlp):
    pool = [p for paras in TRICKY.values() for p in paras if p not in FILLER] + FILLER * 3
    rng = random.Random(6)
    for _ in range(8):
        text = "\n\n".join(rng.sample(pool, 14)) + "\n"
        assert_same_claims(text, nlp)


def test_every_span_indexes_the_original_text(nlp):
    text = "\n\n".join(p for paras in TRICKY.values() for p in paras)
    claims = extract(text, nlp=nlp).claims
    assert len(claims) > 15
    for claim in claims:
        spans = [claim.cue, claim.content, claim.speaker]
        spans += [claim.speaker.resolved_from] if claim.speaker else []
        for span in filter(None, spans):
            assert span.text == text[span.start : span.end]
        for part in claim.content.parts:
            assert claim.content.start <= part.start < part.end <= claim.content.end


def test_text_without_any_trigger_is_not_parsed(nlp):
    text = "\n\n".join(FILLER)
    assert for_nlp(nlp).select(text).text == ""
    assert extract(text, nlp=nlp).claims == []


def test_paragraphs_cover_the_text():
    for text in ["", "a", "a\n\n", "\n\na\nb\n\n\nc", "x\r\ny\u2028z\n"]:
        assert "".join(text[s:e] for s, e in paragraphs(text)) == text


def test_selection_maps_offsets_back_and_refuses_spans_over_a_gap():
    source = "aaaa\nbbbb\ncccc\n"
    selection = Selection(source, [(0, 5), (10, 15)])
    assert selection.text == "aaaa\n\ncccc\n"
    assert selection.span(6, 10) == (10, 14)
    assert source[slice(*selection.span(0, 4))] == "aaaa"
    with pytest.raises(SpanAcrossGap):
        selection.span(2, 8)


def test_samples_gold_scores_the_same_without_the_prefilter(nlp):
    from claimx.evaluation.score import load_gold, score

    gold = load_gold(DATA / "samples.gold.jsonl")
    reports = []
    for prefilter in (True, False):
        preds = {
            d["id"]: extract(d["text"], doc_id=d["id"], nlp=nlp, prefilter=prefilter).model_dump(
                mode="json"
            )
            for d in gold
        }
        reports.append(score(gold, preds).to_dict())
    assert reports[0] == reports[1]


def claimx_cli(*args: str) -> str:
    run = subprocess.run(
        [sys.executable, "-m", "claimx.cli", *args], capture_output=True, text=True, check=True
    )
    return run.stdout


def test_command_line_no_prefilter_gives_the_same_output(tmp_path):
    path = tmp_path / "tricky.txt"
    path.write_text("\n\n".join(TRICKY["continuing quote paragraphs"]) + "\n", encoding="utf-8")
    default = claimx_cli("extract", str(path), "-q")
    assert default == claimx_cli("extract", str(path), "-q", "--no-prefilter")
    assert len(json.loads(default)["claims"]) >= 2
    gold = str(DATA / "samples.gold.jsonl")
    assert claimx_cli("eval", gold, "-q", "--json") == claimx_cli(
        "eval", gold, "-q", "--json", "--no-prefilter"
    )


def test_python_api_takes_the_prefilter_keyword():
    import claimx

    text = "\n\n".join(TRICKY["colon quotes"])
    one = claimx.extract(text, prefilter=False)
    assert one.claims == claimx.extract(text).claims
    many = list(claimx.extract_many([("a", text), ("b", text)], prefilter=False))
    expected = [c.model_dump(exclude={"claim_id"}) for c in one.claims]
    for record in many:
        assert [c.model_dump(exclude={"claim_id"}) for c in record.claims] == expected
