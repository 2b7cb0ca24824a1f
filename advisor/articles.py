"""Load and validate the curated corpus: `DIR/articles/*.md` with YAML front matter.

Every problem is reported as a `CorpusError` naming the file (and the line, where YAML
gives one), because the corpus is edited by volunteers who need to find their mistake.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from advisor.errors import CorpusError, yaml_error_line

FENCE = "---"
OPTIONAL_TEXT_FIELDS = ("publisher", "author", "url", "raw")


@dataclass(frozen=True)
class Article:
    """One curated article: its metadata and its Markdown body."""

    slug: str
    title: str
    body: str
    path: Path
    publisher: str | None = None
    author: str | None = None
    published: dt.date | None = None
    url: str | None = None
    raw: str | None = None


def bundled_corpus_dir() -> Path:
    """The corpus shipped inside the installed package, or the source tree's `corpus/`.

    A wheel carries the corpus as `advisor/bundled_corpus/`; an editable install or a
    plain checkout reads the repository's `corpus/` folder directly.
    """
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "bundled_corpus"
    if (installed / "articles").is_dir():
        return installed
    return package_dir.parent / "corpus"


def article_paths(corpus_dir: Path) -> list[Path]:
    """The article files of a corpus, in a stable order."""
    articles_dir = corpus_dir / "articles"
    if not articles_dir.is_dir():
        raise CorpusError(articles_dir, "no articles folder (expected DIR/articles/*.md)")
    paths = sorted(articles_dir.glob("*.md"))
    if not paths:
        raise CorpusError(articles_dir, "no articles (*.md) in this folder")
    return paths


def load_articles(corpus_dir: Path) -> list[Article]:
    """Parse every article of the corpus, failing on the first problem found."""
    articles, problems = read_articles(corpus_dir)
    if problems:
        raise problems[0]
    return articles


def read_articles(corpus_dir: Path) -> tuple[list[Article], list[CorpusError]]:
    """Every valid article and every problem of the corpus, not just the first, so that a
    volunteer can fix them all in one go (`advisor index --check`)."""
    try:
        paths = article_paths(corpus_dir)
    except CorpusError as exc:
        return [], [exc]
    articles: list[Article] = []
    problems: list[CorpusError] = []
    for path in paths:
        try:
            _check_inside(path, corpus_dir)
            articles.append(parse_article(path))
        except CorpusError as exc:
            problems.append(exc)
    return articles, problems + _duplicate_slugs(articles)


def _check_inside(path: Path, corpus_dir: Path) -> None:
    """A symlink may not pull a file from elsewhere on the machine into the corpus."""
    target = path.resolve()
    if not target.is_relative_to(corpus_dir.resolve()):
        raise CorpusError(path, f"links to {target}, outside the corpus folder: refused "
                                "(copy the article into the corpus instead)")


def _duplicate_slugs(articles: list[Article]) -> list[CorpusError]:
    """Slugs that differ only in case or Unicode form name one article on some systems, and
    their citation ids would clash."""
    first: dict[str, Article] = {}
    problems = []
    for article in articles:
        key = unicodedata.normalize("NFKC", article.slug).casefold()
        seen = first.setdefault(key, article)
        if seen is not article:
            problems.append(CorpusError(article.path, f"has the same slug as {seen.path.name}; "
                                                      "rename one of them"))
    return problems


def parse_article(path: Path) -> Article:
    """Read one article file and validate its front matter."""
    text = _read_text(path)
    meta, body, body_line = _split_front_matter(path, text)
    if not body.strip():
        raise CorpusError(path, "the article has no body text after the front matter", body_line)
    return Article(
        slug=path.stem,
        title=_required_text(path, meta, "title"),
        body=body,
        path=path,
        published=_optional_date(path, meta),
        **{field: _optional_text(path, meta, field) for field in OPTIONAL_TEXT_FIELDS},
    )


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(path, f"cannot read the file ({exc.strerror})") from exc
    if b"\0" in data:
        raise CorpusError(path, "a binary file, not a Markdown article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CorpusError(
            path, f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save it as UTF-8", line
        ) from exc


def _split_front_matter(path: Path, text: str) -> tuple[dict, str, int]:
    lines = text.splitlines()
    if not lines or lines[0].strip() != FENCE:
        raise CorpusError(path, "no front matter: the file must start with a '---' line", 1)
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == FENCE)
    except StopIteration:
        raise CorpusError(path, "the front matter is not closed by a '---' line", 1) from None
    try:
        meta = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or "invalid YAML"
        line = yaml_error_line(exc, first_line=2)
        raise CorpusError(path, f"invalid YAML in the front matter: {problem}", line) from exc
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise CorpusError(path, "the front matter must be a mapping of 'key: value' lines", 2)
    return meta, "\n".join(lines[end + 1 :]), end + 2


def _required_text(path: Path, meta: dict, field: str) -> str:
    value = _optional_text(path, meta, field)
    if value is None:
        raise CorpusError(path, f"the front matter has no '{field}'")
    return value


def _optional_text(path: Path, meta: dict, field: str) -> str | None:
    value = meta.get(field)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        kind = type(value).__name__
        raise CorpusError(path, f"'{field}' in the front matter must be text, not a {kind}")
    text = str(value).strip()
    return text or None


def _optional_date(path: Path, meta: dict) -> dt.date | None:
    value = meta.get("published")
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise CorpusError(path, f"'published' must be a date like 2026-04-01, not {value!r}")
