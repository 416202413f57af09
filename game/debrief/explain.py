"""`main.py validate --explain`: what a valid world will do, for the author who wrote it.

After the validator's line: each body's voting power and who can block its motions, the
order at the start with its reasons and leaning, and advice on what may not work as the
author meant (an aim that needs a veto nobody holds, a body that can hardly decide). The
figures are the engine's own (`inspect` shows them all; this is the author's digest)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from game.engine import (
    BodyState,
    GameState,
    Objective,
    blocks_alone,
    outcome,
    power_indices,
    rules,
    shapley_shubik,
    smallest_blocking,
    start,
)
from game.scenario.compile import compile_scenario
from game.scenario.schema import Scenario
from game.text.language import ENGLISH, N_, Language, Np_
from game.text.names import listing, nation_name
from game.text.narrate import rule_text
from game.text.objectives import aim_text

from .inspect import capacity_words, order_lines

HARDLY_ACTS = 0.01  # a body whose motions pass in under 1% of coalitions rarely decides
# Aims a team keeps (met at the start is as meant) and aims it reaches for (met at the
# start, they score for doing nothing). A mandate aim is either: one team's "keep it
# narrow" answers another's "widen it".
KEEP = ("stay_member", "hold_veto", "keep_out", "keep_in")
REACH = (
    "influence_at_least",
    "legitimacy_at_least",
    "capital_at_least",
    "policy_near",
    "recognised_by",
)


def _who(state: GameState, body: BodyState, positions: Sequence[int], lang: Language) -> list[str]:
    """Names for members by their place in the body's voting game: listed voters by
    name, then anonymous members counted ('3 others')."""
    listed = rules.voters(body)
    named = [state.nation(listed[i]).name for i in positions if i < len(listed)]
    others = sum(1 for i in positions if i >= len(listed))
    if others:
        named.append(lang.plural(Np_("{count} other", "{count} others"), others))
    return named


def power_line(state: GameState, body: BodyState, lang: Language = ENGLISH) -> str:
    """'Northland, Eastmark and Southgate 0.30 each; Riverland ... 0.03 each': the
    Shapley-Shubik index, members of equal power together, the strongest first."""
    values = shapley_shubik(rules.voting_game(body))
    groups: dict[str, list[int]] = {}
    for i in sorted(range(len(values)), key=lambda i: -values[i]):
        value = float(values[i])  # a tiny power in more places: 0.0019, not 0.00
        groups.setdefault(lang.number(value, 2 if value >= 0.01 else 4), []).append(i)
    parts = []
    for shown, positions in groups.items():
        names = _who(state, body, positions, lang)
        message = N_("{members} {value} each") if len(positions) > 1 else N_("{members} {value}")
        parts.append(lang.text(message, members=listing(names, lang), value=shown))
    return lang.text(N_("voting power (Shapley-Shubik): {parts}"), parts="; ".join(parts))


def blocking_line(state: GameState, body: BodyState, lang: Language = ENGLISH) -> str:
    """Who can stop a motion of the body: alone, or the fewest together."""
    game = rules.voting_game(body)
    if sum(game.weights) < game.quota:
        return lang.text(N_("nothing can pass: the members who vote hold too little weight"))
    alone = blocks_alone(game)
    if len(alone) == len(game.weights):
        return lang.text(N_("who can block a motion: every member, alone"))
    if alone:
        return lang.plural(
            Np_(
                "who can block a motion: {members}, alone",
                "who can block a motion: {members}, each alone",
            ),
            len(alone),
            members=listing(_who(state, body, alone, lang), lang),
        )
    fewest = smallest_blocking(game)
    if len(set(game.weights)) == 1:
        return lang.text(
            N_("who can block a motion: nobody alone; any {count} of the {members} members "
               "together"),
            count=len(fewest), members=len(game.weights),
        )  # fmt: skip
    return lang.text(
        N_("who can block a motion: nobody alone; together, at the fewest, {members}"),
        members=listing(_who(state, body, fewest, lang), lang),
    )


def _aim_advice(state: GameState, nation: str, aim: Objective, met: bool | None) -> str | None:
    """Advice on one aim as the world stands at the start, or None (none on a body that
    opens in a later round: its members are the scenario's as written)."""
    place = aim.param("institution")
    if place and not state.has_body(str(place)):
        return None
    body = state.body(str(place)) if place else None
    if aim.kind in REACH and met:
        return N_(
            '{nations:gen} aim "{aim}" is met at the start: an aim to keep, which its team '
            "scores unless others take it away. If you meant one to reach for, set it beyond "
            "where the world stands."
        )
    if aim.kind not in KEEP or met or body is None:
        return None
    if aim.kind == "stay_member":
        return N_(
            '{nations:gen} aim "{aim}" starts unmet: {nation} is not a member, and must be '
            "admitted by a motion first. Add it to the members if it should start inside."
        )
    if aim.kind == "hold_veto" and not body.vetoes:
        return N_(
            '{nations:gen} aim "{aim}" needs a veto in a body where nobody holds one: it is '
            "met only if a motion grants {nation} one (add_veto), which the members must "
            "carry. Fine for a class experiment; otherwise add {nation} to its veto_holders."
        )
    if aim.kind == "hold_veto":
        return N_(
            '{nations:gen} aim "{aim}" starts unmet: {nation} holds no veto there and must win '
            "one by a motion (add_veto) that the veto holders let pass."
        )
    if aim.kind == "keep_out":
        return N_(
            '{nations:gen} aim "{aim}" starts unmet: {other} is a member at the start, so the '
            "aim needs it suspended or gone."
        )
    return N_(
        '{nations:gen} aim "{aim}" starts unmet: {other} is not a member at the start, so '
        "the aim needs it admitted."
    )


def advice(state: GameState, lang: Language = ENGLISH) -> list[str]:
    """What may not work as the author meant, each said with what to do about it."""
    said: list[str] = []
    for result in outcome(state).objectives:
        message = _aim_advice(state, result.nation, result.objective, result.met)
        if message is not None:
            said.append(
                lang.text(
                    message,
                    nation=state.nation(result.nation).name,
                    nations=state.nation(result.nation).name,
                    aim=aim_text(result.objective, state, None, lang).rstrip("."),
                    other=nation_name(state, result.objective.param("nation"), lang),
                )
            )
    for nation in state.nations:
        if nation.great and not nation.objectives:
            said.append(
                lang.text(
                    N_(
                        "{nation} has no aims: its team scores only by influence, legitimacy, "
                        "capital and the order. Give it one to three objectives to play for."
                    ),
                    nation=nation.name,
                )
            )
    for body in state.bodies:
        capacity = _capacity(body)
        # Consensus is chosen to need everyone: its tiny a priori capacity is the design,
        # and in play it decides what all members accept.
        if capacity < HARDLY_ACTS and body.rule.kind != "unanimity":
            said.append(
                lang.text(
                    N_(
                        "{body} will rarely decide anything: {capacity}. A lower threshold, "
                        "fewer vetoes or fewer members let it act."
                    ),
                    body=body.name,
                    capacity=capacity_words(capacity, lang),
                )
            )
    return said


def _capacity(body: BodyState) -> float:
    """Coleman's capacity to act under the rule motions go by."""
    return power_indices(rules.voting_game(body)).capacity


def explanation(state: GameState, lang: Language = ENGLISH) -> list[str]:
    """The lines `validate --explain` prints for a world at its start."""
    lines = [lang.text(N_("What it will do, at the start of round 1:"))]
    for body in state.bodies:
        lines.append(
            "  "
            + lang.text(N_("{body}: {rule}"), body=body.name, rule=rule_text(body, state, lang))
        )
        lines.append("    " + power_line(state, body, lang))
        lines.append("    " + blocking_line(state, body, lang))
        lines.append(
            "    "
            + lang.text(
                N_("capacity to act: {capacity}"),
                capacity=capacity_words(_capacity(body), lang),
            )
        )
    lines.extend(order_lines(state, lang))
    found = advice(state, lang)
    if found:
        lines.append(lang.text(N_("Advice:")))
        lines.extend("  " + line for line in found)
    else:
        lines.append(lang.text(N_("Advice: none; nothing found that would not work as written.")))
    return lines


def explain_world(path: Path, scenario: Scenario, lang: Language = ENGLISH) -> None:
    """Print what the valid scenario read from `path` will do (validate's `then`)."""
    state, _ = start(compile_scenario(scenario, 1))
    for line in explanation(state, lang):
        print("  " + line)
    print()
