"""The gradient checker itself: it passes right gradients and, just as important, fails wrong ones."""

import io

import numpy as np
import pytest

from minigrad import gradcheck
from minigrad.backend import to_numpy
from minigrad.gradcheck import GradCase, check_kernel, max_relative_error, numerical_grad, run_table
from minigrad.kernels import layernorm_forward, softmax_forward


def test_main_passes_every_case(capsys):
    assert gradcheck.main([]) == 0
    printed = capsys.readouterr().out
    rows = [line for line in printed.splitlines() if line.endswith(("PASS", "FAIL"))]
    assert len(rows) >= 40 and all(line.endswith("PASS") for line in rows)
    for name in ("embedding", "linear", "layernorm", "softmax", "attention key_mask", "relu", "dropout",
                 "cross_entropy", "take_rows", "stack blocks.1.attn.qkv.weight", "stack tok_emb.weight"):
        assert name in printed


def test_numerical_grad_of_a_known_function(xp):
    x = xp.asarray(np.random.default_rng(0).standard_normal((3, 4)))
    before = x.copy()
    grad = numerical_grad(lambda: float((x**3).sum()), x)
    np.testing.assert_allclose(to_numpy(grad), 3 * to_numpy(before) ** 2, rtol=0, atol=1e-8)
    assert np.array_equal(to_numpy(x), to_numpy(before))  # perturbations are undone exactly


def test_numerical_grad_refuses_float32_and_views():
    with pytest.raises(TypeError, match="float64"):
        numerical_grad(lambda: 0.0, np.ones(3, dtype=np.float32))
    with pytest.raises(ValueError, match="contiguous"):
        numerical_grad(lambda: 0.0, np.ones((3, 4))[:, ::2])


def test_max_relative_error_metric():
    a = np.array([1.0, -2.0, 1e-12])
    assert max_relative_error(a, a) == 0.0
    assert max_relative_error(np.zeros(4), np.zeros(4)) == 0.0  # tiny floor: 0/0 reads as 0
    # relative to the largest entry (2.0), not to the near-zero entry that differs
    assert max_relative_error(a, a + np.array([0.0, 0.0, 1e-9])) == pytest.approx(5e-10)
    assert max_relative_error(1e6 * a, 1e6 * (a + np.array([0.0, 2e-3, 0.0]))) == pytest.approx(1e-3, rel=1e-6)
    with pytest.raises(ValueError, match="shapes differ"):
        max_relative_error(np.zeros(2), np.zeros(3))


def wrong_softmax_backward(dp, cache):
    """Forgets the - sum(dp * p) term: dx = p * dp."""
    p, _ = cache
    return p * dp


def wrong_layernorm_backward(dy, cache):
    """Treats mean and rstd as constants: dx = dy * gamma * rstd."""
    xhat, gamma, rstd, shape = cache
    dy2 = dy.reshape(xhat.shape)
    return (dy2 * gamma * rstd).reshape(shape), (xhat * dy2).sum(0), dy2.sum(0)


@pytest.mark.parametrize("forward, backward, names", [
    (softmax_forward, wrong_softmax_backward, ("x",)),
    (layernorm_forward, wrong_layernorm_backward, ("x", "gamma", "beta")),
])
def test_a_wrong_backward_is_caught(forward, backward, names):
    rng = np.random.default_rng(1)
    inputs = {"x": rng.standard_normal((3, 5, 7))}
    if "gamma" in names:
        inputs.update(gamma=1 + 0.3 * rng.standard_normal(7), beta=rng.standard_normal(7))
    errors = check_kernel(forward, backward, inputs, names, wrt=("x",))
    assert errors["x"] > 1e-2  # five orders of magnitude above the tolerance

    out = io.StringIO()
    case = GradCase("wrong backward", "x[3,5,7]", lambda: errors["x"], 1e-7)
    assert run_table([case], out=out) == 1
    assert "FAIL" in out.getvalue()


def test_run_table_reports_a_crashing_case_as_failure():
    def boom():
        raise RuntimeError("kernel exploded")

    out = io.StringIO()
    cases = [GradCase("fine", "-", lambda: 1e-12, 1e-7), GradCase("broken", "-", boom, 1e-7),
             GradCase("nan", "-", lambda: float("nan"), 1e-7)]
    assert run_table(cases, out=out) == 1
    lines = out.getvalue().splitlines()
    assert lines[2].endswith("PASS") and "kernel exploded" in lines[3] and lines[3].endswith("FAIL")
    assert lines[4].endswith("FAIL") and "1/3 passed" in lines[-1]


def test_match_filter_runs_a_subset(capsys):
    assert gradcheck.main(["-k", "relu"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.endswith("PASS")]
    assert len(rows) == 1 and rows[0].startswith("relu")
