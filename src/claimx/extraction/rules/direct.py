"""Quotation marks: direct and mixed quotes, colons, continuing turns.

Rules over the quotes that :mod:`claimx.extraction.quotes` pairs:

- :func:`classify_by_quotes` turns a verb rule's content into a direct quote
  when it lies inside quote marks (``"We will not leave," said one official.``),
  takes in the whole quote when it runs over several sentences, adds the second
  piece of a split quote (``"We are not leaving," she said, "until it is done."``)
  and marks content that holds a partial quote as mixed
  (``NATO identified Russia as "the most significant threat".``).
- :func:`colon_introduced_quote` handles ``Smith: "We will win."``.
- :func:`continuing_quote` gives a quote with no cue in its sentence to the
  speaker of the claim just before it (a speaker's turn over paragraphs).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from claimx.extraction.quotes import Quote
from claimx.extraction.rules.according_to import introduces_block
from claimx.extraction.rules.base import (
    UNLEARNED,
    Candidate,
    CharSpan,
    Context,
    Found,
    held_by,
    is_quote_mark,
    overlap,
    tokens_in,
)
from claimx.extraction.rules.interview import BRACKET_LABEL
from claimx.extraction.rules.verbal import ISSUED_TEXTS, verb_subject
from claimx.lexicon import word_set

SCARE_BEFORE = re.compile(
    r"(so-called|called|dubbed|named|titled|entitled|term|word|phrase|known as|label)\W*$",
    re.IGNORECASE,
)


def classify_by_quotes(ctx: Context, cands: list[Candidate]) -> None:
    """Set type direct/mixed on verb-rule candidates from the quote marks around their content.

    A direct quote joined by *and* to a second quote of its own sentence (``said "We
    made a plea …" and "So we told the president …"``) reports that one too: it is
    added to ``cands`` as a claim of the same speaker and cue.
    """
    for cand in list(cands):
        if cand.type == "according_to":
            _mark_mixed(ctx, cand)
            continue
        span = (cand.start, cand.end)
        inside = [q for q in ctx.quotes if overlap(span, (q.start, q.end)) > 0]
        if not inside:
            continue
        chars = cand.content_chars()
        quoted = sum(overlap(p, qp) for q in inside for p in cand.content for qp in q.parts)
        first = inside[0]
        starts_in_quote = first.outer_start <= cand.start + 1 and first.start <= cand.end
        if chars and quoted / chars >= 0.8 and starts_in_quote:
            _make_direct(ctx, cand, inside)
            joined = _joined_quotes(ctx, cand)
            if joined:
                cands.append(replace(cand, content=quote_parts(ctx, joined), quotes=joined))
        else:
            _mark_mixed(ctx, cand)


#: What joins two quotes of one sentence: 'and', after a comma or not.
QUOTE_JOINER = re.compile(r"\s*,?\s*and\s+")


def _joined_quotes(ctx: Context, cand: Candidate) -> list[Quote]:
    """The quote that *and* joins to the direct claim's last one, both said in full,
    taken out of the claim if it holds it (sentences, not labels: 'called it "null
    and void" and "geographically ridiculous"' is one claim, and a mixed one)."""
    if cand.cue is None or cand.type != "direct" or len(cand.content) != len(cand.quotes):
        return []  # no split quote: '"A," she said, "B"' is one quotation
    text = ctx.text

    def joins(a: Quote, b: Quote) -> bool:
        m = QUOTE_JOINER.match(text, a.outer_end)
        return (
            m is not None
            and m.end() == b.outer_start
            and "\n" not in m.group()
            and a.close_mark is not None
            and all(len(text[q.start : q.end].split()) >= 4 for q in (a, b))
        )

    quotes = cand.quotes
    for k in range(len(quotes) - 1):
        if joins(quotes[k], quotes[k + 1]):
            # '… as saying "A" and "B"': the content took in both
            cand.quotes = quotes[: k + 1]
            cand.content = sorted(quote_parts(ctx, cand.quotes))
            return quotes[k + 1 :]
    last = quotes[-1]
    if last.outer_end <= cand.cue[1]:
        return []  # the quote comes before its cue: '"A" and "B," she said' is other
    after = next((q for q in ctx.quotes if q.outer_start > last.outer_start), None)
    return [after] if after is not None and after.close_mark and joins(last, after) else []


def _mark_mixed(ctx: Context, cand: Candidate) -> None:
    """Content holding a quote is mixed; it takes in the whole quote, marks included."""
    span = (cand.start, cand.end)
    held = [q for q in ctx.quotes if overlap(span, (q.outer_start, q.outer_end)) > 0]
    if not held:
        return
    if cand.type == "indirect":
        cand.type = "mixed"
    cand.quotes.extend(held)
    lo = min(cand.start, held[0].outer_start)
    hi = max(cand.end, held[-1].outer_end)
    if (lo, hi) != span:
        cand.content = _widen(cand.content, lo, hi)


def _widen(parts: list[CharSpan], lo: int, hi: int) -> list[CharSpan]:
    parts = sorted(parts)
    parts[0] = (min(lo, parts[0][0]), parts[0][1])
    parts[-1] = (parts[-1][0], max(hi, parts[-1][1]))
    return parts


def _make_direct(ctx: Context, cand: Candidate, quotes: list[Quote]) -> None:
    second = _split_continuation(ctx, cand, quotes[-1])
    if second is not None:
        quotes = quotes + [second]
    parts = quote_parts(ctx, quotes)
    cand.type = "direct"
    cand.content = sorted(parts)
    cand.quotes = list(quotes)
    if cand.pattern not in UNLEARNED:  # a repaired parse stays the rules' own claim
        cand.pattern = "direct_quote" if second is None else "split_quote"
    cand.confidence = max(cand.confidence, 0.9)


def quote_parts(ctx: Context, quotes: list[Quote]) -> list[CharSpan]:
    """Interior spans of quotes, without the comma that hands over to the cue ('…,” she said')."""
    text = ctx.text
    parts = []
    for q in quotes:
        for s, e in q.parts:
            while e > s and (text[e - 1] in ",;:" or text[e - 1].isspace()):
                e -= 1
            if e > s:
                parts.append((s, e))
    return parts


#: Phrases after a cue verb that belong to the frame: whom it was said to, where, when.
FRAME_DEPS = {"dobj", "dative", "npadvmod", "prep", "advmod", "agent"}


def _split_continuation(ctx: Context, cand: Candidate, last: Quote) -> Quote | None:
    """The second piece of ``"…," X said, "…"``: a quote opening right after the cue clause."""
    if cand.cue is None or last.close_mark is None or cand.cue[0] < last.outer_end:
        return None
    ends = [cand.cue[1]]
    if cand.speaker is not None:
        ends.append(max(t.idx + len(t.text) for t in cand.speaker.subtree))
    verb = cand.cue_token
    for child in verb.rights if verb is not None else ():
        # '"…," he told the press, "…"' / '… Day said in her 1976 autobiography, "…"'
        if child.dep_ in FRAME_DEPS and not any(ctx.in_quote(t) for t in child.subtree):
            ends.append(max(t.idx + len(t.text) for t in child.subtree))
    frame_end = max(ends)
    text = ctx.text
    gap = text[last.outer_end : cand.cue[0]]
    if "\n" in gap:
        return None
    rest = text[frame_end : frame_end + 4]
    m = re.match(r"\s*[,:;]\s*", rest)
    if not m:
        return None
    opener = frame_end + m.end()
    return next((q for q in ctx.quotes if q.outer_start == opener), None)


def is_speech_like(ctx: Context, quote: Quote) -> bool:
    """A quote that can stand as speech: not a title, scare quote or name."""
    text = ctx.text
    inner = text[quote.start : quote.end]
    words = inner.split()
    before = text[max(0, quote.outer_start - 20) : quote.outer_start]
    if SCARE_BEFORE.search(before):
        return False
    if re.search(r"[.!?]$", inner) and len(words) >= 2:
        return True
    if len(words) <= 6:
        letters = [w for w in words if w[:1].isalpha()]
        if letters and all(w[0].isupper() for w in letters):
            return False
    return len(words) >= 3 or bool(re.search(r"[.!?]$", inner))


def _sentence_tokens(ctx: Context, start: int, end: int) -> list:
    return [t for t in tokens_in(ctx.doc, start, end) if not (t.is_punct or t.is_space)]


def _standalone(ctx: Context, quote: Quote) -> bool:
    """True when the quote makes up (nearly) its whole sentence(s)."""
    sents = [s for s in ctx.sents if s.end_char > quote.start and s.start_char < quote.end]
    if not sents:
        return False
    words = _sentence_tokens(ctx, sents[0].start_char, sents[-1].end_char)
    if not words:
        return False
    inside = [t for t in words if quote.outer_start <= t.idx < quote.outer_end]
    return len(inside) / len(words) >= 0.8


#: A short name and a colon, then only white space up to the quote.
NAME_COLON = re.compile(r"([^\n.:;!?\"“”]{1,60}?)(:)\s*$")


def _tail_start(text: str, end: int) -> int:
    """Where to start looking for :data:`NAME_COLON` before ``end``.

    A match holds at most 61 characters before the white space that ends it;
    searching from the document start, once per quote, made long texts slow.
    """
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return max(0, end - 80)


def colon_introduced_quote(ctx: Context, found: Found) -> list[Candidate]:
    """``Smith: "We will win."``: a name, a colon, then a quote."""
    out = []
    covered = found.covered
    text = ctx.text
    for q in ctx.quotes:
        if any(overlap((q.start, q.end), c) for c in covered):
            continue
        m = NAME_COLON.search(text, _tail_start(text, q.outer_start), q.outer_start)
        if not m:
            continue
        colon = m.start(2)
        toks = [t for t in tokens_in(ctx.doc, m.start(1), colon) if not t.is_space]
        if not toks or len(toks) > 8:
            continue
        if any(t.pos_ in {"VERB", "AUX"} for t in toks):
            continue
        head = next((t for t in reversed(toks) if t.pos_ in {"PROPN", "NOUN", "PRON"}), None)
        if head is None or not (
            head.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or head.pos_ == "PRON"
        ):
            continue
        out.append(
            Candidate(
                type="direct",
                pattern="colon_introduced_quote",
                content=quote_parts(ctx, [q]),
                cue=(colon, colon + 1),
                cue_lemma=":",
                speaker=head,
                speaker_span=(toks[0].idx, toks[-1].idx + len(toks[-1].text)),
                confidence=0.7,
                quotes=[q],
            )
        )
    return out


def issued_text_quote(ctx: Context, found: Found) -> list[Candidate]:
    """``The king issued the following statement: "…"``, ``Mende made the statement on
    Thursday: "…"``: a quote after a colon that closes a clause whose verb puts out a
    text or a remark (its object). Its subject speaks; the verb and its object are the
    cue."""
    out = []
    doc = ctx.doc
    for q in ctx.quotes:
        if any(overlap((q.start, q.end), c) for c in found.covered):
            continue
        before = tokens_in(doc, max(0, q.outer_start - 200), q.outer_start)
        while before and (before[-1].is_space or is_quote_mark(before[-1])):
            before.pop()
        if not before or before[-1].text != ":":
            continue
        colon = before[-1]
        text_noun = next(
            (
                t
                for t in reversed(before[:-1])
                if t.dep_ == "dobj" and t.lemma_.lower() in ISSUED_TEXTS and t.head.pos_ == "VERB"
            ),
            None,
        )
        if text_noun is None:
            said = _said_before_colon(ctx, colon) or _read_by_a_text(ctx, colon)
            if said is not None:  # 'Baloch wrote on social media: "…"'
                verb, speaker, span = said
                out.append(_quote_of(ctx, q, verb, verb, speaker, "verb_colon_quote", 0.75, span))
            continue
        if text_noun.sent.start != colon.sent.start and text_noun.i < colon.i - 12:
            continue
        verb = text_noun.head
        if verb.right_edge.i < colon.i - 1 or ctx.in_quote(verb):
            continue  # the colon closes the verb's clause
        speaker = verb_subject(verb)
        if speaker is None:
            continue
        out.append(_quote_of(ctx, q, verb, text_noun, speaker, "issued_text_quote", 0.8))
    return out


def _quote_of(
    ctx: Context,
    q: Quote,
    verb: Token,
    last: Token,
    speaker: Token,
    pattern: str,
    confidence: float,
    speaker_span: CharSpan | None = None,
) -> Candidate:
    """The direct claim of a quote after a colon: the cue from ``verb`` to ``last``."""
    return Candidate(
        type="direct",
        pattern=pattern,
        content=quote_parts(ctx, [q]),
        cue=(verb.idx, last.idx + len(last.text)),
        cue_lemma=verb.lemma_.lower(),
        cue_token=verb,
        speaker=speaker,
        speaker_span=speaker_span,
        confidence=confidence,
        quotes=[q],
    )


#: A saying verb before a colon, the head of its speaker, and the speaker's span where
#: the speaker's phrase is not the head's own.
SaidBeforeColon = tuple[Token, Token, CharSpan | None]


def _said_before_colon(ctx: Context, colon: Token) -> SaidBeforeColon | None:
    """The saying verb and its subject whose clause the colon closes after words that
    only say where or how ('Baloch wrote on social media: "…"'), when the parser did not
    take the quote for the verb's object: no object, clause or quote of its own."""
    verb = colon.head
    if verb.i > colon.i:
        # 'Miliband responded to Fallon's comments: "…"': the parser made the saying
        # clause before the colon a clause of the quote's verb
        verb = next(
            (
                c
                for c in verb.children
                if c.dep_ == "ccomp" and c.i < colon.i and c.right_edge.i == colon.i - 1
            ),
            verb,
        )
    if verb.pos_ != "VERB" or verb.i >= colon.i or ctx.in_quote(verb):
        return None
    entry = ctx.lexicon.cue(verb.lemma_.lower())
    if entry is None or entry.cls != "speech":
        return None
    between = colon.doc[verb.i + 1 : colon.i]
    if not between or any(t.dep_ in OBJECTS_OR_CLAUSES or is_quote_mark(t) for t in between):
        return None  # ('He said: …' is the parser's; 'He said that …:' has its clause)
    speaker = verb_subject(verb)
    return (verb, speaker, None) if speaker is not None else None


def _read_by_a_text(ctx: Context, colon: Token) -> SaidBeforeColon | None:
    """The saying verb, the text's head and the text's span, where the parser read 'The
    summary of the decision read in part: "…"' as one noun phrase, the verb a participle
    of its last noun (or a noun: 'the statement on the death read: "…"'): the text
    before the verb is the source."""
    doc = colon.doc
    head = colon.head
    last = doc[colon.i - 1] if colon.i > 0 else colon
    if head.i > colon.i and last.lower_ in TEXT_VERBS and last.pos_ == "NOUN":
        # ('The family's statement on the death read: "…"', 'read' tagged a noun and
        # the colon hung on the quote's verb): the phrase 'read' ends
        head = last
        while head.head.i != head.i and head.head.i < colon.i:
            head = head.head
    if head.pos_ not in {"NOUN", "PROPN"} or head.i >= colon.i or ctx.in_quote(head):
        return None
    verb = next(
        (
            t
            for t in reversed(doc[head.i + 1 : colon.i])
            if (t.pos_ == "VERB" and t.dep_ == "acl" and t.tag_ in {"VBD", "VBN"})
            or (t.lower_ in TEXT_VERBS and t.i == colon.i - 1)
        ),
        None,
    )
    if verb is None:
        return None
    entry = ctx.lexicon.cue(verb.lower_ if verb.lower_ in TEXT_VERBS else verb.lemma_.lower())
    if entry is None or entry.cls != "speech":
        return None
    below = {d.i for d in verb.subtree}
    if any(
        t.dep_ in OBJECTS_OR_CLAUSES or is_quote_mark(t) or t.i not in below
        for t in doc[verb.i + 1 : colon.i]
    ):
        return None  # only where or how: 'read in part'
    start = head.left_edge
    end = verb.i - 1 if doc[verb.i - 1].text != "," else verb.i - 2
    if start.i >= end or doc[end].pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return None
    return verb, head, (start.idx, doc[end].idx + len(doc[end].text))


#: Verbs a text says its words with, whatever the tagger made of them.
TEXT_VERBS = frozenset({"read", "reads", "said", "says", "stated", "states"})


#: What a verb takes that makes a colon after it no end of its clause.
OBJECTS_OR_CLAUSES = frozenset({"dobj", "ccomp", "xcomp", "advcl", "attr", "oprd", "dative"})


def continuing_quote(ctx: Context, found: Found) -> list[Candidate]:
    """Quotes with no cue of their own, given to the speaker of the claim just before.

    Example: ``"We will stay," she said.`` followed by a paragraph
    ``"Nothing will change that."``: the second quote is hers too.
    """
    out: list[Candidate] = []
    text = ctx.text
    claims = sorted(found.cands, key=lambda c: c.start)
    covered = [(c.start, c.end) for c in claims]
    for q in ctx.quotes:
        if any(overlap((q.outer_start, q.outer_end), c) for c in covered):
            continue
        prior = [c for c in claims + out if c.end <= q.outer_start and c.speaker is not None]
        prev = _turn_before(prior)
        if prev is not None and _listed_after(ctx, prev, q):
            # 'tweeted, "…"; "…"; and "…"': quotes listed after one cue, each a claim
            out.append(_continuing(ctx, prev, q, listed=True))
            covered.append((q.outer_start, q.outer_end))
            continue
        if not _standalone(ctx, q) or not is_speech_like(ctx, q):
            continue
        if prev is not None and _same_turn(ctx, prev, q):
            # '"We will stay," she said. "Nothing will change that."': one turn, two parts.
            prev.content = sorted(prev.content + quote_parts(ctx, [q]))
            prev.quotes.append(q)
            covered.append((q.outer_start, q.outer_end))
            continue
        if prev is not None and _paragraphs_between(text, prev.end, q.outer_start) <= 0:
            out.append(_continuing(ctx, prev, q))
        elif found.keep_unattributed:
            out.append(
                Candidate(
                    type="direct",
                    pattern="unattributed_quote",
                    content=quote_parts(ctx, [q]),
                    confidence=0.2,
                    quotes=[q],
                )
            )
    return out


def _turn_before(prior: list[Candidate]) -> Candidate | None:
    """The claim a quote after it carries on: the last one, unless a quoted turn shares
    its sentence ('"…," Bernard Siegel, a Florida attorney who lobbies to defend
    cloning, said. "…"': the quote goes on Siegel's turn, not the relative clause's
    'defend')."""
    prev = max(prior, key=lambda c: c.end, default=None)
    if prev is None or prev.type in {"direct", "mixed"} or prev.cue_token is None:
        return prev
    sent = prev.cue_token.sent
    turns = [
        c
        for c in prior
        if c.type in {"direct", "mixed"}
        and c.quotes
        and c.cue_token is not None
        and c.cue_token.sent.start == sent.start
        and c.speaker is not None
        and c.speaker.i < prev.cue_token.i < c.cue_token.i
    ]
    return max(turns, key=lambda c: c.end, default=prev)


def _continuing(ctx: Context, prev: Candidate, quote: Quote, listed: bool = False) -> Candidate:
    """The quote as a claim of the speaker of the claim before it, and of its cue too
    when it is listed after that cue."""
    return Candidate(
        type="direct",
        pattern="continuing_quote",
        content=quote_parts(ctx, [quote]),
        speaker=prev.speaker,
        speaker_span=prev.speaker_span,
        cue=prev.cue if listed else None,
        cue_lemma=prev.cue_lemma if listed else "",
        confidence=0.6,
        quotes=[quote],
    )


#: What separates quotes listed after one cue: '"…"; "…"; and "…"'.
LIST_SEPARATOR = re.compile(r"\s*[;,]\s*(?:and\s+|or\s+)?")


def _listed_after(ctx: Context, prev: Candidate, quote: Quote) -> bool:
    """The quote is the next of quotes listed after one cue, set off by a semicolon or
    comma: only the separator between it and the quote before, which is a claim's."""
    if prev.type != "direct" or not prev.quotes or prev.cue is None:
        return False
    last = prev.quotes[-1]
    return LIST_SEPARATOR.fullmatch(ctx.text[last.outer_end : quote.outer_start]) is not None


def _same_turn(ctx: Context, prev: Candidate, quote: Quote) -> bool:
    """The quote carries on a quoted turn: only white space since the turn's sentence.

    ``"We will stay," she said. "Nothing will change that."`` and the same with
    the second quote opening the next paragraph: one turn, reported as parts of
    one claim (as PolNeAR annotates it).
    """
    if prev.type not in {"direct", "mixed"} or not prev.quotes:
        return False
    if prev.pattern == "dash_attributed_quote":
        return False  # a signed quote ends its turn: "“…” ― Ana Ruiz"
    text = ctx.text
    frame_end = max([prev.end] + list(prev.cue or ()))
    if prev.speaker is not None:
        frame_end = max(frame_end, prev.speaker.idx + len(prev.speaker.text))
    sent = next((s for s in ctx.sents if s.start_char <= frame_end < s.end_char), None)
    if sent is None:
        return False
    return not text[sent.end_char : quote.outer_start].strip()


def _paragraphs_between(text: str, start: int, end: int) -> int:
    """How many paragraph breaks (lines with text) lie between two offsets."""
    between = text[start:end]
    lines = between.split("\n")
    return sum(1 for line in lines[1:-1] if line.strip()) + (1 if len(lines) > 1 else 0) - 1


DASHES = "―—–"


def dash_attributed_quote(ctx: Context, found: Found) -> list[Candidate]:
    """``“We will win.” ― Maria Lopez``: a quote signed with a dash and a name."""
    out = []
    covered = found.covered
    text = ctx.text
    for q in ctx.quotes:
        if q.close_mark is None or any(overlap((q.start, q.end), c) for c in covered):
            continue
        m = re.match(rf"[ \t\u00a0]*([{DASHES}])[ \t\u00a0]*", text[q.outer_end : q.outer_end + 8])
        if not m:
            continue
        name_start = q.outer_end + m.end()
        head = _name_at(ctx, name_start)
        if head is None:
            continue
        dash = q.outer_end + m.start(1)
        ent = next((e for e in ctx.ents if e.start <= head.i < e.end), None)
        name = (ent.start_char, ent.end_char) if ent is not None else None
        out.append(
            Candidate(
                type="direct",
                pattern="dash_attributed_quote",
                content=quote_parts(ctx, [q]),
                cue=(dash, dash + 1),
                cue_lemma=text[dash],
                speaker=head,
                speaker_span=name,
                confidence=0.7,
                quotes=[q],
            )
        )
    return out


def _name_at(ctx: Context, char: int):
    """The head of a person or organisation name starting at ``char``, if one does."""
    tok = next((t for t in tokens_in(ctx.doc, char, char + 1)), None)
    if tok is None or tok.ent_type_ not in {"PERSON", "ORG", "NORP", "GPE"}:
        return None
    ent = next((e for e in ctx.ents if e.start <= tok.i < e.end), None)
    return ent.root if ent is not None else tok


def _known_person(ctx: Context, word: str) -> bool:
    """True when ``word`` ends a person's name somewhere in the document."""
    return any(e.label_ == "PERSON" and e[-1].text == word for e in ctx.ents)


DOCUMENT_WORDS = word_set("document_words")

#: A transcript turn's name: one to three capitalised words ('Lopez', 'Sen. Warren').
TURN_NAME = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}")


def _turn_lines(lines: list[str], labels: frozenset[str]) -> set[int]:
    """Lines that open with a name and a colon next to another such line: a transcript.

    ``Matthews: Well, speculation is bad.`` / ``Lopez: Well, no one is like …``:
    either name alone may be unknown, the run of turns says they are speakers.
    """
    named = []
    for n, line in enumerate(lines):
        m = LINE_SPEAKER.match(line)
        name = m.group("name") if m else ""
        turn = m and not m.group("heading") and TURN_NAME.fullmatch(name)
        if turn and name.lower() not in labels:
            named.append(n)
    text_lines = [n for n, line in enumerate(lines) if line.strip()]
    order = {n: k for k, n in enumerate(text_lines)}
    found = set(named)
    return {
        n
        for n in named
        if any(
            0 <= order[n] + d < len(text_lines) and text_lines[order[n] + d] in found
            for d in (-1, 1)
        )
    }


def line_initial_speaker_colon(ctx: Context, found: Found) -> list[Candidate]:
    """Headlines and transcripts: ``Pence: Flowers Won't Be at Debate`` / ``WALLACE: Let's start``.

    The speaker opens the line (after an optional quote mark, or after a heading
    set off by a dash: ``POLLS NOT WRONG - Mark Blumenthal: "Although …"``) and
    is a person, a news outlet, a poll or report, or a name in capitals as
    transcripts write it. A transcript turn or a named person's line is the
    speaker's even where verb rules found claims inside it (see
    :func:`claimx.extraction.rules.find_candidates`); other lines yield to them.
    """
    out = []
    text = ctx.text
    pos = 0
    lines = text.split("\n")
    labels = ctx.lexicon.line_labels
    turns = _turn_lines(lines, labels)
    for n, line in enumerate(lines):
        start = pos
        pos += len(line) + 1
        m = LINE_SPEAKER.match(line)
        if not m:
            continue
        name = m.group("name")
        if name.lower().strip(' "“”') in labels:
            continue  # 'Headline: …', 'Photo: …': a label, not a speaker
        ns, ne = start + m.start("name"), start + m.end("name")
        cs, ce = start + m.start("content"), start + m.end("content")
        ce = len(text[:ce].rstrip(' \t\u00a0"”'))
        if ce <= cs:
            continue
        toks = [t for t in tokens_in(ctx.doc, ns, ne) if not t.is_space]
        if (
            not toks
            or len(toks) > 5
            or any(t.pos_ in {"VERB", "AUX"} and not t.is_upper for t in toks)
        ):
            continue
        transcript = name.isupper() and name.replace(" ", "").replace(".", "").isalpha()
        is_person = (
            all(t.ent_type_ == "PERSON" or t.is_punct or t.lower_ == "and" for t in toks)
            or (
                all(t.pos_ == "PROPN" or t.is_punct for t in toks)
                and (_known_person(ctx, toks[-1].text) or toks[0].text in ctx.lexicon.first_names)
                # 'Hong Kong: …' is a place (and a first name): the line is about it
                and not all(t.ent_type_ in {"GPE", "LOC"} or t.is_punct for t in toks)
            )
            # 'Lopez: Well, no one …' between other turns, however it was tagged
            or (n in turns and all(t.is_title or t.is_punct for t in toks))
        )
        media = name.lower().removeprefix("the ") in ctx.lexicon.media
        document = toks[-1].lower_ in DOCUMENT_WORDS
        if not (transcript or is_person or media or document):
            continue
        if not (transcript or is_person) and any(overlap((cs, ce), c) for c in found.covered):
            continue
        if m.group("heading") and text[cs] not in OPENING_MARKS:
            continue  # 'BREAKING - Trump: …' only with a quote: headings hold colons too
        quote = next((q for q in ctx.quotes if q.outer_start == cs and q.close_mark), None)
        if quote is not None and quote.outer_end >= ce:
            content, kind = sorted(quote_parts(ctx, [quote])), "direct"
        else:
            content, kind = [(cs, ce)], "direct" if transcript else "indirect"
        colon = start + m.end("name") + line[m.end("name") :].index(":")
        out.append(
            Candidate(
                type=kind,
                pattern="line_initial_speaker_colon",
                content=content,
                cue=(colon, colon + 1),
                cue_lemma=":",
                speaker=toks[-1] if not transcript else toks[0],
                speaker_span=(toks[0].idx, toks[-1].idx + len(toks[-1].text)),
                confidence=0.65,
                quotes=[quote] if kind == "direct" and quote is not None else [],
            )
        )
    return out


OPENING_MARKS = {'"', "“", "‘", "'"}
LINE_SPEAKER = re.compile(
    r"\s*(?P<heading>[^:\n]*?\s[-–—]\s+)?[\"“”]?\s*(?P<name>[^:\n]{1,40}?)\s*:\s+(?P<content>\S.*)$"
)


# -- block quotes ------------------------------------------------------------------

#: How many paragraphs after an introduction may hold an original before the English
#: (a blog post quoted in full runs to five or six).
BLOCK_LOOKAHEAD = 8
#: Paragraphs a block quote runs over at most.
BLOCK_PARAGRAPHS = 5
LINE = re.compile(r"[^\n]+")


def block_quote(ctx: Context, found: Found) -> list[Candidate]:
    """A quotation set off as a paragraph of its own, with no quote marks.

    Web pages set long quotations as block quotes; scraped, they become a
    paragraph after an introduction that ends with a colon: ``Kamran writes:``,
    ``In a statement, the ministry said:``, ``@handle:``. The first paragraph
    of running English after it (a quotation in another language is often given
    first, then translated) is the content, the introduction's cue verb the cue
    (a colon when the verb already has a clause of its own: that clause is a
    claim of its own), its subject the speaker. A paragraph that opens with a
    quote mark is left to the quote rules, and one that ends with a colon
    introduces the next block. A line that names a message (``X left this
    message``, ``X summed up his feelings.``) introduces one without a colon,
    when the paragraph after it speaks in the first or second person.
    """
    text = ctx.text
    lines = [m.span() for m in LINE.finditer(text) if m.group().strip()]
    out = []
    quoted = found.quoted
    for n, (s, e) in enumerate(lines[:-1]):
        intro = text[s:e].rstrip()
        message = not intro.endswith(":") or intro.endswith("::")
        if message:
            # 'Monika Neff from Malaysia left this message', 'X summed up his feelings.'
            intro_parts = _message_introducer(ctx, s, s + len(intro))
        elif ctx.quote_at(s + len(intro) - 1) is not None:
            continue  # the colon is inside a quote
        else:
            intro_parts = _introducer(ctx, s, s + len(intro) - 1)
        if intro_parts is None:
            continue
        content = _block_content(ctx, lines[n + 1 : n + 1 + BLOCK_LOOKAHEAD + BLOCK_PARAGRAPHS])
        if content is None or _taken(content[0], quoted):
            continue
        if message and not speaks_in_person(text[content[0][0] : content[0][1]]):
            continue
        speaker, speaker_span, cue, lemma, verb = intro_parts
        out.append(
            Candidate(
                type="according_to" if lemma == "according to" else "direct",
                pattern="block_quote",
                content=content,
                cue=cue,
                cue_lemma=lemma,
                cue_token=verb,
                speaker=speaker,
                speaker_span=speaker_span,
                confidence=0.7,
            )
        )
    return out


def _message_introducer(ctx: Context, start: int, end: int):
    """A line that hands over to a message: its last sentence's verb has a message
    noun for object (``left this message``, ``summed up his feelings``, ``expresses
    his condolences to …``) and no clause of its own. (speaker, None, cue span,
    cue lemma, verb) as :func:`_introducer` gives them, or None."""
    line = ctx.text[start:end]
    if line.endswith(("?", "!")) or not names_a_message(line):
        return None
    toks = [t for t in tokens_in(ctx.doc, start, end) if not t.is_space]
    if not toks:
        return None
    sent = toks[-1].sent
    for verb in (t for t in sent if t.pos_ == "VERB" and start <= t.idx < end):
        if any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in MESSAGE_NOUNS:
            continue
        speaker = verb_subject(verb)
        if speaker is None or ctx.in_quote(verb) or speaker.lower_ in {"it", "this", "that"}:
            continue
        return speaker, None, (verb.idx, verb.idx + len(verb.text)), verb.lemma_.lower(), verb
    return None


def _frame_subject(verb: Token) -> Token | None:
    """The subject of the frame an introducing cue hangs from, where the cue has none
    of its own: 'Charles has this to say:' (an infinitive on the object), 'X has been
    frightened, affirming that …:' (a participle on a passive verb)."""
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "dobj":
        head = head.head
    elif head.lemma_ == "have" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        pass  # 'has this to say': the parser may make 'this' the infinitive's subject
    elif not (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        return None
    if head is verb or head.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ == "PRON" and subject.lower_ in {"it", "this", "there"}:
        return None
    return subject


def _taken(first: CharSpan, quoted: list[CharSpan]) -> bool:
    """Whether the block's first paragraph is already a quote's or a direct claim's: it
    opens inside one, or one holds half of it. A quotation inside the block (a phrase
    in quote marks, a claim the quoted voice reports) leaves the block to this rule."""
    return any(
        q[0] <= first[0] < q[1] or 2 * overlap(q, first) >= first[1] - first[0] for q in quoted
    )


def _block_content(ctx: Context, following: list[CharSpan]) -> list[CharSpan] | None:
    """The block's paragraphs among ``following`` (the lines :func:`block_lines`
    finds, those of running English, up to one that reports someone itself).
    A block in quote marks is the quote's interior."""
    text = ctx.text
    found = block_lines([text[s:e] for s, e in following], ctx.lexicon.function_words)
    if not found:
        return None
    s, e = following[found[0]]
    start = s + len(text[s:e]) - len(text[s:e].lstrip())
    if text[start] in OPENING_MARKS or text.startswith(("``", "''"), start):
        quote = ctx.quote_at(start)
        return quote_parts(ctx, [quote]) if quote is not None and quote.closed else None
    block = [(start, start + len(text[start:e].rstrip()))]
    if _reports(ctx, start, e):
        return None  # the article goes on: 'According to the ruling, …', 'Peers said, "…"'
    for k in found[1:]:
        s, e = following[k]
        english = _running_english(text[s:e].strip(), ctx.lexicon.function_words)
        if not english or _narrates(ctx, s, e):
            break
        block.append((s, s + len(text[s:e].rstrip())))
    return block


#: Objects that hand over to the words that follow: 'left this message'.
MESSAGE_NOUNS = word_set("message_nouns")
MESSAGE_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(MESSAGE_NOUNS)) + r")(?:e?s)?\b", re.IGNORECASE
)


def names_a_message(line: str) -> bool:
    """Whether a line may hand over to a message (no parse needed): a message noun
    among its last fourteen words ('… left this message', '… summed up his feelings.',
    '… expresses his condolences to the passengers and the crew of the Airbus A330')."""
    return MESSAGE_WORD.search(" ".join(line.split()[-14:])) is not None


FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|me|us|you|You|your|Your)\b")


def speaks_in_person(paragraph: str) -> bool:
    """A message in the first or second person: it speaks for itself or to someone,
    where the article's narration does not ('Dear friends, what you are doing …')."""
    return FIRST_PERSON.search(paragraph) is not None


def message_block_lines(lines: list[str], function_words: frozenset[str]) -> list[int]:
    """The lines after a line that names a message that may hold it (no parse
    needed): :func:`block_lines`, when the first of them speaks in person. The
    prefilter keeps these; :func:`block_quote` reads them."""
    found = block_lines(lines, function_words)
    return found if found and speaks_in_person(lines[found[0]]) else []


def _reports(ctx: Context, start: int, end: int) -> bool:
    """Whether a paragraph opens with the article's own report of a source: 'According
    to the ruling, …', 'Steve Peers said …'. A quoted voice reports others later in
    its paragraph ('Obama has already told Netanyahu that …'), rarely first."""
    if re.match(r"According to\b", ctx.text[start:end]):
        return True
    toks = [t for t in tokens_in(ctx.doc, start, end) if not t.is_space]
    if not toks:
        return False
    root = toks[0].sent.root
    entry = ctx.lexicon.cue_of(root) if root.pos_ == "VERB" else None
    subject = verb_subject(root) if entry is not None and entry.cls == "speech" else None
    return subject is not None and subject.pos_ == "PROPN"


def _narrates(ctx: Context, start: int, end: int) -> bool:
    """Whether a paragraph has a cue verb of its own with a named subject that reports
    words: the writer's narration reporting someone ('Steve Peers said …', 'X wrote:'),
    not the quoted voice going on ('Berlin is offering the banks a chance …')."""
    for tok in tokens_in(ctx.doc, start, end):
        if tok.pos_ == "VERB" and ctx.lexicon.cue_of(tok) is not None and not ctx.in_quote(tok):
            subject = verb_subject(tok)
            if subject is not None and subject.pos_ == "PROPN" and _reports_words(ctx, tok):
                return True
    return False


def _reports_words(ctx: Context, verb: Token) -> bool:
    """Whether a cue verb hands over to what was said: a clause ('said the banks had
    …'), a colon or a quotation after it; not an object alone ('offering the banks a
    chance')."""
    if any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children):
        return True
    after = ctx.doc[verb.i + 1 : verb.i + 4]
    return any(t.text == ":" or ctx.in_quote(t) for t in after)


def block_lines(lines: list[str], function_words: frozenset[str]) -> list[int]:
    """Which of the lines after a colon may hold its block quote (no parse needed):
    the first of running English (an original in another language may come
    first), and the lines after it in the same voice (first or second person,
    not opening with a quote mark, not ending with a colon). The prefilter keeps
    these; :func:`block_quote` reads them."""
    out: list[int] = []
    for k, raw in enumerate(lines[:BLOCK_LOOKAHEAD]):
        line = raw.strip()
        if BRACKET_LABEL.match(line):
            return []  # '((WN))  What got you into …?': an interview's turns, no block quote
        if not _running_english(line, function_words):
            continue  # the original's lines, a colon ending one of them too ('Vejam:')
        if line.endswith(":"):
            return []
        out.append(k)
        if line[:1] in OPENING_MARKS:
            return out
        # a translation runs on while a paragraph more brings it closer to the length
        # of the original before it, over as many paragraphs as it takes (three of the
        # original's may be one)
        originals = [x for x in lines[:k] if len(LETTERS.findall(x)) >= PARAGRAPH_WORDS]
        original = len(originals)
        size = sum(_written_length(x) for x in originals)
        translated = len(line)
        for j in range(k + 1, min(len(lines), k + max(BLOCK_PARAGRAPHS, original))):
            nxt = lines[j].strip()
            if nxt[:1] in OPENING_MARKS or nxt.endswith(":") or BRACKET_LABEL.match(nxt):
                break
            closer = abs(translated + len(nxt) - size) < abs(translated - size)
            if not FIRST_PERSON.search(nxt) and not closer:
                break
            out.append(j)
            translated += len(nxt)
        return out
    return []


#: Fewer words than this make a heading, a link or a language tag, no paragraph.
PARAGRAPH_WORDS = 6
LETTERS = re.compile(r"[^\W\d_]+")
#: Characters of scripts that write a word in one or two (Chinese, Japanese, Korean).
DENSE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _written_length(paragraph: str) -> int:
    """A paragraph's length as English would write it: a character of a dense script
    counts three times ('六四' says about as much as 'June 4th')."""
    return len(paragraph.strip()) + 2 * len(DENSE_SCRIPT.findall(paragraph))


def _running_english(line: str, function_words: frozenset[str]) -> bool:
    words = LETTERS.findall(line)
    if len(words) < PARAGRAPH_WORDS:
        return False  # a heading, a link, a language tag
    ascii_share = sum(w.isascii() for w in words) / len(words)
    english_share = sum(w.lower() in function_words for w in words) / len(words)
    return ascii_share >= 0.9 and english_share >= 0.12


def _introducer(ctx: Context, line_start: int, colon: int):
    """(speaker, speaker span, cue span, cue lemma, cue verb) of the sentence before a colon."""
    mark = ctx.doc.char_span(colon, colon + 1, alignment_mode="expand")
    if mark is None or not len(mark):
        return None
    sent = mark[0].sent
    toks = [
        t for t in tokens_in(ctx.doc, max(line_start, sent.start_char), colon) if not t.is_space
    ]
    if not toks:
        return None
    if len(toks) > 2 and toks[1].lower_ == "to" and introduces_block(toks[0]):
        # 'According to court documents entered into the record today:'
        source = next((c for c in toks[1].children if c.dep_ == "pobj"), toks[2])
        span = (toks[2].idx, toks[-1].idx + len(toks[-1].text))
        return source, span, (toks[0].idx, toks[1].idx + 2), "according to", toks[0]
    verbs = [t for t in toks if t.pos_ in {"VERB", "AUX"}]
    held = held_by(toks, ctx.lexicon)
    if held is not None:  # 'For Leite de Cobra, the coverage is outrageous:'
        return held, None, (colon, colon + 1), ":", None
    if verbs:
        cue_verbs = [
            v
            for v in verbs
            if (entry := ctx.lexicon.cue_of(v)) is not None and entry.cls in {"speech", "cognition"}
        ]
        if not cue_verbs:
            return None
        verb = cue_verbs[-1]
        speaker = verb_subject(verb) or _frame_subject(verb)
        if speaker is None or speaker.pos_ == "PRON" and speaker.lower_ in {"it", "this"}:
            return None
        if ctx.in_quote(verb) or ctx.in_quote(speaker):
            return None
        span = None  # the subject's whole phrase, as for any cue verb
        if any(c.dep_ == "ccomp" for c in verb.children):
            return speaker, span, (colon, colon + 1), ":", None
        return speaker, span, (verb.idx, verb.idx + len(verb.text)), verb.lemma_.lower(), verb
    # 'Javier Vargas @javier_vargas:', 'Amnesty International:': a name and a colon
    if len(toks) > 8:
        return None
    names = [t for t in toks if t.ent_type_ in {"PERSON", "ORG", "NORP"} or t.text.startswith("@")]
    if (
        not names
        and toks[0].pos_ == "PROPN"
        and toks[0].ent_type_ not in {"GPE", "LOC"}
        and not ctx.text[line_start : toks[0].idx].strip()  # the line is the phrase
    ):
        # "Brown's 64 words of support:": a name the recogniser missed, opening the line
        names = [t for t in toks if t.pos_ == "PROPN"][:1]
    if not names:
        return None
    head = names[-1] if names[-1].text.startswith("@") else names[0]
    if head.ent_type_:
        ent = next(e for e in ctx.doc.ents if e.start <= head.i < e.end)
        head = ent.root
    if toks[0].pos_ == "ADP" and len(toks) > 1:  # 'From Erich Jao of the Philippines:'
        toks = toks[1:]
    span = (toks[0].idx, toks[-1].idx + len(toks[-1].text))
    owner = next((t for t in toks if t.tag_ == "POS"), None)
    if owner is not None and owner.i > head.i:  # "Brown's words of support:": Brown
        span = (toks[0].idx, head.idx + len(head.text))
    return head, span, (colon, colon + 1), ":", None
