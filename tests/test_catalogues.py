"""The catalogues of the game's languages (docs/translation.md): every message marked in
the code is in the template and in each language's catalogue, translated, not fuzzy, with
the placeholders of its English; each language takes Babel's plural rule and decimal
sign; and a language is chosen by --lang, by the system, or by the window's settings."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from game.text import grammar
from game.text.catalogues import LOCALE, UnknownLanguage, chosen, codes, language, system_code
from game.text.language import ENGLISH, N_, Np_

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"\{([^{}:]*)(?::([^{}]*))?\}")  # a name, and the form it asks for
PERCENT = re.compile(r"%(?:\([a-z_]+\))?[sr]")  # argparse's own messages
LANGUAGES = [code for code in codes() if code != "en"]


def _marked() -> set[str | tuple[str, str]]:
    """Every message the code marks (N_ and Np_), as `make messages` gathers them."""
    found = extract_from_dir(
        ROOT / "game",
        method_map=[("**.py", "python")],
        keywords={"N_": None, "Np_": (1, 2), "Nc_": ((1, "c"), 2)},
    )
    return {message for _, _, message, _, _ in found}


def _read(path: Path) -> Catalog:
    with path.open("rb") as source:
        return read_po(source)


def _entries(catalogue: Catalog) -> Iterator[Message]:
    return (m for m in catalogue if m.id)


def _fields(message: str) -> set[str]:
    """The names of a message's placeholders: 'nation' in '{nation}' and '{nation:gen}'."""
    return {name for name, _ in PLACEHOLDER.findall(message)}


@pytest.fixture(scope="module")
def marked() -> set[str | tuple[str, str]]:
    return _marked()


def test_the_game_speaks_english_spanish_and_german() -> None:
    assert codes() == ("en", "de", "es")


def test_the_template_holds_every_message_in_the_code(marked: set[object]) -> None:
    template = {m.id for m in _entries(_read(LOCALE / "messages.pot"))}
    assert marked - template == set(), "run `make messages`: the template lacks these"
    assert template - marked == set(), "run `make messages`: the code no longer has these"
    assert len(marked) > 1500 and sum(isinstance(m, tuple) for m in marked) > 50


def test_every_mark_holds_its_message_where_extraction_finds_it() -> None:
    """A message id is a string literal in N_ or Np_, never inside an f-string (Babel's
    extraction does not look into one, and the message would stay English)."""
    import ast

    misplaced = []
    for path in sorted((ROOT / "game").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            inside = isinstance(node, ast.JoinedStr)
            for call in ast.walk(node) if inside else [node]:
                if isinstance(call, ast.Call) and getattr(call.func, "id", "") in (
                    "N_",
                    "Np_",
                    "Nc_",
                ):
                    literal = all(
                        isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args
                    )
                    if inside or not literal:
                        misplaced.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert misplaced == [], misplaced


def test_a_message_about_a_count_has_a_singular_of_its_own(marked: set[object]) -> None:
    """gettext finds a plural message by its singular: two that share one (with other
    plurals), or a plain message that is another's singular, would be one entry."""
    singulars = [m[0] for m in marked if isinstance(m, tuple)]
    shared = {one for one in singulars if singulars.count(one) > 1 or one in marked}
    assert shared == set(), shared


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(code: str, marked: set[object]) -> None:
    catalogue = _read(LOCALE / code / "LC_MESSAGES" / "messages.po")
    assert catalogue.num_plurals == get_plural(code).num_plurals  # CLDR's, as Babel has it
    entries = list(_entries(catalogue))
    assert marked - {m.id for m in entries} == set(), "run `make messages`, then translate"
    problems = []
    for message in entries:  # (one id may have several contexts: each is an entry)
        english = message.id if isinstance(message.id, tuple) else (message.id,)
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        # Each form quotes what both English forms quote, and nothing neither does (a
        # plural's singular may leave out what only the plural says: 'to {last}').
        needed = set.intersection(*(_fields(e) for e in english))
        allowed = set.union(*(_fields(e) for e in english))
        if message.fuzzy:
            problems.append(f"fuzzy: {english[0]!r}")
        elif not all(f.strip() for f in forms):
            problems.append(f"not translated: {english[0]!r}")
        elif len(forms) != catalogue.num_plurals and len(english) == 2:
            problems.append(f"{len(forms)} plural forms: {english[0]!r}")
        else:
            for form in forms:
                if sorted(PERCENT.findall(form)) != sorted(PERCENT.findall(english[-1])):
                    problems.append(f"%-placeholders: {english[0]!r} -> {form!r}")
                # A plural form for one may say "one" rather than {count}.
                # ... and may name whom a fragment is about, for a word that agrees.
                said = _fields(form)
                if "subject" not in allowed:
                    subjects = {
                        spec for name, spec in PLACEHOLDER.findall(form) if name == "subject"
                    }
                    if not all(grammar.is_choice(spec) for spec in subjects):
                        problems.append(f"{{subject}} only with a choice of words: {form!r}")
                    said -= {"subject"}
                if not (needed - {"count"} <= said <= allowed):
                    problems.append(f"placeholders {sorted(said)}: {english[0]!r} -> {form!r}")
                # A name's form or a word that agrees with it (docs/translation.md).
                for spec in (spec for _, spec in PLACEHOLDER.findall(form) if spec):
                    if not grammar.valid_spec(spec):
                        problems.append(f"form {spec!r} (nom, acc, dat, gen or choices): {form!r}")
    assert not problems, f"{code}: {len(problems)} problems\n" + "\n".join(problems[:40])


def test_a_message_with_a_context_is_translated_apart() -> None:
    """The strategy 'bloc' (a noun) and the order 'bloc' (an adjective) are one English
    word and two messages: each language may say them differently."""
    from game.text.codes import VERDICTS
    from game.text.reasons import STRATEGIES

    assert ENGLISH.text(STRATEGIES["bloc"]) == "bloc" == ENGLISH.text(VERDICTS["bloc"])
    for code in LANGUAGES:
        lang = language(code)
        assert lang.text(STRATEGIES["bloc"]) != lang.text(VERDICTS["bloc"]), code
        assert "\x04" not in lang.text(STRATEGIES["bloc"])


def test_a_language_has_its_plural_forms_and_decimal_sign() -> None:
    members = Np_("{count} member", "{count} members")
    german, spanish = language("de"), language("es")
    assert [german.plural(members, n) for n in (1, 2)] == ["1 Mitglied", "2 Mitglieder"]
    assert spanish.plural(members, 1) == "1 miembro" and spanish.plural(members, 7) == "7 miembros"
    assert german.number(0.7) == "0,70" and spanish.number(12.25, 1) == "12,2"
    assert german.percent(0.41) == "41\u00a0%" and ENGLISH.percent(0.41) == "41%"
    assert german.text(N_("Settings")) == "Einstellungen"
    assert spanish.text(N_("Settings")) == "Ajustes"


@pytest.mark.parametrize(
    ("environment", "code"),
    [
        ({"LANGUAGE": "de_AT:en"}, "de"),
        ({"LANGUAGE": "", "LC_ALL": "es_MX.UTF-8"}, "es"),
        ({"LANGUAGE": "", "LC_ALL": "", "LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANGUAGE": "fr:de"}, "de"),
        ({"LANGUAGE": "", "LC_ALL": "C.UTF-8", "LANG": "de_DE.UTF-8"}, "en"),
    ],
)
def test_the_system_language_is_spoken_if_the_game_has_it(
    environment: dict[str, str], code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert system_code() == code
    assert chosen(None).code == code


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(UnknownLanguage):
        language("fr")
    assert language("de_CH") is language("de")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_lang_stands_anywhere_on_the_command_line_and_names_the_languages() -> None:
    german = _run("validate", "scenarios/tutorial.yaml", "--lang", "de")
    assert german.returncode == 0
    assert "3 Großmächte" in german.stdout, german.stdout
    spanish = _run("--lang", "es", "validate", "--help")
    assert "--lang CODE" in spanish.stdout and "Comprueba" in spanish.stdout, spanish.stdout
    unknown = _run("validate", "scenarios/tutorial.yaml", "--lang", "fr")
    assert unknown.returncode == 2 and unknown.stdout == ""
    assert "'fr'" in unknown.stderr and "en, de, es" in unknown.stderr
    assert "Traceback" not in unknown.stderr


def test_argparse_speaks_the_language_of_the_command() -> None:
    german = _run("validate", "--lang", "de", "--help")
    assert german.stdout.startswith("Aufruf: ") and "Optionen:" in german.stdout
    spanish = _run("validate", "--bogus", "--lang", "es")
    assert "argumentos no reconocidos: --bogus" in spanish.stderr or "faltan" in spanish.stderr
    english = _run("validate", "--help")
    assert english.stdout.startswith("usage: ") and "options:" in english.stdout
