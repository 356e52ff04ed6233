"""Pick some positions of a batch: the rows of x whose targets count.

Shapes
    x      [..., D]     any number of leading axes, flattened to [N, D] inside
    rows   int [K]      distinct indices into the N flattened positions, 0 <= row < N
    out    [K, D]

    (F1)  out[k] = x_flat[rows[k]]

Why: the language-model head (a [D, V] matmul, V = 4096) and the softmax
cross-entropy are the most expensive part of a small model's step, and most of
that work would go to positions whose target is padding or, with the loss on the
reply only, the prompt. Picking the counted positions first gives the same loss and
the same gradients with less work.

Cache: rows and x's shape. The backward needs nothing else: the pick is linear.

Backward: out[k] = x_flat[rows[k]], so dx_flat[n] = sum over k with rows[k] == n of dout[k].
The rows are distinct (the caller takes them from a nonzero mask), so each n receives at
most one dout row:
    (B1)  dx_flat[rows[k]] = dout[k],   dx_flat[n] = 0 where n is not picked
a plain assignment (positions that were not picked do not reach the loss). A repeated row
would make that assignment keep one of its gradients and drop the others, so the forward
refuses repeated rows when they are on the host (NumPy); on a GPU that test would cost a
sync, and the model's rows come from flatnonzero, distinct by construction.
"""

from __future__ import annotations

import numpy as np

from minigrad.backend import array_module


def take_rows_forward(x, rows):
    """out = x.reshape(-1, D)[rows]. Returns (out, cache)."""
    if x.ndim < 1 or rows.ndim != 1 or rows.dtype.kind not in "iu":
        raise ValueError(
            f"take_rows expects x [..., D] and integer rows [K], got x {x.shape}, rows {rows.dtype} {rows.shape}"
        )
    if isinstance(rows, np.ndarray) and rows.size:
        N, ordered = x.size // max(x.shape[-1], 1), np.sort(rows)
        if ordered[0] < 0 or ordered[-1] >= N:
            raise ValueError(f"take_rows rows must lie in [0, {N}), got [{ordered[0]}, {ordered[-1]}]")
        if (ordered[1:] == ordered[:-1]).any():
            repeated = ordered[1:][ordered[1:] == ordered[:-1]][0]
            raise ValueError(
                f"take_rows rows must be distinct (the backward assigns, it does not add): "
                f"row {repeated} appears more than once"
            )
    out = x.reshape(-1, x.shape[-1])[rows]  # F1: a gather, a new [K, D] array
    return out, (rows, x.shape)


def take_rows_backward(dout, cache):
    """dx shaped like x: dout's rows scattered back to their positions, zeros elsewhere."""
    rows, x_shape = cache
    if dout.shape != (rows.shape[0], x_shape[-1]):
        raise ValueError(f"take_rows dout must have shape {(rows.shape[0], x_shape[-1])}, got {dout.shape}")
    xp = array_module(dout)
    dx = xp.zeros((_prod(x_shape[:-1]), x_shape[-1]), dtype=dout.dtype)
    dx[rows] = dout  # B1: rows are distinct, so assignment is the sum
    return dx.reshape(x_shape)


def _prod(shape) -> int:
    n = 1
    for s in shape:
        n *= s
    return n
