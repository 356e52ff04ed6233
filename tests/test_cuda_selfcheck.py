"""The self-check and fallback logic of minigrad.cuda.selfcheck, on the CPU.

The "fused" implementations here are NumPy stand-ins: a correct one, one that is
slightly wrong, one that raises. No GPU is involved or pretended: this tests the
decision logic (check once, compare, warn, fall back, pair together, force off).
"""

import warnings

import numpy as np
import pytest

import minigrad.kernels as reference
from minigrad.cuda import fused_kernel_set, selfcheck
from minigrad.cuda.selfcheck import CheckedOp, FusedCache, FusedKernelWarning


@pytest.fixture(autouse=True)
def fused_allowed():
    selfcheck.force_reference(False)
    yield
    selfcheck.force_reference(False)


def layernorm_inputs(xp, rng, dtype, args, kwargs):
    D = args[0].shape[-1]
    x = xp.asarray(rng.standard_normal((3, 5, D)) * 2 + 0.5, dtype=dtype)
    gamma = xp.asarray(1 + 0.2 * rng.standard_normal(D), dtype=np.float32)
    beta = xp.asarray(0.2 * rng.standard_normal(D), dtype=np.float32)
    return (x, gamma, beta), {}


def dout_like(xp, rng, out):
    return xp.asarray(rng.standard_normal(out.shape), dtype=out.dtype)


class CountingForward:
    """Wraps a forward to count calls and optionally perturb or break it."""

    def __init__(self, fn, bias=0.0, fail=False):
        self.fn, self.bias, self.fail, self.calls = fn, bias, fail, 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.fail:
            raise RuntimeError("nvrtc: compilation failed (stand-in)")
        out, cache = self.fn(*args, **kwargs)
        return out + np.float32(self.bias), cache


def make_op(fused_forward, fused_backward=reference.layernorm_backward, tol=1e-4):
    return CheckedOp(
        "layernorm_standin",
        fused_forward,
        reference.layernorm_forward,
        layernorm_inputs,
        tol=tol,
        fused_backward=fused_backward,
        reference_backward=reference.layernorm_backward,
        make_dout=dout_like,
    )


def call_args(seed=0, D=7):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((3, 4, D)).astype(np.float32)
    return x, (1 + 0.1 * rng.standard_normal(D)).astype(np.float32), (0.1 * rng.standard_normal(D)).astype(np.float32)


def test_correct_standin_stays_enabled_and_is_used():
    fused = CountingForward(reference.layernorm_forward)
    op = make_op(fused)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning may be raised
        y, cache = op.forward(*call_args())
    assert isinstance(cache, FusedCache) and cache.op is op
    assert fused.calls == 2  # once in the check, once for the real call
    state = op.states["float32"]
    assert state.ok and state.error == 0.0
    op.forward(*call_args(1))
    assert fused.calls == 3  # checked only once per dtype
    dx, dgamma, dbeta = op.backward(np.ones_like(y), cache)
    assert dx.shape == y.shape and dgamma.shape == (7,)


def test_slightly_wrong_standin_is_disabled_with_a_warning():
    fused = CountingForward(reference.layernorm_forward, bias=1e-3)  # 1e-3 off: ~3e-4 relative, tol 1e-4
    op = make_op(fused)
    x, g, b = call_args()
    with pytest.warns(
        FusedKernelWarning,
        match=r"fused layernorm_standin disagrees with its reference by [0-9.e+-]+ \(tol 1\.0e-04\); "
        r"using the reference",
    ):
        y, cache = op.forward(x, g, b)
    expected, _ = reference.layernorm_forward(x, g, b)
    np.testing.assert_array_equal(y, expected)  # the reference's result, exactly
    assert not isinstance(cache, FusedCache)
    assert not op.states["float32"].ok and op.states["float32"].error > 1e-4
    calls = fused.calls
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # disabled quietly from now on
        y2, _ = op.forward(*call_args(3))
    assert fused.calls == calls
    np.testing.assert_array_equal(y2, reference.layernorm_forward(*call_args(3))[0])


def test_raising_standin_is_disabled_and_reference_used():
    op = make_op(CountingForward(reference.layernorm_forward, fail=True))
    with pytest.warns(
        FusedKernelWarning,
        match=r"fused layernorm_standin raised RuntimeError: nvrtc: compilation failed.*using the reference",
    ):
        y, cache = op.forward(*call_args())
    np.testing.assert_array_equal(y, reference.layernorm_forward(*call_args())[0])
    assert op.states["float32"].error is None


def test_wrong_backward_disables_the_pair():
    def wrong_backward(dy, cache):
        dx, dg, db = reference.layernorm_backward(dy, cache)
        return dx, dg * np.float32(1.01), db  # dgamma 1% off

    fused = CountingForward(reference.layernorm_forward)
    op = make_op(fused, fused_backward=wrong_backward)
    with pytest.warns(FusedKernelWarning, match="disagrees"):
        y, cache = op.forward(*call_args())
    assert not isinstance(cache, FusedCache)  # the forward is off too
    dy = np.random.default_rng(5).standard_normal(y.shape).astype(np.float32)
    got = op.backward(dy, cache)
    want = reference.layernorm_backward(dy, reference.layernorm_forward(*call_args())[1])
    for a, b in zip(got, want):
        np.testing.assert_array_equal(a, b)


def test_backward_follows_the_cache_not_the_current_state():
    """A cache made while fused is read by the fused backward even if the op is disabled later."""
    seen = []

    def fused_backward(dy, cache):
        seen.append("fused")
        return reference.layernorm_backward(dy, cache)

    op = make_op(CountingForward(reference.layernorm_forward), fused_backward=fused_backward)
    y, cache = op.forward(*call_args())
    op.states["float32"].ok = False
    seen.clear()
    op.backward(np.ones_like(y), cache)
    assert seen == ["fused"]
    other = make_op(CountingForward(reference.layernorm_forward))
    with pytest.raises(TypeError, match="cache made by fused layernorm_standin"):
        other.backward(np.ones_like(y), cache)


def test_force_reference_switch():
    fused = CountingForward(reference.layernorm_forward)
    op = make_op(fused)
    selfcheck.force_reference(True)
    y, cache = op.forward(*call_args())
    assert fused.calls == 0 and not isinstance(cache, FusedCache) and op.states == {}
    assert "forced off" in selfcheck.format_report()
    selfcheck.force_reference(False)
    op.forward(*call_args())
    assert fused.calls == 2


def test_state_is_per_dtype_and_unsupported_calls_use_the_reference():
    fused = CountingForward(reference.layernorm_forward)
    op = make_op(fused)
    op.supports = lambda args, kwargs: args[0].dtype != np.float64
    x, g, b = call_args()
    op.forward(x.astype(np.float64), g, b)
    assert fused.calls == 0 and op.states == {}
    op.forward(x.astype(np.float16), g, b)
    assert set(op.states) == {"float16"} and op.states["float16"].ok
    op.forward(x, g, b)
    assert set(op.states) == {"float16", "float32"}


def test_failure_after_a_passed_check_falls_back():
    fused = CountingForward(reference.layernorm_forward)
    op = make_op(fused)
    op.forward(*call_args())
    fused.fail = True
    with pytest.warns(FusedKernelWarning, match="raised RuntimeError"):
        y, cache = op.forward(*call_args(2))
    np.testing.assert_array_equal(y, reference.layernorm_forward(*call_args(2))[0])
    assert not op.states["float32"].ok


def test_single_function_op_with_observe():
    """In-place ops compare what they updated (observe), e.g. AdamW's buffers."""

    def make_inputs(xp, rng, dtype, args, kwargs):
        return (xp.asarray(rng.standard_normal(11), dtype=np.float32),), {}

    def good(buf):
        buf *= np.float32(2)

    def bad(buf):
        buf *= np.float32(2.001)

    for fused, ok in ((good, True), (bad, False)):
        op = CheckedOp(
            "scale_standin", fused, good, make_inputs, tol=1e-5, observe=lambda args, kwargs, result: args[0]
        )
        buf = np.arange(5, dtype=np.float32)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            op(buf)
        assert op.states["float32"].ok is ok
        assert len(caught) == (0 if ok else 1)
        np.testing.assert_array_equal(buf, np.arange(5, dtype=np.float32) * 2)  # the reference's result


def test_report_lists_states():
    op = make_op(CountingForward(reference.layernorm_forward, bias=1e-2))
    with pytest.warns(FusedKernelWarning):
        op.forward(*call_args())
    rows = [r for r in selfcheck.report() if r["name"] == "layernorm_standin"]
    assert rows and rows[-1]["state"] == "disabled" and rows[-1]["error"] > 1e-3
    assert "layernorm_standin" in selfcheck.format_report()


def test_fused_kernel_set_without_gpu_returns_the_references():
    K = fused_kernel_set(reference)
    from minigrad.cuda import gpu_usable

    if gpu_usable():
        pytest.skip("a GPU is present: the fused set is tested in test_cuda_kernels")
    for name in reference.__all__:
        assert getattr(K, name) is getattr(reference, name)
    assert K.fused == {}


def test_fused_kernel_set_disabled_or_forced_off():
    for kwargs, forced in (({"enabled": False}, False), ({}, True)):
        selfcheck.force_reference(forced)
        K = fused_kernel_set(reference, check_gpu=False, **kwargs)
        assert K.layernorm_forward is reference.layernorm_forward and K.fused == {}


def test_fused_kernel_set_on_numpy_arrays_runs_the_references():
    """With the wrappers in place (GPU test skipped), NumPy arrays never reach a fused kernel."""
    K = fused_kernel_set(reference, check_gpu=False)
    assert set(K.fused) == {"layernorm", "softmax", "attention", "cross_entropy"}
    import inspect

    assert inspect.signature(K.softmax_forward) == inspect.signature(reference.softmax_forward)
    x, g, b = call_args()
    y, cache = K.layernorm_forward(x, g, b)
    np.testing.assert_array_equal(y, reference.layernorm_forward(x, g, b)[0])
    assert not isinstance(cache, FusedCache) and K.fused["layernorm"].states == {}
    logits = np.random.default_rng(0).standard_normal((2, 3, 11)).astype(np.float32)
    targets = np.array([[1, 0, 4], [10, 2, 0]])
    loss, cache = K.cross_entropy_forward(logits, targets)
    assert loss.shape == () and K.cross_entropy_backward(1.0, cache).shape == logits.shape


def test_fused_clip_and_step_off_the_gpu_is_the_reference_bit_for_bit():
    """On NumPy arrays the optimizer entry points are exactly clip_grad_norm_ + AdamW.step."""
    from minigrad.cuda import fused_clip_and_step, fused_global_norm
    from minigrad.optim import AdamW, clip_grad_norm_, global_norm
    from minigrad.params import FlatParams, ParamLayout

    def make():
        rng = np.random.default_rng(4)
        params = FlatParams(ParamLayout([("w", (6, 5)), ("b", (5,))]), np)
        params.data[...] = rng.standard_normal(35)
        params.grad[...] = rng.standard_normal(35) * 3
        return AdamW(params, lr=1e-3)

    fused, ref = make(), make()
    norm = fused_clip_and_step(fused, 2e-3, 1.0)
    ref_norm = clip_grad_norm_(ref.params.grad, 1.0)
    ref.step(2e-3)
    assert float(norm) == float(ref_norm) and fused.t == ref.t == 1
    for a, b in ((fused.params.data, ref.params.data), (fused.m, ref.m), (fused.v, ref.v)):
        np.testing.assert_array_equal(a, b)
    assert float(fused_global_norm(ref.params.grad)) == float(global_norm(ref.params.grad))
    assert fused_clip_and_step(fused, 2e-3, None) is None and fused.t == 2


def test_module_of_picks_where_check_inputs_are_made():
    """Ops whose arrays hide inside an object (AdamW's opt) say where to build the check's inputs."""
    import types

    seen = []
    sentinel = types.SimpleNamespace(asarray=np.asarray)

    def make_inputs(xp, rng, dtype, args, kwargs):
        seen.append(xp)
        return (np.arange(3.0),), {}

    def double(a):
        return getattr(a, "buffer", a) * 2

    op = CheckedOp("module_standin", double, double, make_inputs, tol=0.0, module_of=lambda args, kwargs: sentinel)
    op(types.SimpleNamespace(buffer=np.ones(2)))  # no array argument at all
    assert seen == [sentinel, sentinel] and op.states["None"].ok
