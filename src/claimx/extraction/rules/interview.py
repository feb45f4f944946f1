"""Interviews set out as turns: a question, then the answer under its speaker's label.

Wikinews and other sites print an interview as a run of paragraphs, each
opening with the label of who speaks, in double brackets as scraped::

    ((WN))  What do you think of the DMCA notice?

    ((Philipp Hagemeister))  I think it is not warranted because …

The label that heads questions is the interviewer's; every other label heads
the answers of a source, which are that source's direct claims: word for word,
with no quote marks and no cue. Some interviews label only the questions and
open each answer with the source's name or initials and no punctuation::

    ((WN))  Given that some key data is from 2004, how well …?

    MS Although we used gun ownership data from 2004 …

Such an opening is a label only right after a labelled question, and only if
the text names the source elsewhere (``Professor Michael Siegel of Boston
University``): initials then stand for that name. An answer goes on over the
unlabelled paragraphs after it when the interview goes on after them (the next
turn has a label); the last answer is its own paragraph. Questions are no
claims: nothing is stated in them.

:func:`interview_turns` reads the text alone, without a parse, so that the
prefilter (:mod:`claimx.extraction.prefilter`) keeps exactly the paragraphs the
rule reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimx.extraction.rules.base import Candidate, CharSpan, Context, Found, tokens_in

#: A paragraph's opening label: '((Philipp Hagemeister))  ', '((WN)) : '.
BRACKET_LABEL = re.compile(r"\(\((?P<name>[A-Z][\w.'’ -]{0,39}?)\)\)[ \t]*:?[ \t]*")
#: An unbracketed answer label: initials ('MS Although …', 'RM: The problem …').
INITIALS = re.compile(r"(?P<name>[A-Z]{2,3}):?[ \t]+(?=[A-Z\"“])")
#: An unbracketed answer label: a name of two or three words ('Michael Siegel I am …',
#: 'Alberto Suárez Laso : I finished first.'), a colon after it or none.
NAME = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-Þ][^\W\d_]+(?: [A-ZÀ-ÖØ-Þ][^\W\d_'’-]*[^\W\d_]){1,2})"
    r"(?:[ \t]*:)?[ \t]+(?=[A-Z\"“¡¿])"
)
#: Where a turn's words in another language begin: Wikinews's language mark
#: ('… a bit injured. ((es))Spanish language: Esta vez …').
LANGUAGE_MARK = re.compile(r"[ \t]*\(\([a-z]{2,3}(?:-[a-z]{2,4})?\)\)")
#: An answer's label after a question in the question's own paragraph: '… Restore the
#: Fourth? Jett: My job …' (a name of one to three capitalised words and a colon).
INLINE_ANSWER = re.compile(
    r"[?.!][\"”’)]?[ \t]+(?P<name>[A-Z][\w.'’-]{0,30}(?: [A-Z][\w.'’-]{0,30}){0,2}):[ \t]+(?=\S)"
)
#: Words a paragraph needs to carry an answer on (a signature such as '—Professor
#: Siegel' does not).
MIN_WORDS = 3
DASHES = "-–—―"


@dataclass(frozen=True)
class Turn:
    """One answer: its speaker's label, its words, and where the text names the
    speaker when the label does not (initials)."""

    label: CharSpan
    content: CharSpan
    named: CharSpan | None = None
    initials: bool = False


@dataclass(frozen=True)
class _Block:
    start: int
    end: int
    label: str | None = None
    label_span: CharSpan | None = None
    body: int = 0  # where the words after the label start

    def question(self, text: str) -> bool:
        return text[self.body : self.end].rstrip(' \t"”’)').endswith("?")


def _blocks(text: str) -> list[_Block]:
    """Paragraphs: runs of lines with text between blank lines, each with its label."""
    spans: list[list[int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            if spans and spans[-1][1] == pos - 1:
                spans[-1][1] = end  # a line break inside a paragraph
            else:
                spans.append([pos + len(line) - len(line.lstrip()), end])
        pos = end + 1
    out = []
    for start, end in spans:
        end = start + len(text[start:end].rstrip())
        m = BRACKET_LABEL.match(text, start, end)
        if m:
            label_span = (m.start("name"), m.end("name"))
            # '((WN)) What is your role? Jett: My job …': the answer under its label in
            # the question's paragraph is a turn of its own
            answer = INLINE_ANSWER.search(text, m.end(), end)
            asked = answer.start() + 1 if answer is not None else end
            out.append(_Block(start, asked, m.group("name").strip(), label_span, m.end()))
            if answer is not None:
                name = (answer.start("name"), answer.end("name"))
                out.append(_Block(name[0], end, answer.group("name"), name, answer.end()))
        else:
            out.append(_Block(start, end, body=start))
    return out


def _interviewers(text: str, blocks: list[_Block]) -> set[str]:
    """The labels that head questions more often than not: the interviewer's."""
    asked: dict[str, list[bool]] = {}
    for b in blocks:
        if b.label is not None:
            asked.setdefault(b.label, []).append(b.question(text))
    return {name for name, qs in asked.items() if 2 * sum(qs) >= len(qs)}


def interviewer_turns(text: str) -> list[CharSpan]:
    """The paragraphs the interviewer speaks (``((WN)) : What would …?``): the writer's
    own questions, in which no source is reported, whatever verb they hold."""
    if "((" not in text:
        return []
    blocks = _blocks(text)
    interviewers = _interviewers(text, blocks)
    return [(b.start, b.end) for b in blocks if b.label in interviewers]


def interview_turns(text: str) -> list[Turn]:
    """The answers of the interviews in ``text`` (see the module docstring)."""
    if "((" not in text:
        return []
    blocks = _blocks(text)
    interviewers = _interviewers(text, blocks)
    opening: dict[int, Turn] = {}
    found: dict[str, list[CharSpan]] = {}  # where each name is written: looked up once
    for n, b in enumerate(blocks):
        if b.label is not None and b.label not in interviewers and b.body < b.end:
            opening[n] = Turn(b.label_span, (b.body, b.end))
        elif b.label is None and n and blocks[n - 1].label in interviewers:
            turn = _unbracketed(text, b, found)
            if turn is not None and blocks[n - 1].question(text):
                opening[n] = turn
    turns = []
    for n, turn in opening.items():
        last = n
        while last + 1 < len(blocks) and _carries_on(text, blocks[last + 1], last + 1, opening):
            last += 1
        following = blocks[last + 1] if last + 1 < len(blocks) else None
        if last > n and (
            following is None or (following.label is None and last + 1 not in opening)
        ):
            last = n  # the interview ends here: the paragraphs after are the article's
        end = blocks[last].end
        # ('… a bit injured. ((es))Spanish language: Esta vez …': the answer as said in
        # English, without the words in the language it was given in)
        mark = LANGUAGE_MARK.search(text, turn.content[0], end)
        if mark is not None and mark.start() > turn.content[0]:
            end = mark.start()
        turns.append(Turn(turn.label, (turn.content[0], end), turn.named, turn.initials))
    return turns


def _carries_on(text: str, block: _Block, n: int, opening: dict[int, Turn]) -> bool:
    """An unlabelled paragraph of running words that may go on an answer."""
    return (
        block.label is None
        and n not in opening
        and not block.question(text)
        and text[block.start] not in DASHES
        and len(text[block.start : block.end].split()) >= MIN_WORDS
    )


def _unbracketed(text: str, block: _Block, found: dict[str, list[CharSpan]]) -> Turn | None:
    """An answer opening with its speaker's initials or name, named elsewhere in ``text``
    (``found`` keeps where each name was found, so that a long interview is read once)."""
    m = INITIALS.match(text, block.start, block.end)
    if m:
        initials = m.group("name")
        if initials not in found:
            found[initials] = _name_with_initials(text, initials)
        named = next(iter(found[initials]), None)
        if named is None:
            return None
        return Turn((m.start(), m.end("name")), (m.end(), block.end), named, initials=True)
    m = NAME.match(text, block.start, block.end)
    if not m:
        return None
    words = m.group("name").split()
    for k in range(len(words), 1, -1):  # 'Michael Siegel I am': the longest name known
        name = " ".join(words[:k])
        if name not in found:
            found[name] = _written(text, name)
        named = next((span for span in found[name] if span[0] != block.start), None)
        if named is not None:
            end = block.start + len(name)
            # (after the label's colon and spaces, when the whole run is the name)
            start = m.end() if k == len(words) else end + 1
            return Turn((block.start, end), (start, block.end), named)
    return None


def _written(text: str, name: str) -> list[CharSpan]:
    """The first two places where ``text`` writes ``name`` as whole words (one of them
    may be the answer's own opening)."""
    found = re.finditer(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text)
    return [m.span() for _, m in zip(range(2), found, strict=False)]


def _name_with_initials(text: str, initials: str) -> list[CharSpan]:
    """The first name whose words start with ``initials`` ('MS' -> 'Michael Siegel'),
    a middle initial allowed ('Michael J. Siegel'), or none."""
    parts = [f"{c}[a-z][A-Za-z'’-]*" for c in initials]  # ('RM' -> 'Ron McNinch')
    pattern = r"(?<![\w])" + r"(?: [A-Z]\.)? ".join(parts) + r"(?![\w])"
    m = re.search(pattern, text)
    return [m.span()] if m else []


def interview_answers(ctx: Context, found: Found) -> list[Candidate]:
    """The answers of an interview: direct claims of the source whose label heads them."""
    out = []
    for turn in interview_turns(ctx.text):
        label = [t for t in tokens_in(ctx.doc, *turn.label) if not t.is_space]
        if not label:
            continue
        speaker, span, mention = label[-1], turn.label, None
        if turn.initials and turn.named is not None:
            named = [t for t in tokens_in(ctx.doc, *turn.named) if not t.is_space]
            if not named:
                continue
            # 'MS' stands for 'Michael Siegel': the name is the speaker, the initials its mention
            speaker, span, mention = named[-1], turn.named, label[0]
        out.append(
            Candidate(
                type="direct",
                pattern="interview_answer",
                content=[turn.content],
                speaker=speaker,
                speaker_span=span,
                mention=mention,
                confidence=0.7,
            )
        )
    return out
