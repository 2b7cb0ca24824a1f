"""`advisor-bot` and its settings: commands as synced (snapshot), preview, run without a token,
the token kept out of logs."""

from __future__ import annotations

import json
import logging
import socket
from pathlib import Path

import aiohttp
import discord
import pytest
from click.testing import CliRunner

from bot.app import AdvisorBot
from bot.cli import RedactingFormatter, main
from bot.config import Settings, SettingsError, load_settings

from harness import NetworkUsed

SNAPSHOT = Path(__file__).with_name("commands.json")


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def test_commands_json_matches_the_snapshot():
    """A change to the commands' shapes must be deliberate: after checking it, regenerate
    with `advisor-bot commands --json > tests/bot/commands.json`."""
    result = run("commands", "--json")
    assert result.exit_code == 0
    assert json.loads(result.output) == json.loads(SNAPSHOT.read_text(encoding="utf-8"))


def test_commands_lists_names_for_people():
    lines = run("commands").output.splitlines()
    assert lines[0].startswith("/ask  Ask about")
    assert "message menu: Answer with Advisor" in lines


def test_preview_prints_the_ask_payload_without_storing_anything(tmp_path: Path):
    db = tmp_path / "never.db"
    config = tmp_path / "bot.yaml"
    config.write_text(f"database: {db}\n")
    result = run("--config", str(config), "preview", "do I need a PhD?")
    assert result.exit_code == 0
    payload = json.loads(result.output)
    assert payload["allowed_mentions"] == {"parse": []}
    assert "flags" not in payload  # public
    assert payload["embeds"][0]["title"] == "do I need a PhD?"
    assert payload["components"][0]["components"][0]["custom_id"] == "advisor:vote:0:1"
    assert not db.exists()

    declined = json.loads(run("preview", "best pizza topping?").output)
    assert declined["flags"] == 64 and "components" not in declined


def test_preview_of_an_empty_question_is_one_line_and_exit_2():
    result = run("preview", "  ")
    assert result.exit_code == 2
    assert result.output.strip().startswith("Error: the question is empty")
    assert result.output.strip().count("\n") == 0


def test_run_without_a_token_is_one_clear_line_and_exit_2():
    result = run("run", env={"DISCORD_TOKEN": ""})
    assert result.exit_code == 2
    assert result.output == (
        "Error: DISCORD_TOKEN is not set: export the bot token from the Discord developer "
        "portal (README: Run the Discord bot)\n"
    )


@pytest.mark.parametrize(
    ("error", "line", "code"),
    [
        (discord.LoginFailure("401"), "Error: Discord refused the token in DISCORD_TOKEN", 2),
        (aiohttp.ClientConnectionError("no route"), "Error: cannot reach Discord: no route", 1),
    ],
)
def test_run_failures_are_one_line(monkeypatch, tmp_path: Path, error, line: str, code: int):
    def fail(self: AdvisorBot, token: str, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(AdvisorBot, "run", fail)
    monkeypatch.setattr(logging, "basicConfig", lambda **kwargs: None)  # keep pytest's logging
    result = run("run", env={"DISCORD_TOKEN": "t0ken", "ADVISOR_DB": str(tmp_path / "a.db")})
    assert result.exit_code == code
    assert result.output.startswith(line) and result.output.count("\n") == 1


def test_the_token_never_reaches_a_log_line():
    formatter = RedactingFormatter("secret.token.value")
    try:
        raise RuntimeError("login with secret.token.value failed")
    except RuntimeError as exc:
        record = logging.LogRecord("discord", logging.ERROR, __file__, 1,
                                   "token %s rejected", ("secret.token.value",),
                                   (type(exc), exc, exc.__traceback__))
    line = formatter.format(record)
    assert "secret.token.value" not in line
    assert "token [token] rejected" in line
    assert "RuntimeError: login with [token] failed" in line  # tracebacks too


def test_settings_defaults_and_file(tmp_path: Path):
    assert load_settings(None, env={}) == Settings()
    config = tmp_path / "bot.yaml"
    config.write_text(
        "guild_ids: [123456789012345678]\ncooldown_seconds: 5\n"
        f"database: {tmp_path}/x.db\nlog_level: debug\n"
    )
    settings = load_settings(config, env={"ADVISOR_CORPUS": str(tmp_path)})
    assert settings == Settings(guild_ids=(123456789012345678,), cooldown_seconds=5.0,
                                database=tmp_path / "x.db", corpus=tmp_path, log_level="DEBUG")
    assert settings.database_path == tmp_path / "x.db"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("cooldown_secs: 5\n", "unknown setting 'cooldown_secs'"),
        ("cooldown_seconds: soon\n", "wrong type"),
        ("cooldown_seconds: -1\n", "0 or more"),
        ("log_level: LOUD\n", "log_level must be"),
        ("- a list\n", "YAML mapping"),
        ("guild_ids: [abc]\n", "wrong type"),
    ],
)
def test_bad_settings_are_one_clear_error(tmp_path: Path, text: str, problem: str):
    config = tmp_path / "bot.yaml"
    config.write_text(text)
    with pytest.raises(SettingsError, match=problem):
        load_settings(config)
    result = run("--config", str(config), "commands")
    assert result.exit_code == 2 and problem in result.output


def test_the_network_guard_refuses_connections():
    with pytest.raises(NetworkUsed):
        socket.create_connection(("discord.com", 443))
    with pytest.raises(NetworkUsed), socket.socket() as sock:
        sock.connect(("127.0.0.1", 9))
