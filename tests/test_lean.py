"""The build's processes keep pandas out, and everything they use still works without it."""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_guarded_process_builds_a_release_without_pandas(tmp_path):
    code = f"""
import sys
import pyarrow as pa
from quotes.lean import lean_process
lean_process()
assert pa.default_memory_pool().backend_name == "system"
try:
    import pandas
except ImportError:
    pass
else:
    raise SystemExit("pandas was imported")
from quotes.pipeline import build
result = build(out={str(tmp_path)!r}, jobs=2)
assert "pandas" not in sys.modules, "something imported pandas"
assert result.release.quotes == 30, result.release.quotes
print("ok", result.release.path)
"""
    done = run(code)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("ok")
    assert (tmp_path / "quotes" / "1.0.0" / "quotes.db").stat().st_size > 0


def test_guard_leaves_a_process_that_already_uses_pandas_alone():
    code = """
import pandas
from quotes.lean import keep_pandas_out
keep_pandas_out()
import pandas.api.types  # submodules of an imported pandas still load
print(pandas.DataFrame({"a": [1]}).shape)
"""
    done = run(code)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "(1, 1)"
