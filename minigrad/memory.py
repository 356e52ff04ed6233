"""Keep freed activation memory inside the process (glibc malloc tuning).

A training step allocates and frees the same few hundred megabytes of activations
every time. By default glibc serves big requests (over a threshold of at most 32 MiB)
with fresh mmap() pages and gives them back to the kernel on free, so every step
page-faults all of that memory in again, zeroed by the kernel, before NumPy writes
to it. Raising the mmap threshold and the trim threshold makes freed blocks stay in
the heap, where the next step reuses them without faults. tools/bench_train.py shows
the effect (--no-malloc-tuning to compare).

This changes nothing numerically, and it is a no-op where glibc is not the allocator.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
_ONE_GIB = 1 << 30  # blocks up to this size come from the heap and stay there when freed

_done = False


def retain_freed_memory() -> bool:
    """Ask glibc to keep freed big blocks for reuse; True when the setting took effect."""
    global _done
    if _done:
        return True
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # musl or another libc without mallopt
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    _done = bool(mallopt(_M_MMAP_THRESHOLD, _ONE_GIB)) and bool(mallopt(_M_TRIM_THRESHOLD, _ONE_GIB))
    return _done
