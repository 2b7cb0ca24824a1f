"""Constants and store doubles shared by the tests (tests/ is on sys.path, so `from support
import ...`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from advisor.store import Store

REPO = Path(__file__).resolve().parent.parent

SALARY_ARTICLE = """---
title: What Does a Machine Learning Engineer Do?
publisher: Adria Solutions
published: 2026-04-01
---

## How much does a machine learning engineer earn?

| Experience Level | UK Salary Range | US Salary Range |
|---|---|---|
| Junior | £40,000 – £60,000 | $90,000 – $120,000 |
| Senior | £90,000 – £130,000+ | $160,000 – $200,000+ |

In our experience, candidates with strong MLOps skills command the highest salaries.

## Technical skills

To understand the role, look at the skills required:

- Strong programming ability, typically in Python
- Experience with machine learning frameworks such as TensorFlow or PyTorch
"""


class ReadOnlyStore(Store):
    """A store whose file cannot be written, as on a read-only file or mount (chmod alone
    does not stop root, who runs many CI containers)."""

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        with super()._connection() as conn:
            conn.execute("PRAGMA query_only = ON")
            yield conn


class FullStore(Store):
    """A store on a full disk: SQLite may not grow the file by a single page."""

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        with super()._connection() as conn:
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {pages}")
            yield conn

    @classmethod
    def filled(cls, path: Path) -> FullStore:
        """A migrated store at `path` whose pages are full to the last byte: any new row
        needs a page it cannot have."""
        store = cls(path)
        Store.open(path)
        with store._connection() as conn, suppress(sqlite3.OperationalError):
            while True:
                conn.execute("INSERT INTO answers (question, question_key, answered,"
                             " created_at) VALUES ('', '', 1, '')")
        return store
