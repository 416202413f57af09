"""The text layer, part C: what the commands print and the classroom server sends people
goes through the language they are given. Rendered in the pseudo-language (every message's
words in capitals), nothing lowercase is left in the validator's messages, a headless
game's lines, a replay's summary, a save's problems, the studies' tables, the server's
refusals, the local game's refusals or the command line's help, but the scenario's own
words, the file paths and what the person typed (a setting, an AI kind: keywords that
stay as they are)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

import pytest

from game.engine import INSTRUCTOR, OBSERVER, parse_action
from game.net.host import Client, Host, Refused, new_seating
from game.net.protocol import Act, Hello
from game.play.headless import branch_save, play_headless, replay_summary
from game.play.match import Match
from game.play.record import SaveError, read_save
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario
from game.scenario.validate import validate_paths
from game.session.contract import Rejected
from game.session.local import LocalController
from game.sim.compare import compare
from game.sim.simulate import simulate
from game.sim.tournament import print_tournament
from game.support import paths
from game.text.catalogues import codes
from game.text.language import ENGLISH
from game.text.pseudo import PSEUDO, escaped, unpadded
from tests.words import strings

ROOT = Path(__file__).resolve().parents[1]
TUTORIAL = ROOT / "scenarios" / "tutorial.yaml"


def names(path: Path = TUTORIAL) -> list[str]:
    """The scenario's own words, and the objectives' sentences as its compilation words
    them (game/scenario/compile.py, which says them in English still: a part of the
    scenario layer this test does not cover)."""
    scenario = load_scenario(path)
    state = compile_scenario(scenario, 1)
    objectives = [o.text.rstrip(".") for n in state.nations for o in n.objectives]
    return [*strings(scenario.model_dump()), *objectives]


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def escapes(text: str, known: list[str]) -> list[tuple[str, list[str]]]:
    """The lines of `text` with lowercase words that are not known, and those words."""
    return [(line, found) for line in lines(text) if (found := escaped(line, known))]


# ---------------------------------------------------------------- the validator


def test_the_validator_speaks_the_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    missing = tmp_path / "missing.yaml"
    status = validate_paths([str(TUTORIAL), str(missing), "", str(empty)], lang=PSEUDO)
    said = capsys.readouterr()
    assert status == 1
    text = said.out + said.err
    assert "NO SUCH FILE OR FOLDER" in text and "3 GREAT POWERS" in text
    assert "3 PROBLEMS IN 3 OF 4 FILES" in unpadded(said.err)
    assert escapes(text, [*names(), str(TUTORIAL), str(missing), str(empty), "''"]) == []


def test_the_validator_in_english_is_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "missing.yaml")
    assert validate_paths([str(TUTORIAL), missing], lang=ENGLISH) == 1
    said = capsys.readouterr()
    assert said.out == (
        f"{missing}: no such file or folder\n"
        f"{TUTORIAL}: ok (tutorial: 3 great powers, 4 minor nations, 3 institutions, 4 rounds)\n"
    )
    assert said.err == "1 problem in 1 of 2 files\n"


# ---------------------------------------------------------------- headless play and saves


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("saves") / "game.json"
    assert play_headless(str(TUTORIAL), 1, str(path)) == 0
    return path


def test_a_headless_game_speaks_the_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    save = tmp_path / "game.json"
    assert play_headless(str(TUTORIAL), 1, str(save), ["NL=overreach"], lang=PSEUDO) == 0
    text = capsys.readouterr().out
    assert "THE ORDER:" in text and "POINTS" in text
    # The AI seat's kind is a keyword, as --ai takes it.
    assert escapes(text, [*names(), str(save), "overreach"]) == []


def test_a_replay_and_a_branch_speak_the_language(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert replay_summary(str(saved), full=True, lang=PSEUDO) == 0
    branch = tmp_path / "branch.json"
    assert branch_save(str(saved), 2, str(branch), lang=PSEUDO) == 0
    assert branch_save(str(saved), 99, str(branch), lang=PSEUDO) == 1
    said = capsys.readouterr()
    text = said.out + said.err
    assert "AT THE END:" in text and "THE GAME NEVER REACHED ROUND 99" in said.err
    # The saves folder is a path; the command that failed, a command.
    known = [*names(), str(saved), str(branch), str(paths.saves()), "main.py replay"]
    assert escapes(text, known) == []


def test_a_save_s_problems_speak_the_language(saved: Path, tmp_path: Path) -> None:
    data = json.loads(saved.read_text("utf-8"))
    broken = {
        "truncated": saved.read_text("utf-8")[:200],
        "action": json.dumps({**data, "actions": ["NL bogus", *data["actions"][1:]]}),
        "hash": json.dumps({**data, "round_hashes": ["0" * 64, *data["round_hashes"][1:]]}),
        "moved": json.dumps({**data, "rules_version": 1, "actions": ["NL bogus"]}),
        "explained": json.dumps(
            {**data, "explanations": [{"index": 999, "nation": "NL", "terms": [], "sentence": ""}]}
        ),
    }
    for name, content in broken.items():
        path = tmp_path / f"{name}.json"
        path.write_text(content, "utf-8")
        with pytest.raises(SaveError) as caught:
            if name == "truncated":
                read_save(path)
            else:
                Match.load(path)
        said = caught.value.text(PSEUDO)
        # What the player's action said is what was typed: "NL bogus".
        assert escaped(said, [*names(), str(path), "NL bogus"]) == [], (name, said)
        assert caught.value.text(ENGLISH) == str(caught.value)


# ---------------------------------------------------------------- the studies


def test_simulate_and_compare_speak_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    setting = "institutions.forum.opt_out=1"
    assert simulate(str(TUTORIAL), 2, 1, None, [setting], 1, False, lang=PSEUDO) == 0
    status = compare(
        str(TUTORIAL), [setting], None, 3, 1, None, None, 1, None, False, None, str,
        ["NL=overreach"], lang=PSEUDO,
    )  # fmt: skip
    assert status == 0
    text = capsys.readouterr().out
    assert "FINAL ORDER:" in text and "GREAT POWERS LEFT A BODY" in text
    # The setting and the AI kind are what the person typed (--set, --variant-ai).
    assert escapes(text, [*names(), setting, "overreach"]) == []


def test_the_tournament_table_speaks_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    result = {
        "seats": ["NL", "EM", "SG"],
        "runs": 2,
        "seed": 1,
        "bots": {"heuristic": {"score_vs_baseline": 0.5, "ci95": [-0.25, 1.0]}},
        "pairs": {"lookahead_vs_heuristic": {"score_difference": -1.0, "ci95": [-2.0, 0.0]}},
        "verdicts": {"baseline": {"pluralist": 1, "hegemonic": 1}, "heuristic": {"bloc": 2}},
    }
    known = ["Tutorial", "heuristic", "baseline"]  # the bot kinds: keywords, as --bots takes them
    print_tournament("Tutorial", result, PSEUDO)
    assert escapes(capsys.readouterr().out, known) == []
    print_tournament("Tutorial", result, ENGLISH)  # in English, the check finds words
    assert escapes(capsys.readouterr().out, known) != []


# ---------------------------------------------------------------- the classroom


def _host(lang: Any = PSEUDO) -> Host:
    match = Match(load_scenario(TUTORIAL), 3)
    return Host(match, new_seating(match), lang=lang, autostart=False)


def test_the_server_refuses_in_the_language() -> None:
    host = _host()
    refusals = [
        host.admit(Act(ticket=1, action="NL pass").model_dump_json(), "10.0.0.1", PSEUDO),
        host.admit(Hello(code="X", version=99).model_dump_json(), "10.0.0.1", PSEUDO),
        *(host.admit(Hello(code="WRONG").model_dump_json(), "10.0.0.2", PSEUDO) for _ in range(6)),
    ]
    assert all(isinstance(r, Refused) for r in refusals)
    said = [cast(Refused, r).message for r in refusals]
    assert {cast(Refused, r).code for r in refusals} == {"malformed", "version", "bad_code",
                                                         "too_fast"}  # fmt: skip
    for message in said:
        assert escaped(message, []) == [], message

    seat = next(iter(host.seating.people))
    player = Client(1, cast(Any, None), seat, "player", "", "10.0.0.3", PSEUDO)
    watcher = Client(2, cast(Any, None), seat, "watcher", "", "10.0.0.3", PSEUDO)
    observer = Client(3, cast(Any, None), OBSERVER, OBSERVER, "", "10.0.0.3", PSEUDO)
    instructor = Client(4, cast(Any, None), INSTRUCTOR, INSTRUCTOR, "", "10.0.0.3", PSEUDO)
    other = next(n for n in host.seating.codes if n not in (seat, OBSERVER))
    answers = [
        host.action_of(watcher, Act(ticket=1, action=f"{seat} pass")),
        host.action_of(observer, Act(ticket=1, action=f"{seat} pass")),
        host.action_of(instructor, Act(ticket=1, action=f"{seat} pass")),
        host.action_of(player, Act(ticket=1, action=f"{other} pass")),
        host.action_of(player, Act(ticket=1, action=f"{seat} pass")),  # not started yet
    ]
    assert all(isinstance(a, str) for a in answers)
    for answer in answers:
        assert escaped(str(answer), []) == [], answer
    english = Client(5, cast(Any, None), seat, "player", "", "10.0.0.3")
    assert host.action_of(english, Act(ticket=1, action=f"{other} pass")) == (
        f"you play {seat}, not {other}"
    )


def test_the_local_game_refuses_in_the_language() -> None:
    scenario = load_scenario(TUTORIAL)
    ai = {n.id: "baseline" for n in scenario.great_powers() if n.id != "NL"}
    game = LocalController(Match(scenario, 2), ["NL"], ai, lang=PSEUDO)
    try:
        assert game.wait_idle(60)
        ticket = game.submit("NL", parse_action("EM pass"))
        assert game.wait_idle(60)
        refused = [u for u in game.poll() if isinstance(u, Rejected) and u.ticket == ticket]
        assert [unpadded(r.reason) for r in refused] == ["NL CANNOT ACT FOR EM."]
    finally:
        game.close()


# ---------------------------------------------------------------- the command line


def test_the_command_line_s_help_is_made_in_the_language() -> None:
    from game.cli import build_parser

    parser = build_parser(PSEUDO)
    own = "show this help message and exit"  # argparse's, in its own gettext domain
    said: list[str] = [parser.description or "", parser.epilog or ""]
    for action in parser._actions:  # argparse keeps the subcommands' parsers here
        said.append(action.help or "")
        for command in getattr(action, "choices", None) or {}:
            sub = cast(Any, action).choices[command]
            said.append(sub.description or "")
            said += [a.help or "" for a in sub._actions]
    said = [text for text in said if text and text != own]
    assert len(said) > 80
    assert [text for text in said if escaped(text, ["main.py", *codes()])] == []
    # Built when a command runs, in the language it is given; English as it was.
    assert "play many headless games and summarise them" in build_parser().format_help()
