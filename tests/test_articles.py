"""Loading the corpus: valid articles load, broken ones name the file and the problem."""

from __future__ import annotations

import datetime as dt

import pytest

from advisor.articles import bundled_corpus_dir, load_articles, read_articles
from advisor.corpus import load_corpus
from advisor.errors import CorpusError

from support import REPO, SALARY_ARTICLE


def test_loads_front_matter_and_body(make_corpus):
    corpus_dir = make_corpus({"pay.md": SALARY_ARTICLE})
    [article] = load_articles(corpus_dir)
    assert article.slug == "pay"
    assert article.title == "What Does a Machine Learning Engineer Do?"
    assert article.publisher == "Adria Solutions"
    assert article.published == dt.date(2026, 4, 1)
    assert article.url is None
    assert "## Technical skills" in article.body


@pytest.mark.parametrize(
    ("content", "problem", "line"),
    [
        ("# Just a heading\n\nSome text.\n", "no front matter", 1),
        ("---\ntitle: x\n\nbody\n", "not closed", 1),
        ("---\ntitle: [unclosed\n---\nbody\n", "invalid YAML", 2),
        ("---\n- a\n- b\n---\nbody\n", "must be a mapping", 2),
        ("---\npublisher: Somebody\n---\nbody\n", "no 'title'", None),
        ("---\ntitle: [a, b]\n---\nbody\n", "'title' in the front matter must be text", None),
        ("---\ntitle: T\npublished: last spring\n---\nbody\n", "'published' must be a date", None),
        ("---\ntitle: T\n---\n\n   \n", "no body text", 4),
    ],
)
def test_broken_article_names_file_and_problem(make_corpus, content, problem, line):
    corpus_dir = make_corpus({"good.md": SALARY_ARTICLE, "broken.md": content})
    with pytest.raises(CorpusError) as caught:
        load_articles(corpus_dir)
    assert caught.value.path.name == "broken.md"
    assert problem in str(caught.value)
    assert caught.value.line == line
    assert str(caught.value).startswith(str(caught.value.path))


def test_non_utf8_article_is_refused_with_its_line(make_corpus):
    latin1 = "---\ntitle: Café\n---\n\nna\u00efve text\n".encode("latin-1")
    corpus_dir = make_corpus({"latin1.md": latin1})
    with pytest.raises(CorpusError, match="not UTF-8") as caught:
        load_articles(corpus_dir)
    assert caught.value.line == 2


def test_missing_articles_folder(tmp_path):
    with pytest.raises(CorpusError, match="no articles folder"):
        load_articles(tmp_path)


def test_empty_articles_folder(make_corpus):
    with pytest.raises(CorpusError, match=r"no articles \(\*\.md\)"):
        load_articles(make_corpus({}))


def test_duplicate_passages_are_indexed_once(make_corpus):
    corpus_dir = make_corpus({"a.md": SALARY_ARTICLE, "b.md": SALARY_ARTICLE})
    corpus = load_corpus(corpus_dir)
    texts = [p.text for p in corpus.passages]
    assert len(texts) == len(set(texts))
    assert corpus.duplicates and all(p.article.slug == "b" for p in corpus.duplicates)


def test_bundled_corpus_is_the_repository_corpus():
    bundled = sorted(p.name for p in (bundled_corpus_dir() / "articles").glob("*.md"))
    in_repo = sorted(p.name for p in (REPO / "corpus" / "articles").glob("*.md"))
    assert bundled == in_repo
    assert bundled, "the bundled corpus has no articles"


def test_a_binary_file_is_refused_by_name(make_corpus):
    corpus_dir = make_corpus({"good.md": SALARY_ARTICLE, "image.md": b"\x89PNG\r\n\x1a\n\0\0\0"})
    with pytest.raises(CorpusError, match=r"image\.md: a binary file, not a Markdown article"):
        load_articles(corpus_dir)


def test_a_symlink_out_of_the_corpus_is_refused(make_corpus, tmp_path):
    secret = tmp_path / "elsewhere" / "secret.md"
    secret.parent.mkdir()
    secret.write_text(SALARY_ARTICLE)
    corpus_dir = make_corpus({"good.md": SALARY_ARTICLE})
    (corpus_dir / "articles" / "linked.md").symlink_to(secret)
    (corpus_dir / "articles" / "inside.md").symlink_to(corpus_dir / "articles" / "good.md")
    with pytest.raises(CorpusError, match="outside the corpus folder: refused") as caught:
        load_articles(corpus_dir)
    assert caught.value.path.name == "linked.md"
    (corpus_dir / "articles" / "linked.md").unlink()
    assert [a.slug for a in load_articles(corpus_dir)] == ["good", "inside"]


def test_two_articles_with_the_same_slug_are_refused(make_corpus):
    corpus_dir = make_corpus({"PhD.md": SALARY_ARTICLE, "phd.md": SALARY_ARTICLE})
    with pytest.raises(CorpusError, match=r"has the same slug as PhD\.md") as caught:
        load_articles(corpus_dir)
    assert caught.value.path.name == "phd.md"


def test_every_problem_is_listed_at_once(make_corpus):
    corpus_dir = make_corpus({
        "a-good.md": SALARY_ARTICLE,
        "b-no-title.md": "---\npublisher: X\n---\nbody\n",
        "c-bad-yaml.md": "---\ntitle: [unclosed\n---\nbody\n",
        "d-empty.md": "---\ntitle: T\n---\n",
        "A-GOOD.md": SALARY_ARTICLE,
    })
    articles, problems = read_articles(corpus_dir)
    assert [a.slug for a in articles] == ["A-GOOD", "a-good"]
    assert [(p.path.name, p.line) for p in problems] == [
        ("b-no-title.md", None), ("c-bad-yaml.md", 2), ("d-empty.md", 4), ("a-good.md", None),
    ]
    assert read_articles(corpus_dir / "missing")[1][0].problem.startswith("no articles folder")
