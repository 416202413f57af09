"""Events read back from data: an event from its kind, round, facts and audience as the
wire, the golden games and the saves' records give them (JSON's lists and mappings),
checked against the kind's fields (game/engine/events.py)."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from .events import KINDS, Event, Explained, Facts, Private
from .phrase import Phrase, phrase_of
from .state import Reason


def event_from_data(kind: str, round_: int, data: Facts, audience: tuple[str, ...] | None) -> Event:
    """An event from its kind, round, facts and audience (as `data` and `audience` give
    them). Raises ValueError for a kind or a fact it does not know."""
    cls = KINDS.get(kind)
    if cls is None:
        raise ValueError(f"no such event kind: '{kind}'")
    names = {spec.name for spec in fields(cls)}
    given = {name: _tupled(value) for name, value in data if name in names}  # JSON's lists
    rest = tuple((name, value) for name, value in data if name not in names)
    if rest and "changes" not in names:
        raise ValueError(f"a {kind} event has no fact '{rest[0][0]}'")
    extra: dict[str, Any] = {"changes": rest} if rest else {}
    if "reasons" in given:  # read from JSON, a reason is a mapping of its fields
        given["reasons"] = tuple(reason_of(r) for r in given["reasons"])
    if cls is Explained:  # and a phrase a mapping of its code and facts
        given = {**given, **explained_facts(given)}
    if issubclass(cls, Private):
        extra["seen_by"] = audience
    try:
        return cls(round=round_, **given, **extra)
    except TypeError as error:  # a fact missing
        raise ValueError(f"a {kind} event: {error}") from None


def explained_facts(given: dict[str, Any]) -> dict[str, Any]:
    """An explanation's phrases from JSON: `why` and its terms."""
    why = given.get("why")
    terms = given.get("terms") or ()
    try:
        return {
            "why": why if isinstance(why, Phrase) else phrase_of(why),
            "terms": tuple(
                (t if isinstance(t, Phrase) else phrase_of(t), float(v)) for t, v in terms
            ),
        }
    except (TypeError, ValueError) as error:
        raise ValueError(f"an explained event: {error}") from None


def reason_of(value: Any) -> Reason:
    """A verdict's reason from a mapping of its fields, as JSON gives it back."""
    if isinstance(value, Reason):
        return value
    try:
        figures = tuple((str(k), _tupled(v)) for k, v in value.get("figures") or ())
        return Reason(**{**value, "figures": figures})
    except (AttributeError, TypeError) as error:
        raise ValueError(f"a verdict's reason: {error}") from None


def _tupled(value: Any) -> Any:
    return tuple(_tupled(v) for v in value) if isinstance(value, list | tuple) else value
