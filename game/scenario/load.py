"""Load and validate scenario files, turning every failure into a Problem a person can act
on: file, line, column, the dotted path (list entries by id) and what to do."""

from __future__ import annotations

import errno
import math
import re
import stat
import types
from pathlib import Path
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from game.support import lexicon
from game.support.bundled import bundled_names, scenario_path

from .problems import Problem, ScenarioError
from .references import check_grammar, check_references, closest, did_you_mean
from .schema import SCHEMA_VERSION, Scenario
from .source import (
    MAX_BYTES,
    Loc,
    SourceMap,
    check_size,
    decode,
    dotted_path,
    key_text,
    read_yaml,
)
from .types import ID_PATTERN


def load_scenario(path: str | Path, lang: str = "en") -> Scenario:
    """Read, parse and check one scenario file; raise ScenarioError with every problem.
    A text the file gives per language is taken in `lang` (a code such as 'es'), else in
    English, else in the first language given."""
    return parse_scenario(read_text(path), str(path), lang)


def load_data(path: str | Path) -> Any:
    """The data of a scenario file as written (before validation fills in defaults), for
    overrides that should act on the file, such as a model preset."""
    data, _ = read_yaml(read_text(path), str(path))
    return data


def read_text(path: str | Path) -> str:
    """A scenario file's text, with every reason it cannot be read as a ScenarioError.
    A name that is no file is looked for among the bundled scenarios ('tutorial')."""
    path = scenario_path(path)
    name = str(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            kind = "a folder" if path.is_dir() else "not a regular file (a device or a pipe?)"
            raise ScenarioError([Problem(name, 0, 0, "", f"is {kind}, not a scenario file")])
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)  # never more, whatever the file claims to hold
        check_size(len(raw) if len(raw) <= MAX_BYTES else path.stat().st_size, name)
    except FileNotFoundError:
        bundled = ", ".join(bundled_names())
        said = f"no such file (the bundled scenarios, by name: {bundled})"
        raise ScenarioError([Problem(name, 0, 0, "", said)]) from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise ScenarioError([Problem(name, 0, 0, "", "a symbolic link that loops")]) from None
        raise ScenarioError(
            [Problem(name, 0, 0, "", f"cannot read it: {error.strerror}")]
        ) from None
    return decode(raw, name)


def parse_scenario(text: str, filename: str = "<scenario>", lang: str = "en") -> Scenario:
    """Parse and check scenario text; raise ScenarioError with every problem."""
    data, source = read_yaml(text, filename)
    return validate_data(data, filename, source, lang)


def validate_data(
    data: Any, filename: str = "<scenario>", source: SourceMap | None = None, lang: str = "en"
) -> Scenario:
    """Check loaded data (from YAML or built in code) and return the Scenario, its texts
    in `lang` where the data gives them per language."""
    source = source or SourceMap()
    _check_version(data, filename, source)
    try:
        scenario = Scenario.model_validate(data, context={"lang": lang})
    except ValidationError as error:
        errors = _without_misspelt_missing(error.errors(), data)
        problems = [_from_pydantic(e, data, source, filename) for e in errors]
        raise ScenarioError(_dedupe(problems)) from None
    references = check_references(scenario) + check_grammar(scenario, data)
    if references:
        raise ScenarioError(
            [
                _locate(filename, data, source, ref.loc, ref.message, at_key=ref.at_key)
                for ref in references
            ]
        )
    lexicon.learn(scenario.model_dump(include={"grammar"})["grammar"])
    return scenario


def _without_misspelt_missing(errors: list[ErrorDetails], data: Any) -> list[ErrorDetails]:
    """Drop 'missing: breadth' when the same mapping has 'bredth': one mistake, one line."""
    misspelt: set[Loc] = set()
    for error in errors:
        if error["type"] == "extra_forbidden":
            loc, _ = _raw_loc(error["loc"], data)
            model = _model_at(loc[:-1], data)
            match = closest(loc[-1], model.model_fields) if model else None
            if match:
                misspelt.add((*loc[:-1], match))
    return [
        e
        for e in errors
        if not (e["type"] == "missing" and _raw_loc(e["loc"], data)[0] in misspelt)
    ]


def _dedupe(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))


def _check_version(data: Any, filename: str, source: SourceMap) -> None:
    if not isinstance(data, dict):
        raise ScenarioError(
            [
                _locate(
                    filename,
                    data,
                    source,
                    (),
                    f"a scenario is a mapping of keys such as "
                    f"`schema_version: 1` and `id: ...`, but this file holds {_describe(data)}",
                )
            ]
        )
    if "schema_version" not in data:
        closest_key = next(
            (k for k in data if isinstance(k, str) and closest(k, ["schema_version"])), None
        )
        if closest_key is not None:
            raise ScenarioError(
                [
                    _locate(
                        filename,
                        data,
                        source,
                        (closest_key,),
                        f"unknown key '{closest_key}'; did you mean 'schema_version'?",
                        True,
                    )
                ]
            )
        raise ScenarioError(
            [
                Problem(
                    filename,
                    1,
                    1,
                    "schema_version",
                    f"missing: add `schema_version: {SCHEMA_VERSION}` as the first line",
                )
            ]
        )
    version = data["schema_version"]
    if type(version) is not int or version != SCHEMA_VERSION:
        raise ScenarioError(
            [
                _locate(
                    filename,
                    data,
                    source,
                    ("schema_version",),
                    f"{_describe(version)} is not supported: this version of Concert of Powers "
                    f"reads schema_version {SCHEMA_VERSION}"
                    + ("; remove the quotes" if version == str(SCHEMA_VERSION) else ""),
                )
            ]
        )


# ---------------------------------------------------------------- locations


def _raw_loc(loc: tuple[int | str, ...], data: Any) -> tuple[Loc, bool]:
    """Pydantic's loc as a path into the data: union tags dropped, '[key]' noted."""
    raw: list[Any] = []
    current = data
    at_key = False
    for part in loc:
        if part == "[key]":
            at_key = True
            continue
        if isinstance(current, dict):
            if part in current:
                raw.append(next(k for k in current if k == part))
                current = current[part]
                continue
            if current.get("kind") == part:
                continue  # pydantic names the union member it tried
            raw.append(part)
            current = None
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            raw.append(part)
            current = current[part]
        else:
            raw.append(part)
            current = None
    return tuple(raw), at_key


def _locate(
    filename: str, data: Any, source: SourceMap, loc: Loc, message: str, at_key: bool = False
) -> Problem:
    mark = source.mark(loc, at_key)
    return Problem(filename, mark.line, mark.column, dotted_path(loc, data, source), message)


# ---------------------------------------------------------------- messages


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, dict):
        return "a mapping (key: value lines)"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the text '{shown}'"
    if isinstance(value, int | float):
        return f"the number {value}"
    return f"a {type(value).__name__} value ({value})"


def _options(expected: str) -> list[str]:
    return re.findall(r"'([^']*)'", expected)


def _annotation_at(loc: Loc, data: Any) -> Any:
    """The type annotation that validates the value at loc (None if loc is not in the format)."""
    annotation: Any = Scenario
    current = data
    for part in loc:
        annotation = _concrete(annotation, current)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            info = annotation.model_fields.get(part) if isinstance(part, str) else None
            if info is None:
                return None
            annotation = info.annotation
        elif get_origin(annotation) in (list, tuple):
            annotation = get_args(annotation)[0]
        elif get_origin(annotation) is dict:
            annotation = get_args(annotation)[1]
        else:
            return None
        try:
            current = current[part]
        except (KeyError, IndexError, TypeError):
            current = None
    return annotation


def _value_at(loc: Loc, data: Any) -> Any:
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _model_at(loc: Loc, data: Any) -> type[BaseModel] | None:
    """The model class that validates the mapping at loc, if any."""
    annotation = _concrete(_annotation_at(loc, data), _value_at(loc, data))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _home_of(model: type[BaseModel], key: Any) -> str | None:
    """The field of the model whose own model has this key, e.g. rounds -> length."""
    for name, info in model.model_fields.items():
        inner = _concrete(info.annotation, None)
        if isinstance(inner, type) and issubclass(inner, BaseModel) and key in inner.model_fields:
            return name
    return None


def _tags_at(loc: Loc, data: Any) -> list[str]:
    """The `kind` values a tagged union at loc accepts."""
    tags: list[str] = []
    pending = [_annotation_at(loc, data)]
    while pending:
        current = pending.pop()
        if get_origin(current) in (Annotated, Union, types.UnionType):
            pending.extend(reversed(get_args(current)))
        elif isinstance(current, type) and issubclass(current, BaseModel):
            tag = current.model_fields.get("kind")
            if tag is not None:
                tags.extend(str(t) for t in get_args(tag.annotation))
    return tags


def _concrete(annotation: Any, value: Any) -> Any:
    """Unwrap Annotated and Optional; pick the member of a tagged union by its kind."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
            continue
        if origin in (Union, types.UnionType):
            options = [a for a in get_args(annotation) if a is not type(None)]
            if len(options) == 1:
                annotation = options[0]
                continue
            kind = value.get("kind") if isinstance(value, dict) else None
            for option in options:
                if isinstance(option, type) and issubclass(option, BaseModel):
                    tag = option.model_fields.get("kind")
                    if tag is not None and kind in get_args(tag.annotation):
                        return option
        return annotation


def _message(error: ErrorDetails, loc: Loc, data: Any, source: SourceMap, at_key: bool) -> str:
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx", {}) or {}
    name = str(loc[-1]) if loc else "value"

    if at_key or kind == "invalid_key":
        text = source.key_texts.get(loc)
        if text is not None and isinstance(loc[-1], bool):
            return (
                f"the key {text} was read as {str(loc[-1]).lower()} (YAML reads unquoted "
                f"yes/no/on/off as true/false); write it in quotes: '{text}'"
            )
        return f"a key here must be a name, not {_describe(loc[-1] if loc else value)}"
    if kind == "missing" and loc and isinstance(loc[-1], int):
        return "a point is a pair [x, y]; give both numbers"
    if kind == "missing":
        return f"missing: add `{name}:`"
    if kind == "extra_forbidden":
        model = _model_at(loc[:-1], data)
        fields = list(model.model_fields) if model else []
        hint = did_you_mean(loc[-1], fields)
        home = _home_of(model, loc[-1]) if model else None
        if home is not None:
            hint = f"; it belongs under `{home}:`"
        if not hint and fields:
            hint = f"; expected one of: {', '.join(fields)}"
        return f"unknown key '{key_text(loc[-1])}'{hint}"
    plain = source.plain_scalars.get(loc)
    if (
        isinstance(value, bool)
        and plain is not None
        and kind in ("string_type", "literal_error", "enum")
    ):
        return (
            f"`{plain}` was read as {str(value).lower()} (YAML reads unquoted yes/no/on/off "
            f"as true/false); write it in quotes: '{plain}'"
        )
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        expected = _options(str(ctx.get("expected_tags", "")))
        tag_text = source.plain_scalars.get((*loc, "kind"))
        if kind == "union_tag_invalid" and tag_text is not None:
            return (
                f"kind: `{tag_text}` was read as true/false (YAML reads unquoted yes/no/on/off "
                f"as true/false); write it in quotes, and use one of: {', '.join(expected)}"
            )
        if kind == "union_tag_not_found":
            return f"missing `kind:`; one of: {', '.join(_tags_at(loc, data))}"
        tag = ctx.get("tag")
        hint = did_you_mean(tag, expected) or f"; expected one of: {', '.join(expected)}"
        return f"unknown kind '{tag}'{hint}"
    if kind in ("literal_error", "enum"):
        expected = _options(str(ctx.get("expected", "")))
        hint = did_you_mean(value, expected) if isinstance(value, str) else ""
        return f"{_describe(value)} is not allowed; expected one of: {', '.join(expected)}{hint}"
    if isinstance(value, float) and not math.isfinite(value):
        return f"must be a finite number, not {value}"
    if value is None and kind.endswith("_type"):
        return "is empty: write a value after the colon, or remove the line"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        found = _describe(value)
        return f"expected a mapping (key: value lines), found {found}{_keys_hint(loc, data)}"
    if kind in ("list_type", "tuple_type"):
        return f"expected a list, found {_describe(value)}{_list_hint(loc, data, value)}"
    if kind in (
        "float_type",
        "float_parsing",
        "int_type",
        "int_parsing",
        "int_from_float",
        "finite_number",
    ):
        what = "a whole number" if kind.startswith("int") else "a number"
        return f"expected {what}, found {_describe(value)}{_number_hint(value)}"
    if kind in ("bool_type", "bool_parsing"):
        return f"expected true or false, found {_describe(value)}"
    if kind == "string_type":
        return f"expected text, found {_describe(value)}; put it in quotes"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = f"{next(iter(ctx.values())):g}"
        relation = {
            "greater_than_equal": "at least",
            "greater_than": "more than",
            "less_than_equal": "at most",
            "less_than": "less than",
        }[kind]
        return f"{value} is out of range: it must be {relation} {bound}"
    if kind == "too_short":
        if "Tuple" in str(ctx.get("field_type")):
            return f"a point is a pair [x, y]; found {ctx.get('actual_length')} numbers"
        least = ctx.get("min_length")
        entries = "entry" if least == 1 else "entries"
        return f"needs at least {least} {entries}; found {ctx.get('actual_length')}"
    if kind == "too_long":
        if "Tuple" in str(ctx.get("field_type")):
            return f"a point is a pair [x, y]; found {ctx.get('actual_length')} numbers"
        return f"may have at most {ctx.get('max_length')} entries; found {ctx.get('actual_length')}"
    if kind == "string_pattern_mismatch" and ctx.get("pattern") == ID_PATTERN:
        odd = next(
            (c for c in str(value) if not (c.isascii() and (c.isalnum() or c in "_-"))), None
        )
        if odd is not None and odd != " ":
            import unicodedata

            name = unicodedata.name(odd, f"U+{ord(odd):04X}")
            return (
                f"{_describe(value)} is not a valid id: it contains {name}, which looks like "
                "or hides among ordinary letters; retype the id with the letters A-Z, digits, "
                "'_' or '-'"
            )
        return (
            f"{_describe(value)} is not a valid id: use 1 to 32 letters, digits, '_' or "
            "'-', starting with a letter (for example US or hrc)"
        )
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"is too long: at most {ctx.get('max_length')} characters"
    if kind == "value_error":
        return str(error["msg"]).removeprefix("Value error, ")
    return str(error["msg"])


def _list_hint(loc: Loc, data: Any, value: Any) -> str:
    """How to write the list that was expected: a point as a pair of numbers, a list of
    ids from what was written ('US, CN' becomes [US, CN])."""
    annotation = _concrete(_annotation_at(loc, data), value)
    if get_origin(annotation) is tuple and len(get_args(annotation)) == 2:
        return "; write a point as two numbers in brackets, x then y: [0.6, -0.2]"
    if isinstance(value, str) and value.strip():
        items = [part.strip() for part in value.split(",") if part.strip()]
        return f"; write the entries in brackets, separated by commas: [{', '.join(items)}]"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"; write the entries in brackets, separated by commas: [{value}]"
    return "; write the entries in brackets, separated by commas: [US, CN]"


def _keys_hint(loc: Loc, data: Any) -> str:
    """The keys the mapping takes, with an example of the first."""
    model = _model_at(loc, data)
    if model is None:
        annotation = _concrete(_annotation_at(loc, data), None)
        if get_origin(annotation) is dict:
            return "; write `key: value` lines indented under it, for example `US: 0.4`"
        return ""
    names = list(model.model_fields)
    return f"; write `key: value` lines indented under it, with the keys {', '.join(names)}"


def _number_hint(value: Any) -> str:
    if isinstance(value, bool):  # yes, no, on, off: YAML's words for true and false
        return "; YAML reads yes, no, on and off as true or false: write a number such as 0.5"
    if not isinstance(value, str):
        return ""
    text = value.strip()
    if re.fullmatch(r"[-+]?\d+e[-+]?\d+", text, re.IGNORECASE):
        return f"; YAML needs a decimal point in this notation: write {float(text):g}"
    if re.fullmatch(r"[-+]?\d*\.?\d+(e[-+]?\d+)?", text, re.IGNORECASE):
        return "; remove the quotes"
    if re.fullmatch(r"[-+]?\d+(\.\d+)?\s*%", text):
        return f"; write a share as a decimal: {text} is {float(text.rstrip('% ')) / 100:g}"
    if re.fullmatch(r"[-+]?\d+,\d+", text):
        return f"; use a decimal point: {text.replace(',', '.')}"
    return ""


def _from_pydantic(error: ErrorDetails, data: Any, source: SourceMap, filename: str) -> Problem:
    loc, at_key = _raw_loc(error["loc"], data)
    message = _message(error, loc, data, source, at_key)
    if error["type"] == "missing":
        mark = source.mark(loc[:-1])
        return Problem(filename, mark.line, mark.column, dotted_path(loc, data, source), message)
    return _locate(
        filename,
        data,
        source,
        loc,
        message,
        at_key=at_key or error["type"] in ("extra_forbidden", "invalid_key"),
    )
