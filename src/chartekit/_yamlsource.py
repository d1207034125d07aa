"""Read a YAML file safely and remember where every key and value is.

Only what ``yaml.safe_load`` accepts is accepted. Positions are 1-based line and
column, keyed by the path of the value (a tuple of keys and list indexes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from chartekit._errors import Problem

# libyaml's safe loader when pyyaml was built with it (10x faster), the Python one otherwise;
# both keep the line and column of every node.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """``yaml.safe_load`` with the fastest safe loader there is."""
    return yaml.load(text, Loader=_SafeLoader)

__all__ = ["Path_", "YamlSource", "format_path", "read_yaml", "safe_load"]

Path_ = tuple[str | int, ...]


@dataclass
class YamlSource:
    file: str
    data: Any
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: Path_, *, key: bool = False) -> tuple[int | None, int | None]:
        """Line and column of the value (or the key) at ``path``, or its nearest parent."""
        table = self.keys if key else self.values
        probe = path
        while probe:
            if probe in table:
                return table[probe]
            if probe in self.values:
                return self.values[probe]
            probe = probe[:-1]
        return self.values.get((), (None, None))

    def problem(self, code: str, message: str, path: Path_, *, key: bool = False,
                suggestion: str | None = None) -> Problem:
        line, column = self.where(path, key=key)
        return Problem(code, message, self.file, line, column, format_path(path), suggestion)


def format_path(path: Path_) -> str:
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + part
    return text


def read_yaml(path: Path, text: str | None = None) -> tuple[YamlSource, list[Problem]]:
    """Parse ``path``; syntax errors and duplicate keys come back as problems."""
    file = str(path)
    if text is None:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            return YamlSource(file, None), [Problem("CK102", f"not UTF-8 text: {exc.reason}", file)]
        except OSError as exc:
            return YamlSource(file, None), [Problem("CK101", f"cannot read: {exc.strerror}", file)]
    loader = _SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlSource(file, None), []
        problems: list[Problem] = []
        source = YamlSource(file, None)
        _walk(node, (), source, problems)
        source.data = loader.construct_document(node)
        return source, problems
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        message = " ".join(p for p in (exc.context, exc.problem) if p)
        return YamlSource(file, None), [Problem("CK103", f"YAML syntax: {message}", file, line,
                                                column)]
    except yaml.YAMLError as exc:
        return YamlSource(file, None), [Problem("CK103", f"YAML: {exc}", file)]
    finally:
        loader.dispose()


def _walk(node: yaml.Node, path: Path_, source: YamlSource, problems: list[Problem]) -> None:
    source.values[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict[object, int] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                problems.append(Problem("CK104", "YAML merge keys '<<' are not supported",
                                        source.file, key_node.start_mark.line + 1,
                                        key_node.start_mark.column + 1, format_path(path)))
                continue
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else repr(key_node)
            child = (*path, key)
            line = key_node.start_mark.line + 1
            if key in seen:
                problems.append(Problem(
                    "CK105", f"duplicate key {key!r} (first at line {seen[key]})", source.file,
                    line, key_node.start_mark.column + 1, format_path(child),
                    "a later duplicate would silently override the first: keep one"))
                continue
            seen[key] = line
            source.keys[child] = (line, key_node.start_mark.column + 1)
            _walk(value_node, child, source, problems)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), source, problems)
