"""Salary figures as records (`advisor/pay.py`), `advisor pay`, and pay answers."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from advisor import Advisor
from advisor.cli import main

ADRIA = "what-does-a-machine-learning-engineer-do#how-much-does-a-machine-learning-engineer-earn-1"
SPECIALIST = "a-day-in-the-life-of-an-ai-specialist#intro-1"

ARTICLE = """---
title: Careers in Data
published: 2026-01-10
---

## How much does a data engineer earn?

- Salary Range £30k–£70k
- UK Average £52,500
- Contractors charge $700 a day in the US
- A lead earns £120,000 in London
- Pay is exceptional.

| Level | UK | US |
|---|---|---|
| Junior | £35,000 – £45,000 | $80,000 – $100,000 |
| Senior | £95,000+ | $180,000+ |
"""


def record_tuples(advisor: Advisor) -> set[tuple]:
    return {(r.role, r.level, r.region, r.figure, r.passage.id) for r in advisor.pay()}


def test_the_bundled_corpus_has_every_figure_with_its_passage(advisor):
    mle = "machine learning engineer"
    assert record_tuples(advisor) == {
        (mle, "junior", "UK", "£40,000 – £60,000", ADRIA),
        (mle, "junior", "US", "$90,000 – $120,000", ADRIA),
        (mle, "mid-level", "UK", "£60,000 – £90,000", ADRIA),
        (mle, "mid-level", "US", "$120,000 – $160,000", ADRIA),
        (mle, "senior", "UK", "£90,000 – £130,000+", ADRIA),
        (mle, "senior", "US", "$160,000 – $200,000+", ADRIA),
        ("AI specialist", "range", "UK", "£28,000–£75,000", SPECIALIST),
        ("AI specialist", "average", "UK", "£45,000", SPECIALIST),
    }


def test_figures_are_parsed_as_stated(make_corpus):
    records = Advisor.load(make_corpus({"data.md": ARTICLE})).pay()
    parsed = {(r.level, r.region, r.currency, r.low, r.high, r.open_ended) for r in records}
    assert parsed == {
        ("range", "UK", "GBP", 30_000, 70_000, False),
        ("average", "UK", "GBP", 52_500, None, False),
        ("junior", "UK", "GBP", 35_000, 45_000, False),
        ("junior", "US", "USD", 80_000, 100_000, False),
        ("figure", "UK", "GBP", 120_000, None, False),
        ("senior", "UK", "GBP", 95_000, None, True),
        ("senior", "US", "USD", 180_000, None, True),
    }
    assert {r.role for r in records} == {"data engineer"}


def test_a_sentence_without_a_figure_is_not_a_record(make_corpus):
    text = "---\ntitle: Pay\n---\n\nThe pay is among the highest in tech.\n"
    corpus = make_corpus({"a.md": text})
    assert Advisor.load(corpus).pay() == []


def test_newest_source_first(make_corpus):
    older = ARTICLE.replace("2026-01-10", "2020-01-01").replace("Careers in Data", "Old")
    advisor = Advisor.load(make_corpus({"new.md": ARTICLE, "old.md": older}))
    dates = [r.published.isoformat() for r in advisor.pay()]
    assert dates == sorted(dates, reverse=True)


def test_filters_read_like_questions(advisor):
    found = advisor.pay(role="ML engineers", level="entry level", region="England")
    assert [(r.level, r.region, r.figure) for r in found] == [("junior", "UK", "£40,000 – £60,000")]
    assert advisor.pay(role="data scientist") == []


def test_cli_pay_json_and_table(advisor):
    result = CliRunner().invoke(main, ["pay", "--json", "--region", "US"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert {d["figure"] for d in data} == {
        "$90,000 – $120,000",
        "$120,000 – $160,000",
        "$160,000 – $200,000+",
    }
    assert all(d["passage_id"] == ADRIA and d["currency"] == "USD" for d in data)
    table = CliRunner().invoke(main, ["pay", "--level", "senior"]).output
    assert "£90,000 – £130,000+" in table and "Adria Solutions, 2026-04-01" in table
    none = CliRunner().invoke(main, ["pay", "--role", "nurse"])
    assert none.exit_code == 0 and "No salary figures match" in none.output


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("what do juniors earn in the UK?", "£40,000 – £60,000"),
        ("I'm applying for a graduate role in England, what's the salary?", "£40,000 – £60,000"),
        ("what do seniors make in the states?", "$160,000 – $200,000+"),
        ("How much does an AI specialist earn?", "£28,000–£75,000"),
        # (a salary said without its currency, judged "good" or "a lowball")
        ("is 45k good for a junior ML engineer?", "£40,000 – £60,000"),
        ("got a junior MLE offer for 45k. is that a lowball?", "£40,000 – £60,000"),
        ("is 45k a good salary for an ML engineer?", "£40,000 – £60,000"),
        # ("mid-level" is a level, not part of a role without figures)
        ("Is £60k good for a mid-level ML engineer?", "£60,000 – £90,000"),
        ("what does an entry-level ML engineer earn?", "£40,000 – £60,000"),
        ("what does an entry level ML engineer earn?", "£40,000 – £60,000"),
    ],
)
def test_pay_questions_lead_with_the_matching_figure(advisor, question, figure):
    answer = advisor.ask(question)
    assert answer.answered and answer.topic == "pay" and "no salary figure" not in answer.answer
    assert figure in answer.answer.split("\n")[1]  # first line names the source
    assert figure in answer.citations[0].quote
    assert len(answer.answer) < 1000


def test_differing_sources_are_named_and_both_cited(advisor):
    answer = advisor.ask("what do juniors earn in the UK?")
    assert answer.answer.startswith("Adria Solutions (2026-04-01), machine learning engineer:")
    assert "$90,000" not in answer.answer  # the question pinned the UK
    assert "Sources differ" in answer.answer and "[1][2]" in answer.answer
    assert [c.id for c in answer.citations] == [ADRIA, SPECIALIST]


def test_unpinned_question_gets_the_small_table(advisor):
    answer = advisor.ask("How much do machine learning engineers earn?")
    for figure in ("£40,000 – £60,000", "$120,000 – $160,000", "£90,000 – £130,000+"):
        assert figure in answer.answer


def test_no_figure_for_a_place_is_said_plainly(advisor):
    answer = advisor.ask("What do ML engineers earn in Germany?")
    assert not answer.answered
    assert "no salary figure for Germany" in answer.answer
    assert "£" not in answer.answer


def test_no_figure_for_a_role_is_said_before_what_the_articles_say(advisor):
    answer = advisor.ask("what do data scientists earn?")
    assert answer.answer.startswith("The articles give no salary figure for data scientists")
    assert "£" not in answer.answer


def test_other_pay_questions_are_answered_from_quotes(advisor):
    answer = advisor.ask("which skills get you the highest salary?")
    assert "MLOps and cloud deployment skills" in answer.answer
    skills = advisor.ask("Which skills tend to get ML engineers the biggest pay packets?")
    assert "MLOps and cloud deployment skills" in skills.answer
    assert "Mid-level" not in skills.answer  # the skills, not the table of salaries
    named = advisor.ask("Which skills get ML engineers the biggest salaries?")  # a role named
    assert named.citations[0].quote.startswith("In our experience, candidates with strong MLOps")
    # ... and no salary figure is quoted when the question asks which thing pays
    acronym = advisor.ask("which skills actually get you the biggest salary as an MLE?")
    assert acronym.citations[0].quote.startswith("In our experience, candidates with strong MLOps")
    assert "£" not in acronym.answer
    # ... but a "why" said beside a question that pins a level still wants the figures
    aside = advisor.ask("my parents don't get why I'm switching. what do juniors earn in the UK?")
    assert "£40,000" in aside.answer
    # "a regular ML engineer" is the mid level, not a role without figures
    regular = advisor.ask("is a regular ML engineer paid more than a junior?")
    assert "no salary figure" not in regular.answer
    # ... while a principal or lead is a step above senior: no figure, not the senior band
    assert "no salary figure" in advisor.ask("what does a principal ML engineer earn?").answer
    # (and the verb of paying names no role: "no salary figure for pay ML engineers")
    big_tech = advisor.ask("do big tech companies pay ML engineers more?")
    assert "no salary figure" not in big_tech.answer
    spending = advisor.ask("How much money does it cost to start?")
    assert "£40,000" not in spending.answer
    rent = advisor.ask("can I do ml fully remote? I'd rather not keep paying london rent")
    assert "£" not in rent.answer  # rent is paid out, not earned
    covers = advisor.ask("what do junior ml engineers earn in london? can i cover rent on it")
    assert "£40,000" in covers.answer  # ... but this asks what is earned
    # what makes a junior stand out is made, not earned
    made = advisor.ask("Any entry-level openings? What makes someone stand out from the pile?")
    assert "£" not in made.answer
    # which abilities earn the most is a thing that pays, whatever level the asker is at
    built = advisor.ask("I'm a mid-level ML engineer. Which abilities should I build to earn most?")
    assert "MLOps and cloud deployment skills" in built.answer
    assert "no salary figure" not in built.answer  # (and the figures it has are for them)


@pytest.mark.parametrize(
    "question",
    [
        "Why are AI engineers paid so well?",
        "do regular software devs earn less than AI engineers?",
        # (the asker's city is not a comparison of places)
        "does ml pay better than being a backend dev? currently doing node at a fintech in london",
    ],
)
def test_why_and_how_it_compares_are_answered_in_words(advisor, question):
    answer = advisor.ask(question)  # quoted sentences, not the table of figures by source
    assert answer.answered and "machine learning engineer:\n- Junior" not in answer.answer


def test_places_compared_beside_the_question_still_compare_the_figures(advisor):
    answer = advisor.ask("UK vs US. where do ML engineers earn more?")
    assert "Junior, UK" in answer.answer and "Junior, US" in answer.answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("How much more do senior ML engineers earn than juniors in the UK?", "£90,000"),
        ("junior salary UK vs US?", "- Junior, US: $90,000"),  # pinned: figures compare them
        ("can you actually make six figures doing ML?", "- Senior, UK: £90,000"),  # an amount
    ],
)
def test_how_much_more_still_gets_the_figures(advisor, question, figure):
    assert figure in advisor.ask(question).answer


def test_a_figure_from_a_line_of_text_is_shown_as_its_source_says_it(advisor):
    answer = advisor.ask("what's the average salary for an AI specialist in the UK?")
    assert "- UK Average £45,000" in answer.answer  # the list item itself
    assert "£45,000" in answer.citations[0].quote
    table = advisor.ask("what does a junior ML engineer earn in the UK?")
    assert "- Junior, UK: £40,000 – £60,000" in table.answer  # a cell, with its row and column


def test_what_companies_pay_asks_for_the_figures(advisor):
    answer = advisor.ask("What do companies pay juniors in the UK?")
    assert "- Junior, UK: £40,000 – £60,000" in answer.answer


def test_no_figure_at_the_level_asked_is_never_an_empty_answer(advisor):
    answer = advisor.ask("What does the average company pay an ML engineer in the US?")
    assert answer.answer and (answer.citations or not answer.answered)


def test_an_amount_the_asker_tells_beside_the_question_is_theirs(advisor):
    # (it answered with the salary table)
    freelance = advisor.ask(
        "when should i go freelance as an ML person? currently on 60k at a scaleup in Norwich"
    )
    assert "£40,000" not in freelance.answer
    # ... but one the asking sentence points back at is asked about, and so is one told
    # beside a question about pay
    assert "£40,000" in advisor.ask("I'm on 55k. Is that good for a junior MLE?").answer
    worth = advisor.ask("is ML engineering pay worth the switch? I'm on 50k as a backend dev")
    assert "£40,000" in worth.answer
