"""Errors the core raises; the CLI and the bot turn them into one-line messages."""

from __future__ import annotations

from pathlib import Path


class AdvisorError(Exception):
    """Base class: anything a user can fix (bad input, broken corpus)."""


class QuestionError(AdvisorError):
    """The question itself cannot be answered as given (empty, too long)."""


class CorpusError(AdvisorError):
    """A corpus file is broken; the message names the file (and line when known)."""

    def __init__(self, path: Path | str, problem: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.problem = problem
        self.line = line
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {problem}")


class ImportRawError(AdvisorError):
    """A raw scraped page cannot be turned into an article."""


def yaml_error_line(exc: Exception, first_line: int) -> int | None:
    """The file line of a YAML error, given the file line where the YAML text starts."""
    mark = getattr(exc, "problem_mark", None)
    return mark.line + first_line if mark is not None else None
