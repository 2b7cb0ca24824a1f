"""The two things a question compares: "applied ML engineer vs research engineer", "is it
easier to get into software development than AI engineering?".

A comparison is answered by what the articles say of each side. The best-covered passage
often speaks of one side only, or of a third role ("ML engineer vs data scientist"), so the
sides are looked for, and quoted, one by one.
"""

from __future__ import annotations

import re

# The first of these joins the two sides ("ML engineer vs data scientist: which suits
# maths or coding?", "is an ML engineer the same thing as an AI engineer?", "is 'AI
# engineer' just a fancier title for ML engineer?"); "between X and Y" names both.
CONNECTOR = re.compile(
    r"\b(?:vs\.?|versus|or|than|compared (?:to|with)|differ(?:s|ent)? from|between (.+?) and"
    r"|(?:the )?same(?: thing| job| role)? as"
    r"|(?:just|really|basically|simply|only) (?:another|an?(?: \w+)?) (?:name|title|word|label"
    r"|term) for)\s",
    re.IGNORECASE,
)
# "Are data scientists and ML engineers basically the same job?" names both sides before
# saying what it asks of them.
SAME_PAIR = re.compile(
    r"\b(?:are|is|aren['’]?t|isn['’]?t)\s+([^,;:?!]{1,60}?)\s+and\s+([^,;:?!]{1,60}?)\s+(?:\w+\s+)?"
    r"(?:the same|similar|different|interchangeable)\b",
    re.IGNORECASE,
)
# ... and so does one asking what tells one from the other ("what distinguishes an AI engineer
# from an ML engineer?", "what sets MLEs apart from data scientists?").
APART = re.compile(
    r"\b(?:distinguish(?:es)?|separates?|differentiates?|sets?)\s+([^,;:?!]{1,60}?)\s+"
    r"(?:apart\s+)?from\s+([^,;:?!]{1,60}?)\s*(?:[,;:?!]|$)",
    re.IGNORECASE,
)
# ... and so does one that quotes two names ("recruiters send me 'AI engineer' and 'ML
# engineer' ads: same thing?").
QUOTED = re.compile(r"(?<!\w)['\"‘“]([^'\"‘’“”]{2,40}?)['\"’”](?!\w)")
# Where a side's words stop: punctuation, or a dash set off by spaces.
CLAUSE_BREAK = re.compile(r"[,;:?!—–()]|\s-\s|\.(?:\s|$)")
# ... and where the second side stops when the question goes on to ask something else
# ("is X just a new name for Y or are they different jobs?").
SIDE_END = re.compile(r"\s(?:or|and|but) (?:are|is|do|does|can|will|would|should)\b")


def compared_sides(question: str) -> tuple[str, str] | None:
    """The text of the two sides a question compares, or None when it compares nothing
    (or names only one side): the two names it quotes, the pair in "are X and Y the same",
    or what a connector joins. A side runs from the connector to the nearest clause break:
    "data scientist vs data engineer, whats the difference?" compares "data scientist" and
    "data engineer"."""
    quoted = QUOTED.findall(question)
    if len(quoted) == 2:
        return quoted[0].strip(), quoted[1].strip()
    pair = SAME_PAIR.search(question) or APART.search(question)
    if pair is not None:
        return pair.group(1).strip(), pair.group(2).strip()
    joined = CONNECTOR.search(f"{question} ")
    if joined is None:
        return None
    first = joined.group(1) or CLAUSE_BREAK.split(question[: joined.start()])[-1]
    second = SIDE_END.split(CLAUSE_BREAK.split(question[joined.end() :])[0])[0]
    sides = first.strip(), second.strip()
    return sides if all(sides) else None
