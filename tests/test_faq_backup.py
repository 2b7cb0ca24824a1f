"""`advisor faq export` / `import`: saved answers backed up as YAML and restored exactly, all
or nothing, with clashing names handled explicitly."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from advisor import Answer, Citation
from advisor.backup import BackupError, dump_saved_answers, load_saved_answers
from advisor.cli import main
from advisor.names import SavedNameError
from advisor.store import Store

CITATION = Citation(
    n=1, id="pay#how-much-1", title="What Does an MLE Do?", publisher=None,
    published="2026-04-01", section="Pay", quote="£40,000 – £60,000", url=None, score=3.0,
)
PAY = Answer("What do juniors earn?", True, "pay", "£40,000 – £60,000 [1]", [CITATION])
HOSTILE = Answer("hello", True, None, "@everyone <@&1> ```unclosed **bold")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "bot.db")
    store.save_answer(1, "junior pay", PAY, own_words=False, author_id=5)
    store.save_answer(2, "hello", HOSTILE, own_words=True, author_id=6)
    store.saved_answer(1, "junior pay", count_use=True)
    return store


def cli(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_export_then_import_restores_every_field(store: Store, tmp_path: Path):
    backup = tmp_path / "faq.yaml"
    exported = cli("faq", "export", str(backup), "--db", str(store.path))
    assert exported.exit_code == 0
    assert exported.output == f"exported 2 saved answers to {backup}\n"
    assert not list(tmp_path.glob("*.partial"))

    restored = Store.open(tmp_path / "restored.db")
    result = cli("faq", "import", str(backup), "--db", str(restored.path))
    assert result.output == "imported 2 saved answers (2 new, 0 replaced)\n"
    assert restored.saved_answers() == store.saved_answers()  # uses and dates too


def test_export_to_stdout_and_of_one_server(store: Store):
    result = cli("faq", "export", "-", "--guild", "2", "--db", str(store.path))
    data = yaml.safe_load(result.output)
    assert [entry["name"] for entry in data["saved_answers"]] == ["hello"]
    assert data["saved_answers"][0]["answer"]["answer"] == HOSTILE.answer
    assert result.output.startswith("# Saved answers")


def test_taken_names_are_kept_and_reported_unless_replace(store: Store):
    backup = dump_saved_answers(store.saved_answers())
    store.save_answer(1, "junior pay", HOSTILE, own_words=True, author_id=9, replace=True)
    db = ["--db", str(store.path)]
    kept = cli("faq", "import", "-", *db, input=backup)
    assert kept.exit_code == 0
    assert kept.output.splitlines() == [
        "imported 0 saved answers (0 new, 0 replaced)",
        "kept 2 already saved (--replace overwrites them): 'junior pay' (server 1), "
        "'hello' (server 2)",
    ]
    assert store.saved_answer(1, "junior pay").author_id == 9

    replaced = cli("faq", "import", "-", "--replace", *db, input=backup)
    assert replaced.output == "imported 2 saved answers (0 new, 2 replaced)\n"
    assert store.saved_answer(1, "junior pay").answer == PAY


def entry(**changes: object) -> dict:
    saved = {"guild_id": 1, "name": "phd", "own_words": False, "author_id": 5,
             "created_at": "2026-01-01T00:00:00+00:00", "updated_at": "2026-01-01T00:00:00+00:00",
             "uses": 0, "answer": PAY.to_dict()}
    return {**saved, **changes}


def backup_text(*entries: dict) -> str:
    return yaml.safe_dump({"format": "advisor-saved-answers", "version": 1,
                           "saved_answers": list(entries)})


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("saved_answers: [\n", "f.yaml:2: not valid YAML"),
        ("- a list\n", "not a saved-answers backup"),
        ("format: advisor-saved-answers\nversion: 9\nsaved_answers: []\n", "backup version 9"),
        (backup_text(entry(uses="many")), "entry 1: 'uses' must be int, not str"),
        (backup_text(entry(guild_id=True)), "entry 1: 'guild_id' must be int, not bool"),
        (backup_text(entry(name="@everyone")), "entry 1: a name is 1-50 letters"),
        (backup_text(entry(colour="red")), "entry 1: unknown key 'colour'"),
        (backup_text({"name": "phd"}), "entry 1: 'guild_id' is missing"),
        (backup_text(entry(answer={**PAY.to_dict(), "topic": 3})),
         "entry 1: answer: 'topic' must be str or null, not int"),
        (backup_text(entry(answer={**PAY.to_dict(), "citations": [{"n": 1}]})),
         "entry 1: citation 1: 'id' is missing"),
        (backup_text(entry(), entry(name="PhD")), "entries 1 and 2 are both 'phd' in server 1"),
    ],
)
def test_a_bad_backup_names_file_and_entry(text: str, problem: str):
    with pytest.raises(BackupError, match=r"^f\.yaml") as caught:
        load_saved_answers(text, "f.yaml")
    assert problem in str(caught.value)


def test_a_bad_entry_imports_nothing_and_is_one_line_exit_2(store: Store, tmp_path: Path):
    before = store.saved_answers()
    backup = tmp_path / "faq.yaml"
    backup.write_text(backup_text(entry(name="new one"), entry(name="other", uses=-1.5)))
    result = cli("faq", "import", str(backup), "--db", str(store.path), "--replace")
    assert result.exit_code == 2
    assert result.output == f"Error: {backup}: entry 2: 'uses' must be int, not float\n"
    assert store.saved_answers() == before


def test_import_is_one_transaction(store: Store):
    """A failure half-way through the store's own checks leaves nothing behind."""
    good = load_saved_answers(backup_text(entry(name="new one")), "f.yaml")
    bad = replace(good[0], name="**bold**")
    with pytest.raises(SavedNameError):
        store.import_saved_answers([*good, bad])
    assert store.saved_answer(1, "new one") is None


@pytest.mark.parametrize("content", [b"\xff\xfe not utf-8", None])
def test_unreadable_backup_is_one_line_exit_2(tmp_path: Path, content: bytes | None):
    backup = tmp_path / "faq.yaml"
    if content is not None:
        backup.write_bytes(content)
    result = cli("faq", "import", str(backup), "--db", str(tmp_path / "bot.db"))
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert str(backup) in result.output
