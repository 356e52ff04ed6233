"""Pick the array module: NumPy on the CPU, CuPy on a CUDA GPU.

Every kernel is written once against "xp", the array module of its inputs, so the
same code runs on both. This file is the only place that decides which one.

    select_backend("auto")  CuPy when a GPU answers a tiny smoke op, else NumPy (one notice)
    select_backend("cpu")   NumPy
    select_backend("cuda")  CuPy, or a BackendError that says why not

Note: `import cupy` succeeds on machines without a GPU (the wheel installs anywhere),
so "is CuPy importable" is not the question; `cupy.is_available()` and a smoke op are.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from types import ModuleType

import numpy as np

DEVICES = ("auto", "cpu", "cuda")


class BackendError(RuntimeError):
    """The requested device cannot be used; the message says why in one line."""


@dataclass(frozen=True)
class Backend:
    xp: ModuleType  # numpy or cupy
    device: str  # "cpu" or "cuda"

    @property
    def is_gpu(self) -> bool:
        return self.device == "cuda"

    def asarray(self, a, dtype=None):
        return self.xp.asarray(a, dtype=dtype)

    def synchronize(self) -> None:
        if self.is_gpu:
            self.xp.cuda.Stream.null.synchronize()


CPU = Backend(np, "cpu")


def _cuda_unusable_reason() -> str | None:
    """None when CuPy can run on a GPU here, else a short reason."""
    try:
        import cupy
    except Exception as exc:  # ImportError, or a broken install raising anything
        return f"CuPy is not installed ({type(exc).__name__}); install the 'gpu' extra: pip install -e \".[gpu]\""
    try:
        if not cupy.is_available():
            return "CuPy is installed but no usable CUDA GPU was found (cupy.is_available() is False)"
        probe = cupy.arange(4, dtype=cupy.float32)
        if float((probe * 2).sum()) != 12.0:
            return "CuPy smoke test gave a wrong result"
    except Exception as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return f"CuPy could not run on the GPU: {first_line}"
    return None


def cuda_available() -> bool:
    return _cuda_unusable_reason() is None


def select_backend(device: str | None = None, quiet: bool = False) -> Backend:
    """Return the Backend for `device` ("auto" when None)."""
    device = (device or "auto").lower()
    if device not in DEVICES:
        raise BackendError(f"unknown device {device!r}; choose one of {', '.join(DEVICES)}")
    if device == "cpu":
        return CPU
    reason = _cuda_unusable_reason()
    if reason is None:
        import cupy

        return Backend(cupy, "cuda")
    if device == "cuda":
        raise BackendError(f"--device cuda was requested but {reason}")
    if not quiet:
        print(f"[guppy] no GPU in use ({reason}); running on the CPU with NumPy", file=sys.stderr)
    return CPU


def array_module(*arrays) -> ModuleType:
    """The array module (numpy or cupy) of the given arrays, without importing cupy."""
    for a in arrays:
        if type(a).__module__.startswith("cupy"):
            import cupy

            return cupy
    return np


def to_numpy(a) -> np.ndarray:
    """Bring an array of either backend to host memory as a NumPy array."""
    if type(a).__module__.startswith("cupy"):
        return a.get()
    return np.asarray(a)


def make_rng(xp: ModuleType, seed: int):
    """A seeded random generator of the array module (used for dropout masks and init)."""
    if xp is np:
        return np.random.default_rng(seed)
    return xp.random.default_rng(seed)
