"""Fetching URLs, against a local HTTP server on 127.0.0.1 started by the test."""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
import yaml
from click.testing import Result

from builder.errors import InputError
from builder.ingest.fetch import fetch_page
from builder.ingest.sources import RawInput, read_input

from .conftest import FIXTURES

Run = Callable[..., Result]
ARTICLE = (FIXTURES / "articles" / "article.html").read_bytes()
NO_CANONICAL = (
    b"<html><head><title>Bridge closed</title></head><body><article><p>The Harlow bridge "
    b"will stay closed until Friday while engineers inspect its bearings, the council said."
    b"</p></article></body></html>"
)


class _Handler(BaseHTTPRequestHandler):
    hits: ClassVar[Counter[str]] = Counter()

    def do_GET(self) -> None:
        self.hits[self.path] += 1
        routes: dict[str, Callable[[], None]] = {
            "/article": lambda: self._send(200, "text/html; charset=utf-8", ARTICLE),
            "/bridge": lambda: self._send(200, "text/html", NO_CANONICAL),
            "/redirect": lambda: self._redirect("/bridge"),
            "/loop": lambda: self._redirect("/loop"),
            "/missing": lambda: self._send(404, "text/html", b"<h1>Not here</h1>"),
            "/error": lambda: self._send(500, "text/html", b"<h1>Oops</h1>"),
            "/report.pdf": lambda: self._send(200, "application/pdf", b"%PDF-1.7 ..."),
            "/big": lambda: self._send(200, "text/html", b"<p>" + b"x" * 5000 + b"</p>"),
            "/big-unannounced": self._stream_big,
            "/slow": self._slow,
            "/drip": self._drip,
            "/drip-headers": self._drip_headers,
        }
        routes.get(self.path, lambda: self._send(404, "text/html", b""))()

    def _send(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, target: str) -> None:
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _stream_big(self) -> None:
        # No Content-Length: the size is only known while reading.
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        for _ in range(20):
            self.wfile.write(b"y" * 1000)

    def _drip(self) -> None:
        # One byte at a time, each well within the read timeout: only a total deadline ends it.
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        for _ in range(600):  # 30 seconds: far beyond any deadline the tests set
            try:
                self.wfile.write(b"x")
                self.wfile.flush()
            except OSError:
                return  # the client gave up, as it should
            time.sleep(0.05)

    def _drip_headers(self) -> None:
        # The headers themselves a byte at a time: httpx is inside one read all along.
        header = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"p" * 100
        for byte in header:
            try:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
            except OSError:
                return  # the client gave up, as it should
            time.sleep(0.05)

    def _slow(self) -> None:
        time.sleep(1.5)
        self._send(200, "text/html", NO_CANONICAL)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output quiet


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _error(url: str, **options: float) -> str:
    with pytest.raises(InputError) as error:
        fetch_page(url, **options)  # type: ignore[arg-type]
    return str(error.value)


def test_page_is_fetched_verbatim(server: str) -> None:
    page = fetch_page(f"{server}/article")
    assert page.data == ARTICLE
    assert page.url == f"{server}/article"
    article = read_input(RawInput(page.url, page.data, ".html", page.url))
    # The page's canonical link wins over the address it was fetched from.
    assert article.url == "https://www.harlow-gazette.example/news/reservoir-repairs"


def test_redirects_are_followed_and_the_final_url_kept(server: str) -> None:
    page = fetch_page(f"{server}/redirect")
    assert page.url == f"{server}/bridge"
    assert read_input(RawInput(f"{server}/redirect", page.data, ".html", page.url)).url == (
        f"{server}/bridge"
    )


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "the server answered HTTP 404 Not Found"),
        ("/error", "the server answered HTTP 500 Internal Server Error"),
        ("/report.pdf", "is not a web page (content type 'application/pdf'; Briefing reads "
         "HTML pages)"),
        ("/loop", "too many redirects (more than 10)"),
    ],
)  # fmt: skip
def test_http_failures(server: str, path: str, message: str) -> None:
    assert _error(f"{server}{path}") == f"{server}{path}: {message}"


def test_size_cap(server: str) -> None:
    assert _error(f"{server}/big", max_bytes=1000) == (
        f"{server}/big: is too large (4.9 KB; the limit is 1000 bytes)"
    )
    assert _error(f"{server}/big-unannounced", max_bytes=1000) == (
        f"{server}/big-unannounced: is too large (more than 1000 bytes)"
    )


def test_read_timeout(server: str) -> None:
    assert _error(f"{server}/slow", read_timeout=0.2) == (
        f"{server}/slow: timed out: no response within 0.2 seconds"
    )


def test_a_page_dripping_under_the_read_timeout_hits_the_total_deadline(server: str) -> None:
    started = time.monotonic()
    assert _error(f"{server}/drip", read_timeout=1, total_timeout=0.5) == (
        f"{server}/drip: timed out: the page took longer than 0.5 seconds"
    )
    # A wide margin for a loaded machine: the drip alone lasts 30 seconds.
    assert time.monotonic() - started < 15


def test_headers_dripping_under_the_read_timeout_hit_the_total_deadline(server: str) -> None:
    started = time.monotonic()
    assert _error(f"{server}/drip-headers", read_timeout=1, total_timeout=0.5) == (
        f"{server}/drip-headers: timed out: the page took longer than 0.5 seconds"
    )
    assert time.monotonic() - started < 15  # the headers alone take over 30 seconds


def test_connection_refused() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/article"
    assert _error(url) == f"{url}: could not connect (Connection refused)"


def test_add_a_url_then_skip_it_without_fetching(server: str, project: Path, run: Run) -> None:
    url = f"{server}/redirect"
    _Handler.hits.clear()
    first = run("add", url)
    assert first.exit_code == 0, first.output
    brief_file = next(project.glob("briefings/*-bridge-closed.yaml"))
    data = yaml.safe_load(brief_file.read_text(encoding="utf-8"))
    assert data["source"]["url"] == f"{server}/bridge"
    assert data["source"]["file"].endswith("-bridge-closed.html")
    assert (project / "briefings" / data["source"]["file"]).read_bytes() == NO_CANONICAL

    again = run("add", f"{server}/bridge/", f"{server}/bridge#top")
    assert again.exit_code == 0
    assert again.stdout.splitlines() == [
        f"skipped {server}/bridge/: already added as {brief_file.stem}",
        f"skipped {server}/bridge#top: already added as {brief_file.stem}",
    ]
    assert _Handler.hits == Counter({"/redirect": 1, "/bridge": 1})
