"""A database the bot cannot write (read-only, disk full): members are still answered, saved
answers still shown, moderators told plainly, and the log says so once, not per answer."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from advisor import Advisor, Answer
from advisor.store import Store, StoreError
from bot.config import Settings
from bot.services import Services

from harness import GUILD_ID, MEMBER_ID, MODERATOR_ID, Harness, buttons
from support import FullStore, ReadOnlyStore

pytestmark = pytest.mark.asyncio

PHD = "do I need a PhD?"
WELCOME = Answer("welcome", True, None, "Welcome! Read the pinned posts.")


@pytest.mark.parametrize(
    ("faulty", "fix"),
    [(ReadOnlyStore, "(read-only: check the permissions"), (FullStore.filled, "(the disk is full")],
)
async def test_a_store_that_cannot_be_written_is_logged_once_and_answering_goes_on(
    advisor: Advisor, tmp_path: Path, caplog, faulty, fix: str
):
    path = tmp_path / "bot.db"
    Store.open(path).save_answer(GUILD_ID, "welcome", WELCOME, own_words=True, author_id=1)
    services = Services(advisor, faulty(path), Settings(database=path, cooldown_seconds=0))
    with caplog.at_level(logging.WARNING, logger="advisor.bot"):
        async with Harness.start(services) as bot:
            asked = [await bot.slash("ask", question=PHD, user_id=MEMBER_ID + n)
                     for n in range(3)]
            [shown] = await bot.slash("faq show", name="welcome")
            _, saved = await bot.slash("faq save", user_id=MODERATOR_ID, moderator=True,
                                       name="long", text="Welcome! " * 440)
    for [answer] in asked:
        assert not answer.ephemeral and answer.embed["fields"]
        assert buttons(answer) == []  # not recorded, so nothing to vote on
    assert shown.embed["description"] == WELCOME.answer and not shown.ephemeral
    assert saved.ephemeral
    assert saved.data["content"] == (
        "The bot's database is not working right now, so this could not be done; /ask still "
        "answers. Moderators: the bot's log says why."
    )
    [record] = caplog.records
    assert record.levelno == logging.ERROR
    assert record.getMessage().startswith(
        f"the database is not working; answering goes on without saving: {path}: "
    )
    assert fix in record.getMessage()


async def test_the_log_says_when_saving_works_again(bot: Harness, monkeypatch, caplog):
    store = bot.client.services.store

    def fail(*args: object) -> int:
        raise StoreError("bot.db: database or disk is full")

    monkeypatch.setattr(store, "record_answer", fail)
    with caplog.at_level(logging.WARNING, logger="advisor.bot"):
        for _ in range(2):
            await bot.slash("ask", question=PHD)
        monkeypatch.undo()
        [answer] = await bot.slash("ask", question=PHD)
        await bot.slash("ask", question=PHD)
    assert buttons(answer)  # recorded again
    assert [r.getMessage().split(";")[0] for r in caplog.records] == [
        "the database is not working", "the database works again",
    ]
