"""Run this package's CUDA sources on the CPU (one thread per CUDA thread), for tests.

    with loader.use_provider(EmulatedProvider()):
        y, cache = fused_layernorm_forward(x_numpy, gamma, beta)   # same Python wrapper, NumPy arrays

All sources are compiled together with g++ against host_emulation.h into one shared
library, cached by a hash of the text, and called through ctypes with the same
(grid, block, args, shared_mem) the CuPy path launches with. Loading a library runs its
code, so the cache lives where only its owner can write (cache_dir: ~/.cache/minigrad,
mode 0700), and a cached file is loaded only when trusted_cache_file says nobody else
could have written it; otherwise the library is built afresh in a private directory.
Arrays are NumPy arrays (C-contiguous); scalars must be NumPy scalars, as for CuPy.

This checks the kernels' logic (indices, bounds, reductions, masks, float16
rounding) without a GPU. It says nothing about speed, races the emulator's
lock-step barriers hide, or NVRTC compile errors (test_cuda_compile covers those).
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

import numpy as np

from . import loader

HEADER = loader.SOURCE_DIR / "host_emulation.h"
DYNAMIC_SHARED_BYTES = 1 << 16  # must match mg_dynamic_smem in host_emulation.h

_SCALARS = {
    np.dtype(np.int32): ctypes.c_int32,
    np.dtype(np.int64): ctypes.c_int64,
    np.dtype(np.uint32): ctypes.c_uint32,
    np.dtype(np.uint64): ctypes.c_uint64,
    np.dtype(np.float32): ctypes.c_float,
    np.dtype(np.float64): ctypes.c_double,
}


class EmulatorUnavailable(RuntimeError):
    """No C++20 compiler here, or the emulation header is missing."""


def compiler() -> str | None:
    return shutil.which(os.environ.get("CXX", "g++"))


def _program_text() -> str:
    parts = []
    exports = []
    for name in loader.source_files():
        parts.append(f"// ---- {name}\n" + loader.source_text(name))
        exports += [f"MG_EXPORT({k})" for k in loader.kernel_names(name)]
    return "\n".join(parts) + "\n" + "\n".join(exports) + "\n"


class EmulatedProvider:
    """Kernel provider (see loader.use_provider) backed by the CPU emulation library."""

    def __init__(self):
        cxx = compiler()
        if cxx is None or not HEADER.is_file():
            raise EmulatorUnavailable("the CUDA emulator needs g++ (C++20) and minigrad/cuda/host_emulation.h")
        text = _program_text()
        digest = hashlib.sha256((text + HEADER.read_text()).encode()).hexdigest()[:16]
        lib_path = cache_dir() / f"cuda-emulated-{digest}.so"
        if not trusted_cache_file(lib_path):
            _build(cxx, text, lib_path)  # (replacing whatever untrusted file had the name)
        self.lib = ctypes.CDLL(str(lib_path))
        self.launches = []  # (kernel, grid, block, shared_mem), for tests that check launch shapes

    def get(self, source: str, kernel: str):
        if kernel not in loader.kernel_names(source):
            raise loader.KernelSourceError(f"{source} defines no kernel {kernel!r}")
        entry = getattr(self.lib, f"mg_emulated_{kernel}")
        entry.restype = ctypes.c_int

        def launch(grid, block, args, shared_mem=0):
            grid, block = _dim3(grid), _dim3(block)
            if int(shared_mem) > DYNAMIC_SHARED_BYTES:
                raise ValueError(
                    f"{kernel}: {shared_mem} bytes of dynamic shared memory exceed the emulator's "
                    f"{DYNAMIC_SHARED_BYTES}"
                )
            keep = [_as_ctype(kernel, i, a) for i, a in enumerate(args)]
            pointers = (ctypes.c_void_p * max(len(keep), 1))(
                *[ctypes.cast(ctypes.pointer(k), ctypes.c_void_p) for k in keep]
            )
            self.launches.append((kernel, grid, block, int(shared_mem)))
            if entry(*grid, *block, pointers) != 0:
                raise ValueError(f"{kernel}: block {block} is not a multiple of 32 threads (at most 1024)")

        return launch


def _build(cxx: str, text: str, lib_path: Path) -> None:
    """Compile the program into lib_path (built beside it, then renamed: never half a library)."""
    with tempfile.TemporaryDirectory(dir=lib_path.parent) as tmp:
        src = Path(tmp) / "all_kernels.cpp"
        src.write_text(text)
        out = Path(tmp) / "lib.so"
        cmd = [
            cxx,
            "-std=c++20",
            "-O1",
            "-ffp-contract=off",
            "-pthread",
            "-shared",
            "-fPIC",
            "-w",
            "-include",
            str(HEADER),
            str(src),
            "-o",
            str(out),
        ]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            raise EmulatorUnavailable("g++ could not build the emulated kernels:\n" + done.stderr[-4000:])
        os.chmod(out, 0o700)
        os.replace(out, lib_path)


def _owned_and_closed(info: os.stat_result) -> bool:
    """Owned by us, and writable by nobody else (neither group nor others)."""
    return info.st_uid == os.geteuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def trusted_cache_file(path) -> bool:
    """True when path is a regular file (not a link) that only we could have written, in such a directory."""
    try:
        info, parent = os.lstat(path), os.lstat(Path(path).parent)
    except FileNotFoundError:
        return False
    return (
        stat.S_ISREG(info.st_mode)
        and stat.S_ISDIR(parent.st_mode)
        and _owned_and_closed(info)
        and _owned_and_closed(parent)
    )


def _private_dir(directory: Path) -> Path | None:
    """directory itself when it is a real directory that only we can write to, else None."""
    try:
        info = os.lstat(directory)
    except OSError:
        return None
    return directory if stat.S_ISDIR(info.st_mode) and _owned_and_closed(info) else None


def cache_dir() -> Path:
    """Where built libraries are kept: $XDG_CACHE_HOME/minigrad or ~/.cache/minigrad, created mode 0700.

    When that cannot be made private (no home, someone else's directory), a fresh private
    temporary directory instead, so nothing is ever loaded from a place others can write.
    """
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    directory = Path(base) / "minigrad"
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        pass
    return _private_dir(directory) or Path(tempfile.mkdtemp(prefix="minigrad-emulator-"))


def _dim3(d):
    d = (d,) if isinstance(d, (int, np.integer)) else tuple(d)
    d = tuple(int(x) for x in d) + (1,) * (3 - len(d))
    if any(x < 1 for x in d):
        raise ValueError(f"launch dimensions must be >= 1, got {d}")
    return d


def _as_ctype(kernel, i, a):
    if isinstance(a, np.ndarray):
        if not a.flags.c_contiguous:
            raise ValueError(f"{kernel}: argument {i} is a non-contiguous array")
        return ctypes.c_void_p(a.ctypes.data)
    if isinstance(a, np.generic) and a.dtype in _SCALARS:
        return _SCALARS[a.dtype](a.item())
    raise TypeError(
        f"{kernel}: argument {i} must be an array or a NumPy scalar (np.int32, np.float32, ...), got {type(a).__name__}"
    )
