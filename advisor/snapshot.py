"""A loaded corpus and its index as plain data (a JSON document and NumPy arrays), and back.

This is what the on-disk cache stores: enough to answer without reading an article, parsing
YAML or analysing a passage again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from advisor.analysis import Analyzer
from advisor.articles import Article
from advisor.corpus import Corpus
from advisor.index import PassageIndex, Postings
from advisor.lexicon import LexiconData
from advisor.passages import Passage, Unit

POSTINGS = ("start", "docs", "counts", "lengths")  # the Postings fields stored as arrays
# ... and every article body and unit text, as one UTF-8 array: a large corpus's text then
# loads with one decode instead of parsing millions of JSON strings (the document keeps
# only each text's length).
ARRAYS = (*POSTINGS, "text")


def to_plain(corpus: Corpus, index: PassageIndex) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The corpus as a JSON-ready document and its texts and postings as arrays."""
    article_number = {id(article): n for n, article in enumerate(corpus.articles)}
    texts: list[str] = []

    def text(value: str) -> int:
        texts.append(value)
        return len(value)

    def passage_data(passage: Passage) -> list[Any]:
        units = [[text(u.text), u.kind, *([[list(c) for c in u.cells]] if u.cells else [])]
                 for u in passage.units]
        return [passage.id, article_number[id(passage.article)], passage.section, units]

    document = {
        "articles": [_article_data(article, text) for article in corpus.articles],
        "passages": [passage_data(p) for p in corpus.passages],
        "duplicates": [passage_data(p) for p in corpus.duplicates],
        "lexicon": dataclasses.asdict(corpus.lexicon),
        "terms": index.postings.terms,
        "stems": index.analyzer.stems,
    }
    arrays = {name: getattr(index.postings, name) for name in POSTINGS}
    arrays["text"] = np.frombuffer("".join(texts).encode(), dtype=np.uint8)
    return document, arrays


def from_plain(
    directory: Path, document: dict[str, Any], arrays: dict[str, np.ndarray]
) -> tuple[Corpus, PassageIndex]:
    """Rebuild the corpus and its index from `to_plain`'s output."""
    blob = arrays["text"].tobytes().decode()
    position = 0

    def text(length: int) -> str:  # the texts, in the order `to_plain` wrote them
        nonlocal position
        position += length
        return blob[position - length : position]

    articles = [_article(directory, data, text) for data in document["articles"]]

    def unit(length: int, kind: str, cells: list[list[str]] | None = None) -> Unit:
        value = text(length)
        return Unit(value, kind, tuple(map(tuple, cells))) if cells else Unit(value, kind)

    def passage(data: list[Any]) -> Passage:
        passage_id, article, section, units = data
        return Passage(passage_id, articles[article], section, tuple(unit(*u) for u in units))

    passages = [passage(data) for data in document["passages"]]
    corpus = Corpus(
        directory,
        articles,
        passages,
        [passage(data) for data in document["duplicates"]],
        LexiconData(**document["lexicon"]),
    )
    postings = Postings(terms=document["terms"], **{name: arrays[name] for name in POSTINGS})
    return corpus, PassageIndex(passages, Analyzer(document["stems"]), postings)


def _article_data(article: Article, text: Callable[[str], int]) -> dict[str, Any]:
    data = {field.name: getattr(article, field.name) for field in dataclasses.fields(article)}
    data["body"] = text(article.body)
    data["path"] = article.path.name
    data["published"] = article.published.isoformat() if article.published else None
    return data


def _article(directory: Path, data: dict[str, Any], text: Callable[[int], str]) -> Article:
    published = data["published"]
    return Article(
        **{
            **data,
            "body": text(data["body"]),
            "path": directory / "articles" / data["path"],
            "published": dt.date.fromisoformat(published) if published else None,
        }
    )
