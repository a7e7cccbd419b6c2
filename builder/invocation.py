"""What the ``briefing`` root command hands its subcommands (click's ``ctx.obj``).

A caller that runs the CLI in-process (the tests) may give its own extraction engine here;
``add`` and ``extract`` then use it instead of the configured one, through the same seam.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:  # the engine loads spaCy: not for `briefing check`
    from builder.extract.engine import Engine


@dataclass(frozen=True)
class Invocation:
    """The root command's options, and an engine given by the caller, if any."""

    config_file: Path | None = None
    engine: Engine | None = None


def invocation(ctx: click.Context) -> Invocation:
    """The :class:`Invocation` of the command running in ``ctx``."""
    obj = ctx.find_root().obj
    return obj if isinstance(obj, Invocation) else Invocation()
