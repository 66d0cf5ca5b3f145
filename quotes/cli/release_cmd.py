"""`quotes verify`, `quotes diff`, `quotes push`: working with published releases."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import EXIT_CHECK_FAILED, EXIT_USAGE


def _release_dir(path: Path) -> Path:
    from ..release import ReleaseError, find_release_dir

    try:
        return find_release_dir(path)
    except ReleaseError as exc:
        click.echo(f"quotes: {exc}", err=True)
        sys.exit(EXIT_USAGE)


@click.command("verify")
@click.argument("release_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
def verify_command(release_dir):
    """Check a release's checksums, schema and row counts; exit 1 on any mismatch."""
    from ..release import ReleaseError, verify_release

    folder = _release_dir(release_dir)
    try:
        problems = verify_release(folder)
    except ReleaseError as exc:
        problems = [str(exc)]
    for p in problems:
        click.echo(f"quotes: {folder}: {p}", err=True)
    if problems:
        click.echo(f"FAILED: {len(problems)} problem(s) in {folder}", err=True)
        sys.exit(EXIT_CHECK_FAILED)
    click.echo(f"OK: {folder}")


def _excerpt(text: str, width: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


@click.command("diff")
@click.argument("old", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("new", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--limit", type=int, default=50, show_default=True, help="Rows shown per section in text output.")
def diff_command(old, new, fmt, limit):
    """What changed between two releases: counts, then the rows."""
    from ..release import diff_releases, summarise

    a, b = _release_dir(old), _release_dir(new)
    changes = diff_releases(a, b)
    counts = summarise(changes)
    if fmt == "json":
        click.echo(json.dumps({"old": str(a), "new": str(b), "counts": counts, **changes}, ensure_ascii=False,
                              indent=2))
        return
    click.echo(f"{a.name} -> {b.name}: {counts['added']} added, {counts['removed']} removed, "
               f"{counts['changed']} changed")
    if counts["columns_added"] or counts["columns_removed"]:
        click.echo(f"columns added: {changes['columns_added']}  removed: {changes['columns_removed']}")
    for title, key in (("Added", "added"), ("Removed", "removed")):
        rows = changes[key]
        if rows:
            click.echo(f"\n{title}:")
            for r in rows[:limit]:
                click.echo(f"  {r['quote_id']}  {r.get('date') or '':10}  {r.get('speaker') or '(unnamed)'}: "
                           f"{_excerpt(r.get('text'))}")
            if len(rows) > limit:
                click.echo(f"  ... {len(rows) - limit} more")
    if changes["changed"]:
        click.echo("\nChanged:")
        for c in changes["changed"][:limit]:
            click.echo(f"  {c['key']}")
            for fld, (was, now) in c["changes"].items():
                click.echo(f"    {fld}: {_excerpt(json.dumps(was, ensure_ascii=False), 60)} -> "
                           f"{_excerpt(json.dumps(now, ensure_ascii=False), 60)}")
        if len(changes["changed"]) > limit:
            click.echo(f"  ... {len(changes['changed']) - limit} more")


@click.command("push")
@click.argument("release_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--repo", "repo_id", required=True, metavar="OWNER/NAME", help="Hugging Face dataset repository.")
@click.option("--dry-run", is_flag=True, help="List what would be uploaded and tagged; contact nothing.")
@click.option("--private", is_flag=True, help="Create the repository as private if it does not exist.")
@click.option("--token", envvar="HF_TOKEN", default=None, help="Hub token (default: $HF_TOKEN or the saved login).")
def push_command(release_dir, repo_id, dry_run, private, token):
    """Upload a release folder to the Hugging Face Hub and tag the commit v<version>."""
    from ..hub import PushError, push_release

    folder = _release_dir(release_dir)
    try:
        plan = push_release(folder, repo_id, dry_run=dry_run, private=private, token=token)
    except PushError as exc:
        click.echo(f"quotes: {exc}", err=True)
        sys.exit(EXIT_CHECK_FAILED)
    for line in plan.lines():
        click.echo(line)


def register(cli: click.Group) -> None:
    cli.add_command(verify_command)
    cli.add_command(diff_command)
    cli.add_command(push_command)
