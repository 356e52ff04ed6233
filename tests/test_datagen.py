"""The conversation generator: determinism, balance, the fish's style, bounds, the split and the loader."""

import collections
import json
import random
import re

import pytest

from guppy.data import generator
from guppy.data.dataset_files import DataFormatError, load_jsonl, write_dataset
from guppy.data.generator import (
    INPUT_MAX_CHARS,
    OUTPUT_MAX_CHARS,
    TOPICS,
    compute_stats,
    format_stats,
    generate_samples,
    looks_like_training_input,
    split_samples,
)
from guppy.data.world import POOLS, WORLD
from guppy.data.world.compose import TemplateError, compile_template, parse_topics, render


@pytest.fixture(scope="module")
def corpus():
    """The default corpus: 60,000 samples, seed 42 (under a second to make)."""
    return generate_samples(60000, 42)


def test_topics_are_sixty_distinct_snake_case_names():
    assert len(TOPICS) == 60 == len(set(TOPICS))
    assert all(re.fullmatch(r"[a-z]+(_[a-z]+)*", name) for name in TOPICS)
    assert set(TOPICS) == set(WORLD)
    assert all(topic.intents and topic.extras for topic in WORLD.values())


def test_same_seed_same_samples_and_no_global_random_state():
    state = random.getstate()
    random.seed(123)
    first = generate_samples(777, seed=9)
    random.seed(456)  # the global generator must not matter
    second = generate_samples(777, seed=9)
    assert first == second
    assert generate_samples(777, seed=10) != first
    random.setstate(state)


def test_write_dataset_same_bytes_for_same_seed(tmp_path):
    stats_a = write_dataset(tmp_path / "a", samples=3000, seed=5)
    write_dataset(tmp_path / "b", samples=3000, seed=5)
    write_dataset(tmp_path / "c", samples=3000, seed=6)
    for name in ("train.jsonl", "eval.jsonl"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert (tmp_path / "a" / "train.jsonl").read_bytes() != (tmp_path / "c" / "train.jsonl").read_bytes()
    assert stats_a["train"] + stats_a["eval"] == 3000
    # no temporary file left; the lock file stays (guppy/dirlock.py), the manifest names both files
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == [
        ".guppy.lock",
        "dataset.json",
        "eval.jsonl",
        "train.jsonl",
    ]


def test_written_lines_are_json_with_keys_in_order(tmp_path):
    write_dataset(tmp_path, samples=600, eval_ratio=0.1, seed=3)
    lines = (tmp_path / "train.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines[:50]:
        assert list(json.loads(line)) == ["input", "output", "category"]
    train, evals = load_jsonl(tmp_path / "train.jsonl"), load_jsonl(tmp_path / "eval.jsonl")
    expected_train, expected_eval = split_samples(generate_samples(600, 3), 0.1, 3)
    assert (train, evals) == (expected_train, expected_eval)


@pytest.mark.parametrize("n", [0, 1, 59, 61, 1234])
def test_topics_equally_weighted(n):
    counts = collections.Counter(s["category"] for s in generate_samples(n, seed=n))
    if n >= 60:
        assert set(counts) == set(TOPICS)
    full = [counts.get(name, 0) for name in TOPICS]
    assert sum(full) == n and max(full) - min(full) <= 1


def test_default_corpus_balance_and_richness(corpus):
    stats = compute_stats(corpus)
    assert set(stats["per_category"].values()) == {1000}
    assert stats["unique_outputs"] >= 15000
    assert stats["unique_words"] >= 3000
    assert stats["unique_inputs"] >= 15000
    text = format_stats(stats)
    assert "60,000" in text and f"{stats['unique_outputs']:,}" in text


def test_outputs_read_like_the_fish(corpus):
    for s in corpus:
        out = s["output"]
        assert out == out.lower() and out.endswith(".") and out == out.strip(), out
        assert 1 <= out.count(".") <= 4, out  # replies use full stops only: one per sentence
        assert not any(c in out for c in "?!\n") and ".." not in out and "  " not in out, out


def test_lengths_within_bounds(corpus):
    assert all(0 < len(s["input"]) <= INPUT_MAX_CHARS for s in corpus)
    assert all(0 < len(s["output"]) <= OUTPUT_MAX_CHARS for s in corpus)


def test_no_unfilled_template_parts(corpus):
    for s in corpus:
        for text in (s["input"], s["output"]):
            assert not any(mark in text for mark in ("{", "}", "<", ">", "__", "[", "]", "|")), text


def test_inputs_vary_like_typing(corpus):
    inputs = [s["input"] for s in corpus]
    assert any(t.endswith("?") for t in inputs) and any(t[-1].isalpha() for t in inputs)
    assert any(t.isupper() for t in inputs) and any(t == t.lower() for t in inputs)
    assert any(t.lower().startswith("hey guppy") for t in inputs)


def test_replies_answer_what_was_asked(corpus):
    """An ask's pick is shared with its reply: "my name is Maya" gets a reply naming maya."""
    named = [s for s in corpus if s["category"] == "name" and s["input"].lower().startswith("my name is ")]
    assert len(named) > 20
    for s in named:
        name = re.sub(r"[^a-z ]", "", s["input"].lower()[len("my name is ") :]).split()[0]
        assert name in s["output"], s


def test_split_keeps_identical_pairs_on_one_side(corpus):
    train, evals = split_samples(corpus, eval_ratio=0.05, seed=42)
    assert len(train) + len(evals) == len(corpus)
    assert abs(len(evals) - 3000) <= 60  # the last pair taken may bring a few copies
    assert not {(s["input"], s["output"]) for s in train} & {(s["input"], s["output"]) for s in evals}


def test_split_with_heavy_duplicates():
    rng = random.Random(0)
    samples = [{"input": f"q{rng.randrange(7)}", "output": "a.", "category": "food"} for _ in range(200)]
    train, evals = split_samples(samples, eval_ratio=0.3, seed=1)
    assert len(train) + len(evals) == 200 and evals
    assert not {s["input"] for s in train} & {s["input"] for s in evals}
    with pytest.raises(ValueError):
        split_samples(samples, eval_ratio=1.5)


def test_generated_inputs_are_recognised_as_training_phrasings(corpus):
    assert all(looks_like_training_input(s["input"]) for s in corpus[:5000])
    assert looks_like_training_input("HEY GUPPY, what IS the meaning of life??")
    assert not looks_like_training_input("please compute the eigenvalues of this matrix")


def _write(tmp_path, text, name="data.jsonl"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


GOOD = '{"input": "hi", "output": "hello.", "category": "greetings"}\n'


@pytest.mark.parametrize(
    "bad_line, message",
    [
        ('{"input": "hi", "output": ', "bad JSON"),
        ('{"input": "hi"}', "missing key 'output'"),
        ('{"input": "hi", "output": 3}', "'output' must be a string"),
        ('["hi", "hello."]', "expected a JSON object"),
        ('{"input": "hi", "output": "x.", "category": null}', "'category' must be a string"),
    ],
)
def test_load_jsonl_names_file_and_line(tmp_path, bad_line, message):
    path = _write(tmp_path, GOOD + GOOD + bad_line + "\n" + GOOD)
    with pytest.raises(DataFormatError) as err:
        load_jsonl(path)
    text = str(err.value)
    assert "line 3" in text and str(path) in text and message in text and "\n" not in text


def test_load_jsonl_other_failures(tmp_path):
    with pytest.raises(DataFormatError, match="data file not found"):
        load_jsonl(tmp_path / "nope.jsonl")
    with pytest.raises(DataFormatError, match="empty data file"):
        load_jsonl(_write(tmp_path, "\n  \n", "blank.jsonl"))
    with pytest.raises(DataFormatError, match="line 2: not valid UTF-8"):
        load_jsonl(_write(tmp_path, GOOD.encode() + b'{"input": "\xff"}\n', "bytes.jsonl"))
    assert issubclass(DataFormatError, ValueError)


def test_load_jsonl_tolerates_blank_lines_and_missing_category(tmp_path):
    path = _write(tmp_path, GOOD + "\n" + '{"input": "ça va", "output": "oui.", "extra": 1}')
    assert load_jsonl(path) == [
        {"input": "hi", "output": "hello.", "category": "greetings"},
        {"input": "ça va", "output": "oui.", "category": ""},
    ]


def test_template_language():
    pools = {"food": ("flakes", "peas", "worms"), "color": ("red",)}
    rng = random.Random(3)
    for _ in range(30):
        picks = {}
        text = render(compile_template("i like {food} and {food2}[ a lot| now|]."), pools, picks, rng)
        assert picks["food"] != picks["food2"] and text.startswith("i like ") and "[" not in text
    with pytest.raises(TemplateError, match="unknown pool"):
        parse_topics("## t\n? hi\n= i see {ghost}.\n", pools)
    with pytest.raises(TemplateError, match="lowercase"):
        parse_topics("## t\n? hi\n= Hello.\n", pools)
    with pytest.raises(TemplateError, match="lowercase"):
        parse_topics("## t\n? hi\n= hello\n", pools)
    with pytest.raises(TemplateError, match="needs asks and replies"):
        parse_topics("## t\n? hi\n--\n= hello.\n", pools)
    with pytest.raises(TemplateError, match="unbalanced"):
        compile_template("i like {food")


def test_every_template_renders_within_bounds():
    """Each reply template alone (a worst case: longest pool items) stays within the output bound."""
    longest = {name: (max(pool, key=len),) for name, pool in POOLS.items()}
    for topic in WORLD.values():
        for intent in topic.intents:
            for reply in intent.replies:
                text = render(reply, longest, {}, random.Random(0))
                assert len(text) <= OUTPUT_MAX_CHARS, text


def test_speed(corpus):
    """Guard against an accidental slowdown (the default corpus takes under a second)."""
    import time

    start = time.perf_counter()
    generate_samples(6000, seed=1)
    assert time.perf_counter() - start < 3.0


def test_module_exports():
    for name in generator.__all__:
        assert hasattr(generator, name)
