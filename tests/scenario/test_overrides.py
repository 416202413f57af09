"""Overrides address list entries by id, and a bad one is explained, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from game.scenario import ScenarioError, validate_data
from game.scenario.overrides import OverrideError, apply_override, parse_assignment

BASE = yaml.safe_load((Path(__file__).parent / "cases" / "base.yaml").read_text())


@pytest.mark.parametrize(
    ("text", "path", "value"),
    [
        ("institutions.fund.opt_out=0.6", "institutions.fund.opt_out", 0.6),
        ("model.vote.tau=0.05", "model.vote.tau", 0.05),
        ("nations.AA.ideal_point=[0.1, 0.2]", "nations.AA.ideal_point", [0.1, 0.2]),
        ("institutions.council.veto_holders=[]", "institutions.council.veto_holders", []),
        ("nations.CC.great_power=true", "nations.CC.great_power", True),
        ("institutions.council.rule.kind=majority", "institutions.council.rule.kind", "majority"),
    ],
)
def test_parse_assignment(text: str, path: str, value: object) -> None:
    assert parse_assignment(text) == (path, value)


@pytest.mark.parametrize("text", ["no-equals-sign", "=1", "a.b=[unclosed"])
def test_parse_assignment_errors(text: str) -> None:
    with pytest.raises(OverrideError):
        parse_assignment(text)


def test_override_by_id_leaves_the_original_alone() -> None:
    changed = apply_override(BASE, "institutions.fund.opt_out", 0.6)
    assert changed["institutions"][1]["opt_out"] == 0.6
    assert "opt_out" not in BASE["institutions"][1]
    assert validate_data(changed).institutions[1].opt_out == 0.6


def test_override_creates_missing_blocks() -> None:
    changed = apply_override(BASE, "model.vote.tau", 0.05)
    assert validate_data(changed).model.vote.tau == 0.05


def test_override_by_index() -> None:
    changed = apply_override(BASE, "nations.2.great_power", True)
    assert len(validate_data(changed).great_powers()) == 3


def test_unknown_id_suggests_the_right_one() -> None:
    with pytest.raises(
        OverrideError,
        match=r"institutions\.fnd: no entry with id 'fnd'; "
        r"did you mean 'fund'\?",
    ):
        apply_override(BASE, "institutions.fnd.opt_out", 0.6)


def test_path_through_a_single_value() -> None:
    with pytest.raises(OverrideError, match="holds a single value"):
        apply_override(BASE, "title.x", 1)


def test_override_that_breaks_the_scenario_is_located() -> None:
    changed = apply_override(BASE, "institutions.fund.opt_out", 1.5)
    with pytest.raises(ScenarioError) as caught:
        validate_data(changed, "base.yaml")
    assert [p.path for p in caught.value.problems] == ["institutions.fund.opt_out"]
    assert "1.5 is out of range" in caught.value.problems[0].message


def test_misspelt_override_key_is_caught_by_validation() -> None:
    changed = apply_override(BASE, "institutions.fund.optout", 0.5)
    with pytest.raises(ScenarioError, match="unknown key 'optout'; did you mean 'opt_out'"):
        validate_data(changed)


def test_the_calibrated_preset_sets_its_values_and_values_beside_it_win() -> None:
    classroom = validate_data(BASE).model
    calibrated = validate_data(apply_override(BASE, "model.preset", "calibrated")).model
    assert classroom.indices.baseline_exits_per_1000 == 2.0
    assert calibrated.indices.baseline_exits_per_1000 == 0.4
    assert calibrated.hazard.a0 < classroom.hazard.a0
    assert calibrated.doctrines.mercantilist.exit_propensity < 0.5
    assert calibrated.doctrines.mercantilist.negative_power_value == 0.8  # untouched
    both = apply_override(apply_override(BASE, "model.preset", "calibrated"), "model.hazard.a0", -3)
    assert validate_data(both).model.hazard.a0 == -3


def test_an_unknown_preset_is_explained() -> None:
    with pytest.raises(ScenarioError, match="expected one of: classroom, calibrated"):
        validate_data(apply_override(BASE, "model.preset", "realistic"))
