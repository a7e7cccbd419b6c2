"""The builder's settings: paths and options resolved from mkdocs.yml.

mkdocs.yml is the one configuration file. Its ``briefing`` plugin section is validated by
:mod:`builder.options`, the schema the MkDocs plugin uses too; the CLI reads it here,
without loading MkDocs, so that ``briefing check`` and ``briefing list`` start fast.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from builder.options import BriefingOptions, read_site_config, validate_options

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
    options: BriefingOptions = field(default_factory=BriefingOptions)


def load_settings(config_file: Path | None = None) -> Settings:
    """Settings from mkdocs.yml; without one, the defaults relative to the current folder.

    Raises :class:`~builder.errors.ValidationFailedError` listing every bad option.
    """
    path = config_file or DEFAULT_CONFIG
    if config_file is None and not path.exists():
        return Settings(None, Path("briefings"), Path("templates"), Path("site"), None)
    config = read_site_config(path)
    options = validate_options(config.plugin_options(), config)
    base = path.parent
    return Settings(
        config_file=path,
        briefings_dir=base / options.briefings_dir,
        templates_dir=base / options.templates_dir,
        site_dir=base / str(config.data.get("site_dir") or "site"),
        site_url=config.data.get("site_url") or None,
        cache_dir=base / CACHE_DIR,
        paper=options.paper,
        options=options,
    )
