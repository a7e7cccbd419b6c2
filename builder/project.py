"""Finding the project a command works on: the folder whose ``mkdocs.yml`` it is.

Like git looking for ``.git``, every command that reads or writes the collection looks for
``mkdocs.yml`` in the current folder and then in each folder above it, unless the user
named a configuration file. Without a project a command stops with one line, before it
reads or writes anything: ``briefing add`` never starts a collection in a stray folder.
"""

from __future__ import annotations

from pathlib import Path

from builder.errors import BriefingError
from builder.options import PLUGIN, read_site_config
from builder.settings import Settings, load_settings

CONFIG_NAME = "mkdocs.yml"


class NoProjectError(BriefingError):
    """No configuration file was found, or the one named does not exist."""


def find_config(start: Path) -> Path | None:
    """The nearest ``mkdocs.yml`` in ``start`` or a folder above it, as a path from ``start``."""
    here = start.resolve()
    for ups, folder in enumerate((here, *here.parents)):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            # As given when it is in ``start`` itself, so paths in messages stay short.
            return start / CONFIG_NAME if ups == 0 else candidate
    return None


def project_config(config_file: Path | None, start: Path | None = None) -> Path:
    """The configuration file to use: the one named, or the nearest found upward."""
    if config_file is not None:
        if not config_file.is_file():
            raise NoProjectError(f"{config_file}: configuration file not found")
        return config_file
    origin = start if start is not None else Path()
    found = find_config(origin)
    if found is None:
        raise NoProjectError(
            f"not a Briefing project: no {CONFIG_NAME} in {origin.resolve()} or any folder "
            "above it (cd into the project, or pass --config-file path/to/mkdocs.yml)"
        )
    return found


def project_settings(config_file: Path | None) -> Settings:
    """The settings of the project the command runs in (see :func:`project_config`).

    The configuration must enable the ``briefing`` plugin: the nearest mkdocs.yml may be
    another MkDocs site's, and ``briefing add`` must not start a collection in it.
    """
    path = project_config(config_file)
    if not _enables_briefing(read_site_config(path).data.get("plugins")):
        raise NoProjectError(
            f"{path}: not a Briefing project's configuration: its plugins do not include "
            f"'{PLUGIN}' (add it under plugins:, or pass --config-file)"
        )
    return load_settings(path)


def _enables_briefing(plugins: object) -> bool:
    """Whether MkDocs' ``plugins`` setting (a list or a mapping) lists the plugin."""
    if isinstance(plugins, dict):
        return PLUGIN in plugins
    if isinstance(plugins, list):
        return any(
            entry == PLUGIN or (isinstance(entry, dict) and PLUGIN in entry) for entry in plugins
        )
    return False
