"""Where the site may be written, and putting a finished build in place.

A build empties its site folder, so a site folder that is, holds or lies inside the
briefings (or the templates, or the pages MkDocs reads) would delete them: such folders
are refused before anything is touched (:func:`unsafe_site_dir`).

``briefing build`` writes the new site into a fresh folder beside the old one and swaps
it in only once complete (:func:`staged_site`): a build that fails or is killed leaves the
last good site as it was. The swap is two renames; the old site is then deleted by a
low-priority background process, as before, so the build pays for neither.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from builder.background import start_below_build
from builder.errors import BriefingError, shown_path
from builder.locks import folder_lock
from builder.owned_temp import owned_mkdtemp, owner_is_alive

OLD_SITE_PREFIX = ".briefing-old-"
NEW_SITE_PREFIX = ".briefing-new-"
PROJECT_FOLDER = "the project folder (where mkdocs.yml is)"


def unsafe_site_dir(site_dir: Path, protected: dict[str, Path]) -> str | None:
    """Why ``site_dir`` may not hold the site, or None when it may.

    ``protected`` maps a description ("the briefings folder") to a folder the build must
    never delete. The config's folder is special: the site normally lies inside it, so
    only a site folder that is it or holds it is refused; see :func:`protected_folders`.
    """
    site = _resolved(site_dir)
    shown = shown_path(site_dir)
    targets = [(what, folder, _resolved(folder)) for what, folder in protected.items()]
    for what, _, target in targets:
        if site == target:
            return f"the site folder {shown} is {what}"
    for what, folder, target in targets:
        if site in target.parents:
            return f"the site folder {shown} holds {what} ({shown_path(folder)})"
    for what, _, target in targets:
        if target in site.parents and what != PROJECT_FOLDER:
            return f"the site folder {shown} lies inside {what}"
    return None


def protected_folders(
    *, briefings: Path, templates: Path, config_dir: Path, docs_dir: Path | None
) -> dict[str, Path]:
    """The folders a build must never delete, described for the refusal message."""
    found = {
        "the briefings folder": briefings,
        "the templates folder": templates,
        PROJECT_FOLDER: config_dir,
    }
    if docs_dir is not None:
        found["the docs_dir of mkdocs.yml"] = docs_dir
    return found


def check_site_dir(site_dir: Path, protected: dict[str, Path]) -> None:
    """Raise a one-line :class:`BriefingError` when ``site_dir`` may not hold the site."""
    reason = unsafe_site_dir(site_dir, protected)
    if reason is not None:
        raise BriefingError(f"{reason}: building there would delete it; choose another --site-dir")


def _resolved(path: Path) -> Path:
    return Path(os.path.realpath(path))


@dataclass
class StagedSite:
    """A fresh folder the build writes into, swapped in for the site when it is done."""

    site_dir: Path
    staging: Path
    deleting: subprocess.Popen[bytes] | None = None

    def swap_in(self) -> None:
        """Put the finished build in place of the last one (which is deleted later)."""
        parent = self.site_dir.parent
        with folder_lock(parent):  # two builds of one site swap one after the other
            aside: Path | None = None
            if self.site_dir.is_dir() and not self.site_dir.is_symlink():
                aside = owned_mkdtemp(OLD_SITE_PREFIX, parent)
                try:
                    self.site_dir.rename(aside / "site")
                except OSError as exc:
                    if exc.errno not in (errno.EBUSY, errno.EXDEV, errno.EPERM, errno.EACCES):
                        raise
                    aside.rmdir()
                    self._copy_over()  # e.g. site/ is a mount point: replace its entries
                    return
                _keep_hidden(aside / "site", self.staging)
            elif self.site_dir.exists():  # a symbolic link or a file: replace its entries
                self._copy_over()
                return
            self.staging.rename(self.site_dir)
            if aside is not None:
                self.deleting = start_below_build(delete=[aside])

    def _copy_over(self) -> None:
        """Swap entry by entry, where the site folder itself cannot be renamed."""
        target = self.site_dir.resolve()
        aside = owned_mkdtemp(OLD_SITE_PREFIX, self.site_dir.parent)
        for entry in list(target.iterdir()):
            if not entry.name.startswith("."):
                entry.rename(aside / entry.name)
        for entry in list(self.staging.iterdir()):
            entry.rename(target / entry.name)
        self.staging.rmdir()
        self.deleting = start_below_build(delete=[aside])

    def discard(self) -> None:
        """Delete a build that did not finish (the last site stays as it was)."""
        if self.staging.exists():
            self.deleting = start_below_build(delete=[self.staging])


def _keep_hidden(old: Path, new: Path) -> None:
    """Hidden entries of the old site (``.git`` of a deployment checkout) move to the new
    one, as MkDocs leaves them when it cleans the site."""
    for entry in old.iterdir():
        if entry.name.startswith(".") and not (new / entry.name).exists():
            with contextlib.suppress(OSError):
                entry.rename(new / entry.name)


def _leftovers(parent: Path) -> list[Path]:
    """Old sites being deleted, and unfinished builds whose process has died."""
    found: list[Path] = []
    with contextlib.suppress(OSError):
        for path in parent.iterdir():
            if path.name.startswith(OLD_SITE_PREFIX) or (
                path.name.startswith(NEW_SITE_PREFIX)
                and not owner_is_alive(path.name, NEW_SITE_PREFIX)
            ):
                found.append(path)
    return found


@contextlib.contextmanager
def staged_site(site_dir: Path) -> Iterator[StagedSite]:
    """A fresh build folder beside ``site_dir``, swapped in if the block ends normally."""
    parent = site_dir.parent
    parent.mkdir(parents=True, exist_ok=True)
    leftovers = _leftovers(parent)
    staging = owned_mkdtemp(NEW_SITE_PREFIX, parent)
    cleaning = start_below_build(delete=leftovers) if leftovers else None
    staged = StagedSite(site_dir, staging)
    try:
        yield staged
        staged.swap_in()
    except BaseException:
        staged.discard()
        raise
    finally:
        if cleaning is not None:
            cleaning.wait()
