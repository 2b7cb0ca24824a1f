"""advisor/store.py: migrations, saved answers, votes and gaps, on temporary databases."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from advisor import Answer, Citation
from advisor.backup import dump_saved_answers
from advisor.cli import main
from advisor.names import SavedNameError, check_name, closest_names, question_key
from advisor.store import MIGRATIONS, SavedAnswerExists, Store, StoreError, default_db_path

from support import FullStore, ReadOnlyStore

CITATION = Citation(
    n=1, id="pay#how-much-1", title="What Does an MLE Do?", publisher="Adria Solutions",
    published="2026-04-01", section="Pay", quote="£40,000 – £60,000", url=None, score=3.14159,
)
ANSWERED = Answer("What do juniors earn?", True, "pay", "£40,000 – £60,000 [1]", [CITATION])
DECLINED = Answer("Best pizza topping?", False, None, "I can't answer that.")


@pytest.fixture
def store(tmp_path):
    return Store.open(tmp_path / "data" / "advisor.db")


def test_fresh_database_is_created_in_wal_mode_at_the_latest_version(store):
    assert store.path.exists()
    assert store.schema_version() == len(MIGRATIONS)
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_existing_database_is_migrated_and_keeps_its_data(tmp_path):
    old = Store(tmp_path / "old.db")
    old.migrate(MIGRATIONS[:1])
    answer_id = old.record_answer(7, DECLINED)
    assert old.schema_version() == 1

    store = Store.open(tmp_path / "old.db")
    assert store.schema_version() == len(MIGRATIONS)
    assert [gap.question for gap in store.gaps()] == ["Best pizza topping?"]
    assert store.record_vote(answer_id, 1, helpful=True)
    store.save_answer(7, "pay", ANSWERED, own_words=False, author_id=1)  # table of version 2
    Store.open(tmp_path / "old.db")  # opening again changes nothing
    assert [saved.name for saved in store.saved_answers()] == ["pay"]


def test_a_newer_schema_is_refused_with_a_clear_error(tmp_path):
    path = tmp_path / "new.db"
    Store.open(path)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(StoreError, match="newer than this advisor knows"):
        Store.open(path)


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_text("not sqlite " * 100)
    with pytest.raises(StoreError, match=r"junk\.db"):
        Store.open(path)


def test_a_write_that_fails_halfway_leaves_nothing_behind(store, monkeypatch):
    reads = iter([None])  # the check for an existing name passes, the read-back fails

    def read_once(*args: object) -> None:
        return next(reads)  # StopIteration: raised after the INSERT ran

    monkeypatch.setattr("advisor.store._saved", read_once)
    with pytest.raises(StopIteration):
        store.save_answer(1, "pay", ANSWERED, own_words=False, author_id=1)
    monkeypatch.undo()
    assert store.saved_answers() == []


def test_default_path_follows_advisor_db_then_xdg(tmp_path):
    assert default_db_path({"ADVISOR_DB": str(tmp_path / "x.db")}) == tmp_path / "x.db"
    assert default_db_path({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path / "advisor/advisor.db"
    assert default_db_path({}).parts[-4:] == (".local", "share", "advisor", "advisor.db")


def test_saved_answers_are_unique_per_server_by_normalised_name(store):
    saved = store.save_answer(1, "  Junior  PAY ", ANSWERED, own_words=False, author_id=5)
    assert saved.name == "junior pay"
    assert saved.answer == Answer.from_dict(json.loads(json.dumps(ANSWERED.to_dict())))
    with pytest.raises(SavedAnswerExists) as clash:
        store.save_answer(1, "junior pay", DECLINED, own_words=True, author_id=6)
    assert clash.value.existing.author_id == 5
    store.save_answer(2, "junior pay", DECLINED, own_words=True, author_id=6)  # other server
    replaced = store.save_answer(1, "JUNIOR pay", DECLINED, own_words=True, author_id=6,
                                 replace=True)
    assert (replaced.own_words, replaced.author_id) == (True, 6)
    assert len(store.saved_answers()) == 2
    assert [s.guild_id for s in store.saved_answers(2)] == [2]


def test_each_use_counts_and_the_most_used_come_first(store):
    store.save_answer(1, "a", ANSWERED, own_words=False, author_id=1)
    store.save_answer(1, "b", ANSWERED, own_words=False, author_id=1)
    assert store.saved_answer(1, "B", count_use=True).uses == 1
    assert store.saved_answer(1, "b").uses == 1  # reading alone does not count
    assert [s.name for s in store.saved_answers(1)] == ["b", "a"]
    assert store.saved_answer(1, "missing", count_use=True) is None
    assert store.delete_saved_answer(1, " A ")
    assert not store.delete_saved_answer(1, "a")


@pytest.mark.parametrize("bad", ["", "   ", "@everyone", "<@123>", "x" * 51, "**bold**"])
def test_names_that_could_ping_or_format_are_refused(store, bad):
    with pytest.raises(SavedNameError):
        store.save_answer(1, bad, ANSWERED, own_words=False, author_id=1)


def test_votes_are_one_per_user_and_can_change(store):
    answer_id = store.record_answer(1, ANSWERED)
    assert store.record_vote(answer_id, 10, helpful=True)
    assert store.record_vote(answer_id, 11, helpful=True)
    assert store.record_vote(answer_id, 10, helpful=False)
    assert store.votes(answer_id) == {"helpful": 1, "not_helpful": 1}
    assert not store.record_vote(answer_id + 100, 10, helpful=True)


def test_a_lone_surrogate_in_a_question_is_stored_as_a_replacement_character(store):
    store.record_answer(1, Answer("\ud800 salary?", False, None, "no"))
    assert [gap.question for gap in store.gaps()] == ["\ufffd salary?"]


def test_gaps_group_wordings_and_count_declines_and_unhelpful_votes(store):
    for wording in ("Best pizza topping?", "best  PIZZA topping", "Is a nurse paid well?"):
        store.record_answer(1, Answer(wording, False, None, "no"))
    helpful_id = store.record_answer(1, ANSWERED)
    store.record_vote(helpful_id, 10, helpful=False)
    store.record_vote(helpful_id, 11, helpful=False)
    store.record_vote(store.record_answer(1, ANSWERED), 12, helpful=True)
    store.record_answer(2, Answer("Other server?", False, None, "no"))

    gaps = store.gaps(guild_id=1)
    # (most frequent first; two groups of two are ordered by when last seen, which may fall
    # in the same second as each other or not)
    assert [g.count for g in gaps] == [2, 2, 1]
    said = {" ".join(g.question.casefold().rstrip("?").split()): g for g in gaps}  # any wording
    assert {q: (g.count, g.declined, g.not_helpful) for q, g in said.items()} == {
        "best pizza topping": (2, 2, 0),
        "what do juniors earn": (2, 0, 2),
        "is a nurse paid well": (1, 1, 0),
    }
    assert len(store.gaps()) == 4
    assert len(store.gaps(limit=1)) == 1


def test_names_and_question_keys():
    assert check_name(" Do  I need a PhD? ") == "do i need a phd?"
    assert question_key("What's  the PAY, in C++?") == "what s the pay in c++"
    names = ["junior pay", "phd", "salary uk", "pay rise"]
    assert closest_names("pay", names) == ["pay rise", "junior pay"]
    assert closest_names("xyz", names) == []
    assert closest_names("salray uk", names) == ["salary uk"]
    assert closest_names("", names, limit=2) == ["junior pay", "phd"]


def cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_cli_gaps_and_faq_read_the_bot_database(store):
    store.record_answer(1, DECLINED)
    store.save_answer(1, "Junior pay", ANSWERED, own_words=False, author_id=1)
    db = ["--db", str(store.path)]

    gaps = cli("gaps", *db)
    assert gaps.exit_code == 0 and "Best pizza topping?" in gaps.output
    assert json.loads(cli("gaps", *db, "--json").output)[0]["declined"] == 1
    assert "junior pay  (0 uses" in cli("faq", "list", *db).output
    assert json.loads(cli("faq", "list", *db, "--guild", "2", "--json").output) == []
    shown = cli("faq", "show", "JUNIOR  pay", *db)
    assert "£40,000 – £60,000 [1]" in shown.output
    assert "[1] What Does an MLE Do? · Adria Solutions" in shown.output
    missing = cli("faq", "show", "junior pya", *db)
    assert missing.exit_code == 2
    assert "did you mean 'junior pay'?" in missing.output


def test_cli_faq_show_asks_for_a_server_when_the_name_is_in_several(store):
    for guild in (1, 2):
        store.save_answer(guild, "pay", ANSWERED, own_words=False, author_id=1)
    result = cli("faq", "show", "pay", "--db", str(store.path))
    assert result.exit_code == 2 and "pass --guild" in result.output
    assert cli("faq", "show", "pay", "--db", str(store.path), "--guild", "2").exit_code == 0


def test_cli_on_an_empty_database_and_a_broken_one(tmp_path):
    empty = cli("gaps", "--db", str(tmp_path / "new.db"))
    assert empty.exit_code == 0 and "No gaps recorded" in empty.output
    (tmp_path / "junk.db").write_text("junk " * 200)
    broken = cli("faq", "list", "--db", str(tmp_path / "junk.db"))
    assert broken.exit_code == 2 and broken.output.count("\n") == 1


def test_the_store_and_the_cli_do_not_import_discord():
    code = "import advisor.store, advisor.cli, sys; print('discord' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("faulty", "fix"),
    [(ReadOnlyStore, "(read-only: check the permissions"), (FullStore.filled, "(the disk is full")],
)
def test_a_read_only_or_full_disk_is_a_clear_error_and_reading_goes_on(tmp_path, faulty, fix):
    path = tmp_path / "bot.db"
    Store.open(path).save_answer(1, "pay", ANSWERED, own_words=False, author_id=1)
    store = faulty(path)
    big = Answer("Welcome?", True, None, "Welcome! " * 1000)  # more than a page
    with pytest.raises(StoreError, match=re.escape(fix)) as caught:
        store.record_answer(1, DECLINED)
    assert str(caught.value).startswith(f"{path}: ")
    with pytest.raises(StoreError, match=re.escape(fix)):
        store.save_answer(1, "welcome", big, own_words=True, author_id=1)
    assert [saved.name for saved in store.saved_answers()] == ["pay"]
    assert Store.open(path).gaps() == []  # nothing half-written


def test_an_up_to_date_read_only_database_opens(tmp_path):
    Store.open(tmp_path / "bot.db")
    assert ReadOnlyStore.open(tmp_path / "bot.db").saved_answers() == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files anyway")
def test_a_read_only_file_really_is_refused_clearly(tmp_path):
    path = tmp_path / "bot.db"
    Store.open(path)
    path.chmod(0o444)
    store = Store.open(path)  # up to date, so opening it writes nothing
    with pytest.raises(StoreError, match=re.escape("(read-only: check the permissions")):
        store.record_answer(1, DECLINED)


def test_cli_reports_a_full_disk_in_one_line(tmp_path, monkeypatch):
    path = tmp_path / "bot.db"
    backup = tmp_path / "faq.yaml"
    big = Answer("Welcome?", True, None, "Welcome! " * 1000)
    other = Store.open(tmp_path / "other.db")
    backup.write_text(dump_saved_answers(
        [other.save_answer(1, "welcome", big, own_words=True, author_id=1)]
    ))
    FullStore.filled(path)
    monkeypatch.setattr("advisor.store.Store", FullStore)
    result = cli("faq", "import", str(backup), "--db", str(path))
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {path}: database or disk is full (the disk is full")
    assert result.output.count("\n") == 1
