"""The MkDocs plugin: loads briefs and adds their rendered pages to the build.

Registered as ``briefing`` (entry point in pyproject.toml), so both ``mkdocs build`` and
``briefing build`` produce the same site from mkdocs.yml.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from builder.errors import Problem
from builder.library import Library, load_library
from builder.site.render import SiteRenderer


class BriefingConfig(Config):  # type: ignore[no-untyped-call]
    """Options of the ``briefing`` plugin in mkdocs.yml."""

    briefings_dir = c.Type(str, default="briefings")
    """Folder of brief YAML files and stored articles, relative to mkdocs.yml."""
    templates_dir = c.Type(str, default="templates")
    """Folder of the Jinja templates (pages/, print/), relative to mkdocs.yml."""
    latest = c.Type(int, default=12)
    """How many of the latest briefs the home page shows as cards."""


class BriefsInvalidError(PluginError):
    """Briefs failed validation; the message lists every problem, one per line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = [str(p) for p in problems]
        noun = "problem" if len(problems) == 1 else "problems"
        super().__init__("\n".join([*lines, f"{len(problems)} {noun} in briefings"]))


class BriefingPlugin(BasePlugin[BriefingConfig]):  # type: ignore[no-untyped-call]
    """Adds home, brief and index pages rendered from ``briefings/``."""

    def __init__(self) -> None:
        self.root = Path()
        # `briefing build` validates before MkDocs cleans site/, and hands the result over
        # here so the collection is read once.
        self.preloaded: Library | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        return config

    @property
    def briefings_dir(self) -> Path:
        return self.root / self.config.briefings_dir

    @property
    def templates_dir(self) -> Path:
        return self.root / self.config.templates_dir

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        library = self.preloaded or load_library(self.briefings_dir)
        self.preloaded = None  # `mkdocs serve` rebuilds must see edits
        if library.problems:
            raise BriefsInvalidError(library.problems)
        renderer = SiteRenderer(
            self.templates_dir, directory_urls=config.use_directory_urls, latest=self.config.latest
        )
        for page in renderer.render_all(library.briefs):
            existing = files.get_file_from_path(page.src_uri)
            if existing is not None:
                files.remove(existing)  # generated pages own their paths
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            files.append(
                File.generated(config, page.src_uri, content=page.content, inclusion=inclusion)
            )
        return files

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        server.watch(str(self.briefings_dir))
        server.watch(str(self.templates_dir))
        return server
