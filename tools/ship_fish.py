"""Pack a trained run as the shipped fish (guppy/fish): float16 weights, its tokenizer and its config.

    python tools/ship_fish.py RUN [--out guppy/fish] [--compare]

The weights are the run's best (the ones `guppy chat --checkpoint RUN` answers with), rounded
to float16: half the bytes, and the model still computes in float32 on the rounded values.
The file's metadata names the fingerprint of the config.json and tokenizer.json written beside
it, so checkpoint.load_run refuses it with any other tokenizer. --compare also answers the 120
held-out prompts greedily with the float32 and the float16 weights and counts equal replies.
Prints the file's size and sha256, which guppy/fish/__init__.py records (WEIGHTS_SHA256).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from guppy.evaluation.report import personality_eval
from guppy.training.checkpoint import load_run, open_checkpoint, read_log
from guppy.training.layout import BEST, CONFIG, MODEL, TOKENIZER, run_fingerprint, sha256_hex
from minigrad.atomic import atomic_write_bytes
from minigrad.safetensors import save_file


def best_step(checkpoint) -> int:
    """The step whose eval loss the best weights have (the checkpoint's own step without evals)."""
    evals = [r for r in read_log(checkpoint.directory, checkpoint.step) if "eval_loss" in r]
    return min(evals, key=lambda r: r["eval_loss"])["step"] if evals else checkpoint.step


def ship(run_dir: str, out_dir: str) -> str:
    model, tokenizer, config = load_run(run_dir, weights="best")
    checkpoint = open_checkpoint(run_dir)
    weights = "model_best" if os.path.isfile(checkpoint.path(BEST)) else "model"
    step = best_step(checkpoint) if weights == "model_best" else checkpoint.step
    config_bytes = config.to_json().encode()  # the plain config, whatever older keys the run's file had
    with open(os.path.join(run_dir, TOKENIZER), "rb") as f:
        tokenizer_bytes = f.read()
    tensors = {}
    for name, value in model.params.state_dict().items():
        half = value.astype(np.float16)
        if not np.isfinite(half).all():
            raise SystemExit(f"tensor {name} does not fit in float16 (largest {float(np.abs(value).max()):.4g})")
        tensors[name] = half
    os.makedirs(out_dir, exist_ok=True)
    metadata = {
        "format": "guppy",
        "step": str(step),
        "run": run_fingerprint(sha256_hex(config_bytes), sha256_hex(tokenizer_bytes)),
        "source": f"{weights} of run {checkpoint.run_id}, step {step}, rounded to float16",
    }
    path = os.path.join(out_dir, MODEL)
    save_file(tensors, path, metadata=metadata)
    atomic_write_bytes(os.path.join(out_dir, CONFIG), config_bytes)
    atomic_write_bytes(os.path.join(out_dir, TOKENIZER), tokenizer_bytes)
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    print(f"wrote {out_dir}: {MODEL} {os.path.getsize(path):,} bytes, sha256 {digest}")
    print(f"weights: {metadata['source']}")
    return digest


def compare(run_dir: str, out_dir: str) -> None:
    """Greedy replies to the held-out prompts from the float32 weights and from their float16 rounding."""
    full = personality_eval(*load_run(run_dir, weights="best")[:2])
    half = personality_eval(*load_run(out_dir)[:2])
    same = sum(a["reply"] == b["reply"] for a, b in zip(full["rows"], half["rows"]))
    print(f"greedy replies equal between float32 and float16: {same} of {full['cases']}")
    for key in ("keyword_hit_rate", "strict_hit_rate", "topic_rate", "style_rate"):
        print(f"  {key:17s} float32 {full[key]:.1%}  float16 {half[key]:.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("run")
    parser.add_argument("--out", default=os.path.join("guppy", "fish"))
    parser.add_argument("--compare", action="store_true", help="compare greedy replies, float32 against float16")
    args = parser.parse_args()
    ship(args.run, args.out)
    if args.compare:
        compare(args.run, args.out)


if __name__ == "__main__":
    main()
