"""Composition: which quoted units make the answer, and what must travel together."""

from __future__ import annotations

from advisor import Advisor
from advisor.compose import ScoredUnit, choose_units, compose
from advisor.index import Hit

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


def test_a_lone_list_item_gets_its_own_line(make_corpus):
    advisor = Advisor.load(make_corpus({"education.md": ARTICLE + "\n## Tips\n\n- Learn SQL\n"}))
    education, _tools, tips = advisor.corpus.passages
    chosen = [
        ScoredUnit(0, 0, Hit(education, 1.0), education.units[0], 1.0),
        ScoredUnit(1, 0, Hit(tips, 0.5), tips.units[0], 0.9),
    ]
    answer = compose("q", None, chosen)
    assert answer.answer.endswith("masters degree. [1]\n- Learn SQL [2]")


HANDOFF = """---
title: What an MLE does
---

## With data scientists

Data scientists often hand off a model that works in a notebook. The engineer turns it into
production code that handles real traffic. Pipelines come next.
"""


def test_a_sentence_that_restates_the_question_is_quoted_with_the_one_after_it(make_corpus):
    advisor = Advisor.load(make_corpus({"handoff.md": HANDOFF}))
    answer = advisor.ask("what happens when data scientists hand off a model in a notebook?")
    assert "hand off a model that works in a notebook. The engineer turns it" in answer.answer


PORTFOLIO = """---
title: Getting hired
---

## The market

Junior roles exist. What gets candidates noticed is the portfolio project. A notebook is
table stakes. A deployed model behind an API tells a different story. Pay is fair.
"""


def test_what_kind_of_thing_is_told_by_the_sentences_after_the_one_naming_it(make_corpus):
    advisor = Advisor.load(make_corpus({"market.md": PORTFOLIO}))
    answer = advisor.ask("what kind of portfolio project gets candidates noticed?")
    assert "A deployed model behind an API tells a different story." in answer.answer
    assert "Pay is fair" not in answer.answer
    plain = advisor.ask("does a portfolio project get candidates noticed?")
    assert "A deployed model" not in plain.answer


def test_a_sentence_that_turns_another_around_is_quoted_after_it(make_corpus):
    advisor = Advisor.load(make_corpus({"education.md": ARTICLE}))
    answer = advisor.ask("can self-taught engineers with real projects break in?")
    assert "often a masters degree. But self-taught engineers" in answer.answer


LESSONS = """---
title: Lessons
---

## What engineers wish they had known

A few lessons worth hearing before you start:

> Deployment is the hard part, and the notebook is only the beginning.
"""


def test_a_line_that_introduces_a_quote_is_never_quoted_without_it(make_corpus):
    advisor = Advisor.load(make_corpus({"lessons.md": LESSONS}))
    answer = advisor.ask("what lessons are worth hearing before you start?")
    assert answer.answer.startswith("A few lessons worth hearing before you start:")
    assert "Deployment is the hard part" in answer.answer


QUESTION_HEADING = """---
title: Routes in
---

## Is a bootcamp a realistic route in?

For a lot of people, yes. Self-study takes more discipline.

## Paying for it

A bootcamp is a realistic route in only when you can afford the fees.
"""


def test_the_first_sentence_under_a_question_heading_answers_it(make_corpus):
    advisor = Advisor.load(make_corpus({"routes.md": QUESTION_HEADING}))
    answer = advisor.ask("is a bootcamp a realistic route in?")
    assert answer.answer.startswith("For a lot of people, yes.")


def scored(passage, scores: list[float]) -> list[ScoredUnit]:
    return [
        ScoredUnit(0, n, Hit(passage, 1.0), unit, score)
        for n, (unit, score) in enumerate(zip(passage.units, scores, strict=True))
    ]


TASKS = """---
title: Tasks
---

## Week

These are the three main tasks that an engineer does every single week:

- Build models
- Ship models
- Watch models

## Other

Python is used everywhere by everyone in machine learning teams today.
"""


def test_a_long_intro_line_brings_its_whole_list(make_corpus):
    advisor = Advisor.load(make_corpus({"tasks.md": TASKS}))
    week, other = advisor.corpus.passages
    units = [*scored(other, [1.0]), *scored(week, [0.95, 0.1, 0.1, 0.1])]
    units[1:] = [ScoredUnit(1, s.position, s.hit, s.unit, s.score) for s in units[1:]]
    answer = compose("q", None, choose_units(units))
    assert "every single week:\n- Build models\n- Ship models\n- Watch models [2]" in answer.answer


SIGNPOST_INTRO = """---
title: Guide
---

## Tools

In this guide we cover the tools:

- Python
- SQL
"""


def test_a_list_whose_intro_is_never_quoted_is_still_quoted(make_corpus):
    advisor = Advisor.load(make_corpus({"guide.md": SIGNPOST_INTRO}))
    answer = advisor.ask("which tools, python or sql?")
    assert "- Python\n- SQL" in answer.answer and "this guide" not in answer.answer


OVERLAP = """---
title: Roles
---

## Data scientist or engineer

Data scientists explore data. In practice, there is some overlap. However, machine learning
engineers are more focused on production systems. Pay is similar.
"""


def test_a_turn_turned_around_again_is_quoted_to_its_end(make_corpus):
    advisor = Advisor.load(make_corpus({"roles.md": OVERLAP}))
    answer = advisor.ask("do data scientists explore data?")
    assert "some overlap. However, machine learning engineers" in answer.answer


OUTLOOK = """---
title: Outlook
---

## Future

This is the field building the future of every single industry today.

## Trends

- The most in-demand field in technology
- AI tools help AI engineers too, but they raise the bar for everyone
- Applied and MLOps roles are growing fastest and are the most accessible
"""


def test_a_short_item_of_a_list_already_quoted_in_part_is_quoted_too(make_corpus):
    # (the short item reads only within its list, of which one item is already quoted: the
    # rest of the list is quoted, not the item left out)
    advisor = Advisor.load(make_corpus({"outlook.md": OUTLOOK}))
    future, trends = advisor.corpus.passages
    units = [*scored(future, [1.0]), *scored(trends, [0.9, 0.95, 0.1])]
    answer = compose("q", None, choose_units(units))
    assert "- The most in-demand field in technology" in answer.answer
    assert "- AI tools help AI engineers too" in answer.answer


def test_a_second_sentence_scoring_near_the_best_is_quoted_too_but_not_a_list(make_corpus):
    # (three quarters of the best is near enough for a sentence: the best is often only a
    # little better; a list, longer and read without its heading, must come nearer)
    advisor = Advisor.load(make_corpus({"outlook.md": OUTLOOK, "education.md": ARTICLE}))
    education, _tools, future, trends = advisor.corpus.passages
    units = [*scored(future, [1.0]), *scored(education, [0.78, 0.1, 0.1])]
    answer = compose("q", None, choose_units(units))
    assert answer.answer.startswith("This is the field building the future")
    assert "A degree is common" in answer.answer
    units = [*scored(future, [1.0]), *scored(trends, [0.1, 0.78, 0.1])]
    assert "AI tools help" not in compose("q", None, choose_units(units)).answer


def test_a_list_too_long_for_the_room_left_is_cut_without_gaps(make_corpus):
    long_sentence = "This is the field building the future of every single industry " * 7
    article = OUTLOOK.replace(
        "This is the field building the future of every single industry today.",
        long_sentence.strip() + ".",
    ).replace("- AI tools help AI engineers too, but they raise the bar for everyone",
              "- AI tools help AI engineers too, but they raise the bar for everyone who "
              "builds, ships and watches models in production every day of the week"
    ).replace("- Applied and MLOps roles are growing fastest and are the most accessible",
              "- Ethics matters more")
    advisor = Advisor.load(make_corpus({"outlook.md": article}))
    future, trends = advisor.corpus.passages
    # (the item's list does not fit the room left up to the item itself: the item is
    # quoted alone, not with the list's first item and a gap)
    units = [*scored(future, [1.0]), *scored(trends, [0.1, 0.1, 0.9])]
    answer = compose("q", None, choose_units(units)).answer
    assert "- Ethics matters more" in answer and "most in-demand" not in answer


LEAD = """---
title: Outlook
---

## Future outlook

This is the field building the future. Demand for its engineers is exploding faster than the
talent pool can grow, and the tools change every week.
"""


def test_a_short_best_sentence_is_quoted_with_the_one_after_it_when_that_scores_near(
    make_corpus,
):
    # (a sentence this short seldom says all it means: the one after it says it)
    # and it comes first, before other pieces scoring higher than it fill the answer
    advisor = Advisor.load(make_corpus({"outlook.md": LEAD, "education.md": ARTICLE}))
    education, _tools, future = advisor.corpus.passages
    others = scored(education, [0.9, 0.1, 0.8])
    answer = compose("q", None, choose_units([*scored(future, [1.0, 0.72]), *others])).answer
    assert answer.startswith("This is the field building the future. Demand for its engineers")
    alone = compose("q", None, choose_units([*scored(future, [1.0, 0.5]), *others])).answer
    assert "Demand" not in alone


MYTHS = """---
title: Myths
---

## Myths

"It's all research." False. Most of the job is data wrangling. Failed experiments outnumber
breakthroughs.

"AI will automate engineers away." False. Someone has to build and deploy these systems.
"""


def test_the_next_myth_does_not_read_on_from_the_one_before(make_corpus):
    advisor = Advisor.load(make_corpus({"myths.md": MYTHS}))
    (myths,) = advisor.corpus.passages
    answer = compose("q", None, choose_units(scored(myths, [0.5, 1.0, 0.72]))).answer
    assert answer.startswith("Failed experiments outnumber") and "automate" not in answer
