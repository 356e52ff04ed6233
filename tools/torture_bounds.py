"""Bounded work, measured: peak memory before the one-line error on hostile files, and long-word encoding.

    python tools/torture_bounds.py [--data DIR]      (DIR: a `guppy data` folder with tokenizer.json)

Memory: a tiny run is trained, then damaged one way per case; each `guppy chat` or
`guppy train --resume` on it runs in a fresh interpreter whose peak RSS (getrusage of
the child) is printed beside its one line of stderr. The big files are sparse, so the
disk is not filled.

Tokenizer: a 1 MB single word is encoded (cold caches) and timed; the long-word merge
is checked against the plain rank-order loop on every pre-token of DIR's conversations
(with the long-word path forced) and on random words, and the ids of every conversation
must come out the same either way.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

import numpy as np

ENV = {**os.environ, "GUPPY_DEVICE": "cpu"}
MEASURE = (
    "import resource, subprocess, sys; done = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024, done.returncode); "
    "print(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else '')"
)
GIB = 1 << 30


def peak(args) -> tuple[int, int, str]:
    """(peak RSS in MB, exit status, last stderr line) of `guppy ARGS` in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, sys.executable, "-m", "guppy.cli", *map(str, args)],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=600,
    )
    first, last = (done.stdout.splitlines() + ["", ""])[:2]
    mb, code = map(int, first.split())
    return mb, code, last


def sparse(path, header: bytes, size: int) -> None:
    with open(path, "wb") as f:
        f.write(header)
        f.truncate(size)


def memory_cases(data: str, work: str) -> None:
    from guppy.config import get_preset
    from guppy.training.checkpoint import current_path
    from guppy.training.trainer import Trainer
    from minigrad.safetensors import build_header, load_file

    base = os.path.join(work, "base")
    Trainer(get_preset("tiny").with_steps(2), data, base, quiet=True).train()

    def case(name, damage, command):
        run = os.path.join(work, name.replace(" ", "_"))
        shutil.copytree(base, run)
        damage(run)
        args = {
            "chat": ["chat", "--checkpoint", run, "--prompt", "hi"],
            "resume": ["train", "--resume", "--data", data, "--out", run],
        }[command]
        mb, code, line = peak(args)
        print(f"  {name:34s} {command:6s} {mb:5d} MB  exit {code}  {line[:110]}", flush=True)
        shutil.rmtree(run)

    def vocab(size):
        def damage(run):
            path = os.path.join(run, "config.json")
            with open(path) as f:
                doc = json.load(f)
            doc["model"]["vocab_size"] = size
            with open(path, "w") as f:
                json.dump(doc, f)

        return damage

    def junk_weights(kind):
        def damage(run):
            path = current_path(run, "model.safetensors")
            if kind == "zeros":
                header = b""
            elif kind == "random":
                header = os.urandom(1 << 20)
            elif kind == "one 1 GB tensor":
                fake = np.lib.stride_tricks.as_strided(np.zeros(1, np.float32), shape=(GIB // 4,), strides=(0,))
                header = build_header({"tok_emb.weight": ("F32", fake)})
            else:  # the right header, then a gigabyte too many
                header = build_header({k: ("F32", v) for k, v in load_file(path).items()})
            for name in ("model.safetensors", "model_best.safetensors"):
                sparse(current_path(run, name), header, GIB + len(header) + 8)

        return damage

    def special(target):
        def damage(run):
            path = current_path(run, "state.json")
            os.remove(path)
            if target == "fifo":
                os.mkfifo(path)
            else:
                os.symlink(target, path)

        return damage

    print("peak memory before the error (limit 200 MB):")
    print(f"  {'a bare interpreter with guppy':34s} {'-':6s} {peak(['--help'])[0]:5d} MB")
    for size in (30_000_000, 1_000_000):  # above the config's cap, and under it (then the headers refuse it)
        case(f"vocab_size {size:,}", vocab(size), "chat")
        case(f"vocab_size {size:,}", vocab(size), "resume")
    for kind in ("zeros", "random", "one 1 GB tensor", "right header + 1 GB"):
        case(f"1 GB junk weights: {kind}", junk_weights(kind), "chat")
        case(f"1 GB junk weights: {kind}", junk_weights(kind), "resume")
    case("state.json -> /dev/zero", special("/dev/zero"), "resume")
    case("state.json -> a FIFO", special("fifo"), "resume")


def quadratic(tokenizer, ids):
    """The rank-order loop alone (apply_merges with the long-word path switched off)."""
    import guppy.tokenizer.tokenizer as module

    saved, module.LONG_WORD = module.LONG_WORD, 1 << 62
    try:
        return tokenizer.apply_merges(ids)
    finally:
        module.LONG_WORD = saved


def tokenizer_cases(data: str) -> None:
    from guppy.data.chat_format import format_sample
    from guppy.data.dataset_files import read_dataset
    from guppy.tokenizer.bpe import PRETOKEN_RE
    from guppy.tokenizer.tokenizer import BPETokenizer

    tok = BPETokenizer.load(os.path.join(data, "tokenizer.json"))
    rng = random.Random(0)
    word = "".join(rng.choice("fishbowlgravelbubbles") for _ in range(1_000_000))
    tok.clear_cache()
    started = time.perf_counter()
    ids = tok.encode(word)
    print(
        f"\n1 MB single word: {time.perf_counter() - started:.2f} s, {len(ids):,} ids, "
        f"decodes back: {tok.decode(ids) == word}"
    )

    train, evals, _ = read_dataset(data)
    texts = [format_sample(s["input"], s["output"]) for s in train + evals]
    pretokens = {p for text in texts for part in text.split("<|im_end|>") for p in PRETOKEN_RE.findall(part)}
    mismatches = sum(
        tok._apply_merges_long(w) != quadratic(tok, w)
        for w in ([tok._byte_id[b] for b in p.encode()] for p in pretokens)
        if len(w) > 1
    )
    print(
        f"long-word merge vs the rank-order loop on {len(pretokens):,} distinct pre-tokens of {data}: "
        f"{mismatches} differ"
    )
    alphabets = ["ab", "aab", "fishbowl", "aeioubcdfglmnprst", "".join(map(chr, range(32, 127))), "éü漢🐟a"]
    words = [
        "".join(rng.choice(rng.choice(alphabets)) for _ in range(rng.choice([2, 10, 65, 300, 3000])))
        for _ in range(2000)
    ]
    mismatches = sum(
        tok._apply_merges_long(w) != quadratic(tok, w) for w in ([tok._byte_id[b] for b in s.encode()] for s in words)
    )
    print(f"long-word merge vs the rank-order loop on {len(words):,} random words: {mismatches} differ")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--data", default=None, help="a data folder with tokenizer.json (default: 3,000 samples made here)"
    )
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="guppy-bounds-")
    try:
        data = args.data
        if data is None:
            data = os.path.join(work, "data")
            subprocess.run(
                [sys.executable, "-m", "guppy.cli", "data", "--out", data, "--samples", "3000"],
                env=ENV,
                check=True,
                capture_output=True,
            )
            subprocess.run(
                [sys.executable, "-m", "guppy.cli", "tokenizer", "--data", data, "--vocab-size", "512"],
                env=ENV,
                check=True,
                capture_output=True,
            )
        memory_cases(data, work)
        tokenizer_cases(data)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
