"""Speakers across documents: one entry per source, its spelling variants merged.

``claimx extract`` names each claim's speaker inside one article. Across a
collection the same source turns up as *the Kremlin* and *Kremlin*, *Mayor Ana
Ruiz* and *Ruiz*, *NATO* and *the alliance*. The rules below merge such
variants. They read the claims file only (no document text, no model), so an
index is reproducible from the JSONL alone:

0. **Names and affiliations**: a speaker whose ``name`` claimx resolved in its
   article (*she*, *Ortiz*, *the company* -> *Maria Ortiz*, *Velora*) is
   indexed by that name and its ``affiliation``: *John Smith* of Acme and
   *John Smith* of Globex are two sources. A mention of the name without an
   affiliation joins the one affiliation the name has in the collection, if
   it has exactly one. Speakers without a name (*a spokesperson*,
   *residents*, output of an older claimx) are indexed by their canonical
   form, on the rules below, and each entry lists the affiliations seen.
1. **Normal form**: case, leading articles, possessive *'s*, dots in initials
   (*U.S.*), curly apostrophes; an appositive keeps its name (*Her rival,
   Victor Hale* -> *Victor Hale*); a title before a full name goes (*Mayor Ana
   Ruiz* -> *Ana Ruiz*).
2. **Roles spelled out**: a role or institution noun (*the mayor*, *Health
   minister*, *the company*) is the named speaker of the same article whose
   phrase contains it (*Mayor Ana Ruiz*, *the software company Velora*).
3. **"the alliance"**: *the* + an organisation noun of
   ``lexicon/anaphoric_orgs.txt`` alone is the organisation that the article
   names most often in its claims (speakers and contents), when one is named
   strictly more often than any other.
4. **Surnames**: a single name (*Ortega*) is the one full name ending in it
   (*Luis Ortega*), looked up in the same article first, then in the whole
   collection; an ambiguous one is left alone.
5. **Acronyms**: *WHO* is the one multi-word name with those initials (*World
   Health Organization*).

Claims without a speaker, or with an unresolved pronoun, are counted apart.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field

from claimx.lexicon import HERE as LEXICON_DIR
from claimx.lexicon import load_lexicon, word_set
from claimx.records import Content, DocumentResult, Speaker

#: Mentions that are no name of the speaker: 'he said' resolved to 'Ana Ruiz'.
_PRONOUN_WORDS = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "its", "their"}
    | {"us", "this", "that", "who", "which"}
)

ARTICLES = {"the", "a", "an"}
HONORIFICS = word_set("honorifics_index")
#: Lexicon nouns that are names in their own right (never a generic role).
PROPER_LEXICON = word_set("proper_lexicon_nouns")
DESCRIPTION_STOP = {"of", "for", "at", "in", "from", "with", "to", "on", "by", "and", "the", "a"}
ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in", "de", "&"}
COORDINATION = re.compile(r"\b(and|&)\b", re.IGNORECASE)
ROLE_KINDS = {"title": "person", "organization": "organization", "media": "media"}
NAME_TOKEN = re.compile(r"[\w.'’&-]+")


@dataclass(frozen=True)
class ClaimRow:
    """One claim of a claims file, with the id of its document."""

    doc_id: str
    claim_id: str
    speaker: Speaker | None
    cue: str | None
    content: Content
    type: str = ""


def load_claims(*paths: Path | str, skipped: list | None = None) -> list[ClaimRow]:
    """Every claim of claimx output files or folders, in file order.

    Any format ``claimx extract`` writes is read (JSONL, JSON, a folder of
    per-document ``.json``, CSV, SQLite: :func:`claimx.io.results.read_results`,
    which also says what ``skipped`` does). Documents that failed (``errors``)
    simply have no claims; anything that is not claimx output, a line that is
    not JSON or a record that is not whole raises
    :class:`claimx.io.results.ResultsError` (a ``ValueError``) naming the file
    and line, since a torn claims file should be noticed rather than silently
    indexed in part; so does a CSV that does not tell anonymous speakers (no
    source type column).
    """
    from claimx.io.results import ResultsError, read_results

    rows: list[ClaimRow] = []
    for file, result in read_results(paths, skipped):
        found = list(rows_of_result(result))
        if any(r.speaker is not None and r.speaker.anonymous is None for r in found):
            raise ResultsError(
                f"{file}: a CSV without the speaker_source_type column (an older claimx's) "
                "does not say which speakers are anonymous: use the JSONL, JSON or SQLite output"
            )
        rows.extend(found)
    return rows


def rows_of_result(result: DocumentResult) -> Iterable[ClaimRow]:
    for claim in result.claims:
        yield ClaimRow(
            doc_id=str(result.doc_id),
            claim_id=str(claim.claim_id),
            speaker=claim.speaker,
            cue=claim.cue.text if claim.cue else None,
            content=claim.content,
            type=claim.type,
        )


class SpeakerEntry(BaseModel):
    """One source across the collection, with the variants merged into it."""

    speaker_id: int = Field(description="Position in the index (most claims first).")
    canonical: str = Field(description="The name shown for the source: its fullest named form.")
    key: str = Field(description="Normalised name the variants were merged on.")
    kind: str
    anonymous: bool
    claims: int
    documents: int
    variants: list[str] = Field(description="Speaker phrases seen, most frequent first.")
    canonicals: list[str] = Field(description="claimx's per-article canonical names merged here.")
    name: str | None = Field(
        default=None,
        description="The source's proper name, as claimx resolved it in its articles; null "
        "for a source known by a description only ('a spokesperson', 'residents').",
    )
    affiliation: str | None = Field(
        default=None,
        description="The organisation the source speaks for: part of the identity of a named "
        "source; for an unnamed one, the affiliation all its claims agree on, if any.",
    )
    titles: list[str] = Field(
        default_factory=list, description="Titles or roles seen, most frequent first."
    )
    source_type: str | None = Field(
        default=None, description="The most frequent source type of its claims."
    )
    source_types: dict[str, int] = Field(
        default_factory=dict, description="Claims per source type, most frequent first."
    )
    affiliations: list[str] = Field(
        default_factory=list, description="Affiliations seen, most frequent first."
    )


@dataclass
class SpeakerIndex:
    """The speakers of a claims file, and which one each claim belongs to."""

    entries: list[SpeakerEntry]
    of_claim: dict[str, int] = field(default_factory=dict)
    unattributed: int = 0

    def entry(self, claim_id: str) -> SpeakerEntry | None:
        pos = self.of_claim.get(claim_id)
        return None if pos is None else self.entries[pos]


@dataclass
class _Mention:
    row: ClaimRow
    name: str
    key: str
    kind: str
    anonymous: bool
    generic: bool
    #: the speaker carries the ``name`` claimx resolved in its article
    named: bool = False
    affiliation: str | None = None
    title: str | None = None
    source_type: str | None = None

    @property
    def affiliation_key(self) -> str | None:
        return name_key(self.affiliation) if self.affiliation else None


# -- normal form --------------------------------------------------------------


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    nouns = load_lexicon().speaker_nouns
    titles = {w for w, kind in nouns.items() if kind == "title" and " " not in w}
    return frozenset((titles | HONORIFICS) - {"general", "head", "chief", "speaker"})


@lru_cache(maxsize=1)
def anaphoric_orgs() -> frozenset[str]:
    lines = (LEXICON_DIR / "anaphoric_orgs.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def _is_proper(phrase: str) -> bool:
    words = [w for w in phrase.split() if w.lower() not in ACRONYM_SKIP]
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def display_name(speaker: Speaker) -> str:
    """The speaker's name in normal form, keeping its case: 'the Kremlin's' -> 'Kremlin'."""
    return _display(speaker.canonical or speaker.text or "", bool(speaker.anonymous))


def _display(name: str, anonymous: bool) -> str:
    """A speaker's canonical form (or its phrase) in normal form (see :func:`display_name`)."""
    name = unicodedata.normalize("NFKC", name)
    name = name.replace("’", "'").strip(" \t\n\"'“”,.;:")
    if "," in name:
        named = [p.strip() for p in name.split(",") if _is_proper(p.strip())]
        if len(named) == 1:
            name = named[0]
    words = name.split()
    # "software company Velora" -> "Velora": a lower-case description before a name
    # (not "representatives of the United States", whose name is a complement)
    first_proper = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
    if (
        first_proper
        and not anonymous
        and all(w[:1].isupper() for w in words[first_proper:])
        and not any(w.lower() in DESCRIPTION_STOP for w in words[:first_proper])
    ):
        words = words[first_proper:]
    while len(words) > 1 and words[0].lower() in ARTICLES:
        words = words[1:]
    if words:
        words[-1] = re.sub(r"'s?$", "", words[-1]) or words[-1]
    titles = _titles()
    # "Mayor Ana Ruiz", "Health Minister Sara Okonkwo" -> the name after the last title
    last_title = max(
        (i for i, w in enumerate(words[:4]) if w.lower().rstrip(".") in titles), default=-1
    )
    rest = words[last_title + 1 :]
    if last_title >= 0 and len(rest) >= 2 and all(w[:1].isupper() for w in words):
        words = rest
    return " ".join(words)


def name_key(name: str) -> str:
    """What variants are compared on: 'U.S. Army' and 'US army' -> 'us army'."""
    key = name.casefold().replace(".", "")
    return re.sub(r"\s+", " ", key).strip()


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _is_generic(name: str, speaker: Speaker) -> bool:
    """A role or common noun ('the mayor', 'Officials'), not a name ('the Kremlin')."""
    words = name.split()
    if not words or any(w[:1].isupper() for w in words[1:]):
        return False
    if words[0][:1].islower():
        return True
    # capitalised only as the first word of its sentence: a lexicon noun, not a name
    text = (speaker.text or "").strip()
    first_of_text = text.split()[0] if text.split() else ""
    head = _singular(words[-1].lower())
    nouns = load_lexicon().speaker_nouns
    return (
        first_of_text == words[0]
        and words[0].lower() not in PROPER_LEXICON
        and (head in nouns or _singular(words[0].lower()) in nouns)
    )


def _clean(value: object) -> str | None:
    """A source field as text, or None for a missing or blank one."""
    return (value.strip() or None) if isinstance(value, str) else None


def _normal(phrase: str) -> str:
    """A name or affiliation in normal form: 'the Kremlin's' -> 'Kremlin'."""
    return _display(phrase, anonymous=False) or phrase


def _mention(row: ClaimRow) -> _Mention | None:
    sp = row.speaker
    if sp is None:
        return None
    resolved = _clean(sp.name)
    if sp.kind == "pronoun" and not resolved:
        return None
    name = _normal(resolved) if resolved else display_name(sp)
    if not name:
        return None
    affiliation = _clean(sp.affiliation)
    return _Mention(
        row=row,
        name=name,
        key=name_key(name),
        kind=sp.kind or "unknown",
        anonymous=bool(sp.anonymous),
        generic=False if resolved else _is_generic(name, sp),
        named=resolved is not None,
        affiliation=_normal(affiliation) if affiliation else None,
        title=_clean(sp.title),
        source_type=_clean(sp.source_type),
    )


# -- merging ------------------------------------------------------------------


def build_index(rows: Iterable[ClaimRow]) -> SpeakerIndex:
    """Merge the speakers of ``rows`` into one entry per source (see the module doc)."""
    rows = list(rows)
    mentions: list[_Mention] = []
    unattributed = 0
    for row in rows:
        m = _mention(row)
        if m is None:
            unattributed += 1
        else:
            mentions.append(m)
    named = {m.key: m.name for m in mentions if not m.generic and not m.anonymous}
    kinds_of: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.key in named:
            kinds_of[m.key][m.kind] += 1
    kind_of = {key: c.most_common(1)[0][0] for key, c in kinds_of.items()}
    by_doc: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        by_doc[m.row.doc_id].append(m)
    rows_of: dict[str, list[ClaimRow]] = defaultdict(list)
    for row in rows:
        rows_of[row.doc_id].append(row)
    target: dict[int, str] = {}  # id(mention) -> key of the source it stands for
    for doc_id, doc_mentions in by_doc.items():
        _resolve_roles(doc_mentions, target)
        _resolve_anaphoric_orgs(doc_mentions, rows_of[doc_id], kind_of, target)
    aliases = _surname_and_acronym_aliases(mentions, kind_of, target)

    def final_key(m: _Mention) -> str:
        key = target.get(id(m), m.key)
        seen = set()
        while key in aliases and key not in seen:
            seen.add(key)
            key = aliases[key]
        return key

    by_key: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        by_key[final_key(m)].append(m)
    groups: dict[tuple[str, str | None], list[_Mention]] = defaultdict(list)
    for key, ms in by_key.items():
        for m, affiliation in _split_by_affiliation(ms):
            groups[(key, affiliation)].append(m)
    idents = list(groups)
    entries = [_entry(key, affiliation, groups[key, affiliation]) for key, affiliation in idents]
    order = sorted(
        range(len(entries)),
        key=lambda i: (-entries[i].claims, entries[i].key, idents[i][1] or ""),
    )
    index = SpeakerIndex(entries=[], unattributed=unattributed)
    for pos, i in enumerate(order):
        entry = entries[i].model_copy(update={"speaker_id": pos})
        index.entries.append(entry)
        for m in groups[idents[i]]:
            index.of_claim[m.row.claim_id] = pos
    return index


def _split_by_affiliation(mentions: list[_Mention]) -> list[tuple[_Mention, str | None]]:
    """Each mention of one source name with the affiliation key it is indexed under.

    Only a name that claimx resolved (a speaker with ``name``) is split: by the
    affiliations its named mentions give. A mention without one (or merged in
    by the rules: *the mayor*) takes the name's only affiliation, if there is
    exactly one, else none. Sources known by a description only stay whole.
    """
    if not any(m.named for m in mentions):
        return [(m, None) for m in mentions]
    given = {m.affiliation_key for m in mentions if m.named and m.affiliation_key}
    only = next(iter(given)) if len(given) == 1 else None
    return [(m, m.affiliation_key if m.affiliation_key in given else only) for m in mentions]


def _resolve_roles(mentions: list[_Mention], target: dict[int, str]) -> None:
    """'the mayor' -> the article's 'Mayor Ana Ruiz'; 'the company' -> 'the company Velora'."""
    nouns = load_lexicon().speaker_nouns
    named = [m for m in mentions if not m.generic and not m.anonymous]
    for m in mentions:
        if not m.generic:
            continue
        head = _singular(m.key.split()[-1])
        if nouns.get(head) not in {"title", "organization", "media"}:
            continue
        pattern = re.compile(rf"\b{re.escape(m.key)}\b")
        hits = {
            n.key for n in named if pattern.search(name_key(n.row.speaker.text)) and n.key != m.key
        }
        if len(hits) == 1:
            target[id(m)] = hits.pop()


def _resolve_anaphoric_orgs(
    mentions: list[_Mention], rows: list[ClaimRow], kind_of: dict[str, str], target: dict[int, str]
) -> None:
    """'The alliance' -> the organisation the article's claims name most (NATO).

    ``mentions`` and ``rows`` are one article's; ``kind_of`` holds the named
    speakers of the whole collection with their usual kind, so a name that
    only the contents mention here still counts. People are never candidates,
    and outlets only for a media noun (*the newspaper*).
    """
    orgs = anaphoric_orgs()
    todo = [
        m
        for m in mentions
        if m.generic
        and id(m) not in target
        and m.key in orgs
        and (m.row.speaker.text or "").strip().lower().startswith("the ")
    ]
    if not todo:
        return
    counts: Counter[str] = Counter()
    for m in mentions:
        if not m.generic and not m.anonymous:
            counts[target.get(id(m), m.key)] += 1
    for row in rows:
        for key in _names_in(row.content.text, kind_of):
            counts[key] += 1
    nouns = load_lexicon().speaker_nouns
    for m in todo:
        media_noun = nouns.get(m.key) == "media"
        ranked = [
            (n, key)
            for key, n in counts.most_common()
            if key != m.key
            and not _is_person_name(key, kind_of)
            and (kind_of.get(key) == "media") == media_noun
        ]
        if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            target[id(m)] = ranked[0][1]


def _is_person_name(key: str, kind_of: dict[str, str]) -> bool:
    return kind_of.get(key) == "person" and len(key.split()) >= 2


def _names_in(text: str, named: dict[str, str]) -> Iterable[str]:
    """Keys of known named speakers written in ``text`` ('NATO's eastward …' -> 'nato')."""
    tokens = [re.sub(r"['’]s?$", "", t) for t in NAME_TOKEN.findall(text)]
    for n in range(1, 6):
        for i in range(len(tokens) - n + 1):
            gram = " ".join(tokens[i : i + n])
            if gram[:1].isupper() and _is_proper(gram) and name_key(gram) in named:
                yield name_key(gram)


def _surname_and_acronym_aliases(
    mentions: list[_Mention], kind_of: dict[str, str], target: dict[int, str]
) -> dict[str, str]:
    """'ortega' -> 'luis ortega' and 'who' -> 'world health organization', when unique.

    A surname found only elsewhere in the collection must be a person's (or of
    unknown kind) and its full name a person's: *Washington* (a country
    speaker) never becomes another article's *George Washington*.
    """
    named = {m.key: m.name for m in mentions if m.key in kind_of}
    full = {k for k in named if len(k.split()) >= 2 and not COORDINATION.search(k)}
    by_last: dict[str, set[str]] = defaultdict(set)
    for k in full:
        by_last[k.split()[-1]].add(k)
    by_initials: dict[str, set[str]] = defaultdict(set)
    for k in full:
        initials = "".join(w[0] for w in k.split() if w not in ACRONYM_SKIP)
        if len(initials) >= 2:
            by_initials[initials].add(k)
    docs_of: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        docs_of[target.get(id(m), m.key)].add(m.row.doc_id)
    aliases: dict[str, str] = {}
    for key, name in named.items():
        if " " in key:
            continue
        if name.isupper() and len(name) >= 2 and len(by_initials.get(key, ())) == 1:
            aliases[key] = next(iter(by_initials[key]))
            continue
        candidates = by_last.get(key, set())
        local = {c for c in candidates if docs_of[c] & docs_of[key]}
        if not local and kind_of.get(key) in {"person", "unknown"}:
            local = {c for c in candidates if kind_of.get(c) == "person"}
        if len(local) == 1 and kind_of.get(key) != "country":
            aliases[key] = next(iter(local))
    return aliases


def _most_common(counts: Counter[str]) -> str | None:
    """The most frequent, then the longest: the fullest form of a name."""
    return max(counts, key=lambda n: (counts[n], len(n), n)) if counts else None


def _by_count(values: Iterable[str | None], fold: bool = False) -> list[str]:
    """Distinct values, most frequent first (case-insensitively with ``fold``)."""
    counts: Counter[str] = Counter()
    spelling: dict[str, Counter[str]] = defaultdict(Counter)
    for v in values:
        if v:
            k = v.casefold() if fold else v
            counts[k] += 1
            spelling[k][v] += 1
    return [spelling[k].most_common(1)[0][0] for k, _ in counts.most_common()]


def _entry(key: str, affiliation_key: str | None, mentions: list[_Mention]) -> SpeakerEntry:
    own = [m for m in mentions if m.key == key] or mentions
    names = Counter(m.name for m in own)
    canonical = _most_common(names) or key
    named = Counter(m.name for m in mentions if m.named)
    affiliations = _by_count((m.affiliation for m in mentions), fold=True)
    if affiliation_key is not None:
        affiliation = next(a for a in affiliations if name_key(a) == affiliation_key)
    else:
        keys = {m.affiliation_key for m in mentions if m.affiliation_key}
        affiliation = affiliations[0] if len(keys) == 1 and not named else None
    types = Counter(m.source_type for m in mentions if m.source_type)
    # a resolved role counts for the kind its noun gives ('the company' -> organization)
    nouns = load_lexicon().speaker_nouns
    kinds = Counter(
        ROLE_KINDS.get(nouns.get(_singular(m.key.split()[-1]), ""), m.kind)
        if m.generic and m.key != key
        else m.kind
        for m in mentions
    )
    kind = max(kinds, key=lambda k: (kinds[k], k != "unknown", k))
    variants = Counter(m.row.speaker.text for m in mentions)
    # 'Ruiz said' resolved to 'Ana Ruiz': the short name is a phrase seen too (not 'he')
    variants.update(
        m.row.speaker.resolved_from.text
        for m in mentions
        if m.row.speaker.resolved_from is not None
        and m.row.speaker.resolved_from.text.lower() not in _PRONOUN_WORDS
    )
    canonicals = Counter(m.row.speaker.canonical for m in mentions)
    anonymous = sum(m.anonymous for m in own) * 2 > len(own)
    return SpeakerEntry(
        speaker_id=0,
        canonical=canonical,
        key=key,
        kind=kind,
        anonymous=anonymous,
        claims=len(mentions),
        documents=len({m.row.doc_id for m in mentions}),
        variants=[v for v, _ in variants.most_common()],
        canonicals=[c for c, _ in canonicals.most_common()],
        name=_most_common(named),
        affiliation=affiliation,
        titles=_by_count((m.title for m in mentions), fold=True),
        source_type=types.most_common(1)[0][0] if types else None,
        source_types=dict(types.most_common()),
        affiliations=affiliations,
    )


# -- comparing speakers ----------------------------------------------------------


def compatible(a: SpeakerEntry, b: SpeakerEntry) -> bool:
    """Whether two sources may have made the same claim, for clustering.

    The rule: both are named or both anonymous (a NATO official is not NATO),
    and they are the same index entry, or the words of one name run inside the
    other's (*Kremlin* / *Kremlin press office*, *diplomats* / *Western
    diplomats*). Coordinated names (*Hungary and Slovakia*) match only
    themselves. One name with two different affiliations is two people.
    """
    if a.key == b.key:
        # one name: the same source unless two affiliations tell homonyms apart
        mine, theirs = (name_key(e.affiliation) if e.affiliation else None for e in (a, b))
        return mine is None or theirs is None or mine == theirs
    if a.anonymous != b.anonymous:
        return False
    if COORDINATION.search(a.key) or COORDINATION.search(b.key):
        return False
    short, long = sorted((a.key, b.key), key=len)
    return re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long) is not None


# -- output ------------------------------------------------------------------------

CSV_FIELDS = [
    "speaker_id",
    "canonical",
    "kind",
    "anonymous",
    "claims",
    "documents",
    "variants",
    "canonicals",
    "name",
    "affiliation",
    "titles",
    "source_type",
    "source_types",
    "affiliations",
]
#: How list fields are joined in CSV cells.
CSV_JOIN = " | "


def index_json(index: SpeakerIndex) -> str:
    payload = {
        "speakers": [e.model_dump() for e in index.entries],
        "unattributed_claims": index.unattributed,
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def format_source_types(counts: dict[str, int], sep: str = CSV_JOIN) -> str:
    """'named_person:3 | document:1' (most frequent first)."""
    return sep.join(f"{t}:{n}" for t, n in counts.items())


def index_csv(index: SpeakerIndex) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for e in index.entries:
        row = e.model_dump(include=set(CSV_FIELDS))
        for list_field in ("variants", "canonicals", "titles", "affiliations"):
            row[list_field] = CSV_JOIN.join(getattr(e, list_field))
        row["source_types"] = format_source_types(e.source_types)
        writer.writerow(row)
    return buf.getvalue()


def _some(values: list[str], n: int, sep: str = "; ") -> str:
    return sep.join(values[:n]) + (" …" if len(values) > n else "")


def render_index(index: SpeakerIndex, console, limit: int | None = None) -> None:
    """A rich table of the index: one row per source.

    ``affiliation`` is the one the source speaks for; for a source known by a
    description only, the affiliations seen are listed in brackets when they
    differ.
    """
    from rich.markup import escape
    from rich.table import Table

    n, u = len(index.entries), index.unattributed
    tab = Table(
        title=f"{n} speaker{'' if n == 1 else 's'} ({u} claim{'' if u == 1 else 's'} unattributed)"
    )
    for col in (
        "canonical",
        "affiliation",
        "titles",
        "source types",
        "kind",
        "anon",
        "claims",
        "docs",
        "variants",
    ):
        tab.add_column(col, overflow="fold")
    for e in index.entries[:limit]:
        affiliation = e.affiliation or (f"({_some(e.affiliations, 3)})" if e.affiliations else "")
        types = (
            e.source_type or ""
            if len(e.source_types) <= 1
            else format_source_types(e.source_types, sep=", ")
        )
        cells = (
            e.canonical,
            affiliation,
            _some(e.titles, 3),
            types,
            e.kind,
            "yes" if e.anonymous else "",
            str(e.claims),
            str(e.documents),
            _some(e.variants, 6),
        )
        tab.add_row(*(escape(c) for c in cells))
    console.print(tab)
