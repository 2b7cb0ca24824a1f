"""How a question is understood: analysis, lexicon expansion and topic routing."""

from __future__ import annotations

import pytest

from advisor.analysis import (
    Analyzer,
    about_asker,
    asking_apart,
    conversation_removed,
    told_after_asking,
    years_stated,
)
from advisor.errors import CorpusError
from advisor.lexicon import (
    EXPANSION_WEIGHT,
    Expansion,
    Lexicon,
    LexiconData,
    load_lexicon_data,
    with_pairs,
)
from advisor.topics import TopicRouter, asks_yes_or_no, wants_list

ANALYZER = Analyzer()
LEXICON = Lexicon(
    LexiconData(
        synonyms=[
            ["salary", "pay", "paycheck"],
            ["machine learning", "ml"],
            ["self-taught", "teach myself"],
            ["responsibilities", "tasks", "work on"],
            ["research scientist", "researcher"],
            ["software developer", "software dev"],
            ["break in", "get into"],
            ["data engineer", "data engineering"],  # one phrase, however it is said
            ["soft skills", "people skills"],
            ["data structures", "leetcode"],
            ["collaborate", "work with"],
            ["large language models", "llms", "chatbots"],
            ["ml engineer", "mle"],
            ["worthwhile", "worth it"],  # "worth" alone is a word of asking ("worth learning")
            ["downsides", "disadvantages", "worst part", "bad side"],
            ["junior", "beginner", "no experience yet"],
            ["keep learning", "upskill", "skill up", "done learning"],
            ["growing", "on the rise"],
        ],
        field_words=["machine learning", "ml"],
    ),
    ANALYZER,
)
ROUTER = TopicRouter(ANALYZER)


def route(question: str) -> str | None:
    terms = ANALYZER.terms(question)
    expansion = LEXICON.expand(terms, question)  # (as the responder routes: with what is implied)
    return ROUTER.route(question, expansion.free(list(expansion.asked)), expansion.indirect())


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("production", "products"),
        ("experience", "experiments"),
        ("engineer", "engines"),
        ("responsibilities", "responsible"),
        ("breaking", "break"),  # breaking things is not how people break in
        ("hands-on", "hands"),
        ("meetings", "meet"),  # stand-ups, not meeting demand
        ("management", "manager"),
        ("busy", "business"),
        ("openings", "open"),  # job openings, not open research
        ("positions", "positive"),
        ("personality", "personal"),  # (not personal projects)
        ("doctorate", "doctor"),  # careers are declined, the words near them are not
        ("market", "marketer"),
        ("account", "accountant"),
        ("translate", "translator"),
        ("partly", "part"),
    ],
)
def test_words_of_different_meaning_keep_different_stems(first: str, second: str) -> None:
    assert ANALYZER.terms(first) != ANALYZER.terms(second)


def test_the_plural_of_an_acronym_is_the_acronym() -> None:
    assert ANALYZER.terms("MLEs") == ANALYZER.terms("MLE")


def asked(question: str) -> list[str]:
    return ANALYZER.terms(conversation_removed(question))


def test_conversational_phrases_say_nothing_of_the_subject() -> None:
    assert asked("will I end up mentoring people at some point?") == ["mentor", "peopl"]
    assert asked("accuracy is all that matters, right?") == ["accuraci"]
    assert "end" in asked("owning models end-to-end")  # not "end up"
    assert asked("skills in the end-to-end pipeline")[1] == "end-to-end"  # not "in the end"
    assert "right" in asked("is this job right for you?")  # not a tag question
    assert asked("isn't it just calling an API these days?") == ["call", "api"]  # not a day
    assert asked("genuine question, what's on the to do list?") == ["list"]
    # (hedges: "roughly" found "Figures are rough global guides")
    assert asked("roughly how many years, mainly?") == ["year"]
    assert asked("ok prob dumb q but is the work done once shipped?") == ["work", "ship"]
    assert asked("wait is neural net stuff old??") == asked("is neural net stuff old??")
    assert "wait" in asked("how long do I wait for a promotion?")  # (only a message's pause)
    assert asked("wait, where do ML engineers work?") == asked("where do ML engineers work?")
    assert asked("hmm, ok so what do ML engineers do?") == asked("what do ML engineers do?")
    assert "wait" in asked("wait staff to ML, is that possible?")
    # what something is enough or needed for frames the question; unless it is all it says
    assert "job" not in asked("Is Python enough to get an ML job?")
    assert "job" in asked("what do I need to get a job?")
    assert asked("is a portfolio necessary to get a job?") == ["portfolio", "necessari"]
    assert asked("what do the senior folks do that juniors don't?") == ["senior"]
    assert "scientist" in asked("what do MLEs do that data scientists don't?")  # compares
    assert asked("what do seniors know that juniors don’t?") == ["senior"]
    assert "bootcamp" in asked("is there anything that bootcamps don't teach?")  # (the subject)
    assert asked("what do you need to do well as an ML engineer?") == ["ml", "engineer"]
    assert "well" in asked("is it well paid?")  # not "doing well"
    assert asked("what degree do people in these jobs typically have?") == ["degre"]
    assert asked("which MLOps tools are worth learning?") == ["mlop", "tool", "learn"]
    assert asked("it feels like ML seems pretty easy?") == ["ml", "easi"]
    assert "feel" in asked("what does it feel like to be an ML engineer?")  # what is asked
    assert asked("what steps should I take?") == asked("what should I do?")  # how, not a step
    assert asked("why is everyone hiring MLEs? what changed") == ["hire", "mle"]  # why again
    assert asked("ML or research engineer: how do the two jobs differ?") == asked(
        "ML or research engineer: how do they differ?"
    )
    assert "job" in asked("where are the jobs?")  # the jobs themselves
    # (what people online make it sound like is a belief told, not its subject)
    assert asked("people online make it sound like ML is easy. true?") == ["ml", "easi", "true"]
    assert "peopl" in asked("what do people online get wrong about ML?")  # (whom it asks of)
    assert asked("give me a real ML project") == ["real", "ml", "project"]  # (no "giving")
    assert asked("concretely, what code is it?") == ["code"]  # (no "concrete paths")
    # (a person who retrains as something switches careers; a model is retrained as needed)
    retrain, switch = "I'll retrain as a data scientist", "I'll switch as a data scientist"
    assert asked(retrain) == asked(switch)
    assert "retrain" in ANALYZER.terms("retraining as needed")
    assert "retrain" in ANALYZER.terms("how do you put retraining into production?")
    assert asked("what changes when you go from junior to senior?") == ["junior", "senior"]
    assert "chang" in asked("what changes when you move to Manchester?")
    # (spending time on a thing, as part of the job, asks about the thing; but how the time
    # is shared out is still asked)
    assert asked("Do they spend time reading research as part of the job?") == [
        "read",
        "research",
    ]
    assert "time" in asked("do they spend most of their time building models?")
    assert asked("do they read papers on the job?") == asked("do they read papers at work?")
    assert asked("do they read papers on the job?") == ["read", "paper"]
    assert "job" in asked("is ML engineering mostly learnt on the job?")  # (by doing)
    # (where a claim was seen is not what is asked about)
    assert asked("saw a tiktok saying AI will replace engineers") == asked(
        "AI will replace engineers"
    )
    assert "tiktok" in asked("how much time do people spend on tiktok?")
    assert asked("how often do experiments fail?") == asked("do experiments fail?")
    # (a kind of thing after a hyphen is the thing; chat spellings are the words meant)
    assert asked("copilot-type tools") == asked("copilot tools")
    assert asked("has anyone gotten in without one?") == asked("has anyone got in without one?")
    assert asked("which langs should i learn") == asked("which languages should i learn")
    assert asked("what seperates strong candidates") == asked("what separates strong candidates")
    assert "entry-level" in asked("entry-level roles")  # (a level, not a kind)
    assert asked("R-style statistics") == asked("R statistics")  # (R, not chat's "r")
    # (who would not enjoy the work is who it is not for, however hedged)
    assert asked("who would probably not enjoy it?") == asked("who would not enjoy it?")
    assert "unsuit" in asked("who wouldn't really enjoy it?")
    assert "unsuit" not in asked("i do not really like my current job, should i move to ML?")
    assert asked("walk me thru a full day") == ["full", "day"]
    assert asked("thinking of going freelance") == ["freelanc"]
    assert asked("could you explain what MLOps is?") == ["mlop"]
    assert asked("will AI tools make life easier for engineers?") == ["ai", "tool", "engineer"]
    assert "explain" in asked("why is it hard to explain a model?")
    assert "think" in asked("is analytical thinking about data a skill?")
    assert asked("my github is just a bunch of notebooks") == ["github", "notebook"]
    assert asked("is ethics a thing or is that just PR fluff?") == ["ethic"]
    assert asked("exceptionally gifted at maths") == ["gift", "math"]
    assert asked("standups") == asked("stand-ups")
    assert asked("what are comps like?") == ["comp"]  # (compensation as often as competitions)
    assert "part" in asked("which part of the job is hardest?")
    # (the part or role someone plays in a thing is what they do in it)
    assert asked("what part does an ML engineer play in building pipelines?") == [
        "ml", "engineer", "build", "pipelin",
    ]
    assert asked("Docker plays a key role in deployment") == ["docker", "deploy"]
    assert "role" in asked("what roles do ML engineers take on?")
    assert "play" in asked("what part do i play in a band?")  # (the asker's part: no idiom)
    assert asked("is a couple of kaggle notebooks enough?") == asked("are kaggle notebooks enough?")
    assert "futur" in asked("will there be ML jobs in a couple of years?")  # (a time to come)
    assert asked("the diff between DS and MLE") == asked("the difference between DS and MLE")
    assert asked("ds vs mle whats the diff") == asked("ds vs mle whats the difference")
    assert "diff" in asked("seen wildly diff numbers")  # (different, not a comparison)
    assert "diff" in asked("what are the diff types of ML engineer?")
    assert "diff" in asked("how do I read a git diff?")
    # (a span of years of experience said as the articles say it)
    assert asked("between two and five years of experience") == asked("2-5 years experience")
    assert asked("two to five years in") == asked("2–5 years in")
    assert "three" in asked("three years in, what now?")
    # (... but not a time to come, taken or spent)
    assert "five" in asked("does it take two to five years to become an ML engineer?")
    assert "three" in asked("will they be in demand in two to three years?")
    assert "three" in asked("is spending two to three years on a PhD worth it?")


def test_who_a_career_is_not_for_is_one_word_in_articles_and_questions() -> None:
    said = ANALYZER.terms("Maybe not for you if...")
    assert said == ANALYZER.terms("who should NOT go into this?")
    assert said == ANALYZER.terms("who is it not a good fit for?") != []
    assert said == ANALYZER.terms("it isn't for everyone")  # the contraction too
    assert said == ANALYZER.terms("who wouldn't enjoy it?") == ANALYZER.terms("won't suit")
    assert ANALYZER.terms("you shouldn't do that") == []  # advice, not who it is for
    assert ANALYZER.terms("is it for you?") == []  # no negation, nothing said


def test_what_a_thing_is_a_kind_of_is_said_in_one_word() -> None:
    kind = ANALYZER.terms("An MLE is a type of software engineer")
    assert kind == ANALYZER.terms("MLE a kind of software engineer?")
    assert kind == ["mle", "kindof", "softwar", "engineer"]
    assert "kindof" not in ANALYZER.terms("what kind of maths do I need?")  # asks which
    fair = asked("would it be fair to call ML engineering a branch of it?")
    assert fair == ["ml", "engineer", "kindof"]
    # "basically just a", "a glorified": what a thing is said to be, and the meme's "with
    # extra steps" adds nothing
    meme = asked("is an MLE basically just a software engineer with extra steps?")
    assert meme == kind
    assert "kindof" in ANALYZER.terms("isn't a data scientist a glorified statistician?")
    assert "kindof" not in ANALYZER.terms("is it basically just an API call?")  # no role
    assert "kindof" not in ANALYZER.terms("I'm basically an analyst, can I move into ML?")


def test_a_word_and_its_particle_are_one_word() -> None:
    assert ANALYZER.terms("team stand-ups") == ["team", "stand-up"]  # not "stand" (out)
    assert ANALYZER.terms("in-demand skills") == ["demand", "skill"]  # a leading stopword
    # words whose stem is a stopword are still words
    assert ANALYZER.terms("critical thinking, needs") == ["critic", "think", "need"]


def test_inflections_still_share_a_stem() -> None:
    assert ANALYZER.terms("a model they built") == ANALYZER.terms("a model they build")
    assert ANALYZER.terms("taught") == ["taught"]  # "self-taught" is its own word
    assert ANALYZER.terms("engineers engineering") == ANALYZER.terms("engineer engineer")
    # (however it is spelled: "specializations" are "specialisations", a "specialism" too)
    spelled = ("specialise", "specialize", "specialisations", "specializations", "specialism")
    assert len({tuple(ANALYZER.terms(word)) for word in spelled}) == 1
    for american, british in (("optimize", "optimise"), ("organizations", "organisations"),
                              ("containerized", "containerised"), ("analyzing", "analysing")):
        assert ANALYZER.terms(american) == ANALYZER.terms(british)
    assert ANALYZER.terms("sized prize citizen") == ["size", "prize", "citizen"]
    assert ANALYZER.terms("productionised") == ANALYZER.terms("production")


def test_expansion_never_outweighs_the_question_s_own_words() -> None:
    expansion = LEXICON.expand(ANALYZER.terms("what's the paycheck like?"))
    assert expansion.weights["paycheck"] == 1.0
    assert expansion.weights["salari"] == EXPANSION_WEIGHT
    assert expansion.weights["pay"] == EXPANSION_WEIGHT


def test_a_phrase_s_weight_is_shared_across_its_words() -> None:
    expansion = LEXICON.expand(ANALYZER.terms("do I need ML?"))
    assert expansion.weights["machin"] == expansion.weights["learn"] == EXPANSION_WEIGHT / 2


def test_a_phrase_that_stopwords_shorten_is_recognised_only_in_full() -> None:
    question = "what do you work on?"
    assert "task" in LEXICON.expand(ANALYZER.terms(question), question).weights
    question = "I work in retail"  # "work on" analyses to "work": no match without "on"
    assert "task" not in LEXICON.expand(ANALYZER.terms(question), question).weights


def test_a_phrase_shortened_to_a_general_word_stands_in_for_nothing() -> None:
    # ("worst part" is "part" once analysed: a text saying "part of the job" or "the
    # engineering side" names no downside)
    question = "what are the downsides?"
    expansion = LEXICON.expand(ANALYZER.terms(question), question)
    assert ("disadvantag",) in expansion.alternatives["downsid"]
    assert not {("part",), ("side",)} & set(expansion.alternatives["downsid"])
    # ... and, asked, is found in a text only through the phrase's synonyms
    question = "what's the worst part?"
    expansion = LEXICON.expand(ANALYZER.terms(question), question)
    assert expansion.general == {"part"} and ("downsid",) in expansion.alternatives["part"]


def test_a_phrase_shortened_to_the_word_it_turns_stands_in_for_nothing() -> None:
    # ("no experience yet" is "experience" once analysed: a text about experience is no
    # text about juniors)
    question = "what do juniors do?"
    expansion = LEXICON.expand(ANALYZER.terms(question), question)
    assert ("beginn",) in expansion.alternatives["junior"]
    assert ("experience",) not in expansion.alternatives["junior"]
    # (nor is "skill up" any "skill")
    question = "do I have to upskill forever?"
    expansion = LEXICON.expand(ANALYZER.terms(question), question)
    assert ("keep", "learn") in expansion.alternatives["upskil"]
    assert not {("skill",), ("learn",)} & set(expansion.alternatives["upskil"])
    # (but "on the rise" is "rise": "on" turns no verb there)
    question = "is hiring growing?"
    assert ("rise",) in LEXICON.expand(ANALYZER.terms(question), question).alternatives["grow"]


def test_a_phrase_of_stopwords_only_means_its_group_s_first_phrase() -> None:
    question = "how do I get into ML?"
    assert LEXICON.expand(ANALYZER.terms(question), question).asked == ("ml", "break")


def expanded(question: str) -> Expansion:
    return LEXICON.expand(ANALYZER.terms(question), question)


def found(question: str, text: str, term: str) -> bool:
    return expanded(question).found(term, with_pairs(ANALYZER.terms(text)))


def stood_in(question: str, text: str, term: str) -> bool:
    return expanded(question).stands_in(term, with_pairs(ANALYZER.terms(text)))


def test_two_synonyms_said_stand_in_for_each_other() -> None:
    question = "does leetcode (data structures) matter?"
    assert stood_in(question, "knowledge of data structures", "leetcod")
    # but a phrase that stopwords shorten is only its word in a text: "work" is no
    # evidence of collaborating
    question = "do you collaborate or work with nobody?"
    assert not stood_in(question, "you work hard", "collabor")


KINDS = Lexicon(
    LexiconData(kinds=[(["cloud"], ["aws", "google cloud"]), (["degree"], ["physics"])]),
    ANALYZER,
)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Which cloud providers should I get familiar with?", True),
        ("What are the main cloud platforms?", True),
        ("what kind of cloud experience do employers want?", True),
        ("types of cloud provider?", True),
        ("what’s the cloud side of the job?", True),  # ("what's", typed with any apostrophe)
        ("what does it take to get good at the cloud?", False),  # a verb before the kind
        ("what about cloud costs?", False),  # ... or a preposition
        ("what is the cloud bill like?", False),  # the kind's word naming another thing
        ("to what degree does it matter?", False),  # (the degree kind's word, as no kind)
        ("is an MLE a kind of cloud engineer?", False),  # what a thing is a kind of
    ],
)
def test_a_question_asking_which_kind_wants_its_examples(question: str, asks: bool) -> None:
    expansion = KINDS.expand(ANALYZER.terms(question), question)
    assert expansion.names_example(with_pairs(ANALYZER.terms("AWS or physics"))) == asks
    [aws] = ANALYZER.terms("aws")
    assert expansion.weights.get(aws, 0.0) == (EXPANSION_WEIGHT if asks else 0.0)


def test_organisations_are_read_from_the_lexicon_file(tmp_path) -> None:
    path = tmp_path / "lexicon.yaml"
    path.write_text("organisations: [acme, big corp]\n", encoding="utf-8")
    assert load_lexicon_data(path).organisations == ["acme", "big corp"]
    path.write_text("organisations: acme\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="organisations:"):
        load_lexicon_data(path)


def test_kinds_are_read_from_the_lexicon_file(tmp_path) -> None:
    path = tmp_path / "lexicon.yaml"
    path.write_text("kinds:\n  - {examples: [aws, azure], kind: [cloud]}\n", encoding="utf-8")
    assert load_lexicon_data(path).kinds == [(["cloud"], ["aws", "azure"])]


@pytest.mark.parametrize(
    "entry",
    [
        "{kind: [cloud], such as: [aws]}",  # a key it does not know
        "{kind: [cloud], examples: [aws], exmaples: [gcp]}",  # ... even beside the right one
        "{kind: cloud, examples: [aws]}",  # not a list
        "{kind: [], examples: [aws]}",  # nothing to match
        "{kind: [cloud], examples: []}",
        "{kind: [''], examples: [aws]}",  # a word of no letters would match any question
        "{kind: [c++], examples: [python]}",  # ... and so would one of one letter ("c...")
        "{kind: [cloud], examples: [[aws]]}",
        "[cloud, aws]",
    ],
)
def test_a_malformed_kinds_entry_is_named(tmp_path, entry: str) -> None:
    path = tmp_path / "lexicon.yaml"
    path.write_text(f"kinds:\n  - {entry}\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="kinds:"):
        load_lexicon_data(path)


def spelled(question: str, text: str, term: str) -> bool:
    return expanded(question).spelled_out(term, with_pairs(ANALYZER.terms(text)))


def test_an_acronym_spelled_out_is_the_word_itself() -> None:
    assert spelled("is it all LLMs now?", "large language models behind assistants", "llms")
    assert not spelled("is it all LLMs now?", "chatbots everywhere", "llms")  # a synonym
    assert spelled("what is ML?", "machine learning is", "ml")
    assert not spelled("ML engineers?", "machine learning is", "ml")  # said inside a phrase


def test_a_word_said_inside_a_phrase_is_found_only_in_that_sense() -> None:
    assert found("research scientist or ML?", "research scientists publish", "scientist")
    assert not found("research scientist or ML?", "data scientists explore", "scientist")
    assert found("regular software dev?", "a software developer", "softwar")  # a synonym
    assert found("is python a must?", "python everywhere", "python")  # said on its own
    # a group whose phrases all analyse alike still makes its words one phrase
    assert not found("vs a data engineer?", "a data scientist explores", "data")
    assert found("vs a data engineer?", "the data engineering team", "data")


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("How much do juniors earn?", "pay"),
        ("what's the paycheck like?", "pay"),  # through a one-word synonym
        ("which skills get the best paycheck?", "skills"),  # ... which counts half, once
        ("which people skills matter?", "skills"),  # the word a phrase ends on, half
        ("what is machine learning?", None),  # ... unless the phrase is the field itself
        ("can I teach myself?", "education"),  # "teach myself" -> "self-taught"
        ("Do ML engineers deploy models to production?", None),  # ML is not "learning"
        ("neural networks are a pretty recent invention, right?", "myths"),  # a belief checked
        ("my mate reckons the job is just calling an API", "myths"),  # what others say
        ("surely the job is mostly calling an API?", "myths"),  # a belief put forward
        ("I imagine the job is designing architectures, is that accurate?", "myths"),
        ("is it cutting-edge research or is that just hype? be honest", "myths"),
        ("is the job market crashing or is that just twitter hype?", "market"),  # (it says)
        ("heard juniors make ~45k, is that right?", "pay"),  # a salary said without its £
        ("is a 10k image dataset enough for a portfolio project?", None),  # a count, no pay
        ("I want to be an ML engineer in 6 months, is that realistic?", None),  # no belief
        ("Is most of the job exciting cutting-edge research?", "myths"),  # what it mostly is
        ("isn't the job basically data cleaning?", "myths"),
        ("Is most of the work in London jobs?", "market"),  # (not where it is done)
        ("is the job mostly remote jobs?", "market"),
        ("Is most of your day spent in meetings?", "tasks"),  # (nor the asker's day)
        ("is the right answer to pick python?", "skills"),  # "right" asks nothing here
        ("How do I become a machine learning engineer?", None),  # nor is machine learning
        ("What's the weather in Paris?", None),
        ("is data science a better fit than ML engineering?", "comparison"),  # "than" compares
        ("what do ML engineers do other than training models?", None),  # ... but not here
        ("is it worth it if I'm older than 40?", "outlook"),  # ... nor against a number
        ("data scientist or MLE, which writes more code?", "comparison"),  # a role each side
        ("should I learn python or R?", "skills"),  # ... but these are no roles
        ("is an MLE the same thing as an AI engineer?", "comparison"),  # overlap or not
    ],
)
def test_routing(question: str, topic: str | None) -> None:
    assert route(question) == topic


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Do ML engineers deploy models to production?", "tasks"),  # what the job does
        ("i hate when stuff doesnt work first try", "outlook"),  # how it feels
        ("do u need to be super careful?", "skills"),  # a hint that is a stopword
        ("what's a good name for my dog?", None),
    ],
)
def test_a_question_no_cue_routes_leans_by_its_hints(question: str, topic: str | None) -> None:
    assert route(question) is None
    assert ROUTER.lean(question, ANALYZER.terms(question)) == topic


@pytest.mark.parametrize(
    ("question", "asking", "besides"),
    [
        ("backend dev here, 6 yrs exp. do people move into ML?", "do people move into ML?",
         "backend dev here, 6 yrs exp."),
        ("Is a PhD needed? I have a master's.", "Is a PhD needed?", "I have a master's."),
        ("kubernetes... do I really need it?", "kubernetes... do I really need it?", ""),
        ("what do juniors earn?", "what do juniors earn?", ""),
        ("I hate bugs. Would I hate this career?", "Would I hate this career?", "I hate bugs."),
        ("I'm 34. Is a bootcamp worth it?", "Is a bootcamp worth it?", "I'm 34."),  # no "it" back
        # "they" of the people the asking sentence names itself points nowhere before it
        ("I'm a barista. When does an AI specialist start, and what do they do first?",
         "When does an AI specialist start, and what do they do first?", "I'm a barista."),
        ("I love pizza. Would an ML engineer like it?",  # ... but "it" still points back
         "I love pizza. Would an ML engineer like it?", ""),
        # a first sentence's "they" cannot point back at what comes after it
        ("what do ai people do when they log on? i picture coffee lol",
         "what do ai people do when they log on?", "i picture coffee lol"),
        # an abbreviation's full stop ends no sentence
        ("which pays more at big tech e.g. Google?", "which pays more at big tech e.g. Google?",
         ""),
    ],
)
def test_the_sentence_that_asks_is_told_apart(question: str, asking: str, besides: str) -> None:
    assert asking_apart(question) == (asking, besides)


@pytest.mark.parametrize(
    ("besides", "of_asker"),
    [
        ("Im a backend dev, 6 yrs in.", "Im a backend dev, 6 yrs in."),
        ("backend dev here.", "backend dev here."),
        ("which bits specifically, i dropped it after gcse", "i dropped it after gcse"),
        ("someone told me I need sagemaker", ""),  # what others say is said of the subject
        ("could i go solo?", ""),  # a question asks
        ("I like finding insights in data.", ""),  # what they like is what they ask about
        ("31, working in retail in birmingham.", "31, working in retail in birmingham."),
        ("2024 was a big year for AI.", ""),  # (a year, not an age)
    ],
)
def test_what_is_said_of_the_asker_is_told_apart(besides: str, of_asker: str) -> None:
    assert about_asker(besides) == of_asker


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("what temperament do u need for ai work, im v impatient lol", "im v impatient lol"),
        ("is a bootcamp worth it, I'm 34 and work in logistics", "I'm 34 and work in logistics"),
        ("teacher in leeds here, is landing a junior job realistic?", ""),  # (opens telling)
        ("is it worth it, I'm learning it anyway", ""),  # (points back at what was asked)
        ("is ML a good career, I love pizza", ""),  # (what they love is asked about)
    ],
)
def test_what_a_sentence_tells_of_the_asker_after_asking(sentence: str, told: str) -> None:
    assert told_after_asking(sentence)[0] == told


def test_what_a_question_sets_aside_is_not_asked() -> None:
    assert asked("Apart from the techy stuff, what people skills matter?") == ["peopl", "skill"]
    assert asked("Other than Python, which languages?") == ["languag"]
    assert asked("beyond the tech side, what people skills?") == ["peopl", "skill"]
    assert asked("Forget the nice-to-haves — what skills matter?") == ["skill"]
    assert asked("forget the nice-to-haves - what skills matter?") == ["skill"]
    assert "senior" in asked("What's beyond senior ML engineer, and how do I get there?")
    assert "math" in asked("Don't forget about maths, is it needed?")  # not opening a clause
    # (but not to its end: "which cities apart from London hire?" asks about the hiring)
    assert "hire" in asked("Which cities apart from London hire ML engineers?")


def test_a_heading_naming_the_field_is_not_about_learning() -> None:
    heading = "Where do machine learning engineers work?"
    assert ROUTER.topics_of(frozenset(ANALYZER.terms(heading))) == {"skills"}  # "learn"
    assert not ROUTER.topics_of(frozenset(LEXICON.outside_field(ANALYZER.terms(heading))))
    skills = "Machine learning skills you need"
    assert ROUTER.topics_of(frozenset(LEXICON.outside_field(ANALYZER.terms(skills)))) == {
        "skills"
    }


@pytest.mark.parametrize(
    ("question", "topic", "listed"),
    [
        ("what skills do I need?", "skills", True),
        ("Do ML engineers build data pipelines?", "tasks", False),  # yes or no
        ("is SQL one of the skills?", "skills", False),
        ("How much do juniors earn?", "pay", False),  # pay answers are figures
    ],
)
def test_a_list_is_wanted_by_a_question_asking_what_its_topic_lists(
    question: str, topic: str, listed: bool
) -> None:
    assert wants_list(question, topic) is listed


@pytest.mark.parametrize(
    ("question", "yes_or_no"),
    [
        ("total newbie here, where do I even start?", False),
        ("give me a step by step roadmap into ai", False),
        ("I'm 30, would a bootcamp be enough to switch into ML?", True),
        ("what do juniors earn, and is it enough to live on?", True),  # a clause asks it
    ],
)
def test_a_question_asked_yes_or_no_is_told_apart(question: str, yes_or_no: bool) -> None:
    assert asks_yes_or_no(question) is yes_or_no


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("what does an ML engineer with a few years of experience do?", 3),
        ("about 3 yrs in as an MLE, what's expected of me?", 3),
        ("what do people with 5+ years in ML spend their time on?", 5.5),
        ("rough pay for a 3-4 yrs in MLE?", 3.5),
        ("will the tools still matter in a few yrs?", None),  # to come
        ("what I learned two years ago, is it obsolete?", None),
        ("backend dev here, 6 yrs exp. do people move into ML?", None),  # (the asker's, beside)
        ("I'm 20 years old, is it too late?", None),  # an age
        ("should I do a 4 year PhD for ML?", None),  # a course's length
        ("what about 5 years down the line?", None),  # to come
        ("it takes 3–5 years to become senior, right?", None),  # how long something takes
        ("I spent 10 years as a teacher, can I switch?", None),  # another career's
        ("3 to 5 years in, what do I own?", 4),
        ("What does an ML engineer with 3 years as an MLE usually own?", 3),  # (this job's)
        ("1 yr in as an MLE, what should I own?", 1),
        ("Should I take a senior role with 3 years experience?", 3),
        ("two to five years in, what do I own?", 3.5),
        ("for the last 4 years I have done ML, what now?", 4),
        ("it takes most people about 3-5 years to become senior, right?", None),
        ("the course lasts 2 years and I have 4 years experience", 4),
        ("3 years as a data scientist, can I move over?", None),  # (another job's)
        ("ive been a backend dev for 5 yrs, what carries over to MLE?", None),  # (... too)
        ("I've been an ML engineer for 3 years, what next?", 3),
        ("I have 3 years as a machine-learning engineer, am I mid-level?", 3),
        ("4 years as a senior ML engineer, what next?", 4),
        ("I've been taking ML projects for 4 years, what now?", 4),
        ("what is expected with between two and five years of experience?", 3.5),
        ("what do I take on with more than five years of experience?", 5.5),  # (5+)
        ("at least 3 years in, what now?", 3.5),
    ],
)
def test_the_years_of_experience_a_question_states(question: str, years: float | None) -> None:
    assert years_stated(question) == years
