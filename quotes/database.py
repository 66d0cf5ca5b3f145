"""The release's SQLite database (``quotes.db``) and its Datasette metadata.

Tables:

* ``quotes``: one row per quote, the ``source`` record flattened into
  ``source_*`` columns, dates as ISO text, lists as JSON text; full-text
  search (FTS5, porter stemming) over ``text``, ``speaker`` and ``title``.
* ``speakers``: the speakers table of the release (aliases, roles and
  organisations as JSON text).
* ``speaker_roles``: one row per person and role, with first and last dates,
  so that "who was Transport Secretary in March 2012" is one query.
* ``organisations``: every organisation spoken for and every publisher, with
  its number of quotes (filters by organisation are resolved against it).
* ``speaker_names``, ``speaker_tokens`` and ``speaker_token_variants``:
  folded name variants, their words, and each word with one letter left out
  (to find near matches of a mistyped word without reading every name);
  used by ``quotes lookup`` and hidden in Datasette.

The database is written once, in the release's staging folder, and never
changed afterwards; readers open it immutable (see :func:`connect`), so
reading it never alters the file its checksum was taken of.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Optional

from .card import LICENSE_NAME, LICENSE_URL
from .matching import name_keys, one_deletions, org_words
from .models import Quote, Source, Speaker
from .speakers import role_key

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pyarrow as pa

DB_FILE = "quotes.db"
DB_NAME = "quotes"  # Datasette names a database after its file stem
METADATA_FILE = "datasette-metadata.json"
TABLES = ("quotes", "speakers", "speaker_roles", "organisations", "speaker_names", "speaker_tokens",
          "speaker_token_variants")
FTS_COLUMNS = ("text", "speaker", "title")
QUOTE_COLUMNS = {
    "quote_id": str, "date": str, "speaker": str, "speaker_id": str, "role": str, "organisation": str,
    "publisher": str, "title": str, "text": str, "source_url": str, "attribution": str,
    "source_file": str, "source_release": int, "source_paragraph": int, "source_line": int,
    "content_id": str, "rule": str, "inline": int, "complete": int,
}
SPEAKER_COLUMNS = {
    "speaker_id": str, "name": str, "quote_count": int, "first_quote_date": str, "last_quote_date": str,
    "organisations": str, "aliases": str, "roles": str,
}
ROLE_COLUMNS = {
    "speaker_id": str, "name": str, "role": str, "role_key": str, "organisation": str, "org_key": str,
    "first_date": str, "last_date": str, "quotes": int,
}
BATCH = 5000


class DatabaseError(Exception):
    """The database of a release cannot be read; the message names the file."""


class OutdatedDatabase(DatabaseError):
    """A readable SQLite file without the tables of this version (an older layout)."""


def _iso(value: Any) -> Optional[str]:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_iso)


def quote_record(row: dict[str, Any]) -> dict[str, Any]:
    """A published quote row as a ``quotes`` table row."""
    src = row.get("source") or {}
    return {
        "quote_id": row["quote_id"], "date": _iso(row.get("date")), "speaker": row.get("speaker"),
        "speaker_id": row.get("speaker_id"), "role": row.get("role"), "organisation": row.get("organisation"),
        "publisher": row.get("publisher"), "title": row.get("title"), "text": row.get("text"),
        "source_url": src.get("url"), "attribution": row.get("attribution"), "source_file": src.get("file"),
        "source_release": src.get("release"), "source_paragraph": src.get("paragraph"),
        "source_line": src.get("line"), "content_id": src.get("content_id"), "rule": row.get("rule"),
        "inline": int(bool(row.get("inline"))), "complete": int(bool(row.get("complete", True))),
    }


def _values(record: dict[str, Any], columns: Iterable[str]) -> tuple:
    return tuple(record[c] for c in columns)


def batch_quote_values(batch: pa.RecordBatch) -> list[tuple]:
    """The ``quotes`` table rows of an Arrow batch of quote rows, as :func:`quote_record` gives them for each
    row, built a column at a time (no row mappings)."""
    source = dict(zip(batch.schema.field("source").type.names, batch.column("source").flatten()))  # nulls kept

    def column(name: str) -> list[Any]:
        return batch.column(name).to_pylist()

    columns = {
        "quote_id": column("quote_id"), "date": [_iso(d) for d in column("date")], "speaker": column("speaker"),
        "speaker_id": column("speaker_id"), "role": column("role"), "organisation": column("organisation"),
        "publisher": column("publisher"), "title": column("title"), "text": column("text"),
        "source_url": source["url"].to_pylist(), "attribution": column("attribution"),
        "source_file": source["file"].to_pylist(), "source_release": source["release"].to_pylist(),
        "source_paragraph": source["paragraph"].to_pylist(), "source_line": source["line"].to_pylist(),
        "content_id": source["content_id"].to_pylist(), "rule": column("rule"),
        "inline": [int(bool(v)) for v in column("inline")], "complete": [int(bool(v)) for v in column("complete")],
    }
    return list(zip(*(columns[c] for c in QUOTE_COLUMNS)))


def speaker_record(speaker: dict[str, Any]) -> dict[str, Any]:
    return {
        "speaker_id": speaker["speaker_id"], "name": speaker["name"], "quote_count": speaker["quote_count"],
        "first_quote_date": _iso(speaker.get("first_quote_date")),
        "last_quote_date": _iso(speaker.get("last_quote_date")),
        "organisations": _json(list(speaker.get("organisations") or [])),
        "aliases": _json(list(speaker.get("aliases") or [])),
        "roles": _json([{k: _iso(v) if isinstance(v, dt.date) else v for k, v in r.items()}
                        for r in speaker.get("roles") or []]),
    }


def role_records(speaker: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for r in speaker.get("roles") or []:
        if not r.get("role"):
            continue
        yield {"speaker_id": speaker["speaker_id"], "name": speaker["name"], "role": r["role"],
               "role_key": role_key(r["role"]), "organisation": r.get("organisation"),
               "org_key": " ".join(sorted(org_words(r.get("organisation")))),
               "first_date": _iso(r.get("first_date")), "last_date": _iso(r.get("last_date")),
               "quotes": r.get("quotes")}


def name_records(speaker: dict[str, Any]) -> list[dict[str, Any]]:
    """Folded keys of every way the person's name is written (plus plain lower case, for SQL lookups)."""
    out: dict[str, str] = {}
    for variant in [speaker["name"], *(speaker.get("aliases") or [])]:
        for key in sorted(name_keys(variant) | {" ".join(variant.lower().split())}):
            out.setdefault(key, variant)
    return [{"key": k, "speaker_id": speaker["speaker_id"], "variant": v} for k, v in sorted(out.items())]


def populate(db, rows: Iterable[dict[str, Any]], speakers: list[dict[str, Any]]) -> None:
    """Create and fill the tables, indexes and full-text index in a sqlite-utils database."""
    populate_values(db, (_values(quote_record(r), QUOTE_COLUMNS) for r in rows), speakers)


def populate_values(db, values: Iterable[tuple], speakers: list[dict[str, Any]]) -> None:
    """As :func:`populate`, from the ``quotes`` rows as tuples in the order of ``QUOTE_COLUMNS``."""
    db["quotes"].create(QUOTE_COLUMNS, pk="quote_id", not_null={"text", "title"})
    # Plain values only (text, integers, NULL), so the rows go straight to SQLite.
    insert = (f"insert into quotes ({', '.join(QUOTE_COLUMNS)}) "
              f"values ({', '.join('?' for _ in QUOTE_COLUMNS)})")
    db.conn.executemany(insert, values)  # streamed: SQLite takes one tuple at a time
    db["speakers"].create(SPEAKER_COLUMNS, pk="speaker_id", not_null={"name"})
    db["speakers"].insert_all((speaker_record(s) for s in speakers), batch_size=BATCH)
    db["speaker_roles"].create(ROLE_COLUMNS)
    db["speaker_roles"].insert_all((r for s in speakers for r in role_records(s)), batch_size=BATCH)
    names = [n for s in speakers for n in name_records(s)]
    db["speaker_names"].create({"key": str, "speaker_id": str, "variant": str}, pk=("key", "speaker_id"))
    db["speaker_names"].insert_all(names, batch_size=BATCH)
    tokens = sorted({(token, n["speaker_id"]) for n in names for token in n["key"].split()})
    db["speaker_tokens"].create({"token": str, "speaker_id": str}, pk=("token", "speaker_id"))
    db["speaker_tokens"].insert_all(({"token": t, "speaker_id": s} for t, s in tokens), batch_size=BATCH)
    variants = sorted({(v, t) for t in {t for t, _ in tokens} for v in one_deletions(t)})
    db["speaker_token_variants"].create({"variant": str, "token": str}, pk=("variant", "token"))
    db["speaker_token_variants"].insert_all(({"variant": v, "token": t} for v, t in variants), batch_size=BATCH)

    db["organisations"].create({"name": str, "kind": str, "quotes": int}, pk=("name", "kind"))
    for kind in ("organisation", "publisher"):
        db.execute(f"insert into organisations (name, kind, quotes) select {kind}, ?, count(*) from quotes "
                   f"where {kind} is not null group by {kind}", [kind])
    db["quotes"].create_index(["speaker_id", "date"])
    for column in ("speaker", "date", "organisation", "publisher", "role"):
        db["quotes"].create_index([column])
    db["speaker_roles"].create_index(["role_key"])
    db["speaker_roles"].create_index(["speaker_id"])
    db["speakers"].create_index(["quote_count"])
    db["quotes"].enable_fts(list(FTS_COLUMNS), fts_version="FTS5", tokenize="porter", create_triggers=False)
    db.analyze()


def write_database(folder: Path, rows: list[dict[str, Any]], speakers: list[dict[str, Any]], dataset: str,
                   version: str) -> Path:
    """Write ``quotes.db`` and ``datasette-metadata.json`` into a release (staging) folder."""
    values = (_values(quote_record(r), QUOTE_COLUMNS) for r in rows)
    return write_database_values(folder, values, len(rows), speakers, dataset, version)


def write_database_values(folder: Path, values: Iterable[tuple], n_quotes: int, speakers: list[dict[str, Any]],
                          dataset: str, version: str) -> Path:
    """As :func:`write_database`, from ``n_quotes`` rows of the ``quotes`` table as tuples (``QUOTE_COLUMNS``)."""
    import sqlite_utils

    folder = Path(folder)
    path = folder / DB_FILE
    if path.exists():
        path.unlink()
    conn = sqlite3.connect(path)
    try:
        # Written once into a staging folder that is discarded on failure: no journal needed.
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        db = sqlite_utils.Database(conn)
        with conn:
            populate_values(db, values, speakers)
            db["_release"].insert({"dataset": dataset, "version": version, "quotes": n_quotes,
                                   "speakers": len(speakers)})
    finally:
        conn.close()
    meta = datasette_metadata(dataset, version)
    (folder / METADATA_FILE).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def memory_database(rows: Iterable[dict[str, Any]], speakers: list[dict[str, Any]]) -> sqlite3.Connection:
    """The same database in memory, for releases published before quotes.db existed."""
    import sqlite_utils

    conn = sqlite3.connect(":memory:")
    populate(sqlite_utils.Database(conn), rows, speakers)
    conn.commit()
    return conn


def connect(path: Path) -> sqlite3.Connection:
    """Open a release's database read-only and immutable, checking that it has the expected tables."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseError(f"{path}: no such file")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
        names = {r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view')")}
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path}: not a readable SQLite database ({exc})") from None
    missing = [t for t in (*TABLES, "quotes_fts") if t not in names]
    if missing:
        conn.close()
        raise OutdatedDatabase(f"{path}: not a quotes database of this layout (missing table {', '.join(missing)})")
    return conn


# ---------------------------------------------------------------- Datasette


def _descriptions(model, skip: Iterable[str] = ()) -> dict[str, str]:
    return {name: f.description for name, f in model.model_fields.items() if f.description and name not in skip}


def quote_column_descriptions() -> dict[str, str]:
    """Column descriptions of the ``quotes`` table, taken from the models."""
    out = _descriptions(Quote, skip=("source", "paragraphs", "date", "inline", "complete"))
    out["text"] = "The quote's paragraphs joined by one blank line."
    src = _descriptions(Source)
    out.update({
        "date": "Release date (ISO 8601, YYYY-MM-DD).",
        "source_url": src["url"],
        "source_file": src["file"],
        "source_release": src["release"],
        "source_paragraph": src["paragraph"],
        "source_line": src["line"],
        "content_id": src["content_id"],
        "inline": "1 when the quote sits inside a narration paragraph in quotation marks.",
        "complete": "0 when the input stops inside the quote.",
    })
    return out


QUOTES_BY_SPEAKER_SQL = """\
select q.date, q.speaker, q.role, q.organisation, q.text, q.title, q.publisher, q.source_url,
       q.source_file, q.source_release, q.source_paragraph, q.quote_id
from quotes q
where q.speaker_id in (
  select speaker_id from speaker_names where key = lower(trim(:speaker))
  union select speaker_id from speakers where speaker_id = lower(trim(:speaker))
)
order by q.date desc, q.quote_id"""

ROLE_HOLDERS_SQL = """\
select role, name, speaker_id, organisation, first_date, last_date, quotes
from speaker_roles
where role like '%' || trim(:role) || '%'
order by first_date, name"""


def datasette_metadata(dataset: str, version: str) -> dict[str, Any]:
    """Datasette 0.65 metadata: titles, descriptions, facets, sorting and canned queries."""
    return {
        "title": f"Quotes from UK government press releases: {dataset} {version}",
        "description": ("Who said what in UK government press releases: one row per attributed quote, with the "
                        "speaker, role, organisation, date and source. Search the quote text, or open "
                        "'Quotes by speaker' to read everything one person said."),
        "license": LICENSE_NAME,
        "license_url": LICENSE_URL,
        "source": "GOV.UK press releases",
        "source_url": "https://www.gov.uk/search/news-and-communications",
        "databases": {
            DB_NAME: {
                "description": f"Release {version} of the {dataset} dataset.",
                "tables": {
                    "quotes": {
                        "title": "Quotes",
                        "description": ("One row per attributed quote. quote_id is stable across releases. "
                                        "Full-text search covers the quote, the speaker and the release title."),
                        "facets": ["speaker", "organisation", "publisher", {"date": "date"}],
                        "sortable_columns": ["date", "speaker", "organisation", "publisher", "role"],
                        "sort_desc": "date",
                        "columns": quote_column_descriptions(),
                    },
                    "speakers": {
                        "title": "Speakers",
                        "description": "One row per person quoted, most quoted first when sorted by quote_count.",
                        "facets": [{"array": "organisations"}],
                        "sort_desc": "quote_count",
                        "columns": {**_descriptions(Speaker),
                                    "roles": "Roles held, as a JSON array with first and last dates seen.",
                                    "aliases": "Other ways the releases write the name, as a JSON array.",
                                    "organisations": "Organisations spoken for, most quoted first, as a JSON array."},
                    },
                    "speaker_roles": {
                        "title": "Roles held",
                        "description": "One row per person and role, with the first and last dates the person was "
                                       "quoted in that role.",
                        "facets": ["role", "organisation"],
                        "sort": "first_date",
                        "columns": {"role_key": "The words of the role, as compared when matching offices.",
                                    "org_key": "Words and acronyms of the organisation, as compared when matching.",
                                    "first_date": "Date of the first quote in this role.",
                                    "last_date": "Date of the last quote in this role.",
                                    "quotes": "Number of quotes in this role."},
                    },
                    "organisations": {
                        "title": "Organisations",
                        "description": "Every organisation spoken for (kind 'organisation') and every body that "
                                       "issued releases (kind 'publisher'), with the number of quotes.",
                        "facets": ["kind"],
                        "sort_desc": "quotes",
                    },
                    "_release": {
                        "title": "Release",
                        "description": "The dataset and version this database belongs to, with its row counts.",
                    },
                    "speaker_names": {"hidden": True},
                    "speaker_tokens": {"hidden": True},
                    "speaker_token_variants": {"hidden": True},
                },
                "queries": {
                    "quotes_by_speaker": {
                        "title": "Quotes by speaker",
                        "description": "Every quote of one person, newest first. Type the name (any case, "
                                       "with or without title) or the speaker_id.",
                        "sql": QUOTES_BY_SPEAKER_SQL,
                    },
                    "role_holders": {
                        "title": "Who held a role",
                        "description": "People quoted in a role whose name contains the words typed, with the "
                                       "first and last dates seen.",
                        "sql": ROLE_HOLDERS_SQL,
                    },
                },
            }
        },
    }
