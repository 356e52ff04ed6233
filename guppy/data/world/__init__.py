"""The fish's world: word pools and topic templates that guppy.data.generator turns into conversations.

  compose.py               the template language and the pool format, and the code that fills templates
  pools/<pool>.txt         the word pools, one per file: words from the tank and from the human world outside
  topics/NNN_<topic>.txt   the 60 topics, one per file, each holding its "## <topic>" section

Both folders are package data, read through importlib.resources, so a wheel reads them as a checkout does.
WORLD (and so guppy.data.generator.TOPICS) lists the topics found, in file-name order: the three-digit NNN fixes
the order the generator takes topics in, which the bytes of a seeded data set depend on. Numbers go in
steps of ten, so a new topic fits anywhere; adding one is adding its file.
"""

import re
from importlib.resources import files

from guppy.data.world.compose import TemplateError, compile_template, parse_pool, parse_topics

POOL_FILE = re.compile(r"([a-z]+(?:_[a-z]+)*)\.txt")
TOPIC_FILE = re.compile(r"(\d{3})_([a-z]+(?:_[a-z]+)*)\.txt")


def _texts(folder):
    """(file name, text) for each .txt file in `folder` (a path or importlib.resources Traversable), by name."""
    entries = [entry for entry in folder.iterdir() if entry.name.endswith(".txt")]
    entries.sort(key=lambda entry: entry.name)
    return [(entry.name, entry.read_text(encoding="utf-8")) for entry in entries]


def load_pools(folder):
    """pools/<pool>.txt -> {pool: tuple of phrases}."""
    pools = {}
    for file_name, text in _texts(folder):
        match = POOL_FILE.fullmatch(file_name)
        if not match:
            raise TemplateError(f"{folder.name}/{file_name}: a pool file is named <pool>.txt, pool in snake_case")
        pools[match.group(1)] = parse_pool(text, match.group(1))
    return pools


def load_topics(folder, pools):
    """topics/NNN_<topic>.txt -> {topic: Topic}, in file-name order. A file holds the one topic it is named after."""
    world, numbers = {}, set()
    for file_name, text in _texts(folder):
        match = TOPIC_FILE.fullmatch(file_name)
        if not match:
            raise TemplateError(f"{folder.name}/{file_name}: a topic file is named NNN_<topic>.txt (NNN: three digits)")
        number, name = match.groups()
        if number in numbers:
            raise TemplateError(f"{folder.name}/{file_name}: another topic file also has number {number}")
        try:
            topics = parse_topics(text, pools)
        except TemplateError as error:
            raise TemplateError(f"{folder.name}/{file_name}: {error}") from None
        if [topic.name for topic in topics] != [name]:
            raise TemplateError(f"{folder.name}/{file_name}: must hold one topic, '## {name}', and no other")
        if name in world:
            raise TemplateError(f"{folder.name}/{file_name}: topic {name} is written in two files")
        numbers.add(number)
        world[name] = topics[0]
    return world


# Relative to this package, so the files are found wherever it is installed (or moved).
POOLS = load_pools(files(__name__) / "pools")

# Parsed once at import: name -> Topic. Parsing also checks every template (see compose.py).
WORLD = load_topics(files(__name__) / "topics", POOLS)

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
