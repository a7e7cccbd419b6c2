"""`briefing serve`: serves the site and rebuilds when a brief changes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return str(response.read().decode("utf-8"))


def _wait_for(url: str, text: str, seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    body = ""
    while time.monotonic() < deadline:
        try:
            body = _get(url)
            if text in body:
                return body
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{url} did not show {text!r} within {seconds}s")


def _start(command: str, port: int, scratch: Path) -> subprocess.Popen[bytes]:
    """`briefing serve` or `mkdocs serve` with its own temporary folder, checked after."""
    program = ["-m", "builder"] if command == "briefing" else ["-m", "mkdocs"]
    return subprocess.Popen(
        [sys.executable, *program, "serve", "--dev-addr", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "TMPDIR": str(scratch)},
    )


@pytest.mark.slow
def test_serve_shows_the_site_and_rebuilds_on_edit(project: Path, tmp_path: Path) -> None:
    port = _free_port()
    scratch = tmp_path / "tmp"  # this server's own temporary folder, checked after SIGTERM
    scratch.mkdir()
    server = _start("briefing", port, scratch)
    try:
        base = f"http://127.0.0.1:{port}/"
        _wait_for(base, "Ashford approves tram extension")
        brief = project / "briefings/2026-02-03-tram-extension-approved.yaml"
        text = brief.read_text(encoding="utf-8")
        brief.write_text(
            text.replace(
                "title: Ashford approves tram extension",
                "title: Ashford finally approves tram extension",
            ),
            encoding="utf-8",
        )
        _wait_for(base, "Ashford finally approves tram extension")
        assert [p.name[:7] for p in scratch.iterdir()] == ["briefin"]  # the site is in there
    finally:
        server.terminate()  # SIGTERM, as a service manager or `kill` stops it
        code = server.wait(timeout=20)
    assert code == 0
    assert list(scratch.iterdir()) == []  # no mkdocs_* build folder left behind


@pytest.mark.slow
def test_serve_stopped_while_building_leaves_nothing_behind(project: Path, tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    server = _start("briefing", _free_port(), scratch)
    try:
        deadline = time.monotonic() + 60
        while not any(scratch.rglob("mkdocs_*")) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert any(scratch.rglob("mkdocs_*")), "the server never started building"
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert list(scratch.iterdir()) == []


@pytest.mark.slow
def test_plain_mkdocs_serve_stopped_by_sigterm_leaves_nothing_behind(
    project: Path, tmp_path: Path
) -> None:
    port = _free_port()
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    server = _start("mkdocs", port, scratch)
    try:
        _wait_for(f"http://127.0.0.1:{port}/", "Ashford approves tram extension")
        assert any(scratch.glob("mkdocs_*"))  # MkDocs' own build folder, while serving
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert list(scratch.iterdir()) == []
