"""Shared fixtures: the bundled corpus, the development corpora in ../shared, offline Hugging Face settings."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV_DUMPS = SHARED / "corpus" / "dev"
DEV_GOLD = SHARED / "eval" / "gold" / "dev-2012.jsonl"
SHARED_SCORER = SHARED / "eval" / "score.py"


def need_shared(*paths: Path) -> None:
    """Skip when the development material beside the project is absent (e.g. a bare clone)."""
    for p in paths:
        if not p.exists():
            pytest.skip(f"development data not available: {p} (it lives in ../shared beside the project)")


@pytest.fixture(autouse=True)
def _offline(monkeypatch, tmp_path_factory):
    """Never let `datasets` or the Hub reach the network; keep their caches out of $HOME."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path_factory.getbasetemp() / "hf-home"))
    # A failing rule fails its test rather than becoming an "error" reject (the build's behaviour).
    monkeypatch.setenv("QUOTES_RAISE_EXTRACTION_ERRORS", "1")


def run_quotes(*args: str, cwd: Path | None = None, env: dict | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run the real command line (`python -m quotes ...`) and capture what it prints."""
    full_env = dict(os.environ, HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1", PYTHONIOENCODING="utf-8")
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "quotes", *args], cwd=cwd or ROOT, env=full_env,
                          capture_output=True, text=True, timeout=timeout)


def dump(*releases: str, tag: str = "Home Office") -> str:
    """An archive dump made of release blocks written with `release()`."""
    return f"Tag: {tag}\n\n" + "\n".join(releases)


def release(title: str, body: list[str], *, date: str | None = "4 February 2025", publisher: str = "the Home Office",
            kind: str = "PRESS RELEASE", month: str | None = "February 2025") -> str:
    """One release block in the archive-dump format."""
    suffix = f" [{month}]" if month else ""
    lines = [f"  • {kind} : {title}{suffix}", "", f"    {kind} : {title}{suffix}", ""]
    if date:
        lines += [f"    The press release issued by {publisher} on {date}.", ""]
    for para in body:
        lines += [f"    {para}", ""]
    return "\n".join(lines) + "\n"
