"""End-to-end on the bundled corpus: what users see is clean, cited once, and correct."""

from __future__ import annotations

import re

import pytest

from advisor import Advisor
from advisor.evaluate import load_questions

from support import REPO

PUBLIC_QUESTIONS = REPO / "tests" / "eval" / "public.yaml"
SHARED_QUESTIONS = REPO.parent / "shared" / "eval" / "questions.yaml"
MOJIBAKE = re.compile(r"[โยร๐]|â€|Ã")
BOILERPLATE = re.compile(
    r"course covers|View the|bootcamp at|enquiry|\(Required\)|latest news|formal attire"
    r"|Find the right fit|Side-by-side|In this article|pricing",
    re.IGNORECASE,
)


MONEY = re.compile(r"[£$€]\d[\d,]*(?:\s*[–-]\s*[£$€]\d[\d,]*)?\+?")


def questions() -> list[str]:
    return [q.q for q in load_questions(PUBLIC_QUESTIONS)]


@pytest.mark.skipif(not SHARED_QUESTIONS.is_file(), reason="no shared eval folder here")
def test_public_questions_copy_is_current():
    assert PUBLIC_QUESTIONS.read_bytes() == SHARED_QUESTIONS.read_bytes()


def test_junior_uk_salary_cites_adria(advisor):
    answer = advisor.ask("How much does a junior machine learning engineer earn in the UK?")
    assert answer.answered
    assert "£40,000 – £60,000" in answer.answer
    assert answer.citations[0].publisher == "Adria Solutions"


@pytest.mark.parametrize("question", questions())
def test_answers_are_clean_and_cite_each_passage_once(advisor, question):
    answer = advisor.ask(question)
    shown = [answer.answer] + [c.quote for c in answer.citations]
    for text in shown:
        assert not MOJIBAKE.search(text), text
        assert not BOILERPLATE.search(text), text
    ids = [c.id for c in answer.citations]
    assert len(ids) == len(set(ids))
    assert [c.n for c in answer.citations] == list(range(1, len(ids) + 1))
    for citation in answer.citations:
        assert shown_from(citation.quote, answer.answer)
        assert advisor.passage(citation.id) is not None
    for figure in MONEY.findall(answer.answer):  # every figure shown is quoted as stated
        assert any(figure in c.quote for c in answer.citations), figure


def shown_from(quote: str, answer: str) -> bool:
    """The quote is in the answer verbatim, or (a pay answer) some of its figures are."""
    return quote in answer or any(figure in answer for figure in MONEY.findall(quote))


def test_no_passage_is_indexed_twice(advisor):
    from advisor.passages import normalised

    keys = [normalised(p.text) for p in advisor.corpus.passages]
    assert len(keys) == len(set(keys))
    assert len({p.id for p in advisor.corpus.passages}) == len(keys)


def test_duplicate_scrape_is_held_once():
    raws = [a.raw for a in Advisor.load().corpus.articles]
    assert "raw/001_df7d0c091926bdd4.txt" in raws
    assert "raw/000_6c4a4c5b25ca8eef.txt" not in raws



def test_a_myth_is_found_under_its_heading_though_other_sections_say_the_words(advisor):
    # "replace" is no word of the articles; the FAQ says "machine learning engineer" and
    # "automation" more often than the myths section, which holds the answer
    answer = advisor.ask("Will AI replace machine learning engineers?")
    assert '"AI will automate AI engineers away." False.' in answer.answer
    assert any(c.section == "Myths about AI engineering" for c in answer.citations)


def test_becoming_an_engineer_is_not_read_as_breaking_things(advisor):
    answer = advisor.ask("How do I become a machine learning engineer?")
    assert "breaking" not in answer.answer
    assert answer.citations[0].section == "How to break into this field"


def test_a_named_role_is_not_answered_with_another_that_shares_a_word(advisor):
    answer = advisor.ask("how is this different from being a data engineer?")
    assert answer.answer.startswith("- Data Engineer — Core focus: Pipelines")


@pytest.mark.parametrize(
    "question",
    [
        "ML engineers don't really do much coding, right?",
        "Is it true that only tech companies hire?",
    ],
)
def test_is_it_true_is_not_answered_with_an_unrelated_myth(advisor, question):
    # the myths section says "true"/"myth" in every claim's frame, not the subject asked
    assert "You just call an API" not in advisor.ask(question).answer


def test_a_doubt_about_coding_is_answered_about_coding(advisor):
    answer = advisor.ask("ML engineers don't really do much coding, right?")
    assert "production-ready code" in answer.answer or "writes the code" in answer.answer


def test_a_question_is_judged_by_the_sentence_that_asks_when_the_rest_is_about_the_asker(
    advisor,
):
    asked = advisor.ask(
        "I get frustrated fast when stuff doesn't work first try. Would I hate this career?"
    )
    assert asked.answered
    # ... and a pronoun points back at what was said first: that is then the subject
    assert not advisor.ask("I love pizza. Would an ML engineer like it?").answered
    assert not advisor.ask("I love pizza. Is this career good for pizza lovers?").answered


def test_a_hyphenated_word_counts_once_not_once_per_part(advisor):
    # "mid-level" is also "mid" and "level" so either form is found; counted three times
    # it outweighed the rest of the question and quoted the mid-level salary row
    answer = advisor.ask(
        "what actually changes when you go from mid-level to senior? more mentoring and "
        "architecture stuff?"
    )
    assert answer.citations[0].section.endswith("Senior / Research / Lead")


def test_a_question_asking_what_follows_quotes_the_sentence_after_its_premise(advisor):
    answer = advisor.ask("a data scientist gives you a notebook model. what do you do after that?")
    assert "hand off a model" in answer.answer
    assert "translate that into production-ready code" in answer.answer
    later = advisor.ask("a data scientist hands over a notebook model. what does an MLE do next?")
    assert "translate that into production-ready code" in later.answer
    left = advisor.ask("once the data scientist's notebook model works, what’s left for the MLE?")
    assert "translate that into production-ready code" in left.answer
    # ... and so does one asking where else: "not limited to London." names no place
    elsewhere = advisor.ask("is it all London or are there ML jobs elsewhere in the UK?")
    assert "Manchester and Bristol" in elsewhere.answer
    # ... and so does one asking what goes in a thing: the sentences that say what it holds
    portfolio = advisor.ask("What should I put in my portfolio to get an ML job?")
    assert "A model wrapped in an API, containerised, and deployed" in portfolio.answer


def test_a_to_do_list_is_the_job_s_tasks_not_job_listings(advisor):
    answer = advisor.ask("genuine question, what does an ML engineer do? whats on the to do list")
    assert answer.topic == "tasks"
    assert "Training and evaluating machine learning models" in answer.citations[0].quote


def test_a_regular_ml_engineer_is_the_mid_level_between_junior_and_senior(advisor):
    answer = advisor.ask("what changes when you go from junior to regular ML engineer?")
    assert "Owning models end-to-end" in answer.citations[0].quote


def test_a_table_row_of_another_role_does_not_answer_for_this_one(advisor):
    answer = advisor.ask("do I need SQL and Spark or is python enough?")
    assert answer.citations[0].quote.startswith("Familiarity with SQL")
    assert "Data Engineer" not in answer.answer
    # ... while this field's own row still answers
    tools = advisor.ask("what key tools do I need?")
    assert "AI / ML Engineer" in tools.answer
    # ... nor does the row of the role the asker says they have: it is not what is asked
    for question in (
        "I work as a backend developer. Which tools does an ML engineer use?",
        "Backend dev here. What do I need to learn for MLE?",
    ):
        assert "Backend Developer" not in advisor.ask(question).citations[0].quote
    # ... and so does a row of a role the question names
    named = advisor.ask("what is a data engineer's entry difficulty?")
    assert "Data Engineer" in named.citations[0].quote


def test_a_belief_the_article_turns_around_answers_a_myth_with_its_verdict(advisor):
    answer = advisor.ask("Is ML engineering mostly heavy maths and reading research papers?")
    assert answer.citations[0].quote.startswith("Most people who search")
    assert "The reality is a lot more practical" in answer.citations[0].quote


def test_what_someone_does_is_answered_by_the_general_description(advisor):
    answer = advisor.ask("What do AI engineers do?")
    assert "they build software that improves from data" in answer.citations[0].quote
    assert "automate AI engineers away" not in answer.answer  # not the myth that names them
    # ... while a level asked about keeps its own section
    junior = advisor.ask("What does a junior ML engineer do?")
    assert "Implementing and training models" in junior.citations[0].quote


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Which cloud providers should I get comfortable with?", "AWS"),
        ("What kind of maths should I study for machine learning?", "statistics"),
        ("Which kinds of AI jobs are growing the fastest?", "Applied/MLOps roles"),
    ],
)
def test_a_question_asking_which_kind_is_answered_by_naming_them(advisor, question, named):
    assert named in advisor.ask(question).citations[0].quote


def test_each_kind_example_of_the_bundled_lexicon_is_specific(advisor):
    """An example read by stem can name far more than meant ("engineering" is any engineer):
    one in a quarter of the passages would favour them all."""
    from advisor.lexicon import load_lexicon_data, with_pairs

    responder = advisor._responder
    read = responder.analyzer.terms
    passages = [with_pairs(read(p.index_text)) for p in responder.index.passages]
    lexicon = load_lexicon_data(advisor.corpus.directory / "lexicon.yaml")
    for kind, examples in lexicon.kinds:
        assert responder.lexicon.expand([], f"which {kind[0]}s?").examples, kind  # asked
        for example in examples:
            said = with_pairs(read(example))
            naming = sum(said <= terms for terms in passages)
            assert naming <= len(passages) / 4, (kind, example)


def test_a_word_relating_the_subject_does_not_outweigh_it(advisor):
    """ "without" and "focus" say how the question relates to its subject: "...translate that
    into production-ready code ... updated without breaking everything" is no answer."""
    doctorate = advisor.ask("Can I get hired in machine learning without a doctorate?")
    assert "You must have a PhD" in doctorate.citations[0].quote
    seniors = advisor.ask("What do the most senior people on machine learning teams focus on?")
    assert "Architecture and research direction" in seniors.citations[0].quote


def test_a_yes_is_no_answer_to_a_where_question(advisor):
    answer = advisor.ask("where do i even start?? step by step pls")
    assert "yes." not in answer.answer  # "For a lot of people in the UK, yes." (bootcamps)
    assert answer.citations[0].quote.startswith("- Build strong foundations")


def test_a_yes_under_a_question_heading_answers_only_its_subject(advisor):
    assert "yes." not in advisor.ask("is a phd a viable path into ml research?").answer
    bootcamps = advisor.ask("are bootcamps a legit way in?")
    assert "For a lot of people in the UK, yes." in bootcamps.answer


@pytest.mark.parametrize(
    "question",
    [
        # ("their" and "they" point at the specialist, not at the barista: not declined)
        "I'm a barista who's been learning to code at night. When an AI specialist sits down"
        " at their desk first thing, what do they do first?",
        # (a chef's question about hiring managers is about the field, not about cooking)
        "Chef here. Do hiring managers look at side projects when they review applications?",
    ],
)
def test_they_of_the_people_a_question_names_points_at_them_not_back(advisor, question):
    assert advisor.ask(question).answered


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # the years a question states find the level of that span
        ("What does an ML engineer with a few years of experience do?", "2–5 years experience"),
        # a senior engineer's duties are the senior level, not the career path
        ("What does a senior ML engineer do?", "- Architecture and research direction"),
    ],
)
def test_the_level_asked_of_is_the_level_quoted(advisor, question, opening):
    assert advisor.ask(question).citations[0].quote.startswith(opening)

def test_how_high_one_can_climb_is_the_top_of_the_path(advisor):
    answer = advisor.ask("How high can you climb in this career?")
    assert "Head of AI / Chief AI Officer" in answer.answer


def test_what_is_enough_is_asked_about_not_the_word_enough(advisor):
    # ("enough software engineering discipline" says nothing of SQL)
    answer = advisor.ask("is sql worth learning or is python enough?")
    assert "SQL" in answer.citations[0].quote


@pytest.mark.parametrize("question", ["is that enough?", "is it true?", "is it possible?"])
def test_a_question_made_only_of_its_framing_names_no_subject(advisor, question):
    assert not advisor.ask(question).answered


@pytest.mark.parametrize(
    "question",
    ["What are the myths?", "is £50k enough for a junior?", "Is $100k enough?"],
)
def test_a_question_asking_for_the_myths_or_weighing_a_figure_is_answered(advisor, question):
    assert advisor.ask(question).answered


def test_what_someone_does_is_their_work_at_their_level_not_their_pay(advisor):
    answer = advisor.ask("What does a mid-level ML engineer actually do all day?")
    assert "£" not in answer.answer  # (not the salary row, nor the junior list)
    assert answer.citations[0].quote.startswith("2–5 years experience")
    assert "£" not in advisor.ask("What does a mid-level machine learning engineer do?").answer
    # ... and so are what they take responsibility for, and what they do that others don't
    owned = advisor.ask("What does a mid-level ML engineer typically take responsibility for?")
    assert "£" not in owned.answer and "- Owning models end-to-end" in owned.answer
    assert "£" not in advisor.ask("what do senior MLEs actually do that mid levels don't?").answer


def test_a_field_that_only_recently_took_off_and_preparing_for_a_career(advisor):
    history = advisor.ask("Why did neural networks only become useful recently?")
    assert history.citations[0].quote.startswith("The maths behind modern AI")
    prepare = advisor.ask("What's the best way to prepare for a career in AI?")
    assert prepare.citations[0].quote.startswith("- Build strong foundations")  # (not data prep)


def test_what_changed_recently_is_not_the_fields_history(advisor):
    answer = advisor.ask("what's changed recently in ML hiring?")
    assert not answer.citations[0].quote.startswith("The maths behind modern AI")


def test_a_cool_model_is_not_a_cooling_job_market(advisor):
    # ("cooling" of the job market shared the stem of "cool", so a cool model stood in for
    # hiring and quoted the myth that "hires strong builders")
    expansion = advisor._responder.lexicon.expand(["cool", "model"], "building cool models")
    assert "cool" not in expansion.alternatives or not expansion.alternatives["cool"]
    answer = advisor.ask(
        "people online make it sound like ML engineers spend all day building cool models. "
        "is that true?"
    )
    assert answer.citations[0].quote.startswith("AI specialists spend far more time on data")


def test_what_a_roles_work_is_called_names_neither_side_of_a_comparison(advisor):
    # ("job" said of one side is said of both: it made "AI and ML engineering is named among
    # the fastest-growing job categories... data and compute" speak of the data engineer)
    answer = advisor.ask("How does a data engineer's job differ from an AI engineer's?")
    assert answer.citations[0].quote.startswith("- Data Engineer — Core focus")


def test_what_a_portfolio_should_show_is_what_goes_in_it_not_the_word_show(advisor):
    # (what a portfolio should "show" asks what goes in it: it quoted "unable to show a single
    # deployed project"; "show" elsewhere is still a word)
    answer = advisor.ask("what should my portfolio show to get callbacks for junior roles?")
    assert "the portfolio: proof that you've built something" in answer.citations[0].quote
    assert advisor.ask("how do I prove I can do ML with nothing to show?").answered


def test_software_packages_are_libraries_not_pay(advisor):
    answer = advisor.ask("Which add-on packages should I pick up next to work in AI?")
    assert "£" not in answer.answer and "pandas" in answer.answer


def test_what_is_good_about_the_job_asks_for_its_upsides(advisor):
    # ("good" is a word of asking, so all that was left was "MLE": a definition was quoted)
    answer = advisor.ask("whats actually good about being an MLE?")
    assert "- Exploding demand" in answer.answer
    assert "- Relentless pace of change" in advisor.ask("what's bad about being an MLE?").answer
    assert not advisor.ask("my standup comedy set, any tips?").answered


def test_what_the_asker_tells_after_asking_weighs_little_in_the_evidence(advisor):
    # ("v" and "impatient", words the articles never use, declined the question they follow)
    answer = advisor.ask("what kind of temperament do u need for ai work, im v impatient lol")
    assert "Can persist through failed experiments" in answer.answer
    assert not advisor.ask("best pub in leeds, im an MLE").answered


def test_an_article_s_own_question_is_quoted_only_reading_on_from_an_answer(advisor):
    # (a rhetorical question of an article's intro, quoted third, answered nothing)
    hiring = advisor.ask("which roles are hiring the most right now?").answer
    assert "growing fastest" in hiring and "what do they actually do day to day?" not in hiring
    best = advisor.ask("what sets apart the best ML engineers?").answer
    assert "Did accuracy improve on the validation set?" not in best


def test_an_uncovered_subject_declines_only_when_asked_about_not_told_of(advisor):
    assert not advisor.ask("should I invest in crypto with my ML engineer salary?").answered
    assert not advisor.ask("best way to move my furniture to london for an ml job?").answered
    # (told of as context: a project's data, an employer's trade)
    project = advisor.ask(
        "I built a bitcoin price predictor, is that a good portfolio project for ML jobs?"
    )
    assert "portfolio" in project.answer
    assert advisor.ask(
        "I work for a furniture retailer building recommendation systems, how do I become an"
        " ML engineer?"
    ).answered


def test_a_myth_is_the_answer_only_when_its_claim_says_something_of_the_question(advisor):
    # (the claim's shape bonus put an unrelated myth first)
    answer = advisor.ask("won't AI end up replacing the people who build AI? feels pointless")
    assert answer.answer.startswith('"AI will automate AI engineers away." False.')
    pan_out = advisor.ask("Do most ML experiments actually pan out? I pictured breakthroughs")
    assert pan_out.answer.startswith("Failed experiments far outnumber breakthroughs.")


def test_a_general_word_left_of_a_phrase_is_found_only_through_the_phrase_s_synonyms(advisor):
    # ("the catch" is "catch" once "the" is gone: "MLEs set up monitoring to catch this model
    # drift" answered what the catch of freelancing is; "worst part" found "part of the job")
    catch = advisor.ask("thinking of going freelance as an MLE at some point, whats the catch?")
    assert "to catch this" not in catch.answer and "Admin, invoicing, and taxes" in catch.answer
    worst = advisor.ask("whats the worst part of the job, honestly")
    assert "- Relentless pace of change" in worst.answer
    # ("rule me out" / "bare minimum": no "rule-based systems")
    minimum = advisor.ask("what's the bare minimum i have to know to be an MLE?")
    assert "rule-based" not in minimum.answer and "baseline requirement" in minimum.answer


@pytest.mark.parametrize(
    "question",
    [
        "Is 10k enough data to train a neural network?",
        "Is 10k a good score on Kaggle?",
        "Is 25k fair for a graduate role in marketing?",  # (another field's pay)
        "I have 50k in savings, should I do a masters in AI?",  # (money, but no salary)
        "I earn 30k in retail, how do I move into ML?",
    ],
)
def test_thousands_said_of_something_else_are_no_salary(advisor, question):
    assert "£" not in advisor.ask(question).answer


def test_an_employer_named_in_passing_or_a_pet_project_is_still_answered(advisor):
    # (a named employer's pay or interviews are not covered; its tools, or the asker's own
    # job there, are; and a pet project is a portfolio project, not a pet)
    def answered(question: str) -> bool:
        return advisor.ask(question).answered

    assert not answered("how much do ML engineers at Amazon make?")
    assert answered("Is it worth learning Google's TensorFlow for an ML engineering job?")
    assert answered("I'm an intern at Google, what skills should I learn to become an MLE?")
    assert answered("What's a good pet project for a beginner?")
    assert not answered("how do I train my pet to sit?")
    assert answered("do FAANG companies hire ML engineers without a PhD?")
    assert not answered("is google pay safe to use?")
    assert not answered("how do I fix my posture, I'm a data scientist at a desk all day")


def test_near_misses_named_in_the_field_s_words_are_still_answered_when_covered(advisor):
    # (what the articles do not cover is declined, tests/eval/offtopic.yaml; its neighbours
    # that they do cover are not)
    assert advisor.ask("do freelancers have to deal with taxes?").answered
    assert advisor.ask("do I need a degree from a top university?").answered
    assert "no price" not in advisor.ask("is a cheaper bootcamp worth it?").answer
    assert advisor.ask("What does someone mid-level take home in Britain?").answered  # (pay)
    assert advisor.ask("do I need to grind leetcode for ML interviews?").answered
    assert advisor.ask("what gives candidates an edge in the interview process for MLEs?").answered
    assert advisor.ask("I work in game dev, is a bootcamp a realistic route in?").answered


def test_a_job_market_the_articles_do_not_describe_is_named_in_the_decline(advisor):
    answer = advisor.ask("is berlin good for ML jobs?")
    assert not answer.answered and "no job market in Berlin" in answer.answer
    assert advisor.ask("which industries hire ML engineers in London?").answered
    # ... but one naming a place in passing is still answered
    assert advisor.ask("I'm from Germany, is demand for ML engineers growing?").answered
    assert advisor.ask("is demand for AI engineers growing worldwide, even in Germany?").answered
    assert not advisor.ask("What's the job market like for ML engineers in Bangalore?").answered
    assert advisor.ask("which industries hire ML engineers in Europe?").answered
    assert advisor.ask("do ML engineers work with DevOps engineers?").answered  # (a role beside)


def test_a_comparison_with_another_role_is_no_near_miss(advisor):
    assert advisor.ask("should I become a data engineer or an ML engineer?").answered


def test_finding_a_job_is_getting_one_not_finding_a_leak(advisor):
    # ("find" of "find ML jobs" quoted "you find a subtle leak that was inflating the metrics")
    assert "leak" not in advisor.ask("how do I find ML jobs?").answer
    # ... but finding work in an industry, or a role that suits, is no way in
    industries = advisor.ask("Which industries can ML engineers find work in?")
    assert "Common sectors include" in industries.answer


def test_a_company_course_or_tax_named_in_passing_does_not_decline_a_covered_question(advisor):
    def answered(question: str) -> bool:
        return advisor.ask(question).answered

    assert answered("I have a Google interview next week, what skills matter most for MLEs?")
    assert answered("I'm doing the fast.ai course, what else do I need to become an ML engineer?")
    assert answered("Do I need to file taxes as a freelance ML engineer?")
    assert answered("Is a bootcamp worth the tuition compared to self-study?")
    assert not answered("Are ML engineers in demand in Canada?")  # (a job market abroad)
    # (... whatever else the question says: "heard" made it a myth question)
    dublin = advisor.ask("is dublin good for ml jobs? heard all the big tech hqs r there")
    assert not dublin.answered and "no job market in Dublin" in dublin.answer
    # (hours a course takes, a recruiter's fee, on-call work, whether a certificate is worth it)
    assert not answered("how many hrs a week does the fast.ai course take? i work full time")
    assert not answered("how much commission do recruiters take when they place an ML engineer?")
    assert not answered("Do machine learning engineers have to work on-call at weekends?")
    assert not answered("is the azure ai-900 cert worth it for a total beginner?")
    # (which certification to get is not covered; having one is only context)
    assert not answered("Which AWS certification should I get to be hired as an MLE?")
    assert answered("I have an AWS certification, what else do I need to become an MLE?")


def test_firms_are_companies(advisor):
    answer = advisor.ask("What do banks and financial firms use machine learning engineers for?")
    assert "Fintech, for fraud detection" in answer.answer


def test_a_question_about_a_named_employer_is_declined_but_one_told_of_is_context(advisor):
    def answered(question: str) -> bool:
        return advisor.ask(question).answered

    assert not answered("Is Anthropic currently hiring junior machine learning engineers?")
    assert not answered("what's the amazon ml interview like?")
    assert not answered("How much does Google DeepMind pay machine learning engineers?")
    assert not answered("Is it better to work at a startup or at Google?")
    assert not answered("is imperial's AI masters worth it?")  # (a university, too)
    assert answered("I did my degree at Oxford, do I need a PhD to be an MLE?")
    # (told of by the asker, named as an example or as a tool: the question is answered)
    assert answered("I have a Google interview next week, what skills matter most for MLEs?")
    assert answered("leaving accenture to go freelance, what are the challenges of freelancing?")
    assert answered("Do companies like Google require a PhD for ML roles?")
    assert answered("cant you just call the openai api and be done?")
    assert answered("aws or azure or google — which cloud do I need to know?")
    assert answered("is meta-learning worth studying for ML jobs?")
    assert answered("do I need to learn TensorFlow from Google?")


def test_a_sentence_that_goes_on_from_the_best_one_is_quoted_with_it(advisor):
    # (it quoted the premise alone: "Data scientists often hand off a model that works well
    # in a notebook environment.")
    answer = advisor.ask(
        "our ds team keeps throwing notebook models over the wall at me, what is the mle "
        "supposed to turn them into"
    )
    assert "translate that into production-ready code" in answer.answer


def test_starting_in_another_tech_job_first_is_the_usual_way_in(advisor):
    # (it quoted "Most experiments fail" and the founder's path)
    for question in (
        "Do most people start in a different tech job and then switch over to AI?",
        "do ppl usually go straight into ml or start somewhere else first",
    ):
        assert "many enter via software or data roles" in advisor.ask(question).answer


def test_why_a_model_made_a_prediction_is_explainability_and_managers_manage_nothing(advisor):
    # ("managers" shared "manageable"'s stem and read as "is it doable?")
    answer = advisor.ask(
        "Why is it so difficult to tell managers why a model made a particular prediction?"
    )
    assert answer.answer.startswith("There's also the challenge of explainability")


def test_a_synonym_shortened_to_a_common_word_stands_in_for_nothing(advisor):
    # ("dependable" is "depends" once stemmed: "how much do models depend on good data
    # flows?" was read as asking about reliability)
    lexicon, analyzer = advisor._responder.lexicon, advisor._responder.analyzer
    terms = analyzer.terms("it depends on the company")
    expansion = lexicon.expand(terms, "it depends on the company")
    synonyms = {" ".join(p) for phrases in expansion.alternatives.values() for p in phrases}
    assert "robust" not in synonyms
    # ... and a manager is no "managing" of infrastructure nor a "manageable" job
    assert analyzer.terms("managers") != analyzer.terms("managing")
    assert analyzer.terms("managers") != analyzer.terms("manageable")
def test_a_tool_the_articles_never_name_is_said_to_be_unknown(advisor):
    # (it answered "Demand for machine learning engineers in the UK has grown steadily")
    langchain = advisor.ask("is LangChain worth learning for ML jobs?")
    assert not langchain.answered
    assert langchain.answer.startswith("The articles say nothing about LangChain.")
    # ... while one they name, or know another word for, is answered
    assert advisor.ask("do I need to learn Python?").answered
    assert advisor.ask("is a bootcamp worth it?").answered
    # (a slip of the keys is no thing the articles never name)
    assert "say nothing about" not in advisor.ask("should I learn pyhton?").answer
    assert advisor.ask("should i learn tf or pytorch").answered  # (one of them named)
    assert advisor.ask("should I learn wandb?").answered  # (Weights & Biases)


def test_what_explainability_is_opens_on_explainability(advisor):
    # (phrases that stopwords cut down to "model" stood in for it in any text: "The gap
    # between a model that works in a notebook..." opened the answer)
    answer = advisor.ask("what is explainability?")
    assert answer.answer.startswith("There's also the challenge of explainability")


def test_the_sentence_before_or_after_the_best_is_quoted_when_it_scores_near(advisor):
    # (the afternoon's first sentence scored just under 0.7 of the best and was left out)
    answer = advisor.ask("What does an AI specialist usually work on in the afternoon?")
    assert answer.answer.startswith("Afternoons often involve deploying models")


def test_a_yes_or_a_row_must_score_nearer_to_read_on(advisor):
    # ("For a lot of people in the UK, yes." answers whether a bootcamp is a route in, not
    # whether one can teach oneself; another role's row is no neighbour of the one asked)
    answer = advisor.ask("can i teach myself machine learning without doing any formal course?")
    assert "yes." not in answer.answer
    rows = advisor.ask("How does a data engineer's job differ from an AI engineer's?")
    assert "Software Developer" not in rows.answer
