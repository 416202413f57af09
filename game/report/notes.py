"""docs/scenarios/: a page of teaching notes per bundled scenario, made from the
scenario's own file (`python -m game.report.notes --write`, or `make docs`): what it is
about, its length, lesson and goals, what to watch, the 50- and 90-minute plans, the
questions, the powers and bodies, what actually happened, what it simplifies and its
sources. The seat set-up shows the same notes; the teams' briefings are printed with
`main.py briefings`."""

from __future__ import annotations

import argparse
from pathlib import Path

from game.scenario import Scenario, load_scenario
from game.support.bundled import SCENARIOS

NOTES = Path(__file__).resolve().parents[2] / "docs" / "scenarios"
HEAD = "<!-- Made from the scenario's file by `make docs`: edit the scenario, not this page. -->"


def _items(heading: str, items: list[str], numbered: bool = False) -> list[str]:
    if not items:
        return []
    marks = [f"{i}." if numbered else "-" for i in range(1, len(items) + 1)]
    return [f"## {heading}", "", *(f"{m} {item}" for m, item in zip(marks, items, strict=True)), ""]


def notes_page(scenario: Scenario) -> str:
    """The scenario's teaching notes in Markdown."""
    s = scenario
    length = f"{s.length.rounds} rounds"
    if s.start_year:
        length += f", one a year from {s.start_year}"
    if s.length.minutes:
        length += f"; about {s.length.minutes} minutes of play"
    lines = [HEAD, "", f"# {s.title}", ""]
    if s.period:
        lines += [f"**Period:** {s.period}", ""]
    if s.lesson:
        lines += [f"**Lesson:** {s.lesson}", ""]
    lines += [s.summary, "", f"**Length:** {length}. **File:** `scenarios/{s.id}.yaml`.", ""]
    great = ", ".join(n.name for n in s.great_powers())
    minor = ", ".join(n.name for n in s.nations if not n.great_power)
    lines += ["## The powers and the bodies", "", f"- Great powers (the teams): {great}."]
    if minor:
        lines.append(f"- Minor nations (played by the game): {minor}.")
    for body in s.institutions:
        opens = f" (opens in round {body.opens})" if body.opens else ""
        about = f": {body.description}" if body.description else ""
        lines.append(f"- **{body.name}**{opens}{about}")
    lines += [
        "",
        f"Each team's briefing and secret aims, to print: `python main.py briefings {s.id}`. "
        f"Who can block what in each body: `python main.py validate {s.id} --explain`.",
        "",
    ]
    lines += _items("Learning goals", list(s.learning_goals))
    if s.teaching is not None:
        lines += _items("What to watch", list(s.teaching.watch))
        lines += _items("A 50-minute session", list(s.teaching.plan_50), numbered=True)
        lines += _items("A 90-minute session", list(s.teaching.plan_90), numbered=True)
    lines += _items("For discussion", list(s.discussion_questions), numbered=True)
    if s.history is not None:
        lines += ["## What actually happened", "", s.history.summary, ""]
        if s.history.verdict:
            lines += [f"The period's order, as the scenario reads it: {s.history.verdict}.", ""]
        lines += [f"- {m.year}: {m.text}" for m in s.history.moments]
        lines += [""] if s.history.moments else []
    lines += _items("What it simplifies", list(s.simplified))
    lines += _items("Sources", list(s.sources))
    lines += [f"Author: {s.author}. Licence: {s.licence}.", ""]
    return "\n".join(lines)


def bundled_notes() -> dict[Path, str]:
    """Each bundled scenario's notes page, by where it goes, and the index."""
    pages = {}
    listed = []
    for path in sorted(SCENARIOS.glob("*.yaml")):
        scenario = load_scenario(path)
        pages[NOTES / f"{scenario.id}.md"] = notes_page(scenario)
        what = f" ({scenario.period})" if scenario.period else ""
        lesson = f": {scenario.lesson}" if scenario.lesson else ""
        listed.append(f"- [{scenario.title}]({scenario.id}.md){what}{lesson}")
    index = [HEAD, "", "# The scenarios, with their teaching notes", "", *listed, ""]
    pages[NOTES / "README.md"] = "\n".join(index)
    return pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="rewrite docs/scenarios/")
    args = parser.parse_args()
    from game.support.files import write_atomic

    pages = bundled_notes()
    if args.write:
        for stale in NOTES.glob("*.md"):
            if stale not in pages:
                stale.unlink()
        for path, text in pages.items():
            write_atomic(path, text)
        print(f"wrote {len(pages)} pages in docs/scenarios/")
    else:
        for text in pages.values():
            print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
