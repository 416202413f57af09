"""Reading YAML safely while remembering where every key and value stands in the file.

Guards come before the parser builds anything: size, encoding, nesting depth (libyaml
overflows the C stack on very deep nesting) and the number of values (aliases can
multiply a small file into millions of them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .problems import Problem, ScenarioError
from .types import ID_PATTERN

MAX_BYTES = 5 * 2**20
MAX_DEPTH = 40
MAX_VALUES = 200_000

# Plain scalars that YAML 1.1 reads as true/false.
BOOLEAN_WORDS = {"yes", "no", "on", "off", "true", "false", "y", "n"}

Loc = tuple[Any, ...]


@dataclass(frozen=True)
class Mark:
    """A position in the file, counted from 1."""

    line: int
    column: int

    @classmethod
    def of(cls, yaml_mark: Any) -> Mark:
        if yaml_mark is None:
            return cls(1, 1)
        return cls(yaml_mark.line + 1, yaml_mark.column + 1)


NO_MARK = Mark(0, 0)  # for problems with the file as a whole


@dataclass
class SourceMap:
    """Positions of keys and values by their location in the loaded data."""

    values: dict[Loc, Mark] = field(default_factory=dict)
    keys: dict[Loc, Mark] = field(default_factory=dict)
    plain_scalars: dict[Loc, str] = field(default_factory=dict)
    key_texts: dict[Loc, str] = field(default_factory=dict)

    def mark(self, loc: Loc, at_key: bool = False) -> Mark:
        """Where loc stands, or its nearest enclosing value that does."""
        if at_key and loc in self.keys:
            return self.keys[loc]
        for end in range(len(loc), -1, -1):
            found = self.values.get(loc[:end])
            if found is not None:
                return found
        return Mark(1, 1)


def dotted_path(loc: Loc, data: Any, source: SourceMap | None = None) -> str:
    """`institutions.hrc.opt_out`: list entries with an id are named by it, and keys as
    they were written (NO, not false)."""
    out = ""
    current = data
    texts = source.key_texts if source else {}
    for depth, part in enumerate(loc):
        if isinstance(current, list) and isinstance(part, int):
            item = current[part] if 0 <= part < len(current) else None
            ident = item.get("id") if isinstance(item, dict) else None
            named = isinstance(ident, str) and re.fullmatch(ID_PATTERN, ident)
            out += f".{ident}" if named else f"[{part}]"
            current = item
        else:
            out += f".{texts.get(loc[: depth + 1], key_text(part))}"
            current = current.get(part) if isinstance(current, dict) else None
    return out.lstrip(".")


def key_text(key: Any) -> str:
    if isinstance(key, bool):
        return str(key).lower()
    return str(key)


def _fail(filename: str, mark: Mark, message: str) -> ScenarioError:
    return ScenarioError([Problem(filename, mark.line, mark.column, "", message)])


def _syntax(filename: str, error: yaml.MarkedYAMLError) -> ScenarioError:
    what = error.problem or "YAML error"
    if error.context and error.problem:
        what = f"{error.context}, {error.problem}"
    if "tab" in what:
        message = "a tab character where YAML needs spaces: indent with spaces, never tabs"
    else:
        message = (
            f"YAML syntax error ({what}); check the indentation, colons, quotes and "
            "brackets here and on the line above"
        )
    # An unclosed quote or bracket is found at the end of the file; it was opened earlier.
    opened = "end of stream" in str(error.problem) and error.context_mark is not None
    mark = error.context_mark if opened else error.problem_mark or error.context_mark
    return _fail(filename, Mark.of(mark), message)


def check_size(size: int, filename: str) -> None:
    if size > MAX_BYTES:
        message = (
            f"the file is {size / 2**20:.1f} MB; a scenario may be at most {MAX_BYTES // 2**20} MB"
        )
        raise _fail(filename, NO_MARK, message)


def decode(raw: bytes, filename: str) -> str:
    """The text of a scenario file, or a problem if it is too big, binary or not UTF-8."""
    check_size(len(raw), filename)
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        message = "the file is saved as UTF-16 (Windows 'Unicode'); save it as UTF-8 in your editor"
        raise _fail(filename, NO_MARK, message)
    if b"\x00" in raw[:8192]:
        message = "this is a binary file, not a YAML text file; check that you chose the right file"
        raise _fail(filename, NO_MARK, message)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        message = (
            f"the file is not UTF-8 text (byte 0x{raw[error.start]:02x}); "
            "save it as UTF-8 in your editor"
        )
        raise _fail(filename, Mark(line, 1), message) from None


def _check_depth(text: str, filename: str) -> None:
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    message = (
                        f"values are nested more than {MAX_DEPTH} levels deep; a scenario "
                        "never needs that, check the brackets and indentation"
                    )
                    raise _fail(filename, Mark.of(event.start_mark), message)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.reader.ReaderError as error:
        before = text[: error.position]
        mark = Mark(before.count("\n") + 1, len(before) - before.rfind("\n"))
        code = error.character if isinstance(error.character, int) else ord(error.character)
        message = f"the character U+{code:04X} is not allowed in YAML; delete it"
        raise _fail(filename, mark, message) from None
    except yaml.MarkedYAMLError as error:
        raise _syntax(filename, error) from None
    except yaml.YAMLError as error:
        raise _fail(filename, Mark(1, 1), f"YAML error: {error}") from None


class _Walker:
    """Records the position of every key and value, and duplicate keys, which YAML
    loaders otherwise drop silently (the last one wins)."""

    def __init__(self, filename: str, constructor: Any) -> None:
        self.filename = filename
        self.constructor = constructor
        self.map = SourceMap()
        self.count = 0
        self.problems: list[Problem] = []
        self.duplicates: list[tuple[Loc, Mark, str]] = []

    def walk(self, node: yaml.Node, loc: Loc) -> None:
        self.count += 1
        if self.count > MAX_VALUES:
            message = (
                f"the file expands to more than {MAX_VALUES:,} values (through anchors and "
                "aliases?); write it out plainly"
            )
            raise _fail(self.filename, Mark.of(node.start_mark), message)
        self.map.values.setdefault(loc, Mark.of(node.start_mark))
        if isinstance(node, yaml.ScalarNode):
            if not node.style and node.value.lower() in BOOLEAN_WORDS:
                self.map.plain_scalars[loc] = node.value
            if not node.style and node.tag.endswith((":int", ":float")):
                self._check_number(node)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self.walk(item, (*loc, index))
        elif isinstance(node, yaml.MappingNode):
            self._walk_mapping(node, loc)

    def _check_number(self, node: yaml.ScalarNode) -> None:
        """YAML 1.1 reads 010 as 8, 1:30 as 90 and 0x10 as 16; nobody means that here."""
        text = node.value.lstrip("+-")
        if re.fullmatch(r"0[0-9_]+(\.[0-9_]*)?", text) and not text.startswith("0."):
            hint = f"write it without the leading zero: {text.lstrip('0') or '0'}"
        elif ":" in text:
            hint = (
                "YAML reads numbers with ':' as minutes and seconds; put it in quotes if it is text"
            )
        elif text[:2].lower() in ("0x", "0o", "0b"):
            hint = "write it as a decimal number"
        else:
            return
        mark = Mark.of(node.start_mark)
        self.problems.append(
            Problem(
                self.filename,
                mark.line,
                mark.column,
                "",
                f"`{node.value}` is not read as you may think: {hint}",
            )
        )

    def _walk_mapping(self, node: yaml.MappingNode, loc: Loc) -> None:
        seen: dict[Any, Mark] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.constructor.construct_object(key_node, deep=True)
            key_mark = Mark.of(key_node.start_mark)
            if not isinstance(key, str | int | float | bool | None):
                message = "a key must be a plain name, not a list or mapping"
                self.problems.append(
                    Problem(self.filename, key_mark.line, key_mark.column, "", message)
                )
                continue
            if key in seen:
                message = f"duplicate key '{key}' (first at line {seen[key].line}); keep one"
                if key == "id":
                    message += ", or start a new list entry here with '- '"
                self.duplicates.append(((*loc, key), key_mark, message))
                continue
            seen[key] = key_mark
            self.map.keys[(*loc, key)] = key_mark
            if isinstance(key_node, yaml.ScalarNode) and not key_node.style:
                self.map.key_texts[(*loc, key)] = key_node.value
            self.walk(value_node, (*loc, key))


def _bad_value(filename: str, root: yaml.Node, error: Exception) -> ScenarioError:
    """Locate the scalar whose construction failed: the first one that fails alone."""
    constructor = yaml.constructor.SafeConstructor()
    pending = [root]
    seen: set[int] = set()
    while pending:
        node = pending.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            try:
                constructor.construct_object(node)
            except Exception:
                what = {
                    "int": "a whole number",
                    "float": "a number",
                    "bool": "true or false",
                    "timestamp": "a date",
                }.get(node.tag.rsplit(":", 1)[-1], node.tag)
                shown = node.value if len(node.value) <= 40 else node.value[:37] + "..."
                message = (
                    f"'{shown}' cannot be read as {what} (a date that does not exist, a "
                    "number too long or with a typo?); if it is text, put it in quotes"
                )
                return _fail(filename, Mark.of(node.start_mark), message)
        elif isinstance(node, yaml.SequenceNode):
            pending.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            for key, value in reversed(node.value):
                pending.extend([value, key])
    return _fail(filename, Mark(1, 1), f"a value cannot be read: {error}")


def _compose(loader: Any, filename: str) -> yaml.Node:
    try:
        node = loader.get_single_node()
    except yaml.composer.ComposerError as error:
        if "single document" in str(error.context):
            message = (
                "the file holds more than one YAML document (a second '---'); "
                "a scenario is a single document"
            )
            raise _fail(filename, Mark(Mark.of(error.problem_mark).line, 1), message) from None
        raise _syntax(filename, error) from None
    except yaml.MarkedYAMLError as error:
        raise _syntax(filename, error) from None
    if node is None:
        message = (
            "the file is empty; a scenario starts with `schema_version: 1` "
            "(see scenarios/README.md)"
        )
        raise _fail(filename, Mark(1, 1), message)
    return node  # type: ignore[no-any-return]


def read_yaml(text: str, filename: str) -> tuple[Any, SourceMap]:
    """The data of one YAML document and where each part of it stands."""
    _check_depth(text, filename)
    loader = yaml.CSafeLoader(text)
    try:
        node = _compose(loader, filename)
        walker = _Walker(filename, loader)
        try:
            walker.walk(node, ())
            data = loader.construct_document(node)
        except yaml.constructor.ConstructorError as error:
            tag = error.problem or ""
            if "python" in tag:
                message = (
                    "tags that build Python objects (!!python/...) are not allowed in a "
                    "scenario; remove the tag"
                )
            elif "constructor for the tag" in tag:
                message = f"{tag}; remove the '!' tag"
            elif "unhashable" in tag:
                message = "a key must be a plain name, not a list or mapping"
            elif "merg" in f"{error.context} {tag}":
                message = (
                    "'<<' merges a mapping (such as an anchor *defaults) into this one, "
                    "not a single value"
                )
            else:
                message = f"cannot read this value ({error.context}, {tag})"
            raise _fail(filename, Mark.of(error.problem_mark), message) from None
        except yaml.MarkedYAMLError as error:
            raise _syntax(filename, error) from None
        except (ValueError, KeyError, AttributeError, OverflowError, TypeError) as error:
            # PyYAML's constructors raise these for values such as 2025-02-30 or !!int abc.
            raise _bad_value(filename, node, error) from None
        except RecursionError:
            raise _fail(
                filename, Mark(1, 1), "an alias refers to itself; remove the loop"
            ) from None
    finally:
        loader.dispose()
    walker.problems += [
        Problem(filename, mark.line, mark.column, dotted_path(loc, data, walker.map), message)
        for loc, mark, message in walker.duplicates
    ]
    if walker.problems:
        raise ScenarioError(walker.problems)
    return data, walker.map
