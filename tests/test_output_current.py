"""The dataset committed in output/ is the build of the bundled corpus by the current rules."""
from __future__ import annotations

import pytest

from quotes.pipeline import build
from quotes.release import find_release_dir, load_rows, verify_release

from conftest import ROOT


def test_committed_output_is_current(tmp_path):
    committed = ROOT / "output" / "quotes"
    if not committed.exists():
        pytest.fail("output/quotes is missing: run `quotes build` and commit output/")
    latest = find_release_dir(committed)
    assert verify_release(latest) == [], "committed release does not verify"
    fresh = build(out=tmp_path / "out")
    rebuilt = load_rows(fresh.release.path)
    assert rebuilt == load_rows(latest), (
        "output/ is stale: the rules changed since it was built; run `quotes build` to publish a new version "
        "and commit it")
