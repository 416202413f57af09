"""Seat codes: what a team types to join its seat. Ten characters from an alphabet with no
look-alikes (no 0/O, 1/I/L, U/V), about 49 bits, so a class cannot guess another team's
code; shown in two groups of five to read aloud."""

from __future__ import annotations

import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
LENGTH = 10


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def shown(code: str) -> str:
    """'ABCDE-FGHJK', for the screen and for reading aloud."""
    return f"{code[:5]}-{code[5:]}"


def typed(text: str) -> str:
    """A code as typed: case, spaces and dashes do not matter."""
    return "".join(text.split()).replace("-", "").upper()
