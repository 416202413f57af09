"""`main.py validate`: check files and folders of scenarios and report every problem."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from .load import load_scenario
from .problems import Problem, ScenarioError

SUFFIXES = (".yaml", ".yml")


def _count(number: int, word: str) -> str:
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


def scenario_files(paths: Iterable[str]) -> tuple[list[Path], list[Problem]]:
    """The scenario files named or found in folders, and problems with the paths."""
    files: list[Path] = []
    problems: list[Problem] = []
    for name in paths:
        path = Path(name)
        if not name.strip():
            problems.append(Problem(repr(name), 0, 0, "", "an empty path; name a file or folder"))
        elif path.is_dir():
            if not os.access(path, os.R_OK | os.X_OK):
                problems.append(
                    Problem(name, 0, 0, "", "cannot read this folder: permission denied")
                )
                continue
            found = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
            )
            if not found:
                message = "no scenario files (*.yaml or *.yml) in this folder"
                problems.append(Problem(name, 0, 0, "", message))
            files.extend(found)
        elif path.exists() or path.is_symlink():
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
            counts = ", ".join(
                _count(n, word)
                for n, word in (
                    (great, "great power"),
                    (len(scenario.nations) - great, "minor nation"),
                    (len(scenario.institutions), "institution"),
                    (scenario.length.rounds, "round"),
                )
            )
            print(f"{path}: ok ({scenario.id}: {counts})")
    if problems:
        total = len(files) + len(path_problems)
        plural = "s" if problems != 1 else ""
        sys.stdout.flush()
        files_word = "file" if total == 1 else "files"
        print(f"{problems} problem{plural} in {failed} of {total} {files_word}", file=sys.stderr)
        return 1
    return 0
