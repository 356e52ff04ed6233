"""Held-out prompts for the personality eval: two per topic, phrased unlike any training input.

A case passes its keyword check when the reply holds any one of its keywords (a whole word,
plural "s" or "es" allowed), and its style check when the reply reads like the fish:
all lowercase, ends with a full stop, not too long. The keywords are words the generator's
replies on that topic use often (tests/test_eval_cases.py measures it), so a model that
learned the topic can hit them; the prompts never match a generator phrasing
(guppy.datagen.looks_like_training_input), so a hit is not a memorised line.
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
    ("greetings", "Hello hello, little swimmer!", "hello hi welcome blub good"),
    ("greetings", "Hey hey, how's my favorite fish doing?", "hello hi good feel water"),
    ("feelings", "How's your mood today, fish?", "feel feelings"),
    ("feelings", "Are you feeling alright in there?", "feel feelings"),
    ("hot_water", "The thermometer says your tank is really warm, are you okay?", "hot warm heater cool soup gills"),
    ("hot_water", "Is the heater making your water too toasty?", "hot warm heater cool soup gills"),
    ("cold_water", "Brr, is your water chilly this morning?", "cold chilly heater slow warm brr"),
    ("cold_water", "Are you shivering in that cold tank?", "cold chilly heater slow warm brr"),
    ("food", "Would you like a little nibble now?", "food eat hungry favorite belly"),
    ("food", "What's the tastiest thing you've ever eaten?", "food eat hungry favorite belly"),
    ("light", "Is the lamp over your tank too strong for you?", "light bright dark lamp day"),
    ("light", "Do you prefer the lights on or off?", "light bright dark lamp day"),
    ("water_quality", "Does your water feel fresh and clean?", "water clean filter fresh new old"),
    ("water_quality", "Your tank water looks a bit dirty, is that bad?", "water clean filter fresh new old"),
    ("about_itself", "Can you tell me who you are, little one?", "guppy fish tank small tail swim food"),
    ("about_itself", "What sort of creature are you exactly?", "guppy fish tank small tail swim food"),
    ("human_things", "Guppy, could you explain what a credit card is for?", "human food water tank know"),
    ("human_things", "Do fish worry about paying rent?", "human food water tank know"),
    ("tank", "How would you describe your aquarium home?", "tank water home gravel castle corner snail"),
    ("tank", "What's inside your little glass world?", "tank water home gravel castle corner snail"),
    ("noise", "Did that loud bang bother you just now?", "heard loud sound noise hear hum water"),
    ("noise", "Sorry, the neighbors are being noisy today", "heard loud sound noise hear hum water"),
    ("night", "What's it like in your tank after dark?", "night dark sleep filter quiet"),
    ("night", "Do you stay up late when the room goes dark?", "night dark sleep filter quiet"),
    ("loneliness", "Do you ever wish you had company in there?", "lonely alone friend here snail"),
    ("loneliness", "Nobody visited me this week and I feel lonely", "lonely alone friend here snail"),
    ("bubbles", "What's your opinion of the air bubbles?", "bubble"),
    ("bubbles", "Why are there so many bubbles in your tank?", "bubble"),
    ("glass", "Can you tell there's a glass wall around you?", "glass see wall"),
    ("glass", "What's it like to look out through the aquarium glass?", "glass see wall"),
    ("reflection", "Have you noticed the fish that copies you in the glass?", "glass reflection fish me"),
    ("reflection", "Do you recognize yourself when you spot your reflection?", "glass reflection fish me"),
    ("breathing", "How do you get oxygen under the water?", "gills breathe air"),
    ("breathing", "Do you ever have to come up for air?", "gills breathe air"),
    ("swimming", "Do you enjoy doing laps around your tank?", "swim tail fins fast float swimming"),
    ("swimming", "How do you move around so quickly?", "swim tail fins fast float swimming"),
    ("colors", "Which colour do you like best?", "color colorful"),
    ("colors", "What shades are your scales?", "color colorful tail"),
    ("taste", "Can fish tell if something is yummy?", "taste tastes food like"),
    ("taste", "What flavor is the water today?", "taste tastes food like"),
    ("plants", "Are the green plants in your tank nice to hide in?", "plant hide leaves rest resting fresh nibble growing"),
    ("plants", "Should I buy more greenery for your aquarium?", "plant hide leaves rest resting fresh nibble growing"),
    ("filter", "What's the job of that whooshing filter?", "filter water current hum clean"),
    ("filter", "Is the filter current too much for you?", "filter water current hum clean"),
    ("algae", "The sides of your tank are turning green, what is that?", "algae green snail snack light"),
    ("algae", "Is the green fuzz on the rocks tasty?", "algae green snail snack light"),
    ("snails", "How's your snail buddy doing?", "snail slow glass"),
    ("snails", "Do you and the snail get along?", "snail slow glass"),
    ("glass_tapping", "What if I knock on your tank?", "tap tapping loud glass wave shake"),
    ("glass_tapping", "Is it rude to tap the aquarium?", "tap tapping loud glass wave shake"),
    ("scared", "Whoa, did something frighten you just now?", "scared hiding hide safe brave net heart peek"),
    ("scared", "Why did you dart behind the rock so fast?", "scared hiding hide safe brave net heart peek"),
    ("excited", "You're zooming around a lot, what's got you so worked up?", "excited exciting food moved"),
    ("excited", "Ooh, I've got a surprise for you!", "excited exciting food guess new"),
    ("bored", "Doesn't it get dull swimming in the same tank all day?", "bored boring food try interesting same"),
    ("bored", "I'm so bored I could scream", "bored boring food try interesting same"),
    ("curious", "What are you wondering about right now?", "curious wonder looking poke explore inspect interesting questions"),
    ("curious", "Do you like investigating new things?", "curious wonder looking poke explore inspect interesting questions"),
    ("happy", "Are you a cheerful little fish?", "happy food wiggle"),
    ("happy", "I just got some great news today!", "happy food wiggle"),
    ("tired", "You seem pretty worn out, little buddy", "tired rest sleepy nap float"),
    ("tired", "I'm so sleepy after work today", "tired rest sleepy nap float"),
    ("outside_world", "What do you think lies beyond your tank?", "water dry window tank outside"),
    ("outside_world", "Would you like to visit the sea someday?", "water dry window tank outside"),
    ("cats", "How do you feel about my kitty?", "cat lid hide"),
    ("cats", "My cat keeps staring at your tank", "cat lid hide"),
    ("rain", "Do you hear the rain on the windows?", "rain water window sky"),
    ("rain", "It's pouring outside today", "rain water window sky"),
    ("seasons", "Which time of year do you like the most?", "season summer winter spring autumn food"),
    ("seasons", "Winter is coming soon, are you ready?", "season summer winter spring autumn heater"),
    ("music", "Do you enjoy listening to songs?", "music song filter dance water"),
    ("music", "Should I play some tunes for you?", "music song filter dance water"),
    ("visitors", "Some guests are coming to see you tonight", "hello guests visitors glass snacks faces"),
    ("visitors", "My neighbor wants to come meet you", "hello guests visitors glass snacks faces"),
    ("children", "My little nephew wants to look at you", "kids small glass food"),
    ("children", "Are kids allowed to feed you?", "kids small glass food"),
    ("meaning_of_life", "Guppy, what is life all about?", "food life eat swim"),
    ("meaning_of_life", "Why do we exist at all?", "food life eat swim"),
    ("time", "Do you know what the time is?", "time day light food clock"),
    ("time", "Can you tell what day of the week it is?", "time day light food clock"),
    ("memory", "Will you still remember me tomorrow?", "remember forget forgot food"),
    ("memory", "How good is your memory, really?", "remember forget forgot food"),
    ("dreams", "What did you dream of last night?", "dream dreamed food"),
    ("dreams", "Do fish have dreams when they sleep?", "dream dreamed food"),
    ("size", "Exactly how tiny are you?", "small big tiny size grow"),
    ("size", "Do you ever wish you were bigger?", "small big tiny size grow"),
    ("future", "What are you planning for next week?", "food eat future bigger plan"),
    ("future", "Do you have big hopes for later in life?", "food eat future bigger plan"),
    ("past", "What's your earliest memory?", "store tank little fry yesterday bag"),
    ("past", "How did you end up in this tank?", "store tank little fry yesterday bag"),
    ("name", "What do people call you?", "guppy name call remember"),
    ("name", "Do you know what your name is?", "guppy name call remember"),
    ("weather", "What's the weather doing in your tank?", "weather heater water tank window"),
    ("weather", "It's stormy out there today", "weather heater water tank window"),
    ("sleep", "How do you get any rest in the water?", "sleep rest eyes light float"),
    ("sleep", "Do fish take naps?", "sleep rest eyes light float"),
    ("friends", "Who do you hang out with in the tank?", "friend snail"),
    ("friends", "Would you like to be buddies with me?", "friend snail"),
    ("jokes", "Know any funny fish jokes?", "fish snail joke food"),
    ("jokes", "Tell me something silly", "fish snail joke food"),
    ("fear", "What frightens you the most?", "afraid scary net scared dark fear"),
    ("fear", "Is there anything you're really afraid of?", "afraid scary net scared dark fear"),
    ("love", "Do you care about me?", "love food heart"),
    ("love", "What does love mean to a fish?", "love food heart"),
    ("age", "How many birthdays have you had?", "old birthday years months age meals"),
    ("age", "How long have you been alive?", "old birthday years months age meals"),
    ("intelligence", "Are you a clever fish?", "brain smart food know"),
    ("intelligence", "Can you help me solve this equation?", "brain smart food know homework"),
    ("poop", "Do you go to the bathroom in the water?", "poop filter gravel snail"),
    ("poop", "What happens to your poop?", "poop filter gravel snail"),
    ("health", "Are you feeling sick today?", "healthy fins good okay spots food"),
    ("health", "Do your fins look healthy?", "healthy fins good okay spots food"),
    ("singing", "Could you sing me a little tune?", "sing song blub bubble voice"),
    ("singing", "Do you ever hum along?", "sing song blub bubble voice"),
    ("tv", "Do you like watching the television with me?", "tv show watch"),
    ("tv", "What programs can you see from your tank?", "tv show watch"),
    ("goodbyes", "I'm heading out now, so long little fish", "bye goodbye see night here"),
    ("goodbyes", "Sleep well, see you in the morning", "bye goodbye see night here"),
    ("castle", "Is the castle where you sleep?", "castle king"),
    ("castle", "What do you do inside your castle?", "castle king"),
])  # fmt: skip

WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def style_ok(reply):
    """The fish's style: all lowercase, ends with a full stop, at most STYLE_MAX_CHARS
    (surrounding whitespace ignored; an empty reply fails)."""
    reply = reply.strip()
    return 0 < len(reply) <= STYLE_MAX_CHARS and reply == reply.lower() and reply.endswith(".")


def keyword_hit(case, reply):
    """True when the reply holds one of the case's keywords as a word (or its plural in s/es)."""
    words = set(WORD.findall(reply.lower()))
    return any(k in words or k + "s" in words or k + "es" in words for k in case.keywords)
