"""Text repair for scraped pages: the one entry point the importer uses.

`advisor.mojibake` undoes encoding damage (Thai Windows-874 runs, lost bytes,
Windows-1252); `advisor.glue` (used by the block builder) splits list items and table cells
that the scraper glued together.
"""

from __future__ import annotations

from advisor.mojibake import fix_mojibake


def repair_text(text: str) -> str:
    """Repair a whole scraped page's encoding damage and normalise its whitespace.

    Non-breaking spaces become plain spaces and line ends become `\\n`, so later stages
    can match words without caring how the page was saved.
    """
    text = fix_mojibake(text.replace("\r\n", "\n").replace("\r", "\n"))
    return text.replace("\u00a0", " ").replace("\u202f", " ")
