"""Mixed precision in the reference kernels: float16 inputs against float64 on the same values.

Each test rounds random inputs to float16 once, runs the kernel on them, and runs the
float64 kernel on the SAME (float16-exact) values. What is left is the kernel's own
error, measured in U16 = 2^-11, float16's unit roundoff (rounding one number to
float16 moves it by at most U16 of its size):

  * outputs stored in float16 carry one final rounding: <= U16 of the largest entry,
    plus float32 noise from the internal arithmetic (~1e-7), so we allow 1.5 U16;
  * reductions that stay float32 (LayerNorm's dgamma/dbeta, the loss) are checked at
    float32 level, 1e-5 relative: a float16 accumulation would miss that by ~100x;
  * where a float16 rounding feeds later arithmetic (softmax's cached p, attention's
    float16 scores), the bound says how the rounding propagates.
"""

import numpy as np

from minigrad.backend import to_numpy
from minigrad.kernels import (
    attention_backward,
    attention_forward,
    cross_entropy_backward,
    cross_entropy_forward,
    layernorm_backward,
    layernorm_forward,
    softmax_backward,
    softmax_forward,
)
from minigrad.relative_error import max_relative_error as rel_to_max

U16 = 2.0**-11


def half_and_double(xp, host):
    """(float16 device array, float64 device array of exactly the same values)."""
    h = np.asarray(host).astype(np.float16)
    return xp.asarray(h), xp.asarray(h.astype(np.float64))


def test_layernorm_fp16(xp):
    rng = np.random.default_rng(0)
    x16, x64 = half_and_double(xp, rng.standard_normal((3, 5, 384)) * 3 + 1.5)
    gamma = (1 + 0.3 * rng.standard_normal(384)).astype(np.float32)
    beta = rng.standard_normal(384).astype(np.float32)
    y16, c16 = layernorm_forward(x16, xp.asarray(gamma), xp.asarray(beta))
    y64, c64 = layernorm_forward(x64, xp.asarray(gamma, np.float64), xp.asarray(beta, np.float64))
    assert y16.dtype == np.float16 and c16[0].dtype == c16[2].dtype == np.float32  # xhat, rstd in float32
    assert rel_to_max(y16, y64) <= 1.5 * U16
    dy16, dy64 = half_and_double(xp, rng.standard_normal((3, 5, 384)))
    (dx16, dg16, db16), (dx64, dg64, db64) = layernorm_backward(dy16, c16), layernorm_backward(dy64, c64)
    assert dx16.dtype == np.float16 and dg16.dtype == db16.dtype == np.float32
    assert rel_to_max(dx16, dx64) <= 1.5 * U16
    assert rel_to_max(dg16, dg64) <= 1e-5 and rel_to_max(db16, db64) <= 1e-5


def test_softmax_fp16(xp):
    """p: one rounding. dx = p (dp - sum(dp p)) reads the float16 p, whose rounding
    (<= U16 p) enters each of the three factors once; with dx's own rounding the
    error is at most 4 U16 max|p| max|dp|."""
    rng = np.random.default_rng(1)
    x16, x64 = half_and_double(xp, rng.standard_normal((3, 5, 7)) * 2)
    x16[1, 2, :3] = x64[1, 2, :3] = -np.inf  # masked entries stay exact zeros
    p16, c16 = softmax_forward(x16)
    p64, c64 = softmax_forward(x64)
    assert p16.dtype == np.float16 and rel_to_max(p16, p64) <= 1.5 * U16
    assert not to_numpy(p16)[1, 2, :3].any()
    dp16, dp64 = half_and_double(xp, rng.standard_normal((3, 5, 7)))
    dx16 = softmax_backward(dp16, c16)
    dx64 = softmax_backward(dp64, c64)
    assert dx16.dtype == np.float16
    err = np.abs(to_numpy(dx16).astype(np.float64) - to_numpy(dx64)).max()
    assert err <= 4 * U16 * float(np.abs(to_numpy(p64)).max() * np.abs(to_numpy(dp64)).max())
    buffer = x16.copy()  # in place, as attention calls it
    assert softmax_forward(buffer, out=buffer)[0] is buffer and bool((buffer == p16).all())


def test_cross_entropy_fp16_loss_is_float32(xp):
    rng = np.random.default_rng(2)
    z16, z64 = half_and_double(xp, rng.standard_normal((3, 5, 7)) * 2)
    targets = rng.integers(1, 7, size=(3, 5))
    targets[0, 1] = 0  # padding
    t = xp.asarray(targets)
    loss16, c16 = cross_entropy_forward(z16, t)
    loss64, c64 = cross_entropy_forward(z64, t)
    assert loss16.dtype == np.float32 and abs(float(loss16) - float(loss64)) <= 1e-6 * abs(float(loss64))
    z_before = to_numpy(z16).copy()
    d16 = cross_entropy_backward(xp.asarray(1024.0, dtype=np.float32), c16)  # dloss = a loss scale
    d64 = cross_entropy_backward(1024.0, c64)
    assert d16.dtype == np.float16 and rel_to_max(d16, d64) <= 1.5 * U16
    assert (to_numpy(z16) == z_before).all()  # the caller's float16 logits are not overwritten


def test_cross_entropy_fp16_scale_before_rounding_keeps_small_gradients(xp):
    """V = 2000 with one dominant class: most p_i / n_valid are ~5e-9, below float16's
    smallest number (6e-8). Scaled by 65536 in float32 BEFORE rounding, every entry
    keeps full float16 precision (<= 1.5 U16 relative, entry by entry); without the
    scale nearly all of them become 0."""
    rng = np.random.default_rng(3)
    z = np.full((3, 5, 2000), -8.0)
    z[..., 0] = 8.0
    z16, z64 = half_and_double(xp, z + 0.1 * rng.standard_normal(z.shape))
    t = xp.asarray(rng.integers(1, 2000, size=(3, 5)))
    scaled = to_numpy(cross_entropy_backward(xp.asarray(65536.0, np.float32), cross_entropy_forward(z16, t)[1]))
    exact = to_numpy(cross_entropy_backward(65536.0, cross_entropy_forward(z64, t)[1]))
    nonzero = exact != 0
    assert np.abs(exact[nonzero]).min() / 65536 < 6e-8  # the case is real: below float16's range unscaled
    assert (np.abs(scaled[nonzero].astype(np.float64) - exact[nonzero]) <= 1.5 * U16 * np.abs(exact[nonzero])).all()
    unscaled = to_numpy(cross_entropy_backward(1.0, cross_entropy_forward(z16, t)[1]))
    assert (unscaled[nonzero] == 0).mean() > 0.9


def test_attention_fp16(xp):
    """The scores q k^T / sqrt(hd) come out of a float16 matmul: each is off by up to
    U16 |S|, which moves p by up to 2 U16 max|S| relative; P, O and the gradients add
    a few roundings of their own. Bound: (2 max|S| + 4) U16 of the largest entry."""
    rng = np.random.default_rng(4)
    B, T, H, hd = 3, 5, 2, 16
    qkv16, qkv64 = half_and_double(xp, rng.standard_normal((B, T, 3 * H * hd)))
    out16, c16 = attention_forward(qkv16, H)
    out64, c64 = attention_forward(qkv64, H)
    q, k, _ = to_numpy(qkv64).reshape(B, T, 3, H, hd).transpose(2, 0, 3, 1, 4)
    bound = (2 * np.abs(q @ k.swapaxes(-1, -2)).max() / np.sqrt(hd) + 4) * U16
    assert out16.dtype == np.float16 and c16[2][0].dtype == np.float16  # P stored in float16
    assert rel_to_max(out16, out64) <= bound
    d16, d64 = half_and_double(xp, rng.standard_normal((B, T, H * hd)))
    dqkv16 = attention_backward(d16, c16)
    assert dqkv16.dtype == np.float16 and rel_to_max(dqkv16, attention_backward(d64, c64)) <= bound
