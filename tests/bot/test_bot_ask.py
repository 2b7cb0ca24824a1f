"""/ask and /source through the real command tree: payload shape, limits, no pings,
cooldown, answers off the event loop."""

from __future__ import annotations

import asyncio
import json
import threading
from dataclasses import replace

import pytest

from advisor import Answer
from bot import commands
from bot.cli import preview_payload

from harness import APP_ID, MODERATOR_ID, Harness, assert_within_discord_limits, buttons

pytestmark = pytest.mark.asyncio

PHD = "do I need a PhD?"


async def test_ask_replies_publicly_with_embed_sources_topic_and_vote_buttons(bot: Harness):
    [sent] = await bot.slash("ask", question=PHD)
    assert sent.method == "POST" and sent.path.endswith("/callback")
    assert sent.payload["type"] == 4
    assert not sent.ephemeral
    assert sent.data["allowed_mentions"] == {"parse": []}
    embed = sent.embed
    assert embed["title"] == PHD
    assert "PhD" in embed["description"] and "[1]" in embed["description"]
    first = embed["fields"][0]
    assert first["name"].startswith("[1] ")
    assert "`ai-ml-engineer-career-guide#" in first["value"]  # the id /source takes
    assert embed["footer"]["text"].startswith("Topic: education")
    assert buttons(sent) == ["advisor:vote:1:1", "advisor:vote:1:0"]
    assert_within_discord_limits(sent.data)


async def test_a_source_with_a_url_is_linked(bot: Harness, advisor, monkeypatch):
    real = advisor.ask(PHD)
    linked = [replace(c, url="https://example.org/a_b") for c in real.citations]
    cited = replace(real, citations=linked)
    monkeypatch.setattr(bot.client.services.advisor, "ask", lambda question: cited)
    [sent] = await bot.slash("ask", question=PHD)
    assert "[Read the article](https://example.org/a_b)" in sent.embed["fields"][0]["value"]


async def test_private_answers_ephemerally_and_declines_are_always_ephemeral(bot: Harness):
    [private] = await bot.slash("ask", question=PHD, private=True)
    assert private.ephemeral and buttons(private)

    [declined] = await bot.slash("ask", question="What is the best pizza topping?",
                                 user_id=MODERATOR_ID)
    assert declined.ephemeral
    assert "pay and salaries" in declined.embed["description"]  # what it can help with
    assert declined.embed["footer"]["text"] == "Not covered by the articles"
    assert buttons(declined) == []
    gaps = bot.client.services.store.gaps()
    assert [gap.question for gap in gaps] == ["What is the best pizza topping?"]


@pytest.mark.parametrize(
    "question",
    [
        "@everyone @here do I need a PhD?",
        "<@&600000000000000001> do I need a PhD?",
        f"<@{MODERATOR_ID}> <@!{MODERATOR_ID}> do I need a PhD?",
    ],
)
async def test_mentions_in_a_question_ping_nobody(bot: Harness, question):
    [sent] = await bot.slash("ask", question=question)
    assert sent.data["allowed_mentions"] == {"parse": []}
    assert not sent.data.get("content")
    title = sent.embed["title"]
    assert "@everyone" not in title and "@here" not in title  # defused, also for display
    assert "<@&600000000000000001>" not in title and f"<@{MODERATOR_ID}>" not in title


async def test_cooldown_answers_with_an_ephemeral_try_again(make_services):
    async with Harness.start(make_services(cooldown_seconds=30)) as bot:
        [first] = await bot.slash("ask", question=PHD)
        [second] = await bot.slash("ask", question=PHD)
        [other_user] = await bot.slash("ask", question=PHD, user_id=MODERATOR_ID)
    assert not first.ephemeral
    assert second.ephemeral
    assert second.data["content"] == "Slow down a little: try again in 30 s."
    assert not other_user.ephemeral


async def test_an_empty_question_gets_the_core_s_message(bot: Harness):
    [sent] = await bot.slash("ask", question="   ")
    assert sent.ephemeral
    assert sent.data["content"].startswith("the question is empty")


class SlowAdvisor:
    """Blocks in ask() until released, like a slow retrieval on a big corpus."""

    def __init__(self, answer: Answer | Exception) -> None:
        self.answer = answer
        self.release = threading.Event()

    def ask(self, question: str) -> Answer:
        assert self.release.wait(timeout=10)
        if isinstance(self.answer, Exception):
            raise self.answer
        return self.answer


async def slow_ask(bot: Harness, monkeypatch, answer: Answer | Exception) -> tuple[list, list]:
    """Ask while the advisor is blocked; returns (sent while blocked, sent in the end)."""
    slow = SlowAdvisor(answer)
    monkeypatch.setattr(commands, "DEFER_AFTER_SECONDS", 0.001)
    monkeypatch.setattr(bot.client.services.advisor, "ask", slow.ask)
    asking = asyncio.create_task(bot.slash("ask", question=PHD))
    for _ in range(10_000):  # the loop keeps running while the advisor thread is blocked
        if bot.recorder.sent:
            break
        await asyncio.sleep(0)
    while_blocked = list(bot.recorder.sent)
    slow.release.set()
    return while_blocked, await asking


async def test_a_slow_question_defers_without_blocking_the_event_loop(bot, advisor, monkeypatch):
    while_blocked, sent = await slow_ask(bot, monkeypatch, advisor.ask(PHD))
    [defer] = while_blocked
    assert defer.payload == {"type": 5}  # a public "thinking…"
    followup = sent[-1]
    assert (followup.method, followup.path.split("/")[1:3]) == ("POST", ["webhooks", str(APP_ID)])
    assert not followup.ephemeral and followup.data["embeds"] and buttons(followup)


async def test_a_slow_decline_removes_the_public_thinking_and_answers_ephemerally(
    bot, advisor, monkeypatch
):
    _, sent = await slow_ask(bot, monkeypatch, advisor.ask("best pizza topping?"))
    methods = [(s.method, s.path.rsplit("/", 1)[-1]) for s in sent]
    assert methods[-2] == ("DELETE", "@original")
    assert sent[-1].ephemeral


async def test_a_slow_failure_removes_the_public_thinking_and_apologises_privately(
    bot, monkeypatch
):
    _, sent = await slow_ask(bot, monkeypatch, RuntimeError("disk on fire"))
    methods = [(s.method, s.path.rsplit("/", 1)[-1]) for s in sent]
    assert methods[-2] == ("DELETE", "@original")
    assert sent[-1].ephemeral and "reference" in sent[-1].data["content"]


async def test_preview_is_exactly_what_ask_sends(bot: Harness):
    [sent] = await bot.slash("ask", question=PHD)
    preview = await preview_payload(bot.client.services, PHD, private=False)
    assert json.dumps(preview).replace("advisor:vote:0:", "advisor:vote:1:") == json.dumps(
        sent.data
    )


async def test_source_expands_a_citation_ephemerally(bot: Harness, advisor):
    citation_id = advisor.ask(PHD).citations[0].id
    [sent] = await bot.slash("source", id=citation_id)
    assert sent.ephemeral
    assert sent.embed["footer"]["text"].endswith(citation_id)
    assert advisor.passage(citation_id).text[:40] in sent.embed["description"]

    [unknown] = await bot.slash("source", id="no-such#passage-1")
    assert unknown.ephemeral and "No passage has that id" in unknown.data["content"]


async def test_source_autocompletes_citation_ids(bot: Harness):
    choices = await bot.autocomplete("source", "id", "education")
    assert choices and all("education" in choice["value"] for choice in choices)
    assert len(await bot.autocomplete("source", "id", "")) == 25

