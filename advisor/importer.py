"""Raw scraped page -> curated Markdown article (GUIDE §3), written into a corpus.

`convert` is pure: repair the text, read the page's own metadata, drop page furniture,
recover headings/lists/tables/quotes. `import_file` adds the file handling: it records
where the raw page lives and keeps one copy of each article, because the same article is
sometimes scraped twice (a short copy and a full one) and must never be cited twice.
`import_manifest` replays `corpus/imports.yaml` so the bundled corpus can be rebuilt.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from advisor.blocks import Block, build_blocks, drop_boilerplate_lines, render
from advisor.errors import ImportRawError
from advisor.pagemeta import read_page_meta
from advisor.passages import normalised, slugify, split_sentences
from advisor.repair import repair_text

MANIFEST_NAME = "imports.yaml"
MANIFEST_KEYS = ("raw", "title", "publisher", "author", "published", "url", "subsections")
# Share of one copy's sentences found in the other above which two files are one article.
DUPLICATE_SHARE = 0.8


@dataclass(frozen=True)
class ImportedArticle:
    """A converted article: its file name stem, front matter and Markdown body."""

    slug: str
    front_matter: dict[str, Any]
    body: str

    def to_markdown(self) -> str:
        """The article file's text: YAML front matter fenced by `---`, then the body."""
        meta = yaml.safe_dump(self.front_matter, sort_keys=False, allow_unicode=True)
        return "---\n" + meta + "---\n\n" + self.body.rstrip("\n") + "\n"


@dataclass(frozen=True)
class ImportResult:
    """What `import_file` did: written, replaced (a poorer copy) or skipped (a richer exists)."""

    path: Path | None
    slug: str
    status: str
    duplicate_of: Path | None = None


def convert(
    raw_text: str,
    *,
    raw: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
    author: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
    subsections: dict[str, list[str]] | None = None,
) -> ImportedArticle:
    """Turn a scraped page into an article; the options override what the page says, and
    `subsections` nests the headings it names under their section ({parent: [child, ...]}:
    a scrape keeps headings but not their levels)."""
    lines = repair_text(raw_text).split("\n")
    furniture = drop_boilerplate_lines(lines)
    meta = read_page_meta(lines, skip=furniture)
    title = _clean(title) or meta.title
    if not title:
        raise ImportRawError("the page does not state a title; pass --title")
    slug = slugify(title)
    if not slug:
        raise ImportRawError(f"the title {title!r} has no letters or digits to name a file by")
    author = _clean(author) or meta.author
    repeated = {_clean(title).casefold(), (author or "").casefold()} - {""}
    drop = furniture | meta.consumed
    drop |= {i for i, line in enumerate(lines) if line.strip().casefold() in repeated}
    blocks = build_blocks([line for i, line in enumerate(lines) if i not in drop])
    _check_subsections(blocks, subsections or {})
    body = render(blocks, subsections)
    _check_nested(body, subsections or {})
    if not body.strip():
        raise ImportRawError("nothing is left after removing the page's boilerplate")
    front_matter = {
        "title": title,
        "publisher": _clean(publisher) or meta.publisher,
        "author": author,
        "published": published or meta.published,
        "url": _clean(url),
        "raw": _clean(raw),
    }
    return ImportedArticle(slug, {k: v for k, v in front_matter.items() if v}, body)


def _check_subsections(blocks: list[Block], subsections: dict[str, list[str]]) -> None:
    """Every heading named in `subsections` must be one of the page's."""
    headings = {block.lines[0] for block in blocks if block.kind == "heading"}
    named = [*subsections, *(child for kids in subsections.values() for child in kids)]
    missing = [heading for heading in named if heading not in headings]
    if missing:
        raise ImportRawError(f"subsections: {missing[0]!r} is not a heading of the page")


def _check_nested(body: str, subsections: dict[str, list[str]]) -> None:
    """Every heading named under a section must have been nested under it: one that does not
    follow its section (or another heading named under it) is a mistake in the manifest."""
    for parent, children in subsections.items():
        for child in children:
            if f"\n### {child}\n" not in f"\n{body}":
                raise ImportRawError(
                    f"subsections: {child!r} does not follow {parent!r} (only headings listed "
                    "under it may come between)"
                )


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) if value and value.strip() else None


def read_raw(raw_path: Path) -> str:
    """A raw page's text; ImportRawError naming the file when it cannot be used."""
    if not raw_path.exists():
        raise ImportRawError(f"{raw_path}: no such file")
    if raw_path.is_dir():
        raise ImportRawError(f"{raw_path}: is a folder, not a scraped page")
    try:
        data = raw_path.read_bytes()
    except OSError as exc:
        raise ImportRawError(f"{raw_path}: cannot read the file ({exc.strerror})") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportRawError(
            f"{raw_path}: not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line}); "
            "save the page as UTF-8"
        ) from exc
    if not text.strip():
        raise ImportRawError(f"{raw_path}: the file is empty")
    return text


def _raw_reference(raw_path: Path, corpus_dir: Path) -> str:
    """`raw/004_....txt` when the page lives in the corpus, else just its file name."""
    try:
        return raw_path.resolve().relative_to(corpus_dir.resolve()).as_posix()
    except ValueError:
        return raw_path.name


def content_units(body: str) -> set[str]:
    """The normalised sentences, items and headings of a Markdown body, for comparison."""
    units: set[str] = set()
    for line in body.splitlines():
        text = re.sub(r"^\s*(?:#{1,6}\s+|[-*]\s+|\d+[.)]\s+|>\s*)", "", line)
        if set(text) <= set("|-: "):
            continue
        for sentence in split_sentences(text.replace("|", " ")):
            unit = normalised(sentence)
            if unit:
                units.add(unit)
    return units


def _richness(units: set[str]) -> int:
    return sum(len(unit) for unit in units)


def _same_article(first: set[str], second: set[str]) -> bool:
    if not first or not second:
        return False
    shared = len(first & second)
    return max(shared / len(first), shared / len(second)) >= DUPLICATE_SHARE


def _article_body(path: Path) -> str | None:
    """The body of an existing article file, or None when it cannot be read as one."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return text
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return "\n".join(lines[index + 1 :])
    return None


def import_file(
    raw_path: Path,
    corpus_dir: Path,
    *,
    title: str | None = None,
    publisher: str | None = None,
    author: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
    subsections: dict[str, list[str]] | None = None,
) -> ImportResult:
    """Convert one raw page into `corpus_dir/articles/<slug>.md`, keeping one copy per article."""
    raw_path, corpus_dir = Path(raw_path), Path(corpus_dir)
    raw_text = read_raw(raw_path)
    try:
        article = convert(
            raw_text, raw=_raw_reference(raw_path, corpus_dir), title=title,
            publisher=publisher, author=author, published=published, url=url,
            subsections=subsections,
        )
    except ImportRawError as exc:
        raise ImportRawError(f"{raw_path}: {exc}") from exc
    articles_dir = corpus_dir / "articles"
    new_units = content_units(article.body)
    poorer: list[Path] = []
    existing = sorted(articles_dir.glob("*.md")) if articles_dir.is_dir() else []
    for path in existing:
        body = _article_body(path)
        units = content_units(body) if body is not None else set()
        if not _same_article(new_units, units):
            continue
        if _richness(units) >= _richness(new_units):
            return ImportResult(None, article.slug, "skipped", path)
        poorer.append(path)
    target = articles_dir / f"{article.slug}.md"
    if target.exists() and target not in poorer:
        raise ImportRawError(
            f"{raw_path}: {target} already holds a different article with the same title; "
            "pass --title to name this one differently"
        )
    articles_dir.mkdir(parents=True, exist_ok=True)
    for path in poorer:
        path.unlink()
    target.write_text(article.to_markdown(), encoding="utf-8", newline="\n")
    status = "replaced" if poorer else "written"
    return ImportResult(target, article.slug, status, poorer[0] if poorer else None)


def load_manifest(corpus_dir: Path) -> list[dict[str, Any]]:
    """The entries of `corpus_dir/imports.yaml`: what to import, in order, with options."""
    path = Path(corpus_dir) / MANIFEST_NAME
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ImportRawError(f"{path}: cannot read the manifest ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise ImportRawError(f"{path}: invalid YAML ({exc})") from exc
    if not isinstance(entries, list):
        raise ImportRawError(f"{path}: expected a list of {{raw: ..., title: ...}} entries")
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("raw"), str):
            raise ImportRawError(f"{path}: entry {number} needs a 'raw: raw/<file>.txt' key")
        unknown = set(entry) - set(MANIFEST_KEYS)
        if unknown:
            raise ImportRawError(f"{path}: entry {number} has unknown keys {sorted(unknown)}")
        published = entry.get("published")
        if published is not None and not isinstance(published, dt.date):
            raise ImportRawError(f"{path}: entry {number}: 'published' must be a YYYY-MM-DD date")
        if not _is_subsections(entry.get("subsections", {})):
            raise ImportRawError(
                f"{path}: entry {number}: 'subsections' must map a heading to a list of the "
                "headings under it"
            )
    return entries


def _is_subsections(value: object) -> bool:
    return isinstance(value, dict) and all(
        isinstance(parent, str) and isinstance(kids, list) and all(isinstance(k, str) for k in kids)
        for parent, kids in value.items()
    )


def import_manifest(corpus_dir: Path) -> list[ImportResult]:
    """Import every page listed in `corpus_dir/imports.yaml`, in order."""
    corpus_dir = Path(corpus_dir)
    results = []
    for entry in load_manifest(corpus_dir):
        options = {key: value for key, value in entry.items() if key != "raw"}
        results.append(import_file(corpus_dir / entry["raw"], corpus_dir, **options))
    return results
