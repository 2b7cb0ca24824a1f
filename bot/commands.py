"""/ask, the "Answer with Advisor" message menu and /source: thin handlers over the advisor.

The commands are built per tree (not at import) because the /ask cooldown comes from the
settings and its per-user state belongs to one bot.
"""

from __future__ import annotations

import asyncio
import re
from itertools import islice

import discord
from discord import app_commands

from advisor import Answer
from advisor.respond import MAX_QUESTION_CHARS
from bot.errors import Refusal
from bot.faq import FaqCommands
from bot.render import answer_embed, passage_embed
from bot.replies import answer_message, reply_with_answer, send_answer
from bot.services import Services

# Discord wants a first response within 3 s; a slower answer is preceded by "thinking…".
DEFER_AFTER_SECONDS = 2.0
MODERATOR_PERMISSIONS = {"manage_messages": True}
# Discord's mention syntax is not part of a question ("@everyone do I need a PhD?").
MENTION = re.compile(r"<@[!&]?\d+>|<#\d+>|@everyone|@here")


def question_text(text: str) -> str:
    """What a member asked, without the mentions around it."""
    return " ".join(MENTION.sub(" ", text).split())


async def answer_in_time(
    interaction: discord.Interaction, services: Services, question: str, *, private: bool
) -> Answer:
    """The answer, deferring the interaction first if the advisor takes a while. Should the
    advisor then fail, a public "thinking…" is removed so the error stays private."""
    task = asyncio.ensure_future(services.ask(question_text(question)))
    done, _ = await asyncio.wait({task}, timeout=DEFER_AFTER_SECONDS)
    if done:
        return task.result()
    await interaction.response.defer(ephemeral=private, thinking=True)
    try:
        return await task
    except Exception:
        if not private:
            await interaction.delete_original_response()
        raise


def add_commands(tree: app_commands.CommandTree, services: Services) -> None:
    """Register every application command of the bot on `tree`."""

    @app_commands.command(
        name="ask", description="Ask about AI and machine learning careers: answers quote articles."
    )
    @app_commands.describe(
        question="Your question, e.g. do I need a PhD?",
        private="Only you see the answer (default: everyone in the channel)",
    )
    async def ask(
        interaction: discord.Interaction,
        question: app_commands.Range[str, 1, MAX_QUESTION_CHARS],
        private: bool = False,
    ) -> None:
        answer = await answer_in_time(interaction, services, question, private=private)
        answer_id = await services.record(interaction.guild_id, answer)
        await send_answer(
            interaction,
            answer_message(answer, answer_id),
            ephemeral=private or not answer.answered,
            deferred_ephemeral=private,
        )

    if services.settings.cooldown_seconds > 0:
        ask = app_commands.checks.cooldown(1, services.settings.cooldown_seconds)(ask)

    @app_commands.context_menu(name="Answer with Advisor")
    @app_commands.default_permissions(**MODERATOR_PERMISSIONS)
    @app_commands.checks.has_permissions(**MODERATOR_PERMISSIONS)
    @app_commands.guild_only()
    async def answer_with_advisor(
        interaction: discord.Interaction, message: discord.Message
    ) -> None:
        question = question_text(message.content)
        if not question:
            raise Refusal("That message has no text to answer.")
        await interaction.response.defer(ephemeral=True, thinking=True)
        answer = await services.ask(question)
        if not answer.answered:
            await interaction.followup.send(
                "The articles don't cover this, so nothing was posted:",
                embed=answer_embed(answer),
                ephemeral=True,
            )
            return
        answer_id = await services.record(interaction.guild_id, answer)
        await reply_with_answer(interaction, message, answer_message(answer, answer_id))

    @app_commands.command(name="source", description="Show the full passage behind a citation.")
    @app_commands.rename(citation_id="id")
    @app_commands.describe(citation_id="The citation id shown under a source, e.g. slug#section-1")
    async def source(interaction: discord.Interaction, citation_id: str) -> None:
        passage = services.advisor.passage(citation_id.strip())
        if passage is None:
            raise Refusal(
                "No passage has that id; ids look like `article-slug#section-1` and are shown "
                "under each source of an answer."
            )
        await interaction.response.send_message(embed=passage_embed(passage), ephemeral=True)

    @source.autocomplete("citation_id")
    async def citation_ids(
        interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        typed = current.strip().casefold()
        ids = (p.id for p in services.advisor.corpus.passages if typed in p.id and len(p.id) <= 100)
        return [app_commands.Choice(name=i, value=i) for i in islice(ids, 25)]

    for command in (ask, answer_with_advisor, source, FaqCommands(services)):
        tree.add_command(command)
