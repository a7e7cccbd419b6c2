"""Every pin admits the oldest Python we promise (Debian 12's python3 is 3.11.2).

A release that needs a newer Python makes `make site` fail with ResolutionImpossible on such
a machine; this reads the installed distributions' Requires-Python so CI, whatever Python it
runs on, fails first. Offline: the metadata is the installed one, and the pins must match it.
"""

from __future__ import annotations

import importlib.metadata
import re
import tomllib

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.conftest import REPO

# The Pythons the README promises: the 3.11 floor, and Debian 12's own interpreter.
PROMISED = [Version("3.11.0"), Version("3.11.1"), Version("3.11.2")]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;#]+)")


def _pins(path: str) -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (REPO / path).read_text(encoding="utf-8").splitlines():
        match = PIN.match(line.strip())
        if match:
            pins[canonicalize_name(match[1])] = match[2]
    return pins


def _locked() -> dict[str, str]:
    return _pins("requirements.lock") | _pins("requirements-model.txt")


def too_new(requires: dict[str, str | None]) -> list[str]:
    """The distributions (name -> Requires-Python) that refuse one of the promised Pythons."""
    refused = []
    for name, spec in sorted(requires.items()):
        if spec is None:
            continue
        bad = [str(v) for v in PROMISED if v not in SpecifierSet(spec)]
        if bad:
            refused.append(f"{name} needs Python {spec} (refuses {', '.join(bad)})")
    return refused


def test_every_locked_release_admits_python_3_11_0_to_3_11_2() -> None:
    requires: dict[str, str | None] = {}
    mismatched = []
    for name, version in _locked().items():
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            # A constraint `make` does not install (tools for the eval scripts) cannot
            # break its set-up; what it does install is all here.
            continue
        if Version(dist.version) != Version(version):
            mismatched.append(f"{name}: locked {version}, installed {dist.version}")
        requires[name] = dist.metadata["Requires-Python"]
    assert not mismatched, "re-run make to install the lock: " + "; ".join(mismatched)
    assert len(requires) > 90, sorted(requires)
    assert not too_new(requires), too_new(requires)


def test_project_floor_is_the_promised_one() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    spec = SpecifierSet(project["requires-python"])
    assert all(v in spec for v in PROMISED)
    assert Version("3.10.12") not in spec
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "sys.version_info < (3, 11))" in makefile


def test_direct_pins_agree_with_the_lock() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    direct = [*project["dependencies"], *project["optional-dependencies"]["dev"]]
    locked = _locked()
    disagree = []
    for text in direct:
        req = Requirement(text)
        name = canonicalize_name(req.name)
        if name not in locked or not req.specifier.contains(locked[name], prereleases=True):
            disagree.append(f"{text} (lock: {locked.get(name)})")
    assert not disagree, disagree


def test_the_check_refuses_a_release_that_needs_3_11_5() -> None:
    # The pins of the time Debian's python3 could not install (pymdown-extensions 13.1.2,
    # soupsieve 4.1.3) said exactly this.
    refused = too_new({"soupsieve": ">=3.11.5", "pyyaml": ">=3.8", "six": None})
    assert refused == ["soupsieve needs Python >=3.11.5 (refuses 3.11.0, 3.11.1, 3.11.2)"]
