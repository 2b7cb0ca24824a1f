"""The inverted index scores exactly as rank-bm25's full `get_scores` (Lucene IDF)."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np

from advisor.analysis import Analyzer
from advisor.articles import Article
from advisor.index import PassageIndex, Postings
from advisor.passages import Passage
from advisor.reference import LuceneBM25

ARTICLE = Article(slug="a", title="A", body="x", path=Path("a.md"))


def random_corpus(rng: random.Random, passages: int, vocabulary: int) -> list[list[str]]:
    """Passages of 5 to 80 words drawn from a Zipf-like vocabulary (a few very common)."""
    words = [f"w{i}" for i in range(vocabulary)]
    weights = [1 / (rank + 1) for rank in range(vocabulary)]
    return [rng.choices(words, weights, k=rng.randint(5, 80)) for _ in range(passages)]


def index_of(passage_terms: list[list[str]]) -> PassageIndex:
    passages = [Passage(f"a#p-{i}", ARTICLE, "", ()) for i in range(len(passage_terms))]
    return PassageIndex(passages, Analyzer(), Postings.from_terms(passage_terms))


def reference_top(model: LuceneBM25, weights: dict[str, float], limit: int) -> list[int]:
    """What the advisor did before the inverted index: weighted full scoring, stable sort."""
    scores = np.zeros(model.corpus_size)
    for term, weight in weights.items():
        if term in model.idf:
            scores += weight * model.get_scores([term])
    best = np.argsort(-scores, kind="stable")[:limit]
    return [(int(i), float(scores[i])) for i in best if scores[i] > 0]


def test_top_10_equals_full_rank_bm25_scoring():
    rng = random.Random(5)
    corpus = random_corpus(rng, passages=3000, vocabulary=2000)
    index, model = index_of(corpus), LuceneBM25(corpus)
    positions = {p.id: i for i, p in enumerate(index.passages)}
    for _ in range(60):
        terms = rng.sample([f"w{rng.randrange(2100)}" for _ in range(10)], k=rng.randint(1, 8))
        weights = {term: rng.choice([1.0, 1.0, 0.35, 0.175]) for term in terms}
        expected = reference_top(model, weights, 10)
        got = [(positions[h.passage.id], h.score) for h in index.search(weights, 10)]
        assert [i for i, _ in got] == [i for i, _ in expected]
        assert [s for _, s in got] == [s for _, s in expected]  # the same floats


def test_ties_keep_passage_order_and_idf_matches_reference():
    corpus = [["pay", "junior"], ["pay"], ["pay", "junior"], ["senior"], ["pay", "junior"]]
    index, model = index_of(corpus), LuceneBM25(corpus)
    hits = index.search({"junior": 1.0}, limit=2)
    assert [h.passage.id for h in hits] == ["a#p-0", "a#p-2"]  # three equal scores
    assert index.idf("pay") == model.idf["pay"] and index.idf("unknown") == 0.0


def test_only_positive_scores_and_limits():
    index = index_of([["pay"], ["skills"], ["pay", "skills"]])
    assert index.search({"unknown": 1.0}) == []
    assert index.search({"pay": 1.0}, limit=0) == []
    assert [h.passage.id for h in index.search({"pay": 1.0, "skills": -1.0})] == ["a#p-0"]


def test_the_best_marked_passages_follow_the_best_overall():
    corpus = [["pay", "pay", "pay"], ["pay", "pay"], ["pay"], ["skills"], ["pay", "x", "y"]]
    index = index_of(corpus)
    within = np.array([False, True, True, True, True])  # say, sections about the topic
    hits = index.search({"pay": 1.0}, limit=2, within=within, within_limit=2)
    # the best two overall, then the best two marked ones not already there; "skills"
    # is marked but has no query term, so it is not a candidate
    assert [h.passage.id for h in hits] == ["a#p-0", "a#p-1", "a#p-2", "a#p-4"]
    assert hits[2].score == index.search({"pay": 1.0}, limit=3)[2].score
