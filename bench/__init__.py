"""Speed measurements, run by hand: `python -m bench`. Never part of the test suite."""

import gc

from game.support.collector import pace_for_play

# Measured at the collector's pace the commands that play without a window run at; the
# window's bench puts Python's own back, as `main.py play` leaves it.
PYTHONS_PACE = gc.get_threshold()
pace_for_play()


def print_rows(rows: list[tuple[str, str, str, bool]], width: int = 52) -> None:
    """Each measurement with its value, its target if it has one, and whether it is met."""
    for name, value, target, met in rows:
        mark = "" if not target else ("  met" if met else "  NOT MET")
        print(f"{name:{width}} {value:>28} {target:>8}{mark}")
