"""The ``briefing:`` options of mkdocs.yml: one typed schema for the CLI and the plugin.

The command line reads mkdocs.yml itself (without loading MkDocs, so ``briefing check``
starts fast) and the MkDocs plugin receives the same section from MkDocs; both validate it
with :class:`BriefingOptions`. A bad value or an unknown key is reported with the line of
mkdocs.yml it is on, as ``mkdocs.yml:12: briefing.latest: message``, every problem at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
import yaml_env_tag
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from builder.errors import BriefingError, Problem, ValidationFailedError, shown_path
from builder.yaml_io import line_of

PLUGIN = "briefing"

EngineName = Literal["builtin", "llm"]


class _Options(BaseModel):
    # Strict: "12" is not a number and "yes" is not a boolean, as MkDocs' own options judge.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class LlmOptions(_Options):
    """Where the optional LLM engine finds its OpenAI-compatible chat-completions server.

    ``BRIEFING_LLM_BASE_URL`` and ``BRIEFING_LLM_MODEL`` override ``base_url`` and
    ``model``; the API key is only ever read from the environment.
    """

    base_url: str = Field(
        default="http://127.0.0.1:11434/v1",
        description="The server's OpenAI-compatible API root, ending before /chat/completions "
        "(Ollama: http://127.0.0.1:11434/v1, vLLM: http://127.0.0.1:8000/v1).",
    )
    model: str | None = Field(
        default=None, min_length=1, description="The model to ask, as the server names it."
    )
    api_key_env: str | None = Field(
        default=None,
        description="Name of the environment variable holding the API key (never the key "
        "itself); BRIEFING_LLM_API_KEY is read first.",
    )
    timeout: float = Field(default=120.0, gt=0, description="Seconds to wait for one answer.")
    concurrency: int = Field(default=4, ge=1, le=32, description="Requests in flight at once.")
    max_retries: int = Field(
        default=3, ge=0, le=10, description="Retries of a request answered 429 or 5xx."
    )
    response_format: Literal["json_schema", "json_object", "none"] = Field(
        default="json_schema",
        description="How the answer is constrained: a JSON Schema (where the server supports "
        "it), any JSON object, or only by the prompt.",
    )

    @field_validator("base_url")
    @classmethod
    def _is_web_address(cls, value: str) -> str:
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("must be an http:// or https:// address")
        return value.rstrip("/")

    @field_validator("api_key_env")
    @classmethod
    def _is_variable_name(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", value):
            raise ValueError(
                "must be the name of an environment variable (such as OPENAI_API_KEY), "
                "never the key itself"
            )
        return value


class BriefingOptions(_Options):
    """Options of the ``briefing`` plugin in mkdocs.yml."""

    briefings_dir: str = Field(
        default="briefings", description="Folder of brief YAML files and stored articles."
    )
    templates_dir: str = Field(
        default="templates", description="Folder of the Jinja templates (pages/, print/)."
    )
    latest: int = Field(
        default=12, ge=0, description="How many of the latest briefs the home page shows."
    )
    search_index: bool = Field(
        default=True, description="Build the Pagefind search index (off for quick previews)."
    )
    paper: Literal["a4", "letter"] = Field(default="a4", description="PDF paper size.")
    pdf: bool = Field(
        default=False, description="Also print every brief as site/pdf/<id>.pdf (build --pdf)."
    )
    originals: bool = Field(
        default=True,
        description="Publish each brief's stored article, byte for byte, as plain text at "
        "originals/<id>.txt, linked from its page's Source box.",
    )
    engine: EngineName = Field(
        default="builtin",
        description="The extraction engine of `briefing add` and `briefing extract`.",
    )
    llm: LlmOptions = Field(default_factory=LlmOptions, description="The LLM engine's server.")


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml as MkDocs does (``!ENV``) and tolerates its other tags
    (``!relative``, ``!!python/name:...``), whose values the builder never needs."""


def _ignore_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> None:
    return None


_ConfigLoader.add_constructor("!ENV", yaml_env_tag.construct_env_tag)
_ConfigLoader.add_multi_constructor("!", _ignore_tag)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tag)


@dataclass(frozen=True)
class SiteConfig:
    """A parsed mkdocs.yml: its data, and a way to find the line of a plugin option."""

    path: Path
    data: dict[str, Any]
    node: yaml.Node | None

    def plugin_options(self) -> dict[str, Any]:
        """What mkdocs.yml gives the ``briefing`` plugin (empty when it is not listed)."""
        found = _plugin_entry(self.data.get("plugins"))
        return dict(found[1] or {}) if found and isinstance(found[1], dict) else {}

    def option_line(self, loc: tuple[str | int, ...]) -> int:
        """The line of ``briefing.<loc>`` (or of its nearest parent) in mkdocs.yml."""
        found = _plugin_entry(self.data.get("plugins"))
        if found is None:
            return line_of(self.node, ("plugins",))
        return line_of(self.node, ("plugins", *found[0], PLUGIN, *loc))


def _plugin_entry(plugins: object) -> tuple[tuple[str | int, ...], object] | None:
    """Where the plugin's options are under ``plugins`` (a list or a mapping), and them."""
    if isinstance(plugins, dict) and PLUGIN in plugins:
        return (), plugins[PLUGIN]
    if isinstance(plugins, list):
        for index, entry in enumerate(plugins):
            if isinstance(entry, dict) and PLUGIN in entry:
                return (index,), entry[PLUGIN]
    return None


def read_site_config(path: Path) -> SiteConfig:
    """Parse mkdocs.yml, keeping its node tree for line numbers."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise BriefingError(f"{path}: configuration file not found") from exc
    except OSError as exc:
        raise BriefingError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise BriefingError(f"{path}: is not UTF-8 text") from exc
    loader = _ConfigLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise BriefingError(f"{path}{where}: invalid YAML: {str(exc).splitlines()[0]}") from exc
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise BriefingError(f"{path}: must be a mapping of settings")
    return SiteConfig(path, data, node)


def validate_options(options: dict[str, Any], config: SiteConfig | None) -> BriefingOptions:
    """The plugin's options checked against :class:`BriefingOptions`.

    Raises :class:`ValidationFailedError` with one problem per bad key, each on the line of
    mkdocs.yml it is on (``config`` gives the lines; without one they point at line 1).
    An option left empty (``latest:``) takes its default, as MkDocs' own options do.
    """
    try:
        return BriefingOptions.model_validate(_without_nulls(options))
    except ValidationError as exc:
        shown = shown_path(config.path) if config else "mkdocs.yml"
        problems = [
            Problem(
                shown,
                config.option_line(tuple(error["loc"])) if config else 1,
                ".".join([PLUGIN, *(str(part) for part in error["loc"])]),
                _message(error["type"], error["msg"], error["input"], error["loc"]),
            )
            for error in exc.errors(include_url=False)
        ]
        raise ValidationFailedError(problems, where=shown) from exc


def _without_nulls(value: dict[str, Any]) -> dict[str, Any]:
    return {
        key: _without_nulls(item) if isinstance(item, dict) else item
        for key, item in value.items()
        if item is not None
    }


def _message(kind: str, msg: str, value: object, loc: tuple[str | int, ...]) -> str:
    if kind == "extra_forbidden" and loc[-1:] == ("api_key",):
        return (
            "unknown option: an API key is never stored in files; set api_key_env to the "
            "name of the environment variable that holds it"
        )
    if kind == "extra_forbidden":
        return "unknown option"
    message = msg.removeprefix("Value error, ")
    if isinstance(value, str | int | float) and not message.startswith("must "):
        message += (
            f", not {value!r}"  # say what was given: "Input should be 'a4' or 'letter', not 'a5'"
        )
    return message
