"""Resolve the organisation a speaker speaks for, written out in full.

Order of evidence:

1. an organisation written in the attribution ("..., Samsung UK, said:"),
   with acronyms expanded from the release itself ("The Internet Watch
   Foundation (IWF)", or a capitalised phrase whose initials spell it);
2. for UK government office holders, their department from the dated
   table in :mod:`quotes.rules.departments`;
3. offices whose body is not in their title (Mayor of London -> Greater
   London Authority);
4. nothing: null rather than a guess.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache, wraps
from typing import Any, Iterable, Iterator, Optional

import regex

from .rules.departments import (
    AMBIGUOUS_ACRONYMS,
    AREA_NAMED_BODIES,
    CROSS_CUTTING_PORTFOLIOS,
    DEVOLVED_MEMBER_LETTERS,
    DEPARTMENT_ACRONYMS,
    DEVOLVED_CABINET_SECRETARY,
    DEVOLVED_CAPITALS,
    DIRECT_RULE,
    NI_CHIEF_OFFICER_SUBJECTS,
    NI_EXECUTIVE_PUBLISHERS,
    NI_SHARED_DEPARTMENT_NAMES,
    DEVOLVED_CHIEF_OFFICERS,
    DEVOLVED_GOVERNMENTS,
    DEVOLVED_MINISTER_TITLES,
    DEVOLVED_OFFICES,
    DEVOLVED_MATTERS,
    DEVOLVED_PLACES,
    DEVOLVED_SECRETARY_NOUNS,
    DEVOLVED_SECRETARY_QUALIFIERS,
    DEVOLVED_SINCE,
    INFORMAL_BODY_NAMES,
    PLACE_POSSESSORS,
    INFORMAL_DEPARTMENT_NAMES,
    UNIT_NOUNS,
    PARTY_IN_FULL,
    PARTY_NAMES,
    PARTY_WORDS,
    RESERVED_IN,
    RESERVED_MINISTERS,
    ROAD_NUMBER,
    RESERVED_SECRETARIES,
    ROLE_DEPARTMENTS,
    SHORT_NAMED_BODIES,
    SHORT_SECRETARY_GOVERNMENTS,
    PORTFOLIO_TITLE_WORDS,
    PROGRAMME_DEPARTMENTS,
    TERRITORIAL_OFFICES,
    THE_PUBLISHING_DEPARTMENT,
    UK_GOVERNMENT_MENTIONS,
    UK_ONLY_OFFICES,
    US_DEPARTMENTS,
    US_NAMES,
)
from .rules.names import RANKS
from .rules.roles import (
    AREA_WORDS,
    ORG_KEYWORDS,
    KIND_BY_NAME_OPENING,
    NOT_STAFF_WORDS,
    ROLE_MODIFIERS,
    ROLE_WORDS,
    STAFF_TITLE_QUALIFIERS,
    STAFF_TITLE_WORDS,
    WELSH_TITLE_WORDS,
    NATION_NAMED_BODIES,
    NAMES_ENDING_IN_S,
    BODY_REGIONS,
    BODY_KINDS_IN_TITLES,
    FORCES_NAMED_POLICE_FIRST,
    OWN_STAFF_KINDS,
    BRITISH_WORDS,
    DEPARTMENTAL_OFFICES,
    ENVOY_PUBLISHERS,
    MAYOR_QUALIFIERS,
    OFFICE_DEPUTY_WORDS,
    INSPECTORATES,
    MEMBER_SEAT,
    PUBLISHER_INSPECTORATES,
    REGIONAL_OFFICES,
    GOVERNMENT_CHIEF_OFFICERS,
    ENVOY_TITLES,
    NHS_NATIONAL_BODIES,
    NHS_NATIONAL_POSTS,
    NOT_SELF_STANDING,
    OFFICE_NATIONS,
    OFFICE_ORGANISATIONS,
    PORTFOLIO_SUBJECTS,
    ROYAL_POSSESSORS,
    SELF_STANDING_OFFICES,
    SHORT_FORM_NOUNS,
    NOUN_FIRST_BODIES,
    TRADE_POSTS,
)
from .holders import another_countrys_holder, devolved_government_of_holder
from .rules.office_holders import COUNTRY_WORDS
from .speaker import (
    OWN_BODY,
    _is_role_word,
    has_org_keyword,
    is_government_role,
    is_party_post,
    is_shadow_role,
    names_another_country,
    without_possessive,
)

_DEFINED_AFTER = regex.compile(
    r"(?P<full>(?:[A-Z][\p{L}'’&-]*|of|for|and|the|on|in|to|&)(?:[ ](?:[A-Z0-9][\p{L}0-9'’&-]*|of|for|and|the|on|in|to|&"
    r"|\p{Ll}+)){1,11})"
    r"\s*[(\[](?P<acr>[A-Z][A-Za-z0-9&]{1,11})[)\]]"
)
_DEFINED_BEFORE = regex.compile(
    r"\b(?P<acr>[A-Z][A-Z0-9&]{1,11})\s*[(\[](?P<full>[A-Z][^()\[\]]{5,120}?)[)\]]"
)
# What each of the two patterns above cannot match without: a bracketed acronym, a bracketed name (a speed-up
# only: the patterns are tried from every capital letter of a paragraph).
_BRACKETED_ACRONYM = regex.compile(r"[(\[][A-Z][A-Za-z0-9&]{1,11}[)\]]")
_BRACKETED_NAME = regex.compile(r"[(\[][A-Z][^()\[\]]{5,120}?[)\]]")
_CAPITAL_PHRASE = regex.compile(
    r"(?:[A-Z][\p{L}'’&-]*)(?:[ ](?:[A-Z][\p{L}'’&-]*|of|for|and|the|on|in|to|&)){1,10}"
)
_MINOR = frozenset({"of", "for", "and", "the", "on", "in", "to", "&", "at", "a"})
_THE = regex.compile(r"^(?:the|The)\s+")
_ROLE_TABLE = [
    (regex.compile(pattern, regex.I), dept, start, end) for pattern, dept, start, end in ROLE_DEPARTMENTS
]


def _trim_definition(full: str, acronym: str) -> Optional[str]:
    """Keep the words of 'full' whose initials spell the acronym, counting from the end."""
    words = full.split()
    letters = [c for c in acronym if c.isupper() or c.isdigit()]
    # Walk back from the end, matching initials of significant words.
    k = len(words)
    need = len(letters)
    j = need - 1
    start = None
    skipped = skipped_capital = False
    while k > 0 and j >= 0:
        w = words[k - 1]
        if w == "The" and j == 0 and letters[0] == "T" and start is not None:
            # "The Pensions Regulator (TPR)": the article is the name's own, and its initial the first
            return without_possessive(" ".join(words[k - 1:]))
        if w.casefold() in _MINOR:
            k -= 1
            continue
        if w[:1].islower() and start is not None and not skipped:
            skipped = True  # "Medicines and Healthcare products Regulatory Agency (MHRA)": one word in lower case
            k -= 1
            continue
        if w[:1].upper() == letters[j]:
            j -= 1
            start = k - 1
            k -= 1
            continue
        # a word in capitals stands for all its letters: "UK Research and Innovation (UKRI)"
        if len(w) > 1 and w.isupper() and j + 1 >= len(w) and "".join(letters[j + 1 - len(w): j + 1]) == w:
            j -= len(w)
            start = k - 1
            k -= 1
            continue
        if w[:1].isupper() and start is not None and not skipped_capital and j >= 1 and need >= 3:
            skipped_capital = True  # "National Institute for Health and Care Excellence (NICE)": one word inside
            k -= 1
            continue
        break
    if j >= 0 or start is None:
        # Initials do not match; accept a definition that simply precedes the
        # brackets when it is short and capitalised (e.g. "Defra").
        return None
    text = without_possessive(" ".join(words[start:]))  # "the Driving Standards Agency's (DSA)"
    return _THE.sub("", text)


# A name before its bracketed acronym is at most twelve words: read no further back than this.
_DEFINITION_REACH = 600


def _defined_after(text: str) -> Iterator[regex.Match]:
    """The matches of ``_DEFINED_AFTER`` in the text, found from each bracketed acronym back (the pattern
    cannot cross a bracket, so each match ends at the first acronym after it starts) rather than by trying
    the pattern at every position of the paragraph."""
    done = 0
    for b in _BRACKETED_ACRONYM.finditer(text):
        if b.start() < done:
            continue
        m = _DEFINED_AFTER.search(text, max(done, b.start() - _DEFINITION_REACH), b.end())
        if m is not None:
            done = m.end()
            yield m


def acronym_definitions(texts: Iterable[str]) -> dict[str, str]:
    """Acronyms a release spells out: 'The Internet Watch Foundation (IWF)' -> {'IWF': ...}."""
    found: dict[str, str] = {}
    for text in texts:
        if "(" not in text and "[" not in text:
            continue
        for m in _defined_after(text):
            acr = m.group("acr")
            full = _trim_definition(m.group("full"), acr)
            if full and acr not in found:
                found[acr] = full
        for m in _DEFINED_BEFORE.finditer(text) if _BRACKETED_NAME.search(text) else ():
            acr, full = m.group("acr"), m.group("full").strip()
            if acr not in found and _initials_match(full, acr, whole_words=True):
                found[acr] = _THE.sub("", full)
    return found


def whole_word_initials(words: Iterable[str]) -> str:
    """Initials in which a word in capitals counts whole: 'UK Research and Innovation' -> 'UKRaI'."""
    return "".join(w if w.isupper() and len(w) > 1 else w[0] for w in words)


def _initials_match(phrase: str, acronym: str, whole_words: bool = False) -> bool:
    """'Internet Watch Foundation' ~ 'IWF'; with ``whole_words`` (a definition in brackets, or a body's name), a
    word in capitals counts whole: 'UK Research and Innovation' ~ 'UKRI', 'NHS Blood and Transplant' ~ 'NHSBT'."""
    letters = "".join(c for c in acronym if c.isupper() or c.isdigit())
    words = [w for w in phrase.split() if w.casefold() not in _MINOR and w[:1].isalnum()]
    initials = "".join(w[0] for w in words)
    forms = [initials.upper()]
    if whole_words:
        forms.append(whole_word_initials(words).upper())
    return len(letters) >= 2 and len(words) >= 2 and letters.upper() in forms


def _as_in_table(acronym: str, name: str) -> str:
    """'HM Revenue & Customs' is the table's 'HM Revenue and Customs': bodies of the table are written with
    "and", as departments are."""
    known = DEPARTMENT_ACRONYMS.get(acronym)
    return known if known and known == name.replace(" & ", " and ") else name


def expand_acronym(acronym: str, definitions: dict[str, str], texts: Iterable[str] = (),
                   own_name: Optional[str] = None, date: Optional[dt.date] = None) -> Optional[str]:
    """Full name of an acronym, from the release first (its publisher's ``own_name`` before its text), then the
    department table (for initials of several bodies, the one of them the release of that ``date`` means)."""
    bare = acronym.rstrip("s") if acronym.endswith("s") and acronym[:-1].isupper() else acronym
    for key in (acronym, bare):
        if key in definitions:
            return _as_in_table(key, definitions[key])
    own = _own_initials(own_name, bare)
    if own:
        return _as_in_table(bare, own)
    texts = [own_name, *texts] if own_name else list(texts)
    for text in texts:
        for m in _CAPITAL_PHRASE.finditer(text):
            phrase = m.group(0)
            # Trim trailing minor words.
            words = phrase.split()
            while words and words[-1].casefold() in _MINOR:
                words.pop()
            if words and words[0].casefold() == "the":
                words = words[1:]
            phrase = without_possessive(" ".join(words))  # "the Driving Standards Agency's director"
            whole = bool(words) and (has_org_keyword(words[-1]) or words[0] in _WHOLE_WORD_OPENINGS
                                     or text is own_name)
            if _initials_match(phrase, bare, whole_words=whole) and len(words) >= 2:
                return _as_in_table(bare, phrase)
    full = _by_field(bare, texts, date) or DEPARTMENT_ACRONYMS.get(bare) or _ACRONYMS_FOLDED.get(bare.casefold())
    if bare in SHORT_NAMED_BODIES and not (full and any(full in text for text in texts)):
        return bare  # "Ofsted": the name it is known by, unless the release writes the full one
    return full


def _by_field(acronym: str, texts: list[str], date: Optional[dt.date]) -> Optional[str]:
    """The body of several with these initials that the release means: of those that existed on its date, the one
    whose field it speaks of ('FSA' in a 2005 release about pensions: the Financial Services Authority), else the
    table's usual one, else the first that existed ('FSA' in 1999: the Financial Services Authority; in 2020,
    whatever "financial" words the release has: the Food Standards Agency). The initials themselves when none of
    the bodies existed that day; None when the initials are not ambiguous. An undated release may mean any of
    them."""
    bodies = _FIELDS.get(acronym)
    if not bodies:
        return None
    existing = [(name, field) for name, start, end, field in bodies if date is None or _holds_on(date, start, end)]
    if not existing:
        return acronym
    named = [name for name, field in existing if any(field.search(text) for text in texts)]
    if len(named) == 1:
        return named[0]
    usual = DEPARTMENT_ACRONYMS.get(acronym)
    return usual if any(name == usual for name, _ in existing) else existing[0][0]


def _field_words(words: Iterable[str]) -> regex.Pattern:
    """One pattern for a body's field words, as whole words in any case."""
    return regex.compile(r"(?i)\b(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b")


_FIELDS = {acronym: tuple((name, start, end, _field_words(words)) for name, start, end, words in bodies)
           for acronym, bodies in AMBIGUOUS_ACRONYMS.items()}


def _own_initials(own_name: Optional[str], acronym: str) -> Optional[str]:
    """The publisher's whole name, when the acronym spells it as a definition in brackets would: 'NICE' for the
    National Institute for Health and Care Excellence, 'MHRA' for the Medicines and Healthcare products Regulatory
    Agency."""
    if not own_name:
        return None
    name = _THE.sub("", " ".join(own_name.split()))
    return name if _trim_definition(name, acronym) == name else None


_WHOLE_WORD_OPENINGS = frozenset({"UK", "HM", "GB"})  # "UK Export Finance" (UKEF), "HM Prison Service" (HMPS)
_ACRONYMS_FOLDED = {k.casefold(): v for k, v in DEPARTMENT_ACRONYMS.items()}
_ACRONYM_WORD = regex.compile(r"^[A-Z][A-Za-z0-9&]*[A-Z0-9][A-Za-z0-9&]*$|^[A-Z][a-z][A-Z][a-zA-Z]*$")


def expand_organisation(org: str, definitions: dict[str, str], texts: Iterable[str] = (),
                        own_name: Optional[str] = None, date: Optional[dt.date] = None) -> str:
    """'the IWF' -> 'Internet Watch Foundation'; other names are returned tidied."""
    org = " ".join(org.split()).strip(" ,;:")
    org = _THE.sub("", org)
    if _ACRONYM_WORD.match(org) or org in definitions or org.casefold() in _ACRONYMS_FOLDED:
        full = expand_acronym(org, definitions, texts, own_name, date)
        if full:
            return full
    return org


def _holds_on(date: dt.date, start: Optional[dt.date], end: Optional[dt.date]) -> bool:
    """Whether ``date`` falls between the dates a name held (inclusive; None = open)."""
    return not ((start and date < start) or (end and date > end))


@lru_cache(maxsize=4096)
def department_for(role: str, date: Optional[dt.date]) -> Optional[str]:
    """Department of a UK government office holder: 'Home Secretary' -> 'Home Office'.

    The subject named first decides: 'Minister for Disabled People, Health and
    Work' belongs to Work and Pensions, not to Health. Between entries that
    match at the same place, the table's order decides. Without a date, only
    the departments that still exist count.
    """
    best: Optional[tuple[int, str]] = None
    low = role.casefold().replace("’", "'")
    matches = _role_table_matches(low)
    if not matches and _WELSH_WORD.search(low):
        matches = _role_table_matches(_in_english(low))  # "Ysgrifennydd Trafnidiaeth": the Transport Secretary
    for at, k in matches:
        _, dept, start, end = _ROLE_TABLE[k]
        if date is not None and not _holds_on(date, start, end) or date is None and end is not None:
            continue  # (an undated release: the departments of today)
        if best is None or at < best[0]:
            best = (at, dept)
    return best[1] if best else None


_WELSH_WORD = regex.compile(r"\b(?:" + "|".join(sorted(map(regex.escape, WELSH_TITLE_WORDS), key=len, reverse=True))
                             + r")\b")


def _in_english(low: str) -> str:
    """A case-folded title written in Welsh, its words put in English (in Welsh order: 'ysgrifennydd
    trafnidiaeth' -> 'secretary transport'), which the role table's subjects match."""
    return _WELSH_WORD.sub(lambda m: WELSH_TITLE_WORDS[m.group()], low)


@lru_cache(maxsize=4096)
def _role_table_matches(low: str) -> tuple[tuple[int, int], ...]:
    """Where each entry of the role table that matches a (case-folded) role matches, with the entry's place in
    the table, whatever the date (a speed-up only: each role is searched once, not once per release date)."""
    found = []
    for k, (pattern, _, _, _) in enumerate(_ROLE_TABLE):
        m = pattern.search(low)
        if m:
            found.append((m.start(), k))
    return tuple(found)


_ROYAL_STYLE = regex.compile(r"^(?:his|her) majesty's\s+")


def office_organisation(role: str, date: Optional[dt.date] = None) -> Optional[str]:
    """The body of an office that has one: 'Mayor of London' and 'Tees Valley Mayor' alike, and of its deputy or
    stand-in ('Deputy Chief Medical Officer for England', 'Vice Chief of the Defence Staff').

    A body renamed over the years is named as it was on ``date`` (its latest name without one).
    """
    low = _THE.sub("", role).casefold().replace("’", "'")
    low = _ROYAL_STYLE.sub("hm ", low)  # "His Majesty's Chief Inspector of Prisons"
    low = _MAYOR_QUALIFIER.sub("", _PORTFOLIO_IN_BRACKETS.sub("", low))
    body = _office_body(low)
    deputy = _OFFICE_DEPUTY.match(low)
    if body is None and deputy:
        body = _office_body(low[deputy.end():])  # "Deputy Chief Medical Officer for England": the office's body
    if body is None or isinstance(body, str):
        return body
    return _dated_body(body, date)


def _dated_body(names: Iterable[tuple[str, Optional[dt.date], Optional[dt.date]]], date: Optional[dt.date]) -> Optional[str]:
    """The name a renamed body had on ``date`` (its latest name without one)."""
    if date is None:
        return next((name for name, _, end in names if end is None), None)
    return next((name for name, start, end in names if _holds_on(date, start, end)), None)


_NHS_NATIONAL_POST = regex.compile(NHS_NATIONAL_POSTS)


def _is_national_nhs_post(organisation: str, role: str, publisher: Optional[str]) -> bool:
    """'NHS' and a national leader's post ('chief executive', 'national medical director') outside a devolved
    nation's release, where the NHS's chief executive is that nation's."""
    if _THE.sub("", organisation).strip() != "NHS" or _DEVOLVED_PLACE.search(publisher or "") \
            or _devolved_publisher(publisher):
        return False
    return bool(_NHS_NATIONAL_POST.match(" ".join(role.casefold().split())))


def _office_body(low: str) -> Any:
    """The table's body (or dated bodies) of an office written in lower case: 'mayor of london', 'tees valley
    mayor', 'chief executive and registrar of companies'."""
    if low.endswith(" mayor") and not low.startswith("deputy "):
        place = low[: -len(" mayor")]
        low = f"mayor of {place}" if f"mayor of {place}" in OFFICE_ORGANISATIONS else f"mayor of the {place}"
    body = OFFICE_ORGANISATIONS.get(low)
    regional = low.split(" for ")[0]
    if body is None and regional in REGIONAL_OFFICES:
        body = OFFICE_ORGANISATIONS.get(regional)  # "Regional Schools Commissioner for the North"
    if body is None and " and " in low:
        # "Chief Executive and Registrar of Companies for England and Wales": the office after the joined title;
        # "Tánaiste and Minister for Foreign Affairs": the office before it
        first, rest = low.split(" and ", 1)
        body = OFFICE_ORGANISATIONS.get(rest) or OFFICE_ORGANISATIONS.get(first)
    return body


_OFFICE_DEPUTY = regex.compile(r"^(?:(?:" + "|".join(OFFICE_DEPUTY_WORDS) + r")[\s-]+)+")
# "Metro Mayor of the Liverpool City Region", "Liverpool City Region Metro Mayor": the mayor of the place.
_MAYOR_QUALIFIER = regex.compile(r"\b(?:" + "|".join(MAYOR_QUALIFIERS) + r")\s+(?=mayor\b)")
# "Assistant Chief of the Defence Staff (Reserves and Cadets)": the office without the portfolio after it.
_PORTFOLIO_IN_BRACKETS = regex.compile(r"\s*\([^()]*\)$")


_DEPARTMENT_NAME = regex.compile(
    r"^(?:Department|Ministry|Office)\b|\bOffice$|^HM Treasury$|^Cabinet Office$|^Prime Minister's Office"
    r"|^UK Export Finance$"
)


def is_department(name: Optional[str]) -> bool:
    """'Department for Transport', 'Home Office', 'HM Treasury': a ministerial department."""
    return bool(name) and bool(_DEPARTMENT_NAME.search(name.replace("’", "'")))


def department_name(name: str) -> str:
    """A department's name written out: GOV.UK writes 'Department for Culture, Media & Sport'."""
    return name.replace(" & ", " and ")


# "Foreign, Commonwealth & Development Office (FCDO)": the initials defined after a body's name.
_DEFINED_INITIALS = regex.compile(r"(?<=\S)\s*\(\p{Lu}[\p{Lu}\p{Ll}&]{1,9}\)$")


def _tidy_body(name: str) -> str:
    """A department written with '&' is written out with 'and'; other bodies stay as written, but for the
    region they work in ('Environment Agency in the North East')."""
    if is_department(name):
        return department_name(name)
    region = _BODY_REGION.search(name)
    if region and has_org_keyword(name[: region.start()]):
        return name[: region.start()]
    town = _BODY_IN_TOWN.match(name)  # "The Little Bakery in Stroud": the town the body is in
    if town and not has_org_keyword(town.group("town")) \
            and all(w[:1].isupper() or w in _MINOR for w in town.group("body").split()) \
            and town.group("body").split()[-1].casefold() not in _MINOR:
        return town.group("body")
    return name


_BODY_IN_TOWN = regex.compile(r"^(?P<body>\p{Lu}\S*(?:\s+\S+)+?)\s+in\s+(?P<town>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)$")


_BODY_REGION = regex.compile(r"(?i)\s+in\s+the\s+(?:" + "|".join(regex.escape(r) for r in BODY_REGIONS) + r")$")


def _publishing_department(publisher: Optional[str]) -> Optional[str]:
    """The department that published the release, when a department did."""
    return department_name(publisher) if publisher and is_department(publisher) else None


_UK_ONLY_OFFICE = regex.compile(r"(?i)\b(?:" + "|".join(regex.escape(o) for o in UK_ONLY_OFFICES) + r")\b")


_NATIONAL_OPENING = regex.compile(r"(?i)^(?:the\s+)?(?:irish|british|uk|us|american|european|eu)\b")


def _under_direct_rule(publisher: Optional[str], date: Optional[dt.date]) -> bool:
    """The Northern Ireland Office's release while it governed Northern Ireland directly."""
    return date is not None and _THE.sub("", publisher or "").casefold() == "northern ireland office" \
        and _in_direct_rule(date)


def _in_direct_rule(date: dt.date) -> bool:
    """A day the Northern Ireland Office governed Northern Ireland directly."""
    return any(start <= date <= end for start, end in DIRECT_RULE)


def _devolved_in_office(government: str, date: Optional[dt.date]) -> bool:
    """Whether the devolved government held office on ``date`` (not before devolution, nor in Northern Ireland
    under direct rule); True without a date."""
    return date is None or date >= DEVOLVED_SINCE[government] and not (
        government == "Northern Ireland Executive" and _in_direct_rule(date))


def is_government_publisher(publisher: Optional[str], date: Optional[dt.date] = None) -> bool:
    """A UK department, a devolved government or a party: a publisher whose releases name the holders of the
    great offices by surname ("Ms Sturgeon said:"), where another body's releases may mean anyone of that name."""
    return is_department(publisher) or _devolved_publisher(publisher, date) is not None \
        or party_key(publisher) is not None


def _devolved_publisher(publisher: Optional[str], date: Optional[dt.date] = None) -> Optional[str]:
    """'Scottish Government' when a devolved government published the release; on a ``date`` after Whitehall's
    department of that name was renamed, 'the Department of Health' is Northern Ireland's."""
    bare = _THE.sub("", publisher or "").casefold()
    if bare and _NI_EXECUTIVE_PUBLISHER.search(bare.strip()):
        return "Northern Ireland Executive"  # "Department of Health (Northern Ireland)": the Executive's own
    renamed = NI_SHARED_DEPARTMENT_NAMES.get(" ".join(bare.split()))
    if renamed and date is not None and date >= renamed:
        return "Northern Ireland Executive"  # "the Department of Health" in 2024: the UK's is Health and Social Care
    return next((g for g in DEVOLVED_GOVERNMENTS if g.casefold() == bare), None)


def _ni_department(publisher: Optional[str], date: Optional[dt.date]) -> Optional[str]:
    """The Northern Ireland Executive's department that published the release ('Department for Infrastructure',
    'Department of Health (Northern Ireland)', 'the Department of Health' from 2018), else None."""
    name = _THE.sub("", " ".join((publisher or "").split()))
    if not is_department(name) or _devolved_publisher(name, date) != "Northern Ireland Executive":
        return None
    return name


def _publishers_own_ni_minister(role: str, publisher: Optional[str], date: Optional[dt.date]) -> Optional[str]:
    """The Executive department whose own release quotes its minister: a title naming no portfolio ('Minister'),
    or only words of the department's name ('Health Minister' in the Department of Health's, 'Minister of
    Agriculture, Environment and Rural Affairs' in DAERA's); None for another portfolio ('Finance Minister' in
    the Department for Infrastructure's, 'Junior Minister')."""
    department = _ni_department(publisher, date)
    words = role.casefold().replace(",", " ").split()
    if department is None or "minister" not in words:
        return None
    own = set(department.casefold().replace(",", " ").replace("(", " ").replace(")", " ").split())
    return department if all(w in PORTFOLIO_TITLE_WORDS or w in own for w in words) else None


def _publishers_own_ni_officer(bare: str, publisher: Optional[str], date: Optional[dt.date]) -> Optional[str]:
    """The Executive department whose own release quotes its chief officer ('Chief Medical Officer' in the
    Department of Health's, 'Chief Veterinary Officer' in the agriculture department's); None in another's."""
    department = _ni_department(publisher, date)
    subject = next((NI_CHIEF_OFFICER_SUBJECTS[w] for w in bare.split() if w in NI_CHIEF_OFFICER_SUBJECTS), None)
    if department is None or subject is None:
        return None
    return department if subject in department.casefold().split() else None


_NI_EXECUTIVE_PUBLISHER = regex.compile(NI_EXECUTIVE_PUBLISHERS)


_PARTY = regex.compile(r"(?i)\b(?:" + "|".join(regex.escape(w) for w in PARTY_WORDS) + r")\b")
_DEVOLVED_OFFICE = regex.compile(r"\b(?:" + "|".join(regex.escape(o.title()) for o in DEVOLVED_OFFICES) + r")\b")
_DEVOLVED_MINISTER = regex.compile(r"(?i)\b(?:" + "|".join(regex.escape(t) for t in DEVOLVED_MINISTER_TITLES) + r")\b")
_DEVOLVED_PLACE = regex.compile(r"(?i)\b(?:" + "|".join(regex.escape(p) for p in DEVOLVED_PLACES) + r")\b")


# Another nation's government in a release: named ("the Welsh Government"), or by its seat ("in Cardiff");
# the nations merely listed ("across England, Scotland, Wales and Northern Ireland") are no sign.
_NATION_OF = {**{g.casefold(): g for g in DEVOLVED_GOVERNMENTS}, **DEVOLVED_CAPITALS}
_NATION_NAMED = regex.compile(r"(?i)\b(?:" + "|".join(regex.escape(p) for p in _NATION_OF) + r")\b")
_FIRST_MINISTER_OF = regex.compile(
    r"(?i)\bfirst minister (?:of|for) (?P<a>" + "|".join(regex.escape(p) for p in DEVOLVED_PLACES) + r")\b"
    r"|\b(?P<b>" + "|".join(regex.escape(p) for p in DEVOLVED_PLACES) + r")['’]s first minister\b")


_PARTY_NAME = regex.compile(r"\b(?:" + "|".join(regex.escape(p) for p in sorted(PARTY_NAMES, key=len, reverse=True))
                            + r")\b", regex.I)


def party_key(publisher: Optional[str]) -> Optional[str]:
    """The party that publishes ('Sinn Fein', 'the DUP', 'Welsh Labour'), as one key for its spellings; None
    for any other publisher."""
    return PARTY_NAMES.get(" ".join(_THE.sub("", publisher or "").casefold().split()))


def parties_named(text: Optional[str]) -> set[str]:
    """The parties a text names, each as one key for its spellings: 'Sinn Féin National Chairperson' ->
    {'sinn féin'}; 'Health Minister' -> set()."""
    return {PARTY_NAMES[m.group(0).casefold()] for m in _PARTY_NAME.finditer(text or "")}


def _party_as_written(publisher: str, texts: Iterable[str]) -> str:
    """The publishing party's name in its fullest spelling the release writes ('Sinn Féin' in the release of
    the publisher 'Sinn Fein'), else the publisher's name."""
    key = party_key(publisher)
    forms = [m.group(0) for text in texts for m in _PARTY_NAME.finditer(text)
             if m.group(0)[:1].isupper() and PARTY_NAMES.get(m.group(0).casefold()) == key]
    return max(forms, key=len) if forms else _THE.sub("", publisher.strip())


_SCOTTISH_LAW_OFFICE = regex.compile(r"(?i)^(?:the\s+)?(?:lord advocate|solicitor general)(?:\s+for\s+scotland)?$")
_SCOTTISH_PROSECUTOR = regex.compile(r"\bCrown Office\b|\bProcurator Fiscal\b")


def _scottish_law_officer(role: str, publisher: Optional[str]) -> Optional[str]:
    """Scotland's Law Officers ("Solicitor General for Scotland", or "Solicitor General" in a Scottish body's
    release), who head its prosecution service and sit in its government: the service in its own releases, else
    the Scottish Government. None for the UK's Solicitor General."""
    if not _SCOTTISH_LAW_OFFICE.match(role.strip()):
        return None
    publisher = publisher or ""
    if _SCOTTISH_PROSECUTOR.search(publisher):
        return _THE.sub("", publisher.strip())
    if "scotland" in role.casefold() or _devolved_publisher(publisher) == "Scottish Government":
        return "Scottish Government"
    return None


def _first_minister_of(texts: Iterable[str]) -> Optional[str]:
    """The government of the First Minister the release names with a place ('the First Minister of
    Scotland'), for a bare 'First Minister' in a UK-wide publisher's release; None when the release names the
    First Ministers of more than one place (which of them speaks is not told)."""
    texts = list(texts)
    governments = {DEVOLVED_PLACES[(m.group("a") or m.group("b")).casefold()]
                   for text in texts for m in _FIRST_MINISTER_OF.finditer(text)}
    if len(governments) != 1:
        return None
    # "... met the First Minister of Scotland in Edinburgh before travelling to Belfast": another nation is
    # in the release, and its First Minister may be the one who speaks.
    nations = {_NATION_OF[" ".join(m.group(0).casefold().split())] for text in texts
               for m in _NATION_NAMED.finditer(text)}
    return governments.pop() if nations <= governments else None


def _devolved_government(text: str, publisher: Optional[str]) -> Optional[str]:
    """The devolved government a 'First Minister' heads: the place named, else the devolved publisher."""
    place = _DEVOLVED_PLACE.search(text) or _DEVOLVED_PLACE.search(publisher or "")  # "Scotland Office"
    return DEVOLVED_PLACES[place.group(0).casefold()] if place else None


_JUNIOR_MINISTER_FOR = regex.compile(
    r"(?i)^(?:the\s+)?(?:parliamentary\s+under[- ]secretary\s+of\s+state|minister(?:\s+of\s+state)?)\s+for\s+"
    r"(?P<portfolio>\S.*)$"
    r"|^(?:the\s+)?(?P<portfolio_first>\S.*?)\s+minister$")  # "Technology and Decarbonisation Minister"


def _holds_cross_cutting_portfolio(role: str) -> bool:
    """'Minister for Innovation', 'Minister for Technology and Data', 'Technology and Decarbonisation Minister':
    a junior minister whose portfolio is only words several departments give one ('Minister for Science and
    Innovation' is not)."""
    m = _JUNIOR_MINISTER_FOR.match(role)
    m = m and (m.group("portfolio") or m.group("portfolio_first"))
    words = m and [w for w in m.casefold().replace(",", " ").split() if w not in ("and", "&")]
    # (a title with one word before "Minister", "Tech Minister", is the table's department: the tech ministry's)
    if not words or role.casefold().endswith("minister") and len(words) < 2:
        return False
    return all(w in CROSS_CUTTING_PORTFOLIOS for w in words)


def _territorial_minister(role: str, publisher: Optional[str], date: Optional[dt.date]) -> Optional[str]:
    """The devolved government of a territorial office's release ('Scotland Office'), for a minister whose title
    names a portfolio ('Finance Secretary', 'Minister for the Economy'; not 'Minister of State', nor a UK office),
    on a date the devolved government held office (not under direct rule)."""
    government = TERRITORIAL_OFFICES.get(" ".join(_THE.sub("", publisher or "").casefold().split()))
    if government is None or _UK_ONLY_OFFICE.search(role) or not _names_portfolio(role):
        return None
    return government if _devolved_in_office(government, date) else None


def _names_portfolio(role: str) -> bool:
    """'Economy Minister', 'Minister for the Economy', 'Finance Secretary': a minister's title and the subjects of
    a portfolio, nothing else ('Minister of State', 'Parliamentary Under Secretary of State' name none)."""
    words = role.casefold().replace(",", " ").split()
    if not words or words[-1] not in ("minister", "secretary") and words[0] != "minister":
        return False
    subjects = [w for w in words if w not in PORTFOLIO_TITLE_WORDS]
    return bool(subjects) and all(w in PORTFOLIO_SUBJECTS or w in DEVOLVED_SECRETARY_NOUNS for w in subjects)


_PLACE_WORDS = {place: regex.compile(rf"\b{place}\b") for place in DEVOLVED_PLACES}


def _devolved_body_minister(role: str, publisher: Optional[str], date: Optional[dt.date],
                            texts: Iterable[str]) -> Optional[str]:
    """The devolved government whose nation a public body's name holds ('Scottish Environment Protection Agency',
    'Natural Resources Wales', 'Police Scotland'), for a minister of a portfolio in its release ('Minister for
    Environment and Climate Change', 'Environment Minister'), when the portfolio is devolved, the government held
    office that day, and the release is no joint statement with the UK government; else None."""
    bare = " ".join(_THE.sub("", publisher or "").casefold().split())
    if not bare or bare in TERRITORIAL_OFFICES or _devolved_publisher(publisher, date) or is_department(publisher) \
            or _PARTY.search(publisher or ""):
        return None
    if not (has_org_keyword(publisher or "") or bare in NATION_NAMED_BODIES) or _COMPANY_NAMED.search(publisher or ""):
        return None  # a public body ("Scottish Environment Protection Agency", "Police Scotland"), not "Scottish Power"
    government = next((g for place, g in DEVOLVED_PLACES.items() if _PLACE_WORDS[place].search(bare)), None)
    low = role.casefold()
    if government is None or "minister" not in low or _UK_ONLY_OFFICE.search(role) or not _names_portfolio(role):
        return None
    if _holds_reserved_matter(low.replace(",", " ").split(), government, RESERVED_MINISTERS):
        return None
    if not _devolved_in_office(government, date):
        return None
    return None if _joint_with_uk_government(texts) else government


def _devolved_member_minister(role: str, name: Optional[str], date: Optional[dt.date],
                              texts: Iterable[str]) -> Optional[str]:
    """The devolved government of a minister or cabinet secretary whom the release names with a devolved
    legislature's letters ('Shona Robison MSP'): none of the UK government's ministers sits there. None for an
    office only the UK government has, or before the letters named that legislature's members alone."""
    if _UK_ONLY_OFFICE.search(role) or not may_sit_devolved(role):
        return None
    return _member_government(name, date, texts)


def _member_government(name: Optional[str], date: Optional[dt.date], texts: Iterable[str]) -> Optional[str]:
    """The devolved government whose legislature's letters the release writes after a person's name ('Jane Doe
    MSP' -> 'Scottish Government'), from the day the letters named that legislature's members alone."""
    if not name:
        return None
    named = _member_letters_after(name)
    for text in texts:
        m = named.search(text)
        if m:
            government, since = DEVOLVED_MEMBER_LETTERS[m.group("letters")]
            return government if date is None or date >= since else None
    return None


@lru_cache(maxsize=4096)
def _member_letters_after(name: str) -> regex.Pattern:
    return regex.compile(rf"\b{regex.escape(name)}\s+(?P<letters>{'|'.join(DEVOLVED_MEMBER_LETTERS)})\b")


_MINISTER_OR_CABINET_SECRETARY = regex.compile(r"(?i)\b(?:minister|cabinet secretary)\b")


def may_sit_devolved(role: Optional[str]) -> bool:
    """Whether a title may be a devolved government's minister's or cabinet secretary's, whose government the
    letters after the holder's name may tell."""
    return bool(role) and _MINISTER_OR_CABINET_SECRETARY.search(role) is not None


def _holds_reserved_matter(words: Iterable[str], government: str, more: tuple[str, ...] = ()) -> bool:
    """Whether the words of a title name a matter the UK government keeps (everywhere, or in ``government``'s
    nation): 'home', 'defence', 'security'; ``more`` for the junior ministers' portfolios."""
    reserved = RESERVED_SECRETARIES + more + RESERVED_IN.get(government, ())
    return any(w in reserved for w in words)


def _joint_with_uk_government(texts: Iterable[str]) -> bool:
    """Whether a release brings in the UK government ('four nations', 'UK ministers', 'Secretary of State'): a
    joint statement, where a bare title may be the UK's holder's."""
    return any(m in text.casefold() for text in texts for m in UK_GOVERNMENT_MENTIONS)


def _is_short_cabinet_secretary(role: str, government: str, texts: Iterable[str]) -> bool:
    """'Justice Secretary', 'Rural Affairs Secretary' in ``government``'s release: a devolved matter and
    'Secretary' (not 'Club Secretary', nor a matter the UK government keeps), in a release that is no joint
    statement with the UK government ('four nations', 'UK ministers', 'Secretary of State')."""
    words = role.casefold().split()
    if government not in SHORT_SECRETARY_GOVERNMENTS or len(words) < 2 or words[-1] != "secretary":
        return False
    matters = words[:-1]
    if matters[-1] not in DEVOLVED_SECRETARY_NOUNS or not all(
            w in DEVOLVED_SECRETARY_NOUNS or w in DEVOLVED_SECRETARY_QUALIFIERS for w in matters):
        return False
    subject = " ".join(matters)
    for phrase in DEVOLVED_MATTERS:
        subject = subject.replace(phrase, "")
    if _holds_reserved_matter(subject.split(), government):
        return False
    # ("UK Health Secretary Matt Hancock" named beside it tells the two holders apart: the bare title stays
    # the devolved government's.)
    return not _joint_with_uk_government(texts)


_ENVOY = regex.compile(r"(?i)\b(?:" + "|".join(regex.escape(t) for t in ENVOY_TITLES) + r")\b")
_BRITISH = regex.compile(r"(?i)^(?:the\s+)?(?:" + "|".join(regex.escape(w) for w in BRITISH_WORDS) + r")\b")
_ENVOY_PUBLISHER = regex.compile(r"(?i)\b(?:" + "|".join(regex.escape(w) for w in ENVOY_PUBLISHERS) + r")\b")


def _is_british_envoy(role: str, publisher: Optional[str]) -> bool:
    """'British Ambassador to France', 'UK Development Director and Deputy High Commissioner in Bangladesh',
    or 'Ambassador' in the foreign ministry's or a British embassy's release (not 'Irish Ambassador', nor a
    trade commissioner)."""
    role = role.replace("’", "'")  # "Her Majesty’s Ambassador to Brazil"
    if not _ENVOY.search(role) or "trade" in role.casefold():
        return False
    return bool(_BRITISH.match(role)) or bool(publisher and _ENVOY_PUBLISHER.search(publisher)) \
        and not _FOREIGN_NATION.match(role)


# A devolved nation before a minister's title with its matter: "Scottish Economy Secretary", "Northern Ireland
# Economy Minister" (not "Scottish Secretary", "Northern Ireland Minister", "Scotland Office Minister").
_DEVOLVED_OPENING = regex.compile(
    r"(?i)^(?:the\s+)?(?P<place>" + "|".join(regex.escape(p) for p in DEVOLVED_PLACES) + r")\s+(?P<title>\S.*\s\S.*)$")
_DEVOLVED_TITLE = regex.compile(r"(?i)^(?:\S+\s+){0,4}?(?:minister|secretary)(?:\s+(?:for|of)\s+\S.{0,80})?$")


def _devolved_minister(place: str, title: str, date: Optional[dt.date]) -> Optional[str]:
    """The devolved government of ``place`` ('scotland', 'welsh') whose minister ``title`` names, with its matter
    ('Economy Secretary'), on ``date``: not before devolution, nor in Northern Ireland under direct rule, nor a UK
    office ('Office Minister', 'Secretary of State')."""
    government = DEVOLVED_PLACES.get(" ".join(_THE.sub("", place).split()))
    if government is None or not _DEVOLVED_TITLE.match(title) or _UK_ONLY_OFFICE.search(title) \
            or "office" in title.casefold().split():
        return None
    return government if _devolved_in_office(government, date) else None


def _is_british_trade_post(role: str) -> bool:
    """'HM Trade Commissioner for Asia Pacific', 'UK Trade Envoy to Nigeria': a British trade post abroad."""
    low = role.casefold().replace("’", "'")
    return bool(_BRITISH.match(low)) and any(post in low for post in TRADE_POSTS)


_OF_COUNTRY = regex.compile(r"\sof\s+(?:the\s+)?(?:" + "|".join(regex.escape(c) for c in COUNTRY_WORDS) + r")$")
_FOREIGN_NATION = regex.compile(r"^(?:the\s+)?\p{Lu}\p{Ll}+\s+(?:Ambassador|High Commissioner|Consul)")


def _own_force(publisher: Optional[str], texts: Iterable[str]) -> Optional[str]:
    """The police force that published the release, when the release names no other force or service: its
    officers, named by rank alone, serve it (not in a prosecutor's, an agency's or a watchdog's release)."""
    if not publisher or not _FORCE.search(publisher):
        return None
    force = _THE.sub("", publisher.strip())
    # "The investigation was led by Kent Police.": another force is in the release
    return None if _names_another(force, _FORCE_NAMED, texts) else force


def _names_another(own: str, named: regex.Pattern, texts: Iterable[str]) -> bool:
    """Whether the texts name a body of the kind ``named`` finds other than ``own`` (neither holds the other's
    name: "Kent Police" is not "Kent Fire and Rescue Service", but "Metropolitan Police" is the Service's)."""
    own = own.casefold()
    return any(m.group(0).casefold() not in own and own not in m.group(0).casefold()
               for text in texts for m in named.finditer(text))


def _one_force_named(texts: Iterable[str]) -> Optional[str]:
    """The one territorial police force a release names ("Police Scotland officers", "officers from Kent Police"),
    whose chief officer a rank alone ("Chief Constable") names; None when it names none or several."""
    named = {" ".join(_lead_minor_words_off(m.group(0).split())) for text in texts for m in _POLICE_FORCE.finditer(text)}
    # ("Yesterday Kent Police said" and "Kent Police": one force, the shorter name)
    named = {name for name in named if not any(name.endswith(f" {other}") for other in named)}
    return named.pop() if len(named) == 1 else None


def _lead_minor_words_off(words: list[str]) -> list[str]:
    """'The Kent Police' -> 'Kent Police'."""
    while words and words[0].casefold() in _MINOR:
        words = words[1:]
    return words


# Ranks of a territorial force's chief officers (one force each), unlike a commissioner's or a commander's.
_FORCE_CHIEF = regex.compile(r"^(?:t/|temporary\s+|acting\s+)?(?:deputy\s+|assistant\s+)?chief constable$")
# "Kent Police", "Metropolitan Police Service", "Avon and Somerset Constabulary", "Police Scotland"; not "Kent Police
# Federation" nor "Kent Police and Crime Commissioner".
_POLICE_FORCE = regex.compile(
    r"\b(?:\p{Lu}[\p{L}&'’-]*\s+(?:and\s+)?){1,4}(?:Police|Constabulary)(?:\s+Service)?\b(?!\s+\p{Lu}|\s+(?:and|&)\s+(?:Crime|Fire)\b)"
    r"|\b(?:" + "|".join(regex.escape(f) for f in FORCES_NAMED_POLICE_FIRST) + r")\b")
_FORCE = regex.compile(r"(?i)\b(?:police|constabulary)\b")
_FORCE_NAMED = regex.compile(r"\b(?:\p{Lu}[\p{L}&-]*\s+){1,4}(?:Police|Constabulary|Fire and Rescue Service)\b")


def _devolved_officer(role: str, publisher: Optional[str], texts: Iterable[str],
                      date: Optional[dt.date] = None, name: Optional[str] = None) -> Optional[str]:
    """'Cabinet Secretary for Health' anywhere, and 'the Cabinet Secretary' or 'Chief Medical Officer' in a
    devolved government's release: that government (the publisher, else the place the release names, else the
    legislature whose letters follow the person's ``name``); a Northern Ireland department's own chief officer in its
    release is the department's."""
    devolved = _devolved_publisher(publisher, date)
    if _DEVOLVED_CABINET_SECRETARY.search(role):
        texts = list(texts)
        return devolved or _devolved_government(" ".join(texts), None) or _member_government(name, date, texts) \
            or NO_BODY
    bare = " ".join(_THE.sub("", role).casefold().split())
    if devolved and (bare == "cabinet secretary" or _DEVOLVED_CHIEF_OFFICER.match(bare)):
        return _publishers_own_ni_officer(bare, publisher, date) or devolved
    return None


NO_BODY = ""  # a devolved cabinet secretary whose government the release does not tell
_DEVOLVED_CABINET_SECRETARY = regex.compile(DEVOLVED_CABINET_SECRETARY, regex.IGNORECASE)
_DEVOLVED_CHIEF_OFFICER = regex.compile(DEVOLVED_CHIEF_OFFICERS)
_RANK_TITLES = frozenset(r.casefold() for r in RANKS)


# A department's name written without its last word, the kind of department it is ("A Foreign, Commonwealth and
# Development spokesperson" for the Foreign, Commonwealth and Development Office); two words at least, so that no
# single word ("Home", "Cabinet") is read as one, and no place ("Northern Ireland").
_OFFICE_WITHOUT_ITS_NOUN = {
    name.rsplit(" ", 1)[0].casefold(): name for name in set(DEPARTMENT_ACRONYMS.values())
    if name.rsplit(" ", 1)[-1] in ("Office", "Department") and len(name.split()) >= 3
    and name.rsplit(" ", 1)[0].casefold() not in DEVOLVED_PLACES
}


def party_in_full(organisation: Optional[str]) -> Optional[str]:
    """A party's name written out ('DUP' -> 'Democratic Unionist Party', 'Conservative' -> 'Conservative
    Party'); any other organisation unchanged."""
    if not organisation:
        return organisation
    return PARTY_IN_FULL.get(" ".join(_THE.sub("", organisation).casefold().split()), organisation)


def _parties_in_full(resolve):
    """The organisation ``resolve`` finds, with a party's name written out (whichever rule found it)."""
    @wraps(resolve)
    def resolved(*args, **kwargs):
        return party_in_full(resolve(*args, **kwargs))
    return resolved


@_parties_in_full
def resolve_organisation(
    role: Optional[str],
    organisation: Optional[str],
    date: Optional[dt.date],
    definitions: dict[str, str],
    texts: Iterable[str] = (),
    publisher: Optional[str] = None,
    speaker: Optional[str] = None,
    member: Optional[str] = None,
) -> Optional[str]:
    """The organisation a speaker speaks for, in full, or None. ``speaker`` tells another country's holder of a
    great office's title; ``member`` a devolved minister by the letters after the name ("Jane Doe MSP")."""
    if organisation and organisation.casefold() in BODY_KINDS_IN_TITLES:
        # "The Board’s Chairman": a kind of body in place of its name, when the release tells which ("the
        # charity's chief executive" in lower case names none when it does not)
        organisation = _body_of_kind(organisation.casefold(), publisher, texts) \
            or (None if organisation.islower() else organisation)
    us = _us_department(role, organisation)
    if us:
        return us  # "U.S. Secretary of the Treasury": the United States' department, not a UK one
    if role and _EU_COMMISSIONER.match(f"{organisation or ''} {role}".strip()):
        return "European Commission"  # "EU Trade Commissioner", "European Commissioner for Internal Market"
    if not organisation and another_countrys_holder(role, speaker, date):
        return None  # "Prime Minister Giorgia Meloni": another country's; no UK department
    if role and _DEVOLVED_OFFICE.search(role):
        return _devolved_government(f"{role} {organisation or ''}", publisher) or _devolved_publisher(publisher) \
            or _first_minister_of(texts) or devolved_government_of_holder(role, speaker, date)
    if organisation and role and is_government_role(role):
        devolved = _devolved_minister(organisation.casefold().rstrip("'’"), role, date)
        if devolved:
            return devolved  # "Scotland's Economy Secretary": the Scottish Government's
    if organisation and role:
        office = _office_of_nation(organisation, role, date)
        if office:
            return office  # "England's Chief Medical Officer": the office's body, not the nation
    if organisation and role and _is_national_nhs_post(organisation, role, publisher):
        return _dated_body(NHS_NATIONAL_BODIES, date)  # "NHS chief executive Amanda Pritchard": NHS England
    if organisation and _ROAD_NUMBER.fullmatch(organisation):
        return _scheme_owner(publisher)  # "A14 project director": a road scheme's, in its owner's release
    if organisation == OWN_BODY:
        return _THE.sub("", publisher) if publisher else None  # "Our chief executive": the publisher's
    if organisation:
        bare = _THE.sub("", organisation).casefold()
        if bare in THE_PUBLISHING_DEPARTMENT:
            return _publishing_department(publisher)
        if bare == "government":
            # "the Government's Chief Medical Officer": the office's body, when the table knows it
            office = role and (office_organisation(f"government {role}", date) or office_organisation(role, date))
            return office or "Government"  # "The government said:", as "a government spokesperson"
        office = INFORMAL_DEPARTMENT_NAMES.get(_THE.sub("", organisation).casefold().replace("’", "'"))
        if office:  # "Downing Street", "the Treasury": the department by its name
            return department_for(office, date) or expand_organisation(organisation, definitions, texts, date=date)
        area = _AREA_OF_BODY.match(organisation)
        if area:
            organisation = area.group("body")  # "CPS London": the Crown Prosecution Service
        unit = _UNIT_OF_POSSESSOR.match(organisation)
        if unit and unit.group("unit").split()[-1].casefold() in UNIT_NOUNS and _is_body_possessor(unit.group("body")):
            organisation = _possessor(unit.group("body"))  # "the Met's Specialist Crime Command": the Met
        folded = " ".join(_THE.sub("", organisation).casefold().split())
        informal = INFORMAL_BODY_NAMES.get(folded) or _OFFICE_WITHOUT_ITS_NOUN.get(folded.replace(" & ", " and "))
        if informal:
            return informal
        unit = _publishers_unit_in_full(organisation, publisher, texts)
        if unit:
            return unit  # "Housing Committee": the "London Assembly Housing Committee" the release names
        short = _body_of_short_form(organisation, publisher, texts)
        if short:
            return short  # "the Commission's Chief Executive": the Charity Commission the release names
        # The publisher's own name spells out its initials too ("A DCA spokesman" in its release).
        own = _THE.sub("", publisher) if publisher else None
        return _tidy_body(expand_organisation(_DEFINED_INITIALS.sub("", organisation), definitions, texts, own, date))
    if not role:
        return None
    if _FORMER.match(role):
        return None  # "the former Home Secretary": no longer speaks for the office or its department
    if is_shadow_role(role):
        # "Shadow Education Minister": the opposition party's; in its own release, the party that published it
        return _THE.sub("", publisher) if publisher and _PARTY.search(publisher) else None
    if is_party_post(role) and party_key(publisher):
        return _party_as_written(publisher, texts)  # "The Foyle MLA said:" in Sinn Féin's release: Sinn Féin
    devolved_office = _devolved_officer(role, publisher, texts, date, member)
    if devolved_office is not None:
        return devolved_office or None
    law_officer = _scottish_law_officer(role, publisher)
    if law_officer:
        return law_officer
    office = office_organisation(role, date)
    if office:
        return office
    low = role.casefold()
    for devolved in DEVOLVED_GOVERNMENTS:
        if devolved.casefold() in low:
            return devolved
    if is_government_role(role):
        if names_another_country(role) or _OF_COUNTRY.search(role):
            return None  # "Japanese Foreign Minister", "Foreign Minister of Japan": another country's government
        opening = _DEVOLVED_OPENING.match(role)
        devolved = opening and _devolved_minister(opening.group("place").casefold(), opening.group("title"), date)
        if devolved:
            return devolved  # "Northern Ireland Economy Minister", "Welsh Economy Minister" in a UK release
        devolved = _devolved_publisher(publisher, date)
        if devolved and _DEVOLVED_MINISTER.search(role) and not _UK_ONLY_OFFICE.search(role):
            # the devolved government's own minister; "Infrastructure Minister" in the Department for
            # Infrastructure's release: the Northern Ireland department the minister heads
            return _publishers_own_ni_minister(role, publisher, date) or devolved
        if devolved and _is_short_cabinet_secretary(role, devolved, texts):
            return devolved  # "Justice Secretary Keith Brown" in a Scottish Government release
        if _under_direct_rule(publisher, date) and "minister" in role.casefold() and not _UK_ONLY_OFFICE.search(role) \
                and not has_org_keyword(role) and not _NATIONAL_OPENING.match(role):
            return "Northern Ireland Office"  # "Health Minister Shaun Woodward" in its release in 2006
        body_government = _devolved_body_minister(role, publisher, date, texts)
        if body_government:
            return body_government  # "Minister for Environment" in the Scottish Environment Protection Agency's release
        member_government = _devolved_member_minister(role, member, date, texts)
        if member_government:
            return member_government  # "Shona Robison MSP, Cabinet Secretary for Health" in a health board's release
        # A minister with no subject in the title ("the Secretary of State") belongs
        # to the department that published the release, when a department did.
        if _holds_cross_cutting_portfolio(role) and _publishing_department(publisher) \
                and _THE.sub("", publisher).casefold() not in TERRITORIAL_OFFICES:
            return _publishing_department(publisher)  # "Minister for Innovation Lord Bethell" in DHSC's release
        department = department_for(role, date)
        territory = department is None and _territorial_minister(role, publisher, date)
        if territory:
            return territory  # "Economy Minister Vaughan Gething" in the Wales Office's release: the Welsh Government's
        return department or _publishing_department(publisher)
    if _THE.sub("", role).casefold() in DEPARTMENTAL_OFFICES:
        return _publishing_department(publisher)
    department = _department_served(role, date)
    if department:
        return department  # "Permanent Secretary to the Treasury": HM Treasury
    chief_officer = GOVERNMENT_CHIEF_OFFICERS.get(" ".join(_THE.sub("", role).casefold().split()))
    if chief_officer and _publishing_department(publisher):
        return _dated_body(chief_officer, date)  # "Chief Nursing Officer Jane Cummings" in a department's release
    if _is_british_trade_post(role):
        return department_for("trade", date)  # "HM Trade Commissioner for Asia Pacific": DIT, DBT from 2023
    if _is_british_envoy(role, publisher):
        return department_for("foreign", date)  # "British Ambassador to France": FCO, FCDO from September 2020
    words = role.casefold().replace("’", "'").split()
    bare = " ".join(_THE.sub("", role).casefold().split())
    if bare in _RANK_TITLES and _own_force(publisher, texts):
        return _own_force(publisher, texts)  # "Detective Superintendent Jane Doe" in Essex Police's release
    if bare in _RANK_TITLES and _FORCE_CHIEF.match(bare) and not _FORCE.search(publisher or ""):
        # "Chief Constable Sir Stephen House" in the Scottish Government's release that names Police Scotland (in a
        # force's own release naming another force, it may be either's)
        return _one_force_named(texts)
    if bare in _RANK_TITLES:
        # "Deputy Assistant Commissioner": a rank, not an office of its own; a fire service's in its own release
        return _own_staff(bare, publisher, texts)
    if any(phrase in " ".join(words) for phrase in NOT_SELF_STANDING):
        return None  # "British High Commissioner": an envoy, whose post is no body of its own
    if (words and words[-1].strip(",.") in SELF_STANDING_OFFICES or any(
            w in SELF_STANDING_OFFICES and nxt in ("for", "of") for w, nxt in zip(words, words[1:]))) \
            and not _HEAD_OF_OFFICE.search(" ".join(words)):
        return _office_after_title(role) or _office_held(_THE.sub("", role), publisher)
    return _own_staff(bare, publisher, texts) or _head_of_publisher(role, publisher, texts) \
        or _inspectorate_named(bare, publisher, texts) or _director_of_programme(bare, date) \
        or _body_of_kind_in_title(role, publisher, texts)


_US_NAME = "|".join(regex.escape(n) for n in sorted(US_NAMES, key=len, reverse=True))
_US_SUBJECT = "|".join(regex.escape(n) for n in sorted(US_DEPARTMENTS, key=len, reverse=True))
_US_SECRETARY = regex.compile(
    rf"^(?:the\s+)?(?P<country>{_US_NAME})\s+"
    rf"(?:Secretary\s+of\s+(?:the\s+)?(?P<of>{_US_SUBJECT})|(?P<before>{_US_SUBJECT})\s+Secretary)$",
    flags=regex.IGNORECASE)


# A member of the European Commission, by the Union's name before the title.
_EU_COMMISSIONER = regex.compile(
    r"^(?:the\s+)?(?:EU|European(?:\s+Union)?)\s+(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?){0,3}Commissioner\b")


def _us_department(role: Optional[str], organisation: Optional[str]) -> Optional[str]:
    """The United States department whose Secretary the role names with the country, written with the country
    as the release writes it ('U.S. Secretary of the Treasury' -> 'U.S. Department of the Treasury', 'US Defense
    Secretary', or 'Secretary of Defense' with the organisation 'US'); else None. Without the country, 'Secretary
    of State' and 'Treasury Secretary' are UK titles."""
    if not role:
        return None
    if organisation:
        organisation = _THE.sub("", organisation).strip()
        if organisation not in US_NAMES:
            return None
        role = f"{organisation} {role}"
    m = _US_SECRETARY.match(" ".join(role.split()))
    if m is None:
        return None
    country = next((v for k, v in US_NAMES.items() if k.casefold() == m.group("country").casefold()), "US")
    return f"{country} {US_DEPARTMENTS[(m.group('of') or m.group('before')).casefold()]}"


def _scheme_owner(publisher: Optional[str]) -> Optional[str]:
    """The body whose road scheme a title names ("A14 project director" in Highways England's release): the
    publisher, when it is a body that runs schemes (not a department, a government or a party); else None."""
    if not publisher or is_department(publisher) or _devolved_publisher(publisher) or _PARTY.search(publisher):
        return None
    return _THE.sub("", publisher.strip())


_ROAD_NUMBER = regex.compile(ROAD_NUMBER)


def _department_served(role: str, date: Optional[dt.date]) -> Optional[str]:
    """'Permanent Secretary to the Treasury', 'Chief Scientific Adviser to the Department for Transport': a
    department's own senior official, of the department named after the title; None for other titles ('Adviser
    to the Domestic Abuse Commissioner') or a body that is no department."""
    m = _OFFICIAL_TO.match(" ".join(role.split()))
    if not m or m.group("office").casefold() not in DEPARTMENTAL_OFFICES:
        return None
    body = m.group("body")
    office = INFORMAL_DEPARTMENT_NAMES.get(body.casefold().replace("’", "'"))
    if office:
        return department_for(office, date)  # "the Treasury": the Chancellor's department of the day
    return department_name(body) if is_department(body) else None


_OFFICIAL_TO = regex.compile(r"^(?:the\s+)?(?P<office>.+?)\s+(?:to|at|of|for)\s+(?:the\s+)?(?P<body>\p{Lu}.*)$")


def _director_of_programme(bare: str, date: Optional[dt.date]) -> Optional[str]:
    """'director general of universal credit': the department that runs the programme a director heads."""
    m = _DIRECTOR_OF.match(bare)
    if not m:
        return None
    for pattern, department, start, end in _PROGRAMMES:
        if pattern.fullmatch(m.group("programme")) and (date is None or _holds_on(date, start, end)):
            return department
    return None


_DIRECTOR_OF = regex.compile(r"^(?:(?:interim|acting|deputy)\s+)*(?:director general|director-general|director"
                             r"|executive director|programme director)\s+(?:of|for)\s+(?P<programme>\S.*)$")
_PROGRAMMES = [(regex.compile(pattern), dept, start, end) for pattern, dept, start, end in PROGRAMME_DEPARTMENTS]


def _office_of_nation(nation: str, role: str, date: Optional[dt.date]) -> Optional[str]:
    """The body of an office whose title a nation's possessive opens: "England's Chief Nursing Officer" (the Chief
    Nursing Officer for England's), "Scotland's Chief Medical Officer" (the Scottish Government's); None when the
    possessor is no nation or the office has no body the tables know."""
    place = " ".join(_THE.sub("", nation).casefold().rstrip("'’").split())
    government = DEVOLVED_PLACES.get(place)
    if government:
        chief_officer = _DEVOLVED_CHIEF_OFFICER.match(" ".join(role.casefold().split()))
        return government if chief_officer and (date is None or date >= DEVOLVED_SINCE[government]) else None
    if place not in OFFICE_NATIONS:
        return None
    office = office_organisation(f"{role} for {place}", date) or office_organisation(role, date)
    if office is None and is_government_role(role) and not names_another_country(role):
        office = department_for(role, date)  # "Britain's Foreign Secretary"
    return office


def _body_of_short_form(organisation: str, publisher: Optional[str], texts: Iterable[str]) -> Optional[str]:
    """'the Commission', 'the Agency': a body named by its noun alone is the publisher when its name ends so,
    else the one body of that noun the release names in full; None when the release names none or several."""
    noun = " ".join(_THE.sub("", organisation).split())
    if noun.casefold() not in SHORT_FORM_NOUNS or not noun[:1].isupper():
        return None
    own = _THE.sub("", (publisher or "").strip())
    if own.casefold().endswith(f" {noun.casefold()}"):
        return own
    named = {name for text in texts for m in _CAPITAL_PHRASE.finditer(text) for name in _names_ending(m.group(0), noun)}
    if not named and noun.casefold() in NOUN_FIRST_BODIES:
        # "the University's Principal": the one "University of St Andrews" the release names
        named = {m.group(0) for text in texts for m in _noun_first_name(noun).finditer(text)}
    return named.pop() if len(named) == 1 else None


def _publishers_unit_in_full(organisation: str, publisher: Optional[str], texts: Iterable[str]) -> Optional[str]:
    """A unit of the publisher named without the publisher's name ("Housing Committee"), which the release writes
    in full after it ("The London Assembly Housing Committee today warned ..."): the name in full. None when the
    release never writes the publisher's name before the unit's."""
    own = _THE.sub("", (publisher or "").strip())
    unit = _THE.sub("", organisation.strip())
    if not own or len(unit.split()) < 2 or not unit[:1].isupper() or unit.casefold().startswith(own.casefold()):
        return None
    full = f"{own} {unit}"
    return full if any(full in text for text in texts) else None


@lru_cache(maxsize=None)
def _noun_first_name(noun: str) -> regex.Pattern:
    """A body's name that opens with its noun, then "of" and a place or a name ('University of St Andrews')."""
    return regex.compile(rf"\b{regex.escape(noun)} of (?:the )?\p{{Lu}}[\p{{L}}'’-]*(?: \p{{Lu}}[\p{{L}}'’-]*){{0,3}}")


def _body_of_kind_in_title(role: str, publisher: Optional[str], texts: Iterable[str]) -> Optional[str]:
    """'Council Chief Executive', 'the new chair of the health board': a title naming a kind of body in place of
    the body is the publisher's when its name ends so, else the one body of the kind the release names in full
    ("Newry, Mourne and Down District Council said it had opened a rest centre."); None when it names none or
    several."""
    m = _KIND_BEFORE_TITLE.match(role) or _KIND_AFTER_TITLE.search(role)
    if not m or not any(_is_role_word(w) for w in m.group("title").split()):
        return None
    return _body_of_kind(m.group("kind").casefold(), publisher, texts)


def _body_of_kind(kind: str, publisher: Optional[str], texts: Iterable[str]) -> Optional[str]:
    """The body a kind of body ('council', 'health board') stands for: the publisher when its name ends so (or
    opens as such bodies' names do: "NHS Lothian" for a board), else the one body of the kind the release names in
    full; None when it names none or several."""
    own = _THE.sub("", (publisher or "").strip())
    kind = " ".join(w.capitalize() for w in kind.split())  # "health board": "Health Board"
    if own.endswith(f" {kind}"):
        return own
    # (a title before the kind names no body: "Chair of the Committee")
    named = {name for text in texts for m in _LISTED_NAME.finditer(text) for name in _names_ending(m.group(0), kind)
             if not _is_role_word(name.split()[0])}
    if len(named) == 1:
        return named.pop()
    # a publisher of the kind whose name does not end so, when the release names none other of the kind
    return own if not named and own.startswith(KIND_BY_NAME_OPENING.get(kind.casefold(), ())) else None


_KINDS = "|".join(sorted(BODY_KINDS_IN_TITLES, key=len, reverse=True))
_KIND_BEFORE_TITLE = regex.compile(rf"^(?P<kind>(?i:{_KINDS}))\s+(?P<title>\p{{Lu}}.*)$")  # "Council Chief Executive"
_KIND_AFTER_TITLE = regex.compile(rf"^(?:the\s+)?(?P<title>.+?)\s+of\s+the\s+(?P<kind>(?i:{_KINDS}))$")
# A capitalised name that may open with a list of places: "Newry, Mourne and Down District Council".
_LISTED_NAME = regex.compile(r"(?:\p{Lu}[\p{L}'’-]*,\s+)*" + _CAPITAL_PHRASE.pattern)


def _names_ending(phrase: str, noun: str) -> list[str]:
    """The names in a capitalised phrase that end in ``noun``: 'the Environment Agency and the Food Standards
    Agency' -> both; 'Health and Safety Executive' whole."""
    names, start = [], 0
    words, nouns = phrase.split(), noun.split()  # "Health Board": a noun of two words
    for k, word in enumerate(words):
        if words[max(k + 1 - len(nouns), 0):k + 1] != nouns:
            continue
        name = _lead_minor_words_off(words[start:k + 1])  # "... and the Food Standards Agency"
        cut = max((j + 2 for j in range(len(name) - 2) if name[j] == "and" and name[j + 1] == "the"), default=0)
        name = name[cut:]  # "The Institute for Fiscal Studies and the Acme Foundation": the last of the bodies
        if len(name) > len(nouns) and not all(w.casefold() in ORG_KEYWORDS or w in ("and", "&") for w in name):
            names.append(" ".join(name))  # (not a list of a body's organs: "The Council and Board will ...")
        start = k + 1
    return names


# "Chief Regulator", "Chief Executive of the regulator": the head of a body of the kind, or the body named by its
# kind, not an office held in its own right.
_HEAD_OF_OFFICE = regex.compile(r"\bchief (?:" + "|".join(SELF_STANDING_OFFICES) + r")\b|\bthe (?:"
                                + "|".join(SELF_STANDING_OFFICES) + r")$")


def _office_after_title(role: str) -> Optional[str]:
    """'Chief Executive of The Pensions Regulator', 'Policy Adviser to the Domestic Abuse Commissioner': the
    office held in its own right after another's title is the body ('Pensions Regulator'), not the whole title."""
    for m in reversed(list(_TITLE_BEFORE_OFFICE.finditer(role))):
        head, tail = role[:m.start()], role[m.end():]
        tail_words = tail.casefold().replace("’", "'").split()
        if any(w in SELF_STANDING_OFFICES for w in tail_words) and any(_is_role_word(w) for w in head.split()) \
                and not any(_is_role_word(w) and w not in SELF_STANDING_OFFICES for w in tail_words):
            return tail
    return None


def _office_held(office: str, publisher: Optional[str]) -> str:
    """An office held in its own right as the body spoken for: the publisher when it is the office's own ("Kent's
    Police and Crime Commissioner" in the release of the Office of the Police and Crime Commissioner for Kent),
    else the office as written."""
    m = _PLACE_BEFORE_OFFICE.match(office)
    place, title = (m.group("place"), m.group("title")) if m else (None, office)
    area = _OFFICE_PLACE.search(title)  # "Police and Crime Commissioner for Kent": the office, and its area
    if area:
        title, place = title[:area.start()], place or area.group("place")
    own = " ".join(_THE.sub("", publisher or "").split())
    low = own.casefold().replace("’", "'")
    if _OFFICE_OF.match(low) and f"of the {title.casefold()}" in low and (not place or place.casefold() in low):
        return own
    bare = _CURRENT.sub("", title).casefold().replace("’", "'").strip()
    if not place and (low.endswith(f" {bare}") or low.startswith(f"{bare} for ")):
        # "Police and Crime Commissioner" in the Acmeshire Police and Crime Commissioner's release, "Police, Fire and
        # Crime Commissioner" in that of the one "for Essex": the office the publisher is, named without its area
        return own
    return office


_PLACE_BEFORE_OFFICE = regex.compile(r"^(?P<place>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['’]s\s+(?P<title>\p{Lu}.*)$")
_OFFICE_PLACE = regex.compile(r"\s+for\s+(?:the\s+)?(?P<place>\p{Lu}.*)$")
_OFFICE_OF = regex.compile(r"^office of the\s")
_CURRENT = regex.compile(r"^(?i:current)\s+")


_TITLE_BEFORE_OFFICE = regex.compile(r"\s+(?:of|to|at)\s+(?:the\s+|The\s+)?(?=\p{Lu})")


def _own_staff(bare: str, publisher: Optional[str], texts: Iterable[str]) -> Optional[str]:
    """A staff title of the publisher's kind of body ("Station Commander" in a fire service's release, "Cabinet
    Member for Housing" in a council's, "Senior Crown Prosecutor" in the CPS's, "Consultant Cardiologist" in a
    hospital trust's) when the release names no other body of that kind: the publisher's own staff."""
    if not publisher:
        return None
    own = _THE.sub("", publisher.strip())
    for kind, title, other in _OWN_STAFF:
        if not kind.search(own) or not title.match(bare):
            continue
        if _SHARED_RANK.search(bare) and any(_POLICE_NAMED.search(text) for text in texts):
            return None  # "Commander Jane Doe" with the police in the release: a rank both services have
        # "... with Kent Fire and Rescue Service": another of its kind is in the release
        return None if _names_another(own, other, texts) else own
    return None


_SHARED_RANK = regex.compile(r"\b(?:commander|commissioner)\b")
_POLICE_NAMED = regex.compile(r"\b(?:Police|Constabulary|the Met)\b")
_OWN_STAFF = [(regex.compile(kind), regex.compile(title), regex.compile(other)) for kind, title, other in OWN_STAFF_KINDS]


def _is_body_possessor(name: str) -> bool:
    """'the Met', 'GMP', 'Ofsted', 'Kent Police': a body whose unit a title may name; not a place, a nation or the
    government ("London's Violence Reduction Unit", "the UK's Vaccine Taskforce"), nor a person or a region
    named in two words ("Sadiq Khan's Policing Team", "Thames Valley's Violence Reduction Unit"), nor the sovereign
    in a body's name ("the Queen's Bench Division")."""
    bare = " ".join(_THE.sub("", name).split())
    if bare.casefold() in PLACE_POSSESSORS or bare.casefold() in ROYAL_POSSESSORS:
        return False
    return " " not in bare or bare.casefold() in INFORMAL_BODY_NAMES or has_org_keyword(bare) \
        or bare.casefold() in NATION_NAMED_BODIES


def _possessor(body: str) -> str:
    """The body before a unit's possessive: 'the Met' of "the Met's Specialist Crime Command", and a name that
    ends in 's whole ("Sainsbury's Customer Service" -> "Sainsbury's")."""
    return f"{body}'s" if f"{_THE.sub('', body)}'s".casefold() in NAMES_ENDING_IN_S else body


_AREA_OF_BODY = regex.compile(r"^(?:the\s+)?(?P<body>" + "|".join(sorted(AREA_NAMED_BODIES)) + r")\s+\p{Lu}\S*(?:\s+\S+)*$")
_UNIT_OF_POSSESSOR = regex.compile(r"^(?:the\s+)?(?P<body>\p{Lu}[^']*?)['’]s\s+(?P<unit>\p{Lu}.*)$")
_FORMER = regex.compile(r"(?i)^(?:the\s+|a\s+)?(?:former|ex-|ex\s|then\s|past\s|erstwhile\s)")


# Words that open many bodies' names, which name no one body at the start of a title.
_GENERIC_FIRST_WORDS = frozenset({"national", "british", "royal", "united", "local", "county", "city", "central",
                                  "north", "south", "east", "west", "greater", "general", "public", "association",
                                  "office", "department", "institute", "council"})


def _head_of_publisher(role: str, publisher: Optional[str], texts: Iterable[str]) -> Optional[str]:
    """A body's own officer in the release of that body (an agency, a regulator, a service, a charity; not a
    department, a government or a party): by a title that opens with the body's own name ('Greenpeace Executive
    Director' in Greenpeace UK's), or by a title only its staff or its head hold ('Her Majesty's Chief
    Inspector', 'Executive Director of Enforcement', 'Chief Executive'), or by a staff title ('Associate Director
    for Research', 'Route Director') when the release writes that title of no other body ('Chief Inspector of
    Prisons') and names no company or partner that may hold it."""
    if not publisher or is_department(publisher) or _devolved_publisher(publisher) or _PARTY.search(publisher):
        return None
    bare = " ".join(_THE.sub("", role).casefold().split())
    own = _THE.sub("", publisher.strip())
    first = own.split()[0].casefold() if own.split() else ""
    if len(first) > 3 and first not in _GENERIC_FIRST_WORDS and regex.match(rf"{regex.escape(first)}\b", bare) \
            and any(_is_role_word(w) for w in bare.split()[1:]):
        return own  # "Greenpeace Executive Director" in Greenpeace UK's release: the title names the publisher
    # (a university's or a college's head in its own release: other bodies' releases quote members' heads)
    head = _HEAD_TITLE.match(bare) is not None or _ACADEMIC_HEAD.match(bare) is not None \
        and _ACADEMIC_BODY.search(own) is not None
    if not (head or _staff_title(role)):
        return None
    texts = list(texts)
    title = regex.escape(bare)
    other = regex.compile(rf"(?i:{title})\s+(?:of|at|for)\s+(?:the\s+)?(?P<body>\p{{Lu}}[^,.;:()]{{0,80}})"
                          rf"|(?P<owner>\p{{Lu}}\S*)['’]s\s+(?i:{title})\b")
    own_folded = own.casefold()
    if any(any(m.group(0).casefold() not in own_folded for m in _COMPANY_NAMED.finditer(text))
           or _PARTNER_NAMED.search(text)
           or any(not _is_place(m.group("owner")) if m.group("owner") else not m.group("body").startswith(own)
                  for m in other.finditer(text)) for text in texts):
        # the title given to another body, or a company in the release that may hold it too (the publisher's own
        # name is no other company: "e-Therapeutics plc" in its own results)
        return None
    if not head and _another_body_at_work(texts):
        return None  # a staff title in a release that names another body at work: it may be that body's staff
    return own


# A body the release has doing the work with the publisher: the agent of a work done ("delivered by contractor
# BAM Nuttall", "run by Stagecoach", "built by Laing O'Rourke"), a donor ("Tesco has donated ..."); not a funder
# ("funded by the Stars Appeal", often the publisher's own charity).
_AGENT_OF_WORK = regex.compile(
    r"\b(?:run|built|delivered|operated|designed|installed|constructed|carried out)\s+by\s+(?:\p{Ll}+\s+){0,2}"
    r"(?:the\s+)?\p{Lu}"
    r"|\b\p{Lu}[\p{L}&'’-]+(?:\s+\p{Lu}[\p{L}&'’-]+)*\s+(?:has|have)\s+"
    r"(?:donated|funded|given|sponsored|pledged)\b")


def _another_body_at_work(texts: Iterable[str]) -> bool:
    """Whether the release names another body at work in it: the agent of a work done or a donor ('delivered by
    contractor BAM Nuttall', 'Tesco has donated ...')."""
    return any(_AGENT_OF_WORK.search(text) for text in texts)


def _staff_title(role: str) -> bool:
    """'Associate Director for Research', 'Flood and Coastal Risk Manager for the East Midlands', 'Chief Operating
    Officer': a staff title, written with capitals, whose words before "of", "for", "at", "in", "to" or "with" end
    in a staff title's head word (or in areas of work after it), with only words of titles and areas of work
    before it; not 'manager' or 'consultant architect' (a description, as often of another body's people),
    'National Grid Director' (another body's name), 'Head Teacher' (a teacher's title), a post left ('former
    Director'), nor one held at a workplace the title names ('Officer in the Royal Navy')."""
    if "(" in role or _WORKPLACE_AFTER_TITLE.search(role):
        return False  # "Officer in the Royal Navy", "Manager at a local firm", "Director (Southern Water)"
    words = _THE.sub("", _TITLE_HEAD_END.split(role, maxsplit=1)[0]).replace("-", " ").split()
    # (the head word ends the title's words, but for areas of work after it: "Head Teacher" is a teacher's title,
    # "Corporate Director Neighbourhood Services and Infrastructure" a director's)
    head = max((k for k, w in enumerate(words) if w.casefold() in STAFF_TITLE_WORDS and w[:1].isupper()), default=None)
    if head is None or not all(w.casefold() in AREA_WORDS for w in words[head + 1:]):
        return False
    return all(w.casefold() in _STAFF_TITLE_WORDS_BEFORE and w.casefold() not in NOT_STAFF_WORDS
               for w in words[:head])


# A workplace after a title, or a body of no name: "in the Cabinet Office", "at a local firm", "of a nearby business
# park", "with the Acme Trust".
_WORKPLACE_AFTER_TITLE = regex.compile(
    r"\s(?:at|with)\s|\s(?:of|for)\s+(?:a|an)\s"
    r"|\sin\s+(?:the\s+)?(?!\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:region|area|district|county)\b)\p{Lu}")


_STAFF_TITLE_WORDS_BEFORE = ROLE_MODIFIERS | ROLE_WORDS | AREA_WORDS | STAFF_TITLE_QUALIFIERS


_TITLE_HEAD_END = regex.compile(r"\s+(?:of|for|at|in|to|with)\s+")


def _inspectorate_named(bare: str, publisher: Optional[str], texts: Iterable[str]) -> Optional[str]:
    """'His Majesty’s Chief Inspector', 'HMCI' (no "of"): the one inspectorate the release names ("Ofsted" in a
    home department's release), else the one the publisher's releases quote (Ofsted in the education
    department's); None when the release names several."""
    if not _BARE_CHIEF_INSPECTOR.match(bare):
        return None
    texts = list(texts)
    named = {body for pattern, body in _INSPECTORATES if any(pattern.search(text) for text in texts)}
    if not named:
        named = {body for pattern, body in _PUBLISHER_INSPECTORATES if pattern.search(publisher or "")}
    return named.pop() if len(named) == 1 else None


_BARE_CHIEF_INSPECTOR = regex.compile(
    r"^(?:(?:interim|acting|deputy)\s+)*(?:(?:(?:his|her) majesty['’]s|hm)\s+chief inspector|hmci)$")
_INSPECTORATES = [(regex.compile(pattern), body) for pattern, body in INSPECTORATES]
_PUBLISHER_INSPECTORATES = [(regex.compile(pattern), body) for pattern, body in PUBLISHER_INSPECTORATES]


def _is_place(possessor: Optional[str]) -> bool:
    """'England' in "England's Chief Inspector of Hospitals": a place, whose possessive gives the title to no
    other body."""
    return bool(possessor) and possessor.casefold() in PLACE_POSSESSORS


_COMPANY_NAMED = regex.compile(r"\b\p{Lu}[\p{L}&'’-]*\s+(?:Ltd|Limited|plc|PLC|LLP|Inc|Group|Holdings)\b")
# A partner body named by its kind or as a partner ("contractor Balfour Beatty", "the charity Shelter", "working
# with the RSPB"): its people may hold the same titles as the publisher's.
_PARTNER_NAMED = regex.compile(
    r"\b(?:contractors?|partners?|charity|company|firm|operator|supplier|consultancy|union|trust|council)"
    r"\s+(?:the\s+)?\p{Lu}|\b(?:working|together|partnership|alongside)\s+with\s+(?:the\s+)?\p{Lu}")


# Titles only the publishing body's own staff hold: an inspectorate's chief inspector, a regulator's executive
# director of an area of its work (a fire service's chief officer is one of OWN_STAFF_KINDS). A chief executive or
# a chair named bare in an agency's release is as often a partner company's: "Chief Executive Graeme Macdonald"
# of JCB in UK Export Finance's release.
_ACADEMIC_HEAD = regex.compile(r"^(?:(?:interim|acting|deputy)\s+)?(?:vice[- ]chancellor|principal)$")
# (a university or a college; not a royal college, a hospital or an NHS trust with "University" or "College" in its
# name)
_ACADEMIC_BODY = regex.compile(r"^(?!.*\b(?:Royal College|Hospitals?|NHS|Trust)\b).*\b(?:University|College)\b")
_HEAD_TITLE = regex.compile(
    r"^(?:(?:interim|acting|deputy|national|group|vice)\s+)*"
    r"(?:(?:(?:his|her) majesty['’]s\s+|hm\s+)?chief inspector(?:\s+of\s+\S.*)?"
    r"|(?:executive director|director general|director-general)\s+(?:of|for)\s+\S.*|chief regulator"
    # the head of the body itself, named with no body in the body's own release ("Chief Executive Jane Doe said:"
    # in an NHS trust's)
    r"|chief executive(?:\s+officer)?|ceo"
    # (a chair of the body's own governing organ: "Chairman of the Board", "Chair of Trustees")
    r"|chair(?:man|woman|person)?(?:\s+of\s+(?:the\s+)?(?:board|trustees|governors|council))?)$")


def fill_from_same_speaker(rows: list[dict]) -> int:
    """Give quotes with no organisation the one their speaker is quoted for elsewhere in the build.

    A release that writes only "Norman Baker said:" names no organisation;
    the same person's other quotes usually do. Only empty fields are filled,
    from the organisation the person is quoted for in the nearest year (people
    move: a Chancellor in 2004 is Prime Minister in 2009), and never from
    more than ``FILL_YEARS`` years away. Returns how many rows were filled.
    """
    best = speakers_organisations(rows)
    filled = 0
    for row in rows:
        key = (row.get("speaker"), _year(row.get("date")))
        if row.get("speaker") and not row.get("organisation") and key in best \
                and not is_lent_no_organisation(row.get("role")):
            row["organisation"] = best[key]
            filled += 1
    return filled


def speaks_for_no_body(role: Optional[str]) -> bool:
    """A role given in the quote's own line that speaks for no body: a member's seat ("MP for Blackpool North and
    Cleveleys") or a former post ("the former Home Secretary"). Such a quote is lent no organisation from the
    person's other quotes (the minister Paul Maynard's department, when he speaks as a constituency MP)."""
    return bool(role) and bool(_MEMBER_SEAT.match(role) or is_former_post(role))


def is_former_post(role: Optional[str]) -> bool:
    """'former member', 'the former Home Secretary', 'ex-chair': a post no longer held."""
    return bool(role) and bool(_FORMER.match(role))


_MEMBER_SEAT = regex.compile(MEMBER_SEAT)


def roles_kept_empty(roles: Iterable[Optional[str]]) -> list[str]:
    """Of these roles, those whose quotes are lent no organisation (see ``is_lent_no_organisation``)."""
    return [role for role in roles if role and is_lent_no_organisation(role)]


def is_lent_no_organisation(role: Optional[str]) -> bool:
    """A role given in the quote's own line that speaks for no body (``speaks_for_no_body``), or that names the body
    the person speaks for there ("Chair of the Association of Police and Crime Commissioners", not lent the Local
    Government Association the same person chairs in another release): people change jobs, so such a quote is lent
    no organisation from the person's other quotes."""
    return speaks_for_no_body(role) or names_a_body(role)


def names_a_body(role: Optional[str]) -> bool:
    """'Chair of the Association of Police and Crime Commissioners', 'Managing Director of Southern Railway',
    'Chief Executive of the NSPCC': a title with a body's name after "of" or "at", told by a body's word or
    initials; not a subject ("Head of Policy", "Director of Government and External Relations"), a minister's
    title ("Minister of State") or an office's area ("Police and Crime Commissioner for Kent"). A company's name
    with no such word ("Chief Investment Officer of Marks and Spencer") looks like a subject and is not told."""
    if not role or is_government_role(role):
        return False
    m = _BODY_AFTER_TITLE.search(role)
    if not m:
        return False
    return _ends_as_a_body(m.group("body"))


def _ends_as_a_body(name: str) -> bool:
    """'Southern Railway', 'Association of Police and Crime Commissioners': a body's word that ends the name or
    opens its "of" ('Rail Strategy' is a subject)."""
    words = name.split()
    return any(has_org_keyword(w) and (k == len(words) - 1 or words[k + 1] == "of") for k, w in enumerate(words))


_BODY_AFTER_TITLE = regex.compile(r"\s(?:of|at)\s+(?:the\s+|The\s+)?(?P<body>\p{Lu}[\p{L}&'’-]*"
                                  r"(?:\s+(?:and|&|of|for|the|\p{Lu}[\p{L}&'’-]*))*)$")


# How many years from a quote another quote of the same person may be to lend it an organisation.
FILL_YEARS = 2


def _year(date: Any) -> Optional[int]:
    if date is None:
        return None
    return date.year if isinstance(date, dt.date) else int(str(date)[:4])


def speakers_organisations(rows: Iterable[dict]) -> dict[tuple[str, Optional[int]], str]:
    """{(speaker, year): organisation} for the speakers and years of quotes that have none.

    The organisation is the one the speaker is most often quoted for in the
    nearest year that has one, within ``FILL_YEARS`` (ties: the earlier year,
    then the organisation seen first); for a quote with no date, over all
    years. Rows are read once.
    """
    from collections import Counter, defaultdict

    seen: dict[str, dict[Optional[int], Counter]] = defaultdict(lambda: defaultdict(Counter))
    wanted: dict[str, set[Optional[int]]] = defaultdict(set)
    for row in rows:
        speaker = row.get("speaker")
        if not speaker:
            continue
        year = _year(row.get("date"))
        if row.get("organisation"):
            seen[speaker][year][row["organisation"]] += 1
        else:
            wanted[speaker].add(year)
    out: dict[tuple[str, Optional[int]], str] = {}
    for speaker, years in wanted.items():
        by_year = seen.get(speaker)
        if not by_year:
            continue
        for year in years:
            if year is None:
                counts = sum(by_year.values(), Counter())
            else:
                near = sorted((abs(y - year), y) for y in by_year if y is not None and abs(y - year) <= FILL_YEARS)
                if not near:
                    continue
                counts = by_year[near[0][1]]
            out[(speaker, year)] = counts.most_common(1)[0][0]
    return out
