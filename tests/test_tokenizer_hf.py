"""Interop with HuggingFace tokenizers (skipped when the optional `tokenizers` package is absent).

Our file opens in HF and encodes the same; an HF-trained file opens here and encodes
the same; and on text without special tokens both trainers learn the same merges.
"""

import json
import os
import random
import sys
import warnings

import pytest

from guppy.data.chat_format import SPECIAL_TOKENS, format_sample
from guppy.tokenizer.tokenizer import BPETokenizer

tokenizers = pytest.importorskip("tokenizers")

QA = [
    ("hi guppy", "hello. the water is warm today."),
    ("what do you eat?", "flakes! i love flakes. 3 flakes, 42 flakes, all the flakes."),
    ("are you scared of the cat?", "the cat's eyes are big.  i hide behind the plant.\n\nthen i'm fine."),
    ("¿qué tal?", "blub. 我是一条鱼 🐟🐠 naïve café — ok?\ttab"),
]
PLAIN = [f"{q} {a}" for q, a in QA] * 6 + [f"fish {i} swims {i * 13} laps around rock {i % 7}." for i in range(80)]
CHATML = [format_sample(q, a) for q, a in QA] * 6
PROBES = (
    CHATML
    + PLAIN[-5:]
    + [
        "",
        " ",
        "  leading and trailing  ",
        "\n\n\n",
        "<|im_end",
        "<pad >x<pad>y",
        "<|im_start|",
        "<<|im_end|>>",
        "unseen: zebra quokka 12345 ",
        "e\u0301 \u200b \x00\x1f\x7f",
        "x" * 300,
        "🐟" * 5 + " don't we'll they're",
    ]
)


def hf_train(texts, vocab_size, min_frequency=2):
    """HuggingFace's trainer set up exactly as tools/bench_tokenizer.py does (one definition of it)."""
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
    from bench_tokenizer import hf_train as bench_hf_train

    return bench_hf_train(texts, vocab_size, min_frequency)


def hf_merges(hf_tok, tmp_path):
    path = tmp_path / "hf.json"
    hf_tok.save(str(path))
    merges = json.loads(path.read_text(encoding="utf-8"))["model"]["merges"]
    return [tuple(m.split(" ")) if isinstance(m, str) else tuple(m) for m in merges]


def test_our_file_opens_in_hf_and_encodes_the_same(tmp_path):
    ours = BPETokenizer.train(CHATML + PLAIN, vocab_size=420)
    ours.save(tmp_path / "tokenizer.json")
    hf = tokenizers.Tokenizer.from_file(str(tmp_path / "tokenizer.json"))
    assert hf.get_vocab_size() == ours.vocab_size
    for text in PROBES:
        ids = ours.encode(text)
        assert hf.encode(text).ids == ids, text
        assert hf.decode(ids, skip_special_tokens=False) == ours.decode(ids) == text


def test_hf_trained_file_opens_here_and_encodes_the_same(tmp_path):
    hf = hf_train(CHATML + PLAIN, vocab_size=420)
    hf.save(str(tmp_path / "hf.json"))
    ours = BPETokenizer.load(tmp_path / "hf.json")
    assert ours.vocab_size == hf.get_vocab_size()
    for text in PROBES:
        assert ours.encode(text) == hf.encode(text).ids, text


def test_hf_file_with_merges_as_strings(tmp_path):
    # Older HF files write each merge as "left right".
    hf = hf_train(CHATML + PLAIN, vocab_size=330)
    hf.save(str(tmp_path / "hf.json"))
    doc = json.loads((tmp_path / "hf.json").read_text(encoding="utf-8"))
    doc["model"]["merges"] = [" ".join(m) if isinstance(m, list) else m for m in doc["model"]["merges"]]
    (tmp_path / "old.json").write_text(json.dumps(doc), encoding="utf-8")
    ours = BPETokenizer.load(tmp_path / "old.json")
    hf_old = tokenizers.Tokenizer.from_file(str(tmp_path / "old.json"))
    for text in PROBES:
        assert ours.encode(text) == hf_old.encode(text).ids, text


@pytest.mark.parametrize("seed", range(3))
def test_same_merges_as_hf_trainer(tmp_path, seed):
    # Without special tokens in the text (HF's trainer does not cut them out) the two
    # trainers see the same words, and the same tie rule gives the same merges.
    rng = random.Random(seed)
    words = ["".join(rng.choice("aabcdeé") for _ in range(rng.randrange(1, 9))) for _ in range(150)]
    words += ["fish", "aaaa", "abab", "12", "!!", "'s", "🐟", "\n\n", "  "]
    texts = [
        "".join(rng.choice(["", " "]) + rng.choice(words) for _ in range(rng.randrange(1, 12))) for _ in range(300)
    ]
    for vocab_size, min_frequency in [(500, 2), (5000, 1)]:  # (the second runs out of pairs)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ours = BPETokenizer.train(texts, vocab_size=vocab_size, min_frequency=min_frequency)
        hf = hf_train(texts, vocab_size, min_frequency)
        assert ours.merges == hf_merges(hf, tmp_path)
        assert ours.get_vocab() == hf.get_vocab()


def test_tie_rule_matches_hf(tmp_path):
    texts = ["ab", "ab", "abc", "abc", "zz", "zz"]  # see test_tokenizer.py: z+z before ab+c
    assert hf_merges(hf_train(texts, 262), tmp_path) == BPETokenizer.train(texts, vocab_size=262).merges


def test_pair_listed_twice_encodes_as_hf(tmp_path):
    ours = BPETokenizer.train(["x"], vocab_size=259)
    doc = ours.to_json()
    doc["model"]["vocab"].update(ab=259, bc=260)
    doc["model"]["merges"] = [["a", "b"], ["b", "c"], ["a", "b"]]
    (tmp_path / "dup.json").write_text(json.dumps(doc), encoding="utf-8")
    hf = tokenizers.Tokenizer.from_file(str(tmp_path / "dup.json"))
    for text in ["abc", "ab", "bc", "abcabc abab"]:
        assert BPETokenizer.load(tmp_path / "dup.json").encode(text) == hf.encode(text).ids


def test_file_of_hf_bytelevel_bpe_class_opens_here(tmp_path):
    # The file HF's convenience class writes (with a ByteLevel post_processor).
    hf = tokenizers.ByteLevelBPETokenizer()
    hf.train_from_iterator(CHATML + PLAIN, vocab_size=380, special_tokens=list(SPECIAL_TOKENS), show_progress=False)
    hf.save(str(tmp_path / "bl.json"))
    ours = BPETokenizer.load(tmp_path / "bl.json")
    for text in PROBES:
        assert ours.encode(text) == hf.encode(text).ids, text
