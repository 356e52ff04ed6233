"""The fish's world: word pools and topic templates that guppy.datagen turns into conversations.

  compose.py        the template language and the code that fills templates
  pools_tank.py     words from inside the tank (things, food, feelings, ...)
  pools_outside.py  words from the human world outside the glass
  topics_*.py       the 60 topics, written as templates, one to four per file
"""

from guppy.world import (
    topics_body,
    topics_food,
    topics_fun,
    topics_glass,
    topics_hello,
    topics_human,
    topics_mind,
    topics_mind_time,
    topics_mood,
    topics_mood_fear,
    topics_mood_idle,
    topics_mood_low,
    topics_mood_up,
    topics_outside,
    topics_outside_near,
    topics_people,
    topics_people_visits,
    topics_self,
    topics_senses,
    topics_swim,
    topics_tank,
    topics_tank_care,
    topics_water,
    topics_water_light,
    topics_weather,
)
from guppy.world.compose import compile_template, parse_topics
from guppy.world.pools_outside import OUTSIDE_POOLS
from guppy.world.pools_tank import TANK_POOLS

POOLS = {**TANK_POOLS, **OUTSIDE_POOLS}

TOPIC_TEXTS = (
    topics_hello.TEXT,
    topics_self.TEXT,
    topics_people.TEXT,
    topics_people_visits.TEXT,
    topics_mood.TEXT,
    topics_mood_up.TEXT,
    topics_mood_idle.TEXT,
    topics_mood_low.TEXT,
    topics_mood_fear.TEXT,
    topics_water.TEXT,
    topics_water_light.TEXT,
    topics_swim.TEXT,
    topics_tank.TEXT,
    topics_tank_care.TEXT,
    topics_glass.TEXT,
    topics_food.TEXT,
    topics_senses.TEXT,
    topics_body.TEXT,
    topics_human.TEXT,
    topics_fun.TEXT,
    topics_outside.TEXT,
    topics_weather.TEXT,
    topics_outside_near.TEXT,
    topics_mind.TEXT,
    topics_mind_time.TEXT,
)

# Parsed once at import: name -> Topic. Parsing also checks every template (see compose.py).
WORLD = {topic.name: topic for text in TOPIC_TEXTS for topic in parse_topics(text, POOLS)}

# A fish sound that may open any reply (one sentence each).
OPENERS = tuple(
    compile_template(t)
    for t in ("oh.", "hmm.", "blub.", "ooh.", "okay.", "well.", "oh, hello.", "wait.", "blub blub.", "hm.", "ah.")
)

# The fish thinks about food a lot: one of these may close a reply on any topic.
FOOD_THOUGHTS = tuple(
    compile_template(t)
    for t in (
        "is it feeding time yet.",
        "i am thinking about {food} now.",
        "also, do you have any {food}.",
        "by the way, {food} would be nice.",
        "all this talk makes me hungry.",
        "my belly just made a noise.",
        "i could go for some {food}.",
        "anyway, is there food.",
        "i think i smell {food}.",
        "did someone say {food}.",
    )
)
