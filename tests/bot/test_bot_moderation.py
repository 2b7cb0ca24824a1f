"""The moderators' tools: "Answer with Advisor" and /faq, through the real command tree."""

from __future__ import annotations

import pytest

from bot.app import command_payloads

from harness import (
    BOT_ID,
    CHANNEL_ID,
    GUILD_ID,
    MEMBER_ID,
    MODERATOR_ID,
    Harness,
    buttons,
)

pytestmark = pytest.mark.asyncio

PHD = "do I need a PhD?"
MENU = "Answer with Advisor"


def link(posted: dict) -> str:
    return f"https://discord.com/channels/{GUILD_ID}/{CHANNEL_ID}/{posted['id']}"


async def test_the_menu_is_for_moderators_by_default(bot: Harness):
    [menu] = [c for c in command_payloads(bot.client.tree) if c["name"] == MENU]
    assert menu["type"] == 3
    assert menu["default_member_permissions"] == 1 << 13  # Manage Messages
    assert menu["contexts"] == [0]  # servers only


async def test_the_menu_is_refused_at_run_time_without_manage_messages(bot: Harness):
    question = bot.post(PHD)
    [sent] = await bot.message_menu(MENU, question, moderator=False)
    assert sent.ephemeral
    assert sent.data["content"] == (
        "This is for moderators: it needs the Manage Messages permission."
    )


async def test_a_moderator_answers_a_message_as_a_reply_pinging_only_its_author(bot: Harness):
    question = bot.post("@everyone " + PHD, author_id=MEMBER_ID)
    defer, reply, confirmation = await bot.message_menu(MENU, question, moderator=True)
    assert defer.payload["type"] == 5 and defer.payload["data"]["flags"] == 64

    assert (reply.method, reply.path) == ("POST", f"/channels/{CHANNEL_ID}/messages")
    assert str(reply.data["message_reference"]["message_id"]) == question["id"]
    assert reply.data["content"] == f"<@{MEMBER_ID}>"
    assert reply.data["allowed_mentions"] == {
        "parse": [], "users": [MEMBER_ID], "replied_user": True,
    }
    assert reply.embed["title"] == PHD  # mentions are not part of the question
    assert buttons(reply) == ["advisor:vote:1:1", "advisor:vote:1:0"]

    assert confirmation.ephemeral
    assert confirmation.data["content"].startswith(
        f"Answered: https://discord.com/channels/{GUILD_ID}/{CHANNEL_ID}/"
    )


async def test_the_menu_posts_nothing_when_the_articles_do_not_cover_it(bot: Harness):
    question = bot.post("What is the best pizza topping?")
    sent = await bot.message_menu(MENU, question, moderator=True)
    assert [s.path.split("/")[1] for s in sent] == ["interactions", "webhooks"]
    assert sent[-1].ephemeral and "nothing was posted" in sent[-1].data["content"]


async def test_the_menu_on_a_message_without_text(bot: Harness):
    [sent] = await bot.message_menu(MENU, bot.post(""), moderator=True)
    assert sent.ephemeral and sent.data["content"] == "That message has no text to answer."


async def save(bot: Harness, name: str, **options: str) -> list:
    return await bot.slash("faq save", user_id=MODERATOR_ID, moderator=True, name=name, **options)


async def test_saving_is_for_moderators(bot: Harness):
    [sent] = await bot.slash("faq save", name="phd", question=PHD)
    assert sent.ephemeral and "Manage Messages" in sent.data["content"]
    assert bot.client.services.store.saved_answers() == []


async def test_save_then_show_list_and_delete(bot: Harness):
    _, saved = await save(bot, "  PhD  Myth ", question=PHD)
    assert saved.ephemeral
    assert saved.data["content"].startswith("Saved as **phd myth**")
    assert saved.embed["footer"]["text"].startswith("Saved answer: phd myth · Topic: education")

    [shown] = await bot.slash("faq show", name="PHD myth")
    assert not shown.ephemeral
    assert shown.embed["fields"][0]["name"].startswith("[1] ")
    assert buttons(shown) == ["advisor:vote:1:1", "advisor:vote:1:0"]
    assert bot.client.services.store.saved_answer(GUILD_ID, "phd myth").uses == 1

    [listed] = await bot.slash("faq list")
    assert listed.ephemeral
    assert listed.embed["description"] == "**phd myth** · 1 uses · do I need a PhD?"

    [refused] = await bot.slash("faq delete", name="phd myth")
    assert "Manage Messages" in refused.data["content"]
    [deleted] = await bot.slash("faq delete", name="PhD myth", moderator=True)
    assert deleted.data["content"] == "Deleted."
    [empty] = await bot.slash("faq list")
    assert empty.embed["description"].startswith("No saved answers yet")


async def test_save_own_words_keeps_the_question_s_citations_optionally(bot: Harness):
    await save(bot, "phd", question=PHD, text="No: *ship* projects. @everyone")
    await save(bot, "hello", text="Welcome! Read the pinned posts.")
    store = bot.client.services.store
    cited = store.saved_answer(GUILD_ID, "phd")
    assert cited.own_words and cited.answer.citations and cited.answer.question == PHD
    uncited = store.saved_answer(GUILD_ID, "hello")
    assert uncited.answer.citations == [] and uncited.answer.question == "hello"

    [shown] = await bot.slash("faq show", name="phd")
    assert shown.embed["description"] == "No: \\*ship\\* projects. @\u200beveryone"
    assert shown.data["allowed_mentions"] == {"parse": []}


async def test_save_refuses_nothing_to_save_a_decline_and_a_bad_name(bot: Harness):
    [nothing] = await save(bot, "x")
    assert nothing.ephemeral and nothing.data["content"].startswith("Give a question:")
    _, declined = await save(bot, "pizza", question="best pizza topping?")
    assert declined.ephemeral and "save your own words" in declined.data["content"]
    _, bad = await save(bot, "@everyone", text="hi")
    assert bad.ephemeral and bad.data["content"].startswith("a name is 1-50 letters")
    assert bot.client.services.store.saved_answers() == []


async def test_saving_over_a_name_asks_before_replacing(bot: Harness):
    await save(bot, "phd", question=PHD)
    _, ask = await save(bot, "PhD", text="Short answer: no.")
    assert ask.ephemeral
    assert ask.data["content"] == "**phd** already exists (shown 0 times). Replace it with this?"
    replace_id, _ = buttons(ask)
    store = bot.client.services.store
    assert not store.saved_answer(GUILD_ID, "phd").own_words  # nothing replaced yet

    [not_theirs] = await bot.click(ask, replace_id, user_id=MEMBER_ID)
    assert not_theirs.ephemeral
    assert not_theirs.data["content"] == "Only the moderator who saved this can choose."
    assert not store.saved_answer(GUILD_ID, "phd").own_words

    [demoted] = await bot.click(ask, replace_id, user_id=MODERATOR_ID)  # no longer a moderator
    assert demoted.data["content"] == (
        "This is for moderators: it needs the Manage Messages permission."
    )
    assert not store.saved_answer(GUILD_ID, "phd").own_words

    [replaced] = await bot.click(ask, replace_id, user_id=MODERATOR_ID, moderator=True)
    assert replaced.payload["type"] == 7  # the confirmation message is updated in place
    assert (replaced.data["content"], replaced.data["components"]) == ("Replaced **phd**.", [])
    assert store.saved_answer(GUILD_ID, "phd").answer.answer == "Short answer: no."

    _, again = await save(bot, "phd", question=PHD)
    [kept] = await bot.click(again, buttons(again)[1], user_id=MODERATOR_ID, moderator=True)
    assert kept.data["content"] == "Kept **phd** as it was."
    assert store.saved_answer(GUILD_ID, "phd").own_words


async def test_names_autocomplete_with_fuzzy_matching(bot: Harness):
    for name in ("phd", "junior pay", "pay rise", "remote work"):
        await save(bot, name, text=f"About {name}.")
    assert [c["value"] for c in await bot.autocomplete("faq show", "name", "pay")] == [
        "pay rise", "junior pay",
    ]
    assert [c["name"] for c in await bot.autocomplete("faq show", "name", "remot wrk")] == [
        "remote work"
    ]
    assert len(await bot.autocomplete("faq delete", "name", "")) == 4


async def test_show_takes_the_only_close_name_and_suggests_among_several(bot: Harness):
    for name in ("junior pay", "senior pay"):
        await save(bot, name, text=f"About {name}.")
    [close] = await bot.slash("faq show", name="junior pya")
    assert close.embed["description"] == "About junior pay."
    [several] = await bot.slash("faq show", name="pay")
    assert several.ephemeral
    assert several.data["content"] == (
        "No saved answer has that name. Did you mean junior pay, senior pay?"
    )


async def test_show_reply_to_answers_a_linked_message(bot: Harness):
    await save(bot, "phd", question=PHD)
    question = bot.post("so do i need a phd or not", author_id=MEMBER_ID)
    [refused] = await bot.slash("faq show", name="phd", reply_to=link(question))
    assert refused.ephemeral and "Manage Messages" in refused.data["content"]

    defer, fetch, reply, confirmation = await bot.slash(
        "faq show", name="phd", reply_to=link(question), moderator=True, user_id=MODERATOR_ID
    )
    assert defer.payload["data"]["flags"] == 64
    assert fetch.method == "GET"
    assert fetch.path == f"/channels/{CHANNEL_ID}/messages/{question['id']}"
    assert str(reply.data["message_reference"]["message_id"]) == question["id"]
    assert reply.data["allowed_mentions"]["users"] == [MEMBER_ID]
    assert reply.embed["footer"]["text"].startswith("Saved answer: phd")
    assert confirmation.ephemeral and confirmation.data["content"].startswith("Answered: ")


@pytest.mark.parametrize(
    "bad_link",
    ["not a link", f"https://discord.com/channels/1/{CHANNEL_ID}/5", "missing"],
)
async def test_show_reply_to_refuses_links_outside_the_server_or_unknown(bot: Harness, bad_link):
    await save(bot, "phd", question=PHD)
    if bad_link == "missing":
        bad_link = f"https://discord.com/channels/{GUILD_ID}/{CHANNEL_ID}/{BOT_ID}"
    sent = await bot.slash("faq show", name="phd", reply_to=bad_link, moderator=True)
    assert sent[-1].ephemeral
    assert sent[-1].data["content"].startswith(("reply_to must be", "I can't find"))
    assert all(s.method != "POST" or "/channels/" not in s.path for s in sent)


async def test_gaps_list_declines_and_unhelpful_answers_for_moderators(bot: Harness):
    for _ in range(2):
        await bot.slash("ask", question="best pizza topping?")
    [refused] = await bot.slash("faq gaps")
    assert "Manage Messages" in refused.data["content"]
    [gaps] = await bot.slash("faq gaps", moderator=True)
    assert gaps.ephemeral
    assert gaps.embed["description"] == (
        "**2×** best pizza topping? (2 declined, 0 not helpful)"
    )
