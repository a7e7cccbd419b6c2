"""Tags: a few topic slugs for an article, so the site can group briefs.

Tags the input gives (Markdown front matter) come first. Then topics of which the article
uses two different keywords, or one at least three times, strongest first, then the country
the story is most about.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from builder.article import Article
from builder.extract import lexicon
from builder.extract.lexicon import terms
from builder.model import Actor
from builder.slugs import slugify

MAX_TAGS = 5
MIN_HITS = 2

# One topic a line: its tag, then the words that signal it.
_TOPIC_LINES = """
politics: election, vote, parliament, minister, party, government, senate, congress,
    campaign, coalition, opposition, lawmakers
economy: economy, inflation, growth, recession, gdp, interest rate, unemployment, budget,
    tax, deficit, debt
business: company, shares, profit, revenue, investors, merger, acquisition, deal, chief
    executive, market
diplomacy: talks, summit, diplomat, ambassador, foreign minister, negotiations, treaty,
    envoy, sanctions
conflict: war, troops, military, attack, missile, ceasefire, army, fighting, offensive,
    drone, soldiers, air strike, air strikes, airstrike, airstrikes, drone strike,
    drone strikes, missile strike, missile strikes
justice: court, judge, trial, lawsuit, prosecutor, ruling, appeal, convicted, charged,
    police, arrested
health: health, hospital, patients, disease, vaccine, doctors, virus, medical, nhs
environment: environment, climate, emissions, pollution, wildlife, conservation, habitat,
    species, environmental
energy: energy, oil, gas, electricity, power plant, renewable, solar, wind farm, nuclear
transport: transport, rail, tram, airport, airline, flights, road, traffic, port, shipping,
    harbour
technology: technology, software, internet, data, artificial intelligence, app, cyber, chip,
    online
education: school, schools, students, university, teachers, education
housing: housing, homes, rent, mortgage, tenants, property
labour: strike, union, workers, wages, jobs, employees, pay
sport: match, season, league, cup, coach, striker, goal, tournament, championship, players,
    manager, club
migration: migrants, refugees, asylum, border, immigration
water: water, drought, reservoir, reservoirs, rainfall, irrigation
fisheries: fishing, fishers, fishermen, fisheries, oyster, catch
culture: film, music, actress, actor, festival, museum, book, artist
crime: murder, murdered, killing, shooting, stabbing, stabbed, robbery, burglary, assault,
    gunman, homicide, manslaughter, kidnapping, kidnapped
disaster: earthquake, quake, flood, floods, flooding, storm, hurricane, typhoon, wildfire,
    blaze, firefighters, explosion, collapse, collapsed, rubble, rescue, rescuers,
    survivors, evacuated, evacuation, tsunami
science: scientists, researchers, spacecraft, astronauts, space station, laboratory
"""
TOPICS: dict[str, str] = dict(
    line.split(":", 1) for line in re.sub(r"\n\s+", " ", _TOPIC_LINES).strip().splitlines()
)
_TOPIC_OF = {word: topic for topic, words in TOPICS.items() for word in terms(words)}
# One pass over the text finds every topic word (longest first, so "power plant" wins, and
# "drone strike" is war, not the labour topic's "strike").
_TOPIC_WORDS = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in sorted(_TOPIC_OF, key=lambda w: (-len(w), w)))
    + r")\b"
)


def suggest_tags(article: Article, actors: Sequence[Actor] = ()) -> list[str]:
    """Up to five tag slugs: the input's own, then topics, then the main country."""
    tags: list[str] = []
    for tag in article.tags:
        slug = slugify(tag)
        if slug and slug not in tags:
            tags.append(slug)
    text = f"{article.title}\n{article.text}".lower()
    found = _TOPIC_WORDS.findall(text)
    # One sense per article: once it says "drone strike", a bare "strike" is that strike too.
    sense = {
        word.rsplit(" ", 1)[1]: _TOPIC_OF[word]
        for word in found
        if " " in word and word.rsplit(" ", 1)[1] in _TOPIC_OF
    }
    hits = Counter(sense.get(word, _TOPIC_OF[word]) for word in found)
    # One word said just twice is not a topic: "strike" in a war story is no labour dispute.
    distinct = Counter(sense.get(word, _TOPIC_OF[word]) for word in set(found))
    for topic, count in sorted(hits.items(), key=lambda item: (-item[1], item[0])):
        if (
            count >= MIN_HITS
            and (distinct[topic] >= MIN_HITS or count > MIN_HITS)
            and topic not in tags
            and len(tags) < MAX_TAGS - 1
        ):
            tags.append(topic)
    countries = lexicon.country_names()
    for actor in actors:
        slug = slugify(actor.name)
        if actor.type == "place" and actor.name.lower() in countries and actor.mentions >= 2:
            if slug and slug not in tags:
                tags.append(slug)
            break
    return tags[:MAX_TAGS]
