"""Keep the build's own processes lean: no pandas, and the system allocator for Arrow.

pyarrow imports pandas (about 50 MB of memory per process) the first time it
converts Python objects to Arrow, only to check whether they are pandas
objects. The build never hands it pandas objects, so its worker processes,
and the ``quotes build`` command, refuse the import instead; pyarrow then
treats pandas as absent. Nothing else changes: sqlite-utils and pyarrow both
work without pandas.

pyarrow's default allocator (mimalloc) keeps freed memory for reuse; the
build reads and writes many small Arrow batches one after another, and with
the C library's allocator its peak memory is about 30 MB lower, at the same
speed.

Library callers are not affected: :func:`quotes.build` leaves the calling
process alone (a notebook may well use pandas) and guards only the worker
processes it starts.
"""
from __future__ import annotations

import sys
from importlib.abc import MetaPathFinder

_BLOCKED = "pandas"


def lean_process() -> None:
    """Set up a process that only builds (a worker, or the ``quotes build`` command)."""
    keep_pandas_out()
    import pyarrow as pa

    pa.set_memory_pool(pa.system_memory_pool())


class _RefusePandas(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == _BLOCKED or name.startswith(_BLOCKED + "."):
            # (ModuleNotFoundError, so that libraries probing for pandas, such as polars, take it as absent)
            raise ModuleNotFoundError(f"{name} is not imported by the quotes build (it only costs memory here)")
        return None


def keep_pandas_out() -> None:
    """Refuse later imports of pandas in this process (no effect if it is already imported)."""
    if _BLOCKED in sys.modules or any(isinstance(f, _RefusePandas) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _RefusePandas())
