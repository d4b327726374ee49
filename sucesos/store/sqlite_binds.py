"""Bind processors for rows sent straight to SQLite's driver (`sucesos.store.writer`): the
values SQLAlchemy's own processors give, made in one step for the values the writer binds
most (UTC timestamps, dates, JSON documents, booleans) and by SQLAlchemy's processor for
anything else.

SQLAlchemy's processor of a timestamp column (`column_types.UTCDateTime`) goes through the
type decorator, `as_datetime`, a time-zone conversion and a format applied to a dict of the
fields; binding the rows of a batch's events and versions cost about a sixth of what SQLite
spends writing them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from sucesos.store.column_types import UTCDateTime

Processor = Callable[[Any], Any]

# SQLAlchemy's SQLite storage formats these processors reproduce (any other: its own).
_DATETIME_FORMAT = (
    "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"
)
_DATE_FORMAT = "%(year)04d-%(month)02d-%(day)02d"
# `json.dumps(value)`, what SQLAlchemy's JSON type calls when the engine sets no serializer.
_ENCODE = json.JSONEncoder().encode


def bind_processor(column_type: Any, dialect: sa.Dialect) -> Processor | None:
    """The bind processor of `column_type` on `dialect`: on SQLite one giving the values
    SQLAlchemy's processor gives, with a short way for the common values; elsewhere, or
    for a type with no short way, SQLAlchemy's own (None when it has none). The one
    source of processors for the rows `sucesos.store.writer` binds itself."""
    slow = column_type.dialect_impl(dialect).bind_processor(dialect)
    if slow is None or dialect.name != "sqlite":
        return slow
    impl = column_type.dialect_impl(dialect)
    if isinstance(column_type, UTCDateTime):
        if getattr(impl.impl_instance, "_storage_format", None) == _DATETIME_FORMAT:
            return _stamp(slow)
    elif isinstance(column_type, sa.DateTime):
        return slow
    elif isinstance(column_type, sa.Date):
        if getattr(impl, "_storage_format", None) == _DATE_FORMAT:
            return _day(slow)
    elif isinstance(column_type, sa.JSON):
        if getattr(dialect, "_json_serializer", None) is None and not column_type.none_as_null:
            return _json(slow)
    elif isinstance(column_type, sa.Boolean):
        return _boolean(slow)
    return slow


def _stamp(slow: Processor) -> Processor:
    def process(value: Any) -> Any:
        # An aware UTC datetime (every stamp the store makes): its fields as SQLite stores them
        if type(value) is datetime and value.tzinfo is UTC:
            return value.isoformat(" ", "microseconds")[:26]
        return slow(value)

    return process


def _day(slow: Processor) -> Processor:
    def process(value: Any) -> Any:
        if type(value) is date:
            return value.isoformat()
        return slow(value)

    return process


def _json(slow: Processor) -> Processor:
    def process(value: Any) -> Any:
        if type(value) is dict or type(value) is list:
            return _ENCODE(value)
        return slow(value)

    return process


def _boolean(slow: Processor) -> Processor:
    def process(value: Any) -> Any:
        if value is True:
            return 1
        if value is False:
            return 0
        return slow(value)

    return process
