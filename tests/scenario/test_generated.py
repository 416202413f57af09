"""Generated files are current, and every field carries a description for them."""

from __future__ import annotations

import re
from typing import Any

import pytest
from pydantic import BaseModel

from game.scenario import parse_scenario
from game.scenario.engine_params import ENGINE_PARAMS_PATH, engine_params_source, to_engine
from game.scenario.parameters import ModelParams
from game.scenario.reference import (
    GUIDE_PATH,
    MODEL_DOC_PATH,
    SCHEMA_PATH,
    guide_with_reference,
    json_schema,
    json_schema_text,
    model_doc_with_constants,
)
from game.scenario.schema import Scenario

STALE = "is stale: run `make docs` and commit the result"


def test_schema_json_is_current() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == json_schema_text(), f"{SCHEMA_PATH} {STALE}"


def test_field_reference_is_current() -> None:
    guide = GUIDE_PATH.read_text(encoding="utf-8")
    assert guide == guide_with_reference(guide), f"the reference in {GUIDE_PATH} {STALE}"


def _models(root: type[BaseModel]) -> set[type[BaseModel]]:
    found: set[type[BaseModel]] = set()
    pending = [root]
    while pending:
        model = pending.pop()
        if model in found:
            continue
        found.add(model)
        for info in model.model_fields.values():
            pending.extend(_model_classes(info.annotation))
    return found


def _model_classes(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in getattr(annotation, "__args__", ()) for m in _model_classes(arg)]


def test_every_field_has_a_description_and_unknown_keys_are_errors() -> None:
    models = _models(Scenario)
    assert len(models) > 40
    for model in models:
        assert model.model_config.get("extra") == "forbid", model.__name__
        for name, info in model.model_fields.items():
            assert info.description, f"{model.__name__}.{name} has no description"


def test_every_schema_property_is_described() -> None:
    schema = json_schema()
    for name, definition in [("Scenario", schema), *schema["$defs"].items()]:
        for key, prop in definition.get("properties", {}).items():
            assert prop.get("description"), f"{name}.{key}"


def test_walkthrough_in_the_guide_is_a_valid_scenario() -> None:
    guide = GUIDE_PATH.read_text(encoding="utf-8")
    blocks = re.findall(r'```yaml title="walkthrough.yaml"\n(.*?)```', guide, re.DOTALL)
    assert len(blocks) == 1
    scenario = parse_scenario(blocks[0], "walkthrough.yaml")
    assert len(scenario.great_powers()) >= 2


def test_schema_json_accepts_the_bundled_scenarios_as_an_editor_would() -> None:
    import json

    import jsonschema
    import yaml

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    for path in sorted(SCHEMA_PATH.parent.glob("*.yaml")):
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)
    # A partial doctrine override, as the guide shows, is valid for editors too.
    data = yaml.safe_load((SCHEMA_PATH.parent / "tutorial.yaml").read_text(encoding="utf-8"))
    data["model"] = {"doctrines": {"mercantilist": {"exit_propensity": 0.5}}}
    jsonschema.validate(data, schema)
    data["model"] = {"doctrines": {"mercantilist": {"exit_propensity": 5}}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_model_constants_in_docs_are_current() -> None:
    doc = MODEL_DOC_PATH.read_text(encoding="utf-8")
    assert doc == model_doc_with_constants(doc), f"the constants in {MODEL_DOC_PATH} {STALE}"


def test_the_engine_s_parameters_are_current() -> None:
    text = ENGINE_PARAMS_PATH.read_text(encoding="utf-8")
    assert text == engine_params_source(), f"{ENGINE_PARAMS_PATH} {STALE}"


def test_the_engine_reads_every_constant_as_validated() -> None:
    """Every value of the `model:` block reaches the engine, typed, under the same path."""
    model = ModelParams.model_validate(
        {"preset": "calibrated", "vote": {"tau": 0.07}, "doctrines": {"sovereign": {
            "mandate_taste_by_area": {"trade": -0.2}, "order_view": {"bloc": 0.9}}}}
    )  # fmt: skip
    params = to_engine(model)

    def walk(spec: BaseModel, value: Any, path: str) -> int:
        count = 0
        for name in type(spec).model_fields:
            given, read = getattr(spec, name), getattr(value, name)
            if isinstance(given, BaseModel):
                count += walk(given, read, f"{path}{name}.")
                continue
            if isinstance(given, list):
                given = tuple(str(v) if isinstance(v, str) else v for v in given)
            elif isinstance(given, dict):
                given = {str(k): v for k, v in given.items()}
            assert read == given, f"{path}{name}: {read!r} != {given!r}"
            count += 1
        return count

    assert walk(model, params, "") > 120
    assert params.vote.tau == 0.07
    assert params.indices.baseline_exits_per_1000 == 0.4  # from the preset
    assert params.doctrines.sovereign.mandate_taste_by_area["trade"] == -0.2
    assert params.doctrines.sovereign.order_view.bloc == 0.9
    assert params.doctrines.sovereign.order_view.pluralist == 1.0  # the doctrine's own


def test_the_scenarios_teaching_notes_are_current() -> None:
    from game.report.notes import NOTES, bundled_notes

    pages = bundled_notes()
    assert {p.name for p in NOTES.glob("*.md")} == {p.name for p in pages}, STALE
    for path, text in pages.items():
        assert path.read_text(encoding="utf-8") == text, f"{path} {STALE}"
    assert "## What actually happened" in pages[NOTES / "liberal-restraint-2025.md"]
