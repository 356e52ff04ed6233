"""Small helpers shared by the fused-op wrappers (no CuPy import here)."""

from __future__ import annotations

import numpy as np

from minigrad.backend import array_module

SUFFIX = {np.dtype(np.float32): "f32", np.dtype(np.float16): "f16"}


def is_cupy(a) -> bool:
    return type(a).__module__.startswith("cupy")


def all_cupy(*arrays) -> bool:
    """True when every non-None argument is a CuPy array (the fused kernels' domain)."""
    return all(is_cupy(a) for a in arrays if a is not None)


def kernel_suffix(dtype) -> str:
    """'f32' or 'f16': the kernel variant for an array dtype."""
    try:
        return SUFFIX[np.dtype(dtype)]
    except KeyError:
        raise TypeError(f"fused kernels take float32 or float16 arrays, got {np.dtype(dtype)}") from None


def contiguous(a, dtype=None):
    """a as a C-contiguous array of its own module (no copy when it already is one)."""
    return array_module(a).ascontiguousarray(a, dtype=dtype)


def null_or(a):
    """The kernel argument for an optional array: the array, or a null pointer (np.uint64(0))."""
    return np.uint64(0) if a is None else a


def random_normal(xp, rng, shape, dtype, scale=1.0, shift=0.0):
    """Host-drawn normal samples moved to xp (same numbers on NumPy and CuPy)."""
    return xp.asarray(rng.standard_normal(shape) * scale + shift, dtype=dtype)


def random_dout(xp, rng, out):
    """A random upstream gradient shaped like `out`: the self-check's make_dout for most ops."""
    return random_normal(xp, rng, out.shape, out.dtype)
