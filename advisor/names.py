"""Names of saved answers and keys of asked questions: how two wordings count as the same.

Moderators type names by hand ("PhD", " phd "), so names are normalised before they are
stored or looked up, and a name that is almost right is found by fuzzy matching.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable

from advisor.errors import AdvisorError

MAX_NAME_CHARS = 50
# Letters, digits, spaces and a little punctuation: no @, <, > or Markdown, so a saved name
# can never be a mention or formatting wherever it is shown.
_NAME_CHARS = re.compile(r"[\w '?.\-]+")
_QUESTION_NOISE = re.compile(r"[^\w+#£$%]+")
MIN_SIMILARITY = 0.6  # enough to be suggested
TYPO_SIMILARITY = 0.8  # enough to be taken for the name meant


class SavedNameError(AdvisorError):
    """A saved-answer name that cannot be stored (empty, too long, odd characters)."""


def normalise_name(text: str) -> str:
    """Case and spacing do not matter: ' Do  I need a PhD ' -> 'do i need a phd'."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().replace("_", " ").split())


def check_name(text: str) -> str:
    """The normalised name, or SavedNameError saying what a name may be."""
    name = normalise_name(text)
    if not name or len(name) > MAX_NAME_CHARS or not _NAME_CHARS.fullmatch(name):
        raise SavedNameError(
            f"a name is 1-{MAX_NAME_CHARS} letters, digits, spaces and - ' ? . "
            f"(got {text.strip()[:60]!r})"
        )
    return name


def question_key(question: str) -> str:
    """Questions differing only in case, spacing and punctuation group together as gaps."""
    text = unicodedata.normalize("NFKC", question).casefold()
    return " ".join(_QUESTION_NOISE.sub(" ", text).split())


def closest_names(typed: str, names: Iterable[str], limit: int = 25) -> list[str]:
    """Names that start with, contain, or look like what was typed, best first."""
    key = normalise_name(typed)
    if not key:
        return list(names)[:limit]
    ranked = []
    for name in names:
        similarity = difflib.SequenceMatcher(None, key, name).ratio()
        if name.startswith(key):
            rank = 0
        elif key in name:
            rank = 1
        elif similarity >= MIN_SIMILARITY:
            rank = 2
        else:
            continue
        ranked.append((rank, -similarity, name))
    return [name for _, _, name in sorted(ranked)[:limit]]


def meant_name(typed: str, names: Iterable[str]) -> str | None:
    """The one name `typed` is a typo of ('junior pya' -> 'junior pay'); None when no name,
    or more than one, is that close."""
    close = difflib.get_close_matches(normalise_name(typed), list(names), n=2,
                                      cutoff=TYPO_SIMILARITY)
    return close[0] if len(close) == 1 else None
