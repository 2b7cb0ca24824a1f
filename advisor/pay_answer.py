"""Answering "how much" questions from salary records: the figures that match the
question's level, region and role, who states them and when, and where sources differ.

Figures are shown exactly as the sources write them, one source per group, each group
cited to its passage. When the question asks about pay in some other way ("which skills
pay most?", "how does it rank?"), the quoted-sentence answer serves it better, and this
module steps aside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from advisor.analysis import STOPWORDS, asking_apart
from advisor.answer import Answer, Citation
from advisor.compose import cite
from advisor.passages import Unit, render_units
from advisor.pay import ROLE_NOUNS, PayRecord, PayVocabulary

# "how much", or an amount ("six figures", "£100k"): the question wants the figures
AMOUNT = re.compile(
    r"\bhow much\b|\bsix[- ]figures?\b|\b\d+\s?k\b|[£$€]\s?\d", re.IGNORECASE
)
# "How much money does a bootcamp cost?" is about spending, not earning; and so is one that
# pays rent ("can I work remote instead of paying London rent?"), unless it asks what is
# earned too ("what do juniors earn? need to know if I can cover rent").
SPENDING = re.compile(r"\b(?:cost|costs|price|fees?|spend|afford|tuition)\b", re.IGNORECASE)
LIVING_COSTS = re.compile(r"\b(?:rent|mortgage|bills)\b", re.IGNORECASE)
EARNING = re.compile(
    r"\b(?:earn\w*|salar(?:y|ies)|paid|wages?|income|take home|make|makes|making)\b",
    re.IGNORECASE,
)
# Words that say a question is about money ("is the pay worth the switch?", "60k", "£").
MONEY_WORDS = re.compile(
    r"\b(?:pay|pays|paid|salar(?:y|ies)|earn\w*|pounds|quid|dollars|money|wages?|income"
    r"|comp|compensation|package|paycheck|\d+k)\b|[£$€]",
    re.IGNORECASE,
)
# "What do juniors make in the UK?" earns; "what makes someone stand out?" does not: "make"
# is pay when nothing is made ("make?", "make in the US", "make six figures", "make an hour").
MAKE = re.compile(
    r"\b(?:get paid|take home)\b|\b(?:make|makes|making)(?=\s*(?:[?.!,;)]|$)|\s+(?:in|per|at|on"
    r"|as|after|over|starting|annually|yearly|more|less|a (?:year|month|week|day)|an hour"
    r"|(?:(?:decent|good|serious|real|big|great|ok|okay|proper)\s+)?(?:money|bank|cash|bucks"
    r"|dosh|figures?|salar(?:y|ies))|six|five|seven|[£$€\d])\b)",
    re.IGNORECASE,
)
# "Why are AI engineers paid so well?": the answer is a reason the articles give in words.
WHY = re.compile(r"\bwhy\b", re.IGNORECASE)
# "Do devs earn less than AI engineers?": a comparison of roles the articles make in words.
COMPARED = re.compile(
    r"\b(?:more|less|higher|lower|better|worse)\b.*\bthan\b|\bvs\.?\b|\bversus\b|\bcompared?\b",
    re.IGNORECASE,
)
# "Which skills get the biggest salaries?" asks for a thing that pays, not for the pay ("what
# do companies pay juniors?" asks for the pay: companies pay, they are not what pays).
WHICH_THING = re.compile(
    r"\b(?:which|what)\s+(?:(?!(?:do|does|did|would|could|can|will|are|is)\b)\w+\s+)?"
    r"(?:skills?|sectors?|industr(?:y|ies)|cit(?:y|ies)|specialisms?|speciali[sz]ations?"
    r"|tools?|languages?|niches?|abilit(?:y|ies)|expertise)\b",
    re.IGNORECASE,
)
# "a regular ML engineer" says the level, not another role (see the lexicon's levels)
LEVEL_ADJECTIVE = re.compile(r"regular|normal|ordinary|standard|full", re.IGNORECASE)
# ... and the verb of paying is no part of the role paid ("do big tech companies pay ML
# engineers more?" names ML engineers)
PAY_VERB = re.compile(r"pay|pays|paid|paying|earn|earns|earning", re.IGNORECASE)
ROLE_WORDS = re.compile(
    rf"((?:[\w/-]+\s+){{0,2}}?(?:{ROLE_NOUNS}|nurse|teacher)s?)\b", re.IGNORECASE
)


def asks_in_words(question: str) -> bool:
    """True when a pay question asks why, or which thing pays, not what the pay is."""
    return bool(WHY.search(question) or WHICH_THING.search(question))


def wants_no_figures(asking: str, asked: PayQuestion) -> bool:
    """True when the sentence that asks wants a reason or a thing that pays, and pins no
    level or region ("why is it so high? what do juniors earn in the UK?" wants figures)."""
    return asks_in_words(asking) and not (asked.levels or asked.regions)


@dataclass(frozen=True)
class PayQuestion:
    """What a pay question pins down."""

    levels: frozenset[str]
    regions: frozenset[str]
    role: str | None  # as the question says it ("ML engineers")
    other_places: tuple[str, ...]  # places the corpus has no figures for


class PayAnswerer:
    """Builds answers from salary records, or returns None to let quotes answer."""

    def __init__(self, records: list[PayRecord], vocabulary: PayVocabulary) -> None:
        self.records = records
        self.vocabulary = vocabulary

    def read(self, question: str) -> PayQuestion:
        v = self.vocabulary
        match = ROLE_WORDS.search(question)
        role = None
        if match:
            words = [
                w
                for w in match.group(1).split()
                if w.casefold() not in STOPWORDS
                and not LEVEL_ADJECTIVE.fullmatch(w)
                and not PAY_VERB.fullmatch(w)
            ]
            role = " ".join(words) or None
        return PayQuestion(
            levels=frozenset(v.levels(question)),
            regions=frozenset(v.regions(question)),
            role=role,
            other_places=tuple(v.other_places(question)),
        )

    def answer(self, question: str, topic: str | None) -> Answer | str | None:
        """An answer from the records when the question asks for figures; a one-line
        note when it asks about a role or place the records have no figure for (the
        caller may add what the articles say in words); None to let quotes answer."""
        if not self.records or spends(question):
            return None
        asked = self.read(question)
        pinned = asked.levels or asked.regions or asked.other_places
        # figures compare regions or levels ("juniors in the UK vs the US"); words compare
        # roles ("do lead roles pay more than a regular MLE?"), whatever one place the
        # asker says they are in beside the question ("... a backend dev in London"; but
        # "UK vs US. Where do ML engineers earn more?" compares places)
        asking, besides = asking_apart(question)
        beside_one_place = len(self.read(besides).regions) < 2 and not COMPARED.search(besides)
        compared = self.read(asking) if besides and beside_one_place else asked
        by_figures = compared.regions or len(compared.levels) > 1
        in_words = asks_in_words(question) or (COMPARED.search(question) and not by_figures)
        # (an amount the asker tells beside a question that is not about pay is theirs:
        # "when should I go freelance? currently on 60k" wants no salary table; "is the pay
        # worth the switch? I'm on 50k" does)
        amount = AMOUNT.search(question if MONEY_WORDS.search(asking) else asking)
        if in_words and not amount:
            return None
        wants_figures = (topic == "pay" and (pinned or asked.role or amount)) or (
            MAKE.search(question) and (pinned or amount)
        )
        if not wants_figures:
            return None
        if asked.other_places:
            place = " or ".join(p.title() for p in asked.other_places)
            return Answer(question, False, "pay", self.no_figure(place))
        regional = [r for r in self.records if not asked.regions or r.region in asked.regions]
        pool = regional
        if asked.role:
            pool = [r for r in pool if self.vocabulary.role_matches(asked.role, r.role)]
            if not any(self.vocabulary.role_matches(asked.role, r.role) for r in self.records):
                return self.no_figure(asked.role)
        if not pool:
            return None
        primary = [r for r in pool if r.level in asked.levels] if asked.levels else pool
        # Comparable figures from the other sources: overall ranges and averages.
        overall = [r for r in regional if r.level in ("range", "average") and r not in primary]
        if not primary:
            primary, overall = overall, []
        if not primary:  # no figure at the level asked, nor any overall one: quotes answer
            return None
        return self._compose(question, primary, overall)

    def no_figure(self, what: str) -> str:
        roles = sorted({r.role for r in self.records})
        regions = sorted({f"the {r.region}" for r in self.records if r.region})
        return (
            f"The articles give no salary figure for {what}; they have figures for "
            f"{_join(roles)} in {_join(regions)}."
        )

    def _compose(self, question: str, primary: list[PayRecord], overall: list[PayRecord]) -> Answer:
        """One group per source passage, newest first; then one line on differing sources."""
        groups: dict[str, list[PayRecord]] = {}
        for record in [*primary, *overall]:
            groups.setdefault(record.passage.id, []).append(record)
        pieces: list[str] = []
        citations: list[Citation] = []
        for n, records in enumerate(groups.values(), start=1):
            passage = records[0].passage
            lines = [f"{_source(records[0])}, {records[0].role}:"]
            lines += [f"- {line}" for line in dict.fromkeys(_line(r) for r in records)]
            pieces.append("\n".join(lines) + f" [{n}]")
            units = list(dict.fromkeys(_unit(r) for r in records))
            citations.append(cite(n, passage, render_units(units), 1.0))
        if len(citations) > 1:
            numbers = "".join(f"[{c.n}]" for c in citations)
            pieces.append(
                "Sources differ: these figures come from different articles and roles, "
                f"so compare them before relying on one {numbers}."
            )
        return Answer(question, True, "pay", "\n".join(pieces), citations)


def _source(record: PayRecord) -> str:
    article = record.passage.article
    who = article.publisher or article.title
    when = article.published.isoformat() if article.published else "undated"
    return f"{who} ({when})"


def _unit(record: PayRecord) -> Unit:
    """The unit of its passage that states the figure."""
    return next(u for u in record.passage.units if record.figure in u.text)


def _line(record: PayRecord) -> str:
    """A figure as its source says it ("UK Average £45,000"); a table row's cell, which
    reads only with its row and column, as "Junior, UK: £40,000 – £60,000"."""
    unit = _unit(record)
    return f"{_label(record)}: {record.figure}" if unit.kind == "row" else unit.text


def _label(record: PayRecord) -> str:
    level = record.level.capitalize()
    return f"{level}, {record.region}" if record.region else level


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" and {items[-1]}"


def spends(question: str) -> bool:
    """True when a question is about money spent (a course's fees, rent), not earned."""
    return bool(SPENDING.search(question)) or bool(
        LIVING_COSTS.search(question) and not EARNING.search(question)
    )
