"""Answer quality on the bundled corpus, measured the way `advisor eval` measures it.

Issue 3's targets are answer pass >= 0.95 and top citation >= 0.85 on every set; the
floors below are where the advisor stands today, so a change that makes answers worse
fails CI. Raise them as quality improves; never lower them to make a change pass.
"""

from __future__ import annotations

import pytest

from advisor.evaluate import evaluate, load_questions

from support import REPO

FLOORS = {
    # file: (answer pass rate, top-citation pass rate)
    "public.yaml": (1.0, 0.95),
    "hard.yaml": (0.96, 0.94),
    "plain.yaml": (1.0, 0.97),
    "fresh.yaml": (0.84, 0.78),
    "mixed.yaml": (0.80, 0.73),
    "newcomer.yaml": (0.88, 0.82),
    "heldout.yaml": (1.0, 0.93),
    "heldout2.yaml": (0.81, 0.77),
    "heldout3.yaml": (0.86, 0.81),
    "heldout4.yaml": (0.92, 0.90),
    "heldout5.yaml": (0.88, 0.88),
    "heldout6.yaml": (0.84, 0.82),
    "heldout7.yaml": (0.88, 0.78),
    "heldout8.yaml": (0.75, 0.61),
    "plain3.yaml": (0.96, 0.86),
    "heldout9.yaml": (0.90, 0.85),
    "plain4.yaml": (0.88, 0.77),
    "plain5.yaml": (0.81, 0.79),
    "plain7.yaml": (0.90, 0.79),
    "heldout10.yaml": (0.85, 0.66),
    "heldout12.yaml": (0.71, 0.69),
    "plain12.yaml": (0.80, 0.69),
    "offtopic.yaml": (1.0, 1.0),  # declines only
    "lookalike.yaml": (1.0, 1.0),  # declines only
    "everyday.yaml": (1.0, 1.0),  # declines only
}
# Off-topic questions still answered, by set: each is a known failure (README, Answer
# quality); the gate fails if another one joins them.
ANSWERED_OFF_TOPIC = {
    "heldout8.yaml": {
        "should i pay for andrew ng's coursera specialisation or do fast.ai, which is better value",
    },
    "offtopic.yaml": {
        "What are the pros and cons of electric cars?",
    },
    "lookalike.yaml": {
        "I hate mondays, how do I fix that?",
        "what production company made Friends?",
    },
    "everyday.yaml": {  # an everyday subject in words the articles use (README)
        "how do I make money fast?",
        "how do I become a better runner?",
        "how do I get promoted at my retail job?",
        "how do I prepare for a job interview at a supermarket?",
        "is it worth doing a masters in history?",
        "which sectors of the economy grew last year?",
        "what qualities make a good friend?",
        "what personality types suit accountancy?",
        "which framework is best for my essay?",
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_quality_does_not_regress(advisor, name):
    report = evaluate(advisor.ask, load_questions(REPO / "tests" / "eval" / name))
    summary = report.summary()
    answer_floor, top_floor = FLOORS[name]
    assert summary["answer_pass_rate"] >= answer_floor
    assert summary["top_citation_pass_rate"] >= top_floor
    answered = {r.question.q for r in report.refusals if r.answer.answered}
    assert answered <= ANSWERED_OFF_TOPIC.get(name, set()), "answered off-topic"
    assert summary["median_answer_chars"] <= 600
    assert summary["max_answer_chars"] <= 1000


def test_hard_set_is_large_and_covers_every_topic():
    questions = load_questions(REPO / "tests" / "eval" / "hard.yaml")
    assert len([q for q in questions if not q.refuse]) >= 40
    assert {q.topic for q in questions} >= {
        "tasks", "skills", "pay", "myths", "progression", "comparison", "education",
        "market", "outlook", "refuse",
    }


@pytest.mark.parametrize(
    "question",
    [
        "What do nurses earn in the UK?",
        "How do I become a pilot?",
        "what's the weather like in Leeds tomorrow?",
        "asdf qwer zxcv",
        "Best recipe for lasagne?",
        "How do I get into Oxford?",  # "get into" means breaking in, but not into Oxford
        "What's the best way to learn guitar?",
        "What comes after Friday?",
        "What does a data entry clerk do?",  # "data" names that career, not this field
        "What skills do data analysts need?",  # a neighbour of this field, not it
        "how much does an ML bootcamp cost?",  # the articles give no price
        "I love my job. What do nurses earn?",  # the sentence that asks names the career
        "How many hours a week do ML engineers work?",  # "three hours per day" is no answer
        "How many days of holiday do ML engineers get per year?",
        "Can I get a UK skilled worker visa for an ML engineer job?",  # visas: not covered
        "How should I negotiate a higher salary offer for an ML job?",  # nor negotiating
        "anyone got a good sourdough starter recipe? mine keeps dying",  # no new starter
        "what title should I put on LinkedIn?",  # a title, not the job titles of a career
        "where do I start with learning guitar?",  # an everyday subject in career words
        "is the housing market hot right now?",
        "which laptop should I buy for machine learning?",  # a near miss the articles skip
        "How much notice should I give when I quit my job?",  # notice periods: not covered
        "should I give two weeks notice before starting an ML job?",
    ],
)
def test_off_topic_and_other_careers_are_declined(advisor, question):
    answer = advisor.ask(question)
    assert not answer.answered
    assert answer.citations == []
    assert "pay and salaries" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "I'm a nurse: which skills do I need to become a machine learning engineer?",
        "I'm a physics teacher, 35. Does my background help at all?",  # the asker's job
        "What kind of side project impresses hiring managers?",  # no career asked about
        "no doctorate = no chance of getting hired, right?",  # a doctorate is no doctor
        "how's the market for juniors right now?",  # nor the job market a marketer
        "are there junior roles out there or is the market cooked?",  # a verb, not a cook
        "are there junior roles, or is the market cooked and hiring frozen?",
        "I'm on a student visa. Can I do a bootcamp to become an ML engineer?",  # the asker's
        "what skills do ML engineers and data scientists share?",  # not "share options"
        "what tools do ML engineers use day to day, like an IDE, git and docker?",
        "What are the non-negotiables for an ML engineer?",  # no salary negotiated
        "can I negotiate working from home as an ML engineer?",
    ],
)
def test_a_career_named_but_not_asked_about_is_still_answered(advisor, question):
    assert advisor.ask(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "How do I stay up to date with AI research as an ML engineer?",  # no "dating"
        "Is a cats vs dogs image classifier a good portfolio project for a junior ML role?",
        "Is building a cat detector with computer vision a good first project?",
        "My girlfriend thinks I need a PhD to become an ML engineer, is she right?",
        "Can I afford rent in London on a junior ML engineer salary?",
        # ("Should I learn OpenAI Gym?" is declined: the articles never name it)
        "Does a reinforcement learning project built with OpenAI Gym make a good portfolio piece?",
        "Which GPU skills like CUDA do ML engineers need?",  # not which GPU to buy
    ],
)
def test_an_everyday_word_in_a_question_about_this_field_does_not_decline_it(advisor, question):
    assert advisor.ask(question).answered


def test_myth_is_quoted_with_its_verdict(advisor):
    answer = advisor.ask("Is it true you need a PhD for AI jobs?")
    assert '"You must have a PhD." False.' in answer.answer


def test_list_answers_stay_lists(advisor):
    answer = advisor.ask("What technical skills does a machine learning engineer need?")
    assert answer.answer.count("\n- ") >= 2


def test_a_mention_of_everyone_is_not_part_of_the_question(advisor):
    answer = advisor.ask("do I need a PhD? @everyone")
    assert answer.answered
    assert "PhD" in answer.citations[0].quote
