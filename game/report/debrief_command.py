"""`main.py debrief SAVE [-o DIR]`: the debrief in the terminal, and as files: a
self-contained HTML report, the debrief as JSON and the game's tables as CSV
(docs/debrief.md). What it prints and writes is in the language given (`lang`)."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from game.debrief.build import build, from_record
from game.debrief.model import NOT_REPLAYED, OBJECTIVES, UNKNOWN, Debrief
from game.debrief.tables import write_tables
from game.debrief.turning import REPLAYS, turning_point
from game.play.record import RulesMoved, SaveError, load_save
from game.report.debrief import debrief_page
from game.support.files import write_atomic
from game.text.codes import VERDICTS, code_text
from game.text.language import ENGLISH, N_, Language
from game.text.names import series

CANNOT_WRITE = N_("main.py debrief: cannot write to {folder}: {problem}")


def debrief_command(
    save: str, out: str | None, replays: int = REPLAYS, lang: Language = ENGLISH
) -> int:
    folder = Path(out) if out else Path(save).with_name(Path(save).stem + "-debrief")
    try:
        scenario, seed, actions, _, steps = load_save(Path(save))
    except RulesMoved as error:
        print(error, file=sys.stderr)
        return _from_record(error, save, folder, lang)
    except SaveError as error:
        print(error, file=sys.stderr)
        return 1
    debrief = build(scenario, seed, steps, lang)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write(folder, debrief, lang)
        written = write_tables(folder, debrief, steps, actions)
    except OSError as error:
        print(lang.text(CANNOT_WRITE, folder=folder, problem=error.strerror), file=sys.stderr)
        return 1
    show(debrief, lang)
    print()
    print(
        lang.text(
            N_("wrote {report} (open it in a browser; it prints too),"),
            report=folder / "report.html",
        )
    )
    names = series([p.name for p in written], lang)
    print(
        "  " + lang.text(N_("debrief.json and {tables} in {folder}"), tables=names, folder=folder)
    )
    if replays <= 0:
        return 0
    # The report is already there; the turning point joins it when its replays are done.
    print()
    print(
        lang.text(N_("The turning point (replaying the key moves; the report is updated after):"))
    )
    progress = partial(_progress, lang=lang)
    point = turning_point(scenario, seed, steps, actions, replays, progress=progress, lang=lang)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    try:
        _write(folder, debrief.model_copy(update={"turning_point": point}), lang)
    except OSError as error:
        print(lang.text(CANNOT_WRITE, folder=folder, problem=error.strerror), file=sys.stderr)
        return 1
    print(f"  {point.sentence}")
    return 0


def _from_record(moved: RulesMoved, save: str, folder: Path, lang: Language = ENGLISH) -> int:
    """The debrief of a save these rules cannot replay, from what it recorded."""
    try:
        debrief = from_record(moved.save, save, lang)
    except SaveError as error:
        print(error, file=sys.stderr)
        return 1
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write(folder, debrief, lang)
    except OSError as error:
        print(lang.text(CANNOT_WRITE, folder=folder, problem=error.strerror), file=sys.stderr)
        return 1
    show(debrief, lang)
    print()
    print(
        lang.text(
            N_("wrote {report} and debrief.json in {folder}"),
            report=folder / "report.html",
            folder=folder,
        )
    )
    return 0


def _write(folder: Path, debrief: Debrief, lang: Language = ENGLISH) -> None:
    write_atomic(folder / "report.html", debrief_page(debrief, lang))
    write_atomic(folder / "debrief.json", debrief.model_dump_json(indent=1) + "\n")


def _progress(done: int, total: int, lang: Language = ENGLISH) -> None:
    said = lang.text(
        N_("replays {done} of {total}"), done=lang.number(done, 0), total=lang.number(total, 0)
    )
    if sys.stderr.isatty():  # one line that counts up
        print(f"\r  {said}", end="", file=sys.stderr, flush=True)
    elif done == total or done % max(1, total // 4) == 0:
        print(f"  {said}", file=sys.stderr, flush=True)


def show(debrief: Debrief, lang: Language = ENGLISH) -> None:
    """The debrief in the terminal, in `lang` (its own text made in it already)."""
    say, number = lang.text, lang.number
    if debrief.verdict == "transitional" and debrief.leaning:
        verdict = say(
            N_("transitional, leaning {leaning}"),
            leaning=code_text(VERDICTS, debrief.leaning, lang),
        )
    else:
        verdict = code_text(VERDICTS, debrief.verdict, lang)
    if debrief.finished:
        print(say(N_("{title} (seed {seed}), finished"), title=debrief.title, seed=debrief.seed))
    else:
        print(
            say(
                N_("{title} (seed {seed}), stopped after round {round}"),
                title=debrief.title,
                seed=debrief.seed,
                round=number(debrief.rounds_played, 0),
            )
        )
    if not debrief.replayed:
        print(say(NOT_REPLAYED))
    print()
    print(say(N_("The order: {verdict}"), verdict=verdict))
    for reason in debrief.reasons:
        said = N_("holds: {reason}") if reason.held else N_("fails: {reason}")
        print("  " + say(said, reason=reason.text))
    if debrief.tipping:
        print("  " + say(N_("What would tip it: {tipping}"), tipping=debrief.tipping))
    print()
    print(say(N_("Key moments:")))
    for moment in debrief.timeline:
        print(
            "  "
            + say(N_("round {round}: {moment}"), round=number(moment.round, 0), moment=moment.text)
        )
        if moment.why:
            print("    " + say(N_("why: {why}"), why=moment.why))
    print()
    print(say(N_("Concepts met in play:")))
    if not debrief.replayed:
        print("  " + say(UNKNOWN))
    for concept in debrief.concepts:
        print(
            "  "
            + say(
                N_("{concept} (round {round}, {source}): {moment}"),
                concept=concept.name,
                round=number(concept.round, 0),
                source=concept.source,
                moment=concept.moment,
            )
        )
    print()
    print(say(N_("Doctrines in action:")))
    if not debrief.replayed:
        print("  " + say(UNKNOWN))
    for record in debrief.doctrines:
        print(f"  {record.summary}")
        for act in record.acts:
            if len(act.rounds) > 1:
                rounds = series([number(r, 0) for r in act.rounds], lang)
                when = say(N_("rounds {rounds}"), rounds=rounds)
            else:
                when = say(N_("round {round}"), round=number(act.round, 0))
            said = (
                N_("{when}, fits: {act} - {reason}")
                if act.fits
                else N_("{when}, betrays: {act} - {reason}")
            )
            print("    - " + say(said, when=when, act=act.text, reason=act.reason))
    print()
    print(say(N_("Scores and secret objectives:")))
    for nation in debrief.nations:
        print(
            "  "
            + say(N_("{nation}: {score} points"), nation=nation.name, score=number(nation.score, 1))
        )
        for objective in nation.objectives:
            said = lang.plural(
                OBJECTIVES[objective.met], objective.points, objective=objective.text.rstrip(".")
            )
            print(f"    - {said}")
    print()
    print(say(N_("For discussion:")))
    for question in [*debrief.questions_from_play, *debrief.discussion_questions]:
        print(f"  - {question}")
