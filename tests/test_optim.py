"""AdamW against hand computation and a slow per-tensor reference; the schedule; clipping."""

import math

import numpy as np
import pytest

import minigrad.optim as optim
from minigrad.backend import to_numpy
from minigrad.optim import AdamW, OptimizerStateError, clip_grad_norm_, global_norm, lr_at
from minigrad.params import FlatParams, ParamLayout


# ------------------------------------------------------------------ AdamW
def test_two_steps_by_hand_with_plain_floats(xp):
    # w (2x2) is decayed, b (2,) is not. Six parameters, two steps, everything in Python floats.
    lay = ParamLayout([("w", (2, 2)), ("b", (2,))])
    p0 = [0.5, -1.25, 2.0, 0.3, 0.7, -0.4]
    g1 = [0.1, -0.2, 0.05, 3.0, -0.5, 0.25]
    g2 = [-0.3, 0.1, 0.2, 1.0, 0.4, -0.05]
    mask = [1, 1, 1, 1, 0, 0]
    lr1, lr2, wd, b1, b2, eps = 0.01, 0.02, 0.1, 0.9, 0.95, 1e-8

    fp = FlatParams(lay, xp, dtype=np.float64)
    fp.data[...] = xp.asarray(p0)
    opt = AdamW(fp, lr=lr1, betas=(b1, b2), eps=eps, weight_decay=wd)

    fp.grad[...] = xp.asarray(g1)
    opt.step()  # lr from the constructor
    # Step 1: m = 0.1 g, v = 0.05 g^2; the corrections give m^ = g, v^ = g^2,
    # so the Adam part is lr * g / (|g| + eps), about lr * sign(g).
    expected1 = [p * (1 - lr1 * wd * k) - lr1 * g / (abs(g) + eps) for p, g, k in zip(p0, g1, mask)]
    np.testing.assert_allclose(to_numpy(fp.data), expected1, rtol=1e-13, atol=0)

    fp.grad[...] = xp.asarray(g2)
    opt.step(lr=lr2)  # lr given per step, as the schedule does
    expected2 = []
    for p, ga, gb, k in zip(expected1, g1, g2, mask):
        m = b1 * ((1 - b1) * ga) + (1 - b1) * gb
        v = b2 * ((1 - b2) * ga * ga) + (1 - b2) * gb * gb
        m_hat = m / (1 - b1**2)
        v_hat = v / (1 - b2**2)
        expected2.append(p * (1 - lr2 * wd * k) - lr2 * m_hat / (math.sqrt(v_hat) + eps))
    np.testing.assert_allclose(to_numpy(fp.data), expected2, rtol=1e-13, atol=0)
    assert opt.t == 2


def reference_adamw(params, grads_per_step, lrs, betas, eps, wd):
    """Slow and obvious: a dict of float64 tensors, a Python loop over tensors, decay for ndim >= 2."""
    b1, b2 = betas
    params = {k: v.astype(np.float64) for k, v in params.items()}
    m = {k: np.zeros_like(v) for k, v in params.items()}
    v2 = {k: np.zeros_like(v) for k, v in params.items()}
    for t, (grads, lr) in enumerate(zip(grads_per_step, lrs), start=1):
        for name, p in params.items():
            g = grads[name]
            if p.ndim >= 2:
                p = p - lr * wd * p
            m[name] = b1 * m[name] + (1 - b1) * g
            v2[name] = b2 * v2[name] + (1 - b2) * g**2
            m_hat = m[name] / (1 - b1**t)
            v_hat = v2[name] / (1 - b2**t)
            params[name] = p - lr * m_hat / (np.sqrt(v_hat) + eps)
    return params


def random_layout(rng):
    shapes = []
    for i in range(9):
        ndim = int(rng.integers(0, 4))
        shapes.append((f"t{i}", tuple(int(s) for s in rng.integers(1, 6, size=ndim))))
    return ParamLayout(shapes)


@pytest.mark.parametrize("block", [None, 7])  # 7: many odd-sized CPU blocks, a tail block included
def test_matches_per_tensor_reference(xp, monkeypatch, block):
    if block is not None:
        monkeypatch.setattr(optim, "CPU_BLOCK", block)
    rng = np.random.default_rng(5)
    lay = random_layout(rng)
    start = {n: rng.standard_normal(s) for n, s in lay.shapes.items()}
    grads = [{n: rng.standard_normal(s) * 0.1 for n, s in lay.shapes.items()} for _ in range(4)]
    lrs = [1e-2, 3e-2, 2e-2, 5e-3]
    betas, eps, wd = (0.8, 0.9), 1e-6, 0.3

    fp = FlatParams(lay, xp, dtype=np.float64)
    fp.load_state_dict(start)
    opt = AdamW(fp, betas=betas, eps=eps, weight_decay=wd)
    for step_grads, lr in zip(grads, lrs):
        for name, g in step_grads.items():
            fp.grads[name][...] = xp.asarray(g)
        opt.step(lr)
    want = reference_adamw(start, grads, lrs, betas, eps, wd)
    got = fp.state_dict()
    for name in lay.names:
        np.testing.assert_allclose(got[name], want[name], rtol=1e-12, atol=1e-15, err_msg=name)


def test_float32_close_to_float64(xp):
    rng = np.random.default_rng(8)
    lay = random_layout(rng)
    start = rng.standard_normal(lay.size)
    grads = rng.standard_normal((3, lay.size))
    result = {}
    for dtype in (np.float32, np.float64):
        fp = FlatParams(lay, xp, dtype=dtype)
        fp.data[...] = xp.asarray(start, dtype=dtype)
        opt = AdamW(fp, lr=1e-3)
        for g in grads:
            fp.grad[...] = xp.asarray(g, dtype=dtype)
            opt.step()
        result[dtype] = to_numpy(fp.data).astype(np.float64)
    # Each step moves a parameter by about lr = 1e-3; the float32 rounding of p itself
    # (6e-8 relative) dominates, so 1e-6 is a bound with room that still catches a bug.
    np.testing.assert_allclose(result[np.float32], result[np.float64], rtol=1e-6, atol=1e-6)


def test_explicit_mask_and_zero_weight_decay():
    lay = ParamLayout([("w", (3, 2)), ("b", (4,))])
    fp = FlatParams(lay, np, dtype=np.float64)
    fp.data[...] = np.random.default_rng(0).standard_normal(10)
    before = fp.data.copy()
    # All-ones mask decays the bias too; zero gradient isolates the decay term.
    opt = AdamW(fp, lr=0.1, weight_decay=0.5, decay_mask=np.ones(10))
    opt.step()
    np.testing.assert_allclose(fp.data, before * (1 - 0.1 * 0.5), rtol=1e-15)
    fp.data[...] = before
    AdamW(fp, lr=0.1, weight_decay=0.0).step()
    np.testing.assert_array_equal(fp.data, before)
    with pytest.raises(ValueError, match="decay_mask must be a flat buffer of 10"):
        AdamW(fp, decay_mask=np.ones(9))
    with pytest.raises(ValueError, match="betas"):
        AdamW(fp, betas=(0.9, 1.0))


def test_state_dict_round_trip_resumes_exactly(xp):
    rng = np.random.default_rng(3)
    lay = random_layout(rng)
    grads = rng.standard_normal((5, lay.size)).astype(np.float32)

    def run(fp, opt, steps):
        for g in steps:
            fp.grad[...] = xp.asarray(g)
            opt.step(2e-3)

    fp = FlatParams(lay, xp).init_(0, {n: "normal" for n in lay.names})
    opt = AdamW(fp)
    run(fp, opt, grads[:3])
    saved_params, saved_opt = fp.state_dict(), opt.state_dict()
    assert saved_opt["step"].dtype == np.int64 and int(saved_opt["step"]) == 3
    assert saved_opt["m"].shape == (lay.size,) and isinstance(saved_opt["v"], np.ndarray)
    run(fp, opt, grads[3:])

    fp2 = FlatParams(lay, xp)
    fp2.load_state_dict(saved_params)
    opt2 = AdamW(fp2)
    saved_opt["step"] = saved_opt["step"].reshape(1)  # a 1-element array is accepted too
    opt2.load_state_dict(saved_opt)
    run(fp2, opt2, grads[3:])
    np.testing.assert_array_equal(to_numpy(fp2.data), to_numpy(fp.data))
    assert opt2.t == 5


def test_load_state_dict_errors():
    fp = FlatParams(ParamLayout([("w", (3, 2))]), np)
    opt = AdamW(fp)
    good = opt.state_dict()
    with pytest.raises(OptimizerStateError, match="'v' has 7 elements but the parameters have 6"):
        opt.load_state_dict({**good, "v": np.zeros(7, np.float32)})
    with pytest.raises(OptimizerStateError, match="no 'step' entry"):
        opt.load_state_dict({"m": good["m"], "v": good["v"]})
    with pytest.raises(OptimizerStateError, match="'step' must be one non-negative integer"):
        opt.load_state_dict({**good, "step": np.array([1.5])})


# ------------------------------------------------------------------ schedule
def test_lr_schedule_points():
    base, lo, warm, total = 3e-4, 3e-5, 200, 10000
    assert lr_at(0, base, warm, total, lo) == pytest.approx(base / 201, rel=1e-12)  # step 0 gets base/(warmup+1)
    assert lr_at(99, base, warm, total, lo) == pytest.approx(base * 100 / 201, rel=1e-12)
    assert lr_at(199, base, warm, total, lo) == pytest.approx(base * 200 / 201, rel=1e-12)
    assert lr_at(200, base, warm, total, lo) == pytest.approx(base, rel=1e-12)  # top of the cosine
    mid = warm + (total - warm) // 2
    assert lr_at(mid, base, warm, total, lo) == pytest.approx((base + lo) / 2, rel=1e-12)
    q = 0.25  # a quarter of the way down: min + (base - min) * (1 + cos(pi/4)) / 2
    assert lr_at(warm + 2450, base, warm, total, lo) == pytest.approx(
        lo + (base - lo) * (1 + math.cos(math.pi * q)) / 2, rel=1e-12
    )
    assert lr_at(total, base, warm, total, lo) == pytest.approx(lo, rel=1e-12)
    assert lr_at(total + 1, base, warm, total, lo) == lo
    assert lr_at(10**7, base, warm, total, lo) == lo
    # The defaults are the guppy preset's.
    assert lr_at(200) == pytest.approx(3e-4) and lr_at(10000) == pytest.approx(3e-5)


def test_lr_schedule_shape_and_edges():
    lrs = [lr_at(s, 1.0, 10, 50, 0.1) for s in range(60)]
    assert all(a < b for a, b in zip(lrs[:10], lrs[1:11]))  # strictly up through the warm-up
    assert all(a >= b for a, b in zip(lrs[10:], lrs[11:]))  # never up afterwards
    assert lr_at(0, 1.0, 0, 50, 0.1) == 1.0  # no warm-up: start at the top
    assert lr_at(5, 1.0, 5, 5, 0.1) == 0.1  # warm-up that ends at total
    with pytest.raises(ValueError, match="step >= 0"):
        lr_at(-1)
    with pytest.raises(ValueError, match="warmup <= total"):
        lr_at(0, warmup=20, total=10)


# ------------------------------------------------------------------ clipping
def test_global_norm_matches_float64(xp):
    g = np.random.default_rng(1).standard_normal(1001).astype(np.float32)
    norm = global_norm(xp.asarray(g))
    assert isinstance(norm, xp.ndarray) and norm.ndim == 0
    assert float(norm) == pytest.approx(np.sqrt(np.sum(g.astype(np.float64) ** 2)), rel=1e-6)
    big = xp.full(10, 300.0, dtype=np.float16)  # squares overflow float16 (max 65504)
    assert float(global_norm(big)) == pytest.approx(300.0 * math.sqrt(10), rel=1e-6)


def test_clip_above_scales_to_max_norm(xp):
    g = np.random.default_rng(2).standard_normal(777).astype(np.float32) * 3.0
    buf = xp.array(g)  # a copy: on numpy asarray would alias g
    norm = clip_grad_norm_(buf, 1.0)
    assert isinstance(norm, xp.ndarray) and norm.ndim == 0  # an array, not a synced float
    true_norm = np.sqrt(np.sum(g.astype(np.float64) ** 2))
    assert float(norm) == pytest.approx(true_norm, rel=1e-6)  # the norm before clipping
    clipped = to_numpy(buf).astype(np.float64)
    assert np.sqrt(np.sum(clipped**2)) == pytest.approx(1.0, rel=1e-5)
    np.testing.assert_allclose(clipped, g * (1.0 / (true_norm + 1e-6)), rtol=1e-5)  # same direction


def test_clip_below_leaves_gradient_alone(xp):
    g = np.random.default_rng(4).standard_normal(50).astype(np.float32) * 0.01
    buf = xp.array(g)  # a copy: on numpy asarray would alias g
    norm = clip_grad_norm_(buf, 1.0)
    assert float(norm) < 1.0
    np.testing.assert_array_equal(to_numpy(buf), g)  # scale is exactly 1: untouched bits
    zeros = xp.zeros(5, dtype=np.float32)
    assert float(clip_grad_norm_(zeros, 1.0)) == 0.0 and not to_numpy(zeros).any()  # no 0/0
