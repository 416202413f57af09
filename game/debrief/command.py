"""`main.py debrief SAVE [-o DIR]`: the debrief in the terminal, and as files: the
debrief as JSON and the game's tables as CSV (docs/debrief.md)."""

from __future__ import annotations

import sys
from pathlib import Path

from game.files import write_atomic
from game.record import SaveError, load_save

from .build import build
from .model import Debrief
from .tables import write_tables


def debrief_command(save: str, out: str | None) -> int:
    try:
        scenario, seed, actions, _, steps = load_save(Path(save))
    except SaveError as error:
        print(error, file=sys.stderr)
        return 1
    debrief = build(scenario, seed, steps)
    folder = Path(out) if out else Path(save).with_name(Path(save).stem + "-debrief")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / "debrief.json", debrief.model_dump_json(indent=1) + "\n")
        written = write_tables(folder, debrief, steps, actions)
    except OSError as error:
        print(f"main.py debrief: cannot write to {folder}: {error.strerror}", file=sys.stderr)
        return 1
    show(debrief)
    names = ", ".join(p.name for p in written)
    print(f"\nwrote {folder / 'debrief.json'} and {names} in {folder}")
    return 0


def show(debrief: Debrief) -> None:
    verdict = debrief.verdict
    if verdict == "transitional" and debrief.leaning:
        verdict = f"transitional, leaning {debrief.leaning}"
    state = "finished" if debrief.finished else f"stopped after round {debrief.rounds_played}"
    print(f"{debrief.title} (seed {debrief.seed}), {state}\n\nThe order: {verdict}")
    for reason in debrief.reasons:
        print(f"  {'holds' if reason.held else 'fails'}: {reason.text}")
    print("\nKey moments:")
    for moment in debrief.timeline:
        print(f"  round {moment.round}: {moment.text}")
        if moment.why:
            print(f"    why: {moment.why}")
    print("\nConcepts met in play:")
    for concept in debrief.concepts:
        print(f"  {concept.name} (round {concept.round}, {concept.source}): {concept.moment}")
    print("\nScores and secret objectives:")
    for nation in debrief.nations:
        print(f"  {nation.name}: {nation.score:.1f} points")
        for objective in nation.objectives:
            mark = {True: "met", False: "not met", None: "decided by the order"}[objective.met]
            print(f"    - {objective.text.rstrip('.')} ({objective.points} points): {mark}")
    print("\nFor discussion:")
    for question in [*debrief.questions_from_play, *debrief.discussion_questions]:
        print(f"  - {question}")
