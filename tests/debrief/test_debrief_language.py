"""The debrief is made in the reader's language: built in the pseudo-language, whose
messages come back in capitals, a whole game's debrief (its data, its turning point, its
charts, its HTML report and what the `debrief` command prints) shows no lowercase word
that is not one of the scenario's own, so every word of it went through a message."""

from __future__ import annotations

import contextlib
import io
import json
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from game.cli import main
from game.debrief.build import build, from_save
from game.debrief.inspect import inspect
from game.debrief.model import Debrief, TurningPoint, TurningReplay
from game.debrief.turning import key_moves, sentence, turning_point
from game.engine import RULES_VERSION, Event, GameState, events, is_terminal, start
from game.play.loop import Baseline, step
from game.play.record import load_save
from game.report.debrief import charts, debrief_page
from game.report.debrief_command import show
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario
from game.text.concepts import DEFINITIONS
from game.text.language import Language
from game.text.objectives import aim_text
from game.text.pseudo import PSEUDO, escaped

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = [
    ROOT / "scenarios" / "tutorial.yaml",
    ROOT / "scenarios" / "liberal-restraint-2025.yaml",
]
# Debrief fields that hold ids, codes or keys for programs, not text for a person (as
# tests/test_plain_words.py's NOT_TEXT), and a replayed move in canonical text.
NOT_TEXT = {"scenario", "nation", "body", "kind", "verdict", "leaning", "id", "code", "doctrine"}
CANONICAL = {"move", "instead"}


def strings(value: Any, key: str = "") -> list[str]:
    """Every string a person reads in a debrief's data."""
    if isinstance(value, str):
        return [] if key in NOT_TEXT | CANONICAL else [value]
    if isinstance(value, dict):
        if key in ("indices", "as_played", "replaced"):  # figures by name or by verdict
            return []
        return [s for k, v in value.items() for s in strings(v, str(k))]
    if isinstance(value, list | tuple):
        return [s for v in value for s in strings(v, key)]
    return []


def scenario_strings(value: object) -> list[str]:
    """Every string in a scenario's data, however deep."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in scenario_strings(v)]
    if isinstance(value, list | tuple | set):
        return [s for v in value for s in scenario_strings(v)]
    return []


class _Prose(HTMLParser):
    """A page's text outside its tags (its styles and scripts left out)."""

    def __init__(self) -> None:
        super().__init__()
        self.skipping = 0
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skipping += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self.skipping -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self.skipping and data.strip():
            self.texts.append(data.strip())


@dataclass(frozen=True)
class Debriefed:
    names: list[str]  # the scenario's own words: not translated
    debrief: Debrief  # in the pseudo-language, with its turning point


@cache
def debriefed(path: Path) -> Debriefed:
    """A baseline game of the scenario to its end, debriefed in the pseudo-language."""
    scenario = load_scenario(path)
    state, happened = start(compile_scenario(scenario, 3))
    steps: list[tuple[GameState, tuple[Event, ...]]] = [(state, happened)]
    actions: list[str] = []
    players = Baseline(tuple(g.id for g in scenario.great_powers()))
    while not is_terminal(state):
        state, action, happened = step(state, players)
        steps.append((state, happened))
        actions.append(str(action))
    debrief = build(scenario, 3, steps, lang=PSEUDO)
    point = turning_point(scenario, 3, steps, actions, replays=1, jobs=1, moves=2, lang=PSEUDO)
    log = [e for _, happened in steps for e in happened]
    names = [
        *scenario_strings(scenario.model_dump()),
        # A body founded in play is named by its founder, or after its founders by the game
        # (game/scenario/compile.py's FOUNDING_NOUNS): a name, as the scenario's are.
        *(e.name for e in log if isinstance(e, events.InstitutionFounded)),
        # The sources the concepts cite: the same in every language.
        *{source for _, source in DEFINITIONS.values()},
        # The author's own words, an aim among them, as the command prints it: without
        # its full stop. (An aim the author did not word is said in the language.)
        *(s.rstrip(".") for s in scenario_strings(scenario.model_dump())),
    ]
    return Debriefed(names, debrief.model_copy(update={"turning_point": point}))


def escapes(texts: list[str], names: list[str]) -> list[str]:
    return [f"{words} in {text!r}" for text in texts if (words := escaped(text, names))]


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_the_debriefs_data_is_made_in_the_language(path: Path) -> None:
    game = debriefed(path)
    said = strings(game.debrief.model_dump(mode="json"))
    assert game.debrief.timeline and game.debrief.concepts and game.debrief.doctrines
    assert game.debrief.turning_point is not None
    assert len(said) > 50
    assert not escapes(said, game.names), "\n".join(escapes(said, game.names))


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_the_report_and_its_charts_are_made_in_the_language(path: Path) -> None:
    game = debriefed(path)
    prose = _Prose()
    page = debrief_page(game.debrief, lang=PSEUDO)
    prose.feed(page)
    assert '<html lang="en-XA">' in page
    found = charts(game.debrief, lang=PSEUDO)
    said = [*prose.texts, *(text for c in found for text in (c.title, c.caption, c.alt))]
    assert len(found) >= 5 and len(prose.texts) > 50
    assert not escapes(said, game.names), "\n".join(escapes(said, game.names))


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_what_the_debrief_command_prints_is_made_in_the_language(path: Path) -> None:
    game = debriefed(path)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        show(game.debrief, lang=PSEUDO)
        assert inspect(str(path), False, lang=PSEUDO) == 0
    # (inspect names the bodies' tiers and areas and the members by the scenario's codes)
    said = [line for line in printed.getvalue().splitlines() if line.strip()]
    assert not escapes(said, game.names), "\n".join(escapes(said, game.names))


def test_in_english_the_debrief_is_as_it_was() -> None:
    """The English default and English asked for make the same debrief."""
    scenario = load_scenario(SCENARIOS[0])
    state, happened = start(compile_scenario(scenario, 3))
    steps: list[tuple[GameState, tuple[Event, ...]]] = [(state, happened)]
    players = Baseline(tuple(g.id for g in scenario.great_powers()))
    while not is_terminal(state):
        state, _, happened = step(state, players)
        steps.append((state, happened))
    english = build(scenario, 3, steps)
    assert english.concepts and english.concepts[0].name in DEFINITIONS
    assert debrief_page(english) == debrief_page(english, lang=Language())


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A game of the heuristic AI, whose powers leave, found and threaten."""
    path = tmp_path_factory.mktemp("language") / "game.json"
    args = ["play", "--headless", str(SCENARIOS[1]), "--ai", "heuristic", "--seed", "3"]
    with contextlib.redirect_stdout(io.StringIO()):
        assert main([*args, "--save", str(path)]) == 0
    return path


def test_a_saves_debrief_its_record_and_its_key_moves_are_made_in_the_language(
    saved: Path, tmp_path: Path
) -> None:
    scenario, _, actions, _, steps = load_save(saved)
    log = [e for _, happened in steps for e in happened]
    names = [
        *debriefed(SCENARIOS[1]).names,
        *(e.name for e in log if isinstance(e, events.InstitutionFounded)),
    ]
    replayed = _unexplained(from_save(saved, lang=PSEUDO))
    recorded = _unexplained(from_save(_moved(saved, tmp_path), lang=PSEUDO))
    assert replayed.replayed and not recorded.replayed
    moves = key_moves(steps, actions, scenario.start_year, lang=PSEUDO)
    assert {m.kind for m in moves} >= {"exit", "found"}
    said = [m.had for m in moves]
    for move in moves:
        replay = TurningReplay(
            round=move.round,
            nation=move.nation,
            kind=move.kind,
            move=move.played,
            instead=move.instead,
            had=move.had,
            as_played={"bloc": 3, "pluralist": 7},
            replaced={"hegemonic": 6, "pluralist": 4},
            distance=0.6,
        )
        said.append(sentence(replay, 10, lang=PSEUDO))
        said.append(sentence(replay.model_copy(update={"distance": 0.0}), 10, lang=PSEUDO))
    point = TurningPoint(replays=10, sentence=said[-2], move=None, examined=[replay])
    prose = _Prose()
    prose.feed(debrief_page(recorded.model_copy(update={"turning_point": point}), lang=PSEUDO))
    for debrief in (replayed, recorded):
        said += strings(debrief.model_dump(mode="json"))
    said += prose.texts
    assert not escapes(said, names), "\n".join(escapes(said, names))


def _unexplained(debrief: Debrief) -> Debrief:
    """The debrief without the powers' reasons for their moves (a moment's `why`): they
    are the AI's own words, made in English when it moved (game/ai/explain.py) and kept so
    in the save."""
    assert any(m.why for m in debrief.timeline)
    timeline = [m.model_copy(update={"why": None}) for m in debrief.timeline]
    return debrief.model_copy(update={"timeline": timeline})


def _moved(saved: Path, folder: Path) -> Path:
    """The save as if the rules had moved on since it was made (it is debriefed from its
    record)."""
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["rules_version"] = RULES_VERSION - 1
    data["round_hashes"][2] = data["round_hashes"][2][::-1]
    moved = folder / "moved.json"
    moved.write_text(json.dumps(data), encoding="utf-8")
    return moved


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_the_debrief_says_each_aim_as_the_seat_read_it(path: Path) -> None:
    """An aim in the debrief is the author's words where the scenario gives some, else
    said in the reader's language from its kind: the words of the seat's own card."""
    scenario = load_scenario(path)
    state = start(compile_scenario(scenario, 3))[0]
    debrief = debriefed(path).debrief
    worded = 0
    for record in debrief.nations:
        own = next(n for n in scenario.nations if n.id == record.id)
        authored = [o.text for o in own.objectives]
        card = [
            aim_text(o, state, text, PSEUDO)
            for o, text in zip(state.nation(record.id).objectives, authored, strict=False)
        ]
        assert [o.text for o in record.objectives] == card
        worded += sum(text is None for text in authored)
    # the tutorial's aims are said by the game; liberal-restraint-2025's by their author
    assert bool(worded) == (path.stem == "tutorial")
