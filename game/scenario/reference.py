"""The JSON Schema of scenario files and the field reference of the authoring guide, both
generated from the models' descriptions so that they cannot drift from the code.

`python -m game.scenario.reference --write` (or `make docs`) rewrites scenarios/schema.json
and the reference section of scenarios/README.md; a test fails when either is stale.
"""

from __future__ import annotations

import argparse
import json
from collections import deque
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .engine_params import ENGINE_PARAMS_PATH, engine_params_source
from .schema import Scenario
from .types import LANGUAGE_CODE

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = ROOT / "scenarios" / "schema.json"
GUIDE_PATH = ROOT / "scenarios" / "README.md"
MODEL_DOC_PATH = ROOT / "docs" / "model.md"
START = "<!-- field-reference:start -->"
END = "<!-- field-reference:end -->"
MODEL_START = "<!-- model-constants:start -->"
MODEL_END = "<!-- model-constants:end -->"


def json_schema() -> dict[str, Any]:
    schema = Scenario.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _anchor(name: str) -> str:
    return f"[{name}](#{name.lower()})"


def _range(prop: dict[str, Any]) -> str:
    low = prop.get("minimum", prop.get("exclusiveMinimum"))
    high = prop.get("maximum", prop.get("exclusiveMaximum"))
    if low is not None and high is not None:
        return f" from {low:g} to {high:g}"
    if low is not None:
        return f" {'above' if 'exclusiveMinimum' in prop else 'at least'} {low:g}"
    if high is not None:
        return f" at most {high:g}"
    return ""


def type_text(prop: dict[str, Any]) -> str:
    """A schema fragment in plain words: 'number from 0 to 1', 'list of [Nation](#nation)'."""
    if "$ref" in prop:
        return _anchor(_ref_name(prop["$ref"]))
    if "oneOf" in prop:
        kinds = [_anchor(_ref_name(option["$ref"])) for option in prop["oneOf"]]
        return "one of " + ", ".join(kinds) + " (chosen by `kind`)"
    if "anyOf" in prop:
        options = [option for option in prop["anyOf"] if option.get("type") != "null"]
        if [o.get("type") for o in options] == ["string", "object"] and "propertyNames" in options[
            1
        ]:
            return type_text(options[0]) + " (or one per language)"  # see types.Text
        parts = [type_text(option) for option in options]
        return " or ".join(parts)
    if "const" in prop:
        return f"`{prop['const']}`"
    if "enum" in prop:
        return "one of " + ", ".join(f"`{value}`" for value in prop["enum"])
    kind = prop.get("type")
    if kind == "string":
        if "pattern" in prop:
            return "id"
        longest = prop.get("maxLength")
        return f"text of at most {longest} characters" if longest else "text"
    if kind == "number":
        return "number" + _range(prop)
    if kind == "integer":
        return "whole number" + _range(prop)
    if kind == "boolean":
        return "true or false"
    if kind == "array":
        if "prefixItems" in prop:
            return "pair [x, y] of " + type_text(prop["prefixItems"][0]).replace(
                "number", "numbers", 1
            )
        return "list of " + type_text(prop.get("items", {}))
    if kind == "object":
        patterns = list(prop.get("patternProperties", {}).values())
        values = patterns[0] if patterns else prop.get("additionalProperties")
        names = prop.get("propertyNames")
        if patterns:
            pattern = next(iter(prop["patternProperties"]))
            key_text = "language code (en, es, de)" if pattern == LANGUAGE_CODE.pattern else "id"
        else:
            key_text = (
                type_text(names) if names and names.keys() - {"minLength", "maxLength"} else "name"
            )
        return (
            f"mapping of {key_text} to {type_text(values) if isinstance(values, dict) else 'value'}"
        )
    return "value"


def _default_text(prop: dict[str, Any], required: bool) -> str:
    if required:
        return "required"
    if "default" not in prop:
        return "none" if prop.get("type") in ("array", "object") else "its defaults"
    default = prop["default"]
    if default is None:
        return "empty"
    if isinstance(default, dict | list) and len(json.dumps(default)) > 30:
        return "as the model"
    return f"`{json.dumps(default)}`"


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def _refs_in(prop: Any) -> list[str]:
    if isinstance(prop, dict):
        found = [_ref_name(prop["$ref"])] if "$ref" in prop else []
        for key, value in prop.items():
            if key != "$ref":
                found.extend(_refs_in(value))
        return found
    if isinstance(prop, list):
        return [name for item in prop for name in _refs_in(item)]
    return []


def markdown_reference() -> str:
    """Every model of the format as a table, from Scenario down, in the order met."""
    schema = json_schema()
    defs: dict[str, dict[str, Any]] = schema.get("$defs", {})
    order: list[str] = []
    queue: deque[str] = deque(["Scenario"])
    while queue:
        name = queue.popleft()
        if name in order:
            continue
        order.append(name)
        definition = schema if name == "Scenario" else defs[name]
        for prop in definition.get("properties", {}).values():
            queue.extend(_refs_in(prop))
    lines: list[str] = []
    for name in order:
        definition = schema if name == "Scenario" else defs[name]
        lines += [f"### {name}", ""]
        if definition.get("description"):
            lines += [_cell(definition["description"]), ""]
        if "enum" in definition:
            lines += ["One of: " + ", ".join(f"`{v}`" for v in definition["enum"]) + ".", ""]
            continue
        required = set(definition.get("required", []))
        lines += ["| key | type | default | meaning |", "| --- | --- | --- | --- |"]
        for key, prop in definition.get("properties", {}).items():
            lines.append(
                f"| `{key}` | {_cell(type_text(prop))} | {_default_text(prop, key in required)} "
                f"| {_cell(prop.get('description', ''))} |"
            )
        lines.append("")
    return "\n".join(lines)


def _between(text: str, start: str, end: str, content: str) -> str:
    if start not in text or end not in text:
        raise ValueError(f"the file lacks the markers {start} and {end}")
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{start}\n\n{content}\n{end}{tail}"


def guide_with_reference(guide: str) -> str:
    """The guide's text with the generated reference between the markers."""
    return _between(guide, START, END, markdown_reference())


def model_constants() -> str:
    """Every constant of the `model:` block, by section: path, default, meaning."""
    from .parameters import ModelParams

    sections: dict[str, list[str]] = {}

    def walk(model: BaseModel, prefix: str) -> None:
        for name, info in type(model).model_fields.items():
            value = getattr(model, name)
            path = f"{prefix}{name}"
            if isinstance(value, BaseModel):
                walk(value, path + ".")
                continue
            shown = json.dumps(
                value if not isinstance(value, list) else [str(v) for v in value], default=str
            )
            section = path.split(".")[0] if "." in path else "general"
            sections.setdefault(section, []).append(
                f"| `{path}` | `{shown}` | {_cell(info.description or '')} |"
            )

    walk(ModelParams(), "")
    lines: list[str] = []
    for section, rows in sections.items():
        lines += [f"### `{section}`", "", "| constant | default | meaning |", "| --- | --- | --- |"]
        lines += [*rows, ""]
    return "\n".join(lines)


def model_doc_with_constants(doc: str) -> str:
    return _between(doc, MODEL_START, MODEL_END, model_constants())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="rewrite the generated files")
    args = parser.parse_args()
    from game.support.files import write_atomic

    schema_text = json_schema_text()
    guide = guide_with_reference(GUIDE_PATH.read_text(encoding="utf-8"))
    model_doc = model_doc_with_constants(MODEL_DOC_PATH.read_text(encoding="utf-8"))
    if args.write:
        write_atomic(ENGINE_PARAMS_PATH, engine_params_source())
        write_atomic(SCHEMA_PATH, schema_text)
        write_atomic(GUIDE_PATH, guide)
        write_atomic(MODEL_DOC_PATH, model_doc)
        print(
            f"wrote {SCHEMA_PATH.relative_to(ROOT)} "
            f"the field reference in {GUIDE_PATH.relative_to(ROOT)} "
            f"and the constants in {MODEL_DOC_PATH.relative_to(ROOT)}"
        )
    else:
        print(markdown_reference())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
