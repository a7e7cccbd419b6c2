"""Word lists the engine's rules share: places, titles, role words, organisation cues.

Countries and their subdivisions come from pycountry (ISO 3166), so "Kyiv" is a place
whatever the tagger thought. The short lists below are general English, not tuned to
any data set: honorifics, words that name a job, words that mark an organisation.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import pycountry


def terms(text: str) -> frozenset[str]:
    """A set of lower-case terms written as a comma-separated list."""
    return frozenset(t.strip() for t in text.split(",") if t.strip())


# Names people use for countries that ISO spells differently.
COUNTRY_ALIASES = terms(
    """
    america, britain, great britain, england, scotland, wales, northern ireland, russia,
    iran, syria, south korea, north korea, korea, taiwan, vietnam, laos, bolivia, venezuela,
    tanzania, moldova, palestine, gaza, west bank, kosovo, west indies, caribbean, balkans,
    scandinavia, czech republic, ivory coast, holland, the netherlands, burma, congo,
    turkey, zaire, czech, macedonia, swaziland, cape verde, east timor, vatican, the gambia,
    u.s, u.k, us, u.s., usa, u.s.a., uk, u.k., uae, europe, africa, asia, latin america,
    middle east, the west, crimea, donbas, kashmir, tibet, hong kong, macau, soviet union,
    ussr, yugoslavia, bosnia, serbia
    """
)

# A few cities that are capitals or often act in the news; subdivisions cover many more.
CITIES = terms(
    """
    washington, london, paris, berlin, moscow, beijing, tokyo, kyiv, kiev, brussels, rome,
    madrid, lisbon, vienna, warsaw, prague, budapest, athens, ankara, istanbul, tehran,
    baghdad, damascus, beirut, jerusalem, tel aviv, cairo, riyadh, doha, dubai, abu dhabi,
    kabul, islamabad, new delhi, delhi, mumbai, dhaka, bangkok, hanoi, manila, jakarta,
    seoul, pyongyang, taipei, canberra, sydney, melbourne, wellington, ottawa, toronto,
    montreal, mexico city, havana, caracas, bogota, lima, brasilia, rio de janeiro, sao
    paulo, buenos aires, santiago, nairobi, lagos, abuja, johannesburg, pretoria, cape town,
    addis ababa, khartoum, new york, los angeles, chicago, boston, san francisco, miami,
    houston, geneva, zurich, amsterdam, stockholm, oslo, copenhagen, helsinki, dublin,
    edinburgh, glasgow, manchester, liverpool, birmingham, belfast, minsk, vilnius, riga,
    tallinn, bucharest, sofia, belgrade, zagreb, sarajevo, tbilisi, yerevan, baku, tashkent,
    almaty, astana, kharkiv, odesa, odessa, mariupol, bakhmut, donetsk, luhansk, sevastopol,
    strasbourg, frankfurt, munich, hamburg, milan, naples, barcelona, marseille, lyon,
    shanghai, hong kong, singapore, kuala lumpur, sanaa, tripoli, tunis, algiers, rabat,
    casablanca, kinshasa, kampala, harare
    """
)

# Forms of address: only ever written before a person's name ("Mr Banks"), never a
# function the person holds.
HONORIFICS = terms("mr, mrs, ms, miss, mx, dr, sir, dame, lord, lady, rev")
# Ranks of the forces and the police, as written before a name ("Cpl", "Det Insp").
RANKS = terms(
    """
    general, gen, colonel, col, captain, capt, lieutenant, lt, sergeant, sgt, admiral,
    commander, inspector, detective, corporal, cpl, pvt, pte, pfc, spc, constable, pc, wpc,
    superintendent, supt, insp, det, brigadier, brig, maj, cmdr, cdr, adm, fusilier,
    trooper, rifleman, guardsman, airman
    """
)
# Honorifics and offices that stand before a person's name.
PERSON_TITLES = RANKS | terms(
    """
    mr, mrs, ms, miss, dr, prof, professor, sir, dame, lord, lady, president,
    vice-president, premier, chancellor, minister, secretary, senator, sen, rep,
    representative, congressman, congresswoman, governor, gov, mayor, judge, justice, king,
    queen, prince, princess, pope, general, gen, colonel, col, captain, capt, lieutenant,
    lt, sergeant, sgt, admiral, commander, chairman, chairwoman, chair, ceo, coach, manager,
    sheikh, ayatollah, rabbi, imam, cleric, preacher, father, reverend, rev, bishop,
    archbishop, cardinal, ambassador, envoy, spokesman, spokeswoman, spokesperson,
    director, chief, officer, inspector, detective, councillor, councilor, mp, mep, deputy,
    leader, striker, defender,
    midfielder, goalkeeper, forward, winger, wing, skipper, boss, actor, actress, singer,
    author, writer, founder, owner, executive, head, lawyer, attorney, businessman,
    businesswoman, tycoon, billionaire, entrepreneur, prosecutor, economist, analyst,
    scientist, researcher, player, star, champion, candidate, nominee, emperor,
    commissioner, president-elect, dictator, treasurer, auditor, ombudsman, trainer, rider,
    driver, batsman, bowler, pitcher, quarterback, chef, doctor, nurse, teacher, student,
    mother, wife, husband, son, daughter, brother, sister, official, activist, campaigner,
    veteran, boxer, golfer, presenter, host, journalist, editor, model
    """
)
# Words written before a rank, not part of the name: the service ("Marine Pfc", "Navy
# Cpl", "Air Force Maj") or a grade of the rank ("Lance Cpl", "Staff Sgt", "Det Insp").
RANK_LEADERS = terms(
    """
    army, navy, naval, marine, marines, air, force, police, coast, guard, national,
    lance, staff, master, first, second, rear, vice, petty, warrant, major
    """
)

# Words that head a job description ("Foreign Minister", "chief executive").
ROLE_HEADS = PERSON_TITLES | terms(
    """
    head, chief, member, adviser, advisor, aide, negotiator, economist, governor, regulator,
    agency, ministry, party, government, company, group, firm, club, side, team, bank,
    council, court, board, body, union, alliance, organisation, organization, watchdog,
    operator, manufacturer, maker, producer, carrier, lender, insurer, retailer,
    broadcaster, newspaper, network, militia, army, rebels, movement, country, nation,
    state, city, capital, region, province, republic, neighbour, neighbor, ally, rival,
    hosts, holders, partner, supplier, owner, investor, shareholder, creditor, plaintiff,
    defendant, suspect, victim, witness, survivor, resident, holder, winner, runner-up
    """
)

# Plural nouns that end a company's name and never a person's ("Harth Estates", "Orrin
# Properties"), however the tagger reads a name that begins like a person's.
COMPANY_PLURALS = terms(
    """
    estates, properties, holdings, developments, enterprises, industries, investments,
    ventures, securities, technologies, solutions, communications, logistics, foods,
    brands, hotels, resorts, studios, pharmaceuticals, chemicals, metals, airlines,
    airways, motors, builders, homes, stores, supermarkets, utilities, minerals, resources,
    ferries, railways, railroads, cruises, buses, coaches
    """
)

# Diseases the tagger may read as a name ("Measles is highly contagious"): never actors.
DISEASES = terms(
    """
    measles, mumps, rubella, ebola, cholera, polio, covid, covid-19, coronavirus, malaria,
    tuberculosis, influenza, dengue, zika, mpox, monkeypox, sars, mers, typhoid,
    diphtheria, anthrax, smallpox, hepatitis, meningitis, legionnaires' disease, hiv, aids,
    bird flu, swine flu, salmonella, listeria, norovirus, whooping cough, scarlet fever
    """
)

# Words that make a name an organisation ("Ministry of Health", "Labour Party").
ORG_WORDS = (
    terms(
        """
    ministry, department, party, council, committee, commission, agency, authority, bank,
    university, college, school, institute, foundation, association, union, federation,
    league, club, fc, united, city, inc, corp, corporation, co, company, ltd, plc, llc,
    group, holdings, court, parliament, congress, senate, assembly, government, police,
    army, navy, force, forces, guard, office, service, services, board, news, times, post,
    journal, press, airlines, airways, motors, bureau, organisation, organization, alliance,
    network, fund, trust, church, hospital, museum, society, centre, center, exchange,
    cabinet, tribunal, brigade, front, movement, coalition, nato, reuters, fifa, uefa,
    olympic, nations, rovers, wanderers, athletic, county, hotspur, stores, store,
    pharmaceuticals, pharma, biosciences, bio, sciences, securities, capital, partners,
    ventures, investments, marine, water, energy, power, oil, systems, technologies,
    technology, tech, labs, media, communications, telecom, airline, rail, railways,
    shipping, logistics, foods, brewery, motor, automotive, industries, international,
    global, solutions, consulting, insurance, financial, finance, credit, democrats,
    republicans, greens, socialists, conservatives, tories, labour, liberals, directorate,
    secretariat, unit, command, electric, electricity, health, healthcare, utilities, guild,
    syndicate, cooperative, co-operative, consortium, academy, conservatory, orchestra, choir
    """
    )
    | COMPANY_PLURALS
)

# News agencies and outlets that credit stories; actors only when they act in the story.
# A land's state, for which its adjective stands: "the Vaskan government said ...".
STATE_BODIES = terms("government, ministry, embassy, parliament, regime, army, navy, military")
NEWS_AGENCIES = terms(
    """
    reuters, ap, associated press, afp, agence france-presse, agence france presse,
    bloomberg, pa, press association, upi, dpa, efe, ansa, xinhua, tass, interfax, kyodo,
    yonhap, cnn, bbc, daily mail, mailonline, mail online
    """
)

# Words that follow a company's short name in its full name ("Veltrix Pharmaceuticals").
CORPORATE_SUFFIXES = terms(
    """
    inc, corp, corporation, co, company, ltd, plc, llc, ag, sa, nv, group, holdings, stores,
    pharmaceuticals, pharma, biosciences, securities, capital, partners, industries,
    technologies, systems, motors, airlines, airways, energy, bank, media, international,
    global
    """
)

# Legal forms that end a company's full name ("Quarrow Mining Corp").
LEGAL_SUFFIXES = terms(
    """
    inc, corp, corporation, co, company, ltd, limited, plc, llc, ag, sa, nv, bv, gmbh, spa,
    ab, asa, oyj, tbk, bhd, pte, group, holdings
    """
)

# Legal forms written before a company's name: Indonesian "PT", Russian "OAO", "ZAO",
# "PAO", "OOO" and their English renderings.
LEGAL_PREFIXES = terms("pt, oao, zao, pao, ooo, ojsc, cjsc, pjsc, jsc")

# Words that end the name of a place ("Calder Cricket Ground", "Vask Sea").
PLACE_WORDS = terms(
    """
    ground, stadium, park, oval, arena, square, street, road, avenue, boulevard, highway,
    motorway, freeway, plaza, bridge, airport, island, islands, river, mountain, mountains,
    valley, coast, sea, ocean, lake, bay, gulf,
    strait, peninsula, desert, province, region, county, district, state, republic, kingdom,
    strip, heights, hills, plain, delta, canal, harbour, harbor, port
    """
)

# Place words that name where a game is played; a sport report's other places can be
# teams ("Dorrow State"), these never are ("Dorrow Cricket Ground").
VENUE_WORDS = terms(
    """
    ground, stadium, park, oval, arena, square, street, road, avenue, bridge, airport,
    harbour, harbor, port, island, islands, river, lake, bay, coast, sea, ocean
    """
)

# Last words of names that are events, prizes or documents, never actors.
EVENT_WORDS = terms(
    """
    cup, award, awards, prize, convention, championship, championships, games, olympics,
    tournament, trophy, shield, festival, initiative, act, treaty, agreement, accord, summit,
    series, grand prix, open, masters, classic, marathon, rally, election, elections, referendum,
    dinner, gala, stakes, handicap, hurdle, bowl, parade, concert, expo, week, show, race
    """
)

# Words a tagger takes for names in tables and datelines.
NOT_NAMES = terms(
    "gmt, bst, utc, cet, est, extras, attendance, group, state, total, table, earth, moon"
)

NAME_PARTICLES = frozenset({"of", "the", "and", "for", "de", "la", "du", "van", "von", "al", "bin"})


_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")


def unaccented(text: str) -> str:
    """The text with its accents set aside ("Gdańsk" → "Gdansk")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def singular(plural: str) -> str:
    """A regular English plural's singular ("utilities" → "utility", "accounts" →
    "account"); a word not ending in "s" unchanged."""
    return plural[:-3] + "y" if plural.endswith("ies") else plural.removesuffix("s")


def normalise(name: str) -> str:
    """Lower-case key for a name: no leading "the", no possessive, single spaces."""
    name = _POSSESSIVE.sub("", _LEADING_THE.sub("", name.strip()))
    return " ".join(name.lower().split())


@functools.cache
def place_names() -> frozenset[str]:
    """Lower-case names of countries, their subdivisions, and well-known cities."""
    names: set[str] = set(COUNTRY_ALIASES) | set(CITIES)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value.lower())
        names.add(country.name.split(",")[0].lower())
    for subdivision in pycountry.subdivisions:
        if subdivision.type in {
            "State",
            "Province",
            "Region",
            "City",
            "Country",
            "Nation",
            "Autonomous republic",
            "Federal district",
            "Capital city",
            "Metropolitan region",
            "Autonomous region",
            "Capital district",
        }:
            names.add(subdivision.name.lower())
    return frozenset(names)


@functools.cache
def country_names() -> frozenset[str]:
    """Lower-case names of countries only (with common aliases)."""
    names: set[str] = set(COUNTRY_ALIASES)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value.lower())
    return frozenset(names)


def is_place(name: str) -> bool:
    """Whether a name is a known country, region, or city."""
    return normalise(name) in place_names()


def is_country(name: str) -> bool:
    """Whether a name is a known country (or a common name for one)."""
    return normalise(name) in country_names()


# Two last words that name a course, not a club that plays: "Dorrow Golf Club" is where
# a tournament is played, as "Dorrow Football Club" is not.
VENUE_ENDINGS = frozenset(
    {("golf", "club"), ("country", "club"), ("golf", "course"), ("golf", "links")}
)


def has_place_word(name: str) -> bool:
    """Whether a name ends with a word that names a kind of place ("Cricket Ground")."""
    words = re.findall(r"[a-z]+", name.lower())
    return len(words) > 1 and (words[-1] in PLACE_WORDS or tuple(words[-2:]) in VENUE_ENDINGS)


def has_venue_word(name: str) -> bool:
    """Whether a name ends with a word for a venue or a natural place ("Dorrow Oval")."""
    words = re.findall(r"[a-z]+", name.lower())
    return len(words) > 1 and (words[-1] in VENUE_WORDS or tuple(words[-2:]) in VENUE_ENDINGS)


def has_org_word(name: str) -> bool:
    """Whether a name contains a word that marks an organisation."""
    return any(word in ORG_WORDS for word in re.findall(r"[a-z]+", name.lower()))
