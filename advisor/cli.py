"""The `advisor` command line: parse, call the library, render. Nothing else lives here."""

from __future__ import annotations

import datetime as dt
import json
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from advisor import Advisor, AdvisorError, Answer, PayRecord
from advisor.articles import bundled_corpus_dir
from advisor.cache import CACHE_ENV, CacheWarning, CorpusCache
from advisor.corpus import check_corpus, load_corpus

PROGRESS_FROM = 5000  # passages: a smaller corpus is indexed in about a second

if TYPE_CHECKING:
    from advisor.store import Store


class InputError(click.ClickException):
    """A one-line error for bad input or a broken corpus; exit status 2."""

    exit_code = 2


def _corpus_dir(ctx: click.Context) -> Path | None:
    return ctx.find_root().params.get("corpus")


def _cache_dir(ctx: click.Context) -> Path | None:
    return ctx.find_root().params.get("cache_dir")


@contextmanager
def _library_calls() -> Iterator[None]:
    """Library errors become one-line messages; its warnings (an unusable index cache) are
    printed as one line each on stderr, not as Python warnings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", CacheWarning)
        try:
            yield
        except AdvisorError as exc:
            raise InputError(str(exc)) from exc
        finally:
            for warning in caught:
                click.echo(f"warning: {warning.message}", err=True)


def _load(ctx: click.Context) -> Advisor:
    with _library_calls():
        return Advisor.load(_corpus_dir(ctx), _cache_dir(ctx))


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--corpus",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="ADVISOR_CORPUS",
    help="Corpus folder (DIR/articles/*.md). Default: the bundled corpus. Env: ADVISOR_CORPUS.",
)
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar=CACHE_ENV,
    help="Folder for the index cache. Default: $XDG_CACHE_HOME/advisor or ~/.cache/advisor. "
    f"Env: {CACHE_ENV}.",
)
@click.version_option(package_name="advisor")
def main(corpus: Path | None, cache_dir: Path | None) -> None:
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
    with _library_calls():
        answer = advisor.ask(question)
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
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option(
    "--check",
    is_flag=True,
    help="Only validate the corpus, listing every problem at once; exit 2 if there is any.",
)
@click.pass_context
def index(ctx: click.Context, as_json: bool, check: bool) -> None:
    """Build the corpus's index cache, or report that it is up to date.

    Every command loads the analysed corpus from this cache and rebuilds it by itself when
    an article or the lexicon changes; run this to build it ahead of time (after adding
    many articles, before a bot starts). Shows a progress bar on large corpora. A broken
    corpus never replaces a good cache: nothing is written until every article loads.
    """
    if check:
        _check(_corpus_dir(ctx), as_json)
        return
    with _library_calls():
        cache = CorpusCache(_corpus_dir(ctx), _cache_dir(ctx))
        snapshot = cache.load()
        if snapshot is not None:
            status, corpus, saved = "up to date", snapshot.corpus, cache.path
        else:
            corpus = load_corpus(cache.directory)
            with click.progressbar(
                length=len(corpus.passages),
                label="analysing passages",
                file=sys.stderr,
                hidden=len(corpus.passages) < PROGRESS_FROM,
            ) as bar:
                saved = Advisor.build(cache, corpus, bar.update)[1]
            status = "built" if saved else "built in memory only (not saved)"
    result = {
        "status": status,
        "cache": str(saved) if saved else None,
        "corpus": str(cache.directory),
        "articles": len(corpus.articles),
        "passages": len(corpus.passages),
    }
    if as_json:
        _print_json(result)
        return
    click.echo(f"{status}: {result['passages']} passages from {result['articles']} articles")
    click.echo(f"corpus: {result['corpus']}")
    click.echo(f"cache:  {result['cache'] or '-'}")


def _check(corpus_dir: Path | None, as_json: bool) -> None:
    problems = [str(problem) for problem in check_corpus(corpus_dir)]
    if as_json:
        _print_json({"problems": problems})
    elif problems:
        click.echo("\n".join(problems))
    if problems:
        raise InputError(f"{len(problems)} problem(s) in the corpus")
    if not as_json:
        click.echo("ok: no problems found")


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


@main.command()
@click.option("--role", help="Only this role, e.g. 'ML engineer' (synonyms count).")
@click.option("--level", help="Only this level: junior, mid-level, senior, average, range.")
@click.option("--region", help="Only this region, e.g. UK or US ('England' is the UK).")
@click.option("--json", "as_json", is_flag=True, help="Print the records as JSON.")
@click.pass_context
def pay(
    ctx: click.Context, role: str | None, level: str | None, region: str | None, as_json: bool
) -> None:
    """List the salary figures in the corpus, newest source first, each with the passage
    it is quoted from. Figures are shown as the sources state them, never converted."""
    records = _load(ctx).pay(role=role, level=level, region=region)
    if as_json:
        _print_json([record.to_dict() for record in records])
        return
    if not records:
        click.echo("No salary figures match; run `advisor pay` without filters to see all.")
        return
    click.echo(render_pay_table(records))


def render_pay_table(records: list[PayRecord]) -> str:
    """Records as an aligned text table."""
    header = ("Role", "Level", "Region", "Figure", "Source", "Passage")
    rows = [header] + [
        (
            r.role,
            r.level,
            r.region or "-",
            r.figure,
            f"{r.passage.article.publisher or r.passage.article.title}, "
            + (r.published.isoformat() if r.published else "undated"),
            r.passage.id,
        )
        for r in records
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


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
    elif result.status == "replaced" and result.duplicate_of != result.path:
        click.echo(f"wrote {result.path} (replacing {result.duplicate_of}, a shorter copy)")
    elif result.status == "replaced":
        click.echo(f"wrote {result.path} (replacing a shorter copy of the same article)")
    else:
        click.echo(f"wrote {result.path}")


@main.command("eval")
@click.argument("questions_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "--check",
    is_flag=True,
    help="Exit 1 unless the quality targets are met (answer pass >= 0.95, top citation "
    ">= 0.85, every off-topic question declined, none wrongly declined, median <= 600 chars).",
)
@click.pass_context
def eval_(ctx: click.Context, questions_file: Path, as_json: bool, check: bool) -> None:
    """Measure answer quality on QUESTIONS_FILE (a YAML list of {q, topic, expect|refuse})."""
    from advisor.evaluate import evaluate, load_questions, missed_targets

    try:
        questions = load_questions(questions_file)
    except AdvisorError as exc:
        raise InputError(str(exc)) from exc
    advisor = _load(ctx)
    with click.progressbar(
        length=len(questions), label="asking", file=sys.stderr
    ) as bar:
        report = evaluate(advisor.ask, questions, progress=lambda _: bar.update(1))
    data = report.to_dict()
    if as_json:
        _print_json(data)
    else:
        click.echo(render_report(data))
    missed = missed_targets(data["summary"])
    if check and missed:
        raise click.ClickException("quality targets missed: " + "; ".join(missed))


def render_report(data: dict[str, Any]) -> str:
    """Failures first (what to fix), then the per-topic table, then the summary."""
    lines = []
    for failure in data["failures"]:
        wanted = "decline" if failure["refuse"] else " | ".join(failure["expect"])
        lines.append(f"FAIL [{failure['topic']}] {failure['q']}")
        lines.append(f"    wanted: {wanted}")
        lines.append(f"    got:    {' '.join(failure['answer'].split())[:300]}")
    lines.append("")
    lines.append(f"{'topic':<14}{'questions':>10}{'passed':>8}{'top':>6}")
    for topic, row in data["per_topic"].items():
        lines.append(f"{topic:<14}{row['questions']:>10}{row['passed']:>8}{row['top_passed']:>6}")
    summary = data["summary"]
    lines.append("")
    lines.append(
        f"answer pass rate {summary['answer_pass_rate']:.2%} · top-citation pass rate "
        f"{summary['top_citation_pass_rate']:.2%}"
    )
    lines.append(
        f"declines correct {summary['declines_correct']}/{summary['declines_expected']} · "
        f"answerable wrongly declined {summary['wrongly_declined']}"
    )
    lines.append(
        f"median answer {summary['median_answer_chars']} chars (max "
        f"{summary['max_answer_chars']}) · median latency {summary['median_latency_ms']} ms"
    )
    return "\n".join(lines)


# The Discord bot's data (advisor/store.py), read here. The store is imported inside the
# commands so that `advisor ask` loads nothing it does not need.

_db_option = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="ADVISOR_DB",
    help="The bot's database. Default: ADVISOR_DB, else $XDG_DATA_HOME/advisor/advisor.db "
    "(~/.local/share/advisor/advisor.db).",
)
_guild_option = click.option(
    "--guild", type=int, help="Only this Discord server (its id). Default: every server."
)


def _open_store(db: Path | None) -> Store:
    from advisor.store import Store

    try:
        return Store.open(db)
    except AdvisorError as exc:
        raise InputError(str(exc)) from exc


@main.command()
@_db_option
@_guild_option
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="At most this many questions.")
@click.option("--json", "as_json", is_flag=True, help="Print the gaps as JSON.")
def gaps(db: Path | None, guild: int | None, limit: int, as_json: bool) -> None:
    """List the questions the articles do not serve, most frequent first: questions the bot
    declined and answers members voted not helpful. Articles that answer them close a gap."""
    rows = _open_store(db).gaps(guild, limit)
    if as_json:
        _print_json([row.to_dict() for row in rows])
    elif not rows:
        click.echo("No gaps recorded: no question was declined or voted not helpful.")
    else:
        click.echo(f"{'times':>5} {'declined':>8} {'unhelpful':>9}  question")
        for row in rows:
            question = " ".join(row.question.split())
            click.echo(f"{row.count:>5} {row.declined:>8} {row.not_helpful:>9}  {question}")


@main.group()
def faq() -> None:
    """Saved answers that moderators keep in Discord with /faq save (read here)."""


@faq.command("list")
@_db_option
@_guild_option
@click.option("--json", "as_json", is_flag=True, help="Print the saved answers as JSON.")
def faq_list(db: Path | None, guild: int | None, as_json: bool) -> None:
    """List saved answers, most used first."""
    saved = _open_store(db).saved_answers(guild)
    if as_json:
        _print_json([item.to_dict() for item in saved])
        return
    if not saved:
        click.echo("No saved answers.")
    for item in saved:
        words = "own words" if item.own_words else "advisor"
        click.echo(f"{item.name}  ({item.uses} uses, {words}, server {item.guild_id})")
        click.echo(f"    {' '.join(item.answer.question.split())}")


@faq.command("show")
@click.argument("name")
@_db_option
@_guild_option
@click.option("--json", "as_json", is_flag=True, help="Print the saved answer as JSON.")
def faq_show(name: str, db: Path | None, guild: int | None, as_json: bool) -> None:
    """Print the answer saved under NAME (case and spacing do not matter)."""
    from advisor.names import closest_names, normalise_name

    saved = _open_store(db).saved_answers(guild)
    found = [item for item in saved if item.name == normalise_name(name)]
    if not found:
        near = closest_names(name, sorted({item.name for item in saved}), limit=3)
        hint = f"; did you mean {', '.join(repr(n) for n in near)}?" if near else ""
        raise InputError(f"no saved answer named {name!r}{hint}")
    if len(found) > 1:
        servers = ", ".join(str(item.guild_id) for item in found)
        raise InputError(f"{name!r} is saved in several servers ({servers}): pass --guild")
    if as_json:
        _print_json(found[0].to_dict())
    else:
        click.echo(render_answer(found[0].answer))


@faq.command("export")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@_db_option
@_guild_option
def faq_export(file: Path, db: Path | None, guild: int | None) -> None:
    """Back up the saved answers to FILE as YAML ('-' prints them), uses and dates included.

    Restore them with `advisor faq import FILE`. An existing FILE is replaced only once the
    whole backup is written.
    """
    from advisor.backup import dump_saved_answers

    saved = _open_store(db).saved_answers(guild)
    text = dump_saved_answers(saved)
    if str(file) == "-":
        click.echo(text, nl=False)
        return
    partial = file.with_name(file.name + ".partial")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(file)
    except OSError as exc:
        raise InputError(f"{file}: cannot write the backup: {exc.strerror}") from exc
    click.echo(f"exported {len(saved)} saved answers to {file}")


@faq.command("import")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@_db_option
@click.option("--replace", is_flag=True,
              help="Overwrite saved answers whose name is taken. Default: keep them, report.")
def faq_import(file: Path, db: Path | None, replace: bool) -> None:
    """Restore saved answers from a YAML backup FILE ('-' reads stdin), all or nothing.

    The whole file is checked first; one bad entry and nothing is imported. A name already
    saved in its server is kept and listed, unless --replace.
    """
    from advisor.backup import load_saved_answers

    try:
        text = sys.stdin.read() if str(file) == "-" else file.read_text(encoding="utf-8")
        items = load_saved_answers(text, file)
        report = _open_store(db).import_saved_answers(items, replace=replace)
    except OSError as exc:
        raise InputError(f"{file}: cannot read the backup: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{file}: not UTF-8 text") from exc
    except AdvisorError as exc:
        raise InputError(str(exc)) from exc
    click.echo(f"imported {len(report.added) + len(report.replaced)} saved answers "
               f"({len(report.added)} new, {len(report.replaced)} replaced)")
    if report.skipped:
        kept = ", ".join(f"{item.name!r} (server {item.guild_id})" for item in report.skipped)
        click.echo(f"kept {len(report.skipped)} already saved (--replace overwrites them): {kept}")
