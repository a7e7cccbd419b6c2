"""Fetching an article page over HTTP(S): timeouts, a size cap, redirects, clear refusals.

The page's bytes are stored verbatim and read like a saved page (the ``.html`` reader), so
nothing from the HTTP exchange other than the final URL affects the brief.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

import httpx

from builder import __version__
from builder.errors import InputError
from builder.ingest import decode

CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 20.0
TOTAL_TIMEOUT = 60.0  # a server dripping bytes just under the read timeout is cut off here
MAX_REDIRECTS = 10
HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = f"Briefing/{__version__} (news briefing generator)"


@dataclass(frozen=True)
class FetchedPage:
    """A fetched page: the final URL after redirects and the body, byte for byte."""

    url: str
    data: bytes


def is_url(text: str) -> bool:
    """Whether a command-line source is a web address rather than a path."""
    return text.lower().startswith(("http://", "https://"))


def fetch_page(
    url: str,
    *,
    connect_timeout: float = CONNECT_TIMEOUT,
    read_timeout: float = READ_TIMEOUT,
    max_bytes: int | None = None,
    total_timeout: float = TOTAL_TIMEOUT,
    client: httpx.Client | None = None,
) -> FetchedPage:
    """Fetch an HTML page; every failure is an :class:`InputError` naming the URL.

    ``read_timeout`` bounds each wait for data, ``total_timeout`` the whole download.
    """
    max_bytes = decode.MAX_BYTES if max_bytes is None else max_bytes
    deadline = time.monotonic() + total_timeout
    timeout = httpx.Timeout(read_timeout, connect=connect_timeout)
    own = client is None
    http = client or httpx.Client(
        timeout=timeout,
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"},
    )
    watchdog = _Watchdog(total_timeout)
    try:
        with http.stream(
            "GET", url, timeout=timeout, extensions={"trace": watchdog.trace}
        ) as response:
            _check_response(url, response, max_bytes)
            data = _read_capped(url, response, max_bytes, deadline, total_timeout)
            if watchdog.fired:  # the shut-down socket read as the end of a short page
                raise InputError(url, _too_slow(total_timeout))
            return FetchedPage(str(response.url), data)
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        if watchdog.fired:
            raise InputError(url, _too_slow(total_timeout)) from exc
        raise _input_error(url, exc, connect_timeout, read_timeout) from exc
    finally:
        watchdog.cancel()
        if own:
            http.close()


def _too_slow(total: float) -> str:
    return f"timed out: the page took longer than {total:g} seconds"


def _input_error(
    url: str, exc: httpx.HTTPError | httpx.InvalidURL, connect_timeout: float, read_timeout: float
) -> InputError:
    if isinstance(exc, httpx.TooManyRedirects):
        return InputError(url, f"too many redirects (more than {MAX_REDIRECTS})")
    if isinstance(exc, httpx.ConnectTimeout):
        return InputError(url, f"could not connect within {connect_timeout:g} seconds")
    if isinstance(exc, httpx.TimeoutException):
        return InputError(url, f"timed out: no response within {read_timeout:g} seconds")
    if isinstance(exc, httpx.ConnectError):
        return InputError(url, f"could not connect ({_reason(exc)})")
    if isinstance(exc, httpx.InvalidURL):
        return InputError(url, f"is not a valid URL ({exc})")
    return InputError(url, f"network error ({_reason(exc)})")


class _Watchdog:
    """Shuts the page's sockets down once the total deadline passes.

    Checking the clock between chunks cannot stop a server that drips its *headers* a byte
    at a time under the read timeout: httpx is still inside one read. Shutting the socket
    down from a timer wakes that read at once, wherever it is blocked.
    """

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def trace(self, event: str, info: dict[str, Any]) -> None:
        if event not in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if not isinstance(sock, socket.socket):
            return
        with self._lock:
            self._sockets.append(sock)
            if self.fired:
                _shut(sock)

    def cancel(self) -> None:
        self._timer.cancel()

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed: nothing left to wake
        sock.shutdown(socket.SHUT_RDWR)


def _check_response(url: str, response: httpx.Response, max_bytes: int) -> None:
    if response.status_code >= 400:
        phrase = response.reason_phrase or "error"
        raise InputError(url, f"the server answered HTTP {response.status_code} {phrase}")
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in HTML_TYPES:
        raise InputError(
            url,
            f"is not a web page (content type '{kind or 'unknown'}'; Briefing reads HTML pages)",
        )
    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise InputError(url, decode.too_large(int(length), max_bytes))


def _read_capped(
    url: str, response: httpx.Response, max_bytes: int, deadline: float, total: float
) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        if time.monotonic() > deadline:
            raise InputError(url, _too_slow(total))
        size += len(chunk)
        if size > max_bytes:
            raise InputError(url, decode.too_large(None, max_bytes))
        chunks.append(chunk)
    return b"".join(chunks)


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    # "[Errno 111] Connection refused" reads better without the errno.
    return text.split("] ", 1)[-1] if text.startswith("[Errno") else text
