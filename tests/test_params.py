"""The flat parameter buffer: layout offsets, views that share memory, init, save/load checks."""

import numpy as np
import pytest

from minigrad.backend import make_rng, to_numpy
from minigrad.params import FlatParams, ParamLayout, ParamMismatchError

SHAPES = [("emb.weight", (7, 5)), ("lin.weight", (3, 5)), ("lin.bias", (3,)), ("norm.weight", (5,)), ("scalar", ())]


def layout():
    return ParamLayout(SHAPES)


def test_layout_offsets_and_size():
    lay = layout()
    assert lay.names == [n for n, _ in SHAPES]
    assert lay.shapes["lin.weight"] == (3, 5)
    assert lay.offsets == {"emb.weight": 0, "lin.weight": 35, "lin.bias": 50, "norm.weight": 53, "scalar": 58}
    assert lay.size == 35 + 15 + 3 + 5 + 1
    assert len(lay) == 5


def test_layout_rejects_duplicates_and_negative_dims():
    with pytest.raises(ValueError, match="appears twice"):
        ParamLayout([("a", (2,)), ("a", (3,))])
    with pytest.raises(ValueError, match="negative dimension"):
        ParamLayout([("a", (2, -1))])


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.float16])
def test_views_share_memory_with_any_flat_buffer(xp, dtype):
    lay = layout()
    flat = xp.zeros(lay.size, dtype=dtype)
    views = lay.views(flat)
    for name, shape in SHAPES:
        assert views[name].shape == shape and views[name].dtype == flat.dtype
    # Writing a view writes the flat buffer at that tensor's offsets, and only there.
    views["lin.weight"][1, 2] = 4.0
    expected = np.zeros(lay.size, dtype=dtype)
    expected[35 + 1 * 5 + 2] = 4.0
    np.testing.assert_array_equal(to_numpy(flat), expected)
    # Writing the flat buffer shows through the views.
    flat[50:53] = xp.asarray([1.0, 2.0, 3.0], dtype=dtype)
    np.testing.assert_array_equal(to_numpy(views["lin.bias"]), [1.0, 2.0, 3.0])
    flat[58] = 9.0
    assert float(lay.view(flat, "scalar")) == 9.0
    if xp is np:
        assert all(np.shares_memory(v, flat) for v in views.values())


def test_views_reject_wrong_buffers():
    lay = layout()
    with pytest.raises(ValueError, match="flat 1-D buffer of 59"):
        lay.views(np.zeros(58, np.float32))
    with pytest.raises(ValueError, match="flat 1-D buffer"):
        lay.views(np.zeros((59, 1), np.float32))
    with pytest.raises(ValueError, match="contiguous"):
        lay.views(np.zeros(118, np.float32)[::2])
    with pytest.raises(KeyError, match="no parameter named 'nope'"):
        lay.view(np.zeros(59, np.float32), "nope")


def test_flat_params_views_and_zero_grad(xp):
    fp = FlatParams(layout(), xp)
    assert fp.num_params == 59 and fp.data.dtype == np.float32
    fp.grad[...] = xp.asarray(np.random.default_rng(0).standard_normal(59), dtype=np.float32)
    fp.grads["norm.weight"] += 1.0  # kernels accumulate into the views
    assert float(fp.grad[53]) != 0.0
    fp.tensors["lin.bias"][...] = 2.5
    np.testing.assert_array_equal(to_numpy(fp.data[50:53]), [2.5, 2.5, 2.5])
    fp.zero_grad()
    assert not to_numpy(fp.grad).any()
    assert not to_numpy(fp.grads["emb.weight"]).any()  # the views see the same zeros


def test_init_statistics_and_kinds(xp):
    lay = ParamLayout([("big", (300, 200)), ("wide", (100, 100)), ("b", (37,)), ("g", (37,))])
    fp = FlatParams(lay, xp)
    fp.data[...] = 7.0  # init must overwrite every element
    fp.init_(make_rng(xp, 123), {"big": "normal", "wide": ("normal", 0.5), "b": "zeros", "g": "ones"})
    big = to_numpy(fp.tensors["big"]).astype(np.float64)
    wide = to_numpy(fp.tensors["wide"]).astype(np.float64)
    # 60,000 samples: the std estimate is within ~0.3% (1 sigma); 3% is a safe, still-failing bound.
    assert abs(big.std() - 0.02) < 0.02 * 0.03 and abs(big.mean()) < 0.02 * 0.03
    assert abs(wide.std() - 0.5) < 0.5 * 0.05 and abs(wide.mean()) < 0.5 * 0.05
    np.testing.assert_array_equal(to_numpy(fp.tensors["b"]), 0.0)
    np.testing.assert_array_equal(to_numpy(fp.tensors["g"]), 1.0)
    # Same seed, same weights, whatever the order of the spec; another seed differs.
    spec_reversed = {"g": "ones", "b": "zeros", "wide": ("normal", 0.5), "big": "normal"}
    again = FlatParams(lay, xp).init_(make_rng(xp, 123), spec_reversed)
    np.testing.assert_array_equal(to_numpy(again.data), to_numpy(fp.data))
    other = FlatParams(lay, xp).init_(make_rng(xp, 124), spec_reversed)
    assert not np.array_equal(to_numpy(other.data), to_numpy(fp.data))


def test_init_spec_errors():
    fp = FlatParams(layout(), np)
    full = {n: "zeros" for n in fp.layout.names}
    with pytest.raises(ValueError, match="no entry for parameter 'scalar'"):
        fp.init_(0, {n: "zeros" for n in fp.layout.names[:-1]})
    with pytest.raises(ValueError, match="'extra'.*not a parameter"):
        fp.init_(0, {**full, "extra": "ones"})
    with pytest.raises(ValueError, match="unknown init kind 'uniform'"):
        fp.init_(0, {**full, "lin.bias": "uniform"})


def test_decay_mask_covers_matrices_only(xp):
    fp = FlatParams(layout(), xp)
    mask = to_numpy(fp.decay_mask())
    assert mask.dtype == np.float32 and mask.shape == (59,)
    views = fp.layout.views(mask)
    for name, shape in SHAPES:
        np.testing.assert_array_equal(views[name], 1.0 if len(shape) >= 2 else 0.0)


def random_tensors(seed=0):
    rng = np.random.default_rng(seed)
    return {name: rng.standard_normal(shape).astype(np.float32) for name, shape in SHAPES}


def test_state_dict_round_trip_and_copies(xp):
    fp = FlatParams(layout(), xp)
    tensors = random_tensors()
    fp.load_state_dict(tensors)
    state = fp.state_dict()
    assert list(state) == fp.layout.names
    for name in tensors:
        assert isinstance(state[name], np.ndarray)
        np.testing.assert_array_equal(state[name], tensors[name])
    state["lin.bias"][...] = 100.0  # a host copy: the model must not change
    assert float(fp.tensors["lin.bias"][0]) == tensors["lin.bias"][0]


def test_load_state_dict_shape_mismatch_message():
    fp = FlatParams(layout(), np)
    before = fp.data.copy()
    tensors = random_tensors()
    tensors["lin.weight"] = np.zeros((6, 10), np.float32)
    with pytest.raises(ParamMismatchError) as info:
        fp.load_state_dict(tensors)
    msg = str(info.value)
    assert msg == "checkpoint tensor 'lin.weight' has shape [6, 10] but the model expects [3, 5]"
    np.testing.assert_array_equal(fp.data, before)  # nothing was loaded


def test_load_state_dict_missing_and_unexpected():
    fp = FlatParams(layout(), np)
    tensors = random_tensors()
    del tensors["norm.weight"]
    with pytest.raises(
        ParamMismatchError, match=r"^checkpoint has no tensor 'norm.weight' \(the model expects shape \[5\]\)$"
    ):
        fp.load_state_dict(tensors)
    tensors = random_tensors()
    tensors["head.weight"] = np.zeros((4, 4), np.float32)
    with pytest.raises(
        ParamMismatchError, match=r"^checkpoint has unexpected tensor 'head.weight' with shape \[4, 4\]$"
    ):
        fp.load_state_dict(tensors)
    # Several problems: the first in layout order is named, the rest counted, still one line.
    tensors = random_tensors()
    tensors["emb.weight"] = np.zeros((8, 5), np.float32)
    del tensors["scalar"]
    with pytest.raises(ParamMismatchError) as info:
        fp.load_state_dict(tensors)
    assert str(info.value).startswith("checkpoint tensor 'emb.weight' has shape [8, 5]")
    assert "(and 1 more problems)" in str(info.value) and "\n" not in str(info.value)
    assert issubclass(ParamMismatchError, ValueError)


def test_load_state_dict_rejects_integer_tensors():
    tensors = random_tensors()
    tensors["lin.bias"] = np.arange(3)
    with pytest.raises(ParamMismatchError, match="'lin.bias' has dtype int64, expected floating point"):
        FlatParams(layout(), np).load_state_dict(tensors)


def test_to_and_astype_copy_data_and_grad(xp):
    fp = FlatParams(layout(), xp)
    fp.load_state_dict(random_tensors(1))
    fp.grad[...] = xp.asarray(np.random.default_rng(2).standard_normal(59), dtype=np.float32)
    half = fp.astype(np.float16)
    assert half.dtype == np.float16 and half.data.dtype == np.float16
    np.testing.assert_allclose(to_numpy(half.data), to_numpy(fp.data), rtol=1e-3, atol=1e-4)
    host = fp.to(np)
    assert isinstance(host.data, np.ndarray)
    np.testing.assert_array_equal(host.grad, to_numpy(fp.grad))
    host.data[0] = 123.0  # a copy, not an alias
    assert float(fp.data[0]) != 123.0
    assert host.tensors["emb.weight"][0, 0] == 123.0  # the copy's views point into the copy
