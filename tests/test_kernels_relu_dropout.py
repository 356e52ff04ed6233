"""ReLU and dropout kernels: references, float64 gradchecks, masks, seeds, statistics."""

import numpy as np
import pytest

from minigrad.backend import make_rng, to_numpy
from minigrad.gradcheck import check_kernel
from minigrad.kernels import dropout_backward, dropout_forward, relu_backward, relu_forward


def off_kink(xp, shape, seed=0):
    """Random values with |x| >= 1e-2, so a finite-difference step never crosses 0."""
    x = np.random.default_rng(seed).standard_normal(shape)
    return xp.asarray(np.sign(x) * (np.abs(x) + 1e-2))


# ----------------------------------------------------------------------------- relu


def test_relu_matches_elementwise_reference(xp):
    x = off_kink(xp, (3, 5, 7))
    x[0, 0, 0] = 0.0  # the kink itself: value 0, gradient 0 (the subgradient we pick)
    y, mask = relu_forward(x)
    x_n = to_numpy(x)
    assert np.array_equal(to_numpy(y), np.array([max(v, 0.0) for v in x_n.ravel()]).reshape(x_n.shape))
    assert mask.dtype == bool
    dy = xp.asarray(np.random.default_rng(1).standard_normal(x.shape))
    dx = to_numpy(relu_backward(dy, mask))
    assert np.array_equal(dx, np.where(x_n > 0, to_numpy(dy), 0.0))
    assert dx[0, 0, 0] == 0.0


def test_relu_gradcheck_off_the_kink(xp):
    errors = check_kernel(relu_forward, relu_backward, {"x": off_kink(xp, (3, 5, 7))}, ("x",))
    assert errors["x"] < 1e-6, errors


def test_relu_keeps_float32_and_handles_views(xp):
    x = off_kink(xp, (4, 9)).astype(np.float32)
    y, mask = relu_forward(x.T)  # a transposed view
    assert y.dtype == np.float32
    assert np.array_equal(to_numpy(y), np.maximum(to_numpy(x).T, 0))
    dx = relu_backward(xp.ones_like(y) * 1.5, mask)
    assert dx.dtype == np.float32


# -------------------------------------------------------------------------- dropout


def test_dropout_identity_when_off(xp):
    x = xp.asarray(np.random.default_rng(0).standard_normal((3, 5)))
    for p, training in [(0.0, True), (0.5, False)]:
        y, cache = dropout_forward(x, p, make_rng(xp, 1), training=training)
        assert y is x and cache is None
        dy = x * 2
        assert dropout_backward(dy, cache) is dy


def test_dropout_same_seed_same_mask_other_seed_other_mask(xp):
    x = xp.asarray(np.random.default_rng(0).standard_normal((4, 6, 8)))
    y1, c1 = dropout_forward(x, 0.3, make_rng(xp, 5))
    y2, c2 = dropout_forward(x, 0.3, make_rng(xp, 5))
    y3, _ = dropout_forward(x, 0.3, make_rng(xp, 6))
    assert np.array_equal(to_numpy(y1), to_numpy(y2)) and np.array_equal(to_numpy(c1[0]), to_numpy(c2[0]))
    assert not np.array_equal(to_numpy(y1), to_numpy(y3))
    # the mask depends on the seed and shape only, not on the dtype: float32 drops the same entries
    y32, _ = dropout_forward(x.astype(np.float32), 0.3, make_rng(xp, 5))
    assert y32.dtype == np.float32
    assert np.array_equal(to_numpy(y32) == 0, to_numpy(y1) == 0)


def test_dropout_forward_reference_and_backward_uses_same_mask(xp):
    x = xp.asarray(np.random.default_rng(1).standard_normal((3, 5, 7)))
    y, cache = dropout_forward(x, 0.4, make_rng(xp, 8))
    keep = to_numpy(make_rng(xp, 8).random((3, 5, 7), dtype=np.float32)) >= np.float32(0.4)
    np.testing.assert_allclose(to_numpy(y), np.where(keep, to_numpy(x) / 0.6, 0.0), rtol=1e-15, atol=0)
    dy = xp.asarray(np.random.default_rng(2).standard_normal((3, 5, 7)))
    np.testing.assert_allclose(
        to_numpy(dropout_backward(dy, cache)), np.where(keep, to_numpy(dy) / 0.6, 0.0), rtol=1e-15, atol=0
    )


def test_dropout_preserves_the_mean_roughly(xp):
    """With n = 200,000 entries, the kept fraction has std sqrt(p(1-p)/n) ~ 1e-3 and the
    sum ratio a similar spread: 1e-2 is a 10-sigma bound, yet a missing 1/(1-p) (ratio
    0.8) or a flipped mask (0.25 kept) fails by far."""
    x = xp.asarray(1.0 + np.random.default_rng(3).random((400, 500)), dtype=np.float32)
    y, (keep, _) = dropout_forward(x, 0.2, make_rng(xp, 11))
    assert abs(float(keep.mean()) - 0.8) < 1e-2
    assert abs(float(y.sum()) / float(x.sum()) - 1.0) < 1e-2


def test_dropout_gradcheck_float64(xp):
    x = xp.asarray(np.random.default_rng(4).standard_normal((3, 5, 7)))
    errors = check_kernel(lambda x: dropout_forward(x, 0.3, make_rng(xp, 12)), dropout_backward, {"x": x}, ("x",))
    assert errors["x"] < 1e-7, errors


def test_dropout_bad_input_raises(xp):
    x = xp.ones((2, 3)) * 0.5
    for p in (-0.1, 1.0):
        with pytest.raises(ValueError, match="probability"):
            dropout_forward(x, p, make_rng(xp, 0))
    with pytest.raises(ValueError, match="rng"):
        dropout_forward(x, 0.1, None)
