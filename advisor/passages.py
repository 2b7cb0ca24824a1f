"""Split articles into section-aware, sentence-aligned passages with stable ids.

A passage never crosses a heading, never cuts a sentence, and keeps a short list together
with the line that introduces it. Its id, `<article-slug>#<section-slug>-<n>`, depends only
on its own article, so adding another article never changes existing ids.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from advisor.articles import Article

MAX_PASSAGE_WORDS = 90
HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+(.*)$")
TABLE_SEPARATOR_CELL = re.compile(r"^:?-{2,}:?$")
ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "vs.", "approx.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.")
QUOTED_CLAIM = re.compile(r'^["“][^"“”]+[.!?]?["”][.!?]?$')
VERDICT_WORDS = 2  # "False." or "Not quite." after a claim: keep reading to the reason
SECTION_SEPARATOR = " › "  # between a subsection's heading and the headings above it
LINE_KINDS = ("item", "row")  # shown one per line, as a list
# A sentence about the article itself ("this guide covers the skills, the earnings...")
# mentions every subject and answers none of them.
SIGNPOSTING = re.compile(
    r"\b(this|the|our) (guide|article|post|page)\b|\bin this (guide|article|post)\b"
    r"|\bwe (break down|cover|look at|explain)\b"
    r"|\b(let's|let us|it is \w+ to|it's \w+ to) (look at|explore|examine|consider)\b",
    re.IGNORECASE,
)
# "...is addictive.” — ML Engineer, Legal Tech, Cambridge": who said it, not what was said.
ATTRIBUTION = re.compile(r"(?<=[.!?”\"])\s+[—–]\s+[^.!?]*$")
# Under a heading like this, each paragraph answers a different question (the scraped page
# often lost the questions themselves), so each is a passage of its own.
FAQ_HEADING = re.compile(
    r"^(faqs?|frequently asked questions|questions and answers|q ?& ?a|common questions)$",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9£$€])")


class Unit(NamedTuple):
    """The smallest quotable piece: a sentence, a list item, a table row or a quote. (A
    named tuple: a cached corpus of 100,000 passages rebuilds most of a million of them, and
    a tuple is made several times faster than a frozen dataclass.)"""

    text: str
    kind: str  # "sentence" | "item" | "row" | "quote"
    # A table row's cells as (column header, cell), its label first; empty for other kinds.
    cells: tuple[tuple[str, str], ...] = ()

    @property
    def said(self) -> str:
        """What the unit says: a quote without its attribution (a testimonial signed "ML
        Engineer" is not about ML engineers)."""
        return ATTRIBUTION.sub("", self.text) if self.kind == "quote" else self.text

    @property
    def signposts(self) -> bool:
        """True for a sentence that only says what the article covers: never an answer."""
        return _signposts(self.text)


@dataclass(frozen=True)
class Passage:
    """A few consecutive units of one section of one article."""

    id: str
    article: Article
    section: str
    units: tuple[Unit, ...]

    @property
    def heading(self) -> str:
        """The passage's own heading, without those of the sections it is nested in."""
        return self.section.rsplit(SECTION_SEPARATOR, 1)[-1]

    @property
    def text(self) -> str:
        """The passage as a reader sees it: sentences run on, list items on their own lines."""
        return render_units(self.units)

    @property
    def index_text(self) -> str:
        """What retrieval matches: the article title and the section heading belong to every
        passage under them ("pay of an AI specialist" finds the AI specialist article)."""
        answers = render_units([unit for unit in self.units if not unit.signposts])
        return f"{self.article.title}\n{self.section}\n{answers}"


@lru_cache(maxsize=65536)  # asked of every unit of every passage retrieved
def _signposts(text: str) -> bool:
    return bool(SIGNPOSTING.search(text))


def render_units(units: tuple[Unit, ...] | list[Unit]) -> str:
    """Join units for display: consecutive sentences as prose, list items and rows as lines."""
    out: list[str] = []
    for unit in units:
        if unit.kind in LINE_KINDS:
            out.append(f"\n- {unit.text}")
        elif out and not out[-1].startswith("\n- "):
            out.append(f" {unit.text}")
        else:
            out.append(f"\n{unit.text}" if out else unit.text)
    return "".join(out).strip()


def slugify(text: str) -> str:
    """ASCII, lower-case, hyphen-separated: stable and safe in a URL fragment."""
    text = re.sub(r"['’]", "", unicodedata.normalize("NFKD", text))
    ascii_text = text.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def normalised(text: str) -> str:
    """A key under which two copies of the same text compare equal."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"\w+", folded))


def split_sentences(paragraph: str) -> list[str]:
    """Split prose into sentences that can be quoted alone.

    Never cuts after a common abbreviation, and keeps a quoted claim together with the
    verdict and reason that follow it (`"You must have a PhD." False. Research roles ...`),
    because a claim quoted without its verdict would say the opposite of the article.
    """
    sentences: list[str] = []
    open_claim = False
    for piece in SENTENCE_END.split(paragraph.strip()):
        if not piece:
            continue
        if sentences and (sentences[-1].endswith(ABBREVIATIONS) or open_claim):
            sentences[-1] = f"{sentences[-1]} {piece}"
            open_claim = open_claim and len(piece.split()) <= VERDICT_WORDS
        else:
            sentences.append(piece)
            open_claim = bool(QUOTED_CLAIM.match(piece))
    return sentences


def split_passages(article: Article) -> list[Passage]:
    """Cut one article into passages, section by section (under an FAQ heading, paragraph
    by paragraph). A subsection's passages show where it sits ("A day in the life ›
    Research engineer"); their ids use its own heading only, so nesting a section does not
    change its ids."""
    passages: list[Passage] = []
    counts: Counter[str] = Counter()
    for path, blocks in _sections(article.body):
        section_slug = slugify(path[-1]) or "intro"
        section = SECTION_SEPARATOR.join(path)
        is_faq = FAQ_HEADING.match(path[-1].strip(" ?:")) is not None
        for group in ([block] for block in blocks) if is_faq else [blocks]:
            for units in _pack(group):
                counts[section_slug] += 1
                passage_id = f"{article.slug}#{section_slug}-{counts[section_slug]}"
                passages.append(Passage(passage_id, article, section, tuple(units)))
    return passages


def _sections(body: str) -> Iterator[tuple[list[str], list[list[Unit]]]]:
    """Yield (headings, blocks) pairs: the section's heading after those of the sections it
    is nested in (`### Finance` under `## Industries that hire`); text before the first
    heading has an empty heading."""
    path: list[tuple[int, str]] = []
    lines: list[str] = []
    title = _title_heading(body)
    for line in body.splitlines():
        match = HEADING.match(line)
        if match:
            blocks = _blocks(lines)
            if blocks:
                yield [heading for _, heading in path] or [""], blocks
            level = len(match.group(1))
            path = [(n, heading) for n, heading in path if n < level and n != title]
            path.append((level, match.group(2).strip()))
            lines = []
        else:
            lines.append(line)
    blocks = _blocks(lines)
    if blocks:
        yield [heading for _, heading in path] or [""], blocks


def _title_heading(body: str) -> int | None:
    """The level of a heading that titles the whole article (`# Salary guide` as its only
    top-level heading, first of all): it heads no section of its own."""
    levels = [len(m.group(1)) for line in body.splitlines() if (m := HEADING.match(line))]
    if levels and levels.count(levels[0]) == 1 and levels[0] < min(levels[1:], default=7):
        return levels[0]
    return None


def _blocks(lines: list[str]) -> list[list[Unit]]:
    """Group lines into blocks of units; an intro ending in ':' joins the list after it."""
    groups: list[tuple[str, list[str]]] = []
    for line in lines:
        kind = _line_kind(line)
        if kind == "blank":
            groups.append(("blank", []))
        elif groups and groups[-1][0] == kind:
            groups[-1][1].append(line)
        else:
            groups.append((kind, [line]))
    blocks: list[list[Unit]] = []
    previous_kind = ""
    for kind, group in groups:
        if kind == "blank":
            previous_kind = kind
            continue
        units = _units(kind, group)
        if not units:
            continue
        joins_intro = kind == "list" and previous_kind == "paragraph" and blocks
        if joins_intro and blocks[-1][-1].text.endswith(":"):
            blocks[-1].extend(units)
        else:
            blocks.append(units)
        previous_kind = kind
    return blocks


def _line_kind(line: str) -> str:
    stripped = line.strip()
    if not stripped:
        return "blank"
    if stripped.startswith("|"):
        return "table"
    if stripped.startswith(">"):
        return "quote"
    if LIST_ITEM.match(line):
        return "list"
    return "paragraph"


def _units(kind: str, lines: list[str]) -> list[Unit]:
    if kind == "list":
        return [Unit(m.group(1).strip(), "item") for m in map(LIST_ITEM.match, lines) if m]
    if kind == "table":
        return _table_units(lines)
    if kind == "quote":
        text = " ".join(line.strip().lstrip(">").strip() for line in lines).strip()
        return [Unit(text, "quote")] if text else []
    return [Unit(s, "sentence") for s in split_sentences(" ".join(s.strip() for s in lines))]


def _table_units(lines: list[str]) -> list[Unit]:
    """One unit per data row, each carrying its column headers so it reads on its own."""
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in lines]
    rows = [row for row in rows if not all(TABLE_SEPARATOR_CELL.match(c) for c in row if c)]
    if len(rows) < 2:
        return [Unit(" ".join(cell for cell in row if cell), "row") for row in rows]
    header, *body = rows
    units = []
    for row in body:
        label, *cells = row
        parts = [
            f"{name}: {cell}" if name else cell
            for name, cell in zip(header[1:], cells, strict=False)
            if cell
        ]
        text = f"{label} — {'; '.join(parts)}" if label else "; ".join(parts)
        cells = tuple(zip(header, row, strict=False))
        units.append(Unit(text.strip(" —"), "row", cells))
    return units


def _pack(blocks: list[list[Unit]]) -> Iterator[list[Unit]]:
    """Fill passages with whole blocks while they fit; split only blocks that never fit."""
    current: list[Unit] = []
    for block in blocks:
        if current and _words(current + block) > MAX_PASSAGE_WORDS:
            yield current
            current = []
        if _words(block) <= MAX_PASSAGE_WORDS:
            current.extend(block)
            continue
        for unit in block:
            if current and _words([*current, unit]) > MAX_PASSAGE_WORDS:
                yield current
                current = []
            current.append(unit)
    if current:
        yield current


def _words(units: list[Unit]) -> int:
    return sum(len(unit.text.split()) for unit in units)
