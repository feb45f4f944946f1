"""Source phrases: 'according to X', and 'in X' where X is a poll, report or statement.

Example: ``Currently, according to official sources, there is no draft.`` The
content is the clause the phrase attaches to, minus the phrase itself, on the
side of the clause's head. Relative uses (``a doctrine, according to which …``)
name no source and are skipped.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimx.extraction.rules.base import (
    DATELINE,
    FINITE,
    Candidate,
    Context,
    Found,
    char_runs,
    cites_a_source,
    final_source_phrase,
    held_by,
    is_relative,
    passive_participle,
    trim_tokens,
)
from claimx.lexicon import word_set


def according_to(ctx: Context, found: Found) -> list[Candidate]:
    out = []
    lower = ctx.text.lower()
    if "according" not in lower and "per " not in lower:
        return out
    for tok in ctx.tokens:
        if ctx.in_quote(tok):
            continue
        if tok.lower_ == "per":
            to = _per(tok)  # 'Per the doctrines, …', '…, per WHO guidelines'
        elif tok.lower_ == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            if to is None and tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].lower_ == "to":
                to = ctx.doc[tok.i + 1]
        else:
            continue
        if to is None:
            continue
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        if source is None or is_relative(source):
            continue
        if introduces_block(tok):
            continue  # 'According to the indictment:' and a paragraph: a block's introducer
        final = final_source_phrase(tok.sent)
        speaker_span = None
        split = _source_split_by_hyphen(to)
        if split is not None:
            # 'according to Cuban vice-premier Carlos Lage and …': the parser split the
            # phrase at the hyphen into two objects; the source is the named one
            source, speaker_span = split
        conjunct = _after_conjunction(tok, source)
        participle = tok.head
        swallowed = _clause_hung_on_source(tok, to) if speaker_span is None else None
        if swallowed is not None:
            # 'According to a study published in The Lancet, the drug cut deaths …':
            # the parser hung the whole clause on the source's last name
            content, speaker_span = swallowed
        elif conjunct is not None:
            content, speaker_span = conjunct
        elif (
            participle.tag_ == "VBG"
            and participle.dep_ == "advcl"
            and participle.i < tok.i
            and ctx.doc[tok.i - 1].text != ","
        ):
            # '…, killing at least 20 according to Philippine officials': the count is
            # theirs, the landfall the writer's
            content = trim_tokens([t for t in participle.subtree if t.i < tok.i])
        elif final is not None and final[0] == tok.i - 1:  # the whole sentence before it
            content = trim_tokens(list(ctx.doc[tok.sent.start : final[0]]))
        else:
            content = _content(tok, to)
            subject = _subject_read_as_source(tok, source)
            if subject is not None and content:
                # 'According to the researchers, sacrifice … was common …'
                comma = ctx.doc[subject.left_edge.i - 1]
                speaker_span = (source.left_edge.idx, comma.idx)
                content = trim_tokens(list(subject.subtree) + content)
        told = _participle_after_source(tok, to)
        if told is not None and speaker_span is None:
            # 'According to the indictment and other information entered into the court
            # record today, Smith paid …': the parser made the participle a clause of
            # its own; it describes the source, and the claim begins after the comma
            content = [t for t in content if t.i > told.i]
            speaker_span = (source.left_edge.idx, told.idx)
        run = _name_cut_from(source)
        if run is not None and speaker_span is None:
            # 'According to Connecticut Senator Richard Blumenthal, the airplane …': the
            # parser ended the source at the place and made the person the clause's
            # subject; the source runs to the person's name
            content = trim_tokens([t for t in content if not run.start <= t.i <= run.end])
            source = run[-1]
            speaker_span = (run[0].idx, run[-1].idx + len(run[-1].text))
        word = _name_word_cut_off(source)
        if word is not None and speaker_span is None:
            # 'According to Russia Today, most Russians …': the recogniser ended the
            # outlet's name at the country, the parser made its last word the clause's
            content = trim_tokens([t for t in content if t.i != word.i])
            speaker_span = (source.left_edge.idx, word.idx + len(word.text))
        named = _name_set_off_after(source, ctx.lexicon.first_names)
        if named is not None and speaker_span is None:
            # 'According to the El Paso mayor, Dee Margo, during the weekend, police …':
            # the name set off by commas after a role is the source's, not the clause's
            content = [t for t in content if not named[0] <= t.i <= named[1]]
            speaker_span = (
                source.left_edge.idx,
                ctx.doc[named[1] - 1].idx + len(ctx.doc[named[1] - 1].text),
            )
        if not content:
            continue
        cited = _cited_by(ctx, source)
        if cited is not None:
            source, speaker_span = cited, None
        out.append(
            Candidate(
                type="according_to",
                # ('per' is no cue the learned layer was taught: the rule stands alone)
                pattern="per_source" if tok.lower_ == "per" else "according_to",
                content=char_runs(content),
                cue=(tok.idx, to.idx + len(to.text)),
                cue_lemma="per" if tok.lower_ == "per" else "according to",
                cue_token=tok,
                speaker=source,
                speaker_span=speaker_span,
                confidence=0.85,
            )
        )
    return out


def introduces_block(according: Token) -> bool:
    """Whether an opening 'According to X' is the whole line, ended by a colon, that
    introduces the paragraphs after it ('According to court documents entered into the
    record today:'): the clause has no subject of its own (a participle of the source
    the parser made the root is none)."""
    sent = according.sent
    words = [t for t in sent if not t.is_space]
    if according.i != words[0].i or words[-1].text != ":":
        return False
    doc = according.doc
    colon = words[-1]
    if "\n" not in doc.text[colon.idx + 1 : colon.idx + 3] and colon.i + 1 < len(doc):
        return False
    head = according.head
    return head.i == according.i or not any(c.dep_ in SUBJECTS for c in head.children)


def _source_split_by_hyphen(to: Token) -> tuple[Token, tuple[int, int]] | None:
    """The source and its span when the parser read one phrase broken by a hyphen as
    two objects of 'to' ('Cuban vice' and '-premier Carlos Lage and …'); None
    otherwise. The span leaves out a relative clause after it."""
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if len(objects) != 2:
        return None
    first, last = objects
    doc = to.doc
    if first.right_edge.i + 1 != last.left_edge.i or doc[last.left_edge.i].text != "-":
        return None
    if first.whitespace_ or doc[last.left_edge.i].whitespace_:
        return None  # ('vice-premier', written without spaces)
    aside = {t.i for c in last.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}
    end = max(t for t in last.subtree if t.i not in aside and not t.is_punct)
    return last, (first.left_edge.idx, end.idx + len(end.text))


def _participle_after_source(according: Token, to: Token) -> Token | None:
    """The comma closing a participle that describes an opening phrase's source
    ('According to court documents filed on Monday, …'), which the parser read as a
    clause without a subject and hung the phrase on; None where it did not."""
    verb = according.head
    if (
        verb.i != to.right_edge.i + 1
        or verb.tag_ not in {"VBN", "VBD"}
        or any(c.dep_ in SUBJECTS for c in verb.children)
    ):
        return None
    sent = according.sent
    if [t for t in according.doc[sent.start : according.i] if not (t.is_space or t.is_punct)]:
        return None
    comma = next((t for t in according.doc[verb.i : sent.end] if t.text == ","), None)
    if comma is None or comma.i - verb.i > 12:
        return None
    words = according.doc[verb.i + 1 : comma.i]
    if any(t.dep_ in SUBJECTS or t.tag_ in FINITE for t in words):
        return None
    return comma


#: Nouns that carry what a source found or stated: "in a poll released Sunday, …".
SOURCE_DOCUMENTS = word_set("source_documents")


def in_source_document(ctx: Context, found: Found) -> list[Candidate]:
    """'In a Washington Post-ABC News poll, three of four Americans disapproved.'

    The phrase names where the clause's claim comes from: a poll, report,
    statement or interview. Not on a reporting verb ('said in a statement', where
    the verb rule already has the speaker) and not inside a noun phrase.
    """
    out = []
    for prep in ctx.tokens:
        if prep.lower_ != "in" or prep.dep_ != "prep" or ctx.in_quote(prep):
            continue
        doc_noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if doc_noun is None or doc_noun.lemma_.lower() not in SOURCE_DOCUMENTS:
            continue
        head = prep.head
        verb = head.pos_ in {"VERB", "AUX"}
        if ctx.lexicon.cue_of(head) is not None or not (verb or head.dep_ == "ROOT"):
            continue
        if verb and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
            continue
        if any(t.tag_ in {"PRP$", "WDT", "WP$"} for t in doc_noun.children):
            continue  # "in his statement": the verb rule or the author's paraphrase
        content = _content(prep, doc_noun)
        if len([t for t in content if not t.is_punct]) < 3:
            continue
        out.append(
            Candidate(
                type="indirect",
                # a poll's figures are its findings whatever the learned layer, which
                # saw few, makes of them ('In the Monmouth poll, she drew two percent')
                pattern="poll_result" if doc_noun.lemma_.lower() in POLLS else "source_document",
                content=char_runs(content),
                cue=(prep.idx, prep.idx + len(prep.text)),
                cue_lemma="in",
                cue_token=prep,
                speaker=doc_noun,
                confidence=0.6,
            )
        )
    return out


#: Documents whose findings are figures: 'In the Monmouth poll, she drew two percent'.
POLLS = frozenset({"poll", "survey"})


#: Nouns of a view someone holds: 'In his view, …', 'in the opinion of the court'.
VIEW_NOUNS = frozenset(
    {"view", "opinion", "judgment", "judgement", "assessment", "estimation", "perspective"}
)


def stated_view(ctx: Context, found: Found) -> list[Candidate]:
    """'In his view, the plan will fail.', 'From her perspective, …', 'the plan, in the
    opinion of the court, is unlawful': the clause is the holder's view (the guide's
    "Views"). The holder is the view's possessor or what it is 'of'; the writer's
    own ('in my view') is no one's claim."""
    out = []
    for prep in ctx.tokens:
        if prep.lower_ not in {"in", "from"} or prep.dep_ != "prep" or ctx.in_quote(prep):
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in VIEW_NOUNS:
            continue
        holder = next((c for c in noun.children if c.dep_ == "poss"), None)
        if holder is None:
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            holder = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if holder is None or holder.lower_ in {"my", "our", "your", "me", "us", "you"}:
            continue
        head = prep.head
        if ctx.lexicon.cue_of(head) is not None or not (
            head.pos_ in {"VERB", "AUX"} or head.dep_ == "ROOT"
        ):
            continue
        content = _content(prep, noun)
        if len([t for t in content if not t.is_punct]) >= 3:
            out.append(Candidate.of_word(prep, holder, content, "stated_view", 0.6))
    return out


#: Adverbs that mark a claim as reported by someone the writer does not name.
HEARSAY_ADVERBS = word_set("hearsay_adverbs")


def hearsay_adverb(ctx: Context, found: Found) -> list[Candidate]:
    """'The company reportedly paid no tax.': a claim whose source is not named.

    The clause the adverb modifies is the content; the speaker is null, as the
    contract allows when no source can be found.
    """
    out = []
    for adv in ctx.doc:
        if adv.lower_ not in HEARSAY_ADVERBS or adv.dep_ != "advmod" or ctx.in_quote(adv):
            continue
        head = adv.head
        if head.pos_ not in {"VERB", "AUX"} or not any(c.dep_ in SUBJECTS for c in head.children):
            continue
        content = trim_tokens([t for t in head.subtree if t.i != adv.i])
        if len(content) < 3:
            continue
        out.append(
            Candidate(
                type="indirect",
                pattern="hearsay_adverb",
                content=char_runs(content),
                cue=(adv.idx, adv.idx + len(adv.text)),
                cue_lemma=adv.lower_,
                cue_token=adv,
                speaker=None,
                confidence=0.5,
            )
        )
    return out


SUBJECTS = {"nsubj", "nsubjpass", "csubj"}


def _cited_by(ctx: Context, source: Token) -> Token | None:
    """'According to Agence France-Presse, which cited sources close to the
    investigation, …': the sources the outlet cites are the speaker."""
    for clause in source.children:
        if clause.dep_ not in {"relcl", "acl"} or clause.lemma_.lower() != "cite":
            continue
        obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if obj is None or is_relative(obj):
            continue
        if cites_a_source(obj, ctx.lexicon):
            return obj
    return None


def _after_conjunction(
    according: Token, source: Token
) -> tuple[list[Token], tuple[int, int]] | None:
    """'…, largely Kurdish and, according to Turkey, supportive of the PKK': set off
    after a conjunction, the phrase reports the conjunct after it, up to the end of
    the sentence, whatever the parser hung it on; its source ends at the comma.
    (content tokens, source span) or None."""
    doc = according.doc
    i = according.i
    if i < 2 or doc[i - 1].text != "," or doc[i - 2].lower_ not in {"and", "but", "or"}:
        return None
    comma = next((t for t in doc[source.i : according.sent.end] if t.text == ","), None)
    if comma is None:
        return None
    content = trim_tokens([t for t in doc[comma.i + 1 : according.sent.end] if not t.is_space])
    words = [t for t in doc[source.left_edge.i : comma.i] if not t.is_space]
    if not content or not words:
        return None
    return content, (words[0].idx, words[-1].idx + len(words[-1].text))


#: What 'per' measures by, not whom it cites: 'per cent', '$5 per share'.
PER_UNITS = frozenset(
    {
        "cent",
        "capita",
        "annum",
        "day",
        "week",
        "month",
        "year",
        "hour",
        "minute",
        "second",
        "person",
        "head",
        "share",
        "unit",
        "mile",
        "kilometre",
        "kilometer",
        "household",
        "se",
    }
)


#: What 'per' follows rather than cites: 'per request of', 'per orders of'.
PER_ACTS = frozenset(
    {"request", "order", "instruction", "direction", "demand", "decision", "agreement", "law"}
)


def _per(tok: Token) -> Token | None:
    """'Per X' opening a sentence or set off by a comma, X a source (not 'per cent',
    'per day'): the word itself, which stands as its own 'to'."""
    doc = tok.doc
    set_off = tok.is_sent_start or (tok.i > 0 and doc[tok.i - 1].text in {",", "—", "–", "("})
    source = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if not set_off or source is None or source.pos_ not in {"NOUN", "PROPN"}:
        return None
    if source.lemma_.lower() in PER_UNITS or any(c.like_num for c in source.children):
        return None
    if source.pos_ == "NOUN" and source.lemma_.lower() in PER_ACTS:
        return None  # 'Per request of the prime minister, …': on whose request, not per whom
    return tok


def _subject_read_as_source(according: Token, source: Token) -> Token | None:
    """The subject of the clause an opening 'According to X,' reports, which the
    parser read as a conjunct or apposition of X ('According to the researchers,
    sacrifice and mummification of sacred ibises was common …'): the clause's verb
    has no subject, and the conjunct follows a comma of X's phrase, ending right before
    it or before a comma before it ('According to a statement from the company, the chief
    executive, John Smith, resigned': the parser set the executive beside the company)."""
    verb = according.head
    if according.i != according.sent.start or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children) or verb.i < source.i:
        return None
    doc = according.doc
    for child in source.subtree:
        if child.dep_ not in {"conj", "appos"} or child.i < source.i:
            continue
        before = doc[child.left_edge.i - 1]
        end = child.right_edge.i + 1
        if end < verb.i and doc[end].text == ",":
            end += 1
        if before.text == "," and end == verb.i:
            return child
    return None


def _contrasting_clause(head: Token) -> set[int]:
    """', but that office stands vacant': a clause with a subject of its own set against
    the reported one by 'but' or 'yet', the writer's (not 'broke into two pieces but did
    not catch fire', one subject's)."""
    ccs = [c.i for c in head.children if c.dep_ == "cc" and c.lower_ in {"but", "yet"}]
    out: set[int] = set()
    for conj in head.children:
        if conj.dep_ != "conj" or conj.i < head.i or not any(i < conj.i for i in ccs):
            continue
        if any(c.dep_ in SUBJECTS | {"expl"} for c in conj.children):
            out |= {t.i for t in conj.subtree} | {i for i in ccs if i < conj.i}
    return out


def _name_cut_from(source: Token):
    """The source's name and the title and person's name the parser cut from it
    ('[Connecticut] Senator Richard Blumenthal,'), as a span ending at the person's
    name right before a comma, or None."""
    doc = source.doc
    if source.pos_ != "PROPN" or source.ent_type_ == "PERSON":
        return None
    end = source.right_edge.i + 1
    while end < len(doc) and end - source.right_edge.i <= 4 and doc[end].pos_ == "PROPN":
        end += 1
    last = doc[end - 1]
    if (
        end == source.right_edge.i + 1
        or end >= len(doc)
        or doc[end].text != ","
        or last.ent_type_ != "PERSON"
        or last.head.i == source.i
        or not all(t.is_title for t in doc[source.right_edge.i + 1 : end])
    ):
        return None
    return doc[source.left_edge.i : end]


#: Capitalised words of a date, no part of a name they follow.
CALENDAR_WORDS = word_set("calendar_words")


def _name_word_cut_off(source: Token) -> Token | None:
    """A capitalised word right after a named source and before a comma that the
    parser gave to the clause ('According to Russia Today, …', 'USA Today'), or None.
    A weekday or a month is a date ('According to Reuters Monday, …')."""
    doc = source.doc
    nxt = source.right_edge.i + 1
    if source.pos_ != "PROPN" or nxt + 1 >= len(doc) or doc[nxt + 1].text != ",":
        return None
    word = doc[nxt]
    if not (word.is_title and word.is_alpha) or word.lower_ in CALENDAR_WORDS:
        return None
    if word.pos_ not in {"PROPN", "NOUN"} or word.head.i == source.i:
        return None
    return word


def _name_set_off_after(source: Token, first_names) -> tuple[int, int] | None:
    """The comma before and after a person's name that follows a source given by its
    role ('the El Paso mayor, Dee Margo,'), as token indices, or None."""
    doc = source.doc
    comma = source.right_edge.i + 1
    if source.pos_ != "NOUN" or comma + 3 >= len(doc) or doc[comma].text != ",":
        return None
    end = comma + 1
    while end < len(doc) and end - comma <= 3 and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    name = doc[comma + 1 : end]
    person = all(t.ent_type_ == "PERSON" for t in name) or name[0].text in first_names
    if len(name) < 2 or not person or end >= len(doc) or doc[end].text != ",":
        return None
    return comma, end


def _clause_hung_on_source(
    according: Token, to: Token
) -> tuple[list[Token], tuple[int, int]] | None:
    """The rest of the sentence, and the source's span, where an opening 'According
    to X,' leaves nothing after its phrase: the parser read the clause after the comma
    as part of the source, and the source ends at its first comma."""
    doc = according.doc
    sent = according.sent
    if any(not (t.is_space or t.is_punct) for t in doc[sent.start : according.i]):
        return None
    end = to.right_edge.i
    if any(not (t.is_space or t.is_punct) for t in doc[end + 1 : sent.end]):
        return None
    comma = next((t for t in doc[to.i + 1 : end] if t.text == ","), None)
    if comma is None:
        return None
    second = next((t for t in doc[comma.i + 1 : end] if t.text == ","), None)
    if second is not None:
        described = [t for t in doc[comma.i + 1 : second.i] if not t.is_space]
        if (
            described
            and described[0].pos_ in {"DET", "NOUN", "ADJ", "PROPN"}
            and not any(t.pos_ in {"VERB", "AUX"} for t in described)
        ):
            comma = second  # 'According to John Smith, a professor at Yale, …'
    rest = trim_tokens([t for t in doc[comma.i + 1 : sent.end] if not t.is_space])
    if len([t for t in rest if t.is_alpha]) < 3:
        return None
    words = [t for t in doc[to.i + 1 : comma.i] if not t.is_space]
    if not words:
        return None
    return rest, (words[0].idx, words[-1].idx + len(words[-1].text))


def _content(according: Token, to: Token) -> list[Token]:
    """The clause around the phrase, on the side of its head, without the phrase."""
    head = according.head
    while (
        head.pos_ not in {"VERB", "AUX"}
        and head.dep_ != "ROOT"
        and head.head.i != head.i
        # ('While only 10% own a fursuit according to a study, …': 'own' read as an
        # adjective still heads its clause)
        and not any(c.dep_ in SUBJECTS for c in head.children)
    ):
        head = head.head
    while head.dep_ in {"acl", "advcl"} and head.tag_ in {"VBG", "VBN"} and head.head.i != head.i:
        # 'Rescuers, working in the cold, according to the ministry recovered …': the
        # participle is an aside of the clause the phrase reports
        head = head.head
        while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
            head = head.head
    shared = False
    while (
        head.dep_ == "conj"
        and head.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in SUBJECTS for c in head.children)
    ):
        # 'Assailants attacked him, then, according to officials, fled': a verb that
        # shares its subject reports with the clause it is joined to
        head, shared = head.head, True
    # the phrase runs from 'according' to the end of its source; what else the parser
    # hung on it ('…, according to the fire service, among the dead') is the clause's
    phrase = set(range(according.i, to.right_edge.i + 1))
    if _closes_opening_clause(head, according, phrase):
        head = head.head  # ('Because the dam failed, according to engineers, the town …')
    contrast = _contrasting_clause(head)
    # ('While only 10% own one according to a study, …': not the clause's conjunction)
    marks = {c.i for c in head.children if c.dep_ == "mark" and c.i == head.left_edge.i}
    doc = according.doc
    # (a dateline is no word of the clause: 'WASHINGTON, Sept. 28 — According to …', where
    # the parser may make the place the clause's subject)
    dateline = DATELINE.match(doc.text, according.sent.start_char)
    start = dateline.end() if dateline is not None else according.sent.start_char
    tokens = [
        t
        for t in head.subtree
        if t.i not in phrase and t.i not in contrast and t.i not in marks and t.idx >= start
    ]
    lo = min(phrase)
    hi = max(phrase)
    before = [t for t in tokens if t.i < lo]
    after = [t for t in tokens if t.i > hi]
    inserted = lo > 0 and doc[lo - 1].text == "," and hi + 1 < len(doc) and doc[hi + 1].text == ","
    words_after = [t for t in after if not t.is_punct]
    relative = words_after and (
        is_relative(words_after[0])
        or any(t.lower_ in {"whom", "which"} for t in words_after[1:3])  # 'some of whom'
    )
    if shared and before and after:
        return trim_tokens(before) + trim_tokens(after)
    if inserted and relative:
        # '…, according to police, who said officers arrived …': the source's own clause
        # follows; what it reports is the sentence before the phrase
        return trim_tokens([t for t in according.sent if t.i < lo and not t.is_space])
    if inserted and before and after and contrast and min(contrast) > hi:
        return trim_tokens(before)  # 'A, according to X, but B': the phrase closes A
    if inserted and before and after and any(t.dep_ in SUBJECTS for t in before):
        # "The mayor, according to aides, said …": the phrase interrupts its clause
        return trim_tokens(before) + trim_tokens(after)
    if head.i > hi and any(t.dep_ in SUBJECTS and t.head.i == head.i for t in before):
        # 'Rescuers, working in the cold, according to the ministry recovered …'
        return trim_tokens(before) + trim_tokens(after)
    opening = not [
        t
        for t in doc[according.sent.start : lo]
        if t.idx >= start and not (t.is_space or t.is_punct)
    ]
    if opening and (head.i > hi or head.i == according.i):
        # 'According to the indictment, A was the manager, B the chairman …': the rest
        # of the sentence, whatever the parser hung on the first clause (or on the
        # phrase itself, made the root), up to a semicolon ('…; Chinese authorities
        # referred to him as …')
        hi = _second_participle_end(according, hi)
        end = next((t.i for t in doc[hi + 1 : according.sent.end] if t.text == ";"), None)
        rest = [t for t in doc[hi + 1 : end or according.sent.end] if t.i not in contrast]
        return trim_tokens([t for t in rest if not t.is_space])
    side = after if head.i > hi else before
    if head.i > hi and before and not after:
        side = before
    return trim_tokens(side)


def _second_participle_end(according: Token, hi: int) -> int:
    """The comma after a second participle on an opening phrase's source ('According to a
    report requested by X and released Tuesday by Y, …'), which the parser hangs
    elsewhere; ``hi`` where there is none."""
    doc = according.doc
    j = hi + 1
    end = according.sent.end
    while j < end and doc[j].is_punct and doc[j].text != ",":
        j += 1  # (a closing bracket)
    if j >= end:
        return hi  # ('According to the report.': the sentence ends with the phrase)
    if doc[j].lower_ in {"and", "or"}:
        j += 1  # (or the parser kept the conjunction in the phrase)
    elif doc[j - 1].lower_ not in {"and", "or"}:
        return hi
    if j >= end:
        return hi
    if not passive_participle(doc[j]):
        return hi
    comma = next((t.i for t in doc[j:end] if t.text == ","), None)
    return comma if comma is not None else hi


def _closes_opening_clause(head: Token, according: Token, phrase: set[int]) -> bool:
    """The phrase set off by a comma in a subordinate clause before or after the main
    one: it covers the whole sentence, not the clause it was hung on ('Because the dam
    failed, according to engineers, the town flooded'; 'A mother called the police
    after her daughter found a bag of pills, according to police')."""
    doc = according.doc
    if head.dep_ != "advcl" or according.i == 0 or doc[according.i - 1].text != ",":
        return False
    if head.head.i < head.i:
        return True  # (the clause follows the main one)
    own = [t.i for t in head.subtree if t.i not in phrase and not t.is_punct]
    return (
        head.head.i > according.i
        and head.left_edge.i == head.sent.start
        and bool(own)
        and max(own) < according.i
    )


def held_view(ctx: Context, found: Found) -> list[Candidate]:
    """'For many bloggers, the coverage has been outrageous.': a view set first,
    with its holder (a name, or a plural of people), not 'For years, …'."""
    out = []
    for sent in ctx.sents:
        toks = [t for t in sent if not t.is_space]
        holder = held_by(toks, ctx.lexicon)
        if holder is None or ctx.in_quote(toks[0]):
            continue
        comma = next(k for k, t in enumerate(toks) if t.text == ",")
        clause = trim_tokens(toks[comma + 1 :])
        verbs = [t for t in clause if t.pos_ in {"VERB", "AUX"} and t.dep_ == "ROOT"]
        if len(clause) < 3 or not verbs:
            continue
        # its subject; or one the parser set beside the holder ('For X, the way … is …')
        misread = [t for t in clause if t.dep_ == "appos" and t.head.i < clause[0].i]
        if not any(c.dep_ in SUBJECTS for c in verbs[0].children) and not (
            misread and misread[0].i < verbs[0].i
        ):
            continue
        phrase = toks[1:comma]
        out.append(
            Candidate(
                type="indirect",
                pattern="held_view",
                content=char_runs(clause),
                cue=(toks[0].idx, toks[0].idx + len(toks[0].text)),
                cue_lemma="for",
                cue_token=toks[0],
                speaker=holder,
                speaker_span=(phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)),
                confidence=0.6,
            )
        )
    return out
