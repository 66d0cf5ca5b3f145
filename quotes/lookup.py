"""Looking quotes up by speaker or role in a published release.

``lookup()`` is the library entry point behind ``quotes lookup``::

    result = lookup("output", "diana jonson", since=date(2025, 1, 1))
    result.match.kind     # "speaker": one person was identified
    result.quotes         # her quotes, newest first

A query is resolved in this order; the first step that finds anything wins:

1. a name as written, in any case, with or without accents and titles
   ("Dame Diana Johnson", "diana johnson"), or a speaker_id;
2. every word of the query in the person's name ("Johnson" -> every
   Johnson; one letter is an initial: "D Johnson");
3. a role ("Home Secretary", "the Policing Minister"); with ``on`` the
   person who held it that day, judged from the dates the dataset quotes
   people in that role;
4. names again, tolerating small typos in each word ("diana jonson");
5. roles, tolerating small typos.

When a step finds several people, they are returned as candidates and no
quotes are listed: the reader picks one by full name or speaker_id.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Literal, Optional, Union

import regex

from .database import DB_FILE, DatabaseError, OutdatedDatabase, connect, memory_database
from .matching import (
    RolePair,
    ids_by_typo,
    matching_roles,
    name_keys,
    one_deletions,
    org_matches,
    query_key,
    role_words,
    token_index,
)
from .release import DATA_FILE, SPEAKERS_FILE, ReleaseError, find_release_dir, load_manifest, load_rows
from .speakers import holders_on, person_key, tenures

MatchKind = Literal["speaker", "role", "ambiguous", "none"]


class QueryError(Exception):
    """A lookup cannot run (bad query or filter); the message says why."""


@dataclass
class Release:
    """An open release: its folder, name, version and database connection."""

    path: Path
    dataset: str
    version: str
    conn: sqlite3.Connection
    note: str = ""  # e.g. the database was built in memory from the Parquet files

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Release":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def open_release(path: Union[str, Path]) -> Release:
    """Open a release folder (or the latest release of a dataset or output folder) for lookups.

    Raises ``ReleaseError`` or ``DatabaseError`` with a message naming the file.
    """
    release_dir = find_release_dir(Path(path))
    manifest = load_manifest(release_dir)
    db = release_dir / DB_FILE
    note = ""
    conn = None
    if db.exists():
        try:
            conn = connect(db)
        except OutdatedDatabase as exc:
            note = f"{exc}; searched the release's Parquet files instead"
    else:
        note = f"{release_dir} has no {DB_FILE}; searched its Parquet files instead"
    if conn is None:
        conn = memory_database(_quote_rows(release_dir), _speaker_rows(release_dir))
    conn.row_factory = sqlite3.Row
    return Release(release_dir, str(manifest.get("dataset") or release_dir.parent.name),
                   str(manifest.get("version") or release_dir.name), conn, note)


def _quote_rows(release_dir: Path) -> list[dict[str, Any]]:
    try:
        return load_rows(release_dir)
    except ReleaseError:
        raise
    except Exception as exc:  # noqa: BLE001 - any read failure makes the release unreadable
        raise ReleaseError(f"{release_dir / DATA_FILE}: not readable as Parquet ({exc})") from None


def _speaker_rows(release_dir: Path) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    path = release_dir / SPEAKERS_FILE
    try:
        return pq.read_table(path).to_pylist()
    except FileNotFoundError:
        raise ReleaseError(f"{release_dir}: missing {SPEAKERS_FILE}") from None
    except Exception as exc:  # noqa: BLE001 - any read failure makes the release unreadable
        raise ReleaseError(f"{path}: not readable as Parquet ({exc})") from None


# ---------------------------------------------------------------- resolving a query


@dataclass
class Match:
    """What a query was taken to mean."""

    query: str
    kind: MatchKind
    how: str = ""  # name | speaker_id | name words | role | name with typos | role with typos
    speakers: list[dict[str, Any]] = field(default_factory=list)  # the person, or the candidates
    roles: list[dict[str, Optional[str]]] = field(default_factory=list)  # {role, organisation} matched
    on: Optional[dt.date] = None
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"query": self.query, "kind": self.kind, "how": self.how, "speakers": self.speakers,
                "roles": self.roles, "on": self.on.isoformat() if self.on else None, "note": self.note}


def _speaker_summaries(conn: sqlite3.Connection, ids: Iterable[str]) -> list[dict[str, Any]]:
    ids = list(dict.fromkeys(ids))
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"select * from speakers where speaker_id in ({marks})", ids).fetchall()
    out = [_speaker_dict(r) for r in rows]
    out.sort(key=lambda s: (-s["quote_count"], s["speaker_id"]))
    return out


def _speaker_dict(row: sqlite3.Row) -> dict[str, Any]:
    d = dict(row)
    for key in ("aliases", "roles", "organisations"):
        d[key] = json.loads(d[key]) if d.get(key) else []
    return d


def _ids_for_key(conn: sqlite3.Connection, query: str) -> set[str]:
    keys = sorted(name_keys(query) | {query_key(query), person_key(query)} - {""})
    marks = ",".join("?" * len(keys))
    return {r[0] for r in conn.execute(f"select speaker_id from speaker_names where key in ({marks})", keys)}


def _ids_with_words(conn: sqlite3.Connection, words: list[str]) -> set[str]:
    found: Optional[set[str]] = None
    for word in words:
        if len(word) == 1:
            rows = conn.execute("select speaker_id from speaker_tokens where token >= ? and token < ?",
                                (word, word + "\uffff"))
        else:
            rows = conn.execute("select speaker_id from speaker_tokens where token = ?", (word,))
        ids = {r[0] for r in rows}
        found = ids if found is None else found & ids
        if not found:
            return set()
    return found or set()


def _like_word(word: str) -> str:
    return "% " + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %"


def _role_candidates(conn: sqlite3.Connection, query: Optional[str],
                     with_org: bool) -> tuple[list[RolePair], dict[str, str]]:
    """(role, organisation) pairs holding every word of the query (all pairs without a query), and role keys.

    SQLite narrows the roles down; :func:`quotes.matching.matching_roles` then decides.
    """
    where, params = [], []
    for word in sorted(role_words(query)) if query else []:
        clause = "(' ' || role_key || ' ') like ? escape '\\'"
        params.append(_like_word(word))
        if with_org:
            clause = f"({clause} or (' ' || coalesce(org_key, '') || ' ') like ? escape '\\')"
            params.append(_like_word(word))
        where.append(clause)
    sql = "select distinct role, organisation, role_key from speaker_roles"
    if where:
        sql += " where " + " and ".join(where)
    rows = conn.execute(sql, params).fetchall()
    return [(r[0], r[1]) for r in rows], {r[0]: r[2] for r in rows}


def _near_tokens(conn: sqlite3.Connection, words: list[str]) -> dict[str, set[str]]:
    """{name word: speaker ids} for the words within reach of a typo of the query's words."""
    candidates: set[str] = set()
    for word in words:
        if len(word) == 1:
            rows = conn.execute("select token from speaker_tokens where token >= ? and token < ?",
                                (word, word + "\uffff"))
        else:
            forms = sorted(one_deletions(word))
            rows = conn.execute(f"select token from speaker_token_variants where variant in "
                                f"({','.join('?' * len(forms))})", forms)
        candidates.update(r[0] for r in rows)
    if not candidates:
        return {}
    found = sorted(candidates)
    marks = ",".join("?" * len(found))
    return token_index(conn.execute(f"select speaker_id, token from speaker_tokens where token in ({marks})", found))


def _org_filter(conn: sqlite3.Connection, ids: set[str], org: Optional[str]) -> set[str]:
    """Candidates who spoke for the organisation (all of them when none did)."""
    if not org or len(ids) < 2:
        return ids
    kept = set()
    for s in _speaker_summaries(conn, ids):
        if any(org_matches(org, o) for o in s["organisations"]):
            kept.add(s["speaker_id"])
    return kept or ids


def _role_rows(conn: sqlite3.Connection, pairs: list[RolePair], org: Optional[str]) -> list[dict[str, Any]]:
    wanted = set(pairs)
    roles = sorted({p[0] for p in pairs})
    marks = ",".join("?" * len(roles))
    rows = [dict(r) for r in conn.execute(f"select * from speaker_roles where role in ({marks})", roles)
            if (r["role"], r["organisation"]) in wanted]
    if org:
        rows = [r for r in rows if org_matches(org, r["organisation"])]
    return rows


def _date(value: Optional[str]) -> Optional[dt.date]:
    return dt.date.fromisoformat(value) if value else None


def role_holders(role_rows: list[dict[str, Any]], day: dt.date) -> tuple[list[str], str, bool]:
    """Who held a role on a day, judged from when each person was quoted in it.

    Returns (speaker ids, explanation, certain). Someone quoted in the role
    before and after the day held it (see :func:`quotes.speakers.holders_on`).
    When the day falls between the last quote of one holder and the first
    quote of another, both are candidates; after the last quote of the last
    holder, that holder is taken to hold it still.
    """
    names = {r["speaker_id"]: r["name"] for r in role_rows}
    spans = tenures((r["speaker_id"], _date(r["first_date"]), _date(r["last_date"])) for r in role_rows)
    found = holders_on(spans, day)
    ids = [h.speaker_id for h in found]
    if not found:
        later = [t for t in spans if t.first > day]
        if later:
            first = min(later, key=lambda t: (t.first, t.speaker_id))
            return [], (f"nobody is quoted in that role on or before {day.isoformat()}; the first is "
                        f"{names[first.speaker_id]} on {first.first.isoformat()}"), False
        return [], "", False
    if all(h.relation == "within" for h in found):
        return ids, "", len(ids) == 1
    last = found[0].tenure.last
    later = [t for t in spans if t.first > day and t.speaker_id not in ids]
    who = ", ".join(names[i] for i in ids)
    if later:
        nxt = min(later, key=lambda t: (t.first, t.speaker_id))
        return (ids + [nxt.speaker_id],
                f"no quote in that role between {last.isoformat()} ({who}) and {nxt.first.isoformat()} "
                f"({names[nxt.speaker_id]}); either may have held it on {day.isoformat()}", False)
    return ids, (f"{who} was last quoted in that role on {last.isoformat()}; nobody later is quoted in it, "
                 f"so {who} is taken to hold it still"), len(ids) == 1


def resolve(release: Release, query: str, on: Optional[dt.date] = None, org: Optional[str] = None) -> Match:
    """What a query names: one person, a role, several candidates, or nothing."""
    conn = release.conn
    text = " ".join(query.split())
    if not query_key(text):
        raise QueryError(f"empty query {query!r}: give a name or a role")
    words = query_key(text).split()

    def people(ids: set[str], how: str) -> Match:
        ids = _org_filter(conn, ids, org)
        found = _speaker_summaries(conn, ids)
        return Match(text, "speaker" if len(found) == 1 else "ambiguous", how, found, on=on)

    ids = _ids_for_key(conn, text)
    if ids:
        return people(ids, "name")
    slug = text.lower()
    if conn.execute("select 1 from speakers where speaker_id = ?", (slug,)).fetchone():
        return people({slug}, "speaker_id")
    ids = _ids_with_words(conn, words)
    if ids:
        return people(ids, "name words")
    for with_org in (False, True):
        pairs, keys = _role_candidates(conn, text, with_org)
        match = _role_match(conn, text, matching_roles(text, pairs, with_org=with_org, keys=keys), "role", on, org)
        if match is not None:
            return match
    by_typo = ids_by_typo(words, _near_tokens(conn, words))
    if by_typo:
        return people(set(by_typo), "name with typos")
    pairs, keys = _role_candidates(conn, None, True)
    match = _role_match(conn, text, matching_roles(text, pairs, typos=True, with_org=True, keys=keys),
                        "role with typos", on, org)
    if match is not None:
        return match
    return Match(text, "none", note=f"no speaker or role matches {text!r} in {release.dataset} {release.version}",
                 on=on)


def _role_match(conn: sqlite3.Connection, text: str, pairs: list[RolePair], how: str, on: Optional[dt.date],
                org: Optional[str]) -> Optional[Match]:
    if not pairs:
        return None
    rows = _role_rows(conn, pairs, org)
    if not rows:
        return None
    roles = [{"role": r, "organisation": o} for r, o in sorted({(r["role"], r["organisation"] or "") for r in rows})]
    for r in roles:
        r["organisation"] = r["organisation"] or None
    if on is None:
        holders = _speaker_summaries(conn, {r["speaker_id"] for r in rows})
        return Match(text, "role", how, holders, roles)
    ids, note, certain = role_holders(rows, on)
    found = _speaker_summaries(conn, ids)
    if not found:
        return Match(text, "none", how, [], roles, on, note or f"nobody is quoted as {text} around {on.isoformat()}")
    kind: MatchKind = "speaker" if certain and len(found) == 1 else "ambiguous"
    return Match(text, kind, f"{how} on {on.isoformat()}", found, roles, on, note)


# ---------------------------------------------------------------- quotes


@dataclass
class Filters:
    org: Optional[str] = None
    publisher: Optional[str] = None
    since: Optional[dt.date] = None
    until: Optional[dt.date] = None
    contains: Optional[str] = None


_TERM = regex.compile(r'"([^"]*)"|(\S+)')
_WORD = regex.compile(r"\w+")


def fts_query(words: str) -> str:
    """An FTS5 expression that finds every word (or "quoted phrase") in the quote text.

    Each term is passed as a quoted FTS string, so punctuation and FTS
    keywords in what the reader typed cannot change the query's meaning.
    """
    terms = []
    for m in _TERM.finditer(words):
        phrase = m.group(1) if m.group(1) is not None else m.group(2)
        tokens = _WORD.findall(phrase)
        if tokens:
            terms.append('"' + " ".join(tokens).replace('"', '""') + '"')
    if not terms:
        raise QueryError(f"--contains {words!r} has no words to search for")
    return "text : (" + " ".join(terms) + ")"


QUOTE_FIELDS = ("quote_id", "date", "speaker", "speaker_id", "role", "organisation", "publisher", "title", "text")


def _quote_dict(row: dict[str, Any]) -> dict[str, Any]:
    d = {k: row[k] for k in QUOTE_FIELDS}
    # The person behind speaker_id; differs from speaker when the release names only the office.
    d["speaker_name"] = row["speaker_name"]
    d["source"] = {"url": row["source_url"], "file": row["source_file"], "release": row["source_release"],
                   "paragraph": row["source_paragraph"], "line": row["source_line"], "content_id": row["content_id"]}
    d["paragraphs"] = row["text"].split("\n\n") if row["text"] else []
    return d


def _organisation_names(conn: sqlite3.Connection, query: str, kind: str) -> list[str]:
    """Organisations (or publishers) of the release that a reader's ORG names."""
    rows = conn.execute("select name from organisations where kind = ?", (kind,))
    return sorted(r[0] for r in rows if org_matches(query, r[0]))


def find_quotes(release: Release, match: Match, filters: Filters = Filters(), limit: Optional[int] = None,
                oldest_first: bool = False) -> list[dict[str, Any]]:
    """Quotes of a resolved match (one person, or a role), newest first, with the filters applied."""
    if match.kind == "speaker":
        where, params = ["q.speaker_id = ?"], [match.speakers[0]["speaker_id"]]
    elif match.kind == "role":
        values = ",".join("(?, ?)" for _ in match.roles)
        roles = sorted({r["role"] for r in match.roles})
        # The plain IN lets SQLite use the index on role; the row values keep role and organisation paired.
        where = [f"q.role in ({','.join('?' * len(roles))})",
                 f"(q.role, coalesce(q.organisation, '')) in (values {values})"]
        params = roles + [v for r in match.roles for v in (r["role"], r["organisation"] or "")]
    else:
        return []
    for column, wanted in (("organisation", filters.org), ("publisher", filters.publisher)):
        if not wanted:
            continue
        names = _organisation_names(release.conn, wanted, column)
        if not names:
            return []
        where.append(f"q.{column} in ({','.join('?' * len(names))})")
        params.extend(names)
    if filters.since:
        where.append("q.date >= ?")
        params.append(filters.since.isoformat())
    if filters.until:
        where.append("q.date <= ?")
        params.append(filters.until.isoformat())
    if filters.contains:
        # "+" keeps SQLite on the speaker or role index, checking each row against the full-text matches.
        where.append("+q.rowid in (select rowid from quotes_fts where quotes_fts match ?)")
        params.append(fts_query(filters.contains))
    order = "asc" if oldest_first else "desc"
    sql = (f"select q.*, s.name as speaker_name from quotes q left join speakers s on s.speaker_id = q.speaker_id "
           f"where {' and '.join(where)} order by q.date {order}, q.quote_id")
    if limit:
        sql += " limit ?"
        params.append(int(limit))
    try:
        cursor = release.conn.execute(sql, params)
        columns = [c[0] for c in cursor.description]
        rows = [dict(zip(columns, r)) for r in cursor]
    except sqlite3.OperationalError as exc:
        raise DatabaseError(f"{release.path / DB_FILE}: query failed ({exc})") from None
    return [_quote_dict(r) for r in rows]


@dataclass
class LookupResult:
    match: Match
    quotes: list[dict[str, Any]]
    dataset: str
    version: str
    release_path: Path
    filters: Filters
    note: str = ""
    limit: Optional[int] = None


def lookup(
    dataset: Union[str, Path, Release],
    query: str,
    on: Optional[dt.date] = None,
    org: Optional[str] = None,
    publisher: Optional[str] = None,
    since: Optional[dt.date] = None,
    until: Optional[dt.date] = None,
    contains: Optional[str] = None,
    limit: Optional[int] = None,
    oldest_first: bool = False,
) -> LookupResult:
    """Resolve a query against a release and return the matching quotes."""
    if since and until and since > until:
        raise QueryError(f"--since {since.isoformat()} is after --until {until.isoformat()}")
    if contains is not None:
        fts_query(contains)  # reject an empty search before any work
    release = dataset if isinstance(dataset, Release) else open_release(dataset)
    try:
        match = resolve(release, query, on=on, org=org)
        filters = Filters(org=org, publisher=publisher, since=since, until=until, contains=contains)
        quotes = find_quotes(release, match, filters, limit=limit, oldest_first=oldest_first)
        return LookupResult(match, quotes, release.dataset, release.version, release.path, filters, release.note,
                            limit)
    finally:
        if not isinstance(dataset, Release):
            release.close()


@dataclass
class SpeakerList:
    speakers: list[dict[str, Any]]
    dataset: str
    version: str
    release_path: Path
    note: str = ""


def list_speakers(dataset: Union[str, Path, Release], org: Optional[str] = None,
                  limit: Optional[int] = None) -> SpeakerList:
    """Speakers of a release, most quoted first; with ``org``, those who spoke for it."""
    release = dataset if isinstance(dataset, Release) else open_release(dataset)
    try:
        out = []
        for row in release.conn.execute("select * from speakers order by quote_count desc, speaker_id"):
            s = _speaker_dict(row)
            if org and not any(org_matches(org, o) for o in s["organisations"]):
                continue
            out.append(s)
            if limit and len(out) >= limit:
                break
        return SpeakerList(out, release.dataset, release.version, release.path, release.note)
    finally:
        if not isinstance(dataset, Release):
            release.close()


def parse_day(value: str, end: bool = False) -> dt.date:
    """YYYY-MM-DD, YYYY-MM or YYYY; a month or year means its first day (its last with ``end``)."""
    value = value.strip()
    try:
        if regex.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return dt.date.fromisoformat(value)
        if regex.fullmatch(r"\d{4}-\d{2}", value):
            year, month = map(int, value.split("-"))
            first = dt.date(year, month, 1)
            if not end:
                return first
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        if regex.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 12, 31) if end else dt.date(int(value), 1, 1)
    except ValueError:
        pass
    raise QueryError(f"invalid date {value!r}: use YYYY-MM-DD, YYYY-MM or YYYY")
