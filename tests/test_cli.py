"""The `advisor` command line, through click's CliRunner."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from advisor.cli import main

from support import REPO, SALARY_ARTICLE


@pytest.fixture
def corpus_dir(make_corpus):
    return make_corpus({"pay.md": SALARY_ARTICLE})


def run(*args: str, **kwargs):
    return CliRunner().invoke(main, list(args), catch_exceptions=False, **kwargs)


def test_ask_prints_quoted_answer_and_sources(corpus_dir):
    result = run("--corpus", str(corpus_dir), "ask", "What do juniors earn in the UK?")
    assert result.exit_code == 0
    assert "£40,000 – £60,000" in result.output
    assert "[1] What Does a Machine Learning Engineer Do? · Adria Solutions" in result.output


def test_ask_json_has_the_guide_shape(corpus_dir):
    result = run("--corpus", str(corpus_dir), "ask", "--json", "What do juniors earn in the UK?")
    data = json.loads(result.output)
    assert set(data) == {"question", "answered", "topic", "answer", "citations"}
    assert data["answered"] is True
    assert data["topic"] == "pay"
    citation = data["citations"][0]
    assert set(citation) >= {"n", "id", "title", "publisher", "section", "quote", "url", "score"}
    assert citation["n"] == 1
    assert citation["id"].startswith("pay#how-much-does-a-machine-learning-engineer-earn-")
    assert citation["url"] is None
    assert "£40,000 – £60,000" in citation["quote"]
    assert "£40,000 – £60,000" in data["answer"]


def test_ask_declines_off_topic_with_exit_zero(corpus_dir):
    result = run("--corpus", str(corpus_dir), "ask", "--json", "best pizza topping?")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["answered"] is False
    assert data["citations"] == []
    assert "pay and salaries" in data["answer"]


@pytest.mark.parametrize("question", ["", "   ", "\n\t"])
def test_empty_question_is_exit_2_with_one_line(corpus_dir, question):
    result = run("--corpus", str(corpus_dir), "ask", question)
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0
    assert "empty" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("size", [500, 10_000])
def test_oversized_question_is_exit_2_with_one_line(corpus_dir, size):
    result = run("--corpus", str(corpus_dir), "ask", "salary " * size)
    assert result.exit_code == 2
    assert "too long" in result.output
    assert result.output.strip().count("\n") == 0


def test_broken_corpus_is_exit_2_naming_the_file(make_corpus):
    corpus_dir = make_corpus({"bad.md": "no front matter here\n"})
    result = run("--corpus", str(corpus_dir), "ask", "salary?")
    assert result.exit_code == 2
    assert "bad.md:1: no front matter" in result.output
    assert result.output.strip().count("\n") == 0


def test_corpus_from_environment(corpus_dir):
    result = run("ask", "What do juniors earn in the UK?", env={"ADVISOR_CORPUS": str(corpus_dir)})
    assert "£40,000" in result.output


def test_sources_lists_articles(corpus_dir):
    result = run("--corpus", str(corpus_dir), "sources", "--json")
    [row] = json.loads(result.output)
    assert row["slug"] == "pay"
    assert row["publisher"] == "Adria Solutions"
    assert row["published"] == "2026-04-01"
    assert row["passages"] >= 2


def test_show_prints_the_full_passage(corpus_dir):
    answer = json.loads(run("--corpus", str(corpus_dir), "ask", "--json", "skills python?").output)
    passage_id = answer["citations"][0]["id"]
    result = run("--corpus", str(corpus_dir), "show", passage_id)
    assert result.exit_code == 0
    assert passage_id in result.output
    assert "- Strong programming ability, typically in Python" in result.output


def test_show_unknown_id_is_exit_2(corpus_dir):
    result = run("--corpus", str(corpus_dir), "show", "nope#nothing-1")
    assert result.exit_code == 2
    assert "no passage" in result.output


def test_every_command_has_help():
    for command in main.commands.values():
        result = run(command.name, "--help")
        assert result.exit_code == 0
        first_words = " ".join(command.help.split()[:4])
        assert first_words in " ".join(result.output.split())


def test_import_writes_then_replaces_the_shorter_copy(tmp_path):
    corpus_dir = tmp_path / "corpus"
    (corpus_dir / "raw").mkdir(parents=True)
    for name in ("000_6c4a4c5b25ca8eef.txt", "001_df7d0c091926bdd4.txt"):
        (corpus_dir / "raw" / name).write_bytes((REPO / "corpus" / "raw" / name).read_bytes())
    first = run(
        "--corpus", str(corpus_dir), "import", str(corpus_dir / "raw/000_6c4a4c5b25ca8eef.txt"),
        "--title", "A Day in the Life of an AI Specialist",
    )
    assert first.exit_code == 0
    assert first.output.startswith("wrote ")
    raw_001 = str(corpus_dir / "raw/001_df7d0c091926bdd4.txt")
    second = run("--corpus", str(corpus_dir), "import", raw_001)
    assert second.exit_code == 0
    assert "replacing a shorter copy" in second.output
    third = run(
        "--corpus", str(corpus_dir), "import", str(corpus_dir / "raw/000_6c4a4c5b25ca8eef.txt"),
        "--title", "A Day in the Life of an AI Specialist",
    )
    assert third.output.startswith("skipped: ")
    [article] = (corpus_dir / "articles").glob("*.md")
    assert "raw: raw/001_df7d0c091926bdd4.txt" in article.read_text(encoding="utf-8")


def test_import_missing_file_is_exit_2(tmp_path):
    result = run("--corpus", str(tmp_path), "import", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert "nope.txt" in result.output


def test_import_bad_date_is_a_usage_error(tmp_path):
    result = run("--corpus", str(tmp_path), "import", "x.txt", "--published", "April 1st")
    assert result.exit_code == 2
