"""The per-document extraction beyond one process: `datasets.map(num_proc=2)` and a Dask cluster.

Both run the same batch function (:func:`quotes.batch.extract_arrow` /
:func:`quotes.batch.extract_hf_batch`) and must give exactly the rows of the
single-process extraction on the same input.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pytest

from quotes.archive import read_dump
from quotes.batch import extract_arrow, extract_batch, extract_hf_batch
from quotes.distributed import (
    HF_DOCUMENT_SCHEMA,
    document_batches,
    extract_with_dask,
    hf_documents,
    read_documents,
    spark_extract,
    spark_schema_ddl,
)
from quotes.models import BuildReport, Document, Paragraph
from quotes.pipeline import bundled_corpus, extract_files
from quotes.schema import arrow_schema

BUNDLED_QUOTES = 30  # the seed gold of the bundled corpus has 30 quotes, one per "said:" line


@pytest.fixture(autouse=True)
def _offline_hub(monkeypatch, tmp_path_factory):
    """`datasets` stays offline and keeps its cache in a temporary folder."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path_factory.getbasetemp() / "hf-home"))


def canonical(rows) -> list[str]:
    """Rows as sorted JSON strings: order-free, exact comparison of every field."""
    return sorted(json.dumps(r, sort_keys=True, default=str, ensure_ascii=False) for r in rows)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A folder of dumps: the bundled releases, a re-titled and re-dated copy, and an exact duplicate."""
    folder = tmp_path_factory.mktemp("corpus")
    text = bundled_corpus().read_text(encoding="utf-8")
    (folder / "a-home-office.txt").write_text(text, encoding="utf-8")
    (folder / "nested").mkdir()
    retitled = text.replace("PRESS RELEASE : ", "PRESS RELEASE : Reissued: ").replace(" 2025.", " 2026.")
    (folder / "nested" / "b-reissued.txt").write_text(retitled, encoding="utf-8")
    (folder / "c-duplicate.txt").write_text(text, encoding="utf-8")  # every release already seen in a-...
    return folder


@pytest.fixture(scope="module")
def expected(corpus):
    result = extract_files([corpus])
    return result.rows


def test_the_reference_rows_are_what_the_corpus_holds(expected):
    # Hand check of the reference: 30 quotes per copy, two distinct copies, the duplicate file adds none.
    assert len(expected) == 2 * BUNDLED_QUOTES
    files = {r["source"]["file"] for r in expected}
    assert files == {"a-home-office.txt", "nested/b-reissued.txt"}
    reissued = [r for r in expected if r["source"]["file"] == "nested/b-reissued.txt"]
    assert all(r["title"].startswith("Reissued: ") and r["date"].year == 2026 for r in reissued)


# ---------------------------------------------------------------- datasets


def test_datasets_map_with_two_processes_gives_the_same_rows(corpus, expected, tmp_path):
    datasets = pytest.importorskip("datasets")
    docs = list(read_documents([corpus]))
    assert len(docs) == 20  # 30 releases read, 10 of them duplicates
    ds = hf_documents(docs)
    assert ds.num_rows == 20
    out = ds.map(extract_hf_batch, batched=True, batch_size=3, num_proc=2, remove_columns=ds.column_names,
                 cache_file_name=str(tmp_path / "hf-cache" / "quotes.arrow"))
    assert isinstance(out, datasets.Dataset)
    assert set(out.column_names) == set(arrow_schema().names)
    rows = out.to_list()
    assert len(rows) == len(expected)
    # datasets hands dates back as dates; compare every field of every row.
    assert canonical(rows) == canonical(expected)


def test_hf_documents_keep_abbreviations_through_a_batch():
    """Documents with markup expansions (GOV.UK <abbr>) survive the datasets round trip."""
    pytest.importorskip("datasets")
    doc = Document(file="x.json", position=1, title="Agency news", date=dt.date(2025, 3, 1), publisher="DVSA",
                   paragraphs=[Paragraph("The DVSA chief executive Jane Smith said:", 1),
                               Paragraph("We will make roads safer for everyone who uses them.", 2)],
                   abbreviations={"DVSA": "Driver and Vehicle Standards Agency"})
    ds = hf_documents([doc])
    assert ds.features.arrow_schema.field("abbreviations").type == HF_DOCUMENT_SCHEMA.field("abbreviations").type
    batch = ds[:1]
    assert batch["abbreviations"] == [[["DVSA", "Driver and Vehicle Standards Agency"]]]
    rows = extract_hf_batch(batch)
    direct, _ = extract_batch([doc])
    assert len(direct) == 1
    assert canonical([dict(zip(rows, values)) for values in zip(*rows.values())]) == canonical(direct)


# ---------------------------------------------------------------- Dask


@pytest.fixture(scope="module")
def dask_client():
    distributed = pytest.importorskip("dask.distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                       silence_logs=40)
    client = distributed.Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def test_dask_cluster_gives_the_same_rows_in_the_same_order(corpus, expected, dask_client):
    report = BuildReport()
    table = extract_with_dask([corpus], dask_client, batch_size=3, report=report)
    assert isinstance(table, pa.Table)
    assert table.schema.equals(arrow_schema())
    rows = table.to_pylist()
    assert canonical(rows) == canonical(expected)
    assert rows == expected  # batches come back in input order
    assert report.documents_read == 30 and report.duplicates == 10


def test_dask_work_runs_on_the_worker_processes(corpus, dask_client):
    import os

    from distributed import get_task_stream

    with get_task_stream(dask_client) as stream:
        extract_with_dask([corpus], dask_client, batch_size=2, max_in_flight=4)
    tasks = [t for t in stream.data if t["key"].startswith("extract_arrow")]
    assert len(tasks) == 10  # 20 distinct releases in batches of two
    worker_pids = set(dask_client.run(os.getpid).values())
    assert os.getpid() not in worker_pids and len(worker_pids) == 2
    assert {t["worker"] for t in tasks} <= set(dask_client.scheduler_info()["workers"])


def test_dask_accepts_documents_and_arrow_tables(dask_client):
    docs = [d for d in read_dump(bundled_corpus().read_text(encoding="utf-8"), "home-office.txt")
            if isinstance(d, Document)]
    single, _ = extract_batch(docs)
    assert len(single) == BUNDLED_QUOTES
    from_docs = extract_with_dask(docs, dask_client, batch_size=4).to_pylist()
    assert from_docs == single
    table = next(document_batches(docs, batch_size=len(docs)))
    assert extract_with_dask(table, dask_client, batch_size=7).to_pylist() == single


def test_dask_on_nothing_gives_an_empty_table_with_the_schema(dask_client):
    table = extract_with_dask([], dask_client)
    assert table.num_rows == 0 and table.schema.equals(arrow_schema())
    no_quotes = Document(file="x.txt", position=1, title="Nothing said", paragraphs=[Paragraph("Plain text.", 1)])
    assert extract_with_dask([no_quotes], dask_client).num_rows == 0


def test_document_batches_reject_bad_arguments():
    with pytest.raises(ValueError, match="batch_size"):
        next(document_batches([bundled_corpus()], batch_size=0))
    with pytest.raises(TypeError, match="Document"):
        next(document_batches([{"title": "a dict is not a document"}]))


# ---------------------------------------------------------------- Spark and Ray glue (engines not installed here)


def test_spark_function_maps_record_batches_to_quote_batches():
    docs = [d for d in read_dump(bundled_corpus().read_text(encoding="utf-8"), "home-office.txt")
            if isinstance(d, Document)]
    table = next(document_batches(docs, batch_size=len(docs)))
    out = list(spark_extract(iter(table.to_batches(max_chunksize=3))))
    assert all(isinstance(b, pa.RecordBatch) and b.schema.equals(arrow_schema()) for b in out)
    rows = pa.Table.from_batches(out, schema=arrow_schema()).to_pylist()
    assert rows == extract_arrow(table).to_pylist()
    assert len(rows) == BUNDLED_QUOTES


def test_spark_schema_names_every_column_with_its_type():
    ddl = spark_schema_ddl()
    assert ddl.startswith("`quote_id` STRING, `speaker` STRING")
    assert "`date` DATE" in ddl and "`paragraphs` ARRAY<STRING>" in ddl and "`inline` BOOLEAN" in ddl
    assert "`source` STRUCT<`file`: STRING, `release`: BIGINT, `paragraph`: BIGINT" in ddl
    assert ddl.count("`") == 2 * (len(arrow_schema().names) + len(arrow_schema().field("source").type))
    with pytest.raises(TypeError, match="no Spark type"):
        spark_schema_ddl(pa.schema([pa.field("when", pa.timestamp("s"))]))
