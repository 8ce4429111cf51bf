"""Subcommands, one module each. `register` adds every one to the click group."""
from __future__ import annotations

import click

from . import common

# Modules that define a `command` (a click.Command). click lists commands alphabetically in --help.
_MODULES = ["ingest", "extract", "search", "show", "export", "stats", "reextract"]


def register(group: click.Group) -> None:
    import importlib
    for name in _MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        group.add_command(module.command)


__all__ = ["register", "common"]
