"""No input crashes or hangs the parser, and every release header read is accounted for.

Property-based tests (hypothesis) feed arbitrary text and bytes, near-miss
attribution lines and well-formed dumps with arbitrary bodies through the
reader, the extractor and the build. Pathological inputs (megabyte
paragraphs, long runs of one character) run in a child process with a
generous time limit: the test fails only when that limit is hit (a hang) or
the child raises; nothing here measures speed.
"""
from __future__ import annotations

import re

import faulthandler
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.archive import Skipped, read_dump
from quotes.attribution import find_attribution
from quotes.extract import extract
from quotes.inputs import FileProblem, read_file
from quotes.models import Document, Quote
from quotes.pipeline import build, extract_files
from quotes.rules.names import HONORIFICS, PEERAGES, RANKS
from quotes.speaker import parse_subject

from conftest import ROOT

HANG_LIMIT = 60  # seconds for one pathological case in a child process; only a hang gets near it
WATCHDOG = 300  # seconds for one in-process test; the whole run is stopped (with tracebacks) past it

# Header kinds the generated dumps use: in scope (extracted) and out of scope (counted as skipped).
IN_SCOPE = ("PRESS RELEASE", "NEWS STORY", "HISTORIC PRESS RELEASE")
OUT_OF_SCOPE = ("SPEECH", "STATEMENT")
KINDS = IN_SCOPE + OUT_OF_SCOPE

# Lines that look a little like headers but are not (indented too far, lower-case or unknown kind, no bullet).
NEAR_MISS_HEADERS = (
    "    • PRESS RELEASE : indented like a list item",
    "  • Press Release : kind not in capitals",
    "  •PRESS RELEASE : no space after the bullet",
    "  • UNKNOWN THING : a kind nobody publishes",
    "PRESS RELEASE : no bullet at all",
    "PRESS RELEASE : no bullet, though dated [March 2024]",  # a release's own page, when nothing came before
    "• : no kind",
)

# Characters str.splitlines() breaks lines at; kept out of generated single lines.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(autouse=True)
def _watchdog():
    """Stop the run with every thread's traceback if a test hangs (works even inside a C regex loop)."""
    faulthandler.dump_traceback_later(WATCHDOG, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def count_headers(lines) -> int:
    """Independent count of the release headers in a generated dump: '  • KIND : title' with a known kind."""
    n = 0
    for line in lines:
        if isinstance(line, bytes):
            line = line.decode("utf-8", "replace")
        if line.startswith("  • ") and line[4:].split(" : ", 1)[0] in KINDS:
            n += 1
        elif n == 0 and (m := _BARE_HEADER.match(line)) and " ".join(m.group(1).split()) in KINDS:
            n += 1  # a single release's own page: the first header may stand without its bullet
    return n


_BARE_HEADER = re.compile(r"^((?:HISTORIC[ \t]+)?[A-Z][A-Z'’ ]{1,40}?)[ \t]*:[ \t]*\S.*?[ \t]*\[[A-Z][a-z]+[ \t]+\d{4}\][ \t]*$")


def header(kind: str, title: str, month: str = "March 2024") -> str:
    return f"  • {kind} : {title} [{month}]"


def release_lines(kind: str, title: str, body: list[str], day: int = 5, issued: bool = True) -> list[str]:
    lines = [header(kind, title), "", f"    {kind} : {title} [March 2024]", ""]
    if issued:
        lines += [f"    The press release issued by the Home Office on {day} March 2024.", ""]
    for para in body:
        lines += [f"    {para}", ""]
    return lines


single_line = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters=LINE_BREAKS),
                      max_size=200)


# ---------------------------------------------------------------- arbitrary text and bytes


HEADER_LINES = tuple(header(kind, f"Title of a {kind.lower()}") for kind in KINDS)


@SETTINGS
@given(st.lists(st.one_of(st.text(max_size=400), st.sampled_from(HEADER_LINES + NEAR_MISS_HEADERS)), max_size=25))
def test_arbitrary_text_never_breaks_the_reader_or_the_extractor(pieces):
    text = "\n".join(pieces)
    docs = read_dump(text, "fuzz.txt")
    assert all(isinstance(d, (Document, Skipped)) for d in docs)
    assert len(docs) == count_headers(text.splitlines())
    assert [d.position for d in docs] == list(range(1, len(docs) + 1))
    quotes = extract(text, "fuzz.txt")
    assert all(isinstance(q, Quote) for q in quotes)
    releases = {d.position for d in docs if isinstance(d, Document)}
    for q in quotes:
        assert q.source.release in releases
        assert q.text.strip() and q.paragraphs


@SETTINGS
@given(st.lists(single_line, max_size=12), st.sampled_from(KINDS))
def test_arbitrary_body_lines_inside_a_release_are_read_as_one_release(body, kind):
    lines = release_lines(kind, "A release with arbitrary text in it", body)
    text = "\n".join(lines) + "\n"
    docs = read_dump(text, "fuzz.txt")
    assert len(docs) == 1 == count_headers(lines)
    assert isinstance(docs[0], Document if kind in IN_SCOPE else Skipped)
    extract(text, "fuzz.txt")  # must not raise


@SETTINGS
@given(st.binary(max_size=4000), st.sampled_from([".txt", ".json", ".jsonl", ""]))
def test_arbitrary_bytes_through_read_file(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        items = list(read_file(path))
        assert all(isinstance(i, (Document, Skipped, FileProblem)) for i in items)
        documents = [i for i in items if isinstance(i, (Document, Skipped))]
        problems = [i for i in items if isinstance(i, FileProblem)]
        # Nothing read means the file (or each bad document in it) is reported, naming the file.
        if not documents:
            assert problems
        assert all(p.file == path.name and p.reason for p in problems)
        report = extract_files([path]).report
        assert report.documents_read == len(documents)
        # A file counts as failed once at most, and only when nothing could be read from it.
        assert report.files_failed == sum(p.fatal for p in problems) <= 1


body_bytes = st.binary(max_size=120).map(lambda b: b.replace(b"\n", b" ").replace(b"\x00", b" "))


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(KINDS), st.lists(body_bytes, max_size=5)), min_size=1, max_size=8),
       st.lists(st.sampled_from(NEAR_MISS_HEADERS), max_size=4))
def test_every_header_in_a_file_with_undecodable_bodies_is_accounted_for(releases, noise):
    chunks: list[bytes] = [b"Tag: Home Office", b""]
    for k, (kind, body) in enumerate(releases):
        lines = release_lines(kind, f"Release number {k}", [])
        chunks += [line.encode("utf-8") for line in lines]
        chunks += [b"    " + b for b in body]
        chunks += [n.encode("utf-8") for n in noise]
    data = b"\n".join(chunks) + b"\n"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dump.txt"
        path.write_bytes(data)
        report = extract_files([path]).report
    expected = count_headers(data.split(b"\n"))
    assert expected == len(releases)
    assert report.documents_read == expected
    assert report.skipped == sum(kind in OUT_OF_SCOPE for kind, _ in releases)
    assert report.releases == expected - report.skipped
    assert report.files_failed == 0


# ---------------------------------------------------------------- near-miss attribution lines

TITLE_WORDS = sorted({w for phrase in HONORIFICS + RANKS + PEERAGES for w in phrase.split()})


@SETTINGS
@given(st.lists(st.sampled_from(TITLE_WORDS), min_size=1, max_size=6), st.sampled_from([" said:", " added:", ":"]))
def test_a_subject_made_only_of_titles_names_nobody(words, tail):
    att = find_attribution(" ".join(words) + tail)
    # "Professor said:" may refer back to a person by role; it must not make "Professor" a name.
    if att is not None and att.subject.name is not None:
        name = att.subject.name
        assert any(w not in TITLE_WORDS for w in name.split()), f"titles taken for a name: {name!r}"


@SETTINGS
@given(st.text(alphabet=" ,;:.-–—!?:\t", max_size=60))
def test_said_with_no_one_before_it_is_not_an_attribution(prefix):
    assert find_attribution(prefix + "said:") is None
    assert find_attribution(prefix) is None


@SETTINGS
@given(st.lists(st.sampled_from(["the", "plan", "would", "work", "well", "for", "all", "of", "us", "and", "said",
                                 "they", "told", "me", "that"]), max_size=40))
def test_reported_speech_is_not_an_attribution(words):
    text = "The minister said the plan would " + " ".join(words) + "."
    assert find_attribution(text) is None


@SETTINGS
@given(st.lists(st.sampled_from(["Home", "Secretary", "Yvette", "Cooper", "Chief", "Executive", "Minister", "Sir",
                                  "Dame", "Lord", "Mary", "Smith", "Director", "Police", "Council", "Jones"]),
                min_size=300, max_size=320),
       st.sampled_from([" ", ", "]))
def test_a_300_word_subject_is_not_taken_for_a_speaker(words, sep):
    text = sep.join(words) + " said:"
    assert find_attribution(text) is None
    assert parse_subject(sep.join(words)) is None


@SETTINGS
@given(st.text(alphabet=":“”\"‘’' aA,.", max_size=400))
def test_colons_and_quotation_marks_everywhere_never_raise(text):
    find_attribution(text)
    body = ["Home Secretary Yvette Cooper said:", text, text + ":"]
    extract("\n".join(release_lines("PRESS RELEASE", "Marks everywhere", body)) + "\n")


# ---------------------------------------------------------------- many releases in one file


def test_thousands_of_releases_in_one_file_are_all_accounted_for_in_the_build_report(tmp_path):
    lines: list[str] = ["Tag: Home Office", ""]
    expected_skipped = expected_duplicates = 0
    previous = None
    for k in range(2500):
        if k % 10 == 9:
            params = previous  # the same release again (same title, date and publisher)
            expected_duplicates += params[0] in IN_SCOPE
        else:
            body = ["Home Secretary Yvette Cooper said:", f"We will act on item {k} now."] if k % 3 else ["Text."]
            params = (KINDS[(k + k // 10) % len(KINDS)], f"Release {k}", body, 1 + k % 28, k % 7 != 0)
        kind, title, body, day, issued = params
        lines += release_lines(kind, title, body, day=day, issued=issued)
        expected_skipped += kind in OUT_OF_SCOPE
        if k % 50 == 0:
            lines += list(NEAR_MISS_HEADERS)
        previous = params
    path = tmp_path / "many.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = build([path], out=tmp_path / "out", dataset="many")
    report = json.loads((result.release.path / "build-report.json").read_text(encoding="utf-8"))
    headers = count_headers(path.read_text(encoding="utf-8").split("\n"))
    assert headers == 2500
    assert report["documents_read"] == headers
    assert report["skipped"] == expected_skipped > 0
    assert report["releases"] == headers - expected_skipped
    assert report["duplicates"] == expected_duplicates > 0
    assert report["files_failed"] == 0


# ---------------------------------------------------------------- pathological inputs, in a child process

CHILD = r'''
import json, sys
from quotes.archive import read_dump
from quotes.attribution import find_attribution
from quotes.extract import extract
from quotes.models import Document
from quotes.speaker import parse_subject

CASES = {
    "minister-commas": lambda: "Minister, " * 10000 + "said:",
    "left-double-quotes": lambda: "\u201c" * 50000,
    "left-single-quotes": lambda: "\u2018" * 1000000,
    "apostrophes": lambda: "'" * 1000000,
    "sir-repeated": lambda: "Sir " * 20000 + "said:",
    "colons": lambda: ":" * 100000,
    "said-colons": lambda: "said: " * 50000,
    "abbreviated-sentences": lambda: "Mr A. " * 3300 + "said:",
    "quotation-sentences": lambda: ". \u201c" * 6600 + ":",
    "open-quote-commas": lambda: '"a, ' * 50000 + "said X.",
    "megabyte-of-words": lambda: "word " * 200000,
    "megabyte-after-five-names": lambda: "Alpha Bravo Charlie Delta Echo " + "and " * 250000,
    "megabyte-of-blanks": lambda: "x" + " " * 1000000 + "y",
    "megabyte-of-tabs-and-blanks": lambda: "x" + " \t" * 500000 + "y",
    "megabyte-one-word": lambda: "A" + "b" * 1000000,
}

def release(title, body, issued="The press release issued by the Home Office on 5 March 2024."):
    lines = ["  \u2022 PRESS RELEASE : " + title + " [March 2024]", "", "    PRESS RELEASE : " + title + " [March 2024]", ""]
    if issued is not None:
        lines += ["    " + issued, ""]
    for p in body:
        lines += ["    " + p, ""]
    return "\n".join(lines) + "\n"

p = CASES[sys.argv[1]]()
find_attribution(p)
parse_subject(p)
dumps = [
    release("Alone", [p]),
    release("As the attribution", [p, "We will keep our streets safe for everyone."]),
    release("As the quote", ["Home Secretary Yvette Cooper said:", p]),
    release("As a later paragraph", ["Home Secretary Yvette Cooper said:", "We will act now.", p, "We will."]),
    release("Inline and open", ["Home Secretary Yvette Cooper said: \u201cWe will act on this " + p]),
    release("Inline, then more", ["Yvette Cooper said: \u201cWe will act on this now.", "\u201c" + p]),
    release(p, ["Home Secretary Yvette Cooper said:", "We will act now."]),
    release("Issued by it", ["Text."], issued="The press release issued by " + p + " on 5 March 2024."),
    release("Title again", ["Text."], issued=p),
]
counts = []
for text in dumps:
    docs = read_dump(text, "case.txt")
    quotes = extract(text, "case.txt")
    counts.append([len(docs), sum(isinstance(d, Document) for d in docs), len(quotes)])
print(json.dumps(counts))
'''

PATHOLOGICAL = [
    "minister-commas", "left-double-quotes", "left-single-quotes", "apostrophes", "sir-repeated", "colons",
    "said-colons", "abbreviated-sentences", "quotation-sentences", "open-quote-commas", "megabyte-of-words",
    "megabyte-after-five-names", "megabyte-of-blanks", "megabyte-of-tabs-and-blanks", "megabyte-one-word",
]


@pytest.mark.parametrize("case", PATHOLOGICAL)
def test_pathological_input_neither_crashes_nor_hangs(case):
    try:
        proc = subprocess.run([sys.executable, "-c", CHILD, case], cwd=ROOT, capture_output=True, text=True,
                              timeout=HANG_LIMIT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{case}: still parsing after {HANG_LIMIT} s (a hang: catastrophic backtracking?)")
    assert proc.returncode == 0, f"{case}: the parser raised:\n{proc.stderr[-3000:]}"
    counts = json.loads(proc.stdout.strip().splitlines()[-1])
    # Every dump holds exactly one release header, and it is read as one in-scope release.
    assert [c[:2] for c in counts] == [[1, 1]] * 9
    # The one well-formed attribution of the later-paragraph dump still gives its quote.
    assert counts[3][2] >= 1


def test_the_child_process_reports_a_crash(tmp_path):
    """The harness above is not blind: a child that raises is seen as a failure."""
    broken = CHILD.replace("p = CASES[sys.argv[1]]()", "raise RuntimeError('boom')")
    proc = subprocess.run([sys.executable, "-c", broken, "colons"], cwd=ROOT, capture_output=True, text=True,
                          timeout=HANG_LIMIT)
    assert proc.returncode != 0 and "boom" in proc.stderr
