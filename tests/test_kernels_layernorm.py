"""LayerNorm kernel: per-row reference, float64 gradcheck, float32 error, odd layouts."""

import math

import numpy as np
import pytest

from minigrad.backend import to_numpy
from minigrad.gradcheck import check_kernel
from minigrad.kernels import layernorm_backward, layernorm_forward

U32 = 2.0**-24  # float32 unit roundoff


def make_inputs(xp, dtype, shape=(3, 5, 7), seed=0):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal(shape) * 3.0 + 1.5  # a non-zero mean that must be removed
    gamma = 1.0 + 0.3 * rng.standard_normal(shape[-1])
    beta = rng.standard_normal(shape[-1])
    return (xp.asarray(a, dtype=dtype) for a in (x, gamma, beta))


def row_reference(x, gamma, beta, eps=1e-5):
    rows = x.reshape(-1, x.shape[-1])
    out = np.empty_like(rows)
    for n, row in enumerate(rows):
        mean = math.fsum(row) / len(row)
        var = math.fsum((v - mean) ** 2 for v in row) / len(row)
        out[n] = [(v - mean) / math.sqrt(var + eps) * g + b for v, g, b in zip(row, gamma, beta)]
    return out.reshape(x.shape)


@pytest.mark.parametrize("shape", [(3, 5, 7), (4, 9), (2, 3, 1, 6)])
def test_forward_matches_rows(xp, shape):
    x, gamma, beta = make_inputs(xp, np.float64, shape)
    y, _ = layernorm_forward(x, gamma, beta)
    np.testing.assert_allclose(to_numpy(y), row_reference(*map(to_numpy, (x, gamma, beta))), rtol=0, atol=1e-12)


@pytest.mark.parametrize("shape", [(3, 5, 7), (4, 9)])
def test_gradcheck_float64(xp, shape):
    x, gamma, beta = make_inputs(xp, np.float64, shape)
    errors = check_kernel(
        layernorm_forward, layernorm_backward, {"x": x, "gamma": gamma, "beta": beta}, ("x", "gamma", "beta")
    )
    assert max(errors.values()) < 1e-7, errors


def test_cache_holds_xhat_not_x(xp):
    """The cache is (xhat, gamma, rstd, shape): x itself may be freed after the forward."""
    x, gamma, beta = make_inputs(xp, np.float64)
    _, cache = layernorm_forward(x, gamma, beta)
    xhat, gamma_c, rstd, shape = cache
    x2 = to_numpy(x).reshape(-1, 7)
    want = (x2 - x2.mean(1, keepdims=True)) / np.sqrt(x2.var(1, keepdims=True) + 1e-5)
    assert gamma_c is gamma and shape == x.shape and rstd.shape == (15, 1)
    np.testing.assert_allclose(to_numpy(xhat), want, rtol=0, atol=1e-12)


def test_float32_close_to_float64(xp):
    """Row statistics sum D = 7 terms, then xhat is divided by a std that float32 knows
    to ~u; the output |y| is O(gamma * 3). We allow 4 * D * u relative to max |y|, and
    for the backward (row means of D terms, column sums over 15 rows) 4 * 15 * u."""
    x32, g32, b32 = make_inputs(xp, np.float32)
    x64, g64, b64 = make_inputs(xp, np.float64)
    y32, c32 = layernorm_forward(x32, g32, b32)
    y64, c64 = layernorm_forward(x64, g64, b64)
    assert y32.dtype == np.float32 and all(a.dtype == np.float32 for a in c32[:3])
    scale = np.abs(to_numpy(y64)).max()
    assert np.abs(to_numpy(y32) - to_numpy(y64)).max() <= 4 * 7 * U32 * scale
    dy = np.random.default_rng(3).standard_normal(y64.shape)
    for a32, a64 in zip(
        layernorm_backward(xp.asarray(dy, dtype=np.float32), c32), layernorm_backward(xp.asarray(dy), c64)
    ):
        assert a32.dtype == np.float32
        assert np.abs(to_numpy(a32) - to_numpy(a64)).max() <= 4 * 15 * U32 * np.abs(to_numpy(a64)).max()


def test_noncontiguous_inputs_same_result(xp):
    x, gamma, beta = make_inputs(xp, np.float64, shape=(3, 10, 7))
    x_rows = x[:, ::2]  # every other row: strided leading axis
    x_cols = xp.ascontiguousarray(x_rows.transpose(2, 0, 1)).transpose(1, 2, 0)  # strided last axis
    assert not x_rows.flags.c_contiguous and not x_cols.flags.c_contiguous
    y_ref, cache_ref = layernorm_forward(xp.ascontiguousarray(x_rows), gamma, beta)
    dy = xp.asarray(np.random.default_rng(4).standard_normal(y_ref.shape))
    grads_ref = layernorm_backward(dy, cache_ref)
    dy_cols = xp.ascontiguousarray(dy.transpose(2, 0, 1)).transpose(1, 2, 0)  # strided last axis
    dy_rows = xp.repeat(dy, 2, axis=1)[:, ::2]  # strided leading axis
    assert not dy_cols.flags.c_contiguous and not dy_rows.flags.c_contiguous
    for x_view, dy_view in ((x_rows, dy_cols), (x_cols, dy_rows)):
        y, cache = layernorm_forward(x_view, gamma, beta)
        np.testing.assert_allclose(to_numpy(y), to_numpy(y_ref), rtol=0, atol=1e-13)
        for g, g_ref in zip(layernorm_backward(dy_view, cache), grads_ref):
            np.testing.assert_allclose(to_numpy(g), to_numpy(g_ref), rtol=0, atol=1e-12)


def test_wrong_gamma_shape_raises(xp):
    x, gamma, beta = make_inputs(xp, np.float64)
    with pytest.raises(ValueError, match="gamma and beta"):
        layernorm_forward(x, gamma[:-1], beta)
