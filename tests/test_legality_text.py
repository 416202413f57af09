"""Every refusal the engine can give has its sentence, and the sentence quotes only the
facts the refusal carries."""

from __future__ import annotations

import ast
import string
from pathlib import Path

from game.text.legality import SENTENCES

ROOT = Path(__file__).resolve().parents[1]


def refusals() -> list[tuple[int, str, set[str]]]:
    """(line, sentence key, facts given) of every refusal in the engine."""
    found = []
    for path in sorted((ROOT / "game" / "engine").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_no":
                says = node.args[1]
                assert isinstance(says, ast.Constant), f"{path.name}:{node.lineno}"
                found.append((node.lineno, says.value, {k.arg or "" for k in node.keywords}))
    return found


def test_every_refusal_has_its_sentence_with_the_facts_it_quotes() -> None:
    seen = refusals()
    assert len(seen) > 45
    for line, says, facts in seen:
        assert says in SENTENCES, f"legality.py:{line}: no sentence '{says}'"
        sentence = SENTENCES[says]  # a sentence that counts: its plural form quotes the most
        text = sentence if isinstance(sentence, str) else sentence[1]
        quoted = {name for _, name, _, _ in string.Formatter().parse(text) if name}
        assert quoted == facts, f"legality.py:{line}: '{says}' quotes {quoted}, given {facts}"
    assert set(SENTENCES) == {says for _, says, _ in seen}  # no sentence left unused
