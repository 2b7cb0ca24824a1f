"""advisor: career answers quoted and cited from a corpus of articles.

The public API is small on purpose::

    from advisor import Advisor
    advisor = Advisor.load()          # the bundled corpus, or Advisor.load("my-corpus")
    answer = advisor.ask("do I need a PhD?")
    answer.to_dict()
    advisor.pay(level="junior", region="UK")   # salary figures as records
"""

from __future__ import annotations

from pathlib import Path

from advisor.analysis import Analyzer
from advisor.answer import Answer, Citation
from advisor.corpus import Corpus, load_corpus
from advisor.errors import AdvisorError, CorpusError, QuestionError
from advisor.index import PassageIndex
from advisor.passages import Passage
from advisor.pay import PayRecord, filter_records
from advisor.respond import Responder

__all__ = [
    "Advisor",
    "AdvisorError",
    "Answer",
    "Citation",
    "CorpusError",
    "Passage",
    "PayRecord",
    "QuestionError",
]


class Advisor:
    """A loaded corpus with its index, ready to answer questions."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        index = PassageIndex.build(corpus.passages, Analyzer())
        self._responder = Responder(index, corpus.lexicon)

    @classmethod
    def load(cls, corpus_dir: Path | str | None = None) -> Advisor:
        """Load a corpus folder (default: the bundled corpus); raises CorpusError if broken."""
        return cls(load_corpus(corpus_dir))

    def ask(self, question: str) -> Answer:
        """Answer from the corpus or decline; raises QuestionError for empty/oversized input."""
        return self._responder.answer(question)

    def pay(
        self, role: str | None = None, level: str | None = None, region: str | None = None
    ) -> list[PayRecord]:
        """The corpus's salary figures, newest source first, optionally filtered the way a
        question is read ("ML engineer", "entry level", "England")."""
        responder = self._responder
        return filter_records(responder.pay_records, responder.pay_vocabulary, role, level, region)

    def passage(self, passage_id: str) -> Passage | None:
        """The full passage behind a citation id."""
        return self.corpus.passage(passage_id)
