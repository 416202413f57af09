"""Rule cases as data (tests/cases/*.yaml): a small world, actions in canonical text,
and the events and state that must follow.

Each case starts from tests/scenario/cases/base.yaml with model noise and random crises
switched off, applies its `set:` overrides, then its actions from the start of round 1.
`events:` lists events that must occur ("kind key=value ..."), `absent:` events that
must not, `state:` dotted paths into the final state (bodies and nations by id,
motions by number), and `illegal:` the reason code the last action must be refused with.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
import yaml

from game.engine import IllegalAction, apply, check, start
from game.engine.actions import parse_action
from game.engine.events import Event
from game.engine.state import GameState
from game.scenario import validate_data
from game.scenario.compile import compile_scenario
from game.scenario.overrides import apply_override
from game.text.legality import legality_text

ROOT = Path(__file__).resolve().parents[2]
BASE = yaml.safe_load((ROOT / "tests" / "scenario" / "cases" / "base.yaml").read_text())
QUIET = {
    "model.vote.noise_sd": 0,
    "model.crisis.p_per_body_round": 0,
    "model.power.growth_noise_sd": 0,
}
CASES = [
    (f"{path.stem}: {case['name']}", case)
    for path in sorted((ROOT / "tests" / "cases").glob("*.yaml"))
    for case in yaml.safe_load(path.read_text(encoding="utf-8"))
]


def lookup(state: GameState, path: str) -> Any:
    value: Any = state
    for part in path.split("."):
        if isinstance(value, tuple) and value and hasattr(value[0], "id"):
            matches = [v for v in value if str(v.id) == part]
            if not matches:
                raise AssertionError(f"{path}: nothing with id '{part}'")
            value = matches[0]
        elif isinstance(value, tuple) and part.isdigit():
            value = value[int(part)]
        else:
            value = getattr(value, part)
        if callable(value):
            value = value()
    return value


def same(actual: Any, expected: Any) -> bool:
    if (
        isinstance(expected, float | int)
        and not isinstance(expected, bool)
        and isinstance(actual, float | int)
    ):
        return math.isclose(actual, expected, abs_tol=1e-9)
    if isinstance(expected, list) and isinstance(actual, tuple | list):
        return len(actual) == len(expected) and all(
            same(a, e) for a, e in zip(actual, expected, strict=True)
        )
    return bool(actual == expected or str(actual) == str(expected))


def matches(event: Event, pattern: str) -> bool:
    kind, *pairs = pattern.split()
    if event.kind != kind:
        return False
    data = dict(event.data)
    for pair in pairs:
        key, _, wanted = pair.partition("=")
        if key not in data or not same(data[key], yaml.safe_load(wanted)):
            return False
    return True


@pytest.mark.parametrize(("name", "case"), CASES, ids=[name for name, _ in CASES])
def test_rule_case(name: str, case: dict[str, Any]) -> None:
    data = BASE
    for path, value in {**QUIET, **case.get("set", {})}.items():
        data = apply_override(data, path, value)
    state, events = start(compile_scenario(validate_data(data, name), case.get("seed", 1)))
    seen: list[Event] = list(events)
    actions = case.get("actions", [])
    illegal = case.get("illegal")
    for index, line in enumerate(actions):
        action = parse_action(line)
        if illegal and index == len(actions) - 1:
            legality = check(state, action)
            assert not legality.ok, f"'{line}' should be refused"
            said = legality_text(legality, state)
            assert legality.code == illegal, f"'{line}': {legality.code}: {said}"
            # every refusal is a whole sentence, with nothing left unsaid
            assert said[0].isupper() and said.endswith(".") and "{" not in said, said
            with pytest.raises(IllegalAction):
                apply(state, action)
            break
        state, events = apply(state, action)
        seen.extend(events)
    log = "\n".join(str(e) for e in seen)
    for pattern in case.get("events", []):
        assert any(matches(e, pattern) for e in seen), f"no event '{pattern}' in:\n{log}"
    for pattern in case.get("absent", []):
        assert not any(matches(e, pattern) for e in seen), f"unexpected '{pattern}' in:\n{log}"
    for path, expected in case.get("state", {}).items():
        actual = lookup(state, path)
        assert same(actual, expected), f"{path} is {actual!r}, expected {expected!r}\n{log}"


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 40
