"""How common a word of the corpus is in English, and what that does to a question's weights."""

from __future__ import annotations

from advisor.analysis import Analyzer
from advisor.commonness import zipf_of_terms
from advisor.lexicon import Expansion
from advisor.respond import EVERYDAY_WEIGHT, Query


def test_everyday_words_are_commoner_than_the_field_s():
    analyzer = Analyzer()
    terms = ["read", "new", "bootcamp", "kubernet", "unsaid"]
    zipf = dict(zip(terms, zipf_of_terms(["I read new notes on Kubernetes bootcamps."], analyzer,
                                         terms), strict=True))
    assert zipf["read"] > 5 and zipf["new"] > 5  # (about 5.5 and 6.2)
    assert zipf["bootcamp"] < 3.5 and zipf["kubernet"] < 3.5
    assert zipf["unsaid"] == 0  # a term no text says


def test_an_everyday_word_weighs_less_in_the_search_unless_the_lexicon_knows_it(advisor):
    responder = advisor._responder
    index = responder.index
    assert index.zipf("read") > 5 > 3.5 > index.zipf("bootcamp")
    plain = Expansion({"read": 1.0, "bootcamp": 1.0}, {})
    weighed = responder._everyday_weighed(Query({"read": 2.0, "bootcamp": 2.0}, plain))
    assert weighed.weights == {"read": 2.0 * EVERYDAY_WEIGHT, "bootcamp": 2.0}
    known = Expansion({"read": 1.0}, {"read": (("study",),)})  # ... a synonym it knows
    assert responder._everyday_weighed(Query({"read": 2.0}, known)).weights == {"read": 2.0}
