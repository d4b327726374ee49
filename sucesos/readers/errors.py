"""Problems met while reading: one `ReadError` per skipped (or suspicious) file or record."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal

log = logging.getLogger("sucesos.readers")

Level = Literal["error", "warning"]


@dataclass(frozen=True)
class ReadError:
    """Where a problem was met and what it was.

    ``level="error"``: the file or record was skipped. ``level="warning"``: it was read,
    but something is worth knowing (e.g. the file was not UTF-8 and was decoded as cp1252).
    """

    path: str
    line: int | None
    reason: str
    level: Level = "error"

    @property
    def skipped(self) -> bool:
        """True when the file or record was not read."""
        return self.level == "error"

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        prefix = "warning: " if self.level == "warning" else ""
        return f"{where}: {prefix}{self.reason}"


class Reporter:
    """Collects problems into the caller's list, or logs them when there is no list."""

    def __init__(self, errors: list[ReadError] | None) -> None:
        self.errors = errors

    def _add(self, problem: ReadError) -> None:
        if self.errors is None:
            log.warning("%s", problem)
        else:
            self.errors.append(problem)
            log.debug("%s", problem)

    def error(self, path: str, line: int | None, reason: str) -> None:
        """Record that a file or record at path[:line] was skipped, and why."""
        self._add(ReadError(path, line, reason, "error"))

    def warn(self, path: str, line: int | None, reason: str) -> None:
        """Record something worth knowing about a file or record that was still read."""
        self._add(ReadError(path, line, reason, "warning"))
