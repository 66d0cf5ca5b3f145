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
    slim = list(store.table.rows())
    for row in slim:
        row["organisation"] = (row["organisation"] or "").upper() or None
    store.table.update(slim, ("organisation",))
    dropped = store.drop({("home-office.txt", 1)})
    assert dropped > 0
    first = list(store.merged())
    second = list(store.merged())
    assert first == second
    expected = sorted((r for r in rows if r["source"]["release"] != 1), key=order)
    assert [r["quote_id"] for r in first] == [r["quote_id"] for r in expected]
    assert [r["organisation"] for r in first] == [(r["organisation"] or "").upper() or None for r in expected]
    assert [r["text"] for r in first] == [r["text"] for r in expected]


def test_settling_group_by_group_gives_what_settling_the_whole_build_gives(tmp_path):
    import copy

    from quotes.organisation import fill_from_same_speaker
    from quotes.release import _settle, dedupe_ids
    from quotes.speakers import assign_speaker_ids

    rows = bundled_rows()
    # Work for every step: the same quotes read again from another file (repeated IDs, and no
    # organisation to fill from the speaker's other quotes), and a quote attributed to an office only.
    again = copy.deepcopy(rows[:6])
    for row in again:
        row["source"]["file"] = "again.txt"
        row["organisation"] = None
    office = copy.deepcopy(next(r for r in rows if r["role"] == "Home Secretary"))
    office.update(speaker=None, quote_id="q_office", source={**office["source"], "paragraph": 99})
    rows = rows + again + [office]

    expected = copy.deepcopy(rows)
    fill_from_same_speaker(expected)
    dedupe_ids(expected)
    assign_speaker_ids(expected)

    store = RowStore(tmp_path / "parts", part_rows=7)
    store.add(rows)
    store.close()
    _settle(store, None)

    def key(row):
        return row["source"]["file"], row["source"]["release"], row["source"]["paragraph"], row["attribution"]

    settled = {key(r): (r["quote_id"], r["speaker_id"], r["organisation"]) for r in store.table.rows()}
    assert settled == {key(r): (r["quote_id"], r["speaker_id"], r["organisation"]) for r in expected}
    # and the steps had work to do
    assert any(r["quote_id"].endswith("-2") for r in expected)
    assert all(r["organisation"] for r in expected[len(rows) - 7:-1])
    assert expected[-1]["speaker_id"] == "yvette-cooper"


def test_a_workers_rows_are_adopted_after_the_stores_own(tmp_path):
    rows = bundled_rows()
    main, worker = RowStore(tmp_path / "parts", part_rows=5), RowStore(tmp_path / "parts", part_rows=5, prefix="w")
    main.add(rows[:10])
    worker.add(rows[10:])
    worker.close()
    main.adopt(worker)
    assert len(main) == len(rows) and not worker.table.path.exists()
    positions = [r["pos"] for r in main.table.rows()]
    assert positions == list(range(len(rows)))
    assert sorted(r["quote_id"] for r in main.merged()) == sorted(r["quote_id"] for r in rows)
