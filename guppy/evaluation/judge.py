"""Which topic is a reply about? A naive Bayes judge that learned from the generator's replies.

The keyword check of the personality eval asks whether a reply uses one of a few
words; a reply can be on topic without them ("the big shadow. sometimes it is the
cat." answers "what spooked you?" but holds none of scared's keywords). The judge gives
a second, independent reading: it has seen the generator's 1,000 replies per topic
and names the topic whose replies a new reply resembles most.

    score(topic) = sum over the reply's words w of log P(w | topic)
    P(w | topic) = (count(w, topic) + alpha) / (words(topic) + alpha * |vocabulary| + alpha)

with every topic equally likely beforehand (the generator makes the same number of
each). The extra alpha in the denominator is the share of one "unseen word" bucket, so
a word the generator never wrote costs every topic the same small log-probability
and decides nothing. alpha = 0.1: smaller than add-one smoothing because the replies
are short and a topic's own vocabulary is small.

How good the judge itself is: on replies freshly generated with another seed it names
the right topic for most of them (tests/test_topic_judge.py gives the floor); some topics
share replies by design (night and sleep both talk about the dark), so it cannot be
perfect, and a model's rate is best read next to that ceiling (`ceiling()`).
"""

from __future__ import annotations

import math
from collections import Counter

from guppy.evaluation.held_out import WORD

ALPHA = 0.1


class TopicJudge:
    def __init__(self, samples):
        """samples: dicts with "category" and "output" (the generator's format)."""
        counts: dict[str, Counter] = {}
        for s in samples:
            counts.setdefault(s["category"], Counter()).update(WORD.findall(s["output"].lower()))
        if not counts:
            raise ValueError("the topic judge needs at least one sample")
        vocabulary = set().union(*counts)
        self.topics = sorted(counts)
        self._log_p = {}  # topic -> {word: log P(word | topic)}
        self._log_unseen = {}  # topic -> log P(a word this topic never used | topic)
        for topic, words in counts.items():
            denom = sum(words.values()) + ALPHA * (len(vocabulary) + 1)
            self._log_p[topic] = {w: math.log((c + ALPHA) / denom) for w, c in words.items()}
            self._log_unseen[topic] = math.log(ALPHA / denom)

    @classmethod
    def from_generator(cls, n: int = 60000, seed: int = 42) -> TopicJudge:
        from guppy.data.generator import generate_samples

        return cls(generate_samples(n, seed))

    def scores(self, reply: str) -> dict[str, float]:
        words = WORD.findall(reply.lower())
        return {t: sum(self._log_p[t].get(w, self._log_unseen[t]) for w in words) for t in self.topics}

    def topic(self, reply: str) -> str:
        """The most likely topic (ties go to the alphabetically first; an empty reply gives no topic)."""
        if not WORD.search(reply.lower()):
            return ""
        scores = self.scores(reply)
        return max(self.topics, key=scores.__getitem__)  # max keeps the first of equal scores

    def ceiling(self, samples) -> float:
        """The share of real generator replies the judge puts in their own topic."""
        return sum(self.topic(s["output"]) == s["category"] for s in samples) / max(len(samples), 1)
