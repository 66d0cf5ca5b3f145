"""Speaker identity: one stable ``speaker_id`` per person, and the speakers table.

The same person appears as "Dame Diana Johnson", "Diana Johnson" and (by
reference) "the Policing Minister". Extraction already resolves references
and strips honorifics; here names are folded (case, accents, punctuation) to
group the variants, and each group gets a readable slug as its ID. Slugs
depend only on the name, so they are stable across releases.
"""
from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from typing import Any, Iterable, Optional

import regex

from .models import Speaker, SpeakerRole

_NON_SLUG = regex.compile(r"[^a-z0-9]+")


def fold(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(regex.sub(r"[^\w\s]", " ", ascii_only.casefold()).split())


def speaker_slug(name: str) -> str:
    """'Dame Diana Johnson' -> 'diana-johnson' (after honorifics are removed upstream)."""
    slug = _NON_SLUG.sub("-", fold(name)).strip("-")
    return slug or "unknown"


def assign_speaker_ids(rows: list[dict[str, Any]]) -> None:
    """Set ``speaker_id`` on quote rows in place (null when no person is named)."""
    for row in rows:
        row["speaker_id"] = speaker_slug(row["speaker"]) if row.get("speaker") else None


def speakers_table(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per person: names, roles with dates, organisations, counts."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row.get("speaker_id"):
            groups[row["speaker_id"]].append(row)
    out: list[dict[str, Any]] = []
    for sid in sorted(groups):
        quotes = groups[sid]
        names = Counter(q["speaker"] for q in quotes)
        name = sorted(names, key=lambda n: (-names[n], -len(n), n))[0]
        aliases = sorted({n for n in names if n != name} | _written_variants(quotes, name))
        roles: dict[tuple[Optional[str], Optional[str]], list[dict[str, Any]]] = defaultdict(list)
        for q in quotes:
            roles[(q.get("role"), q.get("organisation"))].append(q)
        role_rows = []
        for (role, org), qs in roles.items():
            dates = [q["date"] for q in qs if q.get("date")]
            role_rows.append(SpeakerRole(role=role, organisation=org, first_date=min(dates) if dates else None,
                                         last_date=max(dates) if dates else None, quotes=len(qs)))
        role_rows.sort(key=lambda r: (r.first_date is None, r.first_date or 0, r.role or "", r.organisation or ""))
        orgs = Counter(q["organisation"] for q in quotes if q.get("organisation"))
        dates = [q["date"] for q in quotes if q.get("date")]
        speaker = Speaker(
            speaker_id=sid, name=name, aliases=aliases, roles=role_rows,
            organisations=sorted(orgs, key=lambda o: (-orgs[o], o)), quote_count=len(quotes),
            first_quote_date=min(dates) if dates else None, last_quote_date=max(dates) if dates else None,
        )
        out.append(speaker.model_dump())
    out.sort(key=lambda s: (-s["quote_count"], s["speaker_id"]))
    return out


_TITLE_BEFORE = regex.compile(r"(?:^|[\s,])((?:(?:Dame|Sir|Dr|Professor|Lord|Lady|Baroness|Mr|Mrs|Ms|Cllr|Councillor)\s+)+)$")


def _written_variants(quotes: list[dict[str, Any]], name: str) -> set[str]:
    """Name as written with honorifics in the attributions: 'Dame Diana Johnson'."""
    found: set[str] = set()
    for q in quotes:
        attribution = q.get("attribution") or ""
        at = attribution.find(name)
        if at > 0:
            m = _TITLE_BEFORE.search(attribution[:at])
            if m:
                found.add(" ".join((m.group(1) + name).split()))
    return found
