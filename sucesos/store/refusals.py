"""Why the database refused a write, in one line: what ingest ([E040]) and batch load
([B010]) report for an article they could not store."""

from __future__ import annotations

import sqlalchemy as sa


def refusal_reason(exc: BaseException) -> str:
    """``ErrorType: first line of the driver's message`` (at most 300 characters): the
    driver's error without SQLAlchemy's copy of the statement and its parameters (which hold
    the article's whole text). Errors raised by the driver itself (PostgreSQL's COPY) read
    the same."""
    cause = exc.orig if isinstance(exc, sa.exc.DBAPIError) else exc
    text = str(cause).strip()
    first = text.splitlines()[0] if text else ""
    return f"{type(cause).__name__}: {first[:300]}"
