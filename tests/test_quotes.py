"""Quote-mark pairing on raw characters."""

from claimx.extraction.quotes import find_quotes


def interiors(text: str) -> list[list[str]]:
    return [[text[s:e] for s, e in q.parts] for q in find_quotes(text)]


def test_curly_quotes_split_by_attribution_give_two_quotes():
    text = "“We are not leaving,” she said, “until it is done.”"
    assert interiors(text) == [["We are not leaving,"], ["until it is done."]]


def test_straight_quotes_pair_by_the_characters_beside_them():
    text = 'He called it "a mistake" and said "we will fix it."'
    assert interiors(text) == [["a mistake"], ["we will fix it."]]


def test_inch_mark_does_not_open_a_quote():
    text = 'The 6" pipe burst. The engineer said "it was old."'
    assert interiors(text) == [["it was old."]]


def test_quote_continues_over_paragraphs_opened_by_a_mark():
    text = "“The first part of the answer.\n\n“The second part,” he said.\nAfter."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert [text[s:e] for s, e in quotes[0].parts] == [
        "The first part of the answer.",
        "The second part,",
    ]
    assert quotes[0].closed


def test_unclosed_quote_ends_at_its_paragraph_and_the_rest_still_pairs():
    text = "“This one is never closed.\nNext paragraph.\nShe said “this one is.”"
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["This one is never closed.", "this one is."]
    assert not quotes[0].closed and quotes[1].closed


def test_apostrophes_are_not_quotes():
    assert find_quotes("NATO’s allies don’t agree; the allies’ plan failed.") == []


def test_newswire_double_apostrophes_are_quote_marks():
    text = "''It is more tinkering at the edges,'' said the economist. ``Yes,'' she said."
    assert interiors(text) == [["It is more tinkering at the edges,"], ["Yes,"]]


def test_a_quote_goes_on_to_the_paragraph_its_last_mark_closes():
    """Blogs carry a quote over paragraphs without opening each one, and may close
    it with an opening glyph at the paragraph's end."""
    text = (
        "Kirk says:\n\n“The first part of the answer.\n\n"
        "The second part of the answer. “\n\nThe writer goes on."
    )
    quotes = find_quotes(text)
    assert [[text[s:e] for s, e in q.parts] for q in quotes] == [
        ["The first part of the answer.", "The second part of the answer."]
    ]
    assert quotes[0].closed


def test_a_paragraph_with_marks_of_its_own_does_not_carry_an_open_quote():
    text = "“This one is never closed.\n\nShe said “this one is.”"
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["This one is never closed.", "this one is."]
