"""The optional LLM engine: briefs drafted by a model on any OpenAI-compatible server.

Each article is one chat-completions request (:mod:`.llm_client`) following the fixed
contract of :mod:`.llm_contract`; a few run at once. Answers are cached on disk, keyed by
the sha256 of the article as sent, the model and the prompt version, so a re-run costs no
request. The quotes of each answer are mapped to sentence numbers and ungrounded items
dropped (and counted in the analysis' notes) before anything reaches a brief.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from builder.article import Article
from builder.errors import BriefingError
from builder.extract import Analysis
from builder.extract.engine import AnalysisResult, EngineFailure, EngineUnavailableError
from builder.extract.llm_client import ChatClient, LlmError, ServerSettings, parse_json_object
from builder.extract.llm_contract import (
    PROMPT_VERSION,
    analysis_from_answer,
    answer_json_schema,
    chat_messages,
    parse_answer,
    user_message,
)
from builder.options import LlmOptions
from builder.store import write_atomic

PREFIX = "LLM engine: "


def server_settings(options: LlmOptions, environ: Mapping[str, str]) -> ServerSettings:
    """The server to ask: mkdocs.yml's ``briefing.llm``, overridden by the environment
    (``BRIEFING_LLM_BASE_URL``, ``BRIEFING_LLM_MODEL``); the key comes from the
    environment only (``BRIEFING_LLM_API_KEY``, else the variable ``api_key_env`` names)."""
    base_url = environ.get("BRIEFING_LLM_BASE_URL") or options.base_url
    if not re.match(r"^https?://[^\s/]+", base_url):
        raise BriefingError(
            f"BRIEFING_LLM_BASE_URL: must be an http:// or https:// address, not {base_url!r}"
        )
    model = environ.get("BRIEFING_LLM_MODEL") or options.model
    if not model:
        raise BriefingError(
            "the LLM engine needs a model: set briefing.llm.model in mkdocs.yml or "
            "BRIEFING_LLM_MODEL (for Ollama, a model `ollama list` shows)"
        )
    api_key = environ.get("BRIEFING_LLM_API_KEY") or (
        environ.get(options.api_key_env) if options.api_key_env else None
    )
    return ServerSettings(
        base_url=base_url.rstrip("/"),
        model=model,
        api_key=api_key or None,
        timeout=options.timeout,
        max_retries=options.max_retries,
        response_format=options.response_format,
    )


class AnswerCache:
    """Validated answers, one JSON file each, in a folder (none: nothing is kept)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def get(self, key: str) -> object | None:
        if self.folder is None:
            return None
        try:
            entry = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # absent or damaged: ask again
        return entry.get("answer") if isinstance(entry, dict) else None

    def put(self, key: str, model: str, answer: object) -> None:
        if self.folder is None:
            return
        entry = {"prompt_version": PROMPT_VERSION, "model": model, "answer": answer}
        try:
            write_atomic(self.folder / f"{key}.json", json.dumps(entry, ensure_ascii=False))
        except OSError:
            return  # a read-only checkout still extracts, just without the cache


class LlmEngine:
    """Drafts briefs with a model; implements :class:`~builder.extract.engine.Engine`."""

    def __init__(
        self, settings: ServerSettings, *, cache_dir: Path | None, concurrency: int = 4
    ) -> None:
        self.settings = settings
        self.name = f"llm {PROMPT_VERSION} {settings.model}"
        self.cache = AnswerCache(cache_dir)
        self.concurrency = concurrency
        self.schema = answer_json_schema()

    @classmethod
    def configured(
        cls,
        options: LlmOptions,
        *,
        cache_dir: Path | None,
        environ: Mapping[str, str] | None = None,
    ) -> LlmEngine:
        settings = server_settings(options, os.environ if environ is None else environ)
        return cls(settings, cache_dir=cache_dir, concurrency=options.concurrency)

    def cache_key(self, article: Article) -> str:
        article_hash = hashlib.sha256(user_message(article).encode("utf-8")).hexdigest()
        key = f"{PROMPT_VERSION}\n{self.settings.model}\n{article_hash}"
        return hashlib.sha256(key.encode("utf-8")).hexdigest()

    def analyze(self, articles: Sequence[Article]) -> Sequence[AnalysisResult]:
        """One result per article, in order; a fatal server error stops the batch with
        :class:`EngineUnavailableError` (one line), any other fails its article only."""
        results: list[AnalysisResult | None] = [None] * len(articles)
        pending: list[int] = []
        for i, article in enumerate(articles):
            if not article.sentences:
                results[i] = Analysis(engine=self.name, story=article.story)
                continue
            cached = self.cache.get(self.cache_key(article))
            analysis = self._from_answer(cached, article) if cached is not None else None
            if isinstance(analysis, Analysis):
                results[i] = analysis
            else:
                pending.append(i)
        stop = threading.Event()
        fatal: list[LlmError] = []

        def ask(i: int) -> None:
            if stop.is_set():
                return
            try:
                results[i] = self._ask(client, articles[i])
            except LlmError as exc:
                if exc.fatal:
                    fatal.append(exc)
                    stop.set()
                else:
                    results[i] = EngineFailure(PREFIX + exc.message)

        if pending:
            client = ChatClient(self.settings, self.schema)
            try:
                _run_in_threads(ask, pending, min(self.concurrency, len(pending)))
            except BaseException:
                stop.set()  # Ctrl+C: no further request is sent
                raise
            finally:
                client.close()
        if fatal:
            raise EngineUnavailableError(PREFIX + fatal[0].message)
        return [r if r is not None else EngineFailure(PREFIX + "no answer") for r in results]

    def _ask(self, client: ChatClient, article: Article) -> AnalysisResult:
        content = client.complete(chat_messages(article))
        data = parse_json_object(content)
        result = self._from_answer(data, article)
        if isinstance(result, Analysis):
            self.cache.put(self.cache_key(article), self.settings.model, data)
        return result

    def _from_answer(self, data: object, article: Article) -> AnalysisResult:
        try:
            answer = parse_answer(data)
        except ValueError as exc:
            return EngineFailure(f"{PREFIX}the model's answer does not follow the contract: {exc}")
        return analysis_from_answer(answer, article, self.name)


def _run_in_threads(work: Callable[[int], None], items: list[int], threads: int) -> None:
    """``work`` on every item, ``threads`` at a time. The threads are daemons, so Ctrl+C
    ends the command at once instead of waiting out the requests in flight."""
    todo: queue.SimpleQueue[int] = queue.SimpleQueue()
    for item in items:
        todo.put(item)

    errors: list[BaseException] = []

    def worker() -> None:
        while not errors:
            try:
                item = todo.get_nowait()
            except queue.Empty:
                return
            try:
                work(item)
            except BaseException as exc:  # raised again in the caller's thread
                errors.append(exc)

    workers = [threading.Thread(target=worker, daemon=True) for _ in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    if errors:
        raise errors[0]
