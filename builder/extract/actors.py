"""Actors: entity mentions merged into people, organisations, places and groups.

spaCy finds the mentions; this layer decides what they are. Mentions are cleaned
("the Kremlin" → "Kremlin", "Poland's" → "Poland", "President Biden" → "Biden" with the
title kept as a clue), merged by alias (a surname joins the full name, an acronym its
expansion), typed from the best evidence rather than a vote of noisy tags (a gazetteer
place is a place; a name after "Mr" is a person; a name with "Ministry" is an
organisation), and ranked by salience: how often, how early, and whether the headline
names them. Bylined authors and news agencies that only credit the story are dropped.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from builder.article import Article
from builder.extract import lexicon
from builder.extract.context import is_located, is_player, is_sports_report, is_team
from builder.extract.names import extend_given_name, person_cue, split_mention
from builder.extract.nlp import Mention, is_common_word
from builder.extract.roles import find_role
from builder.model import Actor, ActorType

MAX_ACTORS = 12
MAX_EVIDENCE = 5
MAX_ALIASES = 6
LABEL_TYPES: dict[str, ActorType] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}
_EDGE = re.compile(r"^[\W\d_]+|[\W_]+$")
_TITLE_WORDS = {t.lower() for t in lexicon.PERSON_TITLES}
_TYPE_ORDER: tuple[ActorType, ...] = ("person", "organization", "place", "group")
_CREDIT_BEFORE = re.compile(
    r"(?:\(|told|according to|—|--|©|by|via|photo:?|credit:?)\s*$", re.IGNORECASE
)


@dataclass
class _Cluster:
    """The mentions of one actor while they are being merged and typed."""

    key: str
    forms: Counter[str] = field(default_factory=Counter)
    mentions: list[Mention] = field(default_factory=list)
    titled: int = 0  # mentions preceded by a person's title ("Mr", "President")

    @property
    def tokens(self) -> list[str]:
        return self.key.split()

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)


def clean_name(text: str) -> tuple[str, bool]:
    """A mention's name without "the", possessive, or a leading title; and whether a
    person's title was removed."""
    name = " ".join(text.split())
    name = re.sub(r"['’]s?$", "", name)
    name = re.sub(r"^(?:the|The|THE)\s+", "", name)
    name = _EDGE.sub("", name)
    words = name.split()
    titled = False
    while len(words) > 1 and words[0].lower().rstrip(".") in _TITLE_WORDS:
        words = words[1:]
        titled = True
    return " ".join(words), titled


def _plausible(name: str, label: str) -> bool:
    if len(name) < 2 or len(name) > 60 or not any(c.isupper() for c in name):
        return False
    words = name.split()
    if len(words) > 6 or sum(w[0].isdigit() for w in words) > 0:
        return False
    lower = name.lower()
    if lower in lexicon.NOT_NAMES or re.fullmatch(r"group [a-z0-9]", lower):
        return False
    if len(words) > 1 and words[-1].lower() in lexicon.EVENT_WORDS:
        return False  # "Asian Cup", "Lombardi Award": events and prizes do not act
    if label == "NORP":
        # Nationalities as adjectives ("Syrian") are not actors; plural groups can be.
        return name.endswith("s") and name[0].isupper()
    return not all(w.lower() in _TITLE_WORDS for w in words)


def _titled_before(text: str, mention: Mention) -> bool:
    before = text[max(0, mention.start - 25) : mention.start].split()
    return bool(before) and before[-1].lower().rstrip(".,") in _TITLE_WORDS


def _acronym_of(short: str, long_tokens: list[str]) -> bool:
    letters = "".join(t[0] for t in long_tokens if t not in lexicon.NAME_PARTICLES)
    return len(short) >= 2 and short.replace(".", "") == letters


def _same_actor(short: list[str], long_: list[str], short_label: str) -> bool:
    if len(short) >= len(long_):
        return False
    if long_[-len(short) :] == short:
        return True  # "Biden" ~ "Joe Biden", "Kremlin" ~ "the Kremlin"
    if long_[: len(short)] != short:
        return False
    # "Veltrix" ~ "Veltrix Pharmaceuticals": what is left is a company word.
    rest = " ".join(long_[len(short) :])
    if short_label in {"GPE", "LOC"}:
        # "Calder" the town is not "Calder Fishers' Association"; "Veltrix" (mistagged as
        # a place) is "Veltrix Pharmaceuticals", and "Quarrow" is "Quarrow Mining Corp"
        # when no place is called Quarrow.
        tail = long_[len(short) :]
        if all(w in lexicon.CORPORATE_SUFFIXES for w in tail):
            return True
        return tail[-1].rstrip(".") in lexicon.LEGAL_SUFFIXES and not lexicon.is_place(
            " ".join(short)
        )
    return short_label == "PERSON" or len(short) > 1 or lexicon.has_org_word(rest)


def _merge(clusters: list[_Cluster], labels: dict[str, Counter[str]]) -> list[_Cluster]:
    """Fold each shorter name into the longer one it abbreviates."""
    ordered = sorted(clusters, key=lambda c: (-len(c.tokens), -len(c.mentions), c.first))
    kept: list[_Cluster] = []
    for cluster in ordered:
        label = labels[cluster.key].most_common(1)[0][0]
        original = cluster.forms.most_common(1)[0][0]
        targets = [
            k
            for k in kept
            if _same_actor(cluster.tokens, k.tokens, label)
            or (original.isupper() and _acronym_of(original.lower(), k.tokens))
        ]
        # A known place does not join a person's name ("Washington" vs "Denzel Washington").
        if targets and not (lexicon.is_place(cluster.key) and label in {"GPE", "LOC"}):
            target = min(targets, key=lambda k: (-len(k.mentions), k.first))
            target.forms.update(cluster.forms)
            target.mentions.extend(cluster.mentions)
            target.titled += cluster.titled
            labels[target.key].update(labels[cluster.key])
            continue
        kept.append(cluster)
    return kept


def _plural_noun(word: str) -> bool:
    """ "Harriers", "Builders": team and company names end in plural nouns, surnames
    rarely do (so a name tagged as a person keeps its type whatever its last word)."""
    lower = word.lower()
    return len(lower) > 3 and lower.endswith("s") and is_common_word(lower[:-1])


def _person_shaped(name: str) -> bool:
    """ "Stefano Bordon", "Jean-Luc Brassard": two to four capitalised words, no cue words."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(re.match(r"^(?:[A-Z]\.?|[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*)$", w) for w in words)
        and len(words[-1]) > 2
        and not lexicon.has_org_word(name)
        and not lexicon.has_place_word(name)
        and not any(lexicon.is_place(w) for w in words)
        and not lexicon.is_place(name)
    )


def _add_unlabelled_mentions(
    article: Article, clusters: list[_Cluster], labels: dict[str, Counter[str]]
) -> None:
    """Count the mentions the tagger missed: every other place a cluster's names occur.

    A person is also found by surname alone ("Okafor said ..."), unless two people in the
    article share it.
    """
    text = article.text
    taken = {(m.start, m.end) for c in clusters for m in c.mentions}
    covered = sorted(taken)
    surnames: Counter[str] = Counter()
    for cluster in clusters:
        name = cluster.forms.most_common(1)[0][0]
        if labels[cluster.key].most_common(1)[0][0] == "PERSON" and len(name.split()) > 1:
            surnames[name.split()[-1]] += 1
    starts = [s.start for s in article.sentences]
    for cluster in clusters:
        label = labels[cluster.key].most_common(1)[0][0]
        names = set(cluster.forms)
        longest = max(names, key=lambda n: (len(n.split()), n))
        if label == "PERSON" and len(longest.split()) > 1 and surnames[longest.split()[-1]] == 1:
            names.add(longest.split()[-1])
        for form in sorted(names, key=lambda n: (-len(n), n)):
            if len(form) < 3:
                continue
            for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
                span = (match.start(), match.end())
                if any(a < span[1] and span[0] < b for a, b in covered):
                    continue
                index = max(bisect.bisect_right(starts, span[0]) - 1, 0)
                cluster.mentions.append(Mention(form, label, span[0], span[1], index + 1))
                cluster.forms[form] += 1
                covered.append(span)


def _choose_type(
    text: str, cluster: _Cluster, labels: Counter[str], name: str, sports: bool
) -> ActorType:
    """The type from the strongest clue: gazetteer, title, name shape, context, then tags."""
    tokens = name.split()
    if lexicon.is_country(name):
        return "place"
    if cluster.titled or any(person_cue(form) for form in cluster.forms):
        return "person"
    if is_player(text, cluster.mentions):
        return "person"
    located = is_located(text, cluster.mentions)
    team = not located and is_team(text, cluster.mentions)
    tagged_person = 2 * labels.get("PERSON", 0) >= sum(labels.values())
    # In a sport report a name with a team's context is a club even if it looks like a
    # person's ("Vask Rovers 1", "Tarvo Kessler 2"); a player's is found by the cues above.
    if (
        _person_shaped(name)
        and not located
        and (not team or (tagged_person and not sports))
        and (tagged_person or not _plural_noun(tokens[-1]))
    ):
        return "person"
    if team:
        return "organization"
    place_words = lexicon.has_place_word(name)
    if sports and not located and not lexicon.has_venue_word(name):
        # Metonymy: in a sport report a city that is not where something happens is
        # its team ("Glasgow lead the league"); a country stays a place (see above).
        tagged_place = labels.get("GPE", 0) + labels.get("LOC", 0)
        if lexicon.is_place(name) or place_words or 2 * tagged_place > sum(labels.values()):
            return "organization"
    if lexicon.is_place(name) or place_words or located:
        return "place"
    if lexicon.has_org_word(name):
        return "organization"
    votes: Counter[str] = Counter()
    for mention in cluster.mentions:
        words = len(mention.text.split())
        votes[LABEL_TYPES[mention.label]] += 1 + words
    # A two- or three-word name shortened to its last word is how papers name people.
    surnames = sum(1 for m in cluster.mentions if clean_name(m.text)[0] == tokens[-1])
    if 2 <= len(tokens) <= 4 and surnames and len(cluster.mentions) > surnames:
        votes["person"] += 2 * surnames
    return min(_TYPE_ORDER, key=lambda t: (-votes[t], _TYPE_ORDER.index(t)))


def _credit_only(text: str, cluster: _Cluster) -> bool:
    for mention in cluster.mentions:
        before = text[max(0, mention.start - 20) : mention.start]
        if not _CREDIT_BEFORE.search(before):
            return False
    return True


def build_actors(article: Article, mentions: Sequence[Mention]) -> list[Actor]:
    """Merge, type, filter and rank the actors of one article."""
    text = article.text
    by_key: dict[str, _Cluster] = {}
    labels: dict[str, Counter[str]] = {}
    names = (extend_given_name(text, tagged) for tagged in mentions)
    for mention in (part for tagged in names for part in split_mention(tagged)):
        name, titled = clean_name(mention.text)
        if not _plausible(name, mention.label):
            continue
        key = lexicon.normalise(name)
        cluster = by_key.setdefault(key, _Cluster(key))
        cluster.forms[name] += 1
        cluster.mentions.append(mention)
        cluster.titled += titled or _titled_before(text, mention)
        labels.setdefault(key, Counter())[mention.label] += 1
    clusters = _merge(list(by_key.values()), labels)
    _add_unlabelled_mentions(article, clusters, labels)

    authors = {lexicon.normalise(a) for a in article.authors}
    sports = is_sports_report(article.title, text)
    title = article.title.lower()
    scored: list[tuple[float, int, str, Actor]] = []
    for cluster in clusters:
        name = max(cluster.forms, key=lambda f: (len(f.split()), cluster.forms[f], f))
        key = lexicon.normalise(name)
        if key in authors or (key in lexicon.NEWS_AGENCIES and _credit_only(text, cluster)):
            continue
        kind = _choose_type(text, cluster, labels[cluster.key], name, sports)
        if kind == "group" and len(cluster.mentions) < 2:
            continue
        aliases = sorted(
            {f for f in cluster.forms if f != name}, key=lambda f: (-cluster.forms[f], f)
        )[:MAX_ALIASES]
        in_title = sum(
            len(re.findall(rf"\b{re.escape(form.lower())}\b", title))
            for form in {name, *aliases}
            if len(form) > 2
        )
        sentences = sorted({m.sentence for m in cluster.mentions})
        role, role_sentence = find_role(article, cluster.mentions, kind)
        evidence = sentences[:MAX_EVIDENCE]
        if role_sentence and role_sentence not in evidence:
            evidence = sorted([*evidence[: MAX_EVIDENCE - 1], role_sentence])
        count = len(cluster.mentions)
        salience = count + 1.5 * min(in_title, 2) + (1.0 if sentences[0] <= 3 else 0.0)
        if kind == "group":
            salience -= 1.0
        actor = Actor(
            name=name, type=kind, role=role, aliases=aliases, mentions=count, evidence=evidence
        )
        scored.append((salience, cluster.first, name, actor))
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    ranked = [a for _, _, _, a in scored]
    multiple = [a for a in ranked if a.mentions >= 2 or a.name.lower() in title]
    single = [a for a in ranked if a not in multiple]
    chosen = multiple[:MAX_ACTORS] + single[: max(0, MAX_ACTORS - len(multiple))]
    return [a for a in ranked if a in chosen]
