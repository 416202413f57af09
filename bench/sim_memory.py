"""`python -m bench.sim_memory [--runs N ...]`: the memory of a batch study as it grows.

Runs `simulate` on the tutorial (one round a game, so that many runs are quick) for each
N, sampling the resident memory of the whole process tree (the command and its worker
processes) every 0.2 s. Target: 100,000 runs hold no more than a few hundred MB, and the
peak does not grow with N (the summary keeps running sums, not the records)."""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB (Linux /proc)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
        stack.extend(int(c) for c in children)
    return total / 1024


def measure(runs: int, jobs: int) -> tuple[float, float]:
    """Peak memory of the tree (MB) and seconds taken, for one study of `runs` games."""
    args = [sys.executable, "main.py", "simulate", "scenarios/tutorial.yaml", "--rounds", "1"]
    args += ["--runs", str(runs), "--jobs", str(jobs), "--json"]
    start = time.perf_counter()
    process = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL)
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, _tree_rss_mb(process.pid))
        time.sleep(0.2)
    if process.returncode:
        raise SystemExit(f"simulate failed with status {process.returncode}")
    return peak, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    print(f"{'runs':>8} {'peak MB':>8} {'seconds':>8}")
    for runs in args.runs:
        peak, seconds = measure(runs, args.jobs)
        print(f"{runs:>8} {peak:8.0f} {seconds:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
