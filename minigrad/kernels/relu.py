"""Rectified linear unit, y = max(x, 0).

Shapes
    x, y, mask   any shape (mask is bool)

    (F1)  y = max(x, 0),   mask = (x > 0)

Cache: the boolean mask x > 0 (1 byte per entry instead of keeping x or y).

Backward: dy/dx is 1 where x > 0 and 0 where x < 0 (at x == 0 we take 0, the usual
subgradient), so
    (B1)  dx = dy * mask.
"""

from __future__ import annotations

from minigrad.backend import array_module


def relu_forward(x):
    """y = max(x, 0). Returns (y, cache)."""
    xp = array_module(x)
    mask = x > 0  # F1
    y = xp.maximum(x, 0)  # F1 (a Python 0 is a "weak" scalar: y keeps x's dtype)
    return y, mask


def relu_backward(dy, cache, *, out=None):
    """dx = dy where x > 0, else 0. out: optional array for dx (`out=dy` works in place)."""
    mask = cache
    if dy.shape != mask.shape:
        raise ValueError(f"relu dy must have shape {mask.shape}, got {dy.shape}")
    return array_module(dy).multiply(dy, mask, out=out)  # B1
