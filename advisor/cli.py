"""The `advisor` command line: parse, call the library, render. Nothing else lives here."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import click

from advisor import Advisor, AdvisorError, Answer
from advisor.articles import bundled_corpus_dir
from advisor.corpus import load_corpus


class InputError(click.ClickException):
    """A one-line error for bad input or a broken corpus; exit status 2."""

    exit_code = 2


def _corpus_dir(ctx: click.Context) -> Path | None:
    return ctx.find_root().params.get("corpus")


def _load(ctx: click.Context) -> Advisor:
    try:
        return Advisor.load(_corpus_dir(ctx))
    except AdvisorError as exc:
        raise InputError(str(exc)) from exc


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--corpus",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="ADVISOR_CORPUS",
    help="Corpus folder (DIR/articles/*.md). Default: the bundled corpus. Env: ADVISOR_CORPUS.",
)
@click.version_option(package_name="advisor")
def main(corpus: Path | None) -> None:
    """Career answers about AI and machine learning, quoted and cited from articles."""


@main.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON.")
@click.pass_context
def ask(ctx: click.Context, question: str, as_json: bool) -> None:
    """Answer QUESTION from the corpus, quoting and citing the articles.

    Exits 0 whether it answers or declines; 2 for an empty or oversized question.
    """
    advisor = _load(ctx)
    try:
        answer = advisor.ask(question)
    except AdvisorError as exc:
        raise InputError(str(exc)) from exc
    if as_json:
        _print_json(answer.to_dict())
    else:
        click.echo(render_answer(answer))


def render_answer(answer: Answer) -> str:
    """The answer, then one line per numbered source."""
    lines = [answer.answer]
    if answer.citations:
        lines.append("")
    for citation in answer.citations:
        source = [citation.title, citation.publisher, citation.published, citation.section]
        lines.append(f"[{citation.n}] " + " · ".join(part for part in source if part))
        lines.append(f"    {citation.id}" + (f"  {citation.url}" if citation.url else ""))
    return "\n".join(lines)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
@click.pass_context
def sources(ctx: click.Context, as_json: bool) -> None:
    """List the articles in the corpus."""
    try:
        corpus = load_corpus(_corpus_dir(ctx))
    except AdvisorError as exc:
        raise InputError(str(exc)) from exc
    rows = []
    for article in corpus.articles:
        count = sum(1 for p in corpus.passages if p.article is article)
        rows.append(
            {
                "slug": article.slug,
                "title": article.title,
                "publisher": article.publisher,
                "author": article.author,
                "published": article.published.isoformat() if article.published else None,
                "url": article.url,
                "passages": count,
            }
        )
    if as_json:
        _print_json(rows)
        return
    for row in rows:
        details = [row["publisher"], row["published"], f"{row['passages']} passages"]
        click.echo(f"{row['slug']}\n    {row['title']} · " + " · ".join(d for d in details if d))
        if row["url"]:
            click.echo(f"    {row['url']}")


@main.command()
@click.argument("citation_id")
@click.option("--json", "as_json", is_flag=True, help="Print the passage as JSON.")
@click.pass_context
def show(ctx: click.Context, citation_id: str, as_json: bool) -> None:
    """Print the full passage behind CITATION_ID (for example 'slug#section-1')."""
    passage = _load(ctx).passage(citation_id.strip())
    if passage is None:
        raise InputError(
            f"no passage with id {citation_id!r}; ids look like 'article-slug#section-1' "
            "and are printed under each answer"
        )
    article = passage.article
    if as_json:
        _print_json(
            {"id": passage.id, "title": article.title, "publisher": article.publisher,
             "section": passage.section, "text": passage.text, "url": article.url}
        )
        return
    parts = (article.title, article.publisher, passage.section)
    header = " · ".join(part for part in parts if part)
    click.echo(f"{header}\n{passage.id}\n\n{passage.text}")


@main.command("import")
@click.argument("raw_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--title", help="Title, when the page does not state it.")
@click.option("--publisher", help="Publisher, when the page does not name it.")
@click.option("--author", help="Author, when the page does not name one.")
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Publication date (YYYY-MM-DD), when the page does not state it.",
)
@click.option("--url", help="The page's address; never guessed when not given.")
@click.pass_context
def import_(
    ctx: click.Context,
    raw_file: Path,
    title: str | None,
    publisher: str | None,
    author: str | None,
    published: dt.datetime | None,
    url: str | None,
) -> None:
    """Turn one scraped page (RAW_FILE) into a curated article in CORPUS/articles/.

    Repairs encoding damage, finds headings, lists, tables and quotes, drops boilerplate,
    and fills the front matter from what the page says plus the options given.
    """
    from advisor.importer import import_file

    corpus_dir = _corpus_dir(ctx)
    if corpus_dir is None:
        corpus_dir = bundled_corpus_dir()
        if corpus_dir.parent.name == "advisor":
            raise InputError("pass --corpus DIR: the bundled corpus of an installed package "
                             "is read-only")
    try:
        result = import_file(
            raw_file,
            corpus_dir,
            title=title,
            publisher=publisher,
            author=author,
            published=published.date() if published else None,
            url=url,
        )
    except AdvisorError as exc:
        raise InputError(str(exc)) from exc
    if result.status == "skipped":
        click.echo(f"skipped: {result.duplicate_of} already holds a richer copy of this article")
    elif result.status == "replaced":
        click.echo(f"wrote {result.path} (replacing {result.duplicate_of}, a shorter copy)")
    else:
        click.echo(f"wrote {result.path}")
