"""Settings: window size and full screen, text size (for a projector), colours, sound,
animation speed, language. Kept between sessions."""

from __future__ import annotations

import contextlib

import pygame
from pygame_gui.elements import UICheckBox, UIDropDownMenu

from game.text.catalogues import codes, native_name, system_code
from game.text.language import N_, Language

from ..scene import Scene
from ..settings import SIZES, Settings
from ..widgets import button, label, picked

SCALES = (0.75, 1.0, 1.25, 1.5, 2.0)
SIZE = N_("{width} x {height}")  # a window's size in pixels: "1280 x 720"
PALETTES = {"standard": N_("standard"), "colour-blind": N_("colour-blind")}
ANIMATIONS = {"normal": N_("normal"), "fast": N_("fast"), "off": N_("off")}


def decimals(value: float, lang: Language, least: int = 0) -> str:
    """A scale with the decimals it needs (1, 1.1, 0.85), at least `least` of them."""
    places = next(p for p in (0, 1, 2) if round(value, p) == round(value, 2))
    return lang.number(value, max(places, least))


class SettingsScene(Scene):
    name = "settings"

    def build(self) -> None:
        assert self.root is not None
        now = self.app.chosen
        width, _ = self.app.size
        s = self.app.settings.scale  # as this window shows it
        lang = self.app.lang
        x, w = int(60 * s), int(260 * s)
        y = int(40 * s)
        label(
            self.manager,
            self.root,
            pygame.Rect(x, y, width - 2 * x, int(36 * s)),
            lang.text(N_("Settings")),
            "@heading",
        )
        y += int(60 * s)
        row = int(48 * s)

        root = self.root

        def menu(
            title: str, options: list[str], chosen: str, name: str, tip: str
        ) -> UIDropDownMenu:
            nonlocal y
            label(self.manager, root, pygame.Rect(x, y, w, int(36 * s)), title, tip=tip)
            choices: list[str | tuple[str, str]] = list(options)
            widget = UIDropDownMenu(
                choices,
                chosen,
                pygame.Rect(x + w, y, w, int(36 * s)),
                manager=self.manager,
                container=self.root,
                object_id=f"#{name}",
            )
            y += row
            return widget

        # Each menu's options as shown, and what each stands for.
        self.sizes = {
            lang.text(SIZE, width=lang.number(a, 0), height=lang.number(b, 0)): (a, b)
            for a, b in SIZES
        }
        self.scales = {decimals(v, lang, 1): v for v in SCALES}
        self.palettes = {lang.text(said): code for code, said in PALETTES.items()}
        self.animations = {lang.text(said): code for code, said in ANIMATIONS.items()}
        # Each language by its own name, for whoever reads it; first, the system's.
        system = lang.text(N_("The system's ({language})"), language=native_name(system_code()))
        self.languages: dict[str, str | None] = {system: None}
        self.languages.update({native_name(code): code for code in codes()})
        sizes = list(self.sizes)
        self.size = menu(
            lang.text(N_("Window size")),
            sizes,
            next((t for t, v in self.sizes.items() if v == (now.width, now.height)), sizes[0]),
            "size",
            lang.text(N_("The game is laid out for 1280 x 720 and larger")),
        )
        self.scale = menu(
            lang.text(N_("Text and controls size")),
            list(self.scales),
            next((t for t, v in self.scales.items() if v == now.scale), decimals(1.0, lang, 1)),
            "scale",
            lang.text(
                N_(
                    "Larger for a projector at the back of a room: 1.5 at 1920 x 1080. A "
                    "window shows text only as large as it holds the table: 1.0 at 1280 x "
                    "720, 1.25 at 1600 x 900, 1.5 at 1920 x 1080."
                )
            ),
        )
        if s < now.scale:  # say why the text is smaller than chosen
            label(
                self.manager,
                root,
                pygame.Rect(x + 2 * w + int(10 * s), y - row, width - 2 * w - 2 * x, int(36 * s)),
                lang.text(N_("this window holds {scale}"), scale=decimals(s, lang)),
                "@small",
                tip=lang.text(
                    N_(
                        "The table is laid out for 1280 x 720 at size 1; a {width} x {height} "
                        "window holds it at {scale} at most. A larger window or full screen "
                        "shows the size chosen."
                    ),
                    width=lang.number(self.app.size[0], 0),
                    height=lang.number(self.app.size[1], 0),
                    scale=decimals(s, lang),
                ),
            )
        self.palette = menu(
            lang.text(N_("Colours")),
            list(self.palettes),
            lang.text(PALETTES[now.palette]),
            "palette",
            lang.text(
                N_(
                    "The colour-blind palette (Okabe and Ito's) is told apart with any colour "
                    "vision"
                )
            ),
        )
        self.animation = menu(
            lang.text(N_("Animations")),
            list(self.animations),
            lang.text(ANIMATIONS[now.animation]),
            "animation",
            lang.text(N_("How quickly results and changes are shown")),
        )
        self.language = menu(
            lang.text(N_("Language")),
            list(self.languages),
            next((t for t, c in self.languages.items() if c == now.language), system),
            "language",
            lang.text(N_("The language of the game's words; a class's seats choose their own")),
        )
        self.fullscreen = UICheckBox(
            pygame.Rect(x, y, int(22 * s), int(22 * s)),
            lang.text(N_("Full screen")),
            manager=self.manager,
            container=self.root,
            initial_state=now.fullscreen,
            object_id="#fullscreen",
        )
        y += row
        self.sound = UICheckBox(
            pygame.Rect(x, y, int(22 * s), int(22 * s)),
            lang.text(N_("Sound")),
            manager=self.manager,
            container=self.root,
            initial_state=now.sound,
            object_id="#sound",
        )
        y += row + int(10 * s)
        self.save = button(
            self.manager,
            self.root,
            pygame.Rect(x, y, w, int(44 * s)),
            lang.text(N_("Save and go back (Enter)")),
            "save",
            style="@primary",
        )
        self.back = button(
            self.manager,
            self.root,
            pygame.Rect(x + w + 10, y, w, int(44 * s)),
            lang.text(N_("Back without saving (Esc)")),
            "back",
        )

    def chosen(self) -> Settings:
        width, height = self.sizes[picked(self.size)]
        return Settings.model_validate(
            {
                "width": width,
                "height": height,
                "fullscreen": self.fullscreen.get_state(),
                "scale": self.scales[picked(self.scale)],
                "palette": self.palettes[picked(self.palette)],
                "sound": self.sound.get_state(),
                "animation": self.animations[picked(self.animation)],
                "language": self.languages[picked(self.language)],
            }
        )

    def handle(self, event: pygame.event.Event) -> None:
        super().handle(event)
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_ESCAPE:
                self.pressed(self.back)
            elif event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
                self.pressed(self.save)

    def pressed(self, element: object) -> None:
        if element is self.save:
            settings = self.chosen()
            # A settings file that cannot be written costs only the next session's
            # choice; this session goes on with it.
            with contextlib.suppress(OSError):
                settings.save()
            self.app.screens.title()
            self.app.restyle(settings)
        elif element is self.back:
            self.app.screens.title()
