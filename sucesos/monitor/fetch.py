"""Fetching feeds and pages from the open web without becoming a proxy into private networks.

Rules, applied to the first URL and to every redirect hop:

- only ``http`` and ``https`` URLs;
- the host name is resolved and **every** resolved address is checked (``ipaddress``): private,
  loopback, link-local (cloud metadata at 169.254.169.254), shared, multicast, reserved and
  unspecified addresses are refused unless the host or address is on the allow-list
  (``FetchPolicy.allow_hosts``, ``--allow-host``); IPv6 addresses that carry an IPv4 address
  (IPv4-mapped ``::ffff:a.b.c.d``, IPv4-compatible ``::a.b.c.d``, NAT64 ``64:ff9b::/96`` and
  ``64:ff9b:1::/48``, 6to4 ``2002::/16``, Teredo ``2001::/32``) are checked as that IPv4
  address too;
- the connection goes to the address that was checked (the URL is rewritten to it, with the
  original ``Host`` header and TLS server name), so a second DNS answer cannot swap in another;
- redirects are followed by hand, at most ``max_redirects`` of them;
- one deadline covers the whole request (connect, TLS, response headers, body, redirects):
  every read and write on the socket waits at most what is left of it (`sucesos.monitor.deadline`),
  so a server that trickles its headers or body a byte at a time cannot hold a worker past
  ``timeout`` seconds;
- the body is capped at ``max_bytes`` (a larger ``Content-Length`` is refused before reading;
  a body without one is cut off when it passes the cap) and its content type must be one the
  caller accepts;
- proxies from the environment are ignored (they would bypass the address checks).

Failures raise `FetchError` with a reason for people and whether trying later may help.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from sucesos.monitor.deadline import DeadlineTransport, until
from sucesos.readers.decoding import decode_bytes
from sucesos.readers.html import declared_charset

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_MAX_REDIRECTS = 5
USER_AGENT = "sucesos-monitor/0.1 (news event monitor; +https://pypi.org/project/sucesos/)"

# Content types accepted per kind of resource; a missing Content-Type is accepted and the
# parser decides. Feeds are often served with generic XML or text types.
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
    "application/json",
    "text/plain",
    "application/octet-stream",
)
PAGE_TYPES = ("text/html", "application/xhtml+xml")
REDIRECTS = frozenset({301, 302, 303, 307, 308})
# Statuses where the same request may succeed later (others are permanent for this URL).
TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


class FetchError(Exception):
    """A fetch that failed; `reason` is for logs, `transient` says whether a retry may help."""

    def __init__(self, reason: str, *, transient: bool = False, url: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.transient = transient
        self.url = url


@dataclass(frozen=True)
class FetchPolicy:
    """Limits of one fetcher (see the module docstring)."""

    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = DEFAULT_MAX_REDIRECTS
    allow_hosts: frozenset[str] = frozenset()
    user_agent: str = USER_AGENT


@dataclass
class Fetched:
    """A successful response (or a 304 Not Modified, with an empty body)."""

    url: str  # the final URL, after redirects
    status: int
    content: bytes
    content_type: str | None
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    def text(self) -> str:
        """The body decoded by the declared charset (header, then <meta>), else the package's
        UTF-8 / cp1252 policy (`sucesos.readers.decoding`)."""
        charset = None
        if self.content_type and "charset=" in self.content_type.lower():
            charset = self.content_type.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'")
        text, _ = decode_bytes(self.content, charset or declared_charset(self.content))
        return text


def allow_list(hosts: Iterable[str]) -> frozenset[str]:
    """An allow-list for `FetchPolicy.allow_hosts` from host names, addresses or CIDR networks."""
    return frozenset(h.strip().lower() for h in hosts if h.strip())


_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")


def embedded_ipv4(address: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries: IPv4-mapped, IPv4-compatible, NAT64 (the
    last 32 bits), 6to4, and Teredo (server and client); empty for a plain IPv6 address."""
    found = []
    if address.ipv4_mapped is not None:
        found.append(address.ipv4_mapped)
    if address in _IPV4_COMPATIBLE and int(address) > 1:  # "::" and "::1" are not IPv4
        found.append(ipaddress.IPv4Address(int(address)))
    if any(address in net for net in _NAT64):
        found.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    if address.sixtofour is not None:
        found.append(address.sixtofour)
    if address.teredo is not None:
        found.extend(address.teredo)
    return found


def is_public(address: IPAddress) -> bool:
    """True for an address on the public internet (not private, loopback, link-local, ...);
    an IPv6 address that carries an IPv4 address must be public as that IPv4 address too."""
    if isinstance(address, ipaddress.IPv6Address):
        carried = embedded_ipv4(address)
        if carried:
            return all(is_public(v4) for v4 in carried)
    return address.is_global and not address.is_multicast


def _allowed(host: str, addresses: list[IPAddress], allow: frozenset[str]) -> bool:
    """True when the host name, or every address it resolved to, is on the allow-list."""
    if host.lower() in allow:
        return True
    networks = []
    for entry in allow:
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            continue
    return bool(addresses) and all(any(a in net for net in networks) for a in addresses)


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address `host` resolves to (an address literal resolves to itself)."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc}", transient=True) from exc
    found: list[IPAddress] = []
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if address not in found:
            found.append(address)
    return found


@dataclass(frozen=True)
class Target:
    """A checked URL: the address to connect to and how to present the original host."""

    url: str
    host: str
    port: int
    address: IPAddress

    def pinned_url(self) -> str:
        """The URL with its host replaced by the checked address."""
        parts = urlsplit(self.url)
        ip = f"[{self.address}]" if self.address.version == 6 else str(self.address)
        default = 443 if parts.scheme == "https" else 80
        netloc = ip if self.port == default else f"{ip}:{self.port}"
        return urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))

    def host_header(self) -> str:
        parts = urlsplit(self.url)
        default = 443 if parts.scheme == "https" else 80
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == default else f"{host}:{self.port}"


def check_url(url: str, policy: FetchPolicy) -> Target:
    """The checked target of `url`, or FetchError saying why it may not be fetched."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchError(f"malformed URL {url!r}: {exc}", url=url) from exc
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"only http(s) URLs are fetched, not {parts.scheme or 'no'!r}", url=url)
    host = (parts.hostname or "").lower()
    if not host:
        raise FetchError(f"no host in URL {url!r}", url=url)
    port = port or (443 if parts.scheme == "https" else 80)
    addresses = resolve(host, port)
    if not addresses:
        raise FetchError(f"host {host!r} has no address", transient=True, url=url)
    if not _allowed(host, addresses, policy.allow_hosts):
        blocked = [str(a) for a in addresses if not is_public(a)]
        if blocked:
            raise FetchError(
                f"refused: {host} resolves to non-public address {', '.join(blocked)}"
                " (allow it with --allow-host)",
                url=url,
            )
    return Target(url=url, host=host, port=port, address=addresses[0])


def _type_ok(content_type: str | None, accept: tuple[str, ...]) -> bool:
    if not content_type or not accept:
        return True
    media = content_type.split(";", 1)[0].strip().lower()
    return media in accept or (media.endswith("+xml") and "application/xml" in accept)


class Fetcher:
    """A reusable, thread-safe safe HTTP client (see the module docstring for the rules)."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        # trust_env=False: an environment proxy would connect to whatever the name resolves
        # to there, bypassing the address checks made here. The transport bounds every socket
        # wait by the request's deadline (slow headers included).
        self.client = httpx.Client(
            follow_redirects=False, trust_env=False, transport=DeadlineTransport()
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def get(
        self,
        url: str,
        *,
        accept: tuple[str, ...] = (),
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Fetched:
        """GET `url` following checked redirects; returns the response (status 200-299, or
        304 when `etag`/`last_modified` show it unchanged). Raises FetchError otherwise."""
        deadline = time.monotonic() + self.policy.timeout
        headers = {"User-Agent": self.policy.user_agent, "Accept": ", ".join(accept) or "*/*"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        with until(deadline):
            return self._get(url, headers, deadline, accept)

    def _get(
        self, url: str, headers: dict[str, str], deadline: float, accept: tuple[str, ...]
    ) -> Fetched:
        current = url
        for _hop in range(self.policy.max_redirects + 1):
            target = check_url(current, self.policy)
            status, location, fetched = self._request(
                "GET", target, headers, deadline, accept=accept
            )
            if status in REDIRECTS:
                if not location:
                    raise FetchError(f"HTTP {status} without Location", url=current)
                current = urljoin(current, location)
                continue
            assert fetched is not None
            return fetched
        raise FetchError(f"more than {self.policy.max_redirects} redirects", url=url)

    def post(self, url: str, body: bytes, headers: Mapping[str, str]) -> int:
        """POST `body` to `url` (no redirects followed); returns the 2xx status, else raises
        FetchError (transient for timeouts, connection errors and 5xx/429 answers)."""
        deadline = time.monotonic() + self.policy.timeout
        target = check_url(url, self.policy)
        all_headers = {"User-Agent": self.policy.user_agent, **headers}
        with until(deadline):
            status, _, _ = self._request("POST", target, all_headers, deadline, body=body)
        if status in REDIRECTS:
            raise FetchError(f"HTTP {status}: redirects are not followed for POST", url=url)
        return status

    def _request(
        self,
        method: str,
        target: Target,
        headers: Mapping[str, str],
        deadline: float,
        *,
        accept: tuple[str, ...] = (),
        body: bytes | None = None,
    ) -> tuple[int, str | None, Fetched | None]:
        """One hop: (status, Location for redirects, the response for 2xx/304)."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError("timed out", transient=True, url=target.url)
        request = self.client.build_request(
            method,
            target.pinned_url(),
            headers={**headers, "Host": target.host_header()},
            content=body,
            timeout=httpx.Timeout(remaining),
            extensions={"sni_hostname": target.host} if target.url.startswith("https") else {},
        )
        try:
            response = self.client.send(request, stream=True)
        except httpx.TimeoutException as exc:
            raise FetchError("timed out", transient=True, url=target.url) from exc
        except httpx.HTTPError as exc:
            raise FetchError(
                f"cannot connect: {type(exc).__name__}: {exc}", transient=True, url=target.url
            ) from exc
        try:
            status = response.status_code
            if status in REDIRECTS:
                return status, response.headers.get("location"), None
            if status == 304:
                return status, None, Fetched(target.url, 304, b"", None, dict(response.headers))
            if not 200 <= status < 300:
                raise FetchError(
                    f"HTTP {status}", transient=status in TRANSIENT_STATUSES, url=target.url
                )
            content_type = response.headers.get("content-type")
            if not _type_ok(content_type, accept):
                raise FetchError(f"unexpected content type {content_type!r}", url=target.url)
            content = self._read_body(response, deadline, target.url)
            headers_out = dict(response.headers)
            return status, None, Fetched(target.url, status, content, content_type, headers_out)
        finally:
            response.close()

    def _read_body(self, response: httpx.Response, deadline: float, url: str) -> bytes:
        cap = self.policy.max_bytes
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise FetchError(f"too large: {int(declared)} bytes (cap {cap})", url=url)
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > cap:
                    raise FetchError(f"too large: more than {cap} bytes", url=url)
                if time.monotonic() > deadline:
                    raise FetchError("timed out reading the body", transient=True, url=url)
                chunks.append(chunk)
        except httpx.TimeoutException as exc:
            raise FetchError("timed out reading the body", transient=True, url=url) from exc
        except httpx.HTTPError as exc:
            raise FetchError(
                f"broken response: {type(exc).__name__}: {exc}", transient=True, url=url
            ) from exc
        return b"".join(chunks)
