"""Splitting archive dumps into releases: headers, issued-by lines, variants, truncation."""
from __future__ import annotations

import datetime as dt

import pytest

from quotes.archive import Skipped, dump_label, iter_dump, match_header, read_dump
from quotes.models import Document
from quotes.paragraphs import paragraph_kind
from quotes.pipeline import bundled_corpus

from conftest import dump, release


def test_bundled_corpus_has_ten_home_office_releases_with_dates_and_publisher():
    docs = read_dump(bundled_corpus().read_text(encoding="utf-8"), "home-office-2025-01-02.txt")
    assert len(docs) == 10
    assert all(isinstance(d, Document) for d in docs)
    first = docs[0]
    assert first.title == "Home Secretary hosts summit on mobile phone theft"
    assert first.date == dt.date(2025, 2, 6)
    assert first.publisher == "Home Office"
    assert first.position == 1 and first.line == 3
    # The repeated title line and the issued-by line are not body paragraphs.
    assert first.paragraphs[0].text.startswith("The Home Secretary brought together law enforcement")
    assert [d.position for d in docs] == list(range(1, 11))
    assert not any(d.truncated for d in docs)


def test_tag_line_is_read_as_the_dump_label():
    assert dump_label("Tag: Home Office") == "Home Office"
    assert dump_label("Category: Crime and policing") == "Crime and policing"
    assert dump_label("  • PRESS RELEASE : x") is None


def test_header_variants_historic_prefix_and_no_month():
    text = dump(
        release("Old news about roads", ["Roads are busy."], kind="HISTORIC PRESS RELEASE"),
        release("A release without a month", ["Body text here."], month=None),
    )
    docs = read_dump(text, "x.txt")
    assert [d.title for d in docs] == ["Old news about roads", "A release without a month"]
    assert all(isinstance(d, Document) for d in docs)
    assert docs[0].paragraphs[0].text == "Roads are busy."


def test_release_without_issued_by_line_has_null_date_and_publisher_and_a_warning():
    docs = read_dump(dump(release("No issuer", ["Some body text."], date=None)), "x.txt")
    (doc,) = docs
    assert doc.date is None and doc.publisher is None
    assert any("issued by" in w for w in doc.warnings)
    assert doc.paragraphs[0].text == "Some body text."


def test_publisher_without_article_and_other_issuers():
    docs = read_dump(dump(release("Downing Street news", ["Text."], publisher="10 Downing Street", date="9 January 2025")),
                     "x.txt")
    assert docs[0].publisher == "10 Downing Street"
    assert docs[0].date == dt.date(2025, 1, 9)


def test_speeches_are_skipped_with_a_reason():
    text = dump(release("Home Secretary speech at conference", ["Thank you all."], kind="SPEECH"),
                release("A real release", ["Body."]))
    docs = read_dump(text, "x.txt")
    assert isinstance(docs[0], Skipped)
    assert docs[0].kind == "speech" and "out of scope" in docs[0].reason
    assert isinstance(docs[1], Document)


def test_a_dump_cut_off_inside_a_release_marks_it_truncated():
    text = dump(release("Complete one", ["A full sentence."]),
                release("Cut off", ["The Home Secretary said the measures would bring an end to the practice of sell"]))
    docs = read_dump(text, "x.txt")
    assert not docs[0].truncated
    assert docs[1].truncated
    assert any("truncated" in w for w in docs[1].warnings)


@pytest.mark.parametrize("body, truncated", [
    # a short fragment is cut off too when it opens a quotation or follows a line that introduces one
    (["The fund opens today.", "Water Minister Jane Doe said:", "“It is vital that producers ar"], True),
    (["The fund opens today.", "Libraries Minister Jane Doe said:", "Libraries have a unique role in comm"], True),
    # ... or when a quotation opened before it is still open (each paragraph opens, only the last would close)
    (["Jane Doe said,", "“The budget is hard on households.", "We welcome the triple lock.",
      "Dozens of our local firms rely"], True),
    (["Jane Doe said,", "“The budget is hard on households.", "“We welcome the triple lock.", "Dozens of our"], True),
    # a short last line of its own is a heading or a sign-off, not a cut, nor one item after a list's colon
    (["The fund opens today.", "Jane Doe said the fund was welcome.", "Notes to editors"], False),
    (["The fund opens today.", "The measures include:", "a new fund for schools"], False),
    # (a quotation closed before the last line leaves nothing open)
    (["Jane Doe said,", "“The budget is hard on households.", "We welcome the triple lock.”", "Notes to editors"],
     False),
    # a quotation left open (its closing mark lost) before a line that ends a release: a closing heading, a
    # contact line or a short line of capitalised words is no cut; a lone letter or a comma is
    (["Jane Doe said,", "“The budget is hard on households.", "Councils can bid from April.", "ENDS"], False),
    (["Jane Doe said,", "“The budget is hard on households.", "Councils can bid from April.", "Notes to editors"],
     False),
    (["Jane Doe said,", "“The budget is hard on households.", "Press office 020 7946 0000"], False),
    (["Jane Doe said,", "“The budget is hard on households.", "Key Dates"], False),
    (["Jane Doe said,", "“The budget is hard on households.", "We welcome the triple lock.", "O"], True),
    (["Jane Doe said,", "“The budget is hard on households.", "We welcome the triple lock and,"], True),
])
def test_a_short_cut_fragment_after_an_attribution_marks_the_release_truncated(body, truncated):
    (doc,) = read_dump(dump(release("Fund", body)), "x.txt")
    assert doc.truncated is truncated


def test_list_items_inside_a_body_never_start_a_new_release():
    body = ["The measures include:", "• NOTE : this looks like a header but is indented as a list item",
            "• a second item"]
    docs = read_dump(dump(release("Lists", body)), "x.txt")
    assert len(docs) == 1
    assert [p.kind for p in docs[0].paragraphs] == ["text", "list_item", "list_item"]


def test_paragraph_kinds():
    assert paragraph_kind("• over 400 live birds") == "list_item"
    assert paragraph_kind("1. The full report is available online.") == "list_item"
    assert paragraph_kind("Notes to editors") == "heading"
    assert paragraph_kind("Background") == "heading"
    assert paragraph_kind("We welcome today’s summit.") == "text"
    # A long line without final punctuation is a paragraph, not a heading.
    assert paragraph_kind("It is they – and not politicians – who are the focus of our efforts and the work goes on") == "text"


OLDER_PAGE = """Tag: 2019 Press Release

  • Foreign and Commonwealth Office – 2019 Press Release on Intimidation Against Members in Venezuela

    Foreign and Commonwealth Office – 2019 Press Release on Intimidation Against Members in Venezuela

    Below is a press release issued by the Foreign and Commonwealth Office on 20/12/2019.

    A Foreign & Commonwealth Office spokesperson said:

    The UK is deeply concerned about the campaign of intimidation against members of the National Assembly.

  • Nick Clegg – 2012 Speech on Social Mobility

    Nick Clegg – 2012 Speech on Social Mobility

    Below is the text of the speech made by Nick Clegg on 22/05/2012.

    Thank you all for coming.
"""


def test_older_archive_pages_with_the_year_and_kind_in_the_header():
    release_doc, speech = read_dump(OLDER_PAGE, "x.txt")
    assert isinstance(release_doc, Document)
    assert release_doc.title == ("Foreign and Commonwealth Office – 2019 Press Release on Intimidation Against "
                                 "Members in Venezuela")
    assert (release_doc.publisher, release_doc.date) == ("Foreign and Commonwealth Office", dt.date(2019, 12, 20))
    assert release_doc.paragraphs[0].text == "A Foreign & Commonwealth Office spokesperson said:"
    assert isinstance(speech, Skipped) and speech.kind == "speech"


@pytest.mark.parametrize("kind, title", [
    ("letter", "Jane Doe – 2023 Letter to John Roe Following his Resignation"),
    ("comments", "Jane Doe – 2019 Comments on the Bus Fares Announcement"),
    ("article", "Jane Doe – 2021 Article in The Times on Skills"),
    ("parliamentary question", "Jane Doe – 2022 Parliamentary Question on Flood Defences"),
])
def test_a_dated_title_naming_another_kind_of_document_is_skipped_not_failed(kind, title):
    page = (f"Tag: Jane Doe\n\n  • {title}\n\n    {title}\n\n"
            "    The text written by Jane Doe on 28 April 2023.\n\n    Dear John\n\n    Thank you for your letter.\n")
    (doc,) = read_dump(page, "x.txt")
    assert isinstance(doc, Skipped) and doc.kind == kind and "out of scope" in doc.reason


def test_a_bullet_in_a_body_that_merely_mentions_a_year_starts_no_release():
    docs = read_dump(dump(release("Plans", ["Our plans:", "• Acme – 2019 figures for the region", "More text."])),
                     "x.txt")
    assert len(docs) == 1 and len(docs[0].paragraphs) == 3


def test_an_unreadable_date_keeps_the_publisher():
    text = dump(release("Typo", ["Body text."], date="18 June 2o25"))
    (doc,) = read_dump(text, "x.txt")
    assert (doc.publisher, doc.date) == ("Home Office", None)
    assert any("unreadable date" in w for w in doc.warnings)
    assert doc.paragraphs[0].text == "Body text."


def test_a_line_that_carries_on_the_sentence_above_it_joins_that_paragraph():
    text = dump(release("Wrapped", ["“This report reflects the work undertaken by the many bodies with which",
                                    "in recent months.", "The Bill will:", "create a new offence for blocking roads",
                                    "make it illegal to lock on to buildings", "• a list item", "and a line after it."])
                .replace("\n\n    in recent", "\n    in recent").replace("\n\n    and a line", "\n    and a line")
                .replace("\n\n    make it", "\n    make it"))
    (doc,) = read_dump(text, "x.txt")
    assert [p.text for p in doc.paragraphs] == [
        "“This report reflects the work undertaken by the many bodies with which in recent months.",
        "The Bill will:", "create a new offence for blocking roads", "make it illegal to lock on to buildings",
        "• a list item", "and a line after it."]


@pytest.mark.parametrize("first, second, joined", [
    # the line above stops on a word that never ends a sentence: the capital goes on with it
    ("“Today I have set out the spending plans for the remainder of this", "Parliament and the years after it.",
     True),
    ("The new rules on pay and pensions will apply from next April to every serving member of the",
     "Armed Forces and their families.", True),
    # a line that may end its sentence without punctuation: a new paragraph
    ("Police will be able to intervene before serious disruption is caused", "Home Secretary Jane Doe said:",
     False),
    ("Grants awarded to police forces for new laser scanner units", "Essex | 69,204 | 1", False),
])
def test_a_line_stopping_on_a_word_that_never_ends_a_sentence_joins_the_capitalised_line_below(first, second,
                                                                                             joined):
    text = dump(release("Wrapped", [first, second]).replace(f"\n\n    {second}", f"\n    {second}"))
    (doc,) = read_dump(text, "x.txt")
    assert [p.text for p in doc.paragraphs] == ([f"{first} {second}"] if joined else [first, second])


def test_a_single_releases_own_page_has_its_header_without_the_bullet():
    text = ("Press Releases\n\nPRESS RELEASE : Secretary of State meets political leaders in Belfast [January 2023]\n\n"
            "The press release issued by the Northern Ireland Office on 11 January 2023.\n\n"
            "The Secretary of State met leaders today.\n")
    (doc,) = read_dump(text, "x.txt")
    assert (doc.title, doc.publisher, doc.date) == ("Secretary of State meets political leaders in Belfast",
                                                    "Northern Ireland Office", dt.date(2023, 1, 11))
    assert [p.text for p in doc.paragraphs] == ["The Secretary of State met leaders today."]


@pytest.mark.parametrize("header, title", [
    # the kind set off by a dash, the month after a colon
    ("HISTORIC PRESS RELEASE – Review of Health Trends (Doe Report) : November 2001",
     "Review of Health Trends (Doe Report)"),
    ("  • HISTORIC PRESS RELEASE – Review of Health Trends : November 2001", "Review of Health Trends"),
    # a colon inside the title stays in it
    ("PRESS RELEASE : Health: the next steps [November 2001]", "Health: the next steps"),
])
def test_a_header_with_the_kind_set_off_by_a_dash_and_the_month_after_a_colon(header, title):
    text = f"Press Releases\n\n{header}\n\nThe press release issued by HM Treasury on 27 November 2001.\n\nText.\n"
    (doc,) = read_dump(text, "x.txt")
    assert (doc.title, doc.date) == (title, dt.date(2001, 11, 27))


@pytest.mark.parametrize("line", [
    # a list item naming a body with a dash is no header of a known kind
    "  • NHS – a new plan for the service : November 2001",
    "  • Review – the findings : November 2001",
])
def test_a_dashed_list_item_is_no_header(line):
    assert match_header(line) is None


def test_a_bare_header_line_after_a_release_has_started_is_body_text():
    text = dump(release("First", ["PRESS RELEASE : quoted in the body [May 2024]", "More text."]))
    (doc,) = read_dump(text, "x.txt")
    assert len(doc.paragraphs) == 2


def test_a_comma_before_the_date_is_no_part_of_the_publisher():
    text = dump(release("Comma", ["Body."], publisher="the Department for Business, Energy and Industrial Strategy,",
                        date="23 September 2022"))
    (doc,) = read_dump(text, "x.txt")
    assert doc.publisher == "Department for Business, Energy and Industrial Strategy"


def test_a_first_paragraph_about_a_statement_issued_by_someone_is_body_text():
    text = dump(release("Statement", ["The statement issued by the Prime Minister on Sunday said:",
                                      "“We stand with our allies.”"], date=None))
    (doc,) = read_dump(text, "x.txt")
    assert doc.publisher is None and len(doc.paragraphs) == 2


def test_a_heading_never_joins_the_lower_case_line_below_it():
    text = dump(release("Heading", ["The minister spoke today.", "Notes to editors", "the summit took place in May."])
                .replace("\n\n    the summit", "\n    the summit"))
    (doc,) = read_dump(text, "x.txt")
    assert [p.text for p in doc.paragraphs][-2:] == ["Notes to editors", "the summit took place in May."]


def test_words_after_the_date_of_the_issued_by_line_keep_its_date_and_publisher():
    text = dump(release("Casey", ["Sir Mark Rowley responded today."], publisher="the Metropolitan Police",
                        date="21 March 2023 in response to the Casey Report"))
    (doc,) = read_dump(text, "x.txt")
    assert (doc.publisher, doc.date) == ("Metropolitan Police", dt.date(2023, 3, 21))
    assert [p.text for p in doc.paragraphs] == ["Sir Mark Rowley responded today."]


@pytest.mark.parametrize("month, title", [
    ("29 May 2003", "Chancellor freezes the assets of a charity in the UK"),
    ("8 January 2024", "Chancellor freezes the assets of a charity in the UK"),
    ("May 2003", "Chancellor freezes the assets of a charity in the UK"),
    # a bracket that is no date stays in the title
    ("Annex A", "Chancellor freezes the assets of a charity in the UK [Annex A]"),
])
def test_the_dated_bracket_of_a_header_with_or_without_its_day_is_no_part_of_the_title(month, title):
    text = dump(release("Chancellor freezes the assets of a charity in the UK", ["Assets were frozen today."],
                        kind="HISTORIC PRESS RELEASE", month=month))
    (doc,) = read_dump(text, "x.txt")
    assert doc.title == title
    assert [p.text for p in doc.paragraphs] == ["Assets were frozen today."]  # the title line again is dropped


@pytest.mark.parametrize("line, publisher, date", [
    ("The press release by HM Treasury on 11 August 1998.", "HM Treasury", dt.date(1998, 8, 11)),
    ("The press release issued by HM Treasury on 11 August 1998.", "HM Treasury", dt.date(1998, 8, 11)),
    ("The press release issued by HM Treasury on 11/08/1998.", "HM Treasury", dt.date(1998, 8, 11)),
    ("The press release by HM Treasury on 11 Agust 1998.", "HM Treasury", None),  # date unreadable, publisher kept
    # no issued-by line: a sentence of the body that has the same shape
    ("The fund was set up by HM Treasury on 11 August 1998.", None, None),
    ("The report by HM Treasury on 11 August 1998 found growth.", None, None),
])
def test_issued_by_line_with_or_without_the_word_issued(line, publisher, date):
    text = ("Tag: HM Treasury\n\n  • PRESS RELEASE : Growth figures [August 1998]\n\n"
            f"    PRESS RELEASE : Growth figures [August 1998]\n\n    {line}\n\n    Growth was steady.\n")
    (doc,) = read_dump(text, "x.txt")
    assert (doc.publisher, doc.date) == (publisher, date)
    assert doc.paragraphs[-1].text == "Growth was steady."
    assert len(doc.paragraphs) == (1 if publisher else 2)


def test_an_older_single_post_page_without_a_bullet_header_is_one_release():
    text = ("Category: Press Releases\n\nJane Doe – 2019 Press Release on Bus Fares\n\n"
            "Below is a press release issued by the Labour Party on 23/11/2019.\n\n"
            "“Fares have gone up again, and passengers are paying the price.”\n")
    (doc,) = read_dump(text, "x.txt")
    assert (doc.title, doc.publisher, doc.date, doc.line) == (
        "Jane Doe – 2019 Press Release on Bus Fares", "Labour Party", dt.date(2019, 11, 23), 3)
    assert [p.text for p in doc.paragraphs] == ["“Fares have gone up again, and passengers are paying the price.”"]
    assert not doc.warnings


def test_several_single_post_blocks_in_one_file_are_each_a_release_and_a_speech_is_skipped():
    text = ("Category: Press Releases\n\nJane Doe – 2019 Press Release on Bus Fares\n\n"
            "Below is a press release issued by the Labour Party on 23/11/2019.\n\nFares are up.\n\n"
            "Commenting, Jane Doe said:\n\n“Passengers pay the price.”\n\n"
            "John Roe – 2019 Press Release on Rail\n\n"
            "Below is a press release issued by the Labour Party on 24 November 2019.\n\nRail is late.\n\n"
            "John Roe – 2019 Speech at Conference\n\n"
            "Below is the text of the speech made by John Roe on 25/11/2019.\n\nThank you all.\n")
    docs = read_dump(text, "x.txt")
    assert [type(d).__name__ for d in docs] == ["Document", "Document", "Skipped"]
    assert [d.title for d in docs] == ["Jane Doe – 2019 Press Release on Bus Fares",
                                       "John Roe – 2019 Press Release on Rail", "John Roe – 2019 Speech at Conference"]
    assert [p.text for p in docs[0].paragraphs] == ["Fares are up.", "Commenting, Jane Doe said:",
                                                    "“Passengers pay the price.”"]
    assert [p.text for p in docs[1].paragraphs] == ["Rail is late."]
    assert docs[1].date == dt.date(2019, 11, 24) and [d.position for d in docs] == [1, 2, 3]


@pytest.mark.parametrize("text, kind, title", [
    # a page of one document whose issued-by line has the usual form, without "Below is"
    ("Jane Doe – 1999 Speech at the Savings Conference\n\n"
     "The speech made by Jane Doe, the then Financial Secretary to the Treasury, on 25 November 1999.\n\n"
     "I am delighted to speak here today.\n", "Skipped", "Jane Doe – 1999 Speech at the Savings Conference"),
    ("Tag: HM Treasury\n\nJohn Roe – 2001 Press Release on Pensions\n\n"
     "The press release issued by HM Treasury on 2 March 2001.\n\nPensions will rise.\n", "Document",
     "John Roe – 2001 Press Release on Pensions"),
])
def test_a_single_page_with_a_plain_issued_by_line_is_one_document(text, kind, title):
    (doc,) = read_dump(text, "x.txt")
    assert (type(doc).__name__, doc.title) == (kind, title)


@pytest.mark.parametrize("text", [
    # within a page of one release opened by "Below is", the same line without it is body text, not a new page
    "John Roe – 2001 Press Release on Pensions\n\n"
    "Below is a press release issued by HM Treasury on 02/03/2001.\n\nPensions will rise.\n\n"
    "The press release issued by HM Treasury on 2 March 2001.\n\nMore follows.\n",
    # ... and within a release under a header
    "  • PRESS RELEASE : Pensions [March 2001]\n\n    PRESS RELEASE : Pensions [March 2001]\n\n"
    "    The press release issued by HM Treasury on 2 March 2001.\n\n    Pensions will rise.\n\n"
    "    The press release issued by HM Treasury on 2 March 2001.\n\n    More follows.\n",
])
def test_a_plain_issued_by_line_after_a_release_starts_no_new_one(text):
    (doc,) = read_dump(text, "x.txt")
    assert [p.text for p in doc.paragraphs][-2:] == ["The press release issued by HM Treasury on 2 March 2001.",
                                                    "More follows."]


def test_a_plain_issued_by_line_opens_a_page_only_at_the_start_of_the_file():
    # a part of a file read from a later line: its first lines are no page of their own
    lines = ["John Roe – 2001 Press Release on Pensions", "", "The press release issued by HM Treasury on 2 March 2001.",
             "", "Pensions will rise."]
    assert [d.title for d in iter_dump(lines, "x.txt")] == ["John Roe – 2001 Press Release on Pensions"]
    assert list(iter_dump(lines, "x.txt", first_line=40, first_position=3, final=True)) == []


@pytest.mark.parametrize("body", [
    # under a bullet header the "Below is" line is the release's own issued-by line, or body text
    "  • Foreign and Commonwealth Office – 2019 Press Release on Bolivia\n\n"
    "    Foreign and Commonwealth Office – 2019 Press Release on Bolivia\n\n"
    "    Below is a press release issued by the Foreign and Commonwealth Office on 13/11/2019.\n\n    Calm is needed.\n",
    "  • PRESS RELEASE : Letter to the Secretary of State [December 2022]\n\n"
    "    The press release issued by the DUP on 11 December 2022.\n\n    The party wrote today.\n\n"
    "    Below is a press release issued by the DUP on 11 December 2022.\n\n    Calm is needed.\n",
])
def test_a_below_is_line_inside_a_bulleted_release_starts_no_new_release(body):
    (doc,) = read_dump("Tag: Foreign Office\n\n" + body, "x.txt")
    assert isinstance(doc, Document) and doc.paragraphs[-1].text == "Calm is needed."
    assert doc.date is not None


@pytest.mark.parametrize("text", [
    # the line before is no title: a list's lead-in, or the page's category line
    "Category: Press Releases\n\nThe party said:\n\nBelow is a press release issued by the Labour Party on 23/11/2019.\n",
    "Category: Press Releases\n\nBelow is a press release issued by the Labour Party on 23/11/2019.\n",
    # the line names no kind of document
    "Category: Press Releases\n\nA letter\n\nBelow is the text of a letter sent by the DUP on 11 December 2022.\n",
])
def test_a_below_is_line_without_a_title_before_it_starts_no_release(text):
    assert read_dump(text, "x.txt") == []
