"""Write the files of a release: Parquet with an explicit schema, JSON, checksums."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

PARQUET_WRITER_OPTIONS = dict(
    compression="zstd",
    compression_level=6,
    use_dictionary=True,
    write_statistics=True,
    data_page_version="2.0",
)
PARQUET_OPTIONS = dict(PARQUET_WRITER_OPTIONS, row_group_size=100_000)


def write_parquet(rows: list[dict[str, Any]], path: Path, schema: pa.Schema, metadata: dict[str, str]) -> None:
    """Write rows with exactly this Arrow schema (plain string, list<string>, date32)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist(rows, schema=schema)
    meta = dict(schema.metadata or {})
    meta.update({k.encode(): v.encode() for k, v in metadata.items()})
    table = table.replace_schema_metadata(meta)
    pq.write_table(table, path, **PARQUET_OPTIONS)


def read_parquet_rows(path: Path) -> list[dict[str, Any]]:
    return pq.read_table(path).to_pylist()


def write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=json_default) + "\n", encoding="utf-8")


def write_json_atomic(path: Path, data: Any) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    write_json(tmp, data)
    os.replace(tmp, path)


def json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def file_inventory(folder: Path, exclude: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Every file below a folder with its size and sha256, sorted by path."""
    skip = set(exclude)
    out = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        if rel in skip:
            continue
        out.append({"path": rel, "bytes": path.stat().st_size, "sha256": sha256_file(path)})
    return out


def write_sha256sums(folder: Path, inventory: list[dict[str, Any]]) -> None:
    """A SHA256SUMS file that `sha256sum -c SHA256SUMS` accepts inside the folder."""
    lines = [f"{item['sha256']}  {item['path']}\n" for item in inventory]
    (folder / "SHA256SUMS").write_text("".join(lines), encoding="utf-8")


def uncompressed_size(path: Path) -> int:
    """Bytes of a Parquet file's data once decompressed (the card's ``num_bytes``)."""
    meta = pq.ParquetFile(path).metadata
    return sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
