"""`quotes build`, `quotes evaluate`, `quotes schema`."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import EXIT_CHECK_FAILED, EXIT_REFUSED, EXIT_USAGE


class _Progress:
    """A one-line counter on stderr while releases are parsed (only on a terminal)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()

    def __call__(self, what: str, done: int) -> None:
        if self.enabled:
            click.echo(f"\r  {done:,} {what} parsed", nl=False, err=True)

    def close(self) -> None:
        if self.enabled:
            click.echo("", err=True)


def _problem_line(r) -> str:
    where = r.file + (f":{r.line}" if r.line else "") + (f" (release {r.release})" if r.release else "")
    return f"{where}: {r.kind}: {r.reason}"


@click.command("build")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out", default="output", show_default=True, type=click.Path(path_type=Path),
              help="Folder that holds the datasets; the release goes to OUT/DATASET/VERSION.")
@click.option("--dataset", default="quotes", show_default=True, help="Dataset name (folder under OUT).")
@click.option("--version", "version", default=None, metavar="X.Y.Z",
              help="Version to publish. Default: chosen from the difference with the latest release.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0,
              help="Worker processes for reading and parsing [default: all cores]. 1 works in this process.")
@click.option("--strict", is_flag=True, help="Exit 1 when any input problem was found (the release is still written).")
@click.option("--repo-id", default=None, metavar="OWNER/NAME", help="Hub repository named in the dataset card.")
@click.option("--quiet", "-q", is_flag=True, help="Print only problems and the release path.")
def build_command(inputs, out, dataset, version, jobs, strict, repo_id, quiet):
    """Build a dataset release from press-release archive dumps and GOV.UK JSON.

    INPUTS are files or folders (read recursively). With no INPUTS the
    corpus bundled with the package is built. Every document read is
    accounted for in the release's build-report.json.
    """
    from ..inputs import InputError
    from ..lean import lean_process
    from ..pipeline import build, default_jobs
    from ..release import ReleaseError

    lean_process()  # this process only builds (see quotes.lean)
    progress = _Progress(not quiet)
    try:
        result = build(list(inputs) or None, out=out, dataset=dataset, version=version,
                       jobs=default_jobs() if jobs == 0 else jobs, progress=progress, repo_id=repo_id)
    except InputError as exc:
        progress.close()
        click.echo(f"quotes: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    except ReleaseError as exc:
        progress.close()
        click.echo(f"quotes: {exc}", err=True)
        sys.exit(EXIT_REFUSED)
    progress.close()
    report = result.report
    problems = [r for r in report.rejects if r.kind in ("error", "warning")]
    for r in problems:
        click.echo(f"quotes: {_problem_line(r)}", err=True)
    if not quiet:
        click.echo(f"files {len(report.files)} ({report.files_failed} unreadable)  documents {report.documents_read}  "
                   f"releases {report.releases}  duplicates {report.duplicates}  skipped {report.skipped}")
        click.echo(f"quotes {report.quotes} from {report.releases_with_quotes} releases  "
                   f"unparsed attribution-like lines {report.unparsed_attributions}")
    click.echo(f"{result.release.message}: {result.release.path}")
    if strict and problems:
        click.echo(f"quotes: --strict: {len(problems)} input problem(s)", err=True)
        sys.exit(EXIT_CHECK_FAILED)


@click.command("evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("dataset", type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--show-errors", type=int, default=20, show_default=True, metavar="N", help="List at most N errors.")
@click.option("--check", is_flag=True, help="Exit 1 when a figure is below the project's target for this gold set.")
@click.option("--record", metavar="LABEL", default=None,
              help="Save the figures under LABEL in the package's quality record, shown on every dataset card "
                   "(a maintainer's step after changing the rules).")
def evaluate_command(gold, dataset, as_json, show_errors, check, record):
    """Score a built DATASET (release folder, dataset folder or Parquet file) against GOLD (JSON Lines)."""
    from ..evaluate import format_figures, read_gold, read_predictions, score, targets_for
    from ..release import ReleaseError

    try:
        result = score(read_gold(gold), read_predictions(dataset))
    except (ValueError, ReleaseError) as exc:
        click.echo(f"quotes: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    fig = result.figures()
    if as_json:
        click.echo(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in fig.items()}))
    else:
        for e in result.errors[:show_errors]:
            click.echo(e)
        if len(result.errors) > show_errors:
            click.echo(f"... {len(result.errors) - show_errors} more")
        click.echo(format_figures(fig))
    if record:
        from ..evaluate import record_figures

        path = record_figures(gold.stem, record, fig)
        click.echo(f"recorded in {path}", err=True)
    if check:
        low = [f"{k} {fig[k]:.3f} < {v}" for k, v in targets_for(gold).items() if fig[k] < v]
        if low:
            click.echo("below target: " + "; ".join(low), err=True)
            sys.exit(EXIT_CHECK_FAILED)


@click.command("schema")
@click.option("--out", default="schemas", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write the JSON Schemas to.")
@click.option("--check", is_flag=True, help="Exit 1 if the files in --out differ from the models.")
def schema_command(out, check):
    """Write (or check) the JSON Schemas of the published records."""
    from ..schema import json_schemas, write_json_schemas

    if check:
        stale = []
        for name, schema in json_schemas().items():
            path = out / f"{name}.schema.json"
            want = json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
            if not path.is_file() or path.read_text(encoding="utf-8") != want:
                stale.append(str(path))
        if stale:
            click.echo("out of date: " + ", ".join(stale) + " (run `quotes schema`)", err=True)
            sys.exit(EXIT_CHECK_FAILED)
        click.echo(f"{out}: up to date")
        return
    for path in write_json_schemas(out):
        click.echo(str(path))


def register(cli: click.Group) -> None:
    cli.add_command(build_command)
    cli.add_command(evaluate_command)
    cli.add_command(schema_command)
