"""The number of threads of the BLAS library behind NumPy, read and set at run time.

Why it matters: OpenBLAS splits each matrix product across its threads and makes
them meet at the end of it. When another process holds one of the cores, the thread
that waits gives its core away and comes back a whole scheduler slice later, so a step
made of many small products can run ten times slower with two threads than with
one (docs/RESULTS.md). One thread never waits for another.

Only OpenBLAS (NumPy's wheels on Linux) is handled: the library is found among the
shared objects this process has loaded and its set/get functions are called through
ctypes. Elsewhere (MKL, Apple Accelerate, CuPy) both functions report None / False and
change nothing.
"""

from __future__ import annotations

import ctypes

_SET_NAMES = (
    "openblas_set_num_threads",
    "scipy_openblas_set_num_threads64_",
    "scipy_openblas_set_num_threads_64_",
    "openblas_set_num_threads64_",
)
_GET_NAMES = (
    "openblas_get_num_threads",
    "scipy_openblas_get_num_threads64_",
    "scipy_openblas_get_num_threads_64_",
    "openblas_get_num_threads64_",
)


def _openblas_functions():
    """(set, get) ctypes functions of the loaded OpenBLAS, or (None, None)."""
    import numpy  # noqa: F401  (loads the BLAS library if nothing has yet)

    try:
        with open("/proc/self/maps", encoding="utf-8") as f:
            paths = sorted({line.split()[-1] for line in f if "openblas" in line.lower() and "/" in line})
    except OSError:  # not Linux
        return None, None
    for path in paths:
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        set_fn = next((getattr(lib, n) for n in _SET_NAMES if hasattr(lib, n)), None)
        get_fn = next((getattr(lib, n) for n in _GET_NAMES if hasattr(lib, n)), None)
        if set_fn is not None and get_fn is not None:
            set_fn.argtypes, set_fn.restype = [ctypes.c_int], None
            get_fn.argtypes, get_fn.restype = [], ctypes.c_int
            return set_fn, get_fn
    return None, None


def blas_threads() -> int | None:
    """How many threads NumPy's BLAS uses now; None when it cannot be told."""
    _, get_fn = _openblas_functions()
    return None if get_fn is None else int(get_fn())


def set_blas_threads(n: int) -> bool:
    """Make NumPy's BLAS use n threads from now on; False when it cannot be set."""
    if n < 1:
        raise ValueError(f"the BLAS thread count must be at least 1, got {n}")
    set_fn, _ = _openblas_functions()
    if set_fn is None:
        return False
    set_fn(int(n))
    return True
