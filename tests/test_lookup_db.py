"""The release database (quotes.db), its Datasette metadata, and `quotes serve`."""
from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from quotes.database import DB_FILE, METADATA_FILE, DatabaseError, connect
from quotes.lookup import lookup
from quotes.publish import sha256_file
from quotes.release import load_rows, verify_release
from quotes.serve import datasette_app

from conftest import ROOT, run_quotes
from lookup_data import COOPER, HOME_SECRETARY, JOHNSON, SCRIPT, build_release


@pytest.fixture(scope="module")
def rel(tmp_path_factory) -> Path:
    return build_release(tmp_path_factory.mktemp("lookup-db"))


def get(app, path: str):
    async def fetch():
        return await app.client.get(path)

    return asyncio.run(fetch())


# ---------------------------------------------------------------- the database file


def test_database_has_every_quote_and_speaker(rel):
    conn = connect(rel / DB_FILE)
    rows = load_rows(rel)
    assert conn.execute("select count(*) from quotes").fetchone()[0] == len(rows)
    ids = {r[0] for r in conn.execute("select quote_id from quotes")}
    assert ids == {r["quote_id"] for r in rows}
    manifest = json.loads((rel / "release.json").read_text())
    assert conn.execute("select count(*) from speakers").fetchone()[0] == manifest["row_counts"]["speakers"]
    cooper = conn.execute("select quote_count, first_quote_date, last_quote_date from speakers "
                          "where speaker_id = 'yvette-cooper'").fetchone()
    assert cooper == (COOPER, "2025-01-09", "2025-02-06")


def test_full_text_search_uses_porter_stemming(rel):
    conn = connect(rel / DB_FILE)
    sql = conn.execute("select sql from sqlite_master where name = 'quotes_fts'").fetchone()[0]
    assert "fts5" in sql.lower() and "porter" in sql
    assert [r[1] for r in conn.execute("pragma table_info(quotes_fts)")] == ["text", "speaker", "title"]
    found = conn.execute("select q.speaker from quotes q join quotes_fts f on f.rowid = q.rowid "
                         "where quotes_fts match 'text : shoplifters'").fetchall()
    assert found == [("James Cleverly",)]  # "shoplifters" and "Shoplifting" both stem to "shoplift"


def test_indexes_for_speaker_and_date(rel):
    conn = connect(rel / DB_FILE)
    indexes = [r[1] for r in conn.execute("pragma index_list(quotes)")]
    columns = {tuple(c[2] for c in conn.execute(f"pragma index_info('{name}')")) for name in indexes}
    assert {("speaker_id", "date"), ("speaker",), ("date",)} <= columns
    plan = " ".join(r[3] for r in conn.execute(
        "explain query plan select * from quotes where speaker_id = 'diana-johnson' order by date desc"))
    assert "USING INDEX" in plan


def test_database_and_metadata_are_in_the_checksums(rel):
    listed = {line.split("  ", 1)[1] for line in (rel / "SHA256SUMS").read_text().splitlines()}
    assert {DB_FILE, METADATA_FILE} <= listed
    files = {f["path"] for f in json.loads((rel / "release.json").read_text())["files"]}
    assert {DB_FILE, METADATA_FILE} <= files
    assert verify_release(rel) == []


def test_reading_never_changes_the_database(rel):
    before = sha256_file(rel / DB_FILE)
    lookup(rel, "diana jonson")
    lookup(rel, "Home Secretary", contains="streets")
    get(datasette_app(rel), "/quotes/quotes.json?_search=phone")
    assert sha256_file(rel / DB_FILE) == before
    assert sorted(p.name for p in rel.iterdir() if p.name.startswith("quotes.db")) == [DB_FILE]
    assert verify_release(rel) == []


def test_a_tampered_database_fails_verification(rel, tmp_path):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(rel, copy)
    conn = sqlite3.connect(copy / DB_FILE)
    conn.execute("update quotes set text = 'made up' where speaker_id = 'diana-johnson'")
    conn.commit()
    conn.close()
    assert any(p.startswith(f"{DB_FILE}: checksum mismatch") for p in verify_release(copy))


def test_connect_rejects_other_sqlite_files(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("create table t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="other.db: not a quotes database of this layout"):
        connect(other)
    (tmp_path / "junk.db").write_bytes(b"\0" * 4096)
    with pytest.raises(DatabaseError, match="junk.db: not a readable SQLite database"):
        connect(tmp_path / "junk.db")


# ---------------------------------------------------------------- Datasette, in process


def test_metadata_names_the_database_and_sets_facets(rel):
    meta = json.loads((rel / METADATA_FILE).read_text())
    assert "quotes 1.0.0" in meta["title"]
    table = meta["databases"]["quotes"]["tables"]["quotes"]
    assert table["facets"] == ["speaker", "organisation", "publisher", {"date": "date"}]
    assert table["columns"]["speaker_id"].startswith("Readable slug")
    assert "quotes_by_speaker" in meta["databases"]["quotes"]["queries"]


def test_datasette_full_text_search(rel):
    app = datasette_app(rel)
    r = get(app, "/quotes/quotes.json?_search=shoplifters&_shape=objects")
    assert r.status_code == 200
    assert [row["speaker"] for row in r.json()["rows"]] == ["James Cleverly"]
    r = get(app, "/quotes/quotes.json?_search_text=tolerated&_shape=objects")  # one column, stemmed
    assert [row["speaker"] for row in r.json()["rows"]] == ["Suella Braverman"]  # "will not tolerate it"


def test_datasette_facets(rel):
    r = get(datasette_app(rel), "/quotes/quotes.json?_size=0")
    facets = r.json()["facet_results"]
    assert set(facets) == {"speaker", "organisation", "publisher", "date"}
    speaker = {f["value"]: f["count"] for f in facets["speaker"]["results"]}
    assert speaker["Yvette Cooper"] == COOPER and speaker["Diana Johnson"] == JOHNSON
    assert facets["date"]["type"] == "date"
    r = get(datasette_app(rel), "/quotes/quotes.json?_size=0&speaker=James+Cleverly")
    publisher = r.json()["facet_results"]["publisher"]["results"]
    assert [(f["value"], f["count"]) for f in publisher] == [("Home Office", 2)]


def test_datasette_canned_quotes_by_speaker(rel):
    app = datasette_app(rel)
    for who in ("Dame Diana Johnson", "diana johnson", "diana-johnson"):
        r = get(app, "/quotes/quotes_by_speaker.json?_shape=array&speaker=" + urllib.parse.quote(who))
        rows = r.json()
        assert len(rows) == JOHNSON, who
        assert [row["date"] for row in rows] == ["2025-01-15", "2025-01-15", "2025-01-09"]
    r = get(app, "/quotes/role_holders.json?_shape=array&role=Home+Secretary")
    assert {row["name"] for row in r.json()} == {"Yvette Cooper", "James Cleverly", "Suella Braverman"}


def test_datasette_escapes_html_in_quotes(rel):
    r = get(datasette_app(rel), "/quotes/quotes?speaker=" + urllib.parse.quote("Siobhán O’Connell"))
    assert r.status_code == 200
    assert "1 row where" in r.text
    assert "alert(&#39;x&#39;)" in r.text or "&lt;script&gt;alert" in r.text
    assert SCRIPT not in r.text


def test_datasette_hides_the_name_index_tables(rel):
    r = get(datasette_app(rel), "/quotes.json")
    visible = {t["name"] for t in r.json()["tables"] if not t["hidden"]}
    assert {"quotes", "speakers", "speaker_roles"} <= visible
    assert not {"speaker_names", "speaker_tokens"} & visible


# ---------------------------------------------------------------- quotes serve


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_starts_datasette_on_localhost(rel):
    port = _free_port()
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "quotes", "serve", str(rel), "--port", str(port)], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}/quotes/quotes_by_speaker.json?_shape=array&speaker=yvette+cooper"
        rows = None
        deadline = time.monotonic() + 60
        while rows is None and time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(url, timeout=5) as resp:
                    rows = json.load(resp)
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        assert proc.poll() is None, proc.communicate()[1]
        assert rows is not None and len(rows) == COOPER
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/quotes/quotes.json?_search=thefts&_shape=objects",
                                    timeout=5) as resp:
            assert any("phone theft" in r["text"] for r in json.load(resp)["rows"])
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        try:
            _, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            _, err = proc.communicate()
    assert proc.returncode == 130, err
    assert "Serving" in err and f"127.0.0.1:{port}" in err


def test_serve_refuses_a_release_without_database(rel, tmp_path):
    import shutil

    copy = tmp_path / "old"
    shutil.copytree(rel, copy)
    (copy / DB_FILE).unlink()
    out = run_quotes("serve", str(copy), "--port", "0")
    assert out.returncode == 2
    assert f"no {DB_FILE}" in out.stderr and "Traceback" not in out.stderr
    missing = run_quotes("serve", str(tmp_path / "nowhere"))
    assert missing.returncode == 2 and "no release found" in missing.stderr


def test_home_secretary_count_matches_the_database(rel):
    conn = connect(rel / DB_FILE)
    assert conn.execute("select count(*) from quotes where role = 'Home Secretary'").fetchone()[0] == HOME_SECRETARY
