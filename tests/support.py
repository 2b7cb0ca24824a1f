"""Constants shared by the tests (tests/ is on sys.path, so `from support import ...`)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

SALARY_ARTICLE = """---
title: What Does a Machine Learning Engineer Do?
publisher: Adria Solutions
published: 2026-04-01
---

## How much does a machine learning engineer earn?

| Experience Level | UK Salary Range | US Salary Range |
|---|---|---|
| Junior | £40,000 – £60,000 | $90,000 – $120,000 |
| Senior | £90,000 – £130,000+ | $160,000 – $200,000+ |

In our experience, candidates with strong MLOps skills command the highest salaries.

## Technical skills

To understand the role, look at the skills required:

- Strong programming ability, typically in Python
- Experience with machine learning frameworks such as TensorFlow or PyTorch
"""
