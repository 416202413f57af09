"""Who plays which seat, kept beside the autosave so Continue restores it."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ValidationError

from game.files import write_atomic


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
