"""The server under hostile requests (issue 13, item 6), against real uvicorn servers on
127.0.0.1: authentication before the body, body caps, streamed and private exports, numbers
out of range, a well-formed Atom feed, security headers, several workers (load shedding and
the response cache: test_server_load.py).

Every text here is invented for the test (synthetic).
"""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from sucesos import api
from sucesos.alerts.store import raise_alert
from sucesos.store import Store
from sucesos.web.server import BackgroundServer, free_port
from sucesos.web.settings import Settings

TOKEN = "synthetic-guard-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
HOSTILE = "Alerta\x00 \x07sintética\x1b <b>&amp; \ufffe ]]> \x0b fin"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("guards") / "demo.db"
    store, _ = api.demo(db)
    with store.engine.begin() as conn:
        document = {"title": HOSTILE, "summary": HOSTILE, "events": []}
        raise_alert(conn, "synthetic-hostile", "rule", document, datetime(2026, 11, 24, tzinfo=UTC))
    store.close()
    return db


@pytest.fixture(scope="module")
def server(demo_db: Path) -> Iterator[str]:
    settings = Settings(db=str(demo_db), token=TOKEN, max_body_bytes=10_000)
    with BackgroundServer(settings) as running:
        yield running.url


@pytest.fixture(scope="module")
def private(demo_db: Path) -> Iterator[str]:
    with BackgroundServer(Settings(db=str(demo_db), token=TOKEN, private=True)) as running:
        yield running.url


def raw_request(base: str, head: str, body: bytes = b"", timeout: float = 3.0) -> tuple[int, str]:
    """Send `head` (and `body`) on a raw socket; (status, response) read within `timeout`."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as sock:
        sock.sendall(head.encode("latin-1") + body)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    return int(data.split(b" ", 2)[1]), data.decode("latin-1")


# --- authentication before the body; body cap ----------------------------------------------


def test_a_write_without_token_is_refused_before_its_body_is_read(server: str) -> None:
    # 1 GB announced and never sent: an answer at all means the server did not wait for it
    # (a server that waits never answers, and the read times out).
    head = (
        "POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Content-Length: 1000000000\r\n\r\n"
    )
    status, response = raw_request(server, head, b'{"text": "', timeout=30)
    assert status == 401
    assert "www-authenticate: Bearer" in response


def test_a_declared_body_over_the_cap_is_413_before_reading(server: str) -> None:
    head = (
        "POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Authorization: Bearer {TOKEN}\r\nContent-Length: 1000000000\r\n\r\n"
    )
    status, _ = raw_request(server, head, b'{"text": "')
    assert status == 413


def test_a_chunked_body_over_the_cap_is_cut_off_with_413(server: str) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(100):
            yield b"relleno sintetico " * 100

    r = httpx.post(f"{server}/api/articles", content=chunks(), headers=AUTH, timeout=10)
    assert r.status_code == 413 and "10000 bytes" in r.json()["detail"]


def test_a_body_under_the_cap_still_goes_through(server: str) -> None:
    r = httpx.post(f"{server}/api/articles", json=[], headers=AUTH, timeout=10)
    assert r.status_code == 422


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"null",
        b"{",
        b'{"text": "\\ud800 sintetico"}',
        b'{"text": 5}',
        b'[{"text": "x"}, 7]',
        b'{"text": "' + b"9" * 5000 + b'", "published": "9999-12-31"}',
        b'{"text": "sintetico", "published": "' + b"1" * 60 + b'"}',
        b"\xff\xfe\x00",
        b'{"text": "a", "metadata": ' + b"[" * 900 + b"]" * 900 + b"}",
    ],
)
def test_any_post_body_is_answered_without_a_server_error(server: str, body: bytes) -> None:
    r = httpx.post(
        f"{server}/api/articles",
        content=body,
        headers={**AUTH, "Content-Type": "application/json"},
        timeout=30,
    )
    assert r.status_code < 500, r.text


def test_a_lone_surrogate_in_a_posted_text_is_stored_replaced(tmp_path: Path) -> None:
    body = (
        b'{"id": "synthetic-surrogate", "text": "Mataron a tres personas en Celaya, '
        b'Guanajuato \\udc80 ayer.", "published": "2026-11-20"}'
    )
    with BackgroundServer(Settings(db=str(tmp_path / "s.db"), token=TOKEN)) as running:
        headers = {**AUTH, "Content-Type": "application/json"}
        r = httpx.post(f"{running.url}/api/articles", content=body, headers=headers)
        assert r.status_code == 200 and r.json()["articles_new"] == 1
        stored = httpx.get(f"{running.url}/api/articles/synthetic-surrogate").json()
    assert "\ufffd" in stored["text"]


# --- exports: streamed, private --------------------------------------------------------------


def test_export_is_streamed_not_staged_in_a_temporary_file(server: str, demo_db: Path) -> None:
    import tempfile

    def staged() -> list[str]:
        return [n for n in os.listdir(tempfile.gettempdir()) if n.startswith("sucesos-export-")]

    before = staged()
    with httpx.stream("GET", f"{server}/api/export", params={"format": "jsonl"}) as r:
        assert r.status_code == 200
        assert "content-length" not in r.headers  # sent as it is written
        lines = []
        for line in r.iter_lines():
            assert staged() == before  # nothing written to a temporary file meanwhile
            if line:
                lines.append(json.loads(line))
    with Store(str(demo_db)) as store:
        assert len(lines) == store.count("events") > 0


def test_export_csv_streams_every_event(server: str, demo_db: Path) -> None:
    r = httpx.get(f"{server}/api/export", params={"format": "acled-csv"}, timeout=30)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    # Events no ACLED type fits are left out, counted (before streaming) in a header.
    left = r.headers.get("x-sucesos-left-out", "")
    left_out = sum(int(part.split("=")[1]) for part in left.split(", ") if part)
    with Store(str(demo_db)) as store:
        rows = list(csv.reader(io.StringIO(r.text)))
        assert len(rows) - 1 == store.count("events") - left_out > 0


@pytest.mark.parametrize("path", ["/api/export", "/docs", "/openapi.json", "/alerts.atom", "/"])
def test_private_mode_guards_exports_and_docs(private: str, path: str) -> None:
    assert httpx.get(f"{private}{path}").status_code == 401
    assert httpx.get(f"{private}{path}", headers=AUTH, timeout=30).status_code == 200


def test_private_mode_still_serves_static_assets(private: str) -> None:
    assert httpx.get(f"{private}/static/style.css").status_code == 200


# --- ids and numbers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/alerts/99999999999999999999999999", 422),
        ("/api/alerts/-5", 422),
        ("/api/alerts/123456", 404),
        ("/api/alerts?offset=99999999999999999999999", 422),
        ("/api/events?offset=99999999999999999999999", 422),
        ("/api/events/zzzzzzzzzzzzzzzz", 404),
        ("/api/articles/no-such-article", 404),
        ("/api/events?since=9999-99-99", 422),
    ],
)
def test_unknown_ids_and_out_of_range_numbers_are_4xx(server: str, path: str, status: int) -> None:
    assert httpx.get(f"{server}{path}").status_code == status


# --- Atom ------------------------------------------------------------------------------------


def test_atom_feed_is_well_formed_with_control_characters_in_alerts(server: str) -> None:
    r = httpx.get(f"{server}/alerts.atom")
    assert r.status_code == 200
    feed = ET.fromstring(r.content)  # raises on a character XML cannot carry
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [e.findtext("a:title", namespaces=ns) for e in feed.findall("a:entry", ns)]
    assert any(t and "sintética" in t and "<b>&amp;" in t for t in titles)


# --- security headers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/", "/api/events", "/static/style.css", "/docs", "/no-such-page", "/alerts.atom"]
)
def test_every_response_carries_the_security_headers(server: str, path: str) -> None:
    headers = httpx.get(f"{server}{path}").headers
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "strict-origin-when-cross-origin"


def test_docs_page_has_no_inline_script(server: str) -> None:
    page = httpx.get(f"{server}/docs").text
    assert "<script>" not in page and '<script src="/static/docs.js"></script>' in page
    assert httpx.get(f"{server}/static/docs.js").status_code == 200


# --- serve --workers -------------------------------------------------------------------------


def test_serve_with_several_workers(demo_db: Path) -> None:
    port = free_port()
    env = {**os.environ, "SUCESOS_TOKEN": TOKEN}
    cmd = [str(Path(sys.executable).parent / "sucesos"), "--db", str(demo_db), "serve"]
    proc = subprocess.Popen(
        [*cmd, "--port", str(port), "--workers", "2"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 150  # spawned workers start slowly on a busy machine
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stdout
                time.sleep(0.2)
        assert r.status_code == 200
        assert r.headers["x-content-type-options"] == "nosniff"
    finally:
        proc.terminate()
        proc.wait(timeout=30)
