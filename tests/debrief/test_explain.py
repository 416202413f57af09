"""`validate --explain`: who can block, the voting power, the order, and advice that
names what may not work as written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from game.debrief.explain import advice, explanation
from game.engine import VotingGame, blocks_alone, smallest_blocking, start
from game.scenario import parse_scenario
from game.scenario.compile import compile_scenario
from game.support.bundled import SCENARIOS

from ..engine.test_scripted_world import PACT

ROOT = Path(__file__).resolve().parents[2]
TUTORIAL = (SCENARIOS / "tutorial.yaml").read_text(encoding="utf-8")


# weights, quota, vetoes -> (each alone, a smallest blocking group)
BLOCKING = [
    ((1, 1, 1, 1, 1, 1, 1), 5, (True, True, True, False, False, False, False), (0, 1, 2), (0,)),
    ((1, 1, 1, 1, 1, 1), 4, (False,) * 6, (), (0, 1, 2)),
    ((1, 1, 1), 3, (False,) * 3, (0, 1, 2), (0,)),
    ((36, 22, 16, 7, 5, 9, 5), 70, (False,) * 7, (0,), (0,)),
    ((20, 30, 10, 40), 60, (False,) * 4, (), (1, 3)),  # the two heaviest: 30 left < 60
    ((10, 10), 30, (False, False), (0, 1), ()),  # nothing can pass: nobody need block
]


@pytest.mark.parametrize(("weights", "quota", "vetoes", "alone", "fewest"), BLOCKING)
def test_who_blocks(
    weights: tuple[int, ...],
    quota: int,
    vetoes: tuple[bool, ...],
    alone: tuple[int, ...],
    fewest: tuple[int, ...],
) -> None:
    game = VotingGame(weights, quota, vetoes)
    assert blocks_alone(game) == alone
    assert smallest_blocking(game) == fewest
    if fewest:  # the group found does block: the rest cannot win without it
        rest = sum(w for i, w in enumerate(weights) if i not in fewest)
        assert rest < quota or any(vetoes[i] for i in fewest)


def _lines(text: str) -> list[str]:
    state, _ = start(compile_scenario(parse_scenario(text, "t.yaml"), 1))
    return explanation(state)


def test_the_tutorial_explained() -> None:
    lines = "\n".join(_lines(TUTORIAL))
    assert (
        "World Council: 5 of 7 must agree; Northland, Eastmark and Southgate hold a veto" in lines
    )
    assert "who can block a motion: Northland, Eastmark and Southgate, each alone" in lines
    assert "who can block a motion: nobody alone; any 3 of the 6 members together" in lines
    assert "Reserve Fund" in lines and "who can block a motion: Northland, alone" in lines
    assert "voting power (Shapley-Shubik): Northland 0.48; Eastmark 0.22" in lines
    assert "Order: transitional, leaning hegemonic" in lines
    assert "Advice: none" in lines


def _advice(text: str) -> str:
    state, _ = start(compile_scenario(parse_scenario(text, "t.yaml"), 1))
    return "\n".join(advice(state))


def test_a_veto_aim_in_a_body_without_vetoes_is_advice_not_a_problem() -> None:
    text = TUTORIAL.replace("    veto_holders: [NL, EM, SG]\n", "")
    said = _advice(text)
    assert 'Eastmark\'s aim "Hold a veto in World Council at the end" needs a veto' in said
    assert "add Eastmark to its veto_holders" in said


@pytest.mark.parametrize(
    ("old", "new", "needle"),
    [
        (
            "{kind: stay_member, institution: council, points: 5}",
            "{kind: keep_out, institution: forum, nation: EM, points: 5}",
            "Eastmark is a member at the start, so the aim needs it suspended or gone",
        ),
        (
            "{kind: stay_member, institution: council, points: 5}",
            "{kind: keep_in, institution: forum, nation: HL, points: 5}",
            "Highland is not a member at the start, so the aim needs it admitted",
        ),
        (
            "{kind: capital_at_least, value: 20, points: 10}",
            "{kind: capital_at_least, value: 5, points: 10}",
            'Southgate\'s aim "End with at least 5 diplomatic capital" is met at the start',
        ),
        (
            "rule: {kind: qualified_majority, threshold: 0.7}",
            "rule: {kind: qualified_majority, threshold: 0.95}",
            "World Council will rarely decide anything: 0.78% of coalitions",
        ),
        (
            """    objectives:
      - {kind: capital_at_least, value: 20, points: 10}
      - {kind: influence_at_least, value: 0.3, points: 5}
""",
            "",
            "Southgate has no aims",
        ),
    ],
)
def test_advice_names_what_may_not_work(old: str, new: str, needle: str) -> None:
    assert old in TUTORIAL
    assert needle in _advice(TUTORIAL.replace(old, new, 1))


def test_an_aim_on_a_body_that_opens_later_is_not_advised_on() -> None:
    """An aim on a body not yet open (the pact opens in round 3) is the author's intent,
    not a mistake: the explanation runs and says nothing of it."""
    text = TUTORIAL.replace("movements:\n", PACT, 1).replace(
        "{kind: stay_member, institution: council, points: 5}",
        "{kind: keep_in, institution: pact, nation: RV, points: 5}",
    )
    assert "institution: pact" in text
    state, _ = start(compile_scenario(parse_scenario(text, "s.yaml"), 1))
    assert explanation(state)
    assert not any("pact" in line or "Northern Pact" in line for line in advice(state))


def test_validate_explain_from_the_command_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(TUTORIAL.replace("[NL, EM, SG, RV, CS, DS]", "[NL, KR]"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "main.py", "validate", "tutorial", str(broken), "--explain"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "unknown nation 'KR'" in result.stdout
    assert result.stdout.count("What it will do") == 1  # only the valid file is explained
    assert "who can block a motion" in result.stdout
