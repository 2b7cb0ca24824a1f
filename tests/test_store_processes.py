"""The store across processes: a writer killed mid-transaction loses nothing it committed and
leaves nothing half-written, and two writers plus a reader share the file at once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from advisor.cli import main
from advisor.store import Store

BIG_ANSWER = "x" * 16_000

# Commits saved answers, reporting each only once it is committed; then starts a restore of
# 400 more (6 MB, more than SQLite's page cache, so uncommitted pages spill into the WAL file)
# and holds that transaction open until it is killed.
CRASHING_WRITER = f"""
import sys
from advisor import Answer
from advisor.store import SavedAnswer, Store

store = Store.open(sys.argv[1])
answer = Answer("q", True, None, {BIG_ANSWER!r})
for n in range(10):
    store.save_answer(1, f"saved {{n}}", answer, own_words=True, author_id=1)
    print(f"saved {{n}}", flush=True)

def pending():
    for n in range(400):
        yield SavedAnswer(1, f"pending {{n}}", answer, True, 1, "t", "t", 0)
    print("mid-write", flush=True)
    sys.stdin.read()

store.import_saved_answers(pending())
"""

# Waits for "go", then writes declined answers and one saved answer as fast as it can.
WRITER = """
import sys
from advisor import Answer
from advisor.store import Store

store = Store.open(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
for n in range(40):
    store.record_answer(1, Answer(f"{sys.argv[2]} question {n}?", False, None, "no"))
store.save_answer(1, sys.argv[2], Answer("q", True, None, "a"), own_words=True, author_id=1)
"""


def python(code: str, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", code, *map(str, args)], text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)


def test_a_writer_killed_mid_write_loses_nothing_committed_and_leaves_no_half_row(
    tmp_path: Path,
):
    path = tmp_path / "bot.db"
    writer = python(CRASHING_WRITER, path)
    assert writer.stdout is not None
    committed = []
    for line in writer.stdout:
        if line.strip() == "mid-write":
            break
        committed.append(line.strip())
    assert path.with_name("bot.db-wal").stat().st_size > 1_000_000  # uncommitted, on disk
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    writer.stdout.close()

    store = Store.open(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    saved = store.saved_answers()
    assert sorted(item.name for item in saved) == sorted(committed)
    assert len(committed) == 10
    assert all(item.answer.answer == BIG_ANSWER for item in saved)
    store.save_answer(1, "after the crash", saved[0].answer, own_words=True, author_id=1)


def test_two_writers_and_a_reader_share_the_database_at_once(tmp_path: Path):
    path = tmp_path / "bot.db"
    Store.open(path)
    writers = [python(WRITER, path, name) for name in ("bot one", "bot two")]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline() == "ready\n"
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    reads = 0
    while reads == 0 or any(writer.poll() is None for writer in writers):
        gaps = CliRunner().invoke(main, ["gaps", "--db", str(path), "--json", "--limit", "500"])
        assert gaps.exit_code == 0, gaps.output  # never "database is locked"
        reads += 1
    for writer in writers:
        assert writer.wait() == 0
        writer.stdin.close()
        writer.stdout.close()

    store = Store.open(path)
    assert len(store.gaps(limit=500)) == 80
    assert sorted(item.name for item in store.saved_answers()) == ["bot one", "bot two"]
