"""The build pipeline: read inputs, extract quotes, publish a release.

``build()`` is the library entry point behind ``quotes build``. It streams
documents from the inputs, drops releases already seen (same title, date and
publisher), extracts quotes in batches (in worker processes with
``jobs > 1``), and hands the rows and the build report to
:mod:`quotes.release`, which writes the versioned release folder.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Optional, Sequence, Union

from . import interrupts
from .archive import Skipped
from .extract import extract_document
from .inputs import Chunk, FileProblem, expand_inputs, plan_chunks, read_file, sniff
from .models import BuildReport, Document, Reject
from .rowstore import RowStore
from .slimtable import SeenKeys

if TYPE_CHECKING:
    from .release import ReleaseResult

DEFAULT_DATASET = "quotes"
BUNDLED_CORPUS = "home-office-2025-01-02.txt"


def bundled_corpus() -> Path:
    """Path of the corpus that ships inside the package."""
    return Path(str(resources.files("quotes") / "data" / BUNDLED_CORPUS))


def bundled_gold() -> Path:
    return Path(str(resources.files("quotes") / "data" / "seed-gold.jsonl"))


@dataclass
class Extraction:
    """Quote rows of a build and the report that accounts for every input."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    report: BuildReport = field(default_factory=BuildReport)
    inputs: list[Path] = field(default_factory=list)
    labels: dict[Path, str] = field(default_factory=dict)

    @property
    def problems(self) -> list[Reject]:
        return [r for r in self.report.rejects if r.kind in ("error", "warning")]


ProgressFn = Callable[[str, int], None]


def _labels(paths: Sequence[Union[str, Path]]) -> tuple[list[Path], dict[Path, str]]:
    files: list[Path] = []
    labels: dict[Path, str] = {}
    for raw in paths:
        root = Path(raw)
        expanded = expand_inputs([root])
        for f in expanded:
            files.append(f)
            labels[f] = f.relative_to(root).as_posix() if root.is_dir() else f.name
    return files, labels


def iter_documents(files: Sequence[Path], labels: dict[Path, str], report: BuildReport) -> Iterator[Document]:
    """Documents of all files, duplicates and out-of-scope documents removed and reported (one process)."""
    seen: set[bytes] = set()
    for path in files:
        label = labels.get(path, path.name)
        report.files.append(label)
        for item in read_file(path, label):
            doc = _account(item, report, seen)
            if doc is not None:
                yield doc


def _seen_key(doc: Document) -> bytes:
    """A release's identity (title, date, publisher) in 16 bytes, for the set of releases read."""
    return hashlib.blake2b("\x1f".join(doc.key).encode(), digest_size=16).digest()


def _account(item: Union[Document, Skipped, FileProblem], report: BuildReport,
             seen: Union[set[bytes], SeenKeys]) -> Optional[Document]:
    """Record one item read in the report; the document when it is a new release to extract."""
    if isinstance(item, FileProblem):
        report.add(Reject(file=item.file, line=item.line, kind="error" if item.fatal else "warning",
                          reason=item.reason))
        if item.fatal:
            report.files_failed += 1
        return None
    report.documents_read += 1
    if isinstance(item, Skipped):
        report.skipped += 1
        report.add(Reject(file=item.file, line=item.line, release=item.position, kind="skipped",
                          reason=item.reason, text=item.title))
        return None
    report.releases += 1
    for w in item.warnings:
        report.add(Reject(file=item.file, line=item.line, release=item.position, kind="warning",
                          reason=w, text=item.title))
    key = _seen_key(item)
    if key in seen:
        report.duplicates += 1
        report.add(Reject(file=item.file, line=item.line, release=item.position, kind="duplicate",
                          reason="same title, date and publisher as a release read earlier; kept once",
                          text=item.title))
        return None
    seen.add(key)
    return item


# ---------------------------------------------------------------- work units
#
# The build is split into units of work -- a whole file, or a part of a large
# dump that starts at a release header -- and each unit is read, parsed and
# extracted entirely inside one worker, which writes its quotes to its own
# Parquet parts. The main process only collects, in input order, what each
# unit read (for the report and for dropping releases seen twice) and the
# slim rows. The output does not depend on the number of workers.

CHUNK_BYTES = 8 << 20


@dataclass(frozen=True)
class WorkUnit:
    index: int
    path: Path
    label: str
    chunk: Optional[Chunk] = None


@dataclass
class UnitResult:
    index: int
    label: str
    first_of_file: bool
    # What was read, in order: FileProblem, Skipped, or a Document reduced to its
    # identity (the text is not sent back), each document followed by its rejects.
    items: list[Any] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)  # in-memory mode
    store: Optional[RowStore] = None  # on-disk mode


@dataclass(frozen=True)
class DocumentSeen:
    """What the main process needs of a document a worker read (everything but its text)."""

    file: str
    position: int
    line: Optional[int]
    title: str
    date: Optional[dt.date]
    publisher: Optional[str]
    warnings: tuple[str, ...]

    @classmethod
    def of(cls, doc: Document) -> "DocumentSeen":
        return cls(doc.file, doc.position, doc.line, doc.title, doc.date, doc.publisher, tuple(doc.warnings))

    def as_document(self) -> Document:
        return Document(file=self.file, position=self.position, title=self.title, paragraphs=[], date=self.date,
                        publisher=self.publisher, line=self.line, warnings=list(self.warnings))


def plan_units(files: Sequence[Path], labels: dict[Path, str], chunk_bytes: int = CHUNK_BYTES) -> list[WorkUnit]:
    """Whole files, and large dumps split at release headers."""
    units: list[WorkUnit] = []
    for path in files:
        label = labels.get(path, path.name)
        try:
            size = path.stat().st_size
            splittable = size > chunk_bytes and sniff(path) in ("dump", "unknown")
        except OSError:
            splittable = False
        chunks = plan_chunks(path, chunk_bytes) if splittable else [None]
        for chunk in chunks:
            units.append(WorkUnit(len(units), path, label, chunk))
    return units


def run_unit(unit: WorkUnit, parts: Optional[Path] = None) -> UnitResult:
    """Read, parse and extract one unit; quotes to ``parts`` (a folder) or kept in memory."""
    result = UnitResult(unit.index, unit.label, first_of_file=unit.chunk is None or unit.chunk.first_position == 0
                        and unit.chunk.start == 0)
    store = RowStore(parts, prefix=f"unit-{unit.index:06d}") if parts is not None else None
    for item in read_file(unit.path, unit.label, unit.chunk):
        interrupts.check()
        if not isinstance(item, Document):
            result.items.append(item)
            continue
        result.items.append(DocumentSeen.of(item))
        quotes, rejects = extract_document(item)
        result.items.extend(rejects)
        rows = [q.model_dump() for q in quotes]
        if store is not None:
            store.add(rows)
        else:
            result.rows.extend(rows)
    if store is not None:
        store.close()
        result.store = store
    return result


def _units(units: list[WorkUnit], jobs: int, parts: Optional[Path]) -> Iterator[UnitResult]:
    """Results of the units, in input order, computed in ``jobs`` worker processes."""
    if jobs <= 1 or len(units) <= 1:
        for unit in units:
            yield run_unit(unit, parts)
        return
    from concurrent.futures import ProcessPoolExecutor

    from .lean import lean_process

    with ProcessPoolExecutor(max_workers=jobs, initializer=lean_process) as pool:
        pending = []
        queue = iter(units)
        for unit in itertools.islice(queue, jobs * 2):
            pending.append(pool.submit(run_unit, unit, parts))
        while pending:
            result = pending.pop(0).result()
            nxt = next(queue, None)
            if nxt is not None:
                pending.append(pool.submit(run_unit, nxt, parts))
            yield result


def _run(
    inputs: Sequence[Union[str, Path]] | tuple[list[Path], dict[Path, str]],
    jobs: int,
    progress: Optional[ProgressFn],
    store: Optional[RowStore],
) -> Extraction:
    """Extract every input; rows into ``store`` (on disk) or into the result (in memory)."""
    files, labels = inputs if isinstance(inputs, tuple) else _labels(inputs)
    result = Extraction(inputs=files, labels=labels)
    report = result.report
    # The releases read, to keep each once: on disk beside the slim rows when there is a store.
    seen: Union[set[bytes], SeenKeys] = SeenKeys(store.table) if store is not None else set()
    duplicates: set[tuple[str, int]] = set()
    documents = 0
    for unit in _units(plan_units(files, labels), jobs, store.folder if store is not None else None):
        interrupts.check()
        if unit.first_of_file:
            report.files.append(unit.label)
        for item in unit.items:
            if isinstance(item, Reject):
                report.add(item)
                continue
            if isinstance(item, DocumentSeen):
                documents += 1
                if _account(item.as_document(), report, seen) is None:
                    duplicates.add((item.file, item.position))
                continue
            _account(item, report, seen)
        if store is not None and unit.store is not None:
            store.adopt(unit.store)
        else:
            result.rows.extend(unit.rows)
        if progress:
            progress("releases", documents)
    if store is not None:
        store.drop(duplicates)
        report.quotes = len(store)
        report.releases_with_quotes = store.table.releases()
    else:
        result.rows = [r for r in result.rows if (r["source"]["file"], r["source"]["release"]) not in duplicates]
        report.quotes = len(result.rows)
        report.releases_with_quotes = len({(r["source"]["file"], r["source"]["release"]) for r in result.rows})
    return result


def extract_files(
    inputs: Sequence[Union[str, Path]],
    jobs: int = 1,
    progress: Optional[ProgressFn] = None,
) -> Extraction:
    """Read and extract every input into memory (for a small corpus; ``build`` streams to disk)."""
    return _run(inputs, jobs, progress, store=None)


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


@dataclass
class BuildResult:
    """What ``build()`` produced: the release and the report."""

    release: "ReleaseResult"
    report: BuildReport

    @property
    def problems(self) -> list[Reject]:
        return [r for r in self.report.rejects if r.kind in ("error", "warning")]


def quality_on_bundled_gold() -> list[dict[str, Any]]:
    """Figures of the extractor on the bundled corpus against its gold (cheap: ten releases)."""
    from .evaluate import read_gold, score

    from .organisation import fill_from_same_speaker

    result = extract_files([bundled_corpus()])
    fill_from_same_speaker(result.rows)  # as the release does
    figures = score(read_gold(bundled_gold()), result.rows).figures()
    return [{"gold": "seed (bundled Home Office releases)", "figures": figures, "measured": "at build time"}]


def recorded_quality() -> list[dict[str, Any]]:
    """Figures on the development gold sets, recorded by `quotes evaluate --record`."""
    import json

    from .evaluate import quality_record_path

    path = quality_record_path()
    if not path.is_file():
        return []
    return json.loads(path.read_text(encoding="utf-8"))


def build(
    inputs: Optional[Sequence[Union[str, Path]]] = None,
    out: Union[str, Path] = "output",
    dataset: str = DEFAULT_DATASET,
    version: Optional[str] = None,
    jobs: int = 1,
    progress: Optional[ProgressFn] = None,
    repo_id: Optional[str] = None,
) -> BuildResult:
    """Read the inputs (default: the bundled corpus), extract quotes, publish a release under ``out``.

    Rows go to disk as they are extracted (see :mod:`quotes.rowstore`), and
    so do their slim copies for the steps across the build (see
    :mod:`quotes.slimtable`): memory does not grow with the corpus.
    """
    from .release import check_dataset_name, new_staging, parse_version, publish_release
    from .rowstore import RowStore

    check_dataset_name(dataset)
    if version is not None:
        parse_version(version)
    paths = list(inputs) if inputs else [bundled_corpus()]
    files, labels = _labels(paths)  # a missing input fails here, before anything is written
    created = [p for p in (Path(out), Path(out) / dataset) if not p.exists()]
    staging = new_staging(Path(out), dataset)
    store: Optional[RowStore] = None
    try:
        store = RowStore(staging / "parts")
        extraction = _run((files, labels), jobs, progress, store)
        quality = quality_on_bundled_gold() + recorded_quality()
        release = publish_release(
            store, extraction.report, [(p, extraction.labels.get(p, p.name)) for p in extraction.inputs],
            Path(out), dataset=dataset, version=version, quality=quality, repo_id=repo_id, staging=staging,
        )
    except Exception as exc:
        if interrupts.requested():
            # What broke after an interrupt is its consequence (Ctrl-C reaches the workers too, and one
            # may break the pool before this process's own KeyboardInterrupt surfaces): the interrupt.
            raise KeyboardInterrupt from exc
        raise
    finally:
        import shutil

        interrupts.clear()  # acted on (raised) or too late to matter (the release was complete)
        if store is not None:
            store.table.close()  # before its file goes with the staging folder
        shutil.rmtree(staging, ignore_errors=True)
        for folder in reversed(created):  # leave no empty folders behind a failed build
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
    return BuildResult(release=release, report=extraction.report)
