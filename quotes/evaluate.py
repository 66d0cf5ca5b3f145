"""Score a built dataset against a gold annotation.

Gold lines (JSON Lines) name a release by title and give the quote's
speaker, role, organisation, date and paragraphs, with acceptable aliases
and, where the extent is uncertain, ``maybe_paragraphs``. A predicted quote
matches a gold quote of the same release when their first paragraphs agree
after normalisation; matching is one to one, in gold order.

Figures: detection precision/recall/F1, attributed F1 (found with the right
speaker), speaker/role/organisation/date accuracy over matched quotes,
boundary accuracy (every certain paragraph and nothing else, optionally
followed by some of the maybe paragraphs), paragraph precision/recall and
the share of gold quotes that are exactly right.
"""
from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

import regex

_QUOTE_MARKS = str.maketrans({
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "‟": '"',
    "«": '"', "»": '"', "–": "-", "—": "-", "‒": "-", "−": "-", "\u00a0": " ",
})
_SPACES = regex.compile(r"\s+")
_FIELD_JUNK = regex.compile(r"[^\w\s'&-]")

TARGETS = {
    # gold set stem -> minimum figures the project commits to
    "seed": {"detection_f1": 0.98, "speaker": 0.97, "role": 0.90, "organisation": 0.90, "date": 1.0, "boundary": 0.90},
    "dev-2012": {"detection_f1": 0.95, "speaker": 0.93, "boundary": 0.90},
    "dev-2012-govuk": {"detection_f1": 0.95, "speaker": 0.95, "boundary": 0.95},
}


def text_key(text: Optional[str]) -> str:
    """Normalised paragraph text used to match predictions to gold."""
    if text is None:
        return ""
    t = unicodedata.normalize("NFKC", str(text)).translate(_QUOTE_MARKS)
    t = _SPACES.sub(" ", t).strip().strip("\"' ")
    return t.casefold()


def field_key(value: Any) -> str:
    """Normalised field value: punctuation, case and a leading 'the' ignored."""
    if value is None:
        return ""
    t = unicodedata.normalize("NFKC", str(value)).translate(_QUOTE_MARKS)
    t = _SPACES.sub(" ", _FIELD_JUNK.sub(" ", t)).strip().casefold()
    return t[4:] if t.startswith("the ") else t


def _accepts(pred: Any, gold: Any, aliases: Optional[Iterable[str]]) -> bool:
    return field_key(pred) in {field_key(gold), *(field_key(a) for a in aliases or [])}


def _paragraphs(row: dict) -> list[str]:
    paras = row.get("paragraphs")
    if paras is not None and not isinstance(paras, str):
        kept = [str(p) for p in paras if p is not None and str(p).strip()]
        if kept:
            return kept
    return [p for p in regex.split(r"\n\s*\n", str(row.get("text") or "")) if p.strip()]


def _iso(value: Any) -> Optional[str]:
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    m = regex.match(r"\d{4}-\d{2}-\d{2}", str(value))
    return m.group(0) if m else str(value)


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict[str, float]:
        c = self.counts
        m = max(self.matched, 1)
        det_p = self.matched / self.predicted if self.predicted else 0.0
        det_r = self.matched / self.gold if self.gold else 0.0
        att_p = c["speaker"] / self.predicted if self.predicted else 0.0
        att_r = c["speaker"] / self.gold if self.gold else 0.0
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "detection_p": det_p,
            "detection_r": det_r,
            "detection_f1": self._f1(det_p, det_r),
            "attributed_f1": self._f1(att_p, att_r),
            "speaker": c["speaker"] / m,
            "role": c["role"] / m,
            "organisation": c["organisation"] / m,
            "date": c["date"] / m,
            "boundary": c["boundary"] / max(c["complete"], 1),
            "para_p": c["para_ok"] / max(c["para_pred"], 1),
            "para_r": c["para_found"] / max(c["para_gold"], 1),
            "exact": c["exact"] / max(self.gold, 1),
        }


def score(gold: list[dict], predictions: list[dict]) -> Score:
    """Compare predicted quote rows with gold lines."""
    result = Score(predicted=len(predictions))
    by_release: dict[str, list[int]] = defaultdict(list)
    firsts: list[str] = []
    for k, row in enumerate(predictions):
        by_release[text_key(row.get("title"))].append(k)
        paras = _paragraphs(row)
        firsts.append(text_key(paras[0]) if paras else "")
    used: set[int] = set()
    c = result.counts
    for g in gold:
        gparas = g.get("paragraphs") or []
        if not gparas:
            continue
        result.gold += 1
        want = text_key(gparas[0])
        pool = [k for k in by_release.get(text_key(g.get("title")), []) if k not in used]
        hit = next((k for k in pool if firsts[k] == want), None)
        if hit is None and len(want) >= 40:  # first paragraph cut or joined differently
            hit = next((k for k in pool if firsts[k][:60] == want[:60]), None)
        label = f"[{g.get('doc')}] {g.get('attribution') or g.get('speaker')}"
        if hit is None:
            result.errors.append(f"MISSED   {label} :: {gparas[0][:70]!r}")
            continue
        used.add(hit)
        result.matched += 1
        row = predictions[hit]
        checks = {
            "speaker": _accepts(row.get("speaker"), g.get("speaker"), g.get("speaker_aliases")),
            "role": _accepts(row.get("role"), g.get("role"), g.get("role_aliases")),
            "organisation": _accepts(row.get("organisation"), g.get("organisation"), g.get("organisation_aliases")),
            "date": _iso(row.get("date")) == g.get("date"),
        }
        for name, ok in checks.items():
            c[name] += ok
            if not ok:
                got = _iso(row.get(name)) if name == "date" else row.get(name)
                result.errors.append(f"{name.upper():8} {label} :: got {got!r}, want {g.get(name)!r}")
        boundary_ok = True
        if g.get("complete", True):
            c["complete"] += 1
            pred = [text_key(p) for p in _paragraphs(row)]
            certain = [text_key(p) for p in gparas]
            maybe = [text_key(p) for p in g.get("maybe_paragraphs") or []]
            boundary_ok = any(pred == certain + maybe[:k] for k in range(len(maybe) + 1))
            c["boundary"] += boundary_ok
            allowed = set(certain) | set(maybe)
            c["para_pred"] += len(pred)
            c["para_ok"] += sum(p in allowed for p in pred)
            c["para_gold"] += len(certain)
            c["para_found"] += sum(p in set(pred) for p in certain)
            if not boundary_ok:
                extra = [p[:50] for p in pred if p not in allowed]
                missing = [p[:50] for p in certain if p not in set(pred)]
                result.errors.append(f"BOUNDARY {label} :: {len(pred)} paragraphs for {len(certain)}(+{len(maybe)} maybe);"
                                     f" extra={extra[:2]} missing={missing[:2]}")
        if boundary_ok and all(checks.values()):
            c["exact"] += 1
    for k, row in enumerate(predictions):
        if k not in used:
            paras = _paragraphs(row)
            result.errors.append(f"SPURIOUS [{str(row.get('title'))[:40]}] {row.get('speaker')!r} :: "
                                 f"{(paras[0] if paras else '')[:70]!r}")
    return result


def read_gold(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{number}: not JSON: {exc.msg}") from None
    return rows


def read_predictions(path: Path) -> list[dict]:
    """Quote rows of a release folder, a dataset folder (its latest release) or a file."""
    import polars as pl

    from .release import find_release_dir

    if path.is_dir():
        release = find_release_dir(path)
        data = sorted((release / "data").glob("*.parquet")) if (release / "data").is_dir() else []
        if not data:
            raise ValueError(f"{path}: no quote data (expected data/*.parquet in a release folder)")
        return pl.concat([pl.read_parquet(p) for p in data]).to_dicts()
    if path.suffix == ".parquet":
        return pl.read_parquet(path).to_dicts()
    if path.suffix in (".jsonl", ".json"):
        with path.open(encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    raise ValueError(f"{path}: not a release folder, .parquet or .jsonl file")


def targets_for(gold_path: Path) -> dict[str, float]:
    stem = gold_path.stem.replace("-gold", "")
    return TARGETS.get(stem, {})


def format_figures(fig: dict[str, float]) -> str:
    return "\n".join([
        f"gold {fig['gold']}  predicted {fig['predicted']}  matched {fig['matched']}",
        f"detection  P {fig['detection_p']:.3f}  R {fig['detection_r']:.3f}  F1 {fig['detection_f1']:.3f}",
        f"attributed F1 {fig['attributed_f1']:.3f}",
        f"speaker {fig['speaker']:.3f}  role {fig['role']:.3f}  organisation {fig['organisation']:.3f}  date {fig['date']:.3f}",
        f"boundary {fig['boundary']:.3f}  para P {fig['para_p']:.3f}  para R {fig['para_r']:.3f}  exact {fig['exact']:.3f}",
    ])


def quality_record_path() -> Path:
    from importlib import resources

    return Path(str(resources.files("quotes") / "data" / "quality.json"))


def record_figures(gold_stem: str, label: str, figures: dict[str, float]) -> Path:
    """Keep these figures (rounded) as the latest measured on this gold set; one entry per set."""
    import datetime as dt

    path = quality_record_path()
    entries = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else []
    entries = [e for e in entries if e.get("set") != gold_stem]
    entries.append({"set": gold_stem, "gold": label, "measured": dt.date.today().isoformat(),
                    "figures": {k: round(v, 4) if isinstance(v, float) else v for k, v in figures.items()}})
    entries.sort(key=lambda e: e["set"])
    path.write_text(json.dumps(entries, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
