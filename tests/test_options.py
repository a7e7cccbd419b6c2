"""The `briefing:` options of mkdocs.yml: one schema, read by the CLI and by the plugin."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from mkdocs.config.base import ValidationError

from builder.errors import BriefingError, ValidationFailedError
from builder.options import BriefingOptions, read_site_config, validate_options
from builder.settings import load_settings
from builder.site.plugin import BriefingPlugin

Run = Callable[..., Result]

CONFIG = """\
site_name: Test
plugins:
  - search
  - briefing:
      briefings_dir: briefings
      latest: twelve
      paper: a5
      colour: blue
      search_index: true
"""

PROBLEMS = [
    "mkdocs.yml:6: briefing.latest: Input should be a valid integer, not 'twelve'",
    "mkdocs.yml:7: briefing.paper: Input should be 'a4' or 'letter', not 'a5'",
    "mkdocs.yml:8: briefing.colour: unknown option",
]


def _write(folder: Path, text: str) -> Path:
    path = folder / "mkdocs.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_bad_option_is_reported_with_its_line(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, CONFIG)

    result = run("check")

    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [*PROBLEMS, "Error: 3 problems in mkdocs.yml"]


def test_the_plugin_rejects_the_same_options_with_the_same_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = _write(tmp_path, CONFIG)
    options = read_site_config(path).plugin_options()

    with pytest.raises(ValidationError) as caught:
        BriefingPlugin().load_config(options, str(path))

    assert str(caught.value).splitlines() == PROBLEMS


def test_the_plugin_takes_valid_options(tmp_path: Path) -> None:
    plugin = BriefingPlugin()
    assert plugin.load_config({"latest": 3, "paper": "letter"}, None) == ([], [])
    assert plugin.options == BriefingOptions(latest=3, paper="letter")


def test_nested_options_and_mappings_of_plugins(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "site_name: Test\nplugins:\n  briefing:\n    paper: letter\n    latest:\n",
    )
    settings = load_settings(path)
    assert settings.paper == "letter"
    assert settings.options.latest == 12  # left empty: the default, as MkDocs does


def test_env_tags_are_resolved_as_mkdocs_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(
        tmp_path,
        "site_name: Test\nplugins:\n  - briefing:\n      latest: !ENV [TEST_LATEST, 5]\n"
        "      paper: !ENV TEST_PAPER\n",
    )
    assert load_settings(path).options.latest == 5
    monkeypatch.setenv("TEST_LATEST", "7")
    monkeypatch.setenv("TEST_PAPER", "letter")
    assert load_settings(path).options.latest == 7
    assert load_settings(path).paper == "letter"


def test_without_the_plugin_the_defaults_apply(tmp_path: Path) -> None:
    path = _write(tmp_path, "site_name: Test\n")
    settings = load_settings(path)
    assert settings.options == BriefingOptions()
    assert settings.briefings_dir == tmp_path / "briefings"


def test_errors_without_a_file_point_at_line_one() -> None:
    with pytest.raises(ValidationFailedError) as caught:
        validate_options({"latest": True}, None)
    assert [str(p) for p in caught.value.problems] == [
        "mkdocs.yml:1: briefing.latest: Input should be a valid integer, not True"
    ]


def test_unreadable_config_is_one_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "site_name: [\n")
    with pytest.raises(BriefingError, match=r"mkdocs\.yml:2: invalid YAML: "):
        load_settings(path)
    _write(tmp_path, "- a list\n")
    with pytest.raises(BriefingError, match=r"must be a mapping of settings$"):
        load_settings(path)
