"""Row and column sums of a 2-D array, as matrix-vector products.

The kernels reduce over the short last axis (LayerNorm's D, a softmax row) and over
the long first axis (a bias gradient: the sum over every row of a batch). NumPy's
own reduction along a short contiguous axis runs a small loop per row; a
matrix-vector product with a vector of ones does the same sum in one BLAS (or cuBLAS)
call, several times faster at these sizes, and its rounding error is no worse than
NumPy's (BLAS keeps several partial sums; over 16,384 rows it has about half the error
of NumPy's axis-0 sum, which adds one row at a time).

    row_sums(a)    [N, D] -> [N]   a @ w        (w = ones, or any weight vector)
    column_sums(a) [N, D] -> [D]   ones @ a

float16 has no BLAS matrix-vector product on the CPU, and a float16 running sum
stalls (2048 + 1 = 2048), so float16 arrays are summed by NumPy/CuPy with a float32
accumulator and give float32 results.
"""

from __future__ import annotations

import numpy as np

from minigrad.backend import array_module


def row_sums(a, weights=None):
    """sum_j a[n, j] * weights[j] for each row n of the 2-D a (weights default to ones)."""
    xp = array_module(a)
    if a.dtype == np.float16:
        w = 1 if weights is None else weights.astype(np.float32)
        return (a.astype(np.float32) * w).sum(axis=1)
    if weights is None:
        weights = xp.ones(a.shape[1], dtype=a.dtype)
    return a @ weights


def column_sums(a):
    """sum_n a[n, j] for each column j of the 2-D a."""
    xp = array_module(a)
    if a.dtype == np.float16:
        return a.sum(axis=0, dtype=np.float32)
    return xp.ones(a.shape[0], dtype=a.dtype) @ a
