"""Answers, passages and lists as Discord embeds, within Discord's limits.

Text from articles and from users is escaped before it is shown, so it can neither format
nor ping, and it is cut at a sentence or word boundary: an escape is never split, so no
Markdown is ever left open.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import discord

from advisor import Answer, Citation, Passage
from advisor.store import Gap, SavedAnswer

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FIELD_COUNT_LIMIT = 25
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000
CONTENT_LIMIT = 2000

ANSWERED_COLOUR = discord.Colour.blurple()
DECLINED_COLOUR = discord.Colour.light_grey()
ELLIPSIS = "…"
MORE = f"{ELLIPSIS} and more: see `advisor gaps` / `advisor faq list`"

# Markdown that could format quoted text; "- " list bullets and "[1]" markers are left alone
# on purpose, and a masked link "[text](url)" is broken at "](".
_MARKDOWN = re.compile(r"([\\*_~`|>#])|(?<=\])(\()")
_BOUNDARY = re.compile(r"[.!?](?=\s)|\n")
_SAFE_URL = re.compile(r"https?://[^\s()<>]+")
# Characters nobody means to show: control codes, bidi overrides that make text read in
# another order than it is written, and lone surrogates, which Discord cannot take as UTF-8.
_UNSHOWABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def plain(text: str) -> str:
    """Text shown as written: Markdown escaped, @everyone/@here/mentions defused, control
    characters dropped."""
    text = _UNSHOWABLE.sub("", text)
    return discord.utils.escape_mentions(_MARKDOWN.sub(lambda m: "\\" + m[0], text))


def cut(text: str, limit: int) -> str:
    """`text` within `limit` characters: whole sentences if most of them fit, else whole
    words, then an ellipsis."""
    if len(text) <= limit:
        return text
    room = text[: max(limit - 1, 0)]
    ends = [match.end() for match in _BOUNDARY.finditer(room)]
    if ends and ends[-1] >= limit // 2:
        head = room[: ends[-1]]
    elif (space := max(room.rfind(" "), room.rfind("\n"))) > 0:
        head = room[:space]
    else:
        head = room.rstrip("\\")  # one long word: never leave a dangling escape
    return head.rstrip() + ELLIPSIS


def answer_embed(answer: Answer, *, saved_as: str | None = None) -> discord.Embed:
    """The answer, one field per numbered source and a footer naming the topic."""
    fields = [_source_field(citation) for citation in answer.citations[:FIELD_COUNT_LIMIT]]
    footer = f"Topic: {answer.topic or 'none'}"
    if saved_as:
        footer = f"Saved answer: {saved_as} · {footer}"
    if answer.citations:
        footer += " · /source id: shows a full passage"
    if not answer.answered:
        footer = "Not covered by the articles"
    title = cut(plain(answer.question), TITLE_LIMIT)
    used = len(title) + len(footer) + sum(len(name) + len(value) for name, value in fields)
    embed = discord.Embed(
        title=title,
        description=cut(plain(answer.answer), min(DESCRIPTION_LIMIT, EMBED_TOTAL_LIMIT - used)),
        colour=ANSWERED_COLOUR if answer.answered else DECLINED_COLOUR,
    )
    for name, value in fields:
        embed.add_field(name=name, value=value, inline=False)
    return embed.set_footer(text=footer)


def _source_field(citation: Citation) -> tuple[str, str]:
    """`[n] Title` over publisher · date · section, a link when the article has one, the id."""
    name = cut(plain(f"[{citation.n}] {citation.title}"), FIELD_NAME_LIMIT)
    details = [citation.publisher, citation.published, citation.section]
    tail = f"\n`{citation.id}`"
    if citation.url and _SAFE_URL.fullmatch(citation.url) and len(citation.url) < 300:
        tail = f"\n[Read the article]({citation.url})" + tail
    source = plain(" · ".join(part for part in details if part)) or "\u200b"
    return name, cut(source, FIELD_VALUE_LIMIT - len(tail)) + tail


def passage_embed(passage: Passage) -> discord.Embed:
    """A citation expanded to its full passage (/source)."""
    article = passage.article
    heading = " · ".join(part for part in (article.title, article.publisher) if part)
    embed = discord.Embed(
        title=cut(plain(heading), TITLE_LIMIT),
        description=cut(plain(passage.text), DESCRIPTION_LIMIT),
        colour=ANSWERED_COLOUR,
        url=article.url if article.url and _SAFE_URL.fullmatch(article.url) else None,
    )
    return embed.set_footer(text=cut(f"{passage.section or article.title} · {passage.id}",
                                     FOOTER_LIMIT))


def lines_embed(title: str, lines: Iterable[str], empty: str) -> discord.Embed:
    """A titled list (saved answers, gaps), as many whole lines as the description holds."""
    shown: list[str] = []
    length = 0
    for line in lines:
        if length + len(line) + 1 + len(MORE) > DESCRIPTION_LIMIT:
            shown.append(MORE)
            break
        shown.append(line)
        length += len(line) + 1
    return discord.Embed(title=title, description="\n".join(shown) or empty,
                         colour=ANSWERED_COLOUR)


def saved_line(saved: SavedAnswer) -> str:
    question = cut(plain(" ".join(saved.answer.question.split())), 120)
    return f"**{saved.name}** · {saved.uses} uses · {question}"


def gap_line(gap: Gap) -> str:
    question = cut(plain(" ".join(gap.question.split())), 200)
    return f"**{gap.count}×** {question} ({gap.declined} declined, {gap.not_helpful} not helpful)"
