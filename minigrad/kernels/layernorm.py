"""Layer normalisation over the last axis.

Shapes
    x            [..., D]
    gamma, beta  [D]
    y            [..., D]     y = gamma * xhat + beta,  xhat = (x - mean) * rstd
    mean, rstd   [..., 1]     per row: mean = sum_i x_i / D,
                              rstd = 1 / sqrt(sum_i (x_i - mean)^2 / D + eps)

Cache: x, gamma, mean and rstd. xhat is not cached: it is as big as x, and the
backward rebuilds it in one pass from x, mean and rstd, so caching it would double
the memory held per layer for little speed.

Backward, for one row (D entries; dy the upstream gradient, g = dy * gamma):
    dbeta  = sum over rows of dy
    dgamma = sum over rows of dy * xhat
    xhat_i = (x_i - mean) * rstd depends on every x_j through mean and rstd:
        d mean / d x_j = 1/D,   d rstd / d x_j = -rstd^3 (x_j - mean) / D = -rstd^2 xhat_j / D
    so  d xhat_i / d x_j = rstd * (delta_ij - 1/D - xhat_i xhat_j / D), and
        dx_j = sum_i g_i d xhat_i / d x_j
             = rstd * (g_j - mean_i(g_i) - xhat_j * mean_i(g_i xhat_i)).
The two row means are matrix-vector products: mean_i(g_i) = (dy @ gamma) / D and
mean_i(g_i xhat_i) = ((dy * xhat) @ gamma) / D, which avoids two temporaries.

Mixed precision: a float16 x (and dy) is upcast to float32 inside both passes, so
mean, var, rstd and the normalisation are float32 (a float16 sum of 384 squares
loses digits, and eps = 1e-5 is below float16's normal range); y and dx come back
in float16, mean/rstd/dgamma/dbeta stay float32. The cache keeps the float16 x.
float32 and float64 inputs take exactly the code path they always did.
"""

from __future__ import annotations

import numpy as np


def layernorm_forward(x, gamma, beta, eps=1e-5):
    """Normalise each row of x over its last axis, then scale and shift. Returns (y, cache)."""
    D = x.shape[-1]
    if gamma.shape != (D,) or beta.shape != (D,):
        raise ValueError(f"layernorm gamma and beta must have shape ({D},), got {gamma.shape} and {beta.shape}")
    if x.dtype == np.float16:  # mixed precision: statistics in float32, y back in float16
        y, (_, _, mean, rstd) = layernorm_forward(x.astype(np.float32), gamma, beta, eps)
        return y.astype(np.float16), (x, gamma, mean, rstd)
    eps = x.dtype.type(eps)  # a NumPy float64 scalar here would promote float32 rows to float64
    mean = x.mean(axis=-1, keepdims=True)
    xhat = x - mean  # new array: becomes xhat, then y
    var = (xhat * xhat).mean(axis=-1, keepdims=True)  # two-pass variance: no cancellation
    rstd = var
    rstd += eps
    rstd **= -0.5  # Python float exponent keeps the dtype
    xhat *= rstd
    y = xhat
    y *= gamma
    y += beta
    cache = (x, gamma, mean, rstd)
    return y, cache


def layernorm_backward(dy, cache):
    """Returns (dx [..., D], dgamma [D], dbeta [D])."""
    x, gamma, mean, rstd = cache
    if dy.shape != x.shape:
        raise ValueError(f"layernorm dy must have shape {x.shape}, got {dy.shape}")
    if x.dtype == np.float16:  # mixed precision: row means and column sums in float32
        dx, dgamma, dbeta = layernorm_backward(dy.astype(np.float32), (x.astype(np.float32), gamma, mean, rstd))
        return dx.astype(np.float16), dgamma, dbeta
    D = x.shape[-1]
    inv_D = x.dtype.type(1.0 / D)
    xhat = x - mean
    xhat *= rstd
    dy_xhat = dy * xhat
    dbeta = dy.reshape(-1, D).sum(axis=0)
    dgamma = dy_xhat.reshape(-1, D).sum(axis=0)
    mean_g = (dy @ gamma)[..., None] * inv_D  # mean_i(dy_i gamma_i), one per row
    mean_g_xhat = (dy_xhat @ gamma)[..., None] * inv_D  # mean_i(dy_i gamma_i xhat_i)
    dx = dy * gamma
    dx -= mean_g
    xhat *= mean_g_xhat  # xhat is no longer needed: reuse its memory
    dx -= xhat
    dx *= rstd
    return dx, dgamma, dbeta
