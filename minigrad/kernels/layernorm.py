"""Layer normalisation over the last axis.

Shapes
    x            [..., D]
    gamma, beta  [D]
    y            [..., D]
    mean, rstd   [..., 1]     one per row

Forward, per row of D entries:
    (F1)  mean = sum_i x_i / D
    (F2)  var = sum_i (x_i - mean)^2 / D,   rstd = 1 / sqrt(var + eps)     (two passes: no cancellation)
    (F3)  xhat = (x - mean) * rstd
    (F4)  y = gamma * xhat + beta

Cache: xhat (as [N, D]), gamma, rstd ([N, 1]) and x's shape. Caching xhat instead of x
costs no memory (the model lets x go once the next residual sum is made, so one array
of x's size is held either way) and spares the backward two passes over it.

Backward, for one row (D entries; dy the upstream gradient, g = dy * gamma):
    (B1)  dbeta  = sum over rows of dy
    (B2)  dgamma = sum over rows of dy * xhat
    xhat_i = (x_i - mean) * rstd depends on every x_j through mean and rstd:
        d mean / d x_j = 1/D,   d rstd / d x_j = -rstd^3 (x_j - mean) / D = -rstd^2 xhat_j / D
    so  d xhat_i / d x_j = rstd * (delta_ij - 1/D - xhat_i xhat_j / D), and
    (B3)  dx_j = sum_i g_i d xhat_i / d x_j
               = rstd * (g_j - mean_i(g_i) - xhat_j * mean_i(g_i xhat_i)).
Every row mean is a matrix-vector product (minigrad/kernels/sums.py): mean = x @ (1/D),
var = (xhat * xhat) @ (1/D), mean_i(g_i) = dy @ (gamma / D) and
mean_i(g_i xhat_i) = (dy * xhat) @ (gamma / D); the column sums of B1 and B2 run over every
row of the batch in two levels of ~sqrt(N) rows (~1e-7 relative in float32 at any N).

Mixed precision: a float16 x (and dy) is upcast to float32 inside both passes, so
mean, var, rstd and the normalisation are float32 (a float16 sum of 384 squares
loses digits, and eps = 1e-5 is below float16's normal range); y and dx come back
in float16, rstd/dgamma/dbeta and the cached xhat stay float32 (twice the bytes of a
float16 x: on a GPU the fused kernel of minigrad/cuda/layernorm.py, with its own
cache, is the one that normally runs).
"""

from __future__ import annotations

import numpy as np

from minigrad.backend import array_module
from minigrad.kernels.sums import column_sums, row_sums


def layernorm_forward(x, gamma, beta, eps=1e-5):
    """Normalise each row of x over its last axis, then scale and shift. Returns (y, cache)."""
    D = x.shape[-1]
    if gamma.shape != (D,) or beta.shape != (D,):
        raise ValueError(f"layernorm gamma and beta must have shape ({D},), got {gamma.shape} and {beta.shape}")
    if x.dtype == np.float16:  # mixed precision: statistics in float32, y back in float16
        y, cache = layernorm_forward(x.astype(np.float32), gamma, beta, eps)
        return y.astype(np.float16), cache
    xp = array_module(x)
    x2 = x.reshape(-1, D)
    mean_weights = xp.full(D, 1.0 / D, dtype=x.dtype)  # row means as matrix-vector products
    xhat = x2 - row_sums(x2, mean_weights)[:, None]  # F1 and x - mean: a new array, becomes xhat
    y = xhat * xhat  # scratch for the squares, then y
    rstd = row_sums(y, mean_weights)[:, None]  # F2: var (two passes: no cancellation)
    rstd += x.dtype.type(eps)
    rstd **= -0.5  # F2: rstd (a Python float exponent keeps the dtype)
    xhat *= rstd  # F3
    xp.multiply(xhat, gamma, out=y)  # F4
    y += beta
    return y.reshape(x.shape), (xhat, gamma, rstd, x.shape)


def layernorm_backward(dy, cache):
    """Returns (dx [..., D], dgamma [D], dbeta [D])."""
    xhat, gamma, rstd, x_shape = cache
    if dy.shape != x_shape:
        raise ValueError(f"layernorm dy must have shape {x_shape}, got {dy.shape}")
    if dy.dtype == np.float16:  # mixed precision: row means and column sums in float32
        dx, dgamma, dbeta = layernorm_backward(dy.astype(np.float32), cache)
        return dx.astype(np.float16), dgamma, dbeta
    xp, D = array_module(dy), x_shape[-1]
    dy2 = dy.reshape(-1, D)
    gamma_over_D = gamma * xhat.dtype.type(1.0 / D)
    dy_xhat = dy2 * xhat
    dbeta = column_sums(dy2)  # B1
    dgamma = column_sums(dy_xhat)  # B2
    mean_g = row_sums(dy2, gamma_over_D)[:, None]  # B3: mean_i(g_i), one per row
    mean_g_xhat = row_sums(dy_xhat, gamma_over_D)[:, None]  # B3: mean_i(g_i xhat_i)
    dx = dy2 * gamma  # B3 from here: g
    dx -= mean_g
    xp.multiply(xhat, mean_g_xhat, out=dy_xhat)  # dy * xhat is no longer needed: reuse its memory
    dx -= dy_xhat
    dx *= rstd
    return dx.reshape(x_shape), dgamma, dbeta
