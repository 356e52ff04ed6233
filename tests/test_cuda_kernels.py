"""The fused CUDA kernels against float64 references, without a GPU.

1. Launch arithmetic and kernel-argument building (pure Python).
2. The real .cu sources and Python wrappers run through the CPU emulator
   (minigrad.cuda.emulator: g++, one thread per CUDA thread), on NumPy arrays.
   This checks indexing, masks, reductions and float16 rounding without a GPU.
   Skipped where g++ (C++20) is missing.
The same checks on a real GPU: test_cuda_gpu.py.

Tolerances: tests/fused_checks.py (float32 2e-5 of the largest exact value, float16
3e-3). AdamW is compared bit for bit with the reference optimizer.
"""

import numpy as np
import pytest
from fused_checks import TOL16, TOL32, f64, layernorm_case

import minigrad.kernels as reference
from minigrad.backend import make_rng
from minigrad.cuda import adamw, attention, cross_entropy, grad_norm, layernorm, loader, softmax
from minigrad.relative_error import max_relative_error as rel_err

# ------------------------------------------------------------ 1. launch arithmetic


def test_threads_for():
    assert loader.threads_for(384, per_thread=4) == 96
    assert loader.threads_for(1) == 32
    assert loader.threads_for(10**6, per_thread=4) == 1024
    for n in (1, 31, 33, 385, 5000):
        t = loader.threads_for(n, per_thread=3)
        assert t % 32 == 0 and 32 <= t <= 1024


def test_layernorm_launch_shapes():
    assert layernorm.forward_launch(4096, 384) == ((4096,), (96,))
    (grid, block, rows_per_block, shared), (cgrid, cblock) = layernorm.backward_launch(4096, 384)
    assert grid == (256,) and block == (384,) and rows_per_block == 16 and shared == 2 * 384 * 4
    assert cgrid == (24,) and cblock == (256,)  # 2 * 384 columns, 32 per block
    for n in (1, 7, 255, 257, 100_000):
        (grid, _, rpb, _), _ = layernorm.backward_launch(n, 37)
        assert (grid[0] - 1) * rpb < n <= grid[0] * rpb  # every row in exactly one block, no empty block


def test_softmax_and_cross_entropy_launch_shapes():
    assert softmax.rows_launch(32 * 6 * 128) == ((6144,), (128,))
    assert softmax.rows_launch(5) == ((2,), (128,))
    assert cross_entropy.rows_launch(4096, 4096) == ((4096,), (256,))


def test_adamw_launch_and_scalars():
    assert adamw.launch(8_726_016) == ((adamw.MAX_BLOCKS,), (256,))
    assert adamw.launch(5) == ((1,), (256,))
    s = adamw.step_scalars(3e-4, (0.9, 0.95), 1e-8, 0.1, t=3)
    assert all(isinstance(x, np.float32) for x in s)
    lr_wd, b1, omb1, b2, omb2, inv_sqrt_bias2, eps, step_size = s
    assert lr_wd == np.float32(3e-5) and omb1 == np.float32(0.1) and omb2 == np.float32(1 - 0.95)
    assert inv_sqrt_bias2 == np.float32(1 / np.sqrt(1 - 0.95**3)) and step_size == np.float32(3e-4 / (1 - 0.9**3))
    assert adamw.step_scalars(0.0, (0.9, 0.95), 1e-8, 0.1, t=1)[0] == 0.0


def test_grad_norm_launch():
    assert grad_norm.launch(8_726_016) == ((1024,), (256,))
    assert grad_norm.launch(1) == ((1,), (256,))


def test_loader_sources():
    text = loader.source_text("layernorm.cu")
    assert text.count("#define MINIGRAD_CUDA_COMMON") == 1 and "\n#include" not in text
    assert "layernorm_backward_f16" in loader.kernel_names("layernorm.cu")
    with pytest.raises(loader.KernelSourceError, match="defines no kernel 'nope'"):
        loader.CupyProvider().get("layernorm.cu", "nope")  # checked before anything is compiled
    with pytest.raises(loader.KernelSourceError, match="no CUDA source"):
        loader.source_text("missing.cu")


# ------------------------------------------------------------ 2. emulated on the CPU


def test_emulator_rejects_untyped_scalars(emulated):
    kernel = loader.get_kernel("cross_entropy.cu", "ce_sum")
    with pytest.raises(TypeError, match="NumPy scalar"):
        kernel((1,), (32,), (np.zeros(3, np.float32), 3, np.zeros(1, np.float32)))


@pytest.mark.parametrize("shape", [(3, 5, 37), (2, 384), (1, 1100)])
def test_layernorm_emulated(emulated, shape):
    rng = np.random.default_rng(1)
    x, g, b, dy, exact_y, exact_grads = layernorm_case(rng, shape)
    for dtype, tol in ((np.float32, TOL32), (np.float16, TOL16)):
        y, c = layernorm.layernorm_forward(x.astype(dtype), g, b)
        assert y.dtype == dtype and rel_err(y, exact_y) < tol
        grads = layernorm.layernorm_backward(dy.astype(dtype), c)
        for got, want in zip(grads, exact_grads):
            assert rel_err(got, want) < tol


def test_layernorm_emulated_noncontiguous(emulated):
    rng = np.random.default_rng(2)
    x = rng.standard_normal((7, 40)).astype(np.float32)[:, ::2]  # strided rows of 20
    g, b = np.ones(20, np.float32) + 0.1, np.zeros(20, np.float32) - 0.3
    y, _ = layernorm.layernorm_forward(x, g, b)
    assert rel_err(y, reference.layernorm_forward(*f64(x, g, b))[0]) < TOL32


def test_softmax_emulated(emulated):
    rng = np.random.default_rng(3)
    x = (rng.standard_normal((3, 5, 45)) * 3).astype(np.float32)
    x[0, 0] = -np.inf  # a row with nothing visible: zeros, not NaN
    x[1, 2, ::3] = -np.inf
    dp = rng.standard_normal(x.shape).astype(np.float32)
    exact_p, cache = reference.softmax_forward(f64(x)[0])
    exact_dx = reference.softmax_backward(f64(dp)[0], cache)
    for dtype, tol in ((np.float32, TOL32), (np.float16, TOL16)):
        p, c = softmax.softmax_forward(x.astype(dtype))
        assert rel_err(p, exact_p) < tol and not p[0, 0].any() and not p[1, 2, ::3].any()
        assert rel_err(softmax.softmax_backward(dp.astype(dtype), c), exact_dx) < tol
    # in place, as attention uses it: out=x, then out=dp
    xx, dd = x.copy(), dp.copy()
    p, c = softmax.softmax_forward(xx, out=xx)
    assert p is xx and rel_err(xx, exact_p) < TOL32
    dx = softmax.softmax_backward(dd, c, out=dd)
    assert dx is dd and rel_err(dd, exact_dx) < TOL32
    # another axis
    p, c = softmax.softmax_forward(x[2], axis=0)
    exact_p0, cache0 = reference.softmax_forward(f64(x[2])[0], axis=0)
    assert rel_err(p, exact_p0) < TOL32
    assert rel_err(softmax.softmax_backward(dp[2], c), reference.softmax_backward(f64(dp[2])[0], cache0)) < TOL32


@pytest.mark.parametrize("B, T", [(3, 5), (2, 33)])  # 33: a warp loops twice over a row
def test_attention_emulated(emulated, B, T):
    rng = np.random.default_rng(4)
    H, hd = 2, 4
    D = H * hd
    qkv = rng.standard_normal((B, T, 3 * D)).astype(np.float32)
    dout = rng.standard_normal((B, T, D)).astype(np.float32)
    cases = [{}, {"dropout_p": 0.25, "training": True}]
    for kwargs in cases:
        fused_kw, exact_kw = dict(kwargs), dict(kwargs)
        if kwargs.get("training"):
            fused_kw["rng"], exact_kw["rng"] = make_rng(np, 11), make_rng(np, 11)  # same draws
        exact_out, cache = reference.attention_forward(f64(qkv)[0], H, **exact_kw)
        exact_dqkv = reference.attention_backward(f64(dout)[0], cache)
        out, c = attention.attention_forward(qkv, H, **fused_kw)
        assert rel_err(out, exact_out) < TOL32
        assert rel_err(attention.attention_backward(dout, c), exact_dqkv) < TOL32
        probs = c[3]
        assert not np.triu(probs, k=1).any()  # causal: masked entries exactly 0
    out16, c16 = attention.attention_forward(qkv.astype(np.float16), H)
    exact_out, cache = reference.attention_forward(f64(qkv)[0], H)
    assert rel_err(out16, exact_out) < TOL16 * 3  # float16 matmuls too
    assert (
        rel_err(
            attention.attention_backward(dout.astype(np.float16), c16),
            reference.attention_backward(f64(dout)[0], cache),
        )
        < TOL16 * 3
    )


@pytest.mark.parametrize("V", [37, 611])
def test_cross_entropy_emulated(emulated, V):
    rng = np.random.default_rng(5)
    logits = (rng.standard_normal((3, 7, V)) * 4).astype(np.float32)
    targets = rng.integers(0, V, size=(3, 7))
    targets[rng.random((3, 7)) < 0.25] = 0
    exact_loss, cache = reference.cross_entropy_forward(f64(logits)[0], targets)
    exact_grad = reference.cross_entropy_backward(1.0, cache)
    for dtype, tol in ((np.float32, TOL32), (np.float16, TOL16)):
        loss, c = cross_entropy.cross_entropy_forward(logits.astype(dtype), targets)
        assert loss.shape == () and loss.dtype == dtype and rel_err(loss, exact_loss) < tol
        assert rel_err(cross_entropy.cross_entropy_backward(1.0, c), exact_grad) < tol
    # dloss other than 1 (a 0-d array), and the cache is consumed
    loss, c = cross_entropy.cross_entropy_forward(logits, targets)
    assert rel_err(cross_entropy.cross_entropy_backward(np.asarray(2.5), c), exact_grad * 2.5) < TOL32
    with pytest.raises(reference.CacheConsumedError):
        cross_entropy.cross_entropy_backward(1.0, c)
    # overwrite_logits: the gradient lands in the logits' memory
    z = logits.copy()
    _, c = cross_entropy.cross_entropy_forward(z, targets, overwrite_logits=True)
    g = cross_entropy.cross_entropy_backward(1.0, c)
    assert np.shares_memory(g, z) and rel_err(g, exact_grad) < TOL32
    # another ignore_index, and int32 targets
    t2 = targets.astype(np.int32)
    t2[0, :4] = -100
    exact_loss2, _ = reference.cross_entropy_forward(f64(logits)[0], t2, ignore_index=-100)
    loss2, _ = cross_entropy.cross_entropy_forward(logits, t2, ignore_index=-100)
    assert rel_err(loss2, exact_loss2) < TOL32


def test_cross_entropy_emulated_edge_rows(emulated):
    logits = np.random.default_rng(6).standard_normal((4, 9)).astype(np.float32)
    loss, c = cross_entropy.cross_entropy_forward(logits, np.zeros(4, np.int64))  # all ignored
    assert float(loss) == 0.0 and not cross_entropy.cross_entropy_backward(1.0, c).any()
    with pytest.raises(ValueError, match=r"targets must lie in \[0, 9\)"):
        cross_entropy.cross_entropy_forward(logits, np.array([1, 9, 2, 3]))
    # On the GPU an out-of-range target cannot raise: the kernel makes that row NaN.
    t = np.array([1, 9, 2, 0], np.int64)
    weight, row_loss, g = np.empty(1, np.float32), np.empty(4, np.float32), np.empty_like(logits)
    loader.get_kernel("cross_entropy.cu", "ce_weight")((1,), (32,), (t, np.int64(4), np.int64(0), weight))
    loader.get_kernel("cross_entropy.cu", "ce_rows_f32")(
        (4,), (32,), (logits, t, g, row_loss, weight, np.int32(9), np.int64(0))
    )
    assert weight[0] == np.float32(1 / 3)
    assert np.isnan(row_loss[1]) and np.isnan(g[1]).all() and np.isfinite(row_loss[[0, 2, 3]]).all()
    assert row_loss[3] == 0 and not g[3].any()


def _optimizer(xp, seed, lr=3e-4, wd=0.1):
    from minigrad.optim import AdamW
    from minigrad.params import FlatParams, ParamLayout

    rng = np.random.default_rng(seed)
    params = FlatParams(ParamLayout([("w", (37, 29)), ("b", (29,)), ("e", (5, 3))]), xp)
    params.data[...] = xp.asarray(rng.standard_normal(params.num_params), dtype=np.float32)
    opt = AdamW(params, lr=lr, weight_decay=wd)
    return opt, rng


def test_adamw_emulated_bit_for_bit(emulated):
    fused_opt, rng_a = _optimizer(np, 7)
    ref_opt, rng_b = _optimizer(np, 7)
    for step in range(3):
        grad = rng_a.standard_normal(fused_opt.params.num_params).astype(np.float32) * 0.1
        rng_b.standard_normal(fused_opt.params.num_params)
        fused_opt.params.grad[...] = grad
        ref_opt.params.grad[...] = grad
        scale = None if step == 0 else np.asarray(0.6 + 0.1 * step, dtype=np.float32)
        lr = [None, 1e-3, 0.0][step]
        adamw.adamw_step(fused_opt, lr, grad_scale=scale)
        adamw.reference_step(ref_opt, lr, grad_scale=scale)
        assert fused_opt.t == ref_opt.t == step + 1
        for a, b in ((fused_opt.params.data, ref_opt.params.data), (fused_opt.m, ref_opt.m), (fused_opt.v, ref_opt.v)):
            np.testing.assert_array_equal(a, b)


def test_grad_norm_emulated(emulated):
    g = (np.random.default_rng(8).standard_normal(20_011) * 0.01).astype(np.float32)  # 10 partial blocks
    exact = np.sqrt(np.sum(g.astype(np.float64) ** 2))
    norm = grad_norm.global_norm(g)
    assert norm.shape == () and norm.dtype == np.float32 and abs(float(norm) - exact) / exact < 1e-6
    norm16 = grad_norm.global_norm(g.astype(np.float16))
    exact16 = np.sqrt(np.sum(g.astype(np.float16).astype(np.float64) ** 2))
    assert abs(float(norm16) - exact16) / exact16 < 1e-6
    norm, scale = grad_norm.clip_scale(g, 0.5)
    assert float(scale) == pytest.approx(0.5 / (exact + 1e-6), rel=1e-6)
    assert float(grad_norm.clip_scale(g, 100.0)[1]) == 1.0
    h = g.copy()
    grad_norm.clip_grad_norm_(h, 0.5)
    assert np.sqrt(np.sum(h.astype(np.float64) ** 2)) == pytest.approx(0.5, rel=1e-5)


def _example_calls(rng):
    """A small real call per fused op: (args, kwargs) as the model would make it."""
    x = rng.standard_normal((2, 3, 24)).astype(np.float32)
    return {
        "layernorm": ((x, np.ones(24, np.float32), np.zeros(24, np.float32)), {}),
        "softmax": ((x,), {"axis": -1}),
        "attention": ((rng.standard_normal((2, 5, 3 * 8)).astype(np.float32), 2), {}),
        "cross_entropy": ((x, rng.integers(0, 24, size=(2, 3))), {"ignore_index": 0}),
    }


@pytest.mark.parametrize("dtype", [np.float32, np.float16])
def test_self_check_wiring_of_each_op_emulated(emulated, dtype):
    """Each op's real CheckedOp (make_inputs, make_dout, tolerances) passes with the real kernels.

    supports() is forced True because these are NumPy arrays (the emulator stands in
    for the GPU); everything else is the code path a GPU run takes.
    """
    import warnings

    from minigrad.cuda import FUSED_OPS, selfcheck

    selfcheck.force_reference(False)
    calls = _example_calls(np.random.default_rng(9))
    for name, module in FUSED_OPS.items():
        op = module.checked(getattr(reference, f"{name}_forward"), getattr(reference, f"{name}_backward"))
        op.supports = lambda args, kwargs: True
        args, kwargs = calls[name]
        args = (args[0].astype(dtype),) + args[1:]
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            out, cache = op.forward(*args, **kwargs)
        state = op.states[str(np.dtype(dtype))]
        assert state.ok and state.error <= (op.tol_half if dtype == np.float16 else op.tol), (name, state)
        assert isinstance(cache, selfcheck.FusedCache)
        dout = np.float32(1.0) if name == "cross_entropy" else np.ones_like(out)
        op.backward(dout, cache)


def test_optimizer_self_check_wiring_emulated(emulated):
    from minigrad.cuda import _optimizer_ops

    ops = _optimizer_ops()
    opt, rng = _optimizer(np, 12)
    opt.params.grad[...] = rng.standard_normal(opt.params.num_params).astype(np.float32)
    for op, args in (
        (ops.adamw, (opt, 1e-3)),
        (ops.norm, (opt.params.grad,)),
        (ops.clip_scale, (opt.params.grad, 1.0)),
        (ops.clip, (opt.params.grad.copy(), 1.0)),
    ):
        op.reset()
        state = op.check(args, {}, np.dtype(np.float32))
        assert state.ok and state.error <= op.tol, (op.name, state)
        op.reset()
