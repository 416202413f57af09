"""The game as tables for a spreadsheet and for grading: one CSV per subject, with
stable columns (docs/debrief.md lists them; a test keeps them)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from game.engine import Event, GameState, events, power_share
from game.support.files import write_atomic
from game.text.reasons import explained_text

from .model import Debrief

Steps = list[tuple[GameState, tuple[Event, ...]]]
INDICES = (
    "influence_hhi", "n_influence", "top_influence", "n_norm", "recognition",
    "leader_recognition", "apex_coverage", "capacity_to_act", "exit_rate", "exits_in_window",
    "vetoes_in_window", "rival_bodies", "contested_areas", "parallel_areas",
    "cross_doctrine_share", "balance", "vitality",
)  # fmt: skip
COLUMNS: dict[str, tuple[str, ...]] = {
    "rounds": ("round", "year", "verdict", "leaning", *INDICES),
    "nations": (
        "round",
        "nation",
        "name",
        "great_power",
        "power_share",
        "legitimacy",
        "capital",
        "memberships",
    ),
    "motions": (
        "motion",
        "round",
        "body",
        "sponsor",
        "motion_text",
        "result",
        "yes",
        "no",
        "abstain",
        "vetoed_by",
    ),
    "ballots": ("motion", "round", "body", "nation", "vote"),
    "actions": ("index", "round", "phase", "nation", "action", "why"),
    "scores": (
        "nation",
        "name",
        "score",
        "objectives",
        "influence",
        "legitimacy",
        "capital",
        "order",
        "shared_loss",
        "objectives_met",
        "objectives_missed",
    ),
}


def tables(
    debrief: Debrief, steps: Steps, actions: list[str]
) -> dict[str, list[dict[str, object]]]:
    """Each table's rows."""
    rows: dict[str, list[dict[str, object]]] = {name: [] for name in COLUMNS}
    for record in debrief.rounds:
        rows["rounds"].append(
            {
                "round": record.round,
                "year": record.year,
                "verdict": record.verdict,
                "leaning": record.leaning,
                **{k: record.indices.get(k) for k in INDICES},
            }
        )
    for index, (after, happened) in enumerate(steps):
        for event in happened:
            if isinstance(event, events.RoundEnded):
                for nation in after.nations:
                    rows["nations"].append(
                        {
                            "round": event.round,
                            "nation": nation.id,
                            "name": nation.name,
                            "great_power": nation.great,
                            "power_share": round(power_share(after, nation), 6),
                            "legitimacy": round(nation.legitimacy, 6),
                            "capital": round(nation.capital, 4),
                            "memberships": " ".join(
                                b.id for b in after.bodies if nation.id in b.members
                            ),
                        }
                    )
            if isinstance(event, events.BallotsRevealed):
                motion = after.motion(event.motion)
                yes, no, abstain = event.tally
                rows["motions"].append(
                    {
                        "motion": motion.id,
                        "round": motion.round,
                        "body": motion.body,
                        "sponsor": motion.sponsor,
                        "motion_text": str(motion.spec),
                        "result": event.result,
                        "yes": yes,
                        "no": no,
                        "abstain": abstain,
                        "vetoed_by": " ".join(motion.vetoed_by),
                    }
                )
                for voter, vote in event.ballots:
                    rows["ballots"].append(
                        {
                            "motion": motion.id,
                            "round": motion.round,
                            "body": motion.body,
                            "nation": voter,
                            "vote": vote,
                        }
                    )
        if index == 0:
            continue
        before = steps[index - 1][0]
        why = next(
            (explained_text(e, after) for e in happened if isinstance(e, events.Explained)), ""
        )
        line = actions[index - 1]
        rows["actions"].append(
            {
                "index": index,
                "round": before.round,
                "phase": before.phase.value,
                "nation": line.split(" ", 1)[0],
                "action": line,
                "why": why,
            }
        )
    for power in debrief.nations:
        met = [o.text for o in power.objectives if o.met]
        missed = [o.text for o in power.objectives if o.met is False]
        rows["scores"].append(
            {
                "nation": power.id,
                "name": power.name,
                "score": power.score,
                **{k: power.score_parts.get(k, 0.0) for k in COLUMNS["scores"][3:9]},
                "objectives_met": " | ".join(met),
                "objectives_missed": " | ".join(missed),
            }
        )
    return rows


def write_tables(folder: Path, debrief: Debrief, steps: Steps, actions: list[str]) -> list[Path]:
    """Write every table as FOLDER/NAME.csv; the paths written."""
    written = []
    for name, rows in tables(debrief, steps, actions).items():
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS[name], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        path = Path(folder) / f"{name}.csv"
        write_atomic(path, buffer.getvalue())
        written.append(path)
    return written
