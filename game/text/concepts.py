"""The concepts of the seed texts, for the glossary and the debrief: what each means,
paraphrasing Sakwa (2019) on the models of global order and Daßler, Heinkelmann-Wild &
Kruck (2024) on negative institutional power, with its source. Message ids, said in a
language where they are shown."""

from __future__ import annotations

from .language import ENGLISH, N_, Language

SAKWA = "Sakwa 2019"  # a citation: the same in every language
DHK = "Daßler, Heinkelmann-Wild & Kruck 2024"

# name -> (what it means, its source); names and meanings are message ids
DEFINITIONS: dict[str, tuple[str, str]] = {
    N_("three storeys"): (
        N_(
            "World order has three levels: the institutions of global governance at the top, "
            "the states in the middle, and civil society below, which can push states from "
            "underneath."
        ),
        SAKWA,
    ),
    N_("four globalisms"): (
        N_(
            "Great powers hold different models of how the world should be ordered: liberal "
            "and transformative internationalism, mercantilist nationalism and sovereign "
            "internationalism; they split on the same motion for different reasons."
        ),
        SAKWA,
    ),
    N_("negative power"): (
        N_(
            "The power to stop a decision one rejects, by a veto, an opt-out or a consensus "
            "rule; a power that has it can stay in a body it dislikes."
        ),
        DHK,
    ),
    N_("liberal restraint"): (
        N_(
            "A liberal power that could block a decision holds back, because using its veto "
            "against a majority would cost the order it leads its legitimacy."
        ),
        DHK,
    ),
    N_("voice"): (N_("A dissatisfied member stays and objects, using the say it has inside."), DHK),
    N_("subversion"): (N_("A dissatisfied member without a way out stays and obstructs."), DHK),
    N_("exit"): (N_("A dissatisfied member without negative power leaves the body."), DHK),
    N_("rollback"): (
        N_("A member leaves a body that still binds it and works to undermine it from outside."),
        DHK,
    ),
    N_("linkage"): (
        N_(
            "Tying a body's privileges to membership makes leaving dearer, and so keeps members in."
        ),
        DHK,
    ),
    N_("neo-revisionism"): (
        N_(
            "A power challenges how the order is run, not the order itself: it seeks reform "
            "inside the existing institutions rather than their overthrow."
        ),
        SAKWA,
    ),
    N_("cross-order coalitions"): (
        N_(
            "Powers with different models of order carry a decision together, which builds "
            "recognition between them."
        ),
        SAKWA,
    ),
    N_("legitimacy and power"): (
        N_(
            "Power used against the majority costs standing; an order holds when power and "
            "legitimacy stay in balance."
        ),
        SAKWA,
    ),
    N_("rival institutions"): (
        N_("Powers whose voice lags their weight build bodies of their own beside the old ones."),
        SAKWA,
    ),
}


def concept_text(name: str, lang: Language = ENGLISH) -> tuple[str, str, str]:
    """A concept's name, what it means and its source, in `lang`."""
    meaning, source = DEFINITIONS[name]
    return lang.text(name), lang.text(meaning), source
