"""A loaded corpus and its index as plain data (a JSON document and NumPy arrays), and back.

This is what the on-disk cache stores: enough to answer without reading an article, parsing
YAML or analysing a passage again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import numpy as np

from advisor.analysis import Analyzer
from advisor.articles import Article
from advisor.corpus import Corpus
from advisor.index import PassageIndex, Postings
from advisor.lexicon import LexiconData
from advisor.passages import Passage, Unit

ARRAYS = ("start", "docs", "counts", "lengths")  # the Postings fields stored as arrays


def to_plain(corpus: Corpus, index: PassageIndex) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The corpus as a JSON-ready document, the postings as arrays."""
    article_number = {id(article): n for n, article in enumerate(corpus.articles)}

    def passage_data(passage: Passage) -> list[Any]:
        units = [[u.text, u.kind, [list(cell) for cell in u.cells]] for u in passage.units]
        return [passage.id, article_number[id(passage.article)], passage.section, units]

    document = {
        "articles": [_article_data(article) for article in corpus.articles],
        "passages": [passage_data(p) for p in corpus.passages],
        "duplicates": [passage_data(p) for p in corpus.duplicates],
        "lexicon": dataclasses.asdict(corpus.lexicon),
        "terms": index.postings.terms,
        "stems": index.analyzer.stems,
    }
    return document, {name: getattr(index.postings, name) for name in ARRAYS}


def from_plain(
    directory: Path, document: dict[str, Any], arrays: dict[str, np.ndarray]
) -> tuple[Corpus, PassageIndex]:
    """Rebuild the corpus and its index from `to_plain`'s output."""
    articles = [_article(directory, data) for data in document["articles"]]

    def passage(data: list[Any]) -> Passage:
        passage_id, article, section, units = data
        return Passage(
            passage_id,
            articles[article],
            section,
            tuple(Unit(text, kind, tuple(map(tuple, cells))) for text, kind, cells in units),
        )

    passages = [passage(data) for data in document["passages"]]
    corpus = Corpus(
        directory,
        articles,
        passages,
        [passage(data) for data in document["duplicates"]],
        LexiconData(**document["lexicon"]),
    )
    postings = Postings(terms=document["terms"], **{name: arrays[name] for name in ARRAYS})
    return corpus, PassageIndex(passages, Analyzer(document["stems"]), postings)


def _article_data(article: Article) -> dict[str, Any]:
    data = {field.name: getattr(article, field.name) for field in dataclasses.fields(article)}
    data["path"] = article.path.name
    data["published"] = article.published.isoformat() if article.published else None
    return data


def _article(directory: Path, data: dict[str, Any]) -> Article:
    published = data["published"]
    return Article(
        **{
            **data,
            "path": directory / "articles" / data["path"],
            "published": dt.date.fromisoformat(published) if published else None,
        }
    )
