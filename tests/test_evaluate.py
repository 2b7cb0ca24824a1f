"""The questions file format and the metrics of `advisor eval`."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from advisor.answer import Answer, Citation
from advisor.cli import main
from advisor.errors import AdvisorError
from advisor.evaluate import EvalQuestion, evaluate, load_questions, normalise_for_match

from support import SALARY_ARTICLE


def test_matching_ignores_case_dashes_quotes_and_spaces():
    assert normalise_for_match("£40,000 – £60,000") == normalise_for_match("£40,000 - £60,000")
    assert normalise_for_match("“You  must”") == normalise_for_match('"you must"')


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{q: x}", "a YAML list"),
        ("- {topic: pay}", "entry 1: needs a 'q'"),
        ("- {q: hi, topic: pay}", "either 'expect"),
        ("- {q: hi, expect: [a], refuse: true}", "either 'expect"),
        ("- [unclosed", "not a valid YAML"),
    ],
)
def test_bad_questions_file_names_the_problem(tmp_path, content, problem):
    path = tmp_path / "q.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AdvisorError, match=problem):
        load_questions(path)


def fake_ask(text: str, quote: str) -> Answer:
    citation = Citation(1, "a#b-1", "T", None, None, "S", quote, None, 1.0)
    return Answer(text, True, "pay", f"{quote} [1] more", [citation])


def test_metrics_count_answer_top_citation_and_declines():
    questions = [
        EvalQuestion("q1", "pay", expect=("40,000",)),
        EvalQuestion("q2", "pay", expect=("more",)),
        EvalQuestion("q3", "refuse", refuse=True),
    ]
    report = evaluate(lambda q: fake_ask(q, "£40,000"), questions)
    summary = report.summary()
    assert summary["answer_pass_rate"] == 1.0
    assert summary["top_citation_pass_rate"] == 0.5  # "more" is not in the first quote
    assert summary["declines_correct"] == 0
    assert [f["q"] for f in report.to_dict()["failures"]] == ["q2", "q3"]


def test_eval_command_reports_and_checks(make_corpus, tmp_path):
    corpus_dir = make_corpus({"pay.md": SALARY_ARTICLE})
    questions = tmp_path / "q.yaml"
    questions.write_text(
        '- {q: "What do juniors earn in the UK?", topic: pay, expect: ["£40,000"]}\n'
        '- {q: "Best pizza topping?", topic: refuse, refuse: true}\n',
        encoding="utf-8",
    )
    runner = CliRunner()
    result = runner.invoke(main, ["--corpus", str(corpus_dir), "eval", str(questions), "--json"])
    assert result.exit_code == 0
    summary = json.loads(result.stdout)["summary"]
    assert summary["answer_pass_rate"] == 1.0
    assert summary["declines_correct"] == 1
    text = runner.invoke(main, ["--corpus", str(corpus_dir), "eval", str(questions), "--check"])
    assert text.exit_code == 0
    assert "answer pass rate 100.00%" in text.stdout


def test_eval_check_fails_below_targets(make_corpus, tmp_path):
    corpus_dir = make_corpus({"pay.md": SALARY_ARTICLE})
    questions = tmp_path / "q.yaml"
    questions.write_text('- {q: "What do juniors earn?", expect: ["nonsense"]}\n', encoding="utf-8")
    result = CliRunner().invoke(
        main, ["--corpus", str(corpus_dir), "eval", str(questions), "--check"]
    )
    assert result.exit_code == 1
    assert "quality targets missed" in result.output
