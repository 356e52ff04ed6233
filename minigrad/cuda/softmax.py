"""Fused softmax along one axis: same signature and results as minigrad.kernels.softmax.

    p, cache = softmax_forward(x, axis=-1, *, out=None)     1 launch (reference: ~9)
    dx = softmax_backward(dp, cache, *, out=None)           1 launch (reference: ~3)

One warp per row (softmax.cu); rows of all -inf give zeros, as in the reference.
A softmax over another axis than the last is computed on a moved-axis copy. The
cache is (p, axis), the reference's own format, with p C-contiguous.
"""

from __future__ import annotations

import numpy as np

from minigrad.backend import array_module

from . import loader
from ._common import all_cupy, contiguous, kernel_suffix, null_or, random_dout
from .selfcheck import CheckedOp

SOURCE = "softmax.cu"
WARPS_PER_BLOCK = 4


def rows_launch(n_rows: int):
    """(grid, block): one warp per row, 4 rows per 128-thread block."""
    return (loader.ceil_div(n_rows, WARPS_PER_BLOCK),), (32 * WARPS_PER_BLOCK,)


def launch_forward(
    x2,
    p2,
    *,
    causal_t=0,
    uniform=None,
    drop_p=0.0,
    drop_scale=1.0,
    keep=None,
    p_drop=None,
):
    """Run softmax_forward_<dtype> over the rows of the C-contiguous [n_rows, n_cols] x2 into p2."""
    n_rows, n_cols = x2.shape
    if n_rows == 0 or n_cols == 0:
        return
    grid, block = rows_launch(n_rows)
    kernel = loader.get_kernel(SOURCE, "softmax_forward_" + kernel_suffix(x2.dtype))
    kernel(
        grid,
        block,
        (
            x2,
            p2,
            np.int64(n_rows),
            np.int32(n_cols),
            np.int32(causal_t),
            null_or(uniform),
            np.float32(drop_p),
            np.float32(drop_scale),
            null_or(keep),
            null_or(p_drop),
        ),
    )


def launch_backward(dp2, p2, dx2, *, keep=None, drop_scale=1.0):
    """Run softmax_backward_<dtype>: dx = p * (dP - rowsum(dP * p)), dP = dp (* keep * drop_scale)."""
    n_rows, n_cols = p2.shape
    if n_rows == 0 or n_cols == 0:
        return
    grid, block = rows_launch(n_rows)
    kernel = loader.get_kernel(SOURCE, "softmax_backward_" + kernel_suffix(p2.dtype))
    kernel(grid, block, (dp2, p2, dx2, np.int64(n_rows), np.int32(n_cols), null_or(keep), np.float32(drop_scale)))


def _writable_into(out, like):
    """out itself when the kernel can write it directly, else None."""
    if out is not None and out.shape == like.shape and out.dtype == like.dtype and out.flags.c_contiguous:
        return out
    return None


def softmax_forward(x, axis=-1, *, out=None):
    """p = softmax(x) along `axis`. Returns (p, cache); out=x works in place."""
    xp = array_module(x)
    axis = axis % x.ndim if x.ndim else 0
    last = axis == x.ndim - 1
    xm = contiguous(x if last else xp.moveaxis(x, axis, -1))
    n_cols = xm.shape[-1] if xm.ndim else 1
    target = _writable_into(out, x) if last else None
    p = target if target is not None else xp.empty_like(xm)
    launch_forward(xm.reshape(-1, n_cols), p.reshape(-1, n_cols))
    if not last:
        p = xp.ascontiguousarray(xp.moveaxis(p, -1, axis))
    if out is not None and p is not out:
        out[...] = p
        p = out
    return p, (p, axis)


def softmax_backward(dp, cache, *, out=None):
    """dx = p * (dp - sum(dp * p)) along the softmax axis; out=dp works in place."""
    p, axis = cache
    xp = array_module(dp)
    if dp.shape != p.shape:
        raise ValueError(f"softmax dp must have shape {p.shape}, got {dp.shape}")
    last = axis == p.ndim - 1
    pm = contiguous(p if last else xp.moveaxis(p, axis, -1))
    dpm = contiguous(dp if last else xp.moveaxis(dp, axis, -1), pm.dtype)
    n_cols = pm.shape[-1] if pm.ndim else 1
    target = _writable_into(out, p) if last else None
    dx = target if target is not None else xp.empty_like(pm)
    launch_backward(dpm.reshape(-1, n_cols), pm.reshape(-1, n_cols), dx.reshape(-1, n_cols))
    if not last:
        dx = xp.ascontiguousarray(xp.moveaxis(dx, -1, axis))
    if out is not None and dx is not out:
        out[...] = dx
        dx = out
    return dx


# ------------------------------------------------------------ self-check wiring


def supports(args, kwargs) -> bool:
    x = args[0]
    axis = args[1] if len(args) > 1 else kwargs.get("axis", -1)
    out = kwargs.get("out")
    return (
        all_cupy(x, out)
        and x.dtype in (np.float32, np.float16)
        and x.ndim >= 1
        and axis in (-1, x.ndim - 1)
        and x.shape[-1] < 2**31
    )


def make_inputs(xp, rng, dtype, args, kwargs):
    """[5, 3, n] rows with the real call's n, spread 3, one row all -inf and one partly -inf."""
    n = args[0].shape[-1]
    x = rng.standard_normal((5, 3, n)) * 3.0
    x[0, 0, :] = -np.inf
    x[1, 2, ::2] = -np.inf
    return (xp.asarray(x, dtype=dtype),), {"axis": -1}


def checked(reference_forward, reference_backward) -> CheckedOp:
    # Per-entry float32 rounding of exp and one row sum: errors near 1e-7 of the largest p.
    return CheckedOp(
        "softmax",
        softmax_forward,
        reference_forward,
        make_inputs,
        tol=1e-4,
        fused_backward=softmax_backward,
        reference_backward=reference_backward,
        make_dout=random_dout,
        supports=supports,
        tol_half=5e-3,
    )
