"""The command line: `python main.py COMMAND ...`.

Commands import what they need when they run, so `--help` and `validate` start fast.
A bad command or flag is one line on stderr and exit status 2, never a traceback.

What the command line says is said in a language (game/text/language.py): the parser's
help is made when the parser is built, as a command runs, and each command is given the
language to pass on: the one --lang names, wherever it stands on the line, else the
system's (game/text/catalogues.py).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from game.support.bundled import SCENARIOS, program
from game.text.catalogues import UnknownLanguage, chosen, codes
from game.text.commandline import speak as speak_argparse
from game.text.language import ENGLISH, N_, Language

PROG = program()  # the name it was run by: main.py, or the installed command
BUNDLED = SCENARIOS  # the bundled scenarios


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors: the problem and where to get help. (argparse's own
    words, such as 'usage:' and its problems, are its own, through its gettext domain.)"""

    def __init__(self, *args: Any, lang: Language = ENGLISH, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lang = lang
        # On every command, so that it may stand anywhere; `main` reads it first, as the
        # help is made in it. Left out of the namespace unless given.
        self.add_argument(
            "--lang",
            metavar="CODE",
            default=argparse.SUPPRESS,
            help=lang.text(
                N_("the language of the game's words: {codes} (default: the system's)"),
                codes=", ".join(codes()),
            ),
        )

    def error(self, message: str) -> NoReturn:
        said = self.lang.text(
            N_("{prog}: error: {problem} (see '{prog} --help')"), prog=self.prog, problem=message
        )
        self.exit(2, f"{said}\n")


def _says(command: str, problem: str, lang: Language) -> str:
    """'main.py simulate: PROBLEM'."""
    return lang.text(N_("{command}: {problem}"), command=f"{PROG} {command}", problem=problem)


def _python() -> str:
    """How the user should call this Python: `.venv/bin/python` after `make play`."""
    try:
        return str(Path(sys.executable).relative_to(Path.cwd()))
    except ValueError:
        return "python"


def _play(args: argparse.Namespace, lang: Language) -> int:
    if getattr(args, "headless", False):
        from game.play.headless import play_headless

        return play_headless(args.scenario, args.seed, args.save, args.ai, args.explain, lang)
    from game.ui.main import run_game

    return run_game(getattr(args, "scenario", None), lang if "lang" in args else None)


def _tour(args: argparse.Namespace, lang: Language) -> int:
    # The tour draws off screen, whatever display there is.
    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ["SDL_AUDIODRIVER"] = "dummy"
    if args.web:
        from game.net.web_tour import web_tour

        return web_tour(Path(args.outdir))
    from game.ui.tour import tour_command

    return tour_command(args.outdir, args.size, args.scale, lang)


def _host(args: argparse.Namespace, lang: Language) -> int:
    from game.net.serve import Window, host_command

    if args.scenario is None and args.resume is None:
        print(
            _says("host", lang.text(N_("give a SCENARIO, or --resume JOURNAL")), lang),
            file=sys.stderr,
        )
        return 2
    people = args.people.split(",") if args.people else None
    window: Window | None = None
    if not args.headless:
        from game.ui.host_window import host_window

        window = host_window
    return host_command(
        Path(args.scenario) if args.scenario else None,
        args.port,
        Path(args.resume) if args.resume else None,
        Path(args.journal) if args.journal else None,
        args.seed,
        args.password,
        people,
        args.ai,
        window,
        lang,
        args.advertise,
    )


def _join(args: argparse.Namespace, lang: Language) -> int:
    from game.ui.main import run_join

    return run_join(args.address, args.code, args.name, lang if "lang" in args else None)


def _replay(args: argparse.Namespace, lang: Language) -> int:
    from game.play.headless import branch_save, replay_summary

    if args.branch is not None:
        return branch_save(args.file, args.branch, args.to, lang=lang)
    return replay_summary(args.file, full=args.full, explain=args.explain, lang=lang)


def _simulate(args: argparse.Namespace, lang: Language) -> int:
    from game.sim.simulate import simulate

    if (
        args.runs < 1
        or (args.rounds is not None and args.rounds < 1)
        or (args.jobs is not None and args.jobs < 1)
    ):
        problem = lang.text(N_("--runs, --rounds and --jobs must be at least 1"))
        print(_says("simulate", problem, lang), file=sys.stderr)
        return 2
    if args.report is not None:
        if args.ai or args.json:
            problem = lang.text(
                N_("--report plays every AI level and strategy itself; leave out --ai and --json")
            )
            print(_says("simulate", problem, lang), file=sys.stderr)
            return 2
        if not args.report.strip() or Path(args.report).is_dir():
            problem = lang.text(
                N_("--report needs a file name for the page, such as calibration.html")
            )
            print(_says("simulate", problem, lang), file=sys.stderr)
            return 2
        from game.sim.calibrate import calibrate

        return calibrate(
            args.scenario,
            args.runs,
            args.seed,
            args.rounds,
            args.overrides,
            args.jobs,
            args.executor,
            args.report,
            _calibration_page,
            lang,
        )
    return simulate(
        args.scenario,
        args.runs,
        args.seed,
        args.rounds,
        args.overrides,
        args.jobs,
        args.json,
        args.ai,
        args.executor,
        lang,
    )


def _strategies(args: argparse.Namespace, lang: Language) -> int:
    from game.ai.play import LEVELS
    from game.sim.strategies import strategies
    from game.text.names import series

    if args.runs < 1 or (args.jobs is not None and args.jobs < 1):
        problem = lang.text(N_("--runs and --jobs must be at least 1"))
        print(_says("strategies", problem, lang), file=sys.stderr)
        return 2
    if args.ai not in LEVELS:
        problem = lang.text(
            N_("--ai {level}: choose a level: {levels}"),
            level=args.ai,
            levels=series(list(LEVELS), lang),
        )
        print(_says("strategies", problem, lang), file=sys.stderr)
        return 2
    paths = args.scenarios or sorted(str(p) for p in BUNDLED.glob("*.yaml"))
    return strategies(paths, args.runs, args.seed, args.ai, args.jobs, args.write, args.only, lang)


def _compare_page(study: dict[str, Any], lang: Language) -> str:
    # Charts need matplotlib, slow to import: only when a page is drawn, so that a
    # mistake in the command is answered at once.
    from game.report.compare import compare_page

    return compare_page(study, lang)


def _calibration_page(*drawn: Any) -> str:
    # As the compare page: matplotlib is imported only once the games are played.
    from game.report.calibration import calibration_page

    return calibration_page(*drawn)


def _compare(args: argparse.Namespace, lang: Language) -> int:
    from game.sim.compare import compare

    if (
        args.runs < 2
        or (args.rounds is not None and args.rounds < 1)
        or (args.jobs is not None and args.jobs < 1)
    ):
        problem = lang.text(N_("--runs must be at least 2, --rounds and --jobs at least 1"))
        print(_says("compare", problem, lang), file=sys.stderr)
        return 2
    return compare(
        args.scenario,
        args.overrides,
        args.sweep,
        args.runs,
        args.seed,
        args.rounds,
        args.ai,
        args.jobs,
        args.executor,
        args.json,
        args.html,
        _compare_page,
        args.variant_ai,
        lang,
    )


def _tournament(args: argparse.Namespace, lang: Language) -> int:
    from game.sim.tournament import tournament

    if args.runs < 2 or (args.jobs is not None and args.jobs < 1):
        problem = lang.text(N_("--runs must be at least 2 and --jobs at least 1"))
        print(_says("tournament", problem, lang), file=sys.stderr)
        return 2
    return tournament(
        args.scenario, args.runs, args.seed, args.fast, args.bots, args.jobs, args.json, lang
    )


def _debrief(args: argparse.Namespace, lang: Language) -> int:
    from game.report.debrief_command import debrief_command

    return debrief_command(args.file, args.output, args.replays, lang=lang)


def _inspect(args: argparse.Namespace, lang: Language) -> int:
    from game.debrief.inspect import inspect

    return inspect(args.scenario, args.json, lang=lang)


def _validate(args: argparse.Namespace, lang: Language) -> int:
    from game.scenario.validate import validate_paths

    if not args.explain:
        return validate_paths(args.paths, quiet=args.quiet, lang=lang)
    from game.debrief.explain import explain_world

    return validate_paths(args.paths, quiet=args.quiet, lang=lang, then=explain_world)


def _briefings(args: argparse.Namespace, lang: Language) -> int:
    from game.report.briefings import briefings_command

    return briefings_command(args.scenario, args.output, lang)


def _new(args: argparse.Namespace, lang: Language) -> int:
    from game.scenario.new import new_scenario

    return new_scenario(args.file, args.source, args.force, lang)


def _schema(args: argparse.Namespace, lang: Language) -> int:
    from game.scenario.reference import json_schema_text

    text = json_schema_text()
    if args.output is None:
        sys.stdout.write(text)
        return 0
    from game.support.files import write_atomic

    target = Path(args.output)
    if not args.output or target.is_dir():
        if args.output:
            problem = lang.text(
                N_("'{file}' is a folder; give a file name such as scenarios/schema.json"),
                file=args.output,
            )
        else:
            problem = lang.text(
                N_("the file name is empty; give a file name such as scenarios/schema.json")
            )
        print(_says("schema", problem, lang), file=sys.stderr)
        return 1
    try:
        write_atomic(target, text)
    except OSError as error:
        problem = lang.text(
            N_("cannot write {file}: {problem}"), file=args.output, problem=error.strerror
        )
        print(_says("schema", problem, lang), file=sys.stderr)
        return 1
    print(lang.text(N_("wrote {file}"), file=args.output))
    return 0


def _add_ai(parser: argparse.ArgumentParser, lang: Language) -> None:
    parser.add_argument(
        "--ai",
        action="append",
        default=[],
        metavar="[NATION=]KIND",
        help=lang.text(
            N_(
                "who plays the great powers: heuristic, lookahead, random or baseline (or the "
                "levels easy, normal, hard), or a strategy (concert, hegemony, bloc, overreach, "
                "restraint, domination), for all of them or one (US=overreach); may be repeated; "
                "default: the AI the scenario's seats: names for each seat, else baseline"
            )
        ),
    )


def _add_jobs_and_json(parser: argparse.ArgumentParser, lang: Language) -> None:
    parser.add_argument(
        "--jobs", type=int, metavar="J", help=lang.text(N_("processes (default: all cores)"))
    )
    parser.add_argument("--json", action="store_true", help=lang.text(N_("print one JSON object")))


def _add_batch(parser: argparse.ArgumentParser, lang: Language) -> None:
    """The options of a batch of games: seeds, length, scenario changes, where to run."""
    parser.add_argument(
        "--seed", type=int, default=1, metavar="S", help=lang.text(N_("first seed (default 1)"))
    )
    parser.add_argument(
        "--rounds",
        type=int,
        metavar="R",
        help=lang.text(N_("rounds per game (default: the scenario's)")),
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="PATH=VALUE",
        dest="overrides",
        help=lang.text(N_("change a scenario value by its dotted path; may be repeated")),
    )
    _add_jobs_and_json(parser, lang)
    parser.add_argument(
        "--executor",
        metavar="WHERE",
        help=lang.text(
            N_(
                "where the games run: local processes (the default) or dask://HOST:PORT, an "
                "existing Dask cluster (needs the dask extra: pip install -e '.[dask]')"
            )
        ),
    )
    _add_ai(parser, lang)


def build_parser(lang: Language = ENGLISH) -> argparse.ArgumentParser:
    """The command line's parser, its help in `lang` (built when a command runs: never
    at import), argparse's own words too."""
    speak_argparse(lang)
    parser = _Parser(
        lang=lang,
        prog=PROG,
        description=lang.text(
            N_("Concert of Powers: great powers, institutions and the making of world order.")
        ),
        epilog=lang.text(
            N_("Run '{prog} COMMAND --help' for the options of a command."), prog=PROG
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    play = commands.add_parser(
        "play",
        lang=lang,
        help=lang.text(N_("start the game (the default command)")),
        description=lang.text(
            N_(
                "Start the game. With --headless, AI powers (the baseline unless --ai names "
                "others) play the scenario in the terminal, which prints the log and can write a "
                "save."
            )
        ),
    )
    play.add_argument(
        "scenario",
        nargs="?",
        metavar="SCENARIO",
        help=lang.text(N_("scenario file (with --headless)")),
    )
    play.add_argument(
        "--headless",
        action="store_true",
        help=lang.text(N_("play without a window, AI powers in every seat (see --ai)")),
    )
    play.add_argument(
        "--seed", type=int, default=1, metavar="S", help=lang.text(N_("random seed (default 1)"))
    )
    play.add_argument("--save", metavar="FILE", help=lang.text(N_("write the save file here")))
    _add_ai(play, lang)
    play.add_argument(
        "--explain",
        action="store_true",
        help=lang.text(N_("print why each AI power made each move")),
    )
    play.set_defaults(run=_play)

    host = commands.add_parser(
        "host",
        lang=lang,
        help=lang.text(N_("run a classroom game: the server on this network, and the seat codes")),
        description=lang.text(
            N_(
                "Start the classroom server for SCENARIO on this network and print a join code for "
                "each great power's seat and one for observers. Every accepted move is kept in a "
                "journal (SQLite); after a crash, --resume JOURNAL restores the game and the "
                "codes. Seats nobody takes are played by the AI."
            )
        ),
    )
    host.add_argument(
        "scenario", nargs="?", metavar="SCENARIO", help=lang.text(N_("scenario file"))
    )
    host.add_argument(
        "--port", type=int, default=8765, metavar="P", help=lang.text(N_("port (8765)"))
    )
    host.add_argument(
        "--headless",
        action="store_true",
        help=lang.text(N_("the server alone, no instructor's window")),
    )
    host.add_argument(
        "--resume", metavar="JOURNAL", help=lang.text(N_("resume the game in this journal"))
    )
    host.add_argument("--journal", metavar="FILE", help=lang.text(N_("where to keep the journal")))
    host.add_argument(
        "--advertise",
        metavar="HOST",
        help=lang.text(
            N_(
                "the address students reach this machine at, for the printed URL and its QR "
                "code (default: the likeliest of this machine's own)"
            )
        ),
    )
    host.add_argument(
        "--seed", type=int, metavar="S", help=lang.text(N_("random seed (default: random)"))
    )
    host.add_argument(
        "--password",
        metavar="WORD",
        help=lang.text(N_("lets an instructor steer from a client (join --instructor)")),
    )
    host.add_argument(
        "--people",
        metavar="NATIONS",
        help=lang.text(
            N_("the seats people play, comma-separated ids (default: every great power)")
        ),
    )
    host.add_argument(
        "--ai",
        action="append",
        metavar="[NATION=]KIND",
        help=lang.text(
            N_(
                "who plays the seats people do not: KIND (an AI level, easy, normal or hard, or a "
                "strategy: concert, hegemony, bloc, overreach, restraint, domination) for the "
                "seats nobody takes, NATION=KIND for a seat the AI plays from the start; may be "
                "repeated (default normal)"
            )
        ),
    )
    host.set_defaults(run=_host)

    join = commands.add_parser(
        "join",
        lang=lang,
        help=lang.text(N_("join a classroom game as a team (the code comes from the instructor)")),
        description=lang.text(
            N_(
                "Open the game as one seat of a class's game: ADDRESS is the server (HOST or "
                "HOST:PORT, as the instructor's screen shows), CODE the seat's code (or the "
                "observers' code, to watch). Team members may join one seat: the first moves, the "
                "others watch."
            )
        ),
    )
    join.add_argument("address", metavar="ADDRESS", help=lang.text(N_("the server, HOST[:PORT]")))
    join.add_argument(
        "--code", required=True, metavar="CODE", help=lang.text(N_("the seat's join code"))
    )
    join.add_argument(
        "--name", default="", metavar="NAME", help=lang.text(N_("your name, for the instructor"))
    )
    join.set_defaults(run=_join)

    replay = commands.add_parser(
        "replay",
        lang=lang,
        help=lang.text(N_("replay a save file and print a summary of each round")),
        description=lang.text(
            N_("Replay a save file, checking it round by round, and print what happened.")
        ),
    )
    replay.add_argument("file", metavar="FILE", help=lang.text(N_("a save file")))
    replay.add_argument(
        "--full",
        action="store_true",
        help=lang.text(N_("print every event, not only the notable ones")),
    )
    replay.add_argument(
        "--explain",
        action="store_true",
        help=lang.text(N_("print why each AI power made each move")),
    )
    replay.add_argument(
        "--branch",
        type=int,
        metavar="ROUND",
        help=lang.text(
            N_(
                "write a new save that is this game up to the start of ROUND, to play on from "
                "there (open it from the window's Load screen)"
            )
        ),
    )
    replay.add_argument(
        "--to",
        metavar="FILE",
        help=lang.text(N_("where --branch writes (default: the window's saves folder)")),
    )
    replay.set_defaults(run=_replay)

    debrief = commands.add_parser(
        "debrief",
        lang=lang,
        help=lang.text(N_("what a finished game means: the order, key moments, concepts, scores")),
        description=lang.text(
            N_(
                "Replay a save and print its debrief: the order and its reasons, the key moments "
                "with the powers' reasons, the concepts met in play, the scores and secret "
                "objectives; write it as debrief.json and the game's tables as CSV files (rounds, "
                "nations, motions, ballots, actions, scores) in DIR. Then find the turning point, "
                "the key move whose replacement most changes the order over replays, and add it to "
                "the report. A save made under earlier rules, which this version cannot replay, is "
                "debriefed from what it recorded."
            )
        ),
    )
    debrief.add_argument("file", metavar="SAVE", help=lang.text(N_("a save file")))
    debrief.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        help=lang.text(N_("where to write the files (default: SAVE-debrief/)")),
    )
    debrief.add_argument(
        "--replays",
        type=int,
        default=10,
        metavar="N",
        help=lang.text(
            N_("replays of each key move for the turning point (default 10; 0 skips it)")
        ),
    )
    debrief.set_defaults(run=_debrief)

    validate = commands.add_parser(
        "validate",
        lang=lang,
        help=lang.text(N_("check scenario files")),
        description=lang.text(
            N_(
                "Check scenario files and print every problem as file:line:col: dotted.path: "
                "message. Exit status 0 when all are valid, 1 otherwise."
            )
        ),
    )
    validate.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=lang.text(N_("scenario files, or folders to search for *.yaml")),
    )
    validate.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help=lang.text(N_("print only problems, not the files that pass")),
    )
    validate.add_argument(
        "--explain",
        action="store_true",
        help=lang.text(
            N_(
                "after the problems, what each valid world will do: each body's voting power, "
                "who can block its motions, the order at the start and where it leans, and "
                "advice on what may not work as meant"
            )
        ),
    )
    validate.set_defaults(run=_validate)

    new = commands.add_parser(
        "new",
        lang=lang,
        help=lang.text(N_("start a scenario file of your own")),
        description=lang.text(
            N_(
                "Write a commented starter scenario to FILE, valid as written, or with --from a "
                "copy of a bundled scenario (or any scenario file) with its comments; its id "
                "becomes FILE's name. An existing FILE is replaced only with --force."
            )
        ),
    )
    new.add_argument("file", metavar="FILE", help=lang.text(N_("the file to write (*.yaml)")))
    new.add_argument(
        "--from",
        dest="source",
        metavar="SCENARIO",
        help=lang.text(N_("copy this scenario instead: a bundled one by name, or a file")),
    )
    new.add_argument(
        "--force", action="store_true", help=lang.text(N_("replace FILE if it exists"))
    )
    new.set_defaults(run=_new)

    briefings = commands.add_parser(
        "briefings",
        lang=lang,
        help=lang.text(N_("write the teams' briefings to print")),
        description=lang.text(
            N_(
                "Write one page per great power for its team to print (HTML): the situation, "
                "its briefing and secret aims, the bodies it sits in with their rules, its "
                "voting power and whether it can block, and its standing at the start."
            )
        ),
    )
    briefings.add_argument("scenario", metavar="SCENARIO", help=lang.text(N_("scenario file")))
    briefings.add_argument(
        "-o",
        "--output",
        metavar="PAGE",
        help=lang.text(N_("the page to write (default: SCENARIO-briefings.html here)")),
    )
    briefings.set_defaults(run=_briefings)

    simulate = commands.add_parser(
        "simulate",
        lang=lang,
        help=lang.text(N_("play many headless games and summarise them")),
        description=lang.text(
            N_(
                "Play RUNS games of the scenario (seeds S, S+1, ...) with baseline powers in every "
                "seat (or the AI --ai names), over several processes, and summarise verdicts, "
                "rates, modes and indices. --set changes any scenario value by its dotted path "
                "(institutions.hrc.opt_out=0.6), validated like a file."
            )
        ),
    )
    simulate.add_argument("scenario", metavar="SCENARIO", help=lang.text(N_("scenario file")))
    simulate.add_argument(
        "--runs",
        type=int,
        default=100,
        metavar="N",
        help=lang.text(N_("number of games (default 100)")),
    )
    _add_batch(simulate, lang)
    simulate.add_argument(
        "--report",
        metavar="PAGE",
        help=lang.text(
            N_(
                "instead, a calibration check written to PAGE (HTML): the same seeds played by "
                "each AI level in every seat and by each strategy, with the final orders, "
                "exits and vetoes per body, and the propositions that bear on the world "
                "(RUNS games per way of playing: nine times as many games)"
            )
        ),
    )
    simulate.set_defaults(run=_simulate)

    strategies = commands.add_parser(
        "strategies",
        lang=lang,
        help=lang.text(N_("which order each way of playing leads to")),
        description=lang.text(
            N_(
                "For each scenario (default: the bundled ones), play every strategy (concert, "
                "hegemony, bloc, overreach, restraint, domination) and the AI alone over the same "
                "seeds, and print the final verdicts as a table; --write puts it into a Markdown "
                "file between <!-- strategies LEVEL:start --> and <!-- strategies LEVEL:end --> "
                "(LEVEL the --ai level)."
            )
        ),
    )
    strategies.add_argument(
        "scenarios", nargs="*", metavar="SCENARIO", help=lang.text(N_("scenario files"))
    )
    strategies.add_argument(
        "--runs",
        type=int,
        default=30,
        metavar="N",
        help=lang.text(N_("seeds per strategy (default 30)")),
    )
    strategies.add_argument(
        "--seed", type=int, default=1, metavar="S", help=lang.text(N_("first seed (default 1)"))
    )
    strategies.add_argument(
        "--ai",
        default="normal",
        metavar="LEVEL",
        help=lang.text(N_("AI level of the other seats (normal)")),
    )
    strategies.add_argument(
        "--only",
        type=lambda text: [k for k in text.split(",") if k],
        default=[],
        metavar="S1,S2",
        help=lang.text(N_("only these strategies")),
    )
    strategies.add_argument(
        "--write",
        nargs="?",
        const="docs/model.md",
        metavar="FILE",
        help=lang.text(N_("write the table into FILE (default docs/model.md)")),
    )
    strategies.add_argument(
        "--jobs", type=int, metavar="J", help=lang.text(N_("processes (default: all cores)"))
    )
    strategies.set_defaults(run=_strategies)

    compare = commands.add_parser(
        "compare",
        lang=lang,
        help=lang.text(
            N_("a class experiment: the scenario with and without a change, side by side")
        ),
        description=lang.text(
            N_(
                "Play the scenario as it is and with the --set changes on the same seeds, and "
                "compare the final order, exits, vetoes, decisions adopted and the order indices, "
                "with 95% intervals, the paired differences and a one-line reading. --sweep "
                "PATH=V1,V2,... plays one variant per value against the same base games (with "
                "--sweep, --set applies to every game, the base too)."
            )
        ),
    )
    compare.add_argument("scenario", metavar="SCENARIO", help=lang.text(N_("scenario file")))
    compare.add_argument(
        "--runs",
        type=int,
        default=200,
        metavar="N",
        help=lang.text(N_("games per side (default 200)")),
    )
    compare.add_argument(
        "--sweep", metavar="PATH=V1,V2", help=lang.text(N_("one variant per value of one setting"))
    )
    compare.add_argument(
        "--html", metavar="FILE", help=lang.text(N_("also write the comparison as a page"))
    )
    compare.add_argument(
        "--variant-ai",
        action="append",
        metavar="[NATION=]KIND",
        help=lang.text(
            N_(
                "who plays a seat in the variant instead of the --ai of the base (a level or a "
                "strategy: --variant-ai US=overreach asks what if the US overreaches); may be "
                "repeated"
            )
        ),
    )
    _add_batch(compare, lang)
    compare.set_defaults(run=_compare)

    tournament = commands.add_parser(
        "tournament",
        lang=lang,
        help=lang.text(N_("measure the AI powers against the baseline")),
        description=lang.text(
            N_(
                "Each bot kind takes every great-power seat in turn against baseline powers, on "
                "the same seeds as an all-baseline game, and is scored by the paired difference "
                "with the baseline in the same seat (mean and 95% interval over seeds), with the "
                "final order of the games it played."
            )
        ),
    )
    tournament.add_argument("scenario", metavar="SCENARIO", help=lang.text(N_("scenario file")))
    tournament.add_argument(
        "--runs",
        type=int,
        default=20,
        metavar="N",
        help=lang.text(N_("seeds per seat (default 20)")),
    )
    tournament.add_argument(
        "--seed", type=int, default=1, metavar="S", help=lang.text(N_("first seed (default 1)"))
    )
    tournament.add_argument(
        "--fast",
        action="store_true",
        help=lang.text(N_("leave out the lookahead bot (the slow one)")),
    )
    tournament.add_argument(
        "--bots",
        type=lambda text: [k for k in text.split(",") if k],
        metavar="K1,K2",
        help=lang.text(
            N_(
                "the kinds to measure: bots, levels or strategies (default "
                "heuristic,random,lookahead)"
            )
        ),
    )
    _add_jobs_and_json(tournament, lang)
    tournament.set_defaults(run=_tournament)

    tour = commands.add_parser(
        "tour",
        lang=lang,
        help=lang.text(N_("render every screen of a scripted game to PNG")),
        description=lang.text(
            N_(
                "Play a scripted hot-seat game of the tutorial without a display and write one PNG "
                "per screen (title, settings, load, seats, each phase of the table, the hand-over "
                "and pause screens, the debrief) to OUTDIR."
            )
        ),
    )
    tour.add_argument("outdir", metavar="OUTDIR", help=lang.text(N_("folder for the images")))
    tour.add_argument(
        "--size", default="1280x720", help=lang.text(N_("window size (default 1280x720)"))
    )
    tour.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help=lang.text(N_("UI scale (default 1; a projector: 1.5)")),
    )
    tour.add_argument(
        "--web",
        action="store_true",
        help=lang.text(
            N_(
                "the browser's pages instead, in headless Chromium against a real server: "
                "a seat's phases at a laptop's and a phone's width, the projector's page, the "
                "instructor's (needs the dev extra's Playwright and Chromium)"
            )
        ),
    )
    tour.set_defaults(run=_tour)

    inspect = commands.add_parser(
        "inspect",
        lang=lang,
        help=lang.text(N_("show the starting world: voting power, influence, indices, the order")),
        description=lang.text(
            N_(
                "Show a scenario's starting world as an instructor reads it: each institution's "
                "rule and its members' Banzhaf and Shapley-Shubik indices, each nation's power "
                "share, doctrine and influence, the order indices and the verdict or leaning with "
                "its reasons."
            )
        ),
    )
    inspect.add_argument("scenario", metavar="SCENARIO", help=lang.text(N_("scenario file")))
    inspect.add_argument(
        "--json", action="store_true", help=lang.text(N_("print one JSON object instead"))
    )
    inspect.set_defaults(run=_inspect)

    schema = commands.add_parser(
        "schema",
        lang=lang,
        help=lang.text(N_("write the JSON Schema of scenario files")),
        description=lang.text(
            N_(
                "Write the JSON Schema of scenario files, for editors that autocomplete YAML "
                "(scenarios/schema.json is kept current)."
            )
        ),
    )
    schema.add_argument(
        "-o", "--output", metavar="FILE", help=lang.text(N_("write to FILE instead of stdout"))
    )
    schema.set_defaults(run=_schema)
    return parser


# Commands that play games without a window, at the collector's pace for play (a window
# keeps Python's: its widgets' cycles would wait longer for the collector).
_PLAYING = (_simulate, _strategies, _compare, _tournament)


def _language(argv: Sequence[str] | None) -> Language:
    """The language --lang names, else the system's; an unknown one ends the command."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang")
    asked = early.parse_known_args(argv)[0].lang
    try:
        return chosen(asked)
    except ModuleNotFoundError:  # Babel missing: said below, in English, with the fix
        return ENGLISH
    except UnknownLanguage:
        problem = N_(
            "{prog}: error: the game does not speak '{code}': choose one of {codes} "
            "(docs/translation.md says how to add a language)"
        )
        said = ENGLISH.text(problem, prog=PROG, code=asked, codes=", ".join(codes()))
        print(said, file=sys.stderr)
        raise SystemExit(2) from None


def main(argv: Sequence[str] | None = None) -> int:
    lang = _language(argv)
    try:
        return _main(argv, lang)
    finally:
        speak_argparse(ENGLISH)  # argparse's words are the process's: as they were


def _main(argv: Sequence[str] | None, lang: Language) -> int:
    parser = build_parser(lang)
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace, Language], int] = getattr(args, "run", _play)
    if run in _PLAYING or getattr(args, "headless", False):
        from game.support.collector import pace_for_play

        pace_for_play()
    try:
        return run(args, lang)
    except KeyboardInterrupt:
        print(lang.text(N_("interrupted")), file=sys.stderr)
        return 130
    except ModuleNotFoundError as error:
        missing = N_(
            "{prog}: the package '{package}' is missing: this Python lacks the game's "
            "dependencies. Run `make play` once, then use .venv/bin/python (on Windows "
            ".venv\\Scripts\\python); see README.md."
        )
        print(lang.text(missing, prog=PROG, package=error.name), file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (head, less) went away: stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:
        said = lang.text(
            N_("{prog}: cannot write the output: {problem}"), prog=PROG, problem=error.strerror
        )
        print(said, file=sys.stderr)
        return 1
