"""Named organisations (employers, universities) a question may ask about.

The articles describe no employer or university by name, so "is Anthropic hiring juniors?"
or "is Imperial's AI masters worth it?" is declined. But a name is often only context: the
asker tells of one ("I have a Google interview next week, what skills...?"), names one as
an example ("companies like Meta"), a kind ("Google-scale data") or the maker of a tool
("Google Cloud", "TensorFlow from Google"), and then the question is still answered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from advisor.analysis import ABOUT_ASKER, CLAUSE_BREAK, SENTENCE_BREAK

# Any university named by its place ("the University of Edinburgh", "a University of Bath
# degree", "Delft University of Technology"), listed or not; not "a university of some kind",
# "universities of all sizes" or "a university of technology"
UNIVERSITY_OF = (
    r"(?:(?<!\ba )universit(?:y|ies) of technology|universit(?:y|ies) of"
    r" (?!(?:the|my|your|their|a|an|some|any|all|life|choice|technology)\b)\w+)"
)
# A clause that asks: opens with a question word or an inverted verb, or ends with "?".
ASKS = re.compile(
    r"^\W*(?:what|which|who|whose|when|where|why|how|is|are|do|does|can|could|should|would"
    r"|will|any|anyone|isn't|isnt|aren't|arent|don't|dont|doesn't|doesnt)\b|.*\?\W*$",
    re.IGNORECASE,
)
# A clause that tells of the asker without saying "I": "have a Google interview next week",
# "did my degree at Oxford", "got rejected by Meta", "leaving Accenture to go freelance".
TELLS = re.compile(
    r"^\W*(?:(?:just|recently|currently|finally|also)\s+)?(?:\w+ing|got|have|had|did|done|been"
    r"|was|went|worked|studied|graduated|left|quit|joined|interned|applied|started|finished"
    r"|failed|passed|landed|used to)\b",
    re.IGNORECASE,
)
# ... and what points back at an organisation told of ("..., are they hiring juniors?")
THEY = re.compile(r"\b(?:they|them|their|theirs)\b", re.IGNORECASE)
# An auxiliary verb before a name asks about it ("did Google lay people off?"); any other
# verb before one tells what the asker did ("left Meta", "joined Google").
AUXILIARY = re.compile(r"^\W*(?:did|have|had|was)\s*$", re.IGNORECASE)
# A name said as an example ("companies like Google", "such as Meta, Amazon", "(e.g. Google)")
AS_AN_EXAMPLE = re.compile(
    r"(?:\blike|\bsuch as|\be\.?g\.?|\bincluding|\bsay)\s+(?:[\w.&-]+(?:,\s*|\s+(?:or|and)\s+))*$"
)
# ... as a kind ("a Google-type role", "Google-scale data", "meta-learning")
AS_A_KIND = re.compile(r"^(?:[\s-](?:type|style|esque|level|scale|sized?)\b|-\w)")
# (tools of this field, named after their maker or made by one: "Google Cloud", "TensorFlow
# from Google")
_TOOLS = r"cloud|azure|copilot|llama|gemini|tensorflow|pytorch|jax|keras|models?|chatgpt|apis?"
# ... as the maker of a product named after it ("Google Cloud", "OpenAI's models")
A_PRODUCT = re.compile(
    rf"^(?:'s)?\s+(?:{_TOOLS}|colab|web services|sagemaker|bedrock|vertex|tpus?|sheets|docs"
    r"|drive|maps|scholar|search|translate|prime|office|excel|teams|gym|gpt\w*|llms?"
    r"|certifi\w*)\b"
)
# ... or of a tool said before it, or used as a tool ("just plug into openai", "azure from
# microsoft", "Azure ML (microsoft)", "PyTorch (by Meta)"), or named among clouds ("aws or
# azure or google?"); not any name in brackets ("a top uni (Imperial)")
A_TOOL = re.compile(
    r"(?:\b(?:call|calls|calling|use|uses|using|plug|plugging|hook|hooking|wrap|wrapping)"
    r"(?:\s+(?:into|in|up|up to|to))?|\b(?:aws|azure|gcp)\s*(?:,|or|and|vs\.?)"
    rf"|\b(?:{_TOOLS}|aws|gpt\S*|claude|frameworks?|librar(?:y|ies)|tools?|platforms?"
    r"|services?)"
    r"(?:\s+(?:from|by|made by|built by)|(?:\s+\w+)?\s*\()|\(\s*(?:by|from))\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# ... or a name that is an everyday word there ("google it", "a bit meta", "apples to apples")
ORDINARY = re.compile(
    r"\bgoogle (?:it|things|stuff|everything|around|errors|answers)\b|\bapples? to apples?\b"
    r"|\b(?:a bit|so|very|too) meta\b|\bmeta[- ](?:question|level|data|learning)\b",
    re.IGNORECASE,
)


class Organisations:
    """The names, compiled to find them in a question's text."""

    def __init__(self, names: Iterable[str]) -> None:
        said = sorted({re.escape(n.casefold()) for n in names if n.strip()}, key=len)
        named = [*reversed(said), UNIVERSITY_OF]
        self._names = re.compile(rf"(?<![\w-])(?:{'|'.join(named)})(?!\w)")

    def asked_about(self, question: str) -> bool:
        """True when the question (its casefolded text) asks about a named organisation: one
        named in a clause that asks, or in a clause that tells of the asker when the next
        clause points back at it ("thinking of applying to Anthropic, are they hiring?")."""
        text = ORDINARY.sub(" ", question)
        clauses = [c for s in SENTENCE_BREAK.split(text.strip()) for c in CLAUSE_BREAK.split(s)]
        for n, clause in enumerate(clauses):
            named = [m for m in self._names.finditer(clause) if not _only_context(m)]
            if not named:
                continue
            if not _tells(clause, named[0].start()):
                return True
            following = clauses[n + 1] if n + 1 < len(clauses) else ""
            if ASKS.match(following) and THEY.search(following):
                return True
        return False


def _tells(clause: str, name_at: int) -> bool:
    """True when a clause tells of the asker ("I'm interning at Google", "did my degree at
    Oxford"); not when its opening verb is said of the name ("did Google lay people off?")."""
    if ABOUT_ASKER.match(clause):
        return True
    opener = TELLS.match(clause)
    return opener is not None and not AUXILIARY.match(clause[:name_at])


def _only_context(named: re.Match[str]) -> bool:
    """True when a name is said as an example, a kind, a product or a tool's maker."""
    clause, start, end = named.string, named.start(), named.end()
    before, after = clause[:start], clause[end:]
    return bool(
        AS_AN_EXAMPLE.search(before)
        or A_TOOL.search(before)
        or AS_A_KIND.match(after)
        or A_PRODUCT.match(after)
    )
