"""Each great power's doctrine in action: its telling moves fit or betray its doctrine as
the rule table says (rule cases as data: a small world, scripted actions, the power, the
move and the verdict), the summary is honest, and a real game names every power."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import pytest

from game.cli import main
from game.debrief.build import from_save
from game.debrief.doctrines import ACTS, RULES, doctrines_in_action
from game.debrief.model import DoctrineRecord
from game.engine.state import DOCTRINES
from game.play.record import load_save, replay_log

from ..ai.worlds import scenario

ROOT = Path(__file__).resolve().parents[2]
# In the small world AA (Aland) is liberal (0.7, sovereign 0.3), BB (Bland) sovereign; both
# hold vetoes in the apex Council (security); the Fund is a global body.
PASSES = "AA pass, BB pass"
BACK_BLAND = {"nations.CC.ideal_point": [-0.5, 0.3], "nations.DD.ideal_point": [-0.5, 0.3]}
BLAND_TABLES = f"{PASSES}, AA pass, BB table council policy -0.5 0.3"
CASES = [
    (
        "a liberal power's veto against a majority betrays liberal restraint",
        BACK_BLAND,
        f"{BLAND_TABLES}, AA vote m1 no, BB vote m1 yes",
        ("AA", "liberal", False, "against a majority"),
    ),
    (
        "a sovereign power's veto fits: negative power guards sovereignty",
        {
            "institutions.council.policy": [0.6, -0.6],
            # the minor members back the draft: it has the votes, so the no is a veto
            "nations.CC.ideal_point": [1, -1],
            "nations.DD.ideal_point": [1, -1],
        },
        f"{PASSES}, AA table council policy 1 -1, BB pass, AA vote m1 yes, BB vote m1 no",
        ("BB", "sovereign", True, "vetoed the motion in Council"),
    ),
    (
        "a liberal veto holder abstaining on a motion that passes shows liberal restraint",
        {
            **BACK_BLAND,
            "institutions.council.rule": {"kind": "majority"},
            "institutions.council.abstention": "excluded",
        },
        f"{BLAND_TABLES}, AA vote m1 abstain, BB vote m1 yes",
        ("AA", "liberal", True, "held back its veto"),
    ),
    (
        "a mercantilist power's exit fits",
        {"nations.AA.doctrine": {"mercantilist": 1}},
        f"{PASSES}, AA pass, BB pass, AA withdraw fund",
        ("AA", "mercantilist", True, "left Fund"),
    ),
    (
        "a sovereign power leaving the apex body betrays its doctrine",
        {},
        f"{PASSES}, AA pass, BB pass, AA pass, BB withdraw council",
        ("BB", "sovereign", False, "left Council"),
    ),
    (
        "a transformative power founding a rival body fits",
        {
            "nations.AA.doctrine": {"transformative": 1},
            "nations.CC.doctrine": {"transformative": 1},
        },
        f"{PASSES}, AA found trade with CC DD",
        ("AA", "transformative", True, "founded the Aland-Cland-Dland Trade Partnership"),
    ),
    (
        "a liberal power tabling a broader mandate fits",
        {},
        f"{PASSES}, AA table fund mandate 0.1 0, BB pass, AA vote m1 yes, BB vote m1 abstain",
        ("AA", "liberal", True, "tabled a motion in Fund to widen its mandate"),
    ),
    (
        "a mercantilist power tabling a broader mandate betrays its doctrine",
        {"nations.AA.doctrine": {"mercantilist": 1}},
        f"{PASSES}, AA table fund mandate 0.1 0, BB pass, AA vote m1 yes, BB vote m1 abstain",
        ("AA", "mercantilist", False, "tabled a motion in Fund to widen its mandate"),
    ),
    (
        "a sovereign power broadening a security mandate fits",
        {},
        f"{PASSES}, AA pass, BB table council mandate 0.1 0, AA vote m1 abstain, BB vote m1 yes",
        ("BB", "sovereign", True, "in Council to widen its mandate"),
    ),
    (
        "a sovereign power threatening exit for more weight uses voice as its doctrine wants",
        {},
        f"{PASSES}, AA pass, BB threaten fund reweight",
        ("BB", "sovereign", True, "threatened to leave Fund unless granted more voting weight"),
    ),
    (
        "a mercantilist power striking a deal fits",
        {"nations.AA.doctrine": {"mercantilist": 1}},
        "AA offer BB recognise for recognise, BB accept o1",
        ("AA", "mercantilist", True, "struck a deal with Bland"),
    ),
]


def _records(settings: Mapping[str, object], actions: str) -> dict[str, DoctrineRecord]:
    final, steps, _ = replay_log(
        scenario(dict(settings)), 1, [a.strip() for a in actions.split(",")]
    )
    return {r.id: r for r in doctrines_in_action(steps, list(final.great_powers()))}


@pytest.mark.parametrize(
    ("name", "settings", "actions", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_a_telling_move_fits_or_betrays_the_doctrine(
    name: str, settings: dict[str, object], actions: str, expected: tuple[str, str, bool, str]
) -> None:
    nation, doctrine, fits, words = expected
    record = _records(settings, actions)[nation]
    acts = [a for a in record.acts if words in a.text]
    assert len(acts) == 1, f"{name}: {[a.text for a in record.acts]}"
    act = acts[0]
    assert (act.round, act.doctrine, act.fits) == (1, doctrine, fits), name
    assert act.reason and act.text.startswith(record.name)
    verdict = "acted as" if fits else "betrayed its doctrine in round 1"
    assert verdict in record.summary and record.name in record.summary


def test_a_power_with_no_telling_moves_is_told_so() -> None:
    records = _records({}, f"{PASSES}, {PASSES}")
    assert set(records) == {"AA", "BB"}
    for record in records.values():
        assert record.acts == []
        assert record.summary.startswith(f"{record.name} made no telling moves")
    assert records["AA"].doctrine == "liberal" and records["BB"].doctrine == "sovereign"


def test_the_summary_counts_fits_and_names_the_first_betrayal() -> None:
    actions = f"{BLAND_TABLES}, AA vote m1 no, BB vote m1 yes, AA withdraw fund"
    record = _records(BACK_BLAND, actions)["AA"]
    assert [a.fits for a in record.acts] == [False, False]
    assert record.summary.startswith("Aland acted as a liberal internationalist in 0 of 2")
    assert "in round 1, when it vetoed the motion in Council" in record.summary
    assert record.summary.endswith("and 1 more time.")


def test_the_rule_table_is_well_formed() -> None:
    assert set(RULES) == set(ACTS)
    for act, rules in RULES.items():
        assert set(rules) <= set(DOCTRINES), act
        for rule in rules.values():
            assert rule.reason and len(rule.reason) <= 100 and not rule.reason.endswith(".")


DOC_ROWS = {
    "veto_against_majority": "veto against a majority",
    "veto": "veto without",
    "restraint": "restraint:",
    "broaden": "tabling or voting for a broader",
    "narrow": "tabling or voting for a narrower",
    "exempt_self": "tabling or voting for a veto",
    "leave": "leaving a body",
    "join": "joining",
    "threaten": "threatening",
    "found": "founding",
    "opt_out": "taking an opt-out",
    "pledge_kept": "keeping",
    "pledge_broken": "breaking",
    "deal": "striking",
}


def test_docs_list_the_rule_table() -> None:
    """Each row of the table in docs/debrief.md agrees with RULES: a cell starts with the
    verdict of the general move and mentions those of its special cases (apex, security,
    a demand); an empty cell is a neutral move."""
    lines = (ROOT / "docs" / "debrief.md").read_text(encoding="utf-8").splitlines()
    word = {True: "fits", False: "betrays"}
    for base, start in DOC_ROWS.items():
        row = next(line for line in lines if line.startswith(f"| {start}"))
        cells = dict(zip(DOCTRINES, [c.strip() for c in row.split("|")[2:6]], strict=True))
        special = [a for a in RULES if a.startswith(f"{base}_") and a not in DOC_ROWS]
        for doctrine, cell in cells.items():
            general = RULES[base].get(doctrine)
            specific = [RULES[a][doctrine] for a in special if doctrine in RULES[a]]
            if general:
                assert cell.startswith(word[general.fits]), (base, doctrine)
            else:
                assert bool(cell) == bool(specific), (base, doctrine)
            for rule in specific:
                assert word[rule.fits] in cell, (base, doctrine)


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("doctrines") / "game.json"
    scenario_file = ROOT / "scenarios" / "liberal-restraint-2025.yaml"
    args = ["play", "--headless", str(scenario_file), "--ai", "heuristic", "--seed", "7"]
    assert main([*args, "--save", str(path)]) == 0
    return path


def test_a_real_game_judges_every_great_power_by_name(saved: Path) -> None:
    debrief = from_save(saved)
    _, _, _, final, _ = load_save(saved)
    assert [r.id for r in debrief.doctrines] == list(final.great_powers())
    ids = [n.id for n in final.nations]
    assert any(r.acts for r in debrief.doctrines)
    for record in debrief.doctrines:
        assert record.name == final.nation(record.id).name and record.summary
        assert record.doctrine in DOCTRINES
        assert [a.round for a in record.acts] == sorted(a.round for a in record.acts)
        for act in record.acts:
            assert act.text.startswith(record.name), act.text
            assert not [i for i in ids if re.search(rf"\b{i}\b", act.text)], act.text
