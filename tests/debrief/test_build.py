"""The debrief built from a save names the order the game ended in, with its reasons,
round by round; lists the key moments with the powers' own reasons; and reveals the
scores and secret objectives."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from game.cli import main
from game.debrief.build import MOMENTS, from_save
from game.debrief.model import NOT_REPLAYED, Debrief
from game.engine import RULES_VERSION
from game.engine.outcome import outcome
from game.play.record import RECORDED, RulesMoved, load_save
from game.text.verdict import reason_text

LIBERAL_RESTRAINT = (
    Path(__file__).resolve().parents[2] / "scenarios" / "liberal-restraint-2025.yaml"
)


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("debrief") / "game.json"
    args = ["play", "--headless", str(LIBERAL_RESTRAINT), "--ai", "heuristic", "--seed", "7"]
    assert main([*args, "--save", str(path)]) == 0
    return path


def test_the_debrief_names_the_final_order_and_every_round(saved: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    debrief = from_save(saved)
    _, _, _, final, steps = load_save(saved)
    assert debrief.finished and debrief.rounds_played == final.rounds == 8
    assert (debrief.verdict, debrief.leaning) == (final.order.shown, final.order.leaning)
    assert [r.text for r in debrief.reasons] == [reason_text(r) for r in final.order.reasons]
    assert [r.round for r in debrief.rounds] == list(range(1, 9))
    assert [r.year for r in debrief.rounds] == list(range(2025, 2033))
    assert debrief.rounds[-1].verdict == final.order.shown
    for record in debrief.rounds:
        assert {"influence_hhi", "exit_rate", "capacity_to_act", "balance"} <= set(record.indices)
    verdicts = [e for _, events in steps for e in events if e.kind == "verdict_changed"]
    assert len([m for m in debrief.timeline if m.kind == "verdict"]) == len(verdicts)


def test_every_key_moment_is_on_the_timeline_with_its_reasons(saved: Path) -> None:
    debrief = from_save(saved)
    _, _, _, final, steps = load_save(saved)
    events = Counter(e.kind for _, evs in steps for e in evs)
    kinds = Counter(m.kind for m in debrief.timeline)
    assert kinds["exit"] == events["nation_withdrew"] > 0
    assert kinds["veto"] == events["veto_cast"]
    assert kinds["blocked"] == events["consensus_blocked"]
    assert kinds["rival"] == events["institution_founded"] > 0
    assert kinds["broken_pledge"] == events["pledge_broken"]
    great = set(final.great_powers())
    for moment in debrief.timeline:
        if moment.kind in ("exit", "veto", "blocked", "rival") and moment.nation in great:
            assert moment.why and moment.why.startswith(final.nation(moment.nation).name)
    rounds = [m.round for m in debrief.timeline]
    assert rounds == sorted(rounds)


def test_scores_and_objectives_are_revealed(saved: Path) -> None:
    debrief = from_save(saved)
    _, _, _, final, _ = load_save(saved)
    result = outcome(final)
    assert [n.id for n in debrief.nations] == [
        n for n, _ in sorted(result.scores, key=lambda item: -item[1])
    ]
    for record in debrief.nations:
        assert record.score == dict(result.scores)[record.id]
        assert [o.text for o in record.objectives] == [
            o.text for o in final.nation(record.id).objectives
        ]
    assert debrief.discussion_questions


def test_the_debrief_is_one_stable_format(saved: Path) -> None:
    debrief = from_save(saved)
    assert Debrief.model_validate_json(debrief.model_dump_json()) == debrief


def test_the_concepts_met_are_those_the_game_showed(saved: Path) -> None:
    debrief = from_save(saved)
    names = {c.name: c for c in debrief.concepts}
    timeline = {m.kind: m.round for m in reversed(debrief.timeline)}  # first of each kind
    assert names["rival institutions"].round == timeline["rival"]
    assert names["exit"].round == timeline["exit"]
    assert [c.round for c in debrief.concepts] == sorted(c.round for c in debrief.concepts)


def test_questions_are_drawn_from_what_happened(saved: Path) -> None:
    debrief = from_save(saved)
    _, _, _, final, _ = load_save(saved)
    great = set(final.great_powers())
    exit_ = next(m for m in debrief.timeline if m.kind == "exit" and m.nation in great)
    leaver = final.nation(str(exit_.nation)).name
    assert any(leaver in q and f"round {exit_.round}" in q for q in debrief.questions_from_play)
    assert debrief.questions_from_play[-1].startswith(f"The order ended {debrief.verdict}")


def test_a_game_without_exits_asks_what_kept_the_powers_in() -> None:
    from game.debrief.build import build
    from game.play.record import replay_log

    from ..ai.worlds import scenario

    world = scenario({})
    _, steps, _ = replay_log(world, 1, ["AA pass", "BB pass", "AA pass", "BB pass"])
    questions = build(world, 1, steps).questions_from_play
    assert any(q.startswith("No great power left any body") for q in questions)


def _moved(saved: Path, folder: Path, keep_record: bool = True) -> Path:
    """The save as if the rules had moved on since it was made: another rules version,
    and a replay that no longer matches its round hashes."""
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["rules_version"] = RULES_VERSION - 1
    data["round_hashes"][2] = data["round_hashes"][2][::-1]
    if not keep_record:  # as version 2 wrote it: no events, no scores
        data["save_version"] = 2
        data.pop("outcome")
        for saved_round in data["record"]:
            saved_round.pop("events")
    moved = folder / "moved.json"
    moved.write_text(json.dumps(data), encoding="utf-8")
    return moved


def test_a_save_the_rules_can_no_longer_replay_is_debriefed_from_its_record(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    moved = _moved(saved, tmp_path)
    with pytest.raises(RulesMoved):
        load_save(moved)
    replayed, recorded = from_save(saved), from_save(moved)
    assert replayed.replayed and not recorded.replayed
    # All that the record holds is as the replay has it: the order round by round, the
    # moments with the powers' reasons and the founded bodies' names, the scores.
    assert recorded.rounds == replayed.rounds
    assert recorded.timeline == replayed.timeline
    assert {m.kind for m in recorded.timeline} >= {"exit", "rival", "verdict"}
    assert any(m.why for m in recorded.timeline)
    assert recorded.nations == replayed.nations
    assert (recorded.verdict, recorded.leaning, recorded.reasons) == (
        replayed.verdict,
        replayed.leaning,
        replayed.reasons,
    )
    assert recorded.finished == replayed.finished
    assert recorded.questions_from_play == replayed.questions_from_play
    assert recorded.concepts == recorded.doctrines == [] and recorded.tipping == ""
    capsys.readouterr()
    out = tmp_path / "report"
    assert main(["debrief", str(moved), "-o", str(out)]) == 0
    printed, err = capsys.readouterr()
    assert f"rules version {RULES_VERSION - 1}" in err
    assert NOT_REPLAYED in printed and replayed.timeline[0].text in printed
    page = (out / "report.html").read_text(encoding="utf-8")
    assert NOT_REPLAYED in page
    assert Debrief.model_validate_json((out / "debrief.json").read_text()) == recorded
    assert main(["replay", str(moved)]) == 0  # the record, round by round, with its moments
    printed = capsys.readouterr().out
    for moment in recorded.timeline:
        if moment.kind != "verdict":
            assert f"  {moment.text}\n" in printed


def test_a_save_of_version_2_whose_rules_moved_says_what_can_still_be_done(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    moved = _moved(saved, tmp_path, keep_record=False)
    capsys.readouterr()
    assert main(["debrief", str(moved), "-o", str(tmp_path / "report")]) == 1
    err = capsys.readouterr().err
    assert "saved before saves kept what happened (save version 2)" in err
    assert "Traceback" not in err and not (tmp_path / "report").exists()
    assert main(["replay", str(moved)]) == 0  # its verdicts are still shown, round by round


def test_a_save_records_every_kind_of_event_the_timeline_is_made_of() -> None:
    assert set(MOMENTS) <= RECORDED


def test_what_actually_happened_is_beside_the_class_s_result(saved: Path, tmp_path: Path) -> None:
    from game.present.debrief import sections
    from game.report.debrief import debrief_page

    debrief = from_save(saved)
    assert debrief.history is not None and debrief.history.verdict is None
    assert [m.year for m in debrief.history.moments] == [2017, 2018, 2019, 2020, 2021, 2025]
    titles = [s.title for s in sections(debrief)]
    assert titles[1] == "What actually happened"  # right after the class's own order
    told = " ".join(run for p in sections(debrief)[1].paragraphs for run, _ in p.runs)
    assert "Your class's order: " in told and "2018: The United States leaves" in told
    page = debrief_page(debrief)
    assert 'id="history"' in page and "The game starts where the record of its cases" in page
    judged = debrief.model_copy(
        update={"history": debrief.history.model_copy(update={"verdict": debrief.verdict})}
    )
    assert ", as in yours." in " ".join(
        run for p in sections(judged)[1].paragraphs for run, _ in p.runs
    )
    other = "bloc" if debrief.verdict != "bloc" else "pluralist"
    differs = debrief.model_copy(
        update={"history": debrief.history.model_copy(update={"verdict": other})}
    )
    assert f"as the scenario reads it: {other}. What did your class do" in " ".join(
        run for p in sections(differs)[1].paragraphs for run, _ in p.runs
    )


@pytest.mark.parametrize(
    ("kinds", "asked"),
    [
        (["blocked"], "alone blocked a decision"),
        (["veto", "blocked"], "used its veto"),
        (["blocked", "veto"], "used its veto"),
    ],
)
def test_a_blocked_consensus_is_asked_about_as_a_block_not_a_veto(
    kinds: list[str], asked: str
) -> None:
    from game.debrief.model import Moment
    from game.debrief.questions import questions
    from game.engine import start
    from game.scenario import load_scenario
    from game.scenario.compile import compile_scenario

    tutorial = Path(__file__).resolve().parents[2] / "scenarios" / "tutorial.yaml"
    state = start(compile_scenario(load_scenario(tutorial), 1))[0]
    timeline = [
        Moment(round=2 + i, kind=kind, nation="NL", body="council", text="", why=None)
        for i, kind in enumerate(kinds)
    ]
    said = questions(state, ["NL", "EM", "SG"], timeline, "pluralist")
    assert sum(asked in q for q in said) == 1
    assert not any("veto" in q for q in said) or "veto" in kinds
