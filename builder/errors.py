"""Errors a user can act on. The CLI prints them as one line each and exits 1."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class BriefingError(Exception):
    """A user-facing failure: bad input, a failed check, a missing dependency."""


class InputError(BriefingError):
    """An input (file, URL, standard input) that cannot be read as an article."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message


@dataclass(frozen=True, order=True)
class Problem:
    """One validation problem in a brief file, printed as ``path:line: field: message``."""

    path: str
    line: int
    field: str
    message: str
    column: int | None = None

    def __str__(self) -> str:
        if self.column is not None:
            return f"{self.path}:{self.line}:{self.column}: {self.field}: {self.message}"
        return f"{self.path}:{self.line}: {self.field}: {self.message}"


class ValidationFailedError(BriefingError):
    """Briefs or mkdocs.yml failed validation; carries every problem, in file and line order."""

    def __init__(self, problems: list[Problem], *, where: str = "briefings") -> None:
        self.problems = sorted(problems)
        noun = "problem" if len(self.problems) == 1 else "problems"
        super().__init__(f"{len(self.problems)} {noun} in {where}")


def shown_path(path: Path) -> str:
    """A path as the user would type it: relative to the current folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
