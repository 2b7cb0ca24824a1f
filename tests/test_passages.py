"""Passages: section-aware, sentence-aligned, with ids that other articles cannot change."""

from __future__ import annotations

from pathlib import Path

from advisor.articles import Article
from advisor.corpus import load_corpus
from advisor.passages import split_passages, split_sentences

from support import SALARY_ARTICLE


def article(body: str, slug: str = "guide") -> Article:
    return Article(slug=slug, title="Guide", body=body, path=Path(f"{slug}.md"))


def test_ids_carry_article_and_section_and_count():
    body = "## Skills You Need\n\n" + "\n\n".join(
        f"Sentence number {i} is about Python and statistics for the job." for i in range(30)
    )
    passages = split_passages(article(body))
    assert [p.id for p in passages][:3] == [
        "guide#skills-you-need-1",
        "guide#skills-you-need-2",
        "guide#skills-you-need-3",
    ]
    assert all(p.section == "Skills You Need" for p in passages)


def test_text_before_first_heading_is_the_intro():
    [passage] = split_passages(article("Opening words of the article."))
    assert passage.id == "guide#intro-1"
    assert passage.section == ""


def test_passages_never_cross_a_heading_or_cut_a_sentence():
    long_paragraph = " ".join(f"This is sentence {i} of a long paragraph." for i in range(40))
    body = f"## One\n\n{long_paragraph}\n\n## Two\n\nShort."
    passages = split_passages(article(body))
    assert {p.section for p in passages} == {"One", "Two"}
    for passage in passages:
        assert all(unit.text.endswith(".") for unit in passage.units)
        assert len(passage.text.split()) <= 90


def test_list_stays_with_its_intro_and_renders_as_list():
    body = "## Tools\n\nCommon tools include:\n\n- Python\n- Docker\n- Kubernetes\n"
    [passage] = split_passages(article(body))
    assert passage.text == "Common tools include:\n- Python\n- Docker\n- Kubernetes"


def test_table_rows_read_on_their_own_with_headers(make_corpus):
    corpus = load_corpus(make_corpus({"pay.md": SALARY_ARTICLE}))
    rows = [u.text for p in corpus.passages for u in p.units if u.kind == "row"]
    assert rows[0] == (
        "Junior — UK Salary Range: £40,000 – £60,000; US Salary Range: $90,000 – $120,000"
    )


def test_quote_is_one_unit():
    body = "## Voices\n\n> “That moment is addictive.”\n> — ML Engineer, Cambridge\n"
    [passage] = split_passages(article(body))
    assert [u.kind for u in passage.units] == ["quote"]
    assert passage.units[0].text == "“That moment is addictive.” — ML Engineer, Cambridge"


def test_adding_an_article_does_not_change_existing_ids(make_corpus):
    before = [p.id for p in load_corpus(make_corpus({"b.md": SALARY_ARTICLE})).passages]
    other = "---\ntitle: Other\n---\n\n## Skills\n\nStatistics and probability matter.\n"
    after = [p.id for p in load_corpus(make_corpus({"a.md": other})).passages]
    assert set(before) <= set(after)


def test_sentence_split_keeps_abbreviations_and_numbers():
    text = "Tools, e.g. Docker, matter. Pay rose 2.5 percent in 2026. Then it fell!"
    assert split_sentences(text) == [
        "Tools, e.g. Docker, matter.",
        "Pay rose 2.5 percent in 2026.",
        "Then it fell!",
    ]


def test_quoted_claim_keeps_its_verdict_and_reason():
    text = (
        '"You must have a PhD." False. Research roles often want one, but builders get hired. '
        "Demand is rising."
    )
    assert split_sentences(text) == [
        '"You must have a PhD." False. Research roles often want one, but builders get hired.',
        "Demand is rising.",
    ]
    assert split_sentences("“It's only for geniuses.” Reality: practice matters.") == [
        "“It's only for geniuses.” Reality: practice matters."
    ]


def test_a_sentence_about_the_article_itself_is_not_indexed():
    body = "This guide covers the skills and the honest downsides. Python is the main skill."
    [passage] = split_passages(article(body))
    assert [unit.signposts for unit in passage.units] == [True, False]
    assert "downsides" not in passage.index_text
    assert "Python is the main skill." in passage.index_text


def test_a_subsection_shows_where_it_sits_and_keeps_its_own_id():
    body = (
        "## Industries that hire\n\n### Finance\n\nFraud detection and trading.\n\n"
        "### Healthcare\n\nDiagnostics and imaging.\n\n## Salary\n\nJuniors earn well."
    )
    passages = split_passages(article(body))
    assert [(p.id, p.section, p.heading) for p in passages] == [
        ("guide#finance-1", "Industries that hire › Finance", "Finance"),
        ("guide#healthcare-1", "Industries that hire › Healthcare", "Healthcare"),
        ("guide#salary-1", "Salary", "Salary"),
    ]
    assert "Industries that hire" in passages[0].index_text


def test_a_title_heading_heads_no_section():
    body = "# Salary guide\n\n## Skills\n\nPython matters.\n\n## Pay\n\nJuniors earn well."
    assert [p.section for p in split_passages(article(body))] == ["Skills", "Pay"]
    # two top-level headings are sections, and their subsections sit under them
    body = "# Skills\n\n## Python\n\nPython matters.\n\n# Pay\n\nJuniors earn well."
    assert [p.section for p in split_passages(article(body))] == ["Skills › Python", "Pay"]


def test_each_answer_of_an_faq_is_a_passage_of_its_own():
    answers = [
        "An ML engineer builds and deploys models.",
        "ML engineers focus on models, while AI engineers work more broadly.",
        "Python is essential.",
    ]
    salary = "## Salary\n\nJuniors earn well.\n\nSeniors more."
    body = "## FAQ\n\n" + "\n\n".join(answers) + "\n\n" + salary
    passages = split_passages(article(body))
    assert [(p.id, p.text) for p in passages[:3]] == [
        (f"guide#faq-{n}", text) for n, text in enumerate(answers, start=1)
    ]
    assert [p.text for p in passages[3:]] == ["Juniors earn well. Seniors more."]  # packed
