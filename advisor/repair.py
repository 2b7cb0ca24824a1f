"""Text repair for scraped pages: the one entry point the importer uses.

The work lives in two modules so each stays small: `advisor.mojibake` undoes encoding
damage (Thai Windows-874 runs, lost bytes, Windows-1252), `advisor.glue` splits list items
and table cells that the scraper glued together.
"""

from __future__ import annotations

from advisor.glue import PROTECTED_WORDS, seams, split_glued
from advisor.mojibake import (
    fix_cp874_runs,
    fix_cp1252,
    fix_mojibake,
    has_cp874_mojibake,
    resolve_lost_characters,
)

__all__ = [
    "PROTECTED_WORDS",
    "fix_cp874_runs",
    "fix_cp1252",
    "fix_mojibake",
    "has_cp874_mojibake",
    "repair_text",
    "resolve_lost_characters",
    "seams",
    "split_glued",
]


def repair_text(text: str) -> str:
    """Repair a whole scraped page's encoding damage and normalise its whitespace.

    Non-breaking spaces become plain spaces and line ends become `\\n`, so later stages
    can match words without caring how the page was saved.
    """
    text = fix_mojibake(text.replace("\r\n", "\n").replace("\r", "\n"))
    return text.replace("\u00a0", " ").replace("\u202f", " ")
