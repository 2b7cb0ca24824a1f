"""The on-disk index cache: hit, rebuild on change, broken files, atomic plain-data writes."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from advisor import Advisor, snapshot
from advisor.analysis import Analyzer
from advisor.cache import CacheWarning, CorpusCache, default_cache_dir, settings

from support import SALARY_ARTICLE

QUESTION = "What does a junior machine learning engineer earn in the UK?"


@pytest.fixture
def corpus(make_corpus: Callable[..., Path]) -> Path:
    directory = make_corpus({"salary.md": SALARY_ARTICLE})
    (directory / "lexicon.yaml").write_text("synonyms:\n  - [pay, salary]\n", encoding="utf-8")
    return directory


@pytest.fixture
def count_analysis(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the analyzer analyses, to prove a cache hit analyses no passage."""
    seen: list[str] = []
    original = Analyzer.terms

    def terms(self: Analyzer, text: str) -> list[str]:
        seen.append(text)
        return original(self, text)

    monkeypatch.setattr(Analyzer, "terms", terms)
    return seen


def test_second_load_is_a_hit_with_the_same_answers(corpus, tmp_path, count_analysis):
    first = Advisor.load(corpus, tmp_path / "cache")
    files = list((tmp_path / "cache").iterdir())
    assert [f.suffix for f in files] == [".index"]
    built = len(count_analysis)
    count_analysis.clear()
    second = Advisor.load(corpus, tmp_path / "cache")
    passage_texts = {p.index_text for p in second.corpus.passages}
    assert not passage_texts & set(count_analysis)  # no passage analysed again
    assert len(count_analysis) < built
    assert second.ask(QUESTION).to_dict() == first.ask(QUESTION).to_dict()
    assert second.corpus.articles[0].published == first.corpus.articles[0].published
    assert [p.units for p in second.corpus.passages] == [p.units for p in first.corpus.passages]


def test_editing_an_article_or_the_lexicon_rebuilds(corpus, tmp_path):
    cache = CorpusCache(corpus, tmp_path)
    cache.save(cache.analyse())
    assert CorpusCache(corpus, tmp_path).load() is not None
    article = corpus / "articles" / "salary.md"
    article.write_text(SALARY_ARTICLE.replace("£40,000", "£45,000"), encoding="utf-8")
    assert CorpusCache(corpus, tmp_path).load() is None
    advisor = Advisor.load(corpus, tmp_path)
    assert "£45,000" in advisor.ask(QUESTION).answer
    assert CorpusCache(corpus, tmp_path).load() is not None
    (corpus / "lexicon.yaml").write_text("synonyms:\n  - [pay, wage]\n", encoding="utf-8")
    assert CorpusCache(corpus, tmp_path).load() is None


def test_a_new_article_rebuilds(corpus, tmp_path):
    Advisor.load(corpus, tmp_path)
    (corpus / "articles" / "copy.md").write_text(SALARY_ARTICLE, encoding="utf-8")
    assert CorpusCache(corpus, tmp_path).load() is None


def test_key_follows_the_analyzer_settings(monkeypatch):
    before = settings()
    monkeypatch.setattr("advisor.analysis.STOPWORDS", frozenset({"the"}))
    assert settings()["analyzer"] != before["analyzer"]
    monkeypatch.setattr("advisor.analysis.STEMMER", "porter")
    assert settings()["stemmer"] != before["stemmer"]


@pytest.mark.parametrize(
    "content",
    [b"", b"not numpy at all", b"\x93NUMPY\x01\x00garbage", b"\x80\x04\x95pickle"],
    ids=["empty", "text", "truncated", "pickle"],
)
def test_corrupt_file_is_ignored_with_a_warning_and_rebuilt(corpus, tmp_path, content):
    cache = CorpusCache(corpus, tmp_path)
    cache.path.parent.mkdir(parents=True, exist_ok=True)
    cache.path.write_bytes(content)
    with pytest.warns(CacheWarning, match="ignoring the index cache"):
        advisor = Advisor.load(corpus, tmp_path)
    assert advisor.ask(QUESTION).answered
    assert CorpusCache(corpus, tmp_path).load() is not None  # rebuilt


def test_foreign_file_warns_and_other_version_is_rebuilt(corpus, tmp_path, recwarn):
    cache = CorpusCache(corpus, tmp_path)
    cache.save(cache.analyse())
    with cache.path.open("wb") as out:
        np.save(out, np.frombuffer(json.dumps({"format": "other"}).encode(), dtype=np.uint8))
    with pytest.warns(CacheWarning, match="not an advisor index"):
        assert cache.load() is None
    header = {"format": "advisor-index", "version": -1, "key": cache.key}
    with cache.path.open("wb") as out:
        np.save(out, np.frombuffer(json.dumps(header).encode(), dtype=np.uint8))
    assert cache.load() is None and not recwarn.list  # out of date: rebuilt quietly


def test_written_atomically_as_plain_data(corpus, tmp_path, monkeypatch):
    cache = CorpusCache(corpus, tmp_path)
    renames: list[tuple[str, str]] = []
    real_replace = os.replace
    monkeypatch.setattr(os, "replace", lambda a, b: (renames.append((a, b)), real_replace(a, b)))
    cache.save(cache.analyse())
    ((temporary, final),) = renames
    assert Path(final) == cache.path and Path(temporary).parent == cache.path.parent
    assert not Path(temporary).exists()
    with cache.path.open("rb") as stream:  # every record loads without pickle
        records = [np.load(stream, allow_pickle=False) for _ in range(2 + len(snapshot.ARRAYS))]
        assert stream.read() == b""
    assert all(record.dtype != object for record in records)


def test_failed_write_leaves_no_file(corpus, tmp_path, monkeypatch):
    cache = CorpusCache(corpus, tmp_path / "cache")
    monkeypatch.setattr(os, "replace", lambda a, b: (_ for _ in ()).throw(OSError(28, "full")))
    with pytest.warns(CacheWarning, match="cannot write"):
        assert cache.save(cache.analyse()) is None
    assert list((tmp_path / "cache").iterdir()) == []


def test_unwritable_cache_folder_still_answers(corpus, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    with pytest.warns(CacheWarning, match="cannot write the index cache") as caught:
        advisor = Advisor.load(corpus, blocker / "cache")
    assert len(caught) == 1
    assert advisor.ask(QUESTION).answered


def test_default_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("ADVISOR_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_dir() == tmp_path / "advisor"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_cache_dir() == Path.home() / ".cache" / "advisor"
    monkeypatch.setenv("ADVISOR_CACHE_DIR", str(tmp_path / "mine"))
    assert default_cache_dir() == tmp_path / "mine"


def test_a_loaded_snapshot_is_the_corpus_it_saved(make_corpus, tmp_path):
    table = "## Pay\n\n| Level | UK |\n|---|---|\n| Junior | £40,000 |\n\n> Quoted.\n> — Someone\n"
    corpus_dir = make_corpus({"pay.md": SALARY_ARTICLE, "copy.md": SALARY_ARTICLE + table})
    cache = CorpusCache(corpus_dir, tmp_path)
    built = cache.analyse()
    cache.save(built)
    loaded = cache.load()
    assert loaded is not None
    for name in ("passages", "duplicates"):
        before, after = getattr(built.corpus, name), getattr(loaded.corpus, name)
        assert [(p.id, p.section, p.units, p.article.title) for p in before] == [
            (p.id, p.section, p.units, p.article.title) for p in after
        ]
    assert built.corpus.duplicates and any(u.cells for p in loaded.corpus.passages for u in p.units)
    assert loaded.corpus.articles == built.corpus.articles
