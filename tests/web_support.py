"""Shared by the web tests: a small run directory with non-trivial random weights, and the Python side's answers.

The weights are drawn wider than the trainer's init (std 0.02 gives almost uniform
logits), the norms' gains and biases are not 1 and 0, and the shapes are odd
(3 heads of 16, FFN 80), so a mistake in any step of the JavaScript forward shows.
The tokenizer is trained on a few hundred generated conversations, and the model's
vocabulary is the tokenizer's (random weights pick any id, and each must decode).
"""

from __future__ import annotations

import os

import numpy as np

from guppy.config import get_preset
from guppy.data.chat_format import format_sample
from guppy.data.generator import generate_samples
from guppy.generate import build_prompt_ids, generate, reply
from guppy.model import GuppyLM
from guppy.tokenizer.tokenizer import BPETokenizer
from guppy.training.checkpoint import load_run, read_run_files
from guppy.training.weight_files import save_weights

WEB_CONFIG = get_preset("tiny").replace_model(d_model=48, n_heads=3, n_layers=2, d_ff=80, max_seq_len=48)


def conversations(count: int = 300, seed: int = 3) -> list[dict]:
    return generate_samples(count, seed=seed)


def make_run(run_dir: str, config=WEB_CONFIG, seed: int = 0) -> str:
    """Write config.json, tokenizer.json and model.safetensors (as the trainer does) and return run_dir."""
    os.makedirs(run_dir, exist_ok=True)
    texts = [format_sample(s["input"], s["output"]) for s in conversations()]
    tokenizer = BPETokenizer.train(texts, vocab_size=config.model.vocab_size)
    tokenizer.save(os.path.join(run_dir, "tokenizer.json"))
    config = config.replace_model(vocab_size=tokenizer.vocab_size)
    with open(os.path.join(run_dir, "config.json"), "w", encoding="utf-8") as f:
        f.write(config.to_json())
    model = GuppyLM(config.model, seed=seed)
    rng = np.random.default_rng(seed)
    for name, view in model.params.tensors.items():
        if "norm" in name:  # gains near 1, biases near 0, but not exactly
            view[...] = (1.0 if name.endswith(".weight") else 0.0) + rng.normal(0, 0.2, view.shape)
        else:
            view[...] = rng.normal(0, 0.3, view.shape)  # (std 0.3: greedy replies vary, not one token repeated)
    # the weights at the top of the run directory: the layout chat reads as a finished run
    # naming the run's fingerprint, as a packed fish's weights do (checkpoint.load_run checks it)
    run_id = read_run_files(run_dir).fingerprint
    save_weights(model.params.state_dict(), os.path.join(run_dir, "model.safetensors"), step=1, run_id=run_id)
    return run_dir


def python_reply(run_dir: str, prompt: str, max_tokens: int = 64) -> dict:
    """What `guppy chat --temperature 0` answers, with the token ids behind it."""
    model, tokenizer, config = load_run(run_dir)
    reserve = min(max_tokens, config.model.max_seq_len // 2)
    prompt_ids, truncated = build_prompt_ids(tokenizer, prompt, config.model.max_seq_len, reserve)
    ids = generate(model, prompt_ids, max_tokens, temperature=0.0)
    text = reply(model, tokenizer, prompt, max_tokens=max_tokens, temperature=0.0)
    return {"prompt_ids": prompt_ids, "truncated": truncated, "ids": ids, "text": text}


PROMPTS = [
    "hello little fish",
    "what do you eat?",
    "  do   you\tlike\n\nbubbles  ",
    "tell me about the castle in your tank, is it big",
    "café au lait? 🐟 日本語",
    "\x1cbubbles\x1f\x85 \u3000 food\ufeff",  # Python's str.split() whitespace, which is not JavaScript's \s
    # longer than the context: the message is cut, keeping its start
    "please tell me everything about the water and the light and the gravel and the filter " * 3,
]
