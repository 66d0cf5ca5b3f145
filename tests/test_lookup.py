"""`quotes lookup` and `quotes speakers`: names, roles, filters and output formats on a real build."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from markdown_it import MarkdownIt

from quotes.cli import cli
from quotes.lookup import lookup

from conftest import run_quotes
from lookup_data import COOPER, ESCAPE, HOME_SECRETARY, JOHNSON, SCRIPT, build_release


@pytest.fixture(scope="module")
def rel(tmp_path_factory) -> Path:
    return build_release(tmp_path_factory.mktemp("lookup"))


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def names(result) -> list[str]:
    return [s["name"] for s in result.match.speakers]


# ---------------------------------------------------------------- names


@pytest.mark.parametrize("query", [
    "Diana Johnson", "diana johnson", "DIANA JOHNSON", "Dame Diana Johnson", "  diana   johnson ",
    "diana-johnson", "diana jonson", "dianna johnson", "johnson diana", "D Johnson",
])
def test_name_variants_and_typos_resolve_to_the_person(rel, query):
    result = lookup(rel, query)
    assert result.match.kind == "speaker"
    assert names(result) == ["Diana Johnson"]
    assert len(result.quotes) == JOHNSON
    assert {q["speaker_id"] for q in result.quotes} == {"diana-johnson"}


@pytest.mark.parametrize("query", [
    "Zoë Brontë-Ashworth", "zoe bronte-ashworth", "ZOE BRONTE ASHWORTH", "zoe bronteashworth", "bronte ashworth",
    "zoe bronte-ashwort",
])
def test_accents_hyphens_and_case_are_optional(rel, query):
    result = lookup(rel, query)
    assert names(result) == ["Zoë Brontë-Ashworth"], query
    assert len(result.quotes) == 1


@pytest.mark.parametrize("query", ["Siobhán O’Connell", "siobhan o'connell", "siobhan oconnell", "O'Connell",
                                   "siobhan o connel"])
def test_apostrophes_are_optional(rel, query):
    assert names(lookup(rel, query)) == ["Siobhán O’Connell"]


def test_a_surname_alone_lists_the_candidates(rel):
    result = lookup(rel, "Johnson")
    assert result.match.kind == "ambiguous"
    assert names(result) == ["Diana Johnson", "Aleyne Johnson"]  # most quoted first
    assert result.quotes == []
    out = run("lookup", "johnson", "--dataset", str(rel))
    assert out.exit_code == 0
    assert "matches 2 people" in out.output
    assert "diana-johnson" in out.output and "aleyne-johnson" in out.output


def test_org_narrows_the_candidates(rel):
    result = lookup(rel, "Johnson", org="Home Office")
    assert names(result) == ["Diana Johnson"]
    assert len(result.quotes) == JOHNSON


def test_a_typo_too_far_is_not_a_match(rel):
    # Two letters wrong in a six-letter word is beyond the tolerance of one.
    assert lookup(rel, "yvxtte cooper").match.kind == "speaker"
    far = lookup(rel, "yvxttx cooper")
    assert far.match.kind == "none" and far.quotes == []


# ---------------------------------------------------------------- roles


def test_a_role_finds_the_quotes_given_in_it(rel):
    result = lookup(rel, "Home Secretary")
    assert result.match.kind == "role"
    assert set(names(result)) == {"Yvette Cooper", "James Cleverly", "Suella Braverman"}
    assert len(result.quotes) == HOME_SECRETARY
    assert {q["role"] for q in result.quotes} == {"Home Secretary"}


def test_role_titles_written_differently_are_one_office(rel):
    # "Policing Minister", "Minister for Crime and Policing", "Minister for Policing, Fire and Crime Prevention".
    result = lookup(rel, "the Policing Minister")
    assert result.match.kind == "role" and names(result) == ["Diana Johnson"]
    assert len(result.quotes) == JOHNSON
    formal = lookup(rel, "Secretary of State for the Home Department")
    assert formal.match.kind == "role" and len(formal.quotes) == HOME_SECRETARY


def test_a_role_with_its_organisation_in_the_query(rel):
    result = lookup(rel, "NCA Director General")
    assert names(result) == ["Graeme Biggar"]
    assert lookup(rel, "Director General", org="National Crime Agency").match.speakers == result.match.speakers


@pytest.mark.parametrize("day, who", [
    ("2023-05-01", "Suella Braverman"),  # between her two quotes
    ("2024-02-01", "James Cleverly"),
    ("2025-01-20", "Yvette Cooper"),
    ("2025-06-01", "Yvette Cooper"),  # after the last quote of the last holder: still in post
])
def test_role_on_a_date_is_whoever_held_it(rel, day, who):
    result = lookup(rel, "Home Secretary", on=dt.date.fromisoformat(day))
    assert result.match.kind == "speaker"
    assert names(result) == [who]
    assert result.quotes and {q["speaker"] for q in result.quotes} == {who}


def test_role_on_a_date_between_two_holders_lists_both(rel):
    result = lookup(rel, "Home Secretary", on=dt.date(2024, 8, 1))
    assert result.match.kind == "ambiguous"
    assert sorted(names(result)) == ["James Cleverly", "Yvette Cooper"]
    assert "2024-03-05" in result.match.note and "2025-01-09" in result.match.note
    assert result.quotes == []


def test_role_on_a_date_before_anyone_held_it(rel):
    out = run("lookup", "Home Secretary", "--on", "2020-01-01", "--dataset", str(rel))
    assert out.exit_code == 0
    assert "nobody is quoted in that role on or before 2020-01-01" in out.output
    assert "Suella Braverman on 2023-03-01" in out.output


def test_shadow_and_other_qualified_offices_are_different_roles(rel):
    assert lookup(rel, "Shadow Home Secretary").match.kind == "none"


# ---------------------------------------------------------------- filters


def test_filters_combine(rel):
    every = lookup(rel, "Home Secretary")
    window = lookup(rel, "Home Secretary", since=dt.date(2024, 1, 1), until=dt.date(2025, 1, 31))
    expected = [q for q in every.quotes if "2024-01-01" <= q["date"] <= "2025-01-31"]
    assert [q["quote_id"] for q in window.quotes] == [q["quote_id"] for q in expected]
    assert len(window.quotes) == 4  # Cleverly twice, Cooper on 9 and 30 January 2025
    narrowed = lookup(rel, "Home Secretary", since=dt.date(2024, 1, 1), contains="shoplifting")
    assert [q["speaker"] for q in narrowed.quotes] == ["James Cleverly"]
    assert lookup(rel, "Home Secretary", publisher="Home Office").quotes == every.quotes
    assert lookup(rel, "Home Secretary", publisher="Department for Transport").quotes == []


def test_contains_is_stemmed_full_text_over_the_quote(rel):
    # "thefts" finds "theft"; only one Cooper quote speaks of theft (the phone-theft summit).
    result = lookup(rel, "Yvette Cooper", contains="thefts")
    assert len(result.quotes) == 1
    assert "phone theft" in result.quotes[0]["text"]
    assert len(lookup(rel, "Yvette Cooper", contains='"phone thefts"').quotes) == 1
    assert lookup(rel, "Yvette Cooper", contains="shoplifting").quotes == []
    # Only stemming finds "Shoplifting is not a victimless crime" from "shoplifters".
    assert [q["speaker"] for q in lookup(rel, "Home Secretary", contains="shoplifters").quotes] == ["James Cleverly"]


def test_contains_with_search_syntax_is_taken_literally(rel):
    for words in ['AND OR NOT', 'phone" OR "x', "text:*", "NEAR(a b)"]:
        lookup(rel, "Yvette Cooper", contains=words)  # no FTS syntax error
    out = run("lookup", "Yvette Cooper", "--contains", "...", "--dataset", str(rel))
    assert out.exit_code == 2 and "no words to search for" in out.output


def test_month_and_year_dates(rel):
    jan = run("lookup", "yvette cooper", "--since", "2025-01", "--until", "2025-01", "--format", "json",
              "--dataset", str(rel))
    data = json.loads(jan.stdout)
    assert [q["date"] for q in data["quotes"]] == ["2025-01-30", "2025-01-09"]  # newest first
    bad = run("lookup", "yvette cooper", "--since", "2025-13", "--dataset", str(rel))
    assert bad.exit_code == 2 and "2025-13" in bad.output


def test_org_filter_on_quotes(rel):
    assert len(lookup(rel, "Diana Johnson", org="home office").quotes) == JOHNSON
    assert lookup(rel, "Diana Johnson", org="Ministry of Justice").quotes == []


# ---------------------------------------------------------------- formats


def test_json_is_well_formed(rel):
    out = run("lookup", "Yvette Cooper", "--format", "json", "--dataset", str(rel))
    assert out.exit_code == 0
    data = json.loads(out.stdout)
    assert data["match"]["kind"] == "speaker" and data["count"] == COOPER == len(data["quotes"])
    first = data["quotes"][0]
    assert first["speaker"] == "Yvette Cooper" and first["date"] == "2025-02-06"
    assert first["source"]["file"] == "home-office-2025-01-02.txt"
    assert first["citation"].startswith("Yvette Cooper, Home Secretary, Home Office, 6 February 2025")


def test_csv_has_a_header_and_one_row_per_quote(rel):
    out = run("lookup", "Home Secretary", "--format", "csv", "--dataset", str(rel))
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert len(rows) == HOME_SECRETARY
    assert out.stdout.splitlines()[0].startswith("quote_id,date,speaker,")
    assert {r["speaker"] for r in rows} == {"Yvette Cooper", "James Cleverly", "Suella Braverman"}
    empty = run("lookup", "Zebedee Quint", "--format", "csv", "--dataset", str(rel))
    assert empty.exit_code == 0 and empty.stdout.startswith("quote_id,") and len(empty.stdout.splitlines()) == 1


def test_markdown_has_one_citation_per_quote(rel):
    out = run("lookup", "Home Secretary", "--format", "markdown", "--dataset", str(rel))
    lines = out.stdout.splitlines()
    assert len(lines) == HOME_SECRETARY
    assert all(line.startswith("- **") and "Dataset quotes 1.0.0, quote q" in line for line in lines)
    html = MarkdownIt().render(out.stdout)
    assert html.count("<li>") == HOME_SECRETARY


def test_text_view_shows_speaker_role_date_title_source_and_quote(rel):
    out = run("lookup", "Diana Johnson", "--dataset", str(rel))
    assert out.exit_code == 0
    text = out.output
    assert "2025-01-09  Diana Johnson · Minister for Crime and Policing · Home Office" in text
    assert "Release: More support for victims of antisocial behaviour (Home Office)" in text
    assert "Source:  home-office-2025-01-02.txt, release 10" in text
    assert "| For victims of antisocial behaviour, the impact on their lives can be" in text


def test_limit_and_order(rel):
    newest = lookup(rel, "Home Secretary", limit=2).quotes
    oldest = lookup(rel, "Home Secretary", limit=2, oldest_first=True).quotes
    assert [q["date"] for q in newest] == ["2025-02-06", "2025-02-04"]
    assert [q["date"] for q in oldest] == ["2023-03-01", "2023-06-20"]
    out = run("lookup", "Home Secretary", "--limit", "2", "--dataset", str(rel))
    assert "2 quotes in quotes 1.0.0 (--limit 2: there may be more)." in out.output
    assert out.output.count("  Release: ") == 2


# ---------------------------------------------------------------- no match, bad datasets


def test_no_match_says_so_and_exits_zero(rel):
    out = run_quotes("lookup", "Zebedee Quint", "--dataset", str(rel))
    assert out.returncode == 0
    assert "No speaker or role matches 'Zebedee Quint' in quotes 1.0.0" in out.stdout
    as_json = run_quotes("lookup", "Zebedee Quint", "--format", "json", "--dataset", str(rel))
    assert as_json.returncode == 0
    assert json.loads(as_json.stdout)["count"] == 0
    assert "No speaker or role matches" in as_json.stderr


def test_filters_that_exclude_everything_say_so(rel):
    out = run("lookup", "Diana Johnson", "--since", "2030", "--dataset", str(rel))
    assert out.exit_code == 0 and "No quotes match the filters (--since 2030-01-01)" in out.output


def test_missing_dataset_exits_2_with_a_clear_message(tmp_path):
    out = run_quotes("lookup", "Diana Johnson", "--dataset", str(tmp_path / "nowhere"))
    assert out.returncode == 2
    assert out.stderr.strip().splitlines()[-1].startswith("quotes: cannot read the dataset:")
    assert "nowhere" in out.stderr and "Traceback" not in out.stderr


def test_corrupt_database_exits_2_naming_the_file(rel, tmp_path):
    copy = tmp_path / "broken"
    shutil.copytree(rel, copy)
    (copy / "quotes.db").write_bytes(b"this is not a database" * 100)
    out = run_quotes("lookup", "Diana Johnson", "--dataset", str(copy))
    assert out.returncode == 2
    assert "quotes.db: not a readable SQLite database" in out.stderr
    assert "Traceback" not in out.stderr


def test_release_without_database_is_searched_through_its_parquet(rel, tmp_path):
    copy = tmp_path / "older"
    shutil.copytree(rel, copy)
    (copy / "quotes.db").unlink()
    out = run("lookup", "diana jonson", "--format", "json", "--dataset", str(copy))
    assert out.exit_code == 0
    assert json.loads(out.stdout)["count"] == JOHNSON
    assert "has no quotes.db" in out.stderr
    (copy / "data" / "train-00000-of-00001.parquet").write_bytes(b"garbage")
    broken = run("lookup", "diana johnson", "--dataset", str(copy))
    assert broken.exit_code == 2 and "train-00000-of-00001.parquet: not readable as Parquet" in broken.output


def test_database_of_an_older_layout_falls_back_to_parquet(rel, tmp_path):
    import sqlite3

    copy = tmp_path / "older-layout"
    shutil.copytree(rel, copy)
    conn = sqlite3.connect(copy / "quotes.db")
    conn.execute("drop table speaker_token_variants")
    conn.commit()
    conn.close()
    out = run("lookup", "Diana Johnson", "--format", "json", "--dataset", str(copy))
    assert out.exit_code == 0
    assert json.loads(out.stdout)["count"] == JOHNSON
    assert "missing table speaker_token_variants" in out.stderr


def test_default_dataset_is_the_latest_release_in_output(rel, tmp_path):
    out = run_quotes("lookup", "Diana Johnson", "--format", "json", cwd=rel.parents[2])
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["count"] == JOHNSON
    empty = run_quotes("lookup", "Diana Johnson", cwd=tmp_path)
    assert empty.returncode == 2 and "output" in empty.stderr


# ---------------------------------------------------------------- escaping


def test_markdown_escapes_html_and_markdown_in_quotes(rel):
    out = run("lookup", "Siobhan O'Connell", "--format", "markdown", "--dataset", str(rel))
    assert len(out.stdout.splitlines()) == 1
    html = MarkdownIt("commonmark").render(out.stdout)
    assert "<script" not in html
    assert "&lt;script&gt;alert" in html
    assert "<strong>stop</strong>" not in html and "**stop**" in html
    assert 'href="javascript' not in html and "<code>" not in html
    assert "\x1b" not in out.stdout


def test_terminal_view_shows_control_characters_as_escapes(rel):
    out = run_quotes("lookup", "Siobhan O'Connell", "--dataset", str(rel))
    assert out.returncode == 0
    assert "\x1b" not in out.stdout
    assert "\\u001b[31mred\\u001b[0m" in out.stdout
    assert SCRIPT in out.stdout  # shown literally; a terminal does not interpret HTML


def test_json_and_csv_carry_the_text_unchanged(rel):
    data = json.loads(run("lookup", "Siobhan O'Connell", "--format", "json", "--dataset", str(rel)).stdout)
    assert SCRIPT in data["quotes"][0]["text"] and ESCAPE in data["quotes"][0]["text"]
    rows = list(csv.DictReader(io.StringIO(run("lookup", "Siobhan O'Connell", "--format", "csv", "--dataset",
                                               str(rel)).stdout)))
    assert SCRIPT in rows[0]["text"]


# ---------------------------------------------------------------- speakers


def test_speakers_most_quoted_first(rel):
    out = run("speakers", "--format", "json", "--dataset", str(rel))
    data = json.loads(out.stdout)
    counts = [s["quote_count"] for s in data["speakers"]]
    assert counts == sorted(counts, reverse=True)
    assert data["speakers"][0]["name"] == "Yvette Cooper" and counts[0] == COOPER
    johnson = next(s for s in data["speakers"] if s["speaker_id"] == "diana-johnson")
    assert "Dame Diana Johnson" in johnson["aliases"]
    assert {r["role"] for r in johnson["roles"]} == {"Minister for Crime and Policing", "Policing Minister",
                                                     "Minister for Policing, Fire and Crime Prevention"}


def test_speakers_by_org_and_formats(rel):
    out = run("speakers", "--org", "home office", "--format", "csv", "--dataset", str(rel))
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert [r["name"] for r in rows][:2] == ["Yvette Cooper", "Diana Johnson"]
    assert all("Home Office" in r["organisations"] for r in rows)
    md = run("speakers", "--org", "Wildlife Trust", "--format", "markdown", "--dataset", str(rel)).stdout
    assert md.splitlines()[0].startswith("| Speaker |") and len(md.splitlines()) == 3
    none = run("speakers", "--org", "Nonexistent Body", "--dataset", str(rel))
    assert none.exit_code == 0 and "No speakers for 'Nonexistent Body'" in none.output


# ---------------------------------------------------------------- real succession (development corpus)


@pytest.mark.dev
@pytest.mark.parametrize("day, who", [
    ("2011-03-01", "Philip Hammond"),  # Transport Secretary May 2010 - October 2011
    ("2012-03-01", "Justine Greening"),  # October 2011 - September 2012
    ("2012-10-10", "Patrick McLoughlin"),  # from September 2012
])
def test_transport_secretary_on_a_date_in_the_2012_releases(tmp_path_factory, day, who):
    from conftest import DEV_DUMPS, need_shared
    from quotes.pipeline import build

    need_shared(DEV_DUMPS / "dft-2012.txt")
    folder = tmp_path_factory.getbasetemp() / "dev-transport"
    if not (folder / "quotes").exists():
        build([DEV_DUMPS / "dft-2012.txt"], out=folder)
    result = lookup(folder, "Transport Secretary", on=dt.date.fromisoformat(day))
    assert result.match.kind == "speaker" and names(result) == [who]
    assert result.quotes and all(q["speaker"] == who for q in result.quotes)
