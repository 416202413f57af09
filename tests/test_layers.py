"""The house's layers. The engine is reached through its facade only: no module outside
game/engine imports one of the engine's modules, and every name taken from `game.engine`
is one the facade lists in `__all__` (game/engine/__init__.py). Every package imports
only packages below it in LAYERS (the network never imports the window), no module
imports one that imports it back, however far round (lazy imports and imports for type
checking count too), and only the window imports pygame."""

from __future__ import annotations

import ast
import sys
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


# Lowest first: a package may import its own modules and those of the packages before it.
LAYERS = (
    "game.engine",  # the rules and the model: standard library and numpy only
    "game.support",  # atomic files, the user's folders
    "game.scenario",  # the scenario format, its validation and compilation
    "game.text",  # events and rules in words, the glossary
    "game.layout",  # pictures as plain data: the order map, the chambers
    "game.ai",  # the AI powers and the baseline policy
    "game.play",  # a game in progress, saves, headless play
    "game.sim",  # batch runs and studies
    "game.debrief",  # the debrief as data, turning points, what would tip the order
    "game.present",  # what the table shows, as words and plain data, for any front end
    "game.web",  # the browser's client: its files, and the fonts it is served
    "game.report",  # the HTML pages and the debrief command
    "game.session",  # the controllers the screens play through
    "game.net",  # the classroom server and client
    "game.ui",  # the window
    "game.cli",  # the command line
)
MODULES = {
    ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): path
    for path in (ROOT / "game").rglob("*.py")
    if path != ROOT / "game" / "__init__.py"
}


def layer(module: str) -> int:
    for rank, package in enumerate(LAYERS):
        if module == package or module.startswith(package + "."):
            return rank
    raise AssertionError(f"{module} is in no layer: add its package to LAYERS")


def imported(module: str) -> list[tuple[int, str]]:
    """(line, module) for every import of one of the game's modules, wherever it stands
    in the file (in a function, under TYPE_CHECKING), relative ones resolved."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            for alias in node.names:
                target = f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base
                found.append((node.lineno, target))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
    return [(line, target) for line, target in found if target in MODULES and target != module]


def test_every_module_has_a_layer() -> None:
    assert len(MODULES) > 100
    for module in MODULES:
        layer(module)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_package_imports_only_those_below_it(module: str) -> None:
    for line, target in imported(module):
        assert layer(target) <= layer(module), (
            f"{MODULES[module].relative_to(ROOT)}:{line} imports {target}, a layer above "
            f"({LAYERS[layer(target)]} over {LAYERS[layer(module)]}): move the shared code "
            "down, or pass what is needed in from above"
        )


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while (top := stack.pop()) != node:
                component.append(top)
            if component:
                found.append(sorted([node, *component]))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10 * len(graph)))
    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_cycles_are_found() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_imports_one_that_imports_it() -> None:
    graph = {module: {target for _, target in imported(module)} for module in MODULES}
    # A package's __init__ importing its own modules is how a package shows its names.
    for module in graph:
        graph[module] -= {m for m in graph[module] if MODULES[module].name == "__init__.py"
                          and m.startswith(module + ".")}  # fmt: skip
    assert cycles(graph) == []


def test_only_the_window_imports_pygame() -> None:
    for module, path in MODULES.items():
        if layer(module) == LAYERS.index("game.ui"):
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = (
                [a.name for a in node.names] if isinstance(node, ast.Import)
                else [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            )  # fmt: skip
            assert not any(n.split(".")[0] in ("pygame", "pygame_gui") for n in names), (
                f"{path.relative_to(ROOT)}:{node.lineno} imports pygame: only game/ui may"
            )
