"""Junk never raises anything but ScenarioError: random bytes, random YAML, and valid
scenarios with one value replaced by junk."""

from __future__ import annotations

import contextlib
import copy
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.scenario import ScenarioError, parse_scenario, validate_data
from game.scenario.source import decode

BASE_TEXT = (Path(__file__).parent / "cases" / "base.yaml").read_text(encoding="utf-8")
BASE = yaml.safe_load(BASE_TEXT)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["AA", "BB", "council", "fund", "apex", "weighted", "kind", "NO", "1e400"]),
)
junk = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.one_of(st.text(max_size=8), st.integers(), st.booleans()), inner, max_size=4
        ),
    ),
    max_leaves=12,
)


def paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += paths(value, (*prefix, index))
    return found


BASE_PATHS = paths(BASE)[1:]


def replaced(path: tuple[Any, ...], value: Any) -> Any:
    data = copy.deepcopy(BASE)
    node = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return data


def only_scenario_errors(text: str) -> None:
    try:
        parse_scenario(text, "fuzz.yaml")
    except ScenarioError as error:
        assert error.problems
        assert all(str(p).startswith("fuzz.yaml") and p.message for p in error.problems)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes(raw: bytes) -> None:
    try:
        text = decode(raw, "fuzz.yaml")
    except ScenarioError:
        return
    only_scenario_errors(text)


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from([*list("ab:-[]{},&*!|>'\"#?% \n\t1.\xad"), "NO", "id"]), max_size=60
    ).map("".join)
)
def test_random_yaml_like_text(text: str) -> None:
    only_scenario_errors(text)


@settings(max_examples=300)
@given(junk)
def test_random_structures(data: Any) -> None:
    only_scenario_errors(yaml.safe_dump(data))
    with contextlib.suppress(ScenarioError):
        validate_data(data)


@settings(max_examples=500)
@given(st.sampled_from(BASE_PATHS), junk)
def test_valid_scenario_with_one_value_replaced(path: tuple[Any, ...], value: Any) -> None:
    data = replaced(path, value)
    with contextlib.suppress(ScenarioError):
        validate_data(data)
    try:
        text = yaml.safe_dump(data, allow_unicode=True)
    except yaml.YAMLError:
        return
    only_scenario_errors(text)
