"""safetensors with NumPy alone: round trips, the exact bytes, malformed files, atomic writes."""

import json
import os
import struct

import numpy as np
import pytest

import minigrad.safetensors as st
from minigrad.atomic import atomic_write_bytes, atomic_write_text, atomic_write_with
from minigrad.backend import to_numpy
from minigrad.safetensors import SafetensorsError, load_file, load_metadata, save_file


def odd_tensors(xp):
    rng = np.random.default_rng(7)
    return {
        "f32.matrix": xp.asarray(rng.standard_normal((3, 5)).astype(np.float32)),
        "f64.cube": xp.asarray(rng.standard_normal((2, 1, 3))),
        "f16.vector": xp.asarray(rng.standard_normal(7).astype(np.float16)),
        "i32.scalar": xp.asarray(np.int32(-123456)),  # 0-d
        "i64.big": xp.asarray(rng.integers(-(2**62), 2**62, size=(4,), dtype=np.int64)),
        "f32.empty": xp.zeros((2, 0, 3), dtype=np.float32),
        "i32.empty": xp.zeros((0,), dtype=np.int32),
    }


def test_round_trip_all_dtypes_odd_shapes_and_metadata(xp, tmp_path):
    tensors = odd_tensors(xp)
    path = tmp_path / "t.safetensors"
    meta = {"format": "np", "note": "fish 🐟", "step": "12"}
    save_file(tensors, path, metadata=meta)
    back = load_file(path)
    assert list(back) == list(tensors)  # file order is insertion order
    for name, want in tensors.items():
        want = to_numpy(want)
        got = back[name]
        assert isinstance(got, np.ndarray) and got.dtype == want.dtype and got.shape == want.shape, name
        np.testing.assert_array_equal(got, want)
        assert got.flags.writeable and got.flags.c_contiguous
    assert load_metadata(path) == meta
    header_len = json_header_length(path)
    assert (8 + header_len) % 8 == 0  # padded: the data section starts 8-byte aligned
    assert os.path.getsize(path) == 8 + header_len + data_bytes(tensors)


def json_header_length(path):
    with open(path, "rb") as f:
        return struct.unpack("<Q", f.read(8))[0]


def data_bytes(tensors):
    return sum(to_numpy(t).nbytes for t in tensors.values())


def test_non_contiguous_and_big_endian_inputs(tmp_path):
    base = np.arange(24, dtype=np.float32).reshape(4, 6)
    tensors = {"strided": base[:, ::2], "transposed": base.T, "big_endian": np.arange(5, dtype=">i4")}
    path = tmp_path / "x.safetensors"
    save_file(tensors, path)
    back = load_file(path)
    np.testing.assert_array_equal(back["strided"], base[:, ::2])
    np.testing.assert_array_equal(back["transposed"], base.T)
    np.testing.assert_array_equal(back["big_endian"], np.arange(5))
    assert back["big_endian"].dtype == np.dtype("<i4") and load_metadata(path) == {}


def hand_built_file(metadata=True):
    """A file written straight from the spec, independent of save_file."""
    a = np.array([[1.5, -2.0, 0.25], [3.0, 4.0, -0.5]], dtype="<f4")
    b = np.array([7, -8], dtype="<i8")
    header = "{"
    if metadata:
        header += '"__metadata__":{"who":"guppy"},'
    header += '"a":{"dtype":"F32","shape":[2,3],"data_offsets":[0,24]},'
    header += '"b":{"dtype":"I64","shape":[2],"data_offsets":[24,40]}}'
    raw = header.encode("utf-8")
    raw += b" " * ((8 - len(raw) % 8) % 8)
    return struct.pack("<Q", len(raw)) + raw + a.tobytes() + b.tobytes(), {"a": a, "b": b}


def test_bytes_match_a_file_built_by_hand(tmp_path):
    expected, tensors = hand_built_file()
    path = tmp_path / "ours.safetensors"
    save_file(tensors, path, metadata={"who": "guppy"})
    assert path.read_bytes() == expected
    # And the hand-built file reads back.
    (tmp_path / "hand.safetensors").write_bytes(expected)
    back = load_file(tmp_path / "hand.safetensors")
    np.testing.assert_array_equal(back["a"], tensors["a"])
    np.testing.assert_array_equal(back["b"], tensors["b"])


def test_reader_accepts_loose_json_and_any_offset_order(tmp_path):
    # Spaces in the JSON, no padding, and the tensors listed in the opposite order to their bytes.
    header = json.dumps(
        {
            "late": {"dtype": "F16", "shape": [2], "data_offsets": [4, 8]},
            "early": {"dtype": "I32", "shape": [], "data_offsets": [0, 4]},
        }
    ).encode()
    data = np.array(42, "<i4").tobytes() + np.array([0.5, -1.0], "<f2").tobytes()
    path = tmp_path / "loose.safetensors"
    path.write_bytes(struct.pack("<Q", len(header)) + header + data)
    back = load_file(path)
    assert back["early"].shape == () and int(back["early"]) == 42
    np.testing.assert_array_equal(back["late"], np.array([0.5, -1.0], np.float16))


# ------------------------------------------------------------------ malformed files
def write_with_header(path, header, data=b""):
    raw = json.dumps(header).encode() if not isinstance(header, bytes) else header
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + data)
    return path


def expect_error(path, pattern):
    with pytest.raises(SafetensorsError, match=pattern) as info:
        load_file(path)
    assert "\n" not in str(info.value)  # one line


def test_rejects_file_too_short(tmp_path):
    path = tmp_path / "short.safetensors"
    path.write_bytes(b"\x05\x00\x00")
    expect_error(path, r"file too short \(3 bytes\)")


def test_rejects_header_length_beyond_file(tmp_path):
    path = tmp_path / "len.safetensors"
    path.write_bytes(struct.pack("<Q", 1000) + b"{}")
    expect_error(path, r"header length 1000 is larger than the rest of the file \(2 bytes\)")


def test_rejects_bad_json_and_non_objects(tmp_path):
    expect_error(write_with_header(tmp_path / "j.safetensors", b'{"a": [1, 2'), "header is not valid UTF-8 JSON")
    expect_error(write_with_header(tmp_path / "u.safetensors", b"\xff\xfe{}"), "header is not valid UTF-8 JSON")
    expect_error(write_with_header(tmp_path / "l.safetensors", b"[1, 2]"), "header is a JSON list, not an object")


def test_rejects_unknown_dtype(tmp_path):
    header = {"x": {"dtype": "BF16", "shape": [2], "data_offsets": [0, 4]}}
    expect_error(
        write_with_header(tmp_path / "d.safetensors", header, b"\0" * 4), "'x' has unknown or unsupported dtype 'BF16'"
    )


def test_rejects_size_mismatch_between_shape_and_offsets(tmp_path):
    header = {"x": {"dtype": "F32", "shape": [3], "data_offsets": [0, 8]}}
    expect_error(
        write_with_header(tmp_path / "s.safetensors", header, b"\0" * 8),
        r"'x' of dtype F32 and shape \[3\] needs 12 bytes",
    )


def test_rejects_overlap_and_gap(tmp_path):
    overlap = {
        "a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]},
        "b": {"dtype": "F32", "shape": [2], "data_offsets": [4, 12]},
    }
    expect_error(
        write_with_header(tmp_path / "o.safetensors", overlap, b"\0" * 12),
        "'b' at bytes \\[4, 12\\] overlaps tensor 'a'",
    )
    gap = {
        "a": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]},
        "b": {"dtype": "F32", "shape": [1], "data_offsets": [8, 12]},
    }
    expect_error(
        write_with_header(tmp_path / "g.safetensors", gap, b"\0" * 12),
        r"gap in the data section: no tensor covers bytes \[4, 8\]",
    )


def test_rejects_truncated_and_padded_data(tmp_path):
    good, _ = hand_built_file()
    cut = tmp_path / "cut.safetensors"
    cut.write_bytes(good[:-3])
    expect_error(cut, r"data section is 37 bytes but the tensors need 40 \(file truncated\?\)")
    extra = tmp_path / "extra.safetensors"
    extra.write_bytes(good + b"\0")
    expect_error(extra, "cover only 40 \\(trailing bytes\\)")


def test_rejects_bad_entries_and_metadata(tmp_path):
    no_offsets = {"x": {"dtype": "F32", "shape": [1]}}
    expect_error(
        write_with_header(tmp_path / "e.safetensors", no_offsets, b"\0" * 4),
        "needs 'dtype', 'shape' and 'data_offsets'",
    )
    bad_shape = {"x": {"dtype": "F32", "shape": [-1], "data_offsets": [0, 4]}}
    expect_error(write_with_header(tmp_path / "b.safetensors", bad_shape, b"\0" * 4), "invalid shape")
    bad_meta = {"__metadata__": {"n": 3}}
    path = write_with_header(tmp_path / "m.safetensors", bad_meta)
    expect_error(path, "__metadata__ must be an object mapping strings to strings")


def test_missing_file_and_unsavable_inputs(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such safetensors file"):
        load_file(tmp_path / "nope.safetensors")
    with pytest.raises(SafetensorsError, match="'c' has dtype complex64, which cannot be saved"):
        save_file({"c": np.zeros(2, np.complex64)}, tmp_path / "c.safetensors")
    with pytest.raises(SafetensorsError, match="reserved for metadata"):
        save_file({"__metadata__": np.zeros(2)}, tmp_path / "c.safetensors")
    with pytest.raises(SafetensorsError, match="metadata must map str to str"):
        save_file({"x": np.zeros(2)}, tmp_path / "c.safetensors", metadata={"step": 3})
    assert not any(tmp_path.iterdir())  # nothing half-written was left behind


# ------------------------------------------------------------------ atomic writes
def test_failed_save_leaves_old_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "model.safetensors"
    old = {"w": np.arange(6, dtype=np.float32)}
    save_file(old, path)
    old_bytes = path.read_bytes()

    calls = []
    real = st._tensor_bytes

    def fail_on_second_tensor(array):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full (simulated)")
        return real(array)

    monkeypatch.setattr(st, "_tensor_bytes", fail_on_second_tensor)
    new = {"a": np.ones(1000, np.float32), "b": np.ones(1000, np.float32)}
    with pytest.raises(OSError, match="disk full"):
        save_file(new, path)
    assert len(calls) == 2  # the header and the first tensor had been written: midway
    assert path.read_bytes() == old_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.safetensors"]  # temp file removed


def test_atomic_write_helpers(tmp_path):
    path = tmp_path / "config.json"
    atomic_write_text(path, '{"fish": "guppy"}\n')
    assert path.read_text() == '{"fish": "guppy"}\n'
    atomic_write_bytes(path, b"\x00\x01")
    assert path.read_bytes() == b"\x00\x01"

    def write_then_fail(f):
        f.write(b"half of a new file")
        raise RuntimeError("crash while writing")

    with pytest.raises(RuntimeError, match="crash while writing"):
        atomic_write_with(path, write_then_fail)
    assert path.read_bytes() == b"\x00\x01"
    assert [p.name for p in tmp_path.iterdir()] == ["config.json"]
    # The same permissions as a file made with open() (mkstemp alone would leave it 0600).
    reference = tmp_path / "made_by_open"
    reference.write_bytes(b"")
    assert os.stat(path).st_mode == os.stat(reference).st_mode


# ------------------------------------------------------------------ the official library (optional)
def test_official_safetensors_reads_ours_and_we_read_theirs(tmp_path):
    official = pytest.importorskip("safetensors.numpy")
    tensors = {name: to_numpy(t) for name, t in odd_tensors(np).items()}
    ours = tmp_path / "ours.safetensors"
    save_file(tensors, ours, metadata={"k": "v"})
    for name, got in official.load_file(str(ours)).items():
        np.testing.assert_array_equal(got, tensors[name])
        assert got.dtype == tensors[name].dtype and got.shape == tensors[name].shape
    theirs = tmp_path / "theirs.safetensors"
    official.save_file(tensors, str(theirs), metadata={"k": "v"})
    back = load_file(theirs)
    assert set(back) == set(tensors) and load_metadata(theirs) == {"k": "v"}
    for name, got in back.items():
        np.testing.assert_array_equal(got, tensors[name])
        assert got.dtype == tensors[name].dtype and got.shape == tensors[name].shape
