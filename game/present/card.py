"""A scenario as it is chosen or joined: its length and seats in words, and how its games
end (game/present/tendency.py), said alike by the window's scenario browser and the web
join page."""

from __future__ import annotations

from game.engine import BodyState, GameState, start
from game.scenario import Scenario
from game.scenario.compile import compile_scenario
from game.support.tendencies import Tendencies
from game.text.codes import VERDICTS, code_text
from game.text.language import ENGLISH, N_, Language, Np_

from .tendency import tendency_lines


def opening(sc: Scenario) -> tuple[GameState, list[BodyState]]:
    """The world at its start and the bodies open in it, as the card draws them."""
    state, _ = start(compile_scenario(sc, 1))
    return state, [b for b in state.bodies if b.alive and b.members]


def length_words(sc: Scenario, lang: Language = ENGLISH) -> str:
    """'7 rounds, from 2014, about 90 minutes' (the year or the minutes where given)."""
    rounds = sc.length.rounds
    year = lang.number(sc.start_year, 0) if sc.start_year else ""
    minutes = sc.length.minutes
    if year and minutes:
        return lang.plural(
            Np_(
                "{count} round, from {year}, about {minutes} minutes",
                "{count} rounds, from {year}, about {minutes} minutes",
            ),
            rounds,
            year=year,
            minutes=lang.number(minutes, 0),
        )
    if year:
        return lang.plural(
            Np_("{count} round, from {year}", "{count} rounds, from {year}"), rounds, year=year
        )
    if minutes:
        return lang.plural(
            Np_(
                "{count} round, about {minutes} minutes", "{count} rounds, about {minutes} minutes"
            ),
            rounds,
            minutes=lang.number(minutes, 0),
        )
    return lang.plural(Np_("{count} round", "{count} rounds"), rounds)


def seats_words(sc: Scenario, lang: Language = ENGLISH) -> str:
    """'5 for teams or the AI': the great powers a team or the AI may play."""
    playable = len(sc.playable_seats())
    return lang.plural(Np_("{count} for teams or the AI", "{count} for teams or the AI"), playable)


def ends_words(sc: Scenario, record: Tendencies | None, lang: Language = ENGLISH) -> list[str]:
    """How its games end, measured, and what happened in its period where it has one."""
    lines = tendency_lines(sc.id, record, lang)
    if sc.history is not None and sc.history.verdict:
        lines.append(
            lang.text(
                N_("In history, read by the game's terms: {verdict}."),
                verdict=code_text(VERDICTS, sc.history.verdict, lang),
            )
        )
    return lines
