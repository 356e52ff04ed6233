"""Write a file so that a crash never leaves it half-written.

The bytes go to a temporary file in the same directory (same filesystem, so the final
rename is atomic), are flushed and fsync'ed to disk, and then os.replace() swaps the
temporary file onto the target in one step. Readers see either the old file or the new
one, never a mix. If anything fails before the swap, the temporary file is removed and
the old file is left untouched.

`atomic_write_with(path, write)` is the general form: `write(f)` receives the open
temporary file (binary) and may stream into it; if it raises, nothing is replaced.
An OSError on the way (a full disk, a read-only directory) names `path`, so that the
one-line message the CLI makes of it says which file could not be written.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from typing import BinaryIO


def atomic_write_with(path, write: Callable[[BinaryIO], None]) -> None:
    """Call write(f) on a temporary file next to `path`, then move it onto `path`."""
    path = os.fspath(path)
    tmp_path = write_temp_file(path, write)
    try:
        os.replace(tmp_path, path)
    except OSError as exc:
        _unlink_quietly(tmp_path)
        raise _naming(exc, path) from None
    except BaseException:
        _unlink_quietly(tmp_path)
        raise
    fsync_directory(os.path.dirname(os.path.abspath(path)))


def write_temp_file(path, write: Callable[[BinaryIO], None]) -> str:
    """The first half of an atomic write: a complete, fsync'ed temporary file next to `path`, returned
    by name. The caller moves it onto `path` with os.replace (or removes it); until then `path` is untouched.
    Several such files replaced one after another is how a set of files changes with one commit point
    (see guppy/data/generator.py)."""
    path = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp_path = tempfile.mkstemp(prefix=temp_name_prefix(os.path.basename(path)), suffix=".tmp", dir=directory)
    except OSError as exc:
        raise _naming(exc, path) from None
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        # mkstemp creates the file with mode 0600; give it the usual umask-based mode.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_path, 0o666 & ~umask)
    except OSError as exc:
        _unlink_quietly(tmp_path)
        raise _naming(exc, path) from None
    except BaseException:
        _unlink_quietly(tmp_path)
        raise
    return tmp_path


def temp_name_prefix(name: str) -> str:
    """How the temporary file for `name` starts (a killed writer may leave `.NAME.*.tmp` behind)."""
    return "." + name + "."


def is_temp_name_of(entry: str, names) -> bool:
    """Whether entry is exactly what write_temp_file names a temporary file for one of `names`:
    `.NAME.` + mkstemp's 8 random characters + `.tmp` (a look-alike of another shape is not ours)."""
    return any(re.fullmatch(re.escape(temp_name_prefix(name)) + r"[a-z0-9_]{8}\.tmp", entry) for name in names)


def _naming(exc: OSError, path: str) -> OSError:
    """The same error, naming the file the caller meant rather than the temporary one (or none)."""
    if exc.errno is None:
        return exc
    return type(exc)(exc.errno, exc.strerror, path)


def _unlink_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def atomic_write_bytes(path, data: bytes) -> None:
    """Replace the file at `path` with `data`, atomically."""
    atomic_write_with(path, lambda f: f.write(data))


def atomic_write_text(path, text: str, encoding: str = "utf-8") -> None:
    """Replace the file at `path` with `text` (UTF-8 by default), atomically."""
    atomic_write_bytes(path, text.encode(encoding))


def fsync_directory(directory) -> None:
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
