"""What a question asks whether to learn, know or use."""

import pytest

from advisor.subjects import asked_things


@pytest.mark.parametrize(
    ("question", "things"),
    [
        ("is LangChain worth learning for ML jobs?", ["LangChain"]),
        ("do I need to learn web dev?", ["web dev"]),  # (two words, taken whole)
        ("should i learn german to work in ML?", ["german"]),
        ("do ML engineers use Terraform a lot?", ["Terraform"]),
        ("is it worth learning Haskell?", ["Haskell"]),
        ("should i learn amazon web services", ["amazon web services"]),  # (up to three words)
        ("how important is english for ml jobs?", ["english"]),
        ("is tableau useful?", ["tableau"]),
        # (how, what of one's own, or what the asker knows is no thing asked about)
        ("is learning online enough?", []),
        ("should I use my savings on a bootcamp?", []),
        ("I only know Excel. Which language should I pick up first?", []),
        ("which theory concepts should i know cold before interviewing?", []),  # ("which")
        ("or is that just recruiters using different words", []),
        ("is it worth learning from books?", []),
        # (one of two asked between may be one the articles name; a short word is most often
        # an abbreviation of one: "tf", "rl", "calc")
        ("should i learn tf or pytorch", []),
        ("is polars worth learning over pandas", []),
        ("should i learn rl first?", []),
    ],
)
def test_what_a_question_asks_whether_to_learn_or_use(question: str, things: list[str]) -> None:
    assert asked_things(question) == things
