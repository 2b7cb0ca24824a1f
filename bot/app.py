"""The Discord client and its command tree, built from services; no I/O until it runs."""

from __future__ import annotations

import gc
import logging
import sys
from typing import Any

import discord
from discord import app_commands

from bot.commands import add_commands
from bot.errors import report_error
from bot.feedback import VoteButton
from bot.services import Services

log = logging.getLogger("advisor.bot")
GIL_SWITCH_SECONDS = 0.001


class AdvisorTree(app_commands.CommandTree):
    """A command tree whose failures all go through the one error handler."""

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        await report_error(interaction, error)


class AdvisorBot(discord.Client):
    """The bot: application commands only, and no mention can ever ping by default."""

    def __init__(self, services: Services) -> None:
        # A text-only bot: discord.py's warnings about missing voice libraries are noise.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        super().__init__(
            intents=discord.Intents(guilds=True), allowed_mentions=discord.AllowedMentions.none()
        )
        self.services = services
        self.tree = AdvisorTree(self)
        add_commands(self.tree, services)
        self.add_dynamic_items(VoteButton)

    async def setup_hook(self) -> None:
        """Sync the commands: to the configured servers at once, else globally."""
        for guild_id in self.services.settings.guild_ids:
            guild = discord.Object(guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to server %s", len(synced), guild_id)
        if not self.services.settings.guild_ids:
            synced = await self.tree.sync()
            log.info("synced %d commands globally (may take up to an hour to show)", len(synced))

    async def on_ready(self) -> None:
        log.info("connected as %s to %d servers", self.user, len(self.guilds))


def command_payloads(tree: app_commands.CommandTree) -> list[dict[str, Any]]:
    """The application commands exactly as `tree.sync()` would send them."""
    return [command.to_dict(tree) for command in tree.get_commands()]


def tune_for_serving() -> None:
    """Once the corpus and its index are loaded, keep the event loop responsive.

    Everything loaded so far leaves the garbage collector's scans, so a full collection walks
    only what was made since, not the whole index. And a thread waiting for the GIL asks for
    it after 1 ms instead of 5: the event loop gets it back sooner from the retrieval thread.
    """
    gc.collect()
    gc.freeze()
    sys.setswitchinterval(GIL_SWITCH_SECONDS)
