"""Who plays which seat of a class's game: the instructor names the AI of the seats
nobody takes, or of a seat from the start, by level or by strategy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import ValidationError

from game.ai.play import SeatError
from game.ai.strategy import STRATEGIES
from game.net.client import RemoteController
from game.net.protocol import Control
from game.net.serve import codes_text, prepare

from .conftest import Running
from .test_game import until

ROOT = Path(__file__).resolve().parents[2]
LIBERAL = ROOT / "scenarios" / "liberal-restraint-2025.yaml"


def test_ai_named_for_a_seat_plays_it_from_the_start(tmp_path: Path) -> None:
    match, seating, journal = prepare(
        LIBERAL, None, tmp_path / "c.sqlite", 1, None, ["hegemony", "US=overreach"]
    )
    try:
        assert "US" not in seating.people and seating.ai == {"US": "overreach"}
        assert seating.fallback == "hegemony"
        assert "United States" in codes_text(match, seating)
        assert "(AI playing overreach)" in codes_text(match, seating)
    finally:
        journal.db.close()


def test_seats_nobody_took_go_to_the_kind_named(serve: Callable[..., Running]) -> None:
    running = serve(fallback="concert", autostart=False)
    host = running.host
    chief = RemoteController(running.address, "pw", "teacher", instructor=True)
    try:
        chief.instruct("start")
        until(lambda: host.controller is not None)
        assert host.seating.people == {}
        assert set(host.seating.ai.values()) == {"concert"}
        until(lambda: len(host.match.actions) > 3)  # the concert plays
    finally:
        chief.close()


def test_the_fallback_survives_a_resume(tmp_path: Path) -> None:
    _, _, journal = prepare(LIBERAL, None, tmp_path / "c.sqlite", 1, None, ["bloc"])
    journal.db.close()
    _, seating, again = prepare(None, tmp_path / "c.sqlite", None, None, None)
    again.db.close()
    assert seating.fallback == "bloc"


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("hegemon", "no AI 'hegemon'; did you mean 'hegemony'?"),
        ("USA=bloc", "'USA' is not a great power of the scenario; did you mean 'US'?"),
    ],
)
def test_an_unknown_kind_or_seat_names_the_choices(
    tmp_path: Path, setting: str, message: str
) -> None:
    with pytest.raises(SeatError, match=message):
        prepare(LIBERAL, None, tmp_path / "c.sqlite", 1, None, [setting])


def test_the_instructor_can_hand_a_seat_to_a_strategy() -> None:
    for kind in (*STRATEGIES, "easy", "normal", "hard", "people"):
        assert Control(command="reassign", seat="US", to=kind).to == kind  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Control(command="reassign", seat="US", to="hegemon")  # type: ignore[arg-type]


def _with_seats(tmp_path: Path) -> Path:
    """The tutorial whose `seats:` make Northland (easy) and Eastmark (hard) playable,
    and Southgate the computer's."""
    text = (ROOT / "scenarios" / "tutorial.yaml").read_text()
    text += "\nseats:\n  - {nation: NL, ai: easy}\n  - {nation: EM, ai: hard}\n"
    path = tmp_path / "seated.yaml"
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("ai", "people", "ai_now", "untaken"),
    [
        ([], {"NL", "EM"}, {"SG": "normal"}, {"NL": "easy", "EM": "hard"}),
        (["EM=bloc"], {"NL"}, {"EM": "bloc", "SG": "normal"}, {"NL": "easy"}),
        (["hegemony"], {"NL", "EM"}, {"SG": "hegemony"}, {}),  # one kind over the scenario's
    ],
)
def test_a_class_seats_the_powers_the_scenario_names_and_its_ai_plays_the_rest(
    tmp_path: Path, ai: list[str], people: set[str], ai_now: dict[str, str],
    untaken: dict[str, str],
) -> None:  # fmt: skip
    _, seating, journal = prepare(_with_seats(tmp_path), None, tmp_path / "c.sqlite", 1, None, ai)
    journal.db.close()
    assert set(seating.people) == people and seating.ai == ai_now
    assert seating.untaken == untaken
    _, again, journal = prepare(None, tmp_path / "c.sqlite", None, None, None)  # resumed
    journal.db.close()
    assert again.untaken == untaken


def test_a_seat_nobody_took_goes_to_the_ai_its_scenario_names(tmp_path: Path) -> None:
    from game.net.host import Host

    match, seating, journal = prepare(_with_seats(tmp_path), None, tmp_path / "c.sqlite", 1, None)
    running = Running(Host(match, seating, journal, password="pw", autostart=False))
    chief = RemoteController(running.address, "pw", "teacher", instructor=True)
    try:
        chief.instruct("start")
        until(lambda: running.host.controller is not None)
        assert running.host.seating.people == {}
        assert running.host.seating.ai == {"NL": "easy", "EM": "hard", "SG": "normal"}
    finally:
        chief.close()
        running.stop()
