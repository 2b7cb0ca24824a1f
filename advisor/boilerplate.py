"""What on a scraped page is not the article: adverts, forms, teasers, captions.

Every phrase the importer drops is listed in `BOILERPLATE_PATTERNS`, grouped by how much
it takes with it, so a curator can see (and extend) exactly what is removed. Patterns are
case-insensitive regular expressions. Nothing matched here may ever be quoted as advice.
"""

from __future__ import annotations

import re
from typing import Final

from advisor.passages import split_sentences

_PEOPLE = (
    r"people|professionals?|colleagues|co-?workers|employees|workers|women|men|woman|man"
    r"|lady|ladies|team|person|hiring manager"
)
_SCENE = (
    r"reviewing|reviews|looking|talking|smiling|sitting|standing|working|discussing"
    r"|shaking|holding|using|laughing|pointing|collaborating|gathered|posing|typing"
)

BOILERPLATE_PATTERNS: Final[dict[str, tuple[str, ...]]] = {
    # A whole line that is page furniture; dropped wherever it stands.
    "line": (
        # navigation and widget chrome
        r"in this article",
        r"table of contents",
        r"an intro for your faq section",
        r"scroll the table sideways on mobile\.?",
        # course adverts and calls to action
        r"view the .{1,60}(course|bootcamp|programme|program)s?",
        r"see your competitive advantage",
        r"side-by-side comparison across \d+ courses",
        r"(book|request|download|get) (a|your|our) (free )?(demo|brochure|prospectus|consultation)",
        # enquiry forms
        r"send us an? (enquiry|inquiry|message)",
        r"about you",
        r"what are you\?\s*\(required\)",
        r".{0,40}\(required\)",
        r"(first|last|full) name\s*\*?",
        r"(email|e-mail|phone)( address| number)?\s*\*?",
        # company blurbs
        r"find the right fit for you",
        r"we provide\b.{0,80}\b(solutions|services)\b.*",
        r"why choose us\??",
        # newsletter prompts
        r".{0,40}\b(sign up|subscribe)\b.{0,40}\bnewsletter\b.*",
        r"(join|get) our newsletter.*",
    ),
    # Image alt text and captions: a scene described, or a photo pointed at. Only dropped
    # when the line does not talk to the reader (no I/we/you), as captions never do.
    "caption": (
        rf"((a|an|the|two|three|four|several|group of|team of)\s+)?(\w+\s+){{0,2}}({_PEOPLE})"
        rf"\b[^.]{{0,160}}\b({_SCENE})\b[^.!?]{{0,200}}\.?",
        r".{10,200}\bas (this|these) (team|people|colleagues|group|person|woman|man)"
        r" (is|are) doing\.?",
    ),
    # A line that opens a teaser list (related posts); dropped together with the indented
    # or bulleted lines under it.
    "block": (
        r"get the latest (news|insights|articles|posts)\b.*",
        r"(related|recent|latest|popular|more) (posts|articles|stories|news|reads)",
        r"you (may|might) also (like|enjoy)",
        r"read (more|next)",
    ),
    # A heading that opens a promotional section; dropped with everything up to the next
    # heading.
    "section": (
        r"ready to (start|launch|kick-?start|begin|take|change|boost|build)\b.*\?",
        r"beyond the certificate",
        r"see your competitive advantage",
        r"view the .{1,60}(course|bootcamp|programme|program)s?",
        r"why (study|learn|train) with us\??",
        r"(start|begin) your (journey|career) (today|now)",
    ),
    # A sentence inside real text that advertises or links to the publisher's product.
    "sentence": (
        r"\bour\b.{0,80}\b(course|bootcamp|programme|program|training)s?\b.{0,40}"
        r"\b(covers?|teach(es)?|includes?|gives?|offers?)\b",
        r"\bexplore\b.{0,60}\bfull range of\b",
        r"\b(take a look at|check out|checking|explore)\b.{0,30}\b(our|the|this)\b.{0,60}"
        r"\b(bootcamps?|courses?|pricing|programmes?)\b",
        r"\b(bootcamps?|courses?|programmes?)\b.{0,12}\bat (?-i:[A-Z])[\w&.'-]*",
        r"\bmost providers stop at the certificate\b",
        r"\bwe go further\b",
        r"\b(enrol|enroll|apply|sign up|book) (now|today)\b",
        r"^scroll the table sideways on mobile\b",
        r"^(swipe|scroll) (left|right|sideways)\b",
    ),
    # Fragments of page chrome stuck inside real text (a "You are here" badge in a table).
    "inline": (r"\s*\byou are here\b",),
}


def _compile(kind: str, *, whole: bool) -> tuple[re.Pattern[str], ...]:
    flags = re.IGNORECASE
    if whole:
        return tuple(re.compile(rf"(?:{p})\s*", flags) for p in BOILERPLATE_PATTERNS[kind])
    return tuple(re.compile(p, flags) for p in BOILERPLATE_PATTERNS[kind])


_LINE = _compile("line", whole=True)
_CAPTION = _compile("caption", whole=True)
_BLOCK = _compile("block", whole=True)
_SECTION = _compile("section", whole=True)
_SENTENCE = _compile("sentence", whole=False)
_INLINE = _compile("inline", whole=False)
_PRONOUNS = re.compile(r"\b(I|we|our|you|your|my)\b", re.IGNORECASE)


def is_boilerplate_line(line: str) -> bool:
    """True for a standalone line of page furniture (form field, caption, advert...)."""
    text = line.strip()
    if any(pattern.fullmatch(text) for pattern in _LINE):
        return True
    return not _PRONOUNS.search(text) and any(p.fullmatch(text) for p in _CAPTION)


def starts_boilerplate_block(line: str) -> bool:
    """True for the heading of a teaser list (related posts and the like)."""
    return any(pattern.fullmatch(line.strip()) for pattern in _BLOCK)


def starts_boilerplate_section(heading: str) -> bool:
    """True for a heading whose whole section is a promotion."""
    return any(pattern.fullmatch(heading.strip()) for pattern in _SECTION)


def is_advert_sentence(sentence: str) -> bool:
    """True for a sentence that promotes or links to the publisher's own product."""
    return any(pattern.search(sentence) for pattern in _SENTENCE)


def drop_advert_sentences(text: str) -> str:
    """Remove the advertising sentences of a paragraph; '' when nothing else is left."""
    return " ".join(s for s in split_sentences(text) if not is_advert_sentence(s))


def strip_inline_chrome(text: str) -> str:
    """Remove page-chrome fragments (badges) from inside a line of text."""
    for pattern in _INLINE:
        text = pattern.sub("", text)
    return text
