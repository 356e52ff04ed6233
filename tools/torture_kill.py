"""kill -9 at random moments: training, `guppy data` and `guppy tokenizer` must always recover exactly.

    python tools/torture_kill.py --train 100 --data 10 --tokenizer 10      (~15 minutes on 2 cores)

Training: a tiny run with a checkpoint after every step is started, killed with SIGKILL
at a random moment, resumed with `guppy train --resume`, killed again at random up to
twice more, and finally left to finish. The moments come from the timeline of an
uninterrupted run (the fastest of three): four in five uniform over its training (from
its first checkpoint to its end), one in five uniform over its start-up (imports, data,
tokenizer, model). Trials go on until --train kills have landed during training (after
a first checkpoint); kills in start-up and kills that came too late are counted apart. Its end (latest and best
weights, the optimizer state, the log without its wall-clock rates) must equal the
uninterrupted run's bit for bit. A kill before the first checkpoint leaves nothing to
resume: --resume must say so in one line, and `--overwrite` starts it again.

Data and tokenizer: an older dataset (or tokenizer) is being replaced when the kill
comes. Whatever is left must be the old one whole, the new one whole, or refused in one
line; running the command again must give the new one byte for byte.

Each trial is tallied; the script exits 1 if any trial ended anywhere but "exact".
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import numpy as np

ENV = {**os.environ, "GUPPY_DEVICE": "cpu"}
STEPS = 40
TRAIN = """
import sys
from guppy.config import get_preset
from guppy.training.trainer import Trainer
config = get_preset("tiny").with_steps({steps}).replace_train(checkpoint_every=1, eval_every=5, log_every=1)
Trainer(config, sys.argv[1], sys.argv[2], quiet=True, overwrite=sys.argv[3:] == ["--overwrite"]).train()
"""


def guppy(*args, timeout=600):
    return subprocess.run(
        [sys.executable, "-m", "guppy.cli", *map(str, args)], env=ENV, capture_output=True, text=True, timeout=timeout
    )


def one_line_error(done) -> bool:
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    return (
        done.returncode != 0
        and "Traceback" not in done.stderr
        and len(lines) == 1
        and lines[0].startswith("guppy: error: ")
    )


def start_and_kill(cmd, after: float):
    """Run cmd; SIGKILL it after `after` seconds. -> True when the kill came before it ended."""
    process = subprocess.Popen(list(map(str, cmd)), env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        process.wait(timeout=after)
        return False
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return True


def timed(cmd) -> float:
    started = time.perf_counter()
    subprocess.run(list(map(str, cmd)), env=ENV, check=True, capture_output=True)
    return time.perf_counter() - started


def training_timeline(cmd, run) -> tuple[float, float]:
    """(seconds until the first checkpoint's pointer appears, seconds until the end) of an uninterrupted run."""
    started = time.perf_counter()
    process = subprocess.Popen(list(map(str, cmd)), env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    first = None
    while process.poll() is None:
        if first is None and os.path.exists(os.path.join(run, "latest")):
            first = time.perf_counter() - started
        time.sleep(0.005)
    if process.returncode != 0:
        raise SystemExit("the uninterrupted training run failed")
    return first, time.perf_counter() - started


def stray(directory) -> list[str]:
    return [name for name in os.listdir(directory) if name.endswith((".tmp", ".partial"))]


# ---------------------------------------------------------------- training
def outcome(run):
    from guppy.training.checkpoint import current_path, load_run
    from minigrad.safetensors import load_file

    latest = load_run(run, weights="latest")[0].params.data.copy()
    best = load_run(run)[0].params.data.copy()
    optimizer = load_file(current_path(run, "optimizer.safetensors"))
    with open(current_path(run, "log.jsonl")) as f:
        log = [{k: v for k, v in json.loads(line).items() if k != "tokens_per_s"} for line in f]
    return latest, best, optimizer, log


def same(a, b) -> bool:
    return (
        np.array_equal(a[0], b[0])
        and np.array_equal(a[1], b[1])
        and a[2].keys() == b[2].keys()
        and all(np.array_equal(a[2][k], b[2][k]) for k in a[2])
        and a[3] == b[3]
    )


def kill_moment(rng, timeline) -> float:
    first, end = timeline
    return rng.uniform(first, end) if rng.random() < 0.8 else rng.uniform(0, first)


def train_trial(data, run, reference, timeline, rng, tally):
    fresh = [sys.executable, "-c", TRAIN.format(steps=STEPS), data, run]
    resume = [sys.executable, "-m", "guppy.cli", "train", "--resume", "--data", data, "--out", run]
    kills, killed = rng.randint(1, 3), True
    command = fresh
    for _ in range(kills):
        killed = start_and_kill(command, kill_moment(rng, timeline))
        if not killed:
            tally["kill moments after the run had ended"] += 1
            break
        probe = guppy("train", "--resume", "--steps", 1, "--data", data, "--out", run)  # --steps 1: checks, no work
        if probe.returncode == 0:
            tally["kills during training"] += 1
            command = resume
        elif one_line_error(probe) and ("no checkpoint yet" in probe.stderr or "does not exist" in probe.stderr):
            tally["kills in start-up (before the first checkpoint)"] += 1
            command = fresh + ["--overwrite"]  # nothing was made that could be kept: start over deliberately
        else:
            tally["unresumable"] += 1
            print("unresumable:", probe.stderr.strip()[-300:], flush=True)
            return "unresumable"
    if killed:
        subprocess.run(command, env=ENV, check=True, capture_output=True)
    if stray(run):
        return "stray files"
    return "exact" if same(outcome(run), reference) else "mixed"


# ---------------------------------------------------------------- data and tokenizer
def files(directory, names):
    out = {}
    for name in names:
        path = os.path.join(directory, name)
        if os.path.exists(path):
            with open(path, "rb") as f:
                out[name] = f.read()
    return out


def data_trial(work, old_dir, new_dir, lifetime, rng):
    from guppy.data.dataset_files import DatasetError, read_dataset

    names = ("train.jsonl", "eval.jsonl")
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(old_dir, work)
    start_and_kill(
        [sys.executable, "-m", "guppy.cli", "data", "--out", work, "--samples", 3000, "--seed", 2],
        rng.uniform(0, lifetime),
    )
    try:
        read_dataset(work)
        left = files(work, names)
        if left not in (files(old_dir, names), files(new_dir, names)):
            return "mixed"
    except DatasetError:
        pass  # refused: the torn dataset was not trusted
    if guppy("data", "--out", work, "--samples", 3000, "--seed", 2).returncode != 0:
        return "regeneration failed"
    if stray(work):
        return "stray files"
    return "exact" if files(work, names) == files(new_dir, names) else "mixed"


def tokenizer_trial(work, old_dir, new_bytes, lifetime, rng):
    from guppy.tokenizer.tokenizer import BPETokenizer

    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(old_dir, work)
    path = os.path.join(work, "tokenizer.json")
    start_and_kill(
        [sys.executable, "-m", "guppy.cli", "tokenizer", "--data", work, "--vocab-size", 1024], rng.uniform(0, lifetime)
    )
    BPETokenizer.load(path)  # whichever it is, it is whole
    if files(work, ["tokenizer.json"])["tokenizer.json"] not in (
        files(old_dir, ["tokenizer.json"])["tokenizer.json"],
        new_bytes,
    ):
        return "mixed"
    if guppy("tokenizer", "--data", work, "--vocab-size", 1024).returncode != 0:
        return "regeneration failed"
    if stray(work):
        return "stray files"
    return "exact" if files(work, ["tokenizer.json"])["tokenizer.json"] == new_bytes else "mixed"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", type=int, default=100)
    parser.add_argument("--data", type=int, default=10)
    parser.add_argument("--tokenizer", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", default=None, help="scratch folder (default: a new temporary one)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = args.work or tempfile.mkdtemp(prefix="guppy-torture-")
    os.makedirs(work, exist_ok=True)
    data = os.path.join(work, "data")
    assert guppy("data", "--out", data, "--samples", 2000, "--seed", 1).returncode == 0
    assert guppy("tokenizer", "--data", data, "--vocab-size", 512).returncode == 0
    results = collections.Counter()

    reference_run = os.path.join(work, "reference")
    timelines = []
    for _ in range(3):
        shutil.rmtree(reference_run, ignore_errors=True)
        timelines.append(
            training_timeline([sys.executable, "-c", TRAIN.format(steps=STEPS), data, reference_run], reference_run)
        )
    timeline = min(timelines, key=lambda t: t[1])
    reference = outcome(reference_run)
    print(
        f"training: uninterrupted run of {STEPS} steps (a checkpoint each) takes {timeline[1]:.1f} s, "
        f"the first checkpoint after {timeline[0]:.1f} s",
        flush=True,
    )
    tally, trial = collections.Counter(), 0
    while tally["kills during training"] < args.train:
        run = os.path.join(work, f"run{trial}")
        results[("train", train_trial(data, run, reference, timeline, rng, tally))] += 1
        shutil.rmtree(run, ignore_errors=True)
        trial += 1
    print(f"training: {trial} trials; " + ", ".join(f"{n} {what}" for what, n in sorted(tally.items())), flush=True)

    old_dir, new_dir = os.path.join(work, "old_data"), os.path.join(work, "new_data")
    assert guppy("data", "--out", old_dir, "--samples", 3000, "--seed", 1).returncode == 0
    data_lifetime = timed([sys.executable, "-m", "guppy.cli", "data", "--out", new_dir, "--samples", 3000, "--seed", 2])
    for _trial in range(args.data):
        results[("data", data_trial(os.path.join(work, "data_work"), old_dir, new_dir, data_lifetime, rng))] += 1

    assert guppy("tokenizer", "--data", old_dir, "--vocab-size", 512).returncode == 0
    fresh = os.path.join(work, "tok_new")
    shutil.copytree(old_dir, fresh)
    tok_lifetime = timed([sys.executable, "-m", "guppy.cli", "tokenizer", "--data", fresh, "--vocab-size", 1024])
    new_bytes = files(fresh, ["tokenizer.json"])["tokenizer.json"]
    for _trial in range(args.tokenizer):
        results[
            ("tokenizer", tokenizer_trial(os.path.join(work, "tok_work"), old_dir, new_bytes, tok_lifetime, rng))
        ] += 1

    print("\nresults (command, outcome: trials)")
    for (command, result), n in sorted(results.items()):
        print(f"  {command:10s} {result:22s} {n}")
    bad = sum(n for (_, result), n in results.items() if result != "exact")
    print(f"{sum(results.values())} trials, {bad} not exact")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
