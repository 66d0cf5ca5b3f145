"""Speaker identity: one stable ``speaker_id`` per person, and the speakers table.

The same person appears as "Dame Diana Johnson", "Diana Johnson" and (by
office) "the Policing Minister". Extraction strips honorifics from names;
here names are reduced to a *person key* (case, accents, punctuation,
honorifics, post-nominals and middle initials ignored) and each key becomes
a readable slug: ``diana-johnson``. Slugs depend only on the name, so the
same person keeps the same ID in every release of the dataset.

A quote attributed to an office only ("The Policing Minister said:") is tied
to a person when the office can be: somebody named in the same release held
it, or exactly one person is seen holding it on (or shortly before) that
date. The quote keeps ``speaker`` null (nobody was named) but gets the
holder's ``speaker_id``.

Roles are compared through a *role key*: folded words, stop words dropped,
sorted, so "Minister for Policing" and "Policing Minister" are one office.
The vocabularies behind these rules live in :mod:`quotes.rules.identity`.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Iterable, Optional, Sequence

import regex

from .models import Speaker, SpeakerRole
from .rules.identity import (
    ROLE_REFERENCE_MAX_GAP_DAYS,
    ROLE_REWRITES,
    ROLE_STOPWORDS,
    ROLE_SYNONYMS,
    SHARED_ROLE_KEYS,
    SINGLE_HOLDER_TITLES,
    SPOKES_WORDS,
)
from .rules.names import HONORIFICS, POST_NOMINALS

_NON_SLUG = regex.compile(r"[^a-z0-9]+")
_PUNCT = regex.compile(r"[^\w\s]")


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form: 'Zoë  O’Neill-Smith' -> 'zoe o neill smith'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_PUNCT.sub(" ", ascii_only.casefold()).split())


def _folded_phrases(words: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    phrases = {tuple(fold(w).split()) for w in words}
    return tuple(sorted((p for p in phrases if p), key=lambda p: (-len(p), p)))


_HONORIFIC_PHRASES = _folded_phrases(HONORIFICS)
_POST_NOMINAL_WORDS = frozenset(fold(w) for w in POST_NOMINALS if fold(w))


def name_key(name: str) -> str:
    """A name as compared: folded, leading honorifics and trailing post-nominals removed.

    'The Rt Hon Dame Diana Johnson DBE MP' -> 'diana johnson'. Peerages stay
    ('Baroness Kidron'). At least two words are always kept, so a surname
    that is also a title ('Mr Justice' aside) survives.
    """
    tokens = fold(name).split()
    changed = True
    while changed and len(tokens) > 2:
        changed = False
        for phrase in _HONORIFIC_PHRASES:
            if len(tokens) - len(phrase) >= 2 and tuple(tokens[: len(phrase)]) == phrase:
                tokens = tokens[len(phrase):]
                changed = True
                break
    while len(tokens) > 2 and tokens[-1] in _POST_NOMINAL_WORDS:
        tokens.pop()
    return " ".join(tokens)


def person_key(name: str) -> str:
    """The key people are grouped by: the name key without middle initials ('Diana R. Johnson' = 'Diana Johnson')."""
    tokens = name_key(name).split()
    if len(tokens) > 2:
        # Initials stand alone in the name as written ("R." or "R"); the "O" of "O'Connell" does not.
        initials = {fold(t) for t in (name or "").split() if _INITIAL.fullmatch(t)}
        tokens = [tokens[0]] + [t for t in tokens[1:-1] if t not in initials] + [tokens[-1]]
    return " ".join(tokens)


_INITIAL = regex.compile(r"\p{L}\.?")


def speaker_slug(name: str) -> str:
    """'Dame Diana Johnson' -> 'diana-johnson'; the same for every way the name is written."""
    slug = _NON_SLUG.sub("-", person_key(name)).strip("-")
    return slug or "unknown"


_ROLE_REWRITES = tuple((re.compile(p), r) for p, r in ROLE_REWRITES)


def role_key(role: Optional[str]) -> str:
    """Words of a title, folded, stop words dropped, sorted: 'Minister for Policing' -> 'minister policing'."""
    text = fold(role or "")
    if not text:
        return ""
    text = ROLE_SYNONYMS.get(text, text)
    for pattern, replacement in _ROLE_REWRITES:
        text = pattern.sub(replacement, text)
    text = ROLE_SYNONYMS.get(text, text)
    return " ".join(sorted({w for w in text.split() if w not in ROLE_STOPWORDS}))


def is_single_office(role: Optional[str], organisation: Optional[str]) -> bool:
    """True when a title names one person at a time, so a reference by office can be tied to a person."""
    folded = fold(role or "")
    key = role_key(role)
    if not key or key in SHARED_ROLE_KEYS or any(w in folded for w in SPOKES_WORDS):
        return False
    if " " not in key:
        return key in SINGLE_HOLDER_TITLES and bool(organisation)
    return True


# ---------------------------------------------------------------- offices over time


@dataclass(frozen=True)
class Tenure:
    """Dates a person was quoted in one office."""

    speaker_id: str
    first: dt.date
    last: dt.date


@dataclass(frozen=True)
class Holder:
    """Who held an office on a date, as far as the quotes show."""

    speaker_id: str
    relation: str  # "within": quoted in the office before and after; "since": last seen before the date
    gap_days: int  # days between the date and the nearest quote in the office
    tenure: Tenure


def holders_on(tenures: Sequence[Tenure], on: dt.date) -> list[Holder]:
    """People holding an office on a date, from the first and last dates they were quoted in it.

    Someone quoted in the office before and after the date held it then.
    Otherwise the person most recently seen in it before the date is taken
    as still holding it. A date before anyone was seen gives no holder.
    """
    within = [t for t in tenures if t.first <= on <= t.last]
    if within:
        return [Holder(t.speaker_id, "within", 0, t) for t in sorted(within, key=lambda t: (t.first, t.speaker_id))]
    before = [t for t in tenures if t.last < on]
    if not before:
        return []
    latest = max(t.last for t in before)
    return [Holder(t.speaker_id, "since", (on - t.last).days, t)
            for t in sorted(before, key=lambda t: t.speaker_id) if t.last == latest]


def tenures(entries: Iterable[tuple[str, Optional[dt.date], Optional[dt.date]]]) -> list[Tenure]:
    """Merge (speaker_id, first, last) entries into one tenure per person (undated entries dropped)."""
    spans: dict[str, list[dt.date]] = {}
    for sid, first, last in entries:
        if first is None or last is None:
            continue
        span = spans.setdefault(sid, [first, last])
        span[0], span[1] = min(span[0], first), max(span[1], last)
    return [Tenure(sid, a, b) for sid, (a, b) in sorted(spans.items())]


# ---------------------------------------------------------------- identity


def _release_of(row: dict[str, Any]) -> tuple[str, int]:
    src = row.get("source") or {}
    return (src.get("file") or "", int(src.get("release") or 0))


def assign_speaker_ids(rows: list[dict[str, Any]]) -> None:
    """Set ``speaker_id`` on quote rows in place.

    Named quotes get the slug of the name. A quote attributed to an office
    only gets the ID of the person holding that office (see the module
    docstring); otherwise it stays null.
    """
    for row in rows:
        name = row.get("speaker")
        row["speaker_id"] = speaker_slug(name) if name else None
    resolve_office_references(rows)


def resolve_office_references(rows: list[dict[str, Any]]) -> None:
    """Give a quote attributed only to an office the ID of the one person known to hold it."""
    pending = [r for r in rows if awaits_office_holder(r)]
    if pending:
        for k, sid in office_holders(pending, rows).items():
            pending[k]["speaker_id"] = sid


def awaits_office_holder(row: dict[str, Any]) -> bool:
    """A quote with no person, attributed to an office one person holds at a time."""
    return not row.get("speaker_id") and is_single_office(row.get("role"), row.get("organisation"))


def office_holders(pending: Sequence[dict[str, Any]], rows: Iterable[dict[str, Any]]) -> dict[int, str]:
    """{index in ``pending``: speaker_id} for the office references that can be tied to one person.

    ``rows`` are read once, and only what the pending references ask about is
    kept: per office, each named holder's first and last date and the
    organisations they were quoted for; per release of a pending reference,
    who was quoted in each office there.
    """
    keys = {role_key(r["role"]) for r in pending}
    releases = {_release_of(r) for r in pending}
    spans: dict[str, dict[str, list[dt.date]]] = defaultdict(dict)
    orgs: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    in_release: dict[tuple[str, int], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in rows:
        sid, role = row.get("speaker_id"), row.get("role")
        if not sid or not role or not row.get("speaker"):
            continue
        key = role_key(role)
        if key not in keys:
            continue
        date = row.get("date")
        if date:
            span = spans[key].setdefault(sid, [date, date])
            span[0], span[1] = min(span[0], date), max(span[1], date)
        orgs[key][sid].add(fold(row.get("organisation") or ""))
        if _release_of(row) in releases:
            in_release[_release_of(row)][key].add(sid)
    found: dict[int, str] = {}
    for k, row in enumerate(pending):
        key = role_key(row["role"])
        org = fold(row.get("organisation") or "")

        def compatible(sid: str) -> bool:
            seen = orgs[key][sid]
            return not org or org in seen or seen == {""}

        here = {sid for sid in in_release[_release_of(row)].get(key, ()) if compatible(sid)}
        if len(here) == 1:
            found[k] = next(iter(here))
            continue
        if here or not row.get("date"):
            continue
        holders = holders_on(tenures((sid, a, b) for sid, (a, b) in spans[key].items() if compatible(sid)),
                             row["date"])
        if len(holders) == 1 and holders[0].gap_days <= ROLE_REFERENCE_MAX_GAP_DAYS:
            found[k] = holders[0].speaker_id
    return found


# ---------------------------------------------------------------- speakers table


def speakers_table(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per person: name, aliases, roles with dates, organisations, counts; most quoted first."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row.get("speaker_id"):
            groups[row["speaker_id"]].append(row)
    out = [record for sid in sorted(groups) if (record := speaker_record(sid, groups[sid])) is not None]
    out.sort(key=lambda s: (-s["quote_count"], s["speaker_id"]))
    return out


def speaker_record(speaker_id: str, quotes: Iterable[dict[str, Any]]) -> Optional[dict[str, Any]]:
    """The speakers-table row of one person, from their quotes read once (none held), or None if none is named."""
    names: Counter = Counter()
    written: set[str] = set()
    roles: dict[tuple[Optional[str], Optional[str]], list[Any]] = {}  # (role, org) -> [first, last, quotes]
    org_counts: Counter = Counter()
    first = last = None
    count = 0
    for q in quotes:
        count += 1
        name, date = q.get("speaker"), q.get("date")
        if name:
            names[name] += 1
            variant = _written_variant(q.get("attribution") or "", name)
            if variant:
                written.add(variant)
        span = roles.setdefault((q.get("role"), q.get("organisation")), [None, None, 0])
        span[2] += 1
        if date:
            span[0] = date if span[0] is None else min(span[0], date)
            span[1] = date if span[1] is None else max(span[1], date)
            first = date if first is None else min(first, date)
            last = date if last is None else max(last, date)
        if q.get("organisation"):
            org_counts[q["organisation"]] += 1
    if not names:
        return None
    name = sorted(names, key=lambda n: (-names[n], -len(n), n))[0]
    aliases = sorted(({n for n in names if n != name} | written) - {name})
    role_rows = [SpeakerRole(role=role, organisation=org, first_date=a, last_date=b, quotes=n)
                 for (role, org), (a, b, n) in roles.items()]
    role_rows.sort(key=lambda r: (r.first_date is None, r.first_date or dt.date.min, r.role or "",
                                  r.organisation or ""))
    return Speaker(
        speaker_id=speaker_id, name=name, aliases=aliases, roles=role_rows,
        organisations=sorted(org_counts, key=lambda o: (-org_counts[o], o)), quote_count=count,
        first_quote_date=first, last_quote_date=last,
    ).model_dump()


_HONORIFIC_WORDS = r"Dame|Sir|Dr|Doctor|Professor|Prof|Lord|Lady|Baroness|Baron|Mr|Mrs|Ms|Miss|Mx|Cllr|Councillor"
_TITLE_BEFORE = regex.compile(rf"(?:^|[\s,])((?:(?:The\s+)?(?:Rt\.?\s+Hon\.?\s+)?(?:{_HONORIFIC_WORDS})\.?\s+)+)$")


def _written_variant(attribution: str, name: str) -> Optional[str]:
    """The name as written with honorifics in the attribution: 'Dame Diana Johnson'."""
    at = attribution.find(name)
    if at > 0:
        m = _TITLE_BEFORE.search(attribution[:at])
        if m:
            return " ".join((m.group(1) + name).split())
    return None
