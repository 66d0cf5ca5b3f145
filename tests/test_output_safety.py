"""Output safety: names from user input stay inside the output folder; text is stored as data.

A dataset name or a version that could point outside ``--out`` (``..``,
an absolute path, a separator, look-alike Unicode) is refused with a message
before anything is written; quote text that looks like HTML, SQL, a path or a
template is written to the Parquet file and the SQLite database unchanged.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from quotes.cli import cli
from quotes.pipeline import build
from quotes.release import ReleaseError

from conftest import dump, release, run_quotes

GOOD_BODY = ["Home Secretary Yvette Cooper said:", "We will keep our streets safe for everyone."]


def tree(root: Path) -> set[str]:
    """Every path below root (files and folders), relative, as text."""
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


@pytest.fixture()
def workspace(tmp_path: Path) -> tuple[Path, Path]:
    """A sandbox holding one small dump; the command runs from sandbox/work with --out sandbox/work/out."""
    sandbox = tmp_path / "sandbox"
    work = sandbox / "work"
    work.mkdir(parents=True)
    (work / "dump.txt").write_text(dump(release("A small release", GOOD_BODY)), encoding="utf-8")
    return sandbox, work


def invoke(work: Path, *args: str):
    """The build command, in-process, from the work folder (relative paths resolve there)."""
    runner = CliRunner()
    old = os.getcwd()
    os.chdir(work)
    try:
        return runner.invoke(cli, ["build", "dump.txt", "--out", "out", "-q", *args], catch_exceptions=False)
    finally:
        os.chdir(old)


BAD_DATASET_NAMES = [
    "../x",
    "../../x",
    "..",
    ".",
    "a/b",
    "a\\b",
    "x/../../y",
    "/abs",
    "~",
    "~root",
    ".hidden",
    "",
    " quotes",
    "Quotes",
    "ｑｕｏｔｅｓ",  # full-width letters
    "quotes\u202e",  # right-to-left override
    "quot\u0435s",  # Cyrillic 'е' in a Latin word
    "quotes\u200b",  # zero-width space
    "x" * 65,
]


@pytest.mark.parametrize("name", BAD_DATASET_NAMES)
def test_dataset_names_that_could_leave_the_output_folder_are_refused(workspace, name):
    sandbox, work = workspace
    if name == "/abs":
        name = str(sandbox / "abs")  # an absolute path inside the sandbox, so a failure is visible here
    before = tree(sandbox)
    result = invoke(work, "--dataset", name)
    assert result.exit_code != 0
    assert "invalid dataset name" in result.output
    assert tree(sandbox) == before, "something was written although the name was refused"


BAD_VERSIONS = [
    "../../1.0.0",
    "1.0.0/../../x",
    "/tmp/1.0.0",
    "..",
    "1.0",
    "1.0.0.0",
    "v1.0.0",
    "01.0.0",
    "1.0.0-rc1",
    "１.0.0",  # full-width digit
    "1.0.0 ",
]


@pytest.mark.parametrize("version", BAD_VERSIONS)
def test_versions_that_are_not_plain_numbers_are_refused(workspace, version):
    sandbox, work = workspace
    before = tree(sandbox)
    result = invoke(work, "--version", version)
    assert result.exit_code != 0
    assert "invalid version" in result.output
    assert tree(sandbox) == before


@pytest.mark.parametrize("option, value", [("--dataset", "quotes\n"), ("--version", "1.0.0\n"),
                                           ("--version", "1.0.1\u0663"), ("--version", "1\u0660.0.0")])
def test_a_trailing_newline_or_a_non_ascii_digit_is_refused(workspace, option, value):
    sandbox, work = workspace
    before = tree(sandbox)
    result = invoke(work, option, value)
    assert result.exit_code != 0
    assert tree(sandbox) == before


def test_the_real_command_refuses_an_escaping_name_with_a_one_line_message(workspace):
    sandbox, work = workspace
    before = tree(sandbox)
    proc = run_quotes("build", "dump.txt", "--out", "out", "--dataset", "../escaped", cwd=work)
    assert proc.returncode != 0
    assert proc.stderr.strip().splitlines()[-1].startswith("quotes: invalid dataset name '../escaped'")
    assert tree(sandbox) == before
    assert not (sandbox / "escaped").exists() and not (work / "escaped").exists()


def test_library_build_refuses_a_nul_byte_in_the_name(tmp_path):
    with pytest.raises(ReleaseError, match="invalid dataset name"):
        build(None, out=tmp_path / "out", dataset="quotes\x00x")
    assert not (tmp_path / "out").exists()


def test_a_good_name_is_written_where_expected(workspace):
    """The positive case: the same command with a plain name writes out/<name>/<version> and nothing else."""
    sandbox, work = workspace
    result = invoke(work, "--dataset", "press-2025.v1", "--version", "2.3.4")
    assert result.exit_code == 0, result.output
    new = tree(sandbox) - {"work", "work/dump.txt"}
    assert all(p.startswith("work/out") for p in new)
    assert (work / "out" / "press-2025.v1" / "2.3.4" / "release.json").is_file()


# ---------------------------------------------------------------- text stored as data

HOSTILE_TITLE = '<script>alert("title")</script> & Co; DROP TABLE quotes;--'
HOSTILE_QUOTE = (
    "We said <b>no</b> to <img src=x onerror=alert(1)> and to '); DROP TABLE quotes; -- "
    "as well as \" OR 1=1 --, ../../../etc/passwd, C:\\Windows\\System32, {{ config.items() }}, "
    "${HOME}, $(rm -rf /), `id`, %s%n%x and \\x00 in our plan."
)
HOSTILE_SECOND = "Our <?php echo 1; ?> plan stays; SELECT * FROM speakers WHERE 1=1; <!-- comment -->"


def test_text_that_looks_like_code_is_stored_verbatim(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    body = ["Home Secretary Yvette Cooper said:", HOSTILE_QUOTE, HOSTILE_SECOND]
    (inputs / "<i>dump<i>;$(id)&'x'.txt").write_text(dump(release(HOSTILE_TITLE, body)), encoding="utf-8")
    out = tmp_path / "out"
    result = build([inputs], out=out, dataset="hostile")
    folder = result.release.path
    assert folder == out / "hostile" / "1.0.0"
    # Nothing was created from the text: the output holds only the release files.
    assert {p.name for p in out.iterdir()} == {"hostile"}
    assert {p.name for p in (out / "hostile").iterdir()} == {"1.0.0", "versions.json"}
    assert not any("passwd" in p or "etc" in p.split("/") for p in tree(out))

    rows = pq.read_table(folder / "data" / "train-00000-of-00001.parquet").to_pylist()
    assert len(rows) == 1
    (row,) = rows
    assert row["title"] == HOSTILE_TITLE
    assert row["paragraphs"][0] == HOSTILE_QUOTE
    assert HOSTILE_QUOTE in row["text"]
    assert row["source"]["file"] == "<i>dump<i>;$(id)&'x'.txt"
    assert row["speaker"] == "Yvette Cooper"

    db = folder / "quotes.db"
    if db.is_file():  # the release's SQLite copy holds the same text, and its tables are intact
        con = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)
        try:
            (title, text), = con.execute("SELECT title, text FROM quotes").fetchall()
            assert title == HOSTILE_TITLE and HOSTILE_QUOTE in text
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            assert {"quotes", "speakers"} <= tables
        finally:
            con.close()

    proc = run_quotes("verify", str(folder))
    assert proc.returncode == 0, proc.stderr
