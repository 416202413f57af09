"""The window and its main loop: the UI manager, the scene stack, and the frame."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

import i18n
import pygame
import pygame_gui
from pygame_gui.core.gui_font_pygame import GUIFontPygame
from pygame_gui.core.interfaces import IUIElementInterface

from game.scenario import Scenario
from game.session.contract import Controller
from game.text.catalogues import chosen
from game.text.catalogues import spoken as spoken_in
from game.text.language import Language

from .icons import icon
from .seats import SeatChoice, SeatSetup
from .settings import Settings, fitted
from .sound import Sounds
from .theme import PAPER, SIZES, font_size, line, rgb, ui_theme

FPS = 60


class Scene(Protocol):
    """A screen as the window stacks it (game/ui/scene.py has the base every screen
    builds on)."""

    name: str
    elements: list[IUIElementInterface]

    def enter(self) -> None: ...
    def leave(self) -> None: ...
    def hide(self) -> None: ...
    def show(self) -> None: ...
    def rebuild(self) -> None: ...
    def closing(self) -> None: ...
    def handle(self, event: pygame.event.Event) -> None: ...
    def update(self, seconds: float) -> None: ...
    def draw(self, surface: pygame.Surface) -> None: ...


class Screens(Protocol):
    """The ways to the title and to a game, for the screens that lead back there (the
    end, the pause menu, the browser): they ask the window rather than import the
    screens above them. game/ui/routes.py fulfils it."""

    def title(self) -> None: ...
    def start_game(
        self, scenario: Scenario, seed: int, choices: list[SeatChoice], coached: bool = False
    ) -> None: ...
    def resume(self, save: Path) -> None: ...
    def play_on(self, controller: Controller, setup: SeatSetup, round_: int) -> None: ...


RENDERED_SIZE = GUIFontPygame.get_rect  # pygame_gui's own measure (tests compare with it)


def sized(font: GUIFontPygame, text: str) -> pygame.Rect:
    """A text's rectangle as pygame_gui measures it to wrap and place words, without
    drawing it. pygame_gui renders every piece of text it measures and keeps only the
    surface's size: half of a text box's layout time. pygame-ce's Font.size gives that
    size from the same glyph metrics (the same rectangle, tests/ui/test_fonts.py)."""
    if not text:
        return pygame.Rect(0, 0, 0, 0)
    internal: pygame.font.Font = font._GUIFontPygame__internal_font  # type: ignore[attr-defined]
    return pygame.Rect((0, internal.get_ascent()), internal.size(text))


def spoken(settings: Settings) -> Language:
    """The language the settings choose; the system's if they choose none, or one whose
    catalogue is gone."""
    return spoken_in(settings.language, chosen(None))


class App:
    def __init__(
        self,
        settings: Settings | None = None,
        size: tuple[int, int] | None = None,
        *,
        routes: Callable[[App], Screens],
    ) -> None:
        self.chosen = settings or Settings.load()  # as the person chose them, and saved
        self.size = size or (self.chosen.width, self.chosen.height)
        pygame.display.init()
        pygame.font.init()
        pygame.display.set_caption("Concert of Powers")
        pygame.display.set_icon(icon("emblem", 64))
        flags = pygame.FULLSCREEN if self.chosen.fullscreen else 0
        self.surface = pygame.display.set_mode(self.size, flags)
        self.size = self.surface.get_size()  # full screen: the display's
        self.settings = fitted(self.chosen, self.size)  # as this window uses them
        self.lang = spoken(self.chosen)  # the language this window's text is made in
        self.manager = pygame_gui.UIManager(self.size, ui_theme(self.settings))
        # pygame_gui passes every text through python-i18n, which treats a text with a dot
        # ("0.50") as a namespaced key and lists the translation folders on disk to look
        # for it: milliseconds per label. The game's texts are not translation keys, so
        # no text may name a namespace. (Only pygame_gui's dialog windows, which the game
        # does not use, have namespaced keys.)
        i18n.set("namespace_delimiter", "\x1f")
        GUIFontPygame.get_rect = sized  # type: ignore[method-assign, assignment]
        self._preload()
        self.sounds = Sounds(self.settings.sound)
        self.scenes: list[Scene] = []
        self.running = True
        self.frame_times: list[float] = []  # seconds per frame, for the speed bench
        self.pressing = False  # a mouse button is held: the table waits to lay out again
        self.seed: int | None = None  # a fixed seed for new games (the tour); else random
        self.screens = routes(self)

    def line(self, style: str = "body") -> int:
        """The height of a one-line label in a text style at the current scale."""
        return line(style, self.settings)

    def _preload(self) -> None:
        """Load every font size and style the theme and the text boxes use, at start
        rather than in the middle of a frame."""
        fonts = self.manager.get_theme().get_font_dictionary()
        # Text boxes set <b> and <i> at pygame_gui's default size, 14, too.
        sizes = {14} | {font_size(size, self.settings) for size in SIZES.values()}
        wanted: list[dict[str, str | int | float]] = [
            {"name": name, "point_size": size, "style": style}
            for name in ("noto", "noto_sans")
            for size in sizes
            for style in ("regular", "bold", "italic")
            if not fonts.check_font_preloaded(
                fonts.create_font_id(size, name, style == "bold", style == "italic")
            )
        ]
        if wanted:
            self.manager.preload_fonts(wanted)

    # ------------------------------------------------------------ scenes

    @property
    def scene(self) -> Scene:
        return self.scenes[-1]

    def switch(self, scene: Scene) -> None:
        """Replace every scene by this one."""
        while self.scenes:
            self.scenes.pop().leave()
        self.scenes.append(scene)
        scene.enter()

    def overlay(self, scene: Scene) -> None:
        """Show a scene in place of the current one, which keeps its state underneath (a
        menu, a hand-over screen): hidden, so no click reaches it and, between two
        players, nothing private shows."""
        if self.scenes:
            self.scene.hide()
        self.scenes.append(scene)
        scene.enter()

    def close_overlay(self) -> None:
        if len(self.scenes) > 1:
            self.scenes.pop().leave()
            self.scene.show()

    def restyle(self, settings: Settings) -> None:
        """New settings: a new window size or scale, theme and layout."""
        self.chosen = settings
        self.sounds = Sounds(settings.sound)
        size = (settings.width, settings.height)
        if size != self.size or settings.fullscreen != bool(
            self.surface.get_flags() & pygame.FULLSCREEN
        ):
            flags = pygame.FULLSCREEN if settings.fullscreen else 0
            self.surface = pygame.display.set_mode(size, flags)
            self.size = self.surface.get_size()
            self.manager.set_window_resolution(self.size)
        self.settings = fitted(settings, self.size)
        self.lang = spoken(settings)  # every scene is made again below, in it
        self.manager.get_theme().load_theme(ui_theme(self.settings))
        self._preload()
        self.manager.rebuild_all_from_changed_theme_data()
        for scene in self.scenes:
            scene.rebuild()

    # ------------------------------------------------------------ the frame

    def step(self, seconds: float, events: Iterable[pygame.event.Event] | None = None) -> None:
        """One frame: events, update, draw. Tests call it directly, without the clock."""
        start = time.perf_counter()
        for event in pygame.event.get() if events is None else events:
            if event.type == pygame.QUIT:
                self.quit()
                return
            if event.type == pygame.MOUSEBUTTONDOWN:
                self.pressing = True
            elif event.type == pygame.MOUSEBUTTONUP:
                self.pressing = False
            self.manager.process_events(event)
            if event.type == pygame_gui.UI_BUTTON_PRESSED:
                self.sounds.play("click")
            if self.scenes:
                self.scene.handle(event)
        # Only the scene on top runs: one below an overlay waits, its updates queued.
        if self.scenes:
            self.scene.update(seconds)
        self.manager.update(seconds)
        self.surface.fill(rgb(PAPER))
        if self.scenes:
            self.scene.draw(self.surface)
        self.manager.draw_ui(self.surface)
        pygame.display.flip()
        self.frame_times.append(time.perf_counter() - start)
        del self.frame_times[:-600]

    def run(self, first: Callable[[App], Scene]) -> int:
        self.switch(first(self))
        clock = pygame.time.Clock()
        while self.running:
            seconds = clock.tick(FPS) / 1000
            self.step(seconds)
        pygame.quit()
        return 0

    def quit(self) -> None:
        for scene in reversed(self.scenes):
            scene.closing()
        while self.scenes:
            self.scenes.pop().leave()
        self.running = False
