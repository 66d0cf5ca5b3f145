"""Name the holder of a great office of state quoted by title alone ("The Prime Minister said:").

Used only when the release itself never names the person holding the title
(then that name is used, as written). The table is in
:mod:`quotes.rules.office_holders`.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable, Optional

import regex

from .rules.departments import DEVOLVED_PLACES
from .rules.office_holders import (
    BODY_TITLE_OFFICES,
    BODY_WORDS,
    COUNTRY_WORDS,
    DEPARTMENTS,
    DEVOLVED_HOLDERS,
    DEVOLVED_TITLES,
    HOLDERS,
    NATIONALITY_ENDINGS,
    OWN_QUALIFIERS,
    TITLES,
)


def office_of(role: Optional[str]) -> Optional[str]:
    """The great office a bare title names ('the PM' -> 'Prime Minister'), or None."""
    if not role:
        return None
    return TITLES.get(" ".join(role.split()).casefold().removeprefix("the "))


def titles_of(office: str) -> list[str]:
    """The titles releases write for a great office ('Prime Minister' -> ['prime minister', 'pm'])."""
    return [title for title, named in TITLES.items() if named == office]


def _other_holder_pattern(office: str) -> regex.Pattern:
    """Another holder of the title: another country's ('the Greek Prime Minister', 'the Prime Minister of the
    Netherlands', "Australia's Prime Minister") or, for a title bodies give too, a body's ('the Chancellor of
    the University of Kent', "the college's Chancellor", a Vice-Chancellor)."""
    titles = "|".join(regex.escape(t) for t in sorted(titles_of(office), key=len, reverse=True))
    own = "|".join(regex.escape(q) for q in OWN_QUALIFIERS)
    countries = "|".join(regex.escape(w) for w in COUNTRY_WORDS)
    nationality = rf"(?!(?:{own})\b)\p{{Lu}}\p{{L}}*(?:{NATIONALITY_ENDINGS})|{countries}"
    parts = [
        rf"(?<![.!?:]\s|^)\b(?:{nationality}) (?i:{titles})\b",  # not at a sentence's start ("Greek Prime Minister")
        rf"\b(?!(?:{own})['’]s\b)\p{{Lu}}\p{{L}}+['’]s (?i:{titles})\b(?!['’]s)",  # "Australia's Prime Minister"
        rf"\bthe (?:island|state|territory|republic|kingdom)['’]s (?i:{titles})\b",
        rf"(?i:{titles}) of (?!the Exchequer\b|the United Kingdom\b|the UK\b|Great Britain\b|the Duchy\b)\S",
    ]
    if office in BODY_TITLE_OFFICES:
        bodies = "|".join(regex.escape(w) for w in BODY_WORDS)
        parts.append(rf"(?i:\b(?:{bodies})['’]s (?:{titles})\b|\b(?:vice|pro)[- ](?:{titles})\b"
                     rf"|\b(?:its|their) (?:{titles})\b|\b(?:{bodies}) (?:{titles})\b)")
    return regex.compile("|".join(parts))


_OTHER_HOLDER = {office: _other_holder_pattern(office) for office in HOLDERS}


def office_holder(role: Optional[str], organisation: Optional[str], date: Optional[dt.date],
                  texts: Iterable[str] = ()) -> Optional[str]:
    """Who held the office a bare title names on ``date``, when the title is resolved to that office's own
    department (not a university's chancellor); None on a changeover day, before the table starts, when the
    title is not one of the great offices, or when the release's ``texts`` name another holder of the title
    ('The Prime Minister of Japan visited ...': which of them speaks is not told)."""
    office = office_of(role)
    if office is None:
        return devolved_holder(role, organisation, date, texts)
    if date is None or organisation not in DEPARTMENTS[office]:
        return None
    if any(_OTHER_HOLDER[office].search(text) for text in texts):
        return None
    return _holder_on(office, date)  # (on a changeover day either the outgoing or the incoming holder may speak)


# Each devolved nation's First Minister as another nation's release may write it ("the Welsh First Minister",
# "First Minister of Wales", "Wales's First Minister").
_NATION_WORDS: dict[str, list[str]] = {}
for _place, _government in DEVOLVED_PLACES.items():
    _NATION_WORDS.setdefault(_government, []).append(regex.escape(_place))
_FIRST_MINISTER_NAMED = {
    government: regex.compile(rf"(?i)\b(?:{'|'.join(words)})(?:['’]s)? (?:deputy )?first minister\b"
                              rf"|\bfirst minister (?:of|for) (?:{'|'.join(words)})\b")
    for government, words in _NATION_WORDS.items()}


def _bare_title(role: Optional[str]) -> str:
    """'The  First Minister' -> 'first minister': a title as the devolved tables key it."""
    return " ".join((role or "").casefold().split()).removeprefix("the ")


def devolved_holder(role: Optional[str], government: Optional[str], date: Optional[dt.date],
                    texts: Iterable[str] = ()) -> Optional[str]:
    """Who was the devolved First Minister (or Northern Ireland's deputy First Minister) a bare title names, in
    the government it was resolved to ('The First Minister said:' in the Scottish Government's release of 7
    November 2022: Nicola Sturgeon); None while the office stood vacant or suspended, on a changeover day, or
    when the release names another nation's First Minister."""
    office = DEVOLVED_TITLES.get((_bare_title(role), government or ""))
    if office is None or date is None:
        return None
    texts = list(texts)
    if any(pattern.search(text) for other, pattern in _FIRST_MINISTER_NAMED.items() if other != government
           for text in texts):
        return None  # "... met the First Minister of Wales": which of them speaks is not told
    return _holder_in(DEVOLVED_HOLDERS[office], date)


def names_devolved_head(role: Optional[str]) -> bool:
    """Whether a bare title is a devolved First Minister's ('First Minister', 'deputy First Minister')."""
    title = _bare_title(role)
    return any(office_title == title for office_title, _ in DEVOLVED_TITLES)


def devolved_government_of_holder(role: Optional[str], name: Optional[str], date: Optional[dt.date]) -> Optional[str]:
    """The government whose First Minister (or deputy First Minister) a bare title names, told by who held the office
    on the day ('First Minister Alex Salmond said:' in a business body's release of 2012: the Scottish Government);
    None for anyone else, on a changeover day, or for an undated release."""
    title = _bare_title(role)
    if not name or date is None:
        return None
    governments = {government for (office_title, government), office in DEVOLVED_TITLES.items()
                   if office_title == title and _holder_in(DEVOLVED_HOLDERS[office], date) == name}
    return governments.pop() if len(governments) == 1 else None


def another_countrys_holder(role: Optional[str], name: Optional[str], date: Optional[dt.date]) -> bool:
    """Whether the person a bare great office's title names is another country's holder of the title: no one of
    that name ('Olaf Scholz', or 'Scholz' alone) held the UK office in the table ('Chancellor Scholz said:' in
    2024, 'Prime Minister Giorgia Meloni said:'); False for a title that is no great office, for an undated
    release or one before the table starts, and for anyone who held the office at some time."""
    office = office_of(role)
    if office is None or not name or date is None or date < HOLDERS[office][0][1]:
        return False
    words = name.casefold().split()
    for holder, _ in HOLDERS[office]:
        held = holder.casefold().split()
        if words == held or len(words) == 1 and words[-1] == held[-1]:
            return False
    return True


_DEVOLVED_TITLE_IN_TEXT = regex.compile(r"(?i)(?<!\bshadow\s)\b(?:deputy\s+)?first\s+minister\b")


def titles_written(texts: Iterable[str]) -> list[str]:
    """The titles of great offices, and of the devolved First Ministers, that the release writes, as written
    and in order ('The First Minister has confirmed ...' -> ['First Minister']): the offices whose holder on the
    day a surname alone may name."""
    found: list[str] = []
    for text in texts:
        hits = [m for office in HOLDERS for m in _TITLE_IN_TEXT[office].finditer(text)]
        hits += list(_DEVOLVED_TITLE_IN_TEXT.finditer(text))
        for m in sorted(hits, key=lambda m: m.start()):
            title = " ".join(m.group(0).split())
            title = title[:1].upper() + title[1:]
            if title.casefold() not in (t.casefold() for t in found):
                found.append(title)
    return found


def _holder_on(office: str, date: dt.date) -> Optional[str]:
    return _holder_in(HOLDERS[office], date)


def _holder_in(holders: Iterable[tuple[Optional[str], dt.date]], date: dt.date) -> Optional[str]:
    """Who held an office on ``date``, from its (holder, appointed) entries in order; None on a day of change
    (the release may be either's) or while it stood vacant."""
    holder = None
    for name, appointed in holders:
        if appointed == date:
            return None
        if appointed < date:
            holder = name
    return holder


def _title_in_text(office: str) -> regex.Pattern:
    """The office's titles in running text (not "pm", which is a time; not a deputy's or a shadow's title)."""
    titles = sorted((t for t in titles_of(office) if len(t) > 2), key=len, reverse=True)
    return regex.compile(rf"(?i)(?<!\b(?:deputy|shadow|former|vice|junior|ex)[\s-])\b(?:{'|'.join(map(regex.escape, titles))})\b")


_TITLE_IN_TEXT = {office: _title_in_text(office) for office in HOLDERS}


def office_held(name: Optional[str], date: Optional[dt.date], texts: Iterable[str] = ()) -> Optional[str]:
    """The title, as the release writes it, of a great office that ``name`` held on ``date``, when the release
    writes that title and names no other holder of it ('The Home Secretary has urged ...' then 'Theresa May
    said:' in 2012); None otherwise."""
    if not name or date is None:
        return None
    texts = list(texts)
    for office in HOLDERS:
        if (_holder_on(office, date) or "").casefold() != name.casefold():
            continue
        if any(_OTHER_HOLDER[office].search(text) for text in texts):
            return None
        for text in texts:
            m = _TITLE_IN_TEXT[office].search(text)
            if m:
                return m.group(0)[:1].upper() + m.group(0)[1:]
    return None
