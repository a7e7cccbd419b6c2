"""A small OpenAI-compatible chat-completions server on 127.0.0.1 with scripted replies.

Each article is recognised by its title in the user message, and gets the next reply its
script holds (the last one repeats). A reply is an answer object (sent as the assistant's
JSON content), raw content (invalid JSON, say), an HTTP error with headers, or a delay (a
hang past the client's timeout). Every request is recorded, so a test can count them.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Reply:
    """One scripted reply."""

    answer: dict[str, Any] | None = None  # the JSON object the "model" answers with
    content: str | None = None  # raw assistant content instead (e.g. not JSON)
    status: int = 200
    error: str | None = None  # the error message of a non-200 reply
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before replying
    finish_reason: str = "stop"


class ScriptedServer:
    """The server, its script and the requests it received."""

    def __init__(self) -> None:
        self.script: dict[str, list[Reply]] = {}
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self.release = threading.Event()  # ends every pending delay (at teardown)
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def on(self, title: str, *replies: Reply) -> None:
        """Reply to the article titled ``title`` with ``replies``, in turn."""
        self.script[title] = list(replies)

    def requests_for(self, title: str) -> list[dict[str, Any]]:
        return [r for r in self.requests if f"Title: {title}\n" in _user_content(r)]

    def next_reply(self, body: dict[str, Any], headers: dict[str, str]) -> Reply:
        with self._lock:
            self.requests.append(body)
            self.headers.append(headers)
            user = _user_content(body)
            for title, replies in self.script.items():
                if f"Title: {title}\n" in user:
                    return replies.pop(0) if len(replies) > 1 else replies[0]
        return Reply(status=500, error="no script for this article")

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def _user_content(body: dict[str, Any]) -> str:
    return "\n".join(m["content"] for m in body.get("messages", []) if m.get("role") == "user")


def _handler(server: ScriptedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return  # quiet tests

        def do_POST(self) -> None:
            if self.path != "/v1/chat/completions":
                self._send(404, {"error": {"message": f"no route {self.path}"}})
                return
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length))
            reply = server.next_reply(body, {k.lower(): v for k, v in self.headers.items()})
            with server._lock:
                server.in_flight += 1
                server.most_in_flight = max(server.most_in_flight, server.in_flight)
            try:
                if reply.delay:
                    server.release.wait(reply.delay)
            finally:
                # Out of flight before the answer is written: once the client has it, it
                # may send its next request before this thread would run another line.
                with server._lock:
                    server.in_flight -= 1
            self._reply(reply, body)

        def _reply(self, reply: Reply, body: dict[str, Any]) -> None:
            if reply.status != 200:
                self._send(reply.status, {"error": {"message": reply.error}}, reply.headers)
                return
            content = reply.content if reply.content is not None else json.dumps(reply.answer)
            self._send(
                200,
                {
                    "id": "chatcmpl-test",
                    "object": "chat.completion",
                    "model": body.get("model"),
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": content},
                            "finish_reason": reply.finish_reason,
                        }
                    ],
                },
            )

        def _send(self, status: int, data: object, headers: dict[str, str] | None = None) -> None:
            payload = json.dumps(data).encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)
            except OSError:
                return  # the client gave up (a timeout test): nothing to answer

    return Handler


def running_server() -> Iterator[ScriptedServer]:
    """Start a server, yield it, stop it (the body of a pytest fixture)."""
    server = ScriptedServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
