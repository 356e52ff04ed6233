"""Fused LayerNorm: same signature and results as minigrad.kernels.layernorm.

    y, cache = layernorm_forward(x, gamma, beta, eps=1e-5)      1 launch
    dx, dgamma, dbeta = layernorm_backward(dy, cache)          2 launches

(The reference takes ~10 launches forward and ~15 backward.) x may be float32 or
float16; statistics and gamma/beta are float32. The cache is this module's own
(x as [rows, D], gamma, mean, rstd, x's shape), so it only fits this backward.
Kernels and per-row math: layernorm.cu.
"""

from __future__ import annotations

import numpy as np

from minigrad.backend import array_module

from . import loader
from ._common import all_cupy, contiguous, kernel_suffix, random_dout, random_normal
from .selfcheck import CheckedOp

SOURCE = "layernorm.cu"
MAX_D = 6144  # the backward keeps 2 * D floats per block in shared memory (48 KB)
BACKWARD_BLOCKS = 256  # partial-sum blocks of the backward (a fixed count: deterministic sums)


def forward_launch(n_rows: int, d: int):
    """(grid, block): one block per row, about 4 entries per thread."""
    return (int(n_rows),), (loader.threads_for(d, per_thread=4, hi=1024),)


def backward_launch(n_rows: int, d: int):
    """(grid, block, rows_per_block, shared_bytes) of the row kernel, and (grid, block) of the column sum."""
    rows_per_block = loader.ceil_div(n_rows, BACKWARD_BLOCKS)
    n_blocks = loader.ceil_div(n_rows, rows_per_block)
    row_cfg = ((n_blocks,), (loader.threads_for(d, per_thread=1, hi=1024),), rows_per_block, 2 * d * 4)
    col_cfg = ((loader.ceil_div(2 * d, 32),), (256,))
    return row_cfg, col_cfg


def _check_shapes(x, gamma, beta):
    D = x.shape[-1]
    if gamma.shape != (D,) or beta.shape != (D,):
        raise ValueError(f"layernorm gamma and beta must have shape ({D},), got {gamma.shape} and {beta.shape}")


def layernorm_forward(x, gamma, beta, eps=1e-5):
    """Normalise each row of x over its last axis, then scale and shift. Returns (y, cache)."""
    _check_shapes(x, gamma, beta)
    xp = array_module(x)
    D = x.shape[-1]
    x2 = contiguous(x).reshape(-1, D)
    gamma, beta = contiguous(gamma, np.float32), contiguous(beta, np.float32)
    n = x2.shape[0]
    y = xp.empty_like(x2)
    mean = xp.empty(n, dtype=np.float32)
    rstd = xp.empty(n, dtype=np.float32)
    if n and D:
        grid, block = forward_launch(n, D)
        kernel = loader.get_kernel(SOURCE, "layernorm_forward_" + kernel_suffix(x2.dtype))
        kernel(grid, block, (x2, gamma, beta, y, mean, rstd, np.int32(D), np.float32(eps)))
    return y.reshape(x.shape), (x2, gamma, mean, rstd, x.shape)


def layernorm_backward(dy, cache):
    """Returns (dx [..., D], dgamma [D], dbeta [D]); dgamma and dbeta are float32."""
    x2, gamma, mean, rstd, shape = cache
    if dy.shape != shape:
        raise ValueError(f"layernorm dy must have shape {shape}, got {dy.shape}")
    xp = array_module(x2)
    n, D = x2.shape
    dy2 = contiguous(dy, x2.dtype).reshape(n, D)
    dx = xp.empty_like(x2)
    dgamma = xp.zeros(D, dtype=np.float32)
    dbeta = xp.zeros(D, dtype=np.float32)
    if n and D:
        (grid, block, rows_per_block, shared), (col_grid, col_block) = backward_launch(n, D)
        partial = xp.empty((grid[0], 2 * D), dtype=np.float32)
        rows = loader.get_kernel(SOURCE, "layernorm_backward_" + kernel_suffix(x2.dtype))
        rows(
            grid,
            block,
            (dy2, x2, gamma, mean, rstd, dx, partial, np.int32(n), np.int32(D), np.int32(rows_per_block)),
            shared_mem=shared,
        )
        cols = loader.get_kernel(SOURCE, "layernorm_param_grads")
        cols(col_grid, col_block, (partial, dgamma, dbeta, np.int32(grid[0]), np.int32(D)))
    return dx.reshape(shape), dgamma, dbeta


# ------------------------------------------------------------ self-check wiring


def supports(args, kwargs) -> bool:
    x, gamma, beta = args[:3]
    return (
        all_cupy(x, gamma, beta)
        and x.dtype in (np.float32, np.float16)
        and x.ndim >= 1
        and 1 <= x.shape[-1] <= MAX_D
        and gamma.dtype == np.float32
        and beta.dtype == np.float32
        and x.size // x.shape[-1] < 2**31
    )


def make_inputs(xp, rng, dtype, args, kwargs):
    """A [3, 7, D] batch with the real call's D, mean 0.5 and std 2 (a mean to remove)."""
    D = args[0].shape[-1]
    eps = args[3] if len(args) > 3 else kwargs.get("eps", 1e-5)
    x = random_normal(xp, rng, (3, 7, D), dtype, scale=2.0, shift=0.5)
    gamma = random_normal(xp, rng, (D,), np.float32, scale=0.2, shift=1.0)
    beta = random_normal(xp, rng, (D,), np.float32, scale=0.2)
    return (x, gamma, beta), {"eps": eps}


def checked(reference_forward, reference_backward) -> CheckedOp:
    # float32 rounding of a D=384 row reduction stays near 1e-6 of the largest entry;
    # 1e-4 leaves a wide margin while any indexing or math error shows up far above it.
    return CheckedOp(
        "layernorm",
        layernorm_forward,
        reference_forward,
        make_inputs,
        tol=1e-4,
        fused_backward=layernorm_backward,
        reference_backward=reference_backward,
        make_dout=random_dout,
        supports=supports,
        tol_half=5e-3,
    )
