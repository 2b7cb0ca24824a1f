"""/faq: saved answers for questions that come back, and the gaps moderators should fill.

Anyone can show and list saved answers; saving, deleting, answering someone else's message
and reading the gaps need Manage Messages, checked when the command runs (Discord cannot
hide single subcommands from members).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import discord
from discord import app_commands

from advisor import Answer
from advisor.names import MAX_NAME_CHARS, closest_names, meant_name
from advisor.respond import MAX_QUESTION_CHARS
from advisor.store import SavedAnswer, SavedAnswerExists, StoreError
from bot.errors import Refusal, report_error
from bot.render import DESCRIPTION_LIMIT, answer_embed, gap_line, lines_embed, saved_line
from bot.replies import answer_message, reply_with_answer
from bot.services import Services

MODERATOR = app_commands.checks.has_permissions(manage_messages=True)
MESSAGE_LINK = re.compile(
    r"https://(?:(?:ptb|canary)\.)?discord(?:app)?\.com/channels/(\d+)/(\d+)/(\d+)/?"
)
TEXT_LIMIT = DESCRIPTION_LIMIT - 96  # room left for escaping
Button = discord.ui.Button["ConfirmReplace"]


def _guild(interaction: discord.Interaction) -> int:
    """The server id of a /faq interaction (the group is guild_only, so always set)."""
    return interaction.guild_id or 0


class ConfirmReplace(discord.ui.View):
    """'Replace' / 'Keep' buttons shown when a name is already taken."""

    def __init__(self, services: Services, pending: SavedAnswer) -> None:
        super().__init__(timeout=120)
        self.services = services
        self.pending = pending

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        """The moderator who saved, and still a moderator (permissions change in 2 minutes)."""
        if interaction.user.id != self.pending.author_id:
            raise Refusal("Only the moderator who saved this can choose.")
        if not interaction.permissions.manage_messages:
            raise app_commands.MissingPermissions(["manage_messages"])
        return True

    @discord.ui.button(label="Replace", style=discord.ButtonStyle.danger)
    async def replace(self, interaction: discord.Interaction, _: Button) -> None:
        pending = self.pending
        await self.services.stored(
            self.services.store.save_answer, pending.guild_id, pending.name, pending.answer,
            own_words=pending.own_words, author_id=pending.author_id, replace=True,
        )
        self.stop()
        await interaction.response.edit_message(content=f"Replaced **{pending.name}**.", view=None)

    @discord.ui.button(label="Keep the old one", style=discord.ButtonStyle.secondary)
    async def keep(self, interaction: discord.Interaction, _: Button) -> None:
        self.stop()
        text = f"Kept **{self.pending.name}** as it was."
        await interaction.response.edit_message(content=text, view=None)

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, _: discord.ui.Item[Any]
    ) -> None:
        await report_error(interaction, error)


@app_commands.guild_only()
class FaqCommands(app_commands.Group):
    """The /faq group, bound to one bot's services."""

    def __init__(self, services: Services) -> None:
        super().__init__(name="faq", description="Saved answers for questions that come back")
        self.services = services

    @app_commands.command(name="save", description="Save an answer under a name (moderators).")
    @app_commands.describe(
        name="Short name to show it by, e.g. phd",
        question="Save the advisor's answer to this question",
        text="Or save your own words (the question's citations are kept if you give one)",
    )
    @MODERATOR
    async def save(
        self,
        interaction: discord.Interaction,
        name: app_commands.Range[str, 1, MAX_NAME_CHARS],
        question: app_commands.Range[str, 1, MAX_QUESTION_CHARS] | None = None,
        text: app_commands.Range[str, 1, TEXT_LIMIT] | None = None,
    ) -> None:
        if question is None and text is None:
            raise Refusal("Give a question: (to save the advisor's answer) or text: (your own).")
        await interaction.response.defer(ephemeral=True, thinking=True)
        answer = await self._answer_to_save(name, question, text)
        guild_id = _guild(interaction)
        store = self.services.store
        try:
            saved = await self.services.stored(
                store.save_answer, guild_id, name, answer,
                own_words=text is not None, author_id=interaction.user.id,
            )
        except SavedAnswerExists as clash:
            old = clash.existing
            pending = replace(old, answer=answer, own_words=text is not None,
                              author_id=interaction.user.id)
            await interaction.followup.send(
                f"**{old.name}** already exists (shown {old.uses} times). Replace it with this?",
                embed=answer_embed(answer, saved_as=old.name),
                view=ConfirmReplace(self.services, pending),
                ephemeral=True,
            )
            return
        await interaction.followup.send(
            f"Saved as **{saved.name}**: show it with `/faq show name:{saved.name}`.",
            embed=answer_embed(saved.answer, saved_as=saved.name),
            ephemeral=True,
        )

    async def _answer_to_save(self, name: str, question: str | None, text: str | None) -> Answer:
        """The advisor's answer, or the moderator's text with the question's citations."""
        answer = await self.services.ask(question) if question else None
        if answer is not None and answer.answered:
            return answer if text is None else replace(answer, answer=text)
        if text is None:
            raise Refusal("The articles don't answer that question; save your own words "
                          "with text: instead.")
        return Answer(question=question or name, answered=True, topic=None, answer=text)

    @app_commands.command(name="show", description="Post a saved answer.")
    @app_commands.describe(
        name="The saved answer's name",
        reply_to="Link to a member's message to answer it (moderators)",
    )
    async def show(
        self, interaction: discord.Interaction, name: str, reply_to: str | None = None
    ) -> None:
        guild_id = _guild(interaction)
        if reply_to is None:
            saved = await self._find(guild_id, name)
            answer_id = await self.services.record(guild_id, saved.answer)
            message = answer_message(saved.answer, answer_id, saved_as=saved.name)
            await interaction.response.send_message(**message)
            return
        if not interaction.permissions.manage_messages:
            raise app_commands.MissingPermissions(["manage_messages"])
        await interaction.response.defer(ephemeral=True, thinking=True)
        target = await self._linked_message(interaction, reply_to)
        saved = await self._find(guild_id, name)
        answer_id = await self.services.record(guild_id, saved.answer)
        await reply_with_answer(
            interaction, target, answer_message(saved.answer, answer_id, saved_as=saved.name)
        )

    async def _find(self, guild_id: int, name: str) -> SavedAnswer:
        """The saved answer named `name`, or the one it is a typo of (counting a use)."""
        saved = await self._use(guild_id, name)
        if saved is not None:
            return saved
        store = self.services.store
        names = [item.name for item in await self.services.stored(store.saved_answers, guild_id)]
        meant = meant_name(name, names)
        if meant is not None:
            saved = await self._use(guild_id, meant)
            if saved is not None:
                return saved
        near = closest_names(name, names, limit=5)
        hint = f" Did you mean {', '.join(near)}?" if near else " `/faq list` shows them all."
        raise Refusal(f"No saved answer has that name.{hint}")

    async def _use(self, guild_id: int, name: str) -> SavedAnswer | None:
        """The saved answer, counting a use; uncounted when the store cannot be written, since
        showing it matters more than the count."""
        store = self.services.store
        try:
            return await self.services.stored(store.saved_answer, guild_id, name, count_use=True)
        except StoreError:
            return await self.services.stored(store.saved_answer, guild_id, name)

    @staticmethod
    async def _linked_message(interaction: discord.Interaction, link: str) -> discord.Message:
        """The message a moderator linked to, in this server."""
        match = MESSAGE_LINK.fullmatch(link.strip())
        if match is None or int(match[1]) != interaction.guild_id:
            raise Refusal("reply_to must be a link to a message in this server "
                          "(right-click the message, Copy Message Link).")
        channel = interaction.client.get_partial_messageable(
            int(match[2]), guild_id=interaction.guild_id
        )
        try:
            return await channel.fetch_message(int(match[3]))
        except (discord.NotFound, discord.Forbidden) as exc:
            raise Refusal("I can't find or read that message.") from exc

    @app_commands.command(name="list", description="List the saved answers, most used first.")
    async def list_(self, interaction: discord.Interaction) -> None:
        saved = await self.services.stored(self.services.store.saved_answers, interaction.guild_id)
        embed = lines_embed("Saved answers", map(saved_line, saved),
                            "No saved answers yet: moderators add them with /faq save.")
        await interaction.response.send_message(embed=embed, ephemeral=True)

    @app_commands.command(name="delete", description="Delete a saved answer (moderators).")
    @app_commands.describe(name="The saved answer's name")
    @MODERATOR
    async def delete(self, interaction: discord.Interaction, name: str) -> None:
        store = self.services.store
        deleted = await self.services.stored(store.delete_saved_answer, _guild(interaction), name)
        text = "Deleted." if deleted else "No saved answer has that name; nothing was deleted."
        await interaction.response.send_message(text, ephemeral=True)

    @app_commands.command(
        name="gaps", description="Questions the articles don't serve well (moderators)."
    )
    @MODERATOR
    async def gaps(self, interaction: discord.Interaction) -> None:
        gaps = await self.services.stored(self.services.store.gaps, interaction.guild_id)
        embed = lines_embed("Questions to write articles for", map(gap_line, gaps),
                            "No gaps: nothing was declined or voted not helpful.")
        await interaction.response.send_message(embed=embed, ephemeral=True)

    @show.autocomplete("name")
    @delete.autocomplete("name")
    async def saved_names(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        try:
            saved = await self.services.stored(self.services.store.saved_answers,
                                               interaction.guild_id)
        except StoreError:
            return []  # autocomplete cannot show an error; the command itself will
        names = closest_names(current, [item.name for item in saved])
        return [app_commands.Choice(name=name, value=name) for name in names]
