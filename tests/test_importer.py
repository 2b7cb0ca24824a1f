"""Importer: raw scraped pages -> curated Markdown articles, and the bundled corpus."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
import yaml

from advisor.errors import ImportRawError
from advisor.importer import (
    ImportedArticle,
    convert,
    import_file,
    import_manifest,
    slugify,
)

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
RAW = CORPUS / "raw"
ARTICLES = CORPUS / "articles"

BOILERPLATE_PHRASES = [
    "Ready to start your career",
    "course covers",
    "View the Artificial Intelligence Course",
    "Explore CLA's full range",
    "take a look at the Data Science",
    "checking the bootcamp pricing",
    "bootcamp at Code Labs Academy",
    "Beyond the Certificate",
    "Most providers stop at the certificate",
    "See Your Competitive Advantage",
    "Side-by-side comparison across 16 courses",
    "Send us an enquiry",
    "About you",
    "What are you?",
    "(Required)",
    "Get the latest news",
    "12 Tips For Getting On With People At Work",
    "Five Common Job References Mistakes",
    "Why Are Companies Choosing Permanent Hires",
    "An intro for your FAQ Section",
    "Find the right fit for you",
    "We provide friendly, forward-thinking",
    "Digital Marketing Manager",
    "Two professionals in formal attire",
    "One of the benefits of hiring local employees",
    "Group of people at work",
    "Lady looking in horror",
    "In this article",
    "Scroll the table sideways on mobile",
    "You are here",
]
MOJIBAKE = ["โ", "ย", "ร", "๐", "â€", "Ã", "\ue000", "\ue001"]


def raw_file(prefix: str) -> Path:
    return next(RAW.glob(f"{prefix}_*.txt"))


def article(slug: str) -> str:
    return (ARTICLES / f"{slug}.md").read_text(encoding="utf-8")


def front_matter(text: str) -> dict:
    return yaml.safe_load(text.split("---\n")[1])


def body(text: str) -> str:
    return text.split("---\n", 2)[2]


def all_articles() -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in ARTICLES.glob("*.md")}


def setup_corpus(tmp_path: Path, *prefixes: str) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "raw").mkdir(parents=True)
    for prefix in prefixes:
        shutil.copy(raw_file(prefix), corpus / "raw")
    return corpus


# --- the generated corpus --------------------------------------------------------------


def test_manifest_reproduces_the_committed_articles(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(RAW, corpus / "raw")
    shutil.copy(CORPUS / "imports.yaml", corpus)
    results = import_manifest(corpus)
    assert [r.status for r in results] == ["written", "replaced", "written", "written", "written"]
    produced = sorted((corpus / "articles").glob("*.md"))
    assert [p.name for p in produced] == sorted(all_articles())
    for path in produced:
        assert path.read_bytes() == (ARTICLES / path.name).read_bytes(), path.name


def test_the_corpus_has_four_articles() -> None:
    assert sorted(all_articles()) == [
        "a-day-in-the-life-of-an-ai-specialist.md",
        "ai-ml-engineer-career-guide.md",
        "what-does-a-machine-learning-engineer-actually-do.md",
        "what-does-a-machine-learning-engineer-do.md",
    ]


@pytest.mark.parametrize("phrase", BOILERPLATE_PHRASES)
def test_no_boilerplate_in_any_article(phrase: str) -> None:
    for name, text in all_articles().items():
        assert phrase.casefold() not in text.casefold(), name


def test_no_mojibake_in_any_article() -> None:
    for name, text in all_articles().items():
        for marker in MOJIBAKE:
            assert marker not in text, (name, marker)


def test_no_url_is_invented() -> None:
    for name, text in all_articles().items():
        assert "url" not in front_matter(text), name
        assert "http" not in text, name


def test_every_table_is_valid_markdown() -> None:
    for name, text in all_articles().items():
        for table in re.findall(r"(?m)(?:^\|.*\|\n)+", text):
            rows = table.splitlines()
            assert re.fullmatch(r"\|(?:---\|)+", rows[1]), (name, rows[1])
            widths = {row.count("|") for row in rows}
            assert len(widths) == 1, (name, table)


# --- front matter ----------------------------------------------------------------------


def test_front_matter_from_the_page() -> None:
    meta = front_matter(article("what-does-a-machine-learning-engineer-do"))
    assert list(meta) == ["title", "publisher", "author", "published", "raw"]
    assert meta == {
        "title": "What Does a Machine Learning Engineer Do?",
        "publisher": "Adria Solutions",
        "author": "Jazz Thomson",
        "published": dt.date(2026, 4, 1),
        "raw": "raw/004_1e967b98141aa083.txt",
    }


def test_updated_on_date_and_manifest_publisher() -> None:
    meta = front_matter(article("what-does-a-machine-learning-engineer-actually-do"))
    assert meta["title"] == "What Does a Machine Learning Engineer Actually Do?"
    assert meta["published"] == dt.date(2026, 7, 2)
    assert meta["publisher"] == "Code Labs Academy"
    assert "author" not in meta


def test_category_and_month_line_is_not_the_title_nor_a_date() -> None:
    text = article("a-day-in-the-life-of-an-ai-specialist")
    meta = front_matter(text)
    assert meta == {
        "title": "A Day in the Life of an AI Specialist",
        "raw": "raw/001_df7d0c091926bdd4.txt",
    }
    assert "March 2026" not in text


def test_options_override_the_page() -> None:
    result = convert(
        raw_file("004").read_text(encoding="utf-8"),
        title="Custom title",
        publisher="Someone Else",
        author="A. Writer",
        published=dt.date(2020, 1, 2),
        url="https://example.org/page",
        raw="raw/x.txt",
    )
    assert result.slug == "custom-title"
    assert result.front_matter == {
        "title": "Custom title",
        "publisher": "Someone Else",
        "author": "A. Writer",
        "published": dt.date(2020, 1, 2),
        "url": "https://example.org/page",
        "raw": "raw/x.txt",
    }
    # The page's own title line is still not body text.
    assert "What Does a Machine Learning Engineer Do?" not in result.body


def test_subsections_nest_the_headings_a_scrape_flattened() -> None:
    page = raw_file("004").read_text(encoding="utf-8")
    parent = "What skills are required to be a machine learning engineer?"
    kids = ["Technical skills", "Machine learning knowledge"]
    body = convert(page, subsections={parent: kids}).body
    assert f"\n## {parent}\n" in body
    assert "\n### Technical skills\n" in body
    assert "\n### Machine learning knowledge\n" in body
    assert "\n## Soft skills\n" in body  # not named: a section of its own
    assert "###" not in convert(page).body


def test_subsections_must_name_headings_of_the_page() -> None:
    page = raw_file("004").read_text(encoding="utf-8")
    with pytest.raises(ImportRawError, match="'Salary bands' is not a heading of the page"):
        convert(page, subsections={"Technical skills": ["Salary bands"]})
    # a heading that comes before its section, or after an unlisted one, is not under it
    with pytest.raises(ImportRawError, match="'Key takeaways' does not follow 'Final takeaway'"):
        convert(page, subsections={"Final takeaway": ["Key takeaways"]})
    parent = "What skills are required to be a machine learning engineer?"
    with pytest.raises(ImportRawError, match="'Soft skills' does not follow"):
        convert(page, subsections={parent: ["Soft skills"]})


def test_page_without_a_title_needs_one() -> None:
    with pytest.raises(ImportRawError, match="--title"):
        convert(raw_file("002").read_text(encoding="utf-8"))


def test_slug_and_markdown_layout() -> None:
    assert slugify("AI & ML engineer career guide") == "ai-ml-engineer-career-guide"
    assert slugify("What’s new in Café Tech?") == "whats-new-in-cafe-tech"
    made = ImportedArticle("t", {"title": "T", "published": dt.date(2026, 4, 1)}, "Text.\n\n")
    assert made.to_markdown() == "---\ntitle: T\npublished: 2026-04-01\n---\n\nText.\n"


# --- structure ---------------------------------------------------------------------------


def test_headings_including_question_headings() -> None:
    text = article("what-does-a-machine-learning-engineer-actually-do")
    assert "\n## What does a machine learning engineer do day to day?\n" in text
    assert "\n## How is this different from a data scientist?\n" in text
    guide = article("ai-ml-engineer-career-guide")
    assert "\n## Welcome to the frontier of tech\n" in guide
    assert "\n### Advantages\n" in guide  # after its lost check-mark glyph, under Pros & cons
    assert "\n## Hard skills\n" not in guide  # its list was lost in the scrape


def test_bullets_and_glued_items_become_lists() -> None:
    text = article("what-does-a-machine-learning-engineer-do")
    assert "\n- Writing production-level code, often in Python\n" in text
    day = article("a-day-in-the-life-of-an-ai-specialist")
    assert (
        "## Skills You Need\n\n- Python (NumPy, pandas, scikit-learn)\n"
        "- Deep learning frameworks (TensorFlow, PyTorch)\n- Statistics and probability\n"
        "- Data preprocessing and feature engineering\n- Model deployment (Docker, FastAPI)\n"
        "- Natural language processing\n- Computer vision\n"
    ) in day
    assert "- Salary Range £28,000–£75,000\n- UK Average £45,000\n" in day


def test_glued_table_becomes_a_pipe_table() -> None:
    text = article("what-does-a-machine-learning-engineer-do")
    assert (
        "| Experience Level | UK Salary Range | US Salary Range |\n|---|---|---|\n"
        "| Junior | £40,000 – £60,000 | $90,000 – $120,000 |\n"
        "| Mid-level | £60,000 – £90,000 | $120,000 – $160,000 |\n"
        "| Senior | £90,000 – £130,000+ | $160,000 – $200,000+ |\n"
    ) in text


def test_table_row_broken_across_two_lines_is_joined() -> None:
    text = article("ai-ml-engineer-career-guide")
    assert (
        "| AI / ML Engineer | Building & shipping ML systems | Python, PyTorch, MLOps "
        "| Baseline | Hard |\n"
    ) in text


def test_blank_corner_cell_moves_to_the_front() -> None:
    text = article("what-does-a-machine-learning-engineer-actually-do")
    assert "| | Data scientist | Machine learning engineer |\n|---|---|---|\n" in text


def test_quote_with_attribution() -> None:
    text = article("a-day-in-the-life-of-an-ai-specialist")
    assert "\n> “I built a document classification system" in text
    assert "is addictive.”\n> — ML Engineer, Legal Tech, Cambridge\n" in text
    guide = article("ai-ml-engineer-career-guide")
    assert "good at it.\n> — ML engineer · 4 years in, applied AI\n" in guide


def test_myth_and_verdict_are_one_paragraph() -> None:
    guide = article("ai-ml-engineer-career-guide")
    assert (
        '\n"You must have a PhD." False. Research roles often want one, but the growing '
        "applied/engineering side hires strong builders"
    ) in guide
    assert '\n"It\'s only for maths geniuses." Reality: Strong maths helps a lot' in guide


def test_lossy_dashes_read_naturally() -> None:
    guide = article("ai-ml-engineer-career-guide")
    assert "\n0–2 years experience\n" in guide
    assert "reshaping the world — recommendation engines" in guide
    assert "- Analytical rigour — ML is full of subtle traps" in guide
    assert "Rated against all professions" not in guide  # it introduced a lost rating
    assert "\n## Fun facts\n" in guide


def test_real_content_next_to_adverts_is_kept() -> None:
    text = article("what-does-a-machine-learning-engineer-actually-do")
    assert "Self-study is possible, but it requires a lot of discipline" in text
    assert "Machine learning engineering is one of the more concrete paths into AI" in text


def test_author_bio_and_dangling_intro_are_dropped() -> None:
    text = body(article("what-does-a-machine-learning-engineer-do"))
    assert "Jazz Thomson" not in text
    assert "They typically collaborate with:" not in text
    assert "Machine learning engineers work closely with multiple stakeholders." in text


def test_synthetic_page_structure() -> None:
    page = "\n".join([
        "Becoming a Data Engineer",
        "By Ann Lee, Senior Editor",
        "Published: 3 May 2025",
        "Data engineers build the pipelines that analysts and models depend on every day.",
        "Core skills",
        "SQL and data modellingPython scriptingCloud warehouses (BigQuery, Snowflake)",
        "Two colleagues smiling and looking at a laptop in a bright office",
        "Day to day",
        "  • Building pipelines",
        "  • Fixing broken jobs",
        "“Nothing beats seeing a dashboard light up.”",
        "— Data Engineer, Retail, Leeds",
        "Our data engineering course covers all of this. Sign up today.",
        "Send us an enquiry",
    ])
    result = convert(page)
    assert result.front_matter == {
        "title": "Becoming a Data Engineer",
        "author": "Ann Lee",
        "published": dt.date(2025, 5, 3),
    }
    assert result.body == (
        "Data engineers build the pipelines that analysts and models depend on every day.\n\n"
        "## Core skills\n\n- SQL and data modelling\n- Python scripting\n"
        "- Cloud warehouses (BigQuery, Snowflake)\n\n"
        "## Day to day\n\n- Building pipelines\n- Fixing broken jobs\n\n"
        "> “Nothing beats seeing a dashboard light up.”\n> — Data Engineer, Retail, Leeds\n"
    )


# --- import_file: files, duplicates, errors -------------------------------------------------


def test_import_records_raw_path_relative_to_the_corpus(tmp_path: Path) -> None:
    corpus = setup_corpus(tmp_path, "004")
    result = import_file(corpus / "raw" / raw_file("004").name, corpus)
    assert result.status == "written"
    assert result.path == corpus / "articles" / "what-does-a-machine-learning-engineer-do.md"
    assert front_matter(result.path.read_text(encoding="utf-8"))["raw"] == (
        "raw/004_1e967b98141aa083.txt"
    )


def test_import_of_a_page_outside_the_corpus_records_its_file_name(tmp_path: Path) -> None:
    result = import_file(raw_file("003"), tmp_path / "elsewhere")
    assert front_matter(result.path.read_text(encoding="utf-8"))["raw"] == (
        "003_e4048f8959030e39.txt"
    )


def test_shorter_copy_imported_second_is_skipped(tmp_path: Path) -> None:
    corpus = setup_corpus(tmp_path, "000", "001")
    full = import_file(corpus / "raw" / raw_file("001").name, corpus)
    short = import_file(
        corpus / "raw" / raw_file("000").name, corpus, title="A Day in the Life (short)"
    )
    assert (full.status, short.status) == ("written", "skipped")
    assert short.path is None and short.duplicate_of == full.path
    assert [p.name for p in (corpus / "articles").glob("*.md")] == [full.path.name]


def test_fuller_copy_imported_second_replaces_the_shorter(tmp_path: Path) -> None:
    corpus = setup_corpus(tmp_path, "000", "001")
    short = import_file(
        corpus / "raw" / raw_file("000").name, corpus, title="A Day in the Life (short)"
    )
    full = import_file(corpus / "raw" / raw_file("001").name, corpus)
    assert (short.status, full.status) == ("written", "replaced")
    assert full.duplicate_of == short.path
    assert [p.name for p in (corpus / "articles").glob("*.md")] == [full.path.name]
    assert "Skills You Need\n\n- Python" in full.path.read_text(encoding="utf-8")


def test_importing_the_same_page_twice_is_a_no_op(tmp_path: Path) -> None:
    first = import_file(raw_file("003"), tmp_path)
    before = first.path.read_bytes()
    again = import_file(raw_file("003"), tmp_path)
    assert again.status == "skipped" and again.duplicate_of == first.path
    assert first.path.read_bytes() == before


def test_a_different_article_with_the_same_title_is_refused(tmp_path: Path) -> None:
    import_file(raw_file("003"), tmp_path)
    with pytest.raises(ImportRawError, match="--title"):
        import_file(
            raw_file("002"), tmp_path, title="What Does a Machine Learning Engineer Actually Do?"
        )


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportRawError, match=r"nope\.txt: no such file"):
        import_file(tmp_path / "nope.txt", tmp_path)


def test_not_utf8(tmp_path: Path) -> None:
    raw = tmp_path / "latin1.txt"
    raw.write_bytes("Title\nCaf\xe9 society".encode("latin-1"))
    with pytest.raises(ImportRawError, match=r"latin1\.txt: not UTF-8 text \(byte 0xe9 on line 2"):
        import_file(raw, tmp_path)


def test_empty_file(tmp_path: Path) -> None:
    raw = tmp_path / "empty.txt"
    raw.write_text(" \n\n", encoding="utf-8")
    with pytest.raises(ImportRawError, match=r"empty\.txt: the file is empty"):
        import_file(raw, tmp_path)


def test_nothing_left_after_cleaning(tmp_path: Path) -> None:
    raw = tmp_path / "form.txt"
    raw.write_text("Send us an enquiry\n\nAbout you\n\nWhat are you?(Required)\n", "utf-8")
    with pytest.raises(ImportRawError, match=r"form\.txt: nothing is left"):
        import_file(raw, tmp_path, title="Contact")
    assert not (tmp_path / "articles").exists()


def test_missing_title_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(ImportRawError, match=r"002_dbc4cc48e4271029\.txt: .*--title"):
        import_file(raw_file("002"), tmp_path)


def test_bad_manifest(tmp_path: Path) -> None:
    (tmp_path / "imports.yaml").write_text("- raw: raw/a.txt\n  colour: blue\n", "utf-8")
    with pytest.raises(ImportRawError, match="unknown keys"):
        import_manifest(tmp_path)
    (tmp_path / "imports.yaml").write_text("raw: raw/a.txt\n", "utf-8")
    with pytest.raises(ImportRawError, match="list"):
        import_manifest(tmp_path)


def test_synthetic_page_cleaning_rules() -> None:
    page = "\n".join([
        "Do I need a degree?",
        "Yes. Most employers still ask for one, although portfolios count.",
        "Hiring",
        "Teams hire all year round. Explore our full range of courses to find yours.",
        "Interviews usually involve:",
        "Salary guide",
        "A junior earns less than a senior, and pay rises with each promotion.",
        "FAQ",
        "No. You can start without any certificate at all.",
        "A smiling team of analysts gathered around a whiteboard covered in sticky notes",
        "“It changed my life.”",
        "- Sam, career changer",
        "Related posts",
        "    Ten tips for interviews",
        "    Read about interviews here…",
        "Published: 3 May 2025",
    ])
    result = convert(page, title="Data careers")
    assert result.front_matter == {"title": "Data careers", "published": dt.date(2025, 5, 3)}
    assert result.body == (
        "## Do I need a degree?\n\n"
        "Yes. Most employers still ask for one, although portfolios count.\n\n"
        "## Hiring\n\nTeams hire all year round.\n\n"
        "## Salary guide\n\n"
        "A junior earns less than a senior, and pay rises with each promotion.\n\n"
        "## FAQ\n\nYou can start without any certificate at all.\n\n"
        "> “It changed my life.”\n> - Sam, career changer\n"
    )


def test_orphan_faq_answers_lose_their_bare_yes() -> None:
    text = article("what-does-a-machine-learning-engineer-do")
    assert "## FAQ\n\nA machine learning engineer is a type of software engineer" in text
    assert "\nStrong programming skills are essential, particularly in languages" in text
    assert "Yes." not in text
