"""The domain lexicon (`DIR/lexicon.yaml`): groups of words and phrases meaning the same.

Users ask in their own words ("money for beginners"); articles say "junior salary". The
lexicon lets a question term reach its synonyms, at a lower weight than the user's own
words, so expansion helps recall without ever outweighing what was asked.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from advisor.analysis import Analyzer
from advisor.errors import CorpusError, yaml_error_line
from advisor.organisations import Organisations

EXPANSION_WEIGHT = 0.35
# The words that ask for a kind of a thing ("what kind of...?", "types of tools").
KIND_WORDS = r"kinds?|types?|sorts?"
# Words too general to stand for anything alone (as stemmed): all that may be left of a
# phrase once the words judging them, which analysis drops as words of asking, are gone
# ("worst part", "bad side", "what's the catch").
GENERAL_TERMS = frozenset({"part", "side", "catch", "rule"})
# ... and words that turn the meaning of the word they go with, which analysis drops too: a
# negation before it ("no experience yet", "not a coder") or a particle after a verb ("skill
# up", "work on"; not "on the rise", "up to date").
NEGATIONS = frozenset({"no", "not", "never", "t", "nothing", "without", "done"})
PARTICLES = frozenset({"up", "on"})
# Asking which kind of a thing: "which cloud providers...", "what's the maths...", "what kind
# of maths...", "types of tools" (not "is it a kind of software job?", "to what degree..."):
# the kind's word follows, after at most three words that are neither verbs nor pronouns nor
# prepositions ("which deep learning frameworks", not "what does it take to ... frameworks",
# "what about cloud...").
WHICH_KIND = (
    r"(?:(?<!\bto )\b(?:which|what)(?:['’]?s\b|\s+(?:are|is)\b)?(?:\s+(?:the|some)\b)?"
    rf"(?:\s+(?:{KIND_WORDS}|branch(?:es)?|areas?|bits?|parts?)\s+of\b)?"
    r"|\b(?:kinds|types|sorts|examples)\s+of\b)"
    r"(?:\s+(?!(?:is|are|was|were|do|does|did|should|would|could|can|will|i|you|we|they|it"
    r"|about|with|for|to|in|on|at|from|like|happens?|goes|comes)\b)[\w/+.'’-]+){0,3}?\s+"
)
# ... unless the kind's word is part of another thing ("the cloud bill", "language models").
NOT_THE_KIND = r"(?!\s+(?:bills?|costs?|models?|overflow|of life)\b)"


@dataclass(frozen=True)
class LexiconData:
    """The lexicon file as written: synonym groups, the field's own words, other careers,
    places people ask about (so a pay question about Germany is known to be one), subjects
    the articles do not cover (work visas), everyday subjects (recipes, the guitar), and
    kinds of things with the examples the articles name (cloud providers: AWS, Azure...)."""

    synonyms: list[list[str]] = field(default_factory=list)
    field_words: list[str] = field(default_factory=list)
    other_careers: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    uncovered: list[str] = field(default_factory=list)
    everyday: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    kinds: list[tuple[list[str], list[str]]] = field(default_factory=list)


def load_lexicon_data(path: Path) -> LexiconData:
    """Read a lexicon file; a missing file means an empty lexicon."""
    if not path.is_file():
        return LexiconData()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise CorpusError(path, "not UTF-8 text; save it as UTF-8") from exc
    except yaml.YAMLError as exc:
        line = yaml_error_line(exc, first_line=1)
        raise CorpusError(path, f"invalid YAML: {getattr(exc, 'problem', exc)}", line) from exc
    if not isinstance(data, dict | None):
        raise CorpusError(
            path, "expected a mapping with 'synonyms:', 'field:', 'other_careers:', 'kinds:'..."
        )
    data = data or {}
    groups = data.get("synonyms") or []
    if not isinstance(groups, list) or not all(_words(g) for g in groups):
        raise CorpusError(path, "expected 'synonyms:' followed by a list of [word, phrase, ...]")
    for key in ("field", "other_careers", "places", "uncovered", "everyday", "organisations"):
        if not _words(data.get(key) or []):
            raise CorpusError(path, f"expected '{key}:' to be a list of words or phrases")
    kinds = data.get("kinds") or []
    if not isinstance(kinds, list) or not all(_kind_entry(k) for k in kinds):
        raise CorpusError(
            path,
            "expected 'kinds:' followed by {kind: [word, ...], examples: [word, ...]}, each "
            "list not empty and each word of letters or digits, at least two of them",
        )
    return LexiconData(
        synonyms=[[str(p) for p in group] for group in groups],
        field_words=[str(p) for p in data.get("field") or []],
        other_careers=[str(p) for p in data.get("other_careers") or []],
        places=[str(p) for p in data.get("places") or []],
        uncovered=[str(p) for p in data.get("uncovered") or []],
        everyday=[str(p) for p in data.get("everyday") or []],
        organisations=[str(p) for p in data.get("organisations") or []],
        kinds=[([str(p) for p in k["kind"]], [str(p) for p in k["examples"]]) for k in kinds],
    )


def _words(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(p, str | int) for p in value)


def _kind_entry(entry: object) -> bool:
    """A `kinds` entry has its two keys only, each a list of words or phrases that are not
    empty: a kind's word is matched with any ending, so one of no letters, or of one ("c"
    of "c++"), would match every question."""
    entry_keys = ("kind", "examples")
    if not isinstance(entry, dict) or set(entry) != set(entry_keys):
        return False
    if not all(_words(words) and words for words in entry.values()):
        return False
    kind, examples = ([re.findall(r"[^\W_]+", str(w)) for w in entry[k]] for k in entry_keys)
    return all(kind) and all(examples) and all(len(word) > 1 for said in kind for word in said)


@dataclass(frozen=True)
class Expansion:
    """A question's search terms: its own (weight 1) plus synonyms (lower weight), and for
    each own term the synonym phrases that may stand in for it when judging coverage."""

    weights: dict[str, float]
    alternatives: dict[str, tuple[tuple[str, ...], ...]]
    words: frozenset[str] = frozenset()  # terms of the synonyms that are single words
    # The question's terms only ever used inside a longer phrase it said, with those
    # phrases: "learning" in "machine learning" is not the verb "learn", and "scientist" in
    # "research scientist" is not found in a text about data scientists.
    bound: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # The question's terms, with those of a phrase it said in stopwords only ("get into"
    # means "break in"): what the question is taken to ask.
    asked: tuple[str, ...] = ()
    # The bound terms that end the longest phrase they were said in, unless that phrase
    # names the field itself: "skills" of "people skills" is about skills; "learning" of
    # "machine learning" or of "machine learning engineer" is not about learning.
    heads: frozenset[str] = frozenset()
    # The examples of a kind the question asks which of ("which cloud providers?": AWS,
    # Azure...), each as what a text must hold to name it.
    examples: tuple[frozenset[str], ...] = ()
    # The question's words said only as such a general remnant of a phrase ("part" of "worst
    # part"): a text has them in the phrase's sense only through its synonyms ("part of the
    # job" is no downside, "to catch drift" no catch).
    general: frozenset[str] = frozenset()
    # Each alternative phrase as what a text must hold for it: its word, or its adjacent
    # pairs. Coverage asks this of every sentence retrieved, so it is worked out once:
    # the phrases that need one key (a word or a pair) together, and those that need more.
    _needs: dict[str, tuple[frozenset[str], tuple[frozenset[str], ...]]] = field(
        init=False, repr=False, compare=False
    )

    # ... and for each bound term, what a text must hold to use it in the question's sense.
    _senses: dict[str, tuple[frozenset[str], ...]] = field(init=False, repr=False, compare=False)
    # ... and for each term that is an acronym, what a text must hold to spell it out
    # ("machine learning engineer" is "MLE" itself, not a synonym of it).
    _spelled: dict[str, tuple[frozenset[str], ...]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        needs = {}
        for term, alts in self.alternatives.items():
            needed = [_needed(phrase) for phrase in alts]
            one = frozenset(key for keys in needed if len(keys) == 1 for key in keys)
            needs[term] = (one, tuple(keys for keys in needed if len(keys) > 1))
        object.__setattr__(self, "_needs", needs)
        senses = {
            term: tuple(
                _needed(phrase)
                for phrase in (*phrases, *self.alternatives.get(term, ()))
                if term in phrase
            )
            for term, phrases in self.bound.items()
        }
        object.__setattr__(self, "_senses", senses)
        spelled = {
            term: tuple(_needed(p) for p in alts if initials(p) in (term, term.removesuffix("s")))
            for term, alts in self.alternatives.items()
            if term not in self.bound  # ("ML" of "ML engineer" is spelled out with it)
        }
        object.__setattr__(self, "_spelled", {t: keys for t, keys in spelled.items() if keys})

    def free(self, terms: list[str]) -> list[str]:
        """The terms the question used on their own, not only inside a longer phrase."""
        return [term for term in terms if term not in self.bound]

    def indirect(self) -> frozenset[str]:
        """Terms the question points at without saying them on their own: those of its
        one-word synonyms, and the words that end a phrase it said (see `Lexicon.expand`)."""
        return self.words | self.heads

    def found(self, term: str, present: frozenset[str]) -> bool:
        """True when a text whose terms and pairs are `present` has the term in the sense
        the question used it: if the question only said it inside a phrase, inside that
        phrase or a synonym of it that has the same word ("software dev", "software
        developer")."""
        if term not in present:
            return False
        if term not in self.bound:
            return True
        return any(present.issuperset(needed) for needed in self._senses[term])

    def said_as_asked(self, term: str, present: frozenset[str]) -> bool:
        """True when a text whose terms and adjacent pairs are `present` says the term as
        the question did: alone, or inside the very phrase the question said it in."""
        if term not in self.bound:
            return term in present
        return any(present.issuperset(_needed(phrase)) for phrase in self.bound[term])

    def spelled_out(self, term: str, present: frozenset[str]) -> bool:
        """True when an acronym the question used is spelled out in a text whose terms and
        adjacent pairs are `present`."""
        return any(present.issuperset(keys) for keys in self._spelled.get(term, ()))

    def names_example(self, present: frozenset[str]) -> bool:
        """True when a text (its terms and adjacent pairs, `present`) names one of the
        examples of the kind the question asks for."""
        return any(present.issuperset(keys) for keys in self.examples)

    def stands_in(self, term: str, present: frozenset[str]) -> bool:
        """True when a synonym phrase of `term` occurs in a text whose terms and adjacent
        pairs (see `with_pairs`) are `present`."""
        one, more = self._needs[term]
        return not one.isdisjoint(present) or any(present.issuperset(keys) for keys in more)


def _phrases(words: list[str], analyzer: Analyzer) -> list[tuple[str, ...]]:
    return list(dict.fromkeys(tuple(analyzer.terms(word)) for word in words))


@dataclass(frozen=True)
class Phrase:
    """A lexicon entry as analysed terms. When stopwords shortened it ("work on" -> work,
    "stand out" -> stand) its terms alone would fire on any question with that one word,
    so it is recognised in a question only where the question says it in full (its
    leading words inflected or not: "working on", "standing out"). A phrase of stopwords
    only ("become a") is such a trigger and nothing more."""

    terms: tuple[str, ...]
    # (a pattern's text: compiled on first use by `re`'s own cache, as few are ever needed
    # and compiling them all would slow every process's first question)
    in_full: str | None = None
    # ... and its first and last words, for a cheap test before the pattern
    first_word: str = ""
    last_word: str = ""
    # True when all that stopwords left of it is a word too general to stand in for its
    # group in a text ("worst part" -> "part": "part of the job" is no downside).
    left_general: bool = False
    # ... or only the word a negation or a particle turned ("no experience yet" ->
    # "experience", "skill up" -> "skill"): in a text, that word says something else.
    turned: bool = False

    @classmethod
    def read(cls, entry: str, analyzer: Analyzer) -> Phrase:
        terms = tuple(analyzer.terms(entry))
        words = re.findall(r"[^\W_]+", entry.casefold())
        if len(terms) >= len(words):
            return cls(terms)
        *leading, last = (re.escape(word) for word in words)
        pattern = "".join(rf"{word}\w*\W+" for word in leading) + last
        general = turned = False
        if len(terms) == 1:  # (what a one-word remnant says in a text)
            general = terms[0] in GENERAL_TERMS
            kept = [n for n, word in enumerate(words) if tuple(analyzer.terms(word)) == terms]
            turned = len(kept) == 1 and _turned(words, kept[0])
        return cls(terms, rf"\b{pattern}\b", words[0], words[-1], general, turned)

    def said_in(self, terms: list[str], question: Question) -> bool:
        """True when the question (its analysed `terms`, and its text) says this phrase."""
        if self.in_full is None:
            return _occurs(self.terms, terms)
        words = question.words
        if self.last_word not in words:
            return False
        if self.first_word not in words and not any(w.startswith(self.first_word) for w in words):
            return False
        return re.search(self.in_full, question.text) is not None


def _without_plural(word: str) -> str:
    """A word without a plural's "s", to be matched with any ending ("projects": "project")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _turned(words: list[str], kept: int) -> bool:
    """True when a negation comes before the one word a phrase keeps (`words[kept]`), or a
    particle after it: "no experience yet", "skill up"."""
    return not NEGATIONS.isdisjoint(words[:kept]) or not PARTICLES.isdisjoint(words[kept + 1 :])


@dataclass(frozen=True)
class Question:
    """A question's text casefolded, and its words."""

    text: str
    words: frozenset[str]

    @classmethod
    def read(cls, text: str) -> Question:
        text = text.casefold()
        return cls(text, frozenset(re.findall(r"[^\W_]+", text)))


def initials(phrase: tuple[str, ...]) -> str:
    """The acronym a phrase of several words spells ("machine learning" -> "ml")."""
    return "".join(word[0] for word in phrase) if len(phrase) > 1 else ""


def _needed(phrase: tuple[str, ...]) -> frozenset[str]:
    if len(phrase) == 1:
        return frozenset(phrase)
    return frozenset(f"{a} {b}" for a, b in itertools.pairwise(phrase))


def with_pairs(terms: list[str]) -> frozenset[str]:
    """A text's terms plus each adjacent pair "a b", so a two-word synonym only counts
    where its words stand together, not anywhere in the passage."""
    return frozenset(terms) | {f"{a} {b}" for a, b in itertools.pairwise(terms)}


class Lexicon:
    """Synonym groups compiled with the analyzer, so phrases match analysed questions."""

    def __init__(self, data: LexiconData, analyzer: Analyzer) -> None:
        self._groups: list[list[Phrase]] = []
        self._single_words: set[tuple[str, ...]] = set()
        # Every phrase of the lexicon, even of a group whose entries all analyse alike
        # ("data engineer", "data engineering"): a question saying one means the phrase.
        self._long_phrases: set[tuple[str, ...]] = set()
        for group in data.synonyms:
            phrases = [Phrase.read(w, analyzer) for w in group]
            phrases = list(dict.fromkeys(p for p in phrases if p.terms or p.in_full))
            if len({p.terms for p in phrases}) > 1:
                self._groups.append(phrases)
            self._long_phrases.update(p.terms for p in phrases if len(p.terms) > 1)
            self._single_words.update(_phrases([w for w in group if " " not in w], analyzer))
        # In each group, the words a negation or particle turned ("experience" of "no
        # experience yet"): they stand in for the group only as another phrase says them.
        self._turned = [
            {p.terms for p in group if p.turned} - {p.terms for p in group if not p.turned}
            for group in self._groups
        ]
        # Which groups a question term can start a phrase of, and which have a phrase that
        # is looked for in the question's text: expanding a question looks only at those,
        # not at every group of the lexicon.
        self._groups_starting: dict[str, list[int]] = {}
        self._in_full: dict[int, list[Phrase]] = {}
        self._in_full_ending: dict[str, set[int]] = {}  # ... by the word they end on
        for n, group in enumerate(self._groups):
            for phrase in group:
                if phrase.in_full is not None:
                    self._in_full.setdefault(n, []).append(phrase)
                    self._in_full_ending.setdefault(phrase.last_word, set()).add(n)
                else:
                    self._groups_starting.setdefault(phrase.terms[0], []).append(n)
        # Phrases of stopwords only, with the first phrase of their group that they mean.
        self._triggers = [
            (phrase, next(p.terms for p in group if p.terms))
            for group in self._groups
            for phrase in group
            if not phrase.terms
        ]
        self._field = _phrases(data.field_words, analyzer)
        self._other_careers = _phrases(data.other_careers, analyzer)
        # ... and the words that name each, as said: a stem is shared with the verb ("the
        # market is cooked" names no cook)
        self._career_nouns: dict[tuple[str, ...], set[str]] = {}
        for entry in data.other_careers:
            last = entry.casefold().split()[-1]
            forms = {last, f"{last}s", f"{last}es", f"{last[:-1]}ies"}
            self._career_nouns.setdefault(tuple(analyzer.terms(entry)), set()).update(forms)
        careers = set(self._other_careers)
        self._career_lookalikes = {
            p for p in self._long_phrases - careers if any((word,) in careers for word in p)
        }
        self.places = data.places
        # (read as synonyms are, so "stock options" is said only where both words are)
        uncovered = (Phrase.read(entry, analyzer) for entry in data.uncovered)
        self._uncovered = [p for p in uncovered if p.terms or p.in_full]
        # (everyday subjects are words as written, not stems: "dating" is not "up to date")
        words = [re.escape(w.casefold()) for w in data.everyday if w.strip()]
        self._everyday = re.compile(rf"\b(?:{'|'.join(words)})\b") if words else None
        # ... but an everyday word inside a phrase of this field names no everyday subject
        # ("pet projects", "a marathon of meetings")
        everyday = {w.casefold() for w in data.everyday}
        lookalikes = [
            r"\w*\W+".join(re.escape(_without_plural(word)) for word in entry.casefold().split())
            for group in data.synonyms
            for entry in group
            if len(entry.split()) > 1 and not everyday.isdisjoint(entry.casefold().split())
        ]
        self._everyday_lookalikes = (
            re.compile(rf"\b(?:{'|'.join(lookalikes)})\w*") if lookalikes else None
        )
        self._organisations = Organisations(data.organisations)
        self._kinds = [
            (
                re.compile(WHICH_KIND + f"(?:{'|'.join(map(_said_as, kind))})\\b{NOT_THE_KIND}"),
                _phrases(examples, analyzer),
            )
            for kind, examples in data.kinds
        ]
        self._long_starting: dict[str, list[tuple[str, ...]]] = {}  # by their first term
        for phrase in self._long_phrases:
            self._long_starting.setdefault(phrase[0], []).append(phrase)

    def not_covered(self, terms: list[str], question: str) -> bool:
        """True when a question (its analysed `terms`, and its text) asks about what the
        articles do not cover: another career, an everyday subject, or a subject listed as
        uncovered, which is declined even beside the field's words ("a skilled worker visa
        for an ML job?": they do not make the articles' UK job market an answer)."""
        said = Question.read(question)
        return (
            self._other_career_only(terms, said)
            or any(p.said_in(terms, said) for p in self._uncovered)
            or self._asks_everyday(terms, said)
            or self._organisations.asked_about(said.text)
        )

    def _other_career_only(self, terms: list[str], said: Question) -> bool:
        """True when a question names another career and nothing of this field: "what do
        nurses earn?" must be declined, not answered with an ML salary. A field word inside
        the career's own name ("data" of "data entry clerk") is not the field, a career
        word inside another phrase of the lexicon ("hiring manager") names no career, and
        nor does a career's word said as a verb ("cooked")."""
        for phrase in self._career_lookalikes:
            terms = _without(phrase, terms)
        rest, present = list(terms), set(terms)
        for career in (c for c in self._other_careers if c and c[0] in present):
            if not self._career_nouns[career].isdisjoint(said.words):
                rest = _without(career, rest)
        mentions = len(rest) < len(terms)
        return mentions and not self.names_field(rest)

    def _asks_everyday(self, terms: list[str], said: Question) -> bool:
        """True when a question is about an everyday subject and names nothing of this
        field: "where do I start with learning guitar?" is declined, "is a cats vs dogs
        classifier a good ML project?" is not."""
        if self._everyday is None or self.names_field(terms):
            return False
        text = said.text
        if self._everyday_lookalikes is not None:
            text = self._everyday_lookalikes.sub(" ", text)
        return self._everyday.search(text) is not None

    def names_field(self, terms: list[str]) -> bool:
        """True when a question says a word of this field ("ML", "model", "data")."""
        return any(_occurs(p, terms) for p in self._field)

    def outside_field(self, terms: list[str]) -> list[str]:
        """The terms with the field's own phrases taken out ("machine learning" says
        nothing of learning)."""
        for phrase in (p for p in self._field if len(p) > 1):
            terms = _without(phrase, terms)
        return terms

    def expand(self, terms: list[str], question: str = "") -> Expansion:
        """Weight the question's own terms 1 and each synonym's terms EXPANSION_WEIGHT,
        shared across a phrase's terms so a long phrase does not count for more. `terms`
        are the question's analysed terms; `question` its text, where phrases that
        stopwords shorten are looked for in full."""
        said = Question.read(question)
        terms = [*terms, *self._implied(terms, said)]
        own = set(terms)
        weights = dict.fromkeys(terms, 1.0)
        alternatives: dict[str, set[tuple[str, ...]]] = {term: set() for term in weights}
        words: set[str] = set()
        candidates = {n for term in own for n in self._groups_starting.get(term, ())}
        spoken = {n for word in said.words for n in self._in_full_ending.get(word, ())}
        general: set[str] = set()
        for n in sorted(candidates | spoken):
            group = self._groups[n]
            looked_for = group if n in candidates else self._in_full[n]
            said_here = [p for p in looked_for if p.said_in(terms, said)]
            if not said_here:
                continue
            found = {p.terms for p in said_here}
            kept = (
                p.terms
                for p in group
                if not p.left_general and p.terms not in found and not set(p.terms) <= own
            )
            others = list(dict.fromkeys(kept))
            words.update(t for p in others if p in self._single_words for t in p)
            _weigh_alongside(weights, others, own)
            # The other phrases stand in for a term, and so does another phrase of the group
            # the question said in full ("leetcode (data structures...)": a text on data
            # structures covers both; "work with" is only "work" in a text, so it does not).
            whole = [p.terms for p in said_here if p.in_full is None]
            general.update(p.terms[0] for p in said_here if p.left_general)
            standing = [p for p in others if p not in self._turned[n]]
            # (a phrase found in full may have been said hyphenated, "in-demand", which the
            # analyzer reads as other terms than the phrase's)
            for term in {t for p in found for t in p}:
                stand_ins = alternatives.setdefault(term, set())
                stand_ins.update([*standing, *(p for p in whole if term not in p)])
        # (the examples of a kind asked for are searched for as a synonym's words are)
        examples = [p for pattern, ps in self._kinds if pattern.search(said.text) for p in ps if p]
        _weigh_alongside(weights, examples, own)
        frozen = {term: tuple(sorted(alts)) for term, alts in alternatives.items()}
        bound = self._bound(terms)
        heads = frozenset(
            term
            for term, phrases in bound.items()
            if (longest := max(phrases, key=len))[-1] == term and longest not in self._field
        )
        asked_examples = tuple(_needed(p) for p in dict.fromkeys(examples))
        return Expansion(
            weights, frozen, frozenset(words), bound, tuple(terms), heads, asked_examples,
            frozenset(general),
        )

    def _implied(self, terms: list[str], question: Question) -> list[str]:
        """A phrase of stopwords only ("get into", "become a") names its group's idea in no
        word of its own: the question means the group's first phrase ("break in")."""
        implied: list[str] = []
        for trigger, head in self._triggers:
            if trigger.said_in(terms, question):
                implied.extend(t for t in head if t not in terms and t not in implied)
        return implied

    def _bound(self, terms: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
        inside: list[set[tuple[str, ...]]] = [set() for _ in terms]
        present = set(terms)
        for phrase in (p for first in present for p in self._long_starting.get(first, ())):
            n = len(phrase)
            for i in range(len(terms) - n + 1):
                if tuple(terms[i : i + n]) == phrase:
                    for position in range(i, i + n):
                        inside[position].add(phrase)
        free = {term for term, said in zip(terms, inside, strict=True) if not said}
        bound: dict[str, set[tuple[str, ...]]] = {}
        for term, said in zip(terms, inside, strict=True):
            if term not in free:
                bound.setdefault(term, set()).update(said)
        return {term: tuple(sorted(said)) for term, said in bound.items()}


def _weigh_alongside(
    weights: dict[str, float], phrases: list[tuple[str, ...]], own: set[str]
) -> None:
    """Weight the terms of phrases searched for beside the question's own words: each
    phrase EXPANSION_WEIGHT, shared across its terms so a long phrase does not count more."""
    for phrase in phrases:
        for term in set(phrase) - own:
            share = EXPANSION_WEIGHT / len(phrase)
            weights[term] = max(weights.get(term, 0.0), share)


def _said_as(entry: str) -> str:
    """A pattern for a kind's word as said in a question, with any ending ("cloud
    providers" of "cloud", "mathematics" of "math")."""
    words = [re.escape(word) for word in re.findall(r"[^\W_]+", entry.casefold())]
    return r"\W+".join(words) + r"\w*"


def _without(phrase: tuple[str, ...], terms: list[str]) -> list[str]:
    """The terms with each occurrence of the phrase taken out."""
    n, out, i = len(phrase), [], 0
    while i < len(terms):
        if n and tuple(terms[i : i + n]) == phrase:
            i += n
        else:
            out.append(terms[i])
            i += 1
    return out


def _occurs(phrase: tuple[str, ...], terms: list[str]) -> bool:
    """True when the phrase's terms appear next to each other in the question."""
    n = len(phrase)
    if phrase[0] not in terms:
        return False
    return n == 1 or any(tuple(terms[i : i + n]) == phrase for i in range(len(terms) - n + 1))
