"""Which questions ask about a named organisation, and which only name one as context."""

import pytest

from advisor.organisations import Organisations

NAMES = Organisations(["google", "meta", "amazon", "microsoft", "openai", "anthropic", "oxford"])


@pytest.mark.parametrize(
    "question",
    [
        "is anthropic currently hiring junior machine learning engineers?",
        "what's the amazon ml interview like?",
        "is it better to work at a startup or at google?",
        "google vs a startup, which is better for an ml career?",  # (no clause tells)
        "at google, how much do ml engineers earn?",
        "did google lay off its ml team?",  # (an auxiliary before the name asks of it)
        "thinking of applying to anthropic, are they hiring juniors?",  # (points back)
        "is oxford's ai masters worth it?",
        "is a masters from a top uni (oxford) worth it for ml?",  # (a name in brackets)
        "is (anthropic) hiring juniors?",
        "does the university of edinburgh msc in ai accept a 2:2?",  # (any named by place)
        "is a university of bath degree respected for ml?",
        "are the universities of glasgow and aberdeen good for ml?",
        "is delft university of technology good for an ml masters?",
    ],
)
def test_a_question_about_an_organisation_is_found(question: str) -> None:
    assert NAMES.asked_about(question)


@pytest.mark.parametrize(
    "question",
    [
        "i have a google interview next week, what skills matter most for mles?",
        "have a google interview next week, what skills should i brush up on?",  # (no "I")
        "did my degree at oxford, do i need a phd for ml jobs?",
        "leaving amazon to go freelance, what are the challenges of freelancing?",
        "joined meta last year, what does career progression look like?",
        "is it worth moving into ml? i'm a data engineer at google",  # (a sentence that tells)
        "my friend at meta says ml is all research, is the job really that glamorous?",
        "do companies like google require a phd?",  # (an example)
        "studied at the university of leeds, do i need a masters for ml?",
        "is a degree from a university of your choice enough for ml?",
        "do i need to go to a university of some kind to get into ml?",
        "does a degree from a university of technology count for ml jobs?",
        "ml engineer vs data scientist, which pays more at big tech e.g. google?",
        "should i learn aws or google cloud?",  # (a product)
        "will openai's models replace ml engineers?",
        "cant you just call the openai api and be done?",  # (a tool)
        "should i learn azure from microsoft or aws for mlops?",  # (a tool's maker)
        "is pytorch (by meta) better to learn than tensorflow?",
        "is it worth learning azure ml (microsoft) for mlops?",
        "aws or azure or google, which cloud do i need?",
        "is meta-learning worth studying?",  # (a word, not the name)
        "do ml engineers google things all day?",
        "is it a bit meta to use ml to pick ml jobs?",
    ],
)
def test_an_organisation_named_only_as_context_is_not_asked_about(question: str) -> None:
    assert not NAMES.asked_about(question)


def test_no_names_finds_nothing() -> None:
    assert not Organisations([]).asked_about("is anthropic hiring?")
