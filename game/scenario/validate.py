"""`main.py validate`: check files and folders of scenarios and report every problem.

Its messages are said in the language passed in from above (problems.py: this package is
below the text layer), English as written without one."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from game.support.bundled import scenario_path

from .load import load_scenario
from .problems import AS_WRITTEN, N_, Np_, Problem, ScenarioError, Speaker
from .schema import Scenario

SUFFIXES = (".yaml", ".yml")


def scenario_files(paths: Iterable[str]) -> tuple[list[Path], list[Problem]]:
    """The scenario files named or found in folders, and problems with the paths."""
    files: list[Path] = []
    problems: list[Problem] = []
    for name in paths:
        path = Path(name)
        if not name.strip():
            problems.append(Problem.said(repr(name), N_("an empty path; name a file or folder")))
        elif path.is_dir():
            if not os.access(path, os.R_OK | os.X_OK):
                message = N_("cannot read this folder: permission denied")
                problems.append(Problem.said(name, message))
                continue
            found = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
            )
            if not found:
                message = N_("no scenario files (*.yaml or *.yml) in this folder")
                problems.append(Problem.said(name, message))
            files.extend(found)
        elif path.exists() or path.is_symlink():
            files.append(path)
        elif scenario_path(path).is_file():  # a bundled scenario by name ('tutorial')
            files.append(scenario_path(path))
        else:
            problems.append(Problem.said(name, N_("no such file or folder")))
    return files, problems


def passed(path: Path, scenario: Scenario, lang: Speaker = AS_WRITTEN) -> str:
    """The line of a valid file: 'scenarios/tutorial.yaml: ok (tutorial: 3 great powers, 4
    minor nations, 3 institutions, 4 rounds)'."""
    great = len(scenario.great_powers())
    return lang.text(
        N_("{path}: ok ({id}: {great_powers}, {minor_nations}, {institutions}, {rounds})"),
        path=path,
        id=scenario.id,
        great_powers=lang.plural(Np_("{count} great power", "{count} great powers"), great),
        minor_nations=lang.plural(
            Np_("{count} minor nation", "{count} minor nations"), len(scenario.nations) - great
        ),
        institutions=lang.plural(
            Np_("{count} institution", "{count} institutions"), len(scenario.institutions)
        ),
        rounds=lang.plural(Np_("{count} round", "{count} rounds"), scenario.length.rounds),
    )


def tally(problems: int, failed: int, total: int, lang: Speaker = AS_WRITTEN) -> str:
    """'5 problems in 4 of 4 files'."""
    return lang.plural(
        Np_("{problems} in {failed} of {count} file", "{problems} in {failed} of {count} files"),
        total,
        problems=lang.plural(Np_("{count} problem", "{count} problems"), problems),
        failed=lang.number(failed, 0),
    )


def validate_paths(
    paths: Iterable[str],
    quiet: bool = False,
    lang: Speaker = AS_WRITTEN,
    then: Callable[[Path, Scenario, Any], None] | None = None,
) -> int:
    """Print a line per valid file and per problem; 0 if all valid, 1 otherwise. `then`
    is told of each valid file, after its line (`validate --explain`)."""
    files, path_problems = scenario_files(paths)
    for problem in path_problems:
        print(problem.text(lang))
    problems, failed = len(path_problems), len(path_problems)
    for path in files:
        try:
            scenario = load_scenario(path, getattr(lang, "code", "en"))
        except ScenarioError as error:
            problems += len(error.problems)
            failed += 1
            for problem in error.problems:
                print(problem.text(lang))
            continue
        if not quiet:
            print(passed(path, scenario, lang))
        if then is not None:
            then(path, scenario, lang)
    if problems:
        total = len(files) + len(path_problems)
        sys.stdout.flush()
        print(tally(problems, failed, total, lang), file=sys.stderr)
        return 1
    return 0
