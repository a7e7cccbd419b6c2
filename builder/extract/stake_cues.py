"""Stake cues: how strongly a sentence speaks of something to gain or lose.

The cues are shapes of English sentences, not words of any one story: a consequence
that has not happened yet (a modal before a verb: "could lead to", "may force", "would
cost"), a risk or a warning ("warned that", "fears", "at stake", "threatens"), legal
exposure ("faces up to ten years", "was charged with", "could be jailed"), the defence's
case ("said his client acted in fear"), a condition
("if", "unless", "otherwise"), dependence and leverage ("hinges on", "needs ... to",
"bargaining chip", "ultimatum"), money, jobs and people affected, and gains. Each kind of
cue adds its weight once; a sentence that only reports what happened scores little.
"""

from __future__ import annotations

import functools
import re

_CONSEQUENCE_VERBS = (
    r"lose|cost|destroy|damage|hurt|harm|jeopardi[sz]e|threaten|end|close|cut|shut|collapse|"
    r"fall|rise|increase|reduce|delay|block|gain|benefit|boost|save|create|bring|face|force|"
    r"impose|lead to|result in|undermine|weaken|strengthen|affect|wipe out|push|leave|"
    r"trigger|spark|provoke|derail|halt|sink|bankrupt|expose|revive|exceed|shape|depend|"
    r"survive|void|bar|freeze|trim|shrink|raise|require|prevent|stop|smother|kill|struggle|"
    r"suffer|absorb|recover|disappear|win|fail|miss|owe|pay|drift|afford|receive|remove|"
    r"replace|draw|drag|escalate|aid|help|hamper|hinder|erode|deepen|worsen|spread|"
    r"overwhelm|unsettle|destabili[sz]e|endanger|ruin|cripple|jail|sue|ban|lift|unlock|give|"
    r"allow|enable|deny|need"
)
_BE_PASSIVES = (
    r"fined|sued|forced|closed|lost|hit|penali[sz]ed|charged|banned|sanctioned|left|cut|"
    r"scrapped|delayed|voided|barred|removed|blocked|weakened|smothered|harmed|exposed|"
    r"jailed|imprisoned|deported|extradited|prosecuted|sentenced|killed|destroyed|"
    r"threatened|ruled out|drawn into|dragged into|stripped|expelled|suspended|sacked|"
    r"fired|evicted|recalled|overturned|reversed"
)
_MODAL = r"(?:could|might|may|would|will|can(?:not)?|can't|won't|wouldn't|couldn't)"
# A cue of something still to come or still open (a consequence, a risk, a warning, an
# exposure, a condition, leverage), as against one that only sizes what happened (money,
# people, harm done, gains): position lifts a sentence only for the first kind, or the
# opening report of what happened would outrank the stakes it leads to.
# A bare modal or "if" looks ahead too, but names no gain or loss of its own ("that
# suggests the yard may stay open"): it lifts a sentence, it tells no stake from another.
FORWARD = "forward"
GENERIC = "generic"
SETTLED = "settled"
_CUES: tuple[tuple[re.Pattern[str], float, str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), weight, kind)
    for pattern, weight, kind in (
        # A consequence that has not happened yet, with a verb of gain or loss.
        (
            rf"\b(?:{_MODAL}|stands? to|threat(?:ens|ened)? to|risks?|set to|likely to|"
            r"poised to|is to|are to)\s+(?:\w+\s+){0,2}?(?:not\s+|no longer\s+)?(?:"
            + _CONSEQUENCE_VERBS
            + r"|be (?:"
            + _BE_PASSIVES
            + r"))\w*\b",
            2.0,
            FORWARD,
        ),
        # Any hypothetical: "could", "might" or "may" before a verb, "be" too ("could be a
        # source of further outbreaks"; not "may be in order").
        (
            r"\b(?:could|might|may)\s+(?:well\s+|also\s+|even\s+|soon\s+|still\s+)?(?:not\s+)?"
            r"(?!not\b)(?:[a-z]{3,}|be\s+(?!in\b)(?![a-z]+er\b)[a-z]+)",
            1.0,
            GENERIC,
        ),
        (
            r"\b(?:pushes|pushed|pushing) [\w $]{2,40}? back\b|\b(?:delays?|delayed) by\b",
            2.0,
            FORWARD,
        ),
        # A loss that has happened: "lost a quarter of its supply", "lost 300 jobs", "lost
        # their baby", "it cost him his life".
        (
            r"\b(?:lost|loses|losing|wasted|wastes|wasting)\s+(?:\w+\s+){0,3}?(?:of\b|jobs|"
            r"money|customers|revenue|seats|[$£€]\d|lives|life|homes|bab(?:y|ies)|child(?:ren)?|"
            r"sons?|daughters?)|\bcost\s+(?:[\w'’]+\s+){0,3}?(?:his|her|their|its)\s+(?:lives?|jobs?|"
            r"seats?|homes?|careers?|freedom|title)\b",
            2.0,
            SETTLED,
        ),
        # A remedy someone seeks: "asking the court to void the vote".
        (
            r"\b(?:ask(?:s|ed|ing)?|urg\w+|seek(?:s|ing)?|sought|petition\w*)\s+(?:\w+\s+){0,3}?"
            r"to\s+(?:void|bar|block|overturn|halt|stop|cancel|annul|suspend|freeze|ban|reverse|"
            r"lift|move|drop|recall|release)\b",
            2.0,
            FORWARD,
        ),
        # Legal exposure: charges, a possible sentence, a lawsuit.
        (
            r"\b(?:faces?|facing|faced)\s+(?:a|an|the|up to|possible|potential)?\s*(?:\w+\s+){0,5}?"
            r"(?:cuts?|fines?|loss|losses|charges?|counts?|ban|threat|risk|debt|bill|penalt|"
            r"claim|lawsuit|prison|jail|years?|life|death|trial|sentence|extradition|"
            r"deportation|prosecution|questions|pressure|backlash|calls)",
            2.0,
            FORWARD,
        ),
        (
            r"\b(?:charged|indicted|accused|convicted|sued|arrested)\s+(?:\w+\s+){0,3}?"
            r"(?:with|of|for|over)\b",
            1.5,
            FORWARD,
        ),
        (
            r"\b(?:up to|a maximum of|at least|minimum of)\s+[\w-]+\s+(?:years?|months?)\b|"
            r"\b(?:life|years?) (?:in|behind) (?:prison|jail|bars)\b",
            2.0,
            FORWARD,
        ),
        (
            r"\b(?:at stake|at risk|in jeopardy|under threat|on the line|in the balance)\b",
            2.0,
            FORWARD,
        ),
        # Harm to a standing that can still be lost ("bringing the House into disrepute",
        # "a blow to taxpayers", "unhelpful for the minister"), trouble still ahead
        # ("hurdles looming"; "as the night loomed" only tells the time).
        (
            r"\b(?:into disrepute|credibility|reputational|(?:a|another|the)\s+(?:\w+\s+)?"
            r"blow (?:to|for)|unhelpful (?:to|for)|setbacks? (?:to|for)|looms|looming|"
            r"on the horizon)\b",
            1.5,
            FORWARD,
        ),
        # Harm, risk, fear and warning.
        (
            r"\b(?:risks?|risked|risky|threats?|threaten\w*|danger\w*|fears?|feared|fearing|"
            r"scared|afraid|terrified|frightened|stakes|"
            r"warn(?:s|ed|ing)?|warnings?|alarm\w*|jeopardi[sz]\w*|peril\w*|"
            r"vulnerab\w*|escalat\w*|retaliat\w*|backlash|crisis|chaos|turmoil)\b",
            1.5,
            FORWARD,
        ),
        (
            r"\b(?:concerns?|concerned|worr(?:y|ies|ied)|decline|harm|damage|deaths?|"
            r"injur(?:y|ies|ed)|fraud|exposed|stolen|disrupt\w*|shortfall|contaminat\w*|"
            r"liabilit(?:y|ies)|uncertainty|instability|consequences?|repercussions?|"
            r"implications?|impact)\b",
            1.0,
            SETTLED,
        ),
        # Any consequence still to come, or a need: "will need", "would give", "must find".
        (
            r"\b(?:will|would|can|must|should|shall)\s+(?:not\s+|also\s+|still\s+|now\s+)?"
            r"(?!be\b|have\b|say\b|tell\b)[a-z]{3,}\b|"
            r"\b(?:needs?|needed|has|have|had) to\s+[a-z]{3,}",
            0.5,
            GENERIC,
        ),
        # Harm done to people: the loss an analyst states first.
        (
            r"\b(?:killed|killing|died|dead|deaths?|murder\w*|stabb\w*|shot|shooting|behead\w*|"
            r"execut(?:ed|ion|ions)|attack\w*|abus\w*|assault\w*|rap(?:e|ed|ist)|victims?|"
            r"injur\w*|wounded|kidnap\w*|grooming|groomed|tortur\w*|missing|destroy(?:ed|s|ing)|"
            r"gunned down)\b",
            1.0,
            SETTLED,
        ),
        # A legal process under way, whose outcome someone faces.
        (
            r"\b(?:alleg\w+|accus\w+|arrest\w*|charg(?:e|es|ed|ing)|investigat\w+|probe|"
            r"inquiry|inquest|trial|guilty|misconduct|hearing|verdict|jury|convict\w*|"
            r"plead\w*|pleaded|indict\w*|warrant|custody|bail|lawsuits?|litigation|tribunal|"
            r"on the run|"
            r"at large|conflicts? of interest|fled (?:the country|abroad|the state))\b",
            1.0,
            FORWARD,
        ),
        # The defence's case, on which a verdict turns: what a lawyer says of "his
        # client" is the side a court has still to weigh.
        (
            r"\b(?:his|her|their)\s+clients?\b|\bdefen[cs]e\s+(?:lawyers?|attorneys?|"
            r"counsel|team|case)\b",
            2.0,
            FORWARD,
        ),
        # Penalties, claims and remedies.
        (
            r"\b(?:fined?|fines|penalt(?:y|ies)|damages|sanctions?|compensat\w*|lawsuit|"
            r"sue[sd]?|class action|prosecut\w*|refund\w*|jail\w*|prison|sentenc\w*|"
            r"extradit\w*|deport\w*|impeach\w*|resign\w*|sack\w*|recall\w*|punish\w*|"
            r"ban|bans|banned|forfeit\w*|suspen\w*|disciplin\w*)\b|"
            r"\b(?:possible|potential|additional|further|more|new|criminal) charges\b",
            1.0,
            FORWARD,
        ),
        # Dependence and leverage.
        (
            r"\b(?:depends? on|depending on|dependent on|counting on|reli(?:es|ed) on|relying on|"
            r"hinges? on|unless|otherwise|leverage|pressure|ultimatum|veto|deadline|at the mercy|"
            r"bargaining chip|negotiating (?:position|stance|hand)|no (?:commitment|guarantee|"
            r"promise))\b",
            1.5,
            FORWARD,
        ),
        (
            r"\b(?:hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|bid|vow(?:s|ed)?|pledg(?:e|es|ed)|"
            r"promis(?:e|es|ed)|determined|battl(?:e|es|ing)|fight(?:s|ing)?|struggl\w+)\s+"
            r"(?:\w+\s+){0,2}?to\s+[a-z]+",
            1.0,
            FORWARD,
        ),
        # A duty not met, which someone may answer for: "did not do enough to protect".
        (
            r"\b(?:did not|didn['’]t|failed to|failing to|fails to)\s+(?:do enough to\s+)?"
            r"(?:protect|prevent|stop|act|warn|intervene|do enough)\b|\bintent on\s+\w+ing\b",
            1.0,
            FORWARD,
        ),
        # Money, jobs and people affected.
        (
            r"[$£€]\s?\d|\b\d[\d,.]*\s?(?:%|per cent|percent)|\b(?:millions|billions) of "
            r"(?:dollars|euros|pounds)\b|\b\d[\d,.]*\s?(?:million|billion|bn|m)\b",
            1.0,
            SETTLED,
        ),
        (
            r"\b(?:costs?|fund(?:s|ed|ing)?|grants?|budgets?|reserves|borrowing|subsid\w+|"
            r"money|revenue|profits?|bills?|prices?|insur\w+|afford\w*|worth|tax\w*|debts?)\b",
            0.5,
            SETTLED,
        ),
        # A condition with a bad outcome: "if their harvests failed", "if it cannot".
        (
            r"\b(?:if|unless|until)\b[^,.;]{0,60}?\b(?:fail\w*|lose|loses|lost|close[sd]?|"
            r"collapse\w*|cannot|can't|not|no|never)\b",
            1.0,
            FORWARD,
        ),
        (r"\b(?:if|unless|otherwise|or else)\b", 0.5, GENERIC),
        (
            r"\b(?:\d[\d,]*|hundreds of|thousands of|millions of)\s+(?:\w+\s+)?(?:jobs|people|"
            r"patients|customers|homes|households|businesses|families|workers|residents|shops|"
            r"farms|members|employees|children|students|voters|troops|soldiers|civilians|"
            r"refugees|lives)\b|\b(?:jobs|livelihoods?|ratepayers|taxpayers)\b",
            1.0,
            SETTLED,
        ),
        # Gains.
        (
            r"\b(?:benefit|gain|boost|windfall|reward|safer|advantage|strengthen|win)\w*\b",
            0.5,
            SETTLED,
        ),
    )
)


@functools.lru_cache(maxsize=8192)
def _kinds_found(text: str) -> tuple[tuple[float, str], ...]:
    """The weight and kind of each cue a text holds, read once for every score."""
    return tuple((weight, kind) for pattern, weight, kind in _CUES if _found(pattern, text))


def stake_score(text: str) -> float:
    """How strongly a text speaks of something to gain or lose."""
    return sum(weight for weight, _ in _kinds_found(text))


def _found(pattern: re.Pattern[str], text: str) -> bool:
    """Whether a cue is in a text outside a name: "the Fraud and Risk Panel met"
    names a panel, it tells of no fraud or risk."""
    first = pattern.search(text)
    if first is None or not first.group(0)[:1].isupper():
        return first is not None  # most cues are found, or not, at the first search
    return any(
        not match.group(0)[:1].isupper() or _OPENS.search(text, 0, match.start()) is not None
        for match in pattern.finditer(text, first.start())
    )


# Where a capital opens a sentence, a quotation or what follows a colon, not a name.
_OPENS = re.compile(r"(?:^|[.!?:;][\"”’']?\s+)[\"“‘']?$")


@functools.lru_cache(maxsize=8192)
def looks_ahead(text: str) -> bool:
    """Whether a text speaks of something still to come or still open (not only of the
    size of what happened)."""
    return any(kind != SETTLED and pattern.search(text) for pattern, _, kind in _CUES)


def specific_score(text: str) -> float:
    """How strongly a text names something to gain or lose, leaving out the cues of a
    bare modal or condition."""
    return sum(weight for weight, kind in _kinds_found(text) if kind != GENERIC)
