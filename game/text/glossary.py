"""The words of the game in plain language, for the glossary screen. (The README's
glossary is the developers': it fixes what the code's names mean.) Message ids, said
in a language where they are shown."""

from __future__ import annotations

from .language import ENGLISH, N_, Language

TERMS: tuple[tuple[str, str], ...] = (
    (N_("great power"), N_(
        "A nation played by a person or the AI. The other nations are minor nations, driven "
        "by the model."
    )),
    (N_("institution"), N_(
        "A body of global governance: its members, how it decides, who holds a veto, whether "
        "members may opt out, and its mandate."
    )),
    (N_("mandate"), N_(
        "What an institution may rule on: its breadth (how many issues, 0 to 1) and its "
        "intrusiveness (how deep into members' own affairs, 0 to 1)."
    )),
    (N_("motion"), N_(
        "A proposal tabled in an institution: move its policy, change its mandate, add or "
        "remove a veto, grant an opt-out, admit or suspend a member, link privileges to "
        "membership, or sanction a nation."
    )),
    (N_("ballot"), N_(
        "A member's sealed vote on a motion: yes, no or abstain. A veto holder's no is a "
        "veto. Ballots are revealed together."
    )),
    (N_("veto"), N_(
        "A no that stops a motion whatever the others vote. Using it against a majority "
        "costs legitimacy."
    )),
    (N_("opt-out"), N_(
        "The right to be spared a share of a decision's cost while staying in the body."
    )),
    (N_("negative power"), N_(
        "The power to avoid a decision you reject: a veto, an opt-out or a consensus rule. "
        "With it, a dissatisfied power tends to stay and object; without it, to leave."
    )),
    (N_("linkage"), N_(
        "The share of an institution's privileges a member loses by leaving it."
    )),
    (N_("vitality"), N_(
        "Whether an institution still works: alive, a zombie, or dead below 0.1 or with "
        "fewer than three members."
    )),
    (N_("legitimacy"), N_(
        "A power's standing (0 to 1). Vetoing a majority, breaking a pledge or leaving costs "
        "it; scores count it."
    )),
    (N_("capital"), N_(
        "What a power can spend: on deals with others and on threats."
    )),
    (N_("influence"), N_(
        "A power's share of the weight of the institutions it belongs to."
    )),
    (N_("doctrine"), N_(
        "A nation's mix of four models of global order: liberal, transformative, "
        "mercantilist and sovereign internationalism. It shapes what the nation wants."
    )),
    (N_("order verdict"), N_(
        "What the model calls the world order each round: pluralist, hegemonic, bloc or "
        "fragmented once one holds long enough; until then transitional, leaning to the one "
        "it is closest to."
    )),
    (N_("secret objectives"), N_(
        "Each power's own goals, revealed at the end; they weigh most in its score, with its "
        "influence, legitimacy and the final order."
    )),
)  # fmt: skip


# A round, phase by phase: its name and what happens in it.
PHASES: tuple[tuple[str, str], ...] = (
    (N_("events"), N_("The year's news: growth, crises, movements of civil society, elections.")),
    (N_("diplomacy"), N_("Private offers between powers: a vote for a vote, capital, recognition, "
     "a guarantee to stay. Accept or reject them; pass when you are done.")),
    (N_("agenda"), N_("Each power tables one motion, threatens to leave a body unless it is "
     "reformed, founds a rival body, or passes.")),
    (N_("vote"), N_("A sealed ballot on every motion in your bodies; a veto holder's no is a "
     "veto.")),
    (N_("results"), N_("The ballots are revealed: what passed, what failed, who vetoed.")),
    (N_("opt-outs"), N_("Where the right exists, members may opt out of a decision just adopted.")),
    (N_("membership"), N_("Stay, leave a body, or join or rejoin one; leaving costs the body's "
     "linked privileges and some legitimacy.")),
    (N_("consequences"), N_("Satisfaction, legitimacy, influence and vitality move; the model "
     "judges the order and says why.")),
)  # fmt: skip


def glossary(lang: Language = ENGLISH) -> list[tuple[str, str]]:
    """Each term and what it means, in `lang`."""
    return [(lang.text(term), lang.text(meaning)) for term, meaning in TERMS]


def round_phases(lang: Language = ENGLISH) -> list[tuple[str, str]]:
    """Each phase of a round and what happens in it, in `lang`."""
    return [(lang.text(phase), lang.text(what)) for phase, what in PHASES]
