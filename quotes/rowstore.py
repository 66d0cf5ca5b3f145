"""Quote rows kept on disk while a release is assembled, so memory does not grow with the corpus.

Extraction hands rows over batch by batch. They are buffered up to
``part_rows``, sorted by (speaker, date) and written as a Parquet *part*;
their *slim* columns (everything but the quote's words) go to a
:class:`~quotes.slimtable.SlimTable` on disk, for the steps that look
across the whole build (IDs, speaker identity, organisations). Writing the
release then streams the parts back in one k-way merge, ordered by speaker,
date and final quote ID, with the fields settled in the table applied on
the way. Memory holds a part's buffer and one row group per merged stream,
whatever the size of the corpus.
"""
from __future__ import annotations

import heapq
import itertools
import shutil
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

import pyarrow as pa
import pyarrow.ipc
import pyarrow.parquet as pq

from .models import Quote
from .schema import arrow_schema
from .slimtable import SlimTable

READ_BATCH = 64  # rows read at a time from each part during the merge
PART_ROWS = 2_000  # rows buffered before a sorted part is written
RUN_ROW_GROUP = 1_024  # rows per row group of a merged run
FAN_IN = 8  # parts merged at once; more are first merged into longer runs (each open reader costs ~1 MB)


def _order(row: dict[str, Any]) -> tuple:
    speaker, date = row.get("speaker"), row.get("date")
    return (speaker is None, speaker or "", date is None, date.isoformat() if date else "")


class RowStore:
    """An append-only store of quote rows in sorted Parquet parts."""

    def __init__(self, folder: Path, part_rows: int = PART_ROWS, prefix: str = "part") -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.part_rows = part_rows
        self.prefix = prefix
        self.schema = arrow_schema(Quote)
        self.parts: list[Path] = []
        self.part_sizes: list[int] = []
        self.table = SlimTable(self.folder / f"{prefix}.slim.sqlite")  # the slim rows, in part order
        self.dropped = 0  # rows left out (duplicate releases)
        self._buffer: list[dict[str, Any]] = []
        self._runs: Optional[list[Path]] = None  # merged runs of the parts, written by the first merge

    @classmethod
    def from_rows(cls, rows: Iterable[dict[str, Any]], folder: Path, part_rows: int = PART_ROWS) -> "RowStore":
        store = cls(folder, part_rows)
        store.add(rows)
        store.close()
        return store

    def __len__(self) -> int:
        """Rows that go into the release."""
        return len(self.table) + len(self._buffer) - self.dropped

    def adopt(self, other: "RowStore") -> None:
        """Take over the parts another store wrote (a worker's), after this store's own."""
        self.close()
        other.close()
        self._runs = None
        self.parts += other.parts
        self.part_sizes += other.part_sizes
        self.table.adopt(other.table)
        self.dropped += other.dropped

    def drop(self, keys: set[tuple[str, int]]) -> int:
        """Leave out the rows of these releases (file, release number). Returns how many."""
        if not keys:
            return 0
        self.close()
        self._runs = None
        dropped = self.table.drop_releases(keys)
        self.dropped += dropped
        return dropped

    def add(self, rows: Iterable[dict[str, Any]]) -> None:
        self._runs = None
        for row in rows:
            self._buffer.append(row)
            if len(self._buffer) >= self.part_rows:
                self._flush()

    def close(self) -> None:
        if self._buffer:
            self._flush()
        self.table.close()

    def _flush(self) -> None:
        rows = sorted(self._buffer, key=lambda r: (_order(r), r["quote_id"]))
        self._buffer = []
        path = self.folder / f"{self.prefix}-{len(self.parts):05d}.parquet"
        # The merge reads every part at once, one row group each: as small as a merged run's, no smaller
        # (reading many tiny row groups costs more than the rows in them).
        pq.write_table(pa.Table.from_pylist(rows, schema=self.schema), path, compression="zstd",
                       row_group_size=RUN_ROW_GROUP)
        pa.default_memory_pool().release_unused()  # keep the allocator from holding freed batches
        self.parts.append(path)
        self.part_sizes.append(len(rows))
        self.table.append(rows)

    def _part_rows(self, k: int) -> Iterator[dict[str, Any]]:
        return parquet_rows(self.parts[k])

    def rows_at(self, wanted: set[int]) -> dict[int, dict[str, Any]]:
        """Full rows by their position (for the few rows that need their words)."""
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
        """Every row, with the settled fields of the table applied, sorted by speaker, date, quote_id.

        At most FAN_IN files are read at once: with more parts, runs of FAN_IN
        parts are first merged into longer sorted runs on disk. The runs are
        kept, so a second merge (for a caller that reads the rows twice) starts from
        them; settle the fields before the first merge, as they are fixed in
        the runs.
        """
        self.close()
        if self._runs is not None:
            yield from _merge([parquet_rows(p) for p in self._runs])
            return
        starts = list(itertools.accumulate([0] + self.part_sizes[:-1]))

        def settled_rows(k: int) -> Iterator[dict[str, Any]]:
            settled = self.table.settled(starts[k], starts[k] + self.part_sizes[k])
            for j, row in enumerate(self._part_rows(k)):
                quote_id, speaker_id, organisation, left_out = settled[starts[k] + j]
                if left_out:
                    continue
                row["quote_id"], row["speaker_id"], row["organisation"] = quote_id, speaker_id, organisation
                yield row

        def part(k: int) -> Iterator[dict[str, Any]]:
            # Parts were sorted on the IDs of first sight; settled IDs may reorder rows
            # of one speaker on one date, so each such (small) group is sorted again.
            for _, group in itertools.groupby(settled_rows(k), key=_order):
                yield from sorted(group, key=lambda r: r["quote_id"])

        sources: list[Iterator[dict[str, Any]]] = [part(k) for k in range(len(self.parts))]
        level = 0
        runs: Optional[list[Path]] = None
        while len(sources) > FAN_IN:
            runs = []
            for n, group in enumerate(range(0, len(sources), FAN_IN)):
                path = self.folder / f"run-{level}-{n:05d}.parquet"
                write_rows(_merge(sources[group:group + FAN_IN]), path, self.schema)
                runs.append(path)
            sources = [parquet_rows(p) for p in runs]
            level += 1
        self._runs = runs
        yield from _merge(sources)

    def remove(self) -> None:
        self.table.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def _merge(sources: list[Iterator[dict[str, Any]]]) -> Iterator[dict[str, Any]]:
    """k-way merge of sorted row streams, by speaker, date, then quote_id."""
    streams = [((_order(r), r["quote_id"], r) for r in src) for src in sources]
    for order, qid, row in heapq.merge(*streams, key=lambda t: (t[0], t[1])):
        yield row


def write_rows(rows: Iterable[dict[str, Any]], path: Path, schema: pa.Schema, row_group: int = RUN_ROW_GROUP,
               **options: Any) -> None:
    """Rows to a Parquet file, in row groups of ``row_group`` rows.

    Rows are converted to Arrow a few at a time, so at most one row group is
    held, in Arrow's compact form rather than as Python objects. Row groups
    much smaller than this make the file's metadata large, and a reader
    holds all of it.
    """
    batches = (pa.RecordBatch.from_pylist(batch, schema=schema) for batch in batched(rows, READ_BATCH))
    write_batches(batches, path, schema, row_group, **options)


def write_batches(batches: Iterable[pa.RecordBatch], path: Path, schema: pa.Schema, row_group: int = RUN_ROW_GROUP,
                  **options: Any) -> None:
    """Arrow batches to a Parquet file, gathered into row groups of at least ``row_group`` rows."""
    options.setdefault("compression", "zstd")
    with pq.ParquetWriter(path, schema, **options) as writer:
        pending: list[pa.RecordBatch] = []
        held = 0
        for batch in batches:
            pending.append(batch)
            held += batch.num_rows
            if held >= row_group:
                writer.write_table(pa.Table.from_batches(pending, schema=schema), row_group_size=held)
                pending, held = [], 0
        if pending:
            writer.write_table(pa.Table.from_batches(pending, schema=schema), row_group_size=held)


class RowSpool:
    """Rows kept on disk once, as Arrow batches of ``READ_BATCH`` rows, to be read back more than once.

    The batches are those :func:`write_rows` makes, so the Parquet file that
    :func:`write_batches` writes from them is the one ``write_rows`` writes.

    The release turns its merged rows into Arrow here a single time; the
    Parquet file and the database are then written from these batches,
    with no second merge and no Python rows. Memory holds one batch.
    """

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.path = Path(path)
        self.schema = schema
        self._sink = pa.OSFile(str(self.path), "wb")
        # lz4 keeps the file a fraction of the rows' size at little cost; batches this small compress faster
        # in this thread than handed to Arrow's pool.
        options = pa.ipc.IpcWriteOptions(compression="lz4", use_threads=False)
        self._writer = pa.ipc.new_stream(self._sink, schema, options=options)
        self._buffer: list[dict[str, Any]] = []
        self.rows = 0

    def add(self, row: dict[str, Any]) -> None:
        self._buffer.append(row)
        if len(self._buffer) >= READ_BATCH:
            self._flush()

    def _flush(self) -> None:
        self._writer.write_batch(pa.RecordBatch.from_pylist(self._buffer, schema=self.schema))
        self.rows += len(self._buffer)
        self._buffer = []

    def close(self) -> None:
        if self._writer is None:
            return
        if self._buffer:
            self._flush()
        self._writer.close()
        self._sink.close()
        self._writer = None

    def batches(self, schema: Optional[pa.Schema] = None) -> Iterator[pa.RecordBatch]:
        """The batches in the order written (with ``schema``'s metadata, when given)."""
        self.close()
        with pa.OSFile(str(self.path), "rb") as source:
            for batch in pa.ipc.open_stream(source):
                yield batch if schema is None else batch.replace_schema_metadata(schema.metadata)

    def remove(self) -> None:
        self.close()
        self.path.unlink(missing_ok=True)


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
    """Rows of a Parquet file, read a batch at a time (a row group is read only when it is needed)."""
    pf = pq.ParquetFile(path, pre_buffer=False)
    # Batches this small decode faster in this thread than spread over Arrow's pool.
    for batch in pf.iter_batches(batch_size=READ_BATCH, columns=columns, use_threads=False):
        yield from batch.to_pylist()
