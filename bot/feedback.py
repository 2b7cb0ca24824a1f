"""'Helpful' / 'Not helpful' buttons under every answer, and the votes they store.

The buttons are DynamicItems: a click is routed by its custom_id (which carries the answer's
id in the store), so the buttons keep working after the bot restarts and no per-message
state is kept in memory.
"""

from __future__ import annotations

import re
from typing import Any

import discord

from bot.errors import report_error
from bot.services import services_of

VOTE_ID = re.compile(r"advisor:vote:(?P<answer>[0-9]+):(?P<helpful>[01])")


class VoteButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=VOTE_ID):
    """One of the two vote buttons of the answer `answer_id`."""

    def __init__(self, answer_id: int, helpful: bool) -> None:
        super().__init__(
            discord.ui.Button(
                label="Helpful" if helpful else "Not helpful",
                emoji="👍" if helpful else "👎",
                style=discord.ButtonStyle.secondary,
                custom_id=f"advisor:vote:{answer_id}:{int(helpful)}",
            )
        )
        self.answer_id = answer_id
        self.helpful = helpful

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> VoteButton:
        return cls(int(match["answer"]), match["helpful"] == "1")

    async def callback(self, interaction: discord.Interaction) -> None:
        """Store the vote (one per member; clicking the other button changes it)."""
        services = services_of(interaction)
        try:
            stored = await services.stored(
                services.store.record_vote, self.answer_id, interaction.user.id, self.helpful
            )
            if not stored:
                text = "Thanks: that answer is no longer on record, so the vote was not kept."
            elif self.helpful:
                text = "Thanks for the feedback!"
            else:
                text = ("Thanks: moderators will see this question among the gaps "
                        "(`/faq gaps`) and can add an article that answers it.")
            await interaction.response.send_message(text, ephemeral=True)
        except Exception as exc:  # discord.py would only log it: the user deserves a reply
            await report_error(interaction, exc)


def vote_buttons(answer_id: int | None) -> discord.ui.View:
    """The two buttons for a recorded answer; no buttons when recording failed.

    The view is stopped before it is sent: clicks reach VoteButton through the dynamic
    item registry, and a live view would make discord.py keep it in memory for the life of
    the bot, one per answer."""
    view = discord.ui.View(timeout=None)
    if answer_id is not None:
        view.add_item(VoteButton(answer_id, helpful=True))
        view.add_item(VoteButton(answer_id, helpful=False))
    view.stop()
    return view
