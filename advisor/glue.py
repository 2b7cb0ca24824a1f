"""Split list items and table cells that a scraper glued together.

`Statistics and probabilityData preprocessing` and `Junior£40,000 – £60,000$90,000` lost
the markup between items. The seams still show: a lowercase word running into a capital,
a closing bracket running into a word, a capitalised word running into an acronym, an
amount running into a currency sign. Camel-case product names (NumPy, FastAPI, iOS) look
like seams too, so they are protected by name.
"""

from __future__ import annotations

import re

# Product and project names whose inner capitals are not seams.
PROTECTED_WORDS: tuple[str, ...] = (
    "AIOps", "arXiv", "BigQuery", "ChatGPT", "DataOps", "DeepMind", "DevOps", "eBay",
    "FastAPI", "fastText", "GitHub", "GitLab", "GraphQL", "gRPC", "HuggingFace", "iOS",
    "iPad", "iPadOS", "iPhone", "JavaScript", "JupyterLab", "LightGBM", "LinkedIn",
    "LLMOps", "macOS", "MLflow", "MLOps", "MySQL", "NoSQL", "NumPy", "OpenAI", "OpenCV",
    "PhD", "PhDs", "PostgreSQL", "PySpark", "PyTorch", "SageMaker", "SciPy", "spaCy",
    "TensorFlow", "TypeScript", "tvOS", "watchOS", "XGBoost", "YouTube",
)

_CURRENCY = "£$€¥₹"
# A lowercase letter ending a word that began in lowercase, then a capital: `probability|Data`.
_LOWER_WORD_THEN_CAPITAL = re.compile(r"(?<![A-Za-z])[a-z][a-z]*(?=[A-Z])")
# A closing bracket then a capital: `scikit-learn)|Deep`.
_BRACKET_THEN_CAPITAL = re.compile(r"\)(?=[A-Z])")
# A plain capitalised word then an acronym: `Level|UK`, `Range|US`.
_WORD_THEN_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?=[A-Z]{2,}(?![a-z]))")
# An amount or word then a currency sign: `Junior|£40,000`, `£60,000|$90,000`, `+|$160,000`.
_GLUED_CURRENCY = re.compile(rf"[a-z0-9+)](?=[{re.escape(_CURRENCY)}])")
# Addresses keep whatever capitals they have.
_ADDRESS = re.compile(r"https?://\S+|www\.\S+|\S+@\S+")


def _protected_spans(line: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of addresses and of protected names in `line`."""
    addresses = [m.span() for m in _ADDRESS.finditer(line)]
    names = [m.span() for word in PROTECTED_WORDS for m in re.finditer(re.escape(word), line)]
    return addresses, names


def _inside(cut: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < cut < end for start, end in spans)


def seams(line: str) -> list[int]:
    """Positions where `line` should be cut because two items were glued together."""
    cuts = {m.end() for m in _LOWER_WORD_THEN_CAPITAL.finditer(line)}
    cuts |= {m.end() for m in _BRACKET_THEN_CAPITAL.finditer(line)}
    cuts |= {m.end() for m in _WORD_THEN_ACRONYM.finditer(line)}
    cuts |= {m.end() for m in _GLUED_CURRENCY.finditer(line)}
    addresses, names = _protected_spans(line)
    # A protected name glued to the previous item is a seam too: `NumPy|PyTorch`.
    cuts |= {start for start, _ in names if start and (line[start - 1].isalpha()
                                                       or line[start - 1] == ")")}
    spans = addresses + names
    return sorted(cut for cut in cuts if not _inside(cut, spans))


def split_glued(line: str) -> list[str]:
    """Split a line at its seams; a line without seams comes back as `[line]`."""
    parts, start = [], 0
    for cut in seams(line):
        parts.append(line[start:cut].strip())
        start = cut
    parts.append(line[start:].strip())
    return [part for part in parts if part]
