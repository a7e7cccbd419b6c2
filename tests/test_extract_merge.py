"""Re-extraction keeps what a person edited (``merge_reextracted``)."""

from __future__ import annotations

import datetime as dt

from builder.extract.merge import merge_reextracted
from builder.model import Brief, Review, Stake


def brief(
    summary: str,
    *,
    status: str = "draft",
    edited: tuple[str, ...] = (),
    added: dt.date = dt.date(2026, 3, 2),
) -> Brief:
    return Brief.model_validate(
        {
            "schema": 1,
            "id": "2026-03-02-harbour",
            "title": "Harbour board approves plan",
            "published": None,
            "source": {
                "added": added,
                "file": "sources/2026-03-02-harbour.txt",
                "sha256": "0" * 64,
            },
            "summary": summary,
            "summary_evidence": [1],
            "tags": ["ports"],
            "stakes": [{"text": f"{summary} stake.", "evidence": [1]}],
            "review": {"status": status, "edited": list(edited)},
        }
    )


def test_fresh_fields_replace_unedited_ones() -> None:
    merged = merge_reextracted(brief("Old."), brief("New.", added=dt.date(2027, 1, 1)))
    assert merged.summary == "New."
    assert merged.source.added == dt.date(2026, 3, 2)


def test_edited_fields_are_kept() -> None:
    existing = brief("Edited by hand.", edited=("summary",))
    merged = merge_reextracted(existing, brief("New."))
    assert merged.summary == "Edited by hand."
    assert merged.stakes == [Stake(text="New. stake.", evidence=[1])]
    assert merged.review == existing.review


def test_reviewed_brief_is_kept_whole() -> None:
    existing = brief("Reviewed.", status="reviewed")
    assert merge_reextracted(existing, brief("New.")) == existing


def test_force_overwrites_everything_and_resets_review() -> None:
    existing = brief("Reviewed.", status="reviewed", edited=("summary",))
    merged = merge_reextracted(existing, brief("New."), force=True)
    assert merged.summary == "New."
    assert merged.review == Review()
