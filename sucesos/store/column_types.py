"""Column types the tables share (`sucesos.store.schema`): JSON that becomes JSONB on
PostgreSQL (`JSONType`) or keeps its key order (`OrderedJSON`), JSON stored compressed
(`PackedJSON`), and timestamps stored as UTC on every backend (`UTCDateTime`).
"""

from __future__ import annotations

import json
import zlib
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

from sucesos.store.keys import as_datetime

JSONType = sa.JSON().with_variant(JSONB(), "postgresql")
# JSONB re-sorts an object's keys; a document whose key order is shown to users (the dispute:
# figures in resolution order, then contested accounts) keeps PostgreSQL's text `json`.
OrderedJSON = sa.JSON()


class PackedJSON(sa.TypeDecorator[Any]):
    """A JSON document stored compressed (zlib over compact UTF-8 JSON) as bytes: the whole
    extracted record of every `records` row, a third of its JSON size. Reads also take the
    uncompressed JSON that databases written before migration 7 hold (text, or JSON text as
    bytes after PostgreSQL's column became `bytea`)."""

    impl = sa.LargeBinary
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> bytes | None:
        # bytes: a document packed already (`pack_json`), not a JSON value
        if value is None or isinstance(value, bytes):
            return value
        return pack_json(value)

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        return unpack_json(value)


def pack_json(value: Any) -> bytes:
    """`value` as `PackedJSON` stores it."""
    return zlib.compress(_PACK_ENCODER.encode(value).encode("utf-8"), 6)


# `json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)`, whose encoder
# `json.dumps` would build again for every record.
_PACK_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str)


def pack_json_text(text: str) -> bytes:
    """JSON text (as batch partitions carry it) as `PackedJSON` stores it."""
    return pack_json(json.loads(text))


def unpack_json(value: Any) -> Any:
    """A `PackedJSON` value as read back: compressed bytes, or the JSON of an older row."""
    if value is None or isinstance(value, dict | list):
        return value
    if isinstance(value, str):
        return json.loads(value)
    raw = bytes(value)
    if raw[:1] in (b"{", b"["):  # JSON text kept from before migration 7
        return json.loads(raw.decode("utf-8"))
    return json.loads(zlib.decompress(raw).decode("utf-8"))


class UTCDateTime(sa.TypeDecorator[datetime]):
    """A timestamp stored as UTC and read back as an aware UTC datetime on every backend.

    SQLite keeps no offset (SQLAlchemy writes the wall-clock time and drops the zone), so an
    aware value is converted to UTC first; a naive value is taken to be UTC already, a date
    as its midnight UTC.
    PostgreSQL's `timestamptz` would otherwise answer in the session's time zone.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: date | None, dialect: Any) -> datetime | None:
        stamp = as_datetime(value)  # a date is its midnight, UTC
        return stamp.astimezone(UTC) if stamp is not None else None

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
