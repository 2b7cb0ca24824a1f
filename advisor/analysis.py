"""One analyzer for passages and questions: the same text must give the same terms.

Lower-cases, applies Unicode NFKC, drops stopwords and stems with Snowball, but keeps
technical tokens whole: `c++`, `c#`, `scikit-learn`, `£40,000`, `1%`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from snowballstemmer.basestemmer import BaseStemmer

ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # ... read as its number ("1st year": 1)
TOKEN = re.compile(
    r"""
    [£$€]\s?\d+(?:,\d+)*(?:\.\d+)?k?\+?  # money: £40,000  $120,000+  £40k
    | \d+(?:st|nd|rd|th)\b               # ordinals: 1st  2nd
    | \d+(?:,\d+)*(?:\.\d+)?%?           # numbers and percentages: 2026  1%  0.5
    | [^\W\d_][\w]*(?:\+\+|\#)           # c++  c#  f#
    | \w+(?:[-'.]\w+)*                   # words, scikit-learn, don't, node.js
    """,
    re.VERBOSE,
)
# Phrases of conversation that say nothing of the subject, though their words alone might:
# "will I end up mentoring at some point?", "accuracy is all that matters, right?", "genuine
# question", "what do you need to do well as an ML engineer?", "what degree do people in
# these jobs have?" (the field is what every article is about). Only a
# question is read for them (`conversation_removed`); an article's text is indexed as is.
FILLER_PHRASES = re.compile(
    # (a message opening on a pause: "wait is neural net stuff old??", "hmm, ..."; not "wait
    # staff" or "wait times")
    r"^\W*(?:(?:hmm+|umm*|uhh*|erm+)\b|wait\b(?!\s+(?:staff|times?|lists?|for)\b))"
    r"|(?<![\w-])(?:at some point|at this point|straight away|right away|as long as"
    r"|end(?:s|ed)? up|turn(?:s|ed)? out|in the end|at the end of the day|a lot|lots of|at all"
    r"|loads of|(?<!in )(?<!within )(?<!over )a couple(?: of)?|(?:are|r) we talking(?: about)?"
    r"|(?:is|are) (?:he|she|they|that|this) (?:right|wrong)|(?:have )?no (?:clue|idea)"
    r"|or not|or nah|keep(?:s)? (?:saying|hearing|telling)|(?:this|that|my|the) line of work"
    r"|these days|in this day and age|at the moment|right now|(?:give|show) me|gimme"
    r"|(?:(?:people|everyone|everybody|folks|ppl) online )?(?:makes?|made) it sound like"
    r"|(?:(?:prob(?:ably)?|probs|maybe|def|a) )?(?:genuine|honest|quick|serious|simple|stupid"
    r"|dumb|silly|random|real|noob) (?:question|qn?)"
    r"|(?:do|does|doing|did) well|as well|(?<!does it )(?<!did it )(?<!does )(?<!did )"
    r"(?:it |they )?(?:feels?|felt) like"
    r"|with (?:a few |some )?(?:extra|more) steps|what(?:'s| has)? changed"
    # ("what changes when you go from junior to mid-level?" asks about the two levels; not
    # "what changes when you move to Manchester?")
    r"|what changes (?:when|as|once|if) (?:you|i|we|someone|one) (?:go|move|get|step)"
    r"(?= (?:from|up)\b)"
    r"|(?:the|these|those) (?:two |2 )?(?:jobs|roles)(?= (?:differ|compare))"
    r"|spend(?:s|ing)? (?:any |some )?time(?= \w+ing\b)"
    r"|walk (?:me|us) (?:through|thru)|(?:a )?bunch of|thinking (?:of|about)(?= \w+ing\b)"
    r"|(?:can|could|would) (?:you|u|someone|anyone) (?:please |pls )?(?:explain|describe)"
    r"|make(?:s)? (?:life|the job|their job|their lives) easier"
    r"|explain to me|how (?:often|frequently)"
    # (where a claim was seen: "saw a tiktok saying ...", "watched a youtube vid claiming")
    r"|(?:saw|seen|watched|read|came across) (?:a|an|this|some|that) (?:[\w-]+ ){0,2}?(?:tiktok"
    r"|video|vid|post|tweet|reel|thread|article|short|clip)s? (?:saying|that says|that said"
    r"|claiming|where)"
    r"|play(?:s|ed|ing)? (?:a |an |the )?(?:(?:big|key|major|huge|central|large|small|main"
    r"|important|crucial|vital|real) )?(?:part|role)(?= in\b)"
    r"|or (?:is|was) (?:that|this|it) (?:just |all |only |mostly )?(?:\w+ )?(?:fluff|pr"
    r"|marketing|buzzwords?|lip service)"
    r"|as (?:a |an )?part of (?:the|their|your|my|a|an) (?:job|work|role|day)|at work"
    r"|(?<!learn )(?<!learnt )(?<!learned )(?<!learning )on the job"  # (not learning by doing)
    r"|(?:the|these|those) (?:two|2) (?:jobs|roles)|both (?:jobs|roles)"
    r"|(?:would it be|is it) (?:fair|right|ok|okay) to (?:call|say)"
    r"|(?:people|folks|those|someone|anyone) (?:in|doing|who do) (?:these|this|those|that|such)"
    r" (?:jobs?|roles?|fields?|careers?|positions?|line of work|kind of work))"
    r"(?![\w-])|,?\s+right\s*\?",
    re.IGNORECASE,
)
# ... and so does the idiom a question asks someone's part in a thing with ("what part does
# an ML engineer play in building one?" asks what the engineer does in building it).
PART_PLAYED = re.compile(
    r"\b(?:what|which) (?:part|role)s? ((?:do|does|did|will|would|should|can|could)"
    r"(?! (?:i|you|u|we)\b)(?: [\w/'’-]+){1,5}?) play(?:s|ed)?\b",  # (not "what part do I play")
    re.IGNORECASE,
)
# "diff" is a difference when one between things ("whats the diff between DS and MLE",
# "ds vs mle, whats the diff?"); before a noun it is "different" ("seen wildly diff
# numbers", "the diff types of ML engineer"), and git's diff is git's.
DIFF_BETWEEN = re.compile(
    r"(?<!git )\bdiff(?=\s*(?:[?!.,;]|$|(?:between|btw|b/w)\b))", re.IGNORECASE
)
# What a question sets aside ("apart from the techy stuff, what people skills...?", "beyond
# the tech side, ...", "forget the nice-to-haves — ...") is not what it asks about.
SET_ASIDE = re.compile(
    r"(?:\b(?:(?:apart|aside) from|other than|besides)"
    r"|(?:^|(?<=[.!?;:])\s*)(?:beyond|forget(?: about)?|never mind))"  # (these open a clause)
    r"\s[^,.;:?!—–]*(?:,|\s[-—–]\s)",
    re.IGNORECASE,
)
# ... and so does what it says others do not ("what do seniors do that juniors don't?"); but
# not another role said so ("what do MLEs do that data scientists don't?" compares them).
UNLIKE = re.compile(
    r"^(\W*(?:what|which)\b.*?)\s(?:that|which) (?!(?:[\w/-]+ ){0,3}(?:engineer|scientist"
    r"|developer|dev|analyst|researcher|programmer|coder|statistician|swe|mle)s?\b)"
    r"(?:[\w/-]+ ){1,3}(?:don['’]?t|do not|doesn['’]?t|does not|can['’]?t|cannot|won['’]?t)"
    r"(?: \w+)?(?=[\s?!.]*$)",
    re.IGNORECASE,
)
# ... and so does the purpose that what is enough or needed is for ("is Python enough to get
# an ML job?", "what do I need to land a role?"): the question is about the thing itself.
FOR_A_JOB = re.compile(
    r"\bto (?:get|land) (?:a |an |my first |your first |that first )?"
    r"(?:ml |ai |machine learning |data science )?(?:job|role|position)s?\b",
    re.IGNORECASE,
)
SUFFICES = re.compile(r"\b(?:enough|need|needed|required|necessary)\b", re.IGNORECASE)
WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
CLAUSE_END = re.compile(r"[.!?;]")
# A time to come said as a span ("in a few yrs", "in like 10 years", "down the line") asks
# about the future; its "years" are not the years of experience or "two years ago".
FUTURE_PHRASES = re.compile(
    r"(?<![\w-])(?:(?:(?:with)?in|over) (?:like |about |around |maybe |another )?(?:the )?"
    r"(?:next )?(?:a |the )?(?:few|couple(?: of)?"
    r"|\d+(?:\s*(?:-|–|to)\s*\d+)?|"
    r"two|three|five|ten|several) (?:more )?(?:years?|yrs?|decades?)"
    r"|(?:a few |\d+ |five |ten )?(?:years?|yrs?) from now|down the (?:line|road)"
    r"|going forward|in the long run|(?:in the )?long(?:er)?[- ]term)(?![\w-])",
    re.IGNORECASE,
)
# ... and a negated perfect before it in the same sentence makes the span a past one.
NOT_SINCE = re.compile(r"\b(?:have|has|had)(?:n['’]?t| not)\b[^.?!]*$", re.IGNORECASE)
# Years of experience a question states ("3 yrs in", "a few years of experience", "5+ years"):
# not a span to come (FUTURE_PHRASES), an age, a time past or another career's.
NUMBER_WORDS = {
    "a few": 3, "a couple": 2, "a couple of": 2, "couple of": 2, "several": 4, "one": 1,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}
_NUMBER = r"\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# (a job of this field, at any level: years held in it are experience)
_THIS_FIELD_JOB = (
    r"(?:senior |junior |lead |principal )?(?:ml|mle|mlops|ai|machine[\s-]learning"
    r"|deep learning|nlp|computer vision)\b"
)
YEARS_STATED = re.compile(
    rf"(?<![\w.])(?:(?<=between )({_NUMBER})\s+and\s+({_NUMBER})"  # ("between 2 and 5 years")
    rf"|({_NUMBER})(?:\s*(?:[-–]|to)\s*({_NUMBER}))?)\s*(\+?)\s*(?:years?|yrs?)\b"
    r"(?!\s+(?:ago|back|old)\b)"
    rf"(?!\s+as an?\s+(?!{_THIS_FIELD_JOB}))"  # (another job's)
    r"(?!\s*(?:phd|degree|course|programme|program|bootcamp|masters?)\b)",  # (how long it is)
    re.IGNORECASE,
)
# ... and a span said as experience is ("between two and five years of experience", "two to
# five years in"), not a time to come, taken or spent ("in two to three years", "it takes
# two to five years", "spending two to three years on a PhD").
EXPERIENCE_SPAN = re.compile(
    r"(?<!\bin )(?<!\bwithin )(?<!\bover )(?<!\btake )(?<!\btakes )(?<!\btook )(?<!\bspend )"
    r"(?<!\bspending )(?<!\bspent )(?<!\bstudied for )" + YEARS_STATED.pattern,
    re.IGNORECASE,
)
# ... and nor are the years of another job held for them ("I've been a backend dev for 5
# yrs"; not "I've been an ML engineer for 3 years").
ANOTHER_JOB = re.compile(
    rf"\b(?:been|worked as|working as|was)\s+an?\s+(?!{_THIS_FIELD_JOB})"
    r"[\w/-]+(?:\s+[\w/-]+){0,3}?\s+for\s+(?:the\s+(?:last|past)\s+|about\s+|like\s+)?$",
    re.IGNORECASE,
)
# ... and "more than 5 years" is "5+ years".
MORE_THAN = re.compile(r"\b(?:more than|at least)\s+$", re.IGNORECASE)
# ... and a length of time something takes is no experience ("it takes 3–5 years to...").
TAKES = re.compile(r"\b(?:takes?|took|lasts|lasted)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
# Who a career is not for is said in stopwords only ("Maybe not for you if...", "who should
# NOT go into this?", "not a good fit"): read as one word, in articles and questions alike.
UNSUITED = re.compile(
    r"(?:\bnot|n't) (?:(?:a |the )?(?:good |great |right )?fit|for (?:you|me|everyone|everybody)"
    r"|suited|cut out)\b|\bshould(?:n't| not) (?:go into|get into|become|pursue)\b"
    r"|\b(?:(?:would|will)(?: probably| likely)?(?:n't| not)(?: really| probably)?"
    r"|won't(?: really)?|(?:do|does)(?:n't| not)) (?:enjoy|like|suit|be happy)\b",
    re.IGNORECASE,
)
# ... and so is what a thing is a kind of ("X is a type of software engineer", "is X a kind
# of Y?", "a branch of software engineering", "basically just a software engineer", "a
# glorified statistician"): one word, that "a kind of" is said.
KIND_OF = re.compile(
    r"\b(?:a|an) (?:kind|type|sort|form|branch|subset|subtype|flavou?r|specialised form) of\b"
    r"|(?<!i'm )(?<!i am )\bbasically (?:just )?(?:a|an)\b"  # (of a role: not "an API call")
    r"(?= (?:[\w/-]+ ){0,2}(?:engineer|scientist|developer|dev|analyst|researcher|programmer"
    r"|coder|statistician)s?\b)"
    r"|\b(?:a|an) glorified\b|\bnothing more than (?:a|an)\b",
    re.IGNORECASE,
)
STEMMER = "english"  # the Snowball algorithm
# ... which stems the American spelling of a word apart from the British one ("optimize" ->
# "optim", "optimise" -> "optimis"; "organization" -> "organiz"): the American is read as
# the British, as the articles spell it, before stemming.
AMERICAN_SPELLING = re.compile(r"^(\w{3,}?)([iy])z(e|es|ed|ing|ation|ations|er|ers|able)$")
MAX_STEMS = 500_000  # remembered stems: a large corpus's vocabulary and what questions add
SHORT_TEXT = 60  # texts this long or shorter have their terms remembered...
MAX_PHRASES = 20_000  # ... this many of them
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
COUNTRY_ACRONYMS = {"US": "usa", "U.S": "usa", "USA": "usa", "UK": "uk", "U.K": "uk"}
WITHOUT = re.compile(r"(?<![\w/])w/o(?![\w/])", re.IGNORECASE)  # "can u get into ai w/o a degree"
# Retraining as or into a role or field is switching careers ("retrain as an MLE", "retraining
# into data science"); retraining into production, or as needed, is a model's.
RETRAIN_AS = re.compile(
    r"\bre-?train(?:s|ed|ing)?(?= (?:as|into|to become) (?:an? )?(?:ml|ai|mle|mlops|data|machine"
    r"|tech|software|swe|dev|developer|engineer|scientist|analyst|researcher|research"
    r"|programmer|coder)\b)",
    re.IGNORECASE,
)
# What a thing is said to be a kind of, after a hyphen: "copilot-type tools", "Uber-like
# apps", "PyTorch-style code" are of the thing itself.
KIND_SUFFIXES = frozenset({"type", "style", "like", "ish", "esque"})
CHAT_ARE = "r"  # "r junior roles out there?"; "R" is the language
# Words typed short in chat, read as the words they stand for ("6 yrs exp", "ml eng").
SHORTHAND = {
    "yr": "year", "yrs": "years", "exp": "experience", "eng": "engineer", "engs": "engineers",
    "ppl": "people", "uni": "university", "unis": "universities", "mgmt": "management",
    "mgr": "manager", "avg": "average", "approx": "approximately",
    "dept": "department", "govt": "government", "req": "requirement", "reqs": "requirements",
    "prereq": "prerequisite", "prereqs": "prerequisites",
    "algo": "algorithm", "algos": "algorithms", "qual": "qualification",
    "quals": "qualifications", "cert": "certificate", "certs": "certificates",
    "rly": "really", "realy": "really", "techy": "technical", "thru": "through",
    "standup": "stand-up", "standups": "stand-ups",
    "obv": "obviously", "obvs": "obviously", "w": "with", "py": "python", "lib": "library",
    "libs": "libraries", "langs": "languages",
    "seperate": "separate", "seperates": "separates",
}

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are aren't as at be because
    been before being below between both but by can can't cannot could couldn't did didn't
    do does doesn't doing done don't down during each either else ever every few for from further
    get gets getting got gotten had hadn't has hasn't have haven't having he her here hers herself
    him himself his how i i'd i'll i'm i've if in into is isn't it it's its itself just let
    let's like me might more most mostly much must mustn't my myself need no nor not now of
    off on once one only or other ought our ours ourselves out over own per please quite
    rather really same shall shan't she should shouldn't so some someone something such than
    that that's the their theirs them themselves then there there's these they they'd they'll
    they're they've thing things this those though through thus to too under until up upon us
    very via was wasn't way we we'd we'll we're we've were weren't what what's when where
    which while who whom whose why will with won't would wouldn't yes yet you you'd you'll
    you're you've your yours yourself yourselves
    """.split()
) | frozenset(
    # Words of asking rather than of the subject: "what does X look like", "tell me about",
    # "how important is X", "does X matter", "what type of X", "is X a good way in", "what does
    # it take", "what makes X stand out", "do I have to worry about X".
    """
    bad best biggest came come comes coming decent good great help helped helpful helping helps
    important importance useful make worth
    made makes making matter matters put puts putting take takes taking took type types worst
    actually among anyone basically became become becomes becoming exactly generally go goes
    happen happens happened happening
    going gone kind know look looks looking lot lots main went
    mean means overall say sort sorts tell think want wonder wondering worry worried worrying
    kinds many area areas branch branches corner corners habit habits
    aspect aspects bit bits chance chances choice choices consider count counts decide example
    examples guess leave odds ones opinion opinions option options reckon shot somebody thoughts
    steps
    """.split()
) | frozenset(
    # Chat filler, hedges, connectives ("later on", "instead of") and contractions typed
    # without their apostrophe: they carry no subject, and a word the articles never use
    # otherwise counts against coverage.
    """
    absolute absolutely anybody anything btw completely even everybody everyone everything folks
    gonna gotta guys hey hi
    hello honest honestly idk im imo kinda literally lol nah ok okay pls plz pretty rn said say
    saying says sorta stuff super tbh thanks thx total totally u ur wanna ya yeah
    already anyway currently eventually later maybe nowadays perhaps probably someday usually
    almost anymore anywhere apparently certainly commonly def definitely fairly merely nearly
    exceptionally extremely incredibly insanely ridiculously seriously roughly
    approximately mainly primarily
    normally nowhere typically
    seem seems seemed seemingly
    obviously otherwise regardless simply slightly somehow somewhere still suddenly surely
    concretely precisely
    away inside instead within apart aside besides throughout
    ask asking bother curious describe suppose supposed needed needing specifically
    wat wut wot wtf tho cuz coz bc q qn till til afterward afterwards ngl tbf fr iirc afaik lmao smh
    knowing reckons reckoned claims claimed heard mate mates friend friends buddy pal whole actual
    nephew niece cousin uncle auntie aunt brother sister son daughter
    arent cant didnt doesnt dont hes hows isnt ive shes thats theres theyre wasnt whats whos wont
    youre
    """.split()
)


# Words the Snowball stemmer conflates with a word of a different meaning in this field:
# "production" is not "products", "experience" is not "experiments", an "engineer" is not
# a search "engine", the "responsibilities" of a job are not being "responsible" for
# something, "applied" ML is not applying for a job, an "applicant" is not an application,
# a "meeting" is not meeting demand, "management" is not a manager (nor is a manager
# "managing" infrastructure, nor a "manageable" job), being "busy" is not a
# business, job "openings" are not open research (nor "positions" positive, nor a
# "personality" personal projects), and "breaking" things is not how people "break in" to
# a field. Their stems are given here instead. Nor is a "doctorate" a doctor, the job
# "market" a marketer, an "account" an accountant or to "translate" a translator: those
# careers are declined. And "MLEs" are MLEs (Snowball leaves the plural of an acronym as it
# is), a "specialism" or "specialty" is a "specialisation", and what is "partly" so is no
# "part" of the job.
STEM_EXCEPTIONS = {
    "production": "production",
    "productionise": "production",
    "productionize": "production",
    "productionised": "production",
    "productionized": "production",
    "experience": "experience",
    "experienced": "experience",
    "experiences": "experience",
    "engineer": "engineer",
    "engineers": "engineer",
    "engineering": "engineer",
    "engineered": "engineer",
    "responsibility": "responsibility",
    "responsibilities": "responsibility",
    "applied": "applied",
    "breaking": "breaking",
    "applicant": "applicant",
    "applicants": "applicant",
    "meeting": "meeting",
    "meetings": "meeting",
    "management": "management",
    "manager": "manager",
    "managers": "manager",
    "manageable": "manageable",
    "busy": "busy",
    "opening": "opening",
    "openings": "opening",
    "position": "position",
    "positions": "position",
    "personality": "personality",
    "personalities": "personality",
    "doctorate": "doctorate",
    "doctorates": "doctorate",
    "marketer": "marketer",
    "marketers": "marketer",
    "accountant": "accountant",
    "accountants": "accountant",
    "translator": "translator",
    "translators": "translator",
    "mles": "mle",
    "partly": "partly",
    **dict.fromkeys(
        ("specialism", "specialisms", "speciality", "specialities", "specialty", "specialties"),
        "specialis",
    ),
}
# Snowball leaves irregular past forms as they are: a model "built" by a data scientist is
# one they build. ("Taught" stays itself: "self-taught" is its own word.)
IRREGULAR_PAST = {
    "built": "build",
    "wrote": "write",
    "written": "write",
    "ran": "run",
    "spent": "spend",
    "understood": "understand",
    "chose": "choos",
    "chosen": "choos",
    "kept": "keep",
    "lost": "lose",
    "sold": "sell",
    "bought": "buy",
    "brought": "bring",
    "began": "begin",
    "begun": "begin",
}


# (not after an abbreviation: "at big tech e.g. Google?")
SENTENCE_BREAK = re.compile(r"(?<=[.!?])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)(?<!\betc\.)\s+")
CLAUSE_BREAK = re.compile(r"(?<=[,;])\s+|\s+[—–-]\s+")
# Who the asker is ("I'm a backend dev", "parent here", "my son..."); not what they like,
# want or have not done ("I like finding insights", "I haven't touched calculus"): that says
# what they want to hear about.
ABOUT_ASKER = re.compile(
    r"(?:i|i'm|im|i've|ive|i'd|my|me|as an?)\b(?!\s+(?:like|love|enjoy|prefer|want|hate"
    r"|haven't|havent|have not|never)\b)|(?:[\w-]+\s+){1,3}here\b",
    re.IGNORECASE,
)
# ... and so is a sentence beside the question that opens on an age ("31, working in retail
# in birmingham.", "19, picking my major.")
AGE_FIRST = re.compile(r"\W*\d{2}\s*(?:,|yo\b|y/?o\b|years? old\b|[mf]\b)", re.IGNORECASE)
# People a sentence may name, and the words that then point at them within it.
PEOPLE = re.compile(
    r"\b(?:engineers?|specialists?|scientists?|developers?|devs?|people|ppl|folks?|persons?"
    r"|someone|researchers?|analysts?|mles?|employers?|compan(?:y|ies)|teams?|managers?"
    r"|recruiters?|juniors?|seniors?)\b",
    re.IGNORECASE,
)
PEOPLE_POINTERS = frozenset({"they", "their"})  # (not "them", most often a thing)
# A sentence that points back at what was said before it asks about that.
# ("this career", "that job" point at the field, not back; nor does "worth it" or "make it".)
REFERS_BACK = re.compile(
    r"\b(?<!worth )(?<!make )(?:it|its|these|those|they|them|their"
    r"|(?:that|this)(?!\s+(?:career|job|field|role|work|path|industry|area|line|kind|sort|type"
    r"|space|sector|profession)\b))\b",
    re.IGNORECASE,
)


def asking_apart(question: str) -> tuple[str, str]:
    """The sentence of a question that asks, and what else it says, most often about the
    asker ("backend dev here, 6 yrs exp." of "... do people move into ML from software?");
    the whole question when the asking sentence points back at the others ("kubernetes...
    do I really need it?"). See `_sentences_apart`."""
    asking, besides = _sentences_apart(question)
    # (a first sentence has nothing before it to point back at: "what do ai people do when
    # they log on? i picture coffee lol")
    if besides and not question.lstrip().startswith(asking) and points_back(asking):
        return question, ""
    return asking, besides


def points_back(sentence: str) -> bool:
    """True when a sentence has a word pointing at what was said before it; not "they" or
    "their" said of people it has named itself ("when an AI specialist sits down at their
    desk, what do they do first?"), while "it", "them" or "that" still point back ("I love
    pizza. Would an ML engineer like it?")."""
    return any(
        pointer.group(0).lower() not in PEOPLE_POINTERS
        or not PEOPLE.search(sentence, 0, pointer.start())
        for pointer in REFERS_BACK.finditer(sentence)
    )


def years_stated(question: str) -> float | None:
    """The years of experience the asking sentence states, a range by its middle and "5+"
    as a little more than 5; None when it states none ("in a few yrs" is to come)."""
    asking = asking_apart(question)[0]
    to_come = [span.span() for span in FUTURE_PHRASES.finditer(asking)]
    for stated in YEARS_STATED.finditer(asking):
        if any(start <= stated.end() + 1 and stated.start() < end for start, end in to_come):
            continue
        if TAKES.search(asking, 0, stated.start()) or ANOTHER_JOB.search(asking, 0, stated.start()):
            continue
        low, high = _span(stated)
        beyond = stated.group(5) or MORE_THAN.search(asking, 0, stated.start())
        return (low + high) / 2 + (0.5 if beyond else 0)
    return None


def _span(stated: re.Match[str]) -> tuple[int, int]:
    """The first and last year of a `YEARS_STATED` match (the same for "3 years")."""
    low = stated.group(1) or stated.group(3)
    high = stated.group(2) or stated.group(4) or low
    return _number(low), _number(high)


def _years_in_digits(stated: re.Match[str]) -> str:
    """A span of years of experience said as the articles write it: "between two and five
    years" is "2-5 years", as in "2–5 years experience" ("three years" stays as said)."""
    low, high = _span(stated)
    if low == high and not stated.group(5):
        return stated.group(0)
    said = str(low) if low == high else f"{low}-{high}"
    return f"{said}{stated.group(5)} years"


def _number(said: str) -> int:
    said = said.lower()
    return int(said) if said.isdigit() else NUMBER_WORDS[said]


def _sentences_apart(question: str) -> tuple[str, str]:
    """The asking sentence of a question and the others, told apart by their punctuation
    alone: the last that ends with "?", or else the last."""
    sentences = [s for s in SENTENCE_BREAK.split(question.strip()) if s]
    if len(sentences) < 2:
        return question, ""
    asking = next((s for s in reversed(sentences) if s.endswith("?")), sentences[-1])
    return asking, " ".join(s for s in sentences if s is not asking)


def about_asker(text: str) -> str:
    """What a text says of the asker ("I'm a backend dev, 6 yrs in."): each sentence, or
    the end of one from the clause, that begins with "I", "my", "as a" or "... here"."""
    told = []
    for sentence in SENTENCE_BREAK.split(text):
        clauses = CLAUSE_BREAK.split(sentence)
        first = 0 if AGE_FIRST.match(sentence) else _first_about_asker(clauses)
        if first is not None:
            told.extend(clauses[first:])
    return " ".join(told)


def told_after_asking(sentence: str) -> tuple[str, str]:
    """What a sentence tells of the asker after it has asked ("what temperament do u need for
    ai work, im v impatient lol": "im v impatient lol"), and what it asks; ("", sentence)
    when it tells nothing after asking, or the telling points back at what was asked."""
    clauses = CLAUSE_BREAK.split(sentence.strip())
    first = _first_about_asker(clauses)
    if not first:  # (None, or 0: the sentence opens by telling, "teacher here, is it...")
        return "", sentence
    asked, told = " ".join(clauses[:first]), " ".join(clauses[first:])
    return ("", sentence) if points_back(told) else (told, asked)


def _first_about_asker(clauses: list[str]) -> int | None:
    return next((n for n, clause in enumerate(clauses) if ABOUT_ASKER.match(clause)), None)


def conversation_removed(question: str) -> str:
    """A question without the phrases of conversation around its subject."""
    aside = SET_ASIDE.sub(" ", UNLIKE.sub(r"\1 ", question))
    purpose = FOR_A_JOB.search(aside)
    if purpose and SUFFICES.search(CLAUSE_END.split(aside[: purpose.start()])[-1]):
        rest = aside[: purpose.start()] + " " + aside[purpose.end() :]
        if _says_something(SUFFICES.sub(" ", rest)):  # (not "what do I need to get a job?")
            aside = rest
    aside = DIFF_BETWEEN.sub("difference", PART_PLAYED.sub(r"\1", aside))
    read = FUTURE_PHRASES.sub(_future, FILLER_PHRASES.sub(" ", aside))
    return EXPERIENCE_SPAN.sub(_years_in_digits, read)


def _says_something(text: str) -> bool:
    """True when a text has a word that is no stopword."""
    return any(word.lower().replace("’", "'") not in STOPWORDS for word in WORDS.findall(text))


def _future(span: re.Match[str]) -> str:
    """A span of years is the future, unless a negated perfect before it in its sentence
    makes it the past ("I haven't done maths in like 15 years")."""
    return span.group(0) if NOT_SINCE.search(span.string, 0, span.start()) else " future "


class Analyzer:
    """Turns text into index terms; used unchanged for passages and for questions."""

    def __init__(
        self, stems: dict[str, str] | None = None, phrases: dict[str, list[str]] | None = None
    ) -> None:
        # Stems already worked out (word -> stem). Stemming is the slow part of analysis,
        # so the index cache saves this table and a fresh process starts from it.
        self.stems: dict[str, str] = dict(stems or {})
        # ... and the terms of short texts (the lexicon's phrases, topic cues, headings),
        # which every process would analyse again before its first answer; the cache saves
        # those analysed by the time it is written (see `Advisor.build`).
        self.phrases: dict[str, list[str]] = dict(phrases or {})

    @cached_property
    def _stemmer(self) -> BaseStemmer:
        """Snowball's stemmer, imported on first use: with the stems of a cached index a
        question rarely needs it, and importing it (every language) takes a while."""
        import snowballstemmer

        return snowballstemmer.stemmer(STEMMER)

    def _stem(self, word: str) -> str:
        stem = self.stems.get(word)
        if stem is None:
            spelled = AMERICAN_SPELLING.sub(r"\1\2s\3", word)
            stem = (
                STEM_EXCEPTIONS.get(spelled)
                or IRREGULAR_PAST.get(spelled)
                or self._stemmer.stemWord(spelled)
            )
            if len(self.stems) < MAX_STEMS:
                self.stems[word] = stem
        return stem

    def terms(self, text: str) -> list[str]:
        """Index terms of a text, in order, with repeats (BM25 counts them)."""
        short = len(text) <= SHORT_TEXT
        if short and text in self.phrases:
            return list(self.phrases[text])
        out: list[str] = []
        read = WITHOUT.sub(" without ", unicodedata.normalize("NFKC", text).translate(APOSTROPHES))
        read = RETRAIN_AS.sub("switch", read)
        for raw in TOKEN.findall(KIND_OF.sub(" kindof ", UNSUITED.sub(" unsuited ", read))):
            out.extend(self._token_terms(raw))
        if short and len(self.phrases) < MAX_PHRASES:
            self.phrases[text] = list(out)
        return out

    def _word_and_particles(self, pieces: list[str]) -> bool:
        """True for a word followed only by particles ("stand-ups", "hands-on", "sync-up"):
        one word, whose meaning is not its first part's."""
        first, *rest = pieces
        particle = [p in STOPWORDS or self._stem(p) in STOPWORDS for p in rest]
        return bool(rest) and first not in STOPWORDS and all(particle)

    def _token_terms(self, raw: str) -> list[str]:
        if raw in COUNTRY_ACRONYMS:
            return [COUNTRY_ACRONYMS[raw]]
        if raw == CHAT_ARE:
            return []
        token = raw.casefold()
        token = SHORTHAND.get(token, token)
        if token[0] in "£$€":
            return [token.replace(" ", "").rstrip("+")]
        if token[0].isdigit() or token.endswith(("++", "#")):
            return [token.rstrip("stndrh") if ORDINAL.fullmatch(token) else token]
        token = token.removesuffix("'s")
        if token in STOPWORDS:
            return []
        pieces = [p for p in re.split(r"[-'.]", token) if p]
        if "-" in token and len(pieces) > 1 and pieces[-1] in KIND_SUFFIXES:
            return self._token_terms(raw.rsplit("-", 1)[0])  # ("copilot-type tools": copilot)
        if "-" in token and self._word_and_particles(pieces):  # "stand-ups" are not "standing"
            return [self._stem(token)]
        parts = [p for p in pieces if p not in STOPWORDS]
        if len(parts) <= 1:
            return [self._stem(parts[0])] if parts else []
        return [token, *(self._stem(p) for p in parts)]
