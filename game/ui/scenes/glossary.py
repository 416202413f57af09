"""The glossary and rules: the words of the game, the concepts of the seed texts
(paraphrased, with their sources) and a round phase by phase."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
from pygame_gui.elements import UIScrollingContainer

from game.debrief.concepts import DEFINITIONS
from game.text.glossary import TERMS

from ..scene import Scene
from ..text import markup
from ..widgets import button, label, text_box

if TYPE_CHECKING:
    from ..app import App

ROUND = (
    ("events", "The year's news: growth, crises, movements of civil society, elections."),
    ("diplomacy", "Private offers between powers: a vote for a vote, capital, recognition, "
     "a guarantee to stay. Accept or reject them; pass when you are done."),
    ("agenda", "Each power tables one motion, threatens to leave a body unless it is "
     "reformed, founds a rival body, or passes."),
    ("vote", "A sealed ballot on every motion in your bodies; a veto holder's no is a "
     "veto."),
    ("results", "The ballots are revealed: what passed, what failed, who vetoed."),
    ("opt-outs", "Where the right exists, members may opt out of a decision just adopted."),
    ("membership", "Stay, leave a body, or join or rejoin one; leaving costs the body's "
     "linked privileges and some legitimacy."),
    ("consequences", "Satisfaction, legitimacy, influence and vitality move; the model "
     "judges the order and says why."),
)  # fmt: skip


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
        label(
            self.manager,
            self.root,
            pygame.Rect(pad, pad // 2, width - 2 * pad, -1),
            "Glossary and rules",
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
        sections = [
            (
                "A round, phase by phase",
                "<br>".join(f"<b>{name}</b>: {markup(text)}" for name, text in ROUND),
            ),
            (
                "Words of the game",
                "<br>".join(f"<b>{markup(word)}</b>: {markup(text)}" for word, text in TERMS),
            ),
            (
                "Concepts of the texts the game is built on",
                "<br>".join(
                    f"<b>{markup(name)}</b>: {markup(meaning)} <i>({markup(source)})</i>"
                    for name, (meaning, source) in DEFINITIONS.items()
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
            "Back (Esc)",
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
