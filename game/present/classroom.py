"""The instructor's controls of a class, as the window's class panel and the browser's
instructor page both lay them out: who sits at each seat (its code hidden until asked
for), start, pause, the phase timer, end a phase, fire an event or one of the
instructor's making, hand a seat to people or the AI, look at a seat's private view, undo,
end the game, and disconnect a client. Items of game/present/moves.py, with `Command`
for a control (docs/protocol.md's `control` messages, and the front end's own: showing
the codes, a seat's private view)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from game.ai.strategy import STRATEGIES
from game.engine import GameState
from game.scenario import Scenario
from game.text.language import N_, Language, Np_
from game.text.names import movement_name, series

from .moves import Choice, Command, Item, Menu, Words

TIMERS = (0, 1, 2, 3, 5)  # minutes a phase may last (0: no timer)
# Whom a seat can be handed to: people, or the AI at a level or with a strategy (game/ai).
HANDS = {
    "people": N_("to people"),
    "easy": N_("to the AI, easy"),
    "normal": N_("to the AI, normal"),
    "hard": N_("to the AI, hard"),
    "concert": N_("to the AI, concert"),
    "hegemony": N_("to the AI, hegemony"),
    "bloc": N_("to the AI, bloc"),
    "overreach": N_("to the AI, overreach"),
    "restraint": N_("to the AI, restraint"),
    "domination": N_("to the AI, domination"),
}
OTHER_AI = N_("to the AI, {strategy}")  # a strategy named after this table was written
# The instructor's own events: what, and how much (the engine keeps each within bounds).
KINDS = {
    "shock": N_("A crisis in a body"),
    "growth": N_("A change in a nation's growth"),
    "surge": N_("A movement rises or falls"),
}
AMOUNTS: dict[str, tuple[tuple[str, float], ...]] = {
    "shock": ((N_("mild (0.3)"), 0.3), (N_("serious (0.6)"), 0.6), (N_("severe (0.9)"), 0.9)),
    "growth": (
        (N_("boom (+0.02 a year)"), 0.02),
        (N_("up (+0.01)"), 0.01),
        (N_("down (-0.01)"), -0.01),
        (N_("slump (-0.02 a year)"), -0.02),
    ),
    "surge": ((N_("rises (+0.3)"), 0.3), (N_("falls (-0.3)"), -0.3)),
}
HIDDEN = "*****-*****"  # a seat's code on the projector until the instructor shows it


def timers(lang: Language) -> dict[str, int]:
    """The phase timer's choices as its menu shows them, in seconds."""
    return {
        (
            lang.plural(Np_("{count} minute", "{count} minutes"), m)
            if m
            else lang.text(N_("No timer"))
        ): m * 60
        for m in TIMERS
    }


def hands(lang: Language) -> dict[str, str]:
    """Whom a seat can be handed to, as the menu shows it, and the player it stands for."""
    players = [*HANDS, *(s for s in STRATEGIES if s not in HANDS)]
    return {
        lang.text(HANDS[p]) if p in HANDS else lang.text(OTHER_AI, strategy=p): p for p in players
    }


def _menu(key: str, label: str, choices: Mapping[str, tuple[Item, ...]]) -> Menu:
    return Menu(key, label, tuple(Choice(text, items) for text, items in choices.items()))


def class_controls(
    view: GameState,
    scenario: Scenario,
    seat_codes: Mapping[str, str],
    shown: Mapping[str, str],
    people: Mapping[str, str],
    clients: Sequence[Mapping[str, Any]],
    started: bool,
    paused: bool,
    show_codes: bool,
    lang: Language,
) -> list[Item]:
    """The class panel, top to bottom. `shown`: each code as it is written out (dashed);
    `clients`: the connections, as the instructor's status lists them."""
    said = lang.text
    items: list[Item] = []
    names = {n.id: n.name for n in scenario.great_powers()}
    for seat in seat_codes:
        at = [
            c["name"] or said(N_("client {number}"), number=c["id"])
            for c in clients
            if c["seat"] == seat
        ]
        ai = seat in names and seat not in people
        who = series(at, lang=lang) or said(N_("the AI") if ai else N_("nobody yet"))
        # The codes stay hidden on the projector until the instructor asks.
        code = shown[seat] if show_codes else HIDDEN
        where = names[seat] if seat in names else said(N_("Observers"))
        line = said(N_("{seat}: {code} ({who})"), seat=where, code=code, who=who)
        items.append(Words(line, lines=2))
    hide = N_("Hide the codes") if show_codes else N_("Show the codes (on the projector!)")
    items.append(Command(said(hide), "codes"))
    start = N_("Start now (the AI takes empty seats)")
    items.append(Command(said(start), "start", primary=not started, enabled=not started))
    items.append(
        Command(said(N_("Resume") if paused else N_("Pause")), "resume" if paused else "pause")
    )
    items.append(Command(said(N_("End this phase now")), "end_phase"))
    set_timer = said(N_("Set the phase timer"))
    items.append(
        _menu(
            "timer",
            said(N_("Phase timer")),
            {
                text: (Command(set_timer, "timer", {"seconds": s}),)
                for text, s in timers(lang).items()
            },
        )
    )
    waiting = [e for e in scenario.events if e.id not in view.events_fired]
    fire = said(N_("Fire this event now"))
    events: dict[str, tuple[Item, ...]] = {
        said(N_("{event} ({code})"), event=e.title, code=e.id): (
            Command(fire, "inject", {"event": e.id}),
        )
        for e in waiting
    } or {said(N_("No events left")): (Command(fire, "inject", enabled=False),)}
    items.append(_menu("inject", said(N_("A scenario's event")), events))
    items.append(composer(view, lang))
    handed = hands(lang)
    seats: dict[str, tuple[Item, ...]] = {}
    for name, seat in {names[s]: s for s in names}.items():
        hand_over = said(N_("Hand the seat over"))
        to = {
            text: (Command(hand_over, "reassign", {"seat": seat, "to": player}),)
            for text, player in handed.items()
        }
        seats[name] = (
            _menu("hand", said(N_("To whom")), to),
            Command(said(N_("Show its private view")), "view_as", {"seat": seat}),
        )
    items.append(_menu("seat", said(N_("A seat")), seats))
    items.append(Command(said(N_("Undo: back to the phase's start")), "undo"))
    items.append(Command(said(N_("End the game: the debrief for all")), "end_game"))
    disconnect = said(N_("Disconnect this client"))
    connected: dict[str, tuple[Item, ...]] = {
        said(
            N_("{client} #{number} at {seat}"),
            client=c["name"] or said(N_("client")),
            number=c["id"],
            seat=names.get(c["seat"], c["seat"]),
        ): (Command(disconnect, "remove", {"client": c["id"]}),)
        for c in clients
    } or {said(N_("No one connected")): (Command(disconnect, "remove", enabled=False),)}
    items.append(_menu("client", said(N_("A connection")), connected))
    return items


def composer(view: GameState, lang: Language) -> Menu:
    """An event of the instructor's own making, chosen from menus: what, to whom, how
    much (the engine keeps each within its bounds)."""
    fire = lang.text(N_("Fire the composed event"))
    kinds: dict[str, tuple[Item, ...]] = {}
    for kind, what in KINDS.items():
        targets = {
            "shock": {b.name: b.id for b in view.bodies if b.alive},
            "growth": {n.name: n.id for n in view.nations},
            "surge": {movement_name(view, m.id, lang): m.id for m in view.movement_specs},
        }[kind]
        amounts = {lang.text(text): value for text, value in AMOUNTS[kind]}
        chosen: dict[str, tuple[Item, ...]] = {
            name: (
                _menu(
                    f"compose-amount-{kind}",
                    lang.text(N_("How much")),
                    {
                        text: (
                            Command(
                                fire, "compose", {"kind": kind, "target": target, "amount": value}
                            ),
                        )
                        for text, value in amounts.items()
                    },
                ),
            )
            for name, target in targets.items()
        } or {lang.text(N_("nothing to choose")): (Command(fire, "compose", enabled=False),)}
        kinds[lang.text(what)] = (
            _menu(f"compose-target-{kind}", lang.text(N_("To what")), chosen),
        )
    return _menu("compose-kind", lang.text(N_("An event of your making")), kinds)
