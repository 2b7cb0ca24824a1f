"""Anything typed into /ask, through the real command tree: one response, never an error, a
ping, live Markdown from the question, or a message Discord would reject."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor import Advisor, Answer
from advisor.store import Store
from bot.config import Settings
from bot.services import Services

from harness import (
    GUILD_ID,
    LIVE_MENTION,
    MEMBER_ID,
    MODERATOR_ID,
    Harness,
    Sent,
    assert_within_discord_limits,
    live_markdown,
)
from strategies import QUESTIONS

REFUSALS = ("the question is empty", "the question is too long")


@pytest.fixture(scope="module")
def hostile_services(advisor: Advisor, tmp_path_factory: pytest.TempPathFactory) -> Services:
    """One store for every example (hypothesis runs a test many times within one call)."""
    path = Path(tmp_path_factory.mktemp("hostile")) / "bot.db"
    return Services(advisor, Store.open(path), Settings(database=path, cooldown_seconds=0))


async def ask(services: Services, question: str, private: bool) -> list[Sent]:
    async with Harness.start(services) as bot:
        return await bot.slash("ask", question=question, private=private)


def visible_text(sent: Sent) -> list[str]:
    texts = [sent.data.get("content") or ""]
    for embed in sent.data.get("embeds", []):
        texts += [embed.get("title", ""), embed.get("description", ""),
                  embed.get("footer", {}).get("text", "")]
        texts += [part for field in embed.get("fields", []) for part in field.values()
                  if isinstance(part, str)]
    return texts


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(question=QUESTIONS, private=st.booleans())
def test_any_question_gets_one_clean_response(hostile_services, question: str, private: bool):
    [sent] = asyncio.run(ask(hostile_services, question, private))
    data = sent.data
    assert data["allowed_mentions"] == {"parse": []}
    assert_within_discord_limits(data)
    json.dumps(sent.payload, ensure_ascii=False).encode("utf-8")  # no lone surrogate is sent
    assert not any(LIVE_MENTION.search(text) for text in visible_text(sent))
    if data.get("content"):
        assert sent.ephemeral and data["content"].startswith(REFUSALS)
        return
    embed = sent.embed
    assert live_markdown(embed.get("title", "")) is None
    assert live_markdown(embed["description"]) is None
    answered = embed["footer"]["text"] != "Not covered by the articles"
    assert bool(embed.get("fields")) == answered
    assert sent.ephemeral == (private or not answered)


@pytest.mark.asyncio
async def test_saved_answers_cannot_ping_or_format_wherever_shown(bot: Harness):
    """Saved text skips Discord's checks (a restored backup, an edited database)."""
    hostile = Answer("@everyone <@&600000000000000001> **unclosed", True, None,
                     f"<@{MEMBER_ID}> ```py\nboom `tick ||spoiler __x")
    bot.client.services.store.save_answer(GUILD_ID, "hostile", hostile, own_words=True,
                                          author_id=MODERATOR_ID)
    [shown] = await bot.slash("faq show", name="hostile")
    [listed] = await bot.slash("faq list")
    for sent in (shown, listed):
        assert sent.data["allowed_mentions"] == {"parse": []}
        assert not any(LIVE_MENTION.search(text) for text in visible_text(sent))
    assert live_markdown(shown.embed["title"]) is None
    assert live_markdown(shown.embed["description"]) is None
    name, question = listed.embed["description"].split(" · 1 uses · ")
    assert (name, live_markdown(question)) == ("**hostile**", None)
