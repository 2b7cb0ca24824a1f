"""A loaded corpus: its articles and their de-duplicated passages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from advisor.articles import Article, bundled_corpus_dir, load_articles, read_articles
from advisor.errors import CorpusError
from advisor.lexicon import LexiconData, load_lexicon_data
from advisor.passages import Passage, normalised, split_passages


@dataclass(frozen=True)
class Corpus:
    """Everything retrieval needs from a corpus folder."""

    directory: Path
    articles: list[Article]
    passages: list[Passage]
    duplicates: list[Passage] = field(default_factory=list)
    lexicon: LexiconData = field(default_factory=LexiconData)

    def passage(self, passage_id: str) -> Passage | None:
        """The passage with this citation id, if any."""
        return next((p for p in self.passages if p.id == passage_id), None)


def corpus_directory(corpus_dir: Path | str | None = None) -> Path:
    """The corpus folder to use: the one given, else the bundled corpus."""
    return Path(corpus_dir) if corpus_dir is not None else bundled_corpus_dir()


def lexicon_path(directory: Path) -> Path:
    """Where a corpus keeps its lexicon (optional)."""
    return directory / "lexicon.yaml"


def load_corpus(corpus_dir: Path | str | None = None) -> Corpus:
    """Load and validate a corpus folder (default: the bundled one).

    A passage whose normalised text was already seen is left out of the index (and listed
    in `duplicates`), so no answer can cite the same words twice.
    """
    directory = corpus_directory(corpus_dir)
    articles = load_articles(directory)
    passages: list[Passage] = []
    duplicates: list[Passage] = []
    seen: set[str] = set()
    for article in articles:
        for passage in split_passages(article):
            key = normalised(passage.text)
            if key in seen:
                duplicates.append(passage)
            else:
                seen.add(key)
                passages.append(passage)
    lexicon = load_lexicon_data(lexicon_path(directory))
    return Corpus(directory, articles, passages, duplicates, lexicon)


def check_corpus(corpus_dir: Path | str | None = None) -> list[CorpusError]:
    """Every problem of a corpus folder (articles and lexicon), without indexing anything:
    a volunteer fixes them all in one go instead of one per run."""
    directory = corpus_directory(corpus_dir)
    problems = read_articles(directory)[1]
    try:
        load_lexicon_data(lexicon_path(directory))
    except CorpusError as exc:
        problems.append(exc)
    return problems
