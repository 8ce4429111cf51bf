"""The `casebrowser` command line.

With no subcommand it opens the TUI; the subcommands (ingest, extract, search, show, export,
stats, reextract) are plain command-line tools and never import Textual, so they start fast.
Each subcommand lives in its own module under `tui/commands/`.
"""
from __future__ import annotations

import click

from store import __version__

from .commands import register


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="casebrowser")
@click.option("--db", "db", type=click.Path(dir_okay=False), envvar="CASEBROWSER_DB",
              help="Store file to open (default: casebrowser.db in your user data directory).")
@click.option("--sample", is_flag=True, help="Open the bundled sample store of fictional articles.")
@click.pass_context
def cli(ctx: click.Context, db: str | None, sample: bool) -> None:
    """Browse police misconduct cases extracted from news articles.

    Run with no command to open the browser; see each command's --help.
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db
    ctx.obj["sample"] = sample
    if ctx.invoked_subcommand is None:
        from .launch import launch  # imports Textual; only the TUI pays for it
        ctx.exit(launch(db=db, sample=sample))


register(cli)


def main() -> None:
    cli(prog_name="casebrowser")
