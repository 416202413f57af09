"""The engine's typed parameters (game/engine/params.py), written from the `model:` block's
pydantic models so that the two cannot drift: one frozen dataclass per block, one field
per constant, in the same order and with the same description. The engine may import
only the standard library and numpy, so it reads this copy; the scenario layer validates
the file against the pydantic models, with their defaults, bounds and did-you-mean
errors, and hands the engine the result (`to_engine`).

`python -m game.scenario.reference --write` (or `make docs`) rewrites the file; a test
fails when it is stale."""

from __future__ import annotations

import textwrap
import types
import typing
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Literal, get_args, get_origin

from pydantic import BaseModel

from .parameters import ModelParams

ROOT = Path(__file__).resolve().parents[2]
ENGINE_PARAMS_PATH = ROOT / "game" / "engine" / "params.py"

HEADER = '''"""The core model's constants as the engine reads them: `state.params.vote.tau`. Written
by `make docs` from the `model:` block's models (game/scenario/parameters.py), which hold
each constant's default, bounds and reason; do not edit by hand."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
'''


Blocks = dict[type[BaseModel], str]  # each block, and what the field holding it says


def _type_text(annotation: Any, blocks: Blocks, said: str = "") -> str:
    """The engine's type for a pydantic field's annotation; nested models are queued."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _type_text(get_args(annotation)[0], blocks, said)
    if origin in (types.UnionType, typing.Union):
        return " | ".join(_type_text(arg, blocks, said) for arg in get_args(annotation))
    if origin is Literal:
        return "str"
    if origin is list:
        return f"tuple[{_type_text(get_args(annotation)[0], blocks, said)}, ...]"
    if origin is dict:
        key, value = get_args(annotation)
        return f"Mapping[{_type_text(key, blocks)}, {_type_text(value, blocks)}]"
    if annotation is type(None):
        return "None"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        blocks.setdefault(annotation, said)
        return annotation.__name__
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return "str"
    if annotation in (float, int, str, bool):
        return str(annotation.__name__)
    raise TypeError(f"no engine type for {annotation!r}")


def _comment(text: str) -> list[str]:
    return [f"    # {line}" for line in textwrap.wrap(" ".join(text.split()), width=84)]


def _block_text(model: type[BaseModel], blocks: Blocks) -> str:
    doc = " ".join((model.__doc__ or blocks[model]).split())
    lines = ["@dataclass(frozen=True)", f"class {model.__name__}:"]
    lines += [f"    {line}" for line in textwrap.wrap(f'"""{doc}"""', width=88)]
    lines.append("")
    for name, field in model.model_fields.items():
        if field.description:
            lines += _comment(field.description)
        kind = _type_text(field.annotation, blocks, field.description or name)
        lines.append(f"    {name}: {kind}")
    return "\n".join(lines)


def engine_params_source() -> str:
    """The text of game/engine/params.py."""
    blocks: Blocks = {ModelParams: ""}
    texts = []
    done = 0
    while done < len(blocks):  # each block queues the blocks it holds
        texts.append(_block_text(list(blocks)[done], blocks))
        done += 1
    # Blocks that hold others come after them, so the file reads from the leaves up.
    body = "\n\n\n".join(reversed(texts)).replace("class ModelParams:", "class Params:")
    return HEADER + "\n\n" + body + "\n"


def _engine_value(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return {name: _engine_value(getattr(value, name)) for name in type(value).model_fields}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return tuple(_engine_value(v) for v in value)
    if isinstance(value, dict):
        return {_engine_value(k): _engine_value(v) for k, v in value.items()}
    return value


def to_engine(params: ModelParams) -> Any:
    """The validated `model:` block as the engine's frozen Params."""
    # Imported here, not above: `make docs` must be able to write params.py afresh when
    # the engine's copy no longer imports (a field added to the pydantic models).
    from game.engine import Params

    return _build(Params, _engine_value(params))


def _build(cls: type, data: dict[str, Any]) -> Any:
    hints = typing.get_type_hints(cls)
    values = {}
    for name, value in data.items():
        hint = hints[name]
        block = next(
            (a for a in (hint, *get_args(hint)) if hasattr(a, "__dataclass_fields__")), None
        )
        values[name] = (
            _build(block, value) if block is not None and isinstance(value, dict) else value
        )
    return cls(**values)
