"""Softmax kernel: per-row reference, float64 gradcheck, stability, masked rows, layouts."""

import math

import numpy as np
import pytest

from minigrad.backend import to_numpy
from minigrad.gradcheck import check_kernel
from minigrad.kernels import softmax_backward, softmax_forward

U32 = 2.0**-24  # float32 unit roundoff


def row_softmax(row):
    m = max(row)
    e = [math.exp(v - m) for v in row]
    z = math.fsum(e)
    return [v / z for v in e]


def make_x(xp, dtype, shape=(3, 5, 7), scale=2.0, seed=0):
    return xp.asarray(np.random.default_rng(seed).standard_normal(shape) * scale, dtype=dtype)


@pytest.mark.parametrize("axis", [-1, 1, 0])
def test_forward_matches_rows(xp, axis):
    x = make_x(xp, np.float64)
    p, _ = softmax_forward(x, axis=axis)
    moved = np.moveaxis(to_numpy(x), axis, -1)
    ref = np.array([row_softmax(r) for r in moved.reshape(-1, moved.shape[-1])]).reshape(moved.shape)
    np.testing.assert_allclose(to_numpy(p), np.moveaxis(ref, -1, axis), rtol=0, atol=1e-15)


@pytest.mark.parametrize("axis", [-1, 1])
def test_gradcheck_float64(xp, axis):
    errors = check_kernel(
        lambda x: softmax_forward(x, axis=axis), softmax_backward, {"x": make_x(xp, np.float64)}, ("x",)
    )
    assert errors["x"] < 1e-7, errors


def test_large_logits_and_all_masked_rows(xp):
    x = make_x(xp, np.float32)
    x[0, 0] += 1e4  # would overflow exp without the max subtraction
    x[1, 2] = -math.inf  # a row that sees nothing: zeros, not NaN
    x[2, 3, :4] = -math.inf  # partly masked: those entries get exactly 0
    p, cache = softmax_forward(x)
    p_n = to_numpy(p)
    assert np.isfinite(p_n).all()
    np.testing.assert_allclose(p_n[0, 0], row_softmax(to_numpy(x)[0, 0].astype(np.float64)), atol=1e-6)
    assert not p_n[1, 2].any() and not p_n[2, 3, :4].any()
    np.testing.assert_allclose(p_n.sum(axis=-1)[np.arange(3) != 1], 1.0, atol=1e-6)
    dx = to_numpy(softmax_backward(make_x(xp, np.float32, seed=1), cache))
    assert np.isfinite(dx).all() and not dx[1, 2].any()


def test_float32_close_to_float64(xp):
    """exp(x) in float32 carries ~|x| u of relative error from rounding x itself, and
    the row sum adds 7 terms: we allow (max|x| + 7 + 2) u, relative to max p."""
    x64 = make_x(xp, np.float64)
    p32, c32 = softmax_forward(x64.astype(np.float32))
    p64, c64 = softmax_forward(x64)
    assert p32.dtype == np.float32
    bound = (np.abs(to_numpy(x64)).max() + 9) * U32
    assert np.abs(to_numpy(p32) - to_numpy(p64)).max() <= bound
    dp = make_x(xp, np.float64, seed=2)
    dx32 = softmax_backward(dp.astype(np.float32), c32)
    dx64 = softmax_backward(dp, c64)
    assert dx32.dtype == np.float32
    assert np.abs(to_numpy(dx32) - to_numpy(dx64)).max() <= 2 * bound * np.abs(to_numpy(dp)).max()


def test_in_place_and_noncontiguous(xp):
    x = make_x(xp, np.float64, shape=(4, 6, 9))
    view = x[:, ::2, 1:]  # strided and offset
    assert not view.flags.c_contiguous
    p_ref, _ = softmax_forward(xp.ascontiguousarray(view))
    p_view, cache = softmax_forward(view)
    np.testing.assert_allclose(to_numpy(p_view), to_numpy(p_ref), rtol=0, atol=1e-15)
    buffer = x.copy()
    p_inplace, _ = softmax_forward(buffer, out=buffer)
    assert p_inplace is buffer
    np.testing.assert_allclose(to_numpy(buffer), to_numpy(softmax_forward(x)[0]), rtol=0, atol=1e-15)
    dp = make_x(xp, np.float64, shape=(4, 3, 8), seed=3)
    dx_ref = softmax_backward(dp, cache)
    dp_copy = dp.copy()
    dx_inplace = softmax_backward(dp_copy, cache, out=dp_copy)
    assert dx_inplace is dp_copy
    np.testing.assert_allclose(to_numpy(dx_inplace), to_numpy(dx_ref), rtol=0, atol=1e-15)
