"""BM25 over passages through an inverted index: only passages with a query term are scored.

The scoring is rank-bm25's `BM25Okapi.get_scores` formula (k1 = 1.5, b = 0.75), with one
change: rank-bm25 computes IDF as `log((N - n + 0.5) / (n + 0.5))`, which is zero or
negative for a term found in half the passages or more (rank-bm25 issues #39 and #43), so
in a small, focused corpus "machine" or "learning" would *lower* a passage's score. We use
Lucene's IDF, `log(1 + (N - n + 0.5) / (n + 0.5))`, which is always positive.

rank-bm25 walks every passage in Python for every query term; a question then costs time in
proportion to the corpus. Here each term keeps its postings (the passages containing it and
how often), so a question costs in proportion to its terms' postings, and the scores are the
same floats, computed with the same operations (`advisor.reference` is the full-scoring
rank-bm25 model the tests compare against).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from advisor.analysis import Analyzer
from advisor.passages import Passage

K1 = 1.5  # rank-bm25's defaults
B = 0.75
PROGRESS_STEP = 500


def lucene_idf(passages: int, containing: int) -> float:
    """Lucene's IDF of a term found in `containing` of `passages` passages: always > 0."""
    return math.log(1 + (passages - containing + 0.5) / (containing + 0.5))


@dataclass(frozen=True)
class Hit:
    """A retrieved passage with its BM25 score."""

    passage: Passage
    score: float


@dataclass(frozen=True)
class Postings:
    """An inverted index as plain arrays (what the on-disk cache stores).

    Term `t` (`terms[t]`) occurs in passages `docs[start[t]:start[t + 1]]`, in ascending
    order, `counts[...]` times each; `lengths[d]` is passage `d`'s number of terms.
    """

    terms: list[str]
    start: np.ndarray  # int64, len(terms) + 1
    docs: np.ndarray  # int32
    counts: np.ndarray  # int32
    lengths: np.ndarray  # int64, one per passage

    @classmethod
    def from_terms(cls, passage_terms: Sequence[list[str]]) -> Postings:
        """Count every term of every passage."""
        ids: dict[str, int] = {}
        flat: list[int] = []
        for terms in passage_terms:
            flat.extend([ids.setdefault(term, len(ids)) for term in terms])
        lengths = np.fromiter(map(len, passage_terms), dtype=np.int64, count=len(passage_terms))
        doc_of = np.repeat(np.arange(len(passage_terms), dtype=np.int64), lengths)
        # One key per (term, passage) pair: sorting the keys groups the postings by term,
        # with each term's passages in ascending order.
        keys, counts = np.unique(np.asarray(flat, dtype=np.int64) * len(lengths) + doc_of,
                                 return_counts=True)
        per_term = np.bincount(keys // len(lengths), minlength=len(ids))
        return cls(
            terms=list(ids),
            start=np.concatenate(([0], np.cumsum(per_term))).astype(np.int64),
            docs=(keys % len(lengths)).astype(np.int32),
            counts=counts.astype(np.int32),
            lengths=lengths,
        )


class PassageIndex:
    """Passages and the BM25 model over their analysed terms."""

    def __init__(self, passages: list[Passage], analyzer: Analyzer, postings: Postings) -> None:
        if not passages:
            raise ValueError("cannot index an empty list of passages")
        self.passages = passages
        self.analyzer = analyzer
        self.postings = postings
        self._term_ids = {term: t for t, term in enumerate(postings.terms)}
        self._start = postings.start.tolist()
        self._docs = postings.docs
        # The term-frequency half of rank-bm25's formula, per posting, in its order of
        # operations: tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / avgdl)).
        avgdl = int(postings.lengths.sum()) / len(postings.lengths)
        norm = K1 * (1 - B + B * postings.lengths / avgdl)
        tf = postings.counts
        self._tf_part = tf * (K1 + 1) / (tf + norm[postings.docs])

    @classmethod
    def build(
        cls,
        passages: list[Passage],
        analyzer: Analyzer,
        progress: Callable[[int], None] | None = None,
    ) -> PassageIndex:
        """Analyse every passage and index its terms; `progress(n)` reports passages done,
        in steps of PROGRESS_STEP (analysis is the slow part on a large corpus)."""
        passage_terms = []
        for n, passage in enumerate(passages, start=1):
            passage_terms.append(analyzer.terms(passage.index_text))
            if progress and (n % PROGRESS_STEP == 0 or n == len(passages)):
                progress(n % PROGRESS_STEP or PROGRESS_STEP)
        return cls(passages, analyzer, Postings.from_terms(passage_terms))

    def idf(self, term: str) -> float:
        """IDF of a term, zero when no passage contains it."""
        t = self._term_ids.get(term)
        if t is None:
            return 0.0
        return lucene_idf(len(self.passages), self._start[t + 1] - self._start[t])

    def search(
        self,
        weights: dict[str, float],
        limit: int = 5,
        within: np.ndarray | None = None,
        within_limit: int = 0,
    ) -> list[Hit]:
        """The best passages for weighted query terms, best first; only those scoring > 0;
        ties in passage order. With `within` (a mask over the passages, such as the
        sections about the question's topic), the best `within_limit` of the marked
        passages follow, if not already among them: the section that answers may not
        use the question's words as often as one that only mentions them.

        Each term's BM25 contribution is scaled by its weight, so a synonym added by the
        lexicon counts for less than a word the user typed.
        """
        scores = np.zeros(len(self.passages))
        for term, weight in weights.items():
            t = self._term_ids.get(term)
            if t is None:
                continue
            span = slice(self._start[t], self._start[t + 1])
            idf = lucene_idf(len(self.passages), span.stop - span.start)
            scores[self._docs[span]] += weight * (idf * self._tf_part[span])
        found = _best(np.flatnonzero(scores > 0), scores, limit)
        if within is not None and within_limit > 0:
            marked = np.flatnonzero((scores > 0) & within)
            more = _best(np.setdiff1d(marked, found, assume_unique=True), scores, within_limit)
            found = np.concatenate((found, more))
        return [Hit(self.passages[d], float(scores[d])) for d in found]


def _best(found: np.ndarray, scores: np.ndarray, limit: int) -> np.ndarray:
    """The `limit` passages of `found` with the best scores, best first, ties in order."""
    if limit <= 0:
        return found[:0]
    found_scores = scores[found]
    if len(found) > limit:  # keep the best `limit` scores, and every tie of the last one
        cutoff = np.partition(found_scores, len(found) - limit)[len(found) - limit]
        keep = found_scores >= cutoff
        found, found_scores = found[keep], found_scores[keep]
    return found[np.lexsort((found, -found_scores))[:limit]]
