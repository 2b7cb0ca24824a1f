"""From scored units to a short answer: pick the best few, keep lists as lists, cite once.

Every piece of the answer is a unit quoted verbatim; each passage used gets one number,
and its citation quotes exactly the units shown from it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from advisor.answer import Answer, Citation
from advisor.index import Hit
from advisor.passages import Passage, Unit, render_units

MAX_PIECES = 3
ANSWER_BUDGET = 600
# Another sentence scoring this near the best is quoted too: the best is often only a
# little better than the one that answers. A list item or a table row must come nearer: it
# brings its list, longer, and read without its heading ("2–5 years experience") it can
# pass for an answer about another level or role.
KEEP_RATIO = 0.75
LIST_KEEP_RATIO = 0.85
SELF_CONTAINED_WORDS = 8  # a list item this long reads on its own, without its list
# A sentence this short seldom says all it means ("This is, almost by definition, the field
# building the future."): the sentence after it says it, when it scores near.
LEAD_WORDS = 12
NEXT_SENTENCE_RATIO = 0.65  # the sentence right after a chosen one reads on from it
# ... but a row, an item or a yes or a no (which answers its own heading's question, "Is a
# bootcamp a realistic route in?") must come nearer to read on from one
NEXT_PIECE_RATIO = 0.7
# A sentence that answers yes or no ("For a lot of people in the UK, yes.").
VERDICT = re.compile(r"\b(?:yes|no)\W*$|^\W*(?:yes|no)\b", re.IGNORECASE)
SIDE_RATIO = 0.7  # a comparison's missing side: its best unit must score near its own best
BOTH_SIDES_RATIO = 0.7  # a unit naming both sides answers first if it scores this near the best
PREMISE = 0.8  # a sentence saying this much of the question is its premise: quote what follows
# A sentence opening like this answers the one before it: "Most people expect maths and
# papers. The reality is a lot more practical." Quoting the first alone says the opposite.
TURNS = re.compile(
    r"^(but|however|yet|in reality|in practice|the reality|the truth|actually|in fact)\b",
    re.IGNORECASE,
)


# A sentence going on from the one before it: opening on a pointer ("This is where...",
# "They take those models...") or taking what was said into something ("translate that into").
GOES_ON = re.compile(
    r"^(?:this|that|these|those|they|such)\b|^(?:\S+\s+){0,8}?(?:that|this|it|them) into\b",
    re.IGNORECASE,
)
# A belief in quotes, opening a sentence: '"You must have a PhD." False. Research roles...'
CLAIM = re.compile(r'^["“][^"“”]+[.!?]?["”]')


@dataclass(frozen=True)
class ScoredUnit:
    """A unit of a retrieved passage with its relevance to the question."""

    rank: int  # of its passage among the retrieved ones
    position: int  # within its passage
    hit: Hit
    unit: Unit
    score: float
    covers: float = 0.0  # the share of the question the unit says itself
    sides: frozenset[int] = frozenset()  # the sides of a comparison it speaks of


def choose_units(
    scored: list[ScoredUnit],
    asked_alone: Sequence[list[ScoredUnit]] = (),
    reads_on: bool = False,
) -> list[ScoredUnit]:
    """The best unit (with its whole list if it belongs to one), then up to two more pieces
    that score nearly as well (or read on from a chosen one), within the length budget.
    In a comparison, a unit naming both sides comes first if it scores near the best; if
    the best speaks of one side only, or of a third role, each side is quoted in the
    question's order, from the units scored for the question asked of that side alone
    (`asked_alone`), and a side still missing gets a piece of its own.
    `reads_on`: the question asks what follows the thing it names ("what kind of X?",
    "...what do you do from there?"), so the sentences after the best one are quoted too."""
    ranked = sorted(scored, key=lambda s: -s.score)
    best = ranked[0]
    if asked_alone:
        # (a unit that sets the two sides side by side answers better than one about either)
        both = next((s for s in ranked if len(s.sides) == len(asked_alone)), None)
        if both is not None and both.score >= BOTH_SIDES_RATIO * best.score:
            best = both
        # (the best-covered unit is of a third role, or of one side only: each side is
        # quoted, in the question's order)
        if len(best.sides) < len(asked_alone):
            each = [unit for piece in _side_pieces(asked_alone, []) for unit in piece]
            if len(_spoken_of(each)) == len(asked_alone):
                return each  # in the question's order of the sides, not best first
    chosen = _with_intro_target(_with_turn(_with_list(best, ranked, ANSWER_BUDGET), ranked), ranked)
    premise = best.covers >= PREMISE or _leads(best, ranked) or _continued(best, ranked)
    if best.unit.kind == "sentence" and (premise or reads_on):
        chosen = _with_next(chosen, ranked)
        if reads_on:  # what follows may take two: "X is table stakes. Y tells a different..."
            chosen = _with_next(chosen, ranked)
    chosen = _within_budget(chosen, best)
    pieces = 1
    for piece in _side_pieces(asked_alone, chosen):
        chosen.extend(piece)
        pieces += 1
    for candidate in ranked[1:]:
        if pieces == MAX_PIECES or candidate.score < NEXT_SENTENCE_RATIO * best.score:
            break
        if candidate.score < NEXT_PIECE_RATIO * best.score and (
            candidate.unit.kind != "sentence" or VERDICT.search(candidate.unit.text)
        ):
            continue
        # (a testimonial reads on from no other: each is its own speaker's)
        # (a sentence reads on from the one before or after it; a row or an item only
        # from what leads up to it)
        follows_on = candidate.unit.kind != "quote" and any(
            _adjacent(candidate, other)
            and (candidate.unit.kind == "sentence" or candidate.position > other.position)
            and not _claims(max(candidate, other, key=lambda s: s.position))
            for other in chosen
        )
        near = KEEP_RATIO if candidate.unit.kind == "sentence" else LIST_KEEP_RATIO
        # (an article's own question answers nothing unless it reads on from a chosen unit:
        # "Did accuracy improve on the validation set?")
        if _key(candidate) in _keys(chosen) or (
            not follows_on
            and (candidate.score < near * best.score or candidate.unit.text.endswith("?"))
        ):
            continue
        piece = _piece(candidate, ranked, chosen)
        if _fits(piece, chosen):
            chosen.extend(piece)
            pieces += 1
    return chosen


def _piece(
    candidate: ScoredUnit, ranked: list[ScoredUnit], chosen: list[ScoredUnit]
) -> list[ScoredUnit]:
    """A unit that reads on its own, or its list as far as the room left allows, with what
    must travel with it (a sentence that turns it around, what an intro line introduces)."""
    long_enough = len(candidate.unit.text.split()) >= SELF_CONTAINED_WORDS
    if long_enough and not candidate.unit.text.endswith(":"):
        piece = [candidate]
    else:
        # (the rest of a list an item of which is already quoted)
        piece = _with_list(candidate, ranked, ANSWER_BUDGET - _length(chosen), _keys(chosen))
    return _with_intro_target(_with_turn(piece, ranked), ranked)


def _fits(piece: list[ScoredUnit], chosen: list[ScoredUnit]) -> bool:
    """True when a piece repeats no chosen unit and fits the room left."""
    return not _keys(piece) & _keys(chosen) and _length(piece) <= ANSWER_BUDGET - _length(chosen)


def _side_pieces(
    asked_alone: Sequence[list[ScoredUnit]], chosen: list[ScoredUnit]
) -> list[list[ScoredUnit]]:
    """For each side of a comparison the chosen units do not speak of, its best piece, if
    one scores near that side's best and fits."""
    pieces: list[list[ScoredUnit]] = []
    for side, units in enumerate(asked_alone):
        so_far = chosen + [unit for piece in pieces for unit in piece]
        ranked = sorted(units, key=lambda s: -s.score)
        if not ranked or side in _spoken_of(so_far):
            continue
        speaking = next((s for s in ranked if side in s.sides), None)
        if speaking is None or speaking.score < SIDE_RATIO * ranked[0].score:
            continue
        piece = _piece(speaking, ranked, so_far)
        if _fits(piece, so_far):
            pieces.append(piece)
    return pieces


def _spoken_of(chosen: list[ScoredUnit]) -> set[int]:
    """The sides of a comparison that the chosen units speak of."""
    return {side for unit in chosen for side in unit.sides}


def _key(unit: ScoredUnit) -> tuple[str, int]:
    """Which unit of which passage: the same unit scored for two questions is one unit."""
    return unit.hit.passage.id, unit.position


def _keys(units: list[ScoredUnit]) -> set[tuple[str, int]]:
    return {_key(unit) for unit in units}


def _within_budget(piece: list[ScoredUnit], best: ScoredUnit) -> list[ScoredUnit]:
    """The best piece, cut from its end (in reading order) to fit the answer budget."""
    kept = sorted(piece, key=lambda s: s.position)
    while len(kept) > 1 and _length(kept) > ANSWER_BUDGET:
        kept.remove(next(s for s in reversed(kept) if s is not best))
    return [s for s in piece if s in kept]


def _with_turn(piece: list[ScoredUnit], ranked: list[ScoredUnit]) -> list[ScoredUnit]:
    """A piece followed by a sentence that turns it around ("But...", "The reality is...")
    is only quoted with that sentence; a piece that starts with such a sentence, only with
    the sentence it turns around."""
    turn = _after(piece, ranked)
    # (and a turn turned around again: "In practice, there is some overlap. However, ...")
    while turn is not None and turn.unit.kind == "sentence" and TURNS.match(turn.unit.text):
        piece = [*piece, turn]
        turn = _after(piece, ranked)
    first = min(piece, key=lambda s: s.position)
    if first.unit.kind != "sentence" or not TURNS.match(first.unit.text):
        return piece
    before = next((s for s in ranked if _adjacent(first, s) and s.position < first.position), None)
    return piece if before is None or before.unit.kind != "sentence" else [before, *piece]


def _with_next(piece: list[ScoredUnit], ranked: list[ScoredUnit]) -> list[ScoredUnit]:
    """A sentence that says all the question says is its premise ("Data scientists hand
    off a model that works in a notebook."): the sentence after it says what follows."""
    after = _after(piece, ranked)
    if after is None or after.unit.kind != "sentence" or after in piece or _claims(after):
        return piece
    return [*piece, after]


def _leads(best: ScoredUnit, ranked: list[ScoredUnit]) -> bool:
    """True when the best sentence is short and the one after it scores near it."""
    after = _after([best], ranked)
    short = len(best.unit.text.split()) < LEAD_WORDS
    return short and after is not None and after.score >= NEXT_SENTENCE_RATIO * best.score


def _continued(best: ScoredUnit, ranked: list[ScoredUnit]) -> bool:
    """True when the sentence after the best one goes on from it ("Data scientists hand off
    a model that works in a notebook. The MLE's job is to translate that into production-
    ready code"): it opens pointing back, or takes what the best one said into something."""
    after = _after([best], ranked)
    if after is None or after.unit.kind != "sentence":
        return False
    return GOES_ON.search(after.unit.text) is not None


def _with_intro_target(piece: list[ScoredUnit], ranked: list[ScoredUnit]) -> list[ScoredUnit]:
    """A piece ending with a line that introduces what follows ("A few worth hearing
    before you start:") is never quoted without it."""
    last = max(piece, key=lambda s: s.position)
    after = _after(piece, ranked)
    if not last.unit.text.endswith(":") or after is None or after in piece:
        return piece
    return [*piece, after]


def _after(piece: list[ScoredUnit], ranked: list[ScoredUnit]) -> ScoredUnit | None:
    """The unit right after a piece in its passage, if any."""
    last = max(piece, key=lambda s: s.position)
    return next((s for s in ranked if _adjacent(last, s) and s.position > last.position), None)


def _claims(scored: ScoredUnit) -> bool:
    """True for a sentence opening on a belief in quotes: the next myth of a list of myths,
    which reads on from nothing before it."""
    return CLAIM.match(scored.unit.text) is not None


def _adjacent(first: ScoredUnit, second: ScoredUnit) -> bool:
    same_passage = first.hit.passage is second.hit.passage
    return same_passage and abs(first.position - second.position) == 1


def _with_list(
    best: ScoredUnit,
    ranked: list[ScoredUnit],
    budget: int,
    quoted: set[tuple[str, int]] = frozenset(),
) -> list[ScoredUnit]:
    """A list item, or the line introducing a list, is answered with the whole list (as far
    as the budget allows, and less the units `quoted` already): "what are the tasks" wants
    the list, not one item of it. The list stops at the first item that does not fit, so
    it has no gaps: if that comes before the unit itself, the unit is quoted alone."""
    units = best.hit.passage.units
    start = _list_start(units, best.position)
    if start is None:
        return [best]
    first = last = start
    while first > 0 and units[first - 1].kind == units[last].kind:
        first -= 1
    while last + 1 < len(units) and units[last + 1].kind == units[first].kind:
        last += 1
    if first > 0 and units[first - 1].text.endswith(":"):
        first -= 1
    same_passage = {s.position: s for s in ranked if s.hit.passage is best.hit.passage}
    chosen = [best]
    reached = best.position < first  # (an intro line is quoted before its list)
    for position in range(first, last + 1):
        candidate = same_passage.get(position)  # None for a signpost, never quoted
        if candidate is best:
            reached = True
        elif candidate is not None and _key(candidate) not in quoted:
            if _length([*chosen, candidate]) > budget:
                return chosen if reached else [best]
            chosen.append(candidate)
    return chosen


def _list_start(units: tuple[Unit, ...], position: int) -> int | None:
    """Where the list that a unit belongs to, or leads into, starts (None if no list):
    an item itself, an intro ending in ':', or the sentence just before such an intro.
    Table rows are not lists here: a question about juniors wants the junior row only."""
    for offset in range(3):
        here = position + offset
        if here >= len(units):
            return None
        if units[here].kind == "item":
            return here
        if not units[here].text.endswith(":") and offset > 0:
            return None
    return None


def _length(chosen: list[ScoredUnit]) -> int:
    return sum(len(s.unit.text) + 3 for s in chosen)


def compose(question: str, topic: str | None, chosen: list[ScoredUnit]) -> Answer:
    """Group the chosen units by passage, number the passages, and cite after each group."""
    groups: dict[str, list[ScoredUnit]] = {}
    for item in chosen:  # best first: the first citation is the strongest evidence
        groups.setdefault(item.hit.passage.id, []).append(item)
    for items in groups.values():
        items.sort(key=lambda s: s.position)  # a passage's units read in their own order
    pieces: list[str] = []
    citations: list[Citation] = []
    for n, items in enumerate(groups.values(), start=1):
        passage = items[0].hit.passage
        quote = render_units([item.unit for item in items])
        on_own_line = "\n" in quote or quote.startswith("- ") or (pieces and "\n" in pieces[-1])
        separator = "\n" if on_own_line else " "
        pieces.append(f"{separator}{quote} [{n}]" if pieces else f"{quote} [{n}]")
        citations.append(cite(n, passage, quote, items[0].hit.score))
    return Answer(question, True, topic, "".join(pieces), citations)


def cite(n: int, passage: Passage, quote: str, score: float) -> Citation:
    """Citation number `n` for `quote`, taken from `passage`."""
    article = passage.article
    return Citation(
        n=n,
        id=passage.id,
        title=article.title,
        publisher=article.publisher,
        published=article.published.isoformat() if article.published else None,
        section=passage.section,
        quote=quote,
        url=article.url,
        score=score,
    )
