"""What a question is about: the topics the articles cover, and routing a question to one.

Routing looks for cue words in the question's analysed terms, so "salaries", "salary" and
"earning" all count as the same cue as the corpus is analysed the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from advisor.analysis import Analyzer
from advisor.contrast import compared_sides


@dataclass(frozen=True)
class Topic:
    """A kind of question the articles answer."""

    key: str
    label: str
    cues: tuple[str, ...]
    # Cues that give the question's form, not its subject ("is it true that...?"): they
    # route it, and barely count when judging what answers it.
    framing: tuple[str, ...] = ()
    # Words that lean towards the topic without naming it ("deploy" is what the job does,
    # "hate" how it feels): see `TopicRouter.lean`.
    hints: tuple[str, ...] = ()


TOPICS: tuple[Topic, ...] = (
    Topic(
        "pay",
        "pay and salaries",
        ("pay", "paid", "salary", "earn", "earnings", "money", "compensation", "wage",
         "income", "£", "$"),
    ),
    Topic(
        "myths",
        "myths and misconceptions",
        ("myth", "true", "misconception", "glamorous", "automate", "replace"),
        framing=("myth", "true", "misconception"),  # (and "really", which the lexicon reads "myth")
        hints=("just", "genius", "mostly", "only", "recent"),
    ),
    Topic(
        "comparison",
        "how the role compares with related roles",
        ("difference", "different", "versus", "vs", "compare", "comparison", "overlap"),
    ),
    Topic(
        "progression",
        "career progression and growth paths",
        ("progression", "promotion", "promoted", "growth", "path", "paths", "junior",
         "senior", "principal", "lead", "seniority", "specialise", "specialize", "specialism"),
        hints=("mentor", "later", "step", "mid", "experience", "move"),
    ),
    Topic(
        "tasks",
        "what the job is like day to day",
        ("day", "daily", "week", "typical", "routine", "responsibilities", "tasks", "duties",
         "morning", "afternoon"),
        hints=(
            "deploy", "deployment", "production", "monitor", "maintain", "pipeline", "experiment",
            "debug", "clean", "latency", "spend", "meeting", "babysit", "build", "hand"
        ),
    ),
    Topic(
        "skills",
        "the skills and tools you need",
        ("skill", "skills", "tools", "framework", "frameworks", "language", "languages",
         "learn", "python", "know", "technical"),
        hints=(
            "important", "need", "concept", "understand", "careful", "stand", "separate",
            "docker", "maths", "math", "sql"
        ),
    ),
    Topic(
        "education",
        "education and getting into the field",
        ("degree", "phd", "bootcamp", "course", "self-taught", "qualification", "university",
         "start", "break", "entry"),
        hints=(
            "portfolio", "project", "study", "background", "switch", "teach",
            "beginner"
        ),
    ),
    Topic(
        "market",
        "industries and the job market",
        ("industry", "industries", "sector", "sectors", "hire", "hiring", "employ", "employers",
         "demand", "market", "companies", "jobs"),
    ),
    Topic(
        "outlook",
        "pros, cons, challenges and the outlook",
        ("pros", "cons", "advantages", "disadvantages", "benefits", "challenges", "downsides",
         "hard", "future", "outlook", "worthwhile", "stressful"),
        hints=(
            "problem", "hate", "love", "enjoy", "fit", "burn", "burnout", "stress", "fad",
            "hardest", "worst", "satisfying", "hype", "boring", "fun", "remote",
            "help"
        ),
    ),
)


# A question that ends by asking to be confirmed ("..., right?", "or nah") checks a belief:
# it asks whether something is true, as "is it true that" does.
CONFIRM = re.compile(
    r"(?:\bright|\bcorrect|\bor nah|\bisn'?t it|\baren'?t (?:they|we|you)"
    r"|\b(?:is|was) (?:that|this|it) (?:accurate|true|the case))\W*$"
    r"|^\W*surely\b",  # ... and so does one that starts "surely"
    re.IGNORECASE,
)

# ... and, less surely, one that asks whether a claim is "just hype" ("is it cutting-edge
# research every day, or is that just linkedin hype?"; but "is the job market crashing, or is
# that just hype?" asks about the market, which its own words say)
HYPE_WEIGHT = 0.25  # (less than a cue said indirectly: "job market" -> market)
HYPE = re.compile(
    r"\bor (?:is|was) (?:that|this|it|all that) (?:just |all |only |mostly )?(?:\w+ )?"
    r"(?:hype|a myth|overblown|exaggerated|an exaggeration|bs|bullshit|nonsense|rubbish)\b",
    re.IGNORECASE,
)

# ... and so does one asking whether the job mostly is a thing ("is most of the job research?",
# "is the job all about accuracy?"): a belief about the work, which the myths answer; not
# where or how it is done ("is most of the work in London?", "is the job mostly remote?").
MOSTLY = re.compile(
    r"^\W*(?:is|isn['’]?t)\s+((?:most|much) of\s+)?(?:the|this|your|an?)\s+(?:[\w'’-]+\s+)?"
    r"(?:job|work|role)\b(?(1)|\s+(?:mostly|mainly|all about|just|basically)\b)"
    r"(?!\s+(?:in|at|from|based|remote|hybrid|office)\b)",
    re.IGNORECASE,
)

# ... and so does one that tells what others say ("my mate reckons it's just an API call").
HEARSAY = re.compile(
    r"\b(?:reckons|claims|heard|told me|(?:people|everyone|everybody"
    r"|they|someone|somebody|he|she) (?:says?|said|think|thinks))\b",
    re.IGNORECASE,
)

WORD = re.compile(r"[a-z]+")
# A figure in thousands said as a salary ("~45k", "earn 60k a year?"), not as a count of
# something ("a 10k image dataset", "100k samples"): no noun follows it.
THOUSANDS = re.compile(
    r"\b\d{2,3}(?:\.\d)?k\b(?!\+?\s+(?!(?:a|an|per|in|at|as|for|or|and|to|on|salary|base|tc|pa"
    r"|year|yr|yrs|annually|starting|is|was|right|though|now|with|after|before|if)\b)[a-z])",
    re.IGNORECASE,
)
# ... and so is one judged or offered ("is 45k good for a junior MLE?", "an MLE offer for 45k"),
# when the question names a job of this field or its pay: not "is 10k enough data?", "is 25k
# fair for a marketing role?"
JUDGED_THOUSANDS = re.compile(
    r"\b\d{2,3}(?:\.\d)?k\s+(?:an? )?(?:good|bad|enough|decent|fair|low|ok|okay|reasonable"
    r"|normal|too)\b"
    r"|\boffer(?:ed)?\s+(?:of\s+|for\s+)?~?\d{2,3}(?:\.\d)?k\b",
    re.IGNORECASE,
)
OF_THE_FIELD = re.compile(
    r"\b(?:ml|mle|mles|ai|machine learning|ml/ai|ai/ml)\b.*\b(?:engineer|eng|role|job|offer|grad"
    r"|junior|senior|salary|pay)|\bmles?\b",
    re.IGNORECASE,
)

# A question naming a role on each side of "or" or "than" ("data scientist or MLE, which
# codes more?", "is data science a better fit than ML engineering?") compares them, as
# "vs" does; "is maths harder than physics?" compares no roles.
ROLE = re.compile(
    r"\b(?:\w*scien\w*|engineer\w*|develop\w*|devs?|mles?|swes?|research\w*|analysts?)\b",
    re.IGNORECASE,
)

# Topics whose answers are naturally lists (tasks, skills, paths, sectors, pros and cons).
LIST_TOPICS = frozenset({"tasks", "skills", "progression", "market", "outlook", "comparison"})
# ... but a yes/no question wants a sentence that says yes or no ("Do ML engineers build
# data pipelines?"), not the list.
YES_NO = re.compile(
    r"^\W*(?:do|does|did|is|are|am|was|were|can|could|should|would|will|has|have|must)\b",
    re.IGNORECASE,
)


def wants_list(question: str, topic: str | None) -> bool:
    """True when the question asks for what its topic's answers list (tasks, skills...)."""
    return topic in LIST_TOPICS and not YES_NO.match(question)


# The clauses of a question, each without the word that joins it on ("..., and is it
# enough to live on?").
CLAUSES = re.compile(r"[,;:.!?]+\s*|\s+[—–-]\s+|\s+(?=(?:and|but|or|so)\s)", re.IGNORECASE)
CONJUNCTION = re.compile(r"^\W*(?:and|but|or|so)\s+", re.IGNORECASE)


def asks_yes_or_no(question: str) -> bool:
    """True when a clause of the question is asked yes or no ("I'm 30, would a bootcamp be
    enough?"); "where do I even start?" and "give me a roadmap" are not."""
    clauses = (CONJUNCTION.sub("", clause) for clause in CLAUSES.split(question))
    return any(YES_NO.match(clause) for clause in clauses)


def says_thousands(question: str) -> bool:
    """True when a question states a salary in thousands without its currency ("~45k")."""
    return bool(THOUSANDS.search(question)) or judges_thousands(question)


def judges_thousands(question: str) -> bool:
    """True when a question judges or is offered a salary of this field in thousands without
    its currency ("is 45k good for a junior MLE?"): the figures answer it, and need not say
    the sum."""
    return bool(JUDGED_THOUSANDS.search(question) and OF_THE_FIELD.search(question))


def _between_roles(question: str) -> bool:
    """True when each side of what the question compares names a role (see `ROLE`)."""
    sides = compared_sides(question)
    return sides is not None and all(ROLE.search(side) for side in sides)


def topic_menu() -> str:
    """The topics as a short phrase, for a decline that says what the advisor can do."""
    labels = [topic.label for topic in TOPICS]
    return ", ".join(labels[:-1]) + f" and {labels[-1]}"


class TopicRouter:
    """Picks the topic whose cues the question mentions most; ties go to the earlier topic."""

    def __init__(self, analyzer: Analyzer) -> None:
        self._cues = {
            topic.key: {term for cue in topic.cues for term in (analyzer.terms(cue) or [cue])}
            for topic in TOPICS
        }
        self._framing = {term for t in TOPICS for cue in t.framing for term in analyzer.terms(cue)}
        # A hint that is a stopword ("just", "need") is looked for among the question's words.
        self._hints = {
            topic.key: {term for hint in topic.hints for term in analyzer.terms(hint) or [hint]}
            for topic in TOPICS
        }

    def framing(self) -> set[str]:
        """The analysed framing cues of every topic."""
        return self._framing

    def cues(self, topic: str | None) -> set[str]:
        """The analysed cue terms of a topic (empty for no topic)."""
        return self._cues.get(topic, set()) if topic else set()

    def topics_of(self, terms: frozenset[str]) -> frozenset[str]:
        """The topics whose cues a text (a heading's terms) mentions."""
        return frozenset(key for key, cues in self._cues.items() if cues & terms)

    def route(
        self, question: str, terms: Iterable[str], indirect: Iterable[str] = ()
    ) -> str | None:
        """The topic key of a question given its analysed terms, or None when no cue
        matches. Cues reached only indirectly (see `Expansion.indirect`: "paycheck" ->
        pay, salary, earn...; "people skills" -> skills) count half, and once: they stand
        for one word of the question. A word inside a longer synonym is no cue ("ML" ->
        "machine learning" does not make a question about learning)."""
        terms = set(terms)
        terms.update(ch for ch in "£$" if ch in question)
        if says_thousands(question):  # (a salary said without its currency)
            terms.add("£")
        if _between_roles(question):  # compares, as "vs" does
            terms.add("vs")
        if CONFIRM.search(question) or HEARSAY.search(question) or MOSTLY.search(question):
            terms.add("true")
        indirect = set(indirect) - terms
        hype = HYPE_WEIGHT * bool(HYPE.search(question))
        cues = self._cues
        return self._most(
            lambda key: len(terms & cues[key])
            + 0.5 * bool(indirect & cues[key])
            + hype * ("true" in cues[key])
        )

    def lean(self, question: str, terms: Iterable[str]) -> str | None:
        """The topic a question no cue routes leans to by its hints, or None. A hint is
        weak evidence ("how do I deploy my website?" leans to tasks): it shapes the answer
        but is no sign that the articles cover the question."""
        words = set(terms) | set(WORD.findall(question.lower()))
        return self._most(lambda key: len(words & self._hints[key]))

    @staticmethod
    def _most(hits: Callable[[str], float]) -> str | None:
        """The topic with the most hits (the earlier on a tie), None when none has any."""
        best, best_hits = None, 0.0
        for topic in TOPICS:
            if (found := hits(topic.key)) > best_hits:
                best, best_hits = topic.key, found
        return best
