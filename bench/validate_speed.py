"""How long validating a scenario takes, per file and for a large generated one.

Run by hand: `.venv/bin/python bench/validate_speed.py`. Target: a normal scenario in
well under a second, including start-up (`time python main.py validate scenarios/`).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from game.scenario import load_scenario, parse_scenario
from game.scenario.dump import dump_scenario

ROOT = Path(__file__).resolve().parents[1]


def best_of(runs: int, action: object) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    for path in sorted((ROOT / "scenarios").glob("*.yaml")):
        seconds = best_of(20, lambda p=path: load_scenario(p))
        print(f"{path.name:35} {seconds * 1000:7.1f} ms")
    big = load_scenario(ROOT / "scenarios" / "liberal-restraint-2025.yaml")
    data = big.model_dump(mode="json")
    template = data["nations"][-1]
    data["nations"] += [{**template, "id": f"N{i}", "name": f"Nation {i}"} for i in range(300)]
    for body in data["institutions"]:
        if "weighted" not in (body["rule"]["kind"], (body.get("binding_rule") or {}).get("kind")):
            body["members"] += [f"N{i}" for i in range(300)]
    text = dump_scenario(type(big).model_validate(data))
    seconds = best_of(5, lambda: parse_scenario(text))
    print(
        f"{'308 nations, 8 bodies (generated)':35} {seconds * 1000:7.1f} ms  "
        f"({len(text) // 1024} KB)"
    )


if __name__ == "__main__":
    main()
