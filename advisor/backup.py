"""Saved answers to and from YAML: a backup moderators can read, diff and restore.

`advisor faq export` writes the file and `advisor faq import` reads it back. The file is
edited by hand at times, so reading it checks every field's type and names the entry that is
wrong before anything reaches the store.
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from pathlib import Path
from types import UnionType
from typing import Any, get_type_hints

import yaml

from advisor.answer import Answer, Citation
from advisor.errors import AdvisorError, yaml_error_line
from advisor.names import SavedNameError, check_name
from advisor.store import SavedAnswer

FORMAT = "advisor-saved-answers"
VERSION = 1


class BackupError(AdvisorError):
    """A backup file that cannot be restored; the message names the file and the entry."""


def dump_saved_answers(saved: list[SavedAnswer]) -> str:
    """The YAML backup of `saved`, readable by `load_saved_answers` (by server and name, so
    two backups diff well)."""
    ordered = sorted(saved, key=lambda item: (item.guild_id, item.name))
    data = {"format": FORMAT, "version": VERSION,
            "saved_answers": [item.to_dict() for item in ordered]}
    header = "# Saved answers of the advisor bot; restore with: advisor faq import FILE\n"
    return header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def load_saved_answers(text: str, source: Path | str) -> list[SavedAnswer]:
    """Every saved answer of a backup, checked; BackupError for the first problem found."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        line = yaml_error_line(exc, first_line=1)
        where = f"{source}:{line}" if line else str(source)
        raise BackupError(f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BackupError(f"{source}: not a saved-answers backup (no 'format: {FORMAT}')")
    if data.get("version") != VERSION:
        raise BackupError(f"{source}: backup version {data.get('version')!r} is not one this "
                          f"advisor reads ({VERSION}); upgrade advisor")
    entries = data.get("saved_answers")
    if not isinstance(entries, list):
        raise BackupError(f"{source}: 'saved_answers' must be a list")
    saved = [_saved_answer(entry, f"{source}: entry {n}") for n, entry in enumerate(entries, 1)]
    seen: dict[tuple[int, str], int] = {}
    for n, item in enumerate(saved, 1):
        first = seen.setdefault((item.guild_id, item.name), n)
        if first != n:
            raise BackupError(f"{source}: entries {first} and {n} are both {item.name!r} "
                              f"in server {item.guild_id}")
    return saved


def _saved_answer(entry: object, where: str) -> SavedAnswer:
    values = _checked(SavedAnswer, entry, where, nested="answer")
    answer = _checked(Answer, values["answer"], f"{where}: answer", nested="citations")
    citations = answer.get("citations", [])
    if not isinstance(citations, list):
        raise BackupError(f"{where}: answer: 'citations' must be a list")
    answer["citations"] = [
        Citation(**_checked(Citation, citation, f"{where}: citation {n}"))
        for n, citation in enumerate(citations, 1)
    ]
    try:
        values["name"] = check_name(values["name"])
    except SavedNameError as exc:
        raise BackupError(f"{where}: {exc}") from exc
    return SavedAnswer(**{**values, "answer": Answer(**answer)})


def _checked(cls: type, data: object, where: str, nested: str | None = None) -> dict[str, Any]:
    """`data` as keyword arguments of the dataclass `cls`, every value of its declared type
    (the field `nested`, another dataclass, is left to the caller)."""
    if not isinstance(data, dict):
        raise BackupError(f"{where}: expected a mapping of key: value")
    hints = get_type_hints(cls)
    unknown = sorted(set(data) - set(hints))
    if unknown:
        raise BackupError(f"{where}: unknown key {unknown[0]!r}")
    for item in fields(cls):
        if item.name not in data:
            if item.default is MISSING and item.default_factory is MISSING:
                raise BackupError(f"{where}: {item.name!r} is missing")
        elif item.name != nested and not _is_a(data[item.name], hints[item.name]):
            kind = type(data[item.name]).__name__
            raise BackupError(f"{where}: {item.name!r} must be {_describe(hints[item.name])}, "
                              f"not {kind}")
    return dict(data)


def _is_a(value: object, hint: type | UnionType) -> bool:
    if isinstance(value, bool):
        return hint is bool  # YAML's true is not a number
    if hint is float:
        return isinstance(value, int | float)
    return isinstance(value, hint)


def _describe(hint: type | UnionType) -> str:
    kinds = hint.__args__ if isinstance(hint, UnionType) else (hint,)
    return " or ".join("null" if kind is type(None) else kind.__name__ for kind in kinds)
