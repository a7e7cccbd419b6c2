"""The LLM engine against a scripted OpenAI-compatible server on 127.0.0.1 (no network).

The server recognises each article by its title and replies as its script says: a valid
answer, invalid JSON, an ungrounded quote, a 429 then success, a hang past the timeout.
"""

from __future__ import annotations

import json
import shutil
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import Result

from builder.article import Article
from builder.errors import BriefingError
from builder.extract import Analysis
from builder.extract.engine import EngineFailure, EngineUnavailableError
from builder.extract.llm_client import ServerSettings
from builder.extract.llm_contract import PROMPT_VERSION, SYSTEM_PROMPT, answer_json_schema
from builder.extract.llm_engine import LlmEngine, server_settings
from builder.ingest import read_article
from builder.library import load_library
from builder.model import Brief
from builder.options import LlmOptions

from .conftest import FIXTURES
from .llm_server import Reply, ScriptedServer, running_server

Run = Callable[..., Result]
FERRY = read_article(FIXTURES / "articles" / "clean.txt")
FERRY_TITLE = "Calder ferry operator cuts winter timetable after fuel costs rise"
MODEL = "test-model"

FERRY_ANSWER: dict[str, Any] = {
    "summary": "Calder Bay Ferries is cutting four daily crossings because fuel costs rose; "
    "passengers fear a two-hour evening gap.",
    "summary_quotes": [
        "will run four fewer crossings a day between Calder and Port Linden",
        "leave evening travellers with a two-hour gap between boats",
    ],
    "actors": [
        {
            "name": "Helen Arkwright",
            "type": "person",
            "role": "Managing director of Calder Bay Ferries",
            "aliases": ["Arkwright", "Nell Arkwright"],  # the second is not in the article
            "quotes": ["The operator’s managing director, Helen Arkwright, said"],
        },
        {
            "name": "Calder Bay Ferries",
            "type": "organization",
            "role": "Ferry operator cutting its winter timetable",
            "aliases": [],
            "quotes": ["[1] Calder Bay Ferries will run four fewer crossings"],
        },
    ],
    "stakes": [
        {
            "text": "Evening travellers could wait two hours between boats.",
            "quotes": ["“leave evening travellers with a two-hour gap between boats.”"],
        }
    ],
    "open_questions": [
        {
            "text": "Will the state raise the operator's subsidy?",
            "quotes": ["has not said whether it will increase the operator's subsidy"],
        }
    ],
    "tags": ["Ferries", "transport costs", "ferries"],
}


@pytest.fixture(autouse=True)
def _no_llm_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's own BRIEFING_LLM_* variables must not reach these tests."""
    for name in ("BRIEFING_LLM_BASE_URL", "BRIEFING_LLM_MODEL", "BRIEFING_LLM_API_KEY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    yield from running_server()


def _engine(
    server_or_url: ScriptedServer | str, cache: Path | None = None, **settings: Any
) -> LlmEngine:
    base_url = server_or_url if isinstance(server_or_url, str) else server_or_url.base_url
    options: dict[str, Any] = {"timeout": 5.0, "backoff": 0.01, **settings}
    concurrency = options.pop("concurrency", 4)
    return LlmEngine(
        ServerSettings(base_url=base_url, model=options.pop("model", MODEL), **options),
        cache_dir=cache,
        concurrency=concurrency,
    )


def _article(title: str, *sentences: str) -> Article:
    return Article(title=title, text=" ".join(sentences))


def test_a_valid_answer_becomes_a_grounded_analysis(server: ScriptedServer) -> None:
    server.on(FERRY_TITLE, Reply(answer=FERRY_ANSWER))

    (analysis,) = _engine(server).analyze([FERRY])

    assert isinstance(analysis, Analysis)
    assert analysis.engine == f"llm {PROMPT_VERSION} {MODEL}"
    assert analysis.summary_evidence == [1, 4]
    assert [(a.name, a.type, a.aliases, a.mentions, a.evidence) for a in analysis.actors] == [
        ("Helen Arkwright", "person", ["Arkwright"], 1, [2]),
        ("Calder Bay Ferries", "organization", [], 1, [1]),
    ]
    assert analysis.actors[0].role == "Managing director of Calder Bay Ferries"
    assert [(s.text, s.evidence) for s in analysis.stakes] == [
        ("Evening travellers could wait two hours between boats.", [4])
    ]
    assert [(q.text, q.evidence) for q in analysis.open_questions] == [
        ("Will the state raise the operator's subsidy?", [5])
    ]
    assert analysis.tags == ["ferries", "transport-costs"]
    assert analysis.notes == ()
    (request,) = server.requests
    assert request["model"] == MODEL
    assert request["temperature"] == 0
    assert request["response_format"]["type"] == "json_schema"
    assert request["response_format"]["json_schema"]["schema"] == answer_json_schema()
    system, user = request["messages"]
    assert system == {"role": "system", "content": SYSTEM_PROMPT}
    assert user["content"].splitlines()[:4] == [
        f"Title: {FERRY_TITLE}",
        "",
        "Sentences:",
        f"[1] {FERRY.sentences[0].text}",
    ]


def test_ungrounded_items_are_dropped_and_counted(server: ScriptedServer) -> None:
    answer = json.loads(json.dumps(FERRY_ANSWER))
    answer["actors"][1]["quotes"] = ["Calder Bay Ferries said it was proud of its record"]
    answer["stakes"].append({"text": "Fares may rise.", "quotes": []})
    answer["open_questions"].append({"text": "No question mark", "quotes": ["the summer"]})
    server.on(FERRY_TITLE, Reply(answer=answer))

    (analysis,) = _engine(server).analyze([FERRY])

    assert isinstance(analysis, Analysis)
    assert [a.name for a in analysis.actors] == ["Helen Arkwright"]
    assert len(analysis.stakes) == 1
    assert len(analysis.open_questions) == 1
    assert analysis.notes == (
        "dropped 2 items whose quotes are not in the article",
        "dropped 1 item not valid in a brief",
    )


def test_an_ungrounded_summary_is_dropped_with_its_evidence(server: ScriptedServer) -> None:
    answer = {**FERRY_ANSWER, "summary_quotes": ["The ferries will stop entirely."]}
    server.on(FERRY_TITLE, Reply(answer=answer))

    (analysis,) = _engine(server).analyze([FERRY])

    assert isinstance(analysis, Analysis)
    assert (analysis.summary, analysis.summary_evidence) == ("", [])
    assert analysis.notes == ("dropped 1 item whose quotes are not in the article",)


def test_invalid_json_fails_that_article_only_and_is_not_cached(
    server: ScriptedServer, tmp_path: Path
) -> None:
    other = _article("Bridge reopens", "The Linden bridge reopened on Monday.", "Tolls stay.")
    server.on(FERRY_TITLE, Reply(content='{"summary": "cut off'))
    server.on("Bridge reopens", Reply(answer={"summary": "", "tags": ["bridges"]}))

    ferry, bridge = _engine(server, tmp_path).analyze([FERRY, other])

    assert isinstance(ferry, EngineFailure)
    assert ferry.message.startswith("LLM engine: the model's answer is not valid JSON (")
    assert isinstance(bridge, Analysis)
    assert bridge.tags == ["bridges"]
    _engine(server, tmp_path).analyze([FERRY, other])
    assert len(server.requests_for(FERRY_TITLE)) == 2  # asked again: failures are not cached
    assert len(server.requests_for("Bridge reopens")) == 1


def test_an_answer_outside_the_contract_is_a_failure(server: ScriptedServer) -> None:
    answer = json.loads(json.dumps(FERRY_ANSWER))
    answer["actors"][0]["type"] = "location"
    server.on(FERRY_TITLE, Reply(answer=answer))

    (result,) = _engine(server).analyze([FERRY])

    assert isinstance(result, EngineFailure)
    assert result.message == (
        "LLM engine: the model's answer does not follow the contract: actors.0.type: "
        "Input should be 'person', 'organization', 'place' or 'group'"
    )


def test_a_second_run_is_answered_from_the_cache(server: ScriptedServer, tmp_path: Path) -> None:
    server.on(FERRY_TITLE, Reply(answer=FERRY_ANSWER))
    first = _engine(server, tmp_path).analyze([FERRY])

    second = _engine(server, tmp_path).analyze([FERRY])

    assert second == first
    assert len(server.requests) == 1
    (entry,) = tmp_path.glob("*.json")
    stored = json.loads(entry.read_text(encoding="utf-8"))
    assert stored == {"prompt_version": PROMPT_VERSION, "model": MODEL, "answer": FERRY_ANSWER}
    _engine(server, tmp_path, model="another-model").analyze([FERRY])
    assert len(server.requests) == 2  # the model is part of the key


def test_429_is_retried_after_retry_after(server: ScriptedServer) -> None:
    busy = Reply(status=429, error="rate limited", headers={"Retry-After": "0"})
    server.on(FERRY_TITLE, busy, Reply(answer=FERRY_ANSWER))

    (analysis,) = _engine(server, backoff=30.0).analyze([FERRY])  # Retry-After wins

    assert isinstance(analysis, Analysis)
    assert len(server.requests) == 2


def test_5xx_is_retried_with_backoff_then_reported(server: ScriptedServer) -> None:
    server.on(FERRY_TITLE, Reply(status=503, error="loading model"))

    (result,) = _engine(server, max_retries=2).analyze([FERRY])

    assert result == EngineFailure(
        "LLM engine: the LLM server answered HTTP 503 after 3 tries: loading model"
    )
    assert len(server.requests) == 3


def test_a_hang_past_the_timeout_fails_that_article_only(server: ScriptedServer) -> None:
    other = _article("Bridge reopens", "The Linden bridge reopened on Monday.")
    server.on(FERRY_TITLE, Reply(answer=FERRY_ANSWER, delay=30))
    server.on("Bridge reopens", Reply(answer={"tags": ["bridges"]}))

    ferry, bridge = _engine(server, timeout=0.5).analyze([FERRY, other])

    assert ferry == EngineFailure(
        "LLM engine: no answer from the LLM server within 0.5 s "
        "(raise briefing.llm.timeout for a slow model)"
    )
    assert isinstance(bridge, Analysis)


def test_requests_run_a_few_at_a_time(server: ScriptedServer) -> None:
    articles = [_article(f"Story {i}", f"Sentence of story {i}.") for i in range(6)]
    for article in articles:
        server.on(article.title, Reply(answer={"tags": ["x"]}, delay=0.5))

    results = _engine(server, concurrency=3).analyze(articles)

    assert all(isinstance(r, Analysis) for r in results)
    # Several at once, never more than asked (exactly 3 unless the machine is very busy).
    assert 1 < server.most_in_flight <= 3


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_an_unreachable_server_is_one_error_for_the_batch() -> None:
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    with pytest.raises(EngineUnavailableError) as caught:
        _engine(url).analyze([FERRY, _article("Other", "Another sentence here.")])
    assert str(caught.value) == (
        f"LLM engine: cannot reach the LLM server at {url} (connection refused); is it "
        "running? (briefing.llm.base_url, BRIEFING_LLM_BASE_URL)"
    )


def test_a_missing_model_is_one_error(server: ScriptedServer) -> None:
    message = 'model "test-model" not found, try pulling it first'
    server.on(FERRY_TITLE, Reply(status=404, error=message))
    with pytest.raises(EngineUnavailableError) as caught:
        _engine(server).analyze([FERRY])
    assert str(caught.value) == (
        f"LLM engine: the LLM server has no model 'test-model' ({message}); pull or load it, "
        "or set briefing.llm.model / BRIEFING_LLM_MODEL"
    )


def test_a_refused_key_is_one_error(server: ScriptedServer) -> None:
    server.on(FERRY_TITLE, Reply(status=401, error="Incorrect API key provided"))
    with pytest.raises(EngineUnavailableError) as caught:
        _engine(server, api_key="wrong").analyze([FERRY, _article("Other", "A sentence.")])
    assert str(caught.value) == (
        "LLM engine: the LLM server refused the request (HTTP 401: Incorrect API key "
        "provided); set the API key in BRIEFING_LLM_API_KEY or in the variable "
        "briefing.llm.api_key_env names"
    )
    assert server.headers[0]["authorization"] == "Bearer wrong"


def test_a_wrong_base_url_is_one_error(server: ScriptedServer) -> None:
    url = server.base_url.removesuffix("/v1")
    with pytest.raises(EngineUnavailableError) as caught:
        _engine(url).analyze([FERRY])
    assert str(caught.value) == (
        f"LLM engine: {url}/chat/completions does not exist (HTTP 404); "
        "briefing.llm.base_url should be the API root, such as http://127.0.0.1:11434/v1"
    )


def test_a_server_without_json_schema_support_is_asked_for_json(server: ScriptedServer) -> None:
    refusal = Reply(status=400, error="response_format type json_schema is not supported")
    server.on(FERRY_TITLE, refusal, Reply(answer=FERRY_ANSWER))

    (analysis,) = _engine(server).analyze([FERRY])

    assert isinstance(analysis, Analysis)
    assert [r["response_format"]["type"] for r in server.requests] == [
        "json_schema",
        "json_object",
    ]


def test_a_fenced_answer_is_read(server: ScriptedServer) -> None:
    server.on(FERRY_TITLE, Reply(content="```json\n" + json.dumps(FERRY_ANSWER) + "\n```"))
    (analysis,) = _engine(server, response_format="none").analyze([FERRY])
    assert isinstance(analysis, Analysis)
    assert "response_format" not in server.requests[0]


# --- through the command line ------------------------------------------------------------


def _configure(project: Path, llm: dict[str, Any], engine: str | None = None) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    lines = "".join(f"      {line}\n" for line in yaml.safe_dump({"llm": llm}).splitlines())
    if engine:
        lines += f"      engine: {engine}\n"
    config.write_text(text.replace("  - briefing:\n", "  - briefing:\n" + lines), "utf-8")


def _copy_ferry(project: Path) -> str:
    shutil.copy(FIXTURES / "articles" / "clean.txt", project / "clean.txt")
    return "clean.txt"


def test_add_with_the_llm_engine_writes_a_grounded_brief(
    project: Path, run: Run, server: ScriptedServer
) -> None:
    answer = json.loads(json.dumps(FERRY_ANSWER))
    answer["stakes"].append({"text": "Invented.", "quotes": ["a quote from nowhere at all"]})
    server.on(FERRY_TITLE, Reply(answer=answer))
    _configure(project, {"base_url": server.base_url, "model": MODEL})

    result = run("add", "--engine", "llm", _copy_ferry(project))

    assert result.exit_code == 0, result.output
    brief_id = result.stdout.split("briefings/")[1].split(".yaml")[0]
    assert result.stderr == (
        "note: clean.txt: dropped 1 item whose quotes are not in the article\n"
    )
    data = yaml.safe_load((project / "briefings" / f"{brief_id}.yaml").read_text("utf-8"))
    brief = Brief.model_validate(data)
    assert brief.extraction.engine == f"llm 1 {MODEL}"
    assert [s.text for s in brief.stakes] == [
        "Evening travellers could wait two hours between boats."
    ]
    assert brief.summary_evidence == [1, 4]
    assert not load_library(project / "briefings").problems  # briefing check agrees
    assert list((project / ".cache" / "briefing" / "llm").glob("*.json"))


def test_engine_llm_in_mkdocs_yml_and_the_environment(
    project: Path, run: Run, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.on(FERRY_TITLE, Reply(answer=FERRY_ANSWER))
    unused = f"http://127.0.0.1:{_closed_port()}/v1"
    _configure(
        project, {"base_url": unused, "model": "other", "api_key_env": "MY_KEY"}, engine="llm"
    )
    monkeypatch.setenv("BRIEFING_LLM_BASE_URL", server.base_url)
    monkeypatch.setenv("BRIEFING_LLM_MODEL", MODEL)
    monkeypatch.setenv("MY_KEY", "secret-from-my-key")

    result = run("extract", "--format", "jsonl", _copy_ferry(project))

    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["extraction"]["engine"] == f"llm 1 {MODEL}"
    assert record["actors"][0]["name"] == "Helen Arkwright"
    assert server.requests[0]["model"] == MODEL
    assert server.headers[0]["authorization"] == "Bearer secret-from-my-key"
    monkeypatch.setenv("BRIEFING_LLM_API_KEY", "secret-from-briefing")
    monkeypatch.setenv("BRIEFING_LLM_MODEL", "third-model")  # not cached yet: asks
    assert run("extract", "--format", "jsonl", "clean.txt").exit_code == 0
    assert server.headers[1]["authorization"] == "Bearer secret-from-briefing"
    assert "secret" not in (project / "mkdocs.yml").read_text(encoding="utf-8")


def test_extract_twice_makes_one_request_per_article(
    project: Path, run: Run, server: ScriptedServer
) -> None:
    server.on(FERRY_TITLE, Reply(answer=FERRY_ANSWER))
    _configure(project, {"base_url": server.base_url, "model": MODEL})
    name = _copy_ferry(project)

    first = run("extract", "--engine", "llm", "--format", "jsonl", name)
    second = run("extract", "--engine", "llm", "--format", "jsonl", name)

    assert first.exit_code == second.exit_code == 0
    assert len(server.requests) == 1

    def without_time(out: str) -> dict[str, Any]:
        record: dict[str, Any] = json.loads(out)
        record["extraction"].pop("at")
        return record

    assert without_time(first.stdout) == without_time(second.stdout)


def test_an_unreachable_server_is_one_line_and_writes_nothing(project: Path, run: Run) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    _configure(project, {"base_url": url, "model": MODEL})
    before = sorted(p.name for p in (project / "briefings").iterdir())

    result = run("add", "--engine", "llm", _copy_ferry(project))

    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: LLM engine: cannot reach the LLM server at {url} (connection refused); is it "
        "running? (briefing.llm.base_url, BRIEFING_LLM_BASE_URL)\n"
    )
    assert sorted(p.name for p in (project / "briefings").iterdir()) == before


def test_fallback_builtin_drafts_what_the_llm_engine_fails(
    project: Path, run: Run, server: ScriptedServer
) -> None:
    server.on(FERRY_TITLE, Reply(content="not json"))
    _configure(project, {"base_url": server.base_url, "model": MODEL})

    result = run("add", "--engine", "llm", "--fallback", "builtin", _copy_ferry(project))

    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(
        "note: clean.txt: LLM engine: the model's answer is not valid JSON ("
    )
    assert result.stderr.endswith("; drafted by the builtin 0.1 engine instead\n")
    brief_id = result.stdout.split("briefings/")[1].split(".yaml")[0]
    data = yaml.safe_load((project / "briefings" / f"{brief_id}.yaml").read_text("utf-8"))
    assert data["extraction"]["engine"] == "builtin 0.1"


def test_a_failed_article_is_reported_and_the_batch_goes_on(
    project: Path, run: Run, server: ScriptedServer
) -> None:
    server.on(FERRY_TITLE, Reply(content="not json"))
    server.on("Port Linden approves night-time freight curfew", Reply(answer={"tags": ["port"]}))
    _configure(project, {"base_url": server.base_url, "model": MODEL})
    shutil.copy(FIXTURES / "articles" / "front_matter.md", project / "curfew.md")

    result = run("add", "--engine", "llm", _copy_ferry(project), "curfew.md")

    assert result.exit_code == 1
    assert result.stdout.startswith("added curfew.md: briefings/")
    assert result.stderr.startswith(
        "Error: clean.txt: LLM engine: the model's answer is not valid JSON ("
    )
    assert result.stderr.endswith("Error: 1 of 2 sources failed (1 added, 0 skipped)\n")


def test_the_llm_engine_needs_a_model(project: Path, run: Run) -> None:
    result = run("extract", "--engine", "llm", _copy_ferry(project))
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: the LLM engine needs a model: set briefing.llm.model in mkdocs.yml or "
        "BRIEFING_LLM_MODEL (for Ollama, a model `ollama list` shows)\n"
    )


def test_fallback_needs_another_engine(project: Path, run: Run) -> None:
    result = run("extract", "--fallback", "builtin", _copy_ferry(project))
    assert result.exit_code == 2
    assert "--fallback builtin only applies with another --engine" in result.stderr


def test_bad_llm_options_name_their_line(project: Path, run: Run) -> None:
    _configure(project, {"api_key": "sk-123", "timeout": -1, "base_url": "localhost:11434"})

    result = run("check")

    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "mkdocs.yml:40: briefing.llm.api_key: unknown option: an API key is never stored in "
        "files; set api_key_env to the name of the environment variable that holds it",
        "mkdocs.yml:41: briefing.llm.base_url: must be an http:// or https:// address",
        "mkdocs.yml:42: briefing.llm.timeout: Input should be greater than 0, not -1",
        "Error: 3 problems in mkdocs.yml",
    ]


def test_schema_llm_prints_the_contract(run: Run) -> None:
    result = run("schema", "--llm")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema == answer_json_schema()
    assert schema["required"] == [
        "summary",
        "summary_quotes",
        "actors",
        "stakes",
        "open_questions",
        "tags",
    ]
    actor = schema["$defs"]["LlmActor"]
    assert actor["required"] == ["name", "type", "role", "aliases", "quotes"]
    assert actor["additionalProperties"] is False


def test_server_settings_from_options_and_environment() -> None:
    options = LlmOptions(base_url="http://gpu.internal:8000/v1/", model="m", api_key_env="K")
    assert server_settings(options, {}) == ServerSettings(
        base_url="http://gpu.internal:8000/v1", model="m", api_key=None
    )
    environ = {"K": "from-k", "BRIEFING_LLM_MODEL": "n", "BRIEFING_LLM_BASE_URL": "https://h/v1"}
    settings = server_settings(options, environ)
    assert (settings.base_url, settings.model, settings.api_key) == ("https://h/v1", "n", "from-k")
    with pytest.raises(BriefingError, match=r"^BRIEFING_LLM_BASE_URL: must be an http"):
        server_settings(options, {"BRIEFING_LLM_BASE_URL": "localhost:11434"})


def test_a_damaged_cache_entry_is_asked_again(server: ScriptedServer, tmp_path: Path) -> None:
    server.on(FERRY_TITLE, Reply(answer=FERRY_ANSWER))
    engine = _engine(server, tmp_path)
    (tmp_path / f"{engine.cache_key(FERRY)}.json").write_text("{not json", encoding="utf-8")

    (analysis,) = engine.analyze([FERRY])

    assert isinstance(analysis, Analysis)
    assert len(server.requests) == 1
    assert json.loads((tmp_path / f"{engine.cache_key(FERRY)}.json").read_text())["answer"]


def test_update_with_the_llm_engine_is_answered_from_the_cache(
    project: Path, run: Run, server: ScriptedServer
) -> None:
    server.on(FERRY_TITLE, Reply(answer=FERRY_ANSWER))
    _configure(project, {"base_url": server.base_url, "model": MODEL}, engine="llm")
    assert run("add", _copy_ferry(project)).exit_code == 0

    result = run("add", "--update", "clean.txt")

    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("unchanged ")
    assert len(server.requests) == 1
