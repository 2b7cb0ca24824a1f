"""Drive the real bot offline (GUIDE §6): a real AdvisorBot (discord.Client), its real
CommandTree, and interaction payloads shaped as the gateway sends them, dispatched through
discord.py's own INTERACTION_CREATE handler. Everything that would go to Discord is caught
by a recorder standing in for the webhook adapter and the HTTP client, which answers the way
Discord does.

This is the only module that touches private discord.py API (`async_context`,
`ConnectionState.parse_interaction_create`, `client.http.request`); pyproject.toml pins the
discord.py minor version it was written against.
"""

from __future__ import annotations

import asyncio
import itertools
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import discord
from discord.http import Route
from discord.utils import MISSING
from discord.webhook.async_ import AsyncWebhookAdapter, async_context

from bot.app import AdvisorBot
from bot.services import Services

APP_ID = 100000000000000001
BOT_ID = 100000000000000002
GUILD_ID = 200000000000000001
CHANNEL_ID = 300000000000000001
MEMBER_ID = 400000000000000001
MODERATOR_ID = 400000000000000002
EPHEMERAL = 64
MEMBER_PERMISSIONS = discord.Permissions(view_channel=True, send_messages=True,
                                         read_message_history=True, use_application_commands=True)
MODERATOR_PERMISSIONS = MEMBER_PERMISSIONS | discord.Permissions(manage_messages=True)
# The tasks discord.py starts to run a handler; the harness waits for them to finish.
HANDLER_TASKS = ("CommandTree-invoker", "discord-ui-view-dispatch-", "discord-ui-dynamic-item-")
_ids = itertools.count(500000000000000001)


class NetworkUsed(AssertionError):
    """A test tried to reach the network (see the no_network fixture)."""


def user(user_id: int, name: str = "member") -> dict[str, Any]:
    return {"id": str(user_id), "username": name, "discriminator": "0", "global_name": name,
            "avatar": None, "bot": user_id == BOT_ID}


def member(user_id: int, permissions: discord.Permissions) -> dict[str, Any]:
    return {"user": user(user_id), "roles": [], "joined_at": "2026-01-01T00:00:00+00:00",
            "deaf": False, "mute": False, "flags": 0, "permissions": str(permissions.value)}


def channel() -> dict[str, Any]:
    return {"id": str(CHANNEL_ID), "type": 0, "guild_id": str(GUILD_ID), "name": "careers",
            "position": 0, "permission_overwrites": [], "nsfw": False, "parent_id": None}


def guild() -> dict[str, Any]:
    """The server as GUILD_CREATE describes it (the bot caches it, as with the guilds intent)."""
    everyone = {"id": str(GUILD_ID), "name": "@everyone", "permissions": "0", "position": 0,
                "color": 0, "hoist": False, "managed": False, "mentionable": False}
    return {"id": str(GUILD_ID), "name": "AI careers", "owner_id": str(MODERATOR_ID),
            "roles": [everyone], "channels": [channel()], "members": [], "member_count": 2,
            "emojis": [], "stickers": [], "features": [], "unavailable": False}


def message(
    content: str = "",
    *,
    author_id: int = MEMBER_ID,
    message_id: int | None = None,
    embeds: list[dict[str, Any]] | None = None,
    components: list[dict[str, Any]] | None = None,
    flags: int = 0,
    reference: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A message object as Discord returns it."""
    data = {
        "id": str(message_id or next(_ids)), "channel_id": str(CHANNEL_ID),
        "guild_id": str(GUILD_ID), "author": user(author_id), "content": content,
        "timestamp": "2026-11-26T12:00:00+00:00", "edited_timestamp": None, "tts": False,
        "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": [],
        "embeds": embeds or [], "pinned": False, "type": 19 if reference else 0,
        "flags": flags, "components": components or [],
    }
    if reference:
        data["message_reference"] = reference
    return data


@dataclass(frozen=True)
class Sent:
    """One request the bot made, as it would have gone to Discord."""

    method: str
    path: str
    payload: dict[str, Any] | None
    created: dict[str, Any] | None = None  # the message Discord created from it, if any

    @property
    def data(self) -> dict[str, Any]:
        """The message part: `data` of an interaction callback, else the whole payload."""
        payload = self.payload or {}
        return payload.get("data", {}) if self.path.endswith("/callback") else payload

    @property
    def ephemeral(self) -> bool:
        return bool(self.data.get("flags", 0) & EPHEMERAL)

    @property
    def embed(self) -> dict[str, Any]:
        [embed] = self.data["embeds"]
        return embed


class Recorder(AsyncWebhookAdapter):
    """Records each request and returns what Discord would: a message for a message, the
    callback response for an interaction response, the stored message for a fetch."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[Sent] = []
        self.messages: dict[int, dict[str, Any]] = {}  # what fetch_message can find

    async def request(self, route: Route, session: object = None, **kwargs: Any) -> Any:
        return self._reply(route, kwargs.get("payload"))

    async def http_request(self, route: Route, **kwargs: Any) -> Any:
        return self._reply(route, kwargs.get("json"))

    def _reply(self, route: Route, payload: dict[str, Any] | None) -> Any:
        path = route.url.removeprefix(Route.BASE)
        payload = payload or {}
        if route.method == "DELETE":
            return self._record(Sent(route.method, path, payload), None)
        if route.method == "GET":
            found = self.messages.get(int(path.rsplit("/", 1)[1]))
            self._record(Sent(route.method, path, None), found)
            if found is None:
                raise discord.NotFound(SimpleNamespace(status=404, reason="Not Found"),
                                       {"code": 10008, "message": "Unknown Message"})
            return found
        if not path.endswith("/callback"):
            return self._record(Sent(route.method, path, payload, message_from(payload)))
        data = payload.get("data") or {}
        created = message_from(data)
        self._record(Sent(route.method, path, payload, created))
        return {
            "interaction": {
                "id": str(route.webhook_id), "type": 2, "response_message_id": created["id"],
                "response_message_loading": payload.get("type") == 5,
                "response_message_ephemeral": bool(data.get("flags", 0) & EPHEMERAL),
            },
            "resource": {"type": payload.get("type"), "message": created},
        }

    def _record(self, sent: Sent, returned: Any = MISSING) -> Any:
        self.sent.append(sent)
        return sent.created if returned is MISSING else returned


class Harness:
    """A bot with no network, and the payloads to poke it with."""

    def __init__(self, client: AdvisorBot, recorder: Recorder) -> None:
        self.client = client
        self.recorder = recorder

    @classmethod
    @asynccontextmanager
    async def start(cls, services: Services) -> AsyncIterator[Harness]:
        recorder = Recorder()
        reset = async_context.set(recorder)
        client = AdvisorBot(services)
        client.http.request = recorder.http_request  # type: ignore[method-assign]
        try:
            async with client:  # sets the loop; logs in to nothing
                state = client._connection
                state.user = discord.ClientUser(state=state, data=user(BOT_ID, "advisor"))
                state.application_id = APP_ID
                state._add_guild_from_data(guild())  # type: ignore[arg-type]
                yield cls(client, recorder)
        finally:
            async_context.reset(reset)

    def post(self, content: str, author_id: int = MEMBER_ID) -> dict[str, Any]:
        """A member's message in the channel (fetchable by link)."""
        posted = message(content, author_id=author_id)
        self.recorder.messages[int(posted["id"])] = posted
        return posted

    async def slash(
        self, command: str, *, user_id: int = MEMBER_ID, moderator: bool = False, **options: Any
    ) -> list[Sent]:
        """Run `/command` ("ask", "faq save") with options as a member or a moderator."""
        data_options = [_option(key, value) for key, value in options.items()]
        return await self.dispatch(2, _command(command, data_options), user_id, moderator)

    async def slash_at_once(
        self, command: str, calls: list[tuple[int, dict[str, Any]]]
    ) -> list[list[Sent]]:
        """Run `/command` once per (member id, options), all arriving before any is handled
        (yielding to the loop between two, as the gateway does); what each one sent."""
        payloads = []
        for user_id, options in calls:
            data_options = [_option(key, value) for key, value in options.items()]
            payloads.append(self.interaction(2, _command(command, data_options), user_id))
            self.client._connection.parse_interaction_create(payloads[-1])  # type: ignore[arg-type]
            await asyncio.sleep(0)
        await self.settle()
        return [[sent for sent in self.recorder.sent if payload["token"] in sent.path]
                for payload in payloads]

    async def autocomplete(
        self, command: str, focused: str, typed: str, *, moderator: bool = False
    ) -> list[dict[str, Any]]:
        """The choices offered while typing `typed` into option `focused`."""
        data = _command(command, [{**_option(focused, typed), "focused": True}])
        sent = await self.dispatch(4, data, MEMBER_ID, moderator)
        return sent[-1].data["choices"]

    async def message_menu(
        self, name: str, target: dict[str, Any], *, moderator: bool
    ) -> list[Sent]:
        """Right-click `target` -> Apps -> `name`."""
        data = {"id": str(next(_ids)), "type": 3, "name": name, "target_id": target["id"],
                "resolved": {"messages": {target["id"]: target}}}
        user_id = MODERATOR_ID if moderator else MEMBER_ID
        return await self.dispatch(2, data, user_id, moderator)

    async def click(
        self, on: Sent, custom_id: str, *, user_id: int = MEMBER_ID, moderator: bool = False
    ) -> list[Sent]:
        """Click the button `custom_id` of the message the bot sent as `on`."""
        data = {"custom_id": custom_id, "component_type": 2}
        return await self.dispatch(3, data, user_id, moderator, message=on.created)

    async def dispatch(
        self,
        kind: int,
        data: dict[str, Any],
        user_id: int,
        moderator: bool,
        message: dict[str, Any] | None = None,
    ) -> list[Sent]:
        """Feed one INTERACTION_CREATE to discord.py; return the requests its handling made."""
        payload = self.interaction(kind, data, user_id, moderator, message)
        start = len(self.recorder.sent)
        self.client._connection.parse_interaction_create(payload)  # type: ignore[arg-type]
        await self.settle()
        return self.recorder.sent[start:]

    @staticmethod
    def interaction(
        kind: int,
        data: dict[str, Any],
        user_id: int,
        moderator: bool = False,
        message: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """An INTERACTION_CREATE payload from `user_id` in the server's channel."""
        permissions = MODERATOR_PERMISSIONS if moderator else MEMBER_PERMISSIONS
        payload: dict[str, Any] = {
            "id": str(next(_ids)), "application_id": str(APP_ID), "type": kind,
            "token": f"interaction-token-{next(_ids)}", "version": 1, "data": data,
            "guild_id": str(GUILD_ID), "channel_id": str(CHANNEL_ID),
            "channel": channel(),
            "member": member(user_id, permissions),
            "app_permissions": str(MODERATOR_PERMISSIONS.value), "locale": "en-GB",
            "attachment_size_limit": 10 * 1024 * 1024,
            "guild_locale": "en-GB", "entitlements": [], "context": 0,
            "authorizing_integration_owners": {"0": str(GUILD_ID)},
        }
        if message is not None:
            payload["message"] = message
        return payload

    @staticmethod
    async def settle() -> None:
        """Wait until every handler discord.py started has finished."""
        while pending := [
            task for task in asyncio.all_tasks()
            if task.get_name().startswith(HANDLER_TASKS) and not task.done()
        ]:
            await asyncio.gather(*pending)


def _command(command: str, options: list[dict[str, Any]]) -> dict[str, Any]:
    """The `data` of a slash command interaction: "faq save" nests save in the faq group."""
    *groups, name = command.split()
    data: dict[str, Any] = {"type": 1, "name": name, "options": options}
    for group in reversed(groups):
        data = {"type": 1, "name": group, "options": [data]}
    return {**data, "id": str(next(_ids))}


def _option(name: str, value: Any) -> dict[str, Any]:
    kind = {bool: 5, int: 4, str: 3}[type(value)]
    return {"type": kind, "name": name, "value": value}


def buttons(sent: Sent) -> list[str]:
    """The custom_ids of the buttons on a sent message."""
    return [button["custom_id"] for row in sent.data.get("components", [])
            for button in row["components"]]


def message_from(data: dict[str, Any]) -> dict[str, Any]:
    """The message Discord creates from a sent message payload (to click its buttons)."""
    return message(
        data.get("content") or "", author_id=BOT_ID, embeds=data.get("embeds"),
        components=data.get("components"), flags=data.get("flags", 0),
        reference=data.get("message_reference"),
    )


def assert_within_discord_limits(data: dict[str, Any]) -> None:
    """Fail on a message Discord would reject for its size."""
    assert len(data.get("content") or "") <= 2000
    assert len(data.get("embeds", [])) <= 10
    for embed_data in data.get("embeds", []):
        embed = discord.Embed.from_dict(embed_data)
        assert len(embed) <= 6000  # discord.py counts what Discord counts
        assert len(embed.title or "") <= 256
        assert len(embed.description or "") <= 4096
        assert len(embed.fields) <= 25
        assert all(len(f.name or "") <= 256 and len(f.value or "") <= 1024 for f in embed.fields)
        assert len(embed.footer.text or "") <= 2048


# What would ping despite the escaping (allowed_mentions aside): @everyone, @here, <@id>.
LIVE_MENTION = re.compile(r"@(everyone|here)|<@[!&]?\d{17,20}>")


def live_markdown(text: str) -> str | None:
    """The first Markdown character in `text` that is not escaped by a backslash."""
    escaped = False
    for char in text:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "*_~`|":
            return char
    return None
