"""Words as data. The engine and the AI speak no language: where they have something to
tell a person (why a power moved), they give a Phrase, the code of the message that says
it and the facts it quotes, and the text layer (game/text/reasons.py) words it in the
reader's language when it is shown. A fact is an id under the name of what it is
(`nation`, `body`, `motion`), a number, a code, another phrase or a tuple of these."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Phrase:
    says: str  # the message's code (game/text/reasons.py words each)
    facts: tuple[tuple[str, Any], ...] = ()

    def fact(self, name: str, default: Any = None) -> Any:
        return next((value for key, value in self.facts if key == name), default)

    def parts(self) -> tuple[Phrase, ...]:
        """The phrases among its facts, in order (those in a tuple too)."""
        found: list[Phrase] = []
        for _, value in self.facts:
            items = value if isinstance(value, tuple) else (value,)
            found += [item for item in items if isinstance(item, Phrase)]
        return tuple(found)


def phrase(says: str, **facts: Any) -> Phrase:
    """A phrase from keyword facts (None ones left out): phrase('pledge', nation='india')."""
    return Phrase(says, tuple((k, v) for k, v in facts.items() if v is not None))


def phrase_data(value: Any) -> Any:
    """A phrase (or a fact) as JSON keeps it: {"says": ..., "facts": {...}}; tuples as lists."""
    if isinstance(value, Phrase):
        return {"says": value.says, "facts": {k: phrase_data(v) for k, v in value.facts}}
    if isinstance(value, tuple):
        return [phrase_data(v) for v in value]
    return value


def phrase_of(data: Any) -> Phrase:
    """A phrase back from its JSON (phrase_data); ValueError naming what is wrong."""
    if not isinstance(data, dict) or not isinstance(data.get("says"), str):
        raise ValueError(f"a phrase is a mapping with a 'says' code, not {data!r:.60}")
    facts = data.get("facts") or {}
    # As saves keep them, a mapping; as the wire's dataclass dump gives them, pairs.
    if not isinstance(facts, dict | list | tuple):
        raise ValueError(f"a phrase's facts are a mapping, not {facts!r:.60}")
    pairs = facts.items() if isinstance(facts, dict) else facts
    try:
        return Phrase(data["says"], tuple((str(k), _fact_of(v)) for k, v in pairs))
    except (TypeError, ValueError) as error:
        raise ValueError(f"the phrase '{data['says']}': {error}") from None


def _fact_of(value: Any) -> Any:
    if isinstance(value, dict):
        return phrase_of(value)
    if isinstance(value, list | tuple):
        return tuple(_fact_of(v) for v in value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise ValueError(f"a phrase's fact is a number, a text, a phrase or a list, not {value!r:.60}")


def replaced(said: Phrase, change: dict[str, Phrase]) -> Phrase:
    """The phrase with every phrase inside it whose code is in `change` put in its place
    (how an explanation hides a secret aim from those who may not see it)."""

    def swap(value: Any) -> Any:
        if isinstance(value, Phrase):
            return change[value.says] if value.says in change else replaced(value, change)
        if isinstance(value, tuple):
            return tuple(swap(v) for v in value)
        return value

    return Phrase(said.says, tuple((k, swap(v)) for k, v in said.facts))
