"""YAML in and out: safe C loading that keeps line marks, deterministic C dumping.

Loading composes the node tree first so every value keeps its line; validation errors
are mapped back to those lines. The implicit timestamp resolver is removed so a date
such as ``2025-13-05`` stays a string that pydantic rejects *with* its line, instead of
PyYAML raising a bare ValueError with no position.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

try:  # The C implementation is ~10x faster; PyYAML wheels ship it on every platform we target.
    from yaml import CSafeDumper as _BaseDumper
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - only on exotic builds without libyaml
    from yaml import SafeDumper as _BaseDumper  # type: ignore[assignment]
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]


class _Loader(_BaseLoader):
    """Safe loader without implicit timestamps (dates are parsed by the model)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


class _Dumper(_BaseDumper):
    """Block-style dumper that folds long prose so a person can edit it comfortably."""


# Dates are written as plain ISO strings and parsed back by the model, not by YAML.
_Dumper.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers


def _represent_str(dumper: _Dumper, value: str) -> yaml.ScalarNode:
    if len(value) > 80 and "\n" not in value and value == value.strip() and "  " not in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=">")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


def _represent_list(dumper: _Dumper, value: list[Any]) -> yaml.SequenceNode:
    # Short lists of scalars (tags, evidence numbers) read best inline: [1, 6].
    inline = all(isinstance(item, (str, int, float, bool)) or item is None for item in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=inline)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(list, _represent_list)


@dataclass(frozen=True)
class YamlSyntaxError(Exception):
    """A YAML document that cannot be parsed, with its 1-based position."""

    line: int
    column: int
    message: str


@dataclass(frozen=True)
class LoadedYaml:
    """A parsed document with its node tree, so values can be traced to lines."""

    data: Any
    node: yaml.Node | None


MAX_DEPTH = 20
"""Deepest nesting of lists and mappings in a brief (it needs four). Deeper input is
refused before it is composed: the parser recurses once per level, and 200,000 levels
crash the process."""


def check_yaml_shape(text: str) -> None:
    """Refuse aliases and deep nesting, scanning the document's events once.

    Briefs are plain data: an alias (``*name``) can make a small file expand into an
    exponentially large value (a "billion laughs"), so none is allowed.
    """
    loader = _Loader(text)
    depth = 0
    try:
        while (event := loader.get_event()) is not None:
            if isinstance(event, yaml.AliasEvent):
                raise _shape_error(event, "aliases (*name) are not allowed (briefs are plain data)")
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise _shape_error(
                        event, f"nested more than {MAX_DEPTH} levels deep (briefs are flat data)"
                    )
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    except yaml.YAMLError as exc:
        raise _syntax_error(exc) from exc
    finally:
        loader.dispose()


def scan_tokens(text: str) -> list[tuple[int, int]]:
    """The character spans of every token of a YAML text, in order (comments are what
    lies outside them)."""
    loader = _Loader(text)
    spans: list[tuple[int, int]] = []
    try:
        while (token := loader.get_token()) is not None:
            if token.end_mark.index > token.start_mark.index:
                spans.append((token.start_mark.index, token.end_mark.index))
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(1, 1, str(exc).splitlines()[0]) from exc
    finally:
        loader.dispose()
    return spans


def _shape_error(event: yaml.Event, message: str) -> YamlSyntaxError:
    mark = event.start_mark
    return (
        YamlSyntaxError(mark.line + 1, mark.column + 1, message)
        if mark
        else YamlSyntaxError(1, 1, message)
    )


def parse_yaml(text: str) -> LoadedYaml:
    """Parse one YAML document safely; raise :class:`YamlSyntaxError` with a position.

    Aliases and nesting deeper than :data:`MAX_DEPTH` are refused (:func:`check_yaml_shape`).
    """
    check_yaml_shape(text)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        raise _syntax_error(exc) from exc
    finally:
        loader.dispose()
    return LoadedYaml(data, node)


def _describe(exc: yaml.MarkedYAMLError) -> str:
    unsafe_tag = isinstance(exc, yaml.constructor.ConstructorError) and "tag '" in str(exc.problem)
    if unsafe_tag and exc.problem:
        tag = exc.problem.split("tag '", 1)[1].rstrip("'").replace("tag:yaml.org,2002:", "!!")
        return f"tag '{tag}' is not allowed (briefs are plain YAML)"
    parts = [p for p in (exc.context, exc.problem) if p]
    return ", ".join(parts) if parts else "invalid YAML"


def line_of(node: yaml.Node | None, loc: tuple[str | int, ...]) -> int:
    """The 1-based line of the value at ``loc``, or of its deepest existing parent."""
    if node is None:
        return 1
    line = node.start_mark.line + 1
    for key in loc:
        child = _child(node, key)
        if child is None:
            break
        node, line = child[1], child[0]
    return line


def _child(node: yaml.Node, key: str | int) -> tuple[int, yaml.Node] | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == str(key):
                # A value on the key's own line reports that line; a nested block
                # (list or mapping) also starts there for a reader of the file.
                return key_node.start_mark.line + 1, value_node
    elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        item = node.value[key]
        return item.start_mark.line + 1, item
    return None


def duplicate_keys(node: yaml.Node | None) -> list[tuple[int, str]]:
    """Keys repeated within one mapping (PyYAML silently keeps the last), with lines."""
    found: list[tuple[int, str]] = []
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    found.append((key_node.start_mark.line + 1, key_node.value))
                seen.add(key_node.value)
            found.extend(duplicate_keys(value_node))
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            found.extend(duplicate_keys(item))
    return found


def dump_yaml(data: Any) -> str:
    """Deterministic block YAML: keys in model order, unicode kept, long prose folded."""
    text: str = yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=88,
        default_flow_style=False,
        indent=2,
    )
    return text


def _syntax_error(exc: yaml.YAMLError) -> YamlSyntaxError:
    """PyYAML's error as ``line:column: message``, at 1:1 when it carries no position."""
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return YamlSyntaxError(line, column, _describe(exc))
    return YamlSyntaxError(1, 1, str(exc).splitlines()[0])
