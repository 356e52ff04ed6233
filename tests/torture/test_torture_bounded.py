"""Torture, bounded work: hostile sizes are refused from the headers, special files never hang or flood
memory, and a long word encodes in near-linear time."""

import contextlib
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from torture_util import assert_one_line_error, checkpoint_file, cli

from minigrad.safetensors import build_header

MEMORY_LIMIT_MB = 200
RUSAGE = (
    "import resource, subprocess, sys; rc = subprocess.run(sys.argv[1:]).returncode; "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024, rc, file=sys.stderr)"
)


def guppy_measured(args, timeout=60):
    """(exit code, stderr lines without the last, peak RSS in MB) of `guppy ARGS` in a fresh interpreter."""
    env = {**os.environ, "GUPPY_DEVICE": "cpu"}
    done = subprocess.run(
        [sys.executable, "-c", RUSAGE, sys.executable, "-m", "guppy.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )
    *err, last = done.stderr.strip().splitlines()
    peak_mb, code = map(int, last.split())
    return code, "\n".join(err), peak_mb


def assert_bounded_one_line(args, *fragments, timeout=60):
    started = time.perf_counter()
    code, err, peak = guppy_measured(args, timeout)
    assert_one_line_error((code, "", err), *fragments)
    assert peak < MEMORY_LIMIT_MB, f"peak RSS {peak} MB"
    return time.perf_counter() - started


def test_huge_vocabulary_in_config_is_refused_without_allocating(run_copy, data_dir):
    path = os.path.join(run_copy, "config.json")
    with open(path) as f:
        doc = json.load(f)
    doc["model"]["vocab_size"] = 30_000_000
    with open(path, "w") as f:
        json.dump(doc, f)
    assert assert_bounded_one_line(["chat", "--checkpoint", run_copy, "--prompt", "hi"]) < 20
    assert_bounded_one_line(["train", "--resume", "--data", data_dir, "--out", run_copy])


def sparse_file(path, header: bytes, size: int):
    with open(path, "wb") as f:
        f.write(header)
        f.truncate(size)


GIB = 1 << 30


@pytest.mark.parametrize("kind", ["zeros", "one huge tensor", "right shapes then junk"])
def test_gigabyte_junk_weights_are_refused_from_the_header(kind, run_copy, data_dir):
    from minigrad.safetensors import load_file

    path = checkpoint_file(run_copy, "model.safetensors")
    if kind == "zeros":
        header = b""
    elif kind == "one huge tensor":
        import numpy as np

        header = build_header(
            {
                "tok_emb.weight": (
                    "F32",
                    np.lib.stride_tricks.as_strided(np.zeros(1, np.float32), shape=(GIB // 4,), strides=(0,)),
                )
            }
        )
    else:
        tensors = load_file(path)
        header = build_header({k: ("F32", v) for k, v in tensors.items()})
    for name in ("model.safetensors", "model_best.safetensors"):
        sparse_file(checkpoint_file(run_copy, name), header, GIB + 8 + len(header))
    assert_bounded_one_line(["chat", "--checkpoint", run_copy, "--prompt", "hi"])
    if kind == "one huge tensor":
        assert_bounded_one_line(["train", "--resume", "--data", data_dir, "--out", run_copy])


def test_eight_gigabyte_optimizer_file_is_refused_from_the_header(run_copy, data_dir):
    from minigrad.safetensors import load_file

    path = checkpoint_file(run_copy, "optimizer.safetensors")
    import numpy as np

    tensors = load_file(path)
    header = build_header({k: (("F32" if v.dtype == np.float32 else "I64"), v) for k, v in tensors.items()})
    sparse_file(path, header, 8 * GIB)
    assert_bounded_one_line(["train", "--resume", "--data", data_dir, "--out", run_copy])


@contextlib.contextmanager
def no_hang(seconds=20):
    """Fail (instead of hanging the suite) when the body blocks, e.g. on a FIFO nobody writes to."""

    def timeout(*_):
        raise TimeoutError(f"blocked for {seconds} s")

    old = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def replace_with_special(path, target):
    os.remove(path)
    if target == "fifo":
        os.mkfifo(path)
    else:
        os.symlink(target, path)


@pytest.mark.parametrize("target", ["/dev/zero", "fifo"])
@pytest.mark.parametrize("name", ["state.json", "config.json", "tokenizer.json", "log.jsonl", "latest"])
def test_special_files_neither_flood_nor_hang(name, target, run_copy, data_dir, capsys):
    top = name in ("config.json", "tokenizer.json", "latest")
    path = os.path.join(run_copy, name) if top else checkpoint_file(run_copy, name)
    if not os.path.exists(path):
        pytest.fail(f"the run has no {name}")
    replace_with_special(path, target)
    with no_hang():
        assert_one_line_error(cli(["train", "--resume", "--data", data_dir, "--out", run_copy], capsys))


@pytest.mark.parametrize("target", ["/dev/zero", "fifo"])
def test_special_data_file_neither_floods_nor_hangs(target, tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / "train.jsonl").write_text("")
    replace_with_special(data / "train.jsonl", target)
    with no_hang():
        assert_one_line_error(cli(["train", "--preset", "tiny", "--data", data, "--out", tmp_path / "run"], capsys))


def test_state_pointing_at_dev_zero_stays_small(run_copy, data_dir):
    replace_with_special(checkpoint_file(run_copy, "state.json"), "/dev/zero")
    assert_bounded_one_line(["train", "--resume", "--data", data_dir, "--out", run_copy])


# ---------------------------------------------------------------- the tokenizer's long words
def reference_merges(tokenizer, text):
    """The plain rank-order merge loop, written out: lowest-ranked pair first, all its occurrences, repeat."""
    from guppy.tokenizer.bpe import BYTE_TO_CHAR

    ranks = {pair: rank for rank, pair in enumerate(tokenizer.merges)}
    symbols = [BYTE_TO_CHAR[b] for b in text.encode("utf-8")]
    while True:
        found = [(ranks[p], p) for p in zip(symbols, symbols[1:]) if p in ranks]
        if not found:
            break
        _, (left, right) = min(found)
        out, i = [], 0
        while i < len(symbols):
            if i + 1 < len(symbols) and symbols[i] == left and symbols[i + 1] == right:
                out.append(left + right)
                i += 2
            else:
                out.append(symbols[i])
                i += 1
        symbols = out
    return [tokenizer.token_to_id(s) for s in symbols]


@pytest.fixture(scope="module")
def tokenizer(data_dir):
    from guppy.tokenizer.tokenizer import BPETokenizer

    return BPETokenizer.load(os.path.join(data_dir, "tokenizer.json"))


@pytest.mark.parametrize("seed", range(4))
def test_long_words_keep_their_ids(tokenizer, seed):
    import random

    rng = random.Random(seed)
    alphabet = "aeioubcdfglmnprst" if seed % 2 else "ab"
    word = "".join(rng.choice(alphabet) for _ in range(3000))
    assert tokenizer.encode(word) == reference_merges(tokenizer, word)


def test_hundred_thousand_letter_word_is_fast(tokenizer):
    import random

    rng = random.Random(5)
    word = "".join(rng.choice("fishbowlgravel") for _ in range(100_000))
    tokenizer.clear_cache()
    started = time.perf_counter()
    ids = tokenizer.encode(word)
    assert time.perf_counter() - started < 2.0
    assert tokenizer.decode(ids) == word
