"""`main.py briefings SCENARIO`: a page per great power for its team to print: the
situation, its briefing and secret aims, the bodies it sits in with their rules, its
voting power and whether it can block, and its standing at the start. In English, as
the calibration page is (its words are written here and in its template)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from game.debrief.doctrines import doctrine_word
from game.engine import GameState, blocks_alone, rules, shapley_shubik, start
from game.play.told import says
from game.scenario import Scenario, ScenarioError, load_scenario
from game.scenario.compile import compile_scenario
from game.support.bundled import program
from game.support.files import write_atomic
from game.text.language import ENGLISH, N_, Language
from game.text.narrate import rule_text
from game.text.objectives import aim_text

from .page import page_words, render


def _seat(state: GameState, nation: str, body_id: str, lang: Language) -> dict[str, Any]:
    """A body the nation sits in: its rule, the nation's voting power and what it can
    stop on its own."""
    body = state.body(body_id)
    listed = rules.voters(body)
    game = rules.voting_game(body)
    index = listed.index(nation)
    if nation in body.vetoes:
        block = "yes: you hold a veto"
    elif index in blocks_alone(game):
        block = (
            "yes: every member can (consensus)"
            if body.rule.kind == "unanimity"
            else "yes: the others' votes cannot reach the threshold without yours"
        )
    else:
        block = "no: you need others to vote with you"
    return {
        "name": body.name,
        "description": "",
        "rule": rule_text(body, state, lang),
        "power": float(shapley_shubik(game)[index]),
        "members": body.member_count,
        "block": block,
        "opt_out": body.opt_out > 0 or nation in body.national_opt_outs,
    }


def briefing_pages(scenario: Scenario, lang: Language = ENGLISH) -> list[dict[str, Any]]:
    """Each great power's page, as data for the template."""
    state, _ = start(compile_scenario(scenario, 1))
    described = {i.id: i.description or "" for i in scenario.institutions}
    written = {n.id: n for n in scenario.nations}
    pages = []
    for nation in state.nations:
        if not nation.great:
            continue
        own = written[nation.id]
        authored = [o.text for o in own.objectives]
        aims = [
            {"text": aim_text(o, state, text, lang), "points": o.points}
            for o, text in zip(nation.objectives, [*authored, *[None] * 10], strict=False)
        ]
        seats = []
        for body in state.bodies:
            if nation.id in rules.voters(body):
                seat = _seat(state, nation.id, body.id, lang)
                seat["description"] = described.get(body.id, "")
                seats.append(seat)
        outside = [b.name for b in state.bodies if nation.id not in b.members]
        pages.append(
            {
                "id": nation.id,
                "name": nation.name,
                "briefing": own.briefing or "",
                "aims": aims,
                "seats": seats,
                "outside": outside,
                "power": rules.power_share(state, nation),
                "doctrine": doctrine_word(
                    rules.DOCTRINE_NAMES[rules.dominant(nation.doctrine)], lang
                ),
                "legitimacy": nation.legitimacy,
                "capital": nation.capital,
            }
        )
    return pages


def briefings_page(scenario: Scenario, lang: Language = ENGLISH) -> str:
    return render(
        "briefings.html.j2",
        s=scenario,
        pages=briefing_pages(scenario, lang),
        w=page_words(lang),
    )


def briefings_command(path: str, output: str | None, lang: Language = ENGLISH) -> int:
    """Write the scenario's briefings page (to `output`, or beside the current folder as
    SCENARIO-briefings.html)."""
    try:
        scenario = load_scenario(path, lang.code)
    except ScenarioError as error:
        return error.report(lang)
    target = Path(output) if output else Path(f"{scenario.id}-briefings.html")
    if target.is_dir():
        target = target / f"{scenario.id}-briefings.html"
    try:
        write_atomic(target, briefings_page(scenario, lang))
    except OSError as error:
        problem = lang.text(
            N_("cannot write {file}: {problem}"), file=target, problem=error.strerror
        )
        print(says(f"{program()} briefings", problem, lang), file=sys.stderr)
        return 1
    print(
        lang.text(N_("wrote {file}: a page per great power; print each for its team"), file=target)
    )
    return 0
