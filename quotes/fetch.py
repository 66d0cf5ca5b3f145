"""Download a department's news from GOV.UK, politely.

The documents are listed through the GOV.UK Search API
(``/api/search.json``: ``filter_organisations``,
``filter_content_store_document_type``, ``filter_public_timestamp``,
``start``/``count`` paging, ``fields``) and each one is downloaded through the
Content API (``/api/content/<path>``) into a folder, one JSON file per
document, ready for ``quotes build``.

Politeness: requests are spaced (a few per second at most by default), carry
an identifying User-Agent and a timeout, and are retried with exponential
backoff on 429 and 5xx answers and on network errors, honouring
``Retry-After``.

Incremental and resumable: a document already in the folder with the same
``public_updated_at`` as the listing's ``public_timestamp`` is not downloaded
again, and every file is written atomically (a hidden temporary file renamed
into place), so an interrupted fetch leaves no half-written file and the next
run goes on where it stopped.

This is the only module of the package that talks to the network; what it
downloads is read by :mod:`quotes.govuk`.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

import httpx
import regex

from . import __version__

DEFAULT_BASE_URL = "https://www.gov.uk"
SEARCH_PATH = "/api/search.json"
CONTENT_PREFIX = "/api/content"
SEARCH_FIELDS = ("link", "title", "public_timestamp", "content_store_document_type", "content_id")
MAX_PAGE_SIZE = 1500  # the Search API's largest 'count'
PROJECT = "press-release quotes dataset builder"


def default_user_agent(contact: Optional[str] = None) -> str:
    """'quotes/0.1.0 (press-release quotes dataset builder; python-httpx/0.28.1; contact: ...)'."""
    parts = [PROJECT, f"python-httpx/{httpx.__version__}"]
    if contact:
        parts.append(f"contact: {contact}")
    return f"quotes/{__version__} ({'; '.join(parts)})"


@dataclass
class FetchConfig:
    """How to talk to GOV.UK (or a mirror of its APIs)."""

    base_url: str = DEFAULT_BASE_URL
    rate: float = 3.0  # requests per second, at most
    timeout: float = 30.0  # seconds, for every request
    retries: int = 5  # further tries after a 429, a 5xx or a network error
    backoff: float = 1.0  # seconds before the first retry; doubled at each further one
    max_wait: float = 300.0  # longest single wait; a longer Retry-After fails the request
    page_size: int = 100  # search results per page
    user_agent: str = field(default_factory=default_user_agent)

    def __post_init__(self) -> None:
        if self.rate <= 0:
            raise ValueError("rate must be above 0 requests per second")
        if self.timeout <= 0:
            raise ValueError("timeout must be above 0 seconds")
        if self.retries < 0:
            raise ValueError("retries cannot be negative")
        if not 1 <= self.page_size <= MAX_PAGE_SIZE:
            raise ValueError(f"page size must be between 1 and {MAX_PAGE_SIZE}")
        self.base_url = self.base_url.rstrip("/")
        if not regex.match(r"^https?://[^/\s]+", self.base_url):
            raise ValueError(f"base URL must start with http:// or https:// and a host: {self.base_url!r}")


class FetchError(Exception):
    """A request that failed for good; the message is the reason, on one line."""


@dataclass(slots=True)
class Listed:
    """One document of the Search API listing."""

    link: str  # path on GOV.UK, e.g. /government/news/<slug>
    title: str = ""
    public_timestamp: Optional[str] = None
    document_type: Optional[str] = None


@dataclass(slots=True)
class Failure:
    what: str  # a document's path, or "listing"
    reason: str


@dataclass
class FetchSummary:
    """What a fetch did: every listed document is downloaded, unchanged or failed."""

    listed: int = 0
    downloaded: int = 0
    updated: int = 0  # of the downloaded: replaced an older version already in the folder
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)
    listing_complete: bool = True

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def ok(self) -> bool:
        return not self.failures and self.listing_complete


# -- pacing and retrying -------------------------------------------------------

class RateLimiter:
    """Spaces calls at least 1/rate seconds apart."""

    def __init__(self, rate: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = 1.0 / rate
        self.clock = clock
        self.sleep = sleep
        self._next: Optional[float] = None

    def wait(self) -> None:
        now = self.clock()
        if self._next is not None and now < self._next:
            self.sleep(self._next - now)
            now = self._next
        self._next = now + self.interval


def retry_after_seconds(value: Optional[str], now: Optional[dt.datetime] = None) -> Optional[float]:
    """A Retry-After header (seconds or an HTTP date) in seconds; None when absent or unreadable."""
    if value is None:
        return None
    value = value.strip()
    if regex.fullmatch(r"\d+(?:\.\d+)?", value):
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    now = now or dt.datetime.now(dt.timezone.utc)
    return max(0.0, (when - now).total_seconds())


def should_retry(status: int) -> bool:
    """429 Too Many Requests and every 5xx are worth another try; other answers are final."""
    return status == 429 or 500 <= status < 600


def backoff_delay(attempt: int, backoff: float, retry_after: Optional[float]) -> float:
    """Wait before retry number ``attempt`` (0-based): backoff doubled each time, at least Retry-After."""
    delay = backoff * (2 ** attempt)
    if retry_after is not None:
        delay = max(delay, retry_after)
    return delay


class PoliteClient:
    """GET JSON from GOV.UK's APIs: paced, identified, with timeouts and retries."""

    def __init__(self, config: FetchConfig, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic, transport: Optional[httpx.BaseTransport] = None) -> None:
        self.config = config
        self.sleep = sleep
        self.limiter = RateLimiter(config.rate, clock=clock, sleep=sleep)
        self.requests = 0
        self.http = httpx.Client(
            base_url=config.base_url,
            headers={"User-Agent": config.user_agent, "Accept": "application/json"},
            timeout=httpx.Timeout(config.timeout),
            follow_redirects=True,
            transport=transport,
        )

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> "PoliteClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, path: str, params: Any = None) -> bytes:
        """The body of a successful answer; FetchError after the last try."""
        cfg = self.config
        for attempt in range(cfg.retries + 1):
            self.limiter.wait()
            self.requests += 1
            retry_after: Optional[float] = None
            try:
                response = self.http.get(path, params=params)
            except httpx.TimeoutException:
                reason = f"no answer within {cfg.timeout:g} s"
            except httpx.TransportError as exc:
                reason = f"network error: {type(exc).__name__}: {exc}".rstrip(": ")
            else:
                status = response.status_code
                if 200 <= status < 300:
                    return response.content
                reason = f"HTTP {status}" + (f" {response.reason_phrase}" if response.reason_phrase else "")
                if not should_retry(status):
                    raise FetchError(reason)
                retry_after = retry_after_seconds(response.headers.get("Retry-After"))
                if retry_after is not None and retry_after > cfg.max_wait:
                    raise FetchError(f"{reason}; the server asked to wait {retry_after:g} s, more than the "
                                     f"{cfg.max_wait:g} s allowed")
            if attempt == cfg.retries:
                tries = cfg.retries + 1
                raise FetchError(f"{reason} (gave up after {tries} {'try' if tries == 1 else 'tries'})")
            self.sleep(min(backoff_delay(attempt, cfg.backoff, retry_after), cfg.max_wait))
        raise AssertionError("unreachable")

    def get_json(self, path: str, params: Any = None) -> tuple[Any, bytes]:
        """Parsed JSON and the raw body; FetchError on a failed request or a malformed body."""
        body = self.get(path, params)
        try:
            return json.loads(body), body
        except UnicodeDecodeError:
            raise FetchError("the answer is not UTF-8 JSON") from None
        except json.JSONDecodeError as exc:
            where = f"line {exc.lineno}, column {exc.colno}"
            raise FetchError(f"malformed JSON in the answer: {exc.msg} ({where})") from None


# -- listing ----------------------------------------------------------------------

def search_params(organisations: Sequence[str], types: Sequence[str], since: Optional[dt.date],
                  until: Optional[dt.date], start: int, count: int) -> list[tuple[str, str]]:
    """Query parameters of one Search API page (repeated keys for several values)."""
    params: list[tuple[str, str]] = [("filter_organisations", org) for org in organisations]
    params += [("filter_content_store_document_type", t) for t in types]
    bounds = []
    if since:
        bounds.append(f"from:{since.isoformat()}")
    if until:
        bounds.append(f"to:{until.isoformat()}")
    if bounds:
        params.append(("filter_public_timestamp", ",".join(bounds)))
    params += [("fields", f) for f in SEARCH_FIELDS]
    # Oldest first: documents published or updated while paging move to the end, not into pages already read.
    params += [("order", "public_timestamp"), ("start", str(start)), ("count", str(count))]
    return params


def parse_search_page(data: Any) -> tuple[list[Listed], Optional[int]]:
    """Documents of one Search API answer and the total it reports; FetchError when it is not one."""
    if not isinstance(data, dict) or not isinstance(data.get("results"), list):
        raise FetchError("the search answer has no 'results' list")
    out: list[Listed] = []
    for item in data["results"]:
        if not isinstance(item, dict) or not isinstance(item.get("link"), str):
            continue
        out.append(Listed(
            link=item["link"],
            title=item.get("title") if isinstance(item.get("title"), str) else "",
            public_timestamp=item.get("public_timestamp") if isinstance(item.get("public_timestamp"), str) else None,
            document_type=item.get("content_store_document_type")
            if isinstance(item.get("content_store_document_type"), str) else None,
        ))
    total = data.get("total")
    return out, total if isinstance(total, int) and total >= 0 else None


def list_documents(client: PoliteClient, organisations: Sequence[str], types: Sequence[str],
                   since: Optional[dt.date] = None, until: Optional[dt.date] = None) -> Iterator[Listed]:
    """Every document the Search API lists for the filters, page by page, each once."""
    count = client.config.page_size
    start = 0
    seen: set[str] = set()
    while True:
        try:
            data, _ = client.get_json(SEARCH_PATH, search_params(organisations, types, since, until, start, count))
            page, total = parse_search_page(data)
        except FetchError as exc:
            raise FetchError(f"search page {start // count + 1} (start={start}): {exc}") from None
        for item in page:
            if item.link not in seen:
                seen.add(item.link)
                yield item
        start += count
        raw_results = len(data["results"])
        if raw_results < count or (total is not None and start >= total) or raw_results == 0:
            return


# -- the folder -------------------------------------------------------------------------

_UNSAFE = regex.compile(r"[^A-Za-z0-9._-]+")
MAX_NAME = 150


def document_filename(link: str) -> str:
    """File name of a document inside the folder, from its GOV.UK path; never a path.

    '/government/news/knife-crime-orders' -> 'knife-crime-orders.json';
    '/government/world-location-news/x' -> 'government--world-location-news--x.json'.
    Separators, '..' and leading dots cannot survive, so the file stays in the folder.
    """
    path = link.split("?", 1)[0].split("#", 1)[0]
    segments = [s for s in path.split("/") if s and s not in (".", "..")]
    if segments[:2] == ["government", "news"] and len(segments) > 2:
        segments = segments[2:]
    name = _UNSAFE.sub("-", "--".join(segments)).strip(".-_")
    name = regex.sub(r"\.{2,}", ".", name)
    digest = hashlib.sha1(link.encode("utf-8")).hexdigest()[:12]
    if not name:
        name = f"document-{digest}"
    elif len(name) > MAX_NAME:
        name = f"{name[:MAX_NAME].rstrip('.-_')}-{digest}"
    return name + ".json"


def document_path(folder: Path, link: str) -> Path:
    """Where a listed document is kept; checked to be directly inside ``folder``."""
    path = folder / document_filename(link)
    if path.resolve().parent != folder.resolve():
        raise FetchError(f"refusing to write outside {folder}: {link!r}")
    return path


def same_instant(a: Optional[str], b: Optional[str]) -> bool:
    """Whether two ISO 8601 timestamps name the same instant ('...+01:00' == '...Z' an hour earlier)."""
    if not a or not b:
        return False
    if a == b:
        return True
    try:
        x = dt.datetime.fromisoformat(a.replace("Z", "+00:00"))
        y = dt.datetime.fromisoformat(b.replace("Z", "+00:00"))
    except ValueError:
        return False
    if (x.tzinfo is None) != (y.tzinfo is None):
        return False
    return x == y


def stored_timestamp(path: Path) -> Optional[str]:
    """``public_updated_at`` of a document already in the folder; None when absent or unreadable."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    value = data.get("public_updated_at") if isinstance(data, dict) else None
    return value if isinstance(value, str) else None


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file so that it is either absent, the old version, or complete."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes the file private; give it the usual mode
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def check_document(data: Any, link: str) -> None:
    """FetchError unless ``data`` looks like the Content API document of ``link``."""
    if not isinstance(data, dict):
        raise FetchError("the answer is not a JSON object")
    if not isinstance(data.get("base_path"), str) or not isinstance(data.get("document_type"), str):
        raise FetchError("the answer is not a Content API document (no base_path or document_type)")


def content_path(link: str) -> str:
    """'/government/news/x' -> '/api/content/government/news/x'; FetchError for a link that is not a GOV.UK path."""
    if not link.startswith("/") or link.startswith("//") or any(s in ("..", ".") for s in link.split("/")):
        raise FetchError(f"not a GOV.UK path: {link!r}")
    return CONTENT_PREFIX + link


# -- the whole fetch ------------------------------------------------------------------------

ProgressFn = Callable[[Listed, str, "FetchSummary"], None]


def download_document(client: PoliteClient, folder: Path, item: Listed) -> str:
    """Bring one listed document up to date in the folder: 'unchanged', 'downloaded' or 'updated'."""
    path = document_path(folder, item.link)
    existed = path.exists()
    if existed and same_instant(stored_timestamp(path), item.public_timestamp):
        return "unchanged"
    data, body = client.get_json(content_path(item.link))
    check_document(data, item.link)
    write_atomic(path, body)
    return "updated" if existed else "downloaded"


def fetch(
    organisations: Sequence[str],
    folder: Path,
    types: Sequence[str] = ("press_release",),
    since: Optional[dt.date] = None,
    until: Optional[dt.date] = None,
    config: Optional[FetchConfig] = None,
    client: Optional[PoliteClient] = None,
    on_listed: Optional[Callable[[int], None]] = None,
    progress: Optional[ProgressFn] = None,
) -> FetchSummary:
    """List the organisations' documents and bring each one up to date in ``folder``."""
    if not organisations:
        raise ValueError("at least one organisation is needed")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    own_client = client is None
    client = client or PoliteClient(config or FetchConfig())
    summary = FetchSummary()
    try:
        listed: list[Listed] = []
        try:
            for item in list_documents(client, organisations, types, since, until):
                listed.append(item)
        except FetchError as exc:
            summary.listing_complete = False
            summary.failures.append(Failure("listing", str(exc)))
        summary.listed = len(listed)
        if on_listed:
            on_listed(len(listed))
        for item in listed:
            try:
                outcome = download_document(client, folder, item)
            except FetchError as exc:
                summary.failures.append(Failure(item.link, str(exc)))
                outcome = "failed"
            except OSError as exc:
                summary.failures.append(Failure(item.link, f"cannot write: {exc.strerror or exc}"))
                outcome = "failed"
            if outcome == "unchanged":
                summary.unchanged += 1
            elif outcome in ("downloaded", "updated"):
                summary.downloaded += 1
                summary.updated += outcome == "updated"
            if progress:
                progress(item, outcome, summary)
    finally:
        if own_client:
            client.close()
    return summary


def format_summary(summary: FetchSummary, limit: Optional[int] = None) -> list[str]:
    """Lines of the end-of-run summary: the counts, then each failure with its reason."""
    lines = [f"listed {summary.listed}  downloaded {summary.downloaded}"
             + (f" ({summary.updated} updated)" if summary.updated else "")
             + f"  unchanged {summary.unchanged}  failed {summary.failed}"]
    if not summary.listing_complete:
        lines.append("the listing is incomplete: documents after the failed search page were not seen")
    shown: Iterable[Failure] = summary.failures if limit is None else summary.failures[:limit]
    for f in shown:
        lines.append(f"failed: {f.what}: {f.reason}")
    if limit is not None and len(summary.failures) > limit:
        lines.append(f"... {len(summary.failures) - limit} more failures")
    return lines


__all__ = [
    "DEFAULT_BASE_URL", "FetchConfig", "FetchError", "FetchSummary", "Failure", "Listed", "PoliteClient",
    "RateLimiter", "backoff_delay", "content_path", "default_user_agent", "document_filename", "document_path",
    "download_document", "fetch", "format_summary", "list_documents", "parse_search_page", "retry_after_seconds",
    "same_instant", "search_params", "should_retry", "stored_timestamp", "write_atomic",
]
