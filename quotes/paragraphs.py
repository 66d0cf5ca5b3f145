"""Split a release body into paragraphs and tell their kind.

In archive dumps every non-blank line is one paragraph (pages are dumped
without wrapping), except a line that carries on the sentence of the line
right above it (a lower-case start after no final punctuation, or any start
after a line that stops on a word such as "the" or "of"); list items
start with a bullet or a number. A heading is a
short line without final punctuation ("Notes to editors", "Background"),
unless it ends like an attribution that lost its colon ("X said").
"""
from __future__ import annotations

from typing import Iterable

import regex

from .models import Paragraph, ParagraphKind
from .rules.archive import CONTACT_LINE, MID_SENTENCE_WORDS
from .rules.extent import STOP_HEADINGS
from .rules.speech import UNPUNCTUATED_ATTRIBUTION_ENDS

LIST_ITEM = regex.compile(r"^(?:[•▪◦·*‣–-][ \t]+|\(?\d{1,2}[.)][ \t]+|\(?[a-z][.)][ \t]+)")
FINAL_PUNCTUATION = regex.compile(r"[.!?:;,\"”’'…)\]]$")
HEADING_MAX_CHARS = 90
HEADING_MAX_WORDS = 12
_STOP_HEADINGS = frozenset(STOP_HEADINGS)
_CONTACT_LINE = regex.compile(CONTACT_LINE, regex.IGNORECASE)


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


def _continues(previous: Paragraph, text: str) -> bool:
    """A line straight after another that carries on its sentence: the page broke a paragraph in two
    ("... with which" / "in recent months."), also before a capital when the line above stops on a word
    that never ends a sentence ("... for the remainder of this" / "Parliament through ..."). Not the items
    of a list that lost its bullets, which open in lower case ("create a new offence ..." / "make it illegal
    ..."), nor a heading, nor a line that may end its sentence ("... before chaos is caused" / "X said:")."""
    if LIST_ITEM.match(text) or previous.kind != "text" or FINAL_PUNCTUATION.search(previous.text) \
            or previous.text[:1].islower():
        return False
    return text[:1].islower() or text[:1].isupper() and _ends_on_a_joining_word(previous.text)


def _ends_on_a_joining_word(text: str) -> bool:
    """The line stops on a word that never ends a sentence: '... for the remainder of this'."""
    return text.rsplit(None, 1)[-1] in MID_SENTENCE_WORDS


# The press office's end mark written on the last line of text ('... for everyone.” ENDS', '... -ends-'): a line
# of its own, so that it ends the release and no quotation runs into it.
_END_MARK_AFTER = regex.compile(r"(?<=[.!?”\"’])\s+(?P<mark>-*\s*(?:ENDS|END)\s*-*|-+\s*(?i:ends?)\s*-+)$")


# Two apostrophes typed for double quotation marks ("Jane Doe said: ''We will ...''", or each paragraph of a quote
# opening so and the last closing): the marks they stand for, in a line that opens a quotation so; not an
# apostrophe doubled inside a word ("Chairman''s") or closing a single mark ("‘an oligopoly''").
_DOUBLED_OPENING = regex.compile(r"(?:^|(?<=[\s(:]))''(?=[^\s'])")
_DOUBLED_CLOSING = regex.compile(r"(?<=[^\s'])''(?![\w'])")


def _doubled_apostrophes_as_marks(text: str) -> str:
    if "''" not in text or not _DOUBLED_OPENING.search(text):
        return text
    return _DOUBLED_CLOSING.sub('"', _DOUBLED_OPENING.sub('"', text))


def _lines_with_end_mark_apart(lines: Iterable[str]) -> Iterable[str]:
    """The lines, with an end mark written after a line's last sentence set on a line of its own."""
    for line in lines:
        m = _END_MARK_AFTER.search(line) if line.rstrip().endswith(("S", "D", "-", "s", "d")) else None
        if m is None:
            yield line
        else:
            yield line[: m.start()]
            yield ""
            yield m.group("mark")


def split_paragraphs(lines: Iterable[str]) -> list[Paragraph]:
    """Body lines (indentation and blank lines included) -> paragraphs."""
    out: list[Paragraph] = []
    after_blank = True
    for line in _lines_with_end_mark_apart(lines):
        text = _doubled_apostrophes_as_marks(line.strip())
        if not text:
            after_blank = True
            continue
        if out and not after_blank and _continues(out[-1], text):
            joined = f"{out[-1].text} {text}"
            out[-1] = Paragraph(text=joined, index=out[-1].index, kind=paragraph_kind(joined))
        else:
            out.append(Paragraph(text=text, index=len(out) + 1, kind=paragraph_kind(text)))
        after_blank = False
    return out


def quotation_left_open(texts: Iterable[str]) -> bool:
    """Whether the last curly quotation mark in these paragraphs opens one: a quotation still open where they stop
    (in British style each paragraph of a quote opens with a mark and only the last one closes)."""
    for text in reversed(list(texts)):
        opened, closed = text.rfind("“"), text.rfind("”")
        if opened != closed:
            return opened > closed
    return False


def is_stop_heading(text: str) -> bool:
    """'Notes to editors', 'ENDS' and the dashes and stops around it ('-ENDS-', 'ENDS.')."""
    return text.strip().strip(":.-–— ").casefold() in _STOP_HEADINGS


def is_contact_line(text: str) -> bool:
    """A line giving the press office's contacts: 'Press office 020 7944 4400', 'Email press@acme.org.uk'."""
    return _CONTACT_LINE.search(text) is not None


def reads_as_cut(paragraph: Paragraph) -> bool:
    """A release's last paragraph, without final punctuation, reads as words the input cut off rather than a
    line that ends a release: a paragraph of text ('We now need a clear timetable for the roll-out of the',
    '... and we welcome the triple lock,'), or a short line whose sentence stops midway, on a word in lower
    case ('Dozens of our local firms rely', 'Local councils') or on a lone letter ('O'). Not a closing heading
    ('ENDS', 'Notes to editors'), nor a contact line ('Press office 020 7944 4400'), nor a short line of
    capitalised words ('Key Dates')."""
    text = paragraph.text.strip()
    if not text or not (text[-1].isalnum() or text[-1] == ",") or is_stop_heading(text) or is_contact_line(text):
        return False
    if paragraph.kind == "text":
        return True
    last = text.split()[-1]
    return paragraph.kind == "heading" and (last[:1].islower() or len(text) == 1 and text.isalpha())
