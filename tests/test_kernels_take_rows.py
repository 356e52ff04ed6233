"""take_rows: picking the positions whose target counts, and scattering the gradient back."""

import numpy as np
import pytest

from minigrad.backend import to_numpy
from minigrad.gradcheck import check_kernel
from minigrad.kernels import take_rows_backward, take_rows_forward


def test_forward_and_backward_match_a_loop(xp):
    rng = np.random.default_rng(0)
    x = rng.standard_normal((3, 5, 7))
    rows = np.array([9, 0, 14, 3, 8])  # distinct, unsorted
    out, cache = take_rows_forward(xp.asarray(x), xp.asarray(rows))
    flat = x.reshape(15, 7)
    assert np.array_equal(to_numpy(out), np.stack([flat[r] for r in rows]))
    dout = rng.standard_normal((5, 7))
    dx = to_numpy(take_rows_backward(xp.asarray(dout), cache))
    expected = np.zeros((15, 7))
    for k, r in enumerate(rows):
        expected[r] += dout[k]
    assert dx.shape == (3, 5, 7)
    assert np.array_equal(dx, expected.reshape(3, 5, 7))


def test_gradcheck(xp):
    x = xp.asarray(np.random.default_rng(1).standard_normal((2, 3, 4)))
    rows = xp.asarray(np.array([5, 1, 2]))
    errors = check_kernel(lambda x: take_rows_forward(x, rows), take_rows_backward, {"x": x}, ("x",))
    assert errors["x"] < 1e-7, errors


def test_no_rows_gives_zero_gradient(xp):
    x = xp.asarray(np.random.default_rng(2).standard_normal((2, 3, 4)).astype(np.float32))
    out, cache = take_rows_forward(x, xp.asarray(np.array([], dtype=np.int64)))
    assert out.shape == (0, 4) and out.dtype == np.float32
    dx = take_rows_backward(out, cache)
    assert dx.shape == (2, 3, 4) and not to_numpy(dx).any()


def test_bad_shapes_are_one_line_errors(xp):
    x = xp.asarray(np.ones((2, 3, 4)))
    with pytest.raises(ValueError, match="integer rows"):
        take_rows_forward(x, xp.asarray(np.array([0.5])))
    _, cache = take_rows_forward(x, xp.asarray(np.array([1, 2])))
    with pytest.raises(ValueError, match="dout must have shape"):
        take_rows_backward(xp.asarray(np.ones((3, 4))), cache)


def test_repeated_or_out_of_range_rows_are_refused_on_the_host():
    x = np.ones((2, 3, 4))
    with pytest.raises(ValueError, match="row 4 appears more than once"):
        take_rows_forward(x, np.array([4, 1, 4]))
    with pytest.raises(ValueError, match=r"must lie in \[0, 6\)"):
        take_rows_forward(x, np.array([-1, 2]))
    with pytest.raises(ValueError, match=r"must lie in \[0, 6\)"):
        take_rows_forward(x, np.array([6]))
