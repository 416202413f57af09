"""`main.py validate`: check files and folders of scenarios and report every problem."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from .load import load_scenario
from .problems import Problem, ScenarioError

SUFFIXES = (".yaml", ".yml")


def scenario_files(paths: Iterable[str]) -> tuple[list[Path], list[Problem]]:
    """The scenario files named or found in folders, and problems with the paths."""
    files: list[Path] = []
    problems: list[Problem] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())
            if not found:
                problems.append(
                    Problem(name, 0, 0, "", "no scenario files (*.yaml) in this folder")
                )
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            problems.append(Problem(name, 0, 0, "", "no such file or folder"))
    return files, problems


def validate_paths(paths: Iterable[str], quiet: bool = False) -> int:
    """Print a line per valid file and per problem; 0 if all valid, 1 otherwise."""
    files, path_problems = scenario_files(paths)
    for problem in path_problems:
        print(problem)
    problems, failed = len(path_problems), len(path_problems)
    for path in files:
        try:
            scenario = load_scenario(path)
        except ScenarioError as error:
            problems += len(error.problems)
            failed += 1
            for problem in error.problems:
                print(problem)
            continue
        if not quiet:
            great = len(scenario.great_powers())
            print(
                f"{path}: ok ({scenario.id}: {great} great powers, "
                f"{len(scenario.nations) - great} minor nations, "
                f"{len(scenario.institutions)} institutions, {scenario.length.rounds} rounds)"
            )
    if problems:
        total = len(files) + len(path_problems)
        plural = "s" if problems != 1 else ""
        print(f"{problems} problem{plural} in {failed} of {total} files", file=sys.stderr)
        return 1
    return 0
