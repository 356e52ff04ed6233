"""Affine layer y = x W^T + b (PyTorch layout: W is [out_features, in_features]).

Shapes
    x   [..., in]     any number of leading axes
    W   [out, in]
    b   [out] or None
    y   [..., out]

The leading axes are flattened so the whole batch is one matrix product
[N, in] @ [in, out] with N = prod(leading axes): one big BLAS/cuBLAS call.

Cache: x (as the 2-D [N, in] view or copy), W, whether there is a bias, and x's
shape. dW needs x; dx needs W; nothing else is needed.

Forward (rows n, output j, input i):
    (F1)  y[n,j] = sum_i x[n,i] W[j,i] + b[j]      ->  y = x @ W^T + b
Backward:
    (B1)  dx[n,i] = sum_j dy[n,j] W[j,i]   ->  dx = dy @ W
    (B2)  dW[j,i] = sum_n dy[n,j] x[n,i]   ->  dW = dy^T @ x
    (B3)  db[j]   = sum_n dy[n,j]

db is a column sum over every row of the batch (minigrad/kernels/sums.py: two levels of
~sqrt(N) rows, ~1e-7 relative in float32 at any N).

Mixed precision: float16 x and W give float16 products (cuBLAS accumulates them in
float32); db is summed in float32 (a float16 running sum stalls: 4096 rows of 1.0
sum to 2048).
"""

from __future__ import annotations

from minigrad.kernels.sums import column_sums


def linear_forward(x, W, b=None):
    """y = x @ W.T + b over the last axis of x. Returns (y, cache)."""
    if W.ndim != 2 or x.ndim < 1 or x.shape[-1] != W.shape[1]:
        raise ValueError(f"linear expects x [..., {W.shape[-1]}] and W [out, in], got x {x.shape}, W {W.shape}")
    if b is not None and b.shape != (W.shape[0],):
        raise ValueError(f"linear bias must have shape ({W.shape[0]},), got {b.shape}")
    x2 = x.reshape(-1, W.shape[1])  # a view when x is contiguous, else one copy
    y2 = x2 @ W.T  # F1; BLAS reads the transpose in place, no copy of W
    if b is not None:
        y2 += b  # F1
    y = y2.reshape(*x.shape[:-1], W.shape[0])
    cache = (x2, W, b is not None, x.shape)
    return y, cache


def linear_backward(dy, cache):
    """Returns (dx [..., in], dW [out, in], db [out] or None)."""
    x2, W, has_bias, x_shape = cache
    out_features = W.shape[0]
    if dy.shape != (*x_shape[:-1], out_features):
        raise ValueError(f"linear dy must have shape {(*x_shape[:-1], out_features)}, got {dy.shape}")
    dy2 = dy.reshape(-1, out_features)
    dx = (dy2 @ W).reshape(x_shape)  # B1
    dW = dy2.T @ x2  # B2
    db = column_sums(dy2) if has_bias else None  # B3
    return dx, dW, db
