"""Bad input: a one-line message naming the file (and line), the rest goes on, nothing is lost."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotes.inputs import InputError
from quotes.pipeline import bundled_corpus, extract_files

from conftest import dump, release, run_quotes

GOOD_BODY = ["Home Secretary Yvette Cooper said:", "We will keep our streets safe for everyone."]


@pytest.fixture()
def mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "good.txt").write_text(dump(release("A good release", GOOD_BODY)), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "no-releases.txt").write_text("Tag: Home Office\n\nJust a page header and nothing else.\n", encoding="utf-8")
    bad = dump(release("Latin-1 inside", ["Minister said:", "We welcome the caf\u00e9 opening."]))
    (folder / "latin1.txt").write_bytes(bad.replace("caf\u00e9", "CAFE_MARK").encode("utf-8").replace(b"CAFE_MARK", b"caf\xe9"))
    (folder / "truncated.txt").write_text(
        dump(release("Cut short", ["Home Secretary Yvette Cooper said:",
                                   "We will legislate where necessary to ensure police have the powers they ne"])),
        encoding="utf-8")
    return folder


def _kinds(report):
    return {(r.file, r.kind) for r in report.rejects}


def test_every_file_and_document_is_accounted_for(mixed_folder):
    result = extract_files([mixed_folder])
    report = result.report
    assert sorted(report.files) == ["binary.txt", "empty.txt", "good.txt", "latin1.txt", "no-releases.txt",
                                    "truncated.txt"]
    kinds = _kinds(report)
    assert ("empty.txt", "error") in kinds
    assert ("binary.txt", "error") in kinds
    assert ("no-releases.txt", "error") in kinds
    assert ("latin1.txt", "warning") in kinds
    assert ("truncated.txt", "warning") in kinds
    assert report.files_failed == 3
    # The three readable dumps hold one release each, and all three are kept.
    assert report.documents_read == 3 and report.releases == 3
    titles = {r["title"] for r in result.rows}
    assert "A good release" in titles and "Cut short" in titles


def test_invalid_utf8_names_the_file_and_the_line(mixed_folder):
    report = extract_files([mixed_folder / "latin1.txt"]).report
    (warning,) = [r for r in report.rejects if r.kind == "warning" and "UTF-8" in r.reason]
    assert warning.file == "latin1.txt"
    text = (mixed_folder / "latin1.txt").read_bytes()
    expected_line = text[: text.index(b"caf\xe9")].count(b"\n") + 1
    assert warning.line == expected_line


def test_truncated_quote_is_kept_and_marked_incomplete(mixed_folder):
    rows = extract_files([mixed_folder / "truncated.txt"]).rows
    assert len(rows) == 1 and rows[0]["complete"] is False


def test_missing_input_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        extract_files([tmp_path / "nope.txt"])


def test_cli_reports_problems_one_line_each_and_goes_on(mixed_folder, tmp_path):
    out = tmp_path / "out"
    proc = run_quotes("build", str(mixed_folder), "--out", str(out), "--dataset", "mixed")
    assert proc.returncode == 0, proc.stderr
    lines = [l for l in proc.stderr.splitlines() if l.startswith("quotes:")]
    assert any(l.startswith("quotes: empty.txt: error: empty file") for l in lines)
    assert any(l.startswith("quotes: binary.txt: error: binary file") for l in lines)
    assert any("latin1.txt:" in l and "invalid UTF-8" in l for l in lines)
    report = json.loads((out / "mixed" / "1.0.0" / "build-report.json").read_text(encoding="utf-8"))
    assert report["files_failed"] == 3 and report["releases"] == 3


def test_strict_turns_problems_into_a_failing_exit(mixed_folder, tmp_path):
    proc = run_quotes("build", str(mixed_folder), "--out", str(tmp_path / "out"), "--strict", "-q")
    assert proc.returncode == 1
    assert "--strict" in proc.stderr


def test_strict_passes_on_clean_input(tmp_path):
    proc = run_quotes("build", str(bundled_corpus()), "--out", str(tmp_path / "out"), "--strict", "-q")
    assert proc.returncode == 0, proc.stderr


def test_missing_input_exits_2_with_a_message(tmp_path):
    proc = run_quotes("build", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2
    assert "missing.txt" in proc.stderr and "no such file" in proc.stderr
    assert not (tmp_path / "out").exists()


def test_duplicate_releases_across_dumps_are_kept_once(tmp_path):
    text = dump(release("Same release twice", GOOD_BODY))
    (tmp_path / "tag-a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "tag-b.txt").write_text(text, encoding="utf-8")
    result = extract_files([tmp_path])
    assert result.report.releases == 2 and result.report.duplicates == 1
    assert len(result.rows) == 1
    (dup,) = [r for r in result.report.rejects if r.kind == "duplicate"]
    assert dup.file == "tag-b.txt"


def test_a_failure_inside_the_rules_rejects_that_release_and_the_build_goes_on(tmp_path, monkeypatch):
    import importlib

    extract_module = importlib.import_module("quotes.extract")  # the module (the package exports a function of the same name)

    real = extract_module.quote_extent

    def failing_on_one_release(paragraphs, start, cue, is_attribution, **options):
        if any("trigger" in p.text for p in paragraphs):
            raise ValueError("a rule failed")
        return real(paragraphs, start, cue, is_attribution, **options)

    monkeypatch.setattr(extract_module, "quote_extent", failing_on_one_release)
    monkeypatch.delenv(extract_module.RAISE_ERRORS_ENV)  # the build's own behaviour, not the suite's
    body = ["Home Secretary Yvette Cooper said:", "We will act to keep our streets safe for everyone."]
    path = tmp_path / "two.txt"
    path.write_text(dump(release("First", body + ["This is the trigger."]), release("Second", body)), encoding="utf-8")
    result = extract_files([path])
    assert [r["title"] for r in result.rows] == ["Second"]
    (error,) = [r for r in result.report.rejects if r.kind == "error"]
    assert (error.file, error.release, error.text) == ("two.txt", 1, "First")
    assert "ValueError: a rule failed" in error.reason and error.line is not None
    assert result.report.releases == 2  # both read and accounted for


def test_the_suite_lets_a_failing_rule_raise(tmp_path, monkeypatch):
    import importlib

    extract_module = importlib.import_module("quotes.extract")
    monkeypatch.setattr(extract_module, "quote_extent", lambda *args, **options: 1 / 0)
    body = ["Home Secretary Yvette Cooper said:", "We will act to keep our streets safe for everyone."]
    path = tmp_path / "one.txt"
    path.write_text(dump(release("First", body)), encoding="utf-8")
    with pytest.raises(ZeroDivisionError):
        extract_files([path])
