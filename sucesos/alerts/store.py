"""Stored alerts: raised once per key (`alert_keys`), listed newest first.

An alert row keeps its kind ("rule" or "spike"), when it was raised and a JSON document:
``key``, ``title``, ``summary`` and the kind's own fields (for a spike the observed and
expected counts; for a rule the rule that matched) plus ``events``, the events behind it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa

from sucesos.store import Store, schema
from sucesos.store.keys import as_datetime, now


def raise_alert(
    conn: sa.Connection, key: str, kind: str, data: dict[str, Any], at: datetime | None = None
) -> dict[str, Any] | None:
    """Store an alert unless one with the same `key` exists; returns it as `public_alert`
    shows it, or None when it had already been raised."""
    found = conn.execute(
        sa.select(schema.alert_keys.c.alert_id).where(schema.alert_keys.c.key == key)
    ).first()
    if found is not None:
        return None
    created = at or now()
    document = {"key": key, **data}
    inserted = conn.execute(
        schema.alerts.insert().values(kind=kind, created_at=created, data=document)
    ).inserted_primary_key
    assert inserted is not None
    alert_id = inserted[0]
    conn.execute(schema.alert_keys.insert().values(key=key, alert_id=alert_id))
    return public_alert({"id": alert_id, "kind": kind, "created_at": created, "data": document})


def public_alert(row: Any) -> dict[str, Any]:
    """An alert row as a JSON-ready dict: id, kind, created_at (ISO, UTC) and its document."""
    m = row if isinstance(row, dict) else row._mapping
    created = as_datetime(m["created_at"])
    return {
        "id": int(m["id"]),
        "kind": m["kind"],
        "created_at": created.isoformat() if created else None,
        **dict(m["data"] or {}),
    }


def list_alerts(
    store: Store,
    *,
    since: datetime | str | None = None,
    kind: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Stored alerts, newest first, optionally raised at or after `since` and of one kind."""
    a = schema.alerts
    query = sa.select(a).order_by(a.c.id.desc()).offset(offset)
    if since is not None:
        start = as_datetime(since)
        if start is None:
            raise ValueError(f"unreadable date {since!r}")
        query = query.where(a.c.created_at >= start)
    if kind:
        query = query.where(a.c.kind == kind)
    if limit is not None:
        query = query.limit(limit)
    with store.engine.connect() as conn:
        return [public_alert(row) for row in conn.execute(query)]


def get_alert(store: Store, alert_id: int) -> dict[str, Any] | None:
    """One stored alert by id, or None."""
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(schema.alerts).where(schema.alerts.c.id == alert_id)).first()
    return public_alert(row) if row is not None else None
