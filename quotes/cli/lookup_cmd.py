"""`quotes lookup`, `quotes speakers`, `quotes serve`."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import click

from . import EXIT_INTERRUPTED, EXIT_USAGE

FORMAT_HELP = "Output: text (readable), json, csv, or markdown (one citation line per quote)."


def _fail(message: str, code: int = EXIT_USAGE) -> None:
    click.echo(f"quotes: {message}", err=True)
    sys.exit(code)


def _day(end: bool):
    def convert(ctx, param, value):  # noqa: ARG001 - click callback signature
        if value is None:
            return None
        from ..lookup import QueryError, parse_day

        try:
            return parse_day(value, end=end)
        except QueryError as exc:
            raise click.BadParameter(str(exc).replace("invalid date ", "")) from None

    return convert


def _width() -> int:
    return min(100, shutil.get_terminal_size((80, 24)).columns)


dataset_option = click.option(
    "--dataset", "dataset", default="output", show_default=True, type=click.Path(path_type=Path),
    help="Release folder, dataset folder or output folder (the latest release is used).")


@click.command("lookup")
@click.argument("query")
@click.option("--on", "on", metavar="DATE", callback=_day(False),
              help="For a role: whoever held it on this date (YYYY-MM-DD).")
@click.option("--org", metavar="ORG", help="Only quotes given for this organisation (name, part of it, or acronym).")
@click.option("--publisher", metavar="ORG", help="Only quotes from releases issued by this body.")
@click.option("--since", metavar="DATE", callback=_day(False), help="Only quotes on or after DATE (YYYY[-MM[-DD]]).")
@click.option("--until", metavar="DATE", callback=_day(True), help="Only quotes on or before DATE (YYYY[-MM[-DD]]).")
@click.option("--contains", metavar="WORDS",
              help='Only quotes whose text has all these words (stemmed: "theft" finds "thefts"); '
                   '"quoted phrase" for a phrase.')
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv", "markdown"]), default="text",
              show_default=True, help=FORMAT_HELP)
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N", help="At most N quotes.")
@click.option("--oldest-first", is_flag=True, help="Oldest quotes first (default: newest first).")
@dataset_option
def lookup_command(query, on, org, publisher, since, until, contains, fmt, limit, oldest_first, dataset):
    """Find what someone said: QUERY is a name or a role.

    A name may be written any way the releases write it, in any case, with
    or without accents or titles, and with small typos ("diana jonson"). A
    surname alone lists the people who have it. A role ("Home Secretary")
    finds the quotes given in that role; with --on DATE, those of whoever
    held it that day.

    A query that matches nothing says so and exits 0.
    """
    from ..database import DatabaseError
    from ..lookup import QueryError, lookup
    from ..release import ReleaseError
    from ..render import describe_match, render_lookup

    try:
        result = lookup(dataset, query, on=on, org=org, publisher=publisher, since=since, until=until,
                        contains=contains, limit=limit, oldest_first=oldest_first)
    except QueryError as exc:
        _fail(str(exc))
    except (ReleaseError, DatabaseError) as exc:
        _fail(f"cannot read the dataset: {exc}")
    if result.note:
        click.echo(f"quotes: note: {result.note}", err=True)
    click.echo(render_lookup(result, fmt, _width()), nl=False)
    if fmt != "text" and (result.match.kind in ("none", "ambiguous") or not result.quotes):
        message = describe_match(result)
        if result.match.kind in ("speaker", "role"):
            message += " No quotes match the filters."
        click.echo(message, err=True)


@click.command("speakers")
@click.option("--org", metavar="ORG", help="Only people who spoke for this organisation (name, part of it, or acronym).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv", "markdown"]), default="text",
              show_default=True, help="Output format.")
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N", help="At most N speakers.")
@dataset_option
def speakers_command(org, fmt, limit, dataset):
    """List the people quoted, most quoted first, with their roles and organisations."""
    from ..database import DatabaseError
    from ..lookup import list_speakers
    from ..release import ReleaseError
    from ..render import render_speakers

    try:
        listing = list_speakers(dataset, org=org, limit=limit)
    except (ReleaseError, DatabaseError) as exc:
        _fail(f"cannot read the dataset: {exc}")
    if listing.note:
        click.echo(f"quotes: note: {listing.note}", err=True)
    click.echo(render_speakers(listing, fmt), nl=False)
    if not listing.speakers:
        click.echo("No speakers" + (f" for {org!r}" if org else "") + f" in {listing.dataset} {listing.version}.",
                   err=True)


@click.command("serve")
@click.argument("release_dir", required=False, default="output", type=click.Path(path_type=Path))
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=8001, show_default=True,
              help="Port on 127.0.0.1 (0 picks a free one).")
def serve_command(release_dir, port):
    """Browse and search a release in Datasette, on 127.0.0.1.

    RELEASE_DIR is a release folder, or a dataset or output folder whose
    latest release is served. Needs the optional extra: pip install 'quotes[serve]'.
    """
    from ..database import DatabaseError
    from ..release import ReleaseError
    from ..serve import ServeError, datasette_command

    try:
        command = datasette_command(release_dir, port)
    except (ReleaseError, DatabaseError) as exc:
        _fail(f"cannot serve the dataset: {exc}")
    except ServeError as exc:
        _fail(str(exc))
    where = f"http://127.0.0.1:{port}/" if port else "a free port on 127.0.0.1 (Datasette prints the address)"
    click.echo(f"Serving {command[command.index('-i') + 1]} with Datasette on {where} (Ctrl-C to stop)", err=True)
    proc = subprocess.Popen(command)
    try:
        code = proc.wait()
    except KeyboardInterrupt:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        click.echo("quotes: stopped", err=True)
        sys.exit(EXIT_INTERRUPTED)
    if code != 0:
        _fail(f"datasette exited with status {code}", code=EXIT_USAGE)


def register(cli: click.Group) -> None:
    cli.add_command(lookup_command)
    cli.add_command(speakers_command)
    cli.add_command(serve_command)
