"""SQLite storage shared by the bot and the CLI: saved answers, votes and asked questions.

No Discord in here: `advisor gaps` and `advisor faq` read the same file the bot writes. Each
operation opens its own connection, so the store is safe to call from worker threads (the bot
uses asyncio.to_thread) and from two processes at once (WAL plus a busy timeout). The schema
is built by numbered migrations; a database newer than this code is refused, not guessed at.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import closing, contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from advisor.answer import Answer
from advisor.errors import AdvisorError
from advisor.names import check_name, normalise_name, question_key

BUSY_TIMEOUT_MS = 5000
# What an operator can do about SQLite's commonest failures (by the error's primary code).
FIXES = {
    "SQLITE_READONLY": "read-only: check the permissions of the file and its folder",
    "SQLITE_FULL": "the disk is full: free some space",
    "SQLITE_BUSY": f"another program kept it locked for over {BUSY_TIMEOUT_MS // 1000} s",
    "SQLITE_CANTOPEN": "check that its folder exists and can be written",
    "SQLITE_NOTADB": "it is not an advisor database",
}

# Each entry is one schema version: its statements run in one transaction that also sets
# PRAGMA user_version to the entry's number. Append new versions; never edit an old one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: every answer sent (the question, never who asked) and the votes on it
    (
        """CREATE TABLE answers (
            id INTEGER PRIMARY KEY,
            guild_id INTEGER,
            question TEXT NOT NULL,
            question_key TEXT NOT NULL,
            answered INTEGER NOT NULL,
            topic TEXT,
            created_at TEXT NOT NULL)""",
        "CREATE INDEX answers_by_question ON answers (question_key, answered)",
        """CREATE TABLE votes (
            answer_id INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
            user_id INTEGER NOT NULL,
            helpful INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (answer_id, user_id))""",
    ),
    # 2: saved answers, unique per server by normalised name
    (
        """CREATE TABLE saved_answers (
            guild_id INTEGER NOT NULL,
            name TEXT NOT NULL,
            answer TEXT NOT NULL,
            own_words INTEGER NOT NULL,
            author_id INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            uses INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (guild_id, name))""",
    ),
)


class StoreError(AdvisorError):
    """The database cannot be opened, read or written, or its schema is newer than the code."""


class SavedAnswerExists(AdvisorError):
    """Saving would replace an answer already saved under that name."""

    def __init__(self, existing: SavedAnswer) -> None:
        self.existing = existing
        super().__init__(f"a saved answer named {existing.name!r} already exists")


@dataclass(frozen=True)
class SavedAnswer:
    """An answer a moderator saved under a name, for questions that come back."""

    guild_id: int
    name: str
    answer: Answer
    own_words: bool  # the text is the moderator's, not the advisor's
    author_id: int
    created_at: str
    updated_at: str
    uses: int

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "answer": self.answer.to_dict()}


@dataclass(frozen=True)
class ImportReport:
    """What restoring saved answers did, entry by entry, so nothing is skipped silently."""

    added: list[SavedAnswer] = field(default_factory=list)
    replaced: list[SavedAnswer] = field(default_factory=list)
    skipped: list[SavedAnswer] = field(default_factory=list)  # name taken, no `replace`


@dataclass(frozen=True)
class Gap:
    """A question the articles do not serve well: declined, or voted not helpful."""

    question: str  # the latest wording asked
    count: int
    declined: int
    not_helpful: int
    last_seen: str

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

# A lone surrogate (JSON, so a Discord payload, can carry one) cannot be stored as UTF-8.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def default_db_path(env: Mapping[str, str] = os.environ) -> Path:
    """ADVISOR_DB, else the user's data folder (XDG_DATA_HOME, else ~/.local/share)."""
    if env.get("ADVISOR_DB"):
        return Path(env["ADVISOR_DB"]).expanduser()
    data_home = env.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "advisor" / "advisor.db"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """The database file; open it with `Store.open`, which brings the schema up to date."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def open(cls, path: Path | str | None = None) -> Store:
        """The store at `path` (default: `default_db_path()`), created or migrated as needed."""
        store = cls(Path(path) if path is not None else default_db_path())
        store.migrate()
        return store

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        """A fresh connection; any SQLite failure becomes a StoreError naming the file."""
        try:
            with closing(sqlite3.connect(self.path, isolation_level=None)) as conn:
                conn.row_factory = sqlite3.Row
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                conn.execute("PRAGMA foreign_keys = ON")
                yield conn
        except sqlite3.Error as exc:
            code = "_".join((getattr(exc, "sqlite_errorname", None) or "").split("_")[:2])
            fix = f" ({FIXES[code]})" if code in FIXES else ""
            raise StoreError(f"{self.path}: {exc}{fix}") from exc

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """Every write goes through here: all of it is committed, or none of it."""
        with self._connection() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:  # SQLite itself rolls back on some errors (disk full)
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def migrate(self, migrations: tuple[tuple[str, ...], ...] = MIGRATIONS) -> None:
        """Create or upgrade the schema; refuse a database written by a newer version."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create its folder: {exc}") from exc
        with self._connection() as conn:
            current = self._check_version(conn, migrations) == len(migrations)
            if current and conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                return  # up to date: nothing to write, so a read-only database opens too
            conn.execute("PRAGMA journal_mode = WAL")  # persistent; not allowed in a transaction
        with self._transaction() as conn:
            version = self._check_version(conn, migrations)  # another process may have migrated
            for number, statements in enumerate(migrations[version:], start=version + 1):
                for statement in statements:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")

    def _check_version(
        self, conn: sqlite3.Connection, migrations: tuple[tuple[str, ...], ...]
    ) -> int:
        """The schema version; StoreError for one newer than `migrations` know, which this
        code must not write to (it could corrupt what a newer version relies on)."""
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > len(migrations):
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this advisor knows "
                f"({len(migrations)}); upgrade advisor to use this database"
            )
        return version

    def schema_version(self) -> int:
        with self._connection() as conn:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])

    # Answers, votes and gaps

    def record_answer(self, guild_id: int | None, answer: Answer) -> int:
        """Log an answer (or decline) that was sent; returns the id its vote buttons carry."""
        question = _LONE_SURROGATE.sub("\ufffd", answer.question)
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO answers (guild_id, question, question_key, answered, topic,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (guild_id, question, question_key(question), answer.answered, answer.topic,
                 _now()),
            )
            return int(cursor.lastrowid or 0)

    def record_vote(self, answer_id: int, user_id: int, helpful: bool) -> bool:
        """One vote per user and answer (a second click changes it); False if no such answer."""
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO votes (answer_id, user_id, helpful, created_at)"
                " SELECT id, ?, ?, ? FROM answers WHERE id = ?"
                " ON CONFLICT (answer_id, user_id) DO UPDATE"
                " SET helpful = excluded.helpful, created_at = excluded.created_at",
                (user_id, helpful, _now(), answer_id),
            )
            return cursor.rowcount > 0

    def votes(self, answer_id: int) -> dict[str, int]:
        """How many found an answer helpful and not helpful."""
        with self._connection() as conn:
            row = conn.execute(
                "SELECT COALESCE(SUM(helpful), 0), COUNT(*) - COALESCE(SUM(helpful), 0)"
                " FROM votes WHERE answer_id = ?",
                (answer_id,),
            ).fetchone()
        return {"helpful": int(row[0]), "not_helpful": int(row[1])}

    def gaps(self, guild_id: int | None = None, limit: int = 20) -> list[Gap]:
        """Declined and not-helpful questions, grouped by wording, most frequent first."""
        with self._connection() as conn:
            rows = conn.execute(
                """WITH events AS (
                    SELECT question_key, question, created_at, 1 AS declined FROM answers
                    WHERE answered = 0 AND (:guild IS NULL OR guild_id = :guild)
                  UNION ALL
                    SELECT a.question_key, a.question, v.created_at, 0 FROM votes v
                    JOIN answers a ON a.id = v.answer_id
                    WHERE v.helpful = 0 AND (:guild IS NULL OR a.guild_id = :guild))
                SELECT question, COUNT(*) AS count, SUM(declined) AS declined,
                       MAX(created_at) AS last_seen
                FROM events GROUP BY question_key
                ORDER BY count DESC, last_seen DESC, question_key LIMIT :limit""",
                {"guild": guild_id, "limit": limit},
            ).fetchall()
        return [
            Gap(row["question"], row["count"], row["declined"], row["count"] - row["declined"],
                row["last_seen"])
            for row in rows
        ]

    # Saved answers

    def save_answer(
        self,
        guild_id: int,
        name: str,
        answer: Answer,
        *,
        own_words: bool,
        author_id: int,
        replace: bool = False,
    ) -> SavedAnswer:
        """Save under a normalised name; SavedAnswerExists unless `replace` (uses carry over).

        Raises SavedNameError for a name that cannot be stored."""
        name = check_name(name)
        with self._transaction() as conn:
            existing = _saved(conn, guild_id, name)
            if existing is not None and not replace:
                raise SavedAnswerExists(existing)
            now = _now()
            conn.execute(
                "INSERT INTO saved_answers (guild_id, name, answer, own_words, author_id,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (guild_id, name) DO UPDATE SET answer = excluded.answer,"
                " own_words = excluded.own_words, author_id = excluded.author_id,"
                " updated_at = excluded.updated_at",
                (guild_id, name, json.dumps(answer.to_dict()), own_words, author_id, now, now),
            )
            saved = _saved(conn, guild_id, name)
        assert saved is not None
        return saved

    def saved_answer(
        self, guild_id: int, name: str, *, count_use: bool = False
    ) -> SavedAnswer | None:
        """The answer saved under `name`; `count_use` adds one to its use count first."""
        name = normalise_name(name)
        if not count_use:
            with self._connection() as conn:
                return _saved(conn, guild_id, name)
        with self._transaction() as conn:
            conn.execute(
                "UPDATE saved_answers SET uses = uses + 1 WHERE guild_id = ? AND name = ?",
                (guild_id, name),
            )
            return _saved(conn, guild_id, name)

    def saved_answers(self, guild_id: int | None = None) -> list[SavedAnswer]:
        """Saved answers of one server (or all), most used first."""
        with self._connection() as conn:
            rows = conn.execute(
                "SELECT * FROM saved_answers WHERE (:guild IS NULL OR guild_id = :guild)"
                " ORDER BY uses DESC, name",
                {"guild": guild_id},
            ).fetchall()
        return [_saved_from_row(row) for row in rows]

    def delete_saved_answer(self, guild_id: int, name: str) -> bool:
        name = normalise_name(name)
        with self._transaction() as conn:
            cursor = conn.execute(
                "DELETE FROM saved_answers WHERE guild_id = ? AND name = ?", (guild_id, name)
            )
            return cursor.rowcount > 0

    def import_saved_answers(
        self, items: Iterable[SavedAnswer], *, replace: bool = False
    ) -> ImportReport:
        """Restore saved answers exactly (uses and dates included) in one transaction: all of
        them, or none if any fails. A name already taken in its server is kept and reported
        as skipped unless `replace`. Raises SavedNameError for a name that cannot be stored."""
        report = ImportReport()
        with self._transaction() as conn:
            for item in items:
                name = check_name(item.name)
                taken = _saved(conn, item.guild_id, name) is not None
                if taken and not replace:
                    report.skipped.append(item)
                    continue
                conn.execute(
                    "INSERT OR REPLACE INTO saved_answers (guild_id, name, answer, own_words,"
                    " author_id, created_at, updated_at, uses) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (item.guild_id, name, json.dumps(item.answer.to_dict()), item.own_words,
                     item.author_id, item.created_at, item.updated_at, item.uses),
                )
                (report.replaced if taken else report.added).append(item)
        return report


def _saved(conn: sqlite3.Connection, guild_id: int, name: str) -> SavedAnswer | None:
    row = conn.execute(
        "SELECT * FROM saved_answers WHERE guild_id = ? AND name = ?", (guild_id, name)
    ).fetchone()
    return _saved_from_row(row) if row is not None else None


def _saved_from_row(row: sqlite3.Row) -> SavedAnswer:
    return SavedAnswer(
        guild_id=row["guild_id"],
        name=row["name"],
        answer=Answer.from_dict(json.loads(row["answer"])),
        own_words=bool(row["own_words"]),
        author_id=row["author_id"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        uses=row["uses"],
    )
