"""Softmax and cross-entropy fused, averaged over the positions that count.

Shapes
    logits    [..., V]     (flattened to [N, V] inside)
    targets   int [...]    class index per position; ignore_index marks padding
    loss      0-d array of the logits' module and dtype (never a Python float:
              converting would force a GPU sync on every step)

Forward, for each row n (z = logits_n, t = targets_n):
    (F1)  valid_n = (t != ignore_index),   n_valid = sum_n valid_n
    (F2)  m = max_i z_i,   e = exp(z - m),   s = sum_i e_i
    (F3)  loss_n = log(s) - (z_t - m)        (= logsumexp(z) - z_t: the m cancels)
    (F4)  loss = sum_n loss_n * valid_n / n_valid
So the loss is the mean over the positions that count. Subtracting the row max keeps
every exponent <= 0: logits of size 1e4 stay finite. With no valid position at all the
loss is 0 and the gradient is 0 (no 0/0).

Cache: e = exp(logits - m) [N, V] and its row sums s (so p = e / s), the targets (made
safe to index with), the per-row weight valid_n / n_valid, and the logits' shape.
Nothing else: the gradient is p minus a one-hot, scaled. The division by s is left
to the backward, where it joins the weighting in one pass over [N, V]; the row sums
are matrix-vector products (minigrad/kernels/sums.py).

Backward: for one row, d/dz_i (logsumexp(z) - z_t) = p_i - [i == t] with p = e / s, hence
    (B1)  c_n = valid_n / n_valid * dloss
    (B2)  dlogits_n = (p_n - onehot(t_n)) * c_n = e_n * (c_n / s_n) - onehot(t_n) * c_n
The backward works IN PLACE on the cached e (the largest array of the model: N x V),
so the cache is consumed: calling the backward twice on one cache raises an error.

Mixed precision: float16 logits are upcast to float32 (a private copy, so the
caller's logits are never overwritten); p, the loss (float32) and the gradient are
computed in float32, and dloss (the loss scale) is applied BEFORE dlogits is rounded
to float16, so small probabilities divided by n_valid do not underflow to zero.
float32/float64 logits take the same path as before.
"""

from __future__ import annotations

import numpy as np

from minigrad.backend import array_module
from minigrad.kernels.sums import row_sums


class CacheConsumedError(RuntimeError):
    """cross_entropy_backward was called a second time on the same cache."""


def check_cross_entropy_inputs(logits, targets) -> int:
    """Validate shapes and dtypes (shared with the fused CUDA version); returns the class count V."""
    if targets.shape != logits.shape[:-1]:
        raise ValueError(f"cross_entropy targets must have shape {logits.shape[:-1]}, got {targets.shape}")
    if targets.dtype.kind not in "iu":
        raise ValueError(f"cross_entropy targets must be integers, got {targets.dtype}")
    return logits.shape[-1]


def cross_entropy_forward(logits, targets, ignore_index=0, *, overwrite_logits=False):
    """Mean cross-entropy of softmax(logits) against targets. Returns (loss, cache).

    overwrite_logits=True lets the kernel compute p in the logits' own memory (the
    caller must not use logits afterwards); it saves one [N, V] allocation.
    """
    xp = array_module(logits, targets)
    V = check_cross_entropy_inputs(logits, targets)
    grad_dtype = logits.dtype  # the backward returns dlogits in the logits' dtype
    if logits.dtype == np.float16:  # mixed precision: everything below in float32, on a copy
        logits, overwrite_logits = logits.astype(np.float32), True
    dtype = logits.dtype
    z = logits.reshape(-1, V)  # a view when contiguous
    t = targets.reshape(-1)
    valid = t != ignore_index  # F1
    if xp is np and t.size:  # NumPy would wrap negative ids silently; a GPU check would sync
        bad = valid & ((t < 0) | (t >= V))
        if bad.any():
            raise ValueError(f"cross_entropy targets must lie in [0, {V}) or equal ignore_index, got {t[bad][0]}")
    safe_t = xp.where(valid, t, 0)  # ignored rows (ignore_index may be e.g. -100) index class 0
    rows = xp.arange(z.shape[0])

    row_max = z.max(axis=1, keepdims=True)  # F2: m
    shifted = xp.subtract(z, row_max, out=z if overwrite_logits else None)  # z - m, all <= 0
    target_shifted = shifted[rows, safe_t]  # z_t - m, read before exp overwrites it
    e = xp.exp(shifted, out=shifted)  # F2: e
    row_sum = row_sums(e)  # F2: s
    per_row = xp.log(row_sum) - target_shifted  # F3

    weight = valid.astype(dtype)
    n_valid = weight.sum()
    weight /= xp.where(n_valid > 0, n_valid, 1)  # valid_n / n_valid, one per row; all 0: 0, not 0 / 0
    loss = xp.asarray((per_row * weight).sum())  # F4 (NumPy's sum gives a scalar; keep a 0-d array)
    cache = {
        "exp": e,
        "row_sum": row_sum,
        "targets": safe_t,
        "weight": weight,
        "shape": logits.shape,
        "grad_dtype": grad_dtype,
    }
    return loss, cache


def cross_entropy_backward(dloss, cache):
    """dlogits = (p - onehot(targets)) * valid / n_valid * dloss, shaped like logits.

    Consumes the cache: the result is written over the cached exponentials.
    """
    e = cache["exp"]
    if e is None:
        raise CacheConsumedError("cross_entropy_backward already consumed this cache (it works in place)")
    cache["exp"] = None
    xp = array_module(e)
    dloss = xp.asarray(dloss, dtype=e.dtype)  # a float64 dloss must not promote
    c = cache["weight"] * dloss  # B1; ignored rows get 0
    e *= (c / cache["row_sum"])[:, None]  # B2: p * c, one pass
    e[xp.arange(e.shape[0]), cache["targets"]] -= c  # B2: minus onehot(t) * c
    if e.dtype != cache["grad_dtype"]:  # mixed precision: round to float16 after scaling
        e = e.astype(cache["grad_dtype"])
    return e.reshape(cache["shape"])
