"""The rank-bm25 index over passages.

rank-bm25's `BM25Okapi` computes IDF as `log((N - n + 0.5) / (n + 0.5))`, which is zero or
negative for a term found in half the passages or more (rank-bm25 issues #39 and #43): in a
small, focused corpus "machine" or "learning" would then *lower* a passage's score. We use
Lucene's IDF, `log(1 + (N - n + 0.5) / (n + 0.5))`, which is always positive.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from rank_bm25 import BM25Okapi

from advisor.analysis import Analyzer
from advisor.passages import Passage


class LuceneBM25(BM25Okapi):
    """BM25Okapi with an IDF that never drops to zero or below."""

    def _calc_idf(self, nd: dict[str, int]) -> None:
        for word, freq in nd.items():
            self.idf[word] = math.log(1 + (self.corpus_size - freq + 0.5) / (freq + 0.5))


@dataclass(frozen=True)
class Hit:
    """A retrieved passage with its BM25 score."""

    passage: Passage
    score: float


class PassageIndex:
    """Passages, their analysed terms, and a BM25 model over them."""

    def __init__(self, passages: list[Passage], analyzer: Analyzer) -> None:
        if not passages:
            raise ValueError("cannot index an empty list of passages")
        self.passages = passages
        self.analyzer = analyzer
        self.passage_terms = [analyzer.terms(p.index_text) for p in passages]
        self.bm25 = LuceneBM25(self.passage_terms)

    def idf(self, term: str) -> float:
        """IDF of a term, zero when no passage contains it."""
        return self.bm25.idf.get(term, 0.0)

    def search(self, weights: dict[str, float], limit: int = 5) -> list[Hit]:
        """The best passages for weighted query terms, best first; only those scoring > 0.

        Each term's BM25 contribution is scaled by its weight, so a synonym added by the
        lexicon counts for less than a word the user typed.
        """
        scores = np.zeros(len(self.passages))
        for term, weight in weights.items():
            if term in self.bm25.idf:
                scores += weight * self.bm25.get_scores([term])
        best = np.argsort(-scores, kind="stable")[:limit]
        return [Hit(self.passages[i], float(scores[i])) for i in best if scores[i] > 0]
