"""What the handlers use: the advisor, the store and the settings, always off the event loop.

Retrieval and SQLite are blocking calls; running them in worker threads keeps the gateway
heartbeat and every other interaction going while one question is slow. Retrieval is Python
that holds the GIL, so it gets one thread of its own: more would not answer faster, only
take the GIL from the event loop more often (200 questions at once stalled it for over
100 ms with the default pool; see tests/bot/test_bot_concurrency.py). A store that cannot
be written (full or read-only disk, locked file) is logged and skipped: answering matters
more than recording. Such an outage is logged when it starts and when it ends, not once per
answer, so it cannot bury the rest of the log.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar, cast

import discord

from advisor import Advisor, Answer
from advisor.store import Store, StoreError
from bot.config import Settings

if TYPE_CHECKING:
    from bot.app import AdvisorBot

log = logging.getLogger("advisor.bot")
T = TypeVar("T")
RETRIEVAL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="advisor-retrieval")
# SQLite lets one writer in at a time anyway, so one thread; kept for the life of the
# process, since starting a thread blocks the event loop until the new thread runs.
STORAGE = ThreadPoolExecutor(max_workers=1, thread_name_prefix="advisor-store")


class StoreOutage:
    """Whether writing to the store fails, so the log says so once and once it is over."""

    def __init__(self) -> None:
        self.down = False

    def failed(self, exc: StoreError) -> None:
        if not self.down:
            log.error("the database is not working; answering goes on without saving: %s", exc)
        self.down = True

    def recovered(self) -> None:
        if self.down:
            log.warning("the database works again; answers are saved again")
        self.down = False


@dataclass(frozen=True)
class Services:
    advisor: Advisor
    store: Store
    settings: Settings
    outage: StoreOutage = field(default_factory=StoreOutage, compare=False)

    async def ask(self, question: str) -> Answer:
        """The advisor's answer, computed in a retrieval thread."""
        return await asyncio.get_running_loop().run_in_executor(
            RETRIEVAL, self.advisor.ask, question
        )

    async def stored(self, operation: Callable[..., T], *args: object, **kwargs: object) -> T:
        """A store operation in a worker thread. A StoreError is logged (once per outage) and
        propagates to the error handler, which tells the user without logging it again."""
        call = functools.partial(operation, *args, **kwargs)
        try:
            return await asyncio.get_running_loop().run_in_executor(STORAGE, call)
        except StoreError as exc:
            self.outage.failed(exc)
            raise

    async def record(self, guild_id: int | None, answer: Answer) -> int | None:
        """Log a sent answer for votes and gaps; None if the store fails (the answer is
        then sent without vote buttons)."""
        try:
            answer_id = await self.stored(self.store.record_answer, guild_id, answer)
        except StoreError:
            return None
        self.outage.recovered()
        return answer_id


def services_of(interaction: discord.Interaction) -> Services:
    """The services of the bot that received `interaction` (for handlers built by discord.py,
    such as the vote buttons, which cannot be handed them)."""
    return cast("AdvisorBot", interaction.client).services
