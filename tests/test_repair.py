"""Text repair: cp874 mojibake (intact and lossy), Windows-1252 mojibake, glued items."""

from __future__ import annotations

import pytest

from advisor.glue import PROTECTED_WORDS, split_glued
from advisor.mojibake import fix_cp874_runs, has_cp874_mojibake
from advisor.repair import repair_text

# A line of clean cp874 damage: the evidence that lets lone lead bytes be interpreted.
EVIDENCE = "Salary ยฃ40,000\n"


def repair_damaged(line: str) -> str:
    """Repair `line` on a page that shows cp874 damage elsewhere."""
    return repair_text(EVIDENCE + line).split("\n", 1)[1]


# --- cp874: intact damage --------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("ยฃ40,000 โ€“", "£40,000 –"),
        ("Juniorยฃ40,000 โ€“ ยฃ60,000$90,000", "Junior£40,000 – £60,000$90,000"),
        ("ML engineer ยท 4 years in", "ML engineer · 4 years in"),
        ("forward-thinking,ย\u00a0360ยฐย\u00a0recruitment", "forward-thinking, 360° recruitment"),
        ("over the past 12โ€“24 months.", "over the past 12–24 months."),
        ("itโ€\x99s", "it’s"),  # an undefined byte kept as a C1 control by the scraper
    ],
)
def test_intact_cp874_runs_are_decoded(before: str, after: str) -> None:
    assert repair_text(before) == after


def test_mixed_line_keeps_intact_characters_and_repairs_damaged_runs() -> None:
    before = "• Pay “ยฃ40,000 โ€“ ยฃ60,000” — a real “quote” and … stay"
    assert repair_text(before) == "• Pay “£40,000 – £60,000” — a real “quote” and … stay"


def test_intact_punctuation_alone_is_untouched() -> None:
    text = "“Quoted” — it’s fine… • bullet – dash"
    assert repair_text(text) == text
    assert not has_cp874_mojibake(text)


# --- cp874: lost bytes -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("0โ2 years experience", "0–2 years experience"),
        ("over the past 12โ24 months", "over the past 12–24 months"),
        ("Pay | Similarโlower | Hard", "Pay | Similar–lower | Hard"),
    ],
)
def test_lost_dash_between_digits_or_glued_words_is_an_en_dash(before: str, after: str) -> None:
    assert repair_damaged(before) == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "the technology reshaping the world โ recommendation engines, fraud detection",
            "the technology reshaping the world — recommendation engines, fraud detection",
        ),
        (
            "- Analytical rigour โ ML is full of subtle traps",
            "- Analytical rigour — ML is full of subtle traps",
        ),
    ],
)
def test_lost_dash_between_spaced_words_is_an_em_dash(before: str, after: str) -> None:
    assert repair_damaged(before) == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("โ False. Research roles often want one.", "False. Research roles often want one."),
        ("โ Advantages", "Advantages"),
        ("โ Reality: Strong maths helps a lot.", "Reality: Strong maths helps a lot."),
    ],
)
def test_lost_bullet_or_check_at_line_start_is_dropped(before: str, after: str) -> None:
    assert repair_damaged(before) == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("๐ค Big tech & AI labs", "Big tech & AI labs"),
        ("๐งช Applied ML engineer", "Applied ML engineer"),
        ("๐ AI startups", "AI startups"),
        ("Fun facts ๐ค", "Fun facts"),
        ("Ship it ๐ฆ today", "Ship it today"),
    ],
)
def test_lost_emoji_is_dropped(before: str, after: str) -> None:
    assert repair_damaged(before) == after


def test_run_of_lost_stars_is_dropped_with_the_clause_that_explained_it() -> None:
    before = "Rated against all professions, where โ โ โ = top 1% earners. Read on."
    assert repair_damaged(before) == "Rated against all professions. Read on."


def test_a_line_that_only_introduced_a_lost_rating_is_dropped() -> None:
    before = (
        "Rated against all professions globally, where โ โ โ โ โ โ โ โ โ โ = top 1% earners:"
    )
    assert repair_damaged(before) == ""


def test_run_of_lost_stars_without_a_clause_only_loses_the_run() -> None:
    assert repair_damaged("โ โ โ 4.5 out of 5") == "4.5 out of 5"
    assert repair_damaged("Rating: โ โ โ. Good value.") == "Rating. Good value."


def test_lone_lead_bytes_are_left_alone_without_mojibake_evidence() -> None:
    text = "0โ2 years โ False."
    assert not has_cp874_mojibake(text)
    assert repair_text(text) == text


@pytest.mark.parametrize(
    "thai",
    [
        "สวัสดีครับ ภาษาไทยเป็นภาษาที่สวยงาม",
        "โลกของเรา ยก รก เขต กรุงเทพมหานคร",
        "ประเทศไทย โดย ราคา ๑๒๓",
    ],
)
def test_genuine_thai_text_is_untouched(thai: str) -> None:
    assert repair_text(thai) == thai
    assert not has_cp874_mojibake(thai)
    # ... even on a page that has cp874 damage elsewhere.
    assert repair_damaged(thai) == thai


def test_fix_cp874_runs_marks_lost_characters_only_with_evidence() -> None:
    assert fix_cp874_runs("a โ b") == "a โ b"
    assert fix_cp874_runs("ยท a โ b") != "· a โ b"


# --- Windows-1252 ----------------------------------------------------------------------


def test_cp1252_mojibake_is_fixed_and_curly_quotes_are_kept() -> None:
    before = "itâ€™s a “fine” day â€” really, isnâ€™t it? Â£40"
    assert repair_text(before) == "it’s a “fine” day — really, isn’t it? £40"


def test_curly_quotes_are_not_straightened() -> None:
    assert repair_text("“Quoted” and ‘single’") == "“Quoted” and ‘single’"


def test_whitespace_is_normalised() -> None:
    assert repair_text("a\u00a0b\r\nc") == "a b\nc"


# --- glued list items and table cells --------------------------------------------------


def test_glued_list_items_are_separated() -> None:
    line = (
        "Python (NumPy, pandas, scikit-learn)Deep learning frameworks (TensorFlow, PyTorch)"
        "Statistics and probabilityData preprocessing and feature engineeringModel "
        "deployment (Docker, FastAPI)Natural language processingComputer vision"
    )
    assert split_glued(line) == [
        "Python (NumPy, pandas, scikit-learn)",
        "Deep learning frameworks (TensorFlow, PyTorch)",
        "Statistics and probability",
        "Data preprocessing and feature engineering",
        "Model deployment (Docker, FastAPI)",
        "Natural language processing",
        "Computer vision",
    ]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Statistics and probabilityData preprocessing", ["Statistics and probability",
                                                          "Data preprocessing"]),
        ("Model (Docker)Natural language", ["Model (Docker)", "Natural language"]),
        ("Experience LevelUK Salary RangeUS Salary Range",
         ["Experience Level", "UK Salary Range", "US Salary Range"]),
    ],
)
def test_each_seam_rule(before: str, after: list[str]) -> None:
    assert split_glued(before) == after


@pytest.mark.parametrize(
    "word",
    ["NumPy", "PyTorch", "FastAPI", "scikit-learn", "TensorFlow", "MLOps", "AWS", "DevOps",
     "JavaScript", "GitHub", "iOS", "macOS", "arXiv", "PhD", "OpenAI", "PostgreSQL"],
)
def test_protected_words_survive(word: str) -> None:
    assert split_glued(f"Tools like {word} and more") == [f"Tools like {word} and more"]
    assert split_glued(word) == [word]


@pytest.mark.parametrize("word", PROTECTED_WORDS)
def test_every_protected_word_survives_and_still_splits_from_a_glued_neighbour(
    word: str,
) -> None:
    assert split_glued(word) == [word]
    assert split_glued(f"Statistics and probability{word}") == [
        "Statistics and probability",
        word,
    ]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Junior£40,000 – £60,000$90,000 – $120,000",
         ["Junior", "£40,000 – £60,000", "$90,000 – $120,000"]),
        ("Mid-level£60,000 – £90,000$120,000 – $160,000",
         ["Mid-level", "£60,000 – £90,000", "$120,000 – $160,000"]),
        ("Senior£90,000 – £130,000+$160,000 – $200,000+",
         ["Senior", "£90,000 – £130,000+", "$160,000 – $200,000+"]),
    ],
)
def test_currency_glued_to_a_word_or_amount_starts_a_cell(
    before: str, after: list[str]
) -> None:
    assert split_glued(before) == after


@pytest.mark.parametrize(
    "line",
    [
        "Salary Range £28,000–£75,000",
        "It costs US$100 or A$150.",
        "See https://example.com/myPage and me@myDomain.com",
        "The neural network decided",
    ],
)
def test_lines_without_seams_are_returned_whole(line: str) -> None:
    assert split_glued(line) == [line]
