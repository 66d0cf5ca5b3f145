"""GOV.UK Content API documents as input: reading, extraction and mixed builds.

The fixtures in tests/fixtures/govuk/ are hand-written documents in the
Content API's shape, modelled on releases of several departments (Home
Office, DHSC, MoJ, Defra, DfE, Cabinet Office). The expected quotes below
were written from the fixtures' text, not from the extractor's output.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.archive import Skipped
from quotes.cli import cli
from quotes.evaluate import read_predictions
from quotes.extract import extract_document
from quotes.govuk import clean_person_name, document_from_json, named_in, read_json_file
from quotes.inputs import FileProblem, read_file
from quotes.models import Document
from quotes.pipeline import bundled_corpus, extract_files

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "govuk"


def load(name: str) -> Document:
    items = list(read_file(FIXTURES / name, name))
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def quotes_of(name: str):
    quotes, _ = extract_document(load(name))
    return quotes


def by_speaker(quotes, speaker):
    found = [q for q in quotes if q.speaker == speaker]
    assert len(found) == 1, [(q.speaker, q.paragraphs) for q in quotes]
    return found[0]


# -- metadata ---------------------------------------------------------------------

def test_metadata_of_a_press_release():
    doc = load("fixture-home-office-knife-crime.json")
    assert doc.title == "Knife crime prevention orders to be tested in London"
    assert doc.date == dt.date(2021, 3, 2)
    assert doc.publisher == "Home Office"
    assert doc.kind == "press_release"
    assert doc.url == "https://www.gov.uk/government/news/knife-crime-prevention-orders-to-be-tested-in-london"
    assert doc.content_id == "3b8e2f51-6c0d-4a7e-9f15-2d6a0c4e8b93"
    assert (doc.file, doc.position, doc.line) == ("fixture-home-office-knife-crime.json", 1, 1)
    assert doc.people == ["Priti Patel", "Kit Malthouse"]
    assert doc.roles == ["Secretary of State for the Home Department", "Minister of State for Crime and Policing"]
    assert doc.abbreviations == {"KCPOs": "knife crime prevention orders", "MPS": "Metropolitan Police Service"}
    assert doc.warnings == []


def test_date_is_the_day_written_in_the_timestamp_and_publisher_can_come_from_expanded_links():
    doc = load("fixture-dhsc-winter-flu-vaccine.json")
    # 00:01 British Summer Time is still the previous day in UTC; the release's own day counts.
    assert doc.date == dt.date(2020, 7, 25)
    assert doc.publisher == "Department of Health and Social Care"  # primary, not the first organisation
    assert doc.people == ["Matt Hancock"]


def test_publisher_falls_back_to_the_first_organisation():
    doc = load("fixture-defra-carrier-bag-response.json")
    assert doc.publisher == "Department for Environment, Food & Rural Affairs"
    assert doc.kind == "government_response"


@pytest.mark.parametrize("raw, clean", [
    ("The Rt Hon Priti Patel MP", "Priti Patel"),
    ("Dr Thérèse Coffey MP", "Thérèse Coffey"),
    ("The Rt Hon Gavin Williamson CBE MP", "Gavin Williamson"),
    ("Sir Keir Starmer KCB KC MP", "Keir Starmer"),
    ("Professor Chris Whitty", "Chris Whitty"),
    ("Baroness Williams of Trafford", "Baroness Williams of Trafford"),
    ("The Rt Hon Lord Ahmad of Wimbledon", "Lord Ahmad of Wimbledon"),
    ("Dame  Diana   Johnson DBE MP", "Diana Johnson"),
])
def test_people_link_titles_are_cleaned(raw, clean):
    assert clean_person_name(raw) == clean


def test_a_person_is_named_by_surname_as_a_whole_word():
    assert named_in("David Gauke", ["Mr Gauke said:"])
    assert named_in("Lord Hanson of Flint", ["Lord Hanson said:"])
    assert not named_in("Jo Cox", ["Coxon said:"])
    assert not named_in("Gavin Williamson", ["A Department for Education spokesperson said:"])


# -- quotes -------------------------------------------------------------------------

def test_blockquote_quotes_with_speaker_role_organisation_and_source():
    quotes = quotes_of("fixture-home-office-knife-crime.json")
    assert [q.speaker for q in quotes] == ["Priti Patel", "Kit Malthouse", "Ruth Hallam"]
    patel = quotes[0]
    assert patel.role == "Home Secretary"
    assert patel.organisation == "Home Office"
    assert patel.paragraphs == [
        "Knife crime tears families apart and leaves whole communities afraid. I will not stand by while young "
        "lives are lost on our streets.",
        "These orders give officers a new way to step in early and steer people away from violence before it is "
        "too late.",
    ]
    assert patel.attribution == "Home Secretary Priti Patel said:"
    assert patel.inline is False
    assert patel.source.url == "https://www.gov.uk/government/news/knife-crime-prevention-orders-to-be-tested-in-london"
    assert patel.source.content_id == "3b8e2f51-6c0d-4a7e-9f15-2d6a0c4e8b93"
    assert patel.source.paragraph == 4
    assert patel.date == dt.date(2021, 3, 2) and patel.publisher == "Home Office"
    # quotation marks inside the blockquote are dropped from the published text
    malthouse = quotes[1]
    assert malthouse.role == "Policing Minister" and malthouse.organisation == "Home Office"
    assert malthouse.paragraphs[0] == "Every knife taken off the street is a life that might have been saved."
    assert malthouse.paragraphs[1].endswith("together with the police.")
    # the organisation written as MPS is expanded from the <abbr> of the body
    assert quotes[2].organisation == "Metropolitan Police Service"
    assert quotes[2].paragraphs == [
        "We will use these orders with care and alongside the work we already do with youth workers and families. "
        "Our aim is always to prevent harm, not only to punish it."
    ]


def test_curly_quoted_paragraphs_and_an_inline_quote():
    quotes = quotes_of("fixture-dhsc-winter-flu-vaccine.json")
    assert [q.speaker for q in quotes] == ["Matt Hancock", "Yvonne Doyle", "Jonathan Van-Tam"]
    # every paragraph opened and closed: still one quote of two paragraphs
    hancock = quotes[0]
    assert hancock.role == "Health and Social Care Secretary"
    assert hancock.organisation == "Department of Health and Social Care"
    assert hancock.paragraphs == [
        "This winter, more than ever, we must protect the most vulnerable and keep pressure off the NHS.",
        "If you are offered a free flu vaccine, please take it. It protects you, and it protects the people you love.",
    ]
    # opening marks on each paragraph, a closing mark on the last; the inline quote after it is not swallowed
    doyle = quotes[1]
    assert doyle.role == "Medical Director" and doyle.organisation == "Public Health England"
    assert doyle.paragraphs == [
        "Flu can be a serious illness and the vaccine remains the best protection we have against it.",
        "We are asking parents to make sure their children have the nasal spray vaccine, which also stops them "
        "passing flu on to grandparents.",
    ]
    vantam = quotes[2]
    assert vantam.inline is True
    assert vantam.role == "Deputy Chief Medical Officer for England"
    assert vantam.paragraphs == ["Having the vaccine takes a few minutes and it is free for everyone most at risk"]
    # reported speech ("The minister said the programme...") is not a quote
    assert not any("planned since the spring" in q.text for q in quotes)


def test_british_single_quotes_keep_apostrophes_and_links_complete_a_surname():
    quotes = quotes_of("fixture-moj-prison-officer-numbers.json")
    assert [q.speaker for q in quotes] == ["David Gauke", "Sam Okafor"]
    gauke = quotes[0]
    assert gauke.attribution == "Mr Gauke said:"  # the text gives only the surname; the people link completes it
    assert gauke.paragraphs == [
        "Prison officers do one of the hardest jobs in public service, and they’ve been stretched for too long.",
        "We’re now seeing the results of our recruitment drive: more officers on the landings, more time for each "
        "prisoner’s key worker sessions and safer conditions for staff.",
        "There is more to do, but these figures show we’re heading in the right direction.",
    ]
    okafor = quotes[1]
    assert okafor.inline and okafor.role == "prison officer"
    assert okafor.paragraphs == ["It’s a job where you can change the course of somebody’s life"]


def test_inline_quotes_including_one_that_runs_into_the_next_paragraph():
    quotes = quotes_of("fixture-defra-carrier-bag-response.json")
    assert [q.speaker for q in quotes] == ["Michael Gove", "Thérèse Coffey"]
    gove, coffey = quotes
    assert gove.inline and gove.role == "Environment Secretary"
    assert gove.organisation == "Department for Environment, Food and Rural Affairs"
    assert gove.paragraphs == ["The charge has already taken more than 15 billion bags out of circulation, and our "
                               "seas and beaches are cleaner for it. Now it is time for every shop to play its part."]
    assert coffey.paragraphs == [
        "Small shops have told us they want to do their bit.",
        "We will give them time to prepare, and the money raised can go to good causes in their communities.",
    ]


def test_an_open_quotation_runs_into_a_blockquote_and_an_attribution_inside_a_blockquote_starts_a_quote():
    doc = load("fixture-fcdo-lisbon-visa-centre.json")
    assert doc.kind == "world_news_story" and doc.publisher == "Foreign & Commonwealth Office"
    assert doc.url == "https://www.gov.uk/government/world-location-news/new-uk-visa-application-centre-opens-in-lisbon"
    quotes, _ = extract_document(doc)
    assert [q.speaker for q in quotes] == ["Kirsty Hayes", "Rui Almeida"]
    hayes, almeida = quotes
    assert hayes.role == "British Ambassador to Portugal"
    assert hayes.paragraphs == [
        "Portugal is our oldest ally and hundreds of thousands of Portuguese people visit the UK every year.",
        "This centre will make it easier for them to come to the UK to work, to study and to see the sights.",
    ]
    assert almeida.role == "manager of the new centre"
    assert almeida.paragraphs == ["We are proud to serve customers in Lisbon and we look forward to welcoming them."]
    assert almeida.source.paragraph == 6


def test_a_linked_person_never_becomes_the_speaker_of_an_unnamed_attribution():
    doc = load("fixture-dfe-catch-up-funding.json")
    assert doc.people == []  # Gavin Williamson is linked but the text never names him
    quotes, _ = extract_document(doc)
    assert [(q.speaker, q.role, q.organisation) for q in quotes] == [
        (None, "spokesperson", "Department for Education"),
        (None, "Education Secretary", "Department for Education"),
    ]


@pytest.mark.parametrize("opening, speaker", [
    # the one person linked, named in the text, holds the one office linked: "The Education Secretary" is him
    ("<p>The funding was announced by Gavin Williamson today.</p>", "Gavin Williamson"),
    # linked but never named: still no one
    ("", None),
])
def test_the_office_linked_with_the_one_person_named(opening, speaker):
    data = fixture_json("fixture-dfe-catch-up-funding.json")
    data["details"]["body"] = data["details"]["body"].replace('<div class="govspeak">', '<div class="govspeak">' + opening)
    doc = document_from_json(data, "t.json")
    quotes, _ = extract_document(doc)
    assert [(q.speaker, q.role) for q in quotes][-1] == (speaker, "Education Secretary")


# -- documents that are not news, and bad input ------------------------------------------

def test_a_speech_is_skipped_with_its_reason():
    items = list(read_file(FIXTURES / "fixture-cabinet-office-speech.json", "speech.json"))
    assert len(items) == 1 and isinstance(items[0], Skipped)
    assert items[0].kind == "speech"
    assert items[0].title == "Minister for the Cabinet Office speech on civil service reform"
    assert "speech is out of scope" in items[0].reason


def test_json_lines_with_a_bad_line():
    items = list(read_json_file(FIXTURES / "fixture-news-batch.jsonl", "batch.jsonl"))
    assert [type(i).__name__ for i in items] == ["Document", "FileProblem", "Document"]
    first, problem, third = items
    assert (first.position, first.line, first.kind) == (1, 1, "press_release")
    assert (third.position, third.line, third.kind) == (3, 3, "news_story")
    assert third.publisher == "Marine Management Organisation"
    assert problem.file == "batch.jsonl" and problem.line == 2 and not problem.fatal
    assert problem.reason.startswith("malformed JSON")
    assert [q.speaker for q in extract_document(third)[0]] == ["George Eustice"]


def fixture_json(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def test_json_array_reports_each_element_with_its_line(tmp_path):
    path = tmp_path / "export.json"
    docs = [fixture_json("fixture-home-office-knife-crime.json"), "not a document",
            fixture_json("fixture-cabinet-office-speech.json"), fixture_json("fixture-moj-prison-officer-numbers.json")]
    path.write_text(json.dumps(docs, indent=1, ensure_ascii=False), encoding="utf-8")
    items = list(read_json_file(path, "export.json"))
    assert [type(i).__name__ for i in items] == ["Document", "FileProblem", "Skipped", "Document"]
    assert [getattr(i, "position", None) for i in items] == [1, None, 3, 4]
    assert items[1].reason == "document 2: a JSON string, not a Content API document object"
    assert not items[1].fatal  # the other documents of the array were read
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[items[1].line - 1].strip() == '"not a document",'
    assert lines[items[3].line - 1].strip() == "{"
    assert items[0].line == 2 and items[3].line > items[2].line > items[0].line


@pytest.mark.parametrize("content, reason, line", [
    ('{"title": "Unfinished",\n  "details": {"body": "<p>x</p>"\n', "malformed JSON", 3),
    ("[]", "empty JSON array", 1),
    ('{"results": [], "total": 0, "start": 0}', "a Search API listing", 1),
    ('{"title": "No type", "base_path": "/government/news/x", "details": {"body": ""}}', "no 'document_type'", 1),
    ('{"title": "No body", "document_type": "press_release", "base_path": "/government/news/x", "details": {}}',
     "no 'details.body'", 1),
    (b'{"title": "Bad bytes \xff"}', "not UTF-8", 1),
])
def test_bad_json_files_are_reported_with_file_and_line(tmp_path, content, reason, line):
    path = tmp_path / "bad.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    items = list(read_file(path, "bad.json"))
    assert len(items) == 1 and isinstance(items[0], FileProblem), items
    assert items[0].file == "bad.json" and items[0].line == line
    assert reason in items[0].reason
    assert items[0].fatal  # nothing could be read from the file


def test_a_file_of_json_lines_none_of_them_documents_is_a_fatal_problem(tmp_path):
    path = tmp_path / "numbers.jsonl"
    path.write_text('1\n{"title": "no type"}\n\n', encoding="utf-8")
    items = list(read_file(path, "numbers.jsonl"))
    assert [(i.line, i.fatal) for i in items] == [(1, False), (2, False), (None, True)]
    assert items[0].reason == "document 1: a JSON number, not a Content API document object"
    assert items[2].reason == "no Content API document could be read from the file (2 tried)"


def test_json_lines_in_a_json_file(tmp_path):
    path = tmp_path / "several.json"
    docs = [fixture_json("fixture-defra-carrier-bag-response.json"), fixture_json("fixture-dfe-catch-up-funding.json")]
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n", encoding="utf-8")
    items = list(read_file(path, "several.json"))
    assert [(i.position, i.line, i.kind) for i in items] == [(1, 1, "government_response"), (2, 2, "news_story")]


def test_document_from_json_is_pure_and_refuses_non_objects():
    doc = document_from_json(fixture_json("fixture-home-office-knife-crime.json"), "mem", position=7, line=40)
    assert (doc.file, doc.position, doc.line) == ("mem", 7, 40)
    from quotes.govuk import DocumentError

    with pytest.raises(DocumentError, match="JSON array"):
        document_from_json([], "mem")


# -- builds ---------------------------------------------------------------------------------

def test_extract_files_mixes_an_archive_dump_and_govuk_documents():
    result = extract_files([bundled_corpus(), FIXTURES])
    report = result.report
    assert report.skipped == 1  # the speech
    assert [(r.file, r.line) for r in report.rejects if r.kind == "warning"] == [("fixture-news-batch.jsonl", 2)]
    govuk_rows = [r for r in result.rows if r["source"]["url"]]
    dump_rows = [r for r in result.rows if r["source"]["file"] == bundled_corpus().name]
    assert dump_rows and all(r["source"]["url"] is None and r["source"]["content_id"] is None for r in dump_rows)
    assert {r["speaker"] for r in govuk_rows} >= {"Priti Patel", "Matt Hancock", "David Gauke", "George Eustice"}
    assert len(govuk_rows) + len(dump_rows) == len(result.rows)
    assert all(r["source"]["content_id"] for r in govuk_rows)


def test_cli_build_of_dump_and_govuk_folder(tmp_path):
    runner = CliRunner()
    out = tmp_path / "datasets"
    result = runner.invoke(cli, ["build", str(bundled_corpus()), str(FIXTURES), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "fixture-news-batch.jsonl:2: warning: malformed JSON" in result.stderr
    assert "skipped 1" in result.stdout
    rows = read_predictions(out / "quotes")
    hancock = [r for r in rows if r["speaker"] == "Matt Hancock"]
    assert len(hancock) == 1
    assert hancock[0]["source"]["url"] == "https://www.gov.uk/government/news/largest-ever-flu-vaccination-programme-to-begin"
    assert hancock[0]["source"]["file"] == "fixture-dhsc-winter-flu-vaccine.json"
    assert any(r["source"]["file"] == bundled_corpus().name for r in rows)
    # the bad JSON Lines line is an input problem: --strict makes it a failure
    strict = runner.invoke(cli, ["build", str(FIXTURES), "--out", str(tmp_path / "strict"), "--strict", "-q"])
    assert strict.exit_code == 1


def test_cli_build_of_an_unreadable_json_file_names_it(tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{"title": "x",\n "details": ', encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(bad), "--out", str(tmp_path / "out"), "-q"])
    assert "broken.json:2: error: malformed JSON" in result.stderr
