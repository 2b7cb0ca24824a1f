"""Fixtures of the bot tests: no network at all, the bundled advisor, a bot on a tmp store."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
import pytest_asyncio

from advisor import Advisor
from advisor.store import Store
from bot.config import Settings
from bot.services import Services

from harness import Harness, NetworkUsed


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection or name lookup fails the test: everything here is offline."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkUsed(f"network access attempted: {args[1:] or kwargs}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def make_services(advisor: Advisor, tmp_path: Path) -> Callable[..., Services]:
    def make(cooldown_seconds: float = 0, **settings: object) -> Services:
        """Services on a tmp store; no /ask cooldown unless a test asks for one."""
        store = Store.open(tmp_path / "bot.db")
        return Services(
            advisor,
            store,
            Settings(database=store.path, cooldown_seconds=cooldown_seconds, **settings),  # type: ignore[arg-type]
        )

    return make


@pytest.fixture
def services(make_services: Callable[..., Services]) -> Services:
    return make_services()


@pytest_asyncio.fixture
async def bot(services: Services) -> AsyncIterator[Harness]:
    async with Harness.start(services) as harness:
        yield harness
