"""Read a file a user handed us without trusting it: regular files only, sizes capped, JSON errors in one line.

Every checkpoint and config file is read through here, so a name that points at a FIFO
(open() would wait forever for a writer), at /dev/zero (read() would never end) or at a
huge file is refused before anything large is read:

    open_regular(path)          the open file, or BadFileError when path is not a regular file
    read_capped(path, limit)    its bytes, or BadFileError when it holds more than limit
    read_json(path, limit)      its parsed JSON, or BadFileError with the reason in one line

A missing file raises FileNotFoundError as usual, so that callers can say what was expected.
"""

from __future__ import annotations

import json
import os
import stat

KIB, MIB = 1 << 10, 1 << 20


class BadFileError(ValueError):
    """A file that cannot be read as what it should be; the message names it and says why in one line."""


def _kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a directory"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def open_regular(path):
    """Open path for binary reading, refusing anything but a regular file (symlinks to one are fine).

    O_NONBLOCK makes the open of a FIFO return at once instead of waiting for a writer;
    it changes nothing for a regular file, which is all that is ever read from here.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise BadFileError(f"{os.fspath(path)} is {_kind(mode)}, not a regular file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_capped(path, limit: int) -> bytes:
    """The whole content of a regular file of at most `limit` bytes."""
    with open_regular(path) as f:
        size = os.fstat(f.fileno()).st_size
        data = f.read(limit + 1) if size <= limit else b""
    if size > limit or len(data) > limit:
        raise BadFileError(
            f"{os.fspath(path)} is {max(size, len(data)):,} bytes, more than the {limit:,} such a file can hold"
        )
    return data


def parse_json(data: bytes, where: str):
    """JSON from UTF-8 bytes; any failure (bad UTF-8, bad JSON, nesting too deep, a number too long) is one
    BadFileError line."""
    try:
        return json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise BadFileError(f"{where} is not UTF-8 text (byte {data[exc.start]:#04x} at offset {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise BadFileError(f"{where} is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None
    except RecursionError:
        raise BadFileError(f"{where} nests its JSON too deeply to be a real file") from None
    except ValueError:  # an integer of more digits than Python converts (sys.get_int_max_str_digits)
        raise BadFileError(f"{where} holds a number too long to be a real value") from None


def read_json(path, limit: int):
    """Parse a JSON file of at most `limit` bytes (see read_capped and parse_json)."""
    return parse_json(read_capped(path, limit), os.fspath(path))
