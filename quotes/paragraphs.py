"""Split a release body into paragraphs and tell their kind.

In archive dumps every non-blank line is one paragraph (pages are dumped
without wrapping); list items start with a bullet or a number. A heading is a
short line without final punctuation ("Notes to editors", "Background"),
unless it ends like an attribution that lost its colon ("X said").
"""
from __future__ import annotations

from typing import Iterable

import regex

from .models import Paragraph, ParagraphKind
from .rules.speech import UNPUNCTUATED_ATTRIBUTION_ENDS

LIST_ITEM = regex.compile(r"^(?:[•▪◦·*‣–-][ \t]+|\(?\d{1,2}[.)][ \t]+|\(?[a-z][.)][ \t]+)")
FINAL_PUNCTUATION = regex.compile(r"[.!?:;,\"”’'…)\]]$")
HEADING_MAX_CHARS = 90
HEADING_MAX_WORDS = 12


def paragraph_kind(text: str) -> ParagraphKind:
    """'• item' -> list_item; 'Notes to editors' -> heading; else text."""
    if LIST_ITEM.match(text):
        return "list_item"
    if is_heading(text):
        return "heading"
    return "text"


def is_heading(text: str) -> bool:
    """A short line that does not end like a sentence."""
    if len(text) > HEADING_MAX_CHARS or FINAL_PUNCTUATION.search(text):
        return False
    words = text.split()
    if len(words) > HEADING_MAX_WORDS:
        return False
    if len(words) >= 2 and words[-1] in UNPUNCTUATED_ATTRIBUTION_ENDS:
        return False  # "Rail Minister Theresa Villiers said": an attribution that lost its colon
    first = text[:1]
    return first.isupper() or first.isdigit()


def split_paragraphs(lines: Iterable[str]) -> list[Paragraph]:
    """Body lines (indentation and blank lines included) -> paragraphs."""
    out: list[Paragraph] = []
    for line in lines:
        text = line.strip()
        if not text:
            continue
        out.append(Paragraph(text=text, index=len(out) + 1, kind=paragraph_kind(text)))
    return out
