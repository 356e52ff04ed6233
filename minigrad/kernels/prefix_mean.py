"""The mean of each row's first positions: a bag of the vectors a row has seen so far.

Shapes
    x        [B, T, D]
    lengths  int [B]     0 <= lengths[b] <= T: how many leading positions row b averages
    out      [B, D]

    (F1)  out[b] = (1 / n_b) * sum over t < n_b of x[b, t]     (n_b = lengths[b]; out[b] = 0 when n_b = 0)

Why: the topic head reads, beside the transformer's last prompt position, the mean of the
prompt's input vectors (guppy/model.py, ModelConfig.topic_bag). A mean forgets word order,
which is what makes it hold up on a phrasing the data never had: a naive Bayes classifier
on the prompt's words names the held-out prompts' topics better than the last position alone.

As a product: with the weights w[b, t] = 1 / n_b for t < n_b and 0 after,
    (F2)  out[b] = w[b] @ x[b]      one batched matrix product ([1, T] @ [T, D] per row)
so the sum runs in BLAS (cuBLAS on a GPU), with no Python loop over rows.

Cache: w. The backward needs nothing else: the mean is linear in x.

Backward: out[b, d] = sum over t of w[b, t] x[b, t, d], so
    (B1)  dx[b, t, d] = w[b, t] * dout[b, d]
every averaged position of row b receives dout[b] / n_b, the positions after n_b receive 0.
"""

from __future__ import annotations

import numpy as np

from minigrad.backend import array_module


def prefix_mean_forward(x, lengths):
    """out[b] = mean of x[b, :lengths[b]] (0 for an empty prefix). Returns (out, cache)."""
    if x.ndim != 3:
        raise ValueError(f"prefix_mean expects x [B, T, D], got {x.shape}")
    B, T, _ = x.shape
    lengths = np.asarray(lengths)  # host lengths: the weights are built here, then sent in one copy
    if lengths.shape != (B,) or lengths.dtype.kind not in "iu":
        raise ValueError(f"prefix_mean lengths must be integers of shape ({B},), got {lengths.dtype} {lengths.shape}")
    if B and (lengths.min() < 0 or lengths.max() > T):
        raise ValueError(f"prefix_mean lengths must lie in [0, {T}], got [{lengths.min()}, {lengths.max()}]")
    xp = array_module(x)
    w = (np.arange(T) < lengths[:, None]) / np.maximum(lengths, 1)[:, None]  # F2's weights
    w = xp.asarray(w.astype(x.dtype))
    out = xp.matmul(w[:, None, :], x)[:, 0]  # F2
    return out, w


def prefix_mean_backward(dout, cache):
    """dx [B, T, D]: each averaged position's share of dout (B1)."""
    w = cache
    if dout.ndim != 2 or dout.shape[0] != w.shape[0]:
        raise ValueError(f"prefix_mean dout must have shape ({w.shape[0]}, D), got {dout.shape}")
    return w[:, :, None] * dout[:, None, :]  # B1
