"""Re-extraction that respects a person's edits.

``briefing add --force`` and re-running extraction on a stored article produce a fresh
brief; :func:`merge_reextracted` decides what of it replaces the brief on disk.
"""

from __future__ import annotations

from typing import Any

from builder.model import Brief, Review

# A field and the fields that travel with it (the summary's evidence goes with it).
_COMPANIONS: dict[str, tuple[str, ...]] = {"summary": ("summary", "summary_evidence")}


def merge_reextracted(existing: Brief, fresh: Brief, *, force: bool = False) -> Brief:
    """The brief to store when ``fresh`` is extracted again for ``existing``'s article.

    - ``force``: ``fresh`` wins everywhere; the review state starts again as a draft.
    - ``existing.review.status == "reviewed"``: ``existing`` is kept unchanged.
    - otherwise: ``fresh``, except every field listed in ``existing.review.edited``
      (``summary`` brings its ``summary_evidence``), which keeps the person's value;
      the review state (status and edited list) is kept too.

    ``id`` and ``source.added`` always stay those of ``existing``, so a re-extraction
    never renames a brief or changes when it was added; nor does it take a brief out of
    its story when the article names none (a story is a person's filing, which an
    extraction reads only from the input's front matter), even with ``force``.
    """
    source = fresh.source.model_copy(update={"added": existing.source.added})
    story = fresh.story or existing.story
    if force:
        return fresh.model_copy(
            update={"id": existing.id, "source": source, "review": Review(), "story": story}
        )
    if existing.review.status == "reviewed":
        return existing
    update: dict[str, Any] = {
        "id": existing.id,
        "source": source,
        "review": existing.review,
        "story": story,
    }
    for name in existing.review.edited:
        for field in _COMPANIONS.get(name, (name,)):
            update[field] = getattr(existing, field)
    return fresh.model_copy(update=update)
