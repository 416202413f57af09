"""The engine is reached through its facade only: no module outside game/engine imports
one of the engine's modules, and every name taken from `game.engine` is one the facade
lists in `__all__` (game/engine/__init__.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import game.engine

ROOT = Path(__file__).resolve().parents[1]
CALLERS = sorted(
    path
    for path in [*(ROOT / "game").rglob("*.py"), ROOT / "main.py", *(ROOT / "bench").rglob("*.py")]
    if (ROOT / "game" / "engine") not in path.parents
)


def engine_imports(path: Path) -> list[tuple[int, str, str]]:
    """(line, module, name) for every import of the engine in the file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("game.engine"):
            found += [(node.lineno, node.module or "", alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [
                (node.lineno, alias.name, "")
                for alias in node.names
                if alias.name.startswith("game.engine")
            ]
    return found


def test_there_are_callers_to_check() -> None:
    assert len(CALLERS) > 50
    assert sum(bool(engine_imports(path)) for path in CALLERS) > 30


@pytest.mark.parametrize("path", CALLERS, ids=lambda p: str(p.relative_to(ROOT)))
def test_callers_import_the_engine_s_facade_only(path: Path) -> None:
    for line, module, name in engine_imports(path):
        where = f"{path.relative_to(ROOT)}:{line}"
        assert module == "game.engine", f"{where}: import from game.engine, not {module}"
        assert name in game.engine.__all__, f"{where}: {name} is not in the facade's __all__"
