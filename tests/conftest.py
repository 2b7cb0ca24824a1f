"""Shared fixtures: small corpora written to a temporary folder, an index cache folder
that is never the user's own, and the advisor over the bundled corpus, loaded once."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from advisor import Advisor
from advisor.cache import CACHE_ENV


@pytest.fixture(scope="session", autouse=True)
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every index cache of the test session goes to a temporary folder (session-wide, so
    that module-scoped fixtures loading an advisor use it too)."""
    folder = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(CACHE_ENV, str(folder))
        yield folder


@pytest.fixture(scope="session")
def advisor(cache_dir: Path) -> Advisor:
    """The advisor over the bundled corpus (its cache in the session's cache folder)."""
    return Advisor.load()


@pytest.fixture
def make_corpus(tmp_path: Path) -> Callable[..., Path]:
    """Write `{file name: text}` as DIR/articles/* and return DIR."""

    def make(files: dict[str, str | bytes]) -> Path:
        articles = tmp_path / "corpus" / "articles"
        articles.mkdir(parents=True, exist_ok=True)
        for name, content in files.items():
            path = articles / name
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return tmp_path / "corpus"

    return make
