"""How common each indexed word is in everyday English, on wordfreq's Zipf scale (about 7 for
"the", 5.5 for "read", 4 for "salary"; 0 for a word rarer than its short list holds, such as
"bootcamp", or one it has never seen).

A small corpus's IDF cannot tell an everyday word it happens to use rarely ("new", "keep",
"read") from a word of the field ("bootcamp", "drift"); general English can. Worked out
when the index is built, for the words the corpus uses, and cached with it: answering a
question never loads the frequency list.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

import numpy as np

from advisor.analysis import Analyzer

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
WORDLIST = "small"  # wordfreq's list of the commonest words: loads in a fraction of a second


def zipf_of_terms(texts: Iterable[str], analyzer: Analyzer, terms: list[str]) -> np.ndarray:
    """For each of `terms`, the Zipf frequency of the commonest word of `texts` that the
    analyzer turns into it alone ("reading" and "reads" into "read"); 0 for the others."""
    from wordfreq import get_frequency_dict  # (slow to import: only when an index is built)

    frequency = get_frequency_dict("en", wordlist=WORDLIST)  # (a word's share of all words)
    words = {word.lower() for text in texts for word in WORD.findall(text)}
    position = {term: n for n, term in enumerate(terms)}
    zipf = np.zeros(len(terms), dtype=np.float32)
    for word in words & frequency.keys():  # (the others stay 0)
        analysed = analyzer.terms(word)
        if len(analysed) == 1 and (n := position.get(analysed[0])) is not None:
            zipf[n] = max(zipf[n], math.log10(frequency[word]) + 9)
    return zipf
