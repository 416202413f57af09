"""The guided first game: a solo game of the tutorial scenario against easy AI powers,
with a coach card that explains each phase the first time it comes round."""

from __future__ import annotations

from dataclasses import dataclass, field

from game.text.language import N_, Language

SCENARIO = "tutorial"


@dataclass(frozen=True)
class Step:
    """A coach's card: its phase, and its title and text as message ids (said in the
    window's language where shown)."""

    phase: str
    title: str
    text: str

    def said(self, lang: Language) -> tuple[str, str]:
        """The card's title and text in `lang`."""
        return lang.text(self.title), lang.text(self.text)


STEPS = (
    Step(
        "diplomacy",
        N_("Welcome: you are Northland"),
        N_(
            "Each round is a year. On the left are the great powers with their doctrines "
            "(the coloured bars) and your secret aims; in the middle, the three bodies and their "
            "rules: in the World Council every great power holds a veto, the Trade Forum "
            "decides by simple majority and lets members opt out, the Reserve Fund weighs votes "
            "by quota. Hover over any number to "
            "see what it means. Now, diplomacy: make an offer on the right (pick a power and a "
            "deal, then Send), or press Done with diplomacy."
        ),
    ),
    Step(
        "agenda",
        N_("The agenda: table a motion"),
        N_(
            "Pick a body and a motion. The expected support tells you whether it would pass "
            "before you table it, and what it is worth to you. In the Council one great "
            "power's no stops it. You may instead threaten to leave a body unless it is "
            "reformed (voice), found a rival body, or table nothing."
        ),
    ),
    Step(
        "vote",
        N_("The sealed vote"),
        N_(
            "Cast a ballot on each motion in your bodies. Nobody sees it until all have voted. "
            "In the World Council your no is a veto; using it against a majority costs "
            "legitimacy. The model's reading of each motion for you is shown above the "
            "buttons."
        ),
    ),
    Step(
        "opt_out",
        N_("Opting out"),
        N_(
            "A decision just passed in the Trade Forum. Where a body grants the right, you may "
            "opt out: you are spared part of its cost and stay a member. This is negative "
            "power at work."
        ),
    ),
    Step(
        "membership",
        N_("Stay, or leave?"),
        N_(
            "Leaving a body frees you from its rules but costs its linked privileges (linkage) "
            "and some legitimacy; the price of each choice is shown. A power that can block "
            "what it rejects tends to stay and object (voice) rather than leave (exit)."
        ),
    ),
)


@dataclass
class Coach:
    """Which steps the player has read; each shows once, at its phase."""

    done: set[str] = field(default_factory=set)

    def step(self, phase: str) -> Step | None:
        return next((s for s in STEPS if s.phase == phase and s.phase not in self.done), None)

    def dismiss(self, phase: str) -> None:
        self.done.add(phase)
