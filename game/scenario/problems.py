"""A problem in a scenario file, located by file, line, column and dotted path.

A problem's message is for a person, said in the reader's language. This package lies
below the text layer (game/text/language.py), so the language is passed in from above:
anything that says messages as `Language` does (`text`, `plural`) will do, and without one
a message is said as it is written, in English. A problem made here holds a message id
(marked with `N_`, as the text layer marks its own) and its values; one made by a part of
the validator that still writes its messages out (load.py, source.py) holds the text as
it was made, which is said as it is."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol


def N_(message: str) -> str:
    """Marks a message to be translated where it is shown (the text layer's marker, which
    this layer cannot import: it is below it)."""
    return message


def Np_(one: str, many: str) -> tuple[str, str]:
    """Marks a message about a count, for one and for more (the text layer's marker)."""
    return one, many


class Speaker(Protocol):
    """A language messages are said in (game/text/language.py's `Language` is one)."""

    def text(self, message: str, /, **values: object) -> str: ...

    def plural(self, forms: tuple[str, str], count: int, /, **values: object) -> str: ...

    def number(self, value: float, places: int = 2) -> str: ...


class _Written:
    """The messages as they are written: English, whose messages are the ids themselves."""

    def text(self, message: str, /, **values: object) -> str:
        return message.format(**values) if values else message

    def plural(self, forms: tuple[str, str], count: int, /, **values: object) -> str:
        return forms[count != 1].format(count=self.number(count, 0), **values)

    def number(self, value: float, places: int = 2) -> str:
        return f"{value:.{places}f}" if places else f"{round(value):d}"


AS_WRITTEN: Speaker = _Written()


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    column: int
    path: str
    message: str  # a message id when `values` is given (even empty), else text made already
    values: tuple[tuple[str, object], ...] | None = field(default=None, compare=False)

    @classmethod
    def said(cls, file: str, message: str, /, **values: object) -> Problem:
        """A problem with a whole file or folder (no line, no path): a message id and its
        values, said in the reader's language when shown."""
        return cls(file, 0, 0, "", message, tuple(values.items()))

    def message_text(self, lang: Speaker = AS_WRITTEN) -> str:
        """What is wrong, in the reader's language."""
        if self.values is None:
            return self.message
        return lang.text(self.message, **dict(self.values))

    def text(self, lang: Speaker = AS_WRITTEN) -> str:
        """'file:line:col: dotted.path: message': the location as compilers give it (which
        editors read, in any language), the message in the reader's."""
        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        message = self.message_text(lang)
        return f"{where}: {self.path}: {message}" if self.path else f"{where}: {message}"

    def __str__(self) -> str:
        return self.text()


class ScenarioError(Exception):
    """A scenario that cannot be used, with every problem found in it."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def report(self, lang: Speaker = AS_WRITTEN) -> int:
        """Print every problem on stderr, one a line; the exit status for a bad file."""
        for problem in self.problems:
            print(problem.text(lang), file=sys.stderr)
        return 1
