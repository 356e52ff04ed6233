"""prefix_mean: the mean of each row's first positions (the topic head's bag of words)."""

import numpy as np
import pytest

from minigrad.backend import to_numpy
from minigrad.gradcheck import check_kernel
from minigrad.kernels import prefix_mean_backward, prefix_mean_forward


def slow_prefix_mean(x, lengths):
    """The definition, one row at a time: F1 of minigrad/kernels/prefix_mean.py."""
    return np.stack([x[b, :n].mean(axis=0) if n else np.zeros(x.shape[2]) for b, n in enumerate(lengths)])


@pytest.mark.parametrize("shape, lengths", [((4, 7, 5), [7, 0, 1, 3]), ((1, 1, 3), [1]), ((3, 11, 2), [0, 0, 0])])
def test_forward_and_backward_match_a_loop(xp, shape, lengths):
    rng = np.random.default_rng(0)
    x = rng.standard_normal(shape)
    lengths = np.array(lengths)
    out, cache = prefix_mean_forward(xp.asarray(x), lengths)
    np.testing.assert_allclose(to_numpy(out), slow_prefix_mean(x, lengths), rtol=1e-13, atol=1e-15)
    dout = rng.standard_normal((shape[0], shape[2]))
    dx = to_numpy(prefix_mean_backward(xp.asarray(dout), cache))
    expected = np.zeros(shape)
    for b, n in enumerate(lengths):
        if n:
            expected[b, :n] = dout[b] / n  # each averaged position gets its share, the rest nothing
    np.testing.assert_allclose(dx, expected, rtol=1e-14, atol=0)


def test_float32_stays_float32(xp):
    x = xp.asarray(np.random.default_rng(1).standard_normal((2, 3, 4)).astype(np.float32))
    out, cache = prefix_mean_forward(x, np.array([2, 3]))
    assert out.dtype == np.float32
    assert prefix_mean_backward(xp.asarray(np.ones((2, 4), np.float32)), cache).dtype == np.float32


def test_gradcheck(xp):
    x = xp.asarray(np.random.default_rng(2).standard_normal((3, 5, 6)))
    lengths = np.array([5, 0, 2])
    errors = check_kernel(lambda x: prefix_mean_forward(x, lengths), prefix_mean_backward, {"x": x}, ("x",))
    assert errors["x"] < 1e-7, errors


def test_the_check_catches_a_mean_over_the_wrong_prefix():
    """A backward that spreads dout over one position too many is caught, so the check can fail."""
    x = np.random.default_rng(3).standard_normal((2, 4, 3))
    lengths = np.array([2, 3])

    def off_by_one(dout, w):
        return prefix_mean_backward(dout, np.roll(w, 1, axis=1))

    errors = check_kernel(lambda x: prefix_mean_forward(x, lengths), off_by_one, {"x": x}, ("x",))
    assert errors["x"] > 0.1, errors


def test_bad_input_is_a_one_line_error():
    x = np.ones((2, 3, 4))
    with pytest.raises(ValueError, match=r"expects x \[B, T, D\]"):
        prefix_mean_forward(np.ones((3, 4)), np.array([1, 2, 3]))
    with pytest.raises(ValueError, match="integers of shape"):
        prefix_mean_forward(x, np.array([1.0, 2.0]))
    with pytest.raises(ValueError, match="integers of shape"):
        prefix_mean_forward(x, np.array([1, 2, 3]))
    with pytest.raises(ValueError, match=r"must lie in \[0, 3\]"):
        prefix_mean_forward(x, np.array([4, 1]))
    with pytest.raises(ValueError, match=r"must lie in \[0, 3\]"):
        prefix_mean_forward(x, np.array([-1, 1]))
    _, cache = prefix_mean_forward(x, np.array([1, 2]))
    with pytest.raises(ValueError, match="dout must have shape"):
        prefix_mean_backward(np.ones((3, 4)), cache)
