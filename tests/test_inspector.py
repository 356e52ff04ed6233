"""guppy/inspector.py: the attention maps are the model's own softmax probabilities, the candidates its own softmax."""

from __future__ import annotations

import numpy as np
import pytest
from web_support import PROMPTS, make_run, python_reply

from guppy.data.chat_format import IM_END_ID
from guppy.generate import KVCache, forward_cached
from guppy.inspector import attention_maps, look_inside, top_candidates
from guppy.training.checkpoint import load_run


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return make_run(str(tmp_path_factory.mktemp("inspector_run")))


@pytest.fixture(scope="module")
def fish(run):
    return load_run(run)


def first_layer_maps(model, ids) -> np.ndarray:
    """Layer 0's attention [H, T, T] recomputed in float64 from the weights: softmax(q k^T / sqrt(hd)), causal."""
    P, m = model.params.tensors, model.config
    T, H, hd = len(ids), m.n_heads, m.head_dim
    x = P["tok_emb.weight"][ids].astype(np.float64) + P["pos_emb.weight"][:T]
    xhat = (x - x.mean(-1, keepdims=True)) / np.sqrt(x.var(-1, keepdims=True) + 1e-5)
    h = xhat * P["blocks.0.norm1.weight"] + P["blocks.0.norm1.bias"]
    qkv = h @ P["blocks.0.attn.qkv.weight"].T + P["blocks.0.attn.qkv.bias"]
    q, k = (qkv[:, part * m.d_model : (part + 1) * m.d_model].reshape(T, H, hd).transpose(1, 0, 2) for part in (0, 1))
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(hd) + np.triu(np.full((T, T), -np.inf), 1)
    e = np.exp(scores - scores.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


def test_the_maps_are_the_forwards_attention_and_the_forward_is_unchanged(fish):
    model, _, config = fish
    ids = np.random.default_rng(4).integers(0, config.model.vocab_size, size=config.model.max_seq_len).tolist()
    kernels = model.kernels
    logits, maps = attention_maps(model, ids)
    assert model.kernels is kernels
    T = len(ids)
    assert maps.shape == (config.model.n_layers, config.model.n_heads, T, T)
    assert np.abs(maps.sum(-1) - 1).max() < 1e-5 and not np.triu(maps, 1).any()  # rows of a softmax, causal
    assert np.abs(maps[0] - first_layer_maps(model, ids)).max() < 1e-5  # float32 against float64
    assert maps.std(axis=(2, 3)).min() > 0  # every head's map is its own, not a copy of another's
    # the logits are the model's: the last position's equal generation's (KV-cache path) within float32 rounding
    cached = forward_cached(model, np.asarray([ids], dtype=np.int32), KVCache(model))[0]
    assert np.abs(logits[-1] - cached).max() <= 1e-5 * np.abs(cached).max()


def test_look_inside_follows_the_greedy_reply_step_by_step(run, fish):
    model, tokenizer, _ = fish
    for prompt in PROMPTS[:4]:
        inside = look_inside(model, tokenizer, prompt, max_tokens=64)
        reply_ids = inside.ids[inside.prompt_length :]
        ended = inside.chosen[-1] == IM_END_ID
        assert inside.chosen == reply_ids + ([IM_END_ID] if ended else [])
        assert inside.candidate_ids[:, 0].tolist() == inside.chosen  # greedy: each step's first candidate
        assert (np.diff(inside.candidate_probs, axis=1) <= 0).all() and (inside.candidate_probs[:, 0] <= 1).all()
        assert python_reply(run, prompt)["ids"] == reply_ids  # guppy chat's greedy reply


def test_top_candidates_are_the_softmax_sorted():
    logits = np.array([[1.0, 3.0, 2.0, 3.0, -1.0]])
    ids, probs = top_candidates(logits, k=3)
    p = np.exp(logits[0]) / np.exp(logits[0]).sum()
    assert ids.tolist() == [[1, 3, 2]]  # a tie goes to the smaller id
    assert np.allclose(probs[0], p[[1, 3, 2]], rtol=1e-12)
