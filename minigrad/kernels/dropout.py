"""Inverted dropout.

Shapes
    x, y    any shape
    mask    bool, x's shape: True = keep

    (F1)  mask = (uniform(shape) >= p)
    (F2)  y = x * mask / (1 - p)

Each entry is kept with probability 1 - p; kept entries are scaled by 1 / (1 - p) so
that E[y] = x, and evaluation needs no rescaling: at p == 0 or when not training the
op is the identity (y is x itself, cache None).

The mask comes from the caller's seeded generator (NumPy Generator or CuPy
Generator, both take `random(shape, dtype=float32)`). It is drawn in float32 whatever
x's dtype, so a float64 check and a float32 run with the same seed drop the same
entries.

Cache: the boolean mask (1 byte per entry) and the scale 1 / (1 - p).

Backward: y is linear in x with diagonal Jacobian mask / (1 - p), so
    (B1)  dx = dy * mask / (1 - p)     (the same mask as the forward pass).
"""

from __future__ import annotations

import numpy as np

from minigrad.backend import array_module


def dropout_forward(x, p, rng, training=True):
    """Zero each entry with probability p and scale the rest by 1/(1-p). Returns (y, cache)."""
    if not 0.0 <= p < 1.0:
        raise ValueError(f"dropout probability must be in [0, 1), got {p}")
    if p == 0.0 or not training:
        return x, None
    if rng is None:
        raise ValueError("dropout in training mode needs a seeded random generator (rng)")
    keep = rng.random(x.shape, dtype=np.float32) >= np.float32(p)  # F1
    scale = x.dtype.type(1.0 / (1.0 - p))
    y = x * keep  # F2 (bool * float keeps the float dtype)
    y *= scale
    return y, (keep, scale)


def dropout_backward(dy, cache, *, out=None):
    """dx = dy * mask / (1 - p); dy itself when the forward was the identity.

    out: optional array for dx; `out=dy` works in place.
    """
    if cache is None:
        return dy
    keep, scale = cache
    if dy.shape != keep.shape:
        raise ValueError(f"dropout dy must have shape {keep.shape}, got {dy.shape}")
    dx = array_module(dy).multiply(dy, keep, out=out)  # B1
    dx *= scale
    return dx
