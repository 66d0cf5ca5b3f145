"""The command line: help, the default build of the bundled corpus, exit codes."""
from __future__ import annotations

import json

import pytest

from conftest import run_quotes


def test_help_lists_the_commands():
    proc = run_quotes("--help")
    assert proc.returncode == 0
    for command in ("build", "evaluate", "verify", "diff", "push", "schema"):
        assert command in proc.stdout
    build_help = run_quotes("build", "--help").stdout
    assert "--out" in build_help and "--version" in build_help and "--strict" in build_help


def test_build_with_no_arguments_builds_the_bundled_corpus_into_output(tmp_path):
    proc = run_quotes("build", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    folder = tmp_path / "output" / "quotes" / "1.0.0"
    assert "published quotes 1.0.0: output/quotes/1.0.0" in proc.stdout
    assert "releases 10" in proc.stdout and "quotes 30 from 10 releases" in proc.stdout
    report = json.loads((folder / "build-report.json").read_text(encoding="utf-8"))
    assert report["files"] == ["home-office-2025-01-02.txt"] and report["quotes"] == 30
    card = (folder / "README.md").read_text(encoding="utf-8")
    assert card.startswith("---\n") and "config_name: speakers" in card and "dtype: date32" in card
    assert "Open Government Licence" in card
    datasets = pytest.importorskip("datasets")
    ds = datasets.load_dataset(str(folder), split="train")
    assert ds.num_rows == 30
    assert ds.features["text"] == datasets.Value("string")


def test_unknown_option_is_a_usage_error():
    proc = run_quotes("build", "--no-such-option")
    assert proc.returncode == 2 and "no such option" in proc.stderr.lower()


def test_invalid_version_and_dataset_name_are_refused_before_reading(tmp_path):
    bad_version = run_quotes("build", "--out", str(tmp_path), "--version", "1.0")
    assert bad_version.returncode == 3 and "invalid version" in bad_version.stderr
    bad_name = run_quotes("build", "--out", str(tmp_path), "--dataset", "../escape")
    assert bad_name.returncode == 3 and "invalid dataset name" in bad_name.stderr
    assert not any(tmp_path.iterdir())


def test_verify_on_something_that_is_not_a_release(tmp_path):
    proc = run_quotes("verify", str(tmp_path))
    assert proc.returncode == 2 and "no release found" in proc.stderr
