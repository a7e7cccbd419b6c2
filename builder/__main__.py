"""``python -m builder`` is the ``briefing`` command."""

from builder.cli import main

main()
