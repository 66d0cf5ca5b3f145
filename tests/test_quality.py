"""The gold score is a test: extraction quality may not fall below the project's targets."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from quotes.evaluate import TARGETS, read_gold, score
from quotes.organisation import fill_from_same_speaker
from quotes.pipeline import bundled_corpus, bundled_gold, extract_files

from conftest import DEV_DUMPS, DEV_GOLD, SHARED, SHARED_SCORER, need_shared, run_quotes


def figures_for(inputs, gold):
    rows = extract_files(inputs).rows
    fill_from_same_speaker(rows)
    return score(read_gold(gold), rows).figures()


def check(fig, targets):
    low = {k: round(fig[k], 3) for k, v in targets.items() if fig[k] < v}
    assert not low, f"below target: {low} (targets {targets})"


def test_seed_gold_targets():
    """Ten Home Office releases of 2025 (bundled, with their gold)."""
    check(figures_for([bundled_corpus()], bundled_gold()), TARGETS["seed"])


@pytest.fixture(scope="module")
def dev_figures():
    need_shared(DEV_DUMPS, DEV_GOLD)
    return figures_for([DEV_DUMPS], DEV_GOLD)


def test_dev_2012_gold_targets(dev_figures):
    """452 Department for Transport and Driving Standards Agency releases of 2010-2012."""
    check(dev_figures, TARGETS["dev-2012"])


def test_own_evaluate_agrees_with_the_shared_scorer(tmp_path):
    need_shared(SHARED_SCORER)
    out = tmp_path / "out"
    assert run_quotes("build", "--out", str(out), "-q").returncode == 0
    ours = run_quotes("evaluate", str(bundled_gold()), str(out), "--json")
    assert ours.returncode == 0, ours.stderr
    theirs = subprocess.run([sys.executable, str(SHARED_SCORER), str(SHARED / "eval" / "gold" / "seed.jsonl"),
                             str(out), "--json"], capture_output=True, text=True, check=True)
    a, b = json.loads(ours.stdout), json.loads(theirs.stdout)
    assert (a["gold"], a["predicted"], a["matched"]) == (b["gold"], b["predicted"], b["matched"])
    for mine, shared in (("detection_f1", "detection_f1"), ("speaker", "speaker_acc"), ("role", "role_acc"),
                         ("organisation", "organisation_acc"), ("date", "date_acc"), ("boundary", "boundary_acc"),
                         ("exact", "exact")):
        assert a[mine] == pytest.approx(b[shared], abs=1e-4), mine


def test_evaluate_check_fails_below_target(tmp_path):
    """`quotes evaluate --check` exits 1 when a figure is under its target."""
    out = tmp_path / "out"
    assert run_quotes("build", "--out", str(out), "-q").returncode == 0
    lines = bundled_gold().read_text(encoding="utf-8").splitlines()
    wrong = [json.loads(l) for l in lines]
    for g in wrong[:5]:
        g["speaker"] = "Somebody Else"  # five wrong speakers out of 30: speaker accuracy 0.83 < 0.97
    text = "\n".join(json.dumps(g) for g in wrong)
    ok = run_quotes("evaluate", str(bundled_gold()), str(out), "--check")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    unnamed = tmp_path / "custom.jsonl"  # a gold set without targets: figures only
    unnamed.write_text(text, encoding="utf-8")
    assert run_quotes("evaluate", str(unnamed), str(out), "--check").returncode == 0
    seed_named = tmp_path / "seed.jsonl"
    seed_named.write_text(text, encoding="utf-8")
    bad = run_quotes("evaluate", str(seed_named), str(out), "--check")
    assert bad.returncode == 1 and "speaker" in bad.stderr


def test_recorded_figures_on_the_development_gold_are_current(dev_figures):
    """The dataset card shows recorded figures; they must be those of the current rules."""
    from quotes.evaluate import quality_record_path

    path = quality_record_path()
    assert path.is_file(), "no quality record: run `quotes evaluate GOLD RELEASE --record LABEL`"
    recorded = {e["set"]: e["figures"] for e in json.loads(path.read_text(encoding="utf-8"))}
    assert "dev-2012" in recorded, "record the dev-2012 figures with `quotes evaluate ... --record`"
    for key in ("detection_f1", "speaker", "role", "organisation", "boundary"):
        assert recorded["dev-2012"][key] == pytest.approx(dev_figures[key], abs=1e-3), (
            f"recorded {key} is stale: rebuild the development set and run `quotes evaluate ... --record`")
