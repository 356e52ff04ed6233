"""GuppyLM: parameter layout, overfitting, KV-cache decoding (its gradient check: test_gradcheck_model.py)."""

import dataclasses

import numpy as np
import pytest

from guppy.config import Config, ConfigError, ModelConfig, count_params, get_preset, param_shapes
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


def test_opening_weights_need_the_reply_loss():
    base = get_preset("tiny")
    assert base.replace_train(opening_tokens=4, opening_weight=3.0).train.opening_tokens == 4
    with pytest.raises(ConfigError, match="needs loss_on 'reply'"):
        base.replace_train(loss_on="all", opening_tokens=4, opening_weight=3.0)
    with pytest.raises(ConfigError, match="opening_weight"):
        base.replace_train(opening_weight=0.0)


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
    logits, _ = model.forward(xp.asarray(ids))
    assert logits.shape == (3, 5, 37) and logits.dtype == np.float32
    z = np.asarray(logits.get() if hasattr(logits, "get") else logits, dtype=np.float64)
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
    weights = rng.choice([1.0, 3.0], size=targets.shape).astype(np.float32)  # the head's rows get their weights
    _, weighted = model.forward(xp.asarray(ids), targets, target_weights=weights)
    counted = targets != 0
    expected = (per_token * weights)[counted].sum() / weights[counted].sum()
    assert float(weighted) == pytest.approx(expected, rel=1e-5) and abs(float(weighted) - float(loss)) > 1e-4


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
    model = GuppyLM(small_config(max_seq_len=16), CPU, seed=2)
    ids = np.array([[3, 8, 1, 30, 12, 7, 2]])
    full, _ = model.forward(ids)
    cache = KVCache(model)
    forward_cached(model, ids[:, :4], cache)  # the prompt in one go
    for t in range(4, 7):  # then one token at a time
        step_logits = forward_cached(model, ids[:, t : t + 1], cache)
        np.testing.assert_allclose(step_logits[0], full[0, t], rtol=1e-4, atol=1e-5)


def test_sequence_longer_than_context_is_refused():
    model = GuppyLM(small_config(max_seq_len=6), CPU)
    with pytest.raises(ValueError, match="longer than the context"):
        model.forward(np.ones((1, 7), dtype=np.int64))


# ----------------------------------------------------------------------------- the topic loss


def topic_problem(dtype=np.float64):
    """An untied model with a topic head; a batch with padding, reply-only targets and one row with no reply."""
    config = ModelConfig(vocab_size=11, d_model=8, n_layers=2, n_heads=2, d_ff=12, max_seq_len=10, dropout=0.0)
    config = dataclasses.replace(config, tied_head=False, n_topics=5)
    model = GuppyLM(config, CPU, dtype=dtype, seed=3)
    rng = np.random.default_rng(4)
    for w in model.params.tensors.values():  # O(1) activations, so the topic term is not negligible
        w[...] = rng.normal(0.0, 0.5, w.shape)
    ids = rng.integers(1, config.vocab_size, size=(4, 9))
    targets = rng.integers(1, config.vocab_size, size=(4, 9))
    targets[:, :3] = 0  # the prompt
    targets[1, 6:] = ids[1, 7:] = 0  # padding
    targets[3] = 0  # a row whose reply was cut away: no target, no topic loss
    topics = np.array([4, 0, 2, 1])
    return model, ids, targets, topics


def test_topic_loss_matches_a_slow_reference_and_adds_to_the_reply_loss():
    from guppy.block import block_forward

    model, ids, targets, topics = topic_problem()
    _, reply_loss = model.forward(ids, targets)
    _, loss = model.forward(ids, targets, topics=topics, topic_weight=0.7)
    # the reference: the final norm at each row's first counted position, then one softmax per row
    P, m = model.params.tensors, model.config
    x = P["tok_emb.weight"][ids] + P["pos_emb.weight"][: ids.shape[1]]
    for i in range(m.n_layers):
        x, _ = block_forward(model.kernels, x, P, f"blocks.{i}.", m.n_heads, Pc=P)
    terms = []
    for b in range(3):  # row 3 has no reply, so no topic term
        v = x[b, np.flatnonzero(targets[b])[0]]
        h = (v - v.mean()) / np.sqrt(v.var() + 1e-5) * P["norm.weight"] + P["norm.bias"]
        z = P["topic_head.weight"] @ h
        terms.append(np.log(np.exp(z - z.max()).sum()) + z.max() - z[topics[b]])
    assert np.mean(terms) > 0.1  # a term the comparison can see
    np.testing.assert_allclose(float(loss), float(reply_loss) + 0.7 * np.mean(terms), rtol=1e-12)


def test_topic_loss_gradient_matches_finite_differences():
    """float64 central differences over every parameter: the topic term's gradient reaches them all."""
    from topic_support import check_topic_loss_gradient

    model, ids, targets, topics = topic_problem()
    analytic = check_topic_loss_gradient(model, ids, targets, topics)
    assert np.abs(analytic["topic_head.weight"]).max() > 1e-3
    model.loss_and_grad(ids, targets)  # without topics the topic head gets no gradient
    assert not model.layout.views(model.params.grad)["topic_head.weight"].any()


def test_topics_need_a_topic_head_and_the_reply_loss():
    model = GuppyLM(small_config(), CPU, seed=0)
    ids = np.ones((2, 4), dtype=np.int64)
    with pytest.raises(ValueError, match="no topic head"):
        model.forward(ids, ids, topics=np.array([0, 1]), topic_weight=1.0)
    with pytest.raises(ConfigError, match="needs loss_on 'reply'"):
        dataclasses.replace(get_preset("tiny").train, loss_on="all", topic_weight=1.0)
    assert dict(param_shapes(small_config(n_topics=7)))["topic_head.weight"] == (7, small_config().d_model)
