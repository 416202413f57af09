"""Each concept of the seed texts is found at the moment play first showed it (rule cases
as data: a small world, scripted actions, the concept and its round)."""

from __future__ import annotations

import pytest

from game.debrief.concepts import concepts_met
from game.play.record import replay_log
from game.text.concepts import DEFINITIONS

from ..ai.worlds import scenario

PASSES = "AA pass, BB pass"
CASES = [
    (
        "a withdrawal is an exit, or a rollback where the body still binds the leaver",
        {},
        f"{PASSES}, AA pass, BB pass, AA withdraw council",
        {"exit", "rollback"},
        1,
    ),
    (
        "a veto is negative power",
        {
            "institutions.council.policy": [0.6, -0.6],
            # the minor members back the draft: it has the votes, so the no is a veto
            "nations.CC.ideal_point": [1, -1],
            "nations.DD.ideal_point": [1, -1],
        },
        f"{PASSES}, AA table council policy 1 -1, BB pass, AA vote m1 yes, BB vote m1 no",
        {"negative power"},
        1,
    ),
    (
        "a new body beside the old is a rival institution",
        {"nations.CC.doctrine": {"liberal": 1}, "nations.DD.doctrine": {"liberal": 1}},
        f"{PASSES}, AA found trade with CC DD BB",
        {"rival institutions"},
        1,
    ),
    (
        "privileges tied to membership are linkage",
        {
            "institutions.council.rule": {"kind": "majority"},
            "institutions.council.veto_holders": [],
            "institutions.council.abstention": "excluded",
        },
        f"{PASSES}, AA table council linkage 0.5, BB pass, AA vote m1 yes, BB vote m1 yes",
        {"linkage"},
        1,
    ),
]


@pytest.mark.parametrize(
    ("name", "settings", "actions", "concepts", "round_"), CASES, ids=[c[0] for c in CASES]
)
def test_the_concept_is_met_when_play_shows_it(
    name: str, settings: dict[str, object], actions: str, concepts: set[str], round_: int
) -> None:
    _, steps, _ = replay_log(scenario(settings), 1, [a.strip() for a in actions.split(",")])
    found = {c.name: c for c in concepts_met(steps)}
    met = concepts & set(found)
    assert met, f"{name}: found {sorted(found)}"
    for concept in met:
        assert found[concept].round == round_
        assert found[concept].meaning == DEFINITIONS[concept][0]
        assert found[concept].moment


def test_nothing_happening_shows_no_concept_of_conflict() -> None:
    _, steps, _ = replay_log(scenario({}), 1, [a.strip() for a in f"{PASSES}, {PASSES}".split(",")])
    names = {c.name for c in concepts_met(steps)}
    assert not names & {"negative power", "exit", "rollback", "rival institutions", "linkage"}


def test_every_definition_names_its_source() -> None:
    for meaning, source in DEFINITIONS.values():
        assert meaning.endswith(".") and source in (
            "Sakwa 2019",
            "Daßler, Heinkelmann-Wild & Kruck 2024",
        )
