"""The pace of Python's cycle collector in a process that plays games.

A game makes and drops a great many small container objects (states, records, events,
tuples), nearly every one freed by its reference count the moment it is replaced. At
Python's default pace (a collection of the youngest objects every 700 net allocations,
and of everything every so often) the collector ran about 40 times a baseline game of
liberal-restraint-2025 (20 rounds), found almost nothing, and took 11-12% of the game's
time; at 50,000 it runs a few times in a dozen games and takes 3% (its own time, read by
`gc.callbacks`). What waits longer is garbage held in reference cycles: nothing to speak
of in a process that only plays (a batch study's memory is the same, bench.sim_memory),
but a window's widgets make many, and its process held 45 MB more (bench.ui_speed), so
the commands that play without a window and their worker processes, the AI powers'
process and the test suite run at this pace, and the window at Python's."""

from __future__ import annotations

import gc

YOUNG = 50_000  # net allocations between collections of the youngest generation


def pace_for_play() -> None:
    """Collect the youngest generation every YOUNG net allocations (never more often
    than the process already does)."""
    young, middle, old = gc.get_threshold()
    if young:  # 0: the collector is off, and stays so
        gc.set_threshold(max(young, YOUNG), middle, old)
