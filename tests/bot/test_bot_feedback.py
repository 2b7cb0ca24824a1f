"""Vote buttons, the one error handler, and answering on when the store fails."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from advisor.store import Store
from bot.config import Settings
from bot.services import Services

from harness import MEMBER_ID, MODERATOR_ID, Harness, buttons

pytestmark = pytest.mark.asyncio

PHD = "do I need a PhD?"


async def test_votes_are_stored_one_per_member_and_unhelpful_ones_become_gaps(bot: Harness):
    [answer] = await bot.slash("ask", question=PHD)
    helpful, not_helpful = buttons(answer)

    [thanks] = await bot.click(answer, helpful, user_id=MEMBER_ID)
    assert thanks.payload["type"] == 4 and thanks.ephemeral
    assert thanks.data["content"] == "Thanks for the feedback!"
    await bot.click(answer, not_helpful, user_id=MODERATOR_ID)
    await bot.click(answer, not_helpful, user_id=MEMBER_ID)  # changes their vote

    store = bot.client.services.store
    assert store.votes(1) == {"helpful": 0, "not_helpful": 2}
    [gap] = store.gaps()
    assert (gap.question, gap.not_helpful) == (PHD, 2)


async def test_buttons_keep_working_after_a_restart(services: Services):
    async with Harness.start(services) as before:
        [answer] = await before.slash("ask", question=PHD)
    async with Harness.start(services) as after:
        [thanks] = await after.click(answer, buttons(answer)[1])
    assert thanks.ephemeral and "gaps" in thanks.data["content"]
    assert services.store.votes(1) == {"helpful": 0, "not_helpful": 1}


async def test_a_vote_for_an_answer_no_longer_on_record(bot: Harness):
    [answer] = await bot.slash("ask", question=PHD)
    with bot.client.services.store._transaction() as conn:  # e.g. a database reset
        conn.execute("DELETE FROM answers")
    [sent] = await bot.click(answer, buttons(answer)[0])
    assert "no longer on record" in sent.data["content"]


def reference_in(text: str) -> str:
    match = re.search(r"reference `([0-9a-f]{8})`", text)
    assert match, text
    return match[1]


async def test_any_failure_is_an_ephemeral_apology_with_a_logged_reference(
    bot: Harness, monkeypatch, caplog
):
    def broken(question: str) -> None:
        raise RuntimeError("index exploded")

    monkeypatch.setattr(bot.client.services.advisor, "ask", broken)
    with caplog.at_level(logging.ERROR, logger="advisor.bot"):
        [sent] = await bot.slash("ask", question=PHD)
    assert sent.ephemeral
    reference = reference_in(sent.data["content"])
    [record] = caplog.records
    assert record.getMessage().startswith(f"[{reference}] ask failed for user {MEMBER_ID}")
    assert "index exploded" in caplog.text  # the traceback is in the log, not in Discord
    assert "index exploded" not in sent.data["content"]

    monkeypatch.undo()
    [answered] = await bot.slash("ask", question=PHD)  # the bot keeps serving
    assert not answered.ephemeral and answered.embed["fields"]


@pytest.fixture
def broken_store_services(advisor, tmp_path: Path) -> Services:
    """A store whose file cannot be opened (its folder does not exist)."""
    store = Store(tmp_path / "gone" / "advisor.db")
    return Services(advisor, store, Settings(database=store.path, cooldown_seconds=0))


async def test_a_failing_store_does_not_stop_answers(broken_store_services, caplog):
    async with Harness.start(broken_store_services) as bot:
        [sent] = await bot.slash("ask", question=PHD)
    assert not sent.ephemeral and sent.embed["fields"]
    assert buttons(sent) == []  # nothing recorded, so nothing to vote on
    assert "answering goes on without saving: " in caplog.text
    assert "unable to open database file" in caplog.text


async def test_a_vote_the_store_cannot_keep_is_told_so(services, broken_store_services):
    async with Harness.start(services) as bot:
        [answer] = await bot.slash("ask", question=PHD)
    async with Harness.start(broken_store_services) as bot:
        [sent] = await bot.click(answer, buttons(answer)[0])
    assert sent.ephemeral
    assert sent.data["content"].startswith("The bot's database is not working right now")
