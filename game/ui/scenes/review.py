"""The year in review: what changed for each great power and each body between the start
of one round and the next, each change with the year's events that bear on it, as the
seat saw them."""

from __future__ import annotations

from collections import defaultdict

from game.engine import indices
from game.engine.events import Event
from game.engine.state import GameState
from game.narrate import body_name, nation_name


def _signed(value: float, digits: int = 2) -> str:
    return f"{value:+.{digits}f}"


def _causes(events: list[Event], view: GameState) -> dict[str, list[str]]:
    """The year's moves that bear on a nation's standing or a body's life, by id."""
    found: dict[str, list[str]] = defaultdict(list)
    for e in events:
        g = e.get
        nation = str(g("nation")) if g("nation") is not None else ""
        if e.kind == "veto_cast" and g("against_majority"):
            found[nation].append(f"vetoed m{g('motion')} against a majority")
        elif e.kind == "pledge_broken":
            found[nation].append("broke a pledge")
        elif e.kind == "nation_withdrew":
            found[nation].append(f"left {body_name(view, g('body'))}")
            found[str(g("body"))].append(f"{nation_name(view, nation)} left")
        elif e.kind == "nation_joined":
            found[nation].append(f"joined {body_name(view, g('body'))}")
            found[str(g("body"))].append(f"{nation_name(view, nation)} joined")
        elif e.kind == "opted_out":
            found[nation].append(f"opted out of m{g('motion')}")
        elif e.kind == "threat_resolved":
            won = "won" if g("won") else "lost"
            found[nation].append(f"{won} its threat over {body_name(view, g('body'))}")
        elif e.kind == "motion_adopted":
            found[str(g("body"))].append(f"adopted m{g('motion')}")
        elif e.kind == "institution_founded":
            found[str(g("founder"))].append(f"founded {body_name(view, g('body'))}")
    return found


def year_review(before: GameState, after: GameState, events: list[Event]) -> list[str]:
    """One line per change worth telling, in words with its numbers and its causes."""
    causes = _causes(events, after)
    lines = []
    share_before = dict(indices.compute(before).influence)
    share_after = dict(indices.compute(after).influence)
    for nation in after.great_powers():
        old, new = before.nation(nation), after.nation(nation)
        parts = []
        if abs(new.legitimacy - old.legitimacy) >= 0.005:
            parts.append(f"legitimacy {_signed(new.legitimacy - old.legitimacy)}")
        if abs(new.capital - old.capital) >= 0.05:
            parts.append(f"capital {_signed(new.capital - old.capital, 1)}")
        shift = share_after.get(nation, 0.0) - share_before.get(nation, 0.0)
        if abs(shift) >= 0.005:
            parts.append(f"influence {100 * shift:+.0f} points")
        if parts:
            why = (
                "; ".join(causes.get(nation, [])) or "the model's yearly change; no move of its own"
            )
            lines.append(f"{new.name}: {', '.join(parts)} ({why})")
    for body in after.bodies:
        if not any(b.id == body.id for b in before.bodies):
            lines.append(f"{body.name} was founded, with {body.member_count} members")
            continue
        old_body = before.body(body.id)
        parts = []
        if abs(body.vitality - old_body.vitality) >= 0.005:
            parts.append(f"vitality {_signed(body.vitality - old_body.vitality)}")
        if body.member_count != old_body.member_count:
            parts.append(f"members {old_body.member_count} -> {body.member_count}")
        if parts:
            why = "; ".join(causes.get(body.id, [])) or "no decision this year"
            lines.append(f"{body.name}: {', '.join(parts)} ({why})")
    if (before.order.shown, before.order.leaning) != (after.order.shown, after.order.leaning):
        shown = after.order.shown
        if shown == "transitional" and after.order.leaning:
            shown += f", leaning {after.order.leaning}"
        lines.append(f"The order is now {shown}.")
    return lines
