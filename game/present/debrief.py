"""The debrief's sections in words (the order and why, the turning point, key moments,
doctrines in action, scores and secret objectives, concepts, questions), as paragraphs of
runs of text each with its emphasis, so that the window (as markup) and the browser (as
HTML) say the same and a translation may put a name where its language wants it."""

from __future__ import annotations

import string
from dataclasses import dataclass

from game.debrief.build import history_line
from game.debrief.doctrines import doctrine_word
from game.debrief.model import NOT_REPLAYED, OBJECTIVES, UNKNOWN, Debrief
from game.text.codes import VERDICTS, code_text, verdict_counts
from game.text.concepts import DEFINITIONS, concept_text
from game.text.language import ENGLISH, N_, Language, Np_

from .order import FAILS, HOLDS
from .titles import TITLES

TURNING = N_("The turning point")

# A run's emphasis: plain, bold (a name, a round), italic (what explains), or a verdict's
# condition that holds or fails.
Run = tuple[str, str]  # (text, "" | "b" | "i" | "holds" | "fails")


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    item: bool = False  # a point of a list under the paragraph before it


@dataclass(frozen=True)
class Section:
    title: str
    paragraphs: tuple[Paragraph, ...]


def runs(lang: Language, message: str, /, marked: dict[str, Run], **values: object) -> list[Run]:
    """A message translated, its placeholders filled in: `values` as plain text, `marked`
    as runs of their own emphasis (the message keeps no markup of its own)."""
    kept = {name: f"{{{name}}}" for name in [*values, *marked]}
    template = lang.text(message, **kept)
    found: list[Run] = []
    for literal, field, _, _ in string.Formatter().parse(template):
        if literal:
            found.append((literal, ""))
        if field in marked:
            found.append(marked[field])
        elif field is not None:
            found.append((str(values[field]), ""))
    return found


def _plain(text: str, style: str = "") -> Paragraph:
    return Paragraph(((text, style),))


def _concept(name: str, meaning: str, source: str, lang: Language) -> tuple[str, str, str]:
    """A concept met in play in `lang`: a debrief made in English (a class's server's, a
    save's) names it by its English name; one made in `lang` has it said already."""
    return concept_text(name, lang) if name in DEFINITIONS else (name, meaning, source)


def turning(d: Debrief, waiting: str, lang: Language = ENGLISH) -> list[Paragraph]:
    """The turning point: its sentence and the moves replayed, or how far the replays
    have come."""
    point = d.turning_point
    if point is None:
        return [_plain(waiting, "i")] if waiting else []
    if not point.examined:
        return [_plain(point.sentence)]
    how = lang.plural(
        Np_(
            "Each key move replayed {count} time, as played and replaced, on the same seeds:",
            "Each key move replayed {count} times, as played and replaced, on the same seeds:",
        ),
        point.replays,
    )
    rows = [
        Paragraph(
            (
                (
                    lang.text(
                        N_("{move}: {replaced} (as played: {as_played})"),
                        move=r.had,
                        replaced=verdict_counts(r.replaced, lang),
                        as_played=verdict_counts(r.as_played, lang),
                    ),
                    "",
                ),
            ),
            item=True,
        )
        for r in point.examined
    ]
    return [Paragraph(((point.sentence, ""), ("\n", ""), (how, "i"))), *rows]


def reason_runs(held: bool, text: str, lang: Language) -> list[Run]:
    """A condition of the verdict, marked as holding or failing."""
    mark = (lang.text(HOLDS), "holds") if held else (lang.text(FAILS), "fails")
    return runs(lang, N_("{mark} {reason}"), marked={"mark": mark}, reason=text)


def verdict_words(d: Debrief, lang: Language) -> str:
    if d.verdict != "transitional" or not d.leaning:
        return code_text(VERDICTS, d.verdict, lang)
    leaning = code_text(VERDICTS, d.leaning, lang)
    return lang.text(N_("transitional, leaning {leaning}"), leaning=leaning)


def sections(d: Debrief, waiting: str = "", lang: Language = ENGLISH) -> list[Section]:
    """The debrief's sections; `waiting` stands for the turning point while its replays
    run."""
    reasons = [
        Paragraph(
            tuple(
                runs(
                    lang,
                    N_("{mark} {reason}"),
                    marked={
                        "mark": (
                            lang.text(HOLDS if r.held else FAILS),
                            "holds" if r.held else "fails",
                        )
                    },
                    reason=r.text,
                )
            )
        )
        for r in d.reasons
    ]
    if not d.replayed:
        reasons.insert(0, _plain(lang.text(NOT_REPLAYED), "i"))
    if d.tipping:
        reasons.append(Paragraph(((lang.text(TITLES["tipping"]), "i"), (" " + d.tipping, ""))))
    moments: list[Paragraph] = []
    for m in d.timeline:
        said = runs(
            lang,
            N_("{round}: {moment}"),
            marked={"round": (lang.text(N_("Round {round}"), round=lang.number(m.round, 0)), "b")},
            moment=m.text,
        )
        moments.append(Paragraph(tuple(said + ([("\n", ""), (m.why, "i")] if m.why else []))))
    if not moments:
        none = N_("No vetoes, exits, reforms, rival bodies or broken pledges.")
        moments = [_plain(lang.text(none))]
    doctrines: list[Paragraph] = []
    for r in d.doctrines:
        said = runs(
            lang,
            N_("{nation} ({doctrine}): {summary}"),
            marked={"nation": (r.name, "b")},
            doctrine=doctrine_word(r.doctrine, lang),
            summary=r.summary,
        )
        doctrines.append(Paragraph(tuple(said)))
        for a in r.acts:
            fits = N_("fits: {act} ({reason})") if a.fits else N_("betrays: {act} ({reason})")
            doctrines.append(_item(lang.text(fits, act=a.text, reason=a.reason)))
    if not doctrines and not d.replayed:
        doctrines = [_plain(lang.text(UNKNOWN))]
    scores: list[Paragraph] = []
    for n in d.nations:
        said = runs(
            lang,
            N_("{nation}: {score} points"),
            marked={"nation": (n.name, "b")},
            score=lang.number(n.score, 1),
        )
        scores.append(Paragraph(tuple(said)))
        for o in n.objectives:
            scores.append(
                _item(lang.plural(OBJECTIVES[o.met], o.points, objective=o.text.rstrip(".")))
            )
    concepts: list[Paragraph] = []
    for c in d.concepts:
        name, meaning, source = _concept(c.name, c.meaning, c.source, lang)
        said = runs(
            lang,
            N_("{concept} (round {round}): {moment}"),
            marked={"concept": (name, "b")},
            round=lang.number(c.round, 0),
            moment=c.moment,
        )
        cited = lang.text(N_("{meaning} ({source})"), meaning=meaning, source=source)
        concepts.append(Paragraph((*said, ("\n", ""), (cited, "i"))))
    if not concepts:
        none = N_("None of the texts' concepts showed in play.") if d.replayed else UNKNOWN
        concepts = [_plain(lang.text(none))]
    questions = [
        _plain(lang.text(N_("{number}. {question}"), number=lang.number(i, 0), question=q))
        for i, q in enumerate([*d.questions_from_play, *d.discussion_questions], 1)
    ]
    turned = turning(d, waiting, lang)
    happened = history(d, lang)
    return [
        Section(
            lang.text(N_("The order: {verdict}"), verdict=verdict_words(d, lang)), tuple(reasons)
        ),
        *([Section(lang.text(N_("What actually happened")), tuple(happened))] if happened else []),
        *([Section(lang.text(TURNING), tuple(turned))] if turned else []),
        Section(lang.text(N_("Key moments")), tuple(moments)),
        Section(lang.text(N_("Doctrines in action")), tuple(doctrines)),
        Section(lang.text(N_("Scores and secret objectives")), tuple(scores)),
        Section(lang.text(N_("Concepts met in play")), tuple(concepts)),
        Section(lang.text(N_("For discussion")), tuple(questions)),
    ]


def history(d: Debrief, lang: Language = ENGLISH) -> list[Paragraph]:
    """What actually happened, beside the class's result: the scenario's account."""
    if d.history is None:
        return []
    said = [_plain(history_line(d, lang), "b"), _plain(d.history.summary)]
    for m in d.history.moments:
        said.append(
            _item(lang.text(N_("{year}: {moment}"), year=lang.number(m.year, 0), moment=m.text))
        )
    return said


def _item(text: str) -> Paragraph:
    return Paragraph(((text, ""),), item=True)
