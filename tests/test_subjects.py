"""What a question asks whether to learn, know or use."""

import pytest

from advisor.subjects import asked_things


@pytest.mark.parametrize(
    ("question", "things"),
    [
        ("is LangChain worth learning for ML jobs?", ["LangChain"]),
        ("do I need to learn web dev?", ["web dev"]),  # (two words, taken whole)
        ("should i learn german to work in ML?", ["german"]),
        ("do ML engineers use jira a lot?", ["jira"]),
        ("is it worth learning vim?", ["vim"]),
        ("how important is english for ml jobs?", ["english"]),
        ("is tableau useful?", ["tableau"]),
        # (how, what of one's own, or what the asker knows is no thing asked about)
        ("is learning online enough?", []),
        ("should I use my savings on a bootcamp?", []),
        ("I only know Excel. Which language should I pick up first?", []),
        ("which theory concepts should i know cold before interviewing?", []),  # ("which")
        ("or is that just recruiters using different words", []),
    ],
)
def test_what_a_question_asks_whether_to_learn_or_use(question: str, things: list[str]) -> None:
    assert asked_things(question) == things
