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
``[Month Year]``, older pages' headers that hold the publisher, year and kind
(``  • Foreign and Commonwealth Office – 2019 Press Release on Venezuela``,
issued "on 20/12/2019"), the same pages' form without any bullet header (a
title line, then "Below is a press release issued by the Labour Party on
23/11/2019.", then the body), a release without the issued-by line (date and
publisher are then null and a warning is recorded), an issued-by line whose
date cannot be read (the publisher is kept), and a dump that stops in the
middle of a release. Headers of other kinds (``SPEECH :``, ``STATEMENT :`` ...) start
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
from .paragraphs import quotation_left_open, reads_as_cut, split_paragraphs
from .rules.archive import IN_SCOPE_KINDS, KNOWN_KINDS, MONTH_SPELLINGS, MONTHS
from .rules.speech import ATTRIBUTION_LINE_END

# "  • PRESS RELEASE : Title [February 2025]"; the kind is upper-case words. Some headers give the day too
# ("[29 May 2003]"); the bracket is no part of the title either way. A few pages set the kind off with a dash and
# end on the month after a colon ("HISTORIC PRESS RELEASE – Title : November 2001").
_MONTH_NAME = "|".join(names[0].capitalize() for names in MONTH_SPELLINGS)  # "January|February|...|December"
HEADER = regex.compile(
    r"^[ \t]{0,3}•[ \t]+(?P<kind>(?:HISTORIC[ \t]+)?[A-Z][A-Z'’ ]{1,40}?)[ \t]*(?::|[–—])[ \t]*(?P<title>\S.*?)"
    r"(?:[ \t]*\[(?:\d{1,2}[ \t]+)?(?P<month>[A-Z][a-z]+)[ \t]+(?P<year>\d{4})\]"
    rf"|[ \t]+:[ \t]*(?P<month>{_MONTH_NAME})[ \t]+(?P<year>\d{{4}}))?[ \t]*$"
)
# Older archive pages: "  • Foreign and Commonwealth Office – 2019 Press Release on Venezuela"; the whole
# line is the title, and the kind is the words after the year.
HEADER_DATED = regex.compile(
    r"^[ \t]{0,3}•[ \t]+(?P<title>\S.{0,200}?[ \t][–—-][ \t](?P<year>(?:19|20)\d\d)[ \t]+"
    r"(?P<kind>[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+){0,3})(?:[ \t]+(?:on|about|at|to|for|in|by|from)\b.*)?)[ \t]*$"
)
# The repeated title line (with or without the kind prefix).
TITLE_AGAIN = regex.compile(
    r"^(?:(?:HISTORIC[ \t]+)?[A-Z][A-Z'’ ]{1,40}?[ \t]*:[ \t]*)?(?P<title>.*?)(?:[ \t]*\[(?:\d{1,2}[ \t]+)?[A-Z][a-z]+[ \t]+\d{4}\])?[ \t]*$"
)
# "The press release issued by the Home Office on 6 February 2025."; older pages write "Below is a press
# release issued by the Foreign and Commonwealth Office on 20/12/2019.", and some leave the verb out ("The press
# release by HM Treasury on 11 August 1998."). The noun says what the document is.
_ISSUED_BY_START = (r"^(?P<below>Below[ \t]+is[ \t]+)?(?:The|the|A|a|An|an)[ \t]+"
                    r"(?:(?P<noun>[a-z ]{2,40}?)[ \t]+(?:issued|published|made|given|delivered)|(?P<bare>press[ \t]+release))"
                    r"[ \t]+by[ \t]+(?P<publisher>.+?)[ \t]+on[ \t]+")
ISSUED_BY = regex.compile(
    _ISSUED_BY_START + r"(?:(?P<day>\d{1,2})[ \t]+(?P<month>[A-Z][a-z]+)[ \t]+(?P<year>\d{4})"
    r"|(?P<dd>\d{1,2})/(?P<mm>\d{1,2})/(?P<yyyy>\d{4}))"
    # "... on 21 March 2023 in response to the Casey Report.": what the release answers may follow
    r"(?:[ \t,]+(?:in|to|about|after|following|regarding|on|as|for|at|with)[ \t][^\n]{1,200}?)?\.?[ \t]*$"
)
# The same line with a date that cannot be read ("18 June 2o25"): the publisher still counts.
ISSUED_BY_UNDATED = regex.compile(r"^(?:Below[ \t]+is[ \t]+)?(?:The|the|A|a)[ \t]+press[ \t]+release(?:[ \t]+issued)?[ \t]+by"
                                   r"[ \t]+(?P<publisher>.+?)[ \t]+on[ \t]+\S.{0,40}$")
PREAMBLE = regex.compile(r"^(?:Tag|Category|Topic|Organisation)[ \t]*:[ \t]*(?P<name>.+)$")
_LEADING_THE = regex.compile(r"^(?i:the)\s+")
TERMINAL = regex.compile(r"[.!?:;\"”’')\]…]\s*$")
# Runs of blanks inside a line. The line patterns above pair a lazy group with
# "[ \t]*", which costs time quadratic in the length of a blank run; they are
# matched against the line with each inner run squeezed to one space (their
# groups are whitespace-normalised afterwards anyway).
_INTRODUCES_WORDS = regex.compile(ATTRIBUTION_LINE_END)  # "Water Minister Jane Doe said:"
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
    last_text: int = -1  # index in ``lines`` of the last line that is not blank
    single: bool = False  # opened by its own "Below is a press release issued by ..." line, not a header


def parse_date(day: str, month: str, year: str) -> Optional[dt.date]:
    """'6', 'February', '2025' -> date(2025, 2, 6); '20', '12', '2019' (day first) too; None when not a real date."""
    number = int(month) if month.isdigit() else MONTHS.get(month.casefold())
    if number is None:
        return None
    try:
        return dt.date(int(year), number, int(day))
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Header:
    """What a document's header line says."""

    kind: str  # "PRESS RELEASE", "HISTORIC PRESS RELEASE", "SPEECH" ...
    title: str
    month: Optional[str] = None
    year: Optional[str] = None


def match_header(line: str) -> Optional[Header]:
    """The header of a document of a known kind, in either archive form; None for any other line."""
    if "•" not in line[:5]:
        return None
    line = _squeeze(line.rstrip("\r\n"))
    m = HEADER.match(line)
    if m and _kind_name(m.group("kind")) in KNOWN_KINDS:
        return Header(m.group("kind"), m.group("title"), m.group("month"), m.group("year"))
    m = HEADER_DATED.match(line)
    if m and " ".join(m.group("kind").split()).upper() in KNOWN_KINDS:
        return Header(" ".join(m.group("kind").split()).upper(), m.group("title"), None, m.group("year"))
    return None


def clean_publisher(name: str) -> str:
    """'the Home Office' -> 'Home Office'."""
    name = " ".join(name.split()).rstrip(" ,;")  # "... Industrial Strategy, on 23 September 2022"
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
    if body and _is_title_again(body[0], p.title):
        body.pop(0)
    while body and not body[0]:
        body.pop(0)
    warnings: list[str] = []
    date = publisher = None
    if body and (m := ISSUED_BY.match(_squeeze(body[0]))):
        publisher = clean_publisher(m.group("publisher"))
        if m.group("day"):
            date = parse_date(m.group("day"), m.group("month"), m.group("year"))
        else:
            date = parse_date(m.group("dd"), m.group("mm"), m.group("yyyy"))
        if date is None:
            warnings.append(f"unreadable date in issued-by line: {body[0]!r}")
        body.pop(0)
    elif body and (m := ISSUED_BY_UNDATED.match(_squeeze(body[0]))):
        publisher = clean_publisher(m.group("publisher"))
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
        elif not TERMINAL.search(texts[-1]) and (
                paragraphs[-1].kind == "text" and len(texts[-1]) > 60
                # a short fragment too, when it opens a quotation or follows a line introducing one ("X said:" /
                # "“We are at a crit"), or when a quotation opened before it is still open and it reads as words
                # cut off, not as a closing heading or contact line ("“The budget is hard on households." and
                # two paragraphs without marks, then "Dozens of our local firms rely"; not "ENDS")
                or texts[-1][:1] in "“\"" or len(texts) >= 2 and _INTRODUCES_WORDS.search(texts[-2]) is not None
                or reads_as_cut(paragraphs[-1]) and quotation_left_open(texts[:-1])):
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
    before: Optional[tuple[str, int]] = None  # the last line that is not blank, and its number
    position = first_position
    for number, raw in enumerate(lines, first_line):
        line = raw.rstrip("\r\n")
        header = match_header(line) if "•" in line[:5] else None
        if header is None and pending is None and first_line == 1 and line[:1].isupper() and "•" not in line[:5]:
            # A single release's own page: its header stands without the bullet ("PRESS RELEASE : Title
            # [January 2023]" after a "Press Releases" line); only before any other release.
            header = match_header(f"  • {line.strip()}")
            if header is not None and header.month is None:
                header = None  # "PRESS RELEASE : no bullet at all": a page's own header carries its month
        if header is None and (pending is None or pending.single):
            post = _single_post(line, before, plain=pending is None and first_line == 1)
            if post is not None:
                title, title_line, kind = post
                if pending is not None:
                    del pending.lines[pending.last_text:]  # the title line is the new release's
                    yield _finish(pending, file, is_last=False)
                position += 1
                pending = _Pending(kind=kind, title=title, line=title_line, position=position,
                                   lines=[line], last_text=0, single=True)
                before = (line, number)
                continue
        if header is not None:
            if pending is not None:
                yield _finish(pending, file, is_last=False)
            position += 1
            pending = _Pending(
                kind=header.kind, title=header.title, line=number, position=position,
                header_month=header.month, header_year=header.year,
            )
            before = None
            continue
        if pending is not None:
            if line.strip():
                pending.last_text = len(pending.lines)
            pending.lines.append(line)
        if line.strip():
            before = (line, number)
    if pending is not None:
        yield _finish(pending, file, is_last=final)


# An older archive's page of one release, with no bullet header: its title line, then "Below is a press release
# issued by the Labour Party on 23/11/2019." (several such blocks may follow one another in one file). A page of
# one document may also give its issued-by line in the usual form, without "Below is" ("John Roe – 1999
# Speech at the Acme Trust Conference", then "The speech made by John Roe ... on 25 November 1999.").
_SINGLE_POST = regex.compile(r"^Below[ \t]+is[ \t]")
_TITLE_MAX = 300


def _single_post(line: str, before: Optional[tuple[str, int]], plain: bool = False) -> Optional[tuple[str, int, str]]:
    """The title, line number and kind of the release that the line 'Below is a press release issued by the Labour
    Party on 23/11/2019.' opens, when the line before it is a title ('Andrew Gwynne – 2019 Press Release on the
    Conservative Party Manifesto'); None for any other line. Asked only outside releases under a bullet header
    (whose own issued-by line follows their header). ``plain``: before any document of the file, the issued-by
    line may also open without "Below is" ('The speech made by ... on 25 November 1999.')."""
    if before is None:
        return None
    text = line.strip()
    if not (plain or _SINGLE_POST.match(text)):
        return None
    m = ISSUED_BY.match(_squeeze(text))
    kind = _kind_named(m) if m is not None else None
    if kind is None:
        return None
    title, number = " ".join(before[0].split()), before[1]
    if (len(title) > _TITLE_MAX or not title[:1].isalnum() or title.endswith(":") or PREAMBLE.match(title)
            or ISSUED_BY.match(_squeeze(title)) or ISSUED_BY_UNDATED.match(_squeeze(title))):
        return None
    return title, number, kind


def _kind_named(m: regex.Match) -> Optional[str]:
    """The kind of document a matched issued-by line names: 'Below is a press release issued by ...' -> 'PRESS
    RELEASE', 'Below is the text of the speech made by ...' -> 'SPEECH'; None when its noun names no known kind."""
    words = (m.group("noun") or m.group("bare")).split()
    for size in (3, 2, 1):
        kind = " ".join(words[-size:]).upper()
        if len(words) >= size and kind in KNOWN_KINDS:
            return kind
    return None


def _is_title_again(line: str, title: str) -> bool:
    """Whether a line repeats a release's title (with or without its kind prefix)."""
    m = TITLE_AGAIN.match(_squeeze(line))
    return m is not None and " ".join(m.group("title").split()).casefold() == " ".join(title.split()).casefold()


def is_header_line(line: str) -> bool:
    """Whether a line starts a document ('  • PRESS RELEASE : ...')."""
    return match_header(line) is not None


def read_dump(text: str, file: str = "<text>") -> list[Union[Document, Skipped]]:
    """All documents of a dump held in one string."""
    return list(iter_dump(text.splitlines(), file))


def dump_label(first_line: str) -> Optional[str]:
    """The 'Tag: X' / 'Category: X' name of a dump, if its first line has one."""
    m = PREAMBLE.match(first_line.strip())
    return m.group("name").strip() if m else None
