"""Turn a GOV.UK body (rendered govspeak HTML) into paragraphs.

One pure function over a string, built on the standard library's
:class:`html.parser.HTMLParser` (no regular expressions over markup):

* every block element (``<p>``, ``<li>``, ``<h2>``, a table row, text
  standing directly in a ``<div>`` or ``<blockquote>``...) gives one
  paragraph; a ``<br>`` after a complete sentence or line starts a new
  paragraph, as a new line does in archive dumps, and one inside a sentence
  (a hard-wrapped line) reads as a space;
* ``<h1>``-``<h6>`` give ``heading`` paragraphs, ``<li>`` gives
  ``list_item`` paragraphs (nested lists flattened in document order), other
  blocks outside a blockquote get the same kind test as dump lines (a short
  line without final punctuation reads as a heading, unless it introduces a
  blockquote or a quotation);
* paragraphs inside ``<blockquote>`` (at any depth) carry ``blockquote=True``;
* a table row is one paragraph with its cells joined by `` | ``;
* character references are decoded, whitespace (no-break spaces included)
  is collapsed, invisible characters (soft hyphens, zero-width spaces) are
  dropped; scripts, styles, images and footnote reference marks give no text;
* ``<abbr title="Public Health England">PHE</abbr>`` is collected as an
  expansion ``{"PHE": "Public Health England"}``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Optional

import regex

from .models import Paragraph, ParagraphKind
from .paragraphs import paragraph_kind

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LISTS = frozenset({"ul", "ol", "dl"})
LIST_ITEMS = frozenset({"li", "dt", "dd"})
TABLE_PARTS = frozenset({"table", "thead", "tbody", "tfoot", "caption", "colgroup", "col"})
CELLS = frozenset({"td", "th"})
# Elements that end the paragraph before them and start a new one.
BLOCKS = frozenset({
    "p", "div", "blockquote", "section", "article", "aside", "header", "footer", "main", "nav", "figure",
    "figcaption", "address", "pre", "hr", "details", "summary", "fieldset", "legend", "form", "center",
    "tr", "body", "html",
}) | HEADINGS | LISTS | LIST_ITEMS | TABLE_PARTS | CELLS
# Elements whose content is not text of the release.
SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "math", "head", "title", "iframe", "object",
                     "button", "select", "textarea"})
VOID = frozenset({"br", "img", "hr", "input", "meta", "link", "wbr", "area", "base", "col", "embed", "source",
                  "track", "param"})
HIDDEN_CLASSES = frozenset({"visually-hidden", "govuk-visually-hidden"})

_SPACE = regex.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = regex.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Text that ends a line: final punctuation, possibly followed by closing marks.
_LINE_END = regex.compile(r"[.!?:;…][”’\"')\]]*\s*$")


@dataclass(slots=True)
class Body:
    """The paragraphs of a body and the abbreviations its markup expands."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    abbreviations: dict[str, str] = field(default_factory=dict)


def normalise_space(text: str) -> str:
    """Collapse runs of whitespace (no-break spaces included) and drop invisible characters."""
    return _SPACE.sub(" ", _INVISIBLE.sub("", text)).strip()


class _BodyParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.body = Body()
        self.stack: list[str] = []
        self.skip_depth = 0  # inside an element whose text is dropped
        self.buffer: list[str] = []
        self.row: Optional[list[str]] = None  # cells of the table row being read
        self.abbr_title: Optional[str] = None
        self.abbr_text: list[str] = []
        self.guessed_headings: set[int] = set()  # positions of short lines read as headings by their look

    # -- context -------------------------------------------------------
    def _inside(self, names: frozenset[str] | set[str]) -> bool:
        return any(tag in names for tag in self.stack)

    def _kind(self, text: str, blockquote: bool) -> ParagraphKind:
        innermost = next((tag for tag in reversed(self.stack) if tag in HEADINGS or tag in LIST_ITEMS), None)
        if innermost in HEADINGS:
            return "heading"
        if innermost in LIST_ITEMS:
            return "list_item"
        if blockquote:
            return "text"
        return paragraph_kind(text)

    # -- output --------------------------------------------------------
    def _emit(self, text: str) -> None:
        text = normalise_space(text)
        if not text:
            return
        blockquote = "blockquote" in self.stack
        paras = self.body.paragraphs
        kind = self._kind(text, blockquote)
        if kind == "heading" and not self._inside(HEADINGS):
            self.guessed_headings.add(len(paras))
        paras.append(Paragraph(text=text, index=len(paras) + 1, kind=kind, blockquote=blockquote))

    def _flush(self) -> None:
        """End the current line: a paragraph, or a table cell's text."""
        text = "".join(self.buffer)
        self.buffer = []
        if self.row is not None and self._inside(CELLS):
            cell = normalise_space(text)
            if cell:
                self.row.append(cell)
            return
        self._emit(text)

    def _line_break(self) -> None:
        """``<br>``: a new paragraph after a complete sentence or line; a space inside a sentence.

        A break after "said:" or "Phone: 020 7944 3118." starts a new line; a
        break in the middle of a sentence ("at the National Childminding<br>
        Association, said:") is a wrapped line and reads as a space.
        """
        if _LINE_END.search("".join(self.buffer)):
            self._flush()
        else:
            self.buffer.append(" ")

    def _end_row(self) -> None:
        self._flush()
        if self.row:
            self._emit(" | ".join(self.row))
        self.row = None

    # -- the stack -----------------------------------------------------
    def _close(self, tag: str) -> None:
        """Pop up to and including the innermost open ``tag``, ending the blocks popped."""
        if tag not in self.stack:
            return
        while self.stack:
            top = self.stack[-1]
            if top in BLOCKS:
                self._flush()
            self.stack.pop()
            if top == "tr":
                self._end_row()
            if top == tag:
                break

    def _implied_ends(self, tag: str) -> None:
        """Close what HTML closes implicitly when ``tag`` opens."""
        if not self.stack:
            return
        top = self.stack[-1]
        if top == "p" and tag in BLOCKS:
            self._close("p")
        elif tag in HEADINGS and top in HEADINGS:
            self._close(top)
        if tag in LIST_ITEMS:
            for name in reversed(self.stack):
                if name in LISTS:
                    break
                if name in LIST_ITEMS:
                    self._close(name)
                    break
        elif tag == "tr" and "tr" in self.stack:
            self._close("tr")
        elif tag in CELLS:
            for name in reversed(self.stack):
                if name == "tr":
                    break
                if name in CELLS:
                    self._close(name)
                    break

    # -- HTMLParser callbacks -------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        if self.skip_depth:
            if tag not in VOID:
                self.skip_depth += 1
            return
        if tag in SKIPPED or _is_hidden(tag, attributes):
            if tag not in VOID:
                self.skip_depth = 1
            return
        if tag == "br":
            self._line_break()
            return
        if tag in VOID and tag not in BLOCKS:
            return
        if tag == "abbr":
            self.abbr_title = normalise_space(attributes.get("title", "")) or None
            self.abbr_text = []
        if tag in BLOCKS:
            self._flush()
            self._implied_ends(tag)
            if tag == "hr":
                return
            if tag == "tr":
                self.row = []
        self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        if tag in VOID:
            self.handle_starttag(tag, attrs)
        else:  # "<p/>": an empty element
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skip_depth:
            self.skip_depth -= 1
            return
        if tag == "br":  # "</br>" is read as a line break by browsers too
            self._line_break()
            return
        if tag == "abbr" and "abbr" in self.stack:
            short = normalise_space("".join(self.abbr_text))
            if self.abbr_title and short and short != self.abbr_title:
                self.body.abbreviations.setdefault(short, self.abbr_title)
            self.abbr_title = None
        self._close(tag)

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.stack and self.stack[-1] in TABLE_PARTS | {"tr"} | LISTS and not data.strip():
            return
        self.buffer.append(data)
        if self.abbr_title is not None:
            self.abbr_text.append(data)

    def close(self) -> None:
        super().close()
        while self.stack:
            self._close(self.stack[-1])
        self._flush()


def _is_hidden(tag: str, attributes: dict[str, str]) -> bool:
    classes = set(attributes.get("class", "").split())
    if classes & HIDDEN_CLASSES or "hidden" in attributes or attributes.get("aria-hidden") == "true":
        return True
    # Footnote reference marks ("[footnote 1]") are not words of the text.
    if tag == "sup" and (attributes.get("id", "").startswith("fnref") or attributes.get("role") == "doc-noteref"):
        return True
    return False


def parse_body(html: str) -> Body:
    """Paragraphs and abbreviation expansions of an HTML body."""
    parser = _BodyParser()
    parser.feed(html or "")
    parser.close()
    paras = parser.body.paragraphs
    # A short line that introduces a blockquote or a quotation ("Rail Minister Theresa Villiers
    # said") is not a heading, whatever it looks like.
    for k in parser.guessed_headings:
        if k + 1 < len(paras) and not paras[k].blockquote and (
                paras[k + 1].blockquote or _opens_quotation(paras[k + 1].text)):
            paras[k].kind = "text"
    return parser.body


def _opens_quotation(text: str) -> bool:
    return len(text) > 1 and text[0] in "“\"‘'" and not text[1].isspace()


def html_to_paragraphs(html: str) -> list[Paragraph]:
    """Paragraphs of an HTML body, in document order, numbered from 1."""
    return parse_body(html).paragraphs


__all__ = ["Body", "html_to_paragraphs", "normalise_space", "parse_body"]
