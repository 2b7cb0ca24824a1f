"""The bot's settings: a YAML file with documented defaults, then the environment.

Every key is optional; an unknown key is an error rather than silently ignored, so a typo in
`cooldown_secs` does not quietly leave the default in place.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import yaml

from advisor.store import default_db_path


class SettingsError(Exception):
    """The settings file is missing, not YAML, or holds a key or value the bot cannot use."""


@dataclass(frozen=True)
class Settings:
    """What an operator can change without touching code (README: "Run the Discord bot")."""

    # Servers whose commands are synced instantly at start-up; empty syncs them globally,
    # which Discord can take up to an hour to show.
    guild_ids: tuple[int, ...] = ()
    # Seconds a member waits between two /ask; 0 turns the cooldown off.
    cooldown_seconds: float = 10.0
    # The SQLite file shared with `advisor gaps` / `advisor faq`; None means ADVISOR_DB, else
    # the user data folder (~/.local/share/advisor/advisor.db).
    database: Path | None = None
    # Corpus folder; None means ADVISOR_CORPUS, else the bundled corpus.
    corpus: Path | None = None
    log_level: str = "INFO"

    @property
    def database_path(self) -> Path:
        return self.database or default_db_path()


def load_settings(path: Path | None, env: Mapping[str, str] = os.environ) -> Settings:
    """Settings from `path` (None: all defaults), with ADVISOR_CORPUS as the corpus fallback."""
    data: Any = {}
    if path is not None:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise SettingsError(f"{path}: cannot read settings: {exc}") from exc
        if not isinstance(data, dict):
            raise SettingsError(f"{path}: settings must be a YAML mapping of key: value")
    if {"token", "discord_token"} & set(data):
        raise SettingsError(f"{path}: the bot token is read from DISCORD_TOKEN only, never from "
                            "a file that could be shared or committed; remove it from here")
    known = {field.name for field in fields(Settings)}
    unknown = sorted(set(data) - known)
    if unknown:
        names = ", ".join(sorted(known))
        raise SettingsError(f"{path}: unknown setting {unknown[0]!r}; known: {names}")
    try:
        settings = Settings(
            guild_ids=tuple(int(guild) for guild in data.get("guild_ids") or ()),
            cooldown_seconds=float(data.get("cooldown_seconds", Settings.cooldown_seconds)),
            database=_path(data.get("database")),
            corpus=_path(data.get("corpus") or env.get("ADVISOR_CORPUS")),
            log_level=str(data.get("log_level", Settings.log_level)).upper(),
        )
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"{path}: a setting has the wrong type: {exc}") from exc
    if settings.cooldown_seconds < 0:
        raise SettingsError(f"{path}: cooldown_seconds must be 0 or more")
    if not isinstance(logging.getLevelName(settings.log_level), int):
        raise SettingsError(f"{path}: log_level must be DEBUG, INFO, WARNING or ERROR")
    return settings


def _path(value: object) -> Path | None:
    return Path(str(value)).expanduser() if value else None
