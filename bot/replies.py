"""How an answer is sent: as an interaction response, or as a reply to a member's message.

Shared by /ask, the "Answer with Advisor" menu and /faq show, so every answer looks the same
and carries the same vote buttons, and no path can ping anyone it should not.
"""

from __future__ import annotations

from typing import Any

import discord

from advisor import Answer
from bot.errors import Refusal
from bot.feedback import vote_buttons
from bot.render import answer_embed


def answer_message(
    answer: Answer, answer_id: int | None, *, saved_as: str | None = None
) -> dict[str, Any]:
    """The embed, and for an answer (not a decline) the vote buttons, as send() keywords."""
    message: dict[str, Any] = {"embed": answer_embed(answer, saved_as=saved_as)}
    if answer.answered and answer_id is not None:
        message["view"] = vote_buttons(answer_id)
    return message


def only_author(message: discord.Message) -> discord.AllowedMentions:
    """Mentions allowed in a reply to `message`: its author, nobody and nothing else."""
    return discord.AllowedMentions(
        everyone=False, users=[message.author], roles=False, replied_user=True
    )


async def reply_with_answer(
    interaction: discord.Interaction, target: discord.Message, message: dict[str, Any]
) -> None:
    """Post `message` in the channel as a reply to `target`, mentioning only its author, and
    tell the moderator (ephemerally) where it went. The interaction must be deferred."""
    try:
        reply = await target.reply(
            content=target.author.mention, allowed_mentions=only_author(target), **message
        )
    except discord.Forbidden as exc:
        raise Refusal(
            "I can't post in that channel: I need the Send Messages and Read Message History "
            "permissions there."
        ) from exc
    await interaction.followup.send(f"Answered: {reply.jump_url}", ephemeral=True)


async def send_answer(
    interaction: discord.Interaction,
    message: dict[str, Any],
    *,
    ephemeral: bool,
    deferred_ephemeral: bool = False,
) -> None:
    """Respond with `message`, also after a defer: a public "thinking…" is removed first when
    the reply must be ephemeral (a decline), so a decline never shows in the channel."""
    if not interaction.response.is_done():
        await interaction.response.send_message(ephemeral=ephemeral, **message)
        return
    if ephemeral and not deferred_ephemeral:
        await interaction.delete_original_response()
    await interaction.followup.send(ephemeral=ephemeral, **message)
