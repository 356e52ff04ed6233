"""GuppyLM: parameter layout, overfitting, KV-cache decoding (its gradient check: test_gradcheck_model.py)."""

import copy
import dataclasses

import numpy as np
import pytest

from guppy.config import RETIRED_KEYS, Config, ConfigError, ModelConfig, count_params, get_preset, param_shapes
from guppy.generate import KVCache, forward_cached, generate
from guppy.model import GuppyLM
from minigrad.backend import CPU, Backend
from minigrad.optim import AdamW


def test_full_preset_has_the_design_parameter_count():
    assert count_params(get_preset("guppy").model) == 8_726_016


def test_tensor_names_and_shapes_follow_design():
    shapes = dict(param_shapes(get_preset("guppy").model))
    assert shapes["tok_emb.weight"] == (4096, 384)
    assert shapes["pos_emb.weight"] == (128, 384)
    assert shapes["blocks.5.attn.qkv.weight"] == (1152, 384)
    assert shapes["blocks.0.ffn.down.weight"] == (384, 768)
    assert shapes["norm.bias"] == (384,)
    assert "lm_head.weight" not in shapes  # tied: stored once as tok_emb.weight
    assert len(shapes) == 2 + 6 * 12 + 2


def test_an_untied_head_is_its_own_matrix_and_old_configs_stay_tied():
    cpu = get_preset("cpu").model
    assert not cpu.tied_head and param_shapes(cpu)[-1] == ("head.weight", (4096, 128))
    assert count_params(cpu) == count_params(dataclasses.replace(cpu, tied_head=True)) + 4096 * 128
    before = get_preset("guppy").to_dict()
    del before["model"]["tied_head"]  # a config.json written before the field existed
    assert Config.from_dict(before).model.tied_head
    with pytest.raises(ConfigError, match="tied_head must be true or false"):
        ModelConfig(tied_head=1)
    # the head's gradient lands in head.weight, the lookup's in tok_emb.weight
    model = GuppyLM(small_config(tied_head=False), seed=1)
    ids = np.array([[3, 5, 7, 9]])
    targets = np.array([[0, 6, 8, 10]])
    model.loss_and_grad(ids, targets)
    G = model.params.grads
    assert np.abs(G["head.weight"][[6, 8, 10]]).sum() > 0 and np.abs(G["head.weight"][[3, 5]]).sum() > 0
    assert np.abs(G["tok_emb.weight"][[6, 8, 10, 11]]).sum() == 0  # never looked up: no gradient at all
    assert np.abs(G["tok_emb.weight"][[3, 5, 7, 9]]).sum() > 0


def test_retired_topic_keys_load_at_their_neutral_values_only():
    """A run trained before the topic machinery went: its neutral keys are dropped, anything else refused."""
    old = get_preset("guppy").to_dict()
    for part, keys in RETIRED_KEYS.items():
        old[part].update(keys)
    assert Config.from_dict(old) == get_preset("guppy")
    for part, keys in RETIRED_KEYS.items():
        for key, neutral in keys.items():
            # any other value (and a bool where a number belongs, or the reverse) is a run of the old machinery
            others = (not neutral, 1) if isinstance(neutral, bool) else (neutral + 1, bool(neutral))
            for value in others:
                used = copy.deepcopy(old)
                used[part][key] = value
                with pytest.raises(ConfigError, match=f"{key} is .*retired topic machinery") as info:
                    Config.from_dict(used)
                assert "\n" not in str(info.value)
    with pytest.raises(TypeError):  # the dataclasses themselves no longer have the fields
        ModelConfig(**RETIRED_KEYS["model"])


def small_config(**overrides):
    base = dict(vocab_size=37, d_model=16, n_layers=2, n_heads=2, d_ff=24, max_seq_len=12, dropout=0.0)
    base.update(overrides)
    return ModelConfig(**base)


def test_forward_shapes_and_loss_ignores_padding(xp):
    model = GuppyLM(small_config(), Backend(xp, "cpu" if xp is np else "cuda"), seed=3)
    rng = np.random.default_rng(0)
    ids = rng.integers(1, 37, size=(3, 5))
    targets = rng.integers(1, 37, size=(3, 5))
    targets[0, 3:] = 0
    targets[2, 4] = 0
    logits, _ = model.forward(xp.asarray(ids), np.ones_like(ids))  # every position counts: all the logits
    assert logits.shape == (15, 37) and logits.dtype == np.float32
    z = np.asarray(logits.get() if hasattr(logits, "get") else logits, dtype=np.float64).reshape(3, 5, 37)
    for host_targets in (True, False):  # host targets take the no-sync path, device ones the other
        picked, loss = model.forward(xp.asarray(ids), targets if host_targets else xp.asarray(targets))
        # with targets, the head runs only where a target counts: those rows of the full logits
        picked = np.asarray(picked.get() if hasattr(picked, "get") else picked, dtype=np.float64)
        np.testing.assert_allclose(picked, z[targets != 0], rtol=1e-5, atol=1e-6)
    log_probs = z - z.max(-1, keepdims=True)
    log_probs -= np.log(np.exp(log_probs).sum(-1, keepdims=True))
    per_token = -np.take_along_axis(log_probs, targets[..., None], -1)[..., 0]
    expected = per_token[targets != 0].mean()
    assert float(loss) == pytest.approx(expected, rel=1e-5)


def test_model_overfits_one_batch():
    """A single repeated batch must be learned almost perfectly: the gradients point the right way."""
    model = GuppyLM(small_config(), CPU, seed=0)
    rng = np.random.default_rng(1)
    ids = rng.integers(1, 37, size=(4, 10))
    targets = np.roll(ids, -1, axis=1)
    targets[:, -1] = 0
    opt = AdamW(model.params, lr=1e-2, weight_decay=0.0)
    first = float(model.loss_and_grad(ids, targets))
    for _ in range(150):
        loss = float(model.loss_and_grad(ids, targets))
        opt.step()
    assert first > 3.0
    assert loss < 0.05


def test_kv_cache_matches_full_recompute_greedy():
    model = GuppyLM(small_config(max_seq_len=32), CPU, seed=5)
    model.params.data[:] *= 10  # sharper distributions so greedy paths differ between prompts
    prompt = [1, 7, 9, 11, 4]
    cached = generate(model, prompt, max_new_tokens=20, temperature=0.0, stop_id=-1, use_cache=True)
    full = generate(model, prompt, max_new_tokens=20, temperature=0.0, stop_id=-1, use_cache=False)
    assert cached == full and len(cached) == 20


def test_kv_cache_logits_match_forward():
    """Generation's path (the head at the last position only, a KV cache) gives forward's logits."""
    model = GuppyLM(small_config(max_seq_len=16), CPU, seed=2)
    ids = np.array([[3, 8, 1, 30, 12, 7, 2], [5, 5, 9, 1, 2, 3, 4]])
    full = model.forward(ids, np.ones_like(ids))[0].reshape(2, 7, -1)
    cache = KVCache(model, batch=2)
    first = forward_cached(model, ids[:, :4], cache)  # the prompt in one go: [B, V] of its last position
    assert first.shape == (2, 37) and cache.length == 4
    np.testing.assert_allclose(first, full[:, 3], rtol=1e-4, atol=1e-5)
    for t in range(4, 7):  # then one token at a time
        step_logits = forward_cached(model, ids[:, t : t + 1], cache)
        np.testing.assert_allclose(step_logits, full[:, t], rtol=1e-4, atol=1e-5)


def test_sequence_longer_than_context_is_refused():
    model = GuppyLM(small_config(max_seq_len=6), CPU)
    ids = np.ones((1, 7), dtype=np.int64)
    with pytest.raises(ValueError, match="longer than the context"):
        model.forward(ids, ids)
    with pytest.raises(ValueError, match="longer than the context"):
        model.next_logits(ids, KVCache(model))
