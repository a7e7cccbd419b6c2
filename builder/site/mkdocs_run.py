"""Running MkDocs from the CLI with the project's configuration (the MkDocs edge)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.commands.serve import serve
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError, PluginError

from builder.errors import BriefingError, ValidationFailedError
from builder.library import Library
from builder.settings import Settings
from builder.site.plugin import BriefingPlugin, BriefsInvalidError


def _config_path(settings: Settings) -> str:
    if settings.config_file is None:
        raise BriefingError(
            "mkdocs.yml not found: run briefing from the project folder or pass --config-file"
        )
    return str(settings.config_file)


def build_site(
    settings: Settings,
    library: Library,
    *,
    strict: bool,
    site_dir: Path | None,
    pdf: bool = False,
) -> None:
    """Build the site from an already validated library; errors become BriefingError."""
    overrides: dict[str, Any] = {"strict": strict}
    plugin: BriefingPlugin | None = None
    if site_dir is not None:
        overrides["site_dir"] = str(site_dir.resolve())
    try:
        config = load_config(_config_path(settings), **overrides)
        found = config.plugins.get("briefing")
        if not isinstance(found, BriefingPlugin):
            raise BriefingError(
                f"{settings.config_file}: the 'briefing' plugin is not enabled "
                "(add it under plugins:)"
            )
        plugin = found
        plugin.preloaded = library
        if pdf:
            plugin.config.pdf = True
        build(config)
    except BriefsInvalidError as exc:
        raise ValidationFailedError(exc.problems) from exc
    except (Abort, ConfigurationError, PluginError) as exc:
        # MkDocs logs a plugin's error and then aborts with a generic message.
        reason = plugin.failure if plugin is not None and plugin.failure else exc
        raise BriefingError(f"site build failed: {reason}") from exc


def serve_site(settings: Settings, *, dev_addr: str, open_browser: bool) -> None:
    """Serve with live reload until interrupted."""
    try:
        serve(
            config_file=_config_path(settings),
            livereload=True,
            dev_addr=dev_addr,
            open_in_browser=open_browser,
        )
    except (Abort, ConfigurationError, PluginError) as exc:
        raise BriefingError(f"serve failed: {exc}") from exc
