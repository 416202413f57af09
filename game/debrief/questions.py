"""Discussion questions drawn from what happened in this game, to set beside the
scenario's own, in the language given."""

from __future__ import annotations

from collections.abc import Iterable

from game.text.language import ENGLISH, N_, Language
from game.text.names import Names, body_name, nation_name

from .model import Moment


def questions(
    final: Names,
    great_powers: Iterable[str],
    timeline: list[Moment],
    verdict: str,
    lang: Language = ENGLISH,
) -> list[str]:
    """A question for the first moment of each kind, and one on the order it came to
    (`verdict`: the order in words, in `lang`)."""
    asked: list[str] = []
    first: dict[str, Moment] = {}
    for moment in timeline:
        first.setdefault(moment.kind, moment)
    great = set(great_powers)

    def said(message: str, moment: Moment) -> str:
        """The message about the moment: its round, who ({nation}) and where ({body})."""
        where = body_name(final, moment.body, lang) if moment.body else lang.text(N_("a body"))
        return lang.text(
            message,
            round=lang.number(moment.round, 0),
            nation=nation_name(final, moment.nation, lang),
            body=where,
        )

    exits = [m for m in timeline if m.kind == "exit" and m.nation in great]
    if "veto" in first:
        asked.append(
            said(
                N_(
                    "In round {round} {nation} used its veto in {body}. What did the veto "
                    "protect, what did it cost, and why stay and block rather than leave?"
                ),
                first["veto"],
            )
        )
    elif "blocked" in first:
        asked.append(
            said(
                N_(
                    "In round {round} {nation} alone blocked a decision {body} takes by "
                    "consensus. What did blocking protect, what did it cost, and why stay and "
                    "block rather than leave?"
                ),
                first["blocked"],
            )
        )
    if exits:
        asked.append(
            said(
                N_(
                    "In round {round} {nation} left {body}. Did it hold negative power there, "
                    "and would a veto or an opt-out have kept it inside?"
                ),
                exits[0],
            )
        )
    else:
        asked.append(
            lang.text(
                N_(
                    "No great power left any body. What kept them inside: negative power, the "
                    "privileges linked to membership, or something else?"
                )
            )
        )
    if "reform" in first:
        asked.append(
            said(
                N_(
                    "{nation} won a reform in {body} by threatening to leave (round {round}). "
                    "Was it a fair price for keeping it inside, and who paid it?"
                ),
                first["reform"],
            )
        )
    if "rival" in first:
        asked.append(
            said(
                N_(
                    "{nation} founded {body} in round {round}. Does it complement the existing "
                    "bodies of its area or compete with them, and who joined?"
                ),
                first["rival"],
            )
        )
    if "broken_pledge" in first:
        asked.append(
            said(
                N_(
                    "{nation} broke a pledge in round {round}. What did it gain, and what did "
                    "it lose in trust and standing?"
                ),
                first["broken_pledge"],
            )
        )
    asked.append(
        lang.text(
            N_(
                "The order ended {verdict}. Which moment of the game did most to make it so, "
                "and which choice could have turned it another way?"
            ),
            verdict=verdict,
        )
    )
    return asked
