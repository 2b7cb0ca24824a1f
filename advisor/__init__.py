"""advisor: career answers quoted and cited from a corpus of articles.

The public API is small on purpose::

    from advisor import Advisor
    advisor = Advisor.load()          # the bundled corpus, or Advisor.load("my-corpus")
    answer = advisor.ask("do I need a PhD?")
    answer.to_dict()
    advisor.pay(level="junior", region="UK")   # salary figures as records
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from advisor.analysis import Analyzer
from advisor.answer import Answer, Citation
from advisor.cache import CorpusCache
from advisor.corpus import Corpus
from advisor.errors import AdvisorError, CorpusError, QuestionError
from advisor.index import PassageIndex
from advisor.passages import Passage
from advisor.pay import PayRecord, filter_records
from advisor.respond import Responder

__version__ = "0.1.0"  # pyproject.toml reads it; the index cache is keyed on it

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

    def __init__(self, corpus: Corpus, index: PassageIndex | None = None) -> None:
        self.corpus = corpus
        index = index or PassageIndex.build(corpus.passages, Analyzer())
        self._responder = Responder(index, corpus.lexicon)

    @classmethod
    def load(
        cls, corpus_dir: Path | str | None = None, cache_dir: Path | str | None = None
    ) -> Advisor:
        """Load a corpus folder (default: the bundled corpus); raises CorpusError if broken.

        The analysed corpus is cached in `cache_dir` (default: the user's cache folder, see
        `advisor.cache`) and rebuilt when any of its files changes.
        """
        cache = CorpusCache(corpus_dir, cache_dir)
        snapshot = cache.load()
        if snapshot is None:
            return cls.build(cache)[0]
        return cls(snapshot.corpus, snapshot.index)

    @classmethod
    def build(
        cls,
        cache: CorpusCache,
        corpus: Corpus | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> tuple[Advisor, Path | None]:
        """Analyse the corpus (`corpus`, or read from the cache's folder) and save it; the
        advisor and the cache file (None when it could not be written). `progress(n)`
        reports passages analysed."""
        snapshot = cache.analyse(corpus, progress)
        advisor = cls(snapshot.corpus, snapshot.index)
        advisor._responder.read_headings()
        # Saved once the advisor is ready, so the stems and short texts its lexicon, topics
        # and headings needed are saved too: a fresh process then rarely analyses a word
        # again (or imports the stemmer).
        return advisor, cache.save(snapshot)

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
