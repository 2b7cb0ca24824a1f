"""rank-bm25 with Lucene's IDF, scoring every passage: the exact reference for the index.

`advisor.index` answers from postings, scoring only the passages that contain a query term;
its scores must equal this model's `get_scores` (tests and benchmarks compare the two). It
is not on the answering path: building it walks every passage in Python.
"""

from __future__ import annotations

from rank_bm25 import BM25Okapi

from advisor.index import K1, B, lucene_idf


class LuceneBM25(BM25Okapi):
    """BM25Okapi with an IDF that never drops to zero or below."""

    def __init__(self, corpus: list[list[str]]) -> None:
        super().__init__(corpus, k1=K1, b=B)

    def _calc_idf(self, nd: dict[str, int]) -> None:
        for word, freq in nd.items():
            self.idf[word] = lucene_idf(self.corpus_size, freq)
