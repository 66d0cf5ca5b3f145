"""`quotes fetch` against a GOV.UK stand-in served on 127.0.0.1 by the test itself.

The server answers like the real Search API (``results``/``total``/``start``,
paging with ``start`` and ``count``, filters, ``fields``) and Content API
(one ``news_article`` document per path), and can be told to answer some
requests with a 429 and Retry-After, a 500, a malformed JSON body, or to be
slow. Waits are kept tiny (high rate, small backoff) or recorded by a fake
``sleep``; nothing here reaches the internet and no test asserts on timing.
"""
from __future__ import annotations

import datetime as dt
import json
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from click.testing import CliRunner

from quotes.cli import cli
from quotes.fetch import (
    FetchConfig,
    FetchError,
    PoliteClient,
    RateLimiter,
    backoff_delay,
    content_path,
    document_filename,
    document_path,
    fetch,
    retry_after_seconds,
    same_instant,
    write_atomic,
)

ORG = "home-office"


def news_document(slug: str, title: str, updated: str, body: str, doc_type: str = "press_release") -> dict:
    return {
        "base_path": f"/government/news/{slug}",
        "content_id": f"00000000-0000-4000-8000-{abs(hash(slug)) % 10**12:012d}",
        "document_type": doc_type,
        "schema_name": "news_article",
        "title": title,
        "locale": "en",
        "first_published_at": "2019-03-04T09:30:00.000+00:00",
        "public_updated_at": updated,
        "details": {"body": body},
        "links": {"primary_publishing_organisation": [{"title": "Home Office", "base_path":
                                                        "/government/organisations/home-office"}]},
    }


class FakeGovUK:
    """State of the stand-in: documents, scripted faults, and a log of requests."""

    def __init__(self) -> None:
        self.documents: dict[str, dict] = {}
        self.faults: dict[str, list[tuple[int, dict, bytes]]] = {}  # path -> answers to give first
        self.broken: dict[str, bytes] = {}  # path -> body served with 200 every time
        self.slow: dict[str, float] = {}  # path -> seconds to wait before answering
        self.search_fault: list[tuple[int, dict, bytes]] = []
        self.requests: list[tuple[str, dict, dict]] = []
        self.lock = threading.Lock()

    def add(self, doc: dict) -> None:
        self.documents[doc["base_path"]] = doc

    def answer(self, path: str, query: dict) -> tuple[int, dict, bytes]:
        if path == "/api/search.json":
            if self.search_fault:
                return self.search_fault.pop(0)
            return 200, {}, json.dumps(self.search(query)).encode()
        if not path.startswith("/api/content/"):
            return 404, {}, b'{"error": "not found"}'
        base_path = path[len("/api/content"):]
        if self.faults.get(base_path):
            return self.faults[base_path].pop(0)
        if base_path in self.broken:
            return 200, {}, self.broken[base_path]
        doc = self.documents.get(base_path)
        if doc is None:
            return 404, {}, b'{"error": "not found"}'
        return 200, {}, json.dumps(doc, ensure_ascii=False, indent=1).encode()

    def search(self, query: dict) -> dict:
        orgs = query.get("filter_organisations", [])
        types = query.get("filter_content_store_document_type", [])
        start = int(query.get("start", ["0"])[0])
        count = int(query.get("count", ["10"])[0])
        matching = [d for d in self.documents.values()
                    if ORG in orgs and (not types or d["document_type"] in types)]
        matching.sort(key=lambda d: d["public_updated_at"])
        page = matching[start:start + count]
        return {
            "results": [{"link": d["base_path"], "title": d["title"], "public_timestamp": d["public_updated_at"],
                         "content_store_document_type": d["document_type"], "index": "govuk",
                         "_id": d["base_path"], "document_type": "edition"} for d in page],
            "total": len(matching), "start": start, "aggregates": {}, "suggested_queries": [],
        }


def make_handler(state: FakeGovUK):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's naming
            parts = urlsplit(self.path)
            query = parse_qs(parts.query, keep_blank_values=True)
            with state.lock:
                state.requests.append((parts.path, query, dict(self.headers)))
                delay = state.slow.get(parts.path[len("/api/content"):], 0.0)
                status, headers, body = state.answer(parts.path, query)
            if delay:
                time.sleep(delay)
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args):
            pass

    return Handler


@pytest.fixture
def govuk():
    state = FakeGovUK()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield state
    server.shutdown()
    server.server_close()


BODY = ("<div class=\"govspeak\"><p>New orders will be piloted from April.</p>"
        "<p>Home Secretary Priti Patel said:</p><blockquote><p>{quote}</p></blockquote></div>")


def seed(state: FakeGovUK) -> None:
    """Five releases; three answer badly at first, one always answers with broken JSON."""
    for k, slug in enumerate(["orders-piloted", "new-powers", "funding-boost", "broken-page", "changing-story"], 1):
        state.add(news_document(slug, f"Release {k}", f"2019-03-0{k}T10:00:00.000+00:00",
                                BODY.format(quote=f"Quote number {k} of the release, in full.")))
    state.faults["/government/news/new-powers"] = [(429, {"Retry-After": "0"}, b'{"error": "slow down"}')]
    state.faults["/government/news/funding-boost"] = [(500, {}, b"<html>Internal Server Error</html>")]
    state.broken["/government/news/broken-page"] = b'{"base_path": "/government/news/broken-page", "title": '


def run_fetch(state: FakeGovUK, folder: Path, *extra: str):
    args = ["fetch", "--organisation", ORG, "--to", str(folder), "--base-url", state.url, "--rate", "500",
            "--backoff", "0.01", "--retries", "2", "--page-size", "2", "--quiet", *extra]
    return CliRunner().invoke(cli, args)


def content_requests(state: FakeGovUK) -> list[str]:
    return [path for path, _, _ in state.requests if path.startswith("/api/content/")]


def test_fetch_lists_every_page_downloads_and_reports_failures(govuk, tmp_path):
    seed(govuk)
    out = tmp_path / "home-office"
    result = run_fetch(govuk, out, "--since", "2019-01-01", "--until", "2019-12-31")
    assert result.exit_code == 1, result.output
    assert "listed 5  downloaded 4  unchanged 0  failed 1" in result.stdout
    assert "failed: /government/news/broken-page: malformed JSON" in result.stderr
    # three pages of two results, with the filters, fields and paging of the Search API
    searches = [q for path, q, _ in govuk.requests if path == "/api/search.json"]
    assert [q["start"] for q in searches] == [["0"], ["2"], ["4"]]
    assert all(q["count"] == ["2"] for q in searches)
    assert searches[0]["filter_organisations"] == [ORG]
    assert searches[0]["filter_content_store_document_type"] == ["press_release"]
    assert searches[0]["filter_public_timestamp"] == ["from:2019-01-01,to:2019-12-31"]
    assert {"link", "public_timestamp"} <= set(searches[0]["fields"])
    # the 429 and the 500 were retried; the retried documents were written
    assert content_requests(govuk).count("/api/content/government/news/new-powers") == 2
    assert content_requests(govuk).count("/api/content/government/news/funding-boost") == 2
    # broken JSON is not retried as if the server were busy: it is the document that is bad
    assert content_requests(govuk).count("/api/content/government/news/broken-page") == 1
    names = sorted(p.name for p in out.iterdir())
    assert names == ["changing-story.json", "funding-boost.json", "new-powers.json", "orders-piloted.json"]
    saved = json.loads((out / "new-powers.json").read_text(encoding="utf-8"))
    assert saved["base_path"] == "/government/news/new-powers"
    assert all(h.get("User-Agent", h.get("user-agent", "")).startswith("quotes/") for _, _, h in govuk.requests)


def test_second_run_downloads_only_what_changed(govuk, tmp_path):
    seed(govuk)
    out = tmp_path / "docs"
    assert run_fetch(govuk, out).exit_code == 1
    before = len(content_requests(govuk))
    changed = govuk.documents["/government/news/changing-story"]
    changed["public_updated_at"] = "2019-06-01T08:15:00.000+01:00"
    changed["details"]["body"] = BODY.format(quote="A corrected quote, published later.")
    result = run_fetch(govuk, out)
    assert result.exit_code == 1  # the broken document still fails
    assert "listed 5  downloaded 1 (1 updated)  unchanged 3  failed 1" in result.stdout
    fetched_again = content_requests(govuk)[before:]
    assert sorted(fetched_again) == ["/api/content/government/news/broken-page",
                                     "/api/content/government/news/changing-story"]
    saved = json.loads((out / "changing-story.json").read_text(encoding="utf-8"))
    assert "A corrected quote" in saved["details"]["body"]
    # once the server is mended, everything is in place and the exit code is 0
    del govuk.broken["/government/news/broken-page"]
    result = run_fetch(govuk, out)
    assert result.exit_code == 0, result.output
    assert "listed 5  downloaded 1  unchanged 4  failed 0" in result.stdout


def test_fetched_folder_builds(govuk, tmp_path):
    seed(govuk)
    out = tmp_path / "docs"
    run_fetch(govuk, out)
    result = CliRunner().invoke(cli, ["build", str(out), "--out", str(tmp_path / "datasets"), "-q"])
    assert result.exit_code == 0, result.output
    from quotes.evaluate import read_predictions

    rows = read_predictions(tmp_path / "datasets" / "quotes")
    assert sorted(r["text"] for r in rows) == [f"Quote number {k} of the release, in full." for k in (1, 2, 3, 5)]
    assert {r["speaker"] for r in rows} == {"Priti Patel"}
    assert {r["source"]["url"] for r in rows} >= {"https://www.gov.uk/government/news/orders-piloted"}


def test_interrupted_fetch_resumes_and_leaves_no_partial_file(govuk, tmp_path):
    seed(govuk)
    del govuk.broken["/government/news/broken-page"]
    out = tmp_path / "docs"
    config = FetchConfig(base_url=govuk.url, rate=500, backoff=0.01, page_size=2)

    def stop_after_two(item, outcome, summary):
        if summary.downloaded == 2:
            raise KeyboardInterrupt

    with PoliteClient(config) as client, pytest.raises(KeyboardInterrupt):
        fetch([ORG], out, client=client, progress=stop_after_two)
    assert len(list(out.glob("*.json"))) == 2
    assert not [p for p in out.iterdir() if p.name.startswith(".")]
    with PoliteClient(config) as client:
        summary = fetch([ORG], out, client=client)
    assert (summary.listed, summary.downloaded, summary.unchanged, summary.failed) == (5, 3, 2, 0)
    assert summary.ok


def test_ctrl_c_stops_the_command_which_resumes_on_the_next_run(govuk, tmp_path):
    seed(govuk)
    govuk.faults.clear()
    govuk.broken.clear()
    govuk.slow["/government/news/new-powers"] = 30.0  # the second document hangs until interrupted
    out = tmp_path / "docs"
    args = [sys.executable, "-m", "quotes", "fetch", "-o", ORG, "--to", str(out), "--base-url", govuk.url,
            "--rate", "500", "--page-size", "2", "--quiet"]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(400):  # until the first document is saved (bounded; not a timing assertion)
            if (out / "orders-piloted.json").exists() or proc.poll() is not None:
                break
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130
    assert "interrupted" in err and "resumes the fetch" in err
    assert sorted(p.name for p in out.iterdir()) == ["orders-piloted.json"]
    govuk.slow.clear()
    result = run_fetch(govuk, out)
    assert result.exit_code == 0, result.output
    assert "listed 5  downloaded 4  unchanged 1  failed 0" in result.stdout


def test_retry_after_and_exponential_backoff_are_honoured(govuk, tmp_path):
    govuk.add(news_document("busy", "Busy", "2019-03-01T10:00:00.000+00:00", BODY.format(quote="Quote.")))
    govuk.add(news_document("failing", "Failing", "2019-03-02T10:00:00.000+00:00", BODY.format(quote="Quote.")))
    govuk.faults["/government/news/busy"] = [(429, {"Retry-After": "7"}, b"{}")]
    govuk.faults["/government/news/failing"] = [(503, {}, b"{}")] * 4
    waits: list[float] = []
    config = FetchConfig(base_url=govuk.url, rate=1000, backoff=0.5, retries=3, max_wait=60)
    with PoliteClient(config, sleep=waits.append) as client:
        summary = fetch([ORG], tmp_path / "docs", client=client)
    retry_waits = [w for w in waits if w >= 0.1]  # the rest is the pacing of requests
    assert retry_waits == [7.0, 0.5, 1.0, 2.0]
    assert summary.downloaded == 1
    assert summary.failures[0].what == "/government/news/failing"
    assert "HTTP 503" in summary.failures[0].reason and "gave up after 4 tries" in summary.failures[0].reason


def test_a_missing_document_is_not_retried(govuk, tmp_path):
    govuk.add(news_document("gone", "Gone", "2019-03-01T10:00:00.000+00:00", BODY.format(quote="Quote.")))
    govuk.faults["/government/news/gone"] = [(410, {}, b'{"error": "gone"}')]
    config = FetchConfig(base_url=govuk.url, rate=1000, backoff=0.01, retries=3)
    with PoliteClient(config) as client:
        summary = fetch([ORG], tmp_path / "docs", client=client)
    assert [(f.what, f.reason) for f in summary.failures] == [("/government/news/gone", "HTTP 410 Gone")]
    assert content_requests(govuk) == ["/api/content/government/news/gone"]


def test_retry_after_longer_than_allowed_fails_without_waiting(govuk, tmp_path):
    govuk.add(news_document("busy", "Busy", "2019-03-01T10:00:00.000+00:00", BODY.format(quote="Quote.")))
    govuk.faults["/government/news/busy"] = [(429, {"Retry-After": "3600"}, b"{}")]
    waits: list[float] = []
    config = FetchConfig(base_url=govuk.url, rate=1000, backoff=0.01, max_wait=30)
    with PoliteClient(config, sleep=waits.append) as client:
        summary = fetch([ORG], tmp_path / "docs", client=client)
    assert not [w for w in waits if w >= 1]
    assert "asked to wait 3600 s" in summary.failures[0].reason


def test_timeout_is_applied_to_every_request(govuk, tmp_path):
    govuk.add(news_document("slow", "Slow", "2019-03-01T10:00:00.000+00:00", BODY.format(quote="Quote.")))
    govuk.slow["/government/news/slow"] = 1.0
    config = FetchConfig(base_url=govuk.url, rate=1000, timeout=0.2, retries=0)
    with PoliteClient(config) as client:
        summary = fetch([ORG], tmp_path / "docs", client=client)
    assert summary.failures and "no answer within 0.2 s" in summary.failures[0].reason
    assert not (tmp_path / "docs" / "slow.json").exists()


def test_malformed_search_page_fails_the_listing(govuk, tmp_path):
    seed(govuk)
    govuk.search_fault = [(200, {}, b'{"results": [')]
    result = run_fetch(govuk, tmp_path / "docs")
    assert result.exit_code == 1
    assert "listed 0" in result.stdout
    assert "failed: listing: search page 1 (start=0): malformed JSON" in result.stderr
    assert "the listing is incomplete" in result.stderr


def test_listing_link_cannot_escape_the_folder(govuk, tmp_path):
    evil = news_document("x", "Evil", "2019-03-01T10:00:00.000+00:00", BODY.format(quote="Quote."))
    evil["base_path"] = "/government/news/../../../../escape"
    govuk.add(evil)
    out = tmp_path / "inside" / "docs"
    config = FetchConfig(base_url=govuk.url, rate=1000, retries=0)
    with PoliteClient(config) as client:
        summary = fetch([ORG], out, client=client)
    assert summary.failures[0].reason.startswith("not a GOV.UK path")
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == []


def test_cli_usage_errors(tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["fetch", "--to", str(tmp_path)])
    assert result.exit_code == 2 and "--organisation" in result.output
    result = runner.invoke(cli, ["fetch", "-o", ORG, "--to", str(tmp_path), "--since", "2020-02-30"])
    assert result.exit_code == 2
    result = runner.invoke(cli, ["fetch", "-o", ORG, "--to", str(tmp_path), "--since", "2021-01-01",
                                 "--until", "2020-01-01"])
    assert result.exit_code == 2 and "is after --until" in result.stderr
    a_file = tmp_path / "file.json"
    a_file.write_text("{}")
    result = runner.invoke(cli, ["fetch", "-o", ORG, "--to", str(a_file)])
    assert result.exit_code == 2 and "not a folder" in result.stderr
    result = runner.invoke(cli, ["fetch", "-o", ORG, "--to", str(tmp_path), "--rate", "0"])
    assert result.exit_code == 2
    result = runner.invoke(cli, ["fetch", "-o", ORG, "--to", str(tmp_path), "--base-url", "ftp://mirror"])
    assert result.exit_code == 2 and "base URL" in result.stderr


@pytest.mark.parametrize("link, name", [
    ("/government/news/knife-crime-orders", "knife-crime-orders.json"),
    ("/government/news/../../etc/passwd", "etc--passwd.json"),
    ("/government/world-location-news/uk-and-france", "government--world-location-news--uk-and-france.json"),
    ("/government/news/.hidden", "hidden.json"),
    ("/government/news/datganiad-i-r-wasg.cy", "datganiad-i-r-wasg.cy.json"),
    ("/government/news/a b?c=1", "a-b.json"),
])
def test_document_filename(link, name):
    assert document_filename(link) == name


def test_document_filenames_stay_in_the_folder(tmp_path):
    for link in ["/", "", "/..", "/government/news/" + "x" * 400, "/government/news/..%2f..%2fetc", "\\..\\..\\x"]:
        path = document_path(tmp_path, link)
        assert path.parent == tmp_path
        assert not path.name.startswith(".")
        assert len(path.name) < 200


def test_content_path_refuses_what_is_not_a_govuk_path():
    assert content_path("/government/news/x") == "/api/content/government/news/x"
    for bad in ["https://evil.example/x", "//evil.example/x", "/government/../x", "government/news/x"]:
        with pytest.raises(FetchError):
            content_path(bad)


def test_rate_limiter_spaces_requests():
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(round(seconds, 6))
        now[0] += seconds

    limiter = RateLimiter(4.0, clock=lambda: now[0], sleep=sleep)
    for _ in range(3):
        limiter.wait()
    assert slept == [0.25, 0.25]
    now[0] += 10  # a long pause: no wait needed
    limiter.wait()
    assert slept == [0.25, 0.25]


def test_retry_after_values():
    assert retry_after_seconds("120") == 120.0
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("soon") is None
    now = dt.datetime(2024, 5, 1, 12, 0, 0, tzinfo=dt.timezone.utc)
    assert retry_after_seconds("Wed, 01 May 2024 12:00:30 GMT", now=now) == 30.0
    assert retry_after_seconds("Wed, 01 May 2024 11:00:00 GMT", now=now) == 0.0
    assert [backoff_delay(k, 1.0, None) for k in range(4)] == [1.0, 2.0, 4.0, 8.0]
    assert backoff_delay(0, 1.0, 5.0) == 5.0


def test_same_instant_across_time_zones():
    assert same_instant("2019-06-01T08:15:00.000+01:00", "2019-06-01T07:15:00Z")
    assert not same_instant("2019-06-01T08:15:00.000+01:00", "2019-06-01T08:15:00Z")
    assert not same_instant(None, "2019-06-01T08:15:00Z")


def test_write_atomic_keeps_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "doc.json"
    target.write_bytes(b'{"old": true}')

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("quotes.fetch.os.replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(target, b'{"new": true}')
    assert target.read_bytes() == b'{"old": true}'
    assert [p.name for p in tmp_path.iterdir()] == ["doc.json"]
