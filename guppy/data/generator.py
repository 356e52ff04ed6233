"""The synthetic conversation generator: 60 topics, one user turn and one fish reply each.

A sample is {"input": what a person types, "output": what the fish says, "category": topic}.
Replies are composed from the templates in guppy/data/world/topics/, one text file per topic, filled
from the word pools in guppy/data/world/pools/ (see guppy/data/world/compose.py for both formats):
an optional fish sound, one reply of the topic, up to two extra sentences of the topic and,
now and then, a thought about food. Inputs get the small noise of real typing: a "hey guppy"
in front, a missing question mark, capital letters, "u" for "you".

Everything random goes through one random.Random(seed), so a seed gives the same bytes.
"""

import functools
import random
import re

from guppy.data.world import FOOD_THOUGHTS, OPENERS, POOLS, WORLD
from guppy.data.world.compose import count_sentences, render, tidy

# The generator takes topics in turn, in this order (guppy/data/world/topics/ file-name order, see guppy/world).
TOPICS = list(WORLD)

INPUT_MAX_CHARS = 100  # a typed question, with room to spare
OUTPUT_MAX_CHARS = 240  # keeps a formatted sample well under the 128-token context
MAX_SENTENCES = 4
KEYS = ("input", "output", "category")

QUESTION_WORDS = frozenset(
    "what what's whats why how how's do does did are is isn't can could would will have has who "
    "where when which should am don't aren't were was".split()
)
GREETING_WORDS = frozenset("hi hello hey hiya howdy yo heya greetings good morning bye goodbye byeee".split())
PREFIXES = (
    "hey guppy, ", "guppy, ", "hi guppy. ", "hello little fish, ", "ok guppy, ", "so ", "um, ",
    "little fish, ", "hey fishy, ", "yo guppy, ", "dear guppy, ", "guppy. ", "hey buddy, ", "quick question, ",
)  # fmt: skip
SUFFIXES = (", guppy", " guppy", ", little fish", ", buddy", ", my friend", " fishy", ", little buddy")
QUESTION_ENDS = ("?",) * 14 + ("",) * 3 + ("??", "?!", " ?")
STATEMENT_ENDS = ("",) * 8 + (".",) * 6 + ("!",) * 5 + ("!!",)


def vary_input(text, rng):
    """A base ask -> the way a person might actually type it."""
    words = text.split()
    is_question = words[0] in QUESTION_WORDS
    if "guppy" not in text and words[0] not in GREETING_WORDS and rng.random() < 0.3:
        text = rng.choice(PREFIXES) + text
    elif rng.random() < 0.1:
        text += rng.choice(SUFFIXES)
    if rng.random() < 0.05:
        text = re.sub(r"\byou\b", "u", text)
    text += rng.choice(QUESTION_ENDS if is_question else STATEMENT_ENDS)
    roll = rng.random()
    if roll < 0.5:
        text = text[0].upper() + text[1:]  # sentence case; names keep their capitals
    elif roll < 0.92:
        text = text.lower()  # typed all lowercase
    else:
        text = text.upper()  # shouting
    return text


def compose_reply(topic, intent, picks, rng):
    """One reply: [fish sound] + a reply of the intent + [extras of the topic] + [a food thought].
    When the whole is too long, the tail goes first, then the fish sound."""

    def fill(template):
        return render(template, POOLS, picks, rng)

    opener = fill(rng.choice(OPENERS)) if rng.random() < 0.12 else ""
    core = fill(rng.choice(intent.replies))
    extra_count = rng.choices((0, 1, 2), weights=(35, 45, 20))[0]
    tail = [fill(t) for t in rng.sample(topic.extras, min(extra_count, len(topic.extras)))]
    if rng.random() < 0.12:
        tail.append(fill(rng.choice(FOOD_THOUGHTS)))
    while True:
        reply = tidy(" ".join([opener, core, *tail])).lower()
        if count_sentences(reply) <= MAX_SENTENCES and len(reply) <= OUTPUT_MAX_CHARS:
            return reply
        if tail:
            tail.pop()
        elif opener:
            opener = ""
        else:
            return reply  # one template too long on its own: tests/test_datagen.py catches it


# Every ask of a topic is equally likely, so an intent weighs as much as its phrasings.
_ASKS = {name: [(ask, intent) for intent in topic.intents for ask in intent.asks] for name, topic in WORLD.items()}


def make_sample(category, rng):
    """One conversation on a topic. The ask's picks are shared with the reply."""
    topic = WORLD[category]
    ask, intent = rng.choice(_ASKS[category])
    for _ in range(10):
        picks = {}
        text = vary_input(tidy(render(ask, POOLS, picks, rng)), rng)
        if len(text) <= INPUT_MAX_CHARS:
            break
    output = compose_reply(topic, intent, picks, rng)
    return {"input": text, "output": output, "category": category}


def generate_samples(n, seed=42):
    """n samples, topics equally often (n/60 each, the first n % 60 topics get one more), shuffled."""
    if n < 0:
        raise ValueError(f"number of samples must be >= 0, got {n}")
    rng = random.Random(seed)
    samples = [make_sample(TOPICS[i % len(TOPICS)], rng) for i in range(n)]
    rng.shuffle(samples)
    return samples


def split_samples(samples, eval_ratio=0.05, seed=42):
    """Split into (train, eval) by distinct (input, output) pair: all copies of a pair land on
    the same side, so eval never holds a conversation that train has seen word for word.
    Pairs are shuffled with the seed and go to eval until it holds >= eval_ratio of the samples."""
    if not 0.0 <= eval_ratio < 1.0:
        raise ValueError(f"eval_ratio must be in [0, 1), got {eval_ratio}")
    copies = {}
    for sample in samples:
        copies.setdefault((sample["input"], sample["output"]), []).append(sample)
    pairs = list(copies)  # first-seen order: deterministic, unlike a set
    random.Random(seed).shuffle(pairs)
    target, eval_pairs, taken = round(len(samples) * eval_ratio), set(), 0
    for pair in pairs:
        if taken >= target:
            break
        eval_pairs.add(pair)
        taken += len(copies[pair])
    train = [s for s in samples if (s["input"], s["output"]) not in eval_pairs]
    evals = [s for s in samples if (s["input"], s["output"]) in eval_pairs]
    return train, evals


WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def compute_stats(samples):
    """Counts that show how rich the corpus is."""
    words = set()
    for s in samples:
        words.update(WORD.findall(s["input"].lower()))
        words.update(WORD.findall(s["output"]))
    per_category = {name: 0 for name in TOPICS}
    for s in samples:
        per_category[s["category"]] = per_category.get(s["category"], 0) + 1
    return {
        "samples": len(samples),
        "unique_outputs": len({s["output"] for s in samples}),
        "unique_inputs": len({s["input"] for s in samples}),
        "unique_pairs": len({(s["input"], s["output"]) for s in samples}),
        "unique_words": len(words),
        "per_category": per_category,
        "max_input_chars": max((len(s["input"]) for s in samples), default=0),
        "max_output_chars": max((len(s["output"]) for s in samples), default=0),
    }


def format_stats(stats):
    """compute_stats' (or write_dataset's) dict -> a few aligned lines for the terminal."""
    counts = list(stats["per_category"].values()) or [0]
    lines = [
        f"samples          {stats['samples']:,}",
        f"unique outputs   {stats['unique_outputs']:,}",
        f"unique inputs    {stats['unique_inputs']:,}",
        f"unique pairs     {stats['unique_pairs']:,}",
        f"unique words     {stats['unique_words']:,}",
        f"topics           {len(stats['per_category'])} (per topic {min(counts)} to {max(counts)})",
        f"longest input    {stats['max_input_chars']} chars",
        f"longest output   {stats['max_output_chars']} chars",
    ]
    if "train" in stats:
        lines.append(f"train / eval     {stats['train']:,} / {stats['eval']:,}")
    return "\n".join(lines)


def _squash(text):
    """Lowercase letters and digits only ("What's up, u?" -> "whatsupyou"): the unit of comparison."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"\bu\b", "you", text.lower()))


def _template_regex(pieces):
    """Compiled template -> regex over squashed text: a slot matches any item of its pool."""
    out = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(re.escape(_squash(piece)))
        elif isinstance(piece, tuple):
            out.append("(?:" + "|".join(_template_regex(option) for option in piece) + ")")
        else:
            out.append("(?:" + "|".join(sorted({re.escape(_squash(v)) for v in POOLS[piece.pool]})) + ")")
    return "".join(out)


@functools.cache
def _ask_pattern():
    """One regex for every way the generator can type an ask (built on first use: ~0.2 s)."""
    prefixes = "|".join(re.escape(_squash(p)) for p in PREFIXES)
    suffixes = "|".join(re.escape(_squash(s)) for s in SUFFIXES)
    body = "|".join(f"(?:{_template_regex(ask)})" for asks in _ASKS.values() for ask, _ in asks)
    return re.compile(f"(?:{prefixes})?(?:{body})(?:{suffixes})?")


def looks_like_training_input(text):
    """True when `text` could have come from the generator: some ask template filled from its
    pools, with or without a prefix or suffix, ignoring case, spaces and punctuation (so the
    check errs on the side of "yes"). The personality eval uses it to keep its prompts unseen."""
    return _ask_pattern().fullmatch(_squash(text)) is not None


__all__ = [
    "TOPICS", "generate_samples", "split_samples", "compute_stats", "format_stats", "looks_like_training_input",
    "INPUT_MAX_CHARS", "OUTPUT_MAX_CHARS",
]  # fmt: skip
