"""Output records: the single definition of what claimx writes.

The JSON Schema (`claimx schema`), validation and serialisation all come from
these pydantic models, so the contract lives in one place.
"""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

ClaimType = Literal["direct", "indirect", "mixed", "according_to"]
SourceType = Literal[
    "named_person",
    "named_organization",
    "document",
    "unnamed_person",
    "unnamed_group",
    "anonymous_source",
]
#: The source types of the annotation guide, in the order they are reported.
SOURCE_TYPES: tuple[str, ...] = get_args(SourceType)
#: Source types whose speaker is not named: the speaker's ``anonymous`` flag.
UNNAMED_TYPES = frozenset({"unnamed_person", "unnamed_group", "anonymous_source"})
#: Which speaker kinds agree with each source type; the first is the one to set.
KIND_OF_TYPE: dict[str, tuple[str, ...]] = {
    "named_person": ("person",),
    "named_organization": ("organization", "country", "media"),
    "document": ("document",),
    "unnamed_person": ("anonymous", "person", "group"),
    "unnamed_group": ("group", "anonymous"),
    "anonymous_source": ("anonymous",),
}
SpeakerKind = Literal[
    "person",
    "organization",
    "country",
    "media",
    "group",
    "anonymous",
    "pronoun",
    "document",
    "unknown",
]


class Span(BaseModel):
    """A half-open character range into the original document text."""

    model_config = ConfigDict(extra="forbid")

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class TextSpan(BaseModel):
    """A character range together with the text it covers (`text == doc[start:end]`)."""

    model_config = ConfigDict(extra="forbid")

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Mention(TextSpan):
    """The short mention (pronoun, surname) that a speaker was resolved from."""


class Speaker(TextSpan):
    """Who made the claim: the full noun phrase, or the antecedent of a pronoun."""

    canonical: str = Field(description="Normalised name: no determiners, counts or possessives.")
    kind: SpeakerKind
    anonymous: bool = Field(description="True for unnamed sources such as 'officials'.")
    resolved_from: Mention | None = Field(
        default=None,
        description="The pronoun or short mention in the claim's own sentence, when resolved.",
    )
    name: str | None = Field(
        default=None,
        description="Proper name of the person or organisation, resolved across the article "
        "('Maria Ortiz' for 'she'); for a document, its publisher when named.",
    )
    title: str | None = Field(
        default=None, description="Role or title: 'spokesperson', 'chief executive', 'senator'."
    )
    affiliation: str | None = Field(
        default=None,
        description="The organisation the source speaks for: 'United Airlines' for 'a United "
        "Airlines spokesperson'.",
    )
    source_type: SourceType | None = Field(
        default=None,
        description="named_person, named_organization, document, unnamed_person, "
        "unnamed_group or anonymous_source (see the README, Sources).",
    )


class Cue(TextSpan):
    """The reporting verb or phrase ('said', 'according to', ':')."""

    lemma: str
    category: str = Field(
        default="speech",
        description="What the cue reports: speech (said, wrote, ':'), cognition (believes, "
        "fears), stance (backs, opposes), intention (wants, plans) or source "
        "(according to, in a poll).",
    )


class Content(TextSpan):
    """What was claimed. For a direct quote, the text inside the quotation marks."""

    parts: list[Span] = Field(
        description="Pieces of a quote split by its attribution; one span when unsplit."
    )


class Claim(BaseModel):
    """One attributed claim: who said what, through which cue, where."""

    claim_id: str
    type: ClaimType
    speaker: Speaker | None
    cue: Cue | None
    content: Content
    sentence: Span = Field(description="The sentence(s) holding the claim.")
    confidence: float = Field(ge=0.0, le=1.0)
    pattern: str = Field(
        default="",
        description="Name of the extraction rule that found the claim (for debugging).",
    )


class ErrorRecord(BaseModel):
    """A problem with one document; the batch goes on."""

    code: str
    message: str


class DocumentResult(BaseModel):
    """Everything claimx writes for one input document."""

    doc_id: str
    source_path: str | None = None
    text_sha256: str
    language: str = "en"
    claims: list[Claim] = Field(default_factory=list)
    errors: list[ErrorRecord] = Field(default_factory=list)
    warnings: list[ErrorRecord] = Field(default_factory=list)
    meta: dict[str, str | int | float | bool | None] = Field(default_factory=dict)


def document_schema() -> dict:
    """JSON Schema of one output document record."""
    return DocumentResult.model_json_schema()
