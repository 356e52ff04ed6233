"""Fused softmax cross-entropy: same signature and results as minigrad.kernels.cross_entropy.

    loss, cache = cross_entropy_forward(logits, targets, ignore_index=0, *, overwrite_logits=False)
    dlogits = cross_entropy_backward(dloss, cache)

The forward reads the logits once per row and writes the loss AND the gradient
(p - onehot) / n_valid at the same time (cross_entropy.cu): three launches, no host
sync, versus ~15 launches and three passes over [N, V] in the reference. The
backward then only multiplies by dloss, and not even that when dloss is the Python
number 1 (the usual case): it hands over the gradient buffer.

Like the reference, the backward consumes its cache (a second call raises
CacheConsumedError), and overwrite_logits=True writes the gradient into the logits'
memory. A target outside [0, V) that is not ignore_index: NumPy arrays raise
ValueError (as the reference does); on the GPU that row's loss and gradient become
NaN instead of reading out of bounds (raising there would need a host sync).
"""

from __future__ import annotations

import numbers

import numpy as np

from minigrad.backend import array_module
from minigrad.kernels.cross_entropy import CacheConsumedError, check_cross_entropy_inputs

from . import loader
from ._common import all_cupy, contiguous, kernel_suffix, random_normal
from .selfcheck import CheckedOp

SOURCE = "cross_entropy.cu"
REDUCE_THREADS = 256  # the one-block launches (count valid targets, sum the row losses)


def rows_launch(n_rows: int, V: int):
    """(grid, block): one block per row, about 16 logits per thread."""
    return (int(n_rows),), (loader.threads_for(V, per_thread=16, hi=1024),)


def cross_entropy_forward(logits, targets, ignore_index=0, *, overwrite_logits=False):
    """Mean cross-entropy of softmax(logits) against targets. Returns (loss 0-d, cache)."""
    xp = array_module(logits, targets)
    V = check_cross_entropy_inputs(logits, targets)
    t = contiguous(targets.reshape(-1), np.int64)
    if xp is np and t.size:
        bad = (t != ignore_index) & ((t < 0) | (t >= V))
        if bad.any():
            raise ValueError(f"cross_entropy targets must lie in [0, {V}) or equal ignore_index, got {t[bad][0]}")
    in_place = overwrite_logits and logits.flags.c_contiguous  # else z is a copy: nothing to save
    z = contiguous(logits).reshape(-1, V)
    N = z.shape[0]
    dlogits = z if in_place else xp.empty_like(z)
    weight = xp.empty(1, dtype=np.float32)
    row_loss = xp.empty(N, dtype=np.float32)
    loss = xp.zeros((), dtype=np.float32)
    ignore = np.int64(ignore_index)
    loader.get_kernel(SOURCE, "ce_weight")((1,), (REDUCE_THREADS,), (t, np.int64(N), ignore, weight))
    if N and V:
        grid, block = rows_launch(N, V)
        kernel = loader.get_kernel(SOURCE, "ce_rows_" + kernel_suffix(z.dtype))
        kernel(grid, block, (z, t, dlogits, row_loss, weight, np.int32(V), ignore))
        loader.get_kernel(SOURCE, "ce_sum")((1,), (REDUCE_THREADS,), (row_loss, np.int64(N), loss))
    if loss.dtype != logits.dtype:
        loss = loss.astype(logits.dtype)
    return loss, {"dlogits": dlogits, "shape": logits.shape}


def cross_entropy_backward(dloss, cache):
    """dlogits = (p - onehot(targets)) * valid / n_valid * dloss, shaped like logits. Consumes the cache."""
    g = cache["dlogits"]
    if g is None:
        raise CacheConsumedError("cross_entropy_backward already consumed this cache (it works in place)")
    cache["dlogits"] = None
    unit = isinstance(dloss, numbers.Number) and not isinstance(dloss, bool) and float(dloss) == 1.0
    if not unit:
        g *= array_module(g).asarray(dloss, dtype=g.dtype)
    return g.reshape(cache["shape"])


# ------------------------------------------------------------ self-check wiring


def supports(args, kwargs) -> bool:
    logits, targets = args[0], args[1]
    return (
        all_cupy(logits, targets)
        and logits.dtype in (np.float32, np.float16)
        and logits.ndim >= 1
        and 1 <= logits.shape[-1] < 2**31
        and logits.size // logits.shape[-1] < 2**24
    )


def make_inputs(xp, rng, dtype, args, kwargs):
    """[3, 13] positions with the real call's V, logits of spread 4, about a quarter ignored."""
    V = args[0].shape[-1]
    ignore_index = args[2] if len(args) > 2 else kwargs.get("ignore_index", 0)
    logits = random_normal(xp, rng, (3, 13, V), dtype, scale=4.0)
    targets = rng.integers(0, V, size=(3, 13))
    targets[rng.random((3, 13)) < 0.25] = ignore_index
    return (logits, xp.asarray(targets)), {"ignore_index": ignore_index}


def make_dout(xp, rng, out):
    return xp.asarray(rng.uniform(0.5, 2.0), dtype=out.dtype)  # a 0-d dloss other than 1


def checked(reference_forward, reference_backward) -> CheckedOp:
    # One row logsumexp in float32: errors near 1e-7 relative. tol_half covers the
    # float16 rounding of the stored gradient (2^-11 relative).
    return CheckedOp(
        "cross_entropy",
        cross_entropy_forward,
        reference_forward,
        make_inputs,
        tol=1e-4,
        fused_backward=cross_entropy_backward,
        reference_backward=reference_backward,
        make_dout=make_dout,
        supports=supports,
        tol_half=5e-3,
    )
