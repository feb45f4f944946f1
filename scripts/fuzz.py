"""Robustness run: thousands of hostile documents through ``claimx extract``, output checked.

Not part of CI (10,000 documents take several minutes). It generates ``--n``
documents, deterministic for a ``--seed``: news-like English with attributions
(``"…," said Jane Doe.``, ``According to officials, …``, ``He said that …``),
Arabic and Hebrew mixed with English, stacks of combining marks, emoji (ZWJ
sequences, flags, tags, keycaps), zero-width and C0/C1 control characters
inside sentences, lone surrogates in JSONL records (``"\\ud800"``: valid JSON,
not encodable as UTF-8), one-character documents, documents of quote marks
only, deeply nested and unbalanced quotes, words of 10k+ characters, very long
lines, empty documents, and mixes of all of these. Most go into ``.jsonl``
files (``--per-file`` records each; a share of the files written with raw
non-ASCII, as ``json.dumps(..., ensure_ascii=False)`` does), the rest into
``.txt`` files, some of them not UTF-8 at all (cp1252, UTF-16, broken UTF-8,
binary, empty).

All of them go through the real command line, ``claimx extract DIR -o
out.jsonl``, in a subprocess. If the command crashes, or stalls (no new record
for ``--stall`` seconds), the documents after the last record written are run
again one by one (``--batch-size 1``, their records kept): the first that
crashes claimx, or takes over ``--isolate-stall`` seconds, is taken out of the
input, and the run resumed with ``--resume``, so that one bad document does
not hide the ones after it.

Checks: every input document has exactly one record (by ``doc_id``); no
record has the error ``extract_failed`` (input problems such as ``binary``,
``empty``, ``bad_jsonl`` or ``not_text`` are counted, not failed); the
record's ``text_sha256`` is that of the text claimx read (the ``"text"`` value
as ``json.loads`` returns it, a leading U+FEFF removed; the decoded ``.txt``
file); and every object in every claim with integer ``start`` and ``end`` has
``0 <= start <= end <= len(text)`` and, when it has a ``text``,
``text[start:end] == text``. Exit code 0 when nothing failed, else 1; each
failing document is saved as ``fail-<n>.json`` (its JSONL line) or
``fail-<n>.txt`` (its file's bytes) in ``--repro-dir``, listed in
``fail-index.tsv``::

    .venv/bin/python scripts/fuzz.py --n 10000 --seed 0
    .venv/bin/python scripts/fuzz.py --n 500 --out-dir /tmp/fuzz/run --n-process 2
"""

from __future__ import annotations

import argparse
import codecs
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

# -- material --------------------------------------------------------------------

NAMES = [
    "Jane Doe",
    "John Smith",
    "Maria Ortiz",
    "Ahmed Al-Sayed",
    "Li Wei",
    "Olena Kovalenko",
    "Sarah O'Brien",
    "Jean-Luc Martin",
    "Ngozi Okonjo",
    "Kenji Watanabe",
    "Dr. Amal Haddad",
    "Sen. Mark Ellis",
    "Mayor Ana Ruiz",
]
TITLES = [
    "a spokesperson for the ministry",
    "the company's chief executive",
    "a senior official",
    "the police chief",
    "an analyst at Moody's",
    "the head of the union",
]
GROUPS = [
    "officials",
    "the ministry",
    "the European Commission",
    "NATO",
    "Reuters",
    "the White House",
    "police",
    "two people familiar with the matter",
    "a government report",
    "the United Nations",
    "analysts",
    "the company",
    "witnesses",
]
CLAUSES = [
    "the talks will resume next week",
    "prices are expected to rise sharply this winter",
    "no one was injured in the blast",
    "the bridge will reopen on Monday",
    "the government has no plans to raise taxes",
    "the ceasefire is holding",
    "the vaccine is safe and effective",
    "the merger would cut about 2,000 jobs",
    "the election was free and fair",
    "the city cannot afford another strike",
    "the report was leaked to the press",
    "the border crossing remains closed",
    "inflation has peaked",
    "rescue teams are still searching the rubble",
]
QUOTES = [
    "We will not back down",
    "This is a dark day for our country",
    "Nobody expected the river to rise so fast",
    "The numbers speak for themselves",
    "We are doing everything we can",
    "It's not over yet",
    "I have never seen anything like it",
    "Our doors remain open",
    "They knew, and they did nothing",
]
NEUTRAL = [
    "The city council met on Tuesday.",
    "Heavy rain fell across the region overnight.",
    "Shares closed 3% lower in Frankfurt.",
    "The meeting lasted four hours.",
    "Traffic was diverted around the square.",
    "The museum reopened after two years of repairs.",
]
HEADLINES = [
    "Talks to resume as ceasefire holds",
    "Floods: thousands evacuated",
    "Minister rejects calls to resign",
    "Strike ends after 12 days",
]
CUES = [
    "said",
    "told reporters",
    "wrote on social media",
    "said in a statement",
    "warned",
    "added",
    "claimed",
    "insisted",
    "told the BBC",
    "argued",
]
ARABIC = [
    "قال المتحدث باسم الوزارة إن المحادثات ستستأنف الأسبوع المقبل",
    "وفقاً للمسؤولين، لم يصب أحد في الانفجار",
    "لن نتراجع",
    "هذا يوم حزين لبلدنا",
    "أكدت الحكومة أن وقف إطلاق النار صامد",
    "قَالَ الرَّئِيسُ إِنَّ الْوَضْعَ مُسْتَقِرٌّ",
    "هل ستفتح الحدود؟ ٢٠٢٤",
]
HEBREW = [
    "דובר המשטרה אמר כי איש לא נפגע בפיצוץ",
    "לדברי הפקידים, השיחות יתחדשו בשבוע הבא",
    "לא נוותר",
    "זה יום עצוב למדינה שלנו",
    "שָׁלוֹם עֲלֵיכֶם",
]
RTL_NAMES = ["محمد العلي", "ليلى حسن", "דוד לוי", "נועה כהן"]
BIDI = [
    "\u200e",
    "\u200f",
    "\u061c",
    *map(chr, range(0x202A, 0x202F)),
    *map(chr, range(0x2066, 0x206A)),
]
COMBINING = [
    *map(chr, range(0x0300, 0x0370)),
    *map(chr, range(0x0483, 0x048A)),
    *map(chr, range(0x1AB0, 0x1ABF)),
    *map(chr, range(0x1DC0, 0x1E00)),
    *map(chr, range(0x20D0, 0x20F1)),
    *map(chr, range(0xFE20, 0xFE30)),
]


def _flag(code: str) -> str:
    return "".join(chr(0x1F1E6 + ord(ch) - ord("A")) for ch in code)


EMOJI = [
    "\U0001f600",
    "\U0001f602",
    "\U0001f525",
    "\u2615",
    "\u263a\ufe0f",
    "\U0001f4f0",
    "\U0001f44d\U0001f3ff",  # skin tone
    "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466",  # family (ZWJ)
    "\U0001f3f3\ufe0f\u200d\U0001f308",  # rainbow flag (ZWJ)
    "\U0001f469\U0001f3fd\u200d\U0001f4bb",  # technologist, skin tone (ZWJ)
    "\U0001f9d1\u200d\U0001f680",  # astronaut (ZWJ)
    "\u2764\ufe0f\u200d\U0001f525",  # heart on fire (ZWJ)
    "\U0001f3f4\u200d\u2620\ufe0f",  # pirate flag (ZWJ)
    "\U0001f469\u200d\u2764\ufe0f\u200d\U0001f48b\u200d\U0001f468",  # kiss (ZWJ)
    "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",  # Scotland (tags)
    "1\ufe0f\u20e3",  # keycap
    "#\ufe0f\u20e3",
    *(_flag(c) for c in ("US", "UA", "DE", "JP", "IL", "PS", "GB", "FR", "BR", "IN")),
]
BROKEN_EMOJI = [
    "\u200d\U0001f466",  # ZWJ first
    "\U0001f468\u200d",  # ZWJ last
    "\U0001f1fa",  # lone regional indicator
    "\U0001f1fa\U0001f1f8\U0001f1e6",  # odd number of them
    "\U0001f3fb",  # lone skin tone
    "\ufe0f",  # lone variation selector
    "\U000e0067\U000e007f",  # tags without a base
]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"]
C0 = [chr(c) for c in range(0x20)] + ["\x7f"]
C1 = [chr(c) for c in range(0x80, 0xA0)]
SEPARATORS = ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\r", "\r\n"]
#: Quote marks of many scripts, one string each (`` and '' are two characters).
QUOTE_MARKS = [
    *"\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a'\u2018\u2019\u201a\u201b`",
    "``",
    "''",
]
QUOTE_MARKS += [*"\u300c\u300d\u300e\u300f\u301d\u301e\uff02\uff07\u275d\u275e\u2e42"]
QUOTE_PAIRS = [
    ('"', '"'),
    ("\u201c", "\u201d"),
    ("\u201e", "\u201c"),
    ("\u201e", "\u201d"),
    ("\u00ab", "\u00bb"),
    ("\u00ab\u00a0", "\u00a0\u00bb"),
    ("\u00bb", "\u00ab"),
    ("'", "'"),
    ("\u2018", "\u2019"),
    ("``", "''"),
    ("\u2039", "\u203a"),
    ("\u300c", "\u300d"),
    ("\u201d", "\u201d"),
    ("\u201f", "\u201d"),
    ("\u201a", "\u2018"),
]
#: How often each kind of document is drawn (relative weights).
KIND_WEIGHTS = {
    "news": 28,
    "rtl": 8,
    "combining": 6,
    "emoji": 6,
    "zero_width": 6,
    "control": 6,
    "surrogate": 0.6,
    "one_char": 4,
    "quotes_only": 4,
    "nested_quotes": 6,
    "long_word": 1.5,
    "long_line": 0.5,
    "mix": 15,
    "empty": 1,
    "bytes": 2,
    "bad_jsonl": 0.3,
}
JSONL_ONLY = {"surrogate", "bad_jsonl"}
TXT_ONLY = {"bytes"}
#: Share of the text documents that go to .txt files rather than JSONL records.
TXT_SHARE = 0.04
#: Error codes for which claimx reads no text (the record's text is "").
NO_TEXT_CODES = {"binary", "not_text", "bad_jsonl", "decode_error", "unreadable", "duplicate_id"}
NO_TEXT_CODES |= {"too_long", "bad_input"}


# -- generator ---------------------------------------------------------------------


class Gen:
    """Random documents of every kind; the same ``seed`` gives the same documents."""

    def __init__(self, seed: int):
        self.r = random.Random(seed)

    def pick(self, seq):
        return self.r.choice(seq)

    def sentence(self) -> str:
        r = self.r
        o, c = self.pick(QUOTE_PAIRS)
        o2, c2 = self.pick(QUOTE_PAIRS)
        n, g, t = self.pick(NAMES), self.pick(GROUPS), self.pick(TITLES)
        cl, cl2 = self.pick(CLAUSES), self.pick(CLAUSES)
        q, q2, cue = self.pick(QUOTES), self.pick(QUOTES), self.pick(CUES)
        forms = [
            f"{o}{q},{c} said {n}.",
            f"{o}{q},{c} {n} {cue}.",
            f"{o}{q}.{c}",
            f"According to {g}, {cl}.",
            f"{n} said that {cl}.",
            f"He said that {cl}.",
            f"She told reporters that {cl}.",
            f"They said {cl}.",
            f"{n}, {t}, said {cl}.",
            f"{o}{q},{c} {n} said. {o2}{q2}.{c2}",
            f"{o}{q},{c} said {n}, {t}. {o}{q2}.{c}",
            f"{g[0].upper()}{g[1:]} {cue} that {cl}, adding that {cl2}.",
            f"In a statement, {g} said {cl}.",
            f"{n} said: {o}{q}.{c}",
            f"{o}{q},{c} {n} said, {o}{q2.lower()}.{c}",
            f"{cl[0].upper()}{cl[1:]}, {n} said.",
            f"{o}{q}{c} \u2014 {n}",
            f"{n.split()[-1]} {cue} {o}{q.lower()}{c} and left.",
            self.pick(NEUTRAL),
            self.pick(NEUTRAL),
        ]
        return r.choice(forms)

    def paragraph(self, sentences: int | None = None) -> str:
        k = sentences or self.r.randint(1, 4)
        return " ".join(self.sentence() for _ in range(k))

    def news(self, paragraphs: int | None = None) -> str:
        r = self.r
        k = paragraphs or r.choice([1, 1, 2, 3, 4, 6, 10, 15])
        paras = [self.paragraph() for _ in range(k)]
        if r.random() < 0.3:
            paras.insert(0, self.pick(HEADLINES))
        return r.choice(["\n\n", "\n", "\n \n"]).join(paras)

    def inject(self, text: str, pool, rate: float) -> str:
        """``text`` with items of ``pool`` after about ``rate`` of its characters."""
        r = self.r
        out = []
        for ch in text:
            out.append(ch)
            if r.random() < rate:
                out.append(r.choice(pool))
        return "".join(out)

    def base(self) -> str:
        """A sentence, a paragraph or a short article to spoil."""
        return self.pick([self.sentence, self.paragraph, lambda: self.news(self.r.randint(2, 5))])()

    # -- kinds of document: each returns a str (bytes for "bytes") ------------------

    def k_news(self) -> str:
        return self.news()

    def k_rtl(self) -> str:
        r = self.r
        parts = []
        for _ in range(r.randint(1, 6)):
            ar, he, name = self.pick(ARABIC), self.pick(HEBREW), self.pick(RTL_NAMES)
            o, c = self.pick(QUOTE_PAIRS)
            rtl = self.pick([ar, he])
            parts.append(
                self.pick(
                    [
                        f"{o}{rtl},{c} said {self.pick(NAMES)}.",
                        f"{o}{self.pick(QUOTES)},{c} said {name}.",
                        f"{name} said that {self.pick(CLAUSES)}.",
                        f"According to {name}, {rtl}.",
                        f"{rtl}. {self.sentence()}",
                        f"{self.sentence()} ({rtl})",
                        f"\u00ab{ar}\u00bb\u060c {self.pick(ARABIC)}.",
                        f"{he}: \u201c{self.pick(QUOTES)}\u201d",
                        f"{rtl} {self.pick(NAMES)} {rtl}",
                        self.sentence(),
                    ]
                )
            )
        text = r.choice([" ", "\n", "\n\n"]).join(parts)
        if r.random() < 0.4:
            text = self.inject(text, BIDI, r.choice([0.01, 0.05, 0.2]))
        return text

    def zalgo(self, text: str, rate: float, depth: int) -> str:
        r = self.r
        out = []
        for ch in text:
            out.append(ch)
            if r.random() < rate:
                out.extend(r.choice(COMBINING) for _ in range(r.randint(1, depth)))
        return "".join(out)

    def k_combining(self) -> str:
        r = self.r
        text = self.base()
        variant = r.randrange(6)
        if variant == 0:
            return self.zalgo(text, 0.1, 3)
        if variant == 1:
            return self.zalgo(text, 0.6, 30)
        if variant == 2:  # one enormous stack
            at = r.randrange(len(text) + 1)
            stack = "".join(r.choice(COMBINING) for _ in range(r.choice([200, 1000, 5000])))
            return text[:at] + stack + text[at:]
        if variant == 3:  # marks first, and on the quote marks
            marks = "".join(r.choice(COMBINING) for _ in range(r.randint(1, 20)))
            spoilt = "".join(ch + r.choice(COMBINING) if ch in QUOTE_MARKS else ch for ch in text)
            return marks + spoilt
        if variant == 4:
            return (
                unicodedata.normalize("NFD", "Caf\u00e9 owner Ren\u00e9e G\u00f3mez said ") + text
            )
        return self.inject(text, COMBINING, 0.3)

    def k_emoji(self) -> str:
        r = self.r
        text = self.base()
        variant = r.randrange(5)
        pool = EMOJI + BROKEN_EMOJI
        if variant == 0:
            return self.inject(text, pool, r.choice([0.02, 0.1, 0.5]))
        if variant == 1:  # a quote of emoji
            o, c = self.pick(QUOTE_PAIRS)
            quote = "".join(r.choice(pool) for _ in range(r.randint(1, 30)))
            return f"{o}{quote},{c} said {self.pick(NAMES)}. {text}"
        if variant == 2:  # emoji speakers and flags before names
            flag = self.pick(EMOJI[-10:])
            return (
                text.replace(" said", f" {self.pick(EMOJI)} said").replace(
                    self.pick(NAMES), f"{flag} {self.pick(NAMES)}"
                )
                + f" \u201cOk,\u201d said {self.pick(EMOJI)}."
            )
        if variant == 3:
            return " ".join(w + r.choice(pool) if r.random() < 0.3 else w for w in text.split(" "))
        return "".join(r.choice(pool) for _ in range(r.randint(1, 200)))

    def k_zero_width(self) -> str:
        r = self.r
        text = self.base()
        variant = r.randrange(4)
        if variant == 0:
            return self.inject(text, ZERO_WIDTH, r.choice([0.01, 0.1, 0.5]))
        if variant == 1:  # between every character
            return self.pick(ZERO_WIDTH).join(text)
        if variant == 2:  # around the quote marks and inside "said"
            text = text.replace("said", "sa\u200bi\u200dd").replace("\u201c", "\u201c\u2060")
            return "".join(ch + self.pick(ZERO_WIDTH) if ch in "\"'\u201d" else ch for ch in text)
        return "\ufeff" * r.randint(1, 3) + self.inject(
            text, ZERO_WIDTH + ["\u00ad", "\u034f"], 0.05
        )

    def k_control(self) -> str:
        r = self.r
        text = self.base()
        pool = self.pick([C0, C1, C0 + C1, SEPARATORS, C0 + C1 + SEPARATORS])
        return self.inject(text, pool, r.choice([0.005, 0.03, 0.2]))

    def lone_surrogate(self) -> str:
        r = self.r
        return self.pick(
            [
                chr(r.randint(0xD800, 0xDBFF)),
                chr(r.randint(0xDC00, 0xDFFF)),
                "\ude00\ud83d",  # a pair in the wrong order
                "\ud800",
                "\udfff",
            ]
        )

    def k_surrogate(self) -> str:
        r = self.r
        variant = r.randrange(4)
        if variant == 0:
            return self.lone_surrogate()
        text = self.base()
        at = [r.randrange(len(text) + 1) for _ in range(r.randint(1, 3))]
        for i in sorted(at, reverse=True):
            text = text[:i] + self.lone_surrogate() + text[i:]
        if variant == 2:
            text = f"\u201c{self.lone_surrogate()}{self.pick(QUOTES)},\u201d said Jane Doe. {text}"
        return text

    def k_one_char(self) -> str:
        r = self.r
        pool = [*"aI.\"\u201c\u00ab'`\n \u00e9\u0627\u05d0\u0301\u200b\u200d\ufeff\u2060\x00\x1b"]
        pool += [*"\x85\x9c\u2028\U0001f600\U0001f1fa\ufffd\uffff\U0010ffff"]
        if r.random() < 0.3:  # any code point but a surrogate
            cp = r.randrange(0x110000)
            return chr(cp) if not 0xD800 <= cp <= 0xDFFF else "x"
        return self.pick(pool)

    def k_quotes_only(self) -> str:
        r = self.r
        n = r.choice([1, 2, 3, 10, 100, 2000])
        gaps = self.pick(["", " ", "\n", " \n"])
        return "".join(
            self.pick(QUOTE_MARKS) + (gaps if r.random() < 0.3 else "") for _ in range(n)
        )

    def k_nested_quotes(self) -> str:
        r = self.r
        variant = r.randrange(6)
        if variant <= 1:  # nested, closed or not
            depth = self.pick([2, 3, 5, 10, 30, 100, 500])
            close = r.choice([1.0, 0.7, 0.3, 0.0])
            text = self.pick(QUOTES)
            for _ in range(depth):
                o, c = self.pick(QUOTE_PAIRS)
                name, cue = self.pick(NAMES), self.pick(CUES)
                text = f"{name} {cue}, {o}{text}{c if r.random() < close else ''}"
            return text + ", said " + self.pick(NAMES) + "."
        if variant == 2:  # openers or closers only
            marks = self.pick(['\u201c\u201e\u00ab"', '\u201d\u00bb"', "\u2018'"])
            return " ".join(
                f"{self.pick(marks)}{self.pick(QUOTES)}{self.pick(marks)} said {self.pick(NAMES)}."
                for _ in range(r.randint(1, 20))
            )
        if variant == 3:  # closers before openers, mismatched styles
            return " ".join(
                f"\u201d{self.pick(QUOTES)}\u201c said {self.pick(NAMES)}. "
                f"\u00ab{self.pick(QUOTES)}\u201d he said. \u201c{self.pick(QUOTES)}\u00bb"
                for _ in range(r.randint(1, 10))
            )
        if variant == 4:  # a quote continued over paragraphs, never closed
            paras = [f"\u201c{self.paragraph()}" for _ in range(r.randint(2, 30))]
            return f"{self.pick(NAMES)} said:\n" + "\n".join(paras)
        # apostrophes inside single quotes
        return " ".join(
            f"\u2018It\u2019s the people\u2019s choice, isn\u2019t it,\u2019 said O\u2019Brien. "
            f"'Don't,' said {self.pick(NAMES)}, 'it's Ross's car.' "
            for _ in range(r.randint(1, 10))
        )

    def long_word(self) -> str:
        """10,000+ characters without a space. Runs of quote marks or emoji are kept at
        10,000: spaCy's tokenizer splits them one mark at a time in quadratic time
        (20,000 quote marks take about a minute)."""
        r = self.r
        n = self.pick([10_000, 12_000, 20_000, 50_000])
        letters = "abcdefghijklmnopqrstuvwxyz"
        return self.pick(
            [
                lambda: "".join(r.choice(letters) for _ in range(n)),
                lambda: "said" * (n // 4),
                lambda: "x" * n,
                lambda: (self.pick(QUOTE_MARKS) * 10_000)[:10_000],
                lambda: "https://example.com/" + "a/b-" * (n // 4),
                lambda: self.zalgo("a" * (n // 4), 1.0, 4)[:n],
                lambda: self.fill(EMOJI, 10_000),
                lambda: "\u0628" * n,
                lambda: "".join(r.choice("0123456789.,") for _ in range(n)),
                lambda: "-".join(self.pick(QUOTES).replace(" ", "") for _ in range(n // 20)),
            ]
        )()

    def fill(self, pool, size: int) -> str:
        """Random items of ``pool`` up to at least ``size`` characters."""
        out: list[str] = []
        length = 0
        while length < size:
            out.append(self.r.choice(pool))
            length += len(out[-1])
        return "".join(out)

    def k_long_word(self) -> str:
        w = self.long_word()
        o, c = self.pick(QUOTE_PAIRS)
        n = self.pick(NAMES)
        return self.pick(
            [
                w,
                f"{o}{w},{c} said {n}.",
                f"{n} said that {w}.",
                f"According to {w}, {self.pick(CLAUSES)}.",
                f"{self.news(3)}\n\n{w}\n\n{self.news(3)}",
                f"{self.sentence()}{w}{self.sentence()}",
            ]
        )

    def k_long_line(self) -> str:
        r = self.r
        target = self.pick([10_000, 30_000, 60_000, 101_000, 150_000])
        parts: list[str] = []
        size = 0
        while size < target:
            parts.append(self.sentence())
            size += len(parts[-1]) + 1
        if r.random() < 0.5:
            return " ".join(parts)  # one line, cut into chunks anywhere
        sep = self.pick(["\u00a0", "\t", "  "])
        lines = [sep.join(parts[i : i + 400]) for i in range(0, len(parts), 400)]
        return "\n".join(lines)

    def k_mix(self, allow_surrogates: bool = False) -> str:
        r = self.r
        makers = [
            self.k_news,
            self.k_rtl,
            self.k_combining,
            self.k_emoji,
            self.k_zero_width,
            self.k_control,
            self.k_one_char,
            self.k_quotes_only,
            self.k_nested_quotes,
            self.sentence,
        ]
        parts = [self.pick(makers)() for _ in range(r.randint(2, 6))]
        if r.random() < 0.05:
            parts.append(self.k_long_word())
        if allow_surrogates and r.random() < 0.02:
            parts.append(self.k_surrogate())
        seps = ["\n\n", " ", "", "\n", "\u2029", "\r\n"]
        text = parts[0]
        for p in parts[1:]:
            text += self.pick(seps) + p
        return text

    def k_empty(self) -> str:
        return self.pick(["", " ", "\n", "\n\n\n", "\t", " \r\n ", "\u00a0", "\u3000", "\ufeff"])

    def k_bytes(self) -> bytes:
        r = self.r
        news = self.news(r.randint(1, 4))
        variant = r.randrange(12)
        if variant == 0:
            return b""
        if variant == 1:
            return codecs.BOM_UTF8
        if variant == 2:  # random bytes
            return bytes(r.randrange(256) for _ in range(r.choice([1, 7, 100, 5000])))
        if variant == 3:  # Windows-1252 with smart quotes
            return news.encode("cp1252", "replace")
        if variant == 4:  # UTF-8 with stray bytes: 0xff, truncated, overlong, encoded surrogate
            data = news.encode("utf-8")
            bad = [b"\xff", b"\xc3", b"\xe2\x80", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80"]
            for _ in range(r.randint(1, 5)):
                i = r.randrange(len(data) + 1)
                data = data[:i] + self.pick(bad) + data[i:]
            return data
        if variant == 5:
            return codecs.BOM_UTF16_LE + news.encode("utf-16-le")
        if variant == 6:
            return codecs.BOM_UTF16_BE + news.encode("utf-16-be")
        if variant == 7:  # UTF-16 with a BOM but an odd length
            return (
                codecs.BOM_UTF16_LE + news.encode("utf-16-le") + b"\x00"[: r.randint(0, 1)] + b"a"
            )
        if variant == 8:  # UTF-16 without a BOM (NUL bytes)
            return news.encode("utf-16-le")
        if variant == 9:  # a NUL after the first 8 KiB: valid UTF-8 with a NUL in it
            filler = (self.news(15) + "\n") * 4
            return (filler[:9000] + "\x00 " + news).encode("utf-8")
        if variant == 10:  # PNG header and garbage
            return b"\x89PNG\r\n\x1a\n" + bytes(r.randrange(256) for _ in range(300))
        return self.pick(
            [
                "Министр сказал, что переговоры возобновятся.".encode("cp1251"),
                "部长说谈判将于下周恢复。".encode("gb18030"),
                "大臣は交渉が来週再開されると述べた。".encode("shift_jis"),
                ("\u201cIt\u2019s over,\u201d said Ren\u00e9e. " * 3).encode("latin-1", "replace"),
            ]
        )

    def k_bad_jsonl(self) -> str:
        return self.pick(
            [
                '{"id": "x", "text": "unterminated',
                '{"id": 1, "text": 12}',
                "[1, 2, 3]",
                '"just a string"',
                '{"text": "a"} trailing',
                "{'id': 'single quotes'}",
                "{}",
                '{"id": "n", "text": null}',
                "\x00\x01",
                "NaN",
            ]
        )


# -- documents and input files ------------------------------------------------------


@dataclass
class Doc:
    """One input document and what claimx should make of it."""

    doc_id: str
    kind: str
    rel: str  # input file, relative to the input folder
    line: int | None  # physical line of a .jsonl file (1-based), None for .txt
    raw: bytes  # the .txt file, or the .jsonl line without its newline
    text: str | None  # the text as claimx reads it; None when it cannot be known
    removed: bool = False  # taken out of the input after crashing claimx


def encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def txt_text(data: bytes) -> str | None:
    """The text claimx reads from a .txt file's bytes ("" when it reads none)."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError:
            return ""
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[2:].decode(enc)
            except UnicodeDecodeError:
                return ""
    if b"\x00" in data[:8192]:
        return ""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:  # cp1252 guesses and charset detection: claimx's own decoder is the reference
        from claimx.io.inputs import decode_bytes
    except ImportError:
        try:
            from claimx.io import decode_bytes
        except ImportError:
            return None
    text, _ = decode_bytes(data)
    return "" if text is None else text


def jsonl_line_doc(line: bytes, rel: str, lineno: int) -> tuple[str, str]:
    """(doc_id, text) of a physical JSONL line, as the JSON Lines format reads it."""
    where = f"{rel}:{lineno}"
    try:
        obj = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return where, ""
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return where, ""
    doc_id = obj.get("id", obj.get("doc_id"))
    return (where if doc_id is None else str(doc_id)), obj["text"].removeprefix("\ufeff")


def generate(n: int, seed: int, input_dir: Path, per_file: int, raw_share: float) -> list[Doc]:
    """Write ``n`` documents under ``input_dir``; the documents in claimx's reading order."""
    gen = Gen(seed)
    r = gen.r
    kinds, weights = zip(*KIND_WEIGHTS.items(), strict=True)
    txt_dir = input_dir / "txt"
    txt_dir.mkdir(parents=True, exist_ok=True)
    docs: list[Doc] = []
    pending: list[tuple[str, str]] = []  # (kind, line) of the current .jsonl file
    files = 0

    def raw_file(k: int) -> bool:
        """Whether the k-th .jsonl file is written with raw non-ASCII (ensure_ascii=False)."""
        return int((k + 1) * raw_share) > int(k * raw_share)

    def flush() -> None:
        nonlocal files
        if not pending:
            return
        rel = f"batch-{files:04d}.jsonl"
        bom = files == 2  # one file opens with a UTF-8 BOM
        crlf = files == 3  # one file has Windows line ends
        lines: list[bytes] = []
        for kind, line in pending:
            if r.random() < 0.01:  # blank lines, which claimx skips
                lines.append(r.choice([b"", b"   "]))
                docs.append(Doc("", "blank", rel, len(lines), lines[-1], None))
            lines.append(line.encode("utf-8"))
            docs.append(Doc("", kind, rel, len(lines), lines[-1], None))
        sep = b"\r\n" if crlf else b"\n"
        data = (codecs.BOM_UTF8 if bom else b"") + sep.join(lines) + sep
        (input_dir / rel).write_bytes(data)
        files += 1
        pending.clear()

    for i in range(n):
        kind = r.choices(kinds, weights)[0]
        to_txt = kind in TXT_ONLY or (kind not in JSONL_ONLY and r.random() < TXT_SHARE)
        if kind == "bytes":
            value: str | bytes = gen.k_bytes()
        elif kind == "bad_jsonl":
            value = gen.k_bad_jsonl()
        elif kind == "mix":
            value = gen.k_mix(allow_surrogates=not to_txt)
        else:
            value = getattr(gen, f"k_{kind}")()
        doc_id = f"{i:06d}-{kind}"
        if to_txt:
            assert isinstance(value, str | bytes)
            data = value if isinstance(value, bytes) else encode_txt(gen, value)
            rel = f"txt/{doc_id}.txt"
            (input_dir / rel).write_bytes(data)
            docs.append(Doc(rel, kind, rel, None, data, txt_text(data)))
            continue
        assert isinstance(value, str)
        if kind == "bad_jsonl":
            line = value
        else:
            record: dict = {"id": doc_id, "text": value, "kind": kind}
            if kind == "surrogate" and r.random() < 0.2:  # in the id or in metadata instead
                record["text"] = gen.sentence()
                where = r.choice(["id", "source"])
                record[where] = f"{doc_id}{gen.lone_surrogate()}"
            if r.random() < 0.1:
                record = {"doc_id": record.pop("id"), **record, "n": i, "ok": True, "x": None}
            if r.random() < 0.3:
                record = dict(reversed(list(record.items())))
            line = json.dumps(record, ensure_ascii=True)
            if raw_file(files) and encodable(alt := json.dumps(record, ensure_ascii=False)):
                line = alt  # raw U+2028, U+0085 and the like, as JSON allows
        pending.append((kind, line))
        if len(pending) >= per_file:
            flush()
    flush()
    # ids and texts of the JSONL records, read back from the files as written
    for doc in docs:
        if doc.line is None:
            continue
        doc.doc_id, doc.text = jsonl_line_doc(doc.raw, doc.rel, doc.line)
    docs = [d for d in docs if d.kind != "blank"]
    docs.sort(key=lambda d: (d.rel, d.line or 0))
    return docs


def encode_txt(gen: Gen, text: str) -> bytes:
    """A text document's file: mostly UTF-8, some with a BOM, in UTF-16 or in cp1252."""
    r = gen.r
    x = r.random()
    if x < 0.05:
        return codecs.BOM_UTF8 + text.encode("utf-8")
    if x < 0.08:
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    if x < 0.12:
        try:
            return text.encode("cp1252")
        except UnicodeEncodeError:
            pass
    return text.encode("utf-8")


# -- running claimx -----------------------------------------------------------------


def claimx_command() -> str:
    here = Path(sys.executable).parent / "claimx"
    if here.exists():
        return str(here)
    venv = Path(__file__).resolve().parent.parent / ".venv" / "bin" / "claimx"
    return str(venv) if venv.exists() else "claimx"


@dataclass
class Run:
    argv: list[str]
    rc: int | None  # None: killed (stalled or timed out)
    seconds: float
    crashed: bool  # a traceback or an exit code other than 0 and 1
    hung: bool  # killed: no new record for ``stall`` seconds, or past the timeout
    error: str  # the traceback's last line, or why it was killed


def run_cli(argv: list[str], stderr_path: Path, timeout: float, watch: Path, stall: float) -> Run:
    """Run claimx in a process group of its own; killed when ``watch`` (its output) has
    not grown for ``stall`` seconds, or after ``timeout``."""
    env = {**os.environ, "_TYPER_STANDARD_TRACEBACK": "1", "COLUMNS": "200"}
    start = time.perf_counter()
    rc: int | None = None
    why = ""
    with stderr_path.open("wb") as err:
        proc = subprocess.Popen(
            argv, stdout=subprocess.DEVNULL, stderr=err, env=env, start_new_session=True
        )
        size, changed = -1, start
        try:
            while rc is None:
                try:
                    rc = proc.wait(timeout=2)
                except subprocess.TimeoutExpired:
                    now = time.perf_counter()
                    grown = watch.stat().st_size if watch.exists() else 0
                    if grown != size:
                        size, changed = grown, now
                    if now - changed > stall:
                        why = f"no new record for {stall:.0f} s"
                    elif now - start > timeout:
                        why = f"timed out after {timeout:.0f} s"
                    if why:
                        break
        finally:
            if rc is None:  # stalled, timed out, or this script was interrupted
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
    seconds = time.perf_counter() - start
    log = stderr_path.read_text("utf-8", errors="replace")
    crashed = rc is not None and (rc not in (0, 1) or "Traceback (most recent call last)" in log)
    error = why
    if crashed:
        lines = [ln.strip() for ln in log.splitlines() if ln.strip()]
        error = lines[-1] if lines else f"exit code {rc}"
    return Run(argv, rc, seconds, crashed, rc is None, error)


def read_records(path: Path) -> tuple[list[dict], int]:
    """The records of a JSONL output, and how many lines were not valid UTF-8 JSON."""
    if not path.exists():
        return [], 0
    records, bad = [], 0
    for line in path.read_bytes().split(b"\n"):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line.decode("utf-8")))
        except (UnicodeDecodeError, json.JSONDecodeError):
            bad += 1
    return records, bad


def take_out(doc: Doc, input_dir: Path) -> None:
    """Remove a document from the input: a blank line in its .jsonl (the other lines keep
    their numbers), or its .txt renamed out of claimx's sight."""
    path = input_dir / doc.rel
    if doc.line is None:
        path.rename(path.with_name(path.name + ".crashed"))
    else:
        data = path.read_bytes()
        bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
        lines = data[len(bom) :].split(b"\n")
        lines[doc.line - 1] = b"\r" if lines[doc.line - 1].endswith(b"\r") else b""
        path.write_bytes(bom + b"\n".join(lines))
    doc.removed = True


#: A document every claimx must read: when it gets no record, claimx itself is broken
#: (an import error while its source is being edited), not the documents it was given.
CANARY = "\u201cThe canary is fine,\u201d said Jane Doe.\n".encode()


@dataclass
class Isolated:
    culprit: Doc | None  # the first suspect that crashes or stalls claimx alone
    reason: str
    lines: list[bytes]  # output lines of the suspects done before it (or of all)
    broken: bool = False  # claimx failed on the canary: blame no document


def isolate(suspects: list[Doc], work: Path, claimx: str, args) -> Isolated:
    """Run ``suspects`` through claimx one by one (``--batch-size 1``, one process), after
    a canary, with ``--isolate-stall`` seconds each: the first that crashes or stalls
    it, and the records of those done before.

    Each suspect sits in a folder of its own at its own relative path (a .jsonl line
    at its own line number, blank lines before it), and the folders are given to
    claimx as separate paths: the records have the ids of the main run.
    """
    if work.exists():
        shutil.rmtree(work)
    (work / "000").mkdir(parents=True)
    (work / "000" / "canary.txt").write_bytes(CANARY)
    dirs = [work / "000"]
    for k, doc in enumerate(suspects, start=1):
        path = work / f"{k:03d}" / doc.rel
        path.parent.mkdir(parents=True)
        jsonl = doc.line is not None
        path.write_bytes(b"\n" * ((doc.line or 1) - 1) + doc.raw + (b"\n" if jsonl else b""))
        dirs.append(work / f"{k:03d}")
    out = work.with_name(work.name + "-out.jsonl")
    if out.exists():
        out.unlink()
    argv = [claimx, "extract", *map(str, dirs), "-o", str(out)]
    argv += ["--batch-size", "1", "--n-process", "1"]
    run = run_cli(
        argv, work.with_name(work.name + ".stderr"), args.timeout, out, args.isolate_stall
    )
    by_dir: dict[str, list[tuple[dict, bytes]]] = {}
    for line in out.read_bytes().split(b"\n") if out.exists() else []:
        try:
            rec = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            continue
        try:
            where = Path(str(rec.get("source_path"))).relative_to(work).parts[0]
        except ValueError:
            continue
        by_dir.setdefault(where, []).append((rec, line))
    if "000" not in by_dir:
        return Isolated(None, run.error, [], broken=run.crashed or run.hung)
    lines: list[bytes] = []
    for k, doc in enumerate(suspects, start=1):
        got = by_dir.get(f"{k:03d}")
        if not got and (run.crashed or run.hung):
            if run.hung:
                why = f"stalls claimx: no record after {args.isolate_stall:.0f} s alone"
            else:
                why = f"crashes claimx: {run.error}"
            return Isolated(doc, why, lines)
        ids = {doc.doc_id, fffd(doc.doc_id)}
        lines += [line for rec, line in got or [] if rec.get("doc_id") in ids]
    return Isolated(None, run.error, lines)


def run_claimx(docs: list[Doc], input_dir: Path, out: Path, args, claimx: str) -> dict:
    """Run ``claimx extract`` over the input until it finishes.

    When it crashes, or stalls (no new record for ``--stall`` seconds), the documents
    after the last record are run one by one (:func:`isolate`): their records join the
    output, the first that crashes or stalls claimx alone is taken out of the input,
    and the run goes on with ``--resume``. A crash that no document reproduces alone is
    a failure of its batch (``batch_crashes``).
    """
    batch = args.batch_size or 16
    base = [claimx, "extract", str(input_dir), "-o", str(out), "--n-process", str(args.n_process)]
    if args.batch_size:
        base += ["--batch-size", str(args.batch_size)]
    crashed: dict[str, str] = {}
    runs: list[Run] = []
    batch_crashes: list[tuple[str, str]] = []  # (first document of the batch, error)
    print(f"$ {' '.join(base)}", flush=True)
    for attempt in range(args.max_restarts + 1):
        argv = base + (["--resume"] if attempt else [])
        run = run_cli(
            argv, out.with_name(f"claimx-{attempt}.stderr"), args.timeout, out, args.stall
        )
        runs.append(run)
        if not (run.crashed or run.hung):
            break
        done = {rec.get("doc_id") for rec in read_records(out)[0]}
        todo = [d for d in docs if not d.removed and d.doc_id not in done]
        print(
            f"  claimx {'crashed' if run.crashed else 'stalled'} after {len(done)} records "
            f"({run.error[:150]}); running the next {min(batch, len(todo))} documents alone",
            flush=True,
        )
        if not todo:
            break
        suspects = todo[:batch]
        found = isolate(suspects, out.parent / "isolate", claimx, args)
        if found.broken:
            print(
                f"    claimx fails on the canary too ({found.reason[:120]}); retrying", flush=True
            )
            time.sleep(30)
            continue
        _truncate_torn_line(out)
        with out.open("ab") as fh:  # their records, as claimx wrote them
            fh.writelines(line + b"\n" for line in found.lines)
        if found.culprit is None:  # each alone is fine: a slow batch, or a crash of a batch
            print(f"    none fails alone ({len(found.lines)} records kept); going on", flush=True)
            if run.crashed:
                batch_crashes.append((suspects[0].doc_id, run.error))
            continue
        take_out(found.culprit, input_dir)
        crashed[found.culprit.doc_id] = found.reason
        print(f"    taken out: {found.culprit.doc_id!r}: {found.reason[:120]}", flush=True)
    return {
        "runs": runs,
        "crashed": crashed,
        "batch_crashes": batch_crashes,
        "command": " ".join(base),
    }


def _truncate_torn_line(path: Path) -> None:
    """Cut a line the killed claimx left half written."""
    data = path.read_bytes() if path.exists() else b""
    if data and not data.endswith(b"\n"):
        path.write_bytes(data[: data.rfind(b"\n") + 1])


# -- checks -------------------------------------------------------------------------


def sha(text: str | bytes) -> str:
    data = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


def lone_surrogates(text: str) -> bool:
    return any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)


def candidates(text: str) -> list[tuple[str, str]]:
    """Texts claimx may have read: the input's, or with lone surrogates replaced or removed."""
    out = [("as given", text)]
    if lone_surrogates(text):
        out.append(("U+FFFD for surrogates", fffd(text)))
        out.append(("surrogates removed", "".join(c for c in text if not is_sur(c))))
    return out


def is_sur(ch: str) -> bool:
    return 0xD800 <= ord(ch) <= 0xDFFF


def fffd(text: str) -> str:
    return "".join("\ufffd" if is_sur(c) else c for c in text)


def span_objects(obj, where: str):
    """(path, object) of every dict under ``obj`` with integer ``start`` and ``end``."""
    if isinstance(obj, dict):
        if type(obj.get("start")) is int and type(obj.get("end")) is int:
            yield where, obj
        for key, value in obj.items():
            yield from span_objects(value, f"{where}.{key}")
    elif isinstance(obj, list):
        for n, value in enumerate(obj):
            yield from span_objects(value, f"{where}[{n}]")


def short(value, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


@dataclass
class Failure:
    category: str
    doc_id: str
    kind: str
    reason: str
    doc: Doc | None


def check(docs: list[Doc], records: list[dict], crashed: dict[str, str]) -> dict:
    by_id: dict[str, list[dict]] = {}
    for rec in records:
        by_id.setdefault(str(rec.get("doc_id")), []).append(rec)
    failures: list[Failure] = []
    errors: Counter = Counter()
    warnings: Counter = Counter()
    notes: Counter = Counter()
    claims = checks = bad_offsets = 0

    def fail(category: str, doc: Doc, reason: str) -> None:
        failures.append(Failure(category, doc.doc_id, doc.kind, reason, doc))

    matched: set[str] = set()
    for doc in docs:
        recs = by_id.get(doc.doc_id, [])
        if not recs and lone_surrogates(doc.doc_id):  # an id claimx had to repair
            recs = by_id.get(fffd(doc.doc_id), [])
            if recs:
                notes["doc_id: U+FFFD for surrogates"] += 1
                matched.add(fffd(doc.doc_id))
        if not recs:
            if doc.doc_id in crashed:
                fail(
                    "stalled" if "stalls" in crashed[doc.doc_id] else "crashed",
                    doc,
                    crashed[doc.doc_id],
                )
            else:
                fail("missing", doc, "no output record")
            continue
        matched.add(str(recs[0].get("doc_id")))
        if len(recs) > 1:
            fail("duplicate", doc, f"{len(recs)} output records")
        rec = recs[0]
        codes = [e.get("code") for e in rec.get("errors", [])]
        errors.update(codes)
        warnings.update(w.get("code") for w in rec.get("warnings", []))
        for e in rec.get("errors", []):
            if e.get("code") == "extract_failed":
                fail("extract_failed", doc, e.get("message", "")[:200])
        claims += len(rec.get("claims", []))
        if NO_TEXT_CODES.intersection(codes):  # no text: the hash is of "" or of the bytes
            texts = [("no text", ""), ("no text", doc.raw if doc.line is None else "")]
        elif doc.text is None:
            notes["text unknown, offsets unchecked"] += 1
            continue
        else:
            texts = candidates(doc.text)
        hashes = [sha(t) for _, t in texts]
        if rec.get("text_sha256") not in hashes:
            fail("text_mismatch", doc, "text_sha256 is not that of the input's text")
            continue
        name, text = texts[hashes.index(rec.get("text_sha256"))]
        text = text if isinstance(text, str) else ""
        if name not in ("as given", "no text"):
            notes[name] += 1
        bad: list[str] = []
        for n, claim in enumerate(rec.get("claims", [])):
            for where, obj in span_objects(claim, f"claim {n}"):
                checks += 1
                start, end = obj["start"], obj["end"]
                if not 0 <= start <= end <= len(text):
                    bad.append(f"{where} [{start}:{end}] outside 0..{len(text)}")
                elif isinstance(obj.get("text"), str) and text[start:end] != obj["text"]:
                    bad.append(
                        f"{where} text[{start}:{end}]={short(text[start:end], 40)} "
                        f"!= {short(obj['text'], 40)}"
                    )
        if bad:
            bad_offsets += len(bad)
            more = f" (+{len(bad) - 1} more)" if len(bad) > 1 else ""
            fail("bad_offset", doc, bad[0] + more)
    for doc_id, recs in by_id.items():
        if doc_id not in matched:
            for rec in recs:
                codes = ",".join(e.get("code", "") for e in rec.get("errors", []))
                failures.append(
                    Failure(
                        "unexpected", doc_id, "-", f"record for no input document ({codes})", None
                    )
                )
                errors.update(e.get("code") for e in rec.get("errors", []))
    return {
        "failures": failures,
        "errors": errors,
        "warnings": warnings,
        "notes": notes,
        "claims": claims,
        "checks": checks,
        "bad_offsets": bad_offsets,
    }


def write_reproducers(failures: list[Failure], repro_dir: Path, limit: int) -> int:
    """``fail-<n>.json`` (the JSONL line) or ``fail-<n>.txt`` (the file) per failing document."""
    repro_dir.mkdir(parents=True, exist_ok=True)
    for old in [*repro_dir.glob("fail-*.json"), *repro_dir.glob("fail-*.txt")]:
        old.unlink()
    index = ["n\tfile\tcategory\tdoc_id\tkind\treason"]
    seen: set[str] = set()
    n = 0
    for f in failures:
        if f.doc is None or f.doc_id in seen or n >= limit:
            continue
        seen.add(f.doc_id)
        n += 1
        name = f"fail-{n}.{'json' if f.doc.line is not None else 'txt'}"
        data = f.doc.raw + (b"\n" if f.doc.line is not None else b"")
        (repro_dir / name).write_bytes(data)
        index.append(f"{n}\t{name}\t{f.category}\t{short(f.doc_id, 80)}\t{f.kind}\t{f.reason}")
    (repro_dir / "fail-index.tsv").write_text(
        "\n".join(index) + "\n", encoding="utf-8", errors="backslashreplace"
    )
    return n


def first_of_each(failures: list[Failure], limit: int) -> list[Failure]:
    """Up to ``limit`` failures in input order, the first few of every category among them."""
    per = max(1, limit // max(1, len({f.category for f in failures})))
    taken: Counter = Counter()
    chosen = []
    for n, f in enumerate(failures):
        if taken[f.category] < per:
            taken[f.category] += 1
            chosen.append(n)
    picked = set(chosen)
    rest = [n for n in range(len(failures)) if n not in picked][: max(0, limit - len(chosen))]
    return [failures[n] for n in sorted(chosen + rest)][:limit]


def counts(counter: Counter) -> str:
    return ", ".join(f"{k} {v}" for k, v in counter.most_common()) or "none"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="documents (default 10,000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out-dir", type=Path, help="inputs and outputs (default: a temp folder)")
    parser.add_argument("--n-process", type=int, default=1, help="claimx's worker processes")
    parser.add_argument("--batch-size", type=int, help="claimx's --batch-size (default: its own)")
    parser.add_argument("--per-file", type=int, default=500, help="records per .jsonl file")
    parser.add_argument(
        "--raw-share",
        type=float,
        default=0.25,
        help="share of .jsonl files written with raw non-ASCII (ensure_ascii=False); 0: none",
    )
    parser.add_argument("--repro-dir", type=Path, default=Path("/tmp/fuzz"))
    parser.add_argument("--max-repro", type=int, default=1000, help="reproducers written at most")
    parser.add_argument("--max-restarts", type=int, default=1000, help="crashes survived at most")
    parser.add_argument("--timeout", type=float, default=7200, help="seconds per claimx run")
    parser.add_argument(
        "--stall", type=float, default=90, help="seconds without a new record: claimx is stuck"
    )
    parser.add_argument(
        "--isolate-stall",
        type=float,
        default=60,
        help="seconds one document may take alone when looking for the one that stalls claimx",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temp folder of a clean run")
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(errors="backslashreplace")  # ids and messages may hold anything
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so that claimx is stopped too

    t0 = time.perf_counter()
    out_dir = (args.out_dir or Path(tempfile.mkdtemp(prefix="claimx-fuzz-"))).resolve()
    input_dir = out_dir / "input"
    if input_dir.exists():
        shutil.rmtree(input_dir)
    input_dir.mkdir(parents=True)
    print(f"generating {args.n} documents (seed {args.seed}) in {input_dir}", flush=True)
    docs = generate(args.n, args.seed, input_dir, args.per_file, args.raw_share)
    t1 = time.perf_counter()

    out = out_dir / "out.jsonl"
    for old in out_dir.glob("claimx-*.stderr"):
        old.unlink()
    if out.exists():
        out.unlink()
    result = run_claimx(docs, input_dir, out, args, claimx_command())
    t2 = time.perf_counter()
    records, unreadable = read_records(out)
    report = check(docs, records, result["crashed"])
    if unreadable:
        report["failures"].append(
            Failure(
                "unreadable_output", "-", "-", f"{unreadable} output lines not UTF-8 JSON", None
            )
        )
    for first, error in result["batch_crashes"]:
        why = f"claimx crashed ({error[:120]}) on the batch from here; no document alone does"
        report["failures"].append(Failure("batch_crash", first, "-", why, None))
    failures: list[Failure] = report["failures"]
    repros = write_reproducers(failures, args.repro_dir, args.max_repro)
    t3 = time.perf_counter()

    runs: list[Run] = result["runs"]
    by_kind = Counter(d.kind for d in docs)
    jsonl_files = len({d.rel for d in docs if d.line is not None})
    txt_files = sum(1 for d in docs if d.line is None)
    print()
    print(f"claimx fuzz, seed {args.seed}: {out_dir}")
    print(f"  command:          {result['command']}")
    print(
        f"  claimx runs:      {len(runs)} (crashes {sum(r.crashed for r in runs)}, stalls "
        f"{sum(r.hung for r in runs)}; exit codes {', '.join(str(r.rc) for r in runs)})"
    )
    print(
        f"  documents:        {len(docs)} ({len(docs) - txt_files} in {jsonl_files} .jsonl files, "
        f"{txt_files} .txt files)"
    )
    print(f"  by input kind:    {counts(by_kind)}")
    print(f"  records:          {len(records)} (unreadable output lines {unreadable})")
    print(f"  errors by code:   {counts(report['errors'])}")
    print(f"  warnings by code: {counts(report['warnings'])}")
    print(f"  extract_failed:   {report['errors'].get('extract_failed', 0)}")
    print(f"  claims:           {report['claims']}")
    print(f"  offset checks:    {report['checks']} (bad {report['bad_offsets']})")
    if report["notes"]:
        print(f"  notes:            {counts(report['notes'])}")
    categories = Counter(f.category for f in failures)
    print(f"  failures:         {len(failures)} ({counts(categories)})")
    shown = first_of_each(failures, 20)
    for f in shown:
        print(f"    {short(f.doc_id, 48)} [{f.kind}] {f.category}: {f.reason[:160]!s}".rstrip())
    if len(failures) > len(shown):
        print(f"    ... {len(failures) - len(shown)} more")
    if repros:
        print(f"  reproducers:      {repros} in {args.repro_dir} (fail-index.tsv lists them)")
    print(
        f"  wall time:        {t3 - t0:.1f} s (generate {t1 - t0:.1f} s, claimx {t2 - t1:.1f} s, "
        f"check {t3 - t2:.1f} s)"
    )
    ok = not failures
    if ok and args.out_dir is None and not args.keep:
        shutil.rmtree(out_dir)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
