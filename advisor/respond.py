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

from advisor.answer import Answer, Citation
from advisor.errors import QuestionError
from advisor.index import Hit, PassageIndex
from advisor.passages import Unit, render_units
from advisor.topics import TopicRouter, topic_menu

MAX_QUESTION_CHARS = 1000
MIN_COVERAGE = 0.5
CANDIDATE_PASSAGES = 5
MAX_UNITS = 3
ANSWER_BUDGET = 600
KEEP_RATIO = 0.75


@dataclass(frozen=True)
class _Scored:
    rank: int
    position: int
    hit: Hit
    unit: Unit
    score: float


class Responder:
    """Retrieves, picks the best sentences and composes the answer with citations."""

    def __init__(self, index: PassageIndex) -> None:
        self.index = index
        self.router = TopicRouter(index.analyzer)
        self._unknown_idf = math.log(1 + (len(index.passages) + 0.5) / 0.5)

    def answer(self, question: str) -> Answer:
        """Answer a question from the corpus, or decline when the articles do not cover it."""
        question = validate_question(question)
        topic = self.router.route(question)
        weights = self._term_weights(question)
        hits = self.index.search(list(weights), CANDIDATE_PASSAGES)
        total = sum(weights.values())
        coverages = [self._coverage(weights, self.index.analyzer.terms(h.passage.index_text))
                     for h in hits]
        if not hits or total == 0 or max(coverages) / total < MIN_COVERAGE:
            return decline(question, topic)
        chosen = self._choose_units(hits, weights, coverages, total)
        return _compose(question, topic, chosen)

    def _term_weights(self, question: str) -> dict[str, float]:
        """Distinct question terms weighted by IDF; unknown terms weigh the most."""
        return {
            term: self.index.idf(term) or self._unknown_idf
            for term in dict.fromkeys(self.index.analyzer.terms(question))
        }

    @staticmethod
    def _coverage(weights: dict[str, float], terms: list[str]) -> float:
        present = set(terms)
        return sum(weight for term, weight in weights.items() if term in present)

    def _choose_units(
        self, hits: list[Hit], weights: dict[str, float], coverages: list[float], total: float
    ) -> list[_Scored]:
        """Score every unit of the candidate passages; keep the best few that fit."""
        best_score = hits[0].score
        scored = []
        for rank, (hit, coverage) in enumerate(zip(hits, coverages, strict=True)):
            for position, unit in enumerate(hit.passage.units):
                unit_cover = self._coverage(weights, self.index.analyzer.terms(unit.text))
                score = (unit_cover + 0.5 * coverage) / total + 0.2 * hit.score / best_score
                scored.append(_Scored(rank, position, hit, unit, score))
        scored.sort(key=lambda s: -s.score)
        chosen = [scored[0]]
        length = len(scored[0].unit.text)
        for candidate in scored[1:]:
            if len(chosen) == MAX_UNITS or candidate.score < KEEP_RATIO * scored[0].score:
                break
            if length + len(candidate.unit.text) > ANSWER_BUDGET:
                continue
            chosen.append(candidate)
            length += len(candidate.unit.text)
        return sorted(chosen, key=lambda s: (s.rank, s.position))


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
