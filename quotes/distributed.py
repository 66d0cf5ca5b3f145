"""Run the per-document extraction on more than one machine.

The extraction step is a pure function over a batch of documents:
:func:`quotes.batch.extract_arrow` takes an Arrow table (or record batch) in
the layout of :data:`quotes.batch.DOCUMENT_SCHEMA` and returns an Arrow table
of quote rows in the dataset's schema. A worker needs nothing but the
``quotes`` package itself, so any engine that can call a Python function on
Arrow batches can run it. This module holds the glue for Dask
and the helpers the other engines need.

Dask (``pip install 'quotes[distributed]'``)
    :func:`extract_with_dask` reads the inputs on the calling machine,
    drops duplicate releases exactly as ``quotes build`` does, cuts the
    documents into Arrow batches and sends each batch to a worker, keeping a
    bounded number of batches in flight. With a ``LocalCluster`` it uses the
    cores of one machine; to use a real cluster, start a scheduler
    (``dask scheduler``, listening on port 8786) and workers on the other
    machines (``dask worker tcp://SCHEDULER:8786``), install the same version
    of ``quotes`` on every worker, and pass ``Client("tcp://SCHEDULER:8786")``.
    Only the client machine needs the input files; workers receive documents
    and send back quote rows. The returned table holds the same rows as the
    single-process build, in input order.

Spark (3.3 or later)
    Write the documents to Parquet (``pyarrow.parquet.write_table`` of
    :func:`document_batches` tables), read them with ``spark.read.parquet``
    and call
    ``df.mapInArrow(spark_extract, spark_schema_ddl())``: :func:`spark_extract`
    turns each incoming ``pyarrow.RecordBatch`` into quote-row batches, and
    :func:`spark_schema_ddl` spells the quotes schema in Spark's DDL. The
    batches use plain ``string`` columns, as Spark expects unless
    ``spark.sql.execution.arrow.useLargeVarTypes`` is switched on. The
    Python that Spark starts on each executor (``PYSPARK_PYTHON``) must have
    ``quotes`` installed.

Ray Data
    ``ray.data.from_arrow(documents_to_arrow(docs))`` (or
    ``ray.data.read_parquet``) then
    ``.map_batches(extract_arrow, batch_format="pyarrow", batch_size=200)``:
    Ray hands each batch to the function as a ``pyarrow.Table`` and collects
    the tables it returns (``.write_parquet(folder)`` to keep them). Ray's
    workers need ``quotes`` installed, or shipped with
    ``ray.init(runtime_env={"py_modules": [quotes]})``.

``datasets``
    ``hf_documents(docs).map(extract_hf_batch, batched=True, num_proc=N,
    remove_columns=...)`` runs the same code in N local processes.

These routes return quote rows only. The rejects found while extracting
(attribution-like lines that name nobody), which ``quotes build`` lists in
its build report, are not collected; a ``report`` given to
:func:`extract_with_dask` counts what was read (files, documents,
duplicates, problems).
"""
from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Optional, Sequence, Union

import pyarrow as pa

from .batch import DOCUMENT_SCHEMA, document_record, documents_to_arrow, extract_arrow
from .inputs import expand_inputs
from .models import BuildReport, Document
from .schema import arrow_schema, scalar_type_name

if TYPE_CHECKING:  # pragma: no cover - typing only
    import datasets
    from distributed import Client

DEFAULT_BATCH_SIZE = 200

Inputs = Union[Sequence[Union[str, Path]], Iterable[Document], pa.Table]


def _labelled_files(paths: Sequence[Union[str, Path]]) -> tuple[list[Path], dict[Path, str]]:
    """Files under the inputs and the label each is reported under (as ``quotes build`` names them)."""
    files: list[Path] = []
    labels: dict[Path, str] = {}
    for raw in paths:
        root = Path(raw)
        for f in expand_inputs([root]):
            files.append(f)
            labels[f] = f.relative_to(root).as_posix() if root.is_dir() else f.name
    return files, labels


def read_documents(paths: Sequence[Union[str, Path]], report: Optional[BuildReport] = None) -> Iterator[Document]:
    """Documents of input files and folders, duplicates and out-of-scope kinds dropped (and counted in ``report``)."""
    from .pipeline import iter_documents

    files, labels = _labelled_files(paths)
    yield from iter_documents(files, labels, report if report is not None else BuildReport())


def document_batches(inputs: Inputs, batch_size: int = DEFAULT_BATCH_SIZE,
                     report: Optional[BuildReport] = None) -> Iterator[pa.Table]:
    """Arrow tables of at most ``batch_size`` documents, in :data:`DOCUMENT_SCHEMA`.

    ``inputs`` is a list of files and folders, an iterable of :class:`Document`,
    or an Arrow table of documents.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    if isinstance(inputs, pa.Table):
        for start in range(0, inputs.num_rows, batch_size):
            yield inputs.slice(start, batch_size)
        return
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    items = list(inputs) if not isinstance(inputs, Iterator) else inputs
    if isinstance(items, list) and items and all(isinstance(x, (str, Path)) for x in items):
        docs: Iterable[Document] = read_documents(items, report)
    else:
        docs = items
    batch: list[Document] = []
    for doc in docs:
        if not isinstance(doc, Document):
            raise TypeError(f"expected file paths or Document objects, got {type(doc).__name__}")
        batch.append(doc)
        if len(batch) >= batch_size:
            yield documents_to_arrow(batch)
            batch = []
    if batch:
        yield documents_to_arrow(batch)


def extract_with_dask(
    inputs: Inputs,
    client: "Client",
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_in_flight: Optional[int] = None,
    report: Optional[BuildReport] = None,
) -> pa.Table:
    """Quote rows of the inputs, extracted on the workers of a Dask cluster.

    ``inputs``: files and folders (read here, duplicates dropped as in the
    build), Documents, or an Arrow table in :data:`DOCUMENT_SCHEMA`.
    ``client``: a ``distributed.Client``, e.g. ``Client(LocalCluster())`` on
    one machine or ``Client("tcp://scheduler-host:8786")`` for a cluster.
    ``max_in_flight``: batches submitted but not yet collected (default:
    twice the number of worker threads), which bounds the memory used for
    documents waiting to be parsed.
    ``report``: filled with the counts of what was read, when inputs are paths.

    Returns an Arrow table in the quotes schema, rows in input order.
    """
    if max_in_flight is None:
        threads = sum(client.nthreads().values()) or 1
        max_in_flight = 2 * threads
    max_in_flight = max(1, max_in_flight)
    pending: deque = deque()
    results: list[pa.Table] = []
    try:
        for table in document_batches(inputs, batch_size, report):
            pending.append(client.submit(extract_arrow, table, pure=False))
            while len(pending) >= max_in_flight:
                results.append(pending.popleft().result())
        while pending:
            results.append(pending.popleft().result())
    finally:
        for fut in pending:
            fut.cancel()
    schema = arrow_schema()
    if not results:
        return schema.empty_table()
    return pa.concat_tables([t.cast(schema) for t in results])


# ---------------------------------------------------------------- other engines


def spark_extract(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """The function to give ``DataFrame.mapInArrow``: document batches in, quote-row batches out."""
    for batch in batches:
        yield from extract_arrow(batch).to_batches()


def _ddl_type(dtype: pa.DataType) -> str:
    if pa.types.is_list(dtype) or pa.types.is_large_list(dtype):
        return f"ARRAY<{_ddl_type(dtype.value_type)}>"
    if pa.types.is_struct(dtype):
        inner = ", ".join(f"`{f.name}`: {_ddl_type(f.type)}" for f in dtype)
        return f"STRUCT<{inner}>"
    return scalar_type_name(dtype, "spark")


def spark_schema_ddl(schema: Optional[pa.Schema] = None) -> str:
    """The quotes schema as a Spark DDL string, for ``mapInArrow(..., schema)``."""
    schema = schema if schema is not None else arrow_schema()
    return ", ".join(f"`{f.name}` {_ddl_type(f.type)}" for f in schema)


# Documents for ``datasets``: it has no map type, so the abbreviations are
# [acronym, expansion] pairs (quotes.batch.document_from_record reads both forms).
HF_DOCUMENT_SCHEMA = pa.schema(
    [f if f.name != "abbreviations" else pa.field("abbreviations", pa.list_(pa.list_(pa.string())))
     for f in DOCUMENT_SCHEMA]
)


def hf_documents(docs: Iterable[Document]) -> "datasets.Dataset":
    """A ``datasets.Dataset`` of documents, ready for ``.map(extract_hf_batch, batched=True)``."""
    import datasets

    records: list[dict[str, Any]] = []
    for doc in docs:
        rec = document_record(doc)
        rec["abbreviations"] = [list(pair) for pair in doc.abbreviations.items()]
        records.append(rec)
    return datasets.Dataset(pa.Table.from_pylist(records, schema=HF_DOCUMENT_SCHEMA))


__all__ = [
    "DEFAULT_BATCH_SIZE", "HF_DOCUMENT_SCHEMA", "document_batches", "extract_with_dask", "hf_documents",
    "read_documents", "spark_extract", "spark_schema_ddl",
]
