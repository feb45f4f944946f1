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

import re

from spacy.tokens import Token

from claimx.extract.base import (
    RELATIVE_PRONOUNS,
    Candidate,
    Context,
    char_runs,
    phrase_extent,
    subtree_without,
    tokens_in,
    trim_tokens,
)
from claimx.lexicon import CueEntry, Lexicon

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
#: Cues whose object is the listener: "told reporters that …", "warned investors that …".
LISTENER_VERBS = {"tell", "warn", "assure", "remind", "inform", "advise", "promise", "notify"}
DEMONSTRATIVES = {"that", "this", "these", "those", "which", "what"}
CONFIDENCE = {"speech": 0.85, "cognition": 0.75}


def reporting_verbs(ctx: Context) -> list[Candidate]:
    """Every cue verb with a subject and a content complement."""
    out = []
    for tok in ctx.doc:
        entry = ctx.lexicon.cue(tok.lemma_)
        if entry is None or tok.pos_ not in {"VERB", "AUX"} or ctx.in_quote(tok):
            continue
        if tok.dep_ in {"amod", "compound"}:
            continue
        cand = _reporting_verb(ctx, tok, entry)
        if cand is not None:
            out.append(cand)
    return out


def _reporting_verb(ctx: Context, verb: Token, entry: CueEntry) -> Candidate | None:
    speaker = verb_subject(verb)
    if speaker is not None and (ctx.in_quote(speaker) or speaker.is_punct or speaker.tag_ == "POS"):
        speaker = None  # a cue outside a quote cannot take its subject from inside
    if speaker is None and entry.cls == "speech":
        return surface_quote_attribution(ctx, verb, entry)
    content, pattern = verb_content(verb, entry, ctx.lexicon)
    if not content and entry.cls == "speech":
        content, pattern = adjacent_quote(ctx, verb, speaker), "adjacent_quote"
    # "said the plan was ready and added that …": the parser hangs the second cue
    # on the first one's content; it is the first speaker's next claim.
    stray = [t for t in content if t.i != verb.i and is_stray_coordinated_cue(ctx, t)]
    if stray:
        cut = {i for t in stray for i in _conj_span(t)}
        content = [t for t in content if t.i not in cut]
    if not content or speaker is None:
        return None
    # "an architect who said he was stiffed": the cue's clause is inside the
    # speaker's subtree; only the rest of that subtree is the speaker.
    speaker_ids = {t.i for t in speaker.subtree} - {t.i for t in verb.subtree}
    content = [t for t in content if t.i not in speaker_ids and t.i != verb.i]
    content = trim_tokens(_through_colon(content))
    if not content or all(t.is_punct or t.is_space for t in content):
        return None
    relative = next(
        (c for c in verb.children if c.dep_ in SUBJECTS and c.lower_ in RELATIVE_PRONOUNS), None
    )
    return Candidate(
        type="indirect",
        pattern=pattern,
        content=char_runs(content),
        cue=phrase_extent(verb, ctx.lexicon, entry.lemma),
        cue_lemma=entry.lemma,
        cue_token=verb,
        speaker=speaker,
        mention=relative if relative is not None and relative.i != speaker.i else None,
        confidence=CONFIDENCE.get(entry.cls, 0.8),
    )


def verb_content(verb: Token, entry: CueEntry, lexicon: Lexicon) -> tuple[list[Token], str]:
    """The content tokens a cue verb governs, and the name of the frame that found them."""
    children = list(verb.children)
    for child in children:
        if child.dep_ == "ccomp":
            return _without_comment(child), "clausal_complement"
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
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
        return subtree_without(verb.head, [verb]), "as_clause"
    # "The plan, officials say, will fail." / "We will win, he said."
    if verb.dep_ == "parataxis" and entry.cls == "speech":
        return subtree_without(verb.head, [verb]), "inserted_reporting_clause"
    for child in children:
        # "We will win, he said." (not "Back home, Clarke said, he decided …",
        # where the parataxis is itself the reporting clause)
        is_cue = child.pos_ == "VERB" and lexicon.cue(child.lemma_) is not None
        if child.dep_ == "parataxis" and child.i < verb.i and not is_cue:
            return list(child.subtree), "postposed_reporting_clause"
    frames = entry.frames
    preps = {f"prep:{c.lower_}" for c in children if c.dep_ == "prep"}
    if "as" in frames and not preps & frames:
        toks = _object_predicate(verb)
        if toks:
            return toks, "object_predicate"
    if "dobj" in frames:
        obj = next((c for c in children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lower_ not in {"it", "this", "that", "so"}:
            toks = _without_trailing_relative(_without_comment(obj)) + _object_modifiers(verb, obj)
            return toks + _relative_tail(verb, obj), "object_complement"
    if "xcomp" in frames:
        x = next((c for c in children if c.dep_ == "xcomp"), None)
        if x is not None:
            return _without_comment(x), "infinitive_complement"
    for frame in frames:
        if frame.startswith("prep:"):
            word = frame.split(":", 1)[1]
            prep = next((c for c in children if c.dep_ == "prep" and c.lower_ == word), None)
            if prep is not None:
                pobj = [t for c in prep.children for t in _without_comment(c)]
                # "called on Congress to pass the bill": the infinitive goes with it
                pobj += [
                    t for c in children if c.dep_ == "xcomp" and c.i > prep.i for t in c.subtree
                ]
                if pobj:
                    return pobj, "prepositional_complement"
    return [], ""


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


def _object_predicate(verb: Token) -> list[Token]:
    """The object and what is predicated of it: 'called Russia the biggest threat'.

    Also 'identified Russia as a threat' and 'called her "third-rate"'; a lone
    object ('called him') is no claim.
    """
    frame = [
        c
        for c in verb.children
        if c.i > verb.i and (c.dep_ in PREDICATE_DEPS or (c.dep_ == "prep" and c.lower_ == "as"))
    ]
    single_predicate = len(frame) == 1 and frame[0].dep_ in {"oprd", "xcomp", "ccomp", "acomp"}
    if len(frame) < 2 and not single_predicate:
        return []
    return [t for c in frame for t in c.subtree]


def _without_trailing_relative(tokens: list[Token]) -> list[Token]:
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
            and edge.lower_ in {"which", "who"}
            and t.right_edge.i >= last - 1
            and edge.i - 1 in ids
            and t.doc[edge.i - 1].text == ","
        ):
            cut = {x.i for x in t.subtree} | {edge.i - 1}
            return [x for x in tokens if x.i not in cut]
    return tokens


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
    if pobj.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT"}:
        return True
    return pobj.lemma_.lower() in FRAME_NOUNS


FRAME_NOUNS = {
    "interview",
    "statement",
    "speech",
    "rally",
    "meeting",
    "conference",
    "event",
    "hearing",
    "letter",
    "tweet",
    "post",
    "email",
    "call",
    "debate",
    "appearance",
    "briefing",
    "town",
    "morning",
    "evening",
    "night",
    "week",
    "weekend",
    "day",
    "year",
    "month",
    "show",
    "program",
    "broadcast",
    "episode",
    "op-ed",
    "article",
    "book",
    "memo",
    "report",
}


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


def surface_quote_attribution(ctx: Context, verb: Token, entry: CueEntry) -> Candidate | None:
    """'"…," NAME said.' / '"…," said NAME.' read from the surface when the parse is broken.

    Example: ``"We will achieve justice," Tulsa police Chief Chuck Jordan said.``
    (the parser reads *Tulsa* as a verb and hangs *said* inside the quote).
    """
    doc, text = ctx.doc, ctx.doc.text
    sent = verb.sent
    for q in ctx.quotes:
        if q.close_mark is None or not (sent.start_char < q.outer_end <= verb.idx):
            continue
        if text[q.end - 1 : q.end] not in {",", "?", "!", "—", "–"} and not text[
            q.outer_end : verb.idx
        ].lstrip().startswith(","):
            continue
        between = [t for t in doc[sent.start : verb.i] if t.idx >= q.outer_end]
        after = []
        for t in doc[verb.i + 1 : sent.end]:
            if t.is_punct:
                break
            after.append(t)
        words = [t for t in between if not t.is_punct]
        if words and len(words) <= 8:
            np_tokens = words  # '"…," NAME said'
        elif not words and after and len(after) <= 10:
            np_tokens = after  # '"…," said NAME'
        else:
            continue
        nouns = [t for t in np_tokens if t.pos_ in {"PROPN", "NOUN", "PRON"}]
        if not nouns:
            return None
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


def _first_noun_run_end(tokens: list[Token]) -> Token:
    """The last word of the first run of nouns: 'said Chuck Jordan on Monday' -> Jordan."""
    last = None
    for t in tokens:
        if t.pos_ in {"PROPN", "NOUN", "PRON"}:
            last = t
        elif last is not None:
            break
    return last or tokens[-1]


def adjacent_quote(ctx: Context, verb: Token, subj: Token) -> list[Token]:
    """Tokens of a quote right beside the cue clause when the parse links them badly.

    ``Erdogan said, “Let the United Nations decide.”`` (the quote is read as an
    xcomp) or ``“…,” said the official`` with the quote outside the verb's tree.
    """
    doc, text = ctx.doc, ctx.doc.text
    frame = [verb] + list(subj.subtree)
    lo = min(t.idx for t in frame)
    hi = max(t.idx + len(t.text) for t in frame)
    # '"…" X said, "…"' / 'He said:' with the quote opening the next paragraph
    after = re.match(r"[ \t]*(?::\s*|,[ \t]*)?", text[hi : hi + 12])
    for q in ctx.quotes:
        if after is not None and q.outer_start == hi + after.end():
            return tokens_in(doc, q.start, q.end)
        gap = text[q.outer_end : lo] if q.outer_end <= lo else "-"
        # '"…," said X' / '"…?" X asked': a comma after the quote, or one inside it.
        if re.fullmatch(r"[ \t]*,?[ \t]*", gap) and (
            "," in gap or text[q.end - 1 : q.end] in {",", "?", "!", "—", "–", "-"}
        ):
            return tokens_in(doc, q.start, q.end)
    return []


def is_stray_coordinated_cue(ctx: Context, tok: Token) -> bool:
    """A subjectless cue verb coordinated into another cue's clausal complement."""
    if tok.dep_ != "conj" or ctx.lexicon.cue(tok.lemma_) is None or tok.pos_ != "VERB":
        return False
    if any(c.dep_ in SUBJECTS for c in tok.children):
        return False
    head = tok.head
    return head.dep_ == "ccomp" and ctx.lexicon.cue(head.head.lemma_) is not None


def _conj_span(tok: Token) -> list[int]:
    """The coordinated verb's subtree and the conjunction before it."""
    ids = [t.i for t in tok.subtree]
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.dep_ == "cc" and prev.head.i == tok.head.i:
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
        tok = verb.head.head  # "said X and added that …": the outer cue's subject
    while tok is not None and seen < 6:
        seen += 1
        subj = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
        if subj is not None and subj.dep_ == "nsubjpass":
            agent = _agent(tok)
            if agent is not None:
                return agent
            if tok.lemma_ == "quote":  # "X was quoted as saying"
                return subj
            return None
        agent = _agent(tok)
        if agent is not None:
            return agent
        if subj is not None:
            if subj.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                return tok.head
            if subj.pos_ == "PRON" and subj.lower_ in {"it", "there"} and _expletive(tok):
                return None
            if subj.lower_ in DEMONSTRATIVES and subj.dep_ == "nsubj":
                return None  # "That said, …" / "This suggests that …": no source
            return subj
        if tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return None  # a purpose clause: "ministers will gather to discuss …"
        if tok.dep_ in {"xcomp", "conj", "advcl"} and tok.head.pos_ in {"VERB", "AUX"}:
            tok = tok.head
            continue
        # "X was quoted as saying …": saying -> as -> quoted
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
            tok = tok.head.head
            continue
        # "a statement saying that …": the noun speaks. Not "a structure called X",
        # where the participle is passive and the noun is what is named.
        if (
            tok.dep_ in {"acl", "relcl"}
            and tok.tag_ == "VBG"
            and tok.head.pos_ in {"NOUN", "PROPN"}
        ):
            return tok.head
        return None
    return None


def _agent(verb: Token) -> Token | None:
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return None
    return next((c for c in agent.children if c.dep_ == "pobj"), None)


def _expletive(verb: Token) -> bool:
    """'It is said/believed that …': no source in the sentence."""
    return any(c.dep_ == "auxpass" for c in verb.children)
