"""The brief: the typed contract every stage reads and writes (PRODUCT.md §3).

A brief is one YAML file in ``briefings/``. These models are the single source of
truth for its shape: loading validates against them, ``briefing schema`` publishes
them as JSON Schema, and every downstream stage takes a :class:`Brief`, never a dict.

Evidence is a list of 1-based sentence numbers into the article text that the reader
for the stored source produces (see :mod:`builder.sentences`). Numbers, not quotes,
keep the YAML short and stable while a person edits the wording of a stake.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
)

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=120)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
SentenceNumber = Annotated[int, Field(ge=1)]
Evidence = Annotated[list[SentenceNumber], Field(min_length=1)]

ActorType = Literal["person", "organization", "place", "group"]
QuestionStatus = Literal["open", "answered"]
ReviewStatus = Literal["draft", "reviewed"]

# Fields a person may edit and ask re-extraction to keep (``review.edited``).
EditableField = Literal[
    "title", "published", "story", "tags", "summary", "actors", "stakes", "open_questions"
]


class _Model(BaseModel):
    # Unknown fields are errors: a typo in hand-edited YAML must not vanish silently.
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Model):
    """Where the article came from and where its verbatim copy is stored."""

    outlet: str | None = Field(default=None, description="Publication that ran the article.")
    url: str | None = Field(default=None, description="Canonical URL of the article, if known.")
    authors: list[Text] = Field(default_factory=list, description="Bylined authors.")
    language: str | None = Field(
        default=None,
        pattern=r"^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$",
        description="Language of the article, as a BCP 47 tag such as 'en'.",
    )
    added: dt.date = Field(description="Date the article was added to the collection.")
    file: str = Field(
        description="Stored original, relative to the briefings folder (e.g. sources/x.txt)."
    )
    sha256: str = Field(
        pattern=r"^[0-9a-f]{64}$",
        description="SHA-256 of the stored original; used for de-duplication.",
    )
    segmentation: Literal[1, 2, 3, 4, 5] = Field(
        default=1,
        description=(
            "Version of the sentence numbering the brief's evidence counts in; briefs made "
            "before version 2 (captions left out, quotations kept whole) have none and count "
            "in version 1. Version 3 also leaves out captions run into the next sentence; "
            "version 4 reads more of a saved page's story; version 5 ends no sentence at a "
            "semicolon."
        ),
    )
    inferred: list[Literal["published", "outlet"]] = Field(
        default_factory=list,
        description=(
            "Fields guessed rather than stated by the article: 'published' from a caption's "
            "or dateline's date, 'outlet' from the URL's domain. Correct them by hand if wrong."
        ),
    )

    @field_validator("url")
    @classmethod
    def _url_is_web_address(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("must be an http:// or https:// address")
        return value

    @field_validator("file")
    @classmethod
    def _file_stays_inside(cls, value: str) -> str:
        parts = value.replace("\\", "/").split("/")
        if value.startswith("/") or ".." in parts or not value.strip() or "\x00" in value:
            raise ValueError("must be a relative path inside the briefings folder")
        return value


class Actor(_Model):
    """A person, organisation, place or group acting in the story."""

    name: Text = Field(description="Canonical full name.")
    type: ActorType
    role: str = Field(default="", description="Title, function, or what they did here.")
    aliases: list[Text] = Field(default_factory=list, description="Other names in the article.")
    mentions: int = Field(default=1, ge=1, description="How often the article mentions them.")
    evidence: Evidence


class Stake(_Model):
    """Something that could be gained or lost, and by whom."""

    text: Text
    evidence: Evidence


class OpenQuestion(_Model):
    """What the article leaves unresolved, phrased as a question."""

    text: Text
    evidence: Evidence
    status: QuestionStatus = "open"
    answered_by: Slug | None = Field(
        default=None, validate_default=True, description="Id of the brief that answers it."
    )

    @field_validator("text")
    @classmethod
    def _is_a_question(cls, value: str) -> str:
        if not value.endswith("?"):
            raise ValueError("must be a question ending with '?'")
        return value

    @field_validator("answered_by")
    @classmethod
    def _answer_matches_status(cls, value: str | None, info: ValidationInfo) -> str | None:
        status = info.data.get("status")
        if status == "answered" and value is None:
            raise ValueError("status is 'answered' but no brief is named")
        if status == "open" and value is not None:
            raise ValueError("is set but status is 'open' (set status: answered)")
        return value


class Review(_Model):
    """Human review state; re-extraction never overwrites what a person changed."""

    status: ReviewStatus = "draft"
    edited: list[EditableField] = Field(default_factory=list)


class Extraction(_Model):
    """Which engine produced the draft, and when."""

    engine: str = "builtin 0.1"
    at: dt.datetime | None = None


class Brief(_Model):
    """One article turned into a structured, evidence-linked brief."""

    schema_: Literal[1] = Field(alias="schema", description="Version of this schema.")
    id: Slug = Field(description="Stable identifier; equals the file stem.")
    title: Text
    published: dt.date | None = Field(description="Publication date, or null when unknown.")
    source: Source
    story: Slug | None = Field(default=None, description="Thread grouping briefs over time.")
    tags: list[Slug] = Field(default_factory=list)
    summary: str = Field(default="", description="Two or three sentences, about 75 words.")
    summary_evidence: list[SentenceNumber] = Field(
        default_factory=list,
        validate_default=True,
        description="Sentences the summary rests on, in order.",
    )
    actors: list[Actor] = Field(default_factory=list, description="Ordered by salience.")
    stakes: list[Stake] = Field(default_factory=list)
    open_questions: list[OpenQuestion] = Field(default_factory=list)
    review: Review = Field(default_factory=Review)
    extraction: Extraction = Field(default_factory=Extraction)

    model_config = ConfigDict(
        extra="forbid", frozen=True, populate_by_name=True, title="Briefing brief"
    )

    @field_validator("tags")
    @classmethod
    def _tags_unique(cls, value: list[str]) -> list[str]:
        seen: set[str] = set()
        for tag in value:  # a set: 40,000 tags must not take quadratic time
            if tag in seen:
                raise ValueError(f"duplicate tag '{tag}'")
            seen.add(tag)
        return value

    @field_validator("summary_evidence")
    @classmethod
    def _summary_has_evidence(cls, value: list[int], info: ValidationInfo) -> list[int]:
        if str(info.data.get("summary") or "").strip() and not value:
            raise ValueError("the summary needs at least one evidence sentence")
        return value

    def evidence_refs(self) -> list[tuple[tuple[str | int, ...], list[int]]]:
        """Every evidence list with its location in the brief, for grounding checks."""
        refs: list[tuple[tuple[str | int, ...], list[int]]] = []
        if self.summary_evidence:
            refs.append((("summary_evidence",), self.summary_evidence))
        refs += [(("actors", i, "evidence"), a.evidence) for i, a in enumerate(self.actors)]
        refs += [(("stakes", i, "evidence"), s.evidence) for i, s in enumerate(self.stakes)]
        refs += [
            (("open_questions", i, "evidence"), q.evidence)
            for i, q in enumerate(self.open_questions)
        ]
        return refs


def brief_json_schema() -> dict[str, object]:
    """The JSON Schema editors use for completion and validation of brief YAML."""
    schema = Brief.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
