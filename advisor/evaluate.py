"""Answer-quality metrics over a questions file (GUIDE §3), for `advisor eval` and CI gates.

An answer passes when its text contains any expected phrase, compared case-insensitively
with whitespace, dashes and quotes normalised; it passes "top citation" when the first
citation's quote alone contains one.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from advisor.answer import Answer
from advisor.errors import AdvisorError

DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−"})
QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "`": "'"})


def normalise_for_match(text: str) -> str:
    """Case, whitespace, dashes and quotes folded, so formatting never decides a match."""
    return " ".join(text.translate(DASHES).translate(QUOTES).casefold().split())


@dataclass(frozen=True)
class EvalQuestion:
    """One question: either expected phrases or `refuse`."""

    q: str
    topic: str
    expect: tuple[str, ...] = ()
    refuse: bool = False


@dataclass(frozen=True)
class QuestionResult:
    """How the advisor did on one question."""

    question: EvalQuestion
    answer: Answer
    seconds: float

    @property
    def passed(self) -> bool:
        if self.question.refuse:
            return not self.answer.answered
        return self.answer.answered and _contains_any(self.answer.answer, self.question.expect)

    @property
    def top_passed(self) -> bool:
        if self.question.refuse:
            return not self.answer.answered
        citations = self.answer.citations
        return bool(citations) and _contains_any(citations[0].quote, self.question.expect)


def _contains_any(text: str, phrases: tuple[str, ...]) -> bool:
    haystack = normalise_for_match(text)
    return any(normalise_for_match(phrase) in haystack for phrase in phrases)


@dataclass
class Report:
    """All results plus the aggregate metrics that `advisor eval` prints."""

    results: list[QuestionResult] = field(default_factory=list)

    @property
    def answerable(self) -> list[QuestionResult]:
        return [r for r in self.results if not r.question.refuse]

    @property
    def refusals(self) -> list[QuestionResult]:
        return [r for r in self.results if r.question.refuse]

    def summary(self) -> dict[str, Any]:
        answerable, refusals = self.answerable, self.refusals
        lengths = [len(r.answer.answer) for r in answerable if r.answer.answered]
        return {
            "questions": len(self.results),
            "answer_pass_rate": _rate(r.passed for r in answerable),
            "top_citation_pass_rate": _rate(r.top_passed for r in answerable),
            "declines_correct": sum(r.passed for r in refusals),
            "declines_expected": len(refusals),
            "wrongly_declined": sum(not r.answer.answered for r in answerable),
            "median_answer_chars": statistics.median(lengths) if lengths else 0,
            "max_answer_chars": max(lengths, default=0),
            "median_latency_ms": round(
                statistics.median(r.seconds for r in self.results) * 1000, 2
            ) if self.results else 0.0,
        }

    def per_topic(self) -> dict[str, dict[str, Any]]:
        topics: dict[str, list[QuestionResult]] = {}
        for result in self.results:
            topics.setdefault(result.question.topic, []).append(result)
        return {
            topic: {
                "questions": len(results),
                "passed": sum(r.passed for r in results),
                "top_passed": sum(r.top_passed for r in results),
            }
            for topic, results in sorted(topics.items())
        }

    def failures(self) -> list[QuestionResult]:
        return [r for r in self.results if not (r.passed and r.top_passed)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": self.summary(),
            "per_topic": self.per_topic(),
            "failures": [
                {
                    "q": r.question.q,
                    "topic": r.question.topic,
                    "expect": list(r.question.expect),
                    "refuse": r.question.refuse,
                    "passed": r.passed,
                    "top_passed": r.top_passed,
                    "answered": r.answer.answered,
                    "answer": r.answer.answer,
                    "first_citation": r.answer.citations[0].id if r.answer.citations else None,
                }
                for r in self.failures()
            ],
        }


TARGETS = {"answer_pass_rate": 0.95, "top_citation_pass_rate": 0.85, "median_answer_chars": 600}


def missed_targets(summary: dict[str, Any]) -> list[str]:
    """The quality targets a run misses (empty when it meets them all)."""
    missed = [
        f"{name} {summary[name]} < {target}"
        for name, target in TARGETS.items()
        if name.endswith("rate") and summary[name] < target
    ]
    if summary["median_answer_chars"] > TARGETS["median_answer_chars"]:
        missed.append(f"median_answer_chars {summary['median_answer_chars']} > 600")
    if summary["declines_correct"] < summary["declines_expected"]:
        missed.append("an off-topic question was answered")
    if summary["wrongly_declined"]:
        missed.append(f"{summary['wrongly_declined']} answerable question(s) declined")
    return missed


def _rate(flags: Any) -> float:
    values = list(flags)
    return round(sum(values) / len(values), 4) if values else 1.0


def load_questions(path: Path) -> list[EvalQuestion]:
    """Parse and validate a questions file, naming the entry that is wrong."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise AdvisorError(f"{path}: cannot read the questions file ({exc.strerror})") from exc
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise AdvisorError(f"{path}: not a valid YAML questions file ({exc})") from exc
    if not isinstance(data, list) or not data:
        raise AdvisorError(f"{path}: expected a YAML list of {{q, topic, expect|refuse}} entries")
    return [_question(path, n, entry) for n, entry in enumerate(data, start=1)]


def _question(path: Path, n: int, entry: Any) -> EvalQuestion:
    where = f"{path}: entry {n}"
    if not isinstance(entry, dict) or not isinstance(entry.get("q"), str) or not entry["q"]:
        raise AdvisorError(f"{where}: needs a 'q' with the question text")
    expect = entry.get("expect") or []
    if isinstance(expect, str):
        expect = [expect]
    refuse = bool(entry.get("refuse", False))
    if refuse == bool(expect) or not all(isinstance(p, str) for p in expect):
        raise AdvisorError(f"{where}: needs either 'expect: [phrases]' or 'refuse: true'")
    topic = str(entry.get("topic") or ("refuse" if refuse else "other"))
    return EvalQuestion(q=entry["q"], topic=topic, expect=tuple(expect), refuse=refuse)


def evaluate(
    ask: Callable[[str], Answer],
    questions: list[EvalQuestion],
    progress: Callable[[QuestionResult], None] | None = None,
) -> Report:
    """Ask every question and collect the results."""
    report = Report()
    for question in questions:
        start = time.perf_counter()
        answer = ask(question.q)
        result = QuestionResult(question, answer, time.perf_counter() - start)
        report.results.append(result)
        if progress:
            progress(result)
    return report

