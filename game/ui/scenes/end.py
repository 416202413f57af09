"""The end of a game: the debrief on screen (the order and why, charts over the rounds,
key moments, doctrines in action, scores and objectives, concepts, questions) and the
report exported as HTML with its CSV tables."""

from __future__ import annotations

import base64
import io
import webbrowser
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
from pygame_gui.elements import UIDropDownMenu, UIImage, UIScrollingContainer, UITextBox

from game.debrief.model import Debrief
from game.debrief.turning import InBackground
from game.play.match import Match
from game.present.debrief import TURNING, Paragraph
from game.present.debrief import sections as debrief_sections
from game.session.contract import Controller
from game.support import paths
from game.text.language import ENGLISH, N_, Language

from ..scene import Scene
from ..seats import SeatSetup, round_choices
from ..text import markup
from ..widgets import button, label, picked, text_box

if TYPE_CHECKING:
    from ..app import App


def _image(uri: str) -> pygame.Surface:
    data = base64.b64decode(uri.split(",", 1)[1])
    return pygame.image.load(io.BytesIO(data), "chart.png")


MARKS = {"holds": "#007A5A", "fails": "#B3461A"}  # a verdict's condition, as reason_markup


def run_markup(text: str, style: str) -> str:
    said = markup(text).replace("\n", "<br>")
    if style == "b":
        return f"<b>{said}</b>"
    if style == "i":
        return f"<i>{said}</i>"
    if style in MARKS:
        return f"<font color='{MARKS[style]}'><b>{said}</b></font>"
    return said


def paragraphs_markup(paragraphs: tuple[Paragraph, ...] | list[Paragraph]) -> str:
    """A section's paragraphs for a text box: a point of a list on a line of its own,
    after a bullet."""
    lines = []
    for paragraph in paragraphs:
        said = "".join(run_markup(text, style) for text, style in paragraph.runs)
        lines.append(f"• {said}" if paragraph.item else said)
    return "<br>".join(lines)


def sections(d: Debrief, waiting: str = "", lang: Language = ENGLISH) -> list[tuple[str, str]]:
    """The debrief's sections (game/present/debrief.py) as (heading, markup); `waiting`
    stands for the turning point while its replays run."""
    return [(s.title, paragraphs_markup(s.paragraphs)) for s in debrief_sections(d, waiting, lang)]


class EndScene(Scene):
    name = "end"

    def __init__(
        self, app: App, controller: Controller | None, setup: SeatSetup | None, debrief: Debrief
    ) -> None:
        """`controller` None: a save's record, read without its game (no replays)."""
        super().__init__(app)
        self.controller = controller
        self.setup = setup
        self.message = ""
        self.report: Path | None = None  # the exported page, once written
        from game.debrief.build import build
        from game.report.debrief import charts

        lang = app.lang
        # A game played here has its whole log: its debrief is made again in the window's
        # language (the controller's is in English), and its turning point is replayed
        # while the debrief is read, and joins it when ready.
        match: Match | None = getattr(controller, "match", None)
        self.turning: InBackground | None = None
        if match is not None:
            steps = list(zip(match.states, match.events, strict=True))
            debrief = build(match.scenario, match.seed, steps, lang).model_copy(
                update={"turning_point": debrief.turning_point}
            )
            if debrief.turning_point is None and match.actions:
                self.turning = InBackground(
                    match.scenario, match.seed, steps, match.actions, lang=lang
                )
        self.debrief = debrief
        self.charts = charts(self.debrief, lang, self.app.settings.scale)
        self.turning_label: UITextBox | None = None
        self.last_box: UITextBox | None = None
        self.applied = False  # the turning point has joined the debrief
        self.waited = 0.0

    def build(self) -> None:
        assert self.root is not None
        width, height = self.app.size
        s = self.app.settings.scale
        lang = self.app.lang
        pad = int(16 * s)
        match: Match | None = getattr(self.controller, "match", None)
        rounds = match.rounds_begun() if match is not None else []
        branching = int(440 * s) if rounds else 0
        label(
            self.manager,
            self.root,
            pygame.Rect(pad, pad // 2, width - 2 * pad - branching, int(36 * s)),
            lang.text(N_("Debrief: {title}"), title=self.debrief.title),
            "@heading",
        )
        self.rounds: dict[str, int] = {}
        self.branch_menu: UIDropDownMenu | None = None
        if rounds and match is not None:
            self.rounds = round_choices(match, lang=lang)
            self.branch_menu = UIDropDownMenu(
                list(self.rounds),
                next(iter(self.rounds)),
                pygame.Rect(width - pad - branching, pad // 2, int(200 * s), int(36 * s)),
                manager=self.manager,
                container=self.root,
                object_id="#branch-round",
            )
            self.brancher = button(
                self.manager,
                self.root,
                pygame.Rect(
                    width - pad - branching + int(210 * s), pad // 2, int(230 * s), int(36 * s)
                ),
                lang.text(N_("Play on from it (B)")),
                "branch",
                lang.text(
                    N_(
                        "Start a new game that is this one up to the start of the chosen "
                        "round, and play on from there (the AI keeps the seats it had)"
                    )
                ),
            )
        scroll = UIScrollingContainer(
            pygame.Rect(pad, int(48 * s), width - 2 * pad, height - int(118 * s)),
            manager=self.manager,
            container=self.root,
            allow_scroll_x=False,
            object_id="#debrief",
        )
        inner = width - 2 * pad - int(24 * s)
        y = 0
        parts = sections(self.debrief, self._waiting(), lang)
        heading, body = parts[0]
        y = self._section(scroll, heading, body, y, inner)
        if parts[1][0] == lang.text(TURNING):  # (kept to be told how the replays go)
            heading, body = parts.pop(1)
            y = self._section(scroll, heading, body, y, inner)
            self.turning_label = self.last_box
        for chart in self.charts:
            image = _image(chart.uri)
            w = min(inner, image.get_width())
            h = round(image.get_height() * w / image.get_width())
            label(
                self.manager,
                scroll,
                pygame.Rect(0, y, inner, int(26 * s)),
                chart.title,
                "@heading",
                tip=chart.caption,
            )
            UIImage(
                pygame.Rect(0, y + int(28 * s), w, h),
                image,
                manager=self.manager,
                container=scroll,
                object_id=f"#chart-{chart.key}",
            )
            y += h + int(40 * s)
        for heading, body in parts[1:]:
            y = self._section(scroll, heading, body, y, inner)
        scroll.set_scrollable_area_dimensions((inner, y))
        row = height - int(60 * s)
        self.export = button(
            self.manager,
            self.root,
            pygame.Rect(pad, row, int(280 * s), int(44 * s)),
            lang.text(N_("Export the report (E)")),
            "export",
            lang.text(N_("Write the debrief as an HTML page with charts and CSV tables")),
            "@primary",
        )
        self.title = button(
            self.manager,
            self.root,
            pygame.Rect(width - pad - int(200 * s), row, int(200 * s), int(44 * s)),
            lang.text(N_("To the title (Esc)")),
            "title",
        )
        open_w = int(170 * s)
        self.opener = button(
            self.manager,
            self.root,
            pygame.Rect(width - pad - int(210 * s) - open_w, row, open_w, int(44 * s)),
            lang.text(N_("Open it (O)")),
            "open-report",
            lang.text(N_("Open the exported report in your web browser")),
        )
        if self.report is None:
            self.opener.disable()
        note_x = pad + int(290 * s)  # between the export and open buttons
        self.note = label(
            self.manager,
            self.root,
            pygame.Rect(
                note_x, row, self.opener.relative_rect.x - int(10 * s) - note_x, int(44 * s)
            ),
            self.message,
            "@small",
        )

    def _section(
        self, scroll: UIScrollingContainer, heading: str, body: str, y: int, inner: int
    ) -> int:
        s = self.app.settings.scale
        label(self.manager, scroll, pygame.Rect(0, y, inner, int(28 * s)), heading, "@heading")
        box = text_box(
            self.manager, scroll, pygame.Rect(0, y + int(30 * s), inner, -1), body, html=True
        )
        self.last_box = box
        return int(y + int(30 * s) + box.rect.height + int(16 * s))

    def _waiting(self) -> str:
        work = self.turning
        lang = self.app.lang
        if self.controller is None:
            return ""
        if work is None:
            # A class's game: the server replays the key moves and sends the debrief again.
            remote = getattr(self.controller, "match", None) is None
            said = lang.text(N_("The class's server is replaying the key moves..."))
            return said if remote else ""
        if work.error:
            return lang.text(N_("The turning point could not be found: {error}."), error=work.error)
        if work.total:
            said = lang.text(
                N_(
                    "Replaying the key moves to find the turning point, {done} of {total} "
                    "replays..."
                ),
                done=lang.number(work.done, 0),
                total=lang.number(work.total, 0),
            )
        else:
            said = lang.text(N_("Replaying the key moves to find the turning point..."))
        return said

    def update(self, seconds: float) -> None:
        super().update(seconds)
        work = self.turning
        if self.controller is None:
            return
        if work is None and self.debrief.turning_point is None:
            sent = self.controller.debrief()  # a class's game: the server's, when ready
            if sent is not None and sent.turning_point is not None:
                self.debrief = sent
                self.rebuild()
            return
        if work is None or self.applied:
            return
        if work.finished:
            self.applied = True
            if work.result is not None:
                self.debrief = self.debrief.model_copy(update={"turning_point": work.result})
            self.rebuild()
            return
        self.waited += seconds
        if self.waited >= 0.5 and self.turning_label is not None:  # twice a second is enough
            self.waited = 0.0
            self.turning_label.set_text(run_markup(self._waiting(), "i"))

    def handle(self, event: pygame.event.Event) -> None:
        super().handle(event)
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_e:
                self.pressed(self.export)
            elif event.key == pygame.K_o and self.opener.is_enabled:
                self.pressed(self.opener)
            elif event.key == pygame.K_b and self.branch_menu is not None:
                self.pressed(self.brancher)
            elif event.key == pygame.K_ESCAPE:
                self.pressed(self.title)

    def pressed(self, element: object) -> None:
        if element is self.export:
            self.message = self.write_report()
            self.note.set_text(self.message)
            if self.report is not None:
                self.opener.enable()
                self.note.set_tooltip(str(self.report))
        elif element is self.opener and self.report is not None:
            if not webbrowser.open(self.report.as_uri()):
                self.note.set_text(
                    self.app.lang.text(
                        N_("No web browser answered; open {file} yourself."), file=self.report
                    )
                )
        elif self.branch_menu is not None and element is self.brancher:
            assert self.controller is not None and self.setup is not None  # a game to branch
            round_ = self.rounds[picked(self.branch_menu)]
            self.app.screens.play_on(self.controller, self.setup, round_)
        elif element is self.title:
            if self.controller is not None:
                self.controller.close()
            self.app.screens.title()

    def write_report(self) -> str:
        from game.debrief.tables import write_tables
        from game.report.debrief import debrief_page
        from game.support.files import write_atomic

        stamp = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
        folder = paths.saves() / f"{self.debrief.scenario} {stamp} debrief"
        # A game played here has its whole log: the save and the tables go too. A class's
        # game is the server's; its clients write the report and the debrief.
        match: Match | None = getattr(self.controller, "match", None)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            write_atomic(folder / "report.html", debrief_page(self.debrief, self.app.lang))
            write_atomic(folder / "debrief.json", self.debrief.model_dump_json(indent=1) + "\n")
            if match is not None:
                match.save(folder / "game.json")
                steps = list(zip(match.states, match.events, strict=True))
                write_tables(folder, self.debrief, steps, match.actions)
        except OSError as error:
            return self.app.lang.text(
                N_("Could not write to {folder}: {problem}"), folder=folder, problem=error.strerror
            )
        self.report = folder / "report.html"
        return self.app.lang.text(N_("Written to the saves folder: {folder}"), folder=folder.name)

    def leave(self) -> None:
        if self.turning is not None and self not in self.app.scenes:  # gone, not rebuilt
            self.turning.cancel()
        super().leave()

    def closing(self) -> None:
        if self.turning is not None:
            self.turning.cancel()
        if self.controller is not None:
            self.controller.close()
