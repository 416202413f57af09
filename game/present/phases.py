"""The round and its phase in words, as the table's heading says them, and what each phase
is for."""

from __future__ import annotations

from game.engine import GameState
from game.text.language import N_, Language
from game.text.names import nation_name, series

# The round's phase as the header names it, by the phase.
PHASE_NAMES = {
    "events": N_("events"),
    "diplomacy": N_("diplomacy"),
    "agenda": N_("agenda"),
    "vote": N_("the vote"),
    "results": N_("results"),
    "opt_out": N_("opt-outs"),
    "membership": N_("membership"),
    "consequences": N_("consequences"),
    "over": N_("the end"),
}
PHASE_HELP = {
    "events": N_("The year's events and shocks."),
    "diplomacy": N_("Make offers to other powers, answer theirs, or pass when you are done."),
    "agenda": N_(
        "Table one motion in a body you belong to, threaten to leave, found a rival body, or pass."
    ),
    "vote": N_(
        "Cast a sealed ballot on each motion in your bodies. A no from a veto holder is a veto."
    ),
    "results": N_("The ballots are revealed: what passed and who vetoed."),
    "opt_out": N_("Where you hold the right, opt out of a decision just adopted."),
    "membership": N_("Stay, withdraw from a body, or join or rejoin one."),
    "consequences": N_("Satisfaction, legitimacy, influence and the order move."),
    "over": N_("The game is over."),
}


def heading_words(
    view: GameState, seat: str, team: str, start: int | None, lang: Language
) -> tuple[str, str]:
    """'Round 2 (2019): agenda' and 'You: China (Team A)' (or the public view's)."""
    you = nation_name(view, seat, lang=lang)
    if team != you:
        you = lang.text(N_("{nation} ({team})"), nation=you, team=team)
    if view.has_nation(seat):
        who = lang.text(N_("You: {nation}"), nation=you)
    else:
        who = lang.text(N_("Watching (public view)"))
    code = view.phase.value
    phase = lang.text(PHASE_NAMES[code]) if code in PHASE_NAMES else code
    number = lang.number(view.round, 0)
    if start:
        # A calendar year is a name, not an amount: no thousands separator.
        return (
            lang.text(
                N_("Round {round} ({year}): {phase}"),
                round=number,
                year=str(start + view.round - 1),
                phase=phase,
            ),
            who,
        )
    return lang.text(N_("Round {round}: {phase}"), round=number, phase=phase), who


def status_words(
    view: GameState, legal: bool, waiting: tuple[str, ...] | list[str], lang: Language
) -> str:
    """Where the seat's turn stands: paused, its move, or whom the game waits for."""
    if view.paused:
        return lang.text(N_("Paused by the instructor"))
    if legal:
        return lang.text(N_("Your move"))
    if not waiting:
        return ""
    names = series([nation_name(view, n, lang=lang) for n in waiting[:2]], lang=lang)
    return lang.text(N_("Waiting for {nations}"), nations=names)
