"""Quote rows kept on disk while a release is assembled, so memory does not grow with the corpus.

Extraction hands rows over batch by batch. They are buffered up to
``part_rows``, sorted by (speaker, date) and written as a Parquet *part*;
only the *slim* columns (everything but the quote's words) stay in memory,
for the steps that look across the whole build (IDs, speaker identity,
organisations). Writing the release then streams the parts back in one
k-way merge, ordered by speaker, date and final quote ID, with the fields
settled on the slim rows applied on the way.
"""
from __future__ import annotations

import heapq
import itertools
import shutil
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

import pyarrow as pa
import pyarrow.parquet as pq

from .models import Quote
from .schema import arrow_schema

# Columns kept in memory, for the steps that look across the build (IDs,
# organisations, speaker identity, statistics); the words stay on disk.
SLIM_FIELDS = ("quote_id", "speaker", "speaker_id", "role", "organisation", "date", "publisher", "title",
               "attribution", "source")
# Fields that may be settled after extraction, across the whole build.
SETTLED_FIELDS = ("quote_id", "speaker_id", "organisation")
READ_BATCH = 256


def _slim(row: dict[str, Any]) -> dict[str, Any]:
    """The in-memory part of a row; repeated strings (names, titles, bodies) are shared."""
    out = {}
    for k in SLIM_FIELDS:
        v = row.get(k)
        if isinstance(v, str) and k != "quote_id":
            v = sys.intern(v)
        elif k == "source" and v is not None:
            v = {"file": sys.intern(v["file"]), "release": v["release"], "paragraph": v["paragraph"]}
        out[k] = v
    return out


def _order(row: dict[str, Any]) -> tuple:
    speaker, date = row.get("speaker"), row.get("date")
    return (speaker is None, speaker or "", date is None, date.isoformat() if date else "")


class RowStore:
    """An append-only store of quote rows in sorted Parquet parts."""

    def __init__(self, folder: Path, part_rows: int = 10_000) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.part_rows = part_rows
        self.schema = arrow_schema(Quote)
        self.parts: list[Path] = []
        self.part_sizes: list[int] = []
        self.slim: list[dict[str, Any]] = []
        self._buffer: list[dict[str, Any]] = []

    @classmethod
    def from_rows(cls, rows: Iterable[dict[str, Any]], folder: Path, part_rows: int = 10_000) -> "RowStore":
        store = cls(folder, part_rows)
        store.add(rows)
        store.close()
        return store

    def __len__(self) -> int:
        return len(self.slim) + len(self._buffer)

    def add(self, rows: Iterable[dict[str, Any]]) -> None:
        for row in rows:
            self._buffer.append(row)
            if len(self._buffer) >= self.part_rows:
                self._flush()

    def close(self) -> None:
        if self._buffer:
            self._flush()

    def _flush(self) -> None:
        rows = sorted(self._buffer, key=lambda r: (_order(r), r["quote_id"]))
        self._buffer = []
        path = self.folder / f"part-{len(self.parts):05d}.parquet"
        pq.write_table(pa.Table.from_pylist(rows, schema=self.schema), path, compression="zstd")
        pa.default_memory_pool().release_unused()  # keep the allocator from holding freed batches
        self.parts.append(path)
        self.part_sizes.append(len(rows))
        for row in rows:
            self.slim.append(_slim(row))

    def _part_rows(self, k: int) -> Iterator[dict[str, Any]]:
        pf = pq.ParquetFile(self.parts[k])
        for batch in pf.iter_batches(batch_size=READ_BATCH):
            yield from batch.to_pylist()

    def rows_at(self, wanted: set[int]) -> dict[int, dict[str, Any]]:
        """Full rows by their position in ``slim`` (for the few rows that need their words)."""
        found: dict[int, dict[str, Any]] = {}
        start = 0
        for k, size in enumerate(self.part_sizes):
            here = {i - start for i in wanted if start <= i < start + size}
            if here:
                for j, row in enumerate(self._part_rows(k)):
                    if j in here:
                        found[start + j] = row
            start += size
        return found

    def merged(self) -> Iterator[dict[str, Any]]:
        """Every row, with the settled fields of ``slim`` applied, sorted by speaker, date, quote_id."""
        self.close()
        starts = list(itertools.accumulate([0] + self.part_sizes[:-1]))

        def part(k: int) -> Iterator[tuple[tuple, dict[str, Any]]]:
            for j, row in enumerate(self._part_rows(k)):
                settled = self.slim[starts[k] + j]
                for f in SETTLED_FIELDS:
                    row[f] = settled[f]
                yield _order(row), row

        stream = heapq.merge(*(part(k) for k in range(len(self.parts))), key=lambda kr: kr[0])
        for _, group in itertools.groupby(stream, key=lambda kr: kr[0]):
            for _, row in sorted(group, key=lambda kr: kr[1]["quote_id"]):
                yield row

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def batched(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def parquet_rows(path: Path, columns: Optional[list[str]] = None) -> Iterator[dict[str, Any]]:
    """Rows of a Parquet file, read a batch at a time."""
    pf = pq.ParquetFile(path)
    for batch in pf.iter_batches(batch_size=READ_BATCH, columns=columns):
        yield from batch.to_pylist()
