"""Reporting verbs with their complements: the backbone of attribution.

Covers, from one parse-driven rule set:

- indirect speech: ``Some diplomats fear that an aggressive stance could backfire.``
- postposed clauses: ``The talks have stalled, Politico reports.`` (content is a
  ``ccomp`` before the cue) and inserted ones: ``The plan, officials say, will
  fail.`` (the cue is a ``parataxis`` child of the content's root);
- object and predicate frames: ``NATO identified Russia as "the main threat".``
- coordinated cues sharing a subject: ``He denied the report and insisted that …``
- direct and mixed quotes, decided afterwards from where the quote marks fall.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

from spacy.symbols import AUX, VERB
from spacy.tokens import Token

from claimx.extraction.quotes import Quote
from claimx.extraction.rules.base import (
    FINITE,
    GLOSS_RELATIVES,
    Candidate,
    Context,
    Found,
    char_runs,
    cites_a_source,
    content_tokens,
    determines_a_name,
    final_source_phrase,
    is_quote_mark,
    is_relative,
    joins_a_name,
    phrase_extent,
    subtree_without,
    tokens_in,
    trim_tokens,
)
from claimx.lexicon import (
    DEFAULT_SCOPE,
    CueEntry,
    Lexicon,
    is_gerund_read_as_noun,
    load_lexicon,
    word_set,
)

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
SPACES = re.compile(r"\s*")
VERBS = (VERB, AUX)
#: Cues whose object is the listener: "told reporters that …", "warned investors that …".
LISTENER_VERBS = word_set("listener_verbs")
DEMONSTRATIVES = {"that", "this", "these", "those", "which", "what"}
CONFIDENCE = {"speech": 0.85, "cognition": 0.75, "stance": 0.6, "intention": 0.6}
#: Cue classes that state a position rather than report words or thoughts.
POSITION_CLASSES = {"stance", "intention"}
#: Subjects that name nobody: "anyone who wants to …", "if you want …".
GENERIC_SUBJECTS = word_set("generic_subjects")


def reporting_verbs(ctx: Context, found: Found) -> list[Candidate]:
    """Every cue verb with a subject and a content complement."""
    out = []
    for tok in ctx.tokens:
        if tok.pos_ == "NOUN" and tok.lower_ in NOUN_READ_VERBS:
            cand = _cue_read_as_noun(ctx, tok)
            out += [cand] if cand is not None else []
            continue
        if (
            tok.pos not in VERBS
            and not is_gerund_read_as_noun(tok)
            and not _predicate_adjective(tok)
        ):
            continue
        entry = ctx.lexicon.cue_of(tok)
        if entry is None or ctx.in_quote(tok):
            continue
        if tok.dep_ in {"amod", "compound"} and tok.i and tok.doc[tok.i - 1].is_quote:
            # '"… safe" tweeted Mayor Sadiq Khan': read as a modifier of the name after it
            cand = surface_quote_attribution(ctx, tok, entry) if entry.cls == "speech" else None
            out += [cand] if cand is not None else []
            continue
        if tok.dep_ == "amod" and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
            # 'Eurocontrol noted airspace was closed': read as 'noted airspace', a
            # modifier that has a subject of its own is the cue of the sentence after it
            cand = _cue_read_as_modifier(ctx, tok, entry)
            out += [cand] if cand is not None else []
            continue
        if tok.dep_ in {"amod", "compound"} or _inside_outer_infinitive(ctx, tok):
            continue
        cand = reporting_verb(ctx, tok, entry)
        if cand is not None:
            split = _clause_after_quote(cand, tok) if entry.cls == "speech" else None
            if split is not None:
                out += split
            else:
                out += _that_conjunct(cand, tok) if entry.cls == "speech" else [cand]
    return out


def _clause_after_quote(cand: Candidate, verb: Token) -> list[Candidate] | None:
    """A clause joined to a quoted complement after its closing mark: 'said "Parliament
    is not reflecting public opinion" and the public was more divided than …' is the
    quote and a second claim of the same speaker through the same cue, in the writer's
    words. Returns the two, or None."""
    doc = verb.doc
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or not cand.content:
        return None
    first = doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    opening = clause.left_edge if is_quote_mark(clause.left_edge) else first
    if opening is None or not is_quote_mark(opening) or opening.idx < cand.start - 1:
        return None
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.i < clause.i or conj.idx >= cand.end:
            continue
        if not any(c.dep_ in SUBJECTS for c in conj.children) or not _finite(conj):
            continue
        gap = list(doc[opening.i + 1 : conj.left_edge.i])
        closing = [t for t in gap if is_quote_mark(t)]
        if len(closing) != 1:
            continue
        after = [t for t in gap if t.i > closing[0].i]
        if not after or not all(t.dep_ == "cc" for t in after) or doc[closing[0].i - 1].text == ",":
            # ('said "We couldn't win," and the city flag is at half-mast': set off by a
            # comma, the writer's own clause)
            continue
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children):
            return None  # (a that-clause: _that_conjunct's)
        toks = trim_tokens(list(conj.subtree))
        if not toks or any(is_quote_mark(t) for t in toks):
            return None  # (a second quote is the quote rules')
        quote = copy.copy(cand)
        quote.content = [
            (s, min(e, closing[0].idx + 1)) for s, e in cand.content if s <= closing[0].idx
        ]
        return [quote, _second_claim(cand, toks, "clausal_after_quote")]
    return None


def _second_claim(cand: Candidate, toks: list[Token], pattern: str) -> Candidate:
    """A second claim of the cue's speaker through the same cue: ``toks`` in the
    writer's words."""
    second = copy.copy(cand)
    second.type = "indirect"
    second.pattern = pattern
    second.content = char_runs(toks)
    second.quotes = []
    return second


def _that_conjunct(cand: Candidate, verb: Token) -> list[Candidate]:
    """The cue's claim, and a that-clause the parser joined to the cue after its first
    content: '"…," he said, and that both women had normal levels' is a second claim
    of the same speaker through the same cue, as after a clause with a quote in it
    ('said it was "part of a bigger debate," and that …'); after a plain reported
    clause ('announced he had asked for X's resignation, and that X tendered it') the
    clause goes on."""
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < verb.i:
            continue
        that = [c for c in conj.children if c.dep_ == "mark" and c.lower_ == "that"]
        if not that or not any(c.dep_ in SUBJECTS for c in conj.children):
            continue
        if any(s <= conj.idx < e for s, e in cand.content):
            continue
        toks = trim_tokens([t for t in conj.subtree if t.i > that[0].i])
        if not toks:
            continue
        gap = tokens_in(verb.doc, cand.end, conj.left_edge.idx)
        quoted = any(is_quote_mark(t) for t in content_tokens(verb.doc, cand.content))
        joined = all(t.is_punct or t.dep_ == "cc" for t in gap)
        if cand.end <= conj.left_edge.idx and joined and not quoted:
            first = copy.copy(cand)
            first.content = [
                *cand.content[:-1],
                (cand.content[-1][0], toks[-1].idx + len(toks[-1])),
            ]
            return [first]
        return [cand, _second_claim(cand, toks, "clausal_complement")]
    return [cand]


#: Present-tense cues the tagger reads as nouns after a plural subject that opens
#: the sentence: 'Police [allege] Samudio was abducted', 'Police [state] she …'.
NOUN_READ_VERBS = frozenset({"allege", "claim", "state", "say", "warn", "insist", "report"})


def _cue_read_as_noun(ctx: Context, tok: Token) -> Candidate | None:
    """'Police allege Samudio was abducted from a hotel': the tagger made the cue a
    noun of the subject before it ('Police allege' as a compound), and the reported
    clause either the sentence ('… was abducted') or a clause of that noun ('allege
    that …'). Only after a plural or collective subject, with the clause's own
    subject and finite verb after the cue."""
    holder = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    if holder is None or holder.dep_ != "compound" or holder.head.i != tok.i:
        return None
    if holder.tag_ not in {"NNS", "NNPS"} and holder.lower_ not in COLLECTIVE_SUBJECTS:
        return None
    first = holder.left_edge
    if any(t.pos_ not in {"DET", "ADJ", "NOUN", "PROPN"} for t in tok.doc[first.i : holder.i]):
        return None
    if tok.dep_ not in {"ROOT", "compound", "npadvmod", "nmod"}:
        return None  # ('According to the police report, the driver …': a report)
    if first.i > tok.sent.start and tok.doc[first.i - 1].pos_ == "ADP":
        return None
    entry = ctx.lexicon.cue_of(tok)
    if entry is None or entry.cls != "speech" or ctx.in_quote(tok):
        return None
    span = (first.idx, holder.idx + len(holder.text))
    clause = _clause_of_noun_cue(tok)
    if not clause and "dobj" in ctx.lexicon.claim_frames.get(entry.lemma, frozenset()):
        obj = _object_of_noun_cue(tok)
        return _repaired_clause(tok, entry, obj, holder, span, pattern="noun_cue_object")
    return _repaired_clause(tok, entry, clause, holder, span)


def _object_of_noun_cue(tok: Token) -> list[Token]:
    """'The indictments allege involvement in plans to …': a sentence with no finite
    verb, whose root noun the cue (read as a noun) modifies, is the cue's object."""
    root = tok.sent.root
    if tok.dep_ != "compound" or tok.head.i != root.i or root.pos_ != "NOUN":
        return []
    if any(t.tag_ in FINITE for t in tok.sent):
        return []
    return trim_tokens([t for t in tok.sent if t.i > tok.i])


def _repaired_clause(
    cue: Token,
    entry,
    content: list[Token],
    speaker: Token,
    speaker_span: tuple[int, int] | None = None,
    pattern: str = "clausal_complement",
) -> Candidate | None:
    """The claim of a one-word cue the tagger or parser misread, with its clause (or
    object)."""
    if not content:
        return None
    return Candidate(
        type="indirect",
        pattern=pattern,
        content=char_runs(content),
        cue=(cue.idx, cue.idx + len(cue.text)),
        cue_lemma=entry.lemma,
        cue_token=cue,
        speaker=speaker,
        speaker_span=speaker_span,
        confidence=CONFIDENCE.get(entry.cls, 0.8),
    )


def _clause_of_noun_cue(tok: Token) -> list[Token]:
    """The clause a cue read as a noun reports: its own clause ('allege [that] …') or,
    when it modifies the sentence's subject, the rest of the sentence."""
    for c in tok.children:
        if c.i > tok.i and c.dep_ in {"acl", "relcl", "ccomp"} and c.pos_ in {"VERB", "AUX"}:
            marked = any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            if marked or any(m.dep_ in SUBJECTS for m in c.children):
                toks = [t for t in c.subtree if not (t.dep_ == "mark" and t.head.i == c.i)]
                return trim_tokens(toks)
    root = tok.sent.root
    if root.i <= tok.i or root.tag_ not in {"VBD", "VBZ", "VBP", "VBN"}:
        return []
    if root.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in root.children):
        return []
    if not any(c.dep_ in SUBJECTS and c.i > tok.i for c in root.children):
        return []
    return trim_tokens([t for t in tok.sent if t.i > tok.i])


def _cue_read_as_modifier(ctx: Context, tok: Token, entry) -> Candidate | None:
    """'Eurocontrol noted airspace was closed': the parser read 'noted airspace' as a
    noun phrase (the cue a modifier with a subject of its own); the clause that noun
    opens is what was said."""
    if entry.cls != "speech" or tok.tag_ not in {"VBD", "VBN"}:
        return None
    speaker = next(c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i)
    noun = tok.head
    clause = noun.head
    if noun.dep_ not in SUBJECTS or clause.pos_ not in {"VERB", "AUX"} or clause.i < noun.i:
        return None
    # ('… was lower and argued against …': the speaker's next cue is no content)
    cut = {
        t.i
        for c in clause.children
        if c.dep_ == "conj" and not _has_subject(c) and ctx.lexicon.cue_of(c) is not None
        for t in [*c.subtree, *(k for k in clause.children if k.dep_ == "cc" and k.i < c.i)]
    }
    content = trim_tokens([t for t in clause.subtree if t.i > tok.i and t.i not in cut])
    return _repaired_clause(tok, entry, content, speaker)


#: Singular nouns that name a group acting as one: 'Police allege …'.
COLLECTIVE_SUBJECTS = frozenset({"police", "staff", "media"})


def _inside_outer_infinitive(ctx: Context, tok: Token) -> bool:
    """'urged voters to reject the measure', 'wants to deny the reports': the infinitive
    is what the outer cue reports, not a claim of its own."""
    if tok.dep_ != "xcomp":
        return False
    outer = ctx.lexicon.cue_of(tok.head)
    return outer is not None and "xcomp" in outer.frames


#: Verbs whose object is what a study or its authors found ('found higher rates of …').
FINDING_VERBS = {"find", "identify", "reveal", "uncover"}
#: Authors of findings, besides the lexicon's documents.
RESEARCHERS = word_set("researchers")


def _finding_of_research(ctx: Context, entry: CueEntry, speaker: Token | None) -> bool:
    """A study, survey or researchers as the subject of 'found' + an object: a finding,
    where 'Police found the body' is an action."""
    if speaker is None or entry.lemma not in FINDING_VERBS:
        return False
    lemma = speaker.lemma_.lower()
    return ctx.lexicon.speaker_nouns.get(lemma) == "document" or lemma in RESEARCHERS


def _predicate_adjective(tok: Token) -> bool:
    """'The minister is confident that …': an adjective after a copula, with a clause
    (or its preposition: 'was critical of the arrests')."""
    return (
        tok.pos_ == "ADJ"
        and _after_copula(tok)
        and any(c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children)
    )


#: Verbs that, like a copula, give their subject the adjective after them.
LINKING_VERBS = {"seem", "appear", "remain", "feel", "sound", "become", "grow", "stay"}


def _after_copula(tok: Token) -> bool:
    """'is confident', 'seemed confident', 'are worried': an adjective said of the subject."""
    return tok.dep_ in {"acomp", "oprd"} and (
        tok.head.pos_ == "AUX" or tok.head.lemma_ in LINKING_VERBS
    )


def reporting_verb(ctx: Context, verb: Token, entry: CueEntry) -> Candidate | None:
    if is_unattributed_question(verb):
        return _question_without_asker(ctx, verb, entry)
    if _participle_of_subject(verb):
        return None
    speaker = verb_subject(verb)
    speaker_span = None
    if speaker is not None and speaker.i < verb.i and closes_sentence(verb):
        names = [t for t in _closing_speakers(verb) if not t.is_punct or t.text == ")"]
        if names and names[0].i <= speaker.i:
            speaker_span = (names[0].idx, names[-1].idx + len(names[-1].text))
    if speaker is None:
        speaker = misattached_subject(verb)
        if speaker is not None:
            speaker_span = (speaker.left_edge.idx, speaker.idx + len(speaker.text))
    # ('90% of respondents said': the per cent sign is the noun of a share of people)
    punct = speaker is not None and speaker.is_punct and speaker.text != "%"
    if speaker is not None and (ctx.in_quote(speaker) or punct or speaker.tag_ == "POS"):
        speaker = None  # a cue outside a quote cannot take its subject from inside
    if speaker is None and impersonal_passive(verb):
        return _claim_without_source(ctx, verb, entry)
    if speaker is None and entry.cls == "speech":
        return surface_quote_attribution(ctx, verb, entry)
    content, pattern = verb_content(verb, entry, ctx.lexicon)
    if pattern == "clausal_complement" and _after_copula(verb):
        pattern = "adjective_complement"  # 'is confident that …'
    if pattern == "object_complement" and _finding_of_research(ctx, entry, speaker):
        pattern = "research_finding"  # 'The study found higher rates of cancer''
    if pattern == "as_clause" and verb.tag_ == "VBN" and _subject_child(verb) is None:
        pattern = "as_in_text"  # 'As alleged in the indictment, …': the text's claim
        outer = [ctx.lexicon.cue_of(a) for a in verb.ancestors]
        if any(e is not None and e.cls == "speech" for e in outer):
            return None  # 'X said — as reported by Y — "…"': X's claim, Y only passes it on
    if not content and entry.cls == "speech":
        content, pattern = adjacent_quote(ctx, verb, speaker), "adjacent_quote"
    # "said the plan was ready and added that …": the parser hangs the second cue
    # on the first one's content; it is the first speaker's next claim.
    stray = [t for t in content if t.i != verb.i and is_stray_coordinated_cue(ctx, t)]
    stray += [t for t in content if t.i != verb.i and is_coordinated_report(ctx, verb, t)]
    if stray:
        cut = {i for t in stray for i in _conj_span(t)}
        content = [t for t in content if t.i not in cut]
    final = final_source_phrase(verb.sent)
    if final is not None and verb.i < final[0]:  # ', according to aides.' is not said
        content = [t for t in content if not final[0] <= t.i < final[1]]
    if content and pattern == "clausal_complement":
        content = content + _quoted_continuation(ctx, verb, content)
    if content:
        content = content + _quote_after_colon(ctx, content)
    if content and speaker is not None and _opens_with_subordinator(content):
        # '"Really," she added, when the interviewer expressed shock': the
        # when-clause says when it was said; the quote before the cue is the claim.
        content = adjacent_quote(ctx, verb, speaker, before_only=True) or content
    if content and speaker is not None and pattern in POSTPOSED_PATTERNS:
        content = quote_before_cue(ctx, verb, speaker, content)
        content = content + _up_to_postposed_cue(verb, speaker, content)
    if not content or speaker is None:
        return None
    cited = _cited_source(ctx, verb, content) if entry.cls == "speech" else None
    if cited is not None:
        # 'Reuters, citing anonymous sources, reported that …': the sources said it
        citing, speaker = cited
        speaker_span = None
        phrase = {citing.i} | {t.i for t in speaker.subtree}
        phrase |= {c.i for c in citing.children if c.is_punct or c.dep_ in {"advmod", "prep"}}
        content = [t for t in content if t.i not in phrase]
    if entry.cls in POSITION_CLASSES and not _stated_position(verb, speaker, content):
        return None
    # "an architect who said he was stiffed": the cue's clause is inside the
    # speaker's subtree; only the rest of that subtree is the speaker.
    speaker_ids = {t.i for t in speaker.subtree} - {t.i for t in verb.subtree}
    content = [t for t in content if t.i not in speaker_ids and t.i != verb.i]
    cue = phrase_extent(verb, ctx.lexicon, entry.lemma)
    if _manner_of_saying(verb):
        cue = (min(cue[0], verb.head.head.idx), cue[1])  # 'was keen to stress'
    # 'told reporters Sanders remains committed': the listener of the cue phrase is
    # not the start of the content, however the parser hung it
    content = [t for t in content if not cue[0] <= t.idx < cue[1]]
    if pattern in {"clausal_complement", "adjective_complement", "as_clause", "as_in_text"}:
        content = without_trailing_aside(ctx, content)
    content = trim_tokens(_through_colon(content))
    if not content or all(t.is_punct or t.is_space for t in content):
        return None
    relative = next((c for c in verb.children if c.dep_ in SUBJECTS and is_relative(c)), None)
    if speaker.i == verb.head.i and verb.dep_ in {"acl", "relcl"} and speaker.i < verb.i:
        # 'one lawmaker called Trump …': the speaker phrase stops before the cue
        # ('The head of EU diplomacy, Kaja Kallas, earlier called …': with its apposition)
        verb_part = {t.i for t in verb.subtree}
        own = [
            t
            for t in speaker.subtree
            if t.i < verb.i and t.i not in verb_part and not (t.is_punct or t.is_space)
        ]
        last = max(own, key=lambda t: t.i) if own else speaker
        speaker_span = (speaker.left_edge.idx, last.idx + len(last.text))
    if pattern == "clausal_complement" and _joined_half(verb, content, ctx.lexicon):
        # the clause's second half, which the parser hung on the cue: the rules' reading
        # of a parse the learned layer (taught on PolNeAR, which ends the claim before
        # ', and') would cut short
        pattern = "clausal_joined_complement"
    if pattern == "clausal_complement" and _quoted_as_saying(verb) is not None:
        # 'AFP cited sources close to the inquiry as saying …': a frame the learned
        # layer never saw with its speaker; the rules' claim stands
        pattern = "clausal_as_saying_complement"
    if pattern == "object_complement":
        quoted = _issued_text_then_quote(ctx, verb, content)
        if quoted is not None:
            # 'The king issued the following statement: "…"': the statement is the
            # quote; issuing it is the cue (the guide's "issued a statement" group)
            text_noun, content = quoted
            cue = (cue[0], text_noun.idx + len(text_noun.text))
            pattern = "issued_text_quote"
    return Candidate(
        type="indirect",
        pattern=pattern,
        content=char_runs(content),
        cue=cue,
        cue_lemma=entry.lemma,
        cue_token=verb,
        speaker=speaker,
        speaker_span=speaker_span,
        mention=relative if relative is not None and relative.i != speaker.i else None,
        confidence=CONFIDENCE.get(entry.cls, 0.8),
    )


#: Closing quote marks that may stand between a content and a comma.
QUOTE_CLOSERS = {'"', "”", "’", "''", "'"}

#: Frames whose content comes before the cue: a quote right before it is the content.
POSTPOSED_PATTERNS = {
    "clausal_complement",
    "postposed_reporting_clause",
    "inverted_reporting_clause",
}


def _up_to_postposed_cue(verb: Token, speaker: Token, content: list[Token]) -> list[Token]:
    """Everything between a fronted content and its postposed cue is content.

    ``The task will not be easy, with some countries wanting a softer approach,
    Politico reports.``: the parser hangs the *with* phrase on *reports*.
    """
    frame_start = min(speaker.left_edge.i, verb.i)
    end = max(t.i for t in content)
    if end >= frame_start or end < verb.sent.start:
        return []
    gap = list(verb.doc[end + 1 : frame_start])
    if not gap or any(t.is_sent_start or t.i not in _subtree_ids(verb) for t in gap):
        return []
    return gap


def _subtree_ids(tok: Token) -> set[int]:
    return {t.i for t in tok.subtree}


def _issued_text_then_quote(
    ctx: Context, verb: Token, content: list[Token]
) -> tuple[Token, list[Token]] | None:
    """The text the verb puts out, and the quote after the colon that closes it, when
    the content is that: 'issued [the following statement: "…"]'."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.lemma_.lower() not in ISSUED_TEXTS:
        return None
    doc = verb.doc
    colon = next((t for t in doc[obj.i + 1 : obj.sent.end] if t.text == ":"), None)
    if colon is None or any(t.pos_ in {"VERB", "AUX"} for t in doc[obj.i + 1 : colon.i]):
        return None
    quote = next(
        (q for q in ctx.quotes if q.outer_start >= colon.idx and q.close_mark is not None), None
    )
    if quote is None or ctx.text[colon.idx + 1 : quote.outer_start].strip():
        return None
    inside = [t for t in content if quote.start <= t.idx < quote.end]
    return (obj, inside) if inside else None


def _quote_after_colon(ctx: Context, content: list[Token]) -> list[Token]:
    """A quote opening after the colon that ends the reporting sentence.

    ``Eaton said that, given the candidates on both sides:`` / (next paragraph)
    ``"There's only one: Trump."``: the quote is what was said.
    """
    doc, text = ctx.doc, ctx.text
    last = max(content, key=lambda t: t.i)
    colon = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if colon is None or colon.text != ":":
        return []
    opener = SPACES.match(text, colon.idx + 1).end()
    quote = next((q for q in ctx.quotes if q.outer_start == opener and q.close_mark), None)
    if quote is None:
        return []
    between = doc.char_span(colon.idx + 1, opener, alignment_mode="expand")
    if between is not None and any(not t.is_space for t in between if t.idx < opener):
        return []
    return [colon] + tokens_in(doc, quote.outer_start, quote.outer_end)


def _quoted_continuation(ctx: Context, verb: Token, content: list[Token]) -> list[Token]:
    """A quote the parser coordinated with the cue instead of with its content.

    ``He said he had offers, but "the offers were to use it in a way I did not like."``:
    a clause joined to the cue by *but*/*and* that opens with a quote mark goes on
    with what was said.
    """
    end = max(t.i for t in content)
    for child in verb.children:
        if child.dep_ != "conj" or child.i <= end:
            continue
        edge = child.left_edge
        toks = child.doc[end + 1 : edge.i + 1]
        if not any(t.dep_ == "cc" for t in toks) or not is_quote_mark(edge):
            continue
        if edge.i - end <= 3 and ctx.quote_at(edge.idx) is not None:
            return list(child.doc[end + 1 : child.right_edge.i + 1])
    return []


def without_trailing_aside(
    ctx: Context, content: list[Token], voiced_only: bool = False
) -> list[Token]:
    """A reported clause without the writer's comment tacked on after a comma.

    ``He said he did not support Mr. Trump, the presumed Putin favorite.`` /
    ``…, arguing that it was divisions that hurt him`` / ``…, which forced her to
    leave early``: an apposition, a reporting participle (a claim of its own) or
    a ``which`` relative closing the content is the writer's, unless quoted.
    With ``voiced_only``, only the asides that voice another claim: a reporting
    participle, or *with* reports *saying* ….
    """
    while True:
        ids = {t.i for t in content}
        words = [t for t in content if not (t.is_punct or t.is_space)]
        if len(words) < 4:
            return content
        first, last = words[0].i, words[-1].i
        cut = None
        for t in content:
            edge = t.left_edge
            if t.right_edge.i < last or edge.i <= first + 2 or edge.i - 1 not in ids:
                continue
            comma = edge.i - 1
            if is_quote_mark(t.doc[comma]) and comma - 1 in ids:
                comma -= 1  # '…," referring to …'
            if t.doc[comma].text != ",":
                # '… in an "appalling tragedy" while the minister wrote he had …': a
                # contrast that reports another source's words is theirs, comma or not
                own = _contrast_clause(t) and ctx.lexicon.cue_of(t) is not None
                if own and not ctx.in_quote(t):
                    content = [x for x in content if x.i < edge.i]
                    break
                continue
            participle = (
                t.dep_ == "advcl"
                and t.tag_ == "VBG"
                and _reporting_participle(ctx, t)
                and not _state_of_mind_after(ctx, t)
            )
            aside = (
                participle
                or _with_absolute(t)
                or not voiced_only
                and (
                    (t.dep_ == "appos" and not _list_read_as_apposition(t))
                    or _contrast_clause(t)
                    or (t.dep_ == "relcl" and edge.lower_ in {"which", "who"})
                )
            )
            # the aside is the writer's unless quoted; a participle's own quote
            # ('…, telling him that "…"') is the content of a claim of its own
            quoted = [x for x in ([t, edge] if participle else t.subtree) if ctx.in_quote(x)]
            if aside and not quoted:
                cut = {x.i for x in t.subtree} | set(range(comma, edge.i))
                break
        if cut is None:
            return content
        content = [t for t in content if t.i not in cut]


def _list_read_as_apposition(tok: Token) -> bool:
    """'made in Australia, Brazil, Canada … and the United States': the parser sets the
    second name beside the first; names of one kind in a row are a list, no aside."""
    head = tok.head
    return (
        tok.pos_ == "PROPN"
        and head.pos_ == "PROPN"
        and bool(tok.ent_type_)
        and tok.ent_type_ == head.ent_type_
        and any(c.dep_ == "conj" for c in tok.children)
    )


def _with_absolute(tok: Token) -> bool:
    """', with new reports saying …': a circumstance the writer adds, with a participle
    of its own (or read as a clause: 'with reports saying X will be used')."""
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in tok.children):
        return True
    return (
        tok.dep_ == "prep"
        and tok.lower_ == "with"
        and any(
            g.dep_ == "acl" and g.tag_ == "VBG"
            for c in tok.children
            if c.dep_ == "pobj"
            for g in c.children
        )
    )


#: Subordinators of a clause that sets another group or view against the claim.
CONTRASTS = {"while", "whereas", "though", "although"}


def _contrast_clause(tok: Token) -> bool:
    """', while about 4 in 10 want one with experience': the writer's contrast."""
    edge = tok.left_edge
    # 'even though …': the subordinator right after an adverb of degree
    opens = edge.lower_ in CONTRASTS or (
        edge.lower_ == "even" and edge.i + 1 < len(edge.doc) and edge.nbor().lower_ in CONTRASTS
    )
    return (
        tok.dep_ == "advcl"
        and opens
        and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in tok.children)
    )


def _describes_a_state(participle: Token, lexicon: Lexicon) -> bool:
    """A participle after a copula and its adjective said of people: their state of
    mind goes on ('many Americans are frustrated and angry, doubting whether he can
    deliver'; not 'the outcome is too close to call, projecting X with 34%')."""
    head = participle.head
    if head.lemma_ != "be" or not any(c.dep_ == "acomp" for c in head.children):
        return False
    subject = _subject_child(head)
    return subject is not None and (
        subject.ent_type_ in {"PERSON", "NORP"}
        or subject.lower_ in {"they", "we", "he", "she"}
        or subject.lemma_.lower() in lexicon.speaker_nouns
    )


def _state_of_mind_after(ctx: Context, tok: Token) -> bool:
    """A participle of thinking that goes on with the state its clause describes (see
    :func:`_describes_a_state`), part of what was said, no claim of the writer's."""
    entry = ctx.lexicon.cue_of(tok)
    return entry is not None and entry.cls == "cognition" and _describes_a_state(tok, ctx.lexicon)


def _reporting_participle(ctx: Context, tok: Token) -> bool:
    """'…, arguing that …' said by someone (not '…, showing that …' said by numbers)."""
    if ctx.lexicon.cue_of(tok) is None:
        return False
    subj = verb_subject(tok)
    return subj is not None and (
        subj.pos_ in {"PRON", "PROPN"}
        or subj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        or subj.lemma_.lower() in ctx.lexicon.speaker_nouns
    )


def _stated_position(verb: Token, speaker: Token, content: list[Token]) -> bool:
    """A stance or intention someone holds: 'Kasich backs Trump', 'Iran wants to …'.

    Not a description ('a group backing Bush', 'a request seeking comment'), a
    generic or conditional one ('if you want to understand …') or a question's
    object ('what Washington wants').
    """
    if verb.dep_ in {"acl", "relcl", "amod"} and speaker.i == verb.head.i:
        return False
    if speaker.lower_ in GENERIC_SUBJECTS:
        return False
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in verb.children):
        return False
    first = min(content, key=lambda t: t.i)
    return first.tag_ not in {"WDT", "WP", "WP$"} and first.lower_ not in DEMONSTRATIVES


def is_unattributed_question(verb: Token) -> bool:
    """'Asked about the tax, the mayor said …' / 'Trump was asked whether …'.

    The asker is not named: the one in the sentence is the person asked.
    """
    if verb.lemma_ != "ask" or verb.tag_ != "VBN":
        return False
    if verb.dep_ == "advcl":
        return not any(c.dep_ in SUBJECTS for c in verb.children)
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children
    )


def _question_without_asker(ctx: Context, verb: Token, entry: CueEntry) -> Candidate | None:
    """The question of an unnamed asker: a claim with no speaker (``speaker: null``)."""
    content, pattern = verb_content(verb, entry, ctx.lexicon)
    if pattern not in {"clausal_complement", "prepositional_complement"}:
        content = adjacent_quote(ctx, verb, verb) if not content else []
        pattern = "adjacent_quote"
    content = trim_tokens(content)
    if not content:
        return None
    return Candidate(
        type="indirect",
        pattern=f"unattributed_question_{pattern}",
        content=char_runs(content),
        cue=phrase_extent(verb, ctx.lexicon, entry.lemma),
        cue_lemma=entry.lemma,
        cue_token=verb,
        speaker=None,
        confidence=0.5,
    )


def impersonal_passive(verb: Token) -> bool:
    """'It was announced that …', 'it is widely believed that …': no source, none to guess."""
    return (
        verb.tag_ == "VBN"
        and _expletive(verb)
        and _agent(verb) is None
        and any(c.dep_ in {"nsubjpass", "expl"} and c.lower_ == "it" for c in verb.children)
    )


def _claim_without_source(ctx: Context, verb: Token, entry: CueEntry) -> Candidate | None:
    """The that-clause of an impersonal passive cue, as a claim with ``speaker: null``."""
    content, pattern = verb_content(verb, entry, ctx.lexicon)
    if pattern != "clausal_complement":
        return None
    content = trim_tokens(without_trailing_aside(ctx, content))
    if not content or all(t.is_punct or t.is_space for t in content):
        return None
    return Candidate(
        type="indirect",
        pattern="impersonal_passive",
        content=char_runs(content),
        cue=phrase_extent(verb, ctx.lexicon, entry.lemma),
        cue_lemma=entry.lemma,
        cue_token=verb,
        speaker=None,
        confidence=0.6,
    )


def _postposed_as_conjunct(verb: Token) -> list[Token] | None:
    """'X have agreed to plead guilty …, the Department announced today.': a reporting
    clause closing the sentence after a comma, which the parser joined to the main verb
    as a conjunct (no 'and', no complement of its own). The content is the rest."""
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return None
    children = list(verb.children)
    doc, sent = verb.doc, verb.sent
    subject = next((c for c in children if c.dep_ in SUBJECTS), None) or _inverted_subject(verb)
    if subject is None or any(
        c.dep_ in {"cc", "ccomp", "dobj", "xcomp"} and c.i != subject.i for c in children
    ):
        return None
    # '…, announced Acting Assistant Attorney General Matthew Friedrich': the
    # subject after the cue
    opener = subject.left_edge if subject.i < verb.i else verb
    if opener.i == 0 or doc[opener.i - 1].text != ",":
        return None
    # nothing after it but its own 'today', 'on Monday', 'in a statement'
    own = {t.i for t in verb.subtree}
    after = [t for t in doc[verb.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if any(t.i not in own for t in after):
        return None
    before = [t for t in sent if t.i < opener.i - 1 and not t.is_space]
    return _after_dateline(before, DASHES | {"-"})


def _continued_after(verb: Token) -> list[Token]:
    """'The guardrail would be examined, Roberts said, to determine if …': what the
    parser hung on an inserted reporting verb after its closing comma goes on with
    the sentence it reports."""
    doc = verb.doc
    comma = verb.i + 1
    while comma < len(doc) and doc[comma].dep_ in {"prt", "neg"}:
        comma += 1
    if comma >= len(doc) or doc[comma].text != "," or doc[comma].head.i != verb.i:
        return []
    if any(c.tag_ == "VBG" and c.i > comma for c in verb.children):
        return []  # '…, he said, adding that …': the speaker's next words, not the clause's
    return [
        t for t in verb.subtree if t.i > comma and not (t.is_punct and t.i == verb.right_edge.i)
    ]


def _after_that_read_as_object(verb: Token) -> list[Token]:
    """'The report states that few if any manufacturers use …': the parser took the
    complementiser (tagged as one) for the verb's object, or for the verb's own mark,
    and hung the clause after it elsewhere; the content is what follows it to the end
    of the verb's phrase."""
    that = next((c for c in verb.children if c.i == verb.i + 1), None)
    if that is None or that.lower_ != "that" or that.tag_ != "IN":
        return []
    if that.dep_ not in {"dobj", "mark"} or any(c.dep_ == "ccomp" for c in verb.children):
        return []  # (read as the mark of the verb itself: 'The report notes that few …')
    end = max(verb.right_edge.i, that.right_edge.i)
    toks = [t for t in verb.doc[that.i + 1 : end + 1]]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    if not any(t.pos_ in {"VERB", "AUX"} for t in toks):
        return []
    return toks


def _participle_of_subject(verb: Token) -> bool:
    """'Some of the journalists added to the memorial were killed in accidents': a
    participle that describes the subject, which the parser made the root with the
    real verb as its clause. The participle has no auxiliary and the clause no subject
    of its own."""
    if verb.tag_ != "VBN" or verb.dep_ != "ROOT":
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    return clause is not None and not any(c.dep_ in SUBJECTS | {"expl"} for c in clause.children)


def _commas_around(verb: Token) -> tuple[Token, int, int] | None:
    """A reporting clause set off by commas inside the sentence it reports ('…, the
    complaint pointed out, …'): its subject, and the indices of the comma before the
    subject and of the one after the verb and its particles; None where it is not so."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
    if subject is None:
        return None
    doc, sent = verb.doc, verb.sent
    left, right = subject.left_edge.i - 1, verb.i + 1
    while right < sent.end and doc[right].dep_ in {"prt", "neg"}:
        right += 1
    if left <= sent.start or right >= sent.end - 1:
        return None
    if doc[left].text != "," or doc[right].text != ",":
        return None
    return subject, left, right


def _before_inserted_then_relative(verb: Token) -> list[Token]:
    """'The new radiation involves beta rays, TEPCO said, which can be stopped with a
    sheet of metal': a reporting clause set off by commas, then a relative clause, which
    is the writer's gloss on the reported clause; that clause runs from the sentence's
    start to the comma before the speaker. Empty where the shape is not this."""
    commas = _commas_around(verb)
    if commas is None:
        return []
    subject, left, right = commas
    doc = verb.doc
    if is_relative(subject) or doc[right + 1].lower_ not in GLOSS_RELATIVES:
        return []
    before = [t for t in doc[verb.sent.start : left] if not t.is_space]
    if not any(t.pos_ in {"VERB", "AUX"} for t in before):
        return []
    return trim_tokens(before)


def _hung_before_inserted(verb: Token) -> list[Token]:
    """The start of the reported clause that the parser hung on an inserted reporting
    clause: '…; around 50 gallons of diesel fuel, officials said, spilled and ignited'
    has 'gallons' on 'said'. The words of the cue's subtree before its subject, after
    the last semicolon or colon, with no verb of their own."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
    if subject is None:
        return []
    before = [t for t in verb.subtree if t.i < subject.left_edge.i]
    stops = [t.i for t in before if t.text in {";", ":"}]
    if stops:
        before = [t for t in before if t.i > stops[-1]]
    while before and before[-1].is_punct:
        before.pop()
    if not before or any(t.pos_ in {"VERB", "AUX"} for t in before):
        return []
    return before


def _set_off_between_commas(verb: Token) -> list[Token] | None:
    """'Many of the cultures, the complaint pointed out, have …': a reporting clause set
    off by commas inside the sentence it reports, which the parser made the root.

    The clause is the subject, the verb and its particles, between two commas; the
    content is the rest of the sentence, when both sides have words and the right
    side has a verb of its own (not 'In Paris, the minister said, …' alone).
    """
    commas = _commas_around(verb)
    if commas is None or verb.dep_ != "ROOT":
        return None
    doc, sent = verb.doc, verb.sent
    _, left, right = commas
    if any(t.dep_ in {"ccomp", "dobj", "xcomp"} for t in verb.children):
        return None
    before = [t for t in doc[sent.start : left] if not t.is_punct]
    after = list(doc[right + 1 : sent.end])
    if len(before) < 2 or not any(t.pos_ in {"VERB", "AUX"} for t in after):
        return None
    return [t for t in sent if t.i < left or t.i > right]


def _opens_with_subordinator(content: list[Token]) -> bool:
    first = min(content, key=lambda t: t.i)
    return first.lower_ in {"when", "after", "before", "while", "as", "because", "since"} and (
        first.dep_ in {"mark", "advmod"}
    )


def quote_before_cue(
    ctx: Context, verb: Token, speaker: Token, content: list[Token]
) -> list[Token]:
    """A postposed cue reports the quote that ends right before it, not the whole clause.

    ``Rhimes declared the need for drive: "Change the world," she said.``: the parser
    makes the whole sentence the complement of *said*; the claim is the quote.
    """
    if min(t.i for t in content) > verb.i:
        return content
    quote = adjacent_quote(ctx, verb, speaker, before_only=True)
    ids = {t.i for t in content}
    words = {t.i for t in quote if not t.is_punct}
    if words and words <= ids and min(t.i for t in content) < quote[0].i - 1:
        return quote
    return content


#: Nouns of the scene a thing is said against: 'spoke against the backdrop of …'.
SETTINGS = frozenset({"backdrop", "background", "setting"})


def verb_content(verb: Token, entry: CueEntry, lexicon: Lexicon) -> tuple[list[Token], str]:
    """The content tokens a cue verb governs, and the name of the frame that found them."""
    children = list(verb.children)
    if verb.lemma_.lower() in PLACING:
        # ('put the toll at 30': an estimate, and nothing else a placing verb governs)
        figure = _figure_placed(verb)
        return (figure, "object_predicate") if figure else ([], "")
    if verb.lemma_.lower() in RULING_ONLY and not any(c.dep_ == "ccomp" for c in children):
        held = _held_to_account(verb)
        if held:
            return held, "held_to_account"  # 'held CSX responsible for the crash'
        return [], ""  # 'The court held that …', not 'held a press conference claiming …'
    clause = _before_inserted_then_relative(verb)
    if clause:
        return clause, "inserted_before_relative"
    clause = _clause_after_that_read_as_determiner(verb)
    if clause:
        return clause, "clausal_that_complement"
    clause = _clause_of_issued_text(verb)
    if clause:
        return clause, "issued_text_clause"
    for child in children:
        if (
            child.dep_ == "ccomp"
            and child.tag_ == "MD"
            and not any(t.pos_ in {"VERB", "AUX"} for t in child.subtree if t.i != child.i)
        ):
            continue  # 'found a soft drink can from a brand …': a noun read as a modal
        if child.dep_ == "ccomp" and child.i < verb.i and set_apart_before(child, verb):
            # 'The virus can live in both tracts: the researchers found …', 'The law is
            # cited as the reason, however, X said it was up to …'
            continue
        if child.dep_ == "ccomp" and _idea_saying(child):
            return [], ""  # 'noted [his opposition saying] "…"': the participle's claim
        if child.dep_ == "ccomp":
            tokens = _subject_taken_as_object(verb, child) + _without_saying_adjunct(
                child, _without_comment(child), lexicon
            )
            tokens = (
                _sentence_split_before(verb, child) + _clause_joined_before(verb, child) + tokens
            )
            tokens += _stray_conjunct(verb, child) + _second_clause(verb, child, lexicon)
            return tokens, "clausal_complement"
    # "told a meeting of leaders that few people understood …": the parser hangs the
    # that-clause on the listener; a clause with the complementiser 'that' as its
    # mark (not as its subject) is the cue's complement.
    for child in children if verb.lemma_ in LISTENER_VERBS else []:
        if child.dep_ in {"dobj", "dative"} and child.i > verb.i:
            for t in child.subtree:
                marks = [c for c in t.children if c.dep_ == "mark" and c.lower_ == "that"]
                has_subject = any(c.dep_ in SUBJECTS for c in t.children)
                if t.dep_ in {"relcl", "acl"} and marks and has_subject:
                    return _without_comment(t), "clausal_complement"
    # "As the senator said, the plan is dead.": the cue clause modifies its content.
    # Not the temporal 'As he congratulated Trump, Rubio spoke over boos': the
    # cue of an as-clause takes no complement of its own.
    complements = {"dobj", "ccomp", "xcomp", "prep", "dative", "oprd", "attr"}
    if verb.lemma_ in LISTENER_VERBS:
        complements -= {"dobj", "dative"}  # 'As he told the BBC, …': whom, not what
    if _as_clause(verb) and not any(
        c.dep_ in complements
        and c.i > verb.i
        and not _occasion_or_text(c)
        # ('As the minister told parliament on Monday, …': when)
        and not (c.dep_ == "prep" and any(_time_phrase(o) for o in c.children))
        for c in children
    ):
        return subtree_without(verb.head, [verb]), "as_clause"
    # "The plan, officials say, will fail." / "We will win, he said."
    if verb.dep_ == "parataxis" and entry.cls == "speech":
        return (
            _hung_before_inserted(verb)
            + subtree_without(verb.head, [verb])
            + _continued_after(verb),
            "inserted_reporting_clause",
        )
    postposed = _postposed_as_conjunct(verb)
    if postposed is not None and entry.cls == "speech":
        inverted = not any(c.dep_ in SUBJECTS and c.i < verb.i for c in verb.children)
        # ('…, announced Assistant Attorney General X': a frame the learned layer never saw)
        return postposed, "inverted_reporting_clause" if inverted else "postposed_reporting_clause"
    inserted = _set_off_between_commas(verb)
    if inserted is not None and entry.cls == "speech":
        return inserted, "inserted_reporting_clause"
    for child in children:
        # "We will win, he said." (not "Back home, Clarke said, he decided …",
        # where the parataxis is itself the reporting clause)
        is_cue = child.pos_ == "VERB" and lexicon.cue_of(child) is not None
        if child.dep_ == "parataxis" and child.i < verb.i and not is_cue:
            return list(child.subtree), "postposed_reporting_clause"
    split = _clause_split_at_its_subject(verb)
    if split:
        return split, "clausal_split_complement"
    fronted = _fronted_before_its_clause(verb, lexicon) if entry.cls == "speech" else []
    if fronted:
        return fronted, "clausal_fronted_complement"
    subject = _object_as_subject(verb) if entry.cls == "speech" else []
    if subject:
        return subject, "clausal_complement"
    clause = _after_that_read_as_object(verb)
    if clause:
        return clause, "clausal_complement"
    frames = entry.frames
    preps = {f"prep:{c.lower_}" for c in children if c.dep_ == "prep"}
    referred = verb.lemma_.lower() in TO_OBJECT and "prep:as" in preps
    if "as" in frames and (not preps.intersection(frames) or referred):
        toks = _object_predicate(verb)
        if toks:
            return toks, "object_predicate"
        label = _passive_label(verb)
        if label:
            return label, "object_predicate"
        # 'called Merkel "The Chancellor of the Free World"': the parser makes the
        # name a modifier of the quoted label; the object holds both.
        obj = _object_after(verb)
        named = obj is not None and any(
            t.dep_ in {"nmod", "compound", "poss"} and t.i < obj.i for t in obj.subtree
        )
        if named and any(is_quote_mark(t) for t in obj.subtree):
            return list(obj.subtree), "object_predicate"
        label = _quoted_label_of(obj) if obj is not None else None
        if label is not None:
            # 'called the decision "a disgrace"': the parser hangs the quoted label on
            # the object (as an apposition or modifier); the object holds both
            return [t for t in obj.subtree if t.i <= label.right_edge.i + 1], "object_predicate"
    if "dobj" in frames and _agent(verb) is not None:
        # 'The operation was condemned by members of the EU': the passive's subject is
        # what the agent condemned
        patient = next((c for c in children if c.dep_ == "nsubjpass"), None)
        if patient is not None and patient.lower_ not in {"it", "this", "that"}:
            return _without_comment(patient), "object_complement"
    if "dobj" in frames:
        obj = next((c for c in children if c.dep_ == "dobj"), None)
        if obj is None:  # 'The poll showed [Labour] six points ahead': read as whom
            obj = next((c for c in children if c.dep_ == "dative" and c.i > verb.i), None)
        if obj is not None and obj.lower_ not in {"it", "this", "that", "so"}:
            toks = _without_trailing_relative(_without_comment(obj)) + _object_modifiers(verb, obj)
            aside = saying_asides(obj)
            toks = [t for t in toks if t.i not in aside]
            return toks + _relative_tail(verb, obj), "object_complement"
    if "xcomp" in frames:
        x = next((c for c in children if c.dep_ == "xcomp"), None)
        if x is not None:
            return _addressee(verb, x) + _without_comment(x), "infinitive_complement"
    for frame in frames:  # in the lexicon's order: "called for more money on Thursday"
        if frame.startswith("prep:"):
            word = frame.split(":", 1)[1]
            prep = next((c for c in children if c.dep_ == "prep" and c.lower_ == word), None)
            if prep is not None and any(c.lemma_.lower() in SETTINGS for c in prep.children):
                continue  # 'spoke against the backdrop of the museum': where, not what
            if prep is not None and any(
                c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in prep.children
            ):
                continue  # 'called a strike for next week': when, not what is called for
            if prep is None and word == "for":
                clause = _for_infinitive(verb)
                if clause:  # 'called for his death to be investigated'
                    return clause, "prepositional_complement"
            if prep is not None:
                pobj = [t for c in prep.children for t in _without_comment(c)]
                # "called on Congress to pass the bill": the infinitive goes with it
                pobj += [
                    t for c in children if c.dep_ == "xcomp" and c.i > prep.i for t in c.subtree
                ]
                if pobj:
                    return pobj, "prepositional_complement"
    if "if" in frames:
        # "asked workers if they planned to attend": the parser reads an adverbial clause
        for child in children:
            marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
            if child.dep_ == "advcl" and child.i > verb.i and marks & {"if", "whether"}:
                return _without_comment(child), "clausal_complement"
    clause = _detached_that_clause(verb)
    if not clause and entry.cls == "speech":
        clause = _misparsed_clause(verb) or _lead_before_speakers(verb)
    if clause:
        return clause, "clausal_complement"
    answer = next((c for c in children if c.dep_ == "intj" and c.i == verb.i + 1), None)
    if answer is not None and answer.lower_ in ANSWERS and entry.cls == "speech":
        return [answer], "clausal_complement"  # 'Ernest said no, saying …': the answer
    return [], ""


def _for_infinitive(verb: Token) -> list[Token]:
    """'called for his death to be investigated', 'calling for Mubarak to stand trial':
    'for' with a subject and its infinitive, read as the mark of an adverbial clause."""
    for child in verb.children:
        if child.dep_ != "advcl" or child.i < verb.i:
            continue
        mark = next((c for c in child.children if c.dep_ == "mark" and c.lower_ == "for"), None)
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if mark is None or not infinitive or mark.i != verb.i + 1:
            continue
        return [t for t in child.subtree if t.i != mark.i]
    return []


#: One-word answers a speaker gives: 'said no'.
ANSWERS = frozenset({"yes", "no"})


def _addressee(verb: Token, infinitive: Token) -> list[Token]:
    """Whom the cue tells to do what the infinitive says, with it: 'urged residents to
    stay indoors', 'asked Carrie Lam, who …, to resign' (the guide's content is the
    addressee and the infinitive)."""
    obj = next(
        (c for c in verb.children if c.dep_ in {"dobj", "dative"} and verb.i < c.i < infinitive.i),
        None,
    )
    if obj is None or obj.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return []
    return list(verb.doc[obj.left_edge.i : infinitive.left_edge.i])


def _lead_before_speakers(verb: Token) -> list[Token]:
    """The clause before a list of officials that closes the sentence with its cue: 'A
    Ghanian man was sentenced today …, Acting Assistant Attorney General Rita M. Glavin,
    U.S. Attorney Jeffrey A. Taylor and … John Torres announced.' The parser, lost in
    the long list, cuts the sentence and leaves the cue without a complement. The list
    is the run of words without a verb before the cue; the clause ends at the comma
    that opens it, and starts where its sentence does (after a dateline)."""
    doc = verb.doc
    speakers = _closing_speakers(verb)
    if not speakers:
        return []
    start = _report_start(verb)
    comma = doc[speakers[0].i - 1]
    clause = _after_dateline([t for t in doc[start : comma.i] if not t.is_space], DASHES | {"-"})
    if not any(t.pos_ in {"VERB", "AUX"} for t in clause):
        return []
    return clause


def _closing_speakers(verb: Token) -> list[Token]:
    """The names before a cue that closes its sentence ('…, the Justice Department and
    Internal Revenue Service (IRS) announced today.'): the words after a comma, with
    no verb between it and the cue, that start with a capital (or 'the' and a
    capital), end in a name and hold only capitalised and function words (no 'a
    businessman from Las Vegas'). The list runs back over further commas while each
    item names an office or an organisation ('Acting Assistant Attorney General X of
    the Criminal Division, U.S. Attorney Y …'), not a place or a bare name ('…
    against Ms. Dutson and her husband, Tony Dutson, the Justice Department …')."""
    doc = verb.doc
    if verb.i == 0 or not closes_sentence(verb):
        return []
    start = _report_start(verb)
    found: list[Token] = []
    for tok in reversed(doc[start : verb.i]):
        if (tok.pos_ in {"VERB", "AUX"} and not tok.is_title) or tok.is_space or tok.is_quote:
            break
        if tok.text != "," or tok.i + 2 >= verb.i:
            continue
        run = [t for t in doc[tok.i + 1 : verb.i] if not t.is_punct]
        first = run[1] if run[0].lower_ == "the" and len(run) > 1 else run[0]
        names_only = all(t.is_title or t.is_upper or t.is_stop for t in run if t.is_alpha)
        if not (first.is_title and run[-1].ent_type_ and names_only):
            if found:
                break
            continue
        item = [t for t in doc[tok.i + 1 : found[0].i] if t.is_alpha] if found else run
        if found and not any(
            t.ent_type_ in {"ORG", "FAC", "NORP"} or (t.is_title and not t.ent_type_) for t in item
        ):
            break
        found = list(doc[tok.i + 1 : verb.i])
    return found


def _report_start(verb: Token) -> int:
    """Where the sentence of a closing cue starts: before a break the parser made
    where no sentence ends, or after an abbreviation ('Brig. Gen. Rodney Johnson')."""
    doc = verb.doc
    start = verb.sent.start
    for _ in range(3):
        if start == 0:
            break
        prev = doc[start - 1]
        cut = prev.text not in {".", "!", "?", ":", ";"}
        abbreviation = prev.text == "." and start > 1 and _abbreviation(doc[start - 2])
        if not (cut or abbreviation):
            break
        start = prev.sent.start
    return start


def _abbreviation(tok: Token) -> bool:
    """A short capitalised word before a full stop: 'Brig', 'Gen', 'Lt'."""
    return tok.is_title and tok.is_alpha and len(tok) <= 4 and tok.ent_type_ != "PERSON"


def closes_sentence(verb: Token) -> bool:
    """The cue ends its sentence, or only a time word of its own follows ('announced
    today.')."""
    doc = verb.doc
    n = verb.i + 1
    while n < len(doc) and doc[n].head.i == verb.i and doc[n].dep_ in {"npadvmod", "advmod"}:
        n += 1
    return n < len(doc) and doc[n].text in {".", "!"}


def closes_but_for_citing(verb: Token) -> bool:
    """The cue ends its sentence but for whom it cites: '…, the Associated Press
    reported, citing local officials.'"""
    doc = verb.doc
    n = verb.i + 1
    if n + 1 >= len(doc) or doc[n].text != "," or doc[n + 1].lower_ != "citing":
        return False
    citing = doc[n + 1]
    end = citing.right_edge.i + 1
    return citing.head.i == verb.i and end < len(doc) and doc[end].text in {".", "!"}


def _closing_subject(verb: Token) -> Token | None:
    """The speaker of a cue that closes its sentence after a list of names: '…, the
    Justice Department and IRS announced today.' The parser hung the list on the
    clause before, so the cue has no subject, or one from inside that clause
    ('… Weston Coolidge, a businessman from Las Vegas; …, the Justice Department …
    announced'), or a second one there ('… charging Judge Kent …, Acting Assistant
    Attorney General Matthew Friedrich announced.'): the head of the list."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    run = [t for t in _closing_speakers(verb) if not t.is_punct]
    if not run:
        return None
    ids = {t.i for t in run}
    inside = [t for t in subjects if t.i in ids]
    if inside:
        return inside[-1] if len(subjects) > 1 else None
    heads = [t for t in run if t.head.i not in ids]
    return heads[0] if len(heads) == 1 and len(run) > 1 else None


def _colon_between(clause: Token, verb: Token) -> bool:
    """A colon or semicolon between a clause and the verb after it: the clause is the
    writer's, the verb's sentence elaborates on it."""
    doc = verb.doc
    return any(t.text in {":", ";"} for t in doc[clause.right_edge.i + 1 : verb.i])


#: Adverbs that set the clause before them against the one they open.
CONTRAST_ADVERBS = frozenset({"however", "nevertheless", "nonetheless"})


def _contrasted_before(clause: Token, verb: Token) -> bool:
    """A clause before the cue that a contrasting adverb sets against the cue's own
    clause, when the cue has a complement after it: the writer's, not the speaker's
    ('The law is cited as the reason for the fine, however, a spokesperson said it was
    up to the officers')."""
    doc = verb.doc
    between = doc[clause.right_edge.i + 1 : verb.i]
    return any(t.lower_ in CONTRAST_ADVERBS and t.head.i == verb.i for t in between) and any(
        c.dep_ == "ccomp" and c.i > verb.i for c in verb.children
    )


def set_apart_before(clause: Token, verb: Token) -> bool:
    """A clause before the cue that a colon, a semicolon or a contrasting adverb sets
    apart from the cue's sentence: the writer's, not what the cue reports."""
    return _colon_between(clause, verb) or _contrasted_before(clause, verb)


def _clause_joined_before(verb: Token, clause: Token) -> list[Token]:
    """The first of two reported clauses joined by ', and' before a closing reporting
    clause, which the parser made the sentence's root and hung the cue on: 'Documents
    … were confiscated, and the leader … was arrested, Yonhap reported.'"""
    head = verb.head
    if verb.dep_ != "conj" or clause.i > verb.i or head.i >= clause.left_edge.i:
        return []
    if head.pos_ not in {"VERB", "AUX"} or not any(c.dep_ in SUBJECTS for c in head.children):
        return []
    joined = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < clause.left_edge.i]
    if not joined or joined[-1].lower_ != "and":
        return []
    inside = {t.i for t in verb.subtree}
    return [t for t in head.subtree if t.i not in inside and t.i < clause.left_edge.i]


def _sentence_split_before(verb: Token, clause: Token) -> list[Token]:
    """The start of a reported sentence that the parser cut off from its closing
    reporting clause: '… agreed to pay $24.7 million to settle allegations that | the
    company submitted false claims …, the Justice Department announced today.' has
    its sentence break after 'that', where no sentence ends. The words from the
    start of the sentence before (after a dateline) belong to the content."""
    doc = verb.doc
    first = clause.left_edge
    if clause.i > verb.i or not first.is_sent_start or first.i == 0:
        return []
    prev = doc[first.i - 1]
    while prev.is_space and prev.i > 0 and "\n" not in prev.text:
        prev = doc[prev.i - 1]
    if prev.is_space or prev.text in {".", "!", "?", ":", ";", '"', "”", "’", "'"}:
        return []
    return _after_dateline([t for t in prev.sent if not t.is_space], DASHES)


#: Dashes after a dateline: 'WASHINGTON – …'; a hyphen too where a release's lead
#: is read ('WASHINGTON - …').
DASHES = frozenset({"–", "—", "--"})


def _after_dateline(tokens: list[Token], dashes: frozenset[str]) -> list[Token]:
    """``tokens`` without the dateline that opens them: capitals, then one of
    ``dashes`` among the first six tokens."""
    dash = next((t for t in tokens[:6] if t.text in dashes), None)
    if dash is not None and all(t.is_upper or t.is_punct for t in tokens if t.i < dash.i):
        return [t for t in tokens if t.i > dash.i]
    return tokens


def _second_clause(verb: Token, clause: Token, lexicon: Lexicon) -> list[Token]:
    """A second reported clause the parser hung on the cue right after the first:
    'said the name had to be easy to say and, to prevent stigma, it must not cite any
    person' reads 'it must not cite' as a second complement of 'said'. It has its
    own subject and nothing but punctuation stands between the two."""
    end = clause.right_edge.i
    for other in verb.children:
        if other.dep_ not in {"ccomp", "conj"} or other.i <= clause.i:
            continue
        between = verb.doc[end + 1 : other.left_edge.i]
        if (
            lexicon.scope == DEFAULT_SCOPE  # (PolNeAR ends the claim before ', and')
            and _joined_by_and(between, other)
            and _carries_on(verb, clause, other)
        ):
            return [*between, *other.subtree]
        if not (other.left_edge.i > end and all(t.is_punct for t in between)):
            continue
        if other.dep_ == "ccomp" and any(c.dep_ in SUBJECTS for c in other.children):
            return list(other.subtree)
        if (
            not any(c.dep_ in SUBJECTS for c in other.children)
            and any(c.dep_ in {"aux", "auxpass"} and c.tag_ != "TO" for c in other.children)
            and _lost_subject(clause, end)
        ):
            return [*between, *other.subtree]
    return []


def _joined_half(verb: Token, content: list[Token], lexicon: Lexicon) -> bool:
    """Whether the claim's content holds a second half of its clause that the parser
    hung on the cue (:func:`_stray_conjunct`, :func:`_second_clause`), in the default
    scope."""
    if lexicon.scope != DEFAULT_SCOPE:
        return False
    ids = {t.i for t in content}
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i in ids:
            joined = _stray_conjunct(verb, child) + _second_clause(verb, child, lexicon)
            if any(t.text in {":", ";"} for t in joined):
                return False  # (a quote after a colon, which is a claim of its own)
            return any(t.i in ids and not t.is_punct for t in joined)
    return False


def _joined_by_and(between, other: Token) -> bool:
    """', and' or ', but' (only) between a reported clause and a clause after it."""
    words = [t for t in between if not t.is_punct]
    return (
        len(words) == 1
        and words[0].dep_ == "cc"
        and words[0].lower_ in {"and", "but"}
        and words[0].head.i == other.head.i
        and other.dep_ == "conj"
    )


def _carries_on(verb: Token, clause: Token, other: Token) -> bool:
    """Whether a clause joined after the reported one goes on with what was said: it
    has its own subject, is no cue itself, and is told as speech is ('would', 'could',
    or the present after a cue in the past)."""
    subject = next((c for c in other.children if c.dep_ in SUBJECTS | {"expl"}), None)
    if subject is None or other.lemma_.lower() == verb.lemma_.lower():
        return False
    aux = [c for c in other.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.lower_ in BACKSHIFTED for c in aux):
        return True
    present = other.tag_ in {"VBZ", "VBP"} or any(
        c.tag_ in {"VBZ", "VBP"} or c.lower_ in PRESENT_MODALS for c in aux
    )  # ('said change is not easy, and he will continue to pursue it')
    return verb.tag_ == "VBD" and present


#: Modals of the present, which a report in the past keeps from what was said.
PRESENT_MODALS = frozenset({"will", "can", "may", "must", "shall", "'ll"})


def _singular(subject: Token | None) -> bool:
    """A subject in the third person singular: 'He', 'The minister', 'Obama'."""
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in {"he", "she", "it"}
    return subject.tag_ in {"NN", "NNP"} and not any(c.dep_ == "conj" for c in subject.children)


def _plural_present(verb: Token) -> bool:
    """A verb in the present that is not of the third person singular ('do not want',
    'want', 'are'), by the verb or by its first auxiliary."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    first = aux[0] if aux else verb
    return first.tag_ == "VBP" and first.lower_ not in {"am"}


def _lost_subject(clause: Token, end: int) -> bool:
    """'stated the track is operated by CSX and the signals, which CSX operates, were
    not working': the parser joined the next clause's subject to a noun of the first
    (a conjunct after 'and' that closes it), leaving that clause without one."""
    return any(
        t.dep_ == "conj"
        and t.pos_ in {"NOUN", "PROPN"}
        and t.right_edge.i == end
        and t.i > clause.i
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in t.head.children)
        for t in clause.subtree
    )


#: Modals a past report puts in what was said ('said it would …, and would …').
BACKSHIFTED = frozenset({"would", "could", "might", "should"})


def _listed_object(verb: Token, clause: Token) -> list[Token]:
    """The next items of a list of objects in the reported clause, which the parser
    hung on the cue: 'said that he wanted new thinking to tackle poverty, new thinking
    to underpin a constitution, and a revolution' (the second 'thinking' read as what
    was said). Only an object of the cue set right after the clause by a comma, when
    the clause's verb has an object of its own."""
    doc = verb.doc
    comma = clause.right_edge.i
    if doc[comma].text != ",":
        comma += 1  # (the comma may hang on the clause or after it)
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return []
    if not any(c.dep_ == "dobj" for c in clause.children):
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > comma), None)
    if obj is None or obj.left_edge.i != comma + 1:
        return []
    return [doc[comma], *obj.subtree]


def _stray_conjunct(verb: Token, clause: Token) -> list[Token]:
    """The second half of a reported clause that the parser hung on the cue: 'remarked
    toilet paper is a bulky item, and, when sold out, leaves vast shelf spaces' has
    its 'and' on the clause but 'leaves' on 'remarked'. Only when the clause holds a
    conjunction and no conjunct of its own, and the verb after it has no subject."""
    if not any(c.dep_ == "conj" for c in clause.children):
        half: list[Token] = []
        if verb.tag_ == "VBD":
            # 'stated it would picket … and would respond to every lawsuit': a past cue
            # cannot take 'would' as its own; the parser hung the clause's second half
            # on it
            half = _half_hung_on_cue(
                verb,
                clause,
                lambda conj: (
                    not any(c.dep_ in SUBJECTS for c in conj.children)
                    and any(c.dep_ == "aux" and c.lower_ in BACKSHIFTED for c in conj.children)
                ),
            )
            if not half and _singular(_subject_child(verb)):
                # 'He said Americans want health care, but do not want the government to
                # run it': a verb that cannot agree with the cue's singular subject is
                # the clause's
                half = _half_hung_on_cue(
                    verb,
                    clause,
                    lambda conj: (
                        not any(c.dep_ in SUBJECTS | {"expl"} for c in conj.children)
                        and _plural_present(conj)
                    ),
                )
        elif verb.tag_ == "VBG":
            # 'claiming it alters the recipient's RNA and turns them into …': a
            # participle cannot have a finite verb as its conjunct; the clause's second
            # half it is
            half = _half_hung_on_cue(
                verb,
                clause,
                lambda conj: (
                    conj.tag_ in {"VBZ", "VBD", "VBP"}
                    and not any(c.dep_ in SUBJECTS for c in conj.children)
                ),
            )
        if half:
            return half
    listed = _listed_object(verb, clause)
    if listed:
        return listed
    ccs = [c for c in clause.children if c.dep_ == "cc" and c.i > clause.i]
    if not ccs or any(c.dep_ == "conj" for c in clause.children):
        return []
    for conj in verb.children:
        if (
            conj.dep_ == "conj"
            and conj.i > ccs[-1].i
            and conj.pos_ in {"VERB", "AUX"}
            and not any(c.dep_ in SUBJECTS for c in conj.children)
        ):
            return list(conj.subtree)
    return []


def _half_hung_on_cue(verb: Token, clause: Token, fits: Callable[[Token], bool]) -> list[Token]:
    """The first conjunct of the cue after its reported clause that ``fits``, with the
    conjunction before it: the clause's second half, which the parser hung on the cue."""
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.i > clause.right_edge.i and fits(conj):
            cc = [c for c in verb.children if c.dep_ == "cc" and c.i < conj.i]
            return cc[-1:] + list(conj.subtree)
    return []


#: Children of a cue that may stand between it and its that-clause: when, where
#: and to whom it was said ("said on CNN, where he is a contributor, that").
_FRAME_DEPS = {"prep", "advmod", "npadvmod", "punct", "dative", "dobj"}


def _detached_that_clause(verb: Token) -> list[Token]:
    """A that-clause after a frame phrase, attached by the parser to the phrase's noun.

    ``Adelson said earlier on Friday during a news conference that he may wait.``
    (*that he may wait* is read as a relative clause of *conference*).
    """
    doc = verb.doc
    frame = {
        t.i for c in verb.children if c.dep_ in _FRAME_DEPS and c.i > verb.i for t in c.subtree
    }
    for tok in doc[verb.i + 1 : verb.sent.end]:
        # 'that' as a complementiser, or read as a relative pronoun object when
        # the clause has a subject of its own ('… the plant that the factory would reopen')
        if tok.lower_ == "that" and tok.dep_ in {"mark", "dobj"}:
            clause = tok.head
            has_subject = any(c.dep_ in SUBJECTS and c.i > tok.i for c in clause.children)
            if clause.i > tok.i and has_subject and clause.dep_ in {"relcl", "acl", "advcl"}:
                return [t for t in clause.subtree if t.i != tok.i]
            return []
        if tok.i not in frame:
            return []
    return []


def _clause_after_that_read_as_determiner(verb: Token) -> list[Token]:
    """A that-clause whose subject is a name, read as the cue's object with 'that' as
    its determiner: 'alleges that defendant Harold J. Nicholson, working through his
    son, received …' (the clause's verb is then hung on the cue, or the cue on it)."""
    doc = verb.doc
    obj = _object_after(verb)
    if obj is None or not determines_a_name(obj.left_edge):
        return []
    after = obj.right_edge.i + 1
    for tok in doc[after : verb.sent.end]:
        if tok.tag_ not in FINITE:
            continue
        linked = (tok.head.i == verb.i and tok.dep_ in {"ccomp", "conj", "advcl"}) or (
            verb.head.i == tok.i and verb.dep_ in {"advcl", "ccomp"}
        )
        if not linked or any(c.dep_ in SUBJECTS for c in tok.children):
            return []
        gap = doc[after : min(t.i for t in tok.subtree if t.i >= after)]
        if len(gap) and not (len(gap) > 2 and gap[0].text == "," and gap[-1].text == ","):
            return []
        end = max(t.i for t in tok.subtree if t.i >= tok.i) + 1
        return [t for t in doc[obj.left_edge.i + 1 : end]]
    return []


def _clause_split_at_its_subject(verb: Token) -> list[Token]:
    """A reported clause whose subject the parser made the cue's object and whose verb
    an adverbial clause of the cue: 'the NHC reported Hurricane Dorian in the
    Caribbean had strengthened into a Category 5 hurricane' (reported -> Dorian, in,
    strengthened). The clause's verb is finite (an auxiliary, or a past or present
    tense), with no subject and no conjunction of its own, and only the object and
    prepositional phrases stand between it and the cue."""
    obj = _object_after(verb)
    if obj is None or obj.pos_ not in {"PROPN", "NOUN"}:
        return []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i < obj.i:
            continue
        own = {c.dep_ for c in clause.children}
        finite = clause.tag_ in {"VBD", "VBZ", "VBP"} or any(
            c.dep_ == "aux" and c.tag_ in FINITE for c in clause.children
        )
        if own & (SUBJECTS | {"mark", "expl"}) or not finite:
            return []
        between = [c for c in verb.children if obj.i < c.i < clause.i]
        if any(c.dep_ != "prep" for c in between):
            return []
        if clause.left_edge.i != max([obj.right_edge.i, *(c.right_edge.i for c in between)]) + 1:
            return []
        return list(verb.doc[obj.left_edge.i : clause.right_edge.i + 1])
    return []


#: Complements that make a verb more than a reporting frame ('agreed to pay …').
OWN_COMPLEMENTS = {"dobj", "xcomp", "ccomp", "attr", "oprd", "acomp", "dative"}


def _fronted_before_its_clause(verb: Token, lexicon: Lexicon) -> list[Token]:
    """A reporting clause set before its content with a comma, which the parser made a
    complement of the content's verb: 'Al Jazeera reported on Thursday, coverage had
    risen to 55 percent' (risen -> reported). The cue has a subject and nothing but
    when and where it was said; the content is the clause after the comma, with a
    subject of its own and no cue for its verb ('X agreed to pay …, the department
    announced' is the department's)."""
    head = verb.head
    if verb.dep_ not in {"ccomp", "advcl"} or head.i <= verb.i or head.dep_ != "ROOT":
        return []
    if lexicon.cue_of(head) is not None:
        return []
    deps = {c.dep_ for c in verb.children}
    if not deps & SUBJECTS or deps & OWN_COMPLEMENTS:
        return []
    if verb.dep_ == "advcl":
        entry = lexicon.cue(verb.lemma_.lower())
        frames = entry.frames if entry is not None else ()
        if "mark" in deps or any(
            c.dep_ == "prep" and f"prep:{c.lower_}" in frames for c in verb.children
        ):
            # ('When police said …, …': a clause of time; 'as veterans ask for help, …':
            # the cue's own complement)
            return []
    end = verb.right_edge.i
    # ('The Telegraph reported from interviews, there is also resistance …')
    subject = next((c for c in head.children if c.dep_ in {*SUBJECTS, "expl"} and c.i > end), None)
    if subject is None or not any(t.text == "," for t in verb.doc[end : subject.left_edge.i]):
        return []
    if any(is_quote_mark(t) for t in verb.doc[end : subject.left_edge.i + 1]):
        return []  # 'He posted on Twitter, "Today we went …"': a quote, read as one
    # (not the writer's ', where …' about a place at its end)
    return _without_trailing_relative(
        [t for t in head.subtree if t.i >= subject.left_edge.i], {"which", "who", "where"}
    )


def _subject_taken_as_object(verb: Token, clause: Token) -> list[Token]:
    """The subject of a reported clause that the parser made the cue's object:
    'He remarked toilet paper is a bulky item' (remarked -> paper, is)."""
    if _has_subject(clause):
        return []
    obj = next(
        (c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i),
        None,
    )
    if obj is None or clause.left_edge.i <= obj.right_edge.i:
        return []
    if not _only_punct_between(obj, clause):
        # 'added the amount they receive "from WBC is very small"': a cue that takes no
        # noun object, the rest of the subject hung on it as a phrase of its own
        between = obj.doc[obj.right_edge.i + 1 : clause.left_edge.i]
        hung = {t.i for c in verb.children if c.dep_ == "prep" and c.i > obj.i for t in c.subtree}
        stranded = verb.lemma_.lower() in CLAUSE_ONLY and all(
            t.is_punct or t.i in hung for t in between
        )
        if not stranded or any(t.pos_ in {"VERB", "AUX"} for t in between):
            return []  # (a comma may stand between: 'the new region, to be called X, would be')
        return list(obj.subtree) + list(between)
    return list(obj.subtree)


def _misparsed_clause(verb: Token) -> list[Token]:
    """A reported clause the parser split into a verb object and a clause.

    ``Democratic economists say taxing consumption encourages savings.`` (*taxing*
    is read as the object of *say*, and the clause as its complement.)
    """
    doc = verb.doc
    for child in verb.children:
        if child.i < verb.i or child.dep_ not in {"xcomp", "dobj", "advcl", "oprd", "attr"}:
            continue
        if any(c.dep_ in {"aux", "mark"} for c in child.children):
            continue  # 'continues to argue that …', 'said it before he left'
        edge = child.left_edge.i
        if child.dep_ == "advcl" and child.tag_ == "VBG" and edge and doc[edge - 1].text == ",":
            continue  # '"…!" he told the crowd, noting that …': the speaker's next words
        finite = [
            t
            for t in child.subtree
            # (a passive's tense on its auxiliary: 'she said as a teenager she was
            # forced into …', the clause read as an adverbial one)
            if (t.tag_ in {"VBZ", "VBD", "VBP", "MD"} or (t.i == child.i and _finite(t)))
            and any(c.dep_ in SUBJECTS for c in t.children)
            and t.dep_ not in {"relcl", "acl"}  # 'writes dialogue that sounds overheard'
        ]
        if finite:
            return list(child.subtree)
        if child.dep_ != "dobj":
            continue
        lemma = verb.lemma_.lower()
        if lemma in CLAUSE_MOSTLY and _participle_of(child):
            # 'CalFire said several acres of land burned before …', 'argued the
            # organization needed to be addressed': the past tense read as a participle
            # of the object; these cues take no such noun object
            return list(child.subtree)
        if lemma in CLAUSE_ONLY and _verb_read_as_modifier(child):
            # 'said Adamowicz required resuscitation, and was in a "serious" condition'
            return list(child.subtree) + _subjectless_conjuncts(verb, child)
        stray = _stray_predicate(child) if lemma in CLAUSE_ONLY else None
        if stray is not None:
            # 'released a statement saying an attack near Mosul produced no casualties':
            # the predicate hung elsewhere (on the sentence's verb, on a noun before)
            return sorted(list(child.subtree) + list(stray.subtree), key=lambda t: t.i)
    return _clause_hung_elsewhere(verb)


def _clause_hung_elsewhere(verb: Token) -> list[Token]:
    """A clause with its own subject right after a cue that governs nothing, hung by the
    parser on the sentence's verb: 'posted findings estimating [the number … may exceed
    5,000]' (exceed -> posted)."""
    occasions = [c for c in verb.children if c.i > verb.i and _said_where(c)]
    if any(
        c.dep_ in {"dobj", "ccomp", "xcomp", "prep", "dative"} and c.i > verb.i
        for c in verb.children
        if c not in occasions
    ):
        return []
    doc = verb.doc
    start = verb.i + 1
    if occasions and occasions[0].i == start:
        # 'indicated on Twitter the baby girl was critically ill': where it was said
        start = max(c.right_edge.i for c in occasions) + 1
    if start < len(doc) and doc[start].lower_ == "that":
        start += 1
    if start >= len(doc):
        return []
    clause = doc[start]
    while clause.head.i != clause.i and clause.head.left_edge.i == start and clause.head.i > verb.i:
        clause = clause.head
    if clause.dep_ not in {"conj", "advcl", "ccomp"} or clause.left_edge.i != start:
        return []
    joined_after_occasion = (
        occasions
        and clause.dep_ == "conj"
        and not any(c.dep_ == "cc" and verb.i < c.i < clause.i for c in verb.children)
    )
    if verb.i in _subtree_ids(clause) or (clause.head.i == verb.i and not joined_after_occasion):
        return []
    if not _finite(clause) or not any(c.dep_ in SUBJECTS for c in clause.children):
        return []
    if any(c.dep_ in {"cc", "mark"} for c in clause.children):
        return []
    return list(clause.subtree)


#: Prepositions of where or how something was said ('on Twitter', 'in a statement').
OCCASION_PREPS = frozenset({"on", "in", "at", "via", "during", "through"})


def _said_where(prep: Token) -> bool:
    """A short phrase of where or how something was said, right after its cue."""
    if prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPS:
        return False
    words = list(prep.subtree)
    return len(words) <= 5 and not any(t.pos_ in {"VERB", "AUX"} for t in words)


def _stray_predicate(obj: Token) -> Token | None:
    """A finite verb with no subject right after a say-verb's object, that the parser
    hung elsewhere: the predicate of the clause whose subject it read as the object."""
    doc = obj.doc
    nxt = obj.right_edge.i + 1
    if nxt >= len(doc):
        return None
    verb = doc[nxt]
    if verb.dep_ == "aux" and verb.head.i > verb.i:
        verb = verb.head  # 'X would be', 'X has said'
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in {"conj", "relcl", "ccomp", "advcl"}:
        return None
    if not _finite(verb) or _has_subject(verb) or verb.left_edge.i != nxt:
        return None
    if any(c.dep_ in {"cc", "mark"} for c in verb.children):
        return None
    if obj.i in _subtree_ids(verb) or verb.i in _subtree_ids(obj):
        return None
    return verb


def _finite(verb: Token) -> bool:
    """A verb in a tense, or with a tensed auxiliary or a modal."""
    return verb.tag_ in {"VBD", "VBZ", "VBP"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE for c in verb.children
    )


#: Cues that report only the clause they govern: a court 'held that …' (a
#: press conference held, a rally held, are no claims).
RULING_ONLY = frozenset({"hold"})
#: What one is held to be ('held the company responsible for the crash').
ACCOUNTABLE = frozenset({"responsible", "accountable"})  # (a court holds one liable: a ruling)


def _held_to_account(verb: Token) -> list[Token]:
    """'held CSX responsible for the crash': the blame laid, as object and predicate
    (the parser hangs the adjective on the verb or on its object)."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.i < verb.i:
            continue
        preds = [c for c in [*verb.children, *obj.children] if c.lower_ in ACCOUNTABLE]
        if preds and preds[0].i > obj.i:
            return list(verb.doc[obj.left_edge.i : preds[0].right_edge.i + 1])
    return []


#: Cues whose noun object is a clause the parser misread: 'said several acres burned'.
CLAUSE_ONLY = frozenset({"say", "add", "state"})
#: Cues whose object with a bare past form after it is a clause: 'argued the
#: organization needed to be addressed' (not 'argued the case made by …').
CLAUSE_MOSTLY = CLAUSE_ONLY | {"argue", "insist", "contend", "assert"}


def _verb_read_as_modifier(noun: Token) -> bool:
    """A past form the parser hung before ``noun`` as its modifier, right after a name
    that is the clause's subject: 'said [Adamowicz required] resuscitation'."""
    for c in noun.children:
        if c.i >= noun.i or c.dep_ != "amod" or c.tag_ not in {"VBD", "VBN"} or c.i == 0:
            continue
        prev = c.doc[c.i - 1]
        if prev.pos_ == "PROPN" and prev.head.i == noun.i:
            return True
        if prev.pos_ in {"NOUN", "PROPN"} and prev.head.i == c.i:
            return True  # 'stating [the breach endangered] national security'
    return False


def _subjectless_conjuncts(verb: Token, obj: Token) -> list[Token]:
    """Verbs coordinated with the cue after its misread object, with no subject of
    their own: the rest of the reported clause ('…, and was in a serious condition')."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ == "conj" and c.i > obj.right_edge.i and not _has_subject(c):
            out += [t for t in c.subtree if not (t.dep_ == "cc" and t.head.i == verb.i)]
    return sorted(out, key=lambda t: t.i)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECTS | {"expl"} for c in verb.children)


def _only_punct_between(obj: Token, clause: Token) -> bool:
    """Nothing but punctuation between an object phrase and the clause after it."""
    return all(t.is_punct for t in obj.doc[obj.right_edge.i + 1 : clause.left_edge.i])


def _object_as_subject(verb: Token) -> list[Token]:
    """The subject of a reported clause that the parser made the cue's object, its
    verb a conjunct of the cue after a comma: 'announced classes for students from
    kindergarten to high school, would be cancelled' (announced -> classes, cancelled).
    Only a verb with an auxiliary of its own ('would be', 'will', 'had') and no 'and'
    before it: 'announced the plan and left' coordinates two acts of the speaker."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i <= obj.right_edge.i or _has_subject(conj):
            continue
        aside = _set_off_participle_between(verb, obj, conj)
        if not (_only_punct_between(obj, conj) or aside) or any(
            c.dep_ == "cc" for c in conj.children
        ):
            continue
        finite = conj.lemma_ == "be" and conj.tag_ in {"VBD", "VBZ", "VBP"}  # 'were to be'
        if not finite and not any(
            c.dep_ in {"aux", "auxpass"} for c in conj.children if c.i < conj.i
        ):
            continue
        return sorted(list(obj.subtree) + aside + list(conj.subtree), key=lambda t: t.i)
    return []


def _set_off_participle_between(verb: Token, obj: Token, conj: Token) -> list[Token]:
    """The participle phrase set off by commas between a misread object and the verb
    of its clause ('claimed all charges, brought after residents complained, were to
    be dropped'), with its commas; empty where anything else stands between."""
    between = list(obj.doc[obj.right_edge.i + 1 : conj.left_edge.i])
    if len(between) < 3 or between[0].text != "," or between[-1].text != ",":
        return []
    part = next(
        (
            c
            for c in verb.children
            if c.dep_ in {"advcl", "acl"} and c.tag_ in {"VBN", "VBG"} and c.i == between[1].i
        ),
        None,
    )
    if part is None:
        return []
    inside = {t.i for t in part.subtree} | {between[0].i, between[-1].i}
    return between if all(t.i in inside or t.is_punct for t in between) else []


#: Cues that put their speaker after them, closing a sentence: '…, announced X'.
INVERTING = CLAUSE_ONLY | {"announce", "report", "declare", "confirm", "note"}


def _participle_of(noun: Token) -> bool:
    """A past form hung on ``noun`` as a reduced relative, with nothing marking it as
    one (no 'that', 'which', 'by')."""
    return any(
        c.dep_ == "acl"
        and c.tag_ in {"VBN", "VBD"}
        and c.i > noun.i
        and not any(g.dep_ in {"agent", "mark", "nsubj", "nsubjpass"} for g in c.children)
        for c in noun.children
    )


PREDICATE_DEPS = {"dobj", "oprd", "nmod", "attr", "npadvmod", "ccomp", "xcomp", "acomp"}


def _through_colon(content: list[Token]) -> list[Token]:
    """A clause that runs on past a colon ('said she has one quality: "Steadiness."')
    keeps what follows the colon, to the end of its sentence."""
    if not content:
        return content
    last = max(content, key=lambda t: t.i)
    doc = last.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is None or nxt.text != ":" or nxt.sent.start != last.sent.start:
        return content
    tail = [t for t in doc[nxt.i + 1 : last.sent.end] if not t.is_space]
    return content + [nxt] + tail if tail else content


#: Cues whose object follows 'to': 'referred to the inquiry as "a hoax"'.
TO_OBJECT = frozenset({"refer"})


def _object_predicate(verb: Token) -> list[Token]:
    """The object and what is predicated of it: 'called Russia the biggest threat'.

    Also 'identified Russia as a threat' and 'called her "third-rate"'; a lone
    object ('called him') is no claim.
    """
    frame = [
        c
        for c in verb.children
        if c.i > verb.i
        and (
            c.dep_ in PREDICATE_DEPS
            or (c.dep_ == "prep" and c.lower_ == "as")
            # 'referred to the inquiry as "a hoax"': the object after 'to'
            or (c.dep_ == "prep" and c.lower_ == "to" and verb.lemma_.lower() in TO_OBJECT)
        )
        and not (c.dep_ == "npadvmod" and _time_phrase(c))  # 'declared X the same day'
    ]
    single_predicate = len(frame) == 1 and frame[0].dep_ in {"oprd", "xcomp", "ccomp", "acomp"}
    if len(frame) == 1 and frame[0].dep_ == "dobj" and _as_on_object(frame[0]):
        # 'described Tsvangirai and the opposition as "traitors"': the parser hangs
        # 'as' on the last of the objects
        single_predicate = True
    if len(frame) == 1 and frame[0].dep_ == "dobj" and _adjective_after(frame[0], verb):
        # 'called its actions defensive in nature': the predicate read as the object's
        # modifier
        single_predicate = True
    if len(frame) < 2 and not single_predicate:
        return []
    if verb.lemma_.lower() in SEEING_AS and not any(c.dep_ == "prep" for c in frame):
        return []  # 'view video and messages': seeing, unless as something ('view X as Y')
    return [t for c in frame for t in c.subtree]


#: Verbs that estimate by placing a thing at a figure ('put the toll at 30').
PLACING = frozenset({"place", "put"})
#: Words of a rough figure ('in the hundreds', 'in the range of').
ROUGH_FIGURES = frozenset({"range", "hundreds", "thousands", "millions", "dozens", "region"})


def _figure_placed(verb: Token) -> list[Token]:
    """The object and the figure or distance a placing verb puts it at, or nothing:
    'placed the homeless figure at about 185,000', 'placed Humberto 785 miles west of
    Bermuda', an estimate of where a quantity or a storm stands."""
    if verb.lemma_.lower() not in PLACING:
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ == "PRON":
        return []
    # (the figure's preposition hung on the object: 'the death count in the hundreds')
    for c in [*verb.children, *(o for o in obj.children if o.dep_ == "prep")]:
        if c.i < obj.i:
            continue
        if c.dep_ == "prep" and c.lower_ in {"at", "in"}:
            pobj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if pobj is None or pobj.ent_type_ in {"DATE", "TIME"}:
                continue
            numeric = any(t.like_num or t.ent_type_ in FIGURES for t in pobj.subtree)
            rough = pobj.lemma_.lower() in ROUGH_FIGURES
            if (c.lower_ == "at" and numeric) or (c.lower_ == "in" and rough):
                return sorted({*obj.subtree, *c.subtree}, key=lambda t: t.i)
        if (
            # ('785 miles (1260 kilometers) west of Bermuda': the distance, or the
            # direction it is hung on)
            c.dep_ in {"npadvmod", "advmod"}
            and verb.lemma_.lower() == "place"
            and any(t.ent_type_ == "QUANTITY" for t in c.subtree)
        ):
            return sorted([*obj.subtree, *c.subtree], key=lambda t: t.i)
    return []


#: Entity labels of a figure.
FIGURES = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT"})

#: Verbs that name a thing by what they predicate of it ('called the ruling unjust').
NAMING = frozenset({"call", "label", "brand", "deem", "term", "pronounce"})


def _adjective_after(obj: Token, verb: Token) -> bool:
    """An adjective the parser hung after a naming verb's object: the predicate."""
    if verb.lemma_.lower() not in NAMING:
        return False
    return any(c.dep_ in {"acl", "amod"} and c.pos_ == "ADJ" and c.i > obj.i for c in obj.children)


def _as_on_object(obj: Token) -> bool:
    """An 'as' phrase after the object, hung on it or on an object coordinated with it."""
    holders = [obj, *obj.conjuncts]
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and c.i > h.i for h in holders for c in h.children
    )


def _passive_label(verb: Token) -> list[Token]:
    """'The results were described by Johnson as a "historic mandate"': the quoted
    label a passive cue gives its subject (the label alone: no claim without quote
    marks, where the subject would be the content's other half)."""
    if not _passive(verb) or _agent(verb) is None:
        return []  # ('From being described as the "self-appointed world leader" …': by whom?)
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if prep is None or not any(is_quote_mark(t) for t in prep.subtree):
        return []
    return list(prep.subtree)


def _quoted_label_of(obj: Token) -> Token | None:
    """A quoted phrase right after an object that the parser hung on it: 'the decision
    "a disgrace"', 'the plan "dead on arrival"'."""
    doc = obj.doc
    for child in obj.children:
        if child.i < obj.i or child.dep_ not in {"appos", "acl", "amod", "npadvmod", "attr"}:
            continue
        left, right = child.left_edge.i, child.right_edge.i
        # (the parser may hang the quote marks on the label itself)
        opener = doc[left] if is_quote_mark(doc[left]) else doc[left - 1]
        closer = doc[right] if is_quote_mark(doc[right]) and right > left else None
        if closer is None:
            closer = doc[right + 1] if right + 1 < len(doc) else None
        if (
            is_quote_mark(opener)
            and closer is not None
            and is_quote_mark(closer)
            and all(t.i <= obj.i or t.i >= opener.i for t in obj.subtree)
        ):
            return child
    return None


def _time_phrase(tok: Token) -> bool:
    """'the same day', 'last week', 'Monday': when, not what is predicated."""
    return tok.ent_type_ in {"DATE", "TIME"} or tok.lemma_.lower() in TIME_NOUNS


#: Nouns of a time: 'the same day', 'that morning'.
TIME_NOUNS = frozenset(
    {"day", "week", "month", "year", "morning", "afternoon", "evening", "night", "time", "hour"}
)


#: Cues that take an object and a predicate only with 'as' ('see Russia as a threat'):
#: without it they are seeing ('view video and messages', 'saw two objects').
SEEING_AS = frozenset({"see", "view", "regard", "identify"})


def _without_trailing_relative(
    tokens: list[Token], openers: frozenset[str] | set[str] = frozenset({"which", "who"})
) -> list[Token]:
    """An object without a closing ', which …' aside: 'acknowledged the reality of
    climate change, which makes him an outlier' -> 'the reality of climate change'."""
    if not tokens:
        return tokens
    last = max(t.i for t in tokens)
    ids = {t.i for t in tokens}
    for t in tokens:
        edge = t.left_edge
        if (
            t.dep_ == "relcl"
            and edge.lower_ in openers
            and t.right_edge.i >= last - 1
            and edge.i - 1 in ids
            and t.doc[edge.i - 1].text == ","
        ):
            cut = {x.i for x in t.subtree} | {edge.i - 1}
            return [x for x in tokens if x.i not in cut]
    return tokens


#: Adverbs that tell where an object stands, completing it as a predicate would.
STANDINGS = frozenset({"ahead", "behind", "up", "down", "level", "clear"})


def _object_modifiers(verb: Token, obj: Token) -> list[Token]:
    """Phrases the parser hangs on the verb that go on describing its object.

    'reporting different numbers to different agencies', 'revealed a yawning
    gulf in the way the candidates approach the issue': prepositional phrases
    right after the object, up to a comma, unless they give a time or place
    of the saying ('on Tuesday', 'in an interview').
    """
    out: list[Token] = []
    end = obj.right_edge.i
    for child in sorted(verb.children, key=lambda c: c.i):
        if child.i <= end:
            continue
        if child.dep_ == "advmod" and child.left_edge.i == end + 1 and child.lower_ in STANDINGS:
            # 'showed Labour six points ahead of the Conservatives': where the object stands
            out.extend(child.subtree)
            end = child.right_edge.i
            continue
        if child.dep_ != "prep" or child.left_edge.i != end + 1 or _frame_phrase(child):
            break
        out.extend(child.subtree)
        end = child.right_edge.i
    return out


def _frame_phrase(prep: Token) -> bool:
    """'on Tuesday', 'in an interview', 'at a rally': when, where and how it was said."""
    if prep.lower_ in {"during", "since", "until", "after", "before", "at", "via", "through"}:
        return True
    pobj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    if pobj is None:
        return True
    if prep.lower_ == "by" and pobj.tag_ == "VBG":
        return True  # 'defended Marsh by saying that …': how, a claim of its own
    if pobj.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT"}:
        return True
    return pobj.lemma_.lower() in FRAME_NOUNS


FRAME_NOUNS = word_set("frame_nouns")


def _relative_tail(verb: Token, obj: Token) -> list[Token]:
    """Relative phrases on the verb that describe its object: '…a change, according to which …'."""
    tail = []
    for child in verb.children:
        if child.i <= obj.i or child.dep_ not in {"prep", "advcl", "relcl"}:
            continue
        head_words = list(child.subtree)[:3]
        if any(t.tag_ in {"WDT", "WP", "WP$"} for t in head_words):
            tail.extend(child.subtree)
    return tail


def _without_saying_adjunct(head: Token, tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """A clause without the participle of saying that closes it after a comma, which
    the parser hung on the clause but which reports a saying of its own ('insisted he
    had done nothing wrong, telling reporters: "…"': the telling is a claim)."""
    saying = next(
        (
            c
            for c in head.children
            if c.dep_ == "advcl"
            and c.i > head.i
            and c.tag_ == "VBG"
            and c.left_edge.i == c.i
            and c.doc[c.i - 1].text == ","
            and (entry := lexicon.cue(c.lemma_.lower())) is not None
            and entry.cls in {"speech", "cognition"}  # ('…, projecting X with 34%')
            and not (entry.cls == "cognition" and _describes_a_state(c, lexicon))
        ),
        None,
    )
    if saying is None:
        return tokens
    cut = {t.i for t in saying.subtree} | {saying.left_edge.i - 1}
    return [t for t in tokens if t.i not in cut]


def _without_comment(head: Token) -> list[Token]:
    """A clause without a trailing sentential relative (', which worries many')."""
    comments = [
        c
        for c in head.children
        if c.i > head.i
        and c.dep_ in {"advcl", "relcl", "ccomp", "conj"}
        and c.left_edge.lower_ in {"which"}
        and c.left_edge.i > 0
        and c.doc[c.left_edge.i - 1].text == ","
    ]
    return subtree_without(head, comments)


#: Entities of when a thing was said, after the speaker's name.
WHEN = {"DATE", "TIME"}


def surface_quote_attribution(ctx: Context, verb: Token, entry: CueEntry) -> Candidate | None:
    """'"…," NAME said.' / '"…," said NAME.' read from the surface when the parse is broken.

    Example: ``"We will achieve justice," Tulsa police Chief Chuck Jordan said.``
    (the parser reads *Tulsa* as a verb and hangs *said* inside the quote).
    """
    doc, text = ctx.doc, ctx.text
    sent = verb.sent
    for q in ctx.quotes:
        if q.close_mark is None or not (sent.start_char < q.outer_end <= verb.idx):
            continue
        if (
            text[q.end - 1 : q.end] not in {",", "?", "!", "—", "–"}
            and not text[q.outer_end : verb.idx].lstrip().startswith(",")
            and not _inverted_without_comma(ctx, q, verb)
        ):
            continue
        between = [t for t in doc[sent.start : verb.i] if t.idx >= q.outer_end]
        after = []
        for t in doc[verb.i + 1 : sent.end]:
            if t.is_punct or (t.pos_ == "ADP" and t.lower_ != "of") or t.ent_type_ in WHEN:
                break  # '… said Chuck Jordan on Monday.'
            after.append(t)
        words = [t for t in between if not t.is_punct]
        if words and len(words) <= 8:
            np_tokens = words  # '"…," NAME said'
        elif not words and after and len(after) <= 10:
            np_tokens = after  # '"…," said NAME'
        else:
            continue
        nouns = [t for t in np_tokens if t.pos_ in {"PROPN", "NOUN", "PRON"}]
        if not nouns or all(is_relative(t) for t in nouns):
            return None  # ('the "white man", who ruled …': the quote is what 'who' stands for)
        head = nouns[-1] if np_tokens is words else _first_noun_run_end(np_tokens)
        return Candidate(
            type="indirect",
            pattern="surface_quote_attribution",
            content=[(q.start, q.end)],
            cue=phrase_extent(verb, ctx.lexicon, entry.lemma),
            cue_lemma=entry.lemma,
            cue_token=verb,
            speaker=head,
            speaker_span=(np_tokens[0].idx, np_tokens[-1].idx + len(np_tokens[-1].text)),
            confidence=0.7,
        )
    return None


def _inverted_without_comma(ctx: Context, quote: Quote, verb: Token) -> bool:
    """'"I am in awe of the people who ran towards danger" tweeted Mayor Sadiq Khan.':
    a quote opening its sentence, with the cue right after it and a name after the cue,
    and no comma between (the parser then reads the cue as a modifier of the name)."""
    sent = verb.sent
    if ctx.text[sent.start_char : quote.outer_start].strip():
        return False
    if ctx.text[quote.outer_end : verb.idx].strip() or verb.tag_ not in {"VBD", "VBZ", "VBN"}:
        return False
    if len(ctx.text[quote.start : quote.end].split()) < 4:
        return False  # '"Hamilton" tells the story of …': a title, not words said
    nxt = verb.nbor() if verb.i + 1 < sent.end else None
    return nxt is not None and (nxt.pos_ == "PROPN" or nxt.lower_ in {"he", "she", "they"})


def _first_noun_run_end(tokens: list[Token]) -> Token:
    """The last word of the first run of nouns: 'said Chuck Jordan on Monday' -> Jordan."""
    last = None
    for t in tokens:
        if t.pos_ in {"PROPN", "NOUN", "PRON"}:
            last = t
        elif last is not None:
            break
    return last or tokens[-1]


def adjacent_quote(
    ctx: Context, verb: Token, subj: Token, before_only: bool = False
) -> list[Token]:
    """Tokens of a quote right beside the cue clause when the parse links them badly.

    ``Erdogan said, “Let the United Nations decide.”`` (the quote is read as an
    xcomp) or ``“…,” said the official`` with the quote outside the verb's tree.
    """
    doc, text = ctx.doc, ctx.text
    frame = [verb] + [t for t in subj.subtree if not t.is_punct]
    # 'telling reporters, "…"' / 'told the radio host Mark Tilly on Monday, "…"'
    for child in sorted(verb.children, key=lambda c: c.i):
        if any(q.start <= child.idx < q.end for q in ctx.quotes):
            continue  # 'saying "Fidel Castro, a hug for you …"': the quote's own words
        if child.i > verb.i and (
            child.dep_ in {"dobj", "dative", "npadvmod"}
            or (child.dep_ == "prep" and _frame_phrase(child))
        ):
            frame += [t for t in child.subtree if not t.is_punct]
    lo = min(t.idx for t in frame)
    hi = max(t.idx + len(t.text) for t in frame)
    # '"…" X said, "…"' / 'He said:' with the quote opening the next paragraph
    after = re.match(r"[ \t]*(?::\s*|,[ \t]*)?", text[hi : hi + 12])
    for q in ctx.quotes:
        if not before_only and after is not None and q.outer_start == hi + after.end():
            return tokens_in(doc, q.start, q.end)
        gap = text[q.outer_end : lo] if q.outer_end <= lo else "-"
        # '"…," said X' / '"…?" X asked': a comma after the quote, or one inside it.
        if re.fullmatch(r"[ \t]*,?[ \t]*", gap) and (
            "," in gap or text[q.end - 1 : q.end] in {",", "?", "!", "—", "–", "-"}
        ):
            return tokens_in(doc, q.start, q.end)
    return []


def _cue_here(ctx: Context, tok: Token) -> CueEntry | None:
    """The cue entry of ``tok``, for a placing verb only where it places a figure
    ('were subsequently placed on a hiring list' reports nothing)."""
    entry = ctx.lexicon.cue_of(tok)
    if entry is not None and tok.lemma_.lower() in PLACING and not _figure_placed(tok):
        return None
    return entry


def is_stray_coordinated_cue(ctx: Context, tok: Token) -> bool:
    """A subjectless cue verb coordinated into another cue's clausal complement."""
    entry = _cue_here(ctx, tok)
    if tok.dep_ != "conj" or entry is None or entry.cls != "speech" or tok.pos_ != "VERB":
        return False
    if any(c.dep_ in SUBJECTS for c in tok.children):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
        return False  # 'stated it would attack … and would respond …': still what was said
    head = tok.head
    return head.dep_ == "ccomp" and ctx.lexicon.cue_of(head.head) is not None


def is_coordinated_report(ctx: Context, verb: Token, tok: Token) -> bool:
    """A second report with its own speaker, joined to the first one's content by 'and'.

    ``Most voters said they were worried, and more than 4 in 10 said Trump would be
    best.``: the second *said* starts a claim of its own.
    """
    entry = _cue_here(ctx, tok)
    if entry is None or entry.cls != "speech" or tok.pos_ != "VERB":
        return False
    if tok.dep_ not in {"conj", "ccomp"} or tok.i <= verb.i:
        return False
    if "xcomp" not in entry.frames and any(c.dep_ == "xcomp" for c in tok.children):
        return False  # ('…, and he will continue to pursue it': going on, no saying)
    if not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    edge = tok.left_edge
    prev = tok.doc[edge.i - 1] if edge.i > 0 else None
    return prev is not None and prev.dep_ == "cc" and prev.lower_ in {"and", "but", "while"}


def _subject_of_aside(verb: Token) -> Token | None:
    """'Whitlock, asked about reports linking the club with Ben Carr, said: "…"': the
    parser made the name the subject of the participle set off by commas, which it read
    as a past tense; the name is the cue's subject, not the last name in the aside."""
    doc = verb.doc
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > verb.i or clause.tag_ not in {"VBN", "VBD"}:
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if subject is None or subject.i > clause.i:
            continue
        after = max(t.i for t in subject.subtree if not t.is_punct) + 1
        if after < clause.i and doc[after].text == "," and doc[verb.i - 1].text == ",":
            return subject
    return None


def misattached_subject(verb: Token) -> Token | None:
    """The speaker the parser hung on an earlier phrase instead of on the cue.

    ``Campaigning for his wife Hillary Clinton, former president Bill Clinton said …``
    (*Bill Clinton* is read as an apposition to *Hillary Clinton*): a finite cue with
    no subject takes the name phrase that ends right before it.
    """
    head = verb.head
    # 'One lawmaker called Trump "the orange prince …"': read as a noun phrase
    # with a participle ('a lawmaker called X'), the sentence has no verb at all.
    if (
        verb.dep_ == "acl"
        and verb.tag_ in {"VBN", "VBD"}
        and head.dep_ == "ROOT"
        and head.pos_ in {"NOUN", "PROPN"}
        and _right_before(head, verb)
        and not any(t.pos_ in {"VERB", "AUX"} for t in head.lefts)
    ):
        return head
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.dep_ not in {"ROOT", "conj"}:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in verb.children) or verb.i == 0:
        return None
    end = _before_time_modifiers(verb)
    if verb.doc[end].text == "," and end > 0:
        end -= 1  # 'In an interview with the BBC, the spokesman, Garba Shehu, said …'
    prev = verb.doc[end]
    for tok in [prev, *prev.ancestors]:
        # (the comma before the verb may hang on the phrase: 'X, a columnist, said')
        if tok.i > verb.i or tok.right_edge.i not in {end, verb.i - 1}:
            return None
        if tok.sent.start != verb.sent.start:
            return None
        if tok.dep_ == "appos" and tok.pos_ in {"PROPN", "NOUN"}:
            return tok
        if (
            tok.head.i == verb.i
            and tok.dep_ in {"advmod", "npadvmod", "dep"}
            and tok.pos_ == "PROPN"
            and tok.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        ):
            return tok  # 'TEPCO says …': the name read as the verb's adverb
        if _name_listed_after_setting(tok, verb):
            # 'On Twitter, Adrian Wojnarowski, a columnist, said …': the parser read
            # the name as the next item of a list after the opening phrase
            return tok
    return None


def _before_time_modifiers(verb: Token) -> int:
    """The last token before the verb's own time words ('last year', 'on Monday',
    'later'): '…, Akihito in a televised address last year said …'."""
    end = verb.i - 1
    while end > verb.sent.start:
        child = next((c for c in verb.lefts if c.right_edge.i == end), None)
        if child is None or not _time_modifier(child):
            break
        end = child.left_edge.i - 1
    return end


def _time_modifier(tok: Token) -> bool:
    """An adverb, a date or a preposition with a date hung on the verb."""
    if tok.dep_ in {"advmod", "npadvmod"}:
        return tok.pos_ == "ADV" or tok.ent_type_ in {"DATE", "TIME"}
    if tok.dep_ == "prep":
        return any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in tok.children)
    return False


def _name_listed_after_setting(tok: Token, verb: Token) -> bool:
    """A person's name the parser joined by a comma, as a list's next item, to the
    object of a phrase opening the cue's sentence ('On Twitter, Adrian Wojnarowski,
    …, said')."""
    setting = tok.head
    prep = setting.head
    return (
        tok.dep_ == "conj"
        and tok.ent_type_ == "PERSON"
        and setting.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.i == verb.i
        and prep.i < setting.i < tok.i < verb.i
        and tok.doc[tok.left_edge.i - 1].text == ","
        and not any(c.dep_ == "cc" for c in setting.children)
    )


def _right_before(noun: Token, verb: Token) -> bool:
    """Nothing but the noun's own phrase and the verb's adverbs stands between them:
    'The head of EU diplomacy, Kaja Kallas, earlier called …'."""
    if noun.i == verb.i - 1:
        return True
    doc = verb.doc
    gap = doc[noun.i + 1 : verb.i]
    if any(t.pos_ in {"VERB", "AUX"} for t in gap):
        return False
    inside = {t.i for t in noun.subtree} - {t.i for t in verb.subtree}
    return all(t.i in inside or (t.dep_ == "advmod" and t.head.i == verb.i) for t in gap)


def _conj_span(tok: Token) -> list[int]:
    """The coordinated verb's subtree and the conjunction before it."""
    ids = [t.i for t in tok.subtree]
    prev = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    if prev is not None and prev.dep_ == "cc":
        ids.append(prev.i)
    return ids


def verb_subject(verb: Token) -> Token | None:
    """The speaker of a cue verb, following xcomp chains, coordination and relatives."""
    seen = 0
    tok = verb
    if (
        verb.dep_ == "conj"
        and verb.head.dep_ == "ccomp"
        and not any(c.dep_ in SUBJECTS for c in verb.children)
    ):
        outer = _subject_child(verb.head.head)
        # "said X and added that …": the outer cue's subject; not one after the verb
        # ('Pilots interviewed … said they felt …, the cost of which has hit …')
        if outer is None or outer.i < verb.i:
            tok = verb.head.head
    reporter = _reporter_in_between(verb)
    if reporter is not None:
        return reporter
    if _subject_child(verb) is None and (aside := _subject_of_aside(verb)) is not None:
        return aside
    if _as_clause(verb) and verb.tag_ == "VBN" and _subject_child(verb) is None:
        # 'As alleged in the indictment, the men …': the text it was said in, never the
        # subject of the clause it reports
        return _agent(verb) or _source_text(verb)
    if _after_copula(verb):
        # 'The minister is confident that …': the copula's subject; not 'it was well
        # known that …' nor 'are you sure …?', which name no one
        subj = _subject_child(verb.head)
        if subj is None or subj.lower_ in {"it", "there"} | GENERIC_SUBJECTS:
            return None
        tok = verb.head
    quoted = _quoted_as_saying(verb)
    if quoted is not None:
        return quoted
    clause = _subordinate_before_participle(verb)
    if clause is not None:
        # 'An eyewitness described how the attack unfolded, stating, "…"': the
        # participle goes with the sentence, not with the how- or when-clause
        if clause.dep_ == "relcl" and clause.head.pos_ in {"NOUN", "PROPN"}:
            noun = clause.head
            return noun.head if noun.dep_ == "appos" else noun
        tok = clause.head
    came_from = None  # the verb the loop climbed from, when it climbed
    while tok is not None and seen < 6:
        seen += 1
        if tok is verb:
            closing = _closing_subject(verb)
            if closing is not None:
                return closing
        subj = _subject_child(tok)
        if subj is not None and subj.dep_ == "nsubjpass":
            if came_from is not None and came_from.dep_ == "conj" and not _passive(came_from):
                return subj  # 'he was confronted by agents and admitted …': he admitted
            agent = _agent(tok)
            if agent is not None:
                return agent
            if tok.lemma_ == "quote":  # "X was quoted as saying"
                return subj
            return None
        agent = _agent(tok)
        if agent is not None:
            return agent
        controller = _object_controller(tok, came_from)
        if controller is not None:
            return controller  # 'Backlash from the statement led Biden to express …'
        if subj is not None:
            issuer = _issuer_of_misread_text(tok, subj)
            if issuer is not None:
                return issuer  # 'X made [a comment saying] …': X says it
            holder = _holder_of_misread_participle(tok, subj) if tok is verb else None
            if holder is not None:
                return holder  # 'X noted [his opposition to torture saying] "…"': X says it
            if is_relative(subj) and tok.dep_ == "relcl":
                return tok.head
            if subj.pos_ == "PRON" and subj.lower_ in {"it", "there"} and _expletive(tok):
                return None
            if subj.lower_ in DEMONSTRATIVES and subj.dep_ == "nsubj":
                return None  # "That said, …" / "This suggests that …": no source
            return subj
        if tok is verb:
            named = _name_read_as_time(verb) or _inverted_subject(verb)
            if named is not None:
                return named
        if (
            tok.dep_ == "advcl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
            and not _went_on(tok.head)
        ):
            return None  # a purpose clause: "ministers will gather to discuss …"
            # (not "went so far as to say …")
        if _participle_after_report(tok):
            tok = tok.head.head  # 'X said the plan was dead, adding that …': X adds
            continue
        if tok.dep_ in {"xcomp", "conj", "advcl"} and tok.head.pos_ in {"VERB", "AUX"}:
            came_from, tok = tok, tok.head
            continue
        if _manner_of_saying(tok):
            # 'The Prince was keen to stress that …': the copula's subject stresses it
            came_from, tok = tok, tok.head.head
            continue
        if tok.dep_ == "conj" and _subject_child(tok.head) is not None:
            # 'Antonio Arles comments on this … and stresses how …': a verb the tagger
            # took for a noun, with its subject, shares it with its conjunct
            tok = tok.head
            continue
        # "X was quoted as saying …": saying -> as -> quoted; 'Klopp spoke about the
        # injury saying, "…"', the participle read as the preposition's object
        if (
            (tok.dep_ == "pcomp" or (tok.dep_ == "pobj" and tok.tag_ == "VBG"))
            and tok.head.dep_ == "prep"
            and tok.head.head.pos_ == "VERB"
        ):
            tok = tok.head.head
            continue
        # "a statement saying that …": the noun speaks. Not "a structure called X",
        # where the participle is passive and the noun is what is named.
        if (
            tok.dep_ in {"acl", "relcl"}
            and tok.tag_ == "VBG"
            and tok.head.pos_ in {"NOUN", "PROPN"}
        ):
            # ('established a policy urging …': the policy's; 'made an appeal asking …':
            # the one who appealed)
            holder = _holder_of_idea(tok.head, any_verb=tok.lemma_.lower() in SAYING)
            return _issuer(tok.head) or holder or tok.head
        return None
    return None


#: Adjectives that tell how a source came to say something, with the saying verb as
#: their infinitive: 'was keen to stress', 'was quick to point out' (not 'is likely to
#: say', a forecast).
SAYING_MANNERS = word_set("saying_manners")
#: Verbs of perceiving and learning, which an eager source does, not says.
PERCEIVING = frozenset({"see", "hear", "watch", "learn", "know", "read", "find", "notice"})


def _manner_of_saying(verb: Token) -> bool:
    """An infinitive hung on an adjective of manner after a copula: 'was careful to note
    that …'."""
    adjective = verb.head
    return (
        verb.dep_ == "xcomp"
        and verb.lemma_.lower() not in PERCEIVING  # ('are willing to see the bill approved')
        and adjective.dep_ == "acomp"
        and adjective.lower_ in SAYING_MANNERS
        and adjective.head.pos_ in {"AUX", "VERB"}
        and adjective.head.lemma_ == "be"
    )


def _holder_of_idea(noun: Token, any_verb: bool = True) -> Token | None:
    """Who voices the idea a participle was hung on: 'noted his opposition to torture
    saying, "…"', 'commented about the dispute saying, "…"'. An idea or an act
    ('opposition', 'intentions', 'dispute') says nothing; the participle goes with
    the verb it is the object of, and that verb's subject speaks. A text ('a
    statement saying') or a person ('protesters chanting') keeps speaking itself.
    The participle may hang on the last noun of the idea's phrase ('his support for
    the tram line saying'), when that noun names no one either. A participle that is
    no verb of saying goes with the idea's maker only after a light verb ('made an
    appeal asking …', not 'established a policy urging …')."""
    top = noun
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ == "NOUN":
        top = top.head.head
    if top is not noun and not _no_one(noun):
        return None
    if not _idea(top):
        return None
    verb = top.head
    if top.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif top.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or not (any_verb or verb.lemma_.lower() in ISSUING_VERBS):
        return None
    subject = verb_subject(verb)
    if subject is None or subject.i == top.i or subject.lower_ in {"it", "this", "that"}:
        return None
    return subject


def _holder_of_misread_participle(participle: Token, subject: Token) -> Token | None:
    """Who speaks when the parser made an idea or a thing the subject of a saying
    participle: 'noted [his opposition to torture saying] "…"', 'restated his
    support for [the tram line saying] "…"'. The participle goes with the verb
    the phrase hangs from, and that verb's subject says it."""
    if not _saying_participle(participle) or not _says_nothing(subject):
        return None
    head = participle.head
    for _ in range(4):
        if head.pos_ == "VERB" or head.dep_ == "ROOT":
            break
        head = head.head
    if head.pos_ != "VERB" or head.i == participle.i:
        return None
    holder = verb_subject(head)
    if holder is None or holder.i == subject.i or holder.lower_ in {"it", "this", "that"}:
        return None
    return holder


def _saying_participle(tok: Token) -> bool:
    """A participle of saying with no auxiliary of its own ('saying', not 'the media
    was claiming …', a clause of its own)."""
    return (
        tok.tag_ == "VBG"
        and tok.lemma_.lower() in SAYING
        and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children)
    )


def _plain_lemma(noun: Token) -> str | None:
    """The lemma of a common noun that is no entity and no text ('statement', 'report'
    speak for whoever put them out), else None."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return None
    lemma = noun.lemma_.lower()
    return None if lemma in ISSUED_TEXTS or lemma in PUBLISHED_FINDINGS else lemma


def _no_one(noun: Token) -> bool:
    """A common noun that names no possible source by its WordNet senses ('tax',
    'dispute'; not 'crowd'), nor a text."""
    lemma = _plain_lemma(noun)
    lexicon = load_lexicon()
    return lemma is not None and (
        lemma in lexicon.inanimate_nouns or lemma in lexicon.message_nouns
    )


def _says_nothing(noun: Token) -> bool:
    """An idea or a thing: no one who could say what a participle on it says."""
    return _idea(noun) or _no_one(noun)


def _idea_saying(clause: Token) -> bool:
    """An object the parser read as a clause: 'noted [his opposition to torture saying]
    "…"', where the participle of saying is the speaker's own cue, not what was noted."""
    if not _saying_participle(clause):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject is not None and _idea(subject)


#: Participles that hand over to what their speaker says: 'noted his opposition
#: saying, "…"'.
SAYING = frozenset({"say", "state", "add", "declare", "write", "comment", "remark", "explain"})


def saying_asides(obj: Token) -> set[int]:
    """The tokens of a saying participle hung on an object that is an idea or a
    thing: in 'criticized the attack saying the U.S. is losing …' (also 'his
    support for the plan saying …'), what was criticized is the attack; the
    participle is a claim of its own, its speaker the critic's."""
    saying = [
        c
        for c in obj.children
        if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > obj.i and c.lemma_.lower() in SAYING
    ]
    if not saying or not _says_nothing(obj):
        return set()
    return {t.i for c in saying for t in c.subtree}


def _idea(noun: Token) -> bool:
    """A common noun of an idea or an act, which says nothing itself: 'opposition',
    'intentions', 'dispute' (not a text such as 'statement' or 'report', nor people)."""
    lemma = _plain_lemma(noun)
    if lemma is None:
        return False
    lexicon = load_lexicon()
    if lemma in lexicon.message_nouns:
        return True
    # 'his opposition': a possessive pronoun makes an organisation word an idea
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
    return owned and lexicon.speaker_nouns.get(lemma) in {None, "organization"}


#: Verbs whose object does what the infinitive after it says: 'led Biden to express …'.
CAUSING_VERBS = frozenset({"lead", "prompt", "force", "cause", "push", "drive", "spur", "compel"})


def _object_controller(verb: Token, infinitive: Token | None) -> Token | None:
    """The object of a causing verb that the infinitive climbed from is its doer: 'The
    backlash led Biden to express regret' (Biden expressed it, not the backlash)."""
    if infinitive is None or infinitive.dep_ != "xcomp" or verb.lemma_.lower() not in CAUSING_VERBS:
        return None
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < infinitive.i), None
    )


#: Subordinators of a clause that tells when, how or why, not who.
SUBORDINATE_WORDS = frozenset(
    {"how", "when", "where", "why", "if", "because", "after", "before", "until", "once"}
)


def _subordinate_before_participle(verb: Token) -> Token | None:
    """The how-, when- or if-clause a participle set off by a comma was hung on by the
    parser ('described how the attack unfolded, stating …', '… when the temperature
    reached 86 degrees, citing concerns …'), or None."""
    if verb.dep_ not in {"advcl", "conj"} or verb.tag_ != "VBG" or verb.left_edge.i == 0:
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    if verb.doc[verb.left_edge.i - 1].text != ",":
        return None
    head = verb.head
    if head.dep_ not in {"advcl", "relcl", "ccomp"} or head.i > verb.i:
        return None
    opener = any(
        c.dep_ in {"advmod", "mark"} and c.lower_ in SUBORDINATE_WORDS and c.i < head.i
        for c in head.children
    )
    return head if opener else None


def _reporter_in_between(verb: Token) -> Token | None:
    """'The news came hours after Mubarak announced he would …, and said he would …':
    the parser joined the second cue to the sentence's verb, whose subject (the news)
    is no one; it shares the subject of the reporting clause in between."""
    head = verb.head
    if verb.dep_ != "conj" or _subject_child(verb) is not None or head.pos_ not in {"VERB", "AUX"}:
        return None
    outer = _subject_child(head)
    if (
        outer is None
        or outer.pos_ == "PRON"
        or outer.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        or any(c.dep_ in {"ccomp", "xcomp"} for c in head.children)
    ):
        return None
    for clause in head.children:
        if (
            clause.dep_ == "advcl"
            and clause.right_edge.i < verb.i
            and any(c.dep_ == "mark" for c in clause.children)
            and any(c.dep_ == "ccomp" for c in clause.children)
        ):
            subject = _subject_child(clause)
            if subject is not None and subject.dep_ == "nsubj":
                return subject
    return None


#: Texts a report can be made in: 'As alleged in the indictment', 'as stated in the memo'.
SOURCE_TEXTS = word_set("source_documents") | word_set("legal_documents")


def _occasion_or_text(prep: Token) -> bool:
    """'As alleged in the indictment', 'as he said in an interview': where it was said,
    no complement of the cue."""
    return prep.dep_ == "prep" and prep.lower_ in {"in", "by"}


def _as_clause(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    )


def _source_text(verb: Token) -> Token | None:
    """The document or outlet a passive report was made in: 'As alleged in the
    indictment', 'as reported in The Times'."""
    for prep in verb.children:
        if not _occasion_or_text(prep):
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if pobj.ent_type_ in {"ORG", "PERSON"} or pobj.lemma_.lower() in SOURCE_TEXTS:
            return pobj
    return None


def _went_on(verb: Token) -> bool:
    """'He went on to add "…"': the infinitive continues the subject's speech."""
    return verb.lemma_ == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)


def _name_read_as_time(verb: Token) -> Token | None:
    """'On Friday Ford Motor Company announced …': the parser reads the subject as the
    object of the time phrase; a name right before the verb is the subject."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if (
            pobj is not None
            and pobj.right_edge.i == verb.i - 1
            and pobj.pos_ == "PROPN"
            and pobj.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"}
            and any(t.ent_type_ in {"DATE", "TIME"} for t in pobj.subtree)
        ):
            return pobj
    return None


def _cited_source(ctx: Context, verb: Token, content: list[Token]) -> tuple[Token, Token] | None:
    """The 'citing' of 'X, citing anonymous sources, reported …' (hung on the cue or on
    the clause it reports) and what it cites, when that is a source: a name, an
    official, a report ('citing safety concerns' gives a reason, and X stays the
    speaker)."""
    ids = {t.i for t in content}
    for tok in [verb, *verb.children, *(t for t in content if t.head.i not in ids)]:
        for c in tok.children if tok.i in ids else [tok]:
            if c.dep_ != "advcl" or c.tag_ != "VBG" or c.lemma_.lower() != "cite":
                continue
            obj = next((o for o in c.children if o.dep_ == "dobj"), None)
            if obj is None or ctx.in_quote(obj):
                continue
            if any(o.dep_ in {"acl", "relcl", "ccomp"} for o in obj.children) or any(
                o.dep_ == "prep" and o.lower_ == "as" for o in c.children
            ):
                continue  # 'citing the quote that "…"', 'citing X as saying': a claim cited
            if cites_a_source(obj, ctx.lexicon):
                return c, obj
    return None


def _object_after(verb: Token) -> Token | None:
    """The cue's direct object after it ('reported Hurricane Dorian …')."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def _quoted_as_saying(verb: Token) -> Token | None:
    """'Politico quoted Tim Manning as saying "…"': the one quoted is the speaker, not
    the outlet that quotes them."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    quoting = prep.head
    if quoting.lemma_.lower() not in {"quote", "cite"} and quoting.dep_ == "advcl":
        quoting = quoting.head  # 'as' hung on a later clause: '…, which was related to …'
    if quoting.lemma_.lower() not in {"quote", "cite"} or quoting.i > prep.i:
        return None
    return next((c for c in quoting.children if c.dep_ == "dobj" and c.i < prep.i), None)


#: People who report, whom an inverted cue may put after itself ('…, said officials').
REPORTING_PEOPLE = frozenset(
    {"official", "police", "authority", "witness", "source", "analyst", "expert"}
    | {"investigator", "resident", "spokesman", "spokeswoman", "spokesperson", "organizer"}
    | {"organiser", "researcher", "scientist", "doctor", "prosecutor", "officer"}
)


def _inverted_subject(verb: Token) -> Token | None:
    """'[clause], announced Acting Assistant Attorney General Rita M. Glavin': after the
    clause it reports, a cue with no subject puts its speaker after it, where the
    parser reads a name as its object."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    # (or, joined to the clause's verb as its conjunct: '…, announced X'; not '…,
    # blamed John Smith', whose name is what is blamed)
    joined = verb.dep_ == "conj" and verb.head.i < verb.i and verb.lemma_.lower() in INVERTING
    if (clause is None and not joined) or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    obj = _object_after(verb)
    if obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() in REPORTING_PEOPLE:
        # ('…, reported officials, with 25 others injured': people who report, read as
        # what is reported, right before a comma or the end)
        end = obj.right_edge.i + 1
        if end >= len(verb.doc) or verb.doc[end].is_punct:
            return obj
    if obj is None or obj.pos_ != "PROPN":
        return None
    names = {"PERSON", "ORG", "GPE", "NORP"}
    if not any(t.ent_type_ in names for t in obj.subtree) and obj.ent_type_ not in names:
        return None
    return obj


def _prefix_of(subject: Token, verb: Token) -> bool:
    """Whether the subject is the verb's own prefix, cut off by its hyphen
    ('counter-claimed', 'pre-announced', 're-iterated')."""
    doc = verb.doc
    return (
        subject.i + 2 == verb.i
        and doc[subject.i + 1].text == "-"
        and not subject.whitespace_
        and not doc[subject.i + 1].whitespace_
        and subject.is_lower
    )


def _subject_child(verb: Token) -> Token | None:
    """The verb's subject; of several side by side (a misparse of one long phrase:
    'study co - author Professor Carl Lipo said'), the last, which heads the name."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if len(subjects) == 1 and _prefix_of(subjects[0], verb):
        # 'The Labour Party counter-claimed …': the prefix read as the subject, the
        # party as its modifier
        subjects = [c for c in subjects[0].children if c.dep_ == "compound"][-1:]
    if len(subjects) == 1 and _opening_participle(subjects[0]):
        # 'Having had surgery for cancer, Akihito … said …': the parser took the
        # opening participle for the subject and the name for an apposition in it
        subjects = [t for t in subjects[0].subtree if _name_set_off(t)][-1:] or subjects
    if len(subjects) < 2:
        return _place_after_place(subjects[0]) if subjects else None
    runs = [[subjects[0]]]
    doc = verb.doc
    for subj in subjects[1:]:
        gap = doc[runs[-1][-1].right_edge.i + 1 : subj.left_edge.i]
        # ('al-Maliki said', the hyphen of the name hung on the verb too)
        if all(joins_a_name(t) for t in gap) and len(gap) < 2:
            runs[-1].append(subj)
        else:
            runs.append([subj])
    # a clause joined by 'and' before the verb's own subject ('Millions dwell in the
    # slums, and while …, local activists claimed …': 'dwell' read as a noun), or a
    # role before the name the parser split from it ('The judge presiding over the
    # case, Bernard Schwartz, said': the name)
    while (
        len(runs) > 1
        and runs[1][0].i < verb.i
        and (
            any(c.dep_ == "cc" for c in runs[0][-1].children)
            or (not _a_name(runs[0][-1]) and _a_name(runs[1][-1]))
        )
    ):
        runs = runs[1:]
    return runs[0][-1]


def _opening_participle(subj: Token) -> bool:
    """A clausal subject that is a participle opening the sentence ('Having …')."""
    return subj.dep_ == "csubj" and subj.tag_ == "VBG" and subj.left_edge.i == subj.sent.start


def _name_set_off(tok: Token) -> bool:
    """A name set off by a comma as an apposition: '…, Akihito'."""
    return (
        tok.dep_ == "appos"
        and tok.pos_ == "PROPN"
        and tok.ent_type_ in {"PERSON", "ORG"}
        and tok.left_edge.i > 0
        and tok.doc[tok.left_edge.i - 1].text == ","
    )


def _place_after_place(subj: Token) -> Token:
    """The one a place is said of, where the parser took the second part of a place
    name for the subject ('John Smith of Austin, Texas said …', 'X of the University
    of California, Los Angeles disagreed …': not Texas, not Los Angeles)."""
    doc = subj.doc
    start = subj.left_edge.i
    if subj.ent_type_ not in {"GPE", "PERSON"} or start < 2 or doc[start - 1].text != ",":
        return subj
    place = doc[start - 2]
    if place.ent_type_ not in {"GPE", "ORG"} or place.dep_ != "pobj":
        return subj
    owner = place
    while (
        owner.dep_ == "pobj"
        and owner.head.dep_ == "prep"
        and owner.head.lower_ in {"of", "from", "in", "at"}
    ):
        owner = owner.head.head
    if owner is place or owner.pos_ not in {"NOUN", "PROPN"} or owner.i >= subj.i:
        return subj
    if subj.ent_type_ == "PERSON" and (subj.left_edge.i != subj.i or owner.ent_type_ != "PERSON"):
        return subj  # (a city the recogniser took for a name: 'Reyes of …, Austin said')
    return owner


def _a_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.ent_type_ in {"PERSON", "ORG"}


#: Texts that someone issues: 'X released a statement saying …' is X's claim.
ISSUED_TEXTS = word_set("issued_texts")
#: Findings that someone publishes, the issuer's claim only when put out by
#: a publishing verb ('released a report showing …').
PUBLISHED_FINDINGS = word_set("published_findings")
PUBLISHING_VERBS = word_set("publishing_verbs")


def issued_text(noun: Token) -> bool:
    """Whether ``noun`` is a text its verb's subject put out: 'a statement', 'posted
    findings' (not 'criticised a report')."""
    lemma = noun.lemma_.lower()
    if lemma in ISSUED_TEXTS:
        return True
    return (
        lemma in PUBLISHED_FINDINGS
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in PUBLISHING_VERBS
    )


def _issuer(text_noun: Token) -> Token | None:
    """The subject of the verb whose object is ``text_noun``: 'Cruz released a statement'
    (also through where it was posted: 'posted a message on Twitter blaming …')."""
    if (
        text_noun.dep_ == "pobj"
        and text_noun.head.dep_ == "prep"
        and text_noun.head.lower_ in {"on", "via", "through"}
        and text_noun.head.head.lemma_.lower() in ISSUED_TEXTS
    ):
        text_noun = text_noun.head.head  # the message, not Twitter
    if (
        text_noun.dep_ == "pobj"
        and text_noun.head.lower_ in {"with", "in"}
        and text_noun.head.head.pos_ == "VERB"
        and text_noun.lemma_.lower() in ISSUED_TEXTS
    ):
        verb = text_noun.head.head  # 'Others responded with tweets calling …'
    elif not issued_text(text_noun) or text_noun.dep_ != "dobj":
        return None
    else:
        verb = text_noun.head
    return _issuing_subject(verb)


def _issuing_subject(verb: Token) -> Token | None:
    """The subject of a verb that puts a text out, when it names someone (not 'it',
    'this', nor a relative pronoun)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or is_relative(subj) or subj.lower_ in {"it", "this", "that"}:
        return None
    return subj


#: Verbs that put out a text or a remark: 'made a comment', 'issued a statement'.
ISSUING_VERBS = frozenset({"make", "issue", "release", "post", "give", "publish", "put", "send"})


def _issuer_of_misread_text(verb: Token, subj: Token) -> Token | None:
    """'Germaine Richie made a comment saying: "…"', read as 'made [a comment saying
    …]' (the text the subject of the participle): who made it."""
    if subj.lemma_.lower() not in ISSUED_TEXTS or verb.dep_ != "ccomp":
        return None
    if verb.head.lemma_.lower() not in ISSUING_VERBS:
        return None
    return _issuing_subject(verb.head)


def _clause_of_issued_text(verb: Token) -> list[Token]:
    """'The Department issued a statement that an inmate had been stabbed': the
    that-clause of a text the cue's subject issued is what the text says (the parser
    hangs it on the noun, as a relative clause)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.lemma_.lower() not in ISSUED_TEXTS:
        return []
    for clause in obj.children:
        if clause.dep_ not in {"acl", "relcl", "ccomp"} or clause.i < obj.i:
            continue
        that = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"]
        if that and any(c.dep_ in SUBJECTS for c in clause.children):
            return [t for t in clause.subtree if t.i != that[0].i]
    return []


def _participle_after_report(tok: Token) -> bool:
    """A participle set off after a reported clause, hung by the parser on that
    clause's verb: its subject is the reporter's ('she said the mood was grim,
    adding that …'), not the clause's."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.head.dep_ != "ccomp":
        return False
    if tok.head.head.i > tok.i:
        return False  # ('X highlighted the concern, telling Crikey, "I know …"': the quote
        # after it read as the sentence's verb, the reporting clause as its complement)
    before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    if before is not None and before.text in QUOTE_CLOSERS and before.i > 0:
        before = tok.doc[before.i - 1]
    return before is not None and before.text == "," and tok.head.head.pos_ in {"VERB", "AUX"}


def _agent(verb: Token) -> Token | None:
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return None
    return next((c for c in agent.children if c.dep_ == "pobj"), None)


def _expletive(verb: Token) -> bool:
    """'It is said/believed that …', 'It is important to note that …': no source in the
    sentence (the second, the writer's own aside)."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return (
        verb.lemma_ == "be"
        and any(c.dep_ == "acomp" for c in verb.children)
        and any(c.dep_ == "xcomp" and c.i > verb.i for c in verb.children)
    )
