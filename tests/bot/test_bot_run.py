"""`advisor-bot run`: the token comes from the environment only and never shows, in a log line,
a traceback or an error; a bot that could not answer refuses to start, saying why."""

from __future__ import annotations

import gc
import logging
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
from click.testing import CliRunner, Result

from advisor.store import MIGRATIONS, Store
from bot.app import AdvisorBot
from bot.cli import main

TOKEN = "MTAwMDAw.FAKE-token.for-tests_only"


@pytest.fixture(autouse=True)
def restore_process_state() -> Iterator[None]:
    """`run` configures the root logger and tunes the process for serving, as the real bot
    does; undo both for the tests that follow."""
    root = logging.getLogger()
    handlers, level, switch_interval = root.handlers[:], root.level, sys.getswitchinterval()
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    gc.unfreeze()
    sys.setswitchinterval(switch_interval)


def run_bot(tmp_path: Path, *args: str, settings: str = "") -> Result:
    config = tmp_path / "bot.yaml"
    config.write_text(f"database: {tmp_path / 'bot.db'}\nlog_level: DEBUG\n{settings}")
    env = {"DISCORD_TOKEN": TOKEN}
    return CliRunner().invoke(main, ["--config", str(config), *args], env=env)


def test_the_token_is_in_no_log_line_traceback_or_error(tmp_path: Path, monkeypatch):
    def leaky(self: AdvisorBot, token: str, **kwargs: object) -> None:
        logging.getLogger("discord.http").debug("Authorization: Bot %s", token)
        logging.getLogger("discord.gateway").info(f"identifying with {token}")
        logging.getLogger("advisor.bot").warning("token %r", token.encode())
        raise RuntimeError(f"gateway rejected {token}")

    monkeypatch.setattr(AdvisorBot, "run", leaky)
    result = run_bot(tmp_path, "run")
    assert result.exit_code == 1
    assert TOKEN not in result.output
    assert "Authorization: Bot [token]" in result.output
    assert "identifying with [token]" in result.output
    assert "RuntimeError: gateway rejected [token]" in result.output  # the traceback, redacted
    assert result.output.endswith(
        "Error: the bot stopped on an unexpected error; the log above has the details\n"
    )


def test_an_unreachable_discord_is_one_line_without_the_token(tmp_path: Path, monkeypatch):
    def unreachable(self: AdvisorBot, token: str, **kwargs: object) -> None:
        raise aiohttp.ClientConnectionError(f"no route for {token}")

    monkeypatch.setattr(AdvisorBot, "run", unreachable)
    result = run_bot(tmp_path, "run")
    assert result.exit_code == 1
    assert result.output == "Error: cannot reach Discord: no route for [token]\n"


@pytest.mark.parametrize("command", [["preview", "do I need a PhD?"], ["commands", "--json"]])
def test_offline_commands_never_show_the_token(tmp_path: Path, command: list[str]):
    result = run_bot(tmp_path, *command)
    assert result.exit_code == 0 and TOKEN not in result.output


def test_a_token_in_the_settings_file_is_refused_without_echoing_it(tmp_path: Path):
    result = run_bot(tmp_path, "run", settings=f"token: {TOKEN}\n")
    assert result.exit_code == 2
    assert "read from DISCORD_TOKEN only" in result.output
    assert TOKEN not in result.output


def not_started(self: AdvisorBot, token: str, **kwargs: object) -> None:
    raise AssertionError("the bot connected although it cannot answer")


def test_a_corpus_that_cannot_load_stops_the_bot_with_a_log_line(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(AdvisorBot, "run", not_started)
    articles = tmp_path / "corpus" / "articles"
    articles.mkdir(parents=True)
    (articles / "bad.md").write_text("no front matter\n")
    result = run_bot(tmp_path, "run", settings=f"corpus: {tmp_path / 'corpus'}\n")
    assert result.exit_code == 2
    [logged, error] = result.output.splitlines()
    assert f"CRITICAL advisor.bot: cannot start: {articles / 'bad.md'}:1: no front matter" in (
        logged
    )
    assert error.startswith(f"Error: {articles / 'bad.md'}:1: no front matter")


def test_a_database_from_a_newer_version_stops_the_bot_untouched(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(AdvisorBot, "run", not_started)
    Store.open(tmp_path / "bot.db")
    with sqlite3.connect(tmp_path / "bot.db") as conn:
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    result = run_bot(tmp_path, "run")
    assert result.exit_code == 2
    assert "cannot start: " in result.output and "newer than this advisor knows" in result.output
    with sqlite3.connect(tmp_path / "bot.db") as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) + 1
