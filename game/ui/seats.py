"""Who plays which seat, kept beside the autosave so Continue restores it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ValidationError

from game.play.match import Match
from game.support.files import write_atomic
from game.text.language import ENGLISH, N_, Language


@dataclass(frozen=True)
class SeatChoice:
    """One seat as picked before a game: a person's team or an AI."""

    nation: str
    player: str  # "person", an AI level or a strategy
    team: str


def round_choices(match: Match, lang: Language = ENGLISH) -> dict[str, int]:
    """The rounds a game can be played on from, by their label ("Round 2 (2026)")."""
    start = match.scenario.start_year
    return {
        (
            lang.text(
                N_("Round {round} ({year})"),
                round=lang.number(r, 0),
                year=lang.number(start + r - 1, 0),
            )
            if start
            else lang.text(N_("Round {round}"), round=lang.number(r, 0))
        ): r
        for r in match.rounds_begun()
    }


class SeatSetup(BaseModel):
    people: dict[str, str]  # nation -> team name
    ai: dict[str, str]  # nation -> level (easy, normal, hard)
    coached: bool = False  # the guided tutorial's coach is on

    @staticmethod
    def beside(save: Path) -> Path:
        return save.with_name(save.stem + ".seats.json")

    def write(self, save: Path) -> None:
        write_atomic(self.beside(save), self.model_dump_json(indent=1) + "\n")

    @classmethod
    def read(cls, save: Path, great_powers: list[str]) -> SeatSetup:
        """The set-up saved with the game; without one, the first great power is played
        by a person and the rest by the AI at normal."""
        try:
            return cls.model_validate_json(cls.beside(save).read_text("utf-8"))
        except (OSError, ValidationError, ValueError):
            first, *rest = great_powers
            return cls(people={first: first}, ai=dict.fromkeys(rest, "normal"))
