"""The classroom server's journal: an SQLite database (write-ahead log) holding the
scenario, the seed, the seats and their codes, and every action, each written before the
server acknowledges it. `host --resume` rebuilds the game from it, exactly: the actions
are replayed and checked against the state hash of every closed round, as a save is."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from game.engine import RULES_VERSION, events
from game.play.match import Match
from game.play.record import (
    SAVE_FORMAT,
    SAVE_VERSION,
    SavedExplanation,
    SaveError,
    SaveFile,
    round_hash,
    scenario_hash,
)
from game.play.record import restore as restore_save
from game.scenario import ScenarioError, validate_data
from game.text.language import N_

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS actions (
    idx INTEGER PRIMARY KEY,
    action TEXT NOT NULL,
    explanation TEXT,
    round_hash TEXT,
    at TEXT NOT NULL
);
"""


@dataclass
class Seating:
    """Who plays which seat and the codes to join: kept so a resumed server gives every
    team the code it already has."""

    people: dict[str, str]  # nation -> team name
    ai: dict[str, str]  # nation -> level or strategy
    codes: dict[str, str]  # nation or "observer" -> code
    started: bool = False
    fallback: str = "normal"  # who plays a people seat nobody took when the game starts
    # ... unless the scenario's `seats:` names its AI (nation -> level or strategy)
    untaken: dict[str, str] = field(default_factory=dict)


class Journal:
    def __init__(self, path: Path, create: bool = False) -> None:
        """Open the journal at `path`; only `create` makes a new file (resuming a path
        that is not there must not leave an empty database behind)."""
        self.path = Path(path)
        mode = "rwc" if create else "rw"
        try:
            # The server's one thread writes; autocommit, so each insert is committed alone.
            self.db = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode={mode}",
                uri=True,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.OperationalError as error:
            raise SaveError(
                N_(
                    "{file}: cannot open the journal ({problem}); give the path of the file "
                    "`host` wrote (its name is printed when a class game starts)"
                ),
                file=self.path,
                problem=error,
            ) from None
        self.db.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode: a committed action survives the process being killed; only
        # a power cut could lose the last ones.
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    @classmethod
    def create(cls, path: Path, match: Match, seating: Seating) -> Journal:
        path = Path(path)
        if path.exists():
            raise SaveError(
                N_(
                    "{file}: a journal is already there; resume it with --resume, or give "
                    "another --journal file"
                ),
                file=path,
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        journal = cls(path, create=True)
        data = match.scenario.model_dump(mode="json")
        journal._put("scenario", json.dumps(data))
        journal._put("seed", json.dumps(match.seed))
        texts = {code: s.model_dump(mode="json") for code, s in match.texts.items()}
        journal._put("texts", json.dumps({"lang": match.lang, "scenarios": texts}))
        journal._put("save_version", json.dumps(SAVE_VERSION))
        journal.seat(seating)
        return journal

    def seat(self, seating: Seating) -> None:
        self._put(
            "seating",
            json.dumps(
                {
                    "people": seating.people,
                    "ai": seating.ai,
                    "codes": seating.codes,
                    "started": seating.started,
                    "fallback": seating.fallback,
                    "untaken": seating.untaken,
                }
            ),
        )

    def _put(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def _has(self, key: str) -> bool:
        return self.db.execute("SELECT 1 FROM meta WHERE key = ?", (key,)).fetchone() is not None

    def _get(self, key: str) -> Any:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise SaveError(
                N_("{file}: not a Concert of Powers journal (no {key})"), file=self.path, key=key
            )
        return json.loads(row[0])

    # ------------------------------------------------------------ the Recorder protocol

    def append(
        self,
        index: int,
        action: str,
        explanation: events.Explained | None,
        round_hash: str | None,
    ) -> None:
        said = None
        if explanation is not None:
            kept = SavedExplanation.of(index, explanation)
            said = kept.model_dump_json(include={"round", "nation", "terms", "why"})
        stamp = datetime.now(UTC).isoformat(timespec="milliseconds")
        self.db.execute(
            "INSERT INTO actions (idx, action, explanation, round_hash, at) VALUES (?, ?, ?, ?, ?)",
            (index, action, said, round_hash, stamp),
        )

    def truncate(self, count: int) -> None:
        self.db.execute("DELETE FROM actions WHERE idx >= ?", (count,))

    # ------------------------------------------------------------ resuming

    def restore(self) -> tuple[Match, Seating]:
        """The game as journaled, replayed and checked, and its seating."""
        try:
            scenario = self._get("scenario")
            seed = self._get("seed")
            seating = Seating(**self._get("seating"))
            # A journal written before the key was kept is of version 1.
            version = self._get("save_version") if self._has("save_version") else 1
            rows = self.db.execute(
                "SELECT idx, action, explanation, round_hash FROM actions ORDER BY idx"
            ).fetchall()
        except sqlite3.DatabaseError as error:
            raise SaveError(
                N_("{file}: cannot read the journal: {problem}"), file=self.path, problem=error
            ) from None
        if [r[0] for r in rows] != list(range(len(rows))):
            raise SaveError(N_("{file}: the journal has a gap in its actions"), file=self.path)
        save = SaveFile(
            format=SAVE_FORMAT,
            save_version=version,
            rules_version=RULES_VERSION,
            saved_at="",
            scenario=scenario,
            scenario_hash=scenario_hash(scenario),
            seed=seed,
            actions=[r[1] for r in rows],
            round_hashes=[r[3] for r in rows if r[3]],
            explanations=[SavedExplanation(index=r[0], **json.loads(r[2])) for r in rows if r[2]],
        )
        loaded, seed, actions, _, steps = restore_save(save, str(self.path))
        hashes = save.round_hashes
        if version < SAVE_VERSION:  # checked as it was written: now kept as this version does
            closed = [r[0] for r in rows if r[3]]
            hashes = [round_hash(steps[i + 1][0]) for i in closed]
            for index, value in zip(closed, hashes, strict=True):
                self.db.execute("UPDATE actions SET round_hash = ? WHERE idx = ?", (value, index))
            self._put("save_version", json.dumps(SAVE_VERSION))
        match = Match(
            loaded,
            seed,
            states=[s for s, _ in steps],
            actions=list(actions),
            events=[e for _, e in steps],
            known_hashes=hashes,
        )
        self._restore_texts(match)
        match.journal = self
        return match, seating

    def _restore_texts(self, match: Match) -> None:
        """The scenario in each language, where the journal keeps it. A journal from
        before it did, or one whose texts no longer read, speaks the host's language
        only: the game goes on either way."""
        if not self._has("texts"):
            return
        kept = self._get("texts")
        try:
            match.texts = {
                code: validate_data(data, str(self.path), lang=code)
                for code, data in kept["scenarios"].items()
            }
            match.lang = str(kept["lang"])
        except (ScenarioError, KeyError, TypeError):
            match.texts = {}

    def close(self) -> None:
        self.db.close()
