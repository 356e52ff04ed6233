"""Write a file so that a crash never leaves it half-written.

The bytes go to a temporary file in the same directory (same filesystem, so the final
rename is atomic), are flushed and fsync'ed to disk, and then os.replace() swaps the
temporary file onto the target in one step. Readers see either the old file or the new
one, never a mix. If anything fails before the swap, the temporary file is removed and
the old file is left untouched.

`atomic_write_with(path, write)` is the general form: `write(f)` receives the open
temporary file (binary) and may stream into it; if it raises, nothing is replaced.
"""

from __future__ import annotations

import os
import tempfile
from typing import BinaryIO, Callable


def atomic_write_with(path, write: Callable[[BinaryIO], None]) -> None:
    """Call write(f) on a temporary file next to `path`, then move it onto `path`."""
    path = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp_path = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        # mkstemp creates the file with mode 0600; give it the usual umask-based mode.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_path, 0o666 & ~umask)
        os.replace(tmp_path, path)
    except BaseException:
        try:
            os.unlink(tmp_path)
        except FileNotFoundError:
            pass
        raise
    _fsync_directory(directory)


def atomic_write_bytes(path, data: bytes) -> None:
    """Replace the file at `path` with `data`, atomically."""
    atomic_write_with(path, lambda f: f.write(data))


def atomic_write_text(path, text: str, encoding: str = "utf-8") -> None:
    """Replace the file at `path` with `text` (UTF-8 by default), atomically."""
    atomic_write_bytes(path, text.encode(encoding))


def _fsync_directory(directory: str) -> None:
    """Make the rename itself durable (POSIX); a no-op where directories cannot be opened."""
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
