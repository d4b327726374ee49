"""Cutting the input of a batch into partitions, and reading one partition back as articles.

A partition is a list of pieces read in order: whole files (read exactly as `sucesos ingest`
reads them), or a range of lines of a large JSON Lines file (cut at line boundaries by the
client, so each worker seeks straight to its lines). Partitions are numbered in input order;
the articles of partition 0, then 1, ... are the articles `sucesos ingest` would read, in the
same order, which is what lets the batch path resolve them into the same events.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sucesos.models import Article
from sucesos.readers import ReadError, format_of, iter_folder, read_articles
from sucesos.readers.errors import Reporter
from sucesos.readers.jsonl import read_jsonl
from sucesos.readers.records import ReadContext

DEFAULT_PARTITION_SIZE = 5000


class PlanError(ValueError):
    """[B001] The inputs cannot be cut into partitions (stdin, or a path that does not exist)."""


@dataclass(frozen=True)
class Piece:
    """A whole file (`start` None), or the lines of a JSON Lines file that begin in the byte
    range [start, end), the first of them being line number `first_line`."""

    path: str
    start: int | None = None
    end: int | None = None
    first_line: int = 1
    end_line: int = 0  # the last line's number (ranges only)


@dataclass(frozen=True)
class Partition:
    index: int
    pieces: tuple[Piece, ...]

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}"


def _is_splittable(path: Path) -> bool:
    # Compressed files cannot be entered in the middle; CSV quoting can span lines.
    return format_of(path) == "jsonl" and not path.name.lower().endswith(".gz")


def _files(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    for given in inputs:
        if str(given) == "-":
            raise PlanError("[B001] batch input cannot be stdin: give files or folders")
        path = Path(given)
        if path.is_dir():
            yield from iter_folder(path)
        elif path.exists():
            yield path
        else:
            raise PlanError(f"[B001] {path}: no such file or directory")


def _line_ranges(path: Path, size: int) -> Iterator[Piece]:
    """Pieces of `size` lines each (the last one shorter), cut at line starts."""
    start, first_line, lineno, n = 0, 1, 0, 0
    offset = 0
    with path.open("rb") as f:
        for raw in f:
            lineno += 1
            offset += len(raw)
            n += 1
            if n == size:
                yield Piece(str(path), start, offset, first_line, lineno)
                start, first_line, n = offset, lineno + 1, 0
    if n or start == 0:
        yield Piece(str(path), start, offset, first_line, lineno)


def plan_partitions(
    inputs: Iterable[str | os.PathLike[str]], partition_size: int = DEFAULT_PARTITION_SIZE
) -> list[Partition]:
    """The partitions of `inputs` (files and folders, walked like `sucesos ingest` does).

    Whole files are grouped, `partition_size` files to a partition; a JSON Lines file with
    more than `partition_size` lines is cut into partitions of that many lines. Raises
    PlanError for stdin or a missing path (the batch could not be resumed reliably).
    """
    if partition_size < 1:
        raise PlanError("[B001] partition size must be at least 1")
    parts: list[tuple[Piece, ...]] = []
    group: list[Piece] = []
    weight = 0  # articles expected in `group`: lines of JSON Lines files, else one per file
    for path in _files(inputs):
        lines = 1
        if _is_splittable(path) and path.stat().st_size > 0:
            ranges = list(_line_ranges(path, partition_size))
            if len(ranges) > 1:
                if group:
                    parts.append(tuple(group))
                    group, weight = [], 0
                parts.extend((r,) for r in ranges)
                continue
            lines = ranges[0].end_line - ranges[0].first_line + 1 if ranges else 1
        group.append(Piece(str(path)))
        weight += lines
        if weight >= partition_size:
            parts.append(tuple(group))
            group, weight = [], 0
    if group:
        parts.append(tuple(group))
    return [Partition(i, pieces) for i, pieces in enumerate(parts)]


def plan_key(partitions: list[Partition]) -> str:
    """A digest of the plan and of each input file's size and modification time: a rerun
    into the same folder must cut the same unchanged inputs the same way."""
    h = hashlib.sha256()
    for part in partitions:
        for piece in part.pieces:
            st = os.stat(piece.path)
            h.update(json.dumps([part.index, *dataclasses.astuple(piece), st.st_size]).encode())
            h.update(str(st.st_mtime_ns).encode())
    return h.hexdigest()[:16]


def read_partition(partition: Partition, errors: list[ReadError]) -> Iterator[Article]:
    """The articles of one partition, in order; problems appended to `errors` as
    "path:line: reason" (line numbers counted in the whole file)."""
    for piece in partition.pieces:
        if piece.start is None:
            yield from read_articles([piece.path], errors=errors)
        else:
            yield from _read_lines(piece, errors)


def _read_lines(piece: Piece, errors: list[ReadError]) -> Iterator[Article]:
    assert piece.start is not None and piece.end is not None
    with open(piece.path, "rb") as f:
        f.seek(piece.start)
        chunk = f.read(piece.end - piece.start)
    local: list[ReadError] = []
    ctx = ReadContext(Reporter(local))
    shift = piece.first_line - 1
    for article in read_jsonl(io.BytesIO(chunk), ctx, piece.path):
        origin = article.metadata.get("_origin")
        if isinstance(origin, str) and shift:
            path, _, line = origin.rpartition(":")
            article.metadata["_origin"] = f"{path}:{int(line) + shift}"
        errors.extend(_shifted(local, shift))
        local.clear()
        yield article
    errors.extend(_shifted(local, shift))


def _shifted(found: list[ReadError], shift: int) -> Iterator[ReadError]:
    for e in found:
        yield dataclasses.replace(e, line=e.line + shift) if e.line is not None else e
