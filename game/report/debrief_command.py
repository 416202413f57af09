"""`main.py debrief SAVE [-o DIR]`: the debrief in the terminal, and as files: a
self-contained HTML report, the debrief as JSON and the game's tables as CSV
(docs/debrief.md)."""

from __future__ import annotations

import sys
from pathlib import Path

from game.debrief.build import build, from_record
from game.debrief.model import NOT_REPLAYED, Debrief
from game.debrief.tables import write_tables
from game.debrief.turning import REPLAYS, turning_point
from game.play.record import RulesMoved, SaveError, load_save
from game.report.debrief import debrief_page
from game.support.files import write_atomic


def debrief_command(save: str, out: str | None, replays: int = REPLAYS) -> int:
    folder = Path(out) if out else Path(save).with_name(Path(save).stem + "-debrief")
    try:
        scenario, seed, actions, _, steps = load_save(Path(save))
    except RulesMoved as error:
        print(error, file=sys.stderr)
        return _from_record(error, save, folder)
    except SaveError as error:
        print(error, file=sys.stderr)
        return 1
    debrief = build(scenario, seed, steps)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write(folder, debrief)
        written = write_tables(folder, debrief, steps, actions)
    except OSError as error:
        print(f"main.py debrief: cannot write to {folder}: {error.strerror}", file=sys.stderr)
        return 1
    show(debrief)
    names = ", ".join(p.name for p in written)
    print(f"\nwrote {folder / 'report.html'} (open it in a browser; it prints too),")
    print(f"  debrief.json and {names} in {folder}")
    if replays <= 0:
        return 0
    # The report is already there; the turning point joins it when its replays are done.
    print("\nThe turning point (replaying the key moves; the report is updated after):")
    point = turning_point(scenario, seed, steps, actions, replays, progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    try:
        _write(folder, debrief.model_copy(update={"turning_point": point}))
    except OSError as error:
        print(f"main.py debrief: cannot write to {folder}: {error.strerror}", file=sys.stderr)
        return 1
    print(f"  {point.sentence}")
    return 0


def _from_record(moved: RulesMoved, save: str, folder: Path) -> int:
    """The debrief of a save these rules cannot replay, from what it recorded."""
    try:
        debrief = from_record(moved.save, save)
    except SaveError as error:
        print(error, file=sys.stderr)
        return 1
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write(folder, debrief)
    except OSError as error:
        print(f"main.py debrief: cannot write to {folder}: {error.strerror}", file=sys.stderr)
        return 1
    show(debrief)
    print(f"\nwrote {folder / 'report.html'} and debrief.json in {folder}")
    return 0


def _write(folder: Path, debrief: Debrief) -> None:
    write_atomic(folder / "report.html", debrief_page(debrief))
    write_atomic(folder / "debrief.json", debrief.model_dump_json(indent=1) + "\n")


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():  # one line that counts up
        print(f"\r  replays {done} of {total}", end="", file=sys.stderr, flush=True)
    elif done == total or done % max(1, total // 4) == 0:
        print(f"  replays {done} of {total}", file=sys.stderr, flush=True)


def show(debrief: Debrief) -> None:
    verdict = debrief.verdict
    if verdict == "transitional" and debrief.leaning:
        verdict = f"transitional, leaning {debrief.leaning}"
    state = "finished" if debrief.finished else f"stopped after round {debrief.rounds_played}"
    print(f"{debrief.title} (seed {debrief.seed}), {state}")
    if not debrief.replayed:
        print(NOT_REPLAYED)
    print(f"\nThe order: {verdict}")
    for reason in debrief.reasons:
        print(f"  {'holds' if reason.held else 'fails'}: {reason.text}")
    if debrief.tipping:
        print(f"  What would tip it: {debrief.tipping}")
    print("\nKey moments:")
    for moment in debrief.timeline:
        print(f"  round {moment.round}: {moment.text}")
        if moment.why:
            print(f"    why: {moment.why}")
    print("\nConcepts met in play:")
    if not debrief.replayed:
        print("  Not known without a replay.")
    for concept in debrief.concepts:
        print(f"  {concept.name} (round {concept.round}, {concept.source}): {concept.moment}")
    print("\nDoctrines in action:")
    if not debrief.replayed:
        print("  Not known without a replay.")
    for record in debrief.doctrines:
        print(f"  {record.summary}")
        for act in record.acts:
            mark = "fits" if act.fits else "betrays"
            when = "round" + (
                "s " + ", ".join(map(str, act.rounds)) if len(act.rounds) > 1 else f" {act.round}"
            )
            print(f"    - {when}, {mark}: {act.text} - {act.reason}")
    print("\nScores and secret objectives:")
    for nation in debrief.nations:
        print(f"  {nation.name}: {nation.score:.1f} points")
        for objective in nation.objectives:
            mark = {True: "met", False: "not met", None: "decided by the order"}[objective.met]
            print(f"    - {objective.text.rstrip('.')} ({objective.points} points): {mark}")
    print("\nFor discussion:")
    for question in [*debrief.questions_from_play, *debrief.discussion_questions]:
        print(f"  - {question}")
