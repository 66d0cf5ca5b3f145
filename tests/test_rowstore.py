"""Quote rows spilled to sorted Parquet parts and merged back, with fields settled across the build."""
from __future__ import annotations

import pytest

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
    # the same person quoted years later, with no organisation: too far off to lend one
    later = copy.deepcopy(rows[0])
    later.update(organisation=None, date=later["date"].replace(year=later["date"].year + 5), quote_id="q_later",
                 source={**later["source"], "file": "later.txt"})
    # the same person in the same year speaking for their seat: lent nothing
    seat = copy.deepcopy(rows[0])
    seat.update(organisation=None, role="MP for Kingston upon Hull North", quote_id="q_seat",
                source={**seat["source"], "file": "seat.txt"})
    rows = rows + again + [seat, later, office]

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
    assert all(r["organisation"] for r in expected[len(rows) - 9:-3])
    assert expected[-3]["organisation"] is None and expected[-3]["role"].startswith("MP for")
    assert expected[-2]["organisation"] is None
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


def test_the_slim_table_sets_ids_from_names_only_and_lets_go_of_a_table_it_compared_with(tmp_path):
    import pytest

    from quotes.slimtable import READ_BATCH, SlimTable
    from quotes.speakers import speaker_slug

    rows = bundled_rows()
    table = SlimTable(tmp_path / "a.sqlite")
    table.append([{**rows[0], "speaker": ""}, *rows[1:]])
    table.set_from("speaker_id", "speaker", speaker_slug)
    ids = [r["speaker_id"] for r in table.rows()]
    assert ids[0] is None  # an empty name is nobody
    assert ids[1:] == [speaker_slug(r["speaker"]) if r["speaker"] else None for r in rows[1:]]

    # A comparison cut short (more rows than one batch) leaves the other table detached and usable.
    other = SlimTable(tmp_path / "b.sqlite")
    big = [{**rows[0], "quote_id": f"q{k}"} for k in range(READ_BATCH + 10)]
    table.append(big)
    with pytest.raises(RuntimeError):
        for n, _ in enumerate(table.absent_from(other)):
            if n == 5:
                raise RuntimeError("stop")
    assert len(list(table.absent_from(other))) == len(rows) + len(big)
    table.adopt(other)  # would fail if "other" were still attached


def test_an_organisation_is_lent_from_the_nearest_year_only():
    import datetime as dt

    from quotes.organisation import fill_from_same_speaker

    def row(year, organisation):
        return {"speaker": "Gordon Brown", "organisation": organisation, "date": dt.date(year, 6, 1)}

    rows = [row(1999, "HM Treasury"), row(2004, "HM Treasury"), row(2009, "Prime Minister's Office, 10 Downing Street"),
            row(2008, None), row(2003, None), row(2020, None)]
    fill_from_same_speaker(rows)
    assert [r["organisation"] for r in rows[3:]] == ["Prime Minister's Office, 10 Downing Street", "HM Treasury",
                                                    None]


@pytest.mark.parametrize("role, lent", [
    # a member's seat or a former post speaks for no body: the minister's department is not lent to it
    ("MP for Blackpool North and Cleveleys", False),
    ("Conservative MP for Blackpool North and Cleveleys", False),
    ("the former Aviation Minister", False),
    ("Member of the Scottish Parliament for Glasgow Kelvin", False),
    # no role, or a role that names no body, is lent the organisation of the person's other quotes
    (None, True),
    ("Aviation Minister", True),
    ("MP", True),
])
def test_a_seat_or_a_former_post_is_lent_no_organisation(role, lent):
    lent_to = _organisation_lent("Paul Maynard", ("Aviation Minister", "Department for Transport"), role, 2016)
    assert lent_to == ("Department for Transport" if lent else None)


def _organisation_lent(speaker, other_quote, role, year):
    """The organisation a quote with ``role`` and none of its own is given from the same speaker's other quote."""
    import datetime as dt

    from quotes.organisation import fill_from_same_speaker

    other_role, other_organisation = other_quote
    rows = [{"speaker": speaker, "role": other_role, "organisation": other_organisation, "date": dt.date(year, 5, 3)},
            {"speaker": speaker, "role": role, "organisation": None, "date": dt.date(year, 5, 3)}]
    fill_from_same_speaker(rows)
    return rows[1]["organisation"]


@pytest.mark.parametrize("role, lent", [
    # a role that names the body spoken for in the quote's own line is lent no other release's body: people move
    ("Chair of the Association of Police and Crime Commissioners", False),
    ("Managing Director of Southern Railway", False),
    ("Head of Communications at Acme Ltd", False),
    ("Chief Executive of the NSPCC", False),
    # ... but a subject after the title, a minister's title or an office's area is no body
    ("Head of Policy", True),
    ("Director of Government and External Relations", True),
    ("Director of Rail Strategy", True),
    ("Director of Public Health", True),
    ("Minister of State", True),
    ("Chief Investment Officer", True),
])
def test_a_role_that_names_its_own_body_is_lent_no_organisation(role, lent):
    lent_to = _organisation_lent("Emily Spurrell", ("Chair", "Local Government Association"), role, 2025)
    assert lent_to == ("Local Government Association" if lent else None)


def test_parquet_written_from_a_spool_is_the_file_written_from_rows(tmp_path):
    from quotes.publish import PARQUET_WRITER_OPTIONS, sha256_file
    from quotes.rowstore import RowSpool, write_batches, write_rows
    from quotes.schema import arrow_schema

    rows = bundled_rows() * 40  # several row groups, and a last batch that is not full
    schema = arrow_schema().with_metadata({b"dataset_version": b"1.2.3"})
    write_rows(iter(rows), tmp_path / "rows.parquet", schema, row_group=256, **PARQUET_WRITER_OPTIONS)
    spool = RowSpool(tmp_path / "rows.arrows", arrow_schema())
    for row in rows:
        spool.add(row)
    write_batches(spool.batches(schema), tmp_path / "spool.parquet", schema, row_group=256, **PARQUET_WRITER_OPTIONS)
    assert spool.rows == len(rows)
    assert sha256_file(tmp_path / "rows.parquet") == sha256_file(tmp_path / "spool.parquet")
    sizes = [b.num_rows for b in spool.batches()]  # the batches write_rows makes
    assert sum(sizes) == len(rows) and set(sizes[:-1]) == {64}
    spool.remove()
    assert not (tmp_path / "rows.arrows").exists()
