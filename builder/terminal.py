"""Text from articles and file names, made safe to print on a terminal.

A headline or a file name may carry escape sequences (``ESC [ 2 J`` clears the screen,
others retitle the window or fake a prompt). Printed text shows each control character
as a visible escape such as ``\\x1b`` instead.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with control characters (but tab and line feed) shown as ``\\xNN``."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}", text)
