"""The held-out personality eval: coverage, unseen phrasings, answerable keywords, the style check."""

import collections
import re

import pytest

from guppy.data.generator import OUTPUT_MAX_CHARS, TOPICS, generate_samples, looks_like_training_input
from guppy.evaluation.held_out import EVAL_CASES, STYLE_MAX_CHARS, EvalCase, keyword_hit, style_ok


@pytest.fixture(scope="module")
def corpus():
    return generate_samples(60000, 42)


@pytest.fixture(scope="module")
def outputs_by_topic(corpus):
    by_topic = collections.defaultdict(list)
    for s in corpus:
        by_topic[s["category"]].append(s["output"])
    return by_topic


def test_cases_cover_every_topic():
    assert len(EVAL_CASES) >= 60
    counts = collections.Counter(case.category for case in EVAL_CASES)
    assert set(counts) == set(TOPICS)
    assert len({case.prompt.lower() for case in EVAL_CASES}) == len(EVAL_CASES)


def test_keywords_are_lowercase_words():
    for case in EVAL_CASES:
        assert case.keywords and all(re.fullmatch(r"[a-z]+", k) for k in case.keywords), case


def test_prompts_are_not_training_phrasings(corpus):
    seen = {s["input"].lower() for s in corpus}
    for case in EVAL_CASES:
        assert case.prompt.lower() not in seen, case.prompt
        assert not looks_like_training_input(case.prompt), case.prompt


def test_every_case_is_answerable(outputs_by_topic):
    """The keywords are what the generator's replies on that topic say: at least one reply hits,
    and in fact at least half of them do (so the eval measures the topic, not luck)."""
    for case in EVAL_CASES:
        replies = outputs_by_topic[case.category]
        hits = sum(keyword_hit(case, reply) for reply in replies)
        assert hits >= 1 and hits / len(replies) >= 0.5, (case, hits / len(replies))


def test_style_ok_accepts_generated_replies(corpus):
    assert STYLE_MAX_CHARS >= OUTPUT_MAX_CHARS
    assert all(style_ok(s["output"]) for s in corpus[:3000])


@pytest.mark.parametrize(
    "reply, ok",
    [
        ("food. it is always food.", True),
        ("  food. it is always food.\n", True),
        ("Food. it is always food.", False),
        ("food, it is always food", False),
        ("is it food?", False),
        ("", False),
        ("blub " * 70 + "food.", False),
    ],
)
def test_style_ok(reply, ok):
    assert style_ok(reply) is ok


def test_keyword_hit_matches_whole_words_and_plurals():
    case = EvalCase("cats", "prompt", ("cat", "lid", "box"))
    assert keyword_hit(case, "the cat stares.")
    assert keyword_hit(case, "two CATS stare.")
    assert keyword_hit(case, "boxes are dry.")
    assert not keyword_hit(case, "i scatter the gravel. categories are hard.")
    assert not keyword_hit(case, "")


def test_stemmed_keyword_hit_takes_other_forms_and_strict_does_not():
    case = EvalCase("plants", "prompt", ("rest", "swim", "breathe", "glass", "sing"))
    for reply in ("i was resting.", "swimming is fun.", "breathing is easy.", "i rested.", "i am singing."):
        assert keyword_hit(case, reply), reply
        assert not keyword_hit(case, reply, stemmed=False), reply
    for reply in ("a restaurant.", "the swimsuit.", "breakfast.", "a glare.", "a single fin."):
        assert not keyword_hit(case, reply), reply  # a stem is not a prefix match
    assert not keyword_hit(EvalCase("x", "p", ("see", "king")), "a seed. a kin.")
