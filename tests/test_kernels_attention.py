"""Attention kernel: explicit-loop reference, float64 gradcheck, masks, dropout, layouts."""

import math

import numpy as np
import pytest

from minigrad.backend import make_rng, to_numpy
from minigrad.gradcheck import check_kernel
from minigrad.kernels import attention_backward, attention_forward

U32 = 2.0**-24  # float32 unit roundoff
B, T, H, HD = 3, 5, 2, 3
D = H * HD


def make_qkv(xp, dtype, seed=0):
    return xp.asarray(np.random.default_rng(seed).standard_normal((B, T, 3 * D)), dtype=dtype)


def loop_attention(qkv, n_heads, keep=None, p=0.0):
    """Explicit loops over batch, head and query; keep: the dropout mask [B, H, T, T]."""
    Bq, Tq, three_d = qkv.shape
    d = three_d // 3
    hd = d // n_heads
    out = np.zeros((Bq, Tq, d))
    for b in range(Bq):
        for h in range(n_heads):
            cols = slice(h * hd, (h + 1) * hd)
            for t in range(Tq):
                q = qkv[b, t, :d][cols]
                keys = range(t + 1)  # causal: keys 0 .. t
                scores = [math.fsum(q * qkv[b, j, d : 2 * d][cols]) / math.sqrt(hd) for j in keys]
                m = max(scores)
                weights = [math.exp(s - m) for s in scores]
                total = math.fsum(weights)
                for j, w in zip(keys, weights):
                    w = w / total
                    if keep is not None:
                        w = w * keep[b, h, t, j] / (1.0 - p)
                    out[b, t, cols] += w * qkv[b, j, 2 * d :][cols]
    return out


def test_forward_matches_loops(xp):
    qkv = make_qkv(xp, np.float64)
    out, _ = attention_forward(qkv, H)
    ref = loop_attention(to_numpy(qkv), H)
    np.testing.assert_allclose(to_numpy(out), ref, rtol=0, atol=1e-13)


def test_dropout_forward_matches_loops_with_the_same_mask(xp):
    qkv = make_qkv(xp, np.float64)
    out, _ = attention_forward(qkv, H, dropout_p=0.25, rng=make_rng(xp, 9), training=True)
    keep = to_numpy(make_rng(xp, 9).random((B, H, T, T), dtype=np.float32) >= np.float32(0.25))
    ref = loop_attention(to_numpy(qkv), H, keep=keep, p=0.25)
    np.testing.assert_allclose(to_numpy(out), ref, rtol=0, atol=1e-13)


@pytest.mark.parametrize("case", ["causal", "dropout"])
def test_gradcheck_float64(xp, case):
    kwargs = {"dropout_p": 0.3, "training": True} if case == "dropout" else {}

    def forward(qkv):
        return attention_forward(qkv, H, rng=make_rng(xp, 4), **kwargs)  # same seed, same mask

    errors = check_kernel(forward, attention_backward, {"qkv": make_qkv(xp, np.float64)}, ("qkv",))
    assert errors["qkv"] < 1e-7, errors


def test_eval_mode_ignores_dropout(xp):
    qkv = make_qkv(xp, np.float64)
    a, _ = attention_forward(qkv, H, dropout_p=0.5, rng=make_rng(xp, 1), training=False)
    b, _ = attention_forward(qkv, H)
    assert np.array_equal(to_numpy(a), to_numpy(b))


def test_float32_close_to_float64(xp):
    """Scores sum HD = 3 products, the softmax adds <= T = 5 exponentials of O(3)
    arguments, and the output sums <= 5 weighted values: depth ~ 3 + 5 + 5 + |s| ~ 16,
    so we allow 16 u relative to max |out|; the backward repeats the chain in reverse
    (depth ~ 2x), so 32 u relative to max |dqkv|."""
    qkv64 = make_qkv(xp, np.float64)
    out32, c32 = attention_forward(qkv64.astype(np.float32), H)
    out64, c64 = attention_forward(qkv64, H)
    assert out32.dtype == np.float32
    assert np.abs(to_numpy(out32) - to_numpy(out64)).max() <= 16 * U32 * np.abs(to_numpy(out64)).max()
    dout = xp.asarray(np.random.default_rng(2).standard_normal(out64.shape))
    d32 = attention_backward(dout.astype(np.float32), c32)
    d64 = attention_backward(dout, c64)
    assert d32.dtype == np.float32
    assert np.abs(to_numpy(d32) - to_numpy(d64)).max() <= 32 * U32 * np.abs(to_numpy(d64)).max()


def test_noncontiguous_qkv_same_result(xp):
    qkv = make_qkv(xp, np.float64)
    wide = xp.zeros((B, 2 * T, 3 * D + 4))
    wide[:, ::2, 2 : 2 + 3 * D] = qkv
    view = wide[:, ::2, 2 : 2 + 3 * D]  # strided time axis, offset columns
    assert not view.flags.c_contiguous
    out_a, cache_a = attention_forward(qkv, H)
    out_b, cache_b = attention_forward(view, H)
    np.testing.assert_allclose(to_numpy(out_b), to_numpy(out_a), rtol=0, atol=1e-14)
    dout = xp.asarray(np.random.default_rng(3).standard_normal(out_a.shape))
    dout_view = xp.ascontiguousarray(dout.transpose(2, 1, 0)).transpose(2, 1, 0)
    np.testing.assert_allclose(
        to_numpy(attention_backward(dout_view, cache_b)),
        to_numpy(attention_backward(dout, cache_a)),
        rtol=0,
        atol=1e-14,
    )


def test_bad_input_raises(xp):
    qkv = make_qkv(xp, np.float64)
    with pytest.raises(ValueError, match="divisible"):
        attention_forward(qkv, 4)
    with pytest.raises(ValueError, match=r"\[B, T, 3D\]"):
        attention_forward(qkv[..., :-1], H)
    with pytest.raises(ValueError, match="rng"):
        attention_forward(qkv, H, dropout_p=0.1, training=True)


def test_cache_holds_only_what_the_backward_reads(xp):
    """qkv itself (q, k, v are views of it), P and the dropout mask: no scaled copy of q, no A."""
    qkv = make_qkv(xp, np.float32)
    _, cache = attention_forward(qkv, H, dropout_p=0.2, rng=make_rng(xp, 3), training=True)
    held = [a for a in (cache[0], *cache[2], *(cache[3] or ())) if hasattr(a, "shape") and a.ndim > 0]
    assert held[0] is qkv
    assert sorted(a.shape for a in held) == sorted([qkv.shape, (B, H, T, T), (B, H, T, T)])  # qkv, P, mask
    assert sum(a.nbytes for a in held) == qkv.nbytes + B * H * T * T * (4 + 1)
    _, cache = attention_forward(qkv, H)  # no dropout: no mask either
    assert cache[3] is None


def test_the_causal_mask_is_built_once_per_length(xp):
    from minigrad.kernels.attention import causal_bias

    a = causal_bias(xp, T, T, np.dtype(np.float32))
    assert causal_bias(xp, T, T, np.dtype(np.float32)) is a
    assert to_numpy(a).tolist() == np.where(np.tri(T, dtype=bool), 0.0, -np.inf).tolist()
    last_two = to_numpy(causal_bias(xp, 2, T, np.dtype(np.float32)))  # the last 2 queries of T keys
    assert np.array_equal(np.isfinite(last_two), np.tri(T, dtype=bool)[-2:])


def test_cached_forward_matches_the_full_forward(xp):
    """The prompt in one go, then one token at a time: the same outputs as attention over the whole sequence."""
    from minigrad.kernels import attention_forward_cached

    qkv = make_qkv(xp, np.float64)
    full, _ = attention_forward(qkv, H)
    keys = xp.zeros((B, H, T + 2, HD))
    values = xp.zeros((B, H, T + 2, HD))
    parts = [attention_forward_cached(qkv[:, :3], H, keys, values, 0)]
    parts += [attention_forward_cached(qkv[:, t : t + 1], H, keys, values, t) for t in range(3, T)]
    np.testing.assert_allclose(to_numpy(xp.concatenate(parts, axis=1)), to_numpy(full), rtol=0, atol=1e-14)
    with pytest.raises(ValueError, match="KV cache"):
        attention_forward_cached(qkv[:, :3], H, keys, values, T)  # positions T..T+2 do not fit in T+2
