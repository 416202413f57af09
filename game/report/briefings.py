"""`main.py briefings SCENARIO`: a page per great power for its team to print: the
situation, its briefing and secret aims, the bodies it sits in with their rules, its
voting power and whether it can block, and its standing at the start, in the reader's
language (its words are made here; the template only places them)."""

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
from game.text.language import ENGLISH, N_, Language, Np_
from game.text.names import listing
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
        block = N_("yes: you hold a veto")
    elif index in blocks_alone(game):
        block = (
            N_("yes: every member can (consensus)")
            if body.rule.kind == "unanimity"
            else N_("yes: the others' votes cannot reach the threshold without yours")
        )
    else:
        block = N_("no: you need others to vote with you")
    said = lang.text(block)
    if body.opt_out > 0 or nation in body.national_opt_outs:
        said = lang.text(N_("{block}; and you may opt out of a decision"), block=said)
    return {
        "name": body.name,
        "members": lang.plural(Np_("({count} member)", "({count} members)"), body.member_count),
        "description": "",
        "rule": rule_text(body, state, lang),
        "power": lang.number(float(shapley_shubik(game)[index]), 2),
        "block": said,
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
            lang.plural(
                Np_("{aim} ({count} point)", "{aim} ({count} points)"),
                o.points,
                aim=aim_text(o, state, text, lang),
            )
            for o, text in zip(nation.objectives, [*authored, *[None] * 10], strict=False)
        ]
        seats = []
        for body in state.bodies:
            if nation.id in rules.voters(body):
                seat = _seat(state, nation.id, body.id, lang)
                seat["description"] = described.get(body.id, "")
                seats.append(seat)
        outside = [b.name for b in state.bodies if nation.id not in b.members]
        start_year = scenario.start_year
        rounds = scenario.length.rounds
        length = (
            lang.plural(
                Np_("{count} round, in {year}.", "{count} rounds, one a year from {year}."),
                rounds,
                year=str(start_year),
            )
            if start_year
            else lang.plural(Np_("{count} round.", "{count} rounds."), rounds)
        )
        pages.append(
            {
                "id": nation.id,
                "name": nation.name,
                "lead": lang.text(
                    N_(
                        "Briefing for the team playing {nation} in {title}. {length} For this "
                        "team only."
                    ),
                    nation=nation.name,
                    title=scenario.title,
                    length=length,
                ),
                "briefing": own.briefing or "",
                "aims": aims,
                "seats": seats,
                "outside": lang.text(
                    N_("You are not a member of: {bodies}."), bodies=listing(outside, lang)
                )
                if outside
                else "",
                "standing": lang.text(
                    N_(
                        "Share of the world's power {power}; doctrine mostly {doctrine}; "
                        "legitimacy {legitimacy} of 1; diplomatic capital {capital}."
                    ),
                    power=lang.number(rules.power_share(state, nation), 2),
                    doctrine=doctrine_word(
                        rules.DOCTRINE_NAMES[rules.dominant(nation.doctrine)], lang
                    ),
                    legitimacy=lang.number(nation.legitimacy, 2),
                    capital=lang.number(nation.capital, 0),
                ),
            }
        )
    return pages


# The page's own words, by the place the template puts them.
WORDS = {
    "situation": N_("The situation"),
    "position": N_("Your position"),
    "aims": N_("Your secret aims"),
    "no_aims": N_(
        "None written: your score comes from influence, legitimacy, capital and the order at "
        "the end."
    ),
    "seats": N_("Where you sit"),
    "body": N_("Body"),
    "decides": N_("How it decides"),
    "power": N_("Your voting power"),
    "block": N_("Can you block a motion alone?"),
    "why": N_(
        "Voting power is the Shapley-Shubik index: how often your vote is the one that turns "
        "a losing side into a winning one."
    ),
    "standing": N_("Your standing at the start"),
}


def _lead(scenario: Scenario, lang: Language) -> str:
    """What the page is, above the teams' pages."""
    if scenario.period:
        message = N_(
            "{title} ({period}): one page per great power. Print each page for its team only: "
            "it holds that power's secret aims."
        )
    else:
        message = N_(
            "{title}: one page per great power. Print each page for its team only: it holds "
            "that power's secret aims."
        )
    return lang.text(message, title=scenario.title, period=scenario.period or "")


def briefings_page(scenario: Scenario, lang: Language = ENGLISH) -> str:
    return render(
        "briefings.html.j2",
        s=scenario,
        pages=briefing_pages(scenario, lang),
        w=page_words(lang),
        b={key: lang.text(text) for key, text in WORDS.items()},
        title=lang.text(N_("Briefings: {title}"), title=scenario.title),
        lead=_lead(scenario, lang),
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
