"""Question -> quoted, cited answer (or an honest decline). No text is generated here:
every sentence of an answer is a unit quoted from a passage.

Whether the articles cover a question is decided by *coverage*: the IDF-weighted share of
the question's terms found in a retrieved passage. Unlike a raw BM25 score it does not grow
with the corpus, so the same threshold holds for five articles or five thousand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from advisor.analysis import (
    about_asker,
    asking_apart,
    conversation_removed,
    points_back,
    told_after_asking,
    years_stated,
)
from advisor.answer import Answer
from advisor.compose import TURNS, VERDICT, ScoredUnit, choose_units, compose
from advisor.contrast import compared_sides
from advisor.errors import QuestionError
from advisor.index import Hit, PassageIndex, lucene_idf
from advisor.lexicon import KIND_WORDS, Expansion, Lexicon, LexiconData, initials, with_pairs
from advisor.passages import LINE_KINDS, Unit
from advisor.pay import PayVocabulary, extract_records
from advisor.pay_answer import MONEY_WORDS, PayAnswerer, wants_no_figures
from advisor.subjects import asked_things
from advisor.topics import (
    ROLE,
    TOPICS,
    TopicRouter,
    asks_yes_or_no,
    judges_thousands,
    topic_menu,
    wants_list,
)

MAX_QUESTION_CHARS = 1000
MIN_COVERAGE = 0.5
MIN_COVERAGE_ON_TOPIC = 0.35  # a question about a known topic may use more words of its own
SYNONYM_CREDIT = 0.7  # a synonym in the passage covers a question term, but not fully
OTHER_SENSE_CREDIT = 0.3  # ... and the word itself in another phrase ("data" of "data scientist")
TOPIC_BOOST = 0.3  # passages under a heading that matches the question's topic
HEADING_BOOST = 1.0  # ... and under a heading that says what the question says
CANDIDATE_PASSAGES = 6
# Words joined by slashes ("AI / ML engineer", "CI/CD", "applied/engineering"): one name.
SLASHED = re.compile(r"\w+(?:\s?/\s?\w+)+")
SIDE_SAID = 0.5  # a unit speaks of a side of a comparison when it says this much of its words
CUE_WEIGHT = 0.5
PART_WEIGHT = 0.5  # a part of a compound the question says ("mid" of "mid-level")
FRAMING_WEIGHT = 0.3
# Words that relate what a question asks about rather than name it ("hired without a
# doctorate?", "what do senior people focus on?", "is it possible to...?", "what does it
# involve?", "is Python enough?"): not stopwords, as lexicon phrases use them ("without a
# degree"), but weighed as a question's framing is.
RELATION_WORDS = ("without", "focus", "possible", "involve", "enough", "necessary", "required")
TYPO_SIMILARITY = 0.8  # a word this like one the articles use is taken for it, misspelled
ASIDE_WEIGHT = 0.1  # in the evidence, a word only said beside the question ("backend dev here.")
# ... and, in what is searched for and quoted, a word said only of the asker ("I'm a backend
# dev, 6 yrs in."): it says whom to answer, but the question says what to answer.
ASKER_WEIGHT = 0.6
MYTH_BONUS = 0.2
MYTH_COVERS = 0.15  # ... if it says this much of the question itself
TURNED_BONUS = 0.05  # ... and a belief the next sentence turns around, said in the article
MONEY_BONUS = 0.05  # a pay question wants the figures
MONEY = re.compile(r"[£$€]\s?\d")
SALARY = re.compile(r"[£$€]\s?(?:\d+k|\d{1,3},\d{3}|\d{5,})", re.IGNORECASE)  # "£45k", "$100,000"
# ... and "45k", when said as a salary (analysed as "45" and "k")
THOUSANDS_SAID = re.compile(r"\b(\d{2,3})(?:\.\d)?k\b", re.IGNORECASE)
# "How much does a bootcamp cost?" asks for a price: an answer without one is no answer.
PRICE = re.compile(
    r"\bhow much\b[^?]*\b(?:cost|charge)\b|\b(?:price|fees?) (?:of|for)\b"
    r"|\b(?:which|what)\b[^?]*\b(?:cheapest|most expensive)\b",
    re.I,
)
# ... and "how many hours a week...?", "how many days of holiday a year?" ask for a length
# of time: an answer that gives none in those terms ("three hours per day" of manual work is
# not a working week) is no answer either.
HOW_LONG = re.compile(
    r"\bhow many (hours|hrs|days|weeks)\b(?:[^?]*?\b(?:a|per|each)\s+(week|day|year|month))?", re.I
)
NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty)"
# "What kind of project...?", "what should go in my portfolio?": the sentence that names the
# thing is followed by those that say which kind, or what it holds.
SPECIFICS = re.compile(
    rf"\b(?:what|which)\s+(?:{KIND_WORDS})\s+of\b"
    r"|\bwhat (?:should|do|can|would) (?:i|you|we) (?:put|include|show|have) in\b"
    r"|\bwhat (?:should |would |do(?:es)? )?(?:\w+ )?(?:go|goes) in(?:to)?\b"
    r"|\bwhat should (?:my|a|an|the|your) [\w -]{1,30} (?:show|include|contain|have)\b",
    re.IGNORECASE,
)
# ... whose verb asks what goes in, and names nothing ("what should my portfolio show?" is not
# about "unable to show a single deployed project")
GOES_IN = re.compile(r"\b(?:put|include|show|have|contain)\b", re.IGNORECASE)
# ... and one that asks what follows a thing ("hands you a notebook model, what do you do
# from there?", "what does the MLE do next?", "... what's left?") or where else ("are there
# jobs elsewhere than London?") wants the sentence after the one that says that thing
# ("... not limited to London.").
NEXT = re.compile(
    r"\b(?:from there|after that|afterwards|then what|what (?:comes |happens )?next"
    r"|(?:do|does) (?:\w+ ){0,3}next|elsewhere|where else"
    r"|what(?:['’]?s| is) left|what remains|what else is there)\b",
    re.IGNORECASE,
)
# "What does an AI engineer do?", "what do MLEs do?" ask what someone's work is: what the
# articles define in general ("what do I do to get hired?" asks for advice).
WHAT_X_DOES = r"^\W*what (?:does|do) (?!i\b|you\b|we\b)"
DOES_WHAT = re.compile(WHAT_X_DOES + r"(?:[\w/-]+ ){1,4}do\W*$", re.IGNORECASE)
# ... and "What does a mid-level machine learning engineer actually do all day?": their work.
# (and what they are responsible for: "what does a mid-level MLE take responsibility for?")
THEIR_WORK = re.compile(
    r"(?:" + WHAT_X_DOES
    + r"(?:[\w/-]+ ){1,8}do(?:\s+(?:all day|day to day|day-to-day|every day|daily|at work))?"
    r"|^\W*what (?:is|are|does|do) (?!i\b|you\b|we\b)(?:[\w/-]+ ){1,8}(?:take )?responsib\w*"
    r"(?: for)?)\W*$",
    re.IGNORECASE,
)
# A passage stating a span of years of experience ("2–5 years experience") that holds the
# years a question states ("3 yrs in as an MLE", "a few years of experience") is about the
# level it asks of; but a question about money wants the figures, whatever years it states.
YEARS_BONUS = 0.15
YEARS_SPAN = re.compile(r"(\d+)\s*[–-]\s*(\d+)\s*years|(\d+)\+\s*years", re.IGNORECASE)
OTHER_ROLE_PENALTY = 0.3
ROLE_NOUNS = "job jobs role roles work career"  # what is said of a role, not which one
FIELD_ROLE = re.compile(r"\b(?:ai|ml|mle|machine learning)\b", re.IGNORECASE)
STRUCTURED_BONUS = 0.05  # list items and table rows, for questions that want a list
KIND_BONUS = 0.3  # naming an example of the kind asked for ("which cloud providers?": AWS)
# A unit's score: how much of the question it covers itself, with its section heading (what
# the section is about, more telling than the article's title, which every unit shares), and
# with title and heading; how well its passage ranked; earlier units of a passage win ties.
OWN_WEIGHT = 0.45
HEADING_WEIGHT = 0.2
CONTEXT_WEIGHT = 0.25
RANK_WEIGHT = 0.2
POSITION_PENALTY = 0.01


@dataclass(frozen=True)
class Query:
    """A question's own terms weighted by IDF, and its lexicon expansion."""

    weights: dict[str, float]
    expansion: Expansion
    left_out: frozenset[str] = frozenset()  # words of the question not searched for
    aside: frozenset[str] = frozenset()  # ... and those only said beside it ("I'm a backend dev.")

    def coverage(self, terms: frozenset[str]) -> float:
        """IDF-weighted share of the question's terms found (or stood in for) in `terms`."""
        total = sum(self.weights.values())
        found = sum(weight * self._credit(term, terms) for term, weight in self.weights.items())
        return found / total if total else 0.0

    def _credit(self, term: str, terms: frozenset[str]) -> float:
        found = self.expansion.found(term, terms) or self.expansion.spelled_out(term, terms)
        if found and term not in self.expansion.general:
            return 1.0
        if self.expansion.stands_in(term, terms):
            return SYNONYM_CREDIT
        in_other_sense = term in terms  # "scientist" of "data scientist", asked "research ..."
        return OTHER_SENSE_CREDIT if in_other_sense else 0.0


@dataclass(frozen=True)
class Side:
    """One side of a comparison ("research engineer" of "applied ML engineer vs research
    engineer"): the words only it says, and the question asked of it alone (without the
    other side's words or those that ask for a comparison)."""

    words: Query
    alone: Query


class Responder:
    """Retrieves, scores the sentences of the best passages and composes a cited answer."""

    def __init__(self, index: PassageIndex, lexicon: LexiconData) -> None:
        self.index = index
        self.analyzer = index.analyzer
        self.router = TopicRouter(index.analyzer)
        self.lexicon = Lexicon(lexicon, index.analyzer)
        self.pay_vocabulary = PayVocabulary(index.analyzer, self.lexicon)
        self.pay_records = extract_records(index.passages, self.pay_vocabulary)
        self._pay = PayAnswerer(self.pay_records, self.pay_vocabulary)
        # A word the articles never use weighs as much as one they use once: in a question
        # on a topic they cover, it is more often the asker's own way of saying something
        # ("bare minimum", "crazy money") than what the question is about. In a question on
        # no topic, it weighs as unseen, which is what declines "best pizza topping?".
        # (the words that frame a question, and those that relate what it asks about)
        relation = {t for word in RELATION_WORDS for t in self.analyzer.terms(word)}
        self._framing = self.router.framing() | relation
        self._subjectless = relation | set(self.analyzer.terms("true"))
        self._rare_idf = lucene_idf(len(index.passages), 1)
        self._unseen_idf = lucene_idf(len(index.passages), 0)
        self._terms = lru_cache(maxsize=16384)(lambda text: with_pairs(self.analyzer.terms(text)))
        # ... and of a text less the words it joins with slashes (see `_named_apart`)
        self._apart_terms = lru_cache(maxsize=16384)(
            lambda text: self._terms(SLASHED.sub(" ", text))
        )
        self._sections: dict[str, np.ndarray] = {}
        # A phrase of the lexicon's definition group, so its synonyms ("in simple terms",
        # "overview") count too; not the word "definition", which articles also use in
        # other senses ("almost by definition").
        self._defined = self.analyzer.terms("general description")
        self._of_a_role = set(self.analyzer.terms(ROLE_NOUNS))

    def answer(self, question: str) -> Answer:
        """Answer a question from the corpus, or decline when the articles do not cover it."""
        question = validate_question(question)
        asking, besides = asking_apart(question)
        said = self.analyzer.terms(conversation_removed(_without_asking_verbs(question)))
        if DOES_WHAT.search(question) and not self.pay_vocabulary.levels(question):
            # what someone does, in general (not "what does a junior ML engineer do?")
            said = [*said, *self._defined]
        expansion = self.lexicon.expand(said, question)
        own = list(expansion.asked)
        free = expansion.free(own)
        named = self.router.route(question, free, expansion.indirect())
        topic = named or self.router.lean(question, free)
        of_asker = self._said_apart(about_asker(besides), asking)
        query = self._query(own, expansion, topic, self._rare_idf, of_asker, ASKER_WEIGHT)
        # (another career named beside the asking sentence is the asker's: "I'm a teacher.
        # Does my background help?"; unless the asking sentence points at the others: "Is it
        # worth it? I'm learning guitar.")
        apart = bool(besides) and not points_back(asking)
        asked_text = conversation_removed(asking if apart else question)
        asked_in = self.analyzer.terms(asked_text) if apart else own
        # (a question made only of its framing names no subject: "is that enough?", "is it
        # true?"; but "what are the myths?" asks for them)
        if self.lexicon.not_covered(asked_in, asked_text) or set(own) <= self._subjectless:
            return decline(question, topic)
        if unknown := self._unknown_thing(asking if apart else question):
            return decline(question, topic, f"The articles say nothing about {unknown}.")
        pay_read = self._pay.read(question)
        if not pay_read.regions:
            # (a job market the articles do not describe, asked about: "is Berlin good for ML
            # jobs?", "what's the job market in Ireland like?", whatever else the question says
            # ("heard all the big tech HQs are there"); not "I'm from Germany, is demand
            # growing?")
            asked_of = [p for p in pay_read.other_places if _asks_about_place(p, question)]
            if asked_of:
                place = " or ".join(p.title() for p in asked_of)
                return decline(question, topic, f"The articles describe no job market in {place}.")
        figures = self._pay.answer(question, topic)
        hits = self._retrieve(query, topic)
        needed = MIN_COVERAGE if named is None else MIN_COVERAGE_ON_TOPIC
        unknown = self._unseen_idf if named is None else self._rare_idf
        stated = self._without_sums_answered(said, topic, question)
        evidence = self._evidence(asking, besides, stated, expansion, unknown, hits)
        if not hits or max(evidence) < needed:
            return decline(question, topic, figures if isinstance(figures, str) else None)
        if isinstance(figures, Answer):
            return figures
        sides = self._sides(question, query, topic)
        words = tuple(side.words for side in sides)
        hits = hits + self._both_sides(words, hits)
        listed = wants_list(question, topic)
        about_money = MONEY_WORDS.search(question) is not None
        years = None if about_money else years_stated(question)
        shape = (words, listed, asks_yes_or_no(asking), years)
        scored = self._score_units(query, topic, hits, *shape)
        asked_alone = [
            self._score_units(side.alone, topic, self._retrieve(side.alone, topic), *shape)
            for side in sides
        ]
        if topic == "pay" and wants_no_figures(asking, pay_read):
            scored = [s for s in scored if not MONEY.search(s.unit.text)] or scored
        if THEIR_WORK.search(conversation_removed(question)) and not about_money:
            scored = self._their_work(scored, question)
        reads_on = bool(SPECIFICS.search(question) or NEXT.search(question))
        chosen = choose_units(scored, asked_alone, reads_on)
        quoted = compose(question, topic, chosen)
        if PRICE.search(question) and not MONEY.search(quoted.answer):
            return decline(question, topic, "The articles give no price for that.")
        if (asked := HOW_LONG.search(question)) and not gives_time(asked, quoted.answer):
            return decline(question, topic, "The articles give no figure of time for that.")
        if figures:  # no figure for the role asked about: say so, then what the articles say
            return replace(quoted, answer=f"{figures}\n{quoted.answer}")
        return quoted

    def _unknown_thing(self, asked: str) -> str | None:
        """What the question asks whether to learn, know or use (see `asked_things`), as
        said, when no article names it and the lexicon knows no other word for it."""
        for thing in asked_things(asked):
            terms = self.analyzer.terms(thing)
            if not terms or any(t[0].isdigit() or self._known_term(t) for t in terms):
                continue
            if not any(self.lexicon.expand(terms, thing).alternatives.values()):
                return thing
        return None

    def _known_term(self, term: str) -> bool:
        """True when the articles use a term, or one it is a slip of the keys for
        ("pyhton", "dockr")."""
        if self.index.idf(term):
            return True
        import difflib  # (only for a thing no article names: not on every question's path)

        vocabulary = self.index.postings.terms
        return bool(difflib.get_close_matches(term, vocabulary, n=1, cutoff=TYPO_SIMILARITY))

    def _their_work(self, scored: list[ScoredUnit], question: str) -> list[ScoredUnit]:
        """What someone does is their work, not their pay ("what does a mid-level ML engineer
        do?" is not the mid-level salary row), and at the level asked: not another level's
        list. (A thing's use, "what does cloud experience do?", loses the pay section too.)"""
        pay = self.router.cues("pay")
        levels = self.pay_vocabulary.levels(question)
        kept = [
            s for s in scored
            if not pay & self._terms(s.hit.passage.heading)
            and not (levels and self._other_level(s.hit.passage.heading, levels))
        ]
        return kept or scored

    def _other_level(self, heading: str, levels: set[str]) -> bool:
        named = self.pay_vocabulary.levels(heading, synonyms=False)
        return bool(named) and not named & levels

    def _without_sums_answered(
        self, said: list[str], topic: str | None, question: str
    ) -> list[str]:
        """The terms a pay question says, less a salary it states or a sum it states of a
        level or a role: the articles' figures answer those, and need not say them ("is £50k
        enough for a junior?", "is $100k enough?"; not "is £1000 enough for a used car?").
        A figure that is all the question says is still what it asks ("is $90,000 good?")."""
        if topic != "pay":
            return said
        read = self._pay.read(question)
        of_field = bool(read.levels or read.role or FIELD_ROLE.search(question))
        thousands = set(THOUSANDS_SAID.findall(question)) | {"k"}
        if not judges_thousands(question):
            thousands = set()
        kept = [
            t for t in said
            if not (SALARY.match(t) or (of_field and MONEY.match(t)) or t in thousands)
        ]
        return kept or said

    def _query(
        self,
        own: list[str],
        expansion: Expansion,
        topic: str | None,
        unknown: float,
        aside: set[str] = frozenset(),
        aside_weight: float = ASIDE_WEIGHT,
    ) -> Query:
        """Own terms weighted by IDF (`unknown` for a word the articles never use); the
        topic's cue words count half, because the topic already says what kind of answer is
        wanted and the other words say which one, and words that frame the question ("is it
        true that") count for little whatever its topic: a myth is not the answer to every
        "is it true" question."""
        cues, framing = self.router.cues(topic), self._framing
        parts = self._compound_parts(own)
        weights = {
            term: (self.index.idf(term) or unknown)
            * (CUE_WEIGHT if term in cues else 1)
            * (FRAMING_WEIGHT if term in framing else 1)
            * (aside_weight if term in aside else 1)
            * (PART_WEIGHT if term in parts else 1)
            for term in dict.fromkeys(own)
        }
        return Query(weights, expansion, aside=frozenset(aside))

    def _compound_parts(self, own: list[str]) -> set[str]:
        """The parts of the compounds a question says ("mid" and "level" of "mid-level"):
        the analyzer keeps both so either form is found, but they are one word said."""
        compounds = (t for t in own if not t.isalnum() and t[0].isalpha())
        return {part for term in compounds for part in self.analyzer.terms(term)[1:]}

    def _sides(self, question: str, query: Query, topic: str | None) -> tuple[Side, ...]:
        """The two sides a comparison compares (none for other questions), each as the
        words only it says and as the question asked of it alone."""
        compared = compared_sides(question) if topic == "comparison" else None
        if compared is None:
            return ()
        first, second = (set(self.analyzer.terms(side)) & query.weights.keys() for side in compared)
        # (what a role's work is called names neither side: "how does a data engineer's job
        # differ from an AI engineer's?")
        form = self.router.cues(topic) | self.router.framing() | self._of_a_role
        sides = []
        for this, other in ((first, second), (second, first)):
            only = this - other - form
            if not only:
                return ()
            # The other side, and the words that ask for a comparison, are neither looked
            # for nor stood in for by their synonyms.
            theirs = (other - this) | form
            apart = _apart(query.expansion, theirs, only)
            said = {w for phrase in _with_synonyms(query.expansion, theirs) for w in phrase}
            left_out = frozenset(said - this)
            words = Query({t: w for t, w in query.weights.items() if t in only}, apart)
            alone = {t: w for t, w in query.weights.items() if t not in left_out}
            sides.append(Side(words, Query(alone, apart, left_out)))
        return tuple(sides)

    def _both_sides(self, sides: tuple[Query, ...], hits: list[Hit]) -> list[Hit]:
        """The passage whose unit names both sides of a comparison most plainly, when no
        retrieved one names them as plainly: the question's other words ("difference",
        "same thing") are seldom how the articles set two roles side by side ("X focus on
        ..., while Y ...")."""
        if not sides:
            return []
        retrieved = max((self._side_by_side(sides, hit) for hit in hits), default=(0, 0.0))
        weights: dict[str, float] = {}  # each side's words, and acronyms spelled out
        for side in sides:
            for term, weight in side.weights.items():
                for phrase in side.expansion.alternatives.get(term, ()):
                    weights.update(dict.fromkeys(_spelled_out(phrase, {term}), weight))
                weights[term] = weight
        found = self.index.search(weights, CANDIDATE_PASSAGES * 4)
        named = [(self._side_by_side(sides, hit), -n, hit) for n, hit in enumerate(found)]
        plainest, _, hit = max(named, key=lambda t: t[:2], default=((0, 0.0), 0, None))
        if plainest <= retrieved or any(h.passage is hit.passage for h in hits):
            return []
        return [Hit(hit.passage, max((h.score for h in hits), default=0.0))]

    def _side_by_side(self, sides: tuple[Query, ...], hit: Hit) -> tuple[int, float]:
        """How plainly a unit of the passage names every side of a comparison in its own
        words: how many sides it names as the question did, then its coverage of each
        side, summed; (0, 0) when no unit speaks of them all."""
        best = (0, 0.0)
        for unit in hit.passage.units:
            terms = self._named_apart(unit)
            said = [side.coverage(terms) for side in sides]
            if min(said) < SIDE_SAID:
                continue
            as_asked = sum(
                all(side.expansion.said_as_asked(t, terms) for t in side.weights) for side in sides
            )
            best = max(best, (as_asked, sum(said)))
        return best

    def _subject(self, heading: str) -> str | None:
        """The most specific word of a heading ("bootcamp" of "Is a bootcamp a realistic
        route in?")."""
        return max(self.analyzer.terms(heading), key=self.index.idf, default=None)

    def _named_apart(self, unit: Unit) -> frozenset[str]:
        """The terms of what a unit says, less the words it joins with slashes: such a
        compound is one name ("AI / ML engineer" is a role that is both, "applied/engineering
        side" one side of the field), and sets none of its parts beside another."""
        return self._apart_terms(unit.said)

    def _evidence(
        self,
        asking: str,
        besides: str,
        said: list[str],
        expansion: Expansion,
        unknown: float,
        hits: list[Hit],
    ) -> list[float]:
        """How much of the question each passage covers: of every word said, and no other
        (not the lexicon's implied words), or, when that is more, of the asking sentence
        with what is said beside it weighing little ("I get frustrated fast. Would I hate
        this career?"; but "stakeholders keep asking why. Is explainability a headache?"),
        or after it ("what temperament do u need, im v impatient lol"); `asking` and
        `besides` are the question told apart by `asking_apart`."""
        told, asked = told_after_asking(asking)
        # (only if what is asked names the field itself: in "how do I fix my posture, I'm a
        # data scientist" the telling is all that does)
        if told and not self.lexicon.names_field(self.analyzer.terms(asked)):
            told = ""
        aside = self._said_apart(besides, asking) | self._said_apart(told, asked)
        whole = self._query(said, expansion, None, unknown)
        readings = [whole, self._query(said, expansion, None, unknown, aside)] if aside else [whole]
        return [max(self._coverage(q, hit) for q in readings) for hit in hits]

    def _said_apart(self, text: str, asking: str) -> set[str]:
        """The terms of `text` that the asking sentence does not say too."""
        return set(self.analyzer.terms(text)) - set(self.analyzer.terms(asking))

    def _context(self, hit: Hit) -> frozenset[str]:
        """Terms of what a passage is about: its article's title and its section heading."""
        return self._terms(f"{hit.passage.article.title}\n{hit.passage.section}")

    def _coverage(self, query: Query, hit: Hit) -> float:
        return query.coverage(self._terms(hit.passage.index_text))

    def _retrieve(self, query: Query, topic: str | None) -> list[Hit]:
        """BM25 candidates re-ranked by how much of the question they cover; a heading about
        the question's topic, or one that says what the question says, marks the section
        that answers it."""
        within = self._topic_sections(topic)
        hits = self.index.search(
            self._search_weights(query), CANDIDATE_PASSAGES * 2, within, CANDIDATE_PASSAGES
        )
        cues = self.router.cues(topic)
        reranked = []
        for hit in hits:
            heading = self._terms(hit.passage.heading)
            boost = 1 + TOPIC_BOOST * bool(cues & heading) + HEADING_BOOST * query.coverage(heading)
            reranked.append(Hit(hit.passage, hit.score * boost * self._coverage(query, hit)))
        reranked.sort(key=lambda h: -h.score)
        return reranked[:CANDIDATE_PASSAGES]

    def _search_weights(self, query: Query) -> dict[str, float]:
        """The expansion's weights, except that a word the articles never use ("bill",
        "comfy") is searched for through its synonyms at its own weight (1), shared across
        each synonym's words: they are the only way the articles say it, so they outweigh
        nothing the user said."""
        weights = {t: w for t, w in query.expansion.weights.items() if t not in query.left_out}
        for term in query.weights:
            if self.index.idf(term):
                continue
            for phrase in query.expansion.alternatives.get(term, ()):
                for word in phrase:
                    weights[word] = max(weights.get(word, 0.0), 1 / len(phrase))
        return weights

    def read_headings(self) -> None:
        """Work out which passages sit under a heading about each topic ("Myths about AI
        engineering"), reading each distinct heading once. Done before the index cache is
        saved, the headings' terms are saved with it, so a fresh process does not analyse
        them all again on its first question."""
        ids: dict[str, int] = {}
        passages = self.index.passages
        section_of = np.fromiter(
            (ids.setdefault(p.section, len(ids)) for p in passages), np.int64, len(passages)
        )
        # ("learning" of "machine learning" is no cue that a section is about learning)
        about = [
            self.router.topics_of(frozenset(self.lexicon.outside_field(self.analyzer.terms(s))))
            for s in ids
        ]
        for key in (t.key for t in TOPICS):
            self._sections[key] = np.array([key in topics for topics in about])[section_of]

    def _topic_sections(self, topic: str | None) -> np.ndarray | None:
        """Which passages sit under a heading about the topic (see `read_headings`)."""
        if topic is None:
            return None
        if not self._sections:
            self.read_headings()
        return self._sections[topic]

    def _score_units(
        self,
        query: Query,
        topic: str | None,
        hits: list[Hit],
        sides: tuple[Query, ...] = (),
        listed: bool = False,
        yes_or_no: bool = False,
        years: float | None = None,
    ) -> list[ScoredUnit]:
        """A unit scores by what it says itself, what it says under its heading and in its
        whole context (title and heading), and how well its passage ranked; it speaks of
        a side of a comparison when it (with its heading) says that side's words, and one
        that speaks of every side also says what asks for a comparison ("difference")."""
        top = max((hit.score for hit in hits), default=0.0)
        myths = topic == "myths"
        scored = []
        for rank, hit in enumerate(hits):
            context = self._context(hit)
            heading = self._terms(hit.passage.heading)
            # (the first passage under a question heading: "-1", not "-11")
            first_id = hit.passage.id.rsplit("-", 1)[-1] == "1"
            opens_question = hit.passage.heading.endswith("?") and first_id
            in_span = years is not None and holds_years(hit.passage.index_text, years)
            units = hit.passage.units
            for position, unit in enumerate(units):
                if unit.signposts:
                    continue
                terms = self._terms(unit.said)
                # An item means "<heading>: <item>"; the first sentence under a question
                # heading ("Is a bootcamp a realistic route in?") is its answer ("For a
                # lot of people in the UK, yes."); but a yes or a no only answers a
                # question asked yes or no of the heading's subject (not "where do I even
                # start?", nor "is a PhD a viable route in?").
                answers = position == 0 and opens_question
                if answers and VERDICT.search(unit.text):
                    answers = yes_or_no and self._subject(hit.passage.heading) in (
                        query.expansion.weights
                    )
                if unit.kind in LINE_KINDS or answers:
                    terms |= heading
                speaks: frozenset[int] = frozenset()
                if sides:
                    speaks = _speaks(sides, self._named_apart(unit), heading)
                    if len(speaks) == len(sides):  # setting them side by side compares
                        terms |= self.router.cues(topic)
                covers = query.coverage(terms)
                # (a table row of another role than this field's or any the question asks
                # about: "Data Engineer — Key tools: Python, SQL, Spark" is no answer to "do I
                # need SQL?", nor "Backend Developer — ..." to "backend dev here. What do I
                # need to learn?"; "AI / ML Engineer — Key tools: ..." is)
                label = unit.cells[0][1] if unit.cells else ""
                other_role = (
                    topic != "comparison"
                    and ROLE.search(label) is not None
                    and not FIELD_ROLE.search(label)
                    and not (query.weights.keys() - query.aside) & self._terms(label)
                )
                score = (
                    OWN_WEIGHT * covers
                    + HEADING_WEIGHT * query.coverage(terms | heading)
                    + CONTEXT_WEIGHT * query.coverage(terms | context)
                    + (RANK_WEIGHT * hit.score / top if top > 0 else 0.0)
                    - POSITION_PENALTY * position
                    + _shape_bonus(topic, unit, listed, myths and _turned(units, position), covers)
                    - OTHER_ROLE_PENALTY * other_role
                    + KIND_BONUS * query.expansion.names_example(terms)
                    + YEARS_BONUS * in_span
                )
                scored.append(ScoredUnit(rank, position, hit, unit, score, covers, speaks))
        return scored


def _asks_about_place(place: str, question: str) -> bool:
    """True when a question asks how good a place is for the work, or about its job market."""
    named = re.escape(place)
    return re.search(
        rf"\b(?:is|are)\s+{named}\s+(?:a\s+)?(?:good|great|decent|better|best|ok|okay|worth)\b"
        rf"|\b(?:market|scene)\b[^.?!]{{0,40}}\bin\s+{named}\b"
        rf"|\b(?:jobs?|hiring|demand|in demand)\s+(?:like\s+)?in\s+{named}\b"
        rf"|\b(?:companies|firms|startups|labs)\s+in\s+{named}\s+(?:are\s+)?hir"
        rf"|\bin\s+{named}\s+hiring\b",
        question,
        re.IGNORECASE,
    ) is not None


def _without_asking_verbs(question: str) -> str:
    """The question less the verb of what it asks goes in a thing (see `GOES_IN`)."""
    return SPECIFICS.sub(lambda asked: GOES_IN.sub(" ", asked.group(0)), question)


def _apart(expansion: Expansion, other: set[str], own: set[str] = frozenset()) -> Expansion:
    """The expansion without the other side's words and their synonyms: "AI engineer" is a
    synonym of "ML engineer", but not when the question compares the two. A phrase that
    spells out one of the side's `own` words stays its own ("machine learning engineer" of
    "ML engineer")."""
    theirs = _with_synonyms(expansion, other)
    alternatives = {
        term: tuple(
            p
            for p in phrases
            if (p not in theirs or _spelled_out(p, own)) and not other & set(p)
        )
        for term, phrases in expansion.alternatives.items()
    }
    return replace(expansion, alternatives=alternatives)


def _spelled_out(phrase: tuple[str, ...], words: set[str]) -> tuple[str, ...]:
    """The words a phrase begins with that spell out one of `words` ("machine learning" of
    "machine learning engineer", for "ML"), or none."""
    spelled = (phrase[:n] for n in range(2, len(phrase) + 1) if initials(phrase[:n]) in words)
    return next(spelled, ())


def _speaks(
    sides: tuple[Query, ...], terms: frozenset[str], heading: frozenset[str]
) -> frozenset[int]:
    """The sides of a comparison a unit speaks of, in its own words or its heading's."""
    said = terms | heading
    return frozenset(n for n, side in enumerate(sides) if side.coverage(said) >= SIDE_SAID)


def _with_synonyms(expansion: Expansion, words: set[str]) -> set[tuple[str, ...]]:
    """The words, each as a phrase of its own, and the synonym phrases that stand in for them."""
    return {(t,) for t in words} | {p for t in words for p in expansion.alternatives.get(t, ())}


def _turned(units: tuple[Unit, ...], position: int) -> bool:
    """True when a sentence is a belief the sentence after it turns around ("Most people
    expect maths and papers. The reality is a lot more practical."), not itself a turn."""
    unit, after = units[position], units[position + 1] if position + 1 < len(units) else None
    return (
        unit.kind == "sentence"
        and not TURNS.match(unit.text)
        and after is not None
        and after.kind == "sentence"
        and TURNS.match(after.text) is not None
    )


def _shape_bonus(
    topic: str | None, unit: Unit, listed: bool, turned: bool = False, covers: float = 0.0
) -> float:
    """Prefer the unit shape the answer takes: lists when the question asks for what its
    topic lists, the claim with its verdict for myths (quoted, or turned around by the
    sentence after it), figures for pay. A claim is that shape only when it says something
    of the question itself (`covers`): "is it true ML engineers work crazy hours?" is not
    answered by "You just call an API and you're done." False."""
    if listed and unit.kind in LINE_KINDS and (topic == "pay" or not MONEY.search(unit.text)):
        return STRUCTURED_BONUS  # (a list of salaries is not the list a skills question wants)
    if topic == "myths" and unit.text.startswith(('"', "“")) and covers >= MYTH_COVERS:
        return MYTH_BONUS
    if turned:  # (worked out for myths questions only)
        return TURNED_BONUS
    if topic == "pay" and MONEY.search(unit.text):
        return MONEY_BONUS
    return 0.0


def holds_years(text: str, years: float) -> bool:
    """True when a text states a span of years ("2–5 years experience", "5+ years") that
    holds `years`."""
    for span in YEARS_SPAN.finditer(text):
        if span.group(3) and years >= int(span.group(3)):
            return True
        if span.group(1) and int(span.group(1)) <= years <= int(span.group(2)):
            return True
    return False


def gives_time(asked: re.Match[str], answer: str) -> bool:
    """True when an answer says a number of the unit of time asked for (`HOW_LONG`), and
    in the period asked about, if any."""
    unit, period = asked.group(1).lower().rstrip("s").replace("hr", "hour"), asked.group(2)
    if not re.search(rf"\b{NUMBER}[\s-]+{unit}s?\b", answer, re.IGNORECASE):
        return False
    said_per = rf"\b(?:a|per|each)\s+{period}\b|\b{period}ly\b"
    return not period or bool(re.search(said_per, answer, re.IGNORECASE))


def validate_question(question: str) -> str:
    """The question, stripped; raises QuestionError when it is empty or too long."""
    text = " ".join(question.split())
    if not text:
        raise QuestionError("the question is empty: ask something, e.g. 'do I need a PhD?'")
    if len(text) > MAX_QUESTION_CHARS:
        raise QuestionError(
            f"the question is too long ({len(text)} characters; the limit is "
            f"{MAX_QUESTION_CHARS}): ask one thing at a time"
        )
    return text


def decline(question: str, topic: str | None, note: str | None = None) -> Answer:
    """An honest 'not covered' that says what the advisor can help with."""
    text = note or "I can't answer that from the articles I have."
    text += f" I can help with questions about AI and machine learning careers: {topic_menu()}."
    return Answer(question=question, answered=False, topic=topic, answer=text)
