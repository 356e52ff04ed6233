"""Fused softmax + cross-entropy: per-row reference, gradcheck, ignored rows, 1e4 logits."""

import math

import numpy as np
import pytest

from minigrad.backend import to_numpy
from minigrad.gradcheck import check_kernel
from minigrad.kernels import CacheConsumedError, cross_entropy_backward, cross_entropy_forward

U32 = 2.0**-24  # float32 unit roundoff
B, T, V = 3, 5, 7


def make_inputs(xp, dtype, scale=2.0, seed=0, ignore_index=0):
    rng = np.random.default_rng(seed)
    logits = rng.standard_normal((B, T, V)) * scale
    targets = rng.integers(1, V, size=(B, T))
    targets[0, 1] = targets[2, 3] = targets[2, 4] = ignore_index
    return xp.asarray(logits, dtype=dtype), xp.asarray(targets)


def row_reference(logits, targets, ignore_index=0):
    """Per row with math.exp / math.log; returns (loss, dlogits), the mean over the rows that count."""
    z = logits.reshape(-1, logits.shape[-1]).astype(np.float64)
    t = targets.reshape(-1)
    valid = [n for n in range(len(t)) if t[n] != ignore_index]
    grad = np.zeros_like(z)
    total = 0.0
    for n in valid:
        m = max(z[n])
        exps = [math.exp(v - m) for v in z[n]]
        total += m + math.log(math.fsum(exps)) - z[n, t[n]]
        grad[n] = [e / math.fsum(exps) for e in exps]
        grad[n, t[n]] -= 1.0
    if not valid:
        return 0.0, grad.reshape(logits.shape)
    return total / len(valid), (grad / len(valid)).reshape(logits.shape)


@pytest.mark.parametrize("ignore_index", [0, -100])
def test_forward_and_backward_match_rows(xp, ignore_index):
    logits, targets = make_inputs(xp, np.float64, ignore_index=ignore_index)
    loss, cache = cross_entropy_forward(logits, targets, ignore_index=ignore_index)
    assert isinstance(loss, xp.ndarray) and loss.ndim == 0  # a 0-d array, not a Python float
    ref_loss, ref_grad = row_reference(to_numpy(logits), to_numpy(targets), ignore_index)
    assert abs(float(loss) - ref_loss) < 1e-13
    dlogits = cross_entropy_backward(xp.asarray(1.7), cache)
    np.testing.assert_allclose(to_numpy(dlogits), 1.7 * ref_grad, rtol=0, atol=1e-15)


def test_gradcheck_float64(xp):
    logits, targets = make_inputs(xp, np.float64)
    errors = check_kernel(
        lambda logits: cross_entropy_forward(logits, targets), cross_entropy_backward, {"logits": logits}, ("logits",)
    )
    assert errors["logits"] < 1e-7, errors


def test_all_ignored_gives_zero_loss_and_zero_grad(xp):
    logits, _ = make_inputs(xp, np.float32)
    loss, cache = cross_entropy_forward(logits, xp.zeros((B, T), dtype=np.int64))
    dlogits = to_numpy(cross_entropy_backward(1.0, cache))
    assert float(loss) == 0.0 and loss.dtype == np.float32
    assert np.isfinite(dlogits).all() and not dlogits.any()


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_logits_of_1e4_are_stable(xp, dtype):
    """Logits 1e4 +- a few: exp(1e4) overflows, but the loss only depends on differences,
    so it must equal the loss of the small offsets alone."""
    offsets, targets = make_inputs(xp, np.float64, scale=1.0)
    big = offsets + 1e4 * xp.asarray(np.random.default_rng(5).choice([-1.0, 1.0], size=(B, T, 1)))
    loss, cache = cross_entropy_forward(big.astype(dtype), targets)
    ref_loss, ref_grad = row_reference(to_numpy(offsets), to_numpy(targets))
    dlogits = to_numpy(cross_entropy_backward(1.0, cache))
    assert np.isfinite(float(loss)) and np.isfinite(dlogits).all()
    # float32 stores 1e4 + offset with an absolute error of ulp(1e4)/2 = 5e-4
    tolerance = 1e-9 if dtype == np.float64 else 4e-3
    assert abs(float(loss) - ref_loss) < tolerance
    np.testing.assert_allclose(dlogits, ref_grad, rtol=0, atol=tolerance)


def test_float32_close_to_float64(xp):
    """Per row: exp of O(4)-sized arguments (relative error ~4u each), a sum of V = 7
    terms and a log; the mean adds 15 rows. We allow (4 + 7 + 15 + 2) u relative to the
    loss, and (4 + 7 + 2) u relative to max |dlogits| for the gradient."""
    logits, targets = make_inputs(xp, np.float64)
    loss32, c32 = cross_entropy_forward(logits.astype(np.float32), targets)
    loss64, c64 = cross_entropy_forward(logits, targets)
    assert loss32.dtype == np.float32
    assert abs(float(loss32) - float(loss64)) <= 28 * U32 * abs(float(loss64))
    d32 = cross_entropy_backward(np.float64(1.0), c32)  # a float64 dloss must not promote
    d64 = cross_entropy_backward(1.0, c64)
    assert d32.dtype == np.float32
    assert np.abs(to_numpy(d32) - to_numpy(d64)).max() <= 13 * U32 * np.abs(to_numpy(d64)).max()


def test_noncontiguous_logits_and_overwrite(xp):
    logits, targets = make_inputs(xp, np.float64)
    view = xp.ascontiguousarray(logits.transpose(2, 0, 1)).transpose(1, 2, 0)
    assert not view.flags.c_contiguous
    loss_a, cache_a = cross_entropy_forward(logits, targets)
    loss_b, cache_b = cross_entropy_forward(view, targets)
    scratch = logits.copy()
    loss_c, cache_c = cross_entropy_forward(scratch, targets, overwrite_logits=True)
    assert float(loss_a) == float(loss_b) == float(loss_c)
    grads = [to_numpy(cross_entropy_backward(1.0, c)) for c in (cache_a, cache_b, cache_c)]
    np.testing.assert_allclose(grads[1], grads[0], rtol=0, atol=1e-16)
    np.testing.assert_allclose(grads[2], grads[0], rtol=0, atol=1e-16)
    assert float(logits.sum()) != float(scratch.sum())  # overwrite_logits did use the caller's memory


def test_backward_consumes_the_cache(xp):
    logits, targets = make_inputs(xp, np.float64)
    _, cache = cross_entropy_forward(logits, targets)
    cross_entropy_backward(1.0, cache)
    with pytest.raises(CacheConsumedError):
        cross_entropy_backward(1.0, cache)


def test_bad_targets_raise(xp):
    logits, targets = make_inputs(xp, np.float64)
    with pytest.raises(ValueError, match="shape"):
        cross_entropy_forward(logits, targets[:, :-1])
    with pytest.raises(ValueError, match="integers"):
        cross_entropy_forward(logits, targets.astype(np.float64))
    if xp is np:  # the range check is CPU-only (on a GPU it would force a sync)
        with pytest.raises(ValueError, match="must lie in"):
            cross_entropy_forward(logits, targets + V)
