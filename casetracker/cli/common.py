"""What the command modules share: the context object, error handling, output helpers."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from casetracker.errors import CasetrackerError

# Exit codes (README "Exit codes"): one meaning each.
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_REJECTED = 3
EXIT_LOCKED = 4


class Context:
    """What every command gets: where the data lives and whether to show tracebacks."""

    def __init__(self, home: Path, debug: bool) -> None:
        self.home = home
        self.debug = debug


pass_ctx: Callable[..., Any] = click.make_pass_decorator(Context)


@contextmanager
def reported(ctx: Context, code: int = EXIT_FAILED) -> Iterator[None]:
    """Turn a `CasetrackerError` into one line on stderr and an exit code."""
    try:
        yield
    except CasetrackerError as e:
        if ctx.debug:
            raise
        click.echo(f"casetracker: {e.message}", err=True)
        sys.exit(code)


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))
