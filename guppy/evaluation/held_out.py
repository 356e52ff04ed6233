"""Held-out prompts for the personality eval: two per topic, phrased unlike any training input.

A case passes its keyword check when the reply holds any one of its keywords (a whole word,
or another form of it: see keyword_hit and word_stem), and its style check when the reply reads like the fish:
all lowercase, ends with a full stop, not too long. The keywords are words the generator's
replies on that topic use often (tests/test_eval_cases.py measures it), so a model that
learned the topic can hit them; the prompts never match a generator phrasing
(guppy.data.generator.looks_like_training_input), so a hit is not a memorised line.
The prompts were written blind to the generator (history: docs/RESULTS.md, section 5).
"""

import re
from dataclasses import dataclass

STYLE_MAX_CHARS = 300  # the generator stays under 240; a little slack for a model's ramble


@dataclass(frozen=True)
class EvalCase:
    category: str
    prompt: str
    keywords: tuple


def _cases(rows):
    return tuple(EvalCase(category, prompt, tuple(words.split())) for category, prompt, words in rows)


EVAL_CASES = _cases([
    ("greetings", "Good morning, tiny finned friend.", "hello hi welcome blub good"),
    ("greetings", "Yo fish, long time no see!", "hello hi good feel water"),
    ("feelings", "Tell me honestly, are you happy or sad right now?", "feel feelings"),
    ("feelings", "Fish, do you have emotions like people do?", "feel feelings"),
    ("hot_water", "It feels like a sauna near your aquarium today.", "hot warm heater cool soup gills"),
    ("hot_water", "Should I turn the temperature down for you? It's steamy.", "hot warm heater cool soup gills"),
    ("cold_water", "The heater broke overnight and your tank is freezing.", "cold chilly heater slow warm brr"),
    ("cold_water", "Your water feels icy when I dip a finger in.", "cold chilly heater slow warm brr"),
    ("food", "Time for breakfast, are you peckish?", "food eat hungry favorite belly"),
    ("food", "If you could order any meal, what would it be?", "food eat hungry favorite belly"),
    ("light", "I left the aquarium lamp on all night, sorry.", "light bright dark lamp day"),
    ("light", "Does sunshine from the window reach your spot?", "light bright dark lamp day"),
    ("water_quality", "When did I last change your water, do you think?", "water clean filter fresh new old"),
    ("water_quality", "There's a cloudy film on your tank water, hmm.", "water clean filter fresh new old"),
    ("about_itself", "Introduce yourself to my friend, please.", "guppy fish tank small tail swim food"),
    ("about_itself", "Are you a goldfish or something else?", "guppy fish tank small tail swim food"),
    ("human_things", "Could you explain how a microwave oven works?", "human food water tank know"),
    ("human_things", "I had to file my taxes today, ugh.", "human food water tank know"),
    ("tank", "Give me a tour of where you live.", "tank water home gravel castle corner snail"),
    ("tank", "Do you like the decorations I put in your aquarium?", "tank water home gravel castle corner snail"),
    ("noise", "Sorry about the vacuum cleaner racket earlier.", "heard loud sound noise hear hum water"),
    ("noise", "The fireworks outside were deafening last night.", "heard loud sound noise hear hum water"),
    ("night", "What happens in your world once I switch everything off at bedtime?", "night dark sleep filter quiet"),
    ("night", "Are you awake at midnight, fishy?", "night dark sleep filter quiet"),
    ("loneliness", "Must be hard being the only fish here.", "lonely alone friend here snail"),
    ("loneliness", "I miss having someone to talk to.", "lonely alone friend here snail"),
    ("bubbles", "I love watching those little air pockets rise up.", "bubble"),
    ("bubbles", "Where do all those fizzy beads come from?", "bubble"),
    ("glass", "Do you bump your nose on the sides of the tank?", "glass see wall"),
    ("glass", "Is the see-through wall ever confusing?", "glass see wall"),
    ("reflection", "There's another guppy staring at you from the side, look.", "glass reflection fish me"),
    ("reflection", "Who's that handsome fellow mirrored on the tank side?", "glass reflection fish me"),
    ("breathing", "Explain how fish manage without lungs.", "gills breathe air"),
    ("breathing", "Do you gulp at the surface sometimes?", "gills breathe air"),
    ("swimming", "You were doing some impressive zigzags earlier.", "swim tail fins fast float swimming"),
    ("swimming", "Teach me your best underwater stroke.", "swim tail fins fast float swimming"),
    ("colors", "Your scales shimmer so nicely in the light.", "color colorful"),
    ("colors", "If you could paint your tank any hue, which?", "color colorful tail"),
    ("taste", "Do flakes and pellets taste different to you?", "taste tastes food like"),
    ("taste", "Is there a flavour you absolutely hate?", "taste tastes food like"),
    ("plants", "That leafy stem in the corner is growing like crazy.", "plant hide leaves rest resting fresh nibble growing"),
    ("plants", "Do you nibble on the seaweed sometimes?", "plant hide leaves rest resting fresh nibble growing"),
    ("filter", "That pump thing makes the water swirl, doesn't it?", "filter water current hum clean"),
    ("filter", "The box that sucks up the water is humming loudly.", "filter water current hum clean"),
    ("algae", "There's slimy green stuff all over the glass.", "algae green snail snack light"),
    ("algae", "Should I scrub off that green coating?", "algae green snail snack light"),
    ("snails", "Your spiral-shelled roommate is climbing the wall again.", "snail slow glass"),
    ("snails", "Is the slow little guy with the shell nice to you?", "snail slow glass"),
    ("glass_tapping", "Sorry, my finger clicked against your tank by accident.", "tap tapping loud glass wave shake"),
    ("glass_tapping", "My brother keeps rapping his knuckles on the glass.", "tap tapping loud glass wave shake"),
    ("scared", "You look terrified, what spooked you?", "scared hiding hide safe brave net heart peek"),
    ("scared", "Come out from hiding, it's only me.", "scared hiding hide safe brave net heart peek"),
    ("excited", "You're wiggling like crazy this afternoon!", "excited exciting food moved"),
    ("excited", "Guess what I brought home for you today.", "excited exciting food guess new"),
    ("bored", "I have nothing to do this whole weekend.", "bored boring food try interesting same"),
    ("bored", "Don't you find your routine a bit monotonous?", "bored boring food try interesting same"),
    ("curious", "You keep poking at everything, what's so fascinating?", "curious wonder looking poke explore inspect interesting questions"),
    ("curious", "If you could ask me one question, what would it be?", "curious wonder looking poke explore inspect interesting questions"),
    ("happy", "You look absolutely delighted today.", "happy food wiggle"),
    ("happy", "Today was the best day I've had in months!", "happy food wiggle"),
    ("tired", "I barely slept last night and I'm exhausted.", "tired rest sleepy nap float"),
    ("tired", "You're floating so still, are you worn out?", "tired rest sleepy nap float"),
    ("outside_world", "Have you ever wondered about the living room beyond your water?", "water dry window tank outside"),
    ("outside_world", "Do you know there are oceans out there?", "water dry window tank outside"),
    ("cats", "The cat jumped onto the shelf next to you again.", "cat lid hide"),
    ("cats", "Does the furry hunter in my house scare you?", "cat lid hide"),
    ("rain", "Listen to that drizzle tapping on the roof.", "rain water window sky"),
    ("rain", "There's a thunderstorm and heavy showers coming tonight.", "rain water window sky"),
    ("seasons", "Leaves are falling, it's getting to be fall.", "season summer winter spring autumn food"),
    ("seasons", "Do you notice when summer arrives?", "season summer winter spring autumn heater"),
    ("music", "I'm putting on some jazz, do you mind?", "music song filter dance water"),
    ("music", "Do you have a favourite melody, fishy?", "music song filter dance water"),
    ("visitors", "My grandparents are coming over to meet you.", "hello guests visitors glass snacks faces"),
    ("visitors", "A bunch of people from work will drop by later.", "hello guests visitors glass snacks faces"),
    ("children", "My daughter wants to give you a name.", "kids small glass food"),
    ("children", "Do toddlers scare you when they press against the tank?", "kids small glass food"),
    ("meaning_of_life", "What gives a fish's existence purpose?", "food life eat swim"),
    ("meaning_of_life", "Is there a point to everything, little philosopher?", "food life eat swim"),
    ("time", "How do you keep track of the hours?", "time day light food clock"),
    ("time", "Is it morning or evening for you right now?", "time day light food clock"),
    ("memory", "Do you recall what I told you yesterday?", "remember forget forgot food"),
    ("memory", "They say fish forget everything in seconds, true?", "remember forget forgot food"),
    ("dreams", "When you doze, what pictures swim through your head?", "dream dreamed food"),
    ("dreams", "Tell me about the nicest dream you've had.", "dream dreamed food"),
    ("size", "You could fit on a teaspoon, couldn't you?", "small big tiny size grow"),
    ("size", "How much have you grown since you came here?", "small big tiny size grow"),
    ("future", "Where do you see yourself in a year?", "food eat future bigger plan"),
    ("future", "What are your goals for tomorrow?", "food eat future bigger plan"),
    ("past", "Do you remember the pet shop?", "store tank little fry yesterday bag"),
    ("past", "Where were you born, little one?", "store tank little fry yesterday bag"),
    ("name", "If I called out to you, what word would I use?", "guppy name call remember"),
    ("name", "Should I give you a fancier title?", "guppy name call remember"),
    ("weather", "Sunny or cloudy under the water today?", "weather heater water tank window"),
    ("weather", "There's a blizzard outside my window right now.", "weather heater water tank window"),
    ("sleep", "Are your eyes open while you're resting?", "sleep rest eyes light float"),
    ("sleep", "Do you ever get a proper night's snooze?", "sleep rest eyes light float"),
    ("friends", "Who is your best pal?", "friend snail"),
    ("friends", "Can a person and a fish be close companions?", "friend snail"),
    ("jokes", "Make me laugh, tiny comedian.", "fish snail joke food"),
    ("jokes", "Got a pun for me, guppy?", "fish snail joke food"),
    ("fear", "What's your worst nightmare, in real life?", "afraid scary net scared dark fear"),
    ("fear", "Does anything make you nervous?", "afraid scary net scared dark fear"),
    ("love", "I think you're adorable, do you like me back?", "love food heart"),
    ("love", "Can a fish have a crush on someone?", "love food heart"),
    ("age", "When exactly were you born?", "old birthday years months age meals"),
    ("age", "Are you considered an elderly fish yet?", "old birthday years months age meals"),
    ("intelligence", "Can you do simple sums in your head?", "brain smart food know"),
    ("intelligence", "What's the capital of France, smart fish?", "brain smart food know homework"),
    ("poop", "Who cleans up after you when you go number two?", "poop filter gravel snail"),
    ("poop", "Sorry, but what are those brown bits on the gravel?", "poop filter gravel snail"),
    ("health", "You've got a white spot on your side, should I worry?", "healthy fins good okay spots food"),
    ("health", "Should I take you to a fish vet for a checkup?", "healthy fins good okay spots food"),
    ("singing", "Serenade me, tiny musician.", "sing song blub bubble voice"),
    ("singing", "Is that little blub-blub noise you singing?", "sing song blub bubble voice"),
    ("tv", "The telly's on, can you see the screen?", "tv show watch"),
    ("tv", "What's your favourite program on the box?", "tv show watch"),
    ("goodbyes", "Goodnight, fish, I'm off to bed.", "bye goodbye see night here"),
    ("goodbyes", "Catch you later, I'm leaving for work.", "bye goodbye see night here"),
    ("castle", "Why do you swim in and out of that tower with turrets?", "castle king"),
    ("castle", "Who rules the fortress in your aquarium?", "castle king"),
])  # fmt: skip

WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def style_ok(reply):
    """The fish's style: all lowercase, ends with a full stop, at most STYLE_MAX_CHARS
    (surrounding whitespace ignored; an empty reply fails)."""
    reply = reply.strip()
    return 0 < len(reply) <= STYLE_MAX_CHARS and reply == reply.lower() and reply.endswith(".")


def word_stem(word):
    """A deliberately small stemmer: one ending off (-ing, -ed, -es, -s), then a doubled
    final consonant or a final "e", so "resting", "rested" and "rests" all meet "rest",
    "swimming" meets "swim", "breathing" meets "breathe", "bubbles" meets "bubble".
    A stem keeps at least three letters ("king", "seed" and "sing" stay whole); "-er" is
    not an ending here because "water", "filter" and "heater" are words of their own."""
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3 and not (ending == "s" and word.endswith("ss")):
            word = word[: -len(ending)]
            break
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "aeiouslz":
        word = word[:-1]  # swimm -> swim, tapp -> tap (but glass, bell, buzz stay)
    if len(word) >= 4 and word.endswith("e"):
        word = word[:-1]  # breathe -> breath, bubble -> bubbl, to meet breath/bubbl above
    return word


def keyword_hit(case, reply, stemmed=True):
    """True when the reply holds one of the case's keywords as a word.

    stemmed=True (the reported rate): a word matches when its stem equals the keyword's
    stem (word_stem), so "i was resting" is on topic for "rest". stemmed=False (reported
    beside it): only the word itself or its plural in s/es. The stemmed rule was fixed
    before any run it is reported for (docs/RESULTS.md, section 5).
    """
    words = set(WORD.findall(reply.lower()))
    if any(k in words or k + "s" in words or k + "es" in words for k in case.keywords):
        return True
    if not stemmed:
        return False
    stems = {word_stem(w) for w in words}
    return any(word_stem(k) in stems for k in case.keywords)
