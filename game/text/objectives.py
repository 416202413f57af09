"""A secret aim as its power reads it: the scenario author's own words where the author
wrote some, else said from the aim's kind and parameters, in a language.

(The scenario compiler words an unworded aim in English too, and that text is the aim's
key in the game's state, which saved games hash: it stays as it is, and is what an aim
reads when the scenario is not at hand. What a person reads is made here.)"""

from __future__ import annotations

from typing import Protocol

from game.engine import Objective
from game.scenario import Scenario
from game.scenario.compile import compile_scenario

from .codes import VERDICTS, code_text
from .language import ENGLISH, N_, Language
from .names import Names, body_area, body_name, nation_name
from .policy import HasAxes, area_named, axes_for, place_words

AIMS = {
    "stay_member": N_("Still be a member of {body} at the end"),
    "hold_veto": N_("Hold a veto in {body} at the end"),
    "keep_out": N_("Keep {nation} out of {body}"),
    "keep_in": N_("Keep {nation} in {body}"),
    "order": N_("End with a {verdict} world order"),
    "influence_at_least": N_("End with at least {share} of the great powers' influence"),
    "legitimacy_at_least": N_("End with legitimacy of at least {value} of 1"),
    "capital_at_least": N_("End with at least {value} diplomatic capital"),
    "mandate_at_most": N_("Keep the breadth of {bodys:gen} mandate at {value} of 1 or less"),
    "mandate_at_least": N_("Widen the breadth of {bodys:gen} mandate to {value} of 1 or more"),
    "policy_near": N_("Bring {bodys:gen} policy close to {place}"),
    "found_rival": N_("Found or co-found a rival body in {area}"),
    "recognised_by": N_("Win {nations:gen} recognition of your model (at least {value} of 1)"),
}


class Named(Names, HasAxes, Protocol):
    """What names an aim's bodies and nations and knows the words of a body's axes."""


def aim_text(
    objective: Objective, names: Named, authored: str | None = None, lang: Language = ENGLISH
) -> str:
    """The aim in words: `authored` (the scenario's own text for it) if there is one,
    else said from its kind and parameters; an aim of a kind this does not know, as the
    game's state words it."""
    if authored:
        return authored
    message = AIMS.get(objective.kind)
    if message is None:
        return objective.text
    body_id = str(objective.param("institution") or "")
    body = body_name(names, body_id, lang) if body_id else ""
    nation = nation_name(names, objective.param("nation"), lang)
    place = ""
    if objective.kind == "policy_near" and names.has_body(body_id):
        axes = axes_for(names, body_id, body_area(names, body_id), lang)
        point = objective.param("point") or (0.0, 0.0)
        place = place_words(axes, (float(point[0]), float(point[1])), lang)
    value = objective.param("value")
    breadth = objective.param("breadth")
    return lang.text(
        message,
        body=body,
        bodys=body,
        nation=nation,
        nations=nation,
        verdict=code_text(VERDICTS, str(objective.param("verdict")), lang),
        share=lang.percent(float(value or 0)),
        value=lang.figure(float(breadth if breadth is not None else value or 0)),
        place=place,
        area=area_named(str(objective.param("area")), lang),
    )


def aims_by_key(scenario: Scenario, names: Named, lang: Language) -> dict[tuple[str, str], str]:
    """Each power's aims in the reader's words, by (nation, the aim's key in the state):
    the author's own where the scenario gives some, else said from the aim's kind in
    `lang` (the same words as the seat's card showed)."""
    said = {}
    for nation, own in zip(compile_scenario(scenario, 0).nations, scenario.nations, strict=True):
        authored = [o.text for o in own.objectives]
        for objective, text in zip(nation.objectives, authored, strict=False):
            said[nation.id, objective.text] = aim_text(objective, names, text, lang)
    return said
