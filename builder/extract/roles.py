"""Roles: what an actor is or does in the story, read from the words around a mention.

In order of preference: a title before the name ("Poland's Foreign Minister Radoslaw
Sikorski"), an apposition after it ("Okafor, the chair of the harbour board,"), a
predicate ("Okafor is the chair of ..."), a title set off before it ("the board's chair,
Miriam Okafor"), and last what the actor did or said ("said the plan would go ahead").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

from builder.article import Article
from builder.extract import gazetteer, lexicon
from builder.extract.given_names import is_given_name
from builder.extract.kinship import kin_of
from builder.extract.lead_person import lead_act, lead_description, lead_referent
from builder.extract.lexicon import terms
from builder.extract.nlp import Mention, is_common_word, is_past, is_verb_word, verb_base
from builder.extract.results import on_match_line, played_in, result_of
from builder.extract.syntax import (
    DANGLING,
    LEADING,
    action_of,
    affiliation_of,
    clean_phrase,
    description_of,
    did_the_noun,
    done_with,
    is_role_noun,
    led_by,
    mutual_party,
    named_kind,
    officer_act,
    setting_of,
    undergone,
    where_of,
    without_claimant,
)

MAX_ROLE_WORDS = 14
# Sentences parsed per actor in search of a role: its first mentions say what it is.
MAX_PARSED = 6
# A title and an action together stay this short, or the title stands alone.
MAX_COMBINED_WORDS = 15
# Words left beside a role's first action before a second one is looked for.
MIN_SECOND_ACTION = 6
# The sentences that say what the story is about.
LEAD_SENTENCES = 2
_ROLE_WORDS = frozenset(w.lower() for w in lexicon.ROLE_HEADS)
# Words that head what a body is ("the newspaper", "the agency"), never a person's title.
_BODY_HEADS = terms(
    """
    agency, ministry, party, government, company, group, firm, club, side, team, bank,
    council, court, board, body, union, alliance, organisation, organization, watchdog,
    broadcaster, newspaper, network, militia, army, rebels, movement, country, nation,
    state, city, capital, region, province, republic
    """
)
_LANDS = terms("country, nation, state, city, capital, region, province, republic")
_MODIFIERS = terms(
    """
    former, new, deputy, acting, senior, chief, top, interim, assistant, vice, general,
    then, outgoing, incoming, veteran, fellow, longtime, foreign, prime, finance, defence,
    defense, interior, health, justice, executive, managing, head, team, club, party,
    opposition, state, federal, national, regional, local, city, county, district,
    presidential, republican, democratic, conservative, labour, liberal, police, army,
    military, company, union, board, cabinet, trade, economy, energy, environment,
    education, transport, agriculture, home, british, american, european, secretary, lead,
    caretaker, permanent, first, second, associate, principal, founding, co-founder, ex
    """
)
_STOP_BEFORE = terms(
    """
    the, a, an, and, or, but, said, says, told, with, by, of, to, for, from, in, on, at, as,
    that, which, who, when, after, while, his, her, their, its, our, is, was, are, were,
    has, had, have
    """
)
_APPOSITION = re.compile(
    r"^\s*,\s*(?:(?:the|a|an|his|her|their|its)\s+)?([^,;:.()\"“”\n]{3,110}?)\s*(?:,|;|\.|\)|—)"
)
_PREDICATE = re.compile(
    r"^\s+(?:is|was|has been|had been|became|will become|remains)\s+(?:the|a|an)\s+"
    r"([^,;:.()\"“”\n]{3,110})"
)
_SET_OFF_BEFORE = re.compile(r"\b(?:the|a|an)\s+([^,;:.()\"“”\n]{3,90}),\s*$", re.IGNORECASE)
# Capitalised before a name, these address a nun, a monk or a priest ("Sister Agnes").
_RELIGIOUS_ADDRESS = frozenset({"Sister", "Brother", "Father", "Mother"})
# What ends a dateline: an outlet in brackets, or a dash before the story begins.
_DATELINE_END = re.compile(
    r"^(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})?\s*(?:\([A-Z][A-Za-z .]{1,25}\)|[—–-]{1,2}\s)"
)
_COUNTS = terms("one, two, three, four, five, six, seven, eight, nine, ten, both, another")
# "Tallow, 20, was stopped ...", "Okafor, both 19,", "Reyes (17)": the age the article gives.
_AGE_AFTER = re.compile(r"^\s*(?:,\s*(?:both\s+|aged\s+)?(\d{1,3})\s*[,;.]|\((\d{1,3})\))")
# Words that open a photo's caption set into the text.
_CAPTION = terms("pictured, seen, shown, photographed, left, right, centre, center, above, below")
# Ranks written between a title and a name ("Police spokesman Major Ruiz").
_RANKS = terms(
    "major, corporal, cpl, constable, pc, private, pte, superintendent, supt, brigadier, "
    "marshal, sergeant, sgt, inspector, captain, capt, lieutenant, lt, colonel, col"
)
# Words that make one rank with the rank after them ("Detective Inspector", "Chief
# Superintendent"), where the rank is the title's, not the name's.
_RANK_GRADES = _RANKS | lexicon.RANKS | terms("chief, deputy, assistant, senior, detective")
# Titles shortened with a full stop before a name ("Gen. Ruiz", "Sen. Okafor").
_ABBREVIATED = terms(
    """
    gen, sen, rep, gov, col, capt, lt, sgt, dr, prof, rev, supt, insp, det, cpl, pte, cmdr,
    adm, maj, brig, cdr, hon, pres, sec, amb, atty, mr, mrs, ms, mx, st, fr, supt, cllr
    """
)
_DETERMINERS = terms("the, a, an, his, her, their, its, our, my, your, this, that")
# Times and sentence adverbs: capitalised before a title, they are not part of a name.
_NOT_NAME_WORDS = terms(
    """
    monday, tuesday, wednesday, thursday, friday, saturday, sunday, january, february,
    march, april, may, june, july, august, september, october, november, december,
    yesterday, today, tonight, tomorrow, last, next, this, these, earlier, later, now, then,
    meanwhile, however, also
    """
)
_REPORTED = terms("said, says, told, added, announced, reported, confirmed, stated")
# Verbs that only pass on what was said, by their base ("warned", "admitted" are acts).
_SPEAKING = terms("say, tell, add, announce, report, confirm, state")
_AGE = re.compile(r"^\d{1,3}$")
_LEADING_NOISE = re.compile(
    r"^(?:who|which|whose|that|where|when|said|says|and|but)\b", re.IGNORECASE
)
_AUX = frozenset(
    {
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "must",
        "should",
        "has",
        "have",
        "had",
        "is",
        "was",
        "are",
        "were",
    }
)


def _has_role_word(phrase: str) -> bool:
    words = re.findall(r"[A-Za-z][A-Za-z-]*", phrase.lower())
    return any(w in _ROLE_WORDS for w in words)


def _clip(words: list[str]) -> str:
    return clean_phrase(words[:MAX_ROLE_WORDS])


def _of_title(words: list[str]) -> int:
    """How many of the last words are a title written with "of" before a name
    ("Director of Public Prosecutions", "Chancellor of the Exchequer"); 0 when none."""
    for n in range(len(words) - 2, max(len(words) - 7, 0), -1):
        if words[n].lower() != "of" or words[n - 1].lower().rstrip(".") not in _ROLE_WORDS:
            continue
        named = words[n + 1 :]
        if named and named[0] == "the":
            named = named[1:]
        # "leader of the Scottish Labour party": a body's word may end it in lower case.
        if named and len(named) > 1 and named[-1] in _BODY_HEADS:
            named = named[:-1]
        if named and all(re.match(r"^[A-Z][A-Za-z&-]*$", w) for w in named):
            return len(words) - n + 1
    return 0


def _sentence_initial(words: list[str], n: int) -> bool:
    """Whether the n-th word opens a sentence (as far as the words before it tell)."""
    return n == 0 or bool(re.search(r"[.!?:][\"“”‘’']*$|^[\"“”‘’']+$", words[n - 1]))


def title_before(text: str, mention: Mention) -> str:
    """ "Poland's Foreign Minister" from "Poland's Foreign Minister Radoslaw Sikorski"."""
    words = text[max(0, mention.start - 120) : mention.start].split()
    if not words:
        return ""
    if (
        len(words) > 1
        and words[-1].lower() in _RANKS
        and words[-2].lower() in _ROLE_WORDS
        and words[-2].lower() not in _RANK_GRADES
        and not re.search(r"[,.;:!?\"“”()]$", words[-2])
    ):
        words = words[:-1]  # "Police spokesman Major Ruiz": the rank is part of the name
    # "Director of Public Prosecutions Ana Brel"; not "leader of the Scottish Labour".
    of_title = _of_title(words) if mention.label == "PERSON" else 0
    if of_title:
        taken = words[-of_title:][::-1]
        head = taken[-1].lower()
        words = words[: len(words) - of_title + 1]
    else:
        head = words[-1].lower().rstrip(".")
        taken = [words[-1]]
    if head not in _ROLE_WORDS or not re.match(r"^[A-Za-z-]+\.?$", words[-1]):
        return ""
    if head in lexicon.HONORIFICS or words[-1] in _RELIGIOUS_ADDRESS:
        return ""  # "Mr", "Sister": a form of address, not a function
    if mention.label == "PERSON" and head in _BODY_HEADS:
        return ""  # "told the newspaper Garcia ...": a body's word, never a person's title
    if words[-1].endswith(".") and head not in _ABBREVIATED:
        # "... in Calder District Court. Marsh", "... the peer's son. Moore": the last
        # sentence's end, not a title ("Gen. Marsh" is one).
        return ""
    for n in range(len(words) - 2, -1, -1):
        word = words[n]
        bare = word.lower()
        if re.fullmatch(r"(?:[A-Z]\.){2,}", word):
            taken.append(word)  # "U.S. Attorney": a short form with its full stops
            continue
        if re.search(r"[,.;:!?\"“”()]$", word) or bare in _STOP_BEFORE:
            break
        if re.search(r"['’]s$", word) and word[0].isupper():
            owner = re.sub(r"['’]s$", "", word)
            taken.reverse()
            # "Poland's Foreign Minister" → "Foreign Minister of Poland".
            return _clip([*taken, "of", owner])
        if bare in _MODIFIERS or bare in _ROLE_WORDS or "-" in word:
            taken.append(word)
            continue
        if word[0].isupper() and not is_common_word(bare):
            taken.append(word)
            continue
        # "French President", "US Attorney", "Tory MP": a nationality, a country or a
        # short form in capitals is part of the title, though also a dictionary word.
        if word[0].isupper() and (
            gazetteer.demonym_country(word) or gazetteer.country_code(word) or word.isupper()
        ):
            taken.append(word)
            continue
        # "the Tory MP", "Calder High School English teacher": a dictionary word written
        # with a capital inside a sentence names a party or a place, unless it is a day
        # or a month ("on Monday Judge Brel"); at the sentence's start it does when it
        # opens a run of capitalised words ("Harbour Lines chief executive").
        if (
            word[0].isupper()
            and word[1:].islower()
            and bare not in _NOT_NAME_WORDS
            and (not _sentence_initial(words, n) or taken[-1][0].isupper())
        ):
            taken.append(word)
            continue
        break
    taken.reverse()
    first = len(words) - len(taken) + (of_title - 1 if of_title else 0)
    before = words[first - 1].lower() if 0 < first <= len(words) else ""
    if len(taken) == 1 and words[-1].islower() and (before in _COUNTS or before.isdigit()):
        return ""  # "two babies and one mother Clara Dunn ...": a count, not a title
    if len(taken) == 1 and words[-1].islower() and head in _MODIFIERS:
        return ""  # "the state Environmental Review Board": which level, not a title
    if len(taken) == 1 and words[-1].islower() and before in LEADING - {"the", "a", "an"}:
        return ""  # "was shown in court Rhys Tallow ...": a caption ran on
    return _clip(taken)


def _stems(text: str) -> set[str]:
    """The first five letters of the words written in lower case ("admits", "admitted":
    "admit"); a name ("Vaskan") says who, not what was done."""
    return {w[:5] for w in re.findall(r"\b[a-z]{4,}", text) if w not in _STOP_BEFORE}


def _repeats(second: str, first: str) -> bool:
    """Whether a second action mostly says the first again ("has faced criticism")."""
    words = set(re.findall(r"[a-z]{4,}", second.lower()))
    said = set(re.findall(r"[a-z]{4,}", first.lower()))
    return not words or len(words & said) * 2 >= len(words)


def _within(action: str, title: str) -> bool:
    """Whether every word of an action is a word of the title."""
    words = set(re.findall(r"[a-z]{3,}", action.lower())) - DANGLING
    return bool(words) and words <= set(re.findall(r"[a-z]{3,}", title.lower()))


def in_dateline(text: str, mention: Mention) -> bool:
    """Whether the mention is the place line before a story's first words ("Port Calder,
    India (CNN)As ...", "LONDON (Reuters) -"), which the parser reads as part of it."""
    before = text[: mention.start]
    if len(before) > 60 or re.search(r"\b[a-z]{2,}\b", before):
        return False
    return bool(_DATELINE_END.match(text[mention.end : mention.end + 30]))


def age_after(text: str, mention: Mention) -> str:
    """ "aged 20" from "Rhys Tallow, 20, was stopped ..." (an age, not a figure)."""
    match = _AGE_AFTER.match(text[mention.end : mention.end + 20])
    age = next((g for g in match.groups() if g), "") if match else ""
    return f"aged {age}" if age and 0 < int(age) < 120 else ""


# A capitalised place and a comma just before a name: the name ends an address.
_ADDRESS_BEFORE = re.compile(r"\b([A-Z][\w.'-]+(?: [A-Z][\w.'-]+)?),\s+$")


def apposition_after(text: str, mention: Mention) -> str:
    """ "the chair of the harbour board" from "Okafor, the chair of the harbour board,"."""
    address = _ADDRESS_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
    if address and (lexicon.is_place(address.group(1)) or gazetteer.is_city(address.group(1))):
        # "the Arlen, Vaskland, resident": an address's commas; what follows is the
        # noun it describes, not the country's apposition.
        return ""
    following = text[mention.end : mention.end + 160]
    match = _APPOSITION.match(following)
    if match:
        phrase = match.group(1).strip()
        if _AGE.match(phrase):
            # "Klopp, 47, the German coach, ..."; skip the age and look again.
            rest = following[match.end() - 1 :]
            again = _APPOSITION.match(rest)
            phrase = again.group(1).strip() if again else ""
        opens = phrase.split()[0].lower() if phrase else ""
        if any(w in _REPORTED for w in phrase.lower().split()):
            phrase = ""  # "..., the regulator said": the next clause, not an apposition
        # "Tallow, in court," is an aside, not an apposition; "Reyes, seen here at
        # the hearing," or "Tallow, pictured," a photo's caption.
        if opens in _CAPTION or (verb_base(opens) is not None and opens not in _MODIFIERS):
            phrase = ""
        # "Ruiz, originally from Vask," says where she is from; "the old guard, never a
        # friend of the workers," what it is not: neither is a title.
        second = phrase.split()[1].lower() if len(phrase.split()) > 1 else ""
        if opens in {"not", "never"} or (opens.endswith("ly") and second in LEADING):
            phrase = ""
        # "found Tallow, the boy and Reyes's sister, Ana": a list of those found, not
        # what Tallow is; "the chair and founder of the board" is one person's title.
        listed = re.search(r"\band\s+(\S+)", phrase)
        if listed and (listed.group(1)[0].isupper() or listed.group(1).lower() in _DETERMINERS):
            phrase = ""
        if (
            phrase
            and opens not in LEADING
            and not _LEADING_NOISE.match(phrase)
            and _has_role_word(phrase)
        ):
            words = phrase.split()
            if len(words) <= MAX_ROLE_WORDS and not (
                words[0][0].isupper() and words[0].lower() in {"he", "she"}
            ):
                return _clip(words)
    match = _PREDICATE.match(following)
    if match and _has_role_word(match.group(1)):
        # "Reyes was a surveyor of long standing and had not met the buyers ...": the
        # description ends where a second verb begins.
        words = match.group(1).split()
        for n, word in enumerate(words[:-1]):
            following_word = words[n + 1].lower()
            if word.lower() in {"and", "but"} and (
                following_word in _AUX or verb_base(following_word) is not None
            ):
                words = words[:n]
                break
        return _clip(words)
    return ""


def set_off_before(text: str, mention: Mention) -> str:
    """ "chief executive" from "the company's chief executive, Jane Doe"."""
    preceding = text[max(0, mention.start - 100) : mention.start]
    match = _SET_OFF_BEFORE.search(preceding)
    words = match.group(1).split() if match else []
    # "... the meeting The boy's lawyer, Okafor": a sentence ran on, not one title;
    # "The Daily Post quoted a council engineer, Morrow": a clause, not one title.
    if any(w.lower() in {"the", "a", "an"} for w in words[1:]):
        return ""
    # "The last time Tom Ruiz spoke with his son, Ana Ruiz ...": a name and its verb,
    # a clause that sets the scene, not a title.
    if any(
        w[:1].isupper() and is_past(nxt) and not nxt.endswith("ing")
        for w, nxt in itertools.pairwise(words)
    ):
        return ""
    # "According to the newspaper, Reyes bought ...": who reports, not her title.
    ahead = preceding[: match.start()].split()[-1:] if match else []
    if ahead and ahead[0].lower() in LEADING:
        return ""
    if words and _has_role_word(" ".join(words)) and len(words) <= 8:
        return _clip(words)
    return ""


def _title(article: Article, ordered: list[Mention], kind: str) -> tuple[str, int | None]:
    """What the article calls the actor: a title, an apposition, an affiliation."""
    text = article.text
    finders = (
        [title_before, apposition_after, set_off_before]
        if kind in {"person", "organization", "group"}
        else [apposition_after]
    )
    described = next(
        ((d, m.sentence) for m in ordered[:MAX_PARSED] if (d := description_of(article, m))),
        ("", None),
    )
    if kind == "place" and described[0].lower().rsplit(" ", 1)[-1] in _BODY_HEADS - _LANDS:
        # "the Ayrshire club", "Calder city council": a body that is there, not what the
        # place is.
        described = ("", None)
    for finder in finders:
        for mention in ordered:
            role = finder(text, mention)
            if role:
                # "teacher" said fully elsewhere: "a former Calder primary school teacher".
                if len(role.split()) == 1 and described[0].lower().endswith(role.lower()):
                    return described
                return role, mention.sentence
    if described[0]:
        return described
    if kind == "person":
        for mention in ordered[:MAX_PARSED]:
            role = affiliation_of(article, mention)
            if role:
                return role, mention.sentence
        # "A 14-year-old Calder girl was charged ... . Ana Ruiz appeared ...": the lead
        # told what she is before it gave her name.
        # A caption before the first sentence is not where the story names her.
        named = [m for m in ordered if m.start >= article.sentences[0].start]
        if named and (role := lead_description(article, named[0])):
            return role, 1
        # "David Cameron launched ... . The Prime Minister said ...": the office the
        # next sentence calls him by.
        for mention in ordered[:MAX_PARSED]:
            role = office_after(article, mention)
            if role:
                return role, mention.sentence + 1
        # "Tom Ruiz said his daughter, Ana Ruiz, ...": who he is to her says more of him
        # than his age.
        for mention in ordered[:MAX_PARSED]:
            role = kin_of(article, mention, ordered)
            if role:
                return role, mention.sentence
        for mention in ordered[:MAX_PARSED]:
            role = age_after(text, mention)
            if role:
                return role, mention.sentence
    return "", None


# An office a story calls a person by once it has named her, written with capitals ("The
# Prime Minister", "The Foreign Secretary"); a common noun ("the judge", "the driver")
# as often brings in someone new.
_OFFICE_AFTER = re.compile(
    r"^[\"“‘']?The ((?:[A-Z][a-z-]+ ){0,3}(?:Minister|President|Chancellor|Secretary|"
    r"Premier|Governor|Mayor|Senator|Pope|King|Queen|Prince|Princess|Duke|Duchess|"
    r"Ambassador|Commissioner|Speaker|Chairman|Chairwoman))\b(?![ ,]+[A-Z])"
)
# Another person named in the sentence: a title, or a given name, before a capital.
_OTHER_PERSON = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir)\.? [A-Z]|\b([A-Z][a-z]+) [A-Z][a-z]")


def office_after(article: Article, mention: Mention) -> str:
    """The office the sentence after the one naming a person calls her by ("David
    Cameron launched ... . The Prime Minister said ..." gives "Prime Minister"), when
    she is the subject there and no one else is named in it."""
    sentences = article.sentences
    if mention.sentence >= len(sentences):
        return ""
    found = _OFFICE_AFTER.match(sentences[mention.sentence].text)
    if found is None:
        return ""
    own = sentences[mention.sentence - 1]
    text = article.text
    for other in _OTHER_PERSON.finditer(text, own.start, own.end):
        inside = mention.start <= other.start() < mention.end
        given = other.group(1)
        if not inside and (given is None or is_given_name(given)):
            return ""
    if not action_of(article, mention):
        return ""  # "Police arrested Tom Ruiz. The Mayor said ...": someone else
    return found.group(1)


def _aged(text: str, title: str, ordered: list[Mention]) -> str:
    """The title with the age the article gives put before it, as an analyst writes it
    ("17-year-old trainee electrician" from "Lund, 17," and "Lund, a trainee
    electrician,"); the title alone when it names an office, a relation ("his daughter")
    or already an age."""
    words = title.split()
    if not words or words[0].lower() in _DETERMINERS or "year-old" in title:
        return title
    if any(w in {"of", "aged"} or (w[:1].isupper() and w.lower() in _ROLE_WORDS) for w in words):
        return title
    if not any(w.islower() for w in words):
        return title  # "Arlen", "Calder Rovers": a name the person is of, not what she is
    age = next((a for m in ordered[:MAX_PARSED] if (a := age_after(text, m))), "")
    if not age:
        return title
    if re.search(r"(?:^|[.!?]\s+)" + re.escape(title) + r"\s", text):
        words[0] = words[0].lower()  # "Forklift driver Ana Ruiz ..." opened its sentence
    return " ".join([f"{age.split()[-1]}-year-old", *words])


# A sentence that opens on what befell the names it lists: "Charged are Ana Ruiz, 21; and
# Tom Hale, 19.", "Also arrested were ...", "Charged with arson are ...". The parser
# reads such lists in many ways, so the shape is read from the words.
_LISTED_AFTER = re.compile(
    r"(?:^|(?<=\s))(?P<also>Also\s+)?(?P<act>[A-Za-z][a-z]+ed(?:\s+(?:with|in|over|for)\s+[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*){0,4})?)\s+(?:are|were)\s+"
)
# What may stand in such a list: names, ages, "of" a place, commas, "and".
_NAME_LIST = re.compile(r"(?:[A-Z][\w.'’-]*|\d{1,3}|of|and|[,;()]|\s)+[.]?")


def listed_after(article: Article, mention: Mention) -> str:
    """What the names listed after a participle and "are" underwent ("charged")."""
    if not 0 < mention.sentence <= len(article.sentences):
        return ""
    first = mention.sentence
    while first > 1 and article.sentences[first - 2].text.endswith(";"):
        first -= 1  # "Ana Ruiz, 21; Tom Hale, 19;": cut at each before segmentation 5
    start = article.sentences[first - 1].start
    text = article.text[start : article.sentences[mention.sentence - 1].end]
    found = None
    for match in _LISTED_AFTER.finditer(text, 0, mention.start - start):
        # Inside the sentence only where a caption ran into it: "... joining the group
        # Charged are ...", capitalised as a sentence's first word.
        if match.start() == 0 or (match["also"] or match["act"])[:1].isupper():
            found = match
    if found is None:
        return ""
    if not _NAME_LIST.fullmatch(text[found.end() :].strip()):
        return ""
    act = found["act"]
    verb = act.split()[0].lower()
    if not is_verb_word(verb) or verb_base(verb) is None:
        return ""
    return verb + act[len(verb) :]


class Role(NamedTuple):
    """A role, the sentences it is read from, and whether it tells a part the actor
    played (an act, said or undergone) rather than only what the article calls it."""

    text: str
    sentences: list[int]
    acted: bool = False
    # Only what the body's own name says it is ("academy in East London"), no part.
    named_only: bool = False


def find_role(article: Article, mentions: Sequence[Mention], kind: str) -> Role:
    """The actor's role and the sentences it comes from.

    What the article calls the actor ("Foreign Minister of Poland") and what it did in
    the story ("warned that loosening restrictions could lead to escalation"), joined by
    a semicolon as an analyst writes a role; either alone when the other is missing.
    The action is left out when the two together would run past the length of a role.
    """
    ordered = sorted(
        (m for m in mentions if not in_dateline(article.text, m)), key=lambda m: m.start
    )
    title, title_sentence = _title(article, ordered, kind)
    if kind == "person" and len(title.split()) <= 1:
        # "The boy, Tomas Ruiz,": the lead said more of him ("A 15-year-old schoolboy").
        fuller = next(
            ((d, m.sentence) for m in ordered[:MAX_PARSED] if (d := lead_referent(article, m))),
            None,
        )
        if fuller:
            title, title_sentence = fuller
    if kind == "person":
        title = _aged(article.text, title, ordered)
    room = MAX_COMBINED_WORDS - len(title.split()) if title else MAX_COMBINED_WORDS
    # The same mention is asked for its action at several lengths: parse and cut it once.
    memo: dict[tuple[Mention, int], str] = {}
    found = _actions(article, ordered[:MAX_PARSED], room, kind, memo) if room >= 3 else []
    if not found and room >= 3:
        # Its first mentions only set the scene ("the quake in Vaskland"): a later one may
        # say what it does ("Vaskland will need years to rebuild").
        found = _actions(article, ordered[MAX_PARSED : 2 * MAX_PARSED], room, kind, memo)
    if not found:
        # "Chen Gang ( China ) beat Tom Hale ( Denmark ) 15-12 15-6": a player named only
        # on a draw's match line.
        found = [(r, m.sentence) for m in ordered[:MAX_PARSED] if (r := played_in(article, m))]
    if not found and kind != "person":
        # "Schalke 2 Hansa Rostock 0": a side named only on a score line.
        found = [(r, m.sentence) for m in ordered[:MAX_PARSED] if (r := result_of(article, m))]
    if not found:
        # "Charged are Ana Ruiz, 21, and ...": what the names listed after it underwent.
        found = [(a, m.sentence) for m in ordered[:MAX_PARSED] if (a := listed_after(article, m))]
    if not found and room >= 3:
        # "She sued the Harbour Board for damages": what befell it at a pronoun's hand,
        # when no sentence names who did it.
        found = [
            (a, m.sentence)
            for m in ordered[: 2 * MAX_PARSED]
            if (a := undergone(article, m, room, unnamed=True))
        ]
    if not found:
        # "Brel held talks with the union": the talks are the union's too; "an inquiry
        # by the county police": the police carried it out.
        found = [
            (a, m.sentence)
            for m in ordered[:MAX_PARSED]
            if (a := mutual_party(article, m) or did_the_noun(article, m) or done_with(article, m))
        ]
    if not found and not title and kind != "person":
        # "Dorrow Athletic captain Tom Hale said ...": who leads it, when it does nothing.
        found = [(a, m.sentence) for m in ordered[:MAX_PARSED] if (a := led_by(article, m))]
    # "mother of Ana Ruiz; shot Ana Ruiz": an action that only says the title again.
    found = [(a, n) for a, n in found if not (title and _within(a, title))]
    # The act the headline tells is the story's main one ("admits fraud"), before
    # what the actor did on the way to it.
    told = _stems(article.title.lower())
    found.sort(key=lambda item: -len(_stems(item[0]) & told))
    if kind != "person":
        # A body's or a country's own act ("are waiting for the results of tests") says
        # its part better than what it said of others ("say the door had been forced");
        # a person's word is often her part (a spokesman's, a witness's).
        found.sort(key=lambda item: _is_report(item[0]))
    if (
        room >= 3
        and kind == "person"
        and title_sentence in {None, 1}
        and _told_by_lead(article, ordered)
    ):
        # "The father of a missing girl admitted ... . Tom Ruiz said ...": the lead's
        # act is his news, though told before his name; not when the article gives him
        # a title of his own, whose sentence tells his part.
        act = lead_act(article, room)
        if act and not _within(act, title):
            found = [(act, 1), *(item for item in found if item[1] != 1)]
    if not found and not title and kind == "organization":
        # "Dale Ruiz, president of the growers' association, said ...": what its officer
        # did, when it does nothing itself.
        for mention in ordered[:MAX_PARSED]:
            act = officer_act(article, mention, room)
            if act:
                return Role(act, [mention.sentence], acted=True)
        # Neither called anything nor acting: what its name and the words around it say
        # it is ("the understaffed Arlen Dental Hospital in Dorrow"), and what someone did
        # at its premises ("hospital where Tom Hale worked nights").
        described = next(
            ((d, m.sentence) for m in ordered[:MAX_PARSED] if (d := named_kind(article, m))),
            None,
        )
        where = next(
            ((w, m.sentence) for m in ordered[:MAX_PARSED] if (w := where_of(article, m, room))),
            None,
        )
        if described and where:
            kind_word, _, clause = where[0].partition(" where ")
            joined = f"{described[0]} where {clause}"
            if clause and kind_word in described[0].split() and len(joined.split()) <= room:
                return Role(joined, sorted({described[1], where[1]}))
        if where:
            return Role(where[0], [where[1]])
        if described:
            return Role(described[0], [described[1]], named_only=True)
    if not found:
        return Role(title, [title_sentence] if title_sentence is not None else [])
    action, action_sentence = found[0]
    # Room for a second thing it did, told elsewhere, as an analyst lists two actions
    # ("charged the suspect, issued an arrest warrant"); never the same verb twice.
    left = room - len(action.split())
    extra_sentence = None
    # "whose warehouse burned" describes the actor: a second act after it would read as
    # the warehouse's.
    owned = action.startswith("whose ")
    if owned and not title:
        # Without a title to describe, "campaign has asked the court ...", as a place's
        # setting is told; "whose" would hang from nothing.
        action = action.removeprefix("whose ")
    if left >= MIN_SECOND_ACTION and not owned:
        more = [
            (a, n)
            for a, n in _actions(article, ordered[:MAX_PARSED], left, kind, memo)
            if n != action_sentence
            and a.split()[0] != action.split()[0]
            and not a.startswith("whose ")
            and not _repeats(a, action)
            and not (title and _within(a, title))  # "is the watchman's mother" again
        ]
        if more:
            action = f"{action}, {more[0][0]}"
            extra_sentence = more[0][1]
    used = (title_sentence, action_sentence, extra_sentence)
    sentences = sorted({n for n in used if n is not None})
    if not title:
        return Role(action, sentences, acted=True)
    last = title.split()[-1]
    if owned and not last.islower() and not is_role_noun(last):
        # "from Alexandria whose voice ...", "Atlantic Council whose ...": the "whose"
        # would be the place's or the body's, not the actor's.
        return Role(title, [title_sentence] if title_sentence is not None else [])
    # "nurse whose note was read to the council", as one description.
    return Role(f"{title} {action}" if owned else f"{title}; {action}", sentences, acted=True)


def _is_report(action: str) -> bool:
    """Whether an action is a report of what the actor said ("said the ship ...")."""
    first = action.split(maxsplit=1)[0].lower() if action else ""
    return first in _REPORTED or (verb_base(first) or first) in _SPEAKING


def _told_by_lead(article: Article, ordered: list[Mention]) -> bool:
    """Whether the actor is the person the lead tells of before it names her."""
    return any(
        lead_description(article, m) or lead_referent(article, m) for m in ordered[:MAX_PARSED]
    )


# An answer not given is a part in the story only when nothing else is told: "(a
# spokesman) was not immediately available to comment", "declined to comment", "did not
# respond to a request for comment"; not "did not respond to questions about the deal".
_NO_ANSWER = re.compile(
    r"^(?=.*\b(?:comment|available|reached)\b)"
    r"(?:(?:spokes(?:man|woman|person)|representative|lawyers?)\s+)?"
    r"(?:(?:was|were|is|are|could|has|have|had|did|does|do)\s+not\s+"
    r"(?:immediately\s+|yet\s+|be\s+)?(?:available|reached|respond|responded|reply|"
    r"replied|return|returned|comment|commented)|declined\s+to\s+comment|"
    r"(?:would|could)\s+not\s+comment)\b"
)


def _action(
    article: Article, mention: Mention, budget: int, memo: dict[tuple[Mention, int], str]
) -> str:
    found = memo.get((mention, budget))
    if found is None:
        found = memo[mention, budget] = action_of(article, mention, budget)
    return found


def _actions(
    article: Article,
    mentions: list[Mention],
    room: int,
    kind: str,
    memo: dict[tuple[Mention, int], str],
) -> list[tuple[str, int]]:
    """What the actor did, said or underwent, best first: its action in the lead, else
    the first verb phrase that fits ``room`` whole, else the first cut to it by whole
    dependents; when it is the subject of none, what was done by it (a passive's agent)
    or to it; for a place that is only a setting, what happened there."""
    whole: list[tuple[str, int]] = []
    cut: list[tuple[str, int]] = []
    silent: list[tuple[str, int]] = []
    for mention in mentions:
        if on_match_line(article, mention):
            continue  # its line says what it did (results.played_in), not the parse
        action = _action(article, mention, room, memo)
        if action and _NO_ANSWER.match(action):
            silent.append((action, mention.sentence))
        elif action:
            # Who claims it is told when there is room: its loss cuts nothing of the act.
            uncut = _action(article, mention, 2 * MAX_ROLE_WORDS, memo)
            untouched = without_claimant(action) == without_claimant(uncut)
            (whole if untouched else cut).append((action, mention.sentence))
    # The lead says what the story is about: its action comes first even cut short.
    if cut and cut[0][1] <= LEAD_SENTENCES:
        return cut + whole
    if whole or cut:
        return whole + cut
    done = [(a, m.sentence) for m in mentions if (a := undergone(article, m, room))]
    if done or kind != "place":
        return done or silent[:1]
    # A place where things happen, never an actor in them: what happened there.
    return [(a, m.sentence) for m in mentions if (a := setting_of(article, m, room))]
