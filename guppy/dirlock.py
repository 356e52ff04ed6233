"""One writer per directory: `guppy train` holds RUN's lock, `guppy data` and `guppy tokenizer` DIR's.

The lock is an flock(2) on DIR/.guppy.lock, taken without waiting. The kernel drops it
when the process ends, however it ends (kill -9 included), so a dead process never
leaves a stale lock: the file may stay, the lock does not. The file holds the pid and
the command of the holder, for the message the next process gets.

Taking the lock is also the first write into the directory, so a directory that cannot
be written (read-only, full, not a directory at all) is found here, before any work.
Under the lock, the temporary files a killed writer left behind can be removed safely
(remove_temp_files): nobody else is writing there.
"""

from __future__ import annotations

import fcntl
import os
import re
import stat

from minigrad.atomic import is_temp_name_of

LOCK_NAME = ".guppy.lock"


class DirectoryInUseError(RuntimeError):
    """Another guppy process writes into the directory; the message names it in one line."""


class NotADirectoryForUs(ValueError):
    """The path the user gave for a directory exists and is something else."""


def make_directory(path: str, flag: str) -> None:
    """Create path (and parents) for writing, with a one-line reason when it exists and is not a directory."""
    if os.path.exists(path) and not os.path.isdir(path):
        raise NotADirectoryForUs(f"{path} exists and is not a directory; choose another {flag}")
    os.makedirs(path, exist_ok=True)


# What a lock file holds: empty (just created), or "pid N (command)" of its last holder.
LOCK_CONTENT = re.compile(rb"(pid [0-9]+ \([^\n]*\)\n?)?")


def check_lock_file(fd: int, path: str, flag: str) -> None:
    """The lock file is rewritten by each holder: refuse one that guppy did not write (a user's file of that name)."""
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        raise NotADirectoryForUs(f"{path} is not a regular file guppy wrote; move it away or choose another {flag}")
    if not LOCK_CONTENT.fullmatch(os.pread(fd, 300, 0)):
        raise NotADirectoryForUs(f"{path} is not a lock file guppy wrote; move it away or choose another {flag}")


class DirectoryLock:
    """An exclusive lock on a directory for the lifetime of this object (or until release())."""

    def __init__(self, directory: str, command: str, flag: str = "--out", create: bool = True):
        self._fd = None
        if create:
            make_directory(directory, flag)
        elif not os.path.isdir(directory):
            raise NotADirectoryForUs(f"{directory} is not a directory; choose another {flag}")
        self.path = os.path.join(directory, LOCK_NAME)
        flags = os.O_RDWR | os.O_CREAT | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
        self._fd = os.open(self.path, flags, 0o644)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(self._fd, 200, 0).decode("utf-8", "replace").strip() or "another process"
            os.close(self._fd)
            self._fd = None
            raise DirectoryInUseError(
                f"{directory} is in use by {holder}; wait for it to finish or choose another {flag}"
            ) from None
        except BaseException:
            os.close(self._fd)
            self._fd = None
            raise
        try:
            check_lock_file(self._fd, self.path, flag)
            os.ftruncate(self._fd, 0)
            os.pwrite(self._fd, f"pid {os.getpid()} ({command})\n".encode(), 0)
        except BaseException:
            self.release()
            raise

    def release(self) -> None:
        """Give the lock up (the lock file stays: removing it would race with the next process taking it)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def __del__(self):
        self.release()


def remove_temp_files(directory: str, names) -> list[str]:
    """Remove what a killed atomic write of any of `names` left in directory; returns the names removed.

    Only regular files named exactly as minigrad.atomic names its temporary files are removed
    (is_temp_name_of): nothing else is guppy's to delete. Call this only while holding the
    directory's lock: then no live writer owns them.
    """
    removed = []
    for entry in os.listdir(directory):
        path = os.path.join(directory, entry)
        if is_temp_name_of(entry, names) and stat.S_ISREG(os.lstat(path).st_mode):
            os.unlink(path)
            removed.append(entry)
    return removed
