"""Settings: window size and full screen, text size (for a projector), colours, sound,
animation speed. Kept between sessions."""

from __future__ import annotations

import contextlib

import pygame
from pygame_gui.elements import UICheckBox, UIDropDownMenu

from ..scene import Scene
from ..settings import SIZES, Settings
from ..widgets import button, label, picked

SCALES = ("0.75", "1.0", "1.25", "1.5", "2.0")


class SettingsScene(Scene):
    name = "settings"

    def build(self) -> None:
        assert self.root is not None
        now = self.app.chosen
        width, _ = self.app.size
        s = self.app.settings.scale  # as this window shows it
        x, w = int(60 * s), int(260 * s)
        y = int(40 * s)
        label(
            self.manager,
            self.root,
            pygame.Rect(x, y, width - 2 * x, int(36 * s)),
            "Settings",
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

        sizes = [f"{a} x {b}" for a, b in SIZES]
        self.size = menu(
            "Window size",
            sizes,
            f"{now.width} x {now.height}" if (now.width, now.height) in SIZES else sizes[0],
            "size",
            "The game is laid out for 1280 x 720 and larger",
        )
        self.scale = menu(
            "Text and controls size",
            list(SCALES),
            next((v for v in SCALES if float(v) == now.scale), "1.0"),
            "scale",
            "Larger for a projector at the back of a room: 1.5 at 1920 x 1080. A window "
            "shows text only as large as it holds the table: 1.0 at 1280 x 720, 1.25 at "
            "1600 x 900, 1.5 at 1920 x 1080.",
        )
        if s < now.scale:  # say why the text is smaller than chosen
            label(
                self.manager,
                root,
                pygame.Rect(x + 2 * w + int(10 * s), y - row, width - 2 * w - 2 * x, int(36 * s)),
                f"this window holds {s:g}",
                "@small",
                tip=f"The table is laid out for 1280 x 720 at size 1; a {self.app.size[0]} x "
                f"{self.app.size[1]} window holds it at {s:g} at most. A larger window or "
                "full screen shows the size chosen.",
            )
        self.palette = menu(
            "Colours",
            ["standard", "colour-blind"],
            now.palette,
            "palette",
            "The colour-blind palette (Okabe and Ito's) is told apart with any colour vision",
        )
        self.animation = menu(
            "Animations",
            ["normal", "fast", "off"],
            now.animation,
            "animation",
            "How quickly results and changes are shown",
        )
        self.fullscreen = UICheckBox(
            pygame.Rect(x, y, int(22 * s), int(22 * s)),
            "Full screen",
            manager=self.manager,
            container=self.root,
            initial_state=now.fullscreen,
            object_id="#fullscreen",
        )
        y += row
        self.sound = UICheckBox(
            pygame.Rect(x, y, int(22 * s), int(22 * s)),
            "Sound",
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
            "Save and go back (Enter)",
            "save",
            style="@primary",
        )
        self.back = button(
            self.manager,
            self.root,
            pygame.Rect(x + w + 10, y, w, int(44 * s)),
            "Back without saving (Esc)",
            "back",
        )

    def chosen(self) -> Settings:
        width, height = (int(v) for v in picked(self.size).split(" x "))
        return Settings(
            width=width,
            height=height,
            fullscreen=self.fullscreen.get_state(),
            scale=float(picked(self.scale)),
            palette=picked(self.palette),
            sound=self.sound.get_state(),
            animation=picked(self.animation),
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
