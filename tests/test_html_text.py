"""HTML bodies of GOV.UK documents -> paragraphs (quotes.html_text)."""
from __future__ import annotations

from quotes.html_text import html_to_paragraphs, normalise_space, parse_body


def shape(html: str) -> list[tuple[str, str, bool]]:
    return [(p.text, p.kind, p.blockquote) for p in html_to_paragraphs(html)]


def test_paragraphs_blockquotes_lists_and_headings_in_order():
    html = """<div class="govspeak"><p>The Home Secretary visited Dover today.</p>
    <p>Home Secretary Amber Rudd said:</p>
    <blockquote>
      <p class="last-child">We will keep our borders secure.</p>
    </blockquote>
    <h2 id="notes-to-editors">Notes to editors</h2>
    <ul><li>Item one.</li><li><p>Item two, in a paragraph.</p></li></ul>
    <ol><li>Numbered.</li></ol></div>"""
    assert shape(html) == [
        ("The Home Secretary visited Dover today.", "text", False),
        ("Home Secretary Amber Rudd said:", "text", False),
        ("We will keep our borders secure.", "text", True),
        ("Notes to editors", "heading", False),
        ("Item one.", "list_item", False),
        ("Item two, in a paragraph.", "list_item", False),
        ("Numbered.", "list_item", False),
    ]
    assert [p.index for p in html_to_paragraphs(html)] == list(range(1, 8))


def test_entities_whitespace_and_inline_markup():
    html = ("<p>Costs &pound;4&nbsp;million &amp; more&#8212;a lot.\n   "
            "<strong>Really</strong> <a href='/x'>a lot</a>.</p>")
    assert shape(html) == [("Costs £4 million & more—a lot. Really a lot.", "text", False)]
    assert normalise_space("  a\u00a0\u200bb\u00adc \n d ") == "a bc d"


def test_nested_lists_are_flattened_in_order():
    html = "<ul><li>Outer<ul><li>Inner one</li><li>Inner two</li></ul></li><li>Next outer</li></ul>"
    assert shape(html) == [("Outer", "list_item", False), ("Inner one", "list_item", False),
                           ("Inner two", "list_item", False), ("Next outer", "list_item", False)]


def test_text_directly_in_a_blockquote_and_nested_blockquotes():
    html = ("<blockquote>Bare words in a quote.<blockquote><p>Deeper.</p></blockquote>"
            "<p>Back out.</p></blockquote><p>After.</p>")
    assert shape(html) == [("Bare words in a quote.", "text", True), ("Deeper.", "text", True),
                           ("Back out.", "text", True), ("After.", "text", False)]


def test_unclosed_paragraphs_and_list_items_are_closed_like_a_browser_would():
    html = "<p>First paragraph.<p>Second paragraph.<ul><li>One<li>Two</ul><blockquote><p>Quoted.</blockquote><p>Out."
    assert shape(html) == [("First paragraph.", "text", False), ("Second paragraph.", "text", False),
                           ("One", "list_item", False), ("Two", "list_item", False),
                           ("Quoted.", "text", True), ("Out.", "text", False)]


def test_line_breaks_end_lines_after_a_sentence_and_are_spaces_inside_one():
    html = ("<p>Stuart Turner, Director of Standards at the National Childminding<br />\nAssociation, said:</p>"
            "<p>Q. Who pays?<br>The operator pays.</p>")
    assert shape(html) == [
        ("Stuart Turner, Director of Standards at the National Childminding Association, said:", "text", False),
        ("Q. Who pays?", "text", False),
        ("The operator pays.", "text", False),
    ]


def test_table_rows_become_one_paragraph_each():
    html = "<table><tbody><tr><th>Council</th><th>Funding</th></tr><tr><td>Leeds</td><td>£4m</td></tr></tbody></table>"
    assert [p.text for p in html_to_paragraphs(html)] == ["Council | Funding", "Leeds | £4m"]


def test_scripts_hidden_text_images_and_footnote_marks_give_no_text():
    html = ('<p>Seen<span class="govuk-visually-hidden"> (opens in new tab)</span>.</p><script>var x = "<p>no</p>";'
            '</script><style>p {color: red}</style><p><img src="a.png" alt="A chart">Figure 1.</p>'
            '<p>Up 4%<sup id="fnref:1" role="doc-noteref"><a href="#fn:1">[footnote 1]</a></sup> on last year.</p>')
    assert [p.text for p in html_to_paragraphs(html)] == ["Seen.", "Figure 1.", "Up 4% on last year."]


def test_abbreviations_are_collected():
    body = parse_body('<p>The <abbr title="Public Health England">PHE</abbr> chief and <abbr title="Driver and '
                      'Vehicle Standards Agency">DVSA</abbr>; <abbr>NHS</abbr> and <abbr title="PHE">PHE</abbr>.</p>')
    assert body.abbreviations == {"PHE": "Public Health England", "DVSA": "Driver and Vehicle Standards Agency"}


def test_short_lines_look_like_headings_unless_they_introduce_a_quote():
    html = ("<p>Funding for schools</p><p>Money will follow pupils.</p>"
            "<p>Rail Minister Theresa Villiers said</p><blockquote><p>We are investing.</p></blockquote>"
            "<p>Schools Minister Nick Gibb said</p><p>“Standards are rising.”</p>")
    assert [p.kind for p in html_to_paragraphs(html)] == ["heading", "text", "text", "text", "text", "text"]


def test_empty_and_whitespace_bodies():
    assert html_to_paragraphs("") == []
    assert html_to_paragraphs("<div class=\"govspeak\">\n  <p> </p>\n</div>") == []
