"""Language tags of blog round-ups, read by the parser as white space.

Round-ups of blogs and social media (Global Voices, for one) say the language of
each linked source in brackets: ``Polish blog Tierra Incognita [pl], wonders
what has happened``. Split into ``[``, ``pl``, ``]``, such a tag reads as a
word to the tagger and the parser, and the sentence around it falls apart
(*wonders* a noun, the blog's name a modifier of *forgetting*). Read as white
space, the sentence parses as if the tag were not there.

:func:`quiet_language_tags` makes each tag (``[pl]``, ``[Fr]``, ``[PT]``) one
token of the pipeline's tokenizer whose word has the features of white space
(norm, prefix, suffix, shape, flags): the networks see a space, ``token.is_space``
is true, and the text and its offsets are unchanged. The ``claimx`` component
does this to any pipeline it joins, so every entry point parses alike.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language

from claimx.lexicon import word_list

LANGUAGE_TAGS = word_list("language_tags")
#: The white space whose features a tag's word takes.
SPACE = "  "


def tag_forms() -> list[str]:
    """Every written form of a tag: ``[pl]``, ``[Pl]``, ``[PL]``."""
    return sorted(
        {f"[{form}]" for code in LANGUAGE_TAGS for form in (code, code.title(), code.upper())}
    )


def quiet_language_tags(nlp: Language) -> None:
    """Make the language tags one token each, read as white space (once per pipeline)."""
    vocab = nlp.vocab
    space = vocab[SPACE]
    for form in tag_forms():
        lex = vocab[form]
        if lex.flags == space.flags and lex.norm_ == space.norm_:
            continue
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
        lex.norm_ = space.norm_
        lex.prefix_ = space.prefix_
        lex.suffix_ = space.suffix_
        lex.shape_ = space.shape_
        lex.flags = space.flags
