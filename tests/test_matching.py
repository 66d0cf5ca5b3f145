"""Pure functions behind lookups: typo tolerance, role and organisation matching, escaping, dates."""
from __future__ import annotations

import datetime as dt

import pytest
from markdown_it import MarkdownIt

from quotes.lookup import QueryError, fts_query, parse_day, role_holders
from quotes.matching import (
    edit_distance,
    ids_by_typo,
    matching_roles,
    name_keys,
    org_matches,
    query_key,
    token_index,
)
from quotes.render import _safe_url, citation_markdown, markdown_escape, terminal_safe


@pytest.mark.parametrize("a, b, limit, expected", [
    ("johnson", "johnson", 1, 0),
    ("jonson", "johnson", 1, 1),  # a letter missing
    ("jhonson", "johnson", 1, 1),  # two letters swapped
    ("johnsen", "johnson", 1, 1),
    ("jansen", "johnson", 1, None),
    ("jansen", "johnson", 3, 3),
    ("a", "abcdef", 2, None),  # lengths too far apart
])
def test_edit_distance(a, b, limit, expected):
    assert edit_distance(a, b, limit) == expected


def test_typos_pick_the_closest_people_only():
    index = token_index([("diana-johnson", "diana johnson"), ("boris-johnson", "boris johnson"),
                         ("dina-jonas", "dina jonas")])
    assert ids_by_typo(["diana", "jonson"], index) == {"diana-johnson": 1}
    assert ids_by_typo(["dina", "jonas"], index) == {"dina-jonas": 0}
    assert ids_by_typo(["jonson"], index) == {"diana-johnson": 1, "boris-johnson": 1}
    assert ids_by_typo(["xyz"], index) == {}


def test_name_keys_and_queries_fold_case_accents_titles_and_punctuation():
    assert "zoe bronte ashworth" in name_keys("Zoë Brontë-Ashworth")
    assert "zoe bronteashworth" in name_keys("Zoë Brontë-Ashworth")
    assert query_key("Sir Keir Starmer") == "keir starmer"
    assert query_key("The Rt Hon Yvette Cooper") == "yvette cooper"
    assert query_key("Dr") == "dr"  # a lone word is kept: it may be a name


PAIRS = [("Home Secretary", "Home Office"), ("Shadow Home Secretary", "Conservative Party"),
         ("Secretary of State for the Home Department", "Home Office"), ("Permanent Secretary", "Home Office"),
         ("Director General", "National Crime Agency"), ("Director General", "Border Force"),
         ("Minister for Policing", "Home Office"), ("Minister for Crime and Policing", "Home Office")]


def test_roles_match_by_words_without_qualifiers():
    assert matching_roles("Home Secretary", PAIRS) == [
        ("Home Secretary", "Home Office"), ("Secretary of State for the Home Department", "Home Office")]
    assert matching_roles("shadow home secretary", PAIRS) == [("Shadow Home Secretary", "Conservative Party")]
    assert matching_roles("Policing Minister", PAIRS) == [
        ("Minister for Crime and Policing", "Home Office"), ("Minister for Policing", "Home Office")]
    assert matching_roles("Permanent Secretary", PAIRS) == [("Permanent Secretary", "Home Office")]


def test_roles_with_organisation_words_and_typos():
    assert matching_roles("NCA Director General", PAIRS) == []
    assert matching_roles("NCA Director General", PAIRS, with_org=True) == [
        ("Director General", "National Crime Agency")]
    assert matching_roles("home secretery", PAIRS) == []
    assert ("Home Secretary", "Home Office") in matching_roles("home secretery", PAIRS, typos=True)


@pytest.mark.parametrize("query, organisation, expected", [
    ("Home Office", "Home Office", True),
    ("home office", "Home Office", True),
    ("crime agency", "National Crime Agency", True),
    ("NCA", "National Crime Agency", True),
    ("DfT", "Department for Transport", True),
    ("Defra", "Department for Environment, Food and Rural Affairs", True),
    ("Home Office", "Ministry of Justice", False),
    ("NCA", "Home Office", False),
    ("", "Home Office", False),
    ("Home Office", None, False),
])
def test_org_matches(query, organisation, expected):
    assert org_matches(query, organisation) is expected


def test_fts_query_quotes_every_term():
    assert fts_query("phone theft") == 'text : ("phone" "theft")'
    assert fts_query('"mobile phone" theft') == 'text : ("mobile phone" "theft")'
    assert fts_query('OR NOT text:x') == 'text : ("OR" "NOT" "text x")'
    with pytest.raises(QueryError):
        fts_query("  ... ")


def test_parse_day():
    assert parse_day("2025-02-06") == dt.date(2025, 2, 6)
    assert parse_day("2025-02") == dt.date(2025, 2, 1)
    assert parse_day("2025-02", end=True) == dt.date(2025, 2, 28)
    assert parse_day("2024-02", end=True) == dt.date(2024, 2, 29)
    assert parse_day("2024-12", end=True) == dt.date(2024, 12, 31)
    assert parse_day("2024", end=True) == dt.date(2024, 12, 31)
    for bad in ("2025-02-30", "2025-13", "yesterday", "25-01-01"):
        with pytest.raises(QueryError):
            parse_day(bad)


def _rows(*spans):
    return [{"speaker_id": sid, "name": sid.title(), "first_date": a, "last_date": b} for sid, a, b in spans]


def test_role_holders_within_gap_after_and_before():
    rows = _rows(("hammond", "2010-06-14", "2011-10-03"), ("greening", "2011-11-07", "2012-07-25"),
                 ("mcloughlin", "2012-10-03", "2012-10-15"))
    assert role_holders(rows, dt.date(2012, 3, 1))[0::2] == (["greening"], True)
    ids, note, certain = role_holders(rows, dt.date(2012, 9, 10))
    assert ids == ["greening", "mcloughlin"] and not certain and "2012-07-25" in note
    ids, note, certain = role_holders(rows, dt.date(2013, 5, 1))
    assert ids == ["mcloughlin"] and certain and "taken to hold it still" in note
    ids, note, certain = role_holders(rows, dt.date(2009, 1, 1))
    assert ids == [] and "the first is Hammond on 2010-06-14" in note


def test_markdown_escape_keeps_text_literal():
    hostile = "<b>x</b> **y** _z_ [l](http://e) `c` $m$ | ~~s~~ \\ & # h\nnext"
    html = MarkdownIt("commonmark").enable("table").enable("strikethrough").render(markdown_escape(hostile))
    assert "<b>" not in html and "<strong>" not in html and "<em>" not in html and "<a " not in html
    assert "<code>" not in html and "<s>" not in html and "<h1>" not in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "**y**" in html and "[l](http://e)" in html
    assert "\n" not in markdown_escape(hostile)


def test_markdown_citation_links_only_web_addresses():
    quote = {"quote_id": "q_1", "speaker": "A B", "role": None, "organisation": None, "date": "2025-01-02",
             "publisher": "Home Office", "title": "T", "text": "Hello.", "source": {"url": "javascript:alert(1)"}}
    line = citation_markdown(quote, "quotes", "1.0.0")
    assert "](javascript" not in line and "*T*" in line
    quote["source"] = {"url": "https://www.gov.uk/government/news/a (b)"}
    line = citation_markdown(quote, "quotes", "1.0.0")
    assert "[T](https://www.gov.uk/government/news/a%20%28b%29)" in line
    assert "2 January 2025" in line
    assert _safe_url("ftp://x") is None


def test_terminal_safe_neutralises_controls_but_keeps_layout():
    assert terminal_safe("a\x1b[2Jb") == "a\\u001b[2Jb"
    assert terminal_safe("left\u202eright") == "left\\u202eright"
    assert terminal_safe("line\nnext\tcol") == "line\nnext\tcol"
    assert terminal_safe("carriage\rreturn") == "carriage\\u000dreturn"
