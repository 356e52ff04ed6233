"""Row and column sums: exact in float64, and the column sum's float32 error does not grow with the rows."""

import numpy as np
import pytest

from minigrad.backend import to_numpy
from minigrad.kernels.sums import column_sums, row_sums
from minigrad.relative_error import max_relative_error


@pytest.mark.parametrize("n", [0, 1, 3, 8, 100, 1000, 4100])
def test_column_sums_match_float64_for_any_row_count(xp, n):
    a = np.random.default_rng(n).standard_normal((n, 5))
    got = to_numpy(column_sums(xp.asarray(a)))
    np.testing.assert_allclose(got, a.sum(axis=0), rtol=0, atol=1e-12 * max(n, 1))


def test_float32_column_sums_stay_near_the_unit_roundoff_at_16k_rows(xp):
    """Two levels of ~sqrt(N) rows: ~2 sqrt(N) u in a random walk; NumPy's running axis-0 sum
    measures 4.6e-6 here, the two-level sum ~2e-7 (minigrad/kernels/sums.py)."""
    a = (np.random.default_rng(0).standard_normal((16384, 384)) + 0.1).astype(np.float32)
    exact = a.astype(np.float64).sum(axis=0)
    assert max_relative_error(a.sum(axis=0), exact) > 2e-6  # the running sum this replaces
    assert max_relative_error(to_numpy(column_sums(xp.asarray(a))), exact) < 5e-7


def test_float16_sums_accumulate_in_float32(xp):
    a = xp.asarray(np.ones((4096, 3), dtype=np.float16))
    assert to_numpy(column_sums(a)).tolist() == [4096.0] * 3  # a float16 running sum stalls at 2048
    assert to_numpy(row_sums(a.T)).tolist() == [4096.0] * 3


def test_row_sums_with_weights(xp):
    a = np.random.default_rng(1).standard_normal((6, 7))
    w = np.random.default_rng(2).standard_normal(7)
    np.testing.assert_allclose(to_numpy(row_sums(xp.asarray(a), xp.asarray(w))), a @ w, rtol=0, atol=1e-13)
    np.testing.assert_allclose(to_numpy(row_sums(xp.asarray(a))), a.sum(axis=1), rtol=0, atol=1e-13)
