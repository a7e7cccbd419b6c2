"""One chat-completions request to an OpenAI-compatible server, with retries.

Ollama, llama.cpp's server, vLLM and OpenAI all serve ``POST {base_url}/chat/completions``.
A 429 or 5xx answer is retried after the server's ``Retry-After`` or an exponential
backoff; a server that does not know ``response_format: json_schema`` is asked again with
a plain JSON object, then with the prompt alone. Every failure becomes an
:class:`LlmError` with one line a person can act on; ``fatal`` ones (no server, no such
model, a refused key) would fail every other article the same way.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import httpx

ResponseFormat = Literal["json_schema", "json_object", "none"]
_WEAKER: dict[ResponseFormat, ResponseFormat] = {
    "json_schema": "json_object",
    "json_object": "none",
}
MAX_RETRY_AFTER = 60.0  # seconds: a longer Retry-After is not worth waiting for in a batch


class LlmError(Exception):
    """A request that failed, as one line; ``fatal`` when no other request can succeed."""

    def __init__(self, message: str, *, fatal: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.fatal = fatal


@dataclass(frozen=True)
class ServerSettings:
    """Where and how to ask (resolved from mkdocs.yml and the environment)."""

    base_url: str
    model: str
    api_key: str | None = None
    timeout: float = 120.0
    max_retries: int = 3
    response_format: ResponseFormat = "json_schema"
    backoff: float = 1.0  # seconds before the first retry; doubled each time


class ChatClient:
    """Sends chat-completions requests; safe to share between threads."""

    def __init__(
        self,
        settings: ServerSettings,
        schema: dict[str, Any],
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        self.schema = schema
        self.sleep = sleep
        self.url = f"{settings.base_url}/chat/completions"
        headers = {"Authorization": f"Bearer {settings.api_key}"} if settings.api_key else {}
        self.http = httpx.Client(
            headers=headers,
            timeout=httpx.Timeout(settings.timeout, connect=min(settings.timeout, 10.0)),
        )
        self._format = settings.response_format
        self._lock = threading.Lock()
        self.requests = 0  # sent, retries included

    def close(self) -> None:
        self.http.close()

    def complete(self, messages: list[dict[str, str]]) -> str:
        """The content of the model's reply to ``messages``."""
        attempt = 0
        while True:
            response_format = self._format
            response = self._post(messages, response_format)
            status = response.status_code
            if status == 400 and response_format != "none" and _about_format(response):
                with self._lock:  # the server cannot constrain answers this way: ask plainer
                    if self._format == response_format:
                        self._format = _WEAKER[response_format]
                continue
            if (status == 429 or status >= 500) and attempt < self.settings.max_retries:
                self.sleep(self._delay(response, attempt))
                attempt += 1
                continue
            if status >= 400:
                raise self._http_error(response, attempt)
            return _content(response)

    def _post(
        self, messages: list[dict[str, str]], response_format: ResponseFormat
    ) -> httpx.Response:
        body: dict[str, Any] = {
            "model": self.settings.model,
            "messages": messages,
            "temperature": 0,
            "stream": False,
        }
        if response_format == "json_schema":
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "briefing_brief", "strict": True, "schema": self.schema},
            }
        elif response_format == "json_object":
            body["response_format"] = {"type": "json_object"}
        with self._lock:
            self.requests += 1
        try:
            return self.http.post(self.url, json=body)
        except httpx.TimeoutException as exc:
            if isinstance(exc, httpx.ConnectTimeout):
                raise LlmError(
                    f"cannot reach the LLM server at {self.settings.base_url} (no answer to "
                    "connect); is it running? (briefing.llm.base_url, BRIEFING_LLM_BASE_URL)",
                    fatal=True,
                ) from exc
            raise LlmError(
                f"no answer from the LLM server within {self.settings.timeout:g} s "
                "(raise briefing.llm.timeout for a slow model)"
            ) from exc
        except httpx.TransportError as exc:
            raise LlmError(
                f"cannot reach the LLM server at {self.settings.base_url} ({_reason(exc)}); "
                "is it running? (briefing.llm.base_url, BRIEFING_LLM_BASE_URL)",
                fatal=True,
            ) from exc

    def _delay(self, response: httpx.Response, attempt: int) -> float:
        after = response.headers.get("retry-after", "")
        try:
            return min(max(float(after), 0.0), MAX_RETRY_AFTER)
        except ValueError:
            return float(self.settings.backoff * 2**attempt)

    def _http_error(self, response: httpx.Response, retries: int) -> LlmError:
        status, detail = response.status_code, _detail(response)
        model = self.settings.model
        if status == 404 and "model" in detail.casefold():
            return LlmError(
                f"the LLM server has no model '{model}' ({detail}); pull or load it, or set "
                "briefing.llm.model / BRIEFING_LLM_MODEL",
                fatal=True,
            )
        if status == 404:
            return LlmError(
                f"{self.url} does not exist (HTTP 404); briefing.llm.base_url should be the "
                "API root, such as http://127.0.0.1:11434/v1",
                fatal=True,
            )
        if status in (401, 403):
            return LlmError(
                f"the LLM server refused the request (HTTP {status}: {detail}); set the API "
                "key in BRIEFING_LLM_API_KEY or in the variable briefing.llm.api_key_env names",
                fatal=True,
            )
        tries = f" after {retries + 1} tries" if retries else ""
        return LlmError(f"the LLM server answered HTTP {status}{tries}: {detail}")


def _about_format(response: httpx.Response) -> bool:
    detail = _detail(response).casefold()
    return any(word in detail for word in ("response_format", "json_schema", "json schema"))


def _content(response: httpx.Response) -> str:
    try:
        data = response.json()
        choice = data["choices"][0]
        content = choice["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise LlmError(
            "the LLM server's response is not a chat completion (is briefing.llm.base_url an "
            "OpenAI-compatible API root?)"
        ) from exc
    if not isinstance(content, str) or not content.strip():
        reason = choice.get("finish_reason") if isinstance(choice, dict) else None
        raise LlmError(f"the model gave an empty answer (finish_reason: {reason})")
    if choice.get("finish_reason") == "length":
        raise LlmError("the model's answer was cut off (finish_reason: length)")
    return content


def _detail(response: httpx.Response) -> str:
    """The server's own error message, on one line."""
    try:
        data = response.json()
    except ValueError:
        data = None
    message: object = None
    if isinstance(data, dict):
        error = data.get("error", data)
        message = error.get("message", error) if isinstance(error, dict) else error
    if not isinstance(message, str) or not message.strip():
        message = response.text.strip() or response.reason_phrase
    return " ".join(str(message).split())[:300]


def _reason(exc: httpx.TransportError) -> str:
    text = str(exc) or type(exc).__name__
    if "Connection refused" in text or "Errno 111" in text:
        return "connection refused"
    return " ".join(text.split())[:200]


def parse_json_object(content: str) -> object:
    """The JSON object in a model's reply (a ```json fence around it is tolerated)."""
    text = content.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
        text = text.rsplit("```", 1)[0]
    try:
        return json.loads(text)
    except ValueError as exc:
        raise LlmError(f"the model's answer is not valid JSON ({exc})") from exc
