"""Saves: round trips, replays, undo, and every kind of bad file explained without a
traceback and without overwriting anything."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.ai.baseline import baseline_action
from game.engine import RULES_VERSION, current_players, is_terminal, parse_action
from game.engine.state import state_hash
from game.net.journal import Journal, Seating
from game.play.headless import replay_summary
from game.play.match import Match
from game.play.record import (
    SAVE_VERSION,
    RulesMoved,
    SaveError,
    load_save,
    read_save,
    replay_log,
    round_hash,
    saved_reason,
)
from game.scenario import load_scenario, validate_data
from game.text.verdict import reason_text

ROOT = Path(__file__).resolve().parents[1]
TUTORIAL = ROOT / "scenarios" / "tutorial.yaml"


def play_out(match: Match, limit: int | None = None) -> None:
    steps = 0
    while not is_terminal(match.state) and (limit is None or steps < limit):
        match.submit(baseline_action(match.state, current_players(match.state)[0]))
        steps += 1


@pytest.fixture(scope="module")
def finished(tmp_path_factory: pytest.TempPathFactory) -> tuple[Match, Path]:
    path = tmp_path_factory.mktemp("saves") / "game.json"
    match = Match(load_scenario(TUTORIAL), seed=5, autosave=path)
    play_out(match)
    return match, path


def test_autosave_and_load_give_the_same_game(finished: tuple[Match, Path]) -> None:
    match, path = finished
    assert len(match.round_hashes) == match.state.rounds
    loaded = Match.load(path)
    assert state_hash(loaded.state) == state_hash(match.state)
    assert loaded.actions == match.actions
    assert loaded.round_hashes == match.round_hashes


def test_save_is_small(finished: tuple[Match, Path]) -> None:
    assert finished[1].stat().st_size < 100_000


def test_undo_goes_back_one_action() -> None:
    match = Match(load_scenario(TUTORIAL), seed=2)
    play_out(match, limit=30)
    before = state_hash(match.states[-2])
    assert match.undo()
    assert state_hash(match.state) == before
    while match.undo():
        pass
    assert len(match.states) == 1 and not match.actions and not match.round_hashes


def test_a_round_taken_back_loses_its_hash() -> None:
    """Round hashes are found when asked for: one asked for before an undo of the move
    that closed its round is not kept for the round played again."""
    match = Match(load_scenario(TUTORIAL), seed=2)
    while match.state.round == 1:
        match.submit(baseline_action(match.state, current_players(match.state)[0]))
    closed = match.round_hashes
    assert closed == [state_hash(match.state)]
    assert match.undo() and match.round_hashes == []
    match.submit(parse_action(f"{current_players(match.state)[0]} pass"))
    assert match.state.round == 2 and match.round_hashes == [state_hash(match.state)]
    fresh = Match(load_scenario(TUTORIAL), seed=2)
    for action in match.actions:
        fresh.submit(parse_action(action))
    assert fresh.round_hashes == match.round_hashes


def test_load_a_game_in_progress_and_play_on(tmp_path: Path) -> None:
    path = tmp_path / "half.json"
    match = Match(load_scenario(TUTORIAL), seed=9)
    play_out(match, limit=40)
    match.save(path)
    resumed = Match.load(path)
    play_out(resumed)
    play_out(match)
    assert state_hash(resumed.state) == state_hash(match.state)


def _corrupt(path: Path, target: Path, change: object) -> Path:
    data = json.loads(path.read_text())
    if callable(change):
        change(data)
    target.write_text(json.dumps(data))
    return target


@pytest.mark.parametrize(
    ("name", "make", "needle"),
    [
        ("truncated", lambda text: text[: len(text) // 2], "not a readable save file"),
        ("not json", lambda text: "hello", "not a readable save file"),
        ("binary", lambda text: "\udcff", "not a readable save file"),
        ("other json", lambda text: "[1, 2]", "not a Concert of Powers save file"),
    ],
)
def test_damaged_files(
    finished: tuple[Match, Path], tmp_path: Path, name: str, make: object, needle: str
) -> None:
    bad = tmp_path / f"{name}.json"
    text = make(finished[1].read_text())  # type: ignore[operator]
    bad.write_bytes(text.encode("utf-8", "surrogateescape"))
    with pytest.raises(SaveError, match=needle):
        load_save(bad)


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        (lambda d: d.update(save_version=99), "saved by a newer version"),
        (
            lambda d: d["actions"].__setitem__(3, "NL table forum policy 0.9 0.9"),
            "different game|cannot be replayed",
        ),
        (lambda d: d["actions"].pop(), "different game"),
        (lambda d: d["round_hashes"].__setitem__(0, "0" * 16), "different game"),
        (lambda d: d["scenario"].update(title="Edited"), "was changed after saving"),
        (lambda d: d.update(seed="x"), "damaged save file"),
        (lambda d: d["actions"].append("NL dance"), "cannot be replayed"),
    ],
)
def test_tampered_files(
    finished: tuple[Match, Path], tmp_path: Path, change: object, needle: str
) -> None:
    bad = _corrupt(finished[1], tmp_path / "bad.json", change)
    before = bad.read_bytes()
    with pytest.raises(SaveError, match=needle):
        load_save(bad)
    assert bad.read_bytes() == before  # nothing is overwritten


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="no such file"):
        load_save(tmp_path / "none.json")


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_headless_play_and_replay_commands(tmp_path: Path) -> None:
    save = tmp_path / "game.json"
    played = run(
        "play", "--headless", "scenarios/tutorial.yaml", "--seed", "4", "--save", str(save)
    )
    assert played.returncode == 0, played.stderr
    assert "Round 4 (2033)" in played.stdout and "The game is over" in played.stdout
    replayed = run("replay", str(save))
    assert replayed.returncode == 0, replayed.stderr
    assert "all round hashes match" in replayed.stdout
    assert "World Council:" in replayed.stdout


def test_replay_of_a_bad_file_is_one_clear_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    result = run("replay", str(bad))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().startswith(f"{bad}: not a readable save file")


def test_a_save_replays_in_any_process(tmp_path: Path) -> None:
    """Python salts its string hashes per process, so anything that iterates a set of ids
    where order matters (a float sum's rounding) breaks replay in another process."""
    save = tmp_path / "game.json"
    played = run(
        "play",
        "--headless",
        "scenarios/liberal-restraint-2025.yaml",
        "--ai",
        "heuristic",
        "--seed",
        "7",
        "--save",
        str(save),
        env={"PYTHONHASHSEED": "1"},
    )
    assert played.returncode == 0, played.stderr
    for salt in ("2", "3", "4", "5"):
        replayed = run("replay", str(save), env={"PYTHONHASHSEED": salt})
        assert replayed.returncode == 0, (salt, replayed.stderr)
        assert "all round hashes match" in replayed.stdout


def test_a_save_replays_on_every_processor(tmp_path: Path) -> None:
    """numpy and the BLAS pick their code by the processor (vector exp and log, dot
    products with the summation order of its kernel), and those differ in the last bits:
    a save made on one machine replays on another only if the engine's numbers do not
    depend on that choice. The replay here runs with numpy's vector extensions above its
    baseline switched off and the BLAS's oldest kernels, as on another machine."""
    from numpy._core._multiarray_umath import __cpu_dispatch__, __cpu_features__

    save = tmp_path / "game.json"
    played = run(
        "play",
        "--headless",
        "scenarios/liberal-restraint-2025.yaml",
        "--seed",
        "3",
        "--save",
        str(save),
    )
    assert played.returncode == 0, played.stderr
    found = [feature for feature in __cpu_dispatch__ if __cpu_features__.get(feature)]
    elsewhere = {"NPY_DISABLE_CPU_FEATURES": " ".join(found), "OPENBLAS_CORETYPE": "Prescott"}
    replayed = run("replay", str(save), env=elsewhere)
    assert replayed.returncode == 0, replayed.stderr
    assert "all round hashes match" in replayed.stdout


# A version-1 save, written before a verdict's reasons were held as data, under rules 8:
# its round hashes are of the state as it was then.
VERSION_1 = ROOT / "tests" / "saves" / "tutorial-rules8-save1.json"


def version_1_of_these_rules(tmp_path: Path) -> Path:
    """The version-1 save made again by this game's rules: its actions replayed, with the
    round hashes of the state as version 1 kept it."""
    data = json.loads(VERSION_1.read_text(encoding="utf-8"))
    scenario = validate_data(data["scenario"], "the fixture")
    _, _, hashes = replay_log(scenario, data["seed"], data["actions"], save_version=1)
    data.update(rules_version=RULES_VERSION, round_hashes=hashes)
    path = tmp_path / "version1.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_version_1_save_of_earlier_rules_says_so_in_one_line() -> None:
    data = json.loads(VERSION_1.read_text(encoding="utf-8"))
    assert data["save_version"] == 1 and data["rules_version"] < RULES_VERSION
    with pytest.raises(SaveError, match=f"saved under rules version {data['rules_version']}"):
        load_save(VERSION_1)


def test_a_version_1_save_opens_replays_and_is_saved_again_as_this_version(
    tmp_path: Path,
) -> None:
    path = version_1_of_these_rules(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["save_version"] == 1
    match = Match.load(path)
    assert is_terminal(match.state) and len(match.actions) == len(data["actions"])
    again = tmp_path / "again.json"
    match.save(again)
    saved = json.loads(again.read_text(encoding="utf-8"))
    assert saved["save_version"] == SAVE_VERSION == 4
    # its explanations' sentences kept as they were said, now as phrases of words
    old = [e["sentence"] for e in data["explanations"]]
    assert old
    assert [e["why"] for e in saved["explanations"]] == [
        {"says": "words", "facts": {"text": sentence}} for sentence in old
    ]
    assert saved["round_hashes"] != data["round_hashes"]  # hashes of this version's state
    assert state_hash(Match.load(again).state) == state_hash(match.state)


def test_an_edited_version_1_save_is_still_caught(tmp_path: Path) -> None:
    path = version_1_of_these_rules(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["round_hashes"][1] = data["round_hashes"][1][::-1]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SaveError, match="different game"):
        load_save(path)


def test_a_version_1_journal_resumes_and_is_kept_as_this_version(tmp_path: Path) -> None:
    scenario = load_scenario(TUTORIAL)
    path = tmp_path / "class.sqlite"
    match = Match(scenario, 5)
    journal = Journal.create(path, match, Seating({}, {}, {"observer": "X"}))
    match.journal = journal
    play_out(match, limit=70)
    # Made as version 1 made it: no version kept, and the round hashes of that state.
    journal.db.execute("DELETE FROM meta WHERE key = 'save_version'")
    closed = [
        i
        for i, (a, b) in enumerate(zip(match.states, match.states[1:], strict=False))
        if a.round != b.round
    ]
    for index in closed:
        journal.db.execute(
            "UPDATE actions SET round_hash = ? WHERE idx = ?",
            (round_hash(match.states[index + 1], 1), index),
        )
    journal.close()
    old = Journal(path)
    resumed, _ = old.restore()
    assert resumed.round_hashes == match.round_hashes and resumed.actions == match.actions
    old.close()
    again, _ = Journal(path).restore()  # upgraded: checked by this version's hashes now
    assert state_hash(again.state) == state_hash(match.state)


def test_a_save_keeps_what_each_round_ended_with(finished: tuple[Match, Path]) -> None:
    match, path = finished
    record = read_save(path).record
    ends = [after for after, happened in zip(match.states, match.events, strict=True)
            if any(e.kind == "round_ended" for e in happened)]  # fmt: skip
    assert [r.round for r in record] == list(range(1, len(ends) + 1)) and len(ends) > 3
    for saved, state in zip(record, ends, strict=True):
        assert (saved.verdict, saved.leaning) == (state.order.shown, state.order.leaning)
        assert [saved_reason(r) for r in saved.reasons] == list(state.order.reasons)
        assert saved.indices["top_influence"] > 0


def test_a_save_whose_rules_moved_on_is_shown_from_its_record(
    finished: tuple[Match, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(finished[1].read_text(encoding="utf-8"))
    data["rules_version"] = RULES_VERSION - 1  # as if the rules had moved on since
    data["round_hashes"][1] = data["round_hashes"][1][::-1]  # and replayed differently
    moved = tmp_path / "moved.json"
    moved.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RulesMoved, match=f"rules version {RULES_VERSION - 1}"):
        load_save(moved)
    assert replay_summary(str(moved)) == 0
    out, err = capsys.readouterr()
    assert "replays differently" in err and "its record, round by round (not replayed)" in out
    last = finished[0].states[-1].order
    assert f"the order is {last.shown}" in out
    assert reason_text(last.reasons[0]) in out
