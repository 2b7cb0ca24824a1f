"""What the handlers use: the advisor, the store and the settings, always off the event loop.

Retrieval and SQLite are blocking calls; running them in worker threads keeps the gateway
heartbeat and every other interaction going while one question is slow. A store that cannot
be written (full or read-only disk, locked file) is logged and skipped: answering matters
more than recording.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar, cast

import discord

from advisor import Advisor, Answer
from advisor.store import Store, StoreError
from bot.config import Settings

if TYPE_CHECKING:
    from bot.app import AdvisorBot

log = logging.getLogger("advisor.bot")
T = TypeVar("T")


@dataclass(frozen=True)
class Services:
    advisor: Advisor
    store: Store
    settings: Settings

    async def ask(self, question: str) -> Answer:
        """The advisor's answer, computed in a worker thread."""
        return await asyncio.to_thread(self.advisor.ask, question)

    async def stored(self, operation: Callable[..., T], *args: object, **kwargs: object) -> T:
        """A store operation in a worker thread (StoreError propagates to the error handler)."""
        return await asyncio.to_thread(operation, *args, **kwargs)

    async def record(self, guild_id: int | None, answer: Answer) -> int | None:
        """Log a sent answer for votes and gaps; None (and a warning) if the store fails."""
        try:
            return await self.stored(self.store.record_answer, guild_id, answer)
        except StoreError as exc:
            log.warning("answer not recorded (answering goes on): %s", exc)
            return None


def services_of(interaction: discord.Interaction) -> Services:
    """The services of the bot that received `interaction` (for handlers built by discord.py,
    such as the vote buttons, which cannot be handed them)."""
    return cast("AdvisorBot", interaction.client).services
