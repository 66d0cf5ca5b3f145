"""Data models: the single source of truth for what a quote record holds.

Two layers live here:

* ``Paragraph`` and ``Document`` are the parser's working types (plain
  dataclasses, because millions of them are created on a large build);
* ``Quote``, ``Source``, ``Reject`` and ``BuildReport`` are the published
  records (pydantic models). The Arrow schema of the Parquet files, the
  dataset card's feature list and the JSON Schemas in ``schemas/`` are all
  derived from these models, never written by hand.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

ParagraphKind = Literal["text", "list_item", "heading"]


@dataclass(slots=True)
class Paragraph:
    """One block of a release body, in document order."""

    text: str
    index: int  # 1-based position in the release body
    kind: ParagraphKind = "text"
    blockquote: bool = False  # inside <blockquote> (GOV.UK HTML only)


@dataclass(slots=True)
class Document:
    """One press release, whatever format it was read from."""

    file: str  # file name the document was read from
    position: int  # 1-based number of the document inside that file
    title: str
    paragraphs: list[Paragraph]
    date: Optional[dt.date] = None
    publisher: Optional[str] = None
    kind: str = "press_release"
    url: Optional[str] = None
    content_id: Optional[str] = None
    line: Optional[int] = None  # line of the header in the input file
    truncated: bool = False  # the input stops inside this document
    warnings: list[str] = field(default_factory=list)
    # Expansions known from markup (e.g. <abbr title="...">): acronym -> full name.
    abbreviations: dict[str, str] = field(default_factory=dict)
    # People and roles named by the publisher's metadata (GOV.UK links).
    people: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        """Identity used to drop the same release seen in several dumps."""
        return (
            " ".join(self.title.split()).casefold(),
            self.date.isoformat() if self.date else "",
            (self.publisher or "").casefold(),
        )


class Source(BaseModel):
    """Where a quote was read: file, release number and paragraph number."""

    model_config = ConfigDict(extra="forbid")

    file: str = Field(description="File name of the input the quote was read from.")
    release: int = Field(description="1-based number of the release inside that file.")
    paragraph: int = Field(description="1-based number of the quote's first paragraph in the release body.")
    line: Optional[int] = Field(None, description="Line of the release header in the input file, when known.")
    url: Optional[str] = Field(None, description="Canonical web address of the release (GOV.UK), when known.")
    content_id: Optional[str] = Field(None, description="GOV.UK content_id of the release, when known.")


class Quote(BaseModel):
    """One attributed quote: who said what, where and when."""

    model_config = ConfigDict(extra="forbid")

    quote_id: str = Field(description="Stable identifier; kept across dataset versions.")
    speaker: Optional[str] = Field(
        description="Clean personal name (no honorifics, ranks or post-nominals); null for an unnamed spokesperson."
    )
    speaker_id: Optional[str] = Field(None, description="Readable slug identifying the person across releases.")
    role: Optional[str] = Field(description="Position as written, without the organisation when that is a separate part.")
    organisation: Optional[str] = Field(description="Body the speaker speaks for, written out in full.")
    date: Optional[dt.date] = Field(description="Release date from the 'issued by' line.")
    publisher: Optional[str] = Field(description="Body that issued the release.")
    title: str = Field(description="Release title without prefix and [Month Year].")
    text: str = Field(description="The quote's paragraphs joined by one blank line.")
    paragraphs: list[str] = Field(description="The quote's paragraphs, in order.")
    attribution: str = Field(description="The attribution as written in the release.")
    source: Source = Field(description="File and position the quote was read from.")
    rule: str = Field(description="Name of the attribution pattern that matched.")
    inline: bool = Field(description="True when the quote sits inside a narration paragraph in quotation marks.")
    complete: bool = Field(True, description="False when the input stops inside the quote.")


class Reject(BaseModel):
    """A document, file or line that did not become quotes, with the reason."""

    model_config = ConfigDict(extra="forbid")

    file: str
    line: Optional[int] = None
    release: Optional[int] = None
    kind: str = Field(description="skipped | duplicate | error | warning | unparsed_attribution")
    reason: str
    text: Optional[str] = None


class BuildReport(BaseModel):
    """Accounts for every file and document a build read."""

    model_config = ConfigDict(extra="forbid")

    files: list[str] = Field(default_factory=list)
    files_failed: int = 0
    documents_read: int = 0
    releases: int = 0
    duplicates: int = 0
    skipped: int = 0
    releases_with_quotes: int = 0
    quotes: int = 0
    warnings: int = 0
    unparsed_attributions: int = 0
    rejects: list[Reject] = Field(default_factory=list)

    def add(self, reject: Reject) -> None:
        self.rejects.append(reject)
        if reject.kind == "warning":
            self.warnings += 1
        elif reject.kind == "unparsed_attribution":
            self.unparsed_attributions += 1


class SpeakerRole(BaseModel):
    """A role a person was quoted in, with the first and last dates seen."""

    model_config = ConfigDict(extra="forbid")

    role: Optional[str] = Field(description="Role as written in the attributions.")
    organisation: Optional[str] = Field(description="Organisation the role belongs to.")
    first_date: Optional[dt.date] = Field(description="Date of the first quote in this role.")
    last_date: Optional[dt.date] = Field(description="Date of the last quote in this role.")
    quotes: int = Field(description="Number of quotes in this role.")


class Speaker(BaseModel):
    """One person quoted in the dataset (the `speakers` configuration)."""

    model_config = ConfigDict(extra="forbid")

    speaker_id: str = Field(description="Readable slug, stable across dataset versions.")
    name: str = Field(description="The person's clean name.")
    aliases: list[str] = Field(description="Other ways the releases write the name (honorifics, short forms).")
    roles: list[SpeakerRole] = Field(description="Roles held, with first and last dates seen.")
    organisations: list[str] = Field(description="Organisations spoken for, most quoted first.")
    quote_count: int = Field(description="Number of quotes.")
    first_quote_date: Optional[dt.date] = Field(description="Date of the earliest quote.")
    last_quote_date: Optional[dt.date] = Field(description="Date of the latest quote.")
