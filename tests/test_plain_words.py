"""No internal id, coordinate or long decimal reaches a player: every string the log, the
year in review, the debrief and its HTML report make over whole games of every scenario
is read for a motion's, offer's or body's number (m1, o2, b3), a policy as coordinates
((0.53, -0.2) or [0.3, 0.2]) and a fraction with more than two significant digits
outside a table (0.248; whole numbers such as years and counts are fine). The same in
Spanish and German over the bundled scenarios, reading '0,248' as the decimal (and
'73.337' as a grouped whole number), and with no English word left in what they say."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from game.cli import main
from game.debrief.build import from_save
from game.play.record import load_save
from game.present.review import year_review
from game.report.debrief import debrief_page
from game.text.catalogues import language
from game.text.language import ENGLISH, Language
from game.text.narrate import describe

ROOT = Path(__file__).resolve().parents[1]
WORLDS = (
    *sorted((ROOT / "scenarios").glob("*.yaml")),  # the bundled scenarios, each of them
    *sorted((ROOT / "scenarios" / "worlds").glob("*.yaml")),
)

BUNDLED = sorted((ROOT / "scenarios").glob("*.yaml"))
BARE_ID = re.compile(r"\b[mob]\d+\b")
COORDINATES = re.compile(r"[(\[]\s*-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?\s*[)\]]")
DECIMAL = re.compile(r"(?<![\w.])\d*\.\d+")
# In a language with a decimal comma: '0,248' (a list's comma has a space after it).
DECIMAL_COMMA = re.compile(r"(?<![\w,])\d*,\d+")
COORDINATES_COMMA = re.compile(r"[(\[]\s*-?\d+(,\d+)?\s*[;,]\s+-?\d+(,\d+)?\s*[)\]]")
# English words no Spanish or German sentence has: one of them is English left over.
# (The game's own name aside, "Concert of Powers", and loan words such as "Out-of-Area".)
ENGLISH_WORDS = re.compile(
    r"(?<![\w-])(the|and|of|with|from|its|which|would|were|has|into)(?![\w-])"
)
# Debrief fields that hold ids, codes or keys for programs, not text for a person.
NOT_TEXT = {"scenario", "nation", "body", "kind", "verdict", "leaning", "id", "code", "doctrine"}


def long_decimal(text: str, comma: bool = False) -> str | None:
    for found in (DECIMAL_COMMA if comma else DECIMAL).finditer(text):
        digits = found.group().replace("," if comma else ".", "").lstrip("0")
        if len(digits) > 2:
            return found.group()
    return None


def problems(text: str, lang: Language = ENGLISH) -> list[str]:
    comma = lang.decimal == ","
    found = []
    for pattern in (BARE_ID, COORDINATES_COMMA if comma else COORDINATES):
        if (match := pattern.search(text)) is not None:
            found.append(match.group())
    if (decimal := long_decimal(text, comma)) is not None:
        found.append(decimal)
    said = text.replace("Concert of Powers", "")
    if lang is not ENGLISH and (word := ENGLISH_WORDS.search(said)) is not None:
        found.append(f"English: {word.group()}")
    return found


def strings(value: Any, key: str = "") -> list[str]:
    """Every string a person reads in a debrief's data."""
    if isinstance(value, str):
        return [] if key in NOT_TEXT else [value]
    if isinstance(value, dict):
        if key == "indices":  # a table of figures by name
            return []
        return [s for k, v in value.items() for s in strings(v, str(k))]
    if isinstance(value, list | tuple):
        return [s for v in value for s in strings(v, key)]
    return []


class _Prose(HTMLParser):
    """The text of a page outside its tables, scripts and styles."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.depth += tag in ("table", "script", "style")

    def handle_endtag(self, tag: str) -> None:
        self.depth -= tag in ("table", "script", "style")

    def handle_data(self, data: str) -> None:
        if not self.depth and data.strip():
            self.texts.append(data.strip())


@pytest.mark.parametrize(
    ("world", "code"),
    [
        *((world, "en") for world in WORLDS),
        *((world, code) for world in BUNDLED for code in ("es", "de")),
    ],
    ids=lambda value: value.stem if isinstance(value, Path) else value,
)
def test_what_a_player_reads_has_no_ids_coordinates_or_long_decimals(
    world: Path, code: str, tmp_path: Path
) -> None:
    lang = language(code)
    save = tmp_path / "game.json"
    args = ["play", "--headless", str(world), "--ai", "heuristic", "--seed", "3", "--lang", code]
    assert main([*args, "--save", str(save)]) == 0
    *_, steps = load_save(save)
    read: dict[str, list[str]] = {"log": [], "review": [], "debrief": [], "report": []}
    previous = steps[0][0]
    for state, happened in steps:
        read["log"] += [line for e in happened if (line := describe(e, state, lang))]
        if any(e.kind == "round_ended" for e in happened):
            read["review"] += year_review(previous, state, list(happened), lang)
            previous = state
    debrief = from_save(save, lang)
    read["debrief"] = strings(debrief.model_dump(mode="json"))
    prose = _Prose()
    prose.feed(debrief_page(debrief, lang))
    read["report"] = prose.texts
    assert all(read.values()), {k: len(v) for k, v in read.items()}
    bad = {
        where: [(line, problems(line, lang)) for line in lines if problems(line, lang)][:3]
        for where, lines in read.items()
    }
    assert not any(bad.values()), bad
