"""The answer as plain data: what the CLI prints and the bot renders."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Citation:
    """Where a quoted piece of the answer comes from."""

    n: int
    id: str
    title: str
    publisher: str | None
    published: str | None  # ISO date of the article, when it states one
    section: str
    quote: str
    url: str | None
    score: float


@dataclass(frozen=True)
class Answer:
    """A quoted, cited answer, or an honest decline (`answered` is False)."""

    question: str
    answered: bool
    topic: str | None
    answer: str
    citations: list[Citation] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of GUIDE §3, shared by `advisor ask --json` and the bot."""
        data = asdict(self)
        for citation in data["citations"]:
            citation["score"] = round(citation["score"], 3)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Answer:
        """The inverse of `to_dict`: how a saved answer is read back from the store."""
        citations = [Citation(**citation) for citation in data.get("citations", [])]
        return cls(
            question=data["question"],
            answered=data["answered"],
            topic=data.get("topic"),
            answer=data["answer"],
            citations=citations,
        )
