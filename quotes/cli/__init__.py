"""The ``quotes`` command: a thin layer over the library.

Each command group lives in its own module; this one assembles them.

Exit codes (all commands):

    0    success (a lookup with no match also exits 0 and says so)
    1    a check failed: --strict build with bad input, verify mismatch,
         evaluate below its targets, fetch with failed documents
    2    usage error: unknown option, missing or unreadable input or dataset
    3    refused: e.g. publishing an existing version with different content
    130  interrupted (Ctrl-C / SIGTERM); nothing partial is left behind
"""
from __future__ import annotations

import signal
import sys

import click

from .. import __version__, interrupts

EXIT_OK, EXIT_CHECK_FAILED, EXIT_USAGE, EXIT_REFUSED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="quotes")
def cli() -> None:
    """Turn UK government press releases into a versioned dataset of attributed quotes.

    Start with `quotes build` (no arguments builds the bundled corpus into
    output/), then `quotes lookup NAME` to find what someone said.
    """


def _on_interrupt(signum, frame):  # noqa: ARG001 - signal handler signature
    interrupts.request()  # kept even if the exception below lands in a finaliser and is lost
    if not interrupts.deferring():
        raise KeyboardInterrupt


def _register() -> None:
    from . import build_cmd, release_cmd

    build_cmd.register(cli)
    release_cmd.register(cli)
    for name in ("lookup_cmd", "fetch_cmd"):
        try:
            module = __import__(f"{__name__}.{name}", fromlist=["register"])
        except ImportError:
            continue
        module.register(cli)


_register()


def main(argv: list[str] | None = None) -> None:
    """Entry point of the `quotes` command and of `python -m quotes`."""
    signal.signal(signal.SIGTERM, _on_interrupt)
    signal.signal(signal.SIGINT, _on_interrupt)
    try:
        code = cli.main(args=argv, prog_name="quotes", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("quotes: interrupted; no partial release was written", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except KeyboardInterrupt:
        click.echo("quotes: interrupted; no partial release was written", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except click.exceptions.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    sys.exit(code if isinstance(code, int) else EXIT_OK)
