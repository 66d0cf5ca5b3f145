"""Showing lookup results: a terminal view, JSON, CSV and markdown citations.

Quote text is data and is never interpreted: in the terminal view control
characters and bidirectional overrides are shown as escapes; in markdown,
characters that markdown or HTML would act on are escaped and each quote
stays on one line; JSON and CSV carry the text as it is.
"""
from __future__ import annotations

import csv
import io
import json
import textwrap
import urllib.parse
from typing import Any, Optional

import regex

from .lookup import LookupResult, Match, SpeakerList

FORMATS = ("text", "json", "csv", "markdown")

# C0 and C1 controls (but tab and newline), zero-width and bidirectional controls, byte-order mark.
_UNSAFE = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_MARKDOWN = regex.compile(r"([\\`*_\[\]|~$#])")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def terminal_safe(text: Optional[str]) -> str:
    """Text with control characters shown as escapes, so nothing in it can drive the terminal."""
    if not text:
        return ""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def markdown_escape(text: Optional[str]) -> str:
    """One line of literal text for markdown: no emphasis, links, HTML, code or maths."""
    if not text:
        return ""
    text = terminal_safe(" ".join(text.split()))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN.sub(r"\\\1", text)


def long_date(value: Optional[str]) -> str:
    """'2025-02-06' -> '6 February 2025'."""
    if not value:
        return "undated"
    year, month, day = (int(x) for x in value.split("-"))
    return f"{day} {_MONTHS[month - 1]} {year}"


def source_label(quote: dict[str, Any], line: bool = True) -> str:
    """The web address of the release, else file, release and paragraph (and the header's line)."""
    src = quote.get("source") or {}
    if src.get("url"):
        return src["url"]
    where = f"{src.get('file')}, release {src.get('release')}, paragraph {src.get('paragraph')}"
    if line and src.get("line"):
        where += f" (release header at line {src['line']})"
    return where


def _who(quote: dict[str, Any]) -> list[str]:
    if quote.get("speaker"):
        name = quote["speaker"]
    elif quote.get("speaker_name"):
        name = f"{quote['speaker_name']} (named by office only)"
    else:
        name = "Unnamed spokesperson"
    parts = [name]
    if quote.get("role"):
        parts.append(quote["role"])
    if quote.get("organisation"):
        parts.append(quote["organisation"])
    return parts


def citation_text(quote: dict[str, Any], dataset: str, version: str) -> str:
    """A plain-text citation of one quote."""
    who = ", ".join(_who(quote))
    release = f"'{quote.get('title')}'" + (f", {quote['publisher']}" if quote.get("publisher") else "")
    return (f"{who}, {long_date(quote.get('date'))}, in {release}. Source: {source_label(quote, line=False)}. "
            f"Dataset {dataset} {version}, quote {quote.get('quote_id')}.")


def _safe_url(url: Optional[str]) -> Optional[str]:
    if not url or not regex.match(r"^https?://", url, flags=regex.IGNORECASE):
        return None
    return urllib.parse.quote(url, safe=":/?#@!$&'*+,;=%~")


def citation_markdown(quote: dict[str, Any], dataset: str, version: str) -> str:
    """One markdown line citing a quote, ready to paste into a story."""
    name, *rest = _who(quote)
    who = f"**{markdown_escape(name)}**" + "".join(", " + markdown_escape(p) for p in rest)
    title = markdown_escape(quote.get("title"))
    url = _safe_url((quote.get("source") or {}).get("url"))
    release = f"[{title}]({url})" if url else f"*{title}*"
    if quote.get("publisher"):
        release += f", {markdown_escape(quote['publisher'])}"
    if not url:
        release += f" ({markdown_escape(source_label(quote, line=False))})"
    return (f"- {who}, {long_date(quote.get('date'))}: “{markdown_escape(quote.get('text'))}” "
            f"Source: {release}. Dataset {markdown_escape(dataset)} {markdown_escape(version)}, "
            f"quote {markdown_escape(quote.get('quote_id'))}.")


# ---------------------------------------------------------------- lookup results


def _latest_role(speaker: dict[str, Any]) -> str:
    roles = [r for r in speaker.get("roles") or [] if r.get("role")]
    if not roles:
        return ""
    r = max(roles, key=lambda r: (r.get("last_date") or "", r.get("quotes") or 0))
    return r["role"] + (f", {r['organisation']}" if r.get("organisation") else "")


def _speaker_line(s: dict[str, Any]) -> str:
    n = s["quote_count"]
    span = f"{s.get('first_quote_date') or '?'} to {s.get('last_quote_date') or '?'}"
    role = _latest_role(s)
    return (f"  {terminal_safe(s['name'])} ({s['speaker_id']})  {n} quote{'s' * (n != 1)}  {span}"
            + (f"  {terminal_safe(role)}" if role else ""))


def describe_match(result: LookupResult) -> str:
    """One or more lines saying what the query was taken to mean (for people, not parsers)."""
    m: Match = result.match
    where = f"{result.dataset} {result.version}"
    q = terminal_safe(m.query)
    if m.kind == "none":
        return f"No speaker or role matches {q!r} in {where}." + (f" {terminal_safe(m.note)}." if m.note and
                                                                  "no speaker or role matches" not in m.note else "")
    if m.kind == "ambiguous":
        lead = (f"{q!r} on {m.on.isoformat()} could be {len(m.speakers)} people" if m.on and m.roles
                else f"{q!r} matches {len(m.speakers)} people")
        lines = [f"{lead} in {where}; name one of them (full name or speaker_id):"]
        lines += [_speaker_line(s) for s in m.speakers]
        if m.note:
            lines.append(f"({terminal_safe(m.note)})")
        return "\n".join(lines)
    if m.kind == "role":
        roles = "; ".join(terminal_safe(r["role"] + (f" ({r['organisation']})" if r["organisation"] else ""))
                          for r in m.roles)
        names = ", ".join(terminal_safe(s["name"]) for s in m.speakers)
        return f"{q!r} read as a role: {roles}. Held by: {names}."
    s = m.speakers[0]
    how = {"name": "name", "speaker_id": "speaker_id", "name words": "words of the name",
           "name with typos": "name, allowing for typos"}.get(m.how, m.how)
    line = f"{q!r} -> {terminal_safe(s['name'])} ({s['speaker_id']}), matched by {how}."
    if m.note:
        line += f" ({terminal_safe(m.note)})"
    return line


def _filters_text(result: LookupResult) -> str:
    f = result.filters
    parts = [f"--{k} {v}" for k, v in (("org", f.org), ("publisher", f.publisher),
                                        ("since", f.since and f.since.isoformat()),
                                        ("until", f.until and f.until.isoformat()), ("contains", f.contains)) if v]
    return " ".join(parts)


def render_text(result: LookupResult, width: int = 80) -> str:
    """The readable terminal view: speaker, role, date, release title, source and the quote."""
    lines = [describe_match(result)]
    if result.match.kind in ("speaker", "role"):
        n = len(result.quotes)
        if n == 0:
            filters = _filters_text(result)
            lines.append("No quotes match" + (f" the filters ({terminal_safe(filters)})." if filters else "."))
        else:
            line = f"{n} quote{'s' * (n != 1)} in {result.dataset} {result.version}"
            if result.limit and n == result.limit:
                line += f" (--limit {result.limit}: there may be more)"
            lines.append(line + ".")
    wrap = max(40, width - 4)
    for q in result.quotes:
        lines.append("")
        lines.append(f"{q.get('date') or 'undated'}  {terminal_safe(' · '.join(_who(q)))}")
        title = terminal_safe(q.get("title"))
        if q.get("publisher"):
            title += f" ({terminal_safe(q['publisher'])})"
        lines.append(f"  Release: {title}")
        lines.append(f"  Source:  {terminal_safe(source_label(q))}")
        lines.append(f"  Quote:   {q.get('quote_id')}")
        for i, para in enumerate(q.get("paragraphs") or [q.get("text") or ""]):
            if i:
                lines.append("    |")
            for chunk in textwrap.wrap(terminal_safe(para), wrap) or [""]:
                lines.append(f"    | {chunk}")
    return "\n".join(lines) + "\n"


def _quote_out(q: dict[str, Any], dataset: str, version: str) -> dict[str, Any]:
    out = {k: v for k, v in q.items()}
    out["citation"] = citation_text(q, dataset, version)
    return out


def render_json(result: LookupResult) -> str:
    f = result.filters
    data = {
        "dataset": result.dataset,
        "version": result.version,
        "match": result.match.as_dict(),
        "filters": {"org": f.org, "publisher": f.publisher, "since": f.since and f.since.isoformat(),
                    "until": f.until and f.until.isoformat(), "contains": f.contains},
        "count": len(result.quotes),
        "quotes": [_quote_out(q, result.dataset, result.version) for q in result.quotes],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = ("quote_id", "date", "speaker", "speaker_id", "role", "organisation", "publisher", "title", "text",
               "source_url", "source_file", "source_release", "source_paragraph", "citation")


def render_csv(result: LookupResult) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for q in result.quotes:
        src = q.get("source") or {}
        writer.writerow([q.get("quote_id"), q.get("date"), q.get("speaker"), q.get("speaker_id"), q.get("role"),
                         q.get("organisation"), q.get("publisher"), q.get("title"), q.get("text"), src.get("url"),
                         src.get("file"), src.get("release"), src.get("paragraph"),
                         citation_text(q, result.dataset, result.version)])
    return buf.getvalue()


def render_markdown(result: LookupResult) -> str:
    """One citation line per quote."""
    return "".join(citation_markdown(q, result.dataset, result.version) + "\n" for q in result.quotes)


def render_lookup(result: LookupResult, fmt: str = "text", width: int = 80) -> str:
    if fmt == "json":
        return render_json(result)
    if fmt == "csv":
        return render_csv(result)
    if fmt == "markdown":
        return render_markdown(result)
    return render_text(result, width)


# ---------------------------------------------------------------- speakers


SPEAKER_CSV_COLUMNS = ("speaker_id", "name", "quote_count", "first_quote_date", "last_quote_date", "latest_role",
                       "organisations", "aliases")


def render_speakers(listing: SpeakerList, fmt: str = "text") -> str:
    rows = listing.speakers
    if fmt == "json":
        return json.dumps({"dataset": listing.dataset, "version": listing.version, "count": len(rows),
                           "speakers": rows}, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(SPEAKER_CSV_COLUMNS)
        for s in rows:
            writer.writerow([s["speaker_id"], s["name"], s["quote_count"], s.get("first_quote_date"),
                             s.get("last_quote_date"), _latest_role(s), "; ".join(s["organisations"]),
                             "; ".join(s["aliases"])])
        return buf.getvalue()
    if fmt == "markdown":
        out = ["| Speaker | speaker_id | Quotes | First | Last | Latest role | Organisations |",
               "|---|---|---:|---|---|---|---|"]
        for s in rows:
            cells = [markdown_escape(s["name"]), markdown_escape(s["speaker_id"]), str(s["quote_count"]),
                     s.get("first_quote_date") or "", s.get("last_quote_date") or "",
                     markdown_escape(_latest_role(s)), markdown_escape("; ".join(s["organisations"]))]
            out.append("| " + " | ".join(cells) + " |")
        return "\n".join(out) + "\n"
    lines = [f"{len(rows)} speaker{'s' * (len(rows) != 1)} in {listing.dataset} {listing.version}, most quoted first:"]
    for s in rows:
        lines.append(_speaker_line(s))
        if s["organisations"]:
            lines.append(f"      {terminal_safe('; '.join(s['organisations']))}")
    return "\n".join(lines) + "\n"
