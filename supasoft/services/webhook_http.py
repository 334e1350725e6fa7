"""Posting to a webhook's address: the address checked (private networks only when the hook allows them), the
connection pinned to the checked IP (no second lookup to rebind), signed headers, a timeout, no redirects."""

from __future__ import annotations

import hashlib
import hmac
import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from supasoft.core.errors import SupasoftError
from supasoft.core.messages import Message

SIGNATURE_HEADER = "X-Supasoft-Signature"
TIMESTAMP_HEADER = "X-Supasoft-Timestamp"
MAX_ANSWER = 64 * 1024  # bytes of the receiver's answer read (a veto's message)


class AddressRefused(SupasoftError):
    """A webhook address that may not be called (not http(s), unknown host, or a private network not allowed)."""


@dataclass(frozen=True)
class Answer:
    """What the receiver answered."""

    status: int
    body: bytes


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """The X-Supasoft-Signature value: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the hook's secret>."""
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def verify(secret: str, timestamp: str, body: bytes, signed: str, *, tolerance: int = 300, at: float | None = None) -> bool:
    """A receiver's check: the signature matches and the timestamp is within `tolerance` seconds (no replays)."""
    try:
        age = abs((time.time() if at is None else at) - int(timestamp))
    except ValueError:
        return False
    return age <= tolerance and hmac.compare_digest(signature(secret, timestamp, body), signed)


def signed_headers(secret: str, body: bytes, extra: dict[str, str]) -> dict[str, str]:
    stamp = str(int(time.time()))
    return {"Content-Type": "application/json; charset=utf-8", "User-Agent": "Supasoft-Webhooks/1",
            TIMESTAMP_HEADER: stamp, SIGNATURE_HEADER: signature(secret, stamp, body), **extra}


def _private(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast
            or ip.is_unspecified or getattr(ip, "ipv4_mapped", None) is not None and _private(ip.ipv4_mapped))  # type: ignore[union-attr]


def check_url(url: str) -> None:
    """Refuse what is not an http(s) address with a host (before a hook is stored)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise AddressRefused(Message("A webhook address must start with http:// or https:// and name a host: {url}", url=url))


def resolve(url: str, allow_private: bool) -> str:
    """The IP address to connect to; AddressRefused for a private, loopback or link-local one unless allowed."""
    check_url(url)
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise AddressRefused(Message("The webhook host {host} cannot be found", host=parts.hostname)) from None
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    if not allow_private:
        if any(_private(ip) for ip in addresses):
            raise AddressRefused(Message("The webhook address {host} is on a private network; allow private addresses "
                                         "for this hook to use it", host=parts.hostname))
    return str(addresses[0])


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(self, host: str, port: int | None, ip: str, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self._ip = ip

    def connect(self) -> None:
        self.sock = socket.create_connection((self._ip, self.port), self.timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int | None, ip: str, timeout: float):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._ip = ip

    def connect(self) -> None:
        sock = socket.create_connection((self._ip, self.port), self.timeout)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def post(url: str, body: bytes, headers: dict[str, str], *, timeout: float, allow_private: bool) -> Answer:
    """POST the body; OSError (socket.timeout included) when the receiver cannot be reached or is too slow."""
    ip = resolve(url, allow_private)
    parts = urlsplit(url)
    kind = _PinnedHTTPS if parts.scheme == "https" else _PinnedHTTP
    conn = kind(parts.hostname or "", parts.port, ip, timeout)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        conn.request("POST", path, body=body, headers={**headers, "Content-Length": str(len(body))})
        response = conn.getresponse()
        return Answer(response.status, response.read(MAX_ANSWER))
    except http.client.HTTPException as exc:
        raise OSError(f"bad HTTP answer: {type(exc).__name__}") from None
    finally:
        conn.close()
