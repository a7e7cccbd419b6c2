"""Name shapes: where a tagged span really holds several names, and what a name looks like.

The tagger reads score lines and tables as running prose and glues what stands side by
side into one span: "Okoro 88 B. Mensah", "Tembe st Daley b Harlan", "Rugby -
Portugal", "Darren Quill ( Portugal". A name is a run of capitalised words, joined at most
by the small words that belong inside names ("Bank of England", "Jan van der Berg"), so
:func:`split_mention` cuts a span at numbers, at other lower-case words, at a spaced
dash, slash or bracket, and at "AT"/"V" between two capitalised team names; it also
separates a country from the person that follows it ("Portugal Darren Quill")
and the country a person is "of" ("Darren Quill of Portugal"), and a news outlet from
the person it quotes ("told Calder Radio Ana Marr").

:func:`person_cue` says whether a name is shaped like a person's: an initial before a
surname ("J. Harlan") or a common given name first ("Christophe Marlowe").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence

from builder.extract import gazetteer, lexicon
from builder.extract.given_names import is_given_name
from builder.extract.lexicon import terms
from builder.extract.nlp import Mention, is_common_word

# Lower-case words that belong inside names: "Bank of England", "Jan van der Berg".
INNER_WORDS = terms(
    """
    of, the, and, for, de, la, le, du, des, van, von, der, den, ter, al, el, bin, ibn, da,
    das, dos, del, della, di, y, e
    """
)
# Upper-case words that stand between two teams in a fixture list ("KINGSTON AT MARLOW").
_CAPS_SEPARATORS = frozenset({"AT", "V", "VS", "VS.", "V."})
_TOKEN = re.compile(r"\S+")
_BREAK = re.compile(r"^(?:[-–—/(),:;|+*]+|\d[\d.,:/-]*\S*|.*\d.*)$")
# "al-Assad", "d'Estaing": a lower-case particle fused to a capitalised name.
_PREFIXED = re.compile(r"^[a-z]{1,3}['’-][A-Z]")
_INITIAL = re.compile(r"^[A-Z]\.$")
_SLASHED = re.compile(r"^[A-Z][\w.&-]*(?:/[A-Z][\w.&-]*)+$")
_CAPITALISED = re.compile(r"^[A-Z][\w'’.-]*$")
# Nationality adjectives ("Croat", "Bosnian", "Swede") standing before a person.
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|ch|i|ic|in|at|ot|ede)$")


def _parts(text: str) -> list[tuple[int, int]]:
    """Character ranges of the runs of a span that can be names."""
    tokens = []
    for match in _TOKEN.finditer(text):
        # "EU/IMF": two names joined by a slash are two names.
        offset = match.start()
        for piece in (
            re.split(r"(/)", match.group()) if _SLASHED.match(match.group()) else [match.group()]
        ):
            if piece and piece != "/":
                tokens.append((offset, offset + len(piece), piece))
            elif piece == "/":
                tokens.append((offset, offset + 1, piece))
            offset += len(piece)
    caps = text.upper() == text
    runs: list[list[tuple[int, int, str]]] = [[]]
    for token in tokens:
        word = token[2]
        breaks = (
            bool(_BREAK.match(word))
            or (word[0].islower() and word not in INNER_WORDS and not _PREFIXED.match(word))
            or (caps and word in _CAPS_SEPARATORS and runs[-1])
        )
        if breaks:
            runs.append([])
        else:
            runs[-1].append(token)
    spans = []
    for run in runs:
        # A run neither starts nor ends with a word that only joins names.
        words = [w for _, _, w in run]
        first = next((i for i, w in enumerate(words) if w not in INNER_WORDS), len(run))
        last = next((i for i in range(len(run) - 1, -1, -1) if words[i] not in INNER_WORDS), -1)
        if first <= last:
            spans.append((run[first][0], run[last][1]))
    return spans


def _leading_place(words: list[str]) -> int:
    """How many leading words name a known country ("South Africa"), or 0."""
    for size in range(min(3, len(words) - 1), 0, -1):
        if lexicon.is_country(" ".join(words[:size])):
            return size
    return 0


def _unknown_name(country: list[str], rest: list[str]) -> bool:
    """Whether words after a country are a name the given-name list does not know,
    glued on where a caption lost its full stop ("... to Vaskia Hanad Osman Dirie"):
    no word of it is an ordinary word or marks a body or a place, and the country is
    no one's given name ("Georgia Smith")."""
    if len(rest) > 4 or is_given_name(country[0]):
        return False
    name = " ".join(rest)
    if lexicon.has_org_word(name) or lexicon.has_place_word(name) or not_a_person(name):
        return False
    return all(
        _CAPITALISED.match(w) and not w.isupper() and not is_common_word(w.lower()) for w in rest
    )


def _split_person(text: str, start: int, end: int, label: str = "PERSON") -> list[tuple[int, int]]:
    """Cut a country off the person beside it: "Portugal Darren Quill",
    "Darren Quill of Portugal"."""
    part = text[start:end]
    words = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(part)]
    names = [w for _, _, w in words]
    of_country = len(names) >= 4 and names[-2] == "of" and lexicon.is_country(names[-1])
    if of_country and person_cue(" ".join(names[:-2])):
        return [(start, start + words[-3][1]), (start + words[-1][0], end)]
    lead = _leading_place(names)
    if (
        lead
        and len(names) - lead >= 2
        and (person_cue(" ".join(names[lead:])) or _unknown_name(names[:lead], names[lead:]))
    ):
        return [(start, start + words[lead - 1][1]), (start + words[lead][0], end)]
    if (
        len(names) >= 3
        and label == "PERSON"
        and names[0].lower() in _NATIONALITY_NOUNS
        and all(_CAPITALISED.match(w) for w in names[1:])
    ):
        # "coached by Spaniard Julen Lopetegui": his nationality, whatever his name.
        return [(start + words[1][0], end)]
    if len(names) >= 3 and names[0].lower() in _PARTY_WORDS and person_cue(" ".join(names[1:])):
        # "Tory Ruth Davidson": a party before its member's name ("Tory" is also a name).
        return [(start + words[1][0], end)]
    if len(names) >= 3 and not is_given_name(names[0]) and person_cue(" ".join(names[1:])):
        # "Winger Tomas Varga", "Croat Marko Petrov": a word of the sentence
        # or a nationality before a person's full name is not part of it.
        first = names[0]
        if _DEMONYM.match(first) or first.lower() in lexicon.PERSON_TITLES or is_common_word(first):
            return [(start + words[1][0], end)]
    return [(start, end)]


# Nouns for a person of a nation, written before the name: "Spaniard Julen Lopetegui".
_NATIONALITY_NOUNS = terms(
    """
    spaniard, briton, brit, frenchman, frenchwoman, englishman, englishwoman, irishman,
    irishwoman, scotsman, scotswoman, scot, welshman, welshwoman, dutchman, dutchwoman,
    swede, dane, pole, turk, kiwi, aussie, argentine, croat, serb, slovene, czech, slovak
    """
)
# The ones never a name of their own: alone ("the Frenchman will miss ..."), an epithet for
# someone the article names elsewhere.
NATIONALITY_EPITHETS = _NATIONALITY_NOUNS - terms(
    "brit, pole, turk, kiwi, aussie, argentine, czech, slovak, scot, dane"
)
# A party written before a member's name: "Tory Ruth Davidson", "Labour Ana Marr".
_PARTY_WORDS = frozenset({"tory", "labour", "democrat", "republican", "ukip", "snp"})
# "told Calder Radio Ana Marr", "in an interview with the Daily Courier Ana Marr said":
# words that put the outlet a person speaks to just before the person's name.
_SPOKE_TO = re.compile(
    r"\b(?:told|said\s+to|speaking\s+to|talking\s+to|interview\s+with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")


def _outlet_words(names: list[str], spoke_to: bool) -> int:
    """How many leading words name a news outlet glued to the person after it ("Calder
    Radio Ana Marr", "told CBC Ana Marr"), or 0."""
    for size in range(len(names) - 1, 0, -1):
        outlet = " ".join(names[:size])
        known = gazetteer.is_outlet(outlet) or lexicon.normalise(outlet) in lexicon.NEWS_AGENCIES
        if not known and not (spoke_to and size == 1 and _ACRONYM.match(outlet)):
            continue
        rest = names[size:]
        person = " ".join(rest)
        first = rest[0]
        # After "told" the words that follow the outlet are the person it quoted,
        # unless they are ordinary words ("Channel") that can end an outlet's name.
        named = is_given_name(first) or (spoke_to and not is_common_word(first.lower()))
        if (
            all(_CAPITALISED.match(w) for w in rest)
            and named
            and (spoke_to or not is_common_word(first.lower()))
            and not lexicon.is_place(first)
            and not lexicon.has_org_word(person)
            and not gazetteer.is_outlet(person)
            and (spoke_to or len(rest) >= 2)
        ):
            return size
    return 0


def split_mention(mention: Mention, before: str = "") -> list[Mention]:
    """The names a tagged span holds, each as its own mention (usually just one); before
    is the text just before the span."""
    pieces: list[Mention] = []
    for start, end in _parts(mention.text):
        words = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(mention.text[start:end])]
        spoke_to = start == 0 and bool(_SPOKE_TO.search(before))
        outlet = _outlet_words([w for _, _, w in words], spoke_to) if len(words) > 1 else 0
        given = _given_after_title_of(words, before) if start == 0 else 0
        if given:
            # "Director of Port Operations Lars Hemming": the title's words, then her name.
            a, b = start + words[given][0], end
            pieces.append(
                Mention(
                    mention.text[a:b],
                    "PERSON",
                    mention.start + a,
                    mention.start + b,
                    mention.sentence,
                )
            )
            continue
        if outlet:
            # The outlet and the person it quotes are two names; the second is a person's.
            cut, resume = start + words[outlet - 1][1], start + words[outlet][0]
            pieces.append(
                Mention(
                    mention.text[start:cut],
                    "ORG",
                    mention.start + start,
                    mention.start + cut,
                    mention.sentence,
                )
            )
            ranges, label = _split_person(mention.text, resume, end), "PERSON"
        else:
            ranges = _split_person(mention.text, start, end, mention.label)
            label = mention.label
        for a, b in ranges:
            pieces.append(
                Mention(
                    mention.text[a:b],
                    label,
                    mention.start + a,
                    mention.start + b,
                    mention.sentence,
                )
            )
    return pieces


# A title written with "of" just before a span: "Director of", "Minister of the".
_TITLE_OF_BEFORE = re.compile(
    r"\b(?:Director|Head|Chief|Minister|Secretary|Chair|Chairman|Chairwoman|President|"
    r"Commissioner|Governor|Manager|Superintendent|Inspector|Controller)\s+of\s+(?:the\s+)?$"
)


def _given_after_title_of(words: list[tuple[int, int, str]], before: str) -> int:
    """Where a person's name starts in a span that opens with the rest of a title
    written with "of" ("[Director of] Port Operations Lars Hemming"), or 0."""
    if len(words) < 3 or not _TITLE_OF_BEFORE.search(before):
        return 0
    names = [w for _, _, w in words]
    for i in range(1, len(names) - 1):
        if is_given_name(names[i]) and len(names) - i <= 3 and person_cue(" ".join(names[i:])):
            return i
    return 0


_NEXT_NAME = re.compile(r"^ ([A-Z][a-z][\w'’-]+)\b")


_GIVEN_BEFORE = re.compile(r"(?:^|(?<=[\s(\[,;:-]))([A-Z][a-z][\w'’-]+) $")


def extend_given_name(text: str, mention: Mention) -> Mention:
    """A lone given name tagged without the surname that follows it ("Justin" of "Justin
    Hobley") taken with it, and a lone name tagged as a person without the given name
    just before it ("Tobin" of "Marek Tobin"); any other mention unchanged."""
    if " " in mention.text:
        return mention
    if is_given_name(mention.text):
        following = _NEXT_NAME.match(text[mention.end : mention.end + 40])
        surname = following.group(1) if following else ""
        if following and not (
            is_given_name(surname) or is_common_word(surname) or lexicon.is_place(surname)
        ):
            end = mention.end + following.end()
            return Mention(
                text[mention.start : end], mention.label, mention.start, end, mention.sentence
            )
    if mention.label != "PERSON":
        return mention
    before = _GIVEN_BEFORE.search(text[max(0, mention.start - 30) : mention.start])
    # Not a word of the sentence that is also a name ("Will", "Mark") or a title.
    if (
        not before
        or not (is_given_name(before.group(1)) or _written_together(text, before.group(1), mention))
        or is_common_word(before.group(1).lower())
        or before.group(1).lower() in lexicon.PERSON_TITLES
    ):
        return mention
    start = mention.start - len(before.group(0))
    return Mention(text[start : mention.end], "PERSON", start, mention.end, mention.sentence)


def _written_together(text: str, word: str, mention: Mention) -> bool:
    """Whether a word no list knows as a given name stands before the surname at least
    twice in the article ("Rhodri Giggs ... Rhodri Giggs, 37, ..."): the article writes
    them as one name; not a place or a body's word ("Calder", "United")."""
    if (
        not re.fullmatch(r"[A-Z][a-z]+", word)  # not "Don't Push"
        or lexicon.is_place(word)
        or word.lower() in lexicon.ORG_WORDS
        or gazetteer.demonym_country(word)
    ):
        return False
    together = re.findall(
        rf"(?<![\w'’-]){re.escape(word)} {re.escape(mention.text)}(?![\w'’-])", text
    )
    return len(together) >= 2


# The rest of an institution's name the recogniser cut short: "Bethesda-Chevy" of
# "Bethesda-Chevy Chase High School".
_INSTITUTION_AFTER = re.compile(
    r"^((?: [A-Z][\w'’&-]*){0,3} (?:School|College|University|Academy|Hospital|Institute|"
    r"Clinic|Seminary))\b"
)


def extend_institution(text: str, mention: Mention) -> Mention:
    """An organisation's mention with the words of its name that follow it up to the
    word that says what it is; any other mention unchanged."""
    if mention.label != "ORG":
        return mention
    rest = _INSTITUTION_AFTER.match(text[mention.end : mention.end + 80])
    if rest is None:
        return mention
    end = mention.end + rest.end()
    return Mention(text[mention.start : end], mention.label, mention.start, end, mention.sentence)


# "TeamSystem", "PaineWebber": a word capitalised again inside, after three lower-case
# letters or more, is a brand's; "McDonald", "MacArthur", "DeShawn" are people's.
_BRAND_WORD = re.compile(r"^(?!Ma?c)[A-Z][a-z]{2,}[A-Z][a-z]")
# A roman numeral inside a name ("Dorrow II Rovers"); a person's ends the name ("John
# Paul II").
_INNER_NUMERAL = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX)$")


def not_a_person(name: str) -> bool:
    """Whether a name's shape rules out a person: a brand's word, an inner numeral."""
    words = name.split()
    return any(_BRAND_WORD.match(w) for w in words) or any(
        _INNER_NUMERAL.match(w) for w in words[:-1]
    )


def person_cue(name: str) -> bool:
    """Whether a name is shaped like a person's: an initial or a given name, then a
    capitalised surname, and no word that marks an organisation or place."""
    words = name.split()
    if not 2 <= len(words) <= 4 or lexicon.has_org_word(name) or lexicon.has_place_word(name):
        return False
    if not_a_person(name):
        return False
    if not all(_CAPITALISED.match(w) or w in INNER_WORDS for w in words):
        return False
    last = words[-1]
    if not _CAPITALISED.match(last) or len(last.rstrip(".")) < 2 or _INITIAL.match(last):
        return False
    if lexicon.is_place(last):
        return False  # "N. Ireland", "St. Lucia": an abbreviated place, not a person
    first = words[0]
    if _INITIAL.match(first):
        return True
    return is_given_name(first) and not lexicon.is_place(first) and not lexicon.is_place(name)


# Titles written before a person's full name, capitalised as a title is ("District Judge
# Ana Ruiz", "Detective Inspector Mara Velt"): the tagger misses some such names.
_NAME_TITLES = frozenset(t for t in lexicon.PERSON_TITLES if len(t) > 3 and t.isalpha())
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_FULL_NAME_AFTER = re.compile(
    r"\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\b(?!\s+[A-Z])"
)


def titled_names(text: str, mentions: list[Mention], starts: Sequence[int]) -> list[Mention]:
    """The mentions with a person the tagger missed added where a title stands before a
    full name whose first word is a given name ("remanded by District Judge Ana Ruiz");
    ``starts`` are the sentences' start offsets, for the new mentions' numbers."""
    taken = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    for title in _CAPITALISED_WORD.finditer(text):
        if title.group().lower() not in _NAME_TITLES:
            continue
        match = _FULL_NAME_AFTER.match(text, title.end())
        if match is None:
            continue
        start, end = match.span("name")
        words = match["name"].split()
        if any(a < end and start < b for a, b in taken):
            continue  # the tagger found it, or something that overlaps it
        if not is_given_name(words[0]) or is_common_word(words[-1].lower()):
            continue
        if lexicon.has_org_word(match["name"]) or lexicon.has_place_word(match["name"]):
            continue
        sentence = max(bisect.bisect_right(starts, start) - 1, 0) + 1
        added.append(Mention(match["name"], "PERSON", start, end, sentence))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


def unglued(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions with two names a lost full stop ran together split apart: "Everton
    Gomis" (a caption's "... against Everton" and the next one's "Gomis works on ..."),
    "McLaren Fernando Alonso", "Sebastian Vettel Vettel". A span is cut when it occurs
    once, its end is a person the article names elsewhere (or the surname of one), and its
    start is another name of the article: one not tagged as a person's ("Everton"), a
    person's full name ("Sebastian Vettel"), or any before a full name ("McLaren Fernando
    Alonso"); "Leeds Rhinos" and "Tiger Woods" stay whole."""
    texts: dict[str, set[str]] = {}
    for mention in mentions:
        texts.setdefault(mention.text, set()).add(mention.label)
    seen = Counter(m.text for m in mentions)
    # Surnames of the full names tagged as people's: "Vettel" of "Sebastian Vettel".
    surnames: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "PERSON" and len(m.text.split()) >= 2:
            surnames.setdefault(m.text.split()[-1], set()).add(m.text)
    out: list[Mention] = []
    for mention in mentions:
        words = mention.text.split(" ")
        cut = None
        bare = re.sub(r"['’]s?$", "", mention.text)  # "Amira Abase’s" is "Amira Abase"
        alone = seen[mention.text] == 1 and (bare == mention.text or bare not in texts)
        if alone and len(words) >= 2:
            for n in range(1, len(words)):
                left, right = " ".join(words[:n]), " ".join(words[n:])
                right = re.sub(r"['’]s?$", "", right)  # "Everton Gomis'": his, after a glue
                person = "PERSON" in texts.get(right, set())
                labels = texts.get(left, set())
                # "Sebastian Vettel Vettel", "Everton Gomis": the surname of another full
                # name, after a full name or a name not tagged as a person's.
                surname = bool(surnames.get(right, set()) - {mention.text, bare}) and (
                    n >= 2 or (bool(labels) and "PERSON" not in labels)
                )
                if not (person or surname):
                    continue
                # "McLaren Fernando Alonso": any name before a full name tagged elsewhere.
                whole = person and " " in right
                if labels and ("PERSON" not in labels or n >= 2 or whole):
                    cut = n
                    break
        if cut is None:
            out.append(mention)
            continue
        left = " ".join(words[:cut])
        split_at = mention.start + len(left)
        right_start = split_at + 1
        # The first name keeps the label the article gives it where it stands alone.
        kind = min(texts[left], key=lambda label: (label == "PERSON", label))
        out.append(Mention(left, kind, mention.start, split_at, mention.sentence))
        out.append(
            Mention(
                mention.text[len(left) + 1 :], "PERSON", right_start, mention.end, mention.sentence
            )
        )
    return out
