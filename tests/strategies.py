"""Hypothesis strategies for text a stranger on the internet might type (shared by the core's
and the bot's hostile-input tests)."""

from __future__ import annotations

from hypothesis import strategies as st

ANY_CHARACTER = st.characters(codec=None, exclude_categories=())  # surrogates included
FIELD_WORDS = st.sampled_from(
    ["salary", "PhD", "ML engineer", "junior", "@everyone", "@here", "<@123>",
     "<@!400000000000000001>", "<@&600000000000000001>", "<#300000000000000001>", "```",
     "```py\nprint()", "**", "__", "||spoiler", "> quote", "# heading", "[x](https://a.b)",
     "£40k", "→", "\u202e", "\u200d", "\x00", "\ud800"]
)
LONG = st.sampled_from(["salary " * 1500, "a" * 10_000, "😀" * 10_000, "e\u0301" * 5000])
QUESTIONS = st.one_of(
    st.text(ANY_CHARACTER, max_size=200),
    st.lists(st.one_of(FIELD_WORDS, st.text(ANY_CHARACTER, max_size=8)), max_size=30).map(
        " ".join
    ),
    st.sampled_from(["\u200d" * 50, "\u202e" + "salary", "e\u0301" * 300, "😀" * 500,
                     "مرحبا what is the salary?", "```\n@everyone\n```"]),
    LONG,
)
