"""Embedding kernel: loop reference, float64 gradcheck, float32 error, odd layouts, bad input."""

import numpy as np
import pytest

from minigrad.backend import to_numpy
from minigrad.gradcheck import check_kernel
from minigrad.kernels import embedding_backward, embedding_forward

U32 = 2.0**-24  # float32 unit roundoff: one rounding moves a value by at most this fraction


def make_inputs(xp, dtype, B=3, T=5, V=7, T_max=8, D=6, seed=0):
    rng = np.random.default_rng(seed)
    ids = rng.integers(0, V, size=(B, T))
    ids[0, :3] = 2  # the same id three times in a row
    ids[2, 4] = 2  # and once more in another sequence
    tok = rng.standard_normal((V, D))
    pos = rng.standard_normal((T_max, D))
    return xp.asarray(ids), xp.asarray(tok, dtype=dtype), xp.asarray(pos, dtype=dtype)


def strided(xp, a):
    """The same values as a, as a view whose last axis has stride 2 (not contiguous)."""
    big = xp.zeros(a.shape[:-1] + (2 * a.shape[-1],), dtype=a.dtype)
    big[..., ::2] = a
    return big[..., ::2]


def loop_forward(ids, tok, pos):
    B, T = ids.shape
    out = np.zeros((B, T, tok.shape[1]))
    for b in range(B):
        for t in range(T):
            for d in range(tok.shape[1]):
                out[b, t, d] = tok[ids[b, t], d] + pos[t, d]
    return out


def loop_backward(dout, ids, V, T_max):
    B, T, D = dout.shape
    dtok, dpos = np.zeros((V, D)), np.zeros((T_max, D))
    for b in range(B):
        for t in range(T):
            dtok[ids[b, t]] += dout[b, t]
            dpos[t] += dout[b, t]
    return dtok, dpos


def test_forward_and_backward_match_loops(xp):
    ids, tok, pos = make_inputs(xp, np.float64)
    out, cache = embedding_forward(ids, tok, pos)
    assert np.array_equal(to_numpy(out), loop_forward(*map(to_numpy, (ids, tok, pos))))
    dout = xp.asarray(np.random.default_rng(1).standard_normal(out.shape))
    dtok, dpos = embedding_backward(dout, cache)
    ref_tok, ref_pos = loop_backward(to_numpy(dout), to_numpy(ids), tok.shape[0], pos.shape[0])
    np.testing.assert_allclose(to_numpy(dtok), ref_tok, rtol=0, atol=1e-12)
    np.testing.assert_allclose(to_numpy(dpos), ref_pos, rtol=0, atol=1e-12)
    assert not to_numpy(dpos)[ids.shape[1] :].any()  # positions past T get no gradient


def test_scatter_add_with_many_repeats(xp):
    """Sort + reduceat (NumPy) or atomic adds (CuPy) against np.add.at, with heavy repeats."""
    rng = np.random.default_rng(3)
    ids = np.minimum(rng.zipf(1.5, size=(9, 37)), 12)  # lots of repeated small ids
    tok, pos = rng.standard_normal((13, 5)), rng.standard_normal((40, 5))
    _, cache = embedding_forward(xp.asarray(ids), xp.asarray(tok), xp.asarray(pos))
    dout = rng.standard_normal((9, 37, 5))
    dtok, _ = embedding_backward(xp.asarray(dout), cache)
    ref = np.zeros_like(tok)
    np.add.at(ref, ids.reshape(-1), dout.reshape(-1, 5))
    np.testing.assert_allclose(to_numpy(dtok), ref, rtol=0, atol=1e-12)


def test_gradcheck_float64(xp):
    ids, tok, pos = make_inputs(xp, np.float64)
    errors = check_kernel(
        lambda tok, pos: embedding_forward(ids, tok, pos), embedding_backward, {"tok": tok, "pos": pos}, ("tok", "pos")
    )
    assert max(errors.values()) < 1e-7, errors


def test_float32_close_to_float64(xp):
    """Forward: one rounding of each table entry and one add, so <= 2u relative to the
    magnitudes. Backward: each gradient row sums at most B*T = 15 rows, so 15u."""
    ids, tok32, pos32 = make_inputs(xp, np.float32)
    _, tok64, pos64 = make_inputs(xp, np.float64)
    out32, c32 = embedding_forward(ids, tok32, pos32)
    out64, c64 = embedding_forward(ids, tok64, pos64)
    assert out32.dtype == np.float32
    scale = np.abs(to_numpy(tok64)).max() + np.abs(to_numpy(pos64)).max()
    assert np.abs(to_numpy(out32) - to_numpy(out64)).max() <= 2 * U32 * scale
    dout = np.random.default_rng(2).standard_normal(out64.shape)
    for g32, g64 in zip(
        embedding_backward(xp.asarray(dout, dtype=np.float32), c32), embedding_backward(xp.asarray(dout), c64)
    ):
        assert g32.dtype == np.float32
        assert np.abs(to_numpy(g32) - to_numpy(g64)).max() <= 15 * U32 * np.abs(dout).sum(axis=(0, 1)).max()


def test_noncontiguous_inputs_same_result(xp):
    ids, tok, pos = make_inputs(xp, np.float64)
    ids_view = xp.ascontiguousarray(ids.T).T  # same values, transposed strides
    tok_view, pos_view = strided(xp, tok), strided(xp, pos)
    assert not ids_view.flags.c_contiguous and not tok_view.flags.c_contiguous
    out_a, cache_a = embedding_forward(ids, tok, pos)
    out_b, cache_b = embedding_forward(ids_view, tok_view, pos_view)
    assert np.array_equal(to_numpy(out_a), to_numpy(out_b))
    dout = xp.asarray(np.random.default_rng(4).standard_normal(out_a.shape))
    for ga, gb in zip(embedding_backward(dout, cache_a), embedding_backward(strided(xp, dout), cache_b)):
        np.testing.assert_allclose(to_numpy(ga), to_numpy(gb), rtol=0, atol=1e-12)


def test_bad_input_raises(xp):
    ids, tok, pos = make_inputs(xp, np.float64)
    with pytest.raises(ValueError, match="exceeds"):
        embedding_forward(xp.zeros((2, pos.shape[0] + 1), dtype=np.int64), tok, pos)
    with pytest.raises(ValueError, match="integer"):
        embedding_forward(ids.astype(np.float64), tok, pos)
    if xp is np:  # the range check is CPU-only (on a GPU it would force a sync)
        with pytest.raises(ValueError, match="token ids"):
            embedding_forward(ids - 1, tok, pos)
