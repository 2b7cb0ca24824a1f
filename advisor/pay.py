"""Salary figures as structured records, read from the corpus as the sources state them.

A quoted sentence cannot show that one article's junior band and another's overall range
disagree; records can. Nothing here converts, averages or extrapolates a figure: each
record keeps the figure's own text, its currency, and the passage it came from.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from advisor.analysis import Analyzer
from advisor.lexicon import Lexicon, with_pairs
from advisor.passages import Passage, Unit

CURRENCIES = {"£": "GBP", "$": "USD", "€": "EUR"}
_AMOUNT = r"[£$€]\s?\d[\d,]*(?:\.\d+)?[kK]?\+?"
FIGURE = re.compile(rf"(?P<low>{_AMOUNT})(?:\s*(?:[–—-]|to)\s*(?P<high>{_AMOUNT}))?")
# A day rate or an hourly rate is not a salary: "$700 a day", "£50/hour".
NOT_YEARLY = re.compile(r"\s*(?:a|an|per|/)\s*(?:day|hour|hr|week|month|project)\b", re.IGNORECASE)
# The nouns that end a job title ("machine learning engineer", "AI specialist").
ROLE_NOUNS = "engineer|specialist|scientist|developer|analyst|researcher|architect|manager"
ROLE = re.compile(
    rf"\b(?:an?|the)\s+((?:[\w/-]+\s+){{0,3}}?(?:{ROLE_NOUNS}|lead))s?\b", re.IGNORECASE
)
# Levels and regions, each named by one analysed term; the lexicon's synonym groups add the
# ways people say them ("graduate" is junior, "England" is the UK).
LEVELS = ("junior", "mid-level", "senior", "average")
REGIONS = {"UK": "uk", "US": "usa"}  # how a region is shown, and its analysed term
CURRENCY_REGION = {"£": "UK"}  # a pound figure with no region stated is a UK figure


@dataclass(frozen=True)
class PayRecord:
    """One salary figure: who earns it, where, how much, and which passage says so."""

    role: str
    level: str  # junior / mid-level / senior / average / range (or "figure": a lone one)
    region: str | None
    currency: str
    low: int
    high: int | None  # None for a single figure
    open_ended: bool  # "£130,000+"
    figure: str  # the figure exactly as the source writes it
    passage: Passage = field(compare=False, repr=False)

    @property
    def published(self) -> dt.date | None:
        return self.passage.article.published

    def to_dict(self) -> dict[str, Any]:
        """Plain data for `advisor pay --json`."""
        article = self.passage.article
        return {
            "role": self.role,
            "level": self.level,
            "region": self.region,
            "currency": self.currency,
            "low": self.low,
            "high": self.high,
            "open_ended": self.open_ended,
            "figure": self.figure,
            "passage_id": self.passage.id,
            "article": article.slug,
            "title": article.title,
            "publisher": article.publisher,
            "published": article.published.isoformat() if article.published else None,
        }


class PayVocabulary:
    """Reads levels, regions and roles from text, through the lexicon's synonyms."""

    def __init__(self, analyzer: Analyzer, lexicon: Lexicon) -> None:
        self.analyzer = analyzer
        self.lexicon = lexicon
        self._levels = {analyzer.terms(level)[0]: level for level in LEVELS}
        self._regions = {term: region for region, term in REGIONS.items()}
        self._places = [(p, set(analyzer.terms(p))) for p in lexicon.places]
        # A question is read for its levels, then its regions, then its places: analyse and
        # expand it once.
        self._terms = lru_cache(maxsize=4096)(self._read_terms)

    def _read_terms(self, text: str, *, synonyms: bool) -> frozenset[str]:
        terms = self.analyzer.terms(text)
        return frozenset(self.lexicon.expand(terms, text).words if synonyms else ()) | set(terms)

    def levels(self, text: str, *, synonyms: bool = True) -> set[str]:
        """The levels a text names: a question may say "graduate", an article "Junior"."""
        terms = self._terms(text, synonyms=synonyms)
        return {level for term, level in self._levels.items() if term in terms}

    def regions(self, text: str, *, synonyms: bool = True) -> set[str]:
        terms = self._terms(text, synonyms=synonyms)
        return {region for term, region in self._regions.items() if term in terms}

    def other_places(self, text: str) -> list[str]:
        """Places a question names that are neither the UK nor the US, as written."""
        terms = set(self.analyzer.terms(text))
        if self.regions(text):
            return []
        return [place for place, words in self._places if words and words <= terms]

    def role_matches(self, asked: str, role: str) -> bool:
        """True when a role named in a question is the record's role or a lexicon synonym
        of it ("ML engineer" for "machine learning engineer")."""
        terms = self.analyzer.terms(asked)
        # (a level said as one, "entry-level", "entry level", and the parts of a compound one,
        # "mid" and "level" of "mid-level"; but "principal" and "lead" are roles above senior)
        said_as_level = {t for t in terms if "level" in t and self.levels(t)} | {"level"}
        ignored = said_as_level | set(self._levels) | set(self._regions)
        ignored |= {part for t in terms if t in ignored for part in self.analyzer.terms(t)[1:]}
        asked_terms = [t for t in terms if t not in ignored]
        if not asked_terms:
            return True
        present = with_pairs(self.analyzer.terms(role))
        expansion = self.lexicon.expand(asked_terms)
        return all(t in present or expansion.stands_in(t, present) for t in asked_terms)


def role_named(text: str) -> str | None:
    """The role a text names ("a machine learning engineer"), as written, or None."""
    match = ROLE.search(text)
    if not match:
        return None
    words = match.group(1).split()
    return " ".join(w if w.isupper() else w.lower() for w in words)


def extract_records(passages: Iterable[Passage], vocabulary: PayVocabulary) -> list[PayRecord]:
    """Every salary figure of the corpus, newest source first."""
    records = [
        record
        for passage in passages
        for unit in passage.units
        for record in _unit_records(passage, unit, vocabulary)
    ]
    return sort_newest_first(records)


def sort_newest_first(records: list[PayRecord]) -> list[PayRecord]:
    undated = dt.date.min
    return sorted(records, key=lambda r: r.published or undated, reverse=True)


def _unit_records(passage: Passage, unit: Unit, vocabulary: PayVocabulary) -> list[PayRecord]:
    role = role_named(passage.section) or role_named(passage.article.title) or passage.article.title
    if unit.cells:  # a table row: the label says the level, each column header the region
        (_, label), *cells = unit.cells
        return [
            record
            for header, cell in cells
            for record in _figures(cell, f"{label} {header}", role, passage, vocabulary)
        ]
    return _figures(unit.text, None, role, passage, vocabulary)


def _figures(
    text: str, context: str | None, role: str, passage: Passage, vocabulary: PayVocabulary
) -> list[PayRecord]:
    """The figures of one sentence, item or cell. Each figure's level and region come from
    the words just before it, else from the whole text, else from its currency."""
    records = []
    start = 0
    for match in FIGURE.finditer(text):
        if NOT_YEARLY.match(text, match.end()):
            continue
        near = context or text[start : match.start()]
        start = match.end()
        levels = vocabulary.levels(near, synonyms=False) or vocabulary.levels(
            context or text, synonyms=False
        )
        regions = vocabulary.regions(near, synonyms=False) or vocabulary.regions(
            context or text, synonyms=False
        )
        low, high = match.group("low"), match.group("high")
        symbol = low[0]
        region = next(iter(regions)) if len(regions) == 1 else CURRENCY_REGION.get(symbol)
        level = next(iter(levels)) if len(levels) == 1 else "range" if high else "figure"
        records.append(
            PayRecord(
                role=role,
                level=level,
                region=region,
                currency=CURRENCIES[symbol],
                low=_amount(low),
                high=_amount(high) if high else None,
                open_ended=(high or low).endswith("+"),
                figure=match.group().strip(),
                passage=passage,
            )
        )
    return records


def _amount(text: str) -> int:
    digits = text.strip("£$€+ ").replace(",", "")
    if digits[-1] in "kK":
        return round(float(digits[:-1]) * 1000)
    return round(float(digits))


def filter_records(
    records: list[PayRecord],
    vocabulary: PayVocabulary,
    role: str | None = None,
    level: str | None = None,
    region: str | None = None,
) -> list[PayRecord]:
    """Records matching the filters, each read the way a question is ("entry level" is
    junior, "England" is the UK)."""
    levels = vocabulary.levels(level) if level else None
    regions = vocabulary.regions(region) if region else None
    return [
        r
        for r in records
        if (role is None or vocabulary.role_matches(role, r.role))
        and (levels is None or r.level in levels or r.level == level.strip().casefold())
        and (regions is None or r.region in regions)
    ]
