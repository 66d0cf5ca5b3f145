"""quotes.db as a file: reproducible bytes, the row layout, the release table and the canned query.

(Search, facets and Datasette itself are exercised in test_lookup_db.py.)
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from quotes.database import DB_FILE, METADATA_FILE, write_database
from quotes.pipeline import build, bundled_corpus
from quotes.publish import sha256_file
from quotes.speakers import assign_speaker_ids, speakers_table

# One quote written out by hand, with every field of the published row.
ROW = {
    "quote_id": "q_0123456789abcdef",
    "speaker": "Zoë Brontë-Ashworth",
    "role": "Chief Executive",
    "organisation": "Wildlife Trust",
    "date": dt.date(2025, 2, 12),
    "publisher": "Department for Environment, Food and Rural Affairs",
    "title": "Wildlife charity joins river clean-up",
    "text": "Our rivers are recovering.\n\nThanks to <b>thousands</b> of volunteers.",
    "paragraphs": ["Our rivers are recovering.", "Thanks to <b>thousands</b> of volunteers."],
    "attribution": "Chief Executive of the Wildlife Trust, Dame Zoë Brontë-Ashworth, said:",
    "source": {"file": "defra-2025.txt", "release": 4, "paragraph": 7, "line": 120,
               "url": "https://www.gov.uk/government/news/wildlife-charity-joins-river-clean-up",
               "content_id": None},
    "rule": "said-colon",
    "inline": False,
    "complete": True,
}


def _write(folder: Path, rows: list[dict], dataset: str = "demo", version: str = "2.3.4") -> Path:
    rows = [dict(r) for r in rows]
    assign_speaker_ids(rows)
    folder.mkdir(parents=True, exist_ok=True)
    write_database(folder, rows, speakers_table(rows), dataset=dataset, version=version)
    return folder / DB_FILE


def _open(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


@pytest.fixture(scope="module")
def bundled_twice(tmp_path_factory) -> tuple[Path, Path]:
    """The bundled corpus built into two separate output folders, one after the other."""
    base = tmp_path_factory.mktemp("db-twice")
    a = build([bundled_corpus()], out=base / "a").release.path
    b = build([bundled_corpus()], out=base / "b").release.path
    return a, b


def test_a_rebuild_from_the_same_input_is_byte_identical(bundled_twice):
    a, b = bundled_twice
    assert sha256_file(a / DB_FILE) == sha256_file(b / DB_FILE)
    assert (a / METADATA_FILE).read_bytes() == (b / METADATA_FILE).read_bytes()


def test_writing_the_same_rows_twice_gives_the_same_bytes(tmp_path):
    first = _write(tmp_path / "one", [ROW])
    second = _write(tmp_path / "two", [ROW])
    assert first.read_bytes() == second.read_bytes()


def test_only_the_database_and_its_metadata_are_written(tmp_path):
    _write(tmp_path / "rel", [ROW])
    # No journal or WAL file may be left behind: it would land in the release's checksums.
    assert sorted(p.name for p in (tmp_path / "rel").iterdir()) == [METADATA_FILE, DB_FILE]


def test_a_quote_row_is_flattened_for_sql(tmp_path):
    conn = _open(_write(tmp_path / "rel", [ROW]))
    row = dict(conn.execute("select * from quotes").fetchone())
    assert row["quote_id"] == "q_0123456789abcdef"
    assert row["speaker"] == "Zoë Brontë-Ashworth"
    assert row["speaker_id"] == "zoe-bronte-ashworth"
    assert row["date"] == "2025-02-12"  # ISO text: sorts and compares as a date
    assert row["source_file"] == "defra-2025.txt"
    assert row["source_release"] == 4
    assert row["source_paragraph"] == 7
    assert row["source_url"] == "https://www.gov.uk/government/news/wildlife-charity-joins-river-clean-up"
    # The paragraphs are the text's blocks: the text keeps them, one blank line apart.
    assert row["text"] == "Our rivers are recovering.\n\nThanks to <b>thousands</b> of volunteers."
    assert "source" not in row


def test_the_speakers_table_keeps_lists_as_json(tmp_path):
    conn = _open(_write(tmp_path / "rel", [ROW]))
    row = dict(conn.execute("select * from speakers").fetchone())
    assert row["speaker_id"] == "zoe-bronte-ashworth"
    assert row["name"] == "Zoë Brontë-Ashworth"
    assert json.loads(row["aliases"]) == ["Dame Zoë Brontë-Ashworth"]
    assert json.loads(row["organisations"]) == ["Wildlife Trust"]
    roles = json.loads(row["roles"])
    assert [(r["role"], r["organisation"], r["first_date"], r["last_date"], r["quotes"]) for r in roles] == [
        ("Chief Executive", "Wildlife Trust", "2025-02-12", "2025-02-12", 1)]
    assert (row["quote_count"], row["first_quote_date"], row["last_quote_date"]) == (1, "2025-02-12", "2025-02-12")


def test_the_release_table_names_dataset_and_version(tmp_path):
    conn = _open(_write(tmp_path / "rel", [ROW], dataset="quotes-demo", version="2.3.4"))
    rows = [dict(r) for r in conn.execute("select * from _release")]
    assert len(rows) == 1
    assert rows[0]["dataset"] == "quotes-demo"
    assert rows[0]["version"] == "2.3.4"
    assert rows[0]["quotes"] == 1
    assert rows[0]["speakers"] == 1


def test_full_text_index_is_stemmed_and_covers_text_speaker_and_title(tmp_path):
    conn = _open(_write(tmp_path / "rel", [ROW]))

    def hits(expr: str) -> int:
        return conn.execute("select count(*) from quotes where rowid in "
                            "(select rowid from quotes_fts where quotes_fts match ?)", [expr]).fetchone()[0]

    assert hits("volunteer") == 1  # "volunteers" in the text, stemmed
    assert hits("recover") == 1  # "recovering"
    assert hits("speaker : ashworth") == 1
    assert hits("title : charity") == 1
    assert hits("title : volunteers") == 0  # the word is in the text, not in the title
    assert hits("badgers") == 0


def test_the_canned_query_answers_for_any_written_form_of_the_name(bundled_twice):
    meta = json.loads((bundled_twice[0] / METADATA_FILE).read_text(encoding="utf-8"))
    sql = meta["databases"]["quotes"]["queries"]["quotes_by_speaker"]["sql"]
    conn = _open(bundled_twice[0] / DB_FILE)
    # The bundled corpus quotes Dame Diana Johnson three times (9 and 15 January 2025).
    for written in ("Diana Johnson", "Dame Diana Johnson", "diana johnson", "diana-johnson"):
        rows = conn.execute(sql, {"speaker": written}).fetchall()
        assert len(rows) == 3, written
    assert conn.execute(sql, {"speaker": "Nobody Atall"}).fetchall() == []


def test_metadata_describes_the_database_for_datasette(bundled_twice):
    meta = json.loads((bundled_twice[0] / METADATA_FILE).read_text(encoding="utf-8"))
    assert list(meta["databases"]) == [Path(DB_FILE).stem]  # Datasette names the database after the file
    assert meta["license"] == "Open Government Licence v3.0"
    assert meta["license_url"].startswith("https://www.nationalarchives.gov.uk/doc/open-government-licence/")
    quotes = meta["databases"]["quotes"]["tables"]["quotes"]
    facet_columns = [f if isinstance(f, str) else next(iter(f.values())) for f in quotes["facets"]]
    assert facet_columns == ["speaker", "organisation", "publisher", "date"]
    assert {"date", "speaker", "organisation"} <= set(quotes["sortable_columns"])
    assert quotes["description"] and meta["title"] and meta["description"]
    assert "1.0.0" in meta["title"]


def _varied_rows() -> list[dict]:
    """The bundled corpus's quote rows, and rows with every nullable field empty."""
    from quotes import extract

    rows = [q.model_dump() for q in extract(bundled_corpus().read_text(encoding="utf-8"), "home-office.txt")]
    empty = dict(ROW, quote_id="q_empty", speaker=None, speaker_id=None, role=None, organisation=None, date=None,
                 publisher=None, source={"file": "x.txt", "release": 1, "paragraph": 2, "line": None, "url": None,
                                         "content_id": "abc"}, inline=True, complete=False)
    return rows + [dict(ROW), empty]


def test_quote_values_of_an_arrow_batch_are_those_of_each_row():
    import pyarrow as pa

    from quotes.database import QUOTE_COLUMNS, _values, batch_quote_values, quote_record
    from quotes.schema import arrow_schema

    rows = _varied_rows()
    batch = pa.RecordBatch.from_pylist(rows, schema=arrow_schema())
    read_back = batch.to_pylist()  # rows as the release reads them from Parquet
    assert batch_quote_values(batch) == [_values(quote_record(r), QUOTE_COLUMNS) for r in read_back]


def test_a_database_from_quote_values_is_the_database_from_rows(tmp_path):
    import pyarrow as pa

    from quotes.database import batch_quote_values, write_database_values
    from quotes.schema import arrow_schema

    rows = _varied_rows()
    assign_speaker_ids(rows)
    rows = pa.Table.from_pylist(rows, schema=arrow_schema()).to_pylist()
    speakers = speakers_table(rows)
    (tmp_path / "rows").mkdir()
    (tmp_path / "values").mkdir()
    write_database(tmp_path / "rows", rows, speakers, dataset="demo", version="1.0.0")
    batch = pa.RecordBatch.from_pylist(rows, schema=arrow_schema())
    write_database_values(tmp_path / "values", iter(batch_quote_values(batch)), len(rows), speakers, dataset="demo",
                          version="1.0.0")
    assert sha256_file(tmp_path / "rows" / DB_FILE) == sha256_file(tmp_path / "values" / DB_FILE)
