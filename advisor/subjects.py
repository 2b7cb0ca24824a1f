"""The thing a question asks whether to learn, know or use ("is LangChain worth learning?",
"do ML engineers need to know CUDA?"): when the articles never name it, what they say about
learning or tools in general is no answer, so the advisor says it does not know it."""

from __future__ import annotations

import re

# (what may stand before the thing: "learn the basics of", "use a bit of")
_BEFORE = r"(?:(?:about|the|a|an|some|any|more|a bit of|a little)\s+)*"
# (a thing of two or three words is taken whole: "web dev", "amazon web services")
_WORD = r"[a-z][\w+#]*(?:[.-][\w+#]+)*"
_NEXT = (
    r"\s+(?!(?:for|to|as|if|or|and|first|at|in|on|with|a|an|the|is|are|now|still|when|before"
    r"|after|too|also|well|really|worth|better|important|necessary|needed|required|essential"
    r"|useful|used|relevant|good|any|much|more|most|right|these|this|that|it|nowadays|today"
    r"|anymore|yet|though|lol|tbh|pls|ngl|vs|versus|over|instead)\b)"
)
_THING = rf"({_WORD}(?:{_NEXT}{_WORD}){{0,2}})"
_WHO = r"(?:i|you|u|we|they|one|people|ppl|mles?|ml engineers?|ai engineers?|engineers?)"
_VERB = r"(?:learn|know|use|master|pick up|study)"
ASKED_THING = re.compile(
    # "should I learn X?", "do I need to know X?", "do MLEs use X?"
    rf"\b(?:should|do|does|must|would|will|can|could)\s+{_WHO}\s+(?:(?:really|actually|even"
    rf"|still|also|ever)\s+)?(?:(?:need|have|want|got|bother)\s+to\s+)?{_VERB}\s+{_BEFORE}{_THING}"
    # "is it worth learning X?"
    rf"|\bis\s+it\s+(?:still\s+)?worth\s+(?:learning|knowing|using|studying)\s+{_BEFORE}{_THING}"
    # "is X worth learning?", "is X important?"
    rf"|(?:^|[,;:.?!]\s*|\b(?:and|but|so|or)\s+)(?:is|are|isn't|isnt)\s+{_BEFORE}{_THING}\s+(?:worth"
    rf"|important|necessary|needed|required|essential|useful|used|relevant|still relevant|a must"
    rf"|any good)\b"
    # "how important is X?"
    rf"|\bhow (?:important|useful|relevant|necessary|essential) (?:is|are)\s+{_BEFORE}{_THING}",
    re.IGNORECASE,
)
# ... but how, what of one's own, or a short word (most often an abbreviation of what the
# articles name: "tf", "rl", "calc") is no thing: "is learning online enough?", "learn
# quickly", "should I use my savings on a bootcamp?", "learn from books"
NOT_A_THING = re.compile(
    r"(?:my|your|their|our|his|her|from|at|on|in|with|by|for|to|this|that|these|those|em|them"
    r"|it|good|bad|new|smth|sth|something|anything|else)\b.*"
    r"|\w+ly|online|offline|alone|together|fast|faster|abroad|first|again|anyway|everything"
    r"|stuff|things?|lots|more|better|best|enough|full-time|part-time|\w{1,4}",
    re.IGNORECASE,
)
# ... nor one of two asked between ("tf or pytorch?", "polars over pandas"): the other may
# be one the articles name.
OR_ANOTHER = re.compile(
    r"(?:\s+(?:learning|using|knowing|it))?\s*(?:,\s*)?(?:or|vs\.?|versus|over|and|instead of"
    r"|/)\s",
    re.IGNORECASE,
)
# ... nor what follows the verb when "which" or "what" asks for the thing ("which concepts
# should I know cold?")
WHICH_ASKED = re.compile(r"\b(?:which|what)\b[^,;:.?!]*$", re.IGNORECASE)


def asked_things(question: str) -> list[str]:
    """The words a question asks whether to learn, know or use, as said."""
    said = (
        next(g for g in m.groups() if g)
        for m in ASKED_THING.finditer(question)
        if not WHICH_ASKED.search(question, 0, m.start())
        and not OR_ANOTHER.match(question, m.end())
    )
    return [thing for thing in said if not NOT_A_THING.fullmatch(thing)]
