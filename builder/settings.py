"""The builder's options: the ``briefing`` plugin section of mkdocs.yml.

mkdocs.yml is the one configuration file. The MkDocs plugin reads these options through
its typed config; the CLI reads the same section here, without loading MkDocs, so that
``briefing check`` and ``briefing list`` start fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

from builder.errors import BriefingError

DEFAULT_CONFIG = Path("mkdocs.yml")
CACHE_DIR = Path(".cache/briefing")  # relative to mkdocs.yml; safe to delete


@dataclass(frozen=True)
class Settings:
    """Resolved paths and options, all absolute or relative to the current folder."""

    config_file: Path | None
    briefings_dir: Path
    templates_dir: Path
    site_dir: Path
    site_url: str | None
    cache_dir: Path | None = None
    paper: Literal["a4", "letter"] = "a4"


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml even when it uses MkDocs' own tags (!ENV, !!python/name:...)."""


def _ignore_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> None:
    return None


_TolerantLoader.add_multi_constructor("!", _ignore_tag)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tag)


def plugin_options(config: dict[str, Any]) -> dict[str, Any]:
    """The options given to the ``briefing`` plugin in a parsed mkdocs.yml."""
    for entry in config.get("plugins") or []:
        if isinstance(entry, dict) and "briefing" in entry:
            return dict(entry["briefing"] or {})
    return {}


def load_settings(config_file: Path | None = None) -> Settings:
    """Settings from mkdocs.yml; without one, the defaults relative to the current folder."""
    path = config_file or DEFAULT_CONFIG
    if not path.exists():
        if config_file is not None:
            raise BriefingError(f"{path}: configuration file not found")
        return Settings(None, Path("briefings"), Path("templates"), Path("site"), None)
    try:
        config = yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}  # noqa: S506
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise BriefingError(f"{path}{where}: invalid YAML: {str(exc).splitlines()[0]}") from exc
    if not isinstance(config, dict):
        raise BriefingError(f"{path}: must be a mapping of settings")
    options = plugin_options(config)
    base = path.parent
    return Settings(
        config_file=path,
        briefings_dir=base / str(options.get("briefings_dir", "briefings")),
        templates_dir=base / str(options.get("templates_dir", "templates")),
        site_dir=base / str(config.get("site_dir", "site")),
        site_url=config.get("site_url") or None,
        cache_dir=base / CACHE_DIR,
        paper=_paper(path, options.get("paper", "a4")),
    )


def _paper(path: Path, value: object) -> Literal["a4", "letter"]:
    """The PDF paper size option, checked: 'a4' or 'letter'."""
    if value == "a4":
        return "a4"
    if value == "letter":
        return "letter"
    raise BriefingError(f"{path}: plugins.briefing.paper: must be 'a4' or 'letter', not {value!r}")
