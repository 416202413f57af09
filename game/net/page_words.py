"""The few words the class's page says before the server words a table for it (joining,
reconnecting, the clock), served as /words.<code>.json in each language the game speaks
and as /words.json in the server's; `{name}` in a message is filled in by the page.
Everything about the game itself comes worded from the server, in the language the
page's connection asked for."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from game.text.catalogues import codes, language, native_name
from game.text.language import N_, Language

ROLES = ("seat", "observer", "instructor")

WORDS: dict[str, str | dict[str, str]] = {
    "joinHeading": {
        "seat": N_("Join the class's game"),
        "observer": N_("The class's table, for the projector"),
        "instructor": N_("The instructor's controls"),
    },
    "joinHelp": {
        "seat": N_(
            "Type the code your instructor gave your team, and your team's name. Case, "
            "spaces and dashes in the code do not matter."
        ),
        "observer": N_(
            "Type the observers' code from the instructor's screen: this page shows the "
            "public table, large, with the votes as they come in."
        ),
        "instructor": N_(
            "Type the password the game was hosted with (--password): this page runs the "
            "class as the instructor's window does."
        ),
    },
    "code": {
        "seat": N_("Seat code"),
        "observer": N_("Observers' code"),
        "instructor": N_("Password"),
    },
    "clientName": {"observer": N_("projector"), "instructor": N_("instructor")},
    "team": N_("Team name"),
    "teamHint": N_("Shown to the instructor and the other teams"),
    "join": N_("Join"),
    "joining": N_("Joining…"),
    "connecting": N_("Connecting to the host…"),
    "lost": N_("The connection dropped: reconnecting…"),
    "closed": N_("Disconnected."),
    "again": N_("Try again"),
    "leave": N_("Leave this seat"),
    "notStarted": N_("The game has not started yet: it begins when the instructor starts it."),
    "watcher": N_("A member of your team moves for it: you see what they see."),
    "observer": N_("The public view of the table."),
    "paused": N_("Paused by the instructor"),
    "thinking": N_("{names} thinking…"),
    "timeLeft": N_("{clock} left in this phase"),
    "refusedMove": N_("Not allowed: {reason}"),
    "over": N_("The game is over: the debrief"),
    "backToTable": N_("Back to the table"),
    "colourBlind": N_("Colour-blind palette"),
    "noCode": N_("Type your team's seat code."),
    "language": N_("Language"),
}


class PageWords(BaseModel):
    """The page's words in one language, the language's code, and every language the
    page may switch to, each by its own name."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    lang: str
    languages: dict[str, str]
    title: str
    words: dict[str, str | dict[str, str]]


def page_words(lang: Language) -> PageWords:
    def said(text: str | dict[str, str]) -> str | dict[str, str]:
        if isinstance(text, dict):
            return {key: lang.text(value) for key, value in text.items()}
        return lang.text(text)

    return PageWords(
        lang=lang.code,
        languages={code: native_name(code) for code in codes()},
        title="Concert of Powers",
        words={key: said(text) for key, text in WORDS.items()},
    )


def every_language() -> dict[str, Language]:
    return {code: language(code) for code in codes()}
