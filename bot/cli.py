"""`advisor-bot`: run the Discord bot, or inspect offline what it would send to Discord."""

from __future__ import annotations

import asyncio
import json
import logging
import os
from pathlib import Path
from typing import Any

import aiohttp
import click
import discord
from discord.utils import MISSING
from discord.webhook.async_ import interaction_message_response_params

from advisor import Advisor, AdvisorError
from advisor.store import Store
from bot.app import AdvisorBot, command_payloads, tune_for_serving
from bot.config import Settings, SettingsError, load_settings
from bot.replies import answer_message
from bot.services import Services

log = logging.getLogger("advisor.bot")
CHANNEL_MESSAGE = 4  # the interaction response type of a message reply
PREVIEW_ANSWER_ID = 0  # preview records nothing, so its vote buttons carry answer id 0


class InputError(click.ClickException):
    """One line on stderr and exit status 2: a missing token, bad settings, a broken corpus."""

    exit_code = 2


def redact(text: str, secret: str) -> str:
    return text.replace(secret, "[token]")


class RedactingFormatter(logging.Formatter):
    """Log lines (tracebacks included) with the token blanked, wherever it turns up."""

    def __init__(self, secret: str) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self.secret = secret

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record), self.secret)


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _settings(ctx: click.Context) -> Settings:
    try:
        return load_settings(ctx.find_root().params.get("config"))
    except SettingsError as exc:
        raise InputError(str(exc)) from exc


def _services(settings: Settings, *, open_store: bool = True) -> Services:
    """The advisor and the store the settings name. Commands that write nothing pass
    open_store=False: the store is then never touched, so no database file is created."""
    try:
        advisor = Advisor.load(settings.corpus)
        path = settings.database_path
        return Services(advisor, Store.open(path) if open_store else Store(path), settings)
    except AdvisorError as exc:
        raise InputError(str(exc)) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    envvar="ADVISOR_BOT_CONFIG",
    help="Settings YAML (see the README). Default: built-in defaults. Env: ADVISOR_BOT_CONFIG.",
)
def main(config: Path | None) -> None:
    """The advisor's Discord bot: /ask, answer-linking and saved answers for moderators."""


@main.command()
@click.pass_context
def run(ctx: click.Context) -> None:
    """Connect to Discord and serve (token from DISCORD_TOKEN).

    Exits 2, saying why in the log, when the corpus or the database cannot be loaded: a bot
    that cannot answer must not look as if it were running.
    """
    token = os.environ.get("DISCORD_TOKEN", "").strip()
    if not token:
        raise InputError("DISCORD_TOKEN is not set: export the bot token from the Discord "
                         "developer portal (README: Run the Discord bot)")
    settings = _settings(ctx)
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter(token))
    logging.basicConfig(level=settings.log_level, handlers=[handler], force=True)
    try:
        client = AdvisorBot(_services(settings))
    except InputError as exc:
        log.critical("cannot start: %s", exc.message)
        raise
    tune_for_serving()
    try:
        client.run(token, log_handler=None)
    except discord.LoginFailure as exc:
        raise InputError("Discord refused the token in DISCORD_TOKEN; copy it again from the "
                         "developer portal") from exc
    except (aiohttp.ClientError, OSError) as exc:
        raise click.ClickException(redact(f"cannot reach Discord: {exc}", token)) from exc
    except Exception as exc:  # the traceback goes to the redacting log, never to stderr raw
        log.critical("the bot stopped on an unexpected error", exc_info=True)
        raise click.ClickException("the bot stopped on an unexpected error; the log above "
                                   "has the details") from exc


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the full JSON payloads.")
@click.pass_context
def commands(ctx: click.Context, as_json: bool) -> None:
    """List the application commands exactly as they would be synced (no network)."""
    settings = _settings(ctx)
    payloads = command_payloads(AdvisorBot(_services(settings, open_store=False)).tree)
    if as_json:
        _print_json(payloads)
        return
    for payload in payloads:
        kind = {1: "/", 2: "user menu: ", 3: "message menu: "}[payload["type"]]
        click.echo(f"{kind}{payload['name']}  {payload.get('description', '')}".rstrip())


@main.command()
@click.argument("question")
@click.option("--private", is_flag=True, help="As /ask private:true would answer.")
@click.pass_context
def preview(ctx: click.Context, question: str, private: bool) -> None:
    """Print the JSON message /ask would send for QUESTION (no network, nothing stored)."""
    services = _services(_settings(ctx), open_store=False)
    try:
        payload = asyncio.run(preview_payload(services, question, private=private))
    except AdvisorError as exc:
        raise InputError(str(exc)) from exc
    _print_json(payload)


async def preview_payload(services: Services, question: str, *, private: bool) -> dict[str, Any]:
    """The `data` of the interaction response /ask sends (built the way discord.py builds it;
    a test checks it against what /ask really sends)."""
    answer = await services.ask(question)
    ephemeral = private or not answer.answered
    params = interaction_message_response_params(
        type=CHANNEL_MESSAGE,
        content=None,  # as InteractionResponse.send_message passes it
        flags=discord.MessageFlags(ephemeral=True) if ephemeral else MISSING,
        previous_allowed_mentions=discord.AllowedMentions.none(),
        **answer_message(answer, PREVIEW_ANSWER_ID),
    )
    assert params.payload is not None
    return params.payload["data"]
