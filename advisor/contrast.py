"""The two things a question compares: "applied ML engineer vs research engineer", "is it
easier to get into software development than AI engineering?".

A comparison is answered by what the articles say of each side. The best-covered passage
often speaks of one side only, or of a third role ("ML engineer vs data scientist"), so the
sides are looked for, and quoted, one by one.
"""

from __future__ import annotations

import re

# The first of these joins the two sides ("ML engineer vs data scientist: which suits
# maths or coding?", "is an ML engineer the same thing as an AI engineer?"); "between X and
# Y" names both.
CONNECTOR = re.compile(
    r"\b(?:vs\.?|versus|or|than|compared (?:to|with)|differ(?:s|ent)? from|between (.+?) and"
    r"|(?:the )?same(?: thing| job| role)? as)\s",
    re.IGNORECASE,
)
# Where a side's words stop: punctuation, or a dash set off by spaces.
CLAUSE_BREAK = re.compile(r"[,;:?!—–()]|\s-\s|\.(?:\s|$)")


def compared_sides(question: str) -> tuple[str, str] | None:
    """The text of the two sides a question compares, or None when it compares nothing
    (or names only one side). A side runs from the connector to the nearest clause break:
    "data scientist vs data engineer, whats the difference?" compares "data scientist" and
    "data engineer"."""
    joined = CONNECTOR.search(f"{question} ")
    if joined is None:
        return None
    first = joined.group(1) or CLAUSE_BREAK.split(question[: joined.start()])[-1]
    second = CLAUSE_BREAK.split(question[joined.end() :])[0]
    sides = first.strip(), second.strip()
    return sides if all(sides) else None
