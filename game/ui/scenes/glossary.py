"""The glossary and rules: the words of the game, the concepts of the seed texts
(paraphrased, with their sources) and a round phase by phase."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
from pygame_gui.elements import UIScrollingContainer

from game.text.concepts import DEFINITIONS, concept_text
from game.text.glossary import glossary, round_phases
from game.text.language import N_

from ..scene import Scene
from ..text import markup
from ..widgets import button, label, text_box

if TYPE_CHECKING:
    from ..app import App


class GlossaryScene(Scene):
    name = "glossary"

    def __init__(self, app: App, overlay: bool = False) -> None:
        super().__init__(app)
        self.overlay = overlay  # shown over a game (closes back to it) or from the title

    def build(self) -> None:
        assert self.root is not None
        width, height = self.app.size
        s = self.app.settings.scale
        pad = int(16 * s)
        lang = self.app.lang
        label(
            self.manager,
            self.root,
            pygame.Rect(pad, pad // 2, width - 2 * pad, -1),
            lang.text(N_("Glossary and rules")),
            "@heading",
        )
        scroll = UIScrollingContainer(
            pygame.Rect(
                pad,
                self.app.line("heading") + pad,
                width - 2 * pad,
                height - self.app.line("heading") - int(90 * s),
            ),
            manager=self.manager,
            container=self.root,
            allow_scroll_x=False,
            object_id="#glossary",
        )
        inner = width - 2 * pad - int(24 * s)
        concepts = [concept_text(name, lang) for name in DEFINITIONS]
        sections = [
            (
                lang.text(N_("A round, phase by phase")),
                "<br>".join(
                    f"<b>{markup(name)}</b>: {markup(text)}" for name, text in round_phases(lang)
                ),
            ),
            (
                lang.text(N_("Words of the game")),
                "<br>".join(
                    f"<b>{markup(word)}</b>: {markup(text)}" for word, text in glossary(lang)
                ),
            ),
            (
                lang.text(N_("Concepts of the texts the game is built on")),
                "<br>".join(
                    f"<b>{markup(name)}</b>: {markup(meaning)} <i>({markup(source)})</i>"
                    for name, meaning, source in concepts
                ),
            ),
        ]
        y = 0
        for heading, body in sections:
            label(self.manager, scroll, pygame.Rect(0, y, inner, -1), heading, "@heading")
            y += self.app.line("heading")
            box = text_box(self.manager, scroll, pygame.Rect(0, y, inner, -1), body, html=True)
            y += int(box.rect.height) + int(16 * s)
        scroll.set_scrollable_area_dimensions((inner, y))
        self.back = button(
            self.manager,
            self.root,
            pygame.Rect(pad, height - int(60 * s), int(220 * s), int(44 * s)),
            lang.text(N_("Back (Esc)")),
            "back",
        )

    def handle(self, event: pygame.event.Event) -> None:
        super().handle(event)
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_ESCAPE, pygame.K_g):
            self.pressed(self.back)

    def pressed(self, element: object) -> None:
        if element is self.back:
            if self.overlay:
                self.app.close_overlay()
            else:
                self.app.screens.title()
