"""The Python API as a notebook uses it: claimx.extract and claimx.extract_many."""

import gc

import claimx

TEXTS = [
    "“The bridge will reopen in March,” said Maria Lopez, the city's transport chief.",
    "Officials familiar with the talks say the deal could be signed next week.",
    "The outbreak is under control, according to health officials.",
    'Grace Okafor said: "We are not going to close the clinic."',
    "The weather was mild all week in the valley.",
]


def test_extract_stays_callable_after_the_model_has_loaded():
    first = claimx.extract(TEXTS[0])
    second = claimx.extract(TEXTS[1], doc_id="b")
    assert callable(claimx.extract)
    assert first.claims[0].speaker.canonical == "Maria Lopez"
    assert second.doc_id == "b" and second.claims


def test_strings_pairs_and_dicts_keep_input_order_and_ids():
    inputs = [
        TEXTS[0],
        ("pair-id", TEXTS[1]),
        {"id": "dict-id", "text": TEXTS[2], "outlet": "Daily Planet", "tags": ["x"]},
        {"text": TEXTS[3]},
    ]
    results = list(claimx.extract_many(inputs))
    assert [r.doc_id for r in results] == ["0", "pair-id", "dict-id", "3"]
    assert results[0].claims[0].speaker.canonical == "Maria Lopez"
    assert results[1].claims[0].speaker.anonymous
    assert results[2].claims[0].type == "according_to"
    assert results[2].meta == {"outlet": "Daily Planet"}  # lists are not scalar metadata
    assert results[3].claims[0].content.text == "We are not going to close the clinic."
    assert all(not r.errors for r in results)


def test_extract_many_gives_the_records_of_extract():
    one = [claimx.extract(text, doc_id=str(n)) for n, text in enumerate(TEXTS)]
    many = list(claimx.extract_many(TEXTS, batch_size=2))
    assert [r.model_dump() for r in many] == [r.model_dump() for r in one]


def test_bad_inputs_give_error_records_and_the_rest_goes_on():
    inputs = [TEXTS[0], "", None, 42, {"id": "no-text"}, ("a", "b", "c"), "   \n", TEXTS[1]]
    results = list(claimx.extract_many(inputs, batch_size=3))
    assert len(results) == len(inputs)
    codes = [r.errors[0].code if r.errors else None for r in results]
    assert codes == [
        None,
        "empty",
        "bad_input",
        "bad_input",
        "bad_input",
        "bad_input",
        "empty",
        None,
    ]
    assert results[0].claims and results[-1].claims
    assert all(r.claims == [] for r in results[1:-1])
    assert "got NoneType" in results[2].errors[0].message


def test_repeated_id_is_an_error_record():
    results = list(claimx.extract_many([("a", TEXTS[0]), ("a", TEXTS[1])]))
    assert results[0].claims and results[1].errors[0].code == "duplicate_id"


def test_two_processes_give_the_same_records_in_the_same_order():
    corpus = [(f"doc-{n}", TEXTS[n % len(TEXTS)]) for n in range(12)] + [("empty", "")]
    one = list(claimx.extract_many(corpus, n_process=1, batch_size=2))
    two = list(claimx.extract_many(iter(corpus), n_process=2, batch_size=2))
    assert gc.get_freeze_count() == 0  # the collector is the caller's again
    assert [r.doc_id for r in two] == [doc_id for doc_id, _ in corpus]
    assert [r.model_dump() for r in two] == [r.model_dump() for r in one]
    assert two[-1].errors[0].code == "empty"


def test_results_are_yielded_lazily():
    def endless():
        n = 0
        while True:
            yield TEXTS[n % len(TEXTS)]
            n += 1

    first = next(iter(claimx.extract_many(endless(), batch_size=2)))
    assert first.doc_id == "0" and first.claims


def test_extract_takes_a_model_and_shares_the_pipeline_of_extract_many():
    from claimx.nlp.load import load_nlp

    claimx.extract(TEXTS[2])
    list(claimx.extract_many(TEXTS[:1]))
    loaded = load_nlp.cache_info().currsize
    claimx.extract(TEXTS[0])
    list(claimx.extract_many(TEXTS[1:2]))
    assert load_nlp.cache_info().currsize == loaded  # no second copy of the model
    rules = claimx.extract(TEXTS[2], model="rules")
    assert rules.claims[0].type == "according_to"
    assert "claimx_tagger" not in load_nlp("rules").component_names
