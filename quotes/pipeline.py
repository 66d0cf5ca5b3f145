"""The build pipeline: read inputs, extract quotes, publish a release.

``build()`` is the library entry point behind ``quotes build``. It streams
documents from the inputs, drops releases already seen (same title, date and
publisher), extracts quotes in batches (in worker processes with
``jobs > 1``), and hands the rows and the build report to
:mod:`quotes.release`, which writes the versioned release folder.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional, Sequence, Union

from .archive import Skipped
from .batch import extract_batch
from .inputs import FileProblem, expand_inputs, read_file
from .models import BuildReport, Document, Reject

if TYPE_CHECKING:
    from .release import ReleaseResult

BATCH_SIZE = 200  # documents per extraction batch
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
    """Documents of all files, duplicates and out-of-scope documents removed and reported."""
    seen: set[tuple[str, str, str]] = set()
    for path in files:
        label = labels.get(path, path.name)
        report.files.append(label)
        for item in read_file(path, label):
            if isinstance(item, FileProblem):
                report.add(Reject(file=item.file, line=item.line, kind="error" if item.fatal else "warning",
                                  reason=item.reason))
                if item.fatal:
                    report.files_failed += 1
                continue
            report.documents_read += 1
            if isinstance(item, Skipped):
                report.skipped += 1
                report.add(Reject(file=item.file, line=item.line, release=item.position, kind="skipped",
                                  reason=item.reason, text=item.title))
                continue
            report.releases += 1
            for w in item.warnings:
                report.add(Reject(file=item.file, line=item.line, release=item.position, kind="warning",
                                  reason=w, text=item.title))
            if item.key in seen:
                report.duplicates += 1
                report.add(Reject(file=item.file, line=item.line, release=item.position, kind="duplicate",
                                  reason="same title, date and publisher as a release read earlier; kept once",
                                  text=item.title))
                continue
            seen.add(item.key)
            yield item


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for d in docs:
        batch.append(d)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


RowSink = Callable[[list[dict[str, Any]]], None]


def _extract_into(
    files: list[Path],
    labels: dict[Path, str],
    sink: RowSink,
    jobs: int = 1,
    progress: Optional[ProgressFn] = None,
    batch_size: int = BATCH_SIZE,
) -> Extraction:
    """Read and extract every input file, handing quote rows to ``sink`` batch by batch."""
    result = Extraction(inputs=files, labels=labels)
    report = result.report
    batches = _batches(iter_documents(files, labels, report), batch_size)
    done = 0
    releases_with_quotes: set[tuple[str, int]] = set()

    def consume(rows: list[dict[str, Any]], rejects: list[Reject], n_docs: int) -> None:
        nonlocal done
        sink(rows)
        report.quotes += len(rows)
        releases_with_quotes.update((r["source"]["file"], r["source"]["release"]) for r in rows)
        for r in rejects:
            report.add(r)
        done += n_docs
        if progress:
            progress("releases", done)

    if jobs <= 1:
        for batch in batches:
            consume(*extract_batch(batch), len(batch))
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            pending: list = []
            for batch in batches:
                pending.append((pool.submit(extract_batch, batch), len(batch)))
                # A bounded number of batches in flight keeps memory flat.
                while len(pending) >= jobs * 2:
                    fut, n = pending.pop(0)
                    consume(*fut.result(), n)
            for fut, n in pending:
                consume(*fut.result(), n)
    report.releases_with_quotes = len(releases_with_quotes)
    return result


def extract_files(
    inputs: Sequence[Union[str, Path]],
    jobs: int = 1,
    progress: Optional[ProgressFn] = None,
    batch_size: int = BATCH_SIZE,
) -> Extraction:
    """Read and extract every input into memory (for a small corpus; ``build`` streams to disk)."""
    rows: list[dict[str, Any]] = []
    files, labels = _labels(inputs)
    result = _extract_into(files, labels, rows.extend, jobs=jobs, progress=progress, batch_size=batch_size)
    result.rows = rows
    return result


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

    path = Path(str(resources.files("quotes") / "data" / "quality.json"))
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

    Rows go to disk as they are extracted (see :mod:`quotes.rowstore`), so
    memory stays flat however large the corpus.
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
    try:
        store = RowStore(staging / "parts")
        extraction = _extract_into(files, labels, store.add, jobs=jobs, progress=progress)
        quality = quality_on_bundled_gold() + recorded_quality()
        release = publish_release(
            store, extraction.report, [(p, extraction.labels.get(p, p.name)) for p in extraction.inputs],
            Path(out), dataset=dataset, version=version, quality=quality, repo_id=repo_id, staging=staging,
        )
    finally:
        import shutil

        shutil.rmtree(staging, ignore_errors=True)
        for folder in reversed(created):  # leave no empty folders behind a failed build
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
    return BuildResult(release=release, report=extraction.report)
