"""The topic judge of the personality eval: it must tell topics apart, and be fooled by nothing cheap."""

import os
import random
import sys

import pytest

from guppy.data.generator import generate_samples
from guppy.evaluation.judge import TopicJudge


@pytest.fixture(scope="module")
def judge():
    return TopicJudge.from_generator(12000, seed=42)


def test_judge_places_fresh_generator_replies_in_their_topic(judge):
    fresh = generate_samples(1800, seed=7)  # another seed: mostly other fillings and other pairs
    # Measured 0.98 with the full 60K judge; a judge that could not tell topics apart
    # would sit near 1/60. 0.9 leaves room for topics that share replies by design.
    assert judge.ceiling(fresh) > 0.9


def test_replies_moved_to_another_topic_are_judged_off_topic(judge):
    fresh = generate_samples(600, seed=8)
    replies = [s["output"] for s in fresh]
    random.Random(0).shuffle(replies)
    moved = [dict(s, output=r) for s, r in zip(fresh, replies)]
    assert judge.ceiling(moved) < 0.1  # about 1/60 by chance


def test_plain_cases_and_empty_replies(judge):
    assert judge.topic("food. food. i am hungry for pellets.") == "food"
    assert judge.topic("the snail is slow. it climbs the glass.") == "snails"
    assert judge.topic("") == "" and judge.topic("...") == ""
    assert judge.topic("zzqx blorf") in judge.topics  # unseen words cost every topic the same


def test_scores_are_log_probabilities_that_add_up(judge):
    one, two = judge.scores("bubble"), judge.scores("bubble bubble")
    assert all(v < 0 for v in one.values())
    assert all(two[t] == pytest.approx(2 * one[t]) for t in judge.topics)


def test_no_samples_is_an_error():
    with pytest.raises(ValueError, match="at least one sample"):
        TopicJudge([])


def test_eval_ceilings_tool_reads_the_data_as_the_eval_does():
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
    from eval_ceilings import ceilings

    found = ceilings(generate_samples(12000, seed=42), generate_samples(1200, seed=43))
    # Measured at 60K: judge 98%, keyword 86%, prompt classifier 78% held-out, 89% fresh. A keyword
    # ceiling of 1 or near 0 would mean the keywords or the replies were read wrongly.
    assert found["judge ceiling"] > 0.9
    assert 0.6 < found["keyword ceiling"] < 0.98
    assert found["prompt classifier, fresh generator prompts"] > found["prompt classifier, held-out prompts"] > 0.3
