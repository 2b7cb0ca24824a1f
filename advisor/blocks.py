"""Turn the cleaned lines of a scraped page into Markdown blocks.

A scrape keeps one paragraph, heading or list item per line but loses the markup. The
structure is recovered from the shape of the lines: short standalone lines followed by
content are headings, bullet marks and glued items are lists, pipe rows are tables, a
quoted line with a `— attribution` is a quote. Promotional sections and sentences are
dropped here too, because only once headings are known can a whole advert go at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from advisor.boilerplate import (
    drop_advert_sentences,
    is_boilerplate_line,
    starts_boilerplate_block,
    starts_boilerplate_section,
    strip_inline_chrome,
)
from advisor.glue import split_glued
from advisor.passages import split_sentences

_BULLET = re.compile(r"\s*(?:[-*•▪◦‣●·]|(?P<number>\d{1,2})[.)])\s+(?P<text>\S.*)")
_TABLE_ROW = re.compile(r"\s*\|.*")
_SEPARATOR_CELL = re.compile(r":?-{3,}:?")
_QUOTED = re.compile(r"[“\"].{3,}[”\"]")
_ATTRIBUTION = re.compile(r"[—–-]\s+\S.{0,100}")
_VERDICT = re.compile(
    r"(?:false|true|myth|fact|reality|truth|verdict|wrong|busted|not true|partly true"
    r"|mostly (?:true|false))\b\s*[.:!,–—-]",
    re.IGNORECASE,
)
_TERMINAL = (".", "!", "?", "…", ":", ";", ",")
_NOT_HEADING_END = tuple(mark for mark in _TERMINAL if mark != "?")  # questions can head
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-Z]")
_CURRENCY = re.compile(r"[£$€¥₹]")
_HEADING_WORDS = 12
_CAPTION_WORDS = 14
_SHORT_LINE_WORDS = 8


@dataclass
class Block:
    """One Markdown block: heading, paragraph, list, table or quote."""

    kind: str
    lines: list[str] = field(default_factory=list)  # text, items or quote lines
    rows: list[list[str]] = field(default_factory=list)  # table cells
    ordered: bool = False


def drop_boilerplate_lines(lines: list[str]) -> set[int]:
    """Indices of lines that are page furniture, including teaser lists under their heading."""
    dropped: set[int] = set()
    in_teaser = False
    for index, line in enumerate(lines):
        indented_or_bullet = line[:1].isspace() or _BULLET.match(line)
        if in_teaser and (not line.strip() or indented_or_bullet):
            dropped.add(index)
            continue
        in_teaser = starts_boilerplate_block(line)
        if in_teaser or is_boilerplate_line(line):
            dropped.add(index)
    return dropped


def _cells(row: str) -> list[str]:
    text = row.strip()
    text = text[1:] if text.startswith("|") else text
    text = text[:-1] if text.endswith("|") else text
    return [" ".join(cell.split()) for cell in text.split("|")]


def _is_separator(cells: list[str]) -> bool:
    return all(_SEPARATOR_CELL.fullmatch(cell) for cell in cells if cell) and any(cells)


def _tokens(lines: list[str]) -> list[tuple[str, str]]:
    """(kind, text) per meaningful line: 'row', 'bullet', 'number' or 'text'."""
    tokens: list[tuple[str, str]] = []
    for line in lines:
        text = " ".join(line.split())
        if _TABLE_ROW.fullmatch(line):
            tokens.append(("row", text))
        elif not any(char.isalnum() for char in text):
            continue  # an icon or a rule, no words
        elif tokens and tokens[-1][0] == "row" and text.endswith("|"):
            # A table row broken across two lines: `| AI / ML Engineer |` + `Building ... |`.
            tokens[-1] = ("row", tokens[-1][1].rstrip("| ") + " | " + text)
        elif tokens and _QUOTED.fullmatch(tokens[-1][1]) and _is_attribution(text):
            tokens.append(("text", text))  # `- Name` under a quote credits it, not a list
        elif match := _BULLET.fullmatch(line):
            tokens.append(("number" if match["number"] else "bullet", match["text"].strip()))
        else:
            tokens.append(("text", text))
    return tokens


def _glued_parts(text: str) -> list[str]:
    """The items of a glued line, or [] when it is ordinary prose."""
    if _SENTENCE_INSIDE.search(text):
        return []
    parts = split_glued(text)
    if len(parts) < 2 or any(len(part.split()) > 10 for part in parts):
        return []
    return parts


def _unglue(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Glued rows become table rows (2+ lines alike) and glued items list items (3+)."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        kind, text = tokens[i]
        parts = _glued_parts(text) if kind == "text" else []
        run = 1
        while parts and i + run < len(tokens) and tokens[i + run][0] == "text":
            if len(_glued_parts(tokens[i + run][1])) != len(parts):
                break
            run += 1
        if parts and run >= 2:
            out += [("row", " | ".join(_glued_parts(t))) for _, t in tokens[i : i + run]]
            i += run
            continue
        if len(parts) >= 3:
            out += [("bullet", part) for part in parts]
        else:
            out.append((kind, text))
        i += 1
    return out


def _is_fact_line(text: str) -> bool:
    """`Salary Range £28,000–£75,000`: a short label with a figure, no sentence."""
    return (
        len(text.split()) <= _SHORT_LINE_WORDS
        and any(char.isdigit() for char in text)
        and not text.endswith(_TERMINAL)
    )


def _is_attribution(text: str) -> bool:
    return bool(_ATTRIBUTION.fullmatch(text)) and len(text.split()) <= 15


def _is_byline_credit(text: str) -> bool:
    """`ML engineer · 4 years in, applied AI`: who said the paragraph above."""
    return " · " in text and len(text.split()) <= 12 and not text.endswith(_TERMINAL)


def _group(tokens: list[tuple[str, str]]) -> list[Block]:
    """Group tokens into blocks; text blocks are classified as headings later."""
    blocks: list[Block] = []
    i = 0
    while i < len(tokens):
        kind, text = tokens[i]
        following = tokens[i + 1] if i + 1 < len(tokens) else ("", "")
        if kind == "row":
            rows = []
            while i < len(tokens) and tokens[i][0] == "row":
                rows.append(_cells(tokens[i][1]))
                i += 1
            blocks.append(Block("table", rows=rows))
            continue
        if kind in ("bullet", "number"):
            items = []
            while i < len(tokens) and tokens[i][0] == kind:
                items.append(tokens[i][1])
                i += 1
            blocks.append(Block("list", items, ordered=kind == "number"))
            continue
        next_text = following[1] if following[0] == "text" else ""
        if _QUOTED.fullmatch(text) and next_text and _VERDICT.match(next_text):
            blocks.append(Block("paragraph", [f"{text} {next_text}"]))  # a myth and its verdict
            i += 2
        elif _QUOTED.fullmatch(text) and next_text and _is_attribution(next_text):
            blocks.append(Block("quote", [text, next_text]))
            i += 2
        elif next_text and _is_byline_credit(next_text) and not _is_byline_credit(text):
            blocks.append(Block("quote", [text, f"— {next_text}"]))
            i += 2
        elif _is_fact_line(text) and next_text and _is_fact_line(next_text):
            items = []
            while i < len(tokens) and tokens[i][0] == "text" and _is_fact_line(tokens[i][1]):
                items.append(tokens[i][1])
                i += 1
            blocks.append(Block("list", items))
        else:
            blocks.append(Block("text", [text]))
            i += 1
    return blocks


def _heading_shaped(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= _HEADING_WORDS
        and len(text) <= 90
        and text[0].isupper()
        and not text.endswith(_NOT_HEADING_END)
        and not _SENTENCE_INSIDE.search(text)
        and not _CURRENCY.search(text)
        and " · " not in text
    )


def _classify(blocks: list[Block]) -> list[Block]:
    """Text blocks become headings (short, standalone, followed by content) or paragraphs."""
    out: list[Block] = []
    for index, block in enumerate(blocks):
        if block.kind != "text":
            out.append(block)
            continue
        text = block.lines[0]
        if _heading_shaped(text) and index + 1 < len(blocks):
            out.append(Block("heading", [text]))
        elif len(text.split()) >= _CAPTION_WORDS and not text.endswith(_TERMINAL):
            continue  # a long line with no full stop: an image caption
        else:
            out.append(Block("paragraph", [text]))
    return out


def _drop_promotional_sections(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    dropping = False
    for block in blocks:
        if block.kind == "heading":
            dropping = starts_boilerplate_section(block.lines[0])
        if not dropping:
            out.append(block)
    return out


def _clean_text(block: Block) -> Block | None:
    """Drop advert sentences and chrome fragments; None when nothing is left."""
    if block.kind == "table":
        rows = [[strip_inline_chrome(cell).strip() for cell in row] for row in block.rows]
        return Block("table", rows=rows)
    if block.kind == "heading":
        return block
    lines = [drop_advert_sentences(strip_inline_chrome(line)) for line in block.lines]
    if block.kind == "quote" and not lines[0]:
        return None
    lines = [line for line in lines if line]
    return Block(block.kind, lines, ordered=block.ordered) if lines else None


def _drop_dangling_intros(blocks: list[Block]) -> list[Block]:
    """`They typically collaborate with:` whose list the scrape lost says nothing: drop it."""
    out: list[Block] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1].kind if index + 1 < len(blocks) else ""
        if block.kind == "paragraph" and block.lines[0].endswith(":") and following not in (
            "list", "table", "quote"
        ):
            sentences = split_sentences(block.lines[0])[:-1]
            if not sentences:
                continue
            block = Block("paragraph", [" ".join(sentences)])
        out.append(block)
    return out


_ORPHAN_ANSWER = re.compile(r"(?:yes|no)[.!,]\s+(?=[A-Z])", re.IGNORECASE)


def _drop_orphan_answers(blocks: list[Block]) -> list[Block]:
    """`Yes. Strong programming skills are essential` under a lost FAQ question: the bare
    `Yes.` answers nothing a reader can see, so only the statement is kept."""
    out: list[Block] = []
    for block in blocks:
        asked = bool(out) and out[-1].kind in ("heading", "paragraph") and (
            out[-1].lines[-1].endswith("?")
        )
        if block.kind == "paragraph" and not asked and _ORPHAN_ANSWER.match(block.lines[0]):
            block = Block("paragraph", [_ORPHAN_ANSWER.sub("", block.lines[0], count=1)])
        out.append(block)
    return out


def _drop_empty_headings(blocks: list[Block]) -> list[Block]:
    """Drop headings left without content: at the end, or before a sibling heading.

    `Hard skills` directly followed by `Soft skills` lost its list; `Responsibilities by
    seniority` directly followed by `Junior ML Engineer` is a parent and stays.
    """
    out: list[Block] = []
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if following is None:
                continue
            if following.kind == "heading" and _siblings(block.lines[0], following.lines[0]):
                continue
        out.append(block)
    return out


def _siblings(first: str, second: str) -> bool:
    last = first.split()[-1].lower().strip("?")
    return last == second.split()[-1].lower().strip("?")


def _normalise_table(rows: list[list[str]]) -> list[list[str]]:
    """Header + body with equal widths; a blank corner cell scraped to the end goes first."""
    rows = [row for row in rows if not _is_separator(row)]
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    header, body = rows[0], rows[1:]
    if width > 1 and not header[-1] and header[0] and body and all(row[-1] for row in body):
        rows[0] = ["", *header[:-1]]
    return rows


def build_blocks(lines: list[str]) -> list[Block]:
    """All structuring and block-level cleaning, in order."""
    blocks = _classify(_group(_unglue(_tokens(lines))))
    blocks = _drop_promotional_sections(blocks)
    blocks = [cleaned for block in blocks if (cleaned := _clean_text(block))]
    blocks = _drop_orphan_answers(_drop_dangling_intros(blocks))
    previous = None
    while previous != len(blocks):
        previous = len(blocks)
        blocks = _drop_empty_headings(blocks)
    return blocks


def _table_row(cells: list[str]) -> str:
    return "|" + "|".join(f" {cell} " if cell else " " for cell in cells) + "|"


def render(blocks: list[Block], subsections: dict[str, list[str]] | None = None) -> str:
    """Markdown for the blocks, separated by blank lines, ending with one newline. A
    heading named in `subsections` under the section heading just before it (the scrape
    lost the levels: "Finance" under "Industries that hire AI engineers") is a `###`."""
    parent_of = {child: parent for parent, kids in (subsections or {}).items() for child in kids}
    parts: list[str] = []
    section = None
    for block in blocks:
        if block.kind == "heading":
            heading = block.lines[0]
            if section is not None and parent_of.get(heading) == section:
                parts.append(f"### {heading}")
            else:
                section = heading
                parts.append(f"## {heading}")
        elif block.kind == "paragraph":
            parts.append(block.lines[0])
        elif block.kind == "list":
            items = enumerate(block.lines, start=1)
            parts.append("\n".join(f"{n}. {item}" if block.ordered else f"- {item}"
                                   for n, item in items))
        elif block.kind == "quote":
            parts.append("\n".join(f"> {line}" for line in block.lines))
        elif block.kind == "table":
            rows = _normalise_table(block.rows)
            lines = [_table_row(rows[0]), "|" + "---|" * len(rows[0])]
            parts.append("\n".join(lines + [_table_row(row) for row in rows[1:]]))
    return "\n\n".join(parts) + "\n" if parts else ""
