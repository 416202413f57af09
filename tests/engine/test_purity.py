"""game/engine imports only the standard library and numpy."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ENGINE = Path(__file__).resolve().parents[2] / "game" / "engine"
ALLOWED = set(sys.stdlib_module_names) | {"numpy", "game"}


def imported_roots(path: Path) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def test_engine_imports_only_stdlib_and_numpy() -> None:
    files = sorted(ENGINE.rglob("*.py"))
    assert files
    for path in files:
        foreign = imported_roots(path) - ALLOWED
        assert not foreign, f"{path.relative_to(ENGINE.parent.parent)} imports {sorted(foreign)}"


def test_engine_imports_nothing_of_the_game_outside_the_engine() -> None:
    for path in sorted(ENGINE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.ImportFrom)
                and node.level == 0
                and node.module
                and node.module.split(".")[0] == "game"
            ):
                assert node.module.startswith("game.engine"), f"{path}: {node.module}"


def test_engine_files_stay_small() -> None:
    """A file of the engine holds one job; past about 400 lines it holds several."""
    for path in sorted(ENGINE.rglob("*.py")):
        if path.name == "params.py":  # generated from the scenario's models: a list of data
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        assert lines <= 400, f"{path.relative_to(ENGINE.parent.parent)}: {lines} lines; split it"


def test_the_check_itself_catches_a_foreign_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import pygame\nfrom pydantic import BaseModel\nimport numpy as np\n")
    assert imported_roots(bad) - ALLOWED == {"pygame", "pydantic"}
