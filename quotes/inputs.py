"""Read input files: find them, decode them, and hand documents to the parser.

Every file and every document is accounted for: a file that cannot be read
(empty, binary, not UTF-8, no releases in it) becomes a :class:`Reject`
naming the file and, where known, the line; the build goes on with the rest.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .archive import Skipped, iter_dump
from .models import Document

DUMP_SUFFIXES = {".txt", ".text", ".dump", ""}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
SNIFF_BYTES = 8192


class InputError(Exception):
    """An input path that does not exist or cannot be opened."""


@dataclass(slots=True)
class FileProblem:
    """A problem with one input file, reported and then worked around."""

    file: str
    reason: str
    line: int | None = None
    fatal: bool = False  # nothing could be read from the file


Item = Union[Document, Skipped, FileProblem]


def expand_inputs(paths: Iterable[Union[str, Path]]) -> list[Path]:
    """Files named, and files inside folders named (recursively, sorted, hidden ones skipped)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if not name.startswith("."):
                        files.append(Path(root) / name)
        else:
            files.append(path)
    return files


@dataclass(frozen=True, slots=True)
class Chunk:
    """Part of a large dump: bytes [start, end), starting at a document header."""

    start: int
    end: Optional[int]
    first_line: int  # line number of the first line of the chunk
    first_position: int  # documents before the chunk
    final: bool  # the chunk ends the file


def _lines_between(fh, start: int, end: Optional[int]) -> Iterator[bytes]:
    fh.seek(start)
    pos = start
    for raw in fh:
        if end is not None and pos >= end:
            return
        pos += len(raw)
        yield raw


def plan_chunks(path: Path, chunk_bytes: int) -> list[Chunk]:
    """Split a dump at document headers into parts of about ``chunk_bytes``, for parallel reading."""
    from .archive import is_header_line

    chunks: list[Chunk] = []
    start, first_line, first_position = 0, 1, 0
    pos, documents = 0, 0
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, 1):
            if raw[:8].lstrip(b" \t").startswith("•".encode()) and is_header_line(raw.decode("utf-8", "replace")):
                if pos - start >= chunk_bytes and documents > first_position:
                    chunks.append(Chunk(start, pos, first_line, first_position, False))
                    start, first_line, first_position = pos, number, documents
                documents += 1
            pos += len(raw)
    chunks.append(Chunk(start, None, first_line, first_position, True))
    return chunks


def _decoded_lines(path: Path, label: str, problems: list[FileProblem], chunk: Optional[Chunk] = None) -> Iterator[str]:
    """Lines of a UTF-8 file (or of one chunk of it); undecodable lines are replaced and reported."""
    bad = 0
    first = chunk.first_line if chunk else 1
    with path.open("rb") as fh:
        raws = _lines_between(fh, chunk.start, chunk.end) if chunk else fh
        for number, raw in enumerate(raws, first):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                bad += 1
                if bad <= 3:
                    problems.append(FileProblem(label, f"invalid UTF-8 at byte {exc.start + 1} of the line; "
                                                       "undecodable bytes replaced", line=number))
                line = raw.decode("utf-8", errors="replace")
            if number == 1:
                line = line.lstrip("\ufeff")
            yield line
    if bad > 3:
        problems.append(FileProblem(label, f"{bad} lines in all had invalid UTF-8"))


def sniff(path: Path) -> str:
    """'empty', 'binary', 'json', 'dump' or 'unknown' for a file."""
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
    if not head.strip():
        return "empty"
    if b"\x00" in head:
        return "binary"
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES or head.lstrip()[:1] in (b"{", b"["):
        return "json"
    if suffix in DUMP_SUFFIXES or "PRESS RELEASE".encode() in head or "•".encode() in head:
        return "dump"
    return "unknown"


def read_file(path: Path, label: str | None = None, chunk: Optional[Chunk] = None) -> Iterator[Item]:
    """Documents of one input file (or of one chunk of a large dump), with problems interleaved."""
    label = label or path.name
    try:
        kind = sniff(path)
    except OSError as exc:
        yield FileProblem(label, f"cannot read: {exc.strerror or exc}", fatal=True)
        return
    if kind == "empty":
        yield FileProblem(label, "empty file", fatal=True)
        return
    if kind == "binary":
        yield FileProblem(label, "binary file (NUL bytes), not a text dump or JSON", fatal=True)
        return
    if kind == "json":
        from .govuk import read_json_file

        yield from read_json_file(path, label)
        return
    problems: list[FileProblem] = []
    count = 0
    lines = _decoded_lines(path, label, problems, chunk)
    if chunk is None:
        items = iter_dump(lines, label)
    else:
        items = iter_dump(lines, label, chunk.first_line, chunk.first_position, chunk.final)
    for item in items:
        while problems:
            yield problems.pop(0)
        count += 1
        yield item
    while problems:
        yield problems.pop(0)
    if count == 0 and chunk is None:
        what = "no press releases found (no '  • PRESS RELEASE : <title>' header lines)"
        if kind == "unknown":
            what = f"not a press-release dump ({path.suffix or 'no suffix'} file without release headers)"
        yield FileProblem(label, what, fatal=True)
