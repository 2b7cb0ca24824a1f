"""`advisor index` and the global `--cache-dir`, through click's CliRunner."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from advisor.cli import main

from support import SALARY_ARTICLE


@pytest.fixture
def corpus_dir(make_corpus):
    return make_corpus({"pay.md": SALARY_ARTICLE})


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_index_builds_then_reports_up_to_date(corpus_dir, tmp_path):
    options = ("--corpus", str(corpus_dir), "--cache-dir", str(tmp_path / "cache"))
    built = run(*options, "index")
    assert built.exit_code == 0
    assert built.stdout.startswith("built: 2 passages from 1 articles")
    again = json.loads(run(*options, "index", "--json").stdout)
    assert again["status"] == "up to date" and again["passages"] == 2
    assert again["cache"].startswith(str(tmp_path / "cache"))


def test_index_shows_progress_on_large_corpora(corpus_dir, tmp_path, monkeypatch):
    monkeypatch.setattr("advisor.cli.PROGRESS_FROM", 1)
    result = run("--corpus", str(corpus_dir), "--cache-dir", str(tmp_path), "index")
    assert "analysing passages" in result.stderr


def test_unwritable_cache_answers_with_a_one_line_warning(corpus_dir, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    options = ("--corpus", str(corpus_dir), "--cache-dir", str(blocker / "cache"))
    result = run(*options, "ask", "What do juniors earn in the UK?")
    assert result.exit_code == 0 and "£40,000 – £60,000" in result.stdout
    assert result.stderr.startswith("warning: cannot write the index cache")
    assert result.stderr.count("\n") == 1
    index = run(*options, "index", "--json")
    assert json.loads(index.stdout)["status"] == "built in memory only (not saved)"


def test_index_of_a_broken_corpus_is_a_one_line_error(tmp_path):
    result = run("--corpus", str(tmp_path), "index")
    assert result.exit_code == 2 and "no articles folder" in result.stderr


def test_check_lists_every_problem_at_once(make_corpus, tmp_path):
    corpus = make_corpus(
        {
            "good.md": SALARY_ARTICLE,
            "no-front-matter.md": "just text\n",
            "list-title.md": "---\ntitle: [a, b]\n---\n\nBody.\n",
        }
    )
    (corpus / "lexicon.yaml").write_text("synonyms: [[pay, salary]\n", encoding="utf-8")
    result = run("--corpus", str(corpus), "--cache-dir", str(tmp_path / "c"), "index", "--check")
    assert result.exit_code == 2
    for name in ("no-front-matter.md", "list-title.md", "lexicon.yaml"):
        assert name in result.output
    assert "3 problem(s)" in result.output
    assert not (tmp_path / "c").exists()  # validated, nothing built


def test_check_of_a_good_corpus_says_so(corpus_dir):
    result = run("--corpus", str(corpus_dir), "index", "--check", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"problems": []}


def test_a_broken_corpus_never_replaces_a_good_cache(corpus_dir, tmp_path):
    options = ("--corpus", str(corpus_dir), "--cache-dir", str(tmp_path / "cache"))
    assert run(*options, "index").exit_code == 0
    [cache_file] = (tmp_path / "cache").iterdir()
    good = cache_file.read_bytes()
    (corpus_dir / "articles" / "broken.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    result = run(*options, "index")
    assert result.exit_code == 2 and "broken.md" in result.output
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [cache_file.name]
    assert cache_file.read_bytes() == good
