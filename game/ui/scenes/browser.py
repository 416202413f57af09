"""Choosing a game: the bundled scenarios with their summary, goals, length and powers,
and who plays each power (a person, or the AI at easy, normal or hard) under which team
name."""

from __future__ import annotations

import random
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pygame_gui
from pygame_gui.elements import (
    UICheckBox,
    UIDropDownMenu,
    UIImage,
    UIPanel,
    UISelectionList,
    UITextEntryLine,
)

from game.ai.strategy import STRATEGIES
from game.layout.chamber import Seat, seats
from game.present.card import ends_words, length_words, opening, seats_words
from game.scenario import Scenario, ScenarioError, load_scenario
from game.support.bundled import SCENARIOS
from game.support.tendencies import load as load_tendencies
from game.text.language import N_, Language
from game.text.names import series

from ..chamber import chambers_thumbnail, thumbnail_rows
from ..scene import Scene
from ..seats import SeatChoice
from ..text import FONT, clean, markup
from ..theme import DOCTRINE_COLOURS, SIZES, font_size
from ..widgets import button, card, label, picked, text_box

if TYPE_CHECKING:
    from ..app import App

# Who may play a seat: a person, or the AI at a level or with a strategy (game/ai).
CHOICES = {
    "person": N_("Person"),
    "easy": N_("AI, easy"),
    "normal": N_("AI, normal"),
    "hard": N_("AI, hard"),
    "concert": N_("AI, concert"),
    "hegemony": N_("AI, hegemony"),
    "bloc": N_("AI, bloc"),
    "overreach": N_("AI, overreach"),
    "restraint": N_("AI, restraint"),
    "domination": N_("AI, domination"),
}
OTHER_AI = N_("AI, {strategy}")
START = N_("Start the game with these seats")  # a strategy named after this table was written


def player_choices(lang: Language) -> dict[str, str]:
    """Each seat's choices as its menu shows them, and the player each stands for."""
    players = [*CHOICES, *(s for s in STRATEGIES if s not in CHOICES)]
    return {
        lang.text(CHOICES[p]) if p in CHOICES else lang.text(OTHER_AI, strategy=p): p
        for p in players
    }


# The scenario card's fields, by name (message ids marked here: a mark inside an f-string
# is not found by the catalogue's extraction).
FIELDS = {
    "period": N_("Period:"),
    "lesson": N_("Lesson:"),
    "length": N_("Length:"),
    "powers": N_("Great powers:"),
    "seats": N_("Seats:"),
    "bodies": N_("Institutions:"),
    "ends": N_("How its games end"),
}


def bundled(lang: str = "en") -> list[tuple[Path, Scenario]]:
    """The bundled scenarios that load, their texts in `lang` where they give it: the
    tutorial first, then the others in the order of the years they start in, as a course
    meets them (undated ones last)."""
    found = []
    for path in SCENARIOS.glob("*.yaml"):
        try:
            found.append((path, load_scenario(path, lang)))
        except ScenarioError:
            continue  # `validate` explains a broken file; the browser shows those that work
    return sorted(
        found,
        key=lambda f: (f[0].stem != "tutorial", f[1].start_year or 10_000, f[0].stem),
    )


def opening_chambers(sc: Scenario) -> list[tuple[str, list[Seat]]]:
    """The bodies open at the scenario's start, each with its chamber."""
    state, bodies = opening(sc)
    # A name's gloss in brackets ("G8 (the G7 without Russia)") is for the table, not here.
    return [(clean(b.name).split(" (")[0], seats(state, b)) for b in bodies]


def notes_lines(sc: Scenario, lang: Language) -> list[str]:
    """The teaching notes, sources and simplifications, for the instructor at the set-up."""
    lists = []
    if sc.teaching is not None:
        lists += [
            (N_("For the instructor: what to watch"), sc.teaching.watch),
            (N_("A 50-minute session"), sc.teaching.plan_50),
            (N_("A 90-minute session"), sc.teaching.plan_90),
        ]
    lists += [
        (N_("For discussion"), sc.discussion_questions),
        (N_("What it simplifies"), sc.simplified),
        (N_("Sources of its figures"), sc.sources),
    ]
    lines = []
    for heading, items in lists:
        if items:
            said = "".join(f"<br>• {markup(item)}" for item in items)
            lines.append(f"<br><b>{markup(lang.text(heading))}</b>{said}")
    return lines


class BrowserScene(Scene):
    name = "browser"

    def __init__(self, app: App, chosen: str | None = None, extra: Path | None = None) -> None:
        """`chosen`: the id of the scenario to show first; `extra`: a scenario file from
        elsewhere (`main.py play FILE`), shown first."""
        super().__init__(app)
        self.scenarios = bundled(app.lang.code)
        if extra is not None:
            scenario = load_scenario(extra, app.lang.code)
            self.scenarios = [(extra, scenario)] + [
                (p, sc) for p, sc in self.scenarios if p.resolve() != extra.resolve()
            ]
            chosen = scenario.id
        ids = [s.id for _, s in self.scenarios]
        self.index = ids.index(chosen) if chosen in ids else 0
        self.seat_widgets: list[tuple[str, UIDropDownMenu, UITextEntryLine]] = []
        self.tendencies = load_tendencies()
        self.thumbnails: dict[str, list[tuple[str, list[Seat]]]] = {}

    @property
    def scenario(self) -> Scenario:
        return self.scenarios[self.index][1]

    def build(self) -> None:
        assert self.root is not None
        width, height = self.app.size
        s = self.app.settings.scale
        lang = self.app.lang
        pad = int(20 * s)
        label(
            self.manager,
            self.root,
            pygame.Rect(pad, pad, width - 2 * pad, int(34 * s)),
            lang.text(N_("Choose a scenario")),
            "@heading",
        )
        top = pad + int(44 * s)
        # Wide enough for a long power's name, its seat menu and a team name side by side.
        list_width = max(int(300 * s), int(width * 0.36))
        titles: list[str | tuple[str, str]] = [(clean(sc.title), sc.id) for _, sc in self.scenarios]
        self.list = UISelectionList(
            pygame.Rect(pad, top, list_width, int(200 * s)),
            titles,
            manager=self.manager,
            container=self.root,
            default_selection=titles[self.index],
            object_id="#scenarios",
        )
        right = pad * 2 + list_width
        info = card(
            self.manager,
            self.root,
            pygame.Rect(right, top, width - right - pad, height - top - int(90 * s)),
        )
        self.info(info)
        self.seats(pygame.Rect(pad, top + int(214 * s), list_width, height - top - int(300 * s)))
        row = height - int(66 * s)
        self.back = button(
            self.manager,
            self.root,
            pygame.Rect(pad, row, int(160 * s), int(44 * s)),
            lang.text(N_("Back (Esc)")),
            "back",
            lang.text(N_("Back to the title")),
        )
        self.start = button(
            self.manager,
            self.root,
            pygame.Rect(width - pad - int(220 * s), row, int(220 * s), int(44 * s)),
            lang.text(N_("Start (Enter)")),
            "start",
            lang.text(START),
            "@primary",
        )
        self.check_seats()

    def info(self, panel: UIPanel) -> None:
        sc = self.scenario
        rect = panel.get_container().get_rect()
        w = rect.width - 24
        lang = self.app.lang
        # Its chambers at the start, above the words: what the world looks like.
        if sc.id not in self.thumbnails:
            self.thumbnails[sc.id] = opening_chambers(sc)
        chambers = self.thumbnails[sc.id]
        small = pygame.font.Font(str(FONT), font_size(SIZES["small"], self.app.settings))
        thumb_h = int(84 * self.app.settings.scale) * thumbnail_rows(len(chambers))
        UIImage(
            pygame.Rect(8, 8, w, thumb_h),
            chambers_thumbnail(
                chambers, (w, thumb_h), DOCTRINE_COLOURS[self.app.settings.palette], small
            ),
            manager=self.manager,
            container=panel,
            object_id="#chambers",
        )
        goals = "".join(f"<br>• {markup(g)}" for g in sc.learning_goals)
        powers = series([clean(n.name) for n in sc.great_powers()], lang=lang)
        bodies = lang.text(
            N_("{institutions}, nations: {nations}"),
            institutions=lang.number(len(sc.institutions), 0),
            nations=lang.number(len(sc.nations), 0),
        )

        def field(key: str, value: str) -> str:
            """'<b>Period:</b> 1945-1955', its name in the reader's language."""
            return f"<b>{markup(lang.text(FIELDS[key]))}</b> {markup(value)}"

        lines = [f"<b>{markup(sc.title)}</b>"]
        if sc.period:
            lines.append(field("period", sc.period))
        if sc.lesson:
            lines.append(field("lesson", sc.lesson))
        lines += [
            ("<br>" if sc.period or sc.lesson else "") + f"{markup(sc.summary)}<br>",
            field("length", length_words(sc, lang)),
            field("powers", powers),
            field("seats", seats_words(sc, lang)),
            field("bodies", bodies),
        ]
        ends = "<br>".join(markup(line) for line in ends_words(sc, self.tendencies, lang))
        lines.append(f"<br><b>{markup(lang.text(FIELDS['ends']))}</b><br>{ends}")
        if goals:
            learn = markup(lang.text(N_("You will learn to")))
            lines.append(f"<br><b>{learn}</b>{goals}")
        lines.extend(notes_lines(sc, lang))
        text_box(
            self.manager,
            panel,
            pygame.Rect(8, 16 + thumb_h, w, rect.height - 24 - thumb_h),
            "<br>".join(lines),
            html=True,
        )

    def seats(self, area: pygame.Rect) -> None:
        assert self.root is not None
        s = self.app.settings.scale
        lang = self.app.lang
        choices = player_choices(lang)
        said = {player: text for text, player in choices.items()}
        label(
            self.manager,
            self.root,
            pygame.Rect(area.x, area.y, area.width, int(26 * s)),
            lang.text(N_("Who plays each power")),
            "@heading",
        )
        y = area.y + int(32 * s)
        row = int(40 * s)
        self.seat_widgets = []
        seats = self.scenario.playable_seats()
        names = {n.id: n.name for n in self.scenario.nations}
        for i, seat in enumerate(seats):
            default = said["person" if i == 0 else seat.ai.value]
            name_w = min(int(150 * s), area.width // 3)
            label(
                self.manager,
                self.root,
                pygame.Rect(area.x, y + (row - 6 - self.app.line()) // 2, name_w - 4, row - 6),
                names[seat.nation],
                tip=lang.text(N_("{nation} ({code})"), nation=names[seat.nation], code=seat.nation),
            )
            menu = UIDropDownMenu(
                list(choices),
                default,
                pygame.Rect(area.x + name_w, y, int(140 * s), row - 6),
                manager=self.manager,
                container=self.root,
                object_id=f"#seat-{seat.nation}",
            )
            team_x = name_w + int(146 * s)
            team = UITextEntryLine(
                pygame.Rect(area.x + team_x, y, area.width - team_x, row - 6),
                manager=self.manager,
                container=self.root,
                object_id=f"#team-{seat.nation}",
            )
            team.set_text(clean(seat.team or names[seat.nation]))
            team.set_text_length_limit(24)
            self.seat_widgets.append((seat.nation, menu, team))
            y += row
        self.anonymous = UICheckBox(
            pygame.Rect(area.x, y + 6, int(20 * s), int(20 * s)),
            lang.text(N_("Anonymous team names (Team A, Team B, ...)")),
            manager=self.manager,
            container=self.root,
            object_id="#anonymous",
        )

    def choices(self) -> list[SeatChoice]:
        anonymous = self.anonymous.get_state()
        lang = self.app.lang
        players = player_choices(lang)
        found = []
        for i, (nation, menu, team) in enumerate(self.seat_widgets):
            player = players[picked(menu)]
            name = (
                lang.text(N_("Team {letter}"), letter=chr(ord("A") + i))
                if anonymous
                else clean(team.get_text()).strip()
            )
            found.append(SeatChoice(nation, player, name or nation))
        return found

    def check_seats(self) -> None:
        people = [c for c in self.choices() if c.player == "person"]
        lang = self.app.lang
        if people:
            self.start.enable()
            self.start.set_tooltip(lang.text(START))
        else:
            self.start.disable()
            self.start.set_tooltip(lang.text(N_("Give at least one power to a person")))

    def handle(self, event: pygame.event.Event) -> None:
        super().handle(event)
        if (
            event.type == pygame_gui.UI_SELECTION_LIST_NEW_SELECTION
            and event.ui_element is self.list
        ):
            ids = [sc.id for _, sc in self.scenarios]
            picked = self.list.get_single_selection()
            titles = [clean(sc.title) for _, sc in self.scenarios]
            if picked in titles:
                self.index = titles.index(picked)
            elif picked in ids:
                self.index = ids.index(picked)
            self.rebuild()
        elif event.type in (
            pygame_gui.UI_DROP_DOWN_MENU_CHANGED,
            pygame_gui.UI_CHECK_BOX_CHECKED,
            pygame_gui.UI_CHECK_BOX_UNCHECKED,
        ):
            self.check_seats()
        elif event.type == pygame.KEYDOWN and not self._typing():
            if event.key == pygame.K_ESCAPE:
                self.pressed(self.back)
            elif event.key in (pygame.K_RETURN, pygame.K_KP_ENTER) and self.start.is_enabled:
                self.pressed(self.start)

    def _typing(self) -> bool:
        return any(team.is_focused for _, _, team in self.seat_widgets)

    def pressed(self, element: object) -> None:
        if element is self.back:
            self.app.screens.title()
        elif element is self.start:
            seed = self.app.seed or random.randrange(1, 1_000_000)
            self.app.screens.start_game(self.scenario, seed, self.choices())
