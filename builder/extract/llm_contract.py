"""The fixed contract between Briefing and any LLM: what is asked, what must come back.

The engine sends the article's title and numbered sentences in the user message and asks
for one JSON object of the shape :class:`LlmAnswer` (its JSON Schema, from
:func:`answer_json_schema`, is printed by ``briefing schema --llm`` and sent as
``response_format`` where the server supports it). Evidence comes back as exact quotes;
:func:`analysis_from_answer` maps each quote to the numbers of the sentences it is in
and drops every item whose quotes are not all in the article, so nothing ungrounded is
ever stored. Changing the prompt or the contract means a new :data:`PROMPT_VERSION`,
which also retires every cached answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from builder.article import Article
from builder.extract import Analysis
from builder.extract.quote_evidence import QuoteIndex
from builder.model import Actor, ActorType, OpenQuestion, Stake
from builder.slugs import slugify

PROMPT_VERSION = 1
MAX_TAGS = 8

SYSTEM_PROMPT = """\
You turn one news article into a structured brief. The user message gives the article's \
title and its sentences, numbered [1], [2], ... Answer with one JSON object and nothing \
else, with exactly these keys:

- "summary": two or three sentences (at most 75 words) saying what happened, why, and \
what follows, in plain words.
- "summary_quotes": the article's own words the summary rests on.
- "actors": the people, organizations, places acting in the story (countries, \
governments, cities) and groups, most important first. For each: "name" (the full \
canonical name), "type" (one of "person", "organization", "place", "group"), "role" \
(their title or function, or what they did in this story, from the article), "aliases" \
(other names the article uses for them, such as a surname alone), "quotes" (where the \
article mentions them).
- "stakes": what could be gained or lost, and by whom: consequences, risks, leverage. \
For each: "text" (one sentence) and "quotes".
- "open_questions": what the article leaves unresolved: uncertainty, undisclosed facts, \
pending decisions, awaited responses, doubts. For each: "text" (a question ending with \
"?") and "quotes".
- "tags": up to five short lowercase topic words.

Every quote must be copied exactly, word for word, from one sentence of the article: a \
few words or the whole sentence, without its number. An item whose quotes are not in \
the article is discarded, so never paraphrase a quote and never invent one. Leave a list \
empty rather than guess."""


class _Contract(BaseModel):
    # Servers without schema support may add keys: ignored, never an error.
    model_config = ConfigDict(extra="ignore", frozen=True)


Quotes = list[str]


class LlmActor(_Contract):
    """An actor as the model gives it."""

    name: str
    type: ActorType
    role: str = ""
    aliases: list[str] = Field(default_factory=list)
    quotes: Quotes = Field(default_factory=list)


class LlmItem(_Contract):
    """A stake or an open question as the model gives it."""

    text: str
    quotes: Quotes = Field(default_factory=list)


class LlmAnswer(_Contract):
    """The one JSON object the model answers with."""

    summary: str = ""
    summary_quotes: Quotes = Field(default_factory=list)
    actors: list[LlmActor] = Field(default_factory=list)
    stakes: list[LlmItem] = Field(default_factory=list)
    open_questions: list[LlmItem] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)

    model_config = ConfigDict(extra="ignore", frozen=True, title="Briefing LLM answer")


def answer_json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`LlmAnswer`, in the strict form servers accept for
    ``response_format``: every key required, no other keys, no defaults."""
    schema = LlmAnswer.model_json_schema()
    _strict(schema)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["description"] = (
        f"The answer Briefing's LLM engine asks for (prompt version {PROMPT_VERSION}). "
        "Quotes are exact words of the article; items whose quotes are not found are dropped."
    )
    return schema


def _strict(node: object) -> None:
    if isinstance(node, dict):
        node.pop("default", None)
        if node.get("type") == "object" and "properties" in node:
            node["required"] = list(node["properties"])
            node["additionalProperties"] = False
        for value in node.values():
            _strict(value)
    elif isinstance(node, list):
        for value in node:
            _strict(value)


def user_message(article: Article) -> str:
    """The article as the model reads it: title, then one numbered sentence a line."""
    lines = [f"Title: {article.title}", "", "Sentences:"]
    lines += [f"[{s.number}] {s.text}" for s in article.sentences]
    return "\n".join(lines)


def chat_messages(article: Article) -> list[dict[str, str]]:
    """The chat-completions ``messages`` for one article."""
    return [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": user_message(article)},
    ]


def parse_answer(data: object) -> LlmAnswer:
    """The model's JSON checked against the contract; ``ValueError`` says where it is not."""
    try:
        return LlmAnswer.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"]) or "answer"
        more = len(exc.errors()) - 1
        extra = f" (and {more} more)" if more else ""
        raise ValueError(f"{where}: {first['msg']}{extra}") from exc


_Item = TypeVar("_Item", Stake, OpenQuestion)
Grounder = Callable[[list[str]], list[int] | None]  # quotes -> evidence, None if ungrounded


class _Tally:
    """Items dropped, and why."""

    def __init__(self) -> None:
        self.ungrounded = 0
        self.invalid = 0

    def notes(self) -> tuple[str, ...]:
        notes: list[str] = []
        if self.ungrounded:
            notes.append(f"dropped {_items(self.ungrounded)} whose quotes are not in the article")
        if self.invalid:
            notes.append(f"dropped {_items(self.invalid)} not valid in a brief")
        return tuple(notes)


def _items(n: int) -> str:
    return f"{n} item" if n == 1 else f"{n} items"


def analysis_from_answer(answer: LlmAnswer, article: Article, engine: str) -> Analysis:
    """The grounded analysis of an answer: every kept item's evidence is the sentences its
    quotes are in; an item with no quote, or a quote not in the article, is dropped and
    counted in the analysis' notes (so is an item the brief's schema refuses)."""
    index = QuoteIndex(article.sentences)
    tally = _Tally()

    def grounded(quotes: list[str]) -> list[int] | None:
        found = index.evidence(quotes)
        if found is None:
            tally.ungrounded += 1
        return found

    summary, summary_evidence = " ".join(answer.summary.split()), []
    if summary:
        evidence = grounded(answer.summary_quotes)
        if evidence is None:
            summary = ""
        else:
            summary_evidence = evidence
    actors = _actors(answer.actors, article, grounded, tally)
    stakes = _items_of(Stake, answer.stakes, grounded, tally)
    questions = _items_of(OpenQuestion, answer.open_questions, grounded, tally)
    tags = list(dict.fromkeys(t for t in (slugify(tag) for tag in answer.tags) if t))
    return Analysis(
        summary=summary,
        summary_evidence=summary_evidence,
        actors=actors,
        stakes=stakes,
        open_questions=questions,
        tags=tags[:MAX_TAGS],
        engine=engine,
        story=article.story,
        notes=tally.notes(),
    )


def _items_of(
    kind: type[_Item],
    items: list[LlmItem],
    grounded: Grounder,
    tally: _Tally,
) -> list[_Item]:
    kept: list[_Item] = []
    seen: set[str] = set()
    for item in items:
        evidence = grounded(item.quotes)
        if evidence is None:
            continue
        text = " ".join(item.text.split())
        try:
            made = kind.model_validate({"text": text, "evidence": evidence})
        except ValidationError:
            tally.invalid += 1
            continue
        if made.text.casefold() not in seen:
            seen.add(made.text.casefold())
            kept.append(made)
    return kept


def _actors(
    items: list[LlmActor], article: Article, grounded: Grounder, tally: _Tally
) -> list[Actor]:
    kept: list[Actor] = []
    seen: set[str] = set()
    for item in items:
        evidence = grounded(item.quotes)
        if evidence is None:
            continue
        name = " ".join(item.name.split())
        if name.casefold() in seen:
            continue
        # An alias the article never uses is not evidence of anything: left out.
        aliases = [
            alias
            for alias in dict.fromkeys(" ".join(a.split()) for a in item.aliases)
            if alias and alias.casefold() != name.casefold() and _occurs(alias, article.text)
        ]
        mentions = _mentions([name, *aliases], article.text)
        try:
            actor = Actor.model_validate(
                {
                    "name": name,
                    "type": item.type,
                    "role": " ".join(item.role.split()),
                    "aliases": aliases,
                    "mentions": max(mentions, 1),
                    "evidence": evidence,
                }
            )
        except ValidationError:
            tally.invalid += 1
            continue
        seen.add(name.casefold())
        kept.append(actor)
    return kept


def _pattern(names: list[str]) -> re.Pattern[str]:
    longest_first = sorted({n for n in names if n}, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in longest_first)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _occurs(name: str, text: str) -> bool:
    return _pattern([name]).search(text) is not None


def _mentions(names: list[str], text: str) -> int:
    """How often the article names the actor, by any of its names (longest match first)."""
    return len(_pattern(names).findall(text)) if any(names) else 0
