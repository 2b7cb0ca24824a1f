"""bot/render.py: Discord's limits, boundaries for cuts, and text that cannot format or ping."""

from __future__ import annotations

import discord
import pytest

from advisor import Answer, Citation
from bot.render import (
    DESCRIPTION_LIMIT,
    EMBED_TOTAL_LIMIT,
    FIELD_VALUE_LIMIT,
    answer_embed,
    cut,
    lines_embed,
    plain,
)


def citation(n: int, *, title: str = "Title", section: str = "Section", url: str | None = None):
    return Citation(n=n, id=f"slug#section-{n}", title=title, publisher="Pub",
                    published="2026-01-01", section=section, quote="q", url=url, score=1.0)


def test_plain_escapes_markdown_but_keeps_bullets_and_markers():
    assert plain("- **Python** [1]") == "- \\*\\*Python\\*\\* [1]"
    assert plain("[phish](https://evil.example)") == "[phish]\\(https://evil.example)"
    assert plain("`code` ||spoiler|| ~~gone~~ > quote # h") == (
        "\\`code\\` \\|\\|spoiler\\|\\| \\~\\~gone\\~\\~ \\> quote \\# h"
    )
    assert plain("@everyone @here") == "@\u200beveryone @\u200bhere"


def test_cut_prefers_sentences_then_words_and_never_splits_an_escape():
    text = "One sentence here. Another one that runs on and on."
    assert cut(text, 100) == text
    assert cut(text, 30) == "One sentence here.…"
    assert cut(text, 40) == "One sentence here. Another one that…"  # too little in 1 sentence
    assert cut("word " * 20, 23) == "word word word word…"
    escaped = plain("a " + "*" * 50)
    assert not cut(escaped, 30).endswith("\\…")
    assert cut("x" * 50, 10) == "x" * 9 + "…"


@pytest.mark.parametrize("limit", range(5, 60))
def test_a_cut_of_escaped_text_leaves_no_markdown_open(limit):
    text = plain("Use **bold** and _italics_ and `code` with ~~strikes~~ and ||spoilers||.")
    result = cut(text, limit)
    assert len(result) <= limit
    unescaped = result.replace("\\*", "").replace("\\_", "").replace("\\`", "")
    unescaped = unescaped.replace("\\~", "").replace("\\|", "")
    assert not any(mark in unescaped for mark in "*_`~|")


def test_a_huge_answer_with_many_sources_fits_every_limit():
    answer = Answer(
        question="q" * 500,
        answered=True,
        topic="skills",
        answer="A long sentence of advice. " * 400,
        citations=[citation(n, title="T" * 400, section="S" * 2000) for n in range(1, 31)],
    )
    embed = answer_embed(answer)
    assert len(embed) <= EMBED_TOTAL_LIMIT
    assert len(embed.fields) == 25
    assert all(len(f.value or "") <= FIELD_VALUE_LIMIT for f in embed.fields)
    assert all(f.value.endswith(f"`slug#section-{n}`") for n, f in enumerate(embed.fields, 1))
    assert len(embed.title or "") <= 256


def test_a_long_answer_with_few_sources_uses_the_full_description():
    answer = Answer("q?", True, "skills", "Advice goes here. " * 400, [citation(1)])
    description = answer_embed(answer).description or ""
    assert DESCRIPTION_LIMIT - 20 <= len(description) <= DESCRIPTION_LIMIT
    assert description.endswith("here.…")


def test_only_web_addresses_become_links():
    safe = answer_embed(Answer("q", True, None, "a", [citation(1, url="https://ok.example/p")]))
    assert "[Read the article](https://ok.example/p)" in (safe.fields[0].value or "")
    odd = answer_embed(Answer("q", True, None, "a", [citation(1, url="javascript:alert(1)")]))
    assert "Read the article" not in (odd.fields[0].value or "")


def test_lines_embed_stops_at_whole_lines():
    embed = lines_embed("Gaps", (f"line {n} " + "x" * 90 for n in range(100)), "none")
    description = embed.description or ""
    assert len(description) <= DESCRIPTION_LIMIT
    assert description.endswith("see `advisor gaps` / `advisor faq list`")
    assert lines_embed("Gaps", [], "Nothing yet.").description == "Nothing yet."
    assert isinstance(embed, discord.Embed)
