"""Question -> quoted, cited answer (or an honest decline). No text is generated here:
every sentence of an answer is a unit quoted from a passage.

Whether the articles cover a question is decided by *coverage*: the IDF-weighted share of
the question's terms found in a retrieved passage. Unlike a raw BM25 score it does not grow
with the corpus, so the same threshold holds for five articles or five thousand.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from functools import lru_cache

from advisor.answer import Answer, Citation
from advisor.errors import QuestionError
from advisor.index import Hit, PassageIndex
from advisor.lexicon import Lexicon
from advisor.passages import Unit, render_units
from advisor.topics import TopicRouter, topic_menu

MAX_QUESTION_CHARS = 1000
MIN_COVERAGE = 0.5
SYNONYM_CREDIT = 0.7  # a synonym in the passage covers a question term, but not fully
TOPIC_BOOST = 1.3  # passages under a heading that matches the question's topic
CANDIDATE_PASSAGES = 6
MAX_PIECES = 3
ANSWER_BUDGET = 600
KEEP_RATIO = 0.8


@dataclass(frozen=True)
class Query:
    """A question's terms: IDF weights of its own terms, the search weights (own terms plus
    lexicon synonyms) and the synonyms that may stand in for each own term."""

    weights: dict[str, float]
    search: dict[str, float]
    alternatives: dict[str, frozenset[str]]

    def coverage(self, terms: set[str]) -> float:
        """IDF-weighted share of the question's terms found (or stood in for) in `terms`."""
        total = sum(self.weights.values())
        found = sum(weight * self._credit(term, terms) for term, weight in self.weights.items())
        return found / total if total else 0.0

    def _credit(self, term: str, terms: set[str]) -> float:
        if term in terms:
            return 1.0
        return SYNONYM_CREDIT if self.alternatives[term] & terms else 0.0


@dataclass(frozen=True)
class _Scored:
    rank: int
    position: int
    hit: Hit
    unit: Unit
    score: float


class Responder:
    """Retrieves, picks the best sentences and composes the answer with citations."""

    def __init__(self, index: PassageIndex, synonym_groups: list[list[str]]) -> None:
        self.index = index
        self.analyzer = index.analyzer
        self.router = TopicRouter(index.analyzer)
        self.lexicon = Lexicon(synonym_groups, index.analyzer)
        self._unknown_idf = math.log(1 + (len(index.passages) + 0.5) / 0.5)
        self._terms = lru_cache(maxsize=8192)(lambda text: frozenset(self.analyzer.terms(text)))

    def answer(self, question: str) -> Answer:
        """Answer a question from the corpus, or decline when the articles do not cover it."""
        question = validate_question(question)
        topic = self.router.route(question)
        query = self._query(question)
        hits = self._retrieve(query, topic)
        coverages = [query.coverage(self._terms(h.passage.index_text)) for h in hits]
        if not hits or max(coverages) < MIN_COVERAGE:
            return decline(question, topic)
        return _compose(question, topic, self._choose(query, hits, coverages))

    def _query(self, question: str) -> Query:
        own = self.analyzer.terms(question)
        expansion = self.lexicon.expand(own)
        weights = {term: self.index.idf(term) or self._unknown_idf for term in dict.fromkeys(own)}
        return Query(weights, expansion.weights, expansion.alternatives)

    def _retrieve(self, query: Query, topic: str | None) -> list[Hit]:
        """BM25 candidates, re-ranked with a boost for sections about the question's topic."""
        hits = self.index.search(query.search, CANDIDATE_PASSAGES * 2)
        cues = self.router.cues(topic)
        boosted = [
            Hit(h.passage, h.score * (TOPIC_BOOST if cues & self._terms(h.passage.section) else 1))
            for h in hits
        ]
        boosted.sort(key=lambda h: -h.score)
        return boosted[:CANDIDATE_PASSAGES]

    def _choose(self, query: Query, hits: list[Hit], coverages: list[float]) -> list[_Scored]:
        """Score every unit of the candidates; keep the best few pieces that fit the budget."""
        top_score = hits[0].score
        scored = []
        for rank, (hit, coverage) in enumerate(zip(hits, coverages, strict=True)):
            for position, unit in enumerate(hit.passage.units):
                own = query.coverage(self._terms(unit.text))
                score = 0.6 * own + 0.25 * coverage + 0.15 * hit.score / top_score
                scored.append(_Scored(rank, position, hit, unit, score))
        scored.sort(key=lambda s: -s.score)
        best = scored[0]
        chosen = _with_list(best, scored)
        pieces = 1
        for candidate in scored[1:]:
            if pieces == MAX_PIECES or candidate.score < KEEP_RATIO * best.score:
                break
            if candidate in chosen or _length(chosen) + len(candidate.unit.text) > ANSWER_BUDGET:
                continue
            chosen.append(candidate)
            pieces += 1
        return sorted(chosen, key=lambda s: (s.rank, s.position))


def _with_list(best: _Scored, scored: list[_Scored]) -> list[_Scored]:
    """A list item is answered with its whole list (and the line introducing it), as far as
    the budget allows: "what are the tasks" wants the list, not one item of it."""
    if best.unit.kind != "item":
        return [best]
    units = best.hit.passage.units
    first = last = best.position
    while first > 0 and units[first - 1].kind == "item":
        first -= 1
    while last + 1 < len(units) and units[last + 1].kind == "item":
        last += 1
    if first > 0 and units[first - 1].text.endswith(":"):
        first -= 1
    by_position = {s.position: s for s in scored if s.hit.passage is best.hit.passage}
    chosen = [best]
    for position in range(first, last + 1):
        candidate = by_position[position]
        if candidate is not best and _length([*chosen, candidate]) <= ANSWER_BUDGET:
            chosen.append(candidate)
    return chosen


def _length(chosen: list[_Scored]) -> int:
    return sum(len(s.unit.text) + 3 for s in chosen)


def validate_question(question: str) -> str:
    """The question, stripped; raises QuestionError when it is empty or too long."""
    text = " ".join(question.split())
    if not text:
        raise QuestionError("the question is empty: ask something, e.g. 'do I need a PhD?'")
    if len(text) > MAX_QUESTION_CHARS:
        raise QuestionError(
            f"the question is too long ({len(text)} characters; the limit is "
            f"{MAX_QUESTION_CHARS}): ask one thing at a time"
        )
    return text


def decline(question: str, topic: str | None) -> Answer:
    """An honest 'not covered' that says what the advisor can help with."""
    text = (
        "I can't answer that from the articles I have. "
        f"I can help with questions about AI and machine learning careers: {topic_menu()}."
    )
    return Answer(question=question, answered=False, topic=topic, answer=text)


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


def _compose(question: str, topic: str | None, chosen: list[_Scored]) -> Answer:
    """Group the chosen units by passage, number the passages, and cite after each group."""
    groups: dict[str, list[_Scored]] = {}
    for item in chosen:
        groups.setdefault(item.hit.passage.id, []).append(item)
    pieces: list[str] = []
    citations: list[Citation] = []
    for n, items in enumerate(groups.values(), start=1):
        passage = items[0].hit.passage
        quote = render_units([item.unit for item in items])
        separator = "\n" if "\n" in quote or (pieces and "\n" in pieces[-1]) else " "
        pieces.append(f"{separator}{quote} [{n}]" if pieces else f"{quote} [{n}]")
        citations.append(
            Citation(
                n=n,
                id=passage.id,
                title=passage.article.title,
                publisher=passage.article.publisher,
                published=_iso(passage.article.published),
                section=passage.section,
                quote=quote,
                url=passage.article.url,
                score=items[0].hit.score,
            )
        )
    return Answer(question, True, topic, "".join(pieces), citations)
