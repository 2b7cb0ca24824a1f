"""Shared fixtures: small corpora written to a temporary folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest


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
