"""Where the game's own files are. In the repository `assets/` and `scenarios/` sit at
its top, beside `game/`; an installed package carries them inside, as `game/assets` and
`game/scenarios` (pyproject.toml maps them in when the wheel is built)."""

from __future__ import annotations

import sys
from pathlib import Path

GAME = Path(__file__).resolve().parents[1]  # the package's folder


def _found(name: str) -> Path:
    inside = GAME / name
    return inside if inside.is_dir() else GAME.parent / name


ASSETS = _found("assets")
SCENARIOS = _found("scenarios")  # the bundled scenarios


def bundled_names() -> list[str]:
    """The bundled scenarios' names, as a command takes them ('tutorial')."""
    return sorted(p.stem for p in SCENARIOS.glob("*.yaml"))


def scenario_path(given: str | Path) -> Path:
    """A scenario file as given, or else the bundled scenario of that name: 'tutorial',
    'tutorial.yaml' and 'scenarios/tutorial.yaml' all find it wherever the game is
    installed; a path to an existing file is always that file."""
    path = Path(given)
    if path.exists():
        return path
    for name in (path.name, f"{path.name}.yaml"):
        found = SCENARIOS / name
        if found.is_file():
            return found
    for name in (path.name, f"{path.name}.yaml"):
        found = SCENARIOS / "worlds" / name
        if found.is_file():
            return found
    return path


def program() -> str:
    """How this person runs the game, for the commands it prints: the installed
    command, or the repository's script."""
    return INSTALLED if Path(sys.argv[0]).stem == INSTALLED else "main.py"


INSTALLED = "concert-of-powers"  # pyproject.toml's [project.scripts]
