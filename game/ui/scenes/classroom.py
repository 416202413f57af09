"""The instructor's window (`main.py host` with a display): the public view of the table
for the projector, and in place of a player's moves the session's controls: the seats'
codes and who sits at each, start, pause, the phase timer, end a phase, inject an event,
hand a seat to people or the AI, disconnect a client, undo, end the game. Any seat's
private view opens in front on request (and closes with Esc), never on its own."""

from __future__ import annotations

import time
from functools import partial
from typing import TYPE_CHECKING, Any

import pygame
from pygame_gui.elements import UIButton, UIImage, UIScrollingContainer

from game.debrief.model import Debrief
from game.engine import Action, Event, GameState, player_view
from game.net import codes
from game.net.address import class_url
from game.net.client import RemoteController
from game.present.classroom import class_controls
from game.present.moves import Command
from game.scenario import Scenario
from game.support.bundled import program
from game.text.language import N_
from game.text.names import nation_name, series

from ..qr import qr_surface
from ..seats import SeatSetup
from ..widgets import Reuse, button, card, heading
from .panels import Panel, lay
from .table import TableScene

if TYPE_CHECKING:
    from pathlib import Path

    from ..app import App


class ClassroomScene(TableScene):
    name = "classroom"

    def __init__(
        self,
        app: App,
        public: RemoteController,
        chief: RemoteController,
        seat_codes: dict[str, str],
        address: str,
        port: int,
    ) -> None:
        """`address` and `port`: where students reach the host (the URL and QR code the
        window shows, with no code in it)."""
        assert chief.welcome is not None
        super().__init__(app, public, SeatSetup(people=chief.welcome.people, ai=chief.welcome.ai))
        self.chief = chief
        self.seat_codes = seat_codes
        self.address = address
        self.port = port
        self.commands: dict[UIButton, tuple[str, dict[str, Any]]] = {}
        self.timer_at = (0.0, 0.0)  # seconds left as last told, and when
        self.show_codes = False

    def update(self, seconds: float) -> None:
        for update in self.chief.poll():
            message = getattr(update, "message", None) or getattr(update, "reason", None)
            if message:
                self.notice = str(message)
                self.dirty = True
        status = self.chief.status
        if status is not None and status.timer is not None:
            self.timer_at = (status.timer, time.monotonic())
        super().update(seconds)

    def signatures(self, view: GameState) -> dict[str, object]:
        found = super().signatures(view)
        status = self.chief.status
        found["act"] = (
            view.round,
            view.phase,
            # Not who is thinking nor the clock: the controls would be rebuilt under the
            # pointer many times a second while the AI plays, and clicks lost.
            status.model_dump_json(exclude={"timer", "thinking"}) if status else None,
            tuple(sorted(self.picks.items())),
            self.notice,
            tuple(view.events_fired),
        )
        return found

    def refresh_status(self) -> None:
        if not hasattr(self, "status"):
            return
        status = self.chief.status
        lang = self.app.lang
        parts = []
        if status is not None and not status.started:
            parts.append(lang.text(N_("Waiting for the teams to join")))
        if status is not None and status.paused:
            parts.append(lang.text(N_("Paused")))
        if status is not None and status.timer is not None:
            left, at = self.timer_at
            remaining = max(0, int(left - (time.monotonic() - at)))
            parts.append(
                lang.text(
                    N_("{minutes}:{seconds} left in this phase"),
                    minutes=lang.number(remaining // 60, 0),
                    seconds=lang.number(remaining % 60, 0).rjust(2, "0"),
                )
            )
        if self.thinking:
            names = [nation_name(self.view, n, lang=lang) for n in self.thinking[:3]]
            parts.append(lang.text(N_("{nations} thinking"), nations=series(names, lang=lang)))
        elif status is not None and status.started:
            waiting = self.controller.waiting_for()
            if waiting:
                names = [nation_name(self.view, n, lang=lang) for n in waiting[:3]]
                parts.append(
                    lang.text(N_("Waiting for {nations}"), nations=series(names, lang=lang))
                )
        text = "".join(parts[:1])
        for part in parts[1:]:
            text = lang.text(N_("{items}; {item}"), items=text, item=part)
        if self.status.text != text:
            self.status.set_text(text)

    # ------------------------------------------------------------ the controls

    def act_panel(self, view: GameState, area: pygame.Rect) -> None:
        assert self.root is not None
        head = self.app.line("heading")
        lang = self.app.lang
        card(self.manager, self.root, area)
        inner = area.width - 12
        heading(
            self.manager,
            self.root,
            pygame.Rect(area.x + 8, area.y + 2, inner - 8, head),
            lang.text(N_("The class")),
            "powers",
            tip=lang.text(N_("Who sits where, and the session's controls")),
        )
        scroll = UIScrollingContainer(
            pygame.Rect(area.x + 2, area.y + head + 4, inner, area.height - head - 12),
            manager=self.manager,
            container=self.root,
            allow_scroll_x=False,
            object_id="#class",
        )
        panel = Panel(
            self.app, scroll, inner - 20, view, self.seat, [], {}, {}, self.picks, Reuse()
        )
        self.commands = {}
        self.commands_by_name: dict[str, UIButton] = {}
        self.panel = panel
        status = self.chief.status
        clients = status.clients if status is not None else []
        # Once the game is on, every control keeps its place whatever happens (a button
        # that moved under the pointer as the game went on would take a click meant for
        # another).
        url = class_url(self.address, self.port)
        if status is not None and status.started:
            panel.text(lang.text(N_("Students open {url} in a browser"), url=url), lines=2)
        else:  # the QR code while the class joins; the game's controls need the room after
            panel.text(lang.text(N_("Students open {url} in a browser, or scan:"), url=url),
                       lines=2)  # fmt: skip
            picture = qr_surface(url, max(3, round(4 * self.app.settings.scale)))
            UIImage(
                pygame.Rect((6, panel.y), picture.get_size()),
                picture,
                manager=self.manager,
                container=panel.container,
            )
            panel.y += picture.get_height() + 4
        command = f"{program()} join {self.address}:{self.port} --code CODE"
        panel.text(lang.text(N_("Or with the game installed: {command}"), command=command), lines=2)
        people = status.people if status is not None else self.setup.people
        shown = {seat: codes.shown(code) for seat, code in self.seat_codes.items()}
        for item in class_controls(
            view,
            self.controller.scenario,
            self.seat_codes,
            shown,
            people,
            clients,
            status is not None and status.started,
            status is not None and status.paused,
            self.show_codes,
            lang,
        ):
            lay(panel, item, partial(self.command, panel))
        if self.notice:
            panel.text(self.notice, lines=2)
        scroll.set_scrollable_area_dimensions((inner - 20, max(panel.y, 1)))

    def command(self, panel: Panel, control: Command) -> None:
        h = self.app.line() + 6
        made = button(
            self.app.manager,
            panel.container,
            pygame.Rect(6, panel.y, panel.width, h),
            control.text,
            f"class-{control.command}",
            None,
            "@primary" if control.primary else None,
        )
        if not control.enabled:
            made.disable()
        self.commands[made] = (control.command, dict(control.options))
        self.commands_by_name[control.command] = made
        panel.row()

    def pressed(self, element: object) -> None:
        if element in self.commands:
            command, options = self.commands[element]
            if command == "view_as":
                self.peek(options["seat"])
            elif command == "codes":
                self.show_codes = not self.show_codes
                self.picks["codes"] = str(self.show_codes)  # in the signature: lay out again
                self.dirty = True
            else:
                self.chief.instruct(command, **options)
                self.notice = ""
            return
        super().pressed(element)

    def peek(self, seat: str) -> None:
        """The seat's own view, in front of the table until Esc."""
        full = self.chief.view(self.chief.seat)  # the instructor sees the whole game
        frozen = Frozen(self.controller.scenario, seat, player_view(full, seat))
        self.app.overlay(PeekScene(self.app, frozen, self.setup))

    def submit(self, action: Action) -> None:
        """The instructor's window makes no moves for a seat."""

    def open_menu(self) -> None:
        self.notice = self.app.lang.text(
            N_("The class's controls are on the right; closing the window ends the server.")
        )
        self.dirty = True

    def closing(self) -> None:
        self.chief.close()
        super().closing()


class Frozen:
    """One seat's view at one moment, as a controller that never changes."""

    def __init__(self, scenario: Scenario, seat: str, view: GameState) -> None:
        self._scenario, self._seat, self._view = scenario, seat, view

    @property
    def scenario(self) -> Scenario:
        return self._scenario

    @property
    def seats(self) -> tuple[str, ...]:
        return (self._seat,)

    def view(self, seat: str) -> GameState:
        return self._view

    def legal(self, seat: str) -> tuple[Action, ...]:
        return ()

    def history(self, seat: str) -> tuple[tuple[Event, ...], ...]:
        return ()

    def waiting_for(self) -> tuple[str, ...]:
        return ()

    def submit(self, seat: str, action: Action) -> int:
        return 0

    def poll(self) -> list[Any]:
        return []

    def wait_idle(self, timeout: float = 30.0) -> bool:
        return True

    def debrief(self) -> Debrief | None:
        return None

    def save(self, path: Path) -> None:
        """Nothing to keep."""

    def undo_phase(self) -> bool:
        return False

    def close(self) -> None:
        """Nothing to close."""


class PeekScene(TableScene):
    """A seat's private view for the instructor's eyes: Esc goes back to the class."""

    name = "peek"

    def build(self) -> None:
        super().build()
        self.notice = self.app.lang.text(
            N_("A team's private view. Esc goes back to the class's public view.")
        )

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.app.close_overlay()
            return
        super().handle(event)

    def open_menu(self) -> None:
        self.app.close_overlay()

    def closing(self) -> None:
        """The class's window closes it."""
