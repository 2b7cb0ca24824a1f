"""The two things a question compares: "applied ML engineer vs research engineer", "is it
easier to get into software development than AI engineering?".

A comparison is answered by what the articles say of each side. The best-covered passage
often speaks of one side only, or of a third role ("ML engineer vs data scientist"), so the
sides are looked for, and quoted, one by one.
"""

from __future__ import annotations

import re

# The last of these joins the two sides; "between X and Y" names both.
CONNECTOR = re.compile(
    r"\b(?:vs\.?|versus|or|than|compared (?:to|with)|differ(?:s|ent)? from|between (.+?) and)\s",
    re.IGNORECASE,
)
# Where a side's words stop: punctuation, or a dash set off by spaces.
CLAUSE_BREAK = re.compile(r"[,;:?!—–()]|\s-\s|\.(?:\s|$)")


def compared_sides(question: str) -> tuple[str, str] | None:
    """The text of the two sides a question compares, or None when it compares nothing.
    A side runs from the connector to the nearest clause break: "data scientist vs data
    engineer, whats the difference?" compares "data scientist" and "data engineer"."""
    connectors = list(CONNECTOR.finditer(f"{question} "))
    if not connectors:
        return None
    joined = connectors[-1]
    after = question[joined.end() :]
    first = joined.group(1) or CLAUSE_BREAK.split(question[: joined.start()])[-1]
    second = CLAUSE_BREAK.split(after)[0]
    return first.strip(), second.strip()
