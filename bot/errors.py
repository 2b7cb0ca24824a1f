"""The one error handler: a short ephemeral message for the user, the details in the log.

Expected refusals (cooldown, missing permission, a question the core rejects, a database
that cannot be written) get a plain sentence. Anything else gets an apology with a reference
id that is also in the log line, so a moderator can find what happened; the bot then carries
on serving.
"""

from __future__ import annotations

import logging
import math
import secrets

import discord
from discord import app_commands

from advisor import AdvisorError
from advisor.store import StoreError

log = logging.getLogger("advisor.bot")


class Refusal(Exception):
    """A request the bot turns down; the message is the sentence the user reads."""


async def send_ephemeral(interaction: discord.Interaction, text: str, **kwargs: object) -> None:
    """Reply only the user can see, whether or not the interaction was answered already."""
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True, **kwargs)  # type: ignore[arg-type]
    else:
        await interaction.response.send_message(text, ephemeral=True, **kwargs)  # type: ignore[arg-type]


def explain(error: Exception) -> str | None:
    """What to tell the user about an expected failure; None for a bug or an outage."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down a little: try again in {math.ceil(error.retry_after)} s."
    if isinstance(error, app_commands.MissingPermissions):
        needed = ", ".join(p.replace("_", " ").title() for p in error.missing_permissions)
        return f"This is for moderators: it needs the {needed} permission."
    if isinstance(error, app_commands.NoPrivateMessage):
        return "This only works in a server."
    if isinstance(error, app_commands.CheckFailure):
        return "You can't use this here."
    if isinstance(error, StoreError):  # logged by Services.stored, once per outage
        return ("The bot's database is not working right now, so this could not be done; "
                "/ask still answers. Moderators: the bot's log says why.")
    if isinstance(error, Refusal | AdvisorError):
        return str(error)
    return None


async def report_error(interaction: discord.Interaction, error: Exception) -> None:
    """Tell the user (ephemerally) and, for the unexpected, log with a reference id."""
    text = explain(error)
    if text is None:
        reference = secrets.token_hex(4)
        original = getattr(error, "original", error)
        command = interaction.command.qualified_name if interaction.command else "component"
        log.error(
            "[%s] %s failed for user %s in server %s",
            reference, command, interaction.user.id, interaction.guild_id,
            exc_info=(type(original), original, original.__traceback__),
        )
        text = (f"Sorry, something went wrong on my side (reference `{reference}`). "
                "Please try again later.")
    try:
        await send_ephemeral(interaction, text)
    except discord.HTTPException as exc:
        log.warning("could not tell user %s about an error: %s", interaction.user.id, exc)
