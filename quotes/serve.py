"""Serving a release's database with Datasette (an optional extra: ``pip install 'quotes[serve]'``).

Datasette is pinned to the 0.x series: the 1.0 alphas change the JSON
shape and move canned queries out of the metadata file.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

from .database import DB_FILE, METADATA_FILE, DatabaseError, connect
from .release import find_release_dir

HOST = "127.0.0.1"
DEFAULT_PORT = 8001


class ServeError(Exception):
    """Datasette cannot be started; the message says why."""


def release_files(path: Path) -> tuple[Path, Path]:
    """The database and metadata file of a release (or of the latest release under a folder)."""
    release_dir = find_release_dir(Path(path))
    db, meta = release_dir / DB_FILE, release_dir / METADATA_FILE
    if not db.is_file():
        raise DatabaseError(f"{release_dir}: no {DB_FILE} (the release predates the database; build a new release)")
    if not meta.is_file():
        raise DatabaseError(f"{release_dir}: no {METADATA_FILE} beside {DB_FILE}")
    connect(db).close()  # fails with a clear message when the file is not a quotes database
    return db, meta


def read_metadata(meta: Path) -> dict[str, Any]:
    try:
        return json.loads(meta.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DatabaseError(f"{meta}: not JSON ({exc.msg} at line {exc.lineno})") from None


def require_datasette() -> None:
    if importlib.util.find_spec("datasette") is None:
        raise ServeError("Datasette is not installed: pip install 'quotes[serve]'")


def datasette_app(path: Path):
    """A Datasette instance over a release's database (for in-process use and tests)."""
    require_datasette()
    from datasette.app import Datasette

    db, meta = release_files(path)
    return Datasette(immutables=[str(db)], metadata=read_metadata(meta),
                     settings={"default_facet_size": 30})


def datasette_command(path: Path, port: int = DEFAULT_PORT) -> list[str]:
    """The command line that serves a release on 127.0.0.1."""
    require_datasette()
    db, meta = release_files(path)
    read_metadata(meta)
    return [sys.executable, "-m", "datasette", "serve", "-i", str(db), "-m", str(meta), "-h", HOST, "-p", str(port),
            "--setting", "default_facet_size", "30"]
