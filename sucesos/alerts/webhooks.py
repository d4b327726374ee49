"""Webhooks: each alert POSTed as JSON to every configured URL, signed, retried with back-off.

Every delivery is a row of `webhook_deliveries`, so retries survive restarts. The body is the
alert as `GET /api/alerts/{id}` returns it, wrapped as ``{"type": "alert", "alert": {...}}``.
Headers:

- ``X-Sucesos-Signature: sha256=<hex>``: HMAC-SHA256 of the exact body bytes with the shared
  secret (`SUCESOS_WEBHOOK_SECRET`, or `--webhook-secret-env NAME` to read another variable);
  receivers recompute it and compare with `hmac.compare_digest` (see `verify_signature`);
- ``X-Sucesos-Delivery``: the delivery id (the same on every retry, for de-duplication);
- ``X-Sucesos-Event: alert``.

A failed attempt (connection error, timeout, non-2xx answer) is retried after
``base_delay × 2^(attempt-1)`` seconds, up to ``max_attempts``; then the delivery is marked
failed with its last error. Webhook URLs pass the same address checks as fetches.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa

from sucesos.alerts.store import get_alert
from sucesos.monitor.fetch import Fetcher, FetchError
from sucesos.store import Store, schema
from sucesos.store.keys import as_datetime, now

log = logging.getLogger("sucesos.webhooks")

ENV_SECRET = "SUCESOS_WEBHOOK_SECRET"
SIGNATURE_HEADER = "X-Sucesos-Signature"


@dataclass(frozen=True)
class WebhookConfig:
    """Where to POST alerts and how hard to try."""

    urls: tuple[str, ...] = ()
    secret: str | None = None
    max_attempts: int = 6
    base_delay_s: float = 5.0

    @classmethod
    def from_env(
        cls, urls: tuple[str, ...], secret_env: str = ENV_SECRET, **kw: Any
    ) -> WebhookConfig:
        """A config whose secret comes from the environment variable `secret_env`."""
        return cls(urls=urls, secret=os.environ.get(secret_env) or None, **kw)


def sign(body: bytes, secret: str) -> str:
    """The signature header value for `body`: ``sha256=`` + hex HMAC-SHA256."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify_signature(body: bytes, header: str | None, secret: str) -> bool:
    """True when `header` is the valid signature of `body` (constant-time comparison)."""
    return bool(header) and hmac.compare_digest(sign(body, secret), str(header))


def enqueue(store: Store, alerts: list[dict[str, Any]], config: WebhookConfig) -> int:
    """Queue one delivery per alert and URL, due now; returns how many were queued."""
    if not config.urls or not alerts:
        return 0
    rows = [
        dict(alert_id=a["id"], url=url, status="pending", attempts=0, next_attempt_at=now())
        for a in alerts
        for url in config.urls
    ]
    with store.engine.begin() as conn:
        conn.execute(schema.webhook_deliveries.insert(), rows)
    return len(rows)


def body_of(alert: dict[str, Any]) -> bytes:
    """The exact bytes POSTed (and signed) for one alert."""
    return json.dumps({"type": "alert", "alert": alert}, ensure_ascii=False, sort_keys=True).encode(
        "utf-8"
    )


def deliver_due(
    store: Store, config: WebhookConfig, fetcher: Fetcher, at: datetime | None = None
) -> dict[str, int]:
    """Attempt every pending delivery that is due; returns counts of delivered, retrying and
    failed (given up) deliveries in this call."""
    d = schema.webhook_deliveries
    moment = at or now()
    counts = {"delivered": 0, "retrying": 0, "failed": 0}
    with store.engine.connect() as conn:
        due = conn.execute(
            sa.select(d)
            .where(d.c.status == "pending", d.c.next_attempt_at <= moment)
            .order_by(d.c.id)
        ).all()
    for row in due:
        alert = get_alert(store, row.alert_id)
        if alert is None:
            continue
        body = body_of(alert)
        headers = {
            "Content-Type": "application/json",
            "X-Sucesos-Event": "alert",
            "X-Sucesos-Delivery": str(row.id),
        }
        if config.secret:
            headers[SIGNATURE_HEADER] = sign(body, config.secret)
        attempts = row.attempts + 1
        error: str | None = None
        try:
            fetcher.post(row.url, body, headers)
        except FetchError as exc:
            error = exc.reason
        values: dict[str, Any] = {"attempts": attempts}
        if error is None:
            values.update(status="delivered", delivered_at=now(), last_error=None)
            counts["delivered"] += 1
        elif attempts >= config.max_attempts:
            values.update(status="failed", last_error=error)
            counts["failed"] += 1
            log.warning(
                "webhook %s: alert %s given up after %d attempts: %s",
                row.url,
                row.alert_id,
                attempts,
                error,
            )
        else:
            delay = config.base_delay_s * 2 ** (attempts - 1)
            values.update(last_error=error, next_attempt_at=now() + timedelta(seconds=delay))
            counts["retrying"] += 1
            log.info(
                "webhook %s: alert %s attempt %d failed (%s); retry in %.1fs",
                row.url,
                row.alert_id,
                attempts,
                error,
                delay,
            )
        with store.engine.begin() as conn:
            conn.execute(d.update().where(d.c.id == row.id).values(**values))
    return counts


def next_due(store: Store) -> datetime | None:
    """When the earliest pending delivery is due, if any is pending."""
    d = schema.webhook_deliveries
    with store.engine.connect() as conn:
        found = conn.execute(
            sa.select(sa.func.min(d.c.next_attempt_at)).where(d.c.status == "pending")
        ).scalar()
    return as_datetime(found)
