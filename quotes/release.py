"""Versioned dataset releases: immutable, checksummed, with stable quote IDs.

Layout (the version folder is what a Hugging Face dataset repo holds at tag
``v<version>``)::

    output/<dataset>/versions.json            index of releases, latest marked
    output/<dataset>/<version>/README.md      dataset card
    output/<dataset>/<version>/data/train-00000-of-00001.parquet
    output/<dataset>/<version>/speakers/train-00000-of-00001.parquet.summary
    output/<dataset>/<version>/release.json   manifest: inputs, counts, schema, files
    output/<dataset>/<version>/changes.json   added / removed / changed against the previous version
    output/<dataset>/<version>/croissant.json
    output/<dataset>/<version>/build-report.json
    output/<dataset>/<version>/quotes.db      SQLite + FTS5 for Datasette, with its metadata
    output/<dataset>/<version>/SHA256SUMS

The speakers table is Parquet, but its name does not end in ``.parquet``:
tools that read every ``*.parquet`` below a folder as quote rows (evaluation
scripts, ``duckdb 'output/**/*.parquet'``) must not take speaker rows for
quotes. ``datasets`` reads it through the card's ``configs``.

Rules:

* Semantic versions. Major: a column removed or retyped, or the ID scheme
  changed. Minor: quotes added or withdrawn, columns added. Patch: existing
  quotes corrected. Without ``version=``, the next version follows from the
  difference with the latest release; no difference means no new release.
* A published version is never changed: publishing an existing version with
  different content is refused; identical content is a no-op.
* Stable IDs: a quote keeps its ``quote_id`` when corrected. IDs are
  assigned at first sight and carried forward by matching each new quote to
  the previous release (same ID, else same release and similar text).
* Atomic: everything is written to a staging folder that is renamed into
  place at the end; an interrupted or failed build leaves nothing behind.
"""
from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import itertools
import json
import os
import shutil
import sys
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Union

import pyarrow as pa
import pyarrow.parquet as pq
import regex

from . import __version__, interrupts
from .card import LICENSE_URL, render_card, yaml_header
from .croissant import croissant
from .ids import normalise
from .models import BuildReport, Quote, Speaker
from .organisation import roles_kept_empty, speakers_organisations
from .publish import (
    PARQUET_WRITER_OPTIONS,
    file_inventory,
    json_default,
    read_parquet_rows,
    sha256_file,
    uncompressed_size,
    write_json,
    write_json_atomic,
    write_parquet,
    write_sha256sums,
)
from .rowstore import RowSpool, RowStore, parquet_rows, write_batches
from .schema import SCHEMA_VERSION, arrow_schema
from .slimtable import SlimTable
from .speakers import awaits_office_holder, office_holders, speaker_record, speaker_slug

ID_SCHEME = "first-sight-v1"
DATA_FILE = "data/train-00000-of-00001.parquet"
SPEAKERS_FILE = "speakers/train-00000-of-00001.parquet.summary"
DATA_GLOB = "data/train-*"
SPEAKERS_GLOB = "speakers/train-*"
_NAME = regex.compile(r"\A[a-z0-9][a-z0-9._-]{0,63}\Z")
_VERSION = regex.compile(r"\A(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\Z")


class ReleaseError(Exception):
    """A release cannot be published or read; the message says why."""


def check_dataset_name(name: str) -> str:
    if not _NAME.match(name or "") or name in (".", ".."):
        raise ReleaseError(f"invalid dataset name {name!r}: use lower-case letters, digits, '.', '_' or '-' "
                           "(at most 64 characters, starting with a letter or digit)")
    return name


def parse_version(version: str) -> tuple[int, int, int]:
    m = _VERSION.match(version or "")
    if not m:
        raise ReleaseError(f"invalid version {version!r}: use MAJOR.MINOR.PATCH, e.g. 1.2.0")
    return int(m.group(1)), int(m.group(2)), int(m.group(3))


def list_versions(dataset_dir: Path) -> list[str]:
    """Published versions of a dataset, oldest first."""
    if not dataset_dir.is_dir():
        return []
    found = [p.name for p in dataset_dir.iterdir() if p.is_dir() and _VERSION.match(p.name)
             and (p / "release.json").is_file()]
    return sorted(found, key=parse_version)


def find_release_dir(path: Path) -> Path:
    """A release folder from a release folder, a dataset folder or an output folder."""
    path = Path(path)
    if (path / "release.json").is_file():
        return path
    versions = list_versions(path)
    if versions:
        return path / versions[-1]
    if path.is_dir():
        datasets = [p for p in sorted(path.iterdir()) if p.is_dir() and list_versions(p)]
        if len(datasets) == 1:
            return datasets[0] / list_versions(datasets[0])[-1]
        if len(datasets) > 1:
            names = ", ".join(p.name for p in datasets)
            raise ReleaseError(f"{path} holds several datasets ({names}); name one of them")
    raise ReleaseError(f"{path}: no release found (no release.json, and no version folders)")


def load_rows(release_dir: Path) -> list[dict[str, Any]]:
    data = release_dir / DATA_FILE
    if not data.is_file():
        raise ReleaseError(f"{release_dir}: missing {DATA_FILE}")
    return read_parquet_rows(data)


def load_manifest(release_dir: Path) -> dict[str, Any]:
    try:
        return json.loads((release_dir / "release.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReleaseError(f"{release_dir}: missing release.json") from None
    except json.JSONDecodeError as exc:
        raise ReleaseError(f"{release_dir}/release.json: not JSON ({exc.msg} at line {exc.lineno})") from None


# ---------------------------------------------------------------- identity


def _release_key(row: dict[str, Any]) -> tuple[str, str, str]:
    date = row.get("date")
    return (normalise(row.get("title")), date.isoformat() if hasattr(date, "isoformat") else str(date or ""),
            normalise(row.get("publisher")))


def _source_key(row: dict[str, Any]) -> tuple[str, int]:
    src = row.get("source") or {}
    return (src.get("file") or "", int(src.get("release") or 0))


def _similarity(a_text: str, a_att: str, b_text: str, b_att: str) -> float:
    ta, tb = normalise(a_text)[:2000], normalise(b_text)[:2000]
    text = difflib.SequenceMatcher(None, ta, tb, autojunk=False).ratio() if ta and tb else 0.0
    att = difflib.SequenceMatcher(None, normalise(a_att), normalise(b_att)).ratio()
    return 0.75 * text + 0.25 * att


TextLookup = Callable[[list[int]], dict[int, str]]


def carry_ids(new_rows: list[dict[str, Any]], old_rows: list[dict[str, Any]], new_text: TextLookup,
              old_text: Callable[[set[str]], dict[str, str]], threshold: float = 0.6) -> int:
    """Give new rows the IDs of the previous release's rows they correct. Returns how many were carried.

    A row whose first-sight ID is unknown to the previous release is compared
    with the previous release's rows that lost their match, in the same
    release (title, date, publisher) or the same source position; the most
    similar one above ``threshold`` (text and attribution) lends its ID.
    Only those few rows have their words read.
    """
    old_ids = {r["quote_id"] for r in old_rows}
    seen = {r["quote_id"] for r in new_rows if r["quote_id"] in old_ids}
    orphans: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for r in old_rows:
        if r["quote_id"] not in seen:
            orphans[_release_key(r)].append(r)
            orphans[_source_key(r)].append(r)
    todo = [k for k, row in enumerate(new_rows) if row["quote_id"] not in old_ids
            and (orphans.get(_release_key(row)) or orphans.get(_source_key(row)))]
    if not todo:
        return 0
    texts = new_text(todo)
    wanted = {r["quote_id"] for k in todo for r in orphans.get(_release_key(new_rows[k]), [])
              + orphans.get(_source_key(new_rows[k]), [])}
    old_texts = old_text(wanted)
    carried = 0
    for k in todo:
        row = new_rows[k]
        pool = {r["quote_id"]: r for r in orphans.get(_release_key(row), []) + orphans.get(_source_key(row), [])
                if r["quote_id"] not in seen}
        best, best_score = None, threshold
        for qid, cand in sorted(pool.items()):
            score = _similarity(texts.get(k, ""), row.get("attribution") or "", old_texts.get(qid, ""),
                                cand.get("attribution") or "")
            if score > best_score:
                best, best_score = qid, score
        if best is not None:
            row["quote_id"] = best
            seen.add(best)
            carried += 1
    return carried


def dedupe_ids(rows: list[dict[str, Any]]) -> None:
    """Two quotes with the same first-sight key get -2, -3 ... suffixes, in source order."""
    seen: set[str] = set()
    twice: set[str] = set()
    for row in rows:
        (twice if row["quote_id"] in seen else seen).add(row["quote_id"])
    if not twice:
        return
    clashes = [r for r in rows if r["quote_id"] in twice]
    count: dict[str, int] = defaultdict(int)
    for row in sorted(clashes, key=lambda r: (_source_key(r), (r.get("source") or {}).get("paragraph") or 0)):
        count[row["quote_id"]] += 1
        if count[row["quote_id"]] > 1:
            row["quote_id"] = f"{row['quote_id']}-{count[row['quote_id']]}"


# ---------------------------------------------------------------- changes


def _comparable(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _comparable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_comparable(v) for v in value]
    return value


# What json.dumps(row, sort_keys=True, ensure_ascii=False, default=json_default) builds for each call, made once.
_DIGEST_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=json_default)


def row_digest(row: dict[str, Any]) -> bytes:
    """Digest of one row's content (all fields), independent of file encoding (16 bytes: one per row is kept)."""
    # Dates are written as ISO text, as _comparable() writes them.
    text = _DIGEST_ENCODER.encode(row)
    return hashlib.sha256(text.encode()).digest()[:16]


def row_digests(rows: Iterable[dict[str, Any]]) -> dict[str, bytes]:
    return {r["quote_id"]: row_digest(r) for r in rows}


def field_changes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[Any]]:
    """{field: [old value, new value]} for the fields that differ."""
    out = {}
    for f in sorted((set(old) | set(new)) - {"quote_id"}):
        a, b = _comparable(old.get(f)), _comparable(new.get(f))
        if a != b:
            out[f] = [a, b]
    return out


def compare(old: dict[str, bytes], new: dict[str, bytes]) -> dict[str, list[str]]:
    """Quote IDs added, removed and changed between two {quote_id: digest} maps."""
    return {
        "added": sorted(new.keys() - old.keys()),
        "removed": sorted(old.keys() - new.keys()),
        "changed": sorted(k for k in old.keys() & new.keys() if old[k] != new[k]),
    }


def rows_by_id(path: Path, ids: set[str]) -> dict[str, dict[str, Any]]:
    """The rows of a release's data file with these IDs, read a batch at a time."""
    if not ids:
        return {}
    return {r["quote_id"]: r for r in parquet_rows(path) if r["quote_id"] in ids}


def diff_releases(old_dir: Path, new_dir: Path) -> dict[str, Any]:
    """What changed between two releases: IDs added and removed, and the fields of changed quotes."""
    old_path, new_path = Path(old_dir) / DATA_FILE, Path(new_dir) / DATA_FILE
    ids = compare(row_digests(parquet_rows(old_path)), row_digests(parquet_rows(new_path)))
    old_rows = rows_by_id(old_path, set(ids["changed"]) | set(ids["removed"]))
    new_rows = rows_by_id(new_path, set(ids["changed"]) | set(ids["added"]))
    old_cols = set(pq.read_schema(old_path).names)
    new_cols = set(pq.read_schema(new_path).names)
    return {
        "added": [_comparable(new_rows[k]) for k in ids["added"]],
        "removed": [_comparable(old_rows[k]) for k in ids["removed"]],
        "changed": [{"key": k, "changes": field_changes(old_rows[k], new_rows[k])} for k in ids["changed"]],
        "columns_added": sorted(new_cols - old_cols),
        "columns_removed": sorted(old_cols - new_cols),
    }


def summarise(changes: dict[str, Any]) -> dict[str, int]:
    return {k: len(changes.get(k) or []) for k in ("added", "removed", "changed", "columns_added", "columns_removed")}


def _type_name(dtype: pa.DataType) -> str:
    """Type as text, independent of how Parquet names list items ('item' or 'element')."""
    return str(dtype).replace("<element: ", "<item: ")


def _schema_list(schema: pa.Schema) -> list[dict[str, str]]:
    return [{"name": f.name, "type": _type_name(f.type)} for f in schema]


def bump(previous: str, previous_manifest: dict[str, Any], changes: dict[str, Any], schema: pa.Schema) -> Optional[str]:
    """Next version by the rules, or None when nothing changed."""
    major, minor, patch = parse_version(previous)
    old_schema = {c["name"]: c["type"] for c in previous_manifest.get("schema", {}).get("quotes", [])}
    new_schema = {f.name: _type_name(f.type) for f in schema}
    retyped = any(old_schema.get(k) not in (None, v) for k, v in new_schema.items())
    removed_cols = bool(set(old_schema) - set(new_schema))
    if removed_cols or retyped or previous_manifest.get("id_scheme") != ID_SCHEME:
        return f"{major + 1}.0.0"
    if set(new_schema) - set(old_schema) or changes["added"] or changes["removed"]:
        return f"{major}.{minor + 1}.0"
    if changes["changed"]:
        return f"{major}.{minor}.{patch + 1}"
    return None


# ---------------------------------------------------------------- publish


@dataclass
class ReleaseResult:
    path: Path
    version: str
    previous: Optional[str]
    created: bool  # False when an identical release already existed
    changes: dict[str, int] = field(default_factory=dict)
    quotes: int = 0
    speakers: int = 0
    message: str = ""


def _created_timestamp() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch else dt.datetime.now(dt.timezone.utc)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _input_inventory(inputs: Iterable[tuple[Path, str]]) -> list[dict[str, Any]]:
    return [{"file": label, "bytes": path.stat().st_size, "sha256": sha256_file(path)} for path, label in inputs]


def _write_changes(path: Path, changes: dict[str, Any]) -> None:
    """changes.json, as ``write_json`` writes it, with the long lists (streams) written item by item."""
    streamed = {k: v for k, v in changes.items() if isinstance(v, _Counted)}
    markers = {k: f"\x00{k}\x00" for k in streamed}
    text = json.dumps({**changes, **markers}, indent=2, ensure_ascii=False, default=json_default)
    with open(path, "w", encoding="utf-8") as out:
        for key, items in streamed.items():
            head, text = text.split(json.dumps(markers[key]), 1)
            out.write(head)
            first = True
            for item in items:  # items of a list that is a value of the top object: 4 spaces in
                rendered = json.dumps(item, indent=2, ensure_ascii=False, default=json_default)
                out.write(("[\n" if first else ",\n") + "\n".join("    " + line for line in rendered.split("\n")))
                first = False
            out.write("[]" if first else "\n  ]")
        out.write(text + "\n")


def _clean_stale_staging(dataset_dir: Path, max_age: float = 3600.0) -> None:
    """Remove staging folders left by builds that were killed outright."""
    if not dataset_dir.is_dir():
        return
    for p in dataset_dir.glob(".staging-*"):
        try:
            if time.time() - p.stat().st_mtime > max_age or not _pid_alive(p.name):
                shutil.rmtree(p, ignore_errors=True)
        except OSError:
            pass


def _pid_alive(name: str) -> bool:
    try:
        pid = int(name.split("-")[-2])
    except (ValueError, IndexError):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


ROW_GROUP = 2_048  # rows per Parquet row group of the quotes file (bounds the memory of the writer)


def new_staging(out: Path, dataset: str, label: str = "build") -> Path:
    """A fresh staging folder beside the dataset's versions; renamed into place when the release is complete."""
    check_dataset_name(dataset)
    dataset_dir = Path(out) / dataset
    _clean_stale_staging(dataset_dir)
    staging = dataset_dir / f".staging-{label}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    staging.mkdir(parents=True)
    return staging


# Fields of the previous release read to carry its quote IDs over; its words are read only for
# the few rows that lost their ID.
_CARRY_FIELDS = ["quote_id", "title", "date", "publisher", "attribution", "source"]


def _settle(store: RowStore, previous_dir: Optional[Path]) -> None:
    """Fields decided across the whole build: organisation, stable quote_id, speaker_id.

    Each step streams the slim rows from the table and keeps only what it
    aggregates, or reads the few rows that share a quote ID.
    """
    table = store.table
    # As fill_from_same_speaker, assign_speaker_ids and dedupe_ids do for rows in memory.
    kept_empty = roles_kept_empty(table.column("SELECT DISTINCT role FROM slim WHERE dropped = 0 AND role IS NOT NULL"))
    table.fill_organisations(speakers_organisations(table.rows("speaker IS NOT NULL")), kept_empty)
    for group in table.repeated("quote_id"):
        dedupe_ids(group)
        table.update(group, ("quote_id",))
    if previous_dir is not None:
        _carry_previous_ids(store, previous_dir)
    table.set_from("speaker_id", "speaker", speaker_slug)
    pending = [row for row in table.rows("speaker_id IS NULL AND role IS NOT NULL") if awaits_office_holder(row)]
    if pending:
        for k, sid in office_holders(pending, table.rows("speaker_id IS NOT NULL AND role IS NOT NULL")).items():
            pending[k]["speaker_id"] = sid
        table.update([row for row in pending if row["speaker_id"]], ("speaker_id",))


def _speakers(table: SlimTable) -> list[dict[str, Any]]:
    """The speakers table, one person's quotes streamed at a time (as ``speakers_table`` does in memory)."""
    table.index("speaker_id")
    rows = table.rows("speaker_id IS NOT NULL", order="speaker_id, pos")
    out = [record for sid, quotes in itertools.groupby(rows, key=lambda r: r["speaker_id"])
           if (record := speaker_record(sid, quotes)) is not None]
    out.sort(key=lambda s: (-s["quote_count"], s["speaker_id"]))
    return out


def _carry_previous_ids(store: RowStore, previous_dir: Path) -> None:
    """Rows that correct a quote of the previous release take its ID (see :func:`carry_ids`)."""
    table = store.table
    previous = SlimTable(store.folder / "previous.slim.sqlite")
    try:
        previous.append(parquet_rows(previous_dir / DATA_FILE, columns=_CARRY_FIELDS))
        lost = list(previous.absent_from(table))  # quotes of the previous release whose ID this build lacks
        if not lost:
            return
        keys = {_release_key(r) for r in lost} | {_source_key(r) for r in lost}
        candidates = [r for r in table.absent_from(previous) if _release_key(r) in keys or _source_key(r) in keys]
        if not candidates:
            return

        def new_text(indexes: list[int]) -> dict[int, str]:
            found = store.rows_at({candidates[k]["pos"] for k in indexes})
            return {k: found[candidates[k]["pos"]]["text"] for k in indexes if candidates[k]["pos"] in found}

        def old_text(ids: set[str]) -> dict[str, str]:
            return {k: row["text"] for k, row in rows_by_id(previous_dir / DATA_FILE, ids).items()}

        before = [r["quote_id"] for r in candidates]
        carry_ids(candidates, lost, new_text, old_text)
        table.update([r for r, qid in zip(candidates, before) if r["quote_id"] != qid], ("quote_id",))
    finally:
        previous.remove()


def _write_quotes(spool: RowSpool, path: Path, schema: pa.Schema, kv: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    schema = schema.with_metadata({k.encode(): v.encode() for k, v in kv.items()})
    write_batches(spool.batches(schema), path, schema, row_group=ROW_GROUP, **PARQUET_WRITER_OPTIONS)


def publish_release(
    rows: Union[RowStore, Iterable[dict[str, Any]]],
    report: BuildReport,
    inputs: Iterable[tuple[Path, str]],
    out: Path,
    dataset: str = "quotes",
    version: Optional[str] = None,
    quality: Optional[list[dict[str, Any]]] = None,
    pretty_name: Optional[str] = None,
    repo_id: Optional[str] = None,
    staging: Optional[Path] = None,
) -> ReleaseResult:
    """Write a release of these rows under ``out/<dataset>/<version>``.

    ``rows`` is a :class:`RowStore` filled by the build (quotes kept on disk),
    or any iterable of quote rows. Nothing is written outside ``staging``
    until the release is complete; on any failure the staging folder goes.
    """
    check_dataset_name(dataset)
    if version is not None:
        parse_version(version)
    inputs = list(inputs)
    dataset_dir = Path(out) / dataset
    staging = staging or new_staging(out, dataset)
    store: Optional[RowStore] = None
    try:
        store = rows if isinstance(rows, RowStore) else RowStore.from_rows(
            (Quote.model_validate(r).model_dump() for r in rows), staging / "parts")
        store.close()
        return _publish(store, report, inputs, dataset_dir, dataset, version, quality, pretty_name, repo_id, staging)
    finally:
        if store is not None:
            store.table.close()  # before its file goes with the staging folder
        shutil.rmtree(staging, ignore_errors=True)


def _publish(store: RowStore, report, inputs, dataset_dir, dataset, version, quality, pretty_name, repo_id,
             staging) -> ReleaseResult:
    versions = list_versions(dataset_dir)
    previous = versions[-1] if versions else None
    schema = arrow_schema(Quote)
    speaker_schema = arrow_schema(Speaker)
    previous_dir = dataset_dir / previous if previous else None
    prev_manifest = load_manifest(previous_dir) if previous_dir else {}
    table = store.table
    _settle(store, previous_dir)
    speakers = _speakers(table)

    # First pass: what the rows are, and what changed since the previous release.
    if previous_dir:
        table.load_previous_digests((r["quote_id"], row_digest(r)) for r in parquet_rows(previous_dir / DATA_FILE))
    content = hashlib.sha256(str(_schema_list(schema)).encode())
    n_rows = 0
    spool = RowSpool(staging / "merged.arrows", schema)  # the rows in release order, for the second pass
    for row in store.merged():
        spool.add(row)
        digest = row_digest(row)
        content.update(digest)
        n_rows += 1
        old_digest = table.previous_digest(row["quote_id"])
        if old_digest is not None and old_digest != digest:
            table.keep_changed_row(row["quote_id"], _comparable(row))
    spool.close()
    if table.count_changed():
        for old in parquet_rows(previous_dir / DATA_FILE):
            new = table.changed_row(old["quote_id"])
            if new is not None:
                table.keep_change(old["quote_id"], field_changes(old, new))
    # "added" and "changed" may hold every quote of the build: they are counted here, kept on disk
    # and streamed into changes.json.
    changes = {"added": _Counted(table.added_ids(), table.count_added()), "removed": table.removed_ids(),
               "changed": _Counted(({"key": k, "changes": c} for k, c in table.changes()), table.count_changed())}
    digest = content.hexdigest()

    if version is None:
        if previous is None:
            version = "1.0.0"
        else:
            version = bump(previous, prev_manifest, changes, schema)
            if version is None:
                return ReleaseResult(dataset_dir / previous, previous, previous, False, summarise(changes),
                                     n_rows, len(speakers), f"no change since {previous}: nothing to publish")
    target = dataset_dir / version
    if target.exists():
        existing = load_manifest(target)
        if existing.get("content_sha256") == digest:
            return ReleaseResult(target, version, existing.get("previous_version"), False, {}, n_rows,
                                 len(speakers), f"{dataset} {version} already published with identical content")
        raise ReleaseError(f"{dataset} {version} is already published with different content; published versions "
                           f"never change: build a new version (the next would be chosen without --version)")
    if previous and parse_version(version) <= parse_version(previous):
        raise ReleaseError(f"version {version} is not newer than the latest release {previous}")

    # Second pass: the files.
    created = _created_timestamp()
    folder = staging / "release"
    folder.mkdir()
    kv = {"dataset_name": dataset, "dataset_version": version, "schema_version": SCHEMA_VERSION,
          "id_scheme": ID_SCHEME, "builder": f"quotes {__version__}"}
    _write_quotes(spool, folder / DATA_FILE, schema, kv)
    write_parquet(speakers, folder / SPEAKERS_FILE, speaker_schema, {**kv, "table": "speakers"})
    summary = summarise(changes)
    _write_changes(folder / "changes.json", {"dataset": dataset, "version": version, "previous_version": previous,
                                             **changes})
    write_json(folder / "build-report.json", report.model_dump())
    _write_database(folder, spool, speakers, dataset, version)
    stats = table.stats()
    spool.remove()
    store.remove()
    sizes = {
        "data": (folder / DATA_FILE).stat().st_size,
        "speakers": (folder / SPEAKERS_FILE).stat().st_size,
        "data_bytes": uncompressed_size(folder / DATA_FILE),
        "speakers_bytes": uncompressed_size(folder / SPEAKERS_FILE),
    }
    header = yaml_header(
        pretty_name=pretty_name or f"Quotes from UK government press releases ({dataset})",
        quotes_schema=schema, speakers_schema=speaker_schema, n_quotes=n_rows, n_speakers=len(speakers),
        data_path=DATA_GLOB, speakers_path=SPEAKERS_GLOB, sizes=sizes,
    )
    card = render_card(dataset=dataset, version=version, previous=previous, created=created[:10], header=header,
                       stats=stats, report=report.model_dump(), changes_summary=summary,
                       quality=quality or [], repo_id=repo_id)
    (folder / "README.md").write_text(card, encoding="utf-8")
    crois = croissant(
        name=dataset, description=f"Attributed quotes from UK government press releases, version {version}.",
        version=version, date_published=created[:10], license_url=LICENSE_URL,
        url=f"https://huggingface.co/datasets/{repo_id}" if repo_id else "https://www.gov.uk/search/news-and-communications",
        cite_as=f"{dataset} {version}: quotes from UK government press releases",
        files=[
            {"id": "quotes-parquet", "path": DATA_FILE, "sha256": sha256_file(folder / DATA_FILE),
             "schema": schema, "record_set": "quotes", "key": "quote_id"},
            {"id": "speakers-parquet", "path": SPEAKERS_FILE, "sha256": sha256_file(folder / SPEAKERS_FILE),
             "schema": speaker_schema, "record_set": "speakers", "key": "speaker_id"},
        ],
    )
    write_json(folder / "croissant.json", crois)
    manifest = {
        "dataset": dataset,
        "version": version,
        "previous_version": previous,
        "created": created,
        "builder": {"name": "quotes", "version": __version__, "python": sys.version.split()[0],
                    "pyarrow": pa.__version__},
        "id_scheme": ID_SCHEME,
        "schema_version": SCHEMA_VERSION,
        "content_sha256": digest,
        "inputs": _input_inventory(inputs),
        "row_counts": {"quotes": n_rows, "speakers": len(speakers)},
        "changes": summary,
        "schema": {"quotes": _schema_list(schema), "speakers": _schema_list(speaker_schema)},
        "files": file_inventory(folder),
    }
    write_json(folder / "release.json", manifest)
    write_sha256sums(folder, file_inventory(folder, exclude=["SHA256SUMS"]))
    interrupts.check()  # an interrupt that arrived while writing is honoured before anything is published
    with interrupts.deferred():  # from here the release is complete: publish it and its index together
        os.replace(folder, target)
        _update_index(dataset_dir, dataset)
    return ReleaseResult(target, version, previous, True, summary, n_rows, len(speakers),
                         f"published {dataset} {version}")


class _Counted:
    """An iterable of rows that also knows how many there are (consumed once)."""

    def __init__(self, rows: Iterable[dict[str, Any]], n: int) -> None:
        self.rows, self.n = rows, n

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return self.n


def _write_database(folder: Path, spool: RowSpool, speakers: list[dict[str, Any]], dataset: str,
                    version: str) -> None:
    """quotes.db and its Datasette metadata, when the database module is available."""
    try:
        from .database import batch_quote_values, write_database_values
    except ImportError:  # pragma: no cover - the module ships with the package
        return
    values = (value for batch in spool.batches() for value in batch_quote_values(batch))
    write_database_values(folder, values, spool.rows, speakers, dataset=dataset, version=version)


def _update_index(dataset_dir: Path, dataset: str) -> None:
    versions = list_versions(dataset_dir)
    entries = []
    for v in versions:
        m = load_manifest(dataset_dir / v)
        entries.append({"version": v, "path": v, "created": m.get("created"),
                        "previous_version": m.get("previous_version"),
                        "quotes": m.get("row_counts", {}).get("quotes"), "latest": v == versions[-1]})
    write_json_atomic(dataset_dir / "versions.json",
                      {"dataset": dataset, "latest": versions[-1] if versions else None, "versions": entries})


# ---------------------------------------------------------------- verify


def verify_release(release_dir: Path) -> list[str]:
    """Problems found in a release folder (empty when it is intact)."""
    import pyarrow.parquet as pq

    problems: list[str] = []
    release_dir = Path(release_dir)
    sums = release_dir / "SHA256SUMS"
    if not sums.is_file():
        return [f"{release_dir}: missing SHA256SUMS"]
    listed = set()
    for number, line in enumerate(sums.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split("  ", 1)
        if len(parts) != 2:
            problems.append(f"SHA256SUMS line {number}: malformed")
            continue
        digest, rel = parts
        listed.add(rel)
        path = release_dir / rel
        if not path.resolve().is_relative_to(release_dir.resolve()):
            problems.append(f"SHA256SUMS line {number}: path {rel!r} leaves the release folder")
        elif not path.is_file():
            problems.append(f"{rel}: listed in SHA256SUMS but missing")
        elif sha256_file(path) != digest:
            problems.append(f"{rel}: checksum mismatch (file changed since release)")
    for path in sorted(p for p in release_dir.rglob("*") if p.is_file()):
        rel = path.relative_to(release_dir).as_posix()
        if rel != "SHA256SUMS" and rel not in listed:
            problems.append(f"{rel}: not listed in SHA256SUMS")
    if problems:
        return problems
    manifest = load_manifest(release_dir)
    for name, rel, model in (("quotes", DATA_FILE, Quote), ("speakers", SPEAKERS_FILE, Speaker)):
        path = release_dir / rel
        try:
            pf = pq.ParquetFile(path)
        except Exception as exc:  # noqa: BLE001 - any read failure is a verification failure
            problems.append(f"{rel}: not readable as Parquet ({exc})")
            continue
        want = arrow_schema(model)
        got = pf.schema_arrow
        if [(f.name, _type_name(f.type)) for f in got] != [(f.name, _type_name(f.type)) for f in want]:
            problems.append(f"{rel}: schema differs from the {model.__name__} model")
        declared = manifest.get("row_counts", {}).get(name)
        if declared != pf.metadata.num_rows:
            problems.append(f"{rel}: {pf.metadata.num_rows} rows, release.json says {declared}")
    for item in manifest.get("files", []):
        path = release_dir / item["path"]
        if path.is_file() and path.stat().st_size != item["bytes"]:
            problems.append(f"{item['path']}: {path.stat().st_size} bytes, release.json says {item['bytes']}")
    return problems
