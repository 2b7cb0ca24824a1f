"""Undo encoding damage in scraped pages.

Two kinds of damage reach us:

* UTF-8 bytes decoded as Thai Windows-874 (`ยฃ40,000 โ€“` for `£40,000 –`). ftfy does not
  know this code page, so damaged *runs* are re-encoded and decoded here. A page can mix
  damaged runs with intact characters (a real `•` or `“`), and with genuine Thai text, so
  each run is judged on its own and left alone unless it decodes into plausible symbols.
  Some pages also lost bytes on the way: a lone `โ` (lead byte E2) stands where a dash,
  bullet, check mark or star was, and `๐` (lead byte F0) where an emoji was. Those are
  resolved from context by `resolve_lost_characters`.
* Ordinary Windows-1252 mojibake (`itâ€™s`), which ftfy fixes.
"""

from __future__ import annotations

import re

import ftfy
import ftfy.bad_codecs  # registers the sloppy-cp874 codec

# Private-use placeholders for characters whose bytes were lost.
LOST_SYMBOL = "\ue000"
LOST_EMOJI = "\ue001"

# Lead bytes whose lone survivors we can interpret (E2: punctuation, arrows, dingbats;
# EF: variation selectors; F0: emoji). Other lone lead bytes are left alone.
_LOSSY_LEADS = {0xE2: LOST_SYMBOL, 0xEF: "", 0xF0: LOST_EMOJI}
_THAI_LETTERS = re.compile(r"[\u0e01-\u0e5b]")


def _cp874_byte_table() -> dict[str, int]:
    """Map each character of cp874's high half (plus C1 controls) to its byte."""
    table: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        try:
            char = bytes([byte]).decode("cp874")
        except UnicodeDecodeError:
            if byte >= 0xA0:  # sloppy-cp874 fills these with Latin-1 letters; ignore them
                continue
            char = bytes([byte]).decode("sloppy-cp874")  # a C1 control left by the scraper
        table[char] = byte
    return table


_BYTE_OF = _cp874_byte_table()
_RUN = re.compile("[" + re.escape("".join(_BYTE_OF)) + "]+")


def _sequence_length(byte: int) -> int:
    """Length of the UTF-8 sequence a lead byte announces (1 for non-lead bytes)."""
    if 0xC2 <= byte <= 0xDF:
        return 2
    if 0xE0 <= byte <= 0xEF:
        return 3
    if 0xF0 <= byte <= 0xF4:
        return 4
    return 1


def _is_continuation(byte: int) -> bool:
    return 0x80 <= byte <= 0xBF


def _plausible(char: str, touches_letter: bool) -> bool:
    """Whether `char` is something an English web page would plausibly contain.

    Genuine Thai words can form valid UTF-8 by accident (`ยก` is `¡`), so only symbols,
    punctuation and emoji are accepted, plus accented Latin letters glued to a word.
    """
    code = ord(char)
    if 0xA0 <= code <= 0xBF:
        return code not in (0xA1, 0xBF)  # ¡ ¿ would be Thai words by accident
    if code in (0xD7, 0xF7):
        return True
    if 0xC0 <= code <= 0x24F:
        return touches_letter
    return (
        0x2000 <= code <= 0x2BFF
        or 0x0E00 <= code <= 0x0E7F  # Thai that was itself double-encoded
        or code == 0xFE0F
        or 0x1F000 <= code <= 0x1FAFF
    )


def _decode_run(run: str, touches_letter: bool) -> list[tuple[str, bool]]:
    """Split a run into (decoded character, True) and (original character, False) pieces."""
    data = bytes(_BYTE_OF[char] for char in run)
    pieces: list[tuple[str, bool]] = []
    i = 0
    while i < len(data):
        size = _sequence_length(data[i])
        if size > 1 and i + size <= len(data):
            try:
                char = data[i : i + size].decode("utf-8")
            except UnicodeDecodeError:
                char = ""
            if char and _plausible(char, touches_letter):
                pieces.append((char, True))
                i += size
                continue
        pieces.append((run[i], False))
        i += 1
    return pieces


def _repair_pieces(pieces: list[tuple[str, bool]], allow_lossy: bool) -> str | None:
    """Rebuild a run from its pieces; None when leftovers look like genuine Thai."""
    out: list[str] = []
    i = 0
    while i < len(pieces):
        char, decoded = pieces[i]
        i += 1
        if decoded:
            out.append(char)
            continue
        byte = _BYTE_OF[char]
        if allow_lossy and byte in _LOSSY_LEADS:
            budget = _sequence_length(byte) - 1
            while budget and i < len(pieces) and not pieces[i][1]:
                if not _is_continuation(_BYTE_OF[pieces[i][0]]):
                    break
                i += 1
                budget -= 1
            out.append(_LOSSY_LEADS[byte])
        elif _THAI_LETTERS.match(char):
            return None
        else:
            out.append(char)  # an intact cp874 punctuation mark such as • or “
    return "".join(out)


def _touches_letter(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())


def has_cp874_mojibake(text: str) -> bool:
    """True when some run decodes cleanly, i.e. the page really went through cp874."""
    for match in _RUN.finditer(text):
        pieces = _decode_run(match.group(), _touches_letter(text, *match.span()))
        if any(decoded for _, decoded in pieces) and _repair_pieces(pieces, False) is not None:
            return True
    return False


def fix_cp874_runs(text: str) -> str:
    """Decode damaged cp874 runs; mark lost characters with LOST_SYMBOL / LOST_EMOJI.

    Lone lead bytes are only interpreted when the page shows clean cp874 damage
    elsewhere, so a page of genuine Thai keeps its `โ` and `๐`.
    """
    allow_lossy = has_cp874_mojibake(text)

    def repair(match: re.Match[str]) -> str:
        pieces = _decode_run(match.group(), _touches_letter(text, *match.span()))
        repaired = _repair_pieces(pieces, allow_lossy)
        return match.group() if repaired is None else repaired

    return _RUN.sub(repair, text)


_S, _E = LOST_SYMBOL, LOST_EMOJI
_SYMBOL_RUN = re.compile(rf"{_S}(?:[ \t]*{_S})+")
_CLAUSE_END = re.compile(r"[.!?:]")


def _drop_symbol_run(line: str) -> str:
    """Remove a run of lost symbols (a star rating, say) and the clause that described it.

    `Rated globally, where ★★★ = top 1% earners. Read on.` becomes `Rated globally. Read
    on.`: the clause only explained a graphic that is gone. A line that did nothing but
    introduce the lost graphic (it ends with the clause's ':') goes entirely, since what is
    left would promise a rating and quote none. Without a comma before the run only the
    run itself goes.
    """
    match = _SYMBOL_RUN.search(line)
    while match:
        comma = max(line.rfind(",", 0, match.start()), line.rfind(";", 0, match.start()))
        sentence_start = max(line.rfind(". ", 0, match.start()), -1)
        end = _CLAUSE_END.search(line, match.end())
        if comma > sentence_start:
            stop = end.end() if end else len(line)
            mark = end.group() if end and end.group() in ".!?" else "."
            rest = line[stop:].strip()
            if end and end.group() == ":" and not rest and sentence_start < 0:
                return ""
            line = line[:comma].rstrip() + mark + (" " + rest if rest else "")
        else:
            prefix, rest = line[: match.start()].rstrip(), line[match.end() :].lstrip()
            glue = "" if rest[:1] in tuple(".,;:!?") else " "
            line = f"{prefix}{glue}{rest}" if prefix and rest else prefix or rest
            line = re.sub(r"[:;,]([.!?])", r"\1", line)
        match = _SYMBOL_RUN.search(line)
    return line


def resolve_lost_characters(text: str) -> str:
    """Turn lost-character placeholders into what the text most plausibly had.

    Between digits a dash is a range (`0–2 years`), between spaced words an em dash
    (`world — recommendation`), glued between words an en dash (`Similar–lower`). At the
    start of a line it was a bullet, check or cross: dropped. Emoji and runs of symbols
    carry no words and are dropped.
    """
    lines = []
    for line in text.split("\n"):
        if _S not in line and _E not in line:
            lines.append(line)
            continue
        line = re.sub(rf"(?<=\S)[ \t]*{_E}+[ \t]*(?=\S)", " ", line)
        line = re.sub(rf"[ \t]*{_E}+[ \t]*", "", line)
        line = _drop_symbol_run(line)
        line = re.sub(rf"^([ \t]*){_S}[ \t]*", r"\1", line)
        line = re.sub(rf"(?<=\d)([ \t]?){_S}(?=[ \t]?\d)", "\\1\u2013", line)
        line = re.sub(rf"(?<=[^\W\d_]){_S}(?=[^\W\d_])", "\u2013", line)
        line = re.sub(rf"(?<=\S)[ \t]+{_S}[ \t]+(?=\S)", " \u2014 ", line)
        line = re.sub(rf"[ \t]*{_S}", "", line).rstrip()
        lines.append(re.sub(r"(?<=\S)  +", " ", line))
    return "\n".join(lines)


def fix_cp1252(text: str) -> str:
    """Fix Windows-1252 (and other ftfy-known) mojibake, keeping the page's curly quotes."""
    return ftfy.fix_text(text, uncurl_quotes=False)


def fix_mojibake(text: str) -> str:
    """All encoding repairs, in the order that keeps them from tripping over each other."""
    return fix_cp1252(resolve_lost_characters(fix_cp874_runs(text)))
