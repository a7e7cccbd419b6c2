"""Running MkDocs from the CLI with the project's configuration (the MkDocs edge)."""

from __future__ import annotations

import errno
import logging
import os
import shutil
import signal
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.commands.serve import serve
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError, PluginError

from builder.errors import BriefingError, ValidationFailedError
from builder.heap import freeze_long_lived
from builder.library import Library
from builder.settings import Settings
from builder.site.plugin import BriefingPlugin, BriefsInvalidError
from builder.site.site_dir import OLD_SITE_PREFIX, check_site_dir, protected_folders, staged_site
from builder.site.stop_signal import stop_like_ctrl_c

__all__ = ["OLD_SITE_PREFIX", "build_site", "serve_site"]


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
    freeze_long_lived()  # the library lives until the build ends (see heap.py)
    overrides: dict[str, Any] = {"strict": strict}
    plugin: BriefingPlugin | None = None
    if site_dir is not None:
        overrides["site_dir"] = str(site_dir.resolve())
    # Before MkDocs reads the config: it would refuse some of these with a vague message.
    check_site_dir(site_dir or settings.site_dir, _protected(settings))
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
            plugin.options = plugin.options.model_copy(update={"pdf": True})
        site = Path(config.site_dir)
        check_site_dir(site, _protected(settings, Path(config.docs_dir)))
        # The new site is built beside the old one, which stays until the build is done.
        with staged_site(site) as staged, _logged_as(staged.staging, site):
            config.site_dir = str(staged.staging)
            build(config)
    except BriefsInvalidError as exc:
        raise ValidationFailedError(exc.problems) from exc
    except (Abort, ConfigurationError, PluginError) as exc:
        # MkDocs logs a plugin's error and then aborts with a generic message.
        reason = plugin.failure if plugin is not None and plugin.failure else exc
        raise BriefingError(f"site build failed: {reason}") from exc


class _NamedAsSite(logging.Filter):
    """MkDocs names the folder it writes to; the reader cares where the site will be."""

    def __init__(self, staging: Path, site: Path) -> None:
        super().__init__()
        self.staging, self.site = str(staging), str(site)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.staging in message:
            record.msg, record.args = message.replace(self.staging, self.site), ()
        return True


@contextmanager
def _logged_as(staging: Path, site: Path) -> Iterator[None]:
    logger = logging.getLogger("mkdocs.commands.build")
    named = _NamedAsSite(staging, site)
    logger.addFilter(named)
    try:
        yield
    finally:
        logger.removeFilter(named)


def _protected(settings: Settings, docs_dir: Path | None = None) -> dict[str, Path]:
    return protected_folders(
        briefings=settings.briefings_dir,
        templates=settings.templates_dir,
        config_dir=Path(_config_path(settings)).parent,
        docs_dir=docs_dir,
    )


def serve_site(settings: Settings, *, dev_addr: str, open_browser: bool) -> None:
    """Serve with live reload until interrupted (Ctrl+C or SIGTERM), then clean up.

    MkDocs builds into a ``mkdocs_*`` folder from :func:`tempfile.mkdtemp` and removes it
    only on the exits it expects; a busy port or a SIGTERM (the default handler ends the
    process at once) left it behind. So the server runs with the temporary folder pointed
    into one folder of this process's own, which is removed on every way out, and SIGTERM
    stops the server as Ctrl+C does. Nothing else in the temporary folder is touched.
    """
    host, port = _host_and_port(dev_addr)
    _port_must_be_free(host, port, dev_addr)
    own = Path(tempfile.mkdtemp(prefix="briefing-serve-"))
    previous_tempdir = tempfile.tempdir
    previous_handler = signal.signal(signal.SIGTERM, stop_like_ctrl_c(os.getpid()))
    tempfile.tempdir = str(own)
    try:
        serve(
            config_file=_config_path(settings),
            livereload=True,
            dev_addr=dev_addr,
            open_in_browser=open_browser,
        )
    except KeyboardInterrupt:
        pass  # stopped before the server was up (MkDocs handles it once serving)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise _busy(dev_addr, port) from exc
        raise BriefingError(f"serve failed: {exc.strerror or exc}") from exc
    except (Abort, ConfigurationError, PluginError) as exc:
        raise BriefingError(f"serve failed: {exc}") from exc
    finally:
        tempfile.tempdir = previous_tempdir
        signal.signal(signal.SIGTERM, previous_handler)
        shutil.rmtree(own, ignore_errors=True)


def _host_and_port(dev_addr: str) -> tuple[str, int]:
    host, _, port = dev_addr.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise BriefingError(f"--dev-addr {dev_addr}: give an address as IP:PORT (127.0.0.1:8000)")
    return host.strip("[]"), int(port)


def _port_must_be_free(host: str, port: int, dev_addr: str) -> None:
    """Fail in one line before building when the address cannot be served on."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise BriefingError(f"--dev-addr {dev_addr}: unknown host ({exc.strerror})") from exc
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        # As the server will: an old connection in TIME_WAIT does not make the port busy.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise _busy(dev_addr, port) from exc
            raise BriefingError(f"cannot serve on {dev_addr}: {exc.strerror}") from exc


def _busy(dev_addr: str, port: int) -> BriefingError:
    host = dev_addr.rpartition(":")[0]
    other = port + 1 if port < 65535 else 8000
    return BriefingError(
        f"cannot serve on {dev_addr}: the port is in use (by another briefing serve?); "
        f"stop that server, or pick another port: briefing serve --dev-addr {host}:{other}"
    )
