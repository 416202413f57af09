"""Discussion questions drawn from what happened in this game, to set beside the
scenario's own."""

from __future__ import annotations

from collections.abc import Iterable

from game.text.names import Names, body_name, nation_name

from .model import Moment


def questions(
    final: Names, great_powers: Iterable[str], timeline: list[Moment], verdict: str
) -> list[str]:
    """A question for the first moment of each kind, and one on the order it came to."""
    asked: list[str] = []
    first: dict[str, Moment] = {}
    for moment in timeline:
        first.setdefault(moment.kind, moment)
    great = set(great_powers)

    def who(moment: Moment) -> str:
        return nation_name(final, moment.nation)

    def where(moment: Moment) -> str:
        return body_name(final, moment.body) if moment.body else "a body"

    exits = [m for m in timeline if m.kind == "exit" and m.nation in great]
    if "veto" in first:
        m = first["veto"]
        asked.append(
            f"In round {m.round} {who(m)} used its veto in {where(m)}. "
            "What did the veto protect, what did it cost, and why stay and block rather than leave?"
        )
    if exits:
        m = exits[0]
        asked.append(
            f"In round {m.round} {who(m)} left {where(m)}. Did it hold "
            "negative power there, and would a veto or an opt-out have kept it inside?"
        )
    else:
        asked.append(
            "No great power left any body. What kept them inside: negative power, the "
            "privileges linked to membership, or something else?"
        )
    if "reform" in first:
        m = first["reform"]
        asked.append(
            f"{who(m)} won a reform in {where(m)} by threatening "
            f"to leave (round {m.round}). Was it a fair price for keeping it inside, and who "
            "paid it?"
        )
    if "rival" in first:
        m = first["rival"]
        asked.append(
            f"{who(m)} founded {where(m)} in round {m.round}. Does "
            "it complement the existing bodies of its area or compete with them, and who joined?"
        )
    if "broken_pledge" in first:
        m = first["broken_pledge"]
        asked.append(
            f"{who(m)} broke a pledge in round {m.round}. What did it gain, "
            "and what did it lose in trust and standing?"
        )
    asked.append(
        f"The order ended {verdict}. Which moment of the game did most to make it so, and "
        "which choice could have turned it another way?"
    )
    return asked
