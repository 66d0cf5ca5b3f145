"""Speaker identity: stable IDs from names, offices tied to people, the speakers table.

The releases below are written by hand; every expected value was worked out
from them, not read back from the code:

* 3 March 2025: "The Policing Minister said:" and, later in the same
  release, "Diana Johnson, Minister for Policing, added:".
* 10 April 2025: "Policing Minister Dame Diana Johnson" and "Justice Secretary
  Shabana Mahmood".
* 2 May 2025: "The Justice Secretary said:" (nobody named in the release;
  Shabana Mahmood was last quoted as Justice Secretary 22 days earlier), a
  Ministry of Justice spokesperson, and "The Minister said:" (a title several people hold).
* 20 June 2025: "Diana R. Johnson, Minister for Policing".
* 12 September 2025: "Justice Secretary David Lammy".
* 1 June 2026: "The Justice Secretary said:", 262 days after David Lammy's
  last quote as Justice Secretary: too far to say who it was.
* 1 June 2019: "The Justice Secretary said:", before anyone is seen in the office.
"""
from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import dump, release, run_quotes
from quotes.pipeline import build, bundled_corpus
from quotes.release import SPEAKERS_FILE, load_rows
from quotes.speakers import (
    Tenure,
    holders_on,
    is_single_office,
    name_key,
    person_key,
    role_key,
    speaker_slug,
    speakers_table,
)

D = dt.date

RELEASES = dump(
    release("New powers to tackle knife crime", [
        "New powers will let police seize knives more quickly.",
        "The Policing Minister said:",
        "We are giving officers the tools they need to take knives off our streets.",
        "Diana Johnson, Minister for Policing, added:",
        "Every knife seized is a life potentially saved."], date="3 March 2025", month="March 2025"),
    release("Police funding settlement", [
        "The funding settlement was published today.",
        "Policing Minister Dame Diana Johnson said:",
        "This settlement puts more officers on the beat in every force.",
        "Justice Secretary Shabana Mahmood said:",
        "Police funding will rise next year."], date="10 April 2025", month="April 2025"),
    release("Summer crime plan", [
        "The plan was published today.",
        "The Justice Secretary said:",
        "This summer we will crack down on antisocial behaviour in town centres.",
        "A Ministry of Justice spokesperson said:",
        "Details will be set out in due course.",
        "The Minister said:",
        "We are determined to act."], date="2 May 2025", month="May 2025"),
    release("Prisons plan", [
        "A prisons plan was published.",
        "Justice Secretary David Lammy said:",
        "Securing our prisons is my first priority."], date="12 September 2025", month="September 2025"),
    release("Winter plan", [
        "The plan was published today.",
        "The Justice Secretary said:",
        "Winter brings new pressures on prisons."], date="1 June 2026", month="June 2026"),
    release("Historic announcement", [
        "An old plan.",
        "The Justice Secretary said:",
        "This is a plan from long ago."], date="1 June 2019", month="June 2019"),
    release("Policing review", [
        "A review was announced.",
        "Diana R. Johnson, Minister for Policing, said:",
        "The review will report next year."], date="20 June 2025", month="June 2025"),
)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("speakers")
    dump_file = folder / "home-office-2025.txt"
    dump_file.write_text(RELEASES, encoding="utf-8")
    first = build([dump_file], out=folder / "output").release.path
    # A later release of the same dataset with the bundled corpus added.
    second = build([dump_file, bundled_corpus()], out=folder / "output").release.path
    return {"first": first, "second": second, "rows": load_rows(first)}


def _row(built: dict, text_start: str) -> dict:
    found = [r for r in built["rows"] if r["text"].startswith(text_start)]
    assert len(found) == 1, f"expected one quote starting {text_start!r}, found {len(found)}"
    return found[0]


# ---------------------------------------------------------------- names


@pytest.mark.parametrize("name", [
    "Diana Johnson", "Dame Diana Johnson", "The Rt Hon Dame Diana Johnson DBE MP", "DIANA JOHNSON",
    "Diana R. Johnson", "diana johnson",
])
def test_every_way_of_writing_a_name_gives_one_slug(name):
    assert speaker_slug(name) == "diana-johnson"


def test_slugs_drop_accents_and_punctuation_but_keep_peerages():
    assert speaker_slug("Zoë Brontë-Ashworth") == "zoe-bronte-ashworth"
    assert speaker_slug("Siobhán O’Connell") == "siobhan-o-connell"
    assert speaker_slug("Baroness Kidron") == "baroness-kidron"
    assert speaker_slug("Sir Keir Starmer KCB KC") == "keir-starmer"


def test_name_keys_keep_two_words_at_least():
    # "Dr" would be dropped in front of a longer name, but a two-word name stays whole.
    assert name_key("Dr Who") == "dr who"
    assert name_key("Dr Jane Smith") == "jane smith"
    assert person_key("Mary Ann Smith") == "mary ann smith"  # only one-letter middle words are initials


def test_different_people_keep_different_slugs():
    assert speaker_slug("Diana Johnson") != speaker_slug("Aleyne Johnson")
    assert speaker_slug("Jane Smith") != speaker_slug("John Smith")


# ---------------------------------------------------------------- offices


@pytest.mark.parametrize("a, b", [
    ("Minister for Policing", "Policing Minister"),
    ("Secretary of State for the Home Department", "Home Secretary"),
    ("Secretary of State for Transport", "Transport Secretary"),
    ("Minister of State for Policing", "Minister for Policing"),
    ("home secretary", "Home Secretary"),
])
def test_one_office_written_two_ways(a, b):
    assert role_key(a) == role_key(b)


@pytest.mark.parametrize("a, b", [
    ("Shadow Home Secretary", "Home Secretary"),
    ("Minister for Policing, Fire and Crime Prevention", "Minister for Policing"),
    ("Transport Secretary", "Home Secretary"),
])
def test_different_offices_stay_apart(a, b):
    assert role_key(a) != role_key(b)


@pytest.mark.parametrize("role, org, expected", [
    ("Home Secretary", "Home Office", True),
    ("Policing Minister", None, True),
    ("spokesperson", "Home Office", False),
    ("Home Office spokesperson", None, False),
    ("Minister", "Home Office", False),
    ("Mayor", "Greater London Authority", True),
    ("Mayor", None, False),
    ("Director", "Network Rail", False),
    ("", "Home Office", False),
])
def test_which_titles_name_one_person(role, org, expected):
    assert is_single_office(role, org) is expected


def test_holder_on_a_date_from_first_and_last_quotes():
    spans = [Tenure("suella-braverman", D(2023, 3, 1), D(2023, 6, 20)),
             Tenure("james-cleverly", D(2024, 1, 10), D(2024, 3, 5)),
             Tenure("yvette-cooper", D(2025, 1, 9), D(2025, 2, 6))]
    within = holders_on(spans, D(2023, 5, 1))
    assert [(h.speaker_id, h.relation, h.gap_days) for h in within] == [("suella-braverman", "within", 0)]
    # After Braverman's last quote (20 June 2023) and before Cleverly's first: 103 days since her last.
    since = holders_on(spans, D(2023, 10, 1))
    assert [(h.speaker_id, h.relation, h.gap_days) for h in since] == [("suella-braverman", "since", 103)]
    assert holders_on(spans, D(2022, 1, 1)) == []
    assert [h.speaker_id for h in holders_on(spans, D(2025, 2, 6))] == ["yvette-cooper"]


def test_two_people_quoted_in_one_office_at_once_are_both_holders():
    spans = [Tenure("a-person", D(2024, 1, 1), D(2024, 12, 31)), Tenure("b-person", D(2024, 6, 1), D(2025, 6, 1))]
    assert [h.speaker_id for h in holders_on(spans, D(2024, 7, 1))] == ["a-person", "b-person"]


# ---------------------------------------------------------------- a real build


def test_named_quotes_get_the_slug_of_the_name(built):
    assert _row(built, "Every knife seized")["speaker_id"] == "diana-johnson"
    assert _row(built, "This settlement puts")["speaker_id"] == "diana-johnson"
    assert _row(built, "The review will report")["speaker"] == "Diana R. Johnson"
    assert _row(built, "The review will report")["speaker_id"] == "diana-johnson"
    assert _row(built, "Securing our prisons")["speaker_id"] == "david-lammy"


def test_an_office_named_later_in_the_same_release_is_its_holder(built):
    # "The Policing Minister said:" first, "Diana Johnson, Minister for Policing, added:" later.
    row = _row(built, "We are giving officers")
    assert (row["speaker"], row["role"]) == ("Diana Johnson", "Policing Minister")  # the office as written here
    assert row["speaker_id"] == "diana-johnson"


def test_an_unnamed_quote_in_an_office_is_tied_to_the_holder_quoted_in_the_same_release():
    from quotes.speakers import assign_speaker_ids

    def row(speaker, role, release):
        return {"speaker": speaker, "role": role, "organisation": "Home Office", "date": D(2025, 3, 3),
                "title": "t", "publisher": "Home Office", "source": {"file": "a.txt", "release": release}}

    rows = [row(None, "Policing Minister", 1), row("Diana Johnson", "Policing Minister", 1),
            row(None, "Policing Minister", 2)]
    assign_speaker_ids(rows)
    assert [r["speaker_id"] for r in rows[:2]] == ["diana-johnson", "diana-johnson"]


def test_an_office_is_tied_to_the_person_quoted_in_it_shortly_before(built):
    row = _row(built, "This summer we will crack down")
    assert row["speaker"] is None
    assert row["speaker_id"] == "shabana-mahmood"


def test_offices_that_cannot_be_tied_to_one_person_stay_unnamed(built):
    assert _row(built, "Details will be set out")["speaker_id"] is None  # a spokesperson
    assert _row(built, "We are determined to act")["speaker_id"] is None  # "the Minister": shared title
    assert _row(built, "Winter brings new pressures")["speaker_id"] is None  # 262 days after the last holder
    assert _row(built, "This is a plan from long ago")["speaker_id"] is None  # before anyone held it


def test_speakers_table_has_aliases_roles_with_dates_and_counts(built):
    table = {s["speaker_id"]: s for s in speakers_table(built["rows"])}
    diana = table["diana-johnson"]
    assert diana["name"] == "Diana Johnson"
    assert set(diana["aliases"]) == {"Dame Diana Johnson", "Diana R. Johnson"}
    # Three named quotes (3 March, 10 April, 20 June) plus the one given as "the Policing Minister".
    assert diana["quote_count"] == 4
    assert diana["first_quote_date"] == D(2025, 3, 3)
    assert diana["last_quote_date"] == D(2025, 6, 20)
    roles = [(r["role"], r["first_date"], r["last_date"], r["quotes"]) for r in diana["roles"]]
    assert sorted(roles) == [
        ("Minister for Policing", D(2025, 3, 3), D(2025, 6, 20), 2),  # knife crime, policing review
        ("Policing Minister", D(2025, 3, 3), D(2025, 4, 10), 2),  # by office only, funding settlement
    ]
    assert diana["organisations"] == ["Home Office"]
    mahmood = table["shabana-mahmood"]
    assert mahmood["quote_count"] == 2 and mahmood["aliases"] == []  # 10 April by name, 2 May by office
    assert [s["speaker_id"] for s in speakers_table(built["rows"])] == [
        "diana-johnson", "shabana-mahmood", "david-lammy"]


def test_the_published_speakers_file_matches_the_rows(built):
    import pyarrow.parquet as pq

    published = pq.read_table(built["first"] / SPEAKERS_FILE).to_pylist()
    assert published == speakers_table(built["rows"])


def test_ids_are_the_same_in_a_later_release(built):
    first = {r["quote_id"]: r["speaker_id"] for r in built["rows"]}
    later = {r["quote_id"]: r["speaker_id"] for r in load_rows(built["second"])}
    assert built["second"].name != built["first"].name
    assert all(later[qid] == sid for qid, sid in first.items())
    # The bundled corpus adds Dame Diana Johnson's three January quotes under the same ID.
    johnson = [r for r in load_rows(built["second"]) if r["speaker_id"] == "diana-johnson"]
    assert len(johnson) == 4 + 3


def test_lookup_by_name_finds_the_quote_given_by_office(built):
    proc = run_quotes("lookup", "Diana Johnson", "--format", "json", "--dataset", str(built["first"]))
    assert proc.returncode == 0, proc.stderr
    texts = [q["text"] for q in json.loads(proc.stdout)["quotes"]]
    assert "We are giving officers the tools they need to take knives off our streets." in texts
    assert len(texts) == 4
