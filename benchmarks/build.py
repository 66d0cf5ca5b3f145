"""Benchmark the end-to-end build on a large synthetic corpus.

    .venv/bin/python benchmarks/build.py                    # 100,000 releases, builds with 1 and 2 jobs
    .venv/bin/python benchmarks/build.py --releases 2000    # a quick check
    .venv/bin/python benchmarks/build.py --releases 20000 --jobs 1,2 --json results.json

The corpus is made of the releases bundled with the package, copied over and
over with a new title and a new date each time (so no copy is dropped as a
duplicate), and written as several archive-dump files in a temporary folder.
Each build is the real command, ``python -m quotes build CORPUS --jobs N``,
run in its own process session; the figures cover everything it does: start
the interpreter, read, parse, and publish the release (Parquet, SQLite, card).

Memory is sampled from /proc ten times a second over the build's processes
(the build and its workers): "peak RSS" is the largest sum of their resident
sizes seen at one moment, "peak PSS" the same with shared pages divided among
the processes that share them, "largest process" the high-water mark of the
biggest single process. MB means 10^6 bytes of archive text.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "quotes" / "data" / "home-office-2025-01-02.txt"

_HEADER = re.compile(r"^(?P<lead>[ \t]{0,3}•[ \t]+(?:HISTORIC )?[A-Z][A-Z' ]+? : )(?P<title>.*?)"
                     r"(?: \[(?:\d{1,2} )?(?P<month>[A-Z][a-z]+) (?P<year>\d{4})\])?[ \t]*$")
_TITLE_AGAIN = re.compile(r"^(?P<lead>[ \t]*(?:HISTORIC )?[A-Z][A-Z' ]+? : )(?P<title>.*?)"
                          r"(?: \[(?:\d{1,2} )?(?P<month>[A-Z][a-z]+) (?P<year>\d{4})\])?[ \t]*$")
_ISSUED = re.compile(r"^(?P<lead>[ \t]*The [a-z ]+ issued by .+? on )\d{1,2} [A-Z][a-z]+ \d{4}(?P<tail>\.?[ \t]*)$")
FIRST_DAY = dt.date(2001, 1, 1)
DAYS = 9000  # dates are spread over about 25 years


# ---------------------------------------------------------------- corpus


def release_blocks(text: str) -> tuple[list[str], list[list[str]]]:
    """The preamble lines of a dump and the lines of each release in it."""
    preamble: list[str] = []
    blocks: list[list[str]] = []
    for line in text.splitlines():
        if _HEADER.match(line):
            blocks.append([line])
        elif blocks:
            blocks[-1].append(line)
        else:
            preamble.append(line)
    return preamble, blocks


def variant(block: list[str], copy: int, number: int) -> list[str]:
    """Release ``block`` with a new title and a new date (the same body)."""
    date = FIRST_DAY + dt.timedelta(days=(number * 7919) % DAYS)
    month = date.strftime("%B")
    out = []
    title_seen = False
    for k, line in enumerate(block):
        if k == 0:
            m = _HEADER.match(line)
            out.append(f"{m.group('lead')}{m.group('title')} (edition {copy}) [{month} {date.year}]")
            continue
        m = _TITLE_AGAIN.match(line) if not title_seen and line.strip() else None
        if m:
            title_seen = True
            out.append(f"{m.group('lead')}{m.group('title')} (edition {copy}) [{month} {date.year}]")
            continue
        if line.strip():
            title_seen = True
        m = _ISSUED.match(line)
        if m:
            out.append(f"{m.group('lead')}{date.day} {month} {date.year}{m.group('tail')}")
            continue
        out.append(line)
    return out


def write_corpus(folder: Path, releases: int, files: int, source: Path = BUNDLED) -> list[Path]:
    """``releases`` re-titled, re-dated copies of the releases in ``source``, spread over ``files`` dumps."""
    preamble, blocks = release_blocks(source.read_text(encoding="utf-8"))
    if not blocks:
        raise SystemExit(f"{source}: no releases found")
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"synthetic-{k:03d}.txt" for k in range(files)]
    handles = [p.open("w", encoding="utf-8", newline="\n") for p in paths]
    try:
        for h in handles:
            h.write("\n".join(preamble) + "\n")
        for number in range(releases):
            copy, which = divmod(number, len(blocks))
            handles[number % files].write("\n".join(variant(blocks[which], copy, number)) + "\n")
    finally:
        for h in handles:
            h.close()
    return paths


# ---------------------------------------------------------------- measuring


def _session_pids(sid: int) -> list[int]:
    pids = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="utf-8") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid:
            pids.append(int(entry.name))
    return pids


def _kib(path: str, keys: tuple[str, ...]) -> dict[str, int]:
    found = {}
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                name = line.split(":", 1)[0]
                if name in keys:
                    found[name] = int(line.split()[1])
    except OSError:
        pass
    return found


@dataclass
class Memory:
    peak_rss: int = 0  # bytes, sum over the build's processes at one moment
    peak_pss: int = 0
    largest_process: int = 0  # bytes, high-water mark of one process
    processes: int = 0  # most processes seen at once
    samples: int = 0


class Sampler(threading.Thread):
    """Samples the memory of a process session until stopped."""

    def __init__(self, sid: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.sid, self.interval = sid, interval
        self.memory = Memory()
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            self.sample()
            self._done.wait(self.interval)

    def sample(self) -> None:
        rss = pss = 0
        pids = _session_pids(self.sid)
        for pid in pids:
            status = _kib(f"/proc/{pid}/status", ("VmRSS", "VmHWM"))
            rss += status.get("VmRSS", 0) * 1024
            self.memory.largest_process = max(self.memory.largest_process, status.get("VmHWM", 0) * 1024)
            pss += _kib(f"/proc/{pid}/smaps_rollup", ("Pss",)).get("Pss", 0) * 1024
        m = self.memory
        m.peak_rss, m.peak_pss = max(m.peak_rss, rss), max(m.peak_pss, pss)
        m.processes = max(m.processes, len(pids))
        m.samples += 1

    def stop(self) -> Memory:
        self._done.set()
        self.join()
        return self.memory


@dataclass
class Run:
    jobs: int
    seconds: float
    bytes: int
    releases: int
    documents: int
    quotes: int
    memory: Memory = field(default_factory=Memory)

    @property
    def mb_per_s(self) -> float:
        return self.bytes / 1e6 / self.seconds

    def row(self) -> dict:
        return {**asdict(self), "mb_per_s": self.mb_per_s, "mb_per_s_per_job": self.mb_per_s / self.jobs,
                "releases_per_s": self.releases / self.seconds, "quotes_per_s": self.quotes / self.seconds}


def run_build(corpus: Path, out: Path, jobs: int, size: int) -> Run:
    """One real build in a fresh output folder, timed and sampled."""
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ, HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1")
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "quotes", "build", str(corpus), "--out", str(out),
                             "--dataset", "bench", "--jobs", str(jobs), "-q"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    sampler = Sampler(proc.pid) if Path("/proc/self/stat").exists() else None
    if sampler:
        sampler.start()
    try:
        stdout, stderr = proc.communicate()
    except KeyboardInterrupt:
        os.killpg(proc.pid, signal.SIGINT)
        proc.wait()
        raise
    seconds = time.perf_counter() - start
    memory = sampler.stop() if sampler else Memory()
    if proc.returncode != 0:
        raise SystemExit(f"build with {jobs} job(s) failed (exit {proc.returncode}):\n{stderr[-3000:]}")
    report_path = next(out.glob("bench/*/build-report.json"))
    report = json.loads(report_path.read_text(encoding="utf-8"))
    return Run(jobs=jobs, seconds=seconds, bytes=size, releases=report["releases"],
               documents=report["documents_read"], quotes=report["quotes"], memory=memory)


# ---------------------------------------------------------------- machine


def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = None
    meminfo = _kib("/proc/meminfo", ("MemTotal",))
    if meminfo:
        ram = meminfo["MemTotal"] * 1024
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    versions = {}
    for name in ("quotes", "pyarrow", "regex", "pydantic", "polars", "datasets", "click"):
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = None
    return {"cpu": cpu, "cores": os.cpu_count(), "usable_cores": usable, "ram_bytes": ram,
            "system": platform.platform(), "python": platform.python_version(), "libraries": versions}


# ---------------------------------------------------------------- main


def _mb(n: int) -> str:
    return f"{n / 1e6:,.0f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--releases", type=int, default=100_000, help="releases in the corpus (default 100,000)")
    parser.add_argument("--files", type=int, default=8, help="dump files the corpus is spread over (default 8)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to build with (default 1,2)")
    parser.add_argument("--tmp", type=Path, default=None, help="folder for the corpus and outputs (default: system temp)")
    parser.add_argument("--corpus", type=Path, default=None, help="use this corpus folder instead of generating one")
    parser.add_argument("--keep", action="store_true", help="keep the generated corpus and outputs")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    jobs_list = [int(j) for j in args.jobs.split(",") if j.strip()]
    if args.releases < 1 or args.files < 1 or not jobs_list or min(jobs_list) < 1:
        parser.error("--releases, --files and every --jobs value must be at least 1")

    info = machine()
    libs = ", ".join(f"{k} {v}" for k, v in info["libraries"].items() if v)
    ram = f"{info['ram_bytes'] / 2**30:.1f} GiB RAM" if info["ram_bytes"] else "RAM unknown"
    print(f"machine:   {info['cpu']}; {info['cores']} cores ({info['usable_cores']} usable); {ram}")
    print(f"system:    {info['system']}; Python {info['python']}")
    print(f"libraries: {libs}")

    if args.tmp:
        args.tmp.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="quotes-bench-", dir=args.tmp))
    try:
        if args.corpus:
            corpus = args.corpus
            files = sorted(p for p in corpus.rglob("*") if p.is_file())
            generated = 0.0
        else:
            corpus = work / "corpus"
            t = time.perf_counter()
            files = write_corpus(corpus, args.releases, args.files)
            generated = time.perf_counter() - t
        size = sum(p.stat().st_size for p in files)
        print(f"corpus:    {corpus} : {len(files)} files, {_mb(size)}"
              + (f", {args.releases:,} releases (generated in {generated:.1f} s)" if not args.corpus else ""))
        print()
        header = (f"{'jobs':>4} {'wall s':>8} {'MB/s':>7} {'MB/s/job':>9} {'releases/s':>11} {'quotes/s':>9} "
                  f"{'peak RSS':>9} {'peak PSS':>9} {'largest':>9} {'procs':>5}")
        print(header)
        runs: list[Run] = []
        for jobs in jobs_list:
            r = run_build(corpus, work / f"out-{jobs}", jobs, size)
            runs.append(r)
            m = r.memory
            print(f"{jobs:>4} {r.seconds:>8.1f} {r.mb_per_s:>7.2f} {r.mb_per_s / jobs:>9.2f} "
                  f"{r.releases / r.seconds:>11,.0f} {r.quotes / r.seconds:>9,.0f} "
                  f"{m.peak_rss / 1e6:>7,.0f}MB {m.peak_pss / 1e6:>7,.0f}MB {m.largest_process / 1e6:>7,.0f}MB "
                  f"{m.processes:>5}", flush=True)
        if runs:
            r = runs[0]
            print(f"\n{r.documents:,} documents read, {r.releases:,} releases, {r.quotes:,} quotes per build.")
        if len(runs) > 1 and runs[0].jobs == 1:
            for r in runs[1:]:
                print(f"speed-up with {r.jobs} jobs: {runs[0].seconds / r.seconds:.2f}x")
        if args.json:
            args.json.write_text(json.dumps({"machine": info, "corpus_bytes": size, "files": len(files),
                                             "releases": args.releases if not args.corpus else None,
                                             "runs": [r.row() for r in runs]}, indent=2) + "\n", encoding="utf-8")
    finally:
        if args.keep:
            print(f"\nkept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
