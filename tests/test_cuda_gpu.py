"""The fused CUDA kernels on a real GPU, against float64 NumPy results.

Skipped when cupy.is_available() is False (never faked). Each op runs through
fused_kernel_set, so the run-time self-check runs too, and every op must still be
enabled at the end of each test. Tolerances as in tests/fused_checks.py: float32
2e-5 of the largest exact value, float16 3e-3; attention 1e-4 (cuBLAS matmuls).
"""

import numpy as np
import pytest
from fused_checks import TOL16, TOL32, f64, layernorm_case

import minigrad.kernels as reference
from minigrad.backend import cuda_available, make_rng
from minigrad.relative_error import max_relative_error as rel_err

pytestmark = pytest.mark.skipif(not cuda_available(), reason="no usable CUDA GPU (cupy.is_available() is False)")


def _optimizer(xp, seed, lr=3e-4, wd=0.1):
    from minigrad.optim import AdamW
    from minigrad.params import FlatParams, ParamLayout

    rng = np.random.default_rng(seed)
    params = FlatParams(ParamLayout([("w", (37, 29)), ("b", (29,)), ("e", (5, 3))]), xp)
    params.data[...] = xp.asarray(rng.standard_normal(params.num_params), dtype=np.float32)
    return AdamW(params, lr=lr, weight_decay=wd), rng


@pytest.fixture
def K():
    from minigrad.cuda import fused_kernel_set, selfcheck

    selfcheck.force_reference(False)
    kernels = fused_kernel_set(reference)
    yield kernels
    for name, op in kernels.fused.items():
        assert all(state.ok for state in op.states.values()), f"fused {name} was disabled: {op.states}"


def test_gpu_layernorm(K):
    import cupy as cp

    rng = np.random.default_rng(11)
    for shape in ((3, 5, 384), (7, 37), (2, 3, 1100)):
        x, g, b, dy, exact_y, exact = layernorm_case(rng, shape)
        for dtype, tol in ((np.float32, TOL32), (np.float16, TOL16)):
            y, c = K.layernorm_forward(cp.asarray(x, dtype), cp.asarray(g), cp.asarray(b))
            assert rel_err(y.get(), exact_y) < tol
            for got, want in zip(K.layernorm_backward(cp.asarray(dy, dtype), c), exact):
                assert rel_err(got.get(), want) < tol
    assert K.fused["layernorm"].states["float32"].ok


def test_gpu_softmax(K):
    import cupy as cp

    rng = np.random.default_rng(12)
    x = (rng.standard_normal((3, 5, 128)) * 3).astype(np.float32)
    x[0, 0] = -np.inf
    dp = rng.standard_normal(x.shape).astype(np.float32)
    exact_p, cache = reference.softmax_forward(f64(x)[0])
    exact_dx = reference.softmax_backward(f64(dp)[0], cache)
    p, c = K.softmax_forward(cp.asarray(x))
    assert rel_err(p.get(), exact_p) < TOL32 and not p[0, 0].any()
    assert rel_err(K.softmax_backward(cp.asarray(dp), c).get(), exact_dx) < TOL32


def test_gpu_attention(K):
    import cupy as cp

    rng = np.random.default_rng(13)
    B, T, H, hd = 3, 37, 2, 64
    qkv = rng.standard_normal((B, T, 3 * H * hd)).astype(np.float32)
    dout = rng.standard_normal((B, T, H * hd)).astype(np.float32)
    exact_out, cache = reference.attention_forward(f64(qkv)[0], H)
    exact_dqkv = reference.attention_backward(f64(dout)[0], cache)
    out, c = K.attention_forward(cp.asarray(qkv), H)
    assert rel_err(out.get(), exact_out) < 1e-4  # cuBLAS float32 matmuls (TF32 is off by default in CuPy)
    assert rel_err(K.attention_backward(cp.asarray(dout), c).get(), exact_dqkv) < 1e-4
    # dropout: same generator seed -> the fused op and the GPU reference drop the same entries
    out, c = K.attention_forward(cp.asarray(qkv), H, dropout_p=0.1, rng=make_rng(cp, 3), training=True)
    ref_out, ref_c = reference.attention_forward(cp.asarray(qkv), H, dropout_p=0.1, rng=make_rng(cp, 3), training=True)
    assert rel_err(out.get(), ref_out.get()) < 1e-5
    d_out = cp.asarray(dout)
    assert rel_err(K.attention_backward(d_out, c).get(), reference.attention_backward(d_out, ref_c).get()) < 1e-5


def test_gpu_cross_entropy(K):
    import cupy as cp

    rng = np.random.default_rng(14)
    V = 4096
    logits = (rng.standard_normal((3, 37, V)) * 4).astype(np.float32)
    targets = rng.integers(0, V, size=(3, 37))
    targets[rng.random((3, 37)) < 0.25] = 0
    exact_loss, cache = reference.cross_entropy_forward(f64(logits)[0], targets)
    exact_grad = reference.cross_entropy_backward(1.0, cache)
    loss, c = K.cross_entropy_forward(cp.asarray(logits), cp.asarray(targets))
    assert rel_err(loss.get(), exact_loss) < TOL32
    assert rel_err(K.cross_entropy_backward(1.0, c).get(), exact_grad) < TOL32


def test_gpu_optimizer_entry_points():
    import cupy as cp

    from minigrad.cuda import fused_adamw_step, fused_clip_and_step, fused_global_norm, selfcheck
    from minigrad.optim import clip_grad_norm_

    selfcheck.force_reference(False)
    fused_opt, rng = _optimizer(cp, 21)
    ref_opt, _ = _optimizer(cp, 21)
    grad = cp.asarray(rng.standard_normal(fused_opt.params.num_params).astype(np.float32))
    exact = float(np.sqrt(np.sum(grad.get().astype(np.float64) ** 2)))
    assert abs(float(fused_global_norm(grad)) - exact) / exact < 1e-6
    fused_opt.params.grad[...] = grad
    ref_opt.params.grad[...] = grad
    norm = fused_clip_and_step(fused_opt, 1e-3, 1.0)
    ref_norm = clip_grad_norm_(ref_opt.params.grad, 1.0)
    ref_opt.step(1e-3)
    assert abs(float(norm) - float(ref_norm)) / float(ref_norm) < 1e-5
    for a, b in ((fused_opt.params.data, ref_opt.params.data), (fused_opt.m, ref_opt.m), (fused_opt.v, ref_opt.v)):
        assert rel_err(a.get(), b.get()) < 1e-6
    fused_adamw_step(fused_opt, 1e-3)
    assert fused_opt.t == 2
    assert all(
        r["state"] == "fused"
        for r in selfcheck.report()
        if r["name"] in ("adamw", "clip_scale", "global_norm") and r["dtype"] != "-"
    )


@pytest.fixture
def poisoned(monkeypatch):
    """cupy.empty / empty_like return NaN-filled memory, so an output element no kernel wrote shows up."""
    import cupy as cp

    real_empty, real_empty_like = cp.empty, cp.empty_like

    def poison(a):
        a.fill(np.nan if a.dtype.kind == "f" else 1)
        return a

    monkeypatch.setattr(cp, "empty", lambda *args, **kwargs: poison(real_empty(*args, **kwargs)))
    monkeypatch.setattr(cp, "empty_like", lambda *args, **kwargs: poison(real_empty_like(*args, **kwargs)))


def test_gpu_every_output_element_is_written(poisoned):
    import cupy as cp

    from minigrad.cuda import attention, cross_entropy, grad_norm, layernorm, softmax

    rng = np.random.default_rng(15)
    x = rng.standard_normal((3, 5, 97)).astype(np.float32)
    g, b = (1 + 0.1 * rng.standard_normal(97)).astype(np.float32), (0.1 * rng.standard_normal(97)).astype(np.float32)
    y, c = layernorm.layernorm_forward(cp.asarray(x), cp.asarray(g), cp.asarray(b))
    exact_y, exact_c = reference.layernorm_forward(*f64(x, g, b))
    assert rel_err(y.get(), exact_y) < TOL32
    for got, want in zip(
        layernorm.layernorm_backward(cp.asarray(x), c), reference.layernorm_backward(f64(x)[0], exact_c)
    ):
        assert rel_err(got.get(), want) < TOL32
    p, c = softmax.softmax_forward(cp.asarray(x))
    assert rel_err(p.get(), reference.softmax_forward(f64(x)[0])[0]) < TOL32
    qkv = rng.standard_normal((3, 5, 3 * 12)).astype(np.float32)
    out, c = attention.attention_forward(cp.asarray(qkv), 3, dropout_p=0.2, rng=make_rng(cp, 1), training=True)
    assert bool(cp.isfinite(out).all()) and bool(cp.isfinite(attention.attention_backward(out, c)).all())
    targets = rng.integers(0, 97, size=(3, 5))
    loss, c = cross_entropy.cross_entropy_forward(cp.asarray(x), cp.asarray(targets))
    exact_loss, exact_c = reference.cross_entropy_forward(f64(x)[0], targets)
    assert rel_err(loss.get(), exact_loss) < TOL32
    assert (
        rel_err(cross_entropy.cross_entropy_backward(1.0, c).get(), reference.cross_entropy_backward(1.0, exact_c))
        < TOL32
    )
    flat = rng.standard_normal(30_011).astype(np.float32)
    assert abs(float(grad_norm.global_norm(cp.asarray(flat))) / np.linalg.norm(flat.astype(np.float64)) - 1) < 1e-6


def test_gpu_fused_training_step_matches_reference():
    """A few steps of the tiny model: fused kernels and optimizer track the reference closely."""
    import cupy as cp

    from guppy.config import get_preset
    from guppy.model import GuppyLM
    from minigrad.backend import select_backend
    from minigrad.cuda import fused_clip_and_step, fused_kernel_set
    from minigrad.optim import AdamW, clip_grad_norm_

    backend = select_backend("cuda", quiet=True)
    m = get_preset("tiny").model
    ids = np.random.default_rng(16).integers(3, m.vocab_size, size=(3, 18))
    ids[1, 12:] = 0
    inputs, targets = cp.asarray(ids[:, :-1]), cp.asarray(ids[:, 1:])
    losses = {}
    for fused in (False, True):
        model = GuppyLM(m, backend, seed=5, kernels=fused_kernel_set(reference) if fused else reference)
        opt = AdamW(model.params, lr=3e-3, decay_mask=model.params.decay_mask())
        losses[fused] = []
        for step in range(3):
            losses[fused].append(float(model.loss_and_grad(inputs, targets, rng=make_rng(cp, step))))
            if fused:
                fused_clip_and_step(opt, 3e-3, 1.0)
            else:
                clip_grad_norm_(model.params.grad, 1.0)
                opt.step(3e-3)
        losses[fused].append(model.params.data.get())
    for a, b in zip(losses[False][:3], losses[True][:3]):
        assert abs(a - b) < 1e-4 * abs(b)
    assert rel_err(losses[True][3], losses[False][3]) < 1e-4


def test_gpu_model_loss_and_gradients_match_the_cpu():
    """The untied model (the cpu preset's head) on the fused GPU kernels: the same loss and gradients
    as NumPy (float32), on a batch with padding and reply-only targets."""
    import dataclasses

    import cupy as cp

    from guppy.config import get_preset
    from guppy.model import GuppyLM
    from minigrad.backend import CPU, select_backend
    from minigrad.cuda import fused_kernel_set

    m = dataclasses.replace(get_preset("tiny").model, tied_head=False, dropout=0.0)
    rng = np.random.default_rng(17)
    ids = rng.integers(3, m.vocab_size, size=(4, 18))
    ids[1, 12:] = 0
    inputs, targets = ids[:, :-1], ids[:, 1:].copy()
    targets[:, :5] = 0  # reply-only targets
    cpu = GuppyLM(m, CPU, seed=5)
    gpu = GuppyLM(m, select_backend("cuda", quiet=True), seed=5, kernels=fused_kernel_set(reference))
    gpu.params.data[...] = cp.asarray(cpu.params.data)  # the two generators differ: the same weights by copy
    loss_cpu = float(cpu.loss_and_grad(inputs, targets))
    loss_gpu = float(gpu.loss_and_grad(cp.asarray(inputs), targets))
    assert abs(loss_gpu - loss_cpu) < 1e-5 * abs(loss_cpu)
    assert rel_err(gpu.params.grad.get(), cpu.params.grad) < 1e-4
