"""`main.py new FILE [--from SCENARIO]`: a scenario file to start from, valid as written.

Without --from it is the commented starter (starter.yaml beside this module); with it, a
copy of a bundled scenario or another file, comments and all. Either way the copy's id
becomes the new file's name and its schema line points at the bundled schema, so that an
editor still completes keys; the text is checked before it is written, and a file that
exists is replaced only when asked (--force)."""

from __future__ import annotations

import os
import re
import shlex
import sys
import unicodedata
from pathlib import Path

from game.support.bundled import SCENARIOS, bundled_names, program, scenario_path
from game.support.files import write_atomic

from .load import load_scenario, parse_scenario, read_text
from .problems import AS_WRITTEN, N_, Problem, ScenarioError, Speaker

STARTER = Path(__file__).with_name("starter.yaml")
SUFFIXES = (".yaml", ".yml")
_ID_LINE = re.compile(r"^id:[^\n]*$", re.MULTILINE)  # the scenario's own id: never indented
_SCHEMA_LINE = re.compile(r"\A# yaml-language-server: \$schema=[^\n]*")


def id_for(target: Path) -> str:
    """The scenario id a file's name makes ('Climate 2015.yaml' -> 'climate-2015'; one
    with no letter to start with is a world: '1945.yaml' -> 'world-1945')."""
    plain = unicodedata.normalize("NFKD", target.stem).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9_-]+", "-", plain.lower()).strip("-_")
    if not re.match(r"[a-z]", words):
        words = f"world-{words}".rstrip("-")
    return words[:32].rstrip("-_")


def _schema_reference(target: Path) -> str:
    """Where the new file's editor finds the schema: relative when it can be."""
    schema = (SCENARIOS / "schema.json").resolve()
    try:
        return Path(os.path.relpath(schema, target.resolve().parent)).as_posix()
    except ValueError:  # another drive
        return schema.as_uri()


def starting_text(source: str | None, target: Path) -> str:
    """The new file's text: the starter or a copy of `source`, named after `target`.
    Raises ScenarioError if the source cannot be read."""
    text = STARTER.read_text(encoding="utf-8") if source is None else read_text(source)
    text = _ID_LINE.sub(f"id: {id_for(target)}", text, count=1)
    schema = f"# yaml-language-server: $schema={_schema_reference(target)}"
    if _SCHEMA_LINE.match(text):
        return _SCHEMA_LINE.sub(schema, text, count=1)
    return f"{schema}\n{text}"


def _target_problem(target: Path, name: str, force: bool) -> Problem | None:
    if not name.strip():
        return Problem.said(
            repr(name), N_("the file name is empty; give one such as my-world.yaml")
        )
    if target.is_dir():
        return Problem.said(
            name, N_("is a folder; give a file name inside it, such as {example}"),
            example=(target / "my-world.yaml").as_posix(),
        )  # fmt: skip
    if target.suffix.lower() not in SUFFIXES:
        return Problem.said(
            name,
            N_("a scenario file's name ends in .yaml (validate looks for those): {example}"),
            example=f"{name}.yaml",
        )
    if (target.exists() or target.is_symlink()) and not force:
        return Problem.said(
            name, N_("exists already; choose another name, or add --force to replace it")
        )
    return None


def _source_problem(source: str) -> Problem | None:
    if scenario_path(source).is_file():
        return None
    return Problem.said(
        source,
        N_("no such scenario; give a file, or one of the bundled ones: {names}"),
        names=", ".join(bundled_names()),
    )


def new_scenario(
    target_name: str, source: str | None, force: bool, lang: Speaker = AS_WRITTEN
) -> int:
    """Write the starter (or a copy of `source`) to `target_name`; print what was done or
    each problem, file:line first. 0 when written, 1 otherwise."""
    target = Path(target_name)
    problem = _target_problem(target, target_name, force)
    if problem is None and source is not None:
        problem = _source_problem(source)
    if problem is not None:
        print(problem.text(lang), file=sys.stderr)
        return 1
    try:
        if source is not None:
            load_scenario(source)  # a broken file is told at its own lines, and not copied
        text = starting_text(source, target)
        parse_scenario(text, target_name)
    except ScenarioError as error:
        return error.report(lang)
    try:
        write_atomic(target, text)
    except OSError as error:
        problem = Problem.said(
            target_name, N_("cannot write it: {problem}"), problem=error.strerror
        )
        print(problem.text(lang), file=sys.stderr)
        return 1
    print(
        lang.text(
            N_(
                "wrote {file}, valid as written. Check it as you change it with `{prog} "
                "validate {file} --explain`; play it with `{prog} play {file}`; the guide is "
                "scenarios/README.md."
            ),
            file=shlex.quote(target_name),
            prog=program(),
        )
    )
    return 0
