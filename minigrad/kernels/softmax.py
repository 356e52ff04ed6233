"""Softmax along one axis, numerically stable.

Shapes
    x, p   any shape; the softmax runs along `axis`

    (F1)  m = max_j x_j
    (F2)  e_i = exp(x_i - m),   s = sum_j e_j
    (F3)  p_i = e_i / s

Subtracting the row max m changes nothing mathematically (it cancels between
numerator and denominator) but keeps every exponent <= 0, so exp never overflows.

Rows that are entirely -inf (a query that may see no key at all) give p = 0 on the
whole row, not NaN: their max is replaced by 0 (so -inf - m stays -inf, exp gives 0)
and the reciprocal of their zero sum is replaced by 0. The backward then gives 0 too.

Cache: p (and the axis). The Jacobian of softmax is written in terms of p alone.

Backward:  d p_i / d x_j = p_i (delta_ij - p_j), so
    (B1)  r = sum_i dp_i p_i
    (B2)  dx_j = sum_i dp_i p_i (delta_ij - p_j) = p_j (dp_j - r).

Mixed precision: a float16 x is upcast to float32 for the max, exp, row sum and
normalisation; only the finished p is rounded to float16 (what attention's next
matmul reads, and what is cached). The backward upcasts p and dp the same way and
rounds dx to float16 at the end. float32/float64 inputs take the same path as before.
"""

from __future__ import annotations

import numpy as np

from minigrad.backend import array_module


def _rounded(result32, dtype, out):
    """A float32 result rounded to `dtype`: written into `out` when given, else a new array."""
    if out is None:
        return result32.astype(dtype)
    out[...] = result32  # the assignment casts
    return out


def softmax_forward(x, axis=-1, *, out=None):
    """p = softmax(x) along `axis`. Returns (p, cache).

    out: optional array to write p into; `out=x` works in place (saves one allocation
    of x's size when the caller no longer needs x, as in attention).
    """
    xp = array_module(x)
    if x.dtype == np.float16:  # mixed precision: every step in float32, p rounded to float16 once
        p32, _ = softmax_forward(x.astype(np.float32), axis)
        p = _rounded(p32, np.float16, out)
        return p, (p, axis)
    row_max = x.max(axis=axis, keepdims=True)  # F1
    xp.copyto(row_max, 0, where=~xp.isfinite(row_max))  # all -inf rows: shift by 0 instead
    p = xp.subtract(x, row_max, out=out)  # F2
    xp.exp(p, out=p)
    row_sum = p.sum(axis=axis, keepdims=True)  # F2: s
    xp.copyto(row_sum, xp.inf, where=row_sum == 0)  # all -inf rows: 1/inf = 0, a row of zeros
    p *= xp.reciprocal(row_sum, out=row_sum)  # F3: one division per row, then a multiply
    return p, (p, axis)


def softmax_backward(dp, cache, *, out=None):
    """dx = p * (dp - sum(dp * p)) along the softmax axis. Returns dx.

    out: optional array for dx; `out=dp` works in place.
    """
    p, axis = cache
    xp = array_module(dp)
    if dp.shape != p.shape:
        raise ValueError(f"softmax dp must have shape {p.shape}, got {dp.shape}")
    if p.dtype == np.float16 or dp.dtype == np.float16:  # mixed precision: reduce in float32
        dx32 = softmax_backward(dp.astype(np.float32), (p.astype(np.float32), axis))
        return _rounded(dx32, np.float16, out)
    # Row dot products sum_i dp_i p_i: einsum needs no full-size temporary
    # (timing: docs/RESULTS.md, section 2).
    row_dot = xp.einsum("...i,...i->...", xp.moveaxis(dp, axis, -1), xp.moveaxis(p, axis, -1))  # B1
    dx = xp.subtract(dp, xp.expand_dims(row_dot, axis), out=out)  # B2
    dx *= p
    return dx
