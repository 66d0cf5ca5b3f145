"""Split an archive text dump into press releases.

Format (as produced by archive tag and category pages)::

    Tag: Home Office                                    <- optional

      • PRESS RELEASE : <title> [<Month> <Year>]          <- header, starts a document
        PRESS RELEASE : <title> [<Month> <Year>]          <- title again, no bullet
        The press release issued by <publisher> on <D Month YYYY>.
        <body paragraph>
        <body paragraph>
        • <list item>

Variants handled: ``HISTORIC PRESS RELEASE :``, a header without
``[Month Year]``, a release without the issued-by line (date and publisher are
then null and a warning is recorded), and a dump that stops in the middle of a
release. Headers of other kinds (``SPEECH :``, ``STATEMENT :`` ...) start
documents that are out of scope; they are yielded as :class:`Skipped` so the
build report can count them.

This module does no file I/O: it turns lines into documents. Reading bytes
and decoding them is :mod:`quotes.inputs`' job.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional, Union

import regex

from .models import Document
from .paragraphs import split_paragraphs
from .rules.archive import IN_SCOPE_KINDS, KNOWN_KINDS, MONTHS

# "  • PRESS RELEASE : Title [February 2025]"; the kind is upper-case words.
HEADER = regex.compile(
    r"^[ \t]{0,3}•[ \t]+(?P<kind>(?:HISTORIC[ \t]+)?[A-Z][A-Z'’ ]{1,40}?)[ \t]*:[ \t]*(?P<title>\S.*?)"
    r"(?:[ \t]*\[(?P<month>[A-Z][a-z]+)[ \t]+(?P<year>\d{4})\])?[ \t]*$"
)
# The repeated title line (with or without the kind prefix).
TITLE_AGAIN = regex.compile(
    r"^(?:(?:HISTORIC[ \t]+)?[A-Z][A-Z'’ ]{1,40}?[ \t]*:[ \t]*)?(?P<title>.*?)(?:[ \t]*\[[A-Z][a-z]+[ \t]+\d{4}\])?[ \t]*$"
)
ISSUED_BY = regex.compile(
    r"^The[ \t]+[a-z ]{2,40}?[ \t]+(?:issued|published|made|given|delivered)[ \t]+by[ \t]+(?P<publisher>.+?)"
    r"[ \t]+on[ \t]+(?P<day>\d{1,2})[ \t]+(?P<month>[A-Z][a-z]+)[ \t]+(?P<year>\d{4})\.?[ \t]*$"
)
PREAMBLE = regex.compile(r"^(?:Tag|Category|Topic|Organisation)[ \t]*:[ \t]*(?P<name>.+)$")
_LEADING_THE = regex.compile(r"^(?i:the)\s+")
TERMINAL = regex.compile(r"[.!?:;\"”’')\]…]\s*$")
# Runs of blanks inside a line. The line patterns above pair a lazy group with
# "[ \t]*", which costs time quadratic in the length of a blank run; they are
# matched against the line with each inner run squeezed to one space (their
# groups are whitespace-normalised afterwards anyway).
_BLANK_RUN = regex.compile(r"(?<=\S)[ \t]{2,}")


def _squeeze(line: str) -> str:
    return _BLANK_RUN.sub(" ", line)


@dataclass(slots=True)
class Skipped:
    """A document of a kind this tool does not extract quotes from."""

    file: str
    position: int
    line: int
    kind: str
    title: str
    reason: str


@dataclass(slots=True)
class _Pending:
    kind: str
    title: str
    line: int
    position: int
    header_month: Optional[str] = None
    header_year: Optional[str] = None
    lines: list[str] = field(default_factory=list)


def parse_date(day: str, month: str, year: str) -> Optional[dt.date]:
    """'6', 'February', '2025' -> date(2025, 2, 6); None when not a real date."""
    number = MONTHS.get(month.casefold())
    if number is None:
        return None
    try:
        return dt.date(int(year), number, int(day))
    except ValueError:
        return None


def clean_publisher(name: str) -> str:
    """'the Home Office' -> 'Home Office'."""
    name = " ".join(name.split())
    return _LEADING_THE.sub("", name)


def _kind_name(kind: str) -> str:
    """'HISTORIC  PRESS RELEASE' -> 'PRESS RELEASE'."""
    kind = " ".join(kind.split())
    return kind[len("HISTORIC "):] if kind.startswith("HISTORIC ") else kind


def _finish(p: _Pending, file: str, is_last: bool) -> Union[Document, Skipped]:
    base_kind = _kind_name(p.kind)
    if base_kind not in IN_SCOPE_KINDS:
        return Skipped(file, p.position, p.line, base_kind.lower(), p.title,
                       f"{base_kind.lower()} is out of scope (only press releases are extracted)")
    body = [ln.strip() for ln in p.lines]
    # Drop leading blank lines, then the repeated title line.
    while body and not body[0]:
        body.pop(0)
    if body:
        m = TITLE_AGAIN.match(_squeeze(body[0]))
        if m and " ".join(m.group("title").split()).casefold() == " ".join(p.title.split()).casefold():
            body.pop(0)
    while body and not body[0]:
        body.pop(0)
    warnings: list[str] = []
    date = publisher = None
    if body and (m := ISSUED_BY.match(_squeeze(body[0]))):
        publisher = clean_publisher(m.group("publisher"))
        date = parse_date(m.group("day"), m.group("month"), m.group("year"))
        if date is None:
            warnings.append(f"unreadable date in issued-by line: {body[0]!r}")
        body.pop(0)
    else:
        warnings.append("no 'issued by' line: date and publisher are unknown")
    paragraphs = split_paragraphs(body)
    truncated = False
    if is_last:
        texts = [para.text for para in paragraphs]
        if not texts:
            truncated = True
        elif not TERMINAL.search(texts[-1]) and paragraphs[-1].kind == "text" and len(texts[-1]) > 60:
            truncated = True
        if truncated:
            warnings.append("the input stops inside this release (truncated)")
    if not paragraphs:
        warnings.append("release has no body text")
    return Document(
        file=file,
        position=p.position,
        title=" ".join(p.title.split()),
        paragraphs=paragraphs,
        date=date,
        publisher=publisher,
        kind="press_release",
        line=p.line,
        truncated=truncated,
        warnings=warnings,
    )


def iter_dump(lines: Iterable[str], file: str, first_line: int = 1, first_position: int = 0,
              final: bool = True) -> Iterator[Union[Document, Skipped]]:
    """Yield the documents of a dump, one at a time, from an iterable of lines.

    Streaming: only the current document's lines are held in memory. A part
    of a larger dump is read with the line and document numbers it starts
    at; ``final`` says whether it ends the file (only then can its last
    release be cut off).
    """
    pending: Optional[_Pending] = None
    position = first_position
    for number, raw in enumerate(lines, first_line):
        line = raw.rstrip("\r\n")
        m = HEADER.match(_squeeze(line)) if "•" in line[:5] else None
        if m and _kind_name(m.group("kind")) in KNOWN_KINDS:
            if pending is not None:
                yield _finish(pending, file, is_last=False)
            position += 1
            pending = _Pending(
                kind=m.group("kind"), title=m.group("title"), line=number, position=position,
                header_month=m.group("month"), header_year=m.group("year"),
            )
            continue
        if pending is not None:
            pending.lines.append(line)
    if pending is not None:
        yield _finish(pending, file, is_last=final)


def is_header_line(line: str) -> bool:
    """Whether a line starts a document ('  • PRESS RELEASE : ...')."""
    if "•" not in line[:5]:
        return False
    m = HEADER.match(_squeeze(line.rstrip("\r\n")))
    return bool(m) and _kind_name(m.group("kind")) in KNOWN_KINDS


def read_dump(text: str, file: str = "<text>") -> list[Union[Document, Skipped]]:
    """All documents of a dump held in one string."""
    return list(iter_dump(text.splitlines(), file))


def dump_label(first_line: str) -> Optional[str]:
    """The 'Tag: X' / 'Category: X' name of a dump, if its first line has one."""
    m = PREAMBLE.match(first_line.strip())
    return m.group("name").strip() if m else None
