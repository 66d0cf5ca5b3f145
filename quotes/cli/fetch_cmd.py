"""`quotes fetch`: download an organisation's news from GOV.UK for `quotes build`."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import EXIT_CHECK_FAILED, EXIT_INTERRUPTED, EXIT_USAGE

TYPES = ("press_release", "news_story", "government_response", "world_news_story")


def _fail(message: str, code: int = EXIT_USAGE) -> None:
    click.echo(f"quotes: {message}", err=True)
    sys.exit(code)


@click.command("fetch")
@click.option("--organisation", "-o", "organisations", multiple=True, required=True, metavar="SLUG",
              help="GOV.UK organisation slug, e.g. home-office (repeat for several).")
@click.option("--type", "types", multiple=True, type=click.Choice(TYPES), default=("press_release",),
              show_default=True, help="Document type to list (repeat for several).")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
              help="Only documents whose public timestamp is on or after this day.")
@click.option("--until", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
              help="Only documents whose public timestamp is on or before this day.")
@click.option("--to", "folder", required=True, type=click.Path(path_type=Path),
              help="Folder to keep the documents in (one JSON file each); created if missing.")
@click.option("--rate", type=click.FloatRange(min=0, min_open=True), default=3.0, show_default=True,
              help="Requests per second, at most.")
@click.option("--base-url", default="https://www.gov.uk", show_default=True,
              help="Where the Search and Content APIs are (a mirror, or a test server).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              help="Seconds to wait for each answer.")
@click.option("--retries", type=click.IntRange(min=0), default=5, show_default=True,
              help="Further tries after a 429, a 5xx or a network error.")
@click.option("--backoff", type=click.FloatRange(min=0), default=1.0, show_default=True,
              help="Seconds before the first retry, doubled at each further one (Retry-After, when longer, wins).")
@click.option("--max-wait", type=click.FloatRange(min=0), default=300.0, show_default=True,
              help="Longest single wait; a longer Retry-After fails the request.")
@click.option("--page-size", type=click.IntRange(1, 1500), default=100, show_default=True,
              help="Search results per page.")
@click.option("--contact", default=None, envvar="QUOTES_CONTACT", metavar="EMAIL_OR_URL",
              help="Contact added to the User-Agent (default: $QUOTES_CONTACT).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar; only the summary and failures.")
def fetch_command(organisations, types, since, until, folder, rate, base_url, timeout, retries, backoff, max_wait,
                  page_size, contact, quiet):
    """Download an organisation's press releases from GOV.UK into a folder.

    Documents are listed through the GOV.UK Search API and each is
    downloaded through the Content API as one JSON file in --to, which
    `quotes build` reads. A document already there with the same
    public_updated_at is not downloaded again, so an interrupted fetch
    resumes where it stopped. Exits 1 when any document failed.

    --since and --until filter on the Search API's public timestamp (the last
    public update); split a very large archive into date ranges.

    \b
    Example:
      quotes fetch -o home-office --since 2024-01-01 --to data/home-office
      quotes build data/home-office
    """
    from ..fetch import FetchConfig, PoliteClient, default_user_agent, fetch, format_summary

    since_day = since.date() if since else None
    until_day = until.date() if until else None
    if since_day and until_day and since_day > until_day:
        _fail(f"--since {since_day} is after --until {until_day}")
    if folder.exists() and not folder.is_dir():
        _fail(f"{folder}: not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _fail(f"{folder}: cannot create the folder: {exc.strerror or exc}")
    if not os.access(folder, os.W_OK):
        _fail(f"{folder}: folder is not writable")
    try:
        config = FetchConfig(base_url=base_url, rate=rate, timeout=timeout, retries=retries, backoff=backoff,
                             max_wait=max_wait, page_size=page_size, user_agent=default_user_agent(contact))
    except ValueError as exc:
        _fail(str(exc))

    show = not quiet
    bar = None

    def on_listed(count: int) -> None:
        nonlocal bar
        if show:
            click.echo(f"listed {count} document(s); bringing them up to date in {folder}", err=True)
            bar = click.progressbar(length=count, label="fetching", file=sys.stderr, show_pos=True,
                                    item_show_func=lambda text: text)
            bar.__enter__()

    def progress(item, outcome, summary) -> None:
        if bar is not None:
            bar.update(1, f"downloaded {summary.downloaded}  unchanged {summary.unchanged}  "
                          f"failed {summary.failed}")

    if show:
        click.echo(f"listing {', '.join(types)} of {', '.join(organisations)} from {config.base_url}", err=True)
    client = PoliteClient(config)
    try:
        summary = fetch(list(organisations), folder, types=list(types), since=since_day, until=until_day,
                        client=client, on_listed=on_listed, progress=progress)
    except KeyboardInterrupt:
        if bar is not None:
            bar.__exit__(None, None, None)
            bar = None
        click.echo(f"quotes: interrupted; the documents saved in {folder} are complete, and the same command "
                   "resumes the fetch", err=True)
        sys.exit(EXIT_INTERRUPTED)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
        client.close()
    counts, *failures = format_summary(summary)
    click.echo(counts)
    for line in failures:
        click.echo(f"quotes: {line}", err=True)
    if not summary.ok:
        sys.exit(EXIT_CHECK_FAILED)


def register(cli: click.Group) -> None:
    cli.add_command(fetch_command)
