"""Fused global gradient norm and clip factor (grad_norm.cu): two launches, no host sync.

    global_norm(grad_flat) -> norm                  0-d float32, like minigrad.optim.global_norm
    clip_scale(grad_flat, max_norm) -> (norm, scale)    scale = min(1, max_norm / (norm + 1e-6));
                                                         nothing is modified: pass `scale` to
                                                         adamw.adamw_step(grad_scale=...)
    clip_grad_norm_(grad_flat, max_norm) -> norm    like minigrad.optim.clip_grad_norm_ (scales in place)

The sum of squares is accumulated in double, in a fixed order (deterministic).
"""

from __future__ import annotations

import numpy as np

from minigrad.backend import array_module

from . import loader
from ._common import all_cupy, kernel_suffix

SOURCE = "grad_norm.cu"
THREADS = 256
MAX_BLOCKS = 1024
FINISH_THREADS = 256


def launch(n: int):
    """(grid, block) of the partial-sum kernel for n elements (about 8 per thread, at most 1024 blocks)."""
    return (max(1, min(MAX_BLOCKS, loader.ceil_div(n, THREADS * 8))),), (THREADS,)


def _norm(grad_flat, max_norm=None):
    xp = array_module(grad_flat)
    g = grad_flat.reshape(-1)
    if not g.flags.c_contiguous:
        g = xp.ascontiguousarray(g)
    n = g.shape[0]
    grid, block = launch(n)
    partial = xp.empty(grid[0], dtype=np.float64)
    norm = xp.empty((), dtype=np.float32)
    scale = None if max_norm is None else xp.empty((), dtype=np.float32)
    loader.get_kernel(SOURCE, "sumsq_partial_" + kernel_suffix(g.dtype))(grid, block, (g, np.int64(n), partial))
    loader.get_kernel(SOURCE, "norm_finish")(
        (1,),
        (FINISH_THREADS,),
        (
            partial,
            np.int32(grid[0]),
            np.float32(0.0 if max_norm is None else max_norm),
            norm,
            np.uint64(0) if scale is None else scale,
        ),
    )
    return norm, scale


def global_norm(grad_flat):
    """sqrt(sum g_i^2) as a 0-d float32 array."""
    return _norm(grad_flat)[0]


def clip_scale(grad_flat, max_norm: float):
    """(norm, scale) as 0-d float32 arrays; the gradient is not touched."""
    return _norm(grad_flat, max_norm)


def clip_grad_norm_(grad_flat, max_norm: float):
    """Scale grad_flat in place so its norm is at most max_norm; return the norm before clipping."""
    norm, scale = _norm(grad_flat, max_norm)
    grad_flat *= scale.astype(grad_flat.dtype)
    return norm


def reference_clip_scale(grad_flat, max_norm: float):
    """clip_scale built from the reference global_norm (the fallback)."""
    from minigrad.optim import global_norm as reference_global_norm

    xp = array_module(grad_flat)
    norm = reference_global_norm(grad_flat)
    return norm, xp.minimum(1.0, max_norm / (norm + 1e-6)).astype(np.float32)


def supports(args, kwargs) -> bool:
    g = args[0]
    return all_cupy(g) and g.dtype in (np.float32, np.float16)


def make_inputs(xp, rng, dtype, args, kwargs):
    """20,011 gradient entries (an odd count, 10 partial blocks) of spread 0.01."""
    g = xp.asarray(rng.standard_normal(20_011) * 0.01, dtype=dtype)
    return (g,) + tuple(args[1:]), dict(kwargs)
