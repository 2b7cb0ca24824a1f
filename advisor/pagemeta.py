"""Read an article's metadata from what the scraped page itself says.

A page's top lines carry a title, a byline (`by Jazz Thomson, Digital Marketing Manager`),
a date line (`Added on: 1st April 2026`, `Updated on July 02, 2026 5 minutes read`) or a
category with a month (`A Day in the Life March 2026`). They are metadata, not body text.
A title is only trusted when such metadata sits next to it: on a page without any (a
partial scrape) the first short line is just a section heading, and the user must say the
title. Nothing here is guessed: a month without a day gives no date, and no URL is read.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DATE_FORMS = (
    rf"{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",
    rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",
    r"(?P<iso>\d{4}-\d{2}-\d{2})",
)
_DATE_LABEL = (
    r"(?P<label>(?:date\s+)?(?:added|updated|published|posted|last\s+updated|last\s+modified"
    r"|date)(?:\s+on)?\s*:?\s*)?"
)
_READING_TIME = r"(?:\s*[·|•–—-]?\s*\d+\s*(?:min|mins|minute|minutes)\s*read)?"
_DATE_LINES = tuple(
    re.compile(rf"{_DATE_LABEL}{form}{_READING_TIME}", re.IGNORECASE) for form in _DATE_FORMS
)
# `A Day in the Life March 2026`: a short category label and a month, no day.
_CATEGORY_MONTH = re.compile(rf"(?P<label>(?:\S+\s+){{0,6}}?){_MONTH}\s+{_YEAR}", re.IGNORECASE)
_PREPOSITIONS = {"in", "of", "since", "from", "until", "by", "for", "during", "before", "after"}
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_BYLINE = re.compile(
    rf"(?i:(?:written\s+)?by)\s+(?P<name>{_NAME})(?:\s*[,|–—-]\s*(?P<role>[^.]{{2,60}}))?"
)
# `Recruiter insight from Adria Solutions`: a section the publisher writes as itself.
_PUBLISHER_SECTION = re.compile(
    rf"(?:\w+\s+)?(?i:insights?|advice|tips|views?)\s+from\s+(?P<name>{_NAME})"
)
_FIRST_PERSON_PLURAL = re.compile(r"\b(we|our|us)\b", re.IGNORECASE)
_TOP_LINES = 8
_PARAGRAPH_WORDS = 14


@dataclass(frozen=True)
class PageMeta:
    """Metadata found on the page, and the lines that carried nothing else."""

    title: str | None = None
    author: str | None = None
    author_role: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    consumed: frozenset[int] = field(default_factory=frozenset)


def parse_date_line(line: str, *, labelled: bool = False) -> dt.date | None:
    """The date a line states, when the whole line is a date (with a label if asked)."""
    for pattern in _DATE_LINES:
        match = pattern.fullmatch(line.strip())
        if match and (match["label"] or not labelled):
            return _to_date(match)
    return None


def _to_date(match: re.Match[str]) -> dt.date | None:
    try:
        if match.groupdict().get("iso"):
            return dt.date.fromisoformat(match["iso"])
        return dt.date(int(match["year"]), _MONTHS[match["month"].lower()], int(match["day"]))
    except ValueError:
        return None


def is_category_month_line(line: str) -> bool:
    """True for `Label Month YYYY`: a category and a month (too vague to be a date)."""
    match = _CATEGORY_MONTH.fullmatch(line.strip())
    if not match or len(line.split()) > 9:
        return False
    # `News in March 2026` is a phrase (a title), `A Day in the Life March 2026` two fields.
    label = match["label"].split()
    return not label or label[-1].lower() not in _PREPOSITIONS


def parse_byline(line: str) -> tuple[str, str | None] | None:
    """(author, role) from a `by Name, Role` line; None when the line is not a byline."""
    match = _BYLINE.fullmatch(line.strip())
    if not match:
        return None
    role = match["role"].strip() if match["role"] else None
    return match["name"].strip(), role


def looks_like_title(line: str) -> bool:
    """A short line, capitalised, without a full stop: shaped like a title."""
    text = line.strip()
    words = text.split()
    return (
        0 < len(words) <= 16
        and (text[0].isupper() or text[0].isdigit())
        and not text.endswith((".", ":", ";", ","))
    )


def _top_indices(lines: list[str], skip: set[int]) -> list[int]:
    """Indices of the first few non-empty lines, up to the first paragraph."""
    top: list[int] = []
    for index, line in enumerate(lines):
        if not line.strip() or index in skip:
            continue
        if len(line.split()) > _PARAGRAPH_WORDS or len(top) >= _TOP_LINES:
            break
        top.append(index)
    return top


def read_page_meta(lines: list[str], skip: set[int] | None = None) -> PageMeta:
    """Find title, author, date and publisher; `skip` holds lines already known as chrome."""
    skip = skip or set()
    top = _top_indices(lines, skip)
    consumed: set[int] = set()
    published: dt.date | None = None
    author = role = None
    title_index: int | None = None
    for index in top:
        line = lines[index].strip()
        date = parse_date_line(line)
        byline = parse_byline(line)
        if date is not None or is_category_month_line(line):
            published = published or date
            consumed.add(index)
        elif byline is not None and author is None:
            author, role = byline
            consumed.add(index)
        elif title_index is None and looks_like_title(line):
            title_index = index
    if author:
        consumed |= {i for i, line in enumerate(lines) if line.strip() in (author, role)}
    # `Published: 3 May 2025` further down is metadata too (a bare date may be content).
    for index, line in enumerate(lines):
        date = parse_date_line(line, labelled=True) if index not in skip else None
        if date is not None:
            published = published or date
            consumed.add(index)
    title = None
    if title_index is not None and _next_to_metadata(title_index, top, consumed):
        title = lines[title_index].strip()
        consumed.add(title_index)
    return PageMeta(
        title=title,
        author=author,
        author_role=role,
        published=published,
        publisher=find_publisher(lines),
        consumed=frozenset(consumed),
    )


def _next_to_metadata(index: int, top: list[int], consumed: set[int]) -> bool:
    position = top.index(index)
    neighbours = top[max(0, position - 2) : position] + top[position + 1 : position + 3]
    return any(i in consumed for i in neighbours)


def find_publisher(lines: list[str]) -> str | None:
    """The publisher, when a section is headed as its own (`Insight from X`, then `our`)."""
    texts = [line.strip() for line in lines if line.strip()]
    for heading, following in itertools.pairwise(texts):
        match = _PUBLISHER_SECTION.fullmatch(heading)
        if match and _FIRST_PERSON_PLURAL.search(following):
            return match["name"]
    return None
