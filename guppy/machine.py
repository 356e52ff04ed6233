"""What a command runs on: the array backend, the kernel set and the CPU process count.

Shared by guppy/commands.py and guppy/quickstart.py (neither imports the other).
"""

from __future__ import annotations

import os


def backend_for(args):
    """--device, else $GUPPY_DEVICE, else auto (a GPU when CuPy can use one)."""
    from minigrad.backend import select_backend

    return select_backend(args.device or os.environ.get("GUPPY_DEVICE"))


def kernels_for(backend, no_fused: bool):
    """The kernel set: the references on a CPU, self-checked fused CUDA kernels on a GPU (minigrad/kernel_set.py)."""
    from minigrad.kernel_set import kernel_set

    return kernel_set(backend, fused=not no_fused)


def with_processes(config, backend, requested: int | None):
    """The run's CPU process count: as requested, else one per usable core (up to 4); 1 on a GPU."""
    from guppy.training.parallel import available_cores, can_fork

    if backend.is_gpu:
        return config.replace_train(processes=1)
    n = requested if requested is not None else (min(available_cores(), 4) if can_fork() else 1)
    return config.replace_train(processes=min(n, config.train.batch_size))
