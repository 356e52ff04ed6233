"""Linear kernel: loop reference, float64 gradcheck, float32 error, odd layouts."""

import math

import numpy as np
import pytest

from minigrad.backend import to_numpy
from minigrad.gradcheck import check_kernel
from minigrad.kernels import linear_backward, linear_forward

U32 = 2.0**-24  # float32 unit roundoff


def make_inputs(xp, dtype, lead=(3, 5), n_in=7, n_out=9, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((*lead, n_in))
    W = rng.standard_normal((n_out, n_in))
    b = rng.standard_normal(n_out)
    return (xp.asarray(a, dtype=dtype) for a in (x, W, b))


def loop_linear(x, W, b):
    rows = x.reshape(-1, x.shape[-1])
    y = np.zeros((rows.shape[0], W.shape[0]))
    for n in range(rows.shape[0]):
        for j in range(W.shape[0]):
            y[n, j] = math.fsum(rows[n, i] * W[j, i] for i in range(W.shape[1])) + (0.0 if b is None else b[j])
    return y.reshape(*x.shape[:-1], W.shape[0])


@pytest.mark.parametrize("with_bias", [True, False])
def test_forward_matches_loops(xp, with_bias):
    x, W, b = make_inputs(xp, np.float64)
    b = b if with_bias else None
    y, _ = linear_forward(x, W, b)
    ref = loop_linear(to_numpy(x), to_numpy(W), None if b is None else to_numpy(b))
    np.testing.assert_allclose(to_numpy(y), ref, rtol=0, atol=1e-13)


def test_backward_matches_formulas_by_loops(xp):
    x, W, b = make_inputs(xp, np.float64, lead=(2, 3), n_in=4, n_out=5)
    y, cache = linear_forward(x, W, b)
    dy = np.random.default_rng(1).standard_normal(y.shape)
    dx, dW, db = linear_backward(xp.asarray(dy), cache)
    xn, Wn = to_numpy(x).reshape(-1, 4), to_numpy(W)
    dyn = dy.reshape(-1, 5)
    ref_dx = [[sum(dyn[n, j] * Wn[j, i] for j in range(5)) for i in range(4)] for n in range(6)]
    ref_dW = [[sum(dyn[n, j] * xn[n, i] for n in range(6)) for i in range(4)] for j in range(5)]
    np.testing.assert_allclose(to_numpy(dx).reshape(6, 4), ref_dx, atol=1e-13)
    np.testing.assert_allclose(to_numpy(dW), ref_dW, atol=1e-13)
    np.testing.assert_allclose(to_numpy(db), dyn.sum(axis=0), atol=1e-13)


@pytest.mark.parametrize("lead", [(3, 5), (4,), (2, 3, 2)])
def test_gradcheck_float64(xp, lead):
    x, W, b = make_inputs(xp, np.float64, lead=lead)
    errors = check_kernel(linear_forward, linear_backward, {"x": x, "W": W, "b": b}, ("x", "W", "b"))
    assert max(errors.values()) < 1e-7, errors


def test_without_bias_gives_db_none(xp):
    x, W, _ = make_inputs(xp, np.float64)
    y, cache = linear_forward(x, W, None)
    dx, dW, db = linear_backward(xp.ones_like(y) * 0.5, cache)
    assert db is None and dx.shape == x.shape and dW.shape == W.shape
    errors = check_kernel(
        lambda x, W: linear_forward(x, W), lambda d, c: linear_backward(d, c)[:2], {"x": x, "W": W}, ("x", "W")
    )
    assert max(errors.values()) < 1e-7, errors


def test_float32_close_to_float64(xp):
    """Each output is a dot product of n_in = 7 terms plus the bias, and each gradient
    a sum over 9 outputs or 15 rows: the worst-case rounding of a depth-d sum is about
    d*u of the sum of magnitudes (u = 2^-24); we allow (d + 2) * u of that, the +2 for
    rounding the inputs themselves to float32."""
    x32, W32, b32 = make_inputs(xp, np.float32)
    x64, W64, b64 = make_inputs(xp, np.float64)
    y32, c32 = linear_forward(x32, W32, b32)
    y64, c64 = linear_forward(x64, W64, b64)
    assert y32.dtype == np.float32
    magnitude = np.abs(to_numpy(x64)) @ np.abs(to_numpy(W64)).T + np.abs(to_numpy(b64))
    assert np.all(np.abs(to_numpy(y32) - to_numpy(y64)) <= (8 + 2) * U32 * magnitude)
    dy = np.random.default_rng(5).standard_normal(y64.shape)
    grads32 = linear_backward(xp.asarray(dy, dtype=np.float32), c32)
    grads64 = linear_backward(xp.asarray(dy), c64)
    abs_dy = np.abs(dy).reshape(-1, 9)
    abs_x = np.abs(to_numpy(x64)).reshape(-1, 7)
    magnitudes = (abs_dy @ np.abs(to_numpy(W64)), abs_dy.T @ abs_x, abs_dy.sum(axis=0))  # dx, dW, db
    for g32, g64, magnitude, depth in zip(grads32, grads64, magnitudes, (9, 15, 15)):
        assert g32.dtype == np.float32
        err = np.abs(to_numpy(g32) - to_numpy(g64)).reshape(magnitude.shape)
        assert np.all(err <= (depth + 2) * U32 * magnitude), depth


def test_noncontiguous_inputs_same_result(xp):
    x, W, b = make_inputs(xp, np.float64)
    x_view = xp.ascontiguousarray(x.transpose(2, 1, 0)).transpose(2, 1, 0)  # fully transposed strides
    W_view = xp.ascontiguousarray(W.T).T  # W stored as [in, out], seen as [out, in]
    assert not x_view.flags.c_contiguous and not W_view.flags.c_contiguous
    y_a, cache_a = linear_forward(x, W, b)
    y_b, cache_b = linear_forward(x_view, W_view, b)
    np.testing.assert_allclose(to_numpy(y_a), to_numpy(y_b), rtol=0, atol=1e-13)
    dy = xp.asarray(np.random.default_rng(6).standard_normal(y_a.shape))
    dy_view = xp.ascontiguousarray(dy.transpose(2, 0, 1)).transpose(1, 2, 0)
    for ga, gb in zip(linear_backward(dy, cache_a), linear_backward(dy_view, cache_b)):
        np.testing.assert_allclose(to_numpy(ga), to_numpy(gb), rtol=0, atol=1e-13)


def test_shape_mismatch_raises(xp):
    x, W, b = make_inputs(xp, np.float64)
    with pytest.raises(ValueError, match="linear expects"):
        linear_forward(x, W.T, None)
    with pytest.raises(ValueError, match="bias"):
        linear_forward(x, W, b[:-1])
