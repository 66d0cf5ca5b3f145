"""Quote rows spilled to sorted Parquet parts and merged back, with fields settled across the build."""
from __future__ import annotations

from quotes import extract
from quotes.pipeline import bundled_corpus
from quotes.rowstore import FAN_IN, RowStore


def bundled_rows():
    return [q.model_dump() for q in extract(bundled_corpus().read_text(encoding="utf-8"), "home-office.txt")]


def order(row):
    return (row["speaker"] is None, row["speaker"] or "", row["date"] is None, row["date"], row["quote_id"])


def test_many_parts_merge_through_runs_and_read_the_same_twice(tmp_path):
    rows = bundled_rows()
    store = RowStore(tmp_path / "parts", part_rows=2)
    store.add(rows)
    store.close()
    assert len(store.parts) > FAN_IN  # so the merge goes through runs on disk
    # Settle a field after extraction, and leave one release out, as the release step does.
    for slim in store.slim:
        slim["organisation"] = (slim["organisation"] or "").upper() or None
    dropped = store.drop({("home-office.txt", 1)})
    assert dropped > 0
    first = list(store.merged())
    second = list(store.merged())
    assert first == second
    expected = sorted((r for r in rows if r["source"]["release"] != 1), key=order)
    assert [r["quote_id"] for r in first] == [r["quote_id"] for r in expected]
    assert [r["organisation"] for r in first] == [(r["organisation"] or "").upper() or None for r in expected]
    assert [r["text"] for r in first] == [r["text"] for r in expected]
