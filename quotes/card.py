"""The dataset card (README.md) of a release: YAML header for the Hub, prose for people."""
from __future__ import annotations

from typing import Any, Optional

import pyarrow as pa
import yaml

from .schema import field_table, hf_features
from .models import Quote, Speaker

LICENSE_NAME = "Open Government Licence v3.0"
LICENSE_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"


def size_category(n: int) -> str:
    for limit, label in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                         (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")):
        if n < limit:
            return label
    return "10M<n<100M"


def yaml_header(*, pretty_name: str, quotes_schema: pa.Schema, speakers_schema: pa.Schema, n_quotes: int,
                n_speakers: int, data_path: str, speakers_path: str, sizes: dict[str, int]) -> dict[str, Any]:
    return {
        "pretty_name": pretty_name,
        "license": "other",
        "license_name": "ogl-3.0",
        "license_link": LICENSE_URL,
        "language": ["en", "cy"],
        "size_categories": [size_category(n_quotes)],
        "task_categories": ["text-classification", "text-retrieval"],
        "tags": ["quotes", "attribution", "press-releases", "uk-government", "journalism"],
        "configs": [
            {"config_name": "default", "default": True, "data_files": [{"split": "train", "path": data_path}]},
            {"config_name": "speakers", "data_files": [{"split": "train", "path": speakers_path}]},
        ],
        "dataset_info": [
            {"config_name": "default", "features": hf_features(quotes_schema),
             "splits": [{"name": "train", "num_bytes": sizes.get("data_bytes", 0), "num_examples": n_quotes}],
             "download_size": sizes.get("data", 0), "dataset_size": sizes.get("data_bytes", 0)},
            {"config_name": "speakers", "features": hf_features(speakers_schema),
             "splits": [{"name": "train", "num_bytes": sizes.get("speakers_bytes", 0), "num_examples": n_speakers}],
             "download_size": sizes.get("speakers", 0), "dataset_size": sizes.get("speakers_bytes", 0)},
        ],
    }


def _table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
    def cell(v: str) -> str:
        return str(v).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def _quality_section(quality: list[dict[str, Any]]) -> str:
    if not quality:
        return "No gold annotation was available when this release was built."
    rows = []
    for q in quality:
        f = q["figures"]
        rows.append((q["gold"], str(f["gold"]), f"{f['detection_f1']:.3f}", f"{f['speaker']:.3f}", f"{f['role']:.3f}",
                     f"{f['organisation']:.3f}", f"{f['boundary']:.3f}", q.get("measured", "")))
    return _table(rows, ("gold set", "quotes", "detection F1", "speaker", "role", "organisation", "boundary", "measured"))


def render_card(
    *,
    dataset: str,
    version: str,
    previous: Optional[str],
    created: str,
    header: dict[str, Any],
    stats: dict[str, Any],
    report: dict[str, Any],
    changes_summary: dict[str, int],
    quality: list[dict[str, Any]],
    repo_id: Optional[str] = None,
) -> str:
    """README.md of a release."""
    y = yaml.safe_dump(header, sort_keys=False, allow_unicode=True, width=1000)
    name = header["pretty_name"]
    load_id = repo_id or f"path/to/{dataset}/{version}"
    fields = _table([(n, t, d) for n, t, d in field_table(Quote)], ("field", "type", "description"))
    speaker_fields = _table([(n, t, d) for n, t, d in field_table(Speaker)], ("field", "type", "description"))
    date_range = f"{stats['first_date']} to {stats['last_date']}" if stats.get("first_date") else "unknown"
    publishers = ", ".join(stats.get("publishers") or []) or "none"
    changes = (
        "First release." if previous is None else
        f"Against {previous}: {changes_summary.get('added', 0)} quotes added, "
        f"{changes_summary.get('removed', 0)} removed, {changes_summary.get('changed', 0)} changed "
        f"(rows in `changes.json`)."
    )
    skipped = report.get("skipped", 0)
    return f"""---
{y}---

# {name}

Every attributed quote in a set of UK government press releases, one row per
quote: who said it (speaker, role, organisation), when (the release date),
the words (paragraphs and text), and where they came from (the release title,
publisher, input file and position). Release **{version}** of the `{dataset}`
dataset, built {created}.

It is meant for data scientists (load it with Hugging Face `datasets`),
analysts (download the Parquet file) and journalists (look a speaker up and
cite the source).

## Sources and licence

The text comes from press releases published by UK government departments and
agencies (GOV.UK and archive copies of it). GOV.UK content is Crown copyright
and available under the [{LICENSE_NAME}]({LICENSE_URL}) except where otherwise
stated; this dataset is released under the same licence. Quotes by people
outside government are reproduced as the government published them.

## Statistics

{_table([
    ("quotes", str(stats['quotes'])),
    ("speakers (named people)", str(stats['speakers'])),
    ("organisations", str(stats['organisations'])),
    ("publishers", publishers),
    ("date range", date_range),
    ("releases read", str(report.get('releases', 0))),
    ("releases with quotes", str(report.get('releases_with_quotes', 0))),
    ("duplicates dropped", str(report.get('duplicates', 0))),
    ("documents skipped (out of scope)", str(skipped)),
], ("", ""))}

## Configurations and fields

`default` (`data/`): one row per quote, sorted by speaker then date.

{fields}

`speakers` (`speakers/`): one row per named person.

{speaker_fields}

## How to load it

```python
from datasets import load_dataset
quotes = load_dataset("{load_id}", split="train")
speakers = load_dataset("{load_id}", "speakers", split="train")
```

```python
import polars as pl
df = pl.read_parquet("data/train-00000-of-00001.parquet")
df.filter(pl.col("speaker") == "Diana Johnson").select("date", "role", "text", "title")
```

```python
import pandas as pd
df = pd.read_parquet("data/train-00000-of-00001.parquet")
```

```sql
-- duckdb
SELECT date, speaker, text FROM 'data/train-00000-of-00001.parquet'
WHERE speaker = 'Diana Johnson' ORDER BY date;
```

## Extraction quality

Quotes are found by rules (attribution patterns, speaker parsing and an
extent rule that tells quoted paragraphs from the press office's narration),
and scored against hand-checked gold annotations:

{_quality_section(quality)}

Detection F1: quotes found (matched on the first paragraph). Speaker, role,
organisation: accuracy over matched quotes. Boundary: share of quotes whose
paragraphs are exactly right.

## Known limitations

- Where the source has no quotation marks or blockquote markup, where a quote
  ends is decided from the style of each paragraph; about one quote in eight
  gains or loses a paragraph at its end.
- Organisations come from the attribution, from acronyms spelt out in the same
  release, and from a dated table of government roles; when none of these
  names one, the field is null rather than guessed.
- People are identified by name: two people with the same name share an ID,
  and one person whose name is written differently may appear twice.
- Quotes inside speeches and statements are not extracted; those documents
  are counted as skipped in `build-report.json`.

## Files

`release.json` lists every input with its sha256, the row counts, the schema
and every file of the release with its size and sha256; `SHA256SUMS` checks
with `sha256sum -c SHA256SUMS`; `changes.json` lists the quote IDs added,
removed and changed against the previous version; `croissant.json` is the
Croissant metadata; `build-report.json` accounts for every document read.

## Changes

{changes}

## Citation

```bibtex
@misc{{{dataset.replace('-', '_')}_{version.replace('.', '_')},
  title  = {{{name}}},
  note   = {{Version {version}}},
  year   = {{{created[:4]}}},
  howpublished = {{Dataset of attributed quotes from UK government press releases}}
}}
```
"""
