"""The slim rows of a build, on disk: every field of a quote but its words, in SQLite.

The steps that look across the whole build (an organisation from the same
speaker's other quotes, stable quote IDs, speaker identity, the speakers
table, statistics) stream the slim rows from here and keep only what they
aggregate (per speaker, per office), or read small groups (the rows that
share a quote ID). Memory never holds the build's rows, and SQLite's page
cache is bounded (``CACHE_KIB``) however large the corpus.

Each row has a *position*: its place in the store's parts, in the order
they were written, which is how the settled fields are applied to the full
rows when the release is written.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Sequence

COLUMNS = ("quote_id", "speaker", "speaker_id", "role", "organisation", "date", "publisher", "title",
           "attribution", "file", "release", "paragraph")
# Fields the cross-build steps may change.
UPDATABLE = frozenset({"quote_id", "speaker_id", "organisation"})
CACHE_KIB = 16 * 1024  # SQLite's page cache, per connection
READ_BATCH = 2_000  # records fetched at a time

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS slim (
    pos INTEGER PRIMARY KEY,
    {", ".join(f"{c} {'INTEGER' if c in ('release', 'paragraph') else 'TEXT'}" for c in COLUMNS)},
    dropped INTEGER NOT NULL DEFAULT 0
)
"""
_INDEXES = {
    "speaker": "CREATE INDEX IF NOT EXISTS slim_speaker ON slim(speaker)",
    "speaker_id": "CREATE INDEX IF NOT EXISTS slim_speaker_id ON slim(speaker_id)",
    "quote_id": "CREATE INDEX IF NOT EXISTS slim_quote_id ON slim(quote_id)",
    "source": "CREATE INDEX IF NOT EXISTS slim_source ON slim(file, release)",
}
_SELECT = f"SELECT pos, {', '.join(COLUMNS)} FROM slim"


class SlimTable:
    """An append-only table of slim rows in one SQLite file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._conn: Optional[sqlite3.Connection] = None
        self._count = 0
        self._has_previous = False
        self._dates: dict[str, dt.date] = {}
        self.connection.execute(_SCHEMA)

    # ------------------------------------------------------------ connection

    @property
    def connection(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = sqlite3.connect(self.path)
            # A scratch table, rebuilt by any new build: no journal, no waiting on the disk.
            self._conn.executescript(f"PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
                                     f"PRAGMA cache_size=-{CACHE_KIB}; PRAGMA temp_store=FILE;")
        return self._conn

    def close(self) -> None:
        """Commit and let go of the file (the table may then move to another process)."""
        if self._conn is not None:
            self._conn.commit()
            self._conn.close()
            self._conn = None

    def __getstate__(self) -> dict[str, Any]:
        self.close()
        return {"path": self.path, "count": self._count, "has_previous": self._has_previous}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.path, self._count, self._has_previous = state["path"], state["count"], state["has_previous"]
        self._conn = None
        self._dates = {}

    def remove(self) -> None:
        self.close()
        self.path.unlink(missing_ok=True)

    def __len__(self) -> int:
        """Rows appended, left out or not (the next row's position)."""
        return self._count

    # ------------------------------------------------------------ writing

    def append(self, rows: Iterable[dict[str, Any]]) -> None:
        """Add rows (quote rows or slim rows) at the next positions (streamed: none are held)."""
        def values() -> Iterator[tuple]:
            for row in rows:
                yield (self._count, *_values(row))
                self._count += 1

        self.connection.executemany(
            f"INSERT INTO slim (pos, {', '.join(COLUMNS)}) VALUES ({', '.join('?' * (len(COLUMNS) + 1))})", values())

    def adopt(self, other: "SlimTable") -> None:
        """Take over another table's rows (a worker's), at positions after this table's own."""
        other.close()
        conn = self.connection
        conn.commit()
        conn.execute("ATTACH DATABASE ? AS other", (str(other.path),))
        try:
            conn.execute(f"INSERT INTO slim (pos, {', '.join(COLUMNS)}, dropped) "
                         f"SELECT pos + ?, {', '.join(COLUMNS)}, dropped FROM other.slim", (self._count,))
            conn.commit()
        finally:
            conn.execute("DETACH DATABASE other")
        self._count += len(other)
        other.path.unlink(missing_ok=True)

    def drop_releases(self, keys: Iterable[tuple[str, int]]) -> int:
        """Leave out the rows of these releases (file, release number). Returns how many."""
        self.index("source")
        before = self.connection.total_changes
        self.connection.executemany("UPDATE slim SET dropped = 1 WHERE file = ? AND release = ? AND dropped = 0",
                                    list(keys))
        return self.connection.total_changes - before

    def update(self, rows: Sequence[dict[str, Any]], fields: Sequence[str]) -> None:
        """Write these fields of these rows (read from this table: they carry their position) back."""
        bad = set(fields) - UPDATABLE
        if bad:
            raise ValueError(f"not a field settled across the build: {sorted(bad)}")
        sets = ", ".join(f"{f} = ?" for f in fields)
        self.connection.executemany(f"UPDATE slim SET {sets} WHERE pos = ?",
                                    [tuple(r[f] for f in fields) + (r["pos"],) for r in rows])

    def fill_organisations(self, values: dict[tuple[str, Optional[int]], str], kept_empty: Sequence[str] = ()) -> int:
        """Set an empty organisation from ``values[(speaker, year)]`` on kept rows, except rows whose role is
        one of ``kept_empty``. Returns how many."""
        self.index("speaker")
        self.connection.execute("CREATE TEMP TABLE IF NOT EXISTS kept_empty (role TEXT PRIMARY KEY)")
        self.connection.execute("DELETE FROM kept_empty")
        self.connection.executemany("INSERT OR IGNORE INTO kept_empty VALUES (?)", [(r,) for r in kept_empty])
        before = self.connection.total_changes
        empty = ("dropped = 0 AND (organisation IS NULL OR organisation = '')"
                 " AND (role IS NULL OR role NOT IN (SELECT role FROM kept_empty))")
        self.connection.executemany(
            f"UPDATE slim SET organisation = ? WHERE speaker = ? AND substr(date, 1, 4) = ? AND {empty}",
            [(org, speaker, f"{year:04d}") for (speaker, year), org in values.items() if year is not None])
        self.connection.executemany(
            f"UPDATE slim SET organisation = ? WHERE speaker = ? AND date IS NULL AND {empty}",
            [(org, speaker) for (speaker, year), org in values.items() if year is None])
        return self.connection.total_changes - before

    def set_from(self, field: str, source: str, function: Any) -> None:
        """``field = function(source)`` on every row, null where ``source`` is empty ("speaker_id" from "speaker").

        The function runs here, in Python, once per distinct value (an interrupt
        inside it is an interrupt, not an SQLite error).
        """
        if field not in UPDATABLE or source not in COLUMNS:
            raise ValueError(f"cannot set {field} from {source}")
        self.index(source)
        values = list(self.column(f"SELECT DISTINCT {source} FROM slim WHERE {source} IS NOT NULL AND {source} != ''"))
        conn = self.connection
        conn.execute(f"UPDATE slim SET {field} = NULL")
        conn.executemany(f"UPDATE slim SET {field} = ? WHERE {source} = ?", [(function(v), v) for v in values])

    def index(self, name: str) -> None:
        self.connection.execute(_INDEXES[name])

    # ------------------------------------------------------------ reading

    def rows(self, where: str = "", params: Sequence[Any] = (), order: str = "pos") -> Iterator[dict[str, Any]]:
        """Kept rows (not left out), as row mappings with their position under "pos"."""
        clause = f"WHERE dropped = 0{' AND ' + where if where else ''}"
        for record in _stream(self.connection.execute(f"{_SELECT} {clause} ORDER BY {order}", tuple(params))):
            yield self._row(record)

    def repeated(self, column: str) -> Iterator[list[dict[str, Any]]]:
        """Groups of kept rows that share a value of ``column`` with another kept row."""
        self.index(column)
        keys = [k for (k,) in self.connection.execute(
            f"SELECT {column} FROM slim WHERE dropped = 0 GROUP BY {column} HAVING COUNT(*) > 1 ORDER BY {column}")]
        for key in keys:
            yield list(self.rows(f"{column} = ?", (key,)))

    def settled(self, start: int, stop: int) -> dict[int, tuple[str, Optional[str], Optional[str], bool]]:
        """{position: (quote_id, speaker_id, organisation, left out)} for positions in [start, stop)."""
        return {pos: (qid, sid, org, bool(dropped)) for pos, qid, sid, org, dropped in self.connection.execute(
            "SELECT pos, quote_id, speaker_id, organisation, dropped FROM slim WHERE pos >= ? AND pos < ?",
            (start, stop))}

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.connection.execute(sql, tuple(params)).fetchone()[0]

    def column(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Any]:
        for (value,) in _stream(self.connection.execute(sql, tuple(params))):
            yield value

    def absent_from(self, other: "SlimTable") -> Iterator[dict[str, Any]]:
        """Kept rows whose quote ID no kept row of ``other`` has, in position order."""
        other.index("quote_id")
        other.close()
        conn = self.connection
        conn.commit()
        conn.execute("ATTACH DATABASE ? AS other", (str(other.path),))
        try:
            for record in _stream(conn.execute(f"{_SELECT} WHERE dropped = 0 AND quote_id NOT IN "
                                               f"(SELECT quote_id FROM other.slim WHERE dropped = 0) ORDER BY pos")):
                yield self._row(record)
        finally:
            conn.execute("DETACH DATABASE other")  # _stream has closed its statement, which held the file

    # ------------------------------------------------------------ the previous release's digests

    def load_previous_digests(self, digests: Iterable[tuple[str, bytes]]) -> None:
        """Keep the previous release's {quote_id: row digest}, to tell what changed since."""
        conn = self.connection
        conn.execute("CREATE TABLE IF NOT EXISTS previous_digest (quote_id TEXT PRIMARY KEY, digest BLOB)")
        conn.execute("CREATE TABLE IF NOT EXISTS changed (quote_id TEXT PRIMARY KEY, row TEXT, change TEXT)")
        conn.executemany("INSERT OR REPLACE INTO previous_digest VALUES (?, ?)", digests)  # streamed
        self._has_previous = True

    def previous_digest(self, quote_id: str) -> Optional[bytes]:
        if not self._has_previous:
            return None
        found = self.connection.execute("SELECT digest FROM previous_digest WHERE quote_id = ?",
                                        (quote_id,)).fetchone()
        return found[0] if found else None

    def _added(self) -> str:
        new = " AND quote_id NOT IN (SELECT quote_id FROM previous_digest)" if self._has_previous else ""
        return f"FROM slim WHERE dropped = 0{new}"

    def added_ids(self) -> Iterator[str]:
        """Kept quote IDs the previous release did not have, sorted."""
        self.index("quote_id")
        return self.column(f"SELECT quote_id {self._added()} ORDER BY quote_id")

    def count_added(self) -> int:
        return self.scalar(f"SELECT COUNT(*) {self._added()}")

    def removed_ids(self) -> list[str]:
        """The previous release's quote IDs that no kept row has, sorted (a list: removals are few)."""
        if not self._has_previous:
            return []
        self.index("quote_id")
        return list(self.column("SELECT quote_id FROM previous_digest WHERE quote_id NOT IN "
                                "(SELECT quote_id FROM slim WHERE dropped = 0) ORDER BY quote_id"))

    def keep_changed_row(self, quote_id: str, row: dict[str, Any]) -> None:
        """Keep a row (as JSON-ready values) whose content differs from the previous release's."""
        self.connection.execute("INSERT OR REPLACE INTO changed (quote_id, row) VALUES (?, ?)",
                                (quote_id, json.dumps(row, ensure_ascii=False)))

    def count_changed(self) -> int:
        return self.scalar("SELECT COUNT(*) FROM changed") if self._has_previous else 0

    def changed_row(self, quote_id: str) -> Optional[dict[str, Any]]:
        found = self.connection.execute("SELECT row FROM changed WHERE quote_id = ?", (quote_id,)).fetchone()
        return json.loads(found[0]) if found else None

    def keep_change(self, quote_id: str, change: dict[str, Any]) -> None:
        """Keep what changed in a row ({field: [old, new]})."""
        self.connection.execute("UPDATE changed SET change = ?, row = NULL WHERE quote_id = ?",
                                (json.dumps(change, ensure_ascii=False), quote_id))

    def changes(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """(quote_id, {field: [old, new]}) of the changed rows, sorted by quote ID."""
        if not self._has_previous:
            return
        for quote_id, change in _stream(self.connection.execute("SELECT quote_id, change FROM changed "
                                                                "ORDER BY quote_id")):
            yield quote_id, json.loads(change)

    # ------------------------------------------------------------ summaries

    def stats(self) -> dict[str, Any]:
        """Counts and the date range of the kept rows."""
        kept = "FROM slim WHERE dropped = 0"
        first, last = self.connection.execute(f"SELECT MIN(date), MAX(date) {kept}").fetchone()
        return {
            "quotes": self.scalar(f"SELECT COUNT(*) {kept}"),
            "speakers": self.scalar(f"SELECT COUNT(DISTINCT speaker_id) {kept} AND speaker_id != ''"),
            "organisations": self.scalar(f"SELECT COUNT(DISTINCT organisation) {kept} AND organisation != ''"),
            "publishers": list(self.column(f"SELECT DISTINCT publisher {kept} AND publisher != '' ORDER BY publisher")),
            "first_date": first,
            "last_date": last,
        }

    def releases(self) -> int:
        """How many releases the kept rows come from."""
        return self.scalar("SELECT COUNT(*) FROM (SELECT DISTINCT file, release FROM slim WHERE dropped = 0)")

    def _row(self, record: tuple) -> dict[str, Any]:
        pos, qid, speaker, sid, role, org, date, publisher, title, attribution, file, release, paragraph = record
        if date is not None:
            date = self._dates.get(date) or self._dates.setdefault(date, dt.date.fromisoformat(date))
        return {"pos": pos, "quote_id": qid, "speaker": speaker, "speaker_id": sid, "role": role,
                "organisation": org, "date": date, "publisher": publisher, "title": title,
                "attribution": attribution,
                "source": None if file is None else {"file": file, "release": release, "paragraph": paragraph}}


def _stream(cursor: sqlite3.Cursor) -> Iterator[tuple]:
    """A query's records, a batch at a time; the statement is closed however the reading ends."""
    try:
        while batch := cursor.fetchmany(READ_BATCH):
            yield from batch
    finally:
        cursor.close()


def _values(row: dict[str, Any]) -> tuple:
    src = row.get("source") or {}
    date = row.get("date")
    return (row.get("quote_id"), row.get("speaker"), row.get("speaker_id"), row.get("role"), row.get("organisation"),
            date.isoformat() if date is not None else None, row.get("publisher"), row.get("title"),
            row.get("attribution"), src.get("file"), src.get("release"), src.get("paragraph"))


class SeenKeys:
    """A set of keys kept in a table's SQLite file (the releases a build has read), not in memory."""

    def __init__(self, table: SlimTable) -> None:
        self.table = table
        table.connection.execute("CREATE TABLE IF NOT EXISTS seen (key BLOB PRIMARY KEY)")

    def __contains__(self, key: bytes) -> bool:
        return self.table.connection.execute("SELECT 1 FROM seen WHERE key = ?", (key,)).fetchone() is not None

    def add(self, key: bytes) -> None:
        self.table.connection.execute("INSERT OR IGNORE INTO seen VALUES (?)", (key,))
