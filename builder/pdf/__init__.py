"""Print PDF briefs and digests (``briefing pdf``, ``briefing build --pdf``)."""
