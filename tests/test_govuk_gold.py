"""Quality on the GOV.UK development gold: the 2012 DfT/DSA releases as Content API documents.

The corpus and its gold sit in ../shared (beside the project checkout) and
are read from there, never copied into the project.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from quotes.evaluate import TARGETS, read_gold, read_predictions, score
from quotes.pipeline import build

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "dev-govuk"
GOLD = SHARED / "eval" / "gold" / "dev-2012-govuk.jsonl"

pytestmark = pytest.mark.dev


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    if not CORPUS.is_dir() or not GOLD.is_file():
        pytest.skip(f"the GOV.UK development corpus and gold are not in {SHARED} (../shared beside the checkout)")
    out = tmp_path_factory.mktemp("dev-govuk")
    result = build([CORPUS], out=out)
    rows = read_predictions(result.release.path)
    return score(read_gold(GOLD), rows).figures(), result.report


def test_detection_speaker_and_boundary_meet_the_targets(figures):
    fig, _ = figures
    assert fig["gold"] == 507
    assert fig["detection_f1"] >= 0.95, fig
    assert fig["speaker"] >= 0.95, fig
    assert fig["boundary"] >= 0.95, fig
    for name, target in TARGETS["dev-2012-govuk"].items():
        assert fig[name] >= target, (name, fig)


def test_every_release_is_read(figures):
    _, report = figures
    assert report.releases == 452
    assert report.skipped == 0 and report.duplicates == 0
    # the folder's SOURCES.tsv is not a release file, and is reported as such
    assert [r.file for r in report.rejects if r.kind == "error"] == ["SOURCES.tsv"]
