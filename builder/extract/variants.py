"""One actor per entity: the same name written another way, or cut short.

:mod:`.aliases` joins names the article equates; this module joins names that are one
name however they are written:

- spelling variants: accents, curly and straight apostrophes, hyphens, dots in
  acronyms ("Erik Näslund", "Erik Naslund"; "U.N.", "UN");
- slips of the keyboard: one letter missing, added, changed or two swapped in one word
  of a longer name ("Zara Phillips", "Zara Philipps"), in a rare single word beside a
  frequent one ("Instagam"), or two letters swapped in an acronym ("FSCG", "FSGC");
- an initial for a word ("J. Murray", "John Murray"; "N. Ireland", "Northern Ireland");
- words glued before a person's name where a caption lost its full stop ("League
  Okafor", "Superintendent Okafor") or a stray word ("Sorry Ruth");
- a person's given name or initials alone that the tagger took for something else;
- the head of an "X of Y" name used alone ("the Duchess" for "Duchess of Arlen");
- a clipped name ("the Fed" for "the Federal Reserve");
- in a sport report, a club named by its town ("Calder" for "Calder Rovers").
"""

from __future__ import annotations

from collections import Counter

from builder.article import Article
from builder.extract import gazetteer, lexicon
from builder.extract.aliases import C, fold
from builder.extract.context import is_sports_report
from builder.extract.given_names import is_given_name
from builder.extract.nlp import is_common_word

# A slip is read only in words at least this long: short words differ by one letter
# too often ("Iran", "Iraq"; "Jon", "Joan").
MIN_SLIP_LETTERS = 5
MIN_SINGLE_SLIP_LETTERS = 6
MIN_TWO_SLIP_LETTERS = 8
# A rare single word is a slip of a frequent one only when named at most this often.
MAX_SLIP_MENTIONS = 2
MIN_ACRONYM_SWAP_LETTERS = 4
# A clipped name keeps at least this many letters of the word it cuts ("Fed", "Met").
MIN_CLIPPED_LETTERS = 3
# A person's name is at most this many words; a longer "name" is a run of words.
MAX_NAME_WORDS = 3
_TITLE_WORDS = {t.lower() for t in lexicon.PERSON_TITLES}
# Words that open the next sentence where a full stop was lost ("Calder Meanwhile").
_RUN_ON_WORDS = lexicon.terms("meanwhile, however, but, and, then, also, now, yet, still")
# The last words of bodies that are no club: a town's court or council is not its team.
_BODY_HEADS = lexicon.terms(
    "court, council, police, hospital, university, college, school, station, airport"
)


def _words(cluster: C) -> list[str]:
    return cluster.key.split()


def _first(cluster: C) -> int:
    return min(m.start for m in cluster.mentions)


def _label(cluster: C, labels: dict[str, Counter[str]]) -> str:
    return labels[cluster.key].most_common(1)[0][0]


def folded(name: str) -> str:
    """A name's key with accents, apostrophe shapes, hyphens and acronym dots set aside."""
    plain = lexicon.unaccented(name)
    plain = plain.replace("’", "'").replace("‘", "'").replace("-", " ").replace(".", "")
    return " ".join(plain.lower().split())


def _slips(a: str, b: str) -> int:
    """Letters added, dropped, changed or swapped with a neighbour between two words."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(
                rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] != b[j - 1])
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def _allowed(word: str, same: list[str]) -> int:
    """Two slips in a long surname beside the same given name ("Zara Phillips", "Zara
    Philipps"); one elsewhere."""
    return 2 if len(word) >= MIN_TWO_SLIP_LETTERS and any(map(is_given_name, same)) else 1


def _swapped_acronym(a: str, b: str) -> bool:
    if len(a) != len(b) or len(a) < MIN_ACRONYM_SWAP_LETTERS:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]


def _place(key: str) -> bool:
    return lexicon.is_place(key) or gazetteer.country_code(key) is not None


def _pair(clusters: list[C], i: int, j: int) -> tuple[int, int]:
    """(target, other): the cluster named more often absorbs the other."""
    a, b = clusters[i], clusters[j]
    return (i, j) if (len(a.mentions), len(a.key)) >= (len(b.mentions), len(b.key)) else (j, i)


def variant_pairs(
    article: Article, clusters: list[C], labels: dict[str, Counter[str]]
) -> list[tuple[int, int]]:
    """(target, other) pairs of clusters that name one actor written two ways."""
    pairs = _spelling_pairs(clusters)
    pairs += _slip_pairs(clusters, labels)
    pairs += _initial_pairs(clusters)
    pairs += _glued_pairs(clusters, labels)
    pairs += _given_alone_pairs(clusters, labels)
    pairs += _head_alone_pairs(clusters)
    pairs += _clipped_pairs(clusters, labels)
    if is_sports_report(article.title, article.text):
        pairs += _club_town_pairs(clusters, labels)
    return pairs


def _spelling_pairs(clusters: list[C]) -> list[tuple[int, int]]:
    seen: dict[str, int] = {}
    pairs = []
    for i, cluster in enumerate(clusters):
        key = folded(cluster.key)
        if key in seen:
            pairs.append(_pair(clusters, seen[key], i))
        else:
            seen[key] = i
    return pairs


def _slip_pairs(clusters: list[C], labels: dict[str, Counter[str]]) -> list[tuple[int, int]]:
    pairs = []
    keys = [folded(c.key).split() for c in clusters]
    for i, a in enumerate(keys):
        for j in range(i + 1, len(keys)):
            b = keys[j]
            if len(a) != len(b) or _place(clusters[i].key) or _place(clusters[j].key):
                continue
            if len(a) > 1:
                diff = [k for k in range(len(a)) if a[k] != b[k]]
                same = [w for k, w in enumerate(a) if k not in diff]
                if (
                    len(diff) == 1
                    and any(len(w) > 2 for w in same)
                    and min(len(a[diff[0]]), len(b[diff[0]])) >= MIN_SLIP_LETTERS
                    and _slips(a[diff[0]], b[diff[0]]) <= _allowed(a[diff[0]], same)
                    and not (is_given_name(a[diff[0]]) and is_given_name(b[diff[0]]))
                ):
                    pairs.append(_pair(clusters, i, j))
                continue
        pairs += _single_slip_pairs(clusters, i, keys, labels)
    return pairs + _acronym_swap_pairs(clusters)


def _acronym_swap_pairs(clusters: list[C]) -> list[tuple[int, int]]:
    """ "FSGC" written once for the "FSCG" the article names by its full name."""
    acronyms = [
        (i, f) for i, c in enumerate(clusters) for f in c.forms if f.isupper() and " " not in f
    ]
    pairs = []
    for i, a in acronyms:
        for j, b in acronyms:
            if (
                i != j
                and _swapped_acronym(a, b)
                and len(clusters[i].key.split()) == 1
                and len(clusters[i].mentions) <= len(clusters[j].mentions)
            ):
                pairs.append((j, i))
    return pairs


def _single_slip_pairs(
    clusters: list[C], i: int, keys: list[list[str]], labels: dict[str, Counter[str]]
) -> list[tuple[int, int]]:
    """ "Instagam" beside "Instagram", "Tindal" beside "Mike Tindall" (named "Tindall"):
    a rare single word one slip from a single-word form of another actor."""
    rare = clusters[i]
    if len(keys[i]) != 1 or len(rare.mentions) > MAX_SLIP_MENTIONS or _place(rare.key):
        return []
    word = keys[i][0]
    if len(word) < MIN_SINGLE_SLIP_LETTERS or is_given_name(word):
        return []
    owners = {
        j
        for j, other in enumerate(clusters)
        if j != i
        and len(other.mentions) >= len(rare.mentions)
        and any(
            len(f) >= MIN_SINGLE_SLIP_LETTERS
            and abs(len(f) - len(word)) <= 1
            and _slips(word, f) == 1
            for f in _single_words(other, labels)
        )
    }
    return [(owners.pop(), i)] if len(owners) == 1 else []


def _single_words(cluster: C, labels: dict[str, Counter[str]]) -> set[str]:
    """A cluster's one-word forms, with a person's surname however they are named."""
    words = {folded(f) for f in cluster.forms if " " not in f}
    if _person(cluster, labels):
        words.add(folded(cluster.key).split()[-1])
    return words


def _person(cluster: C, labels: dict[str, Counter[str]]) -> bool:
    """A full name the tagger took for a person at least once."""
    return labels[cluster.key]["PERSON"] > 0 and len(cluster.key.split()) > 1


def _initial_pairs(clusters: list[C]) -> list[tuple[int, int]]:
    """ "J. Murray" and "John Murray": an initial for the first word, the rest the same."""
    pairs = []
    for i, cluster in enumerate(clusters):
        tokens = cluster.key.split()
        if len(tokens) < 2 or len(tokens[0]) != 2 or not tokens[0].endswith("."):
            continue
        letter = tokens[0][0]
        owners = [
            j
            for j, other in enumerate(clusters)
            if j != i
            and len(_words(other)) == len(tokens)
            and _words(other)[1:] == tokens[1:]
            and len(_words(other)[0]) > 2
            and _words(other)[0].startswith(letter)
        ]
        if len(owners) == 1:
            pairs.append((owners[0], i))
    return pairs


def _glue_word(word: str) -> bool:
    """A word that is no part of a person's name: an ordinary word or a title."""
    return (
        not is_given_name(word)
        and not lexicon.is_place(word)
        and word not in lexicon.HONORIFICS  # "Lord Pelham" is how a peer is named
        and (is_common_word(word) or word in _TITLE_WORDS)
    )


def _glued_pairs(clusters: list[C], labels: dict[str, Counter[str]]) -> list[tuple[int, int]]:
    """ "League Okafor" and "Ruth Okafor": words before the name of one person of the
    article that are ordinary words, not a given name."""
    people = [
        (j, c)
        for j, c in enumerate(clusters)
        if _person(c, labels) and len(_words(c)) <= MAX_NAME_WORDS
    ]
    pairs = []
    for i, cluster in enumerate(clusters):
        tokens = _words(cluster)
        if len(tokens) < 2:
            continue
        for cut in range(1, len(tokens)):
            glue, tail = tokens[:cut], tokens[cut:]
            if not all(_glue_word(w) for w in glue):
                break
            owners = {
                j
                for j, full in people
                if j != i
                and _words(full) != tokens
                # the name of the two that is not itself glued ("Ruth Okafor" over
                # "Superintendent Okafor"): glued words are a slip, so that form is the
                # rarer, and the other is named more often or by a given name
                and len(full.mentions) >= len(cluster.mentions)
                and (len(full.mentions) > len(cluster.mentions) or is_given_name(_words(full)[0]))
                and (
                    _words(full)[-len(tail) :] == tail
                    or (len(tail) == 1 and tail[0] in {folded(f) for f in full.forms})
                )
            }
            if len(owners) == 1:
                pairs.append((owners.pop(), i))
                # "Okafor", not "League Okafor", is how the article names him there; the
                # glued words alone ("League") are no name of his.
                cluster.forms = Counter(
                    {
                        " ".join(f.split()[cut:]): n
                        for f, n in cluster.forms.items()
                        if len(f.split()) == len(tokens)
                    }
                )
                break
    return pairs


def _given_alone_pairs(clusters: list[C], labels: dict[str, Counter[str]]) -> list[tuple[int, int]]:
    """ "Aliesha" after "Aliesha Peterson", tagged as a place; "AP" after "AP McCoy": the
    given name or initials of one person, once the article has named them in full."""
    people = [(j, c) for j, c in enumerate(clusters) if _person(c, labels)]
    pairs = []
    for i, cluster in enumerate(clusters):
        if len(_words(cluster)) != 1 or _place(cluster.key):
            continue
        form = cluster.forms.most_common(1)[0][0]
        initials = form.replace(".", "").isupper() and len(form.replace(".", "")) <= 3
        if _label(cluster, labels) == "ORG" and not initials:
            continue  # "Mercedes" the carmaker beside "Mercedes Ortiz"
        if initials and labels[cluster.key]["GPE"] + labels[cluster.key]["LOC"]:
            continue  # "D.C." the place, whatever name it was glued to
        word = folded(cluster.key)
        owners = [j for j, c in people if folded(_words(c)[0]) == word]
        surnames = [j for j, c in people if folded(_words(c)[-1]) == word]
        if len(owners) == 1 and not surnames and _first(clusters[owners[0]]) < _first(cluster):
            pairs.append((owners[0], i))
    return pairs


def _head_alone_pairs(clusters: list[C]) -> list[tuple[int, int]]:
    """ "the Duchess" for "the Duchess of Arlen": the head of one "X of Y" name alone."""
    pairs = []
    for i, cluster in enumerate(clusters):
        if len(_words(cluster)) != 1 or _place(cluster.key):
            continue
        owners = [
            j
            for j, c in enumerate(clusters)
            if len(_words(c)) > 2 and _words(c)[1] == "of" and _words(c)[0] == cluster.key
        ]
        if len(owners) == 1:
            pairs.append((owners[0], i))
    return pairs


def _clipped_pairs(clusters: list[C], labels: dict[str, Counter[str]]) -> list[tuple[int, int]]:
    """ "the Fed" for "the Federal Reserve", "the Met" for "the Metropolitan Police": an
    organisation named by the first letters of its first word."""
    pairs = []
    for i, cluster in enumerate(clusters):
        word = cluster.key
        if (
            len(_words(cluster)) != 1
            or len(word) < MIN_CLIPPED_LETTERS
            or _label(cluster, labels) != "ORG"
            or _place(word)
            or is_given_name(word)
        ):
            continue
        owners = [
            j
            for j, c in enumerate(clusters)
            if len(_words(c)) > 1
            and _label(c, labels) == "ORG"
            and len(_words(c)[0]) > len(word)
            and _words(c)[0].startswith(word)
        ]
        if len(owners) == 1:
            pairs.append((owners[0], i))
    return pairs


def _club_town_pairs(clusters: list[C], labels: dict[str, Counter[str]]) -> list[tuple[int, int]]:
    """ "Calder" for "Calder Rovers", "Arlen" for "AC Arlen" in a sport report: a town
    that names one club of the article (not a ground, nor two clubs of one town)."""
    surnames = {_words(c)[-1] for c in clusters if _person(c, labels)}
    keys = {c.key for c in clusters}
    pairs = []
    for i, cluster in enumerate(clusters):
        word = cluster.key
        if (
            len(_words(cluster)) != 1
            or _label(cluster, labels) == "PERSON"
            or gazetteer.country_code(word)  # a national side is its country
        ):
            continue
        owners = []
        for j, club in enumerate(clusters):
            tokens = _words(club)
            if len(tokens) < 2 or word not in (tokens[0], tokens[-1]) or "of" in tokens:
                continue
            rest = tokens[1:] if word == tokens[0] else tokens[:-1]
            if (
                _label(club, labels) == "PERSON"
                or is_given_name(tokens[0])
                or lexicon.has_place_word(club.key)
                or lexicon.has_venue_word(club.key)
                or _place(club.key)
                # two names run together: "Dorrow Vask", "Calder Okafor"
                or (lexicon.is_place(word) and lexicon.is_place(" ".join(rest)))
                # a table's row in capitals runs its columns together ("DORROW VASK")
                or club.forms.most_common(1)[0][0].isupper()
                or " ".join(rest) in keys
                or rest[-1] in surnames
                or rest[-1] in _RUN_ON_WORDS
                or rest[-1] in _BODY_HEADS
            ):
                continue
            owners.append(j)
        if len(owners) == 1:
            pairs.append((owners[0], i))
    return pairs


def merge_variants(article: Article, clusters: list[C], labels: dict[str, Counter[str]]) -> list[C]:
    """Join the clusters that name one actor written two ways."""
    return fold(clusters, labels, variant_pairs(article, clusters, labels))
