"""Any text a stranger can type gets an answer, a clear decline or a clear "too long": never
an exception, never an answer that breaks its own contract."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings

from advisor import QuestionError
from advisor.respond import MAX_QUESTION_CHARS

from strategies import QUESTIONS


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question=QUESTIONS)
def test_any_question_is_answered_declined_or_refused_clearly(advisor, question):
    try:
        answer = advisor.ask(question)
    except QuestionError as exc:
        assert str(exc)
        assert not question.strip() or len(" ".join(question.split())) > MAX_QUESTION_CHARS
        return
    assert len(answer.answer) <= 1000
    assert answer.answered == bool(answer.citations)
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    json.dumps(answer.to_dict(), ensure_ascii=False)



def test_every_lexicon_phrase_asked_as_written_or_hyphenated(advisor):
    """The lexicon's phrases are what people type; each, spaced or hyphenated ("in-demand",
    "burn-out"), gets an answer or a decline."""
    from advisor.lexicon import load_lexicon_data

    data = load_lexicon_data(advisor.corpus.directory / "lexicon.yaml")
    phrases = {p for group in data.synonyms for p in group}
    for phrase in sorted(phrases):
        for said in (phrase, phrase.replace(" ", "-")):
            answer = advisor.ask(f"what about {said}?")
            assert answer.answered == bool(answer.citations), said
