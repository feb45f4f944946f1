"""Find quoted stretches of text by pairing quotation marks.

Works on characters, not tokens, so that offsets index the original text.
Marks are paired within a paragraph (one line); news style continues a quote
over paragraphs by opening every paragraph with a mark and closing only the
last one, so a quote still open at the end of a line carries on when the next
line opens with a mark. An unmatched mark never stops the document: it is
skipped, or its quote runs to the end of its paragraph.

Example: ``“We are not leaving,” she said, “until it is done.”`` gives two
quotes, ``We are not leaving,`` and ``until it is done.``
"""

from __future__ import annotations

from dataclasses import dataclass, field

OPENERS = "“„‟«"
CLOSERS = "”»"
STRAIGHT = '"'
DOUBLE_MARKS = OPENERS + CLOSERS + STRAIGHT
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
_OPEN_CONTEXT = " \t([{—–-/:;,\u00a0"
NEUTRAL = "\x02"


@dataclass
class Quote:
    """A quoted stretch: its interior character ranges and its marks."""

    parts: list[tuple[int, int]] = field(default_factory=list)
    open_mark: int = -1
    close_mark: int | None = None

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    @property
    def closed(self) -> bool:
        return self.close_mark is not None

    @property
    def outer_start(self) -> int:
        """Start including the opening mark."""
        return self.open_mark

    @property
    def outer_end(self) -> int:
        """End including the closing mark (or the end of the last part)."""
        return self.close_mark + 1 if self.close_mark is not None else self.end


def _role(text: str, i: int, line_start: int, line_end: int) -> str:
    """Classify the mark at ``i`` as 'open', 'close' or 'either' from its neighbours."""
    ch = text[i]
    before = text[i - 1] if i > line_start else " "
    after = text[i + 1] if i + 1 < line_end else " "
    space_before = before.isspace() or before in _OPEN_CONTEXT
    space_after = after.isspace() or after in ".,;:!?)]}—–"
    if ch in OPENERS:
        # 'Wins“ that': a misprinted opener after a word and before a space closes;
        # so does one that ends its paragraph ('… for North Korea. “'): nothing follows
        # it to open
        if (not space_before and space_after) or not text[i + 1 : line_end].strip():
            return "either"
        return "open"
    if ch in CLOSERS:
        # Some sites use ” for both; a mark after a space and before a word opens.
        if space_before and not space_after and ch == "”":
            return "either"
        return "close"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "either"


def _lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines of ``text`` (without the newline)."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _strip_range(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] == NEUTRAL):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == NEUTRAL):
        end -= 1
    return start, end


def _first_mark(text: str, start: int, end: int) -> int | None:
    """Position of a double mark opening the line (after leading spaces), else None."""
    s, e = _strip_range(text, start, end)
    if s < e and text[s] in OPENERS + STRAIGHT + "”":
        return s
    return None


def _fold_double_apostrophes(text: str) -> str:
    """Same-length copy where ``''`` and ````` (old newswire style) become one curly mark.

    The other character of the pair becomes a neutral placeholder, so that every
    offset still indexes the original text.
    """
    if "''" not in text and "``" not in text:
        return text
    chars = list(text)
    i = 0
    while i < len(chars) - 1:
        pair = text[i : i + 2]
        if pair == "``":
            chars[i], chars[i + 1] = "“", NEUTRAL
            i += 2
            continue
        if pair == "''":
            before = text[i - 1] if i > 0 else " "
            after = text[i + 2] if i + 2 < len(text) else " "
            opens = (before.isspace() or before in _OPEN_CONTEXT) and not after.isspace()
            chars[i], chars[i + 1] = ("“", NEUTRAL) if opens else (NEUTRAL, "”")
            i += 2
            continue
        i += 1
    return "".join(chars)


def find_quotes(text: str) -> list[Quote]:
    """All double-quoted stretches of ``text``, in order, never raising on odd marks."""
    text = _fold_double_apostrophes(text)
    quotes: list[Quote] = []
    lines = [r for r in _lines(text)]
    carry: Quote | None = None
    for n, (ls, le) in enumerate(lines):
        current: Quote | None = None
        skip_first = None
        resume_at = None
        if carry is not None and not text[ls:le].strip():
            continue  # blank lines between the paragraphs of one quote
        if carry is not None:
            mark = _first_mark(text, ls, le)
            if mark is not None:
                current, skip_first = carry, mark
                current.parts.append((mark + 1, mark + 1))  # filled in below
            elif _closes_paragraph(text, ls, le):
                current, resume_at = carry, ls  # the quote goes on to the mark ending it
            else:
                quotes.append(carry)
            carry = None
        open_at = skip_first + 1 if skip_first is not None else resume_at
        for i in range(ls, le):
            ch = text[i]
            if ch not in DOUBLE_MARKS or i == skip_first:
                continue
            role = _role(text, i, ls, le)
            if open_at is None:
                if role in ("open", "either"):
                    current, open_at = Quote(open_mark=i), i + 1
                continue
            if role == "open" and ch in OPENERS and current is not None and not current.parts:
                # A second opener while one is open: the first was stray.
                current, open_at = Quote(open_mark=i), i + 1
                continue
            if role in ("close", "either") and current is not None:
                _add_part(current, text, open_at, i)
                current.close_mark = i
                if current.parts:
                    quotes.append(current)
                current, open_at = None, None
        if current is not None and open_at is not None:
            _add_part(current, text, open_at, le)
            nxt = next(((s, e) for s, e in lines[n + 1 :] if text[s:e].strip()), None)
            goes_on = nxt is not None and (
                _first_mark(text, *nxt) is not None or _closes_paragraph(text, *nxt)
            )
            if goes_on and current.parts:
                carry = current
            elif current.parts:
                quotes.append(current)
    if carry is not None and carry.parts:
        quotes.append(carry)
    return [q for q in quotes if q.parts]


def _closes_paragraph(text: str, start: int, end: int) -> bool:
    """A paragraph whose one double mark ends it, and may close: the last paragraph
    of a quote that did not open each of its paragraphs with a mark ('… Steinberg.'
    then '… for North Korea.”')."""
    marks = [i for i in range(start, end) if text[i] in DOUBLE_MARKS]
    return (
        len(marks) == 1
        and not text[marks[0] + 1 : end].strip()
        and _role(text, marks[0], start, end) in ("close", "either")
    )


def _add_part(quote: Quote, text: str, start: int, end: int) -> None:
    """Append the interior [start, end) to ``quote``, replacing a continuation placeholder."""
    if quote.parts and quote.parts[-1][0] == quote.parts[-1][1] == start:
        quote.parts.pop()
    s, e = _strip_range(text, start, end)
    if s < e:
        quote.parts.append((s, e))
