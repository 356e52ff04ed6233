"""Read the .cu sources of this package and compile them with CuPy, once per process.

    get_kernel("layernorm.cu", "layernorm_forward_f32")  -> callable k(grid, block, args, shared_mem=0)

The callable is a cupy.RawKernel: `args` is a tuple of CuPy arrays and NumPy scalars
(np.int32, np.int64, np.float32: always explicit types, never Python numbers, so the
C parameter types can't be guessed wrong).

Where the kernels come from is a swappable "provider": CuPy's RawModule normally;
the CPU emulator (emulator.py) in tests, through `use_provider(...)`. The fused ops
only ever call get_kernel, so the same Python wrappers run on both.

Sources: `#include "common.cu"` is pasted in textually (source_text), so the string
CuPy compiles, and keys its on-disk cache by, is the whole program.
"""

from __future__ import annotations

import contextlib
import functools
import re
from pathlib import Path

SOURCE_DIR = Path(__file__).resolve().parent
COMPILE_OPTIONS = ("-std=c++17",)
_INCLUDE = re.compile(r'^\s*#include\s+"([\w.]+)"\s*$', re.MULTILINE)
_KERNEL = re.compile(r'extern\s+"C"\s+__global__\s+void\s+(?:__launch_bounds__\([^)]*\)\s+)?(\w+)\s*\(')


class KernelSourceError(RuntimeError):
    """A kernel source file is missing or names something that is not there."""


def source_files() -> list[str]:
    """The kernel sources (every .cu file except the shared helpers)."""
    return sorted(p.name for p in SOURCE_DIR.glob("*.cu") if p.name != "common.cu")


@functools.cache
def source_text(name: str) -> str:
    """The full text of a source with its `#include "..."` lines pasted in (once each)."""
    path = SOURCE_DIR / name
    if not path.is_file():
        raise KernelSourceError(f"no CUDA source {name!r} in {SOURCE_DIR}")
    seen = set()

    def paste(match):
        included = match.group(1)
        if included in seen:
            return ""
        seen.add(included)
        return source_text(included)

    return _INCLUDE.sub(paste, path.read_text())


def kernel_names(name: str) -> list[str]:
    """The extern "C" __global__ kernels defined in a source, in order."""
    return _KERNEL.findall(source_text(name))


class CupyProvider:
    """Kernels compiled by CuPy (NVRTC) on the current device; one RawModule per source."""

    @functools.cache  # noqa: B019 (one provider per process: the cache lives as long as the process)
    def module(self, name: str):
        import cupy

        return cupy.RawModule(code=source_text(name), options=COMPILE_OPTIONS)

    def get(self, source: str, kernel: str):
        if kernel not in kernel_names(source):
            raise KernelSourceError(f"{source} defines no kernel {kernel!r} (it has {', '.join(kernel_names(source))})")
        return self.module(source).get_function(kernel)


_provider = CupyProvider()


def get_kernel(source: str, kernel: str):
    """The compiled kernel `kernel` of `source`, from the current provider."""
    return _provider.get(source, kernel)


@contextlib.contextmanager
def use_provider(provider):
    """Temporarily take kernels from `provider` (an object with .get(source, kernel))."""
    global _provider
    previous, _provider = _provider, provider
    try:
        yield provider
    finally:
        _provider = previous


# ------------------------------------------------------------ launch arithmetic
# Small pure functions, so the launch shapes are tested on machines without a GPU.


def ceil_div(a: int, b: int) -> int:
    return -(-int(a) // int(b))


def threads_for(n_items: int, per_thread: int = 4, lo: int = 32, hi: int = 1024) -> int:
    """A block size (a multiple of 32 in [lo, hi]) giving each thread about `per_thread` items."""
    want = ceil_div(max(int(n_items), 1), per_thread)
    return int(min(hi, max(lo, ceil_div(want, 32) * 32)))
