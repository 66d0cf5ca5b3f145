"""GOV.UK Content API documents as input.

A Content API document is the JSON that
``https://www.gov.uk/api/content/government/news/<slug>`` returns (schema
``news_article``). This module turns one into a :class:`~quotes.models.Document`:

* title; date from ``first_published_at``; the GOV.UK address
  (``https://www.gov.uk`` + ``base_path``) and ``content_id``; the publisher
  from ``primary_publishing_organisation``, else the first of
  ``organisations`` (under ``links`` or ``expanded_links``); ``kind`` is the
  ``document_type``;
* the body (``details.body``, HTML) split into paragraphs by
  :mod:`quotes.html_text`, keeping blockquotes, list items and headings;
  ``<abbr title=...>`` expansions become ``Document.abbreviations``;
* the people and roles the publisher linked to the release (titles cleaned
  of "The Rt Hon", "MP", "Sir"...) become ``Document.people`` and
  ``Document.roles``: they help complete a speaker the text names ("Mr
  McLoughlin said:"), never name one by themselves (a person the text does
  not name at all is left out of ``Document.people``).

Files may hold one document, a JSON array of documents, or JSON Lines (one
document per line; ``.jsonl``/``.ndjson``, or a ``.json`` file whose first
line is a whole object). Each document yields a ``Document``, a
:class:`~quotes.archive.Skipped` (a document type that is not news) or a
:class:`~quotes.inputs.FileProblem` naming the file and the line; a bad line
of a JSON Lines file does not stop the others from being read.

:func:`document_from_json` is pure; :func:`read_json_file` reads one file.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Iterator, Optional, Union

import regex

from .archive import Skipped
from .html_text import normalise_space, parse_body
from .inputs import FileProblem
from .models import Document

GOVUK_ROOT = "https://www.gov.uk"
# Document types whose releases are read for quotes (all use the news_article schema).
IN_SCOPE_TYPES = ("press_release", "news_story", "government_response", "world_news_story")
JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")

# What the publisher's people links wrap around a name.
NAME_PREFIXES = (
    "The Rt Hon", "The Right Honourable", "The Right Hon", "The Rt. Hon.", "Rt Hon", "Rt. Hon.", "Right Honourable",
    "The Hon", "Hon", "The Most Hon", "The Reverend", "The Revd", "Sir", "Dame", "Dr", "Dr.", "Professor", "Prof",
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Cllr", "Councillor", "Rev", "Revd", "Reverend",
)
NAME_SUFFIXES = (
    "MP", "MSP", "MS", "AM", "MLA", "MEP", "KC", "QC", "PC", "CBE", "OBE", "MBE", "BEM", "KBE", "DBE", "GBE",
    "CB", "KCB", "GCB", "DCB", "CMG", "KCMG", "GCMG", "DCMG", "CVO", "KCVO", "GCVO", "DCVO", "LVO", "MVO",
    "CH", "OM", "DL", "JP", "FRS", "FMedSci", "FREng", "FRSE", "FBA", "QPM", "KPM", "QFSM", "KFSM", "PhD",
    "DPhil", "MD", "Bt", "Bart",
)
_PREFIX_RE = regex.compile(
    r"^(?:(?:" + "|".join(regex.escape(p) for p in sorted(NAME_PREFIXES, key=len, reverse=True)) + r")\s+)+",
    regex.I,
)
_SUFFIX_RE = regex.compile(
    r"(?:[\s,]+(?:" + "|".join(regex.escape(s) for s in sorted(NAME_SUFFIXES, key=len, reverse=True)) + r"))+\s*$"
)
_ROLE_NOISE = regex.compile(r"\s*\((?:[^()]*)\)\s*$")
_LINK_KEYS = ("links", "expanded_links")


class DocumentError(ValueError):
    """A JSON value that is not a usable Content API document."""


def clean_person_name(title: str) -> str:
    """'The Rt Hon Patrick McLoughlin MP' -> 'Patrick McLoughlin'; 'Baroness Kidron' stays whole."""
    name = normalise_space(title)
    name = _SUFFIX_RE.sub("", name)
    stripped = _PREFIX_RE.sub("", name)
    # Never strip a name down to nothing ("Sir" alone is not a name).
    return stripped.strip(" ,") or name.strip(" ,")


def named_in(name: str, texts: list[str]) -> bool:
    """Whether the text names the person (by surname; 'Lord Hanson of Flint' by 'Hanson').

    A person linked to a release but never named in it cannot be the speaker
    of any of its quotes, so such links are not used.
    """
    words = name.split()
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    surname = words[-1] if words else ""
    if len(surname) < 2:
        return False
    pattern = regex.compile(rf"(?<![\p{{L}}'’-]){regex.escape(surname)}(?![\p{{L}}-])")
    return any(pattern.search(t) for t in texts)


def clean_role_title(title: str) -> str:
    """A role link's title, whitespace normalised."""
    return normalise_space(title).strip(" ,")


def _link_titles(doc: dict[str, Any], key: str) -> list[str]:
    """Titles of the links named ``key``, from ``links`` and ``expanded_links``, in order, once each."""
    out: list[str] = []
    for where in _LINK_KEYS:
        links = doc.get(where)
        if not isinstance(links, dict):
            continue
        items = links.get(key)
        if not isinstance(items, list):
            continue
        for item in items:
            title = item.get("title") if isinstance(item, dict) else None
            if isinstance(title, str) and normalise_space(title) and title not in out:
                out.append(normalise_space(title))
    return out


def publisher_of(doc: dict[str, Any]) -> Optional[str]:
    """The publishing organisation: the primary one, else the first organisation linked."""
    for key in ("primary_publishing_organisation", "organisations"):
        titles = _link_titles(doc, key)
        if titles:
            return titles[0]
    return None


def parse_timestamp_date(value: Any) -> Optional[dt.date]:
    """'2012-10-25T00:00:00.000+00:00' -> date(2012, 10, 25) (the date as written, in its own time zone)."""
    if not isinstance(value, str):
        return None
    m = regex.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _body_html(details: Any) -> Optional[str]:
    """``details.body`` as HTML: a string, or the text/html part of a multi-format body."""
    if not isinstance(details, dict):
        return None
    body = details.get("body")
    if isinstance(body, str):
        return body
    if isinstance(body, list):
        for part in body:
            if (isinstance(part, dict) and part.get("content_type") == "text/html"
                    and isinstance(part.get("content"), str)):
                return part["content"]
    return None


def _type_name(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number")


def document_from_json(data: Any, file: str, position: int = 1, line: Optional[int] = None) -> Union[Document, Skipped]:
    """One Content API document -> Document, or Skipped for a document type that is not news.

    Raises :class:`DocumentError` with a one-line reason when ``data`` is not
    a usable Content API document.
    """
    if not isinstance(data, dict):
        raise DocumentError(f"a JSON {_type_name(data)}, not a Content API document object")
    if "results" in data and "base_path" not in data:
        raise DocumentError("a Search API listing, not a Content API document "
                            "(fetch the documents with `quotes fetch`)")
    title = data.get("title")
    if not isinstance(title, str) or not normalise_space(title):
        raise DocumentError("no 'title': not a Content API document")
    title = normalise_space(title)
    doc_type = data.get("document_type")
    if not isinstance(doc_type, str) or not doc_type:
        raise DocumentError("no 'document_type': not a Content API document")
    if doc_type not in IN_SCOPE_TYPES:
        return Skipped(file=file, position=position, line=line or 1, kind=doc_type, title=title,
                       reason=f"{doc_type} is out of scope (only {', '.join(IN_SCOPE_TYPES)} are extracted)")
    base_path = data.get("base_path")
    if not isinstance(base_path, str) or not base_path.startswith("/"):
        raise DocumentError("no 'base_path' (the document's path on GOV.UK)")
    html = _body_html(data.get("details"))
    if html is None:
        raise DocumentError("no 'details.body' HTML")
    body = parse_body(html)
    warnings: list[str] = []
    date = parse_timestamp_date(data.get("first_published_at"))
    if date is None:
        details = data.get("details") if isinstance(data.get("details"), dict) else {}
        date = parse_timestamp_date(details.get("first_public_at"))
        if date is None:
            warnings.append("no readable 'first_published_at': the date is unknown")
    publisher = publisher_of(data)
    if publisher is None:
        warnings.append("no publishing organisation in the links: the publisher is unknown")
    if not body.paragraphs:
        warnings.append("release has no body text")
    content_id = data.get("content_id") if isinstance(data.get("content_id"), str) else None
    texts = [title] + [para.text for para in body.paragraphs]
    people: list[str] = []
    for raw in _link_titles(data, "people"):
        name = clean_person_name(raw)
        if name and name not in people and named_in(name, texts):
            people.append(name)
    return Document(
        file=file,
        position=position,
        title=title,
        paragraphs=body.paragraphs,
        date=date,
        publisher=publisher,
        kind=doc_type,
        url=GOVUK_ROOT + base_path,
        content_id=content_id,
        line=line,
        warnings=warnings,
        abbreviations=body.abbreviations,
        people=people,
        roles=[clean_role_title(r) for r in _link_titles(data, "roles")],
    )


# -- reading files ---------------------------------------------------------

_WHITESPACE = regex.compile(r"[ \t\r\n]*")


class _LineCounter:
    """Line numbers of offsets in a string, for offsets given in increasing order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.offset = 0
        self.line = 1

    def at(self, offset: int) -> int:
        if offset < self.offset:
            return self.text.count("\n", 0, offset) + 1
        self.line += self.text.count("\n", self.offset, offset)
        self.offset = offset
        return self.line


def _item(value: Any, label: str, position: int, line: int, alone: bool = False):
    """A Document or Skipped, or the problem with the value; ``alone``: the file's only document."""
    try:
        return document_from_json(value, label, position, line)
    except DocumentError as exc:
        if alone:
            return FileProblem(label, str(exc), line=line, fatal=True)
        return FileProblem(label, f"document {position}: {exc}", line=line)


def _no_document(label: str, count: int):
    return FileProblem(label, f"no Content API document could be read from the file ({count} tried)", fatal=True)


def _read_text(path: Path, label: str):
    """The whole file as text, or a FileProblem."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return FileProblem(label, f"cannot read: {exc.strerror or exc}", fatal=True)
    try:
        return raw.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        return FileProblem(label, f"not UTF-8 (invalid byte at offset {exc.start})", line=line, fatal=True)


def _json_error(label: str, what: str, exc: json.JSONDecodeError, fatal: bool = True):
    return FileProblem(label, f"{what}: {_message(exc)} (line {exc.lineno}, column {exc.colno})", line=exc.lineno,
                       fatal=fatal)


def _message(exc: json.JSONDecodeError) -> str:
    """json's message without its dangling ' at' ('Invalid control character at')."""
    return exc.msg.removesuffix(" at")


def _iter_array(text: str, start: int, label: str) -> Iterator:
    """Documents of a JSON array, element by element, with the line each starts on."""
    decoder = json.JSONDecoder()
    lines = _LineCounter(text)
    i = _WHITESPACE.match(text, start + 1).end()
    if text[i:i + 1] == "]":
        yield FileProblem(label, "empty JSON array: no documents", line=lines.at(i), fatal=True)
        return
    position = read = 0
    while True:
        try:
            value, end = decoder.raw_decode(text, i)
        except json.JSONDecodeError as exc:
            yield _json_error(label, f"malformed JSON in document {position + 1} of the array", exc,
                              fatal=read == 0)
            return
        position += 1
        item = _item(value, label, position, lines.at(i))
        read += not isinstance(item, FileProblem)
        yield item
        i = _WHITESPACE.match(text, end).end()
        if text[i:i + 1] == ",":
            i = _WHITESPACE.match(text, i + 1).end()
            continue
        if text[i:i + 1] == "]":
            i = _WHITESPACE.match(text, i + 1).end()
            if i < len(text):
                yield FileProblem(label, "extra data after the JSON array", line=lines.at(i))
            break
        what = "the file ends inside the JSON array" if i >= len(text) else "expected ',' or ']' in the JSON array"
        yield FileProblem(label, what, line=lines.at(min(i, len(text))), fatal=read == 0)
        return
    if read == 0:
        yield _no_document(label, position)


def _iter_lines(lines: Iterator[tuple[int, Union[str, bytes]]], label: str) -> Iterator:
    """Documents of JSON Lines: one per non-blank line; a bad line is reported and skipped."""
    position = 0
    read = 0
    for number, raw in lines:
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                if raw.strip():
                    position += 1
                yield FileProblem(label, f"not UTF-8 (invalid byte at column {exc.start + 1})", line=number)
                continue
        else:
            line = raw
        if number == 1:
            line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        position += 1
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield FileProblem(label, f"malformed JSON: {_message(exc)} (column {exc.colno})", line=number)
            continue
        item = _item(value, label, position, number)
        read += not isinstance(item, FileProblem)
        yield item
    if position == 0:
        yield FileProblem(label, "no documents (the JSON Lines file has no non-blank line)", fatal=True)
    elif read == 0:
        yield _no_document(label, position)


def _binary_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, 1):
            yield number, raw


def read_json_file(path: Path, label: str) -> Iterator:
    """Documents (or Skipped, or FileProblem) of one JSON, JSON array or JSON Lines file."""
    if path.suffix.lower() in JSON_LINES_SUFFIXES:
        try:
            yield from _iter_lines(_binary_lines(path), label)
        except OSError as exc:
            yield FileProblem(label, f"cannot read: {exc.strerror or exc}", fatal=True)
        return
    text = _read_text(path, label)
    if isinstance(text, FileProblem):
        yield text
        return
    start = _WHITESPACE.match(text).end()
    if start >= len(text):
        yield FileProblem(label, "empty file", fatal=True)
        return
    if text[start] == "[":
        yield from _iter_array(text, start, label)
        return
    decoder = json.JSONDecoder()
    try:
        value, end = decoder.raw_decode(text, start)
    except json.JSONDecodeError as exc:
        # A first line that is a whole object, then a bad one: JSON Lines with a bad line.
        first = text[start:].split("\n", 1)[0]
        if _is_json_object(first) and "\n" in text[start:]:
            yield from _iter_lines(enumerate(text.split("\n"), 1), label)
            return
        yield _json_error(label, "malformed JSON", exc)
        return
    rest = _WHITESPACE.match(text, end).end()
    if rest >= len(text):
        yield _item(value, label, 1, text.count("\n", 0, start) + 1, alone=True)
        return
    if isinstance(value, dict) and "\n" in text[end:rest]:
        # Several objects, one a line: JSON Lines in a .json file.
        yield from _iter_lines(enumerate(text.split("\n"), 1), label)
        return
    line = text.count("\n", 0, rest) + 1
    yield FileProblem(label, "extra data after the JSON document", line=line, fatal=False)
    yield _item(value, label, 1, text.count("\n", 0, start) + 1, alone=True)


def _is_json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except json.JSONDecodeError:
        return False


__all__ = [
    "IN_SCOPE_TYPES", "DocumentError", "clean_person_name", "clean_role_title", "document_from_json", "named_in",
    "parse_timestamp_date", "publisher_of", "read_json_file",
]
