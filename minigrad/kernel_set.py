"""Which kernels a model runs: the array-module references, or on a GPU the fused CUDA ones.

    ops = kernel_set(backend)                # references on a CPU; fused + self-checked on a GPU
    ops = kernel_set(backend, fused=False)   # references everywhere (also for the optimizer)

Both are the same functions by name (`<op>_forward`, `<op>_backward`, see
minigrad/kernels/__init__.py), so a model takes either without knowing which.
"""

from __future__ import annotations

import minigrad.kernels as reference
from minigrad.backend import Backend


def kernel_set(backend: Backend, fused: bool = True):
    """The kernel set for `backend`; fused=False also sends the fused AdamW and norm back to the references."""
    if not backend.is_gpu:
        return reference
    from minigrad.cuda import force_reference, fused_kernel_set

    force_reference(not fused)
    return fused_kernel_set(reference)
