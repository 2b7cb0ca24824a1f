"""Comparisons: finding the two sides a question compares, and quoting each of them."""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.analysis import Analyzer
from advisor.compose import ScoredUnit, choose_units, compose
from advisor.contrast import compared_sides
from advisor.index import Hit
from advisor.lexicon import Lexicon, LexiconData, with_pairs
from advisor.respond import _apart


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("data scientist vs data engineer, what's the difference?",
         ("data scientist", "data engineer")),
        ("What is the difference between a research scientist and an ML engineer?",
         ("a research scientist", "an ML engineer")),
        ("How does an applied ML engineer's work differ from a research engineer's?",
         ("How does an applied ML engineer's work", "a research engineer's")),
        ("which is more satisfying: data scientist or ML engineer?",
         ("data scientist", "ML engineer")),
        ("Is it easier to get into software development than AI engineering?",
         ("Is it easier to get into software development", "AI engineering")),
        ("data scientist or mle — which one writes more code?", ("data scientist", "mle")),
        ("what does a data scientist do all day compared to an MLE?",
         ("what does a data scientist do all day", "an MLE")),
        ("Is an ML engineer the same thing as an AI engineer?",
         ("Is an ML engineer", "an AI engineer")),
        ("is a data scientist the same as an mle", ("is a data scientist", "an mle")),
        ("are ml engineers and ai engineers literally the same job?",
         ("ml engineers", "ai engineers")),
        ("Recruiters send me 'AI engineer' and 'ML engineer' ads. Same thing?",
         ("AI engineer", "ML engineer")),  # two names quoted are what is compared
        ("is AI engineer just a fancier title for ML engineer or are they different jobs",
         ("is AI engineer", "ML engineer")),  # (what it goes on to ask is no side)
        ("What distinguishes an AI engineer from a machine learning engineer?",
         ("an AI engineer", "a machine learning engineer")),  # what tells one from the other
        ("what sets MLEs apart from data scientists, really?", ("MLEs", "data scientists")),
        ("is MLOps really another name for DevOps?", ("is MLOps", "DevOps")),
        ("what is a good title for my CV?", None),  # a title asked for, not one compared
    ],
)
def test_the_two_sides_run_from_the_connector_to_a_clause_break(question, sides) -> None:
    assert compared_sides(question) == sides


@pytest.mark.parametrize(
    "question", ["what does an ML engineer do?", "vs", "or?", "data scientist vs", "vs MLE?"]
)
def test_a_question_that_compares_nothing_has_no_sides(question) -> None:
    assert compared_sides(question) is None


def test_the_first_connector_joins_the_sides() -> None:
    question = "ML engineer vs data scientist: which suits someone who likes maths or coding?"
    assert compared_sides(question) == ("ML engineer", "data scientist")
    question = "what's the difference between a data scientist and an MLE, or are they the same?"
    assert compared_sides(question) == ("a data scientist", "an MLE")


ROLES = """---
title: Engineering roles
---

## What this job involves

The working days of machine learning engineers differ from those of data scientists,
though both work with models and there is some overlap in every team.

## A day in the life

### Platform engineer

- Keeping clusters healthy
- Paging rotas

### Research engineer

- Reading papers
- Running ablations
"""


def test_a_comparison_quotes_each_side_not_a_third_role(make_corpus) -> None:
    advisor = Advisor.load(make_corpus({"roles.md": ROLES}))
    answer = advisor.ask("platform vs research engineer: how do their working days differ?")
    assert answer.topic == "comparison"
    assert "Keeping clusters healthy" in answer.answer
    assert "Reading papers" in answer.answer
    assert "data scientists" not in answer.answer
    assert [c.section for c in answer.citations] == [
        "A day in the life › Platform engineer",
        "A day in the life › Research engineer",
    ]


def test_a_unit_scored_for_two_questions_is_quoted_once(make_corpus) -> None:
    advisor = Advisor.load(make_corpus({"roles.md": ROLES}))
    _overview, platform, research = advisor.corpus.passages
    one, zero = frozenset({1}), frozenset({0})
    best = ScoredUnit(0, 0, Hit(research, 2.0), research.units[0], 1.0, sides=one)
    # the platform item, scored for the whole question and for its side alone
    item = ScoredUnit(1, 0, Hit(platform, 1.0), platform.units[0], 0.95, sides=zero)
    alone = ScoredUnit(0, 0, Hit(platform, 3.0), platform.units[0], 0.8, sides=zero)
    chosen = choose_units([best, item], [[alone], []])
    assert [(s.hit.passage.id, s.position) for s in chosen] == [
        (research.id, 0),
        (platform.id, 0),
    ]
    assert compose("q", "comparison", chosen).answer.count("Keeping clusters healthy") == 1


def test_the_sides_of_a_comparison_are_not_synonyms_of_each_other() -> None:
    analyzer = Analyzer()
    lexicon = Lexicon(LexiconData(synonyms=[["ml engineer", "ai engineer", "mle"]]), analyzer)
    terms = analyzer.terms("ml engineer vs ai engineer?")
    expansion = lexicon.expand(terms, "ml engineer vs ai engineer?")
    ai_engineers = with_pairs(analyzer.terms("AI engineers build agents"))
    assert expansion.stands_in("ml", ai_engineers)  # a synonym, usually...
    apart = _apart(expansion, {"ai"})
    assert not apart.stands_in("ml", ai_engineers)  # ... but not the side it is compared with
    assert apart.found("ml", with_pairs(analyzer.terms("ML engineers build agents")))


@pytest.mark.parametrize(
    "question",
    [
        "MLE vs DS",  # a side found only through the other side's synonyms
        "data scientist vs quant?",
        "ML engineer vs actuary",
        "is Python faster than Rust?",  # a side the articles never name
        "difference between actuary and data engineer",
    ],
)
def test_a_side_the_articles_do_not_speak_of_is_no_error(advisor, question) -> None:
    answer = advisor.ask(question)
    assert answer.answer
    assert len({c.quote for c in answer.citations}) == len(answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        "What is the difference between a machine learning engineer and an AI engineer?",
        "ml engineer vs ai engineer, is there even a difference?",
        "Is an ML engineer the same thing as an AI engineer?",
        "are ml engineers and ai engineers literally the same job with a different name",
    ],
)
def test_a_sentence_that_sets_both_sides_side_by_side_answers_first(advisor, question) -> None:
    # Neither "difference" nor "same thing" is how the FAQ answers it, and the table row
    # "AI / ML Engineer" names one role that is both, not the two side by side.
    answer = advisor.ask(question)
    assert "AI engineers may work more broadly" in answer.citations[0].quote


def test_a_best_unit_of_one_side_only_gives_way_to_each_side_in_turn(advisor) -> None:
    # The PhD myth speaks of research roles only: each side's own list answers instead.
    answer = advisor.ask("How is an applied ML engineer different from a research engineer?")
    assert [c.section for c in answer.citations[:2]] == [
        "A day in the life › Applied ML engineer",
        "A day in the life › Research engineer",
    ]
