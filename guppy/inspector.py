"""Inside one reply: what each layer's heads attend to, and which next tokens the fish weighed.

    maps        [L, H, T, T]  maps[l, h, i, j]: how much position i attends to position j in layer l, head h
                              (the softmax probabilities of the attention kernel; each row sums to 1, zero above
                              the diagonal: attention is causal)
    candidates  the k likeliest next tokens at each step of the reply, with their probabilities
                (the softmax of the logits at temperature 1: what the model believes, before the
                temperature and top-k reshape it for sampling)

Both come from one ordinary forward over prompt + reply. The attention kernel keeps its probabilities
for the backward anyway, so `attention_maps` runs the model with a kernel set whose attention_forward
also hands them over (minigrad/kernels/attention.py, attention_probabilities): there is no second
implementation of attention that could drift from the one that trains and talks. The web page's
inspector (guppy/web/guppy.js) computes the same two things; tests/test_web_node.py compares them.
"""

from __future__ import annotations

import contextlib
import types
from dataclasses import dataclass

import numpy as np

import minigrad.kernels as reference_kernels
from guppy.data.chat_format import IM_END_ID
from guppy.generate import build_prompt_ids, generate
from minigrad.backend import to_numpy
from minigrad.kernels.attention import attention_probabilities


@contextlib.contextmanager
def watching_attention(model, watch):
    """Within the block, model runs the reference kernels, and each attention_forward also calls watch(qkv, cache).

    The reference kernels, also on a GPU (they work on CuPy arrays): the fused attention keeps another
    cache. The model's own kernels are put back afterwards, whatever happens.
    """

    def attention_forward(qkv, *args, **kwargs):
        out, cache = reference_kernels.attention_forward(qkv, *args, **kwargs)
        watch(qkv, cache)
        return out, cache

    names = {name: getattr(reference_kernels, name) for name in reference_kernels.__all__}
    own, model.kernels = model.kernels, types.SimpleNamespace(**{**names, "attention_forward": attention_forward})
    try:
        yield
    finally:
        model.kernels = own


def attention_maps(model, ids) -> tuple[np.ndarray, np.ndarray]:
    """(logits [T, V], maps [L, H, T, T]) of one sequence of token ids, as NumPy arrays.

    The evaluation forward (no dropout) runs the head at every position whose target is not padding:
    with a target at every position (any non-pad id; the loss is not read) that is all of them.
    """
    maps = []
    ids = model.xp.asarray([list(ids)], dtype=model.xp.int32)
    with watching_attention(model, lambda qkv, cache: maps.append(to_numpy(attention_probabilities(cache))[0])):
        logits, _ = model.forward(ids, model.xp.ones_like(ids))
    return to_numpy(logits).astype(np.float64), np.stack(maps)


def softmax(logits: np.ndarray) -> np.ndarray:
    """Probabilities over the last axis (shifted by the row's max, so exp never overflows)."""
    z = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return z / z.sum(axis=-1, keepdims=True)


def top_candidates(logits: np.ndarray, k: int = 5) -> tuple[np.ndarray, np.ndarray]:
    """(ids [T, k], probabilities [T, k]): the k likeliest next tokens at each position, likeliest first.

    Ties go to the smaller id (a stable sort), as the page's inspector breaks them.
    """
    probs = softmax(logits)
    ids = np.argsort(-probs, axis=-1, kind="stable")[:, :k]
    return ids, np.take_along_axis(probs, ids, axis=-1)


@dataclass
class Inside:
    """One reply, opened up: the prompt and reply's tokens, the attention maps over them, each step's candidates."""

    ids: list[int]  # prompt + reply
    prompt_length: int
    maps: np.ndarray  # [L, H, T, T]
    candidate_ids: np.ndarray  # [steps, k]: step s chose ids[prompt_length + s] (the last step may choose the end)
    candidate_probs: np.ndarray  # [steps, k]
    chosen: list[int]  # the token each step chose: the reply's, then IM_END_ID when the reply ended by itself


def look_inside(model, tokenizer, text: str, max_tokens: int = 64, temperature=0.0, top_k=50, seed=None, k=5):
    """The fish's reply to `text` (as guppy chat makes it), with its attention maps and its top-k at every step."""
    reserve = min(max_tokens, model.config.max_seq_len // 2)
    prompt_ids, _ = build_prompt_ids(tokenizer, text, model.config.max_seq_len, reserve)
    reply_ids = generate(model, prompt_ids, max_tokens, temperature, top_k, seed)
    ids = prompt_ids + reply_ids
    logits, maps = attention_maps(model, ids)
    ended = len(ids) < model.config.max_seq_len and len(reply_ids) < max_tokens  # it chose the end token
    chosen = reply_ids + ([IM_END_ID] if ended else [])
    steps = logits[len(prompt_ids) - 1 : len(prompt_ids) - 1 + len(chosen)]  # the position before each choice
    candidate_ids, candidate_probs = top_candidates(steps, k)
    return Inside(ids, len(prompt_ids), maps, candidate_ids, candidate_probs, chosen)
