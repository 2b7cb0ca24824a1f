"""The shared analyzer and the BM25 index with a positive IDF."""

from __future__ import annotations

import math
from pathlib import Path

from rank_bm25 import BM25Okapi

from advisor.analysis import Analyzer, conversation_removed
from advisor.articles import Article
from advisor.index import PassageIndex
from advisor.passages import split_passages
from advisor.reference import LuceneBM25


def test_keeps_technical_tokens_whole():
    terms = Analyzer().terms("C++, C# and scikit-learn pay £40,000 to the top 1%")
    assert {"c++", "c#", "scikit-learn", "£40,000", "1%"} <= set(terms)
    # a comma after a number ends the sentence's clause, not the number
    assert Analyzer().terms("in 2022, it paid £40,000, then 45,000.") == [
        "2022", "paid", "£40,000", "45,000"
    ]
    # an ordinal is its number, not a number and a word the articles never use ("st")
    assert Analyzer().terms("dropped out after 1st year, now in my 2nd job") == [
        "drop", "1", "year", "2", "job"
    ]


def test_stems_lowercases_and_drops_stopwords():
    analyzer = Analyzer()
    assert analyzer.terms("What do Engineers EARN?") == analyzer.terms("engineer earnings")
    assert analyzer.terms("the of and is") == []


def test_unicode_normalisation_makes_forms_equal():
    analyzer = Analyzer()
    assert analyzer.terms("ﬁnance café") == analyzer.terms("finance cafe\u0301")


def test_country_acronym_is_not_a_stopword():
    assert "usa" in Analyzer().terms("pay in the US")
    assert "usa" not in Analyzer().terms("tell us more")


def test_chat_shorthand_reads_as_the_word_it_stands_for():
    analyzer = Analyzer()
    assert analyzer.terms("ml eng, 6 yrs exp") == analyzer.terms("ml engineer, 6 years experience")
    assert analyzer.terms("wtf, obv q") == []  # (filler, once read in full)
    assert analyzer.terms("into ai w/o a degree? py libs w git") == analyzer.terms(
        "into ai without a degree? python libraries with git"
    )


def test_chat_r_is_are_but_r_is_the_language():
    analyzer = Analyzer()
    assert analyzer.terms("r junior roles out there?") == analyzer.terms("junior roles out there?")
    assert "r" in analyzer.terms("python or R?")


def test_a_span_of_years_to_come_asks_about_the_future():
    analyzer = Analyzer()
    spans = (
        "will it matter in a few yrs?", "in 10 years", "down the line", "in the long run",
        "long term", "a good career in like 10 years?",
    )
    for question in spans:
        assert analyzer.terms(conversation_removed(question))[-1] == "futur", question
    assert "year" in analyzer.terms(conversation_removed("I have 5 years of experience"))
    # ... nor is a span after a negated perfect: it runs back from now
    past = conversation_removed("I haven't done maths in like 15 years, is that a problem?")
    assert "futur" not in analyzer.terms(past)


def test_plain_rank_bm25_idf_is_not_positive_for_common_terms():
    docs = [["machine", "learning"], ["machine", "pay"]]
    assert BM25Okapi(docs).idf["learning"] == 0  # rank-bm25 issues #39 and #43
    assert (BM25Okapi(docs).get_scores(["machine"]) < 0).all()
    assert LuceneBM25(docs).idf["learning"] > LuceneBM25(docs).idf["machine"] > 0
    assert (LuceneBM25(docs).get_scores(["machine"]) > 0).all()


def test_lucene_idf_formula_and_order():
    docs = [["common", "rare"], ["common"], ["common"], ["other"]]
    idf = LuceneBM25(docs).idf
    assert math.isclose(idf["common"], math.log(1 + (4 - 3 + 0.5) / (3 + 0.5)))
    assert idf["rare"] > idf["common"] > 0


def test_term_in_every_passage_still_raises_the_score():
    body = "\n\n".join(
        [
            "## A\n\nMachine learning engineers deploy models.",
            "## B\n\nMachine learning engineers read papers.",
            "## C\n\nMachine learning engineers earn salaries.",
        ]
    )
    article = Article(slug="g", title="G", body=body, path=Path("g.md"))
    index = PassageIndex.build(split_passages(article), Analyzer())
    (machine,) = index.analyzer.terms("machine")
    assert index.idf(machine) > 0
    assert len(index.search({machine: 1.0}, limit=10)) == 3  # every passage scores > 0
    hits = index.search(dict.fromkeys(index.analyzer.terms("machine learning salaries"), 1.0))
    assert hits[0].passage.section == "C"
