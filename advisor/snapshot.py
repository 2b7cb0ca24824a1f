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
# Every article body, passage id and unit text goes into one UTF-8 array, and the shape of
# the passages (units per passage, each unit's kind and length) into integer arrays: a large
# corpus then loads with one decode and a few array reads, not millions of JSON values.
PASSAGE_ARRAYS = ("units", "unit_kinds", "unit_lengths")
ARRAYS = (*POSTINGS, *PASSAGE_ARRAYS, "text")
KINDS = ("sentence", "item", "row", "quote")


def to_plain(corpus: Corpus, index: PassageIndex) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The corpus as a JSON-ready document and its texts, passages and postings as arrays."""
    article_number = {id(article): n for n, article in enumerate(corpus.articles)}
    texts: list[str] = []

    def text(value: str) -> int:
        texts.append(value)
        return len(value)

    articles = [_article_data(article, text) for article in corpus.articles]
    every = [*corpus.passages, *corpus.duplicates]
    sections = list(dict.fromkeys(p.section for p in every))
    section_number = {section: n for n, section in enumerate(sections)}
    units = [u for p in every for u in p.units]
    document = {
        "articles": articles,
        "passages": [
            [text(p.id), article_number[id(p.article)], section_number[p.section]] for p in every
        ],
        "duplicates": len(corpus.duplicates),
        "sections": sections,
        "cells": {n: [list(c) for c in u.cells] for n, u in enumerate(units) if u.cells},
        "lexicon": dataclasses.asdict(corpus.lexicon),
        "terms": index.postings.terms,
        "stems": index.analyzer.stems,
        "phrases": index.analyzer.phrases,
    }
    arrays = {name: getattr(index.postings, name) for name in POSTINGS}
    arrays["units"] = np.array([len(p.units) for p in every], dtype=np.int32)
    arrays["unit_kinds"] = np.array([KINDS.index(u.kind) for u in units], dtype=np.uint8)
    arrays["unit_lengths"] = np.array([text(u.text) for u in units], dtype=np.int32)
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
    ids = [text(length) for length, _article_n, _section in document["passages"]]
    lengths = arrays["unit_lengths"].astype(np.int64)
    ends = (position + np.cumsum(lengths)).tolist()
    texts = [blob[end - length : end] for end, length in zip(ends, lengths.tolist(), strict=True)]
    kinds = [KINDS[k] for k in arrays["unit_kinds"].tolist()]
    units = [Unit(value, kind) for value, kind in zip(texts, kinds, strict=True)]
    for n, value in document["cells"].items():
        units[int(n)] = units[int(n)]._replace(cells=tuple(map(tuple, value)))
    sections = document["sections"]
    every, first = [], 0
    for passage_id, (_length, article, section), count in zip(
        ids, document["passages"], arrays["units"].tolist(), strict=True
    ):
        every.append(
            Passage(
                passage_id,
                articles[article],
                sections[section],
                tuple(units[first : first + count]),
            )
        )
        first += count
    split = len(every) - document["duplicates"]
    passages = every[:split]
    corpus = Corpus(
        directory, articles, passages, every[split:], LexiconData(**document["lexicon"])
    )
    postings = Postings(terms=document["terms"], **{name: arrays[name] for name in POSTINGS})
    analyzer = Analyzer(document["stems"], document["phrases"])
    return corpus, PassageIndex(passages, analyzer, postings)


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
