"""The per-document extraction as a pure function over batches.

``extract_batch`` takes documents and returns quote rows; ``extract_arrow``
does the same Arrow-in, Arrow-out, so the very same code runs in a local
process pool, in ``datasets.Dataset.map(batched=True)``, in Dask, in Spark's
``mapInArrow`` or in Ray Data's ``map_batches``.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable, Sequence

import pyarrow as pa

from .extract import extract_document
from .models import Document, Paragraph, Quote, Reject
from .schema import arrow_schema

# Arrow layout of documents handed to extract_arrow.
DOCUMENT_SCHEMA = pa.schema(
    [
        pa.field("file", pa.string()),
        pa.field("position", pa.int64()),
        pa.field("title", pa.string()),
        pa.field("date", pa.date32()),
        pa.field("publisher", pa.string()),
        pa.field("kind", pa.string()),
        pa.field("url", pa.string()),
        pa.field("content_id", pa.string()),
        pa.field("line", pa.int64()),
        pa.field("truncated", pa.bool_()),
        pa.field("paragraphs", pa.list_(pa.string())),
        pa.field("paragraph_kinds", pa.list_(pa.string())),
        pa.field("blockquote", pa.list_(pa.bool_())),
        pa.field("abbreviations", pa.map_(pa.string(), pa.string())),
        pa.field("people", pa.list_(pa.string())),
        pa.field("roles", pa.list_(pa.string())),
    ]
)


def quote_row(q: Quote) -> dict[str, Any]:
    return q.model_dump()


def extract_batch(docs: Sequence[Document]) -> tuple[list[dict[str, Any]], list[Reject]]:
    """Quote rows (dicts in the Arrow schema's layout) and rejects of a batch of documents."""
    rows: list[dict[str, Any]] = []
    rejects: list[Reject] = []
    for doc in docs:
        quotes, bad = extract_document(doc)
        rows.extend(quote_row(q) for q in quotes)
        rejects.extend(bad)
    return rows, rejects


def document_record(doc: Document) -> dict[str, Any]:
    return {
        "file": doc.file,
        "position": doc.position,
        "title": doc.title,
        "date": doc.date,
        "publisher": doc.publisher,
        "kind": doc.kind,
        "url": doc.url,
        "content_id": doc.content_id,
        "line": doc.line,
        "truncated": doc.truncated,
        "paragraphs": [p.text for p in doc.paragraphs],
        "paragraph_kinds": [p.kind for p in doc.paragraphs],
        "blockquote": [p.blockquote for p in doc.paragraphs],
        "abbreviations": list(doc.abbreviations.items()),
        "people": list(doc.people),
        "roles": list(doc.roles),
    }


def documents_to_arrow(docs: Iterable[Document]) -> pa.Table:
    return pa.Table.from_pylist([document_record(d) for d in docs], schema=DOCUMENT_SCHEMA)


def document_from_record(rec: dict[str, Any]) -> Document:
    kinds = rec.get("paragraph_kinds") or ["text"] * len(rec["paragraphs"])
    quoted = rec.get("blockquote") or [False] * len(rec["paragraphs"])
    paragraphs = [
        Paragraph(text=t, index=k + 1, kind=kind, blockquote=bool(b))
        for k, (t, kind, b) in enumerate(zip(rec["paragraphs"], kinds, quoted))
    ]
    date = rec.get("date")
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    abbreviations = rec.get("abbreviations") or {}
    if isinstance(abbreviations, list):
        abbreviations = dict(abbreviations)
    return Document(
        file=rec["file"], position=int(rec["position"]), title=rec["title"], paragraphs=paragraphs,
        date=date, publisher=rec.get("publisher"), kind=rec.get("kind") or "press_release",
        url=rec.get("url"), content_id=rec.get("content_id"), line=rec.get("line"),
        truncated=bool(rec.get("truncated")), abbreviations=abbreviations,
        people=list(rec.get("people") or []), roles=list(rec.get("roles") or []),
    )


def extract_arrow(batch: pa.RecordBatch | pa.Table) -> pa.Table:
    """Arrow documents in, Arrow quote rows out (the quotes dataset's schema)."""
    docs = [document_from_record(rec) for rec in batch.to_pylist()]
    rows, _ = extract_batch(docs)
    return pa.Table.from_pylist(rows, schema=arrow_schema())


def extract_hf_batch(batch: dict[str, list]) -> dict[str, list]:
    """The same function in the shape ``datasets.Dataset.map(batched=True)`` wants."""
    table = pa.Table.from_pydict(batch)
    out = extract_arrow(table)
    return out.to_pydict()
