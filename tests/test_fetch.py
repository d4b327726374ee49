"""The safe fetcher against a real local server: address checks on every hop, size, time and
content-type limits, conditional requests; and `sucesos ingest URL`."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures.feeds.localserver import (
    LocalServer,
    Reply,
    huge,
    page,
    redirect,
    slow,
    slow_headers,
    trickle,
)

from sucesos import api
from sucesos.cli import main
from sucesos.monitor.fetch import (
    FEED_TYPES,
    PAGE_TYPES,
    Fetcher,
    FetchError,
    FetchPolicy,
    allow_list,
    check_url,
    is_public,
)

DAY = "2026-03-10"


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as s:
        yield s


def local(timeout: float = 2.0, max_bytes: int = 1024 * 1024) -> Fetcher:
    return Fetcher(
        FetchPolicy(timeout=timeout, max_bytes=max_bytes, allow_hosts=allow_list(["127.0.0.1"]))
    )


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2001:4860:4860::8888", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.5", False),
        ("192.168.1.10", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("fd00::1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:169.254.169.254", False),
        # IPv6 forms that carry an IPv4 address are judged by it (issue 13).
        ("64:ff9b::a9fe:a9fe", False),  # NAT64 of 169.254.169.254
        ("64:ff9b::7f00:1", False),  # NAT64 of 127.0.0.1
        ("64:ff9b:1::a00:1", False),  # local-use NAT64 of 10.0.0.1
        ("2002:a9fe:a9fe::1", False),  # 6to4 of 169.254.169.254
        ("2002:c0a8:0101::1", False),  # 6to4 of 192.168.1.1
        ("::169.254.169.254", False),  # IPv4-compatible
        ("::10.0.0.1", False),
    ],
)
def test_only_public_addresses_are_public(address: str, public: bool) -> None:
    assert is_public(ipaddress.ip_address(address)) is public


def test_private_hosts_are_refused_unless_allowed(server: LocalServer) -> None:
    server.routes["/nota/a"] = page("zapopan_bloqueo", DAY)
    with Fetcher(FetchPolicy(timeout=2)) as fetcher, pytest.raises(FetchError) as info:
        fetcher.get(f"{server.base}/nota/a")
    assert "non-public address 127.0.0.1" in info.value.reason
    assert server.hits("/nota/a") == 0  # refused before connecting
    # A name is resolved and its addresses checked: localhost is loopback.
    with pytest.raises(FetchError, match="non-public"):
        check_url("http://localhost:1/", FetchPolicy())
    assert check_url("http://localhost:1/", FetchPolicy(allow_hosts=allow_list(["localhost"])))
    with local() as fetcher:
        fetched = fetcher.get(f"{server.base}/nota/a", accept=PAGE_TYPES)
    assert fetched.status == 200 and "Zapopan" in fetched.text()


def test_allow_list_takes_networks() -> None:
    policy = FetchPolicy(allow_hosts=allow_list(["127.0.0.0/8"]))
    assert check_url("http://127.0.0.2:8080/x", policy).address == ipaddress.ip_address("127.0.0.2")
    with pytest.raises(FetchError):
        check_url("http://10.0.0.1/x", policy)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/", "http:///nohost"]
)
def test_only_http_urls_with_a_host(url: str) -> None:
    with local() as fetcher, pytest.raises(FetchError):
        fetcher.get(url)


def test_every_redirect_hop_is_checked(server: LocalServer) -> None:
    server.routes["/to-metadata"] = redirect("http://169.254.169.254/latest/meta-data/")
    server.routes["/to-page"] = redirect("/nota/a", 301)
    server.routes["/nota/a"] = page("zapopan_bloqueo", DAY)
    server.routes["/loop"] = redirect("/loop")
    with local() as fetcher:
        with pytest.raises(FetchError, match=r"169\.254\.169\.254"):
            fetcher.get(f"{server.base}/to-metadata")
        fetched = fetcher.get(f"{server.base}/to-page")
        assert fetched.url.endswith("/nota/a")
        with pytest.raises(FetchError, match="redirects"):
            fetcher.get(f"{server.base}/loop")
    assert server.hits("/loop") == FetchPolicy().max_redirects + 1


def test_size_cap_with_and_without_content_length(server: LocalServer) -> None:
    server.routes["/huge"] = huge()
    server.routes["/huge-declared"] = huge(declare=True)
    with local(max_bytes=512 * 1024) as fetcher:
        with pytest.raises(FetchError, match="too large: more than"):
            fetcher.get(f"{server.base}/huge")
        with pytest.raises(FetchError, match="too large: 52428800 bytes"):
            fetcher.get(f"{server.base}/huge-declared")


def test_slow_and_trickling_servers_time_out(server: LocalServer) -> None:
    server.routes["/slow"] = slow(3.0, page("lluvias", DAY))
    server.routes["/trickle"] = trickle(3.0)
    with local(timeout=0.4) as fetcher:
        with pytest.raises(FetchError, match="timed out") as info:
            fetcher.get(f"{server.base}/slow")
        assert info.value.transient
        with pytest.raises(FetchError, match="timed out"):
            fetcher.get(f"{server.base}/trickle")


def test_slow_response_headers_are_cut_off_by_the_deadline(server: LocalServer) -> None:
    # Each piece of the headers arrives well within a read timeout; only a deadline over
    # the whole request stops a server that takes 4 s to send them (without one, the fetch
    # would succeed after 4 s instead of raising).
    server.routes["/slow-headers"] = slow_headers(4.0)
    with local(timeout=0.5) as fetcher, pytest.raises(FetchError, match="timed out") as info:
        fetcher.get(f"{server.base}/slow-headers")
    assert info.value.transient


def test_status_and_content_type_checks(server: LocalServer) -> None:
    server.routes["/error"] = Reply(500, b"boom")
    server.routes["/gone"] = Reply(404, b"no")
    server.routes["/image"] = Reply(200, b"\x89PNG", {"Content-Type": "image/png"})
    with local() as fetcher:
        with pytest.raises(FetchError, match="HTTP 500") as info:
            fetcher.get(f"{server.base}/error")
        assert info.value.transient
        with pytest.raises(FetchError, match="HTTP 404") as info:
            fetcher.get(f"{server.base}/gone")
        assert not info.value.transient
        with pytest.raises(FetchError, match="content type"):
            fetcher.get(f"{server.base}/image", accept=FEED_TYPES)


def test_conditional_get_returns_304(server: LocalServer) -> None:
    server.routes["/feed"] = Reply(200, b"<rss/>", {"Content-Type": "text/xml", "ETag": '"v1"'})
    with local() as fetcher:
        first = fetcher.get(f"{server.base}/feed", accept=FEED_TYPES)
        assert first.etag == '"v1"' and not first.not_modified
        again = fetcher.get(f"{server.base}/feed", accept=FEED_TYPES, etag=first.etag)
    assert again.not_modified and again.content == b""
    assert server.requests[-1].headers.get("If-None-Match") == '"v1"'


def test_cli_ingest_fetches_urls(server: LocalServer, tmp_path: Path) -> None:
    server.routes["/nota/celaya"] = page("celaya_ataque", DAY)
    server.routes["/broken"] = Reply(500, b"")
    db = tmp_path / "events.db"
    runner = CliRunner()
    refused = runner.invoke(main, ["--db", str(db), "ingest", f"{server.base}/nota/celaya"])
    assert refused.exit_code == 1
    assert "non-public" in refused.output
    result = runner.invoke(
        main,
        [
            "--db",
            str(db),
            "ingest",
            "--allow-host",
            "127.0.0.1",
            f"{server.base}/nota/celaya",
            f"{server.base}/broken",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "HTTP 500" in result.output
    with api.open_store(db) as store:
        events = store.events()
    assert [(e["category"], e["admin2"], e["fatalities"]) for e in events] == [
        ("attack", "Celaya", 3)
    ]
