"""One actor per entity: the aliases that name matching alone does not join.

:mod:`.actors` folds a surname into the full name and an acronym into its expansion by
their letters. This module joins what needs the article or a gazetteer:

- a country's spellings ("US", "U.S.", "America", "United States") by ISO code;
- a capital used for its government ("Washington said", "Kyiv wants") into its country,
  when the country is an actor and the capital is not only where things happen;
- a name and the short form the article gives it in brackets ("Football Association of
  Dorrow (FAD)", "FAD (Football Association of Dorrow)") or in an apposition
  ("Vaskcom, the Vask Telecom Authority,"), or says it was "formerly known as";
- a person's full name and a form with or without the middle name ("Ruth Ansel",
  "Ruth Mary Ansel"), and a given name used alone when one person has it;
- a demonym that acts ("North Korean troops", "Russian forces") as a mention of its
  country, which becomes an actor if the article names it no other way.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable
from typing import Protocol, TypeVar

from builder.article import Article
from builder.extract import gazetteer, lexicon, occurrences
from builder.extract.given_names import is_given_name
from builder.extract.nlp import Mention

# Nouns after a demonym that make the country (its state, army or people) act.
_ACTING_NOUNS = "|".join(
    [
        *sorted(lexicon.STATE_BODIES),
        *sorted(
            lexicon.terms(
                """
                troops, forces, soldiers, officials, authorities, diplomats, leaders, police,
                president, negotiators, jets, warplanes, drones, leader, lawmakers,
                legislators, prosecutors, prime minister, foreign minister, state media,
                central bank
                """
            )
        ),
    ]
)
# Which branch of a state acts: "the Russian foreign ministry", "Ostlandish armed forces".
_BRANCHES = r"(?:foreign|defence|defense|interior|finance|justice|health|armed|security)\s"
_DEMONYM_ACTING = re.compile(
    rf"\b((?:North|South|East|West|New|Saudi|Sri)\s)?([A-Z][a-z]+)\s(?:{_BRANCHES})?"
    rf"(?:{_ACTING_NOUNS})\b"
)


# Nations within a state: "the Scottish parliament" is Scotland's, not the United Kingdom's.
_NATIONS_WITHIN = frozenset({"scottish", "welsh", "english", "catalan", "flemish", "basque"})
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9.&-]{1,9}$")
# A form that ends a longer name: "... Association of Dorrow", "Calder Bay".
_INSIDE_LONGER_NAME = re.compile(
    r"(?:\b(?:of|for|de|du|der)|\b(?!(?:The|A|An|In|At|On|By|For|From|With|To)\b)"
    r"[A-Z][\w'’&.-]*)\s+$"
)
# "(the Vask Federal Rail Agency)" or ", the Vask Federal Rail Agency," after a name.
_DESCRIBED_AFTER = re.compile(r"\s*(?:\(\s*the\s+([^()]{3,60}?)\s*\)|,\s+the\s+([^,;.()]{3,60}?),)")
# What follows a name in "Dorrow Water Board (DWB)" and in "Calder, the port town,".
_BRACKETED_AFTER = re.compile(r"\s*\(\s*([^()]{2,60}?)\s*\)")
_THE_APPOSITION_AFTER = re.compile(r",\s+the\s+([^,;.()]{3,60}?),")


class Cluster(Protocol):
    """What merging needs of :class:`builder.extract.actors._Cluster`."""

    key: str
    forms: Counter[str]
    mentions: list[Mention]
    titled: int


# The caller's own cluster class: what goes in comes back, with its other fields.
C = TypeVar("C", bound=Cluster)


def absorb(target: Cluster, other: Cluster, labels: dict[str, Counter[str]]) -> None:
    target.forms.update(other.forms)
    target.mentions.extend(other.mentions)
    target.titled += other.titled
    labels[target.key].update(labels[other.key])


def _label(cluster: Cluster, labels: dict[str, Counter[str]]) -> str:
    return labels[cluster.key].most_common(1)[0][0]


def fold(
    clusters: list[C], labels: dict[str, Counter[str]], pairs: list[tuple[int, int]]
) -> list[C]:
    """Merge each (target, other) pair of indexes, following earlier merges."""
    owner = list(range(len(clusters)))

    def find(i: int) -> int:
        while owner[i] != i:
            i = owner[i]
        return i

    for target, other in pairs:
        a, b = find(target), find(other)
        if a != b:
            absorb(clusters[a], clusters[b], labels)
            owner[b] = a
    return [c for i, c in enumerate(clusters) if find(i) == i]


def merge_countries(clusters: list[C], labels: dict[str, Counter[str]]) -> list[C]:
    """Join a country's spellings, then capitals standing for their countries."""
    return fold(clusters, labels, _country_pairs(clusters, labels))


def _country_pairs(clusters: list[C], labels: dict[str, Counter[str]]) -> list[tuple[int, int]]:
    by_code: dict[str, int] = {}
    pairs: list[tuple[int, int]] = []
    ranked = sorted(range(len(clusters)), key=lambda i: -len(clusters[i].mentions))
    for i in ranked:
        if _label(clusters[i], labels) not in {"GPE", "LOC", "NORP", "ORG"}:
            continue
        code = gazetteer.country_code(clusters[i].key)
        if code is None:
            continue
        if code in by_code:
            pairs.append((by_code[code], i))
        else:
            by_code[code] = i
    return pairs


def merge_capitals(
    article: Article,
    clusters: list[C],
    labels: dict[str, Counter[str]],
    acting: Callable[[C], bool],
) -> list[C]:
    """Fold a capital into its country when it is used for the government: it acts
    (``acting``: "Washington warned"), not only says where things happen ("in Kyiv")."""
    by_code = {gazetteer.country_code(c.key): i for i, c in enumerate(clusters)}
    pairs = []
    for i, cluster in enumerate(clusters):
        code = gazetteer.CAPITALS.get(cluster.key)
        if code is None or code not in by_code or _label(cluster, labels) == "PERSON":
            continue
        if acting(cluster):
            pairs.append((by_code[code], i))
    return fold(clusters, labels, pairs)


def merge_short_forms(
    article: Article, clusters: list[C], labels: dict[str, Counter[str]]
) -> list[C]:
    """Join names the article equates: brackets, "the" appositions, middle names."""
    text = article.text
    index: dict[str, int] = {}
    for i, cluster in enumerate(clusters):
        for form in cluster.forms:
            index.setdefault(form, i)
    pairs: list[tuple[int, int]] = []
    for i, cluster in enumerate(clusters):
        for form in cluster.forms:
            if len(form) < 3:
                continue
            for at, match in occurrences.followed_by(text, form, _BRACKETED_AFTER):
                inner = match.group(1)
                other = index.get(inner)
                if _INSIDE_LONGER_NAME.search(text[max(0, at - 40) : at]):
                    continue  # "Football Association of Dorrow (FAD)": not Dorrow's

                # Only a short form in capitals ("(FAD)") or the name it stands for:
                # "Okoro (Dorrow)" names a player's club or country, not another name.
                if (
                    other is None
                    or other == i
                    or not (_ACRONYM.match(inner) or _ACRONYM.match(form))
                ):
                    continue
                if {_label(cluster, labels), _label(clusters[other], labels)} & {"PERSON"}:
                    continue
                pairs.append((i, other) if len(form) >= len(inner) else (other, i))
            if _label(cluster, labels) in {"ORG", "GPE"}:
                for _, match in occurrences.followed_by(text, form, _THE_APPOSITION_AFTER):
                    other = index.get(match.group(1))
                    if (
                        other is not None
                        and other != i
                        and _label(clusters[other], labels) == "ORG"
                    ):
                        pairs.append((i, other))
    pairs.extend(_described_pairs(text, clusters, labels, index))
    pairs.extend(_known_as_pairs(text, clusters, labels))
    pairs.extend(_person_pairs(clusters, labels))
    pairs.extend(_party_pairs(clusters, labels))
    pairs.extend(_middle_word_pairs(clusters, labels))
    pairs.extend(_known_pairs(clusters))
    return fold(clusters, labels, pairs)


# "Calder Rowing, formerly known as Dorrow Boat Club", "Vantage (also called Vant)": a
# name the article says is another name of the same actor; a few describing words may
# stand between ("the Calder Rowing boathouse, formerly known as ...").
_KNOWN_AS = re.compile(
    r"^(?:\s+[a-z][\w-]*){0,3}\s*[,(]?\s*(?:formerly|previously|also|now|better|once)\s+"
    r"(?:known\s+as|called|named)\s+(?:the\s+)?(?=[A-Z])"
)


def _known_as_pairs(
    text: str, clusters: list[C], labels: dict[str, Counter[str]]
) -> list[tuple[int, int]]:
    """A name and the other name the article says it is "formerly known as" (the other
    mention may start after a word the tagger left out, "Ms" or "DC")."""
    pairs = []
    for i, cluster in enumerate(clusters):
        for mention in cluster.mentions:
            found = _KNOWN_AS.match(text[mention.end : mention.end + 120])
            if not found:
                continue
            start = mention.end + found.end()
            for j, other in enumerate(clusters):
                if j != i and any(
                    re.fullmatch(r"(?:[A-Z][\w.]*\s+)?", text[start : m.start])
                    for m in other.mentions
                    if start <= m.start < start + 12
                ):
                    pairs.append((i, j))
    return pairs


def _described_pairs(
    text: str, clusters: list[C], labels: dict[str, Counter[str]], index: dict[str, int]
) -> list[tuple[int, int]]:
    """ "Vaskcom (the Vask Telecom Authority)", "Vaskcom, the Vask Telecom
    Authority,": a name and the organisation's full name the article equates."""
    pairs = []
    for i, cluster in enumerate(clusters):
        if _label(cluster, labels) == "PERSON" and len(cluster.key.split()) > 1:
            continue
        for form in cluster.forms:
            if len(form) < 3:
                continue
            for _, match in occurrences.followed_by(text, form, _DESCRIBED_AFTER):
                other = index.get(match.group(1) or match.group(2))
                if (
                    other is not None
                    and other != i
                    and len(clusters[other].key.split()) > 1
                    and _label(clusters[other], labels) in {"ORG", "PERSON", "GPE"}
                ):
                    pairs.append((other, i))
    return pairs


def _middle_word_pairs(clusters: list[C], labels: dict[str, Counter[str]]) -> list[tuple[int, int]]:
    """ "Calder School District" and "Calder County School District": an organisation's
    name with one word more inside it, the same at both ends."""
    pairs = []
    names = [(i, c.key.split()) for i, c in enumerate(clusters) if _label(c, labels) != "PERSON"]
    for i, short in names:
        if len(short) < 3:
            continue
        for j, long_ in names:
            if (
                len(long_) == len(short) + 1
                and long_[0] == short[0]
                and long_[-2:] == short[-2:]
                and any(long_[:k] + long_[k + 1 :] == short for k in range(1, len(long_) - 2))
            ):
                pairs.append((j, i))
    return pairs


def _known_pairs(clusters: list[C]) -> list[tuple[int, int]]:
    """A well-known alias ("ISIS", "Tories") joined to its organisation when it is named."""
    by_key = {c.key: i for i, c in enumerate(clusters)}
    pairs = []
    for i, cluster in enumerate(clusters):
        target = by_key.get(gazetteer.KNOWN_ALIASES.get(cluster.key, ""))
        if target is not None and target != i:
            pairs.append((target, i))
    return pairs


def _party_pairs(clusters: list[C], labels: dict[str, Counter[str]]) -> list[tuple[int, int]]:
    """ "Conservatives" and "Conservative Party", "Greens" and "Green Party"."""
    parties = {
        c.key.split()[0]: i
        for i, c in enumerate(clusters)
        if c.key.endswith(" party") and len(c.key.split()) == 2
    }
    pairs = []
    for i, cluster in enumerate(clusters):
        key = cluster.key
        if " " in key or not key.endswith("s") or _label(cluster, labels) == "PERSON":
            continue
        target = parties.get(key[:-1])
        if target is not None and target != i:
            pairs.append((target, i))
    return pairs


def _person_pairs(clusters: list[C], labels: dict[str, Counter[str]]) -> list[tuple[int, int]]:
    people = [(i, c.key.split()) for i, c in enumerate(clusters) if _label(c, labels) == "PERSON"]
    pairs = []
    full = [(i, t) for i, t in people if len(t) >= 2]
    for i, tokens in full:
        for j, other in full:
            # "Ruth Ansel" and "Ruth Mary Ansel".
            if (
                i != j
                and len(other) > len(tokens)
                and other[0] == tokens[0]
                and other[-1] == tokens[-1]
            ):
                pairs.append((j, i))
    for i, cluster in enumerate(clusters):
        tokens = cluster.key.split()
        # "Ivan the Terrible", "Eddie the Eagle": a nickname on the given name of one person.
        if len(tokens) == 3 and tokens[1] == "the" and is_given_name(tokens[0].title()):
            owners = [j for j, t in full if t[0] == tokens[0] and j != i]
            if len(owners) == 1:
                pairs.append((owners[0], i))
            continue
        form = cluster.forms.most_common(1)[0][0]
        if len(tokens) != 1 or not (_label(cluster, labels) == "PERSON" or is_given_name(form)):
            continue
        # "Ruth" alone, when one person of the article is called Ruth.
        owners = [j for j, t in full if t[0] == tokens[0]]
        surnames = [j for j, t in full if t[-1] == tokens[0]]
        if len(owners) == 1 and not surnames:
            pairs.append((owners[0], i))
    return pairs


def add_demonym_actors(
    article: Article,
    clusters: list[C],
    labels: dict[str, Counter[str]],
    make: Callable[[str], C],
) -> None:
    """Count "North Korean troops" as a mention of North Korea (made an actor if need be)."""
    text = article.text
    starts = [s.start for s in article.sentences]
    by_code = {gazetteer.country_code(c.key): c for c in clusters}
    names = gazetteer.country_display_names()
    # A land the gazetteer does not know, named in the article ("Varnia", "Ostland"),
    # is the one its adjective is built from ("Varnian government", "Ostlandish troops").
    derived = {
        form: cluster
        for cluster in clusters
        if " " not in cluster.key and gazetteer.country_code(cluster.key) is None
        for form in demonym_forms(cluster.key)
    }
    if not starts:
        return
    for match in _DEMONYM_ACTING.finditer(text):
        demonym = f"{match.group(1) or ''}{match.group(2)}"
        code = gazetteer.demonym_country(demonym)
        land = derived.get(demonym.lower()) if code is None and not match.group(1) else None
        if land is not None:
            cluster = land
            labels[cluster.key]["GPE"] += 1  # its adjective says it is a land
        elif code is None or demonym.lower() in _NATIONS_WITHIN:
            continue
        else:
            if code not in by_code:
                key = names.get(code, demonym).lower()
                by_code[code] = make(key)
                clusters.append(by_code[code])
                labels.setdefault(key, Counter())["GPE"] += 1
            cluster = by_code[code]
            if not cluster.forms:
                cluster.forms[names.get(code, demonym)] += 1
        index = max(bisect.bisect_right(starts, match.start()) - 1, 0)
        start, end = match.start(), match.start() + len(demonym)
        cluster.mentions.append(Mention(text[start:end], "GPE", start, end, index + 1))


# How English makes a land's adjective: "Varnia" → "Varnian", "Ostland" → "Ostlandish",
# "Italy" → "Italian", "Japan" → "Japanese", "Israel" → "Israeli", "Iceland" → "Icelandic".
_ADJECTIVE_ENDINGS = ("n", "an", "ian", "ese", "ish", "i", "ic")


@functools.lru_cache(maxsize=1 << 12)  # asked of the same names for each cluster
def demonym_forms(name: str) -> frozenset[str]:
    """The adjectives a one-word place name may take, in lower case."""
    name = name.lower()
    if len(name) < 4 or not name.isalpha():
        return frozenset()
    stems = {name}
    if name[-1] in "aeiouy":
        stems.add(name[:-1])
    forms = {
        stem + ending
        for stem in stems
        for ending in _ADJECTIVE_ENDINGS
        if ending != "n" or stem[-1] in "aeiou"  # "Korea" → "Korean"; not "Vaskn"
    }
    return frozenset(forms - {name})
