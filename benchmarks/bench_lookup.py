"""Lookup speed on a large release: generate one, then time `lookup()` and `quotes lookup`.

    .venv/bin/python benchmarks/bench_lookup.py                 # 1,000,000 quotes in a temp folder
    .venv/bin/python benchmarks/bench_lookup.py --quotes 200000 --keep /tmp/bench

By default the parts of a release that lookups read (speaker IDs, the
Parquet files sorted by speaker and date, the speakers table, quotes.db and
release.json) are written with the same functions the publisher uses;
``--full`` publishes through ``quotes.release.publish_release`` instead,
which also writes the card, Croissant, checksums and a changes.json listing
every row (slow and memory-hungry at a million rows). Quote rows are synthetic: speakers drawn with a Zipf-like skew
(a few people are quoted thousands of times, most a handful), each holding
one to three roles in turn; quote paragraphs are taken from the bundled
Home Office corpus. Figures printed:

* build: seconds to publish the release, and the sizes of the Parquet file
  and of quotes.db;
* lookup(): median and 95th percentile over speakers drawn uniformly (an
  exact name, then the same names with a typo), over the ten most quoted
  people, for a role with --on, and for a name with --contains;
* the command line: wall time of `python -m quotes lookup NAME --format json`
  (interpreter start-up included);
* Parquet: how many row groups a reader filtering on one speaker must read,
  thanks to the rows being sorted by speaker and date.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quotes.archive import read_dump  # noqa: E402
from quotes.lookup import lookup, open_release  # noqa: E402
from quotes.models import BuildReport  # noqa: E402
from quotes.pipeline import bundled_corpus  # noqa: E402
from quotes.database import write_database  # noqa: E402
from quotes.models import Quote, Speaker  # noqa: E402
from quotes.publish import write_json, write_parquet  # noqa: E402
from quotes.release import DATA_FILE, SPEAKERS_FILE, publish_release  # noqa: E402
from quotes.schema import arrow_schema  # noqa: E402
from quotes.speakers import assign_speaker_ids, speakers_table  # noqa: E402

FIRST = ("Amelia Oliver Isla George Ava Noah Mia Arthur Ivy Muhammad Freya Leo Lily Harry Florence Oscar Willow "
         "Archie Rosie Henry Sophia Theodore Evie Jack Ella Charlie Grace Freddie Poppy Alfie Daisy Thomas Alice "
         "Jacob Sienna Lucas Emily Teddy Elsie Finley Isabella Arlo Phoebe Isaac Harper Tommy Matilda Siân Zoë "
         "Chloé Seán Aoife Niamh Rhys Dafydd Priya Aisha Kwame Chidi Mei Ravi").split()
SURNAMES = ("Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Robinson Wright Thompson Evans Walker "
            "White Roberts Green Hall Thomas Clarke Jackson Wood Harris Edwards Turner Martin Cooper Hill Ward "
            "Hughes Moore Clark King Harrison Lewis Baker Lee Allen Morris Khan Scott Watson Davis Parker James "
            "Bennett Young Phillips Richardson Mitchell Bailey Carter Cook Singh Shaw Bell Collins Morgan Kelly "
            "Begum Miller Cox Marshall Simpson Anderson Ellis Adams Wilkinson Ward-Lewis O'Brien O'Connor "
            "Brontë MacDonald Fitzgerald Okafor Nguyen Kowalski").split()
ROLES = ("Home Secretary", "Transport Secretary", "Chief Executive", "Director General", "Minister for Policing",
         "Minister for Nature", "Chair", "Chief Constable", "Policy Director", "Head of Communications",
         "Secretary of State for Health", "Minister for Migration", "Chief Scientific Adviser", "Commissioner",
         "Director of Operations", "Chief Inspector", "President", "Managing Director", "Mayor", "Chancellor")
PUBLISHERS = ("Home Office", "Department for Transport", "Ministry of Justice", "HM Treasury", "Cabinet Office",
              "Department for Education", "Department of Health and Social Care", "Ministry of Defence",
              "Department for Environment, Food and Rural Affairs", "Department for Work and Pensions")


def corpus_text() -> tuple[list[str], list[str]]:
    """Paragraphs and titles of the bundled releases (real prose to fill the quotes)."""
    paragraphs, titles = [], []
    for item in read_dump(bundled_corpus().read_text(encoding="utf-8"), bundled_corpus().name):
        if hasattr(item, "paragraphs"):
            titles.append(item.title)
            paragraphs += [p.text for p in item.paragraphs if len(p.text) > 80]
    return paragraphs, titles


def make_rows(n: int, n_speakers: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    paragraphs, titles = corpus_text()
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < n_speakers:
        name = f"{rng.choice(FIRST)} {rng.choice(SURNAMES)}"
        if rng.random() < 0.3:
            name = f"{rng.choice(FIRST)} {rng.choice(FIRST)[0]}. {rng.choice(SURNAMES)}"
        if name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    orgs = [f"{rng.choice(SURNAMES)} {rng.choice(['Trust', 'Agency', 'Council', 'Foundation', 'Authority'])}"
            for _ in range(300)] + list(PUBLISHERS)
    careers = []
    for _ in names:
        k = rng.randint(1, 3)
        careers.append([(rng.choice(ROLES), rng.choice(orgs)) for _ in range(k)])
    weights = [1.0 / (i + 1) ** 0.9 for i in range(n_speakers)]
    start = dt.date(2010, 1, 1).toordinal()
    span = dt.date(2025, 6, 30).toordinal() - start
    chosen = rng.choices(range(n_speakers), weights=weights, k=n)
    rows = []
    for i, s in enumerate(chosen):
        day = dt.date.fromordinal(start + rng.randrange(span))
        career = careers[s]
        role, org = career[min(len(career) - 1, (day.toordinal() - start) * len(career) // span)]
        paras = rng.sample(paragraphs, rng.randint(1, 3))
        title = f"{rng.choice(titles)} ({i})"
        rows.append({
            "quote_id": "q_" + hashlib.sha256(f"bench{i}".encode()).hexdigest()[:16],
            "speaker": names[s], "role": role, "organisation": org, "date": day,
            "publisher": rng.choice(PUBLISHERS), "title": title, "text": "\n\n".join(paras), "paragraphs": paras,
            "attribution": f"{role} {names[s]} said:",
            "source": {"file": f"synthetic-{i // 10000:04d}.txt", "release": i % 10000 + 1, "paragraph": 5,
                       "line": None, "url": None, "content_id": None},
            "rule": "said-colon", "inline": False, "complete": True,
        })
    return rows


def release_order(row: dict) -> tuple:
    """The order of a published quotes file: speaker, date, quote_id (unnamed speakers last)."""
    speaker, date = row.get("speaker"), row.get("date")
    return (speaker is None, speaker or "", date is None, date.isoformat() if date else "", row["quote_id"])


def write_lookup_release(rows: list[dict], folder: Path, dataset: str = "bench", version: str = "1.0.0") -> Path:
    """The files of a release that lookups read, written as the publisher writes them."""
    target = folder / dataset / version
    assign_speaker_ids(rows)
    rows.sort(key=release_order)
    speakers = speakers_table(rows)
    kv = {"dataset_name": dataset, "dataset_version": version}
    write_parquet(rows, target / DATA_FILE, arrow_schema(Quote), kv)
    write_parquet(speakers, target / SPEAKERS_FILE, arrow_schema(Speaker), {**kv, "table": "speakers"})
    t = time.perf_counter()
    write_database(target, rows, speakers, dataset=dataset, version=version)
    print(f"  quotes.db written in {time.perf_counter() - t:.1f} s")
    write_json(target / "release.json", {"dataset": dataset, "version": version,
                                         "row_counts": {"quotes": len(rows), "speakers": len(speakers)}})
    return target


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    t = time.perf_counter()
    result = fn(*args, **kwargs)
    return (time.perf_counter() - t) * 1000, result


def summary(label: str, ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"{label:<44} median {statistics.median(ms):7.1f} ms   p95 {p95:7.1f} ms   (n={len(ms)})"


def typo(name: str, rng: random.Random) -> str:
    words = name.split()
    i = max(range(len(words)), key=lambda j: len(words[j]))
    w = words[i]
    k = rng.randrange(1, len(w) - 1)
    words[i] = w[:k] + w[k + 1:]  # drop one letter of the longest word
    return " ".join(words)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quotes", type=int, default=1_000_000)
    ap.add_argument("--speakers", type=int, default=20_000)
    ap.add_argument("--samples", type=int, default=200)
    ap.add_argument("--keep", type=Path, help="Folder to build the release in (kept afterwards).")
    ap.add_argument("--full", action="store_true", help="Publish with publish_release (card, changes.json, ...).")
    args = ap.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-lookup-"))
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30 if hasattr(os, "sysconf") else 0.0
    print(f"machine: {os.cpu_count()} cores, {ram:.1f} GiB RAM, Python {sys.version.split()[0]}", flush=True)
    t = time.perf_counter()
    rows = make_rows(args.quotes, args.speakers)
    print(f"generated {len(rows):,} quote rows in {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    n_rows = len(rows)
    if args.full:
        os.environ.setdefault("SOURCE_DATE_EPOCH", "1735689600")
        release_dir = publish_release(rows, BuildReport(quotes=n_rows), [], work / "output", dataset="bench").path
    else:
        release_dir = write_lookup_release(rows, work / "output")
    del rows
    how = "published" if args.full else "wrote the lookup files of"
    print(f"{how} a release of {n_rows:,} quotes in {time.perf_counter() - t:.1f} s: {release_dir}")
    print(f"  Parquet {(release_dir / DATA_FILE).stat().st_size / 1e6:.0f} MB, "
          f"quotes.db {(release_dir / 'quotes.db').stat().st_size / 1e6:.0f} MB")

    rng = random.Random(11)
    with open_release(release_dir) as rel:
        speakers = [(r["name"], r["quote_count"]) for r in
                    rel.conn.execute("select name, quote_count from speakers order by quote_count desc")]
    sample = rng.sample(speakers, min(args.samples, len(speakers)))
    print(f"quotes per speaker: median {statistics.median(c for _, c in speakers):.0f}, "
          f"max {speakers[0][1]:,}")

    def measure(label, calls):
        ms = []
        for query, kwargs in calls:
            elapsed, res = timed(lookup, release_dir, query, **kwargs)
            ms.append(elapsed)
        print(summary(label, ms))

    lookup(release_dir, sample[0][0])  # warm the file cache
    measure("name, speakers drawn uniformly", [(name, {}) for name, _ in sample])
    measure("name with a typo, drawn uniformly", [(typo(name, rng), {}) for name, _ in sample[:50]])
    measure("ten most quoted people (all their quotes)", [(name, {}) for name, _ in speakers[:10]])
    measure("ten most quoted people, --limit 50", [(name, {"limit": 50}) for name, _ in speakers[:10]])
    measure("role --on DATE (Home Secretary)",
            [("Home Secretary", {"on": dt.date(2010 + i % 15, 6, 1)}) for i in range(30)])
    measure("name --contains WORDS", [(name, {"contains": "streets safer"}) for name, _ in sample[:50]])

    cli = []
    for name, _ in sample[:10]:
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "quotes", "lookup", name, "--format", "json", "--dataset",
                        str(release_dir)], check=True, capture_output=True, cwd=ROOT)
        cli.append((time.perf_counter() - t) * 1000)
    print(summary("command line, python -m quotes lookup (wall)", cli))

    import pyarrow.parquet as pq

    pf = pq.ParquetFile(release_dir / DATA_FILE)
    col = pf.schema_arrow.get_field_index("speaker")
    name = sample[0][0]
    hit = sum(1 for i in range(pf.num_row_groups)
              if (st := pf.metadata.row_group(i).column(col).statistics) is None or st.min <= name <= st.max)
    print(f"Parquet: a filter on one speaker reads {hit} of {pf.num_row_groups} row groups (sorted by speaker, date)")
    if not args.keep:
        print(f"(release left in {work}; delete it when done)")


if __name__ == "__main__":
    main()
