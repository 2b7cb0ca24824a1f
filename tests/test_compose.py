"""Composition: which quoted units make the answer, and what must travel together."""

from __future__ import annotations

from advisor import Advisor

ARTICLE = """---
title: Getting into machine learning
---

## Education

A degree is common for machine learning roles, often a masters degree. But self-taught
engineers with real projects do break in. Courses help too.

## Tools

Python and SQL are the daily tools of the machine learning engineer.
"""


def test_a_sentence_is_never_quoted_without_the_one_that_turns_it_around(make_corpus):
    advisor = Advisor.load(make_corpus({"education.md": ARTICLE}))
    answer = advisor.ask("do I need a masters degree for machine learning?")
    assert "A degree is common" in answer.answer
    assert "But self-taught engineers with real projects do break in." in answer.answer
