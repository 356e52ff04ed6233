"""The small template language the fish's world is written in, and the code that fills it.

A topic is a text file, topics/NNN_<name>.txt (NNN orders the topics, see guppy/data/world/__init__.py), holding
that one topic, one line per template, so a reader sees what the fish says:

    ## hot_water                      starts a topic (a short snake_case name)
    ? is the water [too|very] hot     a way a person asks (no final punctuation: added later)
    = it is warm. i wag my {body}.    a reply: one to four sentences, lowercase, each ends with "."
    --                                starts a new intent: the asks and replies after it go together
    + the heater hums all day.        an extra (one or two sentences) that may follow any reply of the topic
    # a note                          a comment (ignored), as are blank lines

Inside a template:

    {food}     one item drawn from the pool "food" (the file pools/food.txt)
    {food2}    a second item from the same pool, different from {food}
    [a|b|]     one of the choices, picked at random; an empty choice means "nothing"

One sample shares its picks between the ask and the reply: if the person asked about
{food}, the reply's {food} is the same food, so the fish answers what it was asked.

A pool is a text file, pools/<name>.txt, named after the pool: one phrase per line, in the order
the random draws index into; lines starting with "#" are comments (the first one says what shape
the phrases have, such as 'a body part, read after "my"'). A phrase holds none of . ? ! < > _ { } [ ] |,
so a filled reply still counts one sentence per full stop and shows no template marks.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

SLOT = re.compile(r"\{([a-z_]+?)(\d*)\}")
CHOICE = re.compile(r"\[([^\[\]]*)\]")
NOT_IN_PHRASES = frozenset(".?!<>_{}[]|")


class TemplateError(ValueError):
    """A topic text or template that breaks the rules above."""


@dataclass(frozen=True)
class Slot:
    key: str  # "food2": what this sample remembers the pick under
    pool: str  # "food": where the pick comes from


@dataclass(frozen=True)
class Intent:
    """Asks that mean the same thing, and the replies that answer them."""

    asks: tuple
    replies: tuple


@dataclass
class Topic:
    name: str
    intents: list = field(default_factory=list)
    extras: list = field(default_factory=list)


def _compile_plain(text):
    """Text without choices -> a list of literal strings and Slots."""
    pieces, pos = [], 0
    for m in SLOT.finditer(text):
        if m.start() > pos:
            pieces.append(text[pos : m.start()])
        pieces.append(Slot(m.group(1) + m.group(2), m.group(1)))
        pos = m.end()
    if pos < len(text):
        pieces.append(text[pos:])
    return pieces


def compile_template(text):
    """Template text -> tuple of pieces: str (literal), Slot, or tuple of choices (each a tuple)."""
    pieces, pos = [], 0
    for m in CHOICE.finditer(text):
        pieces += _compile_plain(text[pos : m.start()])
        pieces.append(tuple(tuple(_compile_plain(option)) for option in m.group(1).split("|")))
        pos = m.end()
    pieces += _compile_plain(text[pos:])
    for piece in pieces:
        if isinstance(piece, str) and any(c in piece for c in "{}[]|"):
            raise TemplateError(f"unbalanced brackets or braces in template: {text!r}")
    return tuple(pieces)


def slots_of(pieces):
    """Every Slot in compiled pieces, choices included."""
    for piece in pieces:
        if isinstance(piece, Slot):
            yield piece
        elif isinstance(piece, tuple):
            for option in piece:
                yield from slots_of(option)


def render(pieces, pools, picks, rng):
    """Fill compiled pieces. `picks` (key -> value) is shared by one sample's ask and reply."""
    out = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece)
        elif isinstance(piece, Slot):
            if piece.key not in picks:
                picks[piece.key] = _fresh_pick(piece, pools[piece.pool], picks, rng)
            out.append(picks[piece.key])
        else:
            out.append(render(rng.choice(piece), pools, picks, rng))
    return "".join(out)


def _fresh_pick(slot, pool, picks, rng):
    """A pool item not already used by another slot of the same pool (a few tries suffice)."""
    taken = {value for key, value in picks.items() if key.rstrip("0123456789") == slot.pool}
    for _ in range(8):
        value = rng.choice(pool)
        if value not in taken:
            return value
    return value


def tidy(text):
    """Spaces left by empty choices: collapse runs, no space before a comma or full stop."""
    text = re.sub(r" {2,}", " ", text).strip()
    return text.replace(" ,", ",").replace(" .", ".")


def count_sentences(reply):
    """Replies use only full stops, so sentences = full stops."""
    return reply.count(".")


def _check_reply(line, name, most_sentences):
    bare = SLOT.sub("x", line)
    if bare != bare.lower() or not bare.endswith(".") or any(c in bare for c in "?!<>_"):
        raise TemplateError(f"topic {name}: reply must be lowercase, end with '.', no ?!<>_: {line!r}")
    if not 1 <= count_sentences(CHOICE.sub("x", line)) <= most_sentences:
        raise TemplateError(f"topic {name}: reply has too many sentences: {line!r}")


def parse_topics(text, pools):
    """Topic text (format in the module docstring) -> list of Topics with compiled templates."""
    topics, asks, replies = [], [], []

    def close_intent(line_no):
        if not topics:
            return
        if not asks or not replies:
            raise TemplateError(f"topic {topics[-1].name}: an intent needs asks and replies (line {line_no})")
        topics[-1].intents.append(Intent(tuple(asks), tuple(replies)))
        asks.clear()
        replies.clear()

    for line_no, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#") and not line.startswith("## "):
            continue
        if line.startswith("## "):
            close_intent(line_no)
            topics.append(Topic(line[3:].strip()))
            continue
        if not topics:
            raise TemplateError(f"line {line_no}: template before the first '## topic' line")
        if line == "--":
            close_intent(line_no)
            continue
        mark, body = line[:1], line[1:].strip()
        if mark == "?":
            asks.append(compile_template(body))
        elif mark == "=":
            _check_reply(body, topics[-1].name, 4)
            replies.append(compile_template(body))
        elif mark == "+":
            _check_reply(body, topics[-1].name, 2)
            topics[-1].extras.append(compile_template(body))
        else:
            raise TemplateError(f"line {line_no}: unknown mark {mark!r} in {line!r}")
        for slot in slots_of(asks[-1] if mark == "?" else replies[-1] if mark == "=" else topics[-1].extras[-1]):
            if slot.pool not in pools:
                raise TemplateError(f"topic {topics[-1].name}: unknown pool {slot.pool!r} in {line!r}")
    close_intent(len(text.splitlines()))
    return topics


def parse_pool(text, name):
    """Pool text (format in the module docstring) -> tuple of phrases, in the order written."""
    phrases = tuple(line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))
    if not phrases:
        raise TemplateError(f"pool {name}: no phrases")
    for phrase in phrases:
        if NOT_IN_PHRASES.intersection(phrase):
            raise TemplateError(f"pool {name}: a phrase may not hold any of . ? ! < > _ {{ }} [ ] |: {phrase!r}")
    phrase, times = Counter(phrases).most_common(1)[0]
    if times > 1:
        raise TemplateError(f"pool {name}: phrase written {times} times (so drawn {times} times as often): {phrase!r}")
    return phrases
