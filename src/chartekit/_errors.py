"""Exceptions raised by chartekit, each with a stable code.

Only charter loading raises: `moderate()` never raises because of the text it is given.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ChartekitError", "CharterError", "CharterNotFoundError", "Problem"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One located mistake in a charter file."""

    code: str
    message: str
    file: str
    line: int | None = None
    column: int | None = None
    path: str = ""
    suggestion: str | None = None

    def location(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return where

    def __str__(self) -> str:
        text = f"{self.location()}: {self.code} "
        if self.path:
            text += f"{self.path}: "
        text += self.message
        if self.suggestion:
            text += f" ({self.suggestion})"
        return text

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "path": self.path,
            "suggestion": self.suggestion,
        }


class ChartekitError(Exception):
    """Base class of every error chartekit raises on purpose."""

    code = "CK000"


class CharterError(ChartekitError):
    """A charter could not be loaded; `problems` lists every mistake found, located."""

    code = "CK100"

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        count = len(self.problems)
        head = f"charter has {count} problem{'s' if count != 1 else ''}:"
        super().__init__("\n".join([head, *(f"  {p}" for p in self.problems)]))


class CharterNotFoundError(CharterError):
    """The charter name is neither a bundled charter nor an existing file."""

    code = "CK101"
