"""Golden-file comparison. `make golden` (BRIEFING_UPDATE_GOLDEN=1) rewrites them."""

from __future__ import annotations

import os
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent / "golden"


def assert_golden(name: str, actual: str) -> None:
    """Compare with tests/golden/<name>; refresh it instead when asked to."""
    path = GOLDEN / name
    if os.environ.get("BRIEFING_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"{path} is missing: run `make golden` and review it"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{name} differs from its golden file (intended? `make golden`)"
