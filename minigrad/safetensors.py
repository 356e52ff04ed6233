"""Read and write .safetensors files with NumPy alone (plain bytes: nothing is executed on load).

The format (https://github.com/huggingface/safetensors), byte by byte:

    [8 bytes]  N, the header length, unsigned 64-bit little-endian
    [N bytes]  UTF-8 JSON object, padded with spaces to make 8 + N a multiple of 8:
                 {"__metadata__": {"key": "value", ...},            (optional, str -> str)
                  "name": {"dtype": "F32", "shape": [2, 3], "data_offsets": [begin, end]}, ...}
    [rest]     the data section: each tensor's raw little-endian C-order bytes at
               [begin, end) counted from the start of this section; the tensors tile it
               exactly, with no gaps and no overlaps, and nothing after the last one.

save_file writes the tensors in the order given (atomically: see minigrad.atomic);
load_file checks every rule above and raises SafetensorsError with a one-line reason.
Reading is header first: read_header checks the header against the file's size before a
byte of data is read, so a caller can also check the names and shapes against what it
expects (guppy/training/checkpoint.py) before anything of the file's claimed size is allocated.
"""

from __future__ import annotations

import json
import math
import os
import struct

import numpy as np

from minigrad.atomic import atomic_write_with
from minigrad.backend import to_numpy
from minigrad.readfile import BadFileError, open_regular

# safetensors dtype name -> little-endian NumPy dtype (BF16 has no NumPy equivalent)
DTYPES = {
    "F64": np.dtype("<f8"),
    "F32": np.dtype("<f4"),
    "F16": np.dtype("<f2"),
    "I64": np.dtype("<i8"),
    "I32": np.dtype("<i4"),
    "I16": np.dtype("<i2"),
    "I8": np.dtype("i1"),
    "U64": np.dtype("<u8"),
    "U32": np.dtype("<u4"),
    "U16": np.dtype("<u2"),
    "U8": np.dtype("u1"),
    "BOOL": np.dtype("?"),
}
_NAME_OF_DTYPE = {dt.newbyteorder("="): name for name, dt in DTYPES.items()}  # keyed by native dtype

METADATA_KEY = "__metadata__"
# The reference implementation allows 100 MB; real headers are a few KB (about 100 bytes a
# tensor), and parsing 100 MB of hostile JSON would take far more memory than the model.
MAX_HEADER_BYTES = 8 << 20


class SafetensorsError(ValueError):
    """A malformed .safetensors file, or tensors that cannot be saved as one."""


# ------------------------------------------------------------------ writing
def _as_little_endian(name: str, array) -> tuple[str, np.ndarray]:
    """A C-contiguous little-endian NumPy copy/view of `array` and its safetensors dtype name."""
    a = np.asarray(to_numpy(array))
    dtype_name = _NAME_OF_DTYPE.get(a.dtype.newbyteorder("="))
    if dtype_name is None:
        raise SafetensorsError(
            f"tensor {name!r} has dtype {a.dtype}, which cannot be saved (supported: {', '.join(DTYPES)})"
        )
    # (not np.ascontiguousarray: it would turn a 0-d array into shape [1])
    return dtype_name, np.asarray(a, dtype=DTYPES[dtype_name], order="C")


def _tensor_bytes(array: np.ndarray) -> memoryview:
    """The raw bytes of a C-contiguous array, without copying."""
    return memoryview(array.reshape(-1)).cast("B")


def build_header(tensors: dict, metadata: dict | None = None) -> bytes:
    """The 8-byte length and the padded JSON header for already-converted tensors."""
    header = {}
    if metadata:
        for key, value in metadata.items():
            if not isinstance(key, str) or not isinstance(value, str):
                raise SafetensorsError(f"metadata must map str to str, got {key!r}: {type(value).__name__}")
        header[METADATA_KEY] = dict(metadata)
    offset = 0
    for name, (dtype_name, a) in tensors.items():
        header[name] = {"dtype": dtype_name, "shape": list(a.shape), "data_offsets": [offset, offset + a.nbytes]}
        offset += a.nbytes
    text = json.dumps(header, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    text += b" " * (-len(text) % 8)  # pad so the data section starts 8-byte aligned
    return struct.pack("<Q", len(text)) + text


def save_file(tensors: dict, path, metadata: dict | None = None) -> None:
    """Write `tensors` (name -> numpy or cupy array) to `path` as safetensors, atomically."""
    converted = {}
    for name, array in tensors.items():
        if not isinstance(name, str) or not name:
            raise SafetensorsError(f"tensor names must be non-empty strings, got {name!r}")
        if name == METADATA_KEY:
            raise SafetensorsError(f"{METADATA_KEY!r} is reserved for metadata and cannot name a tensor")
        converted[name] = _as_little_endian(name, array)
    head = build_header(converted, metadata)

    def write(f):
        f.write(head)
        for _, a in converted.values():
            f.write(_tensor_bytes(a))

    atomic_write_with(path, write)


# ------------------------------------------------------------------ reading
def _fail(path, reason: str):
    raise SafetensorsError(f"{os.fspath(path)}: {reason}")


def _read_header(path, f, file_size: int) -> tuple[dict, int]:
    """Parse and check the header; return it and the byte position of the data section."""
    if file_size < 8:
        _fail(path, f"file too short ({file_size} bytes) to hold the 8-byte header length")
    (n,) = struct.unpack("<Q", f.read(8))
    if n > file_size - 8:
        _fail(path, f"header length {n} is larger than the rest of the file ({file_size - 8} bytes)")
    if n > MAX_HEADER_BYTES:
        _fail(path, f"header length {n} exceeds the limit of {MAX_HEADER_BYTES} bytes")
    raw = f.read(n)
    try:
        header = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        _fail(path, f"header is not valid UTF-8 JSON ({exc})")
    except ValueError:  # an integer of more digits than Python converts
        _fail(path, "header holds a number too long to be a real value")
    except RecursionError:
        _fail(path, "header nests its JSON too deeply to be a real header")
    if not isinstance(header, dict):
        _fail(path, f"header is a JSON {type(header).__name__}, not an object")
    return header, 8 + n


def _is_int(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _check_entries(path, header: dict, data_size: int) -> list[tuple[str, np.dtype, tuple, int, int]]:
    """Validate each tensor entry and the tiling of the data section; return (name, dtype, shape, begin, end)."""
    entries = []
    for name, info in header.items():
        if name == METADATA_KEY:
            continue
        if not isinstance(info, dict) or not {"dtype", "shape", "data_offsets"} <= info.keys():
            _fail(path, f"tensor {name!r} needs 'dtype', 'shape' and 'data_offsets' in the header")
        dtype_name, shape, offsets = info["dtype"], info["shape"], info["data_offsets"]
        if dtype_name not in DTYPES:
            _fail(
                path,
                f"tensor {name!r} has unknown or unsupported dtype {dtype_name!r} (supported: {', '.join(DTYPES)})",
            )
        if not isinstance(shape, list) or not all(_is_int(s) and s >= 0 for s in shape):
            _fail(path, f"tensor {name!r} has an invalid shape {shape!r} (need a list of non-negative integers)")
        if not (
            isinstance(offsets, list)
            and len(offsets) == 2
            and all(_is_int(o) for o in offsets)
            and 0 <= offsets[0] <= offsets[1]
        ):
            _fail(
                path, f"tensor {name!r} has invalid data_offsets {offsets!r} (need [begin, end] with 0 <= begin <= end)"
            )
        dtype = DTYPES[dtype_name]
        begin, end = offsets
        expected = math.prod(shape) * dtype.itemsize
        if end - begin != expected:
            _fail(
                path,
                f"tensor {name!r} of dtype {dtype_name} and shape {shape} needs {expected} bytes "
                f"but its data_offsets [{begin}, {end}] span {end - begin}",
            )
        entries.append((name, dtype, tuple(shape), begin, end))

    position, previous = 0, None
    for name, _, _, begin, end in sorted(entries, key=lambda e: (e[3], e[4])):
        if begin < position:
            _fail(path, f"tensor {name!r} at bytes [{begin}, {end}] overlaps tensor {previous!r}")
        if begin > position:
            _fail(path, f"gap in the data section: no tensor covers bytes [{position}, {begin}]")
        position, previous = end, name
    if position > data_size:
        _fail(path, f"data section is {data_size} bytes but the tensors need {position} (file truncated?)")
    if position < data_size:
        _fail(path, f"data section is {data_size} bytes but the tensors cover only {position} (trailing bytes)")
    return entries


def _open_checked(path):
    """The open file; a FIFO or device is refused here rather than read (see minigrad/readfile.py)."""
    try:
        return open_regular(path)
    except FileNotFoundError:
        raise FileNotFoundError(f"no such safetensors file: {os.fspath(path)}") from None
    except BadFileError as exc:
        raise SafetensorsError(str(exc)) from None


def _metadata_of(path, header: dict) -> dict:
    metadata = header.get(METADATA_KEY) or {}
    if not isinstance(metadata, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in metadata.items()
    ):
        _fail(path, f"{METADATA_KEY} must be an object mapping strings to strings")
    return dict(metadata)


def read_header(path) -> tuple[dict, dict]:
    """(metadata, {name: (dtype name, shape)}) of the file, every rule checked against its size; no data is read."""
    with _open_checked(path) as f:
        file_size = os.fstat(f.fileno()).st_size
        header, data_start = _read_header(path, f, file_size)
    metadata = _metadata_of(path, header)
    entries = _check_entries(path, header, file_size - data_start)
    return metadata, {name: (header[name]["dtype"], shape) for name, _, shape, _, _ in entries}


def load_metadata(path) -> dict:
    """The '__metadata__' dict of the file (str -> str), or {} when it has none. Reads the header only."""
    with _open_checked(path) as f:
        header, _ = _read_header(path, f, os.fstat(f.fileno()).st_size)
    return _metadata_of(path, header)


def load_file(path) -> dict:
    """Read every tensor of the file as writable NumPy arrays in native byte order, in file order."""
    with _open_checked(path) as f:
        file_size = os.fstat(f.fileno()).st_size
        header, data_start = _read_header(path, f, file_size)
        _metadata_of(path, header)  # a malformed __metadata__ makes the file malformed
        entries = _check_entries(path, header, file_size - data_start)  # before reading: sizes add up
        data = f.read(file_size - data_start)
    if len(data) != file_size - data_start:
        _fail(path, f"the file shrank while it was read ({len(data)} of {file_size - data_start} data bytes)")
    tensors = {}
    for name, dtype, shape, begin, end in entries:
        # frombuffer is a read-only view of `data`; astype to the native dtype makes a
        # writable, aligned copy (and swaps bytes on a big-endian machine).
        flat = np.frombuffer(data, dtype=dtype, count=(end - begin) // dtype.itemsize, offset=begin)
        tensors[name] = flat.astype(dtype.newbyteorder("="), copy=True).reshape(shape)
    return tensors
