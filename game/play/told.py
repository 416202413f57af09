"""Messages made before anyone reads them: errors a person reads (a save that cannot be
used, a mistake in a command's options, a server that refuses) and the words they quote.
Each is kept as a message id and its values, and said in the reader's language where it
is shown (`text`), as the text layer says everything else (game/text/language.py). `str()`
of an error is its English, for logs and for callers that have no language to give yet."""

from __future__ import annotations

from collections.abc import Callable

from game.text.language import ENGLISH, N_, Forms, Language

# A value said in the reader's language when the message is: a text function of the
# language, its other arguments bound (`partial(legality_text, legality, state)`).
Said = Callable[[Language], str]


class Message:
    """A message id (marked with N_) with named placeholders, and the values that fill
    them in: said when shown."""

    def __init__(self, message: str, /, **values: object) -> None:
        self.message = message
        self.values = values

    def text(self, lang: Language = ENGLISH) -> str:
        """The message in the reader's language."""
        return lang.text(self.message, **self._said(lang))

    def _said(self, lang: Language) -> dict[str, object]:
        return {key: said(value, lang) for key, value in self.values.items()}

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, {self.values!r})"


class Plural(Message):
    """A message about `count` things, in the language's plural form ({count} is filled
    in with the count)."""

    def __init__(self, forms: Forms, count: int, /, **values: object) -> None:
        super().__init__(forms[0], **values)
        self.forms = forms
        self.count = count

    def text(self, lang: Language = ENGLISH) -> str:
        return lang.plural(self.forms, self.count, **self._said(lang))


class Told(Exception):
    """An error whose message is for a person: a message id (marked with N_) with named
    placeholders and the values that fill them in, or a `Message` (a `Plural`) made
    already. A value may itself be a `Message`, an error of this kind or a `Said`, said in
    the same language. (A message written out already, in English, may be given as it is,
    without values: it is shown as it is.)"""

    def __init__(self, message: str | Message, /, **values: object) -> None:
        self.said = message if isinstance(message, Message) else Message(message, **values)
        super().__init__(self.text(ENGLISH))

    @property
    def values(self) -> dict[str, object]:
        return self.said.values

    def text(self, lang: Language = ENGLISH) -> str:
        """The message in the reader's language."""
        return self.said.text(lang)


def said(value: object, lang: Language = ENGLISH) -> object:
    """A message's value as the reader reads it: a message or an error's message, or a
    `Said`, in their language; anything else as it is (a name, a path, a number)."""
    if isinstance(value, Message | Told):
        return value.text(lang)
    if callable(value):
        return value(lang)
    return value


def error_text(error: BaseException, lang: Language = ENGLISH) -> str:
    """An error's message in the reader's language where it is a `Told`, else as the
    part that raised it wrote it."""
    return error.text(lang) if isinstance(error, Told) else str(error)


# A command's message: the command, then what it says ("main.py play: cannot write ...").
SAYS = N_("{command}: {problem}")


def says(command: str, problem: object, lang: Language = ENGLISH) -> str:
    """'main.py simulate: PROBLEM', the problem (an error, a message) in the reader's
    language where it can be."""
    if isinstance(problem, BaseException):
        problem = error_text(problem, lang)
    return lang.text(SAYS, command=command, problem=said(problem, lang))
