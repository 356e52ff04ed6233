"""The gradient checker itself: it passes right gradients and, just as important, fails wrong ones."""

import io

import numpy as np
import pytest

from minigrad import gradcheck_kernels
from minigrad.backend import to_numpy
from minigrad.gradcheck import GradCase, Outcome, check_kernel_outcomes, numerical_grad, run_table
from minigrad.gradcheck_kernels import kernel_cases
from minigrad.kernels import layernorm_forward, linear_backward, linear_forward, softmax_forward
from minigrad.relative_error import max_relative_error


def test_main_passes_every_case(capsys):
    assert gradcheck_kernels.main([]) == 0
    printed = capsys.readouterr().out
    rows = [line for line in printed.splitlines() if line.endswith(("PASS", "FAIL"))]
    assert len(rows) == 18 and all(line.endswith("PASS") for line in rows)
    for name in (
        "embedding",
        "linear",
        "layernorm",
        "softmax",
        "attention dropout",
        "relu",
        "dropout",
        "cross_entropy",
        "take_rows",
    ):
        assert name in printed


def test_the_error_budget_predicts_the_measured_errors():
    """Every kernel row: measured below the derived tolerance, which is below the worst case, and the
    random-walk estimate within a factor 10 of what is measured (it over-counts by ~3, see the docstring)."""
    for case in kernel_cases(seed=7):
        o = case.run()
        assert o.error <= o.tolerance <= o.worst, case.name
        assert 0.05 <= o.error / o.expected <= 1.5, (case.name, o)


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
    assert max_relative_error(np.zeros(4), np.zeros(4)) == 0.0
    # relative to the largest expected entry (2.0), not to the near-zero entry that differs
    assert max_relative_error(a + np.array([0.0, 0.0, 1e-9]), a) == pytest.approx(5e-10)
    assert max_relative_error(a + 0.04, a) == pytest.approx(0.02)
    # each array of a structure on its own scale: the small one is not hidden by the large one
    assert max_relative_error((a, None, [a]), (a, None, [a * 1.5])) == pytest.approx(1 / 3)  # 1 of 3
    assert max_relative_error((1e6 * a, a * 1.01), (1e6 * a, a)) == pytest.approx(0.01)
    assert max_relative_error(a, a[:2]) == float("inf")  # shapes differ
    assert max_relative_error((a,), (a, a)) == float("inf")  # structures differ
    assert max_relative_error(np.array([np.nan, 1.0]), a[:2]) == float("inf")
    assert max_relative_error(np.array([-np.inf, 1.0]), np.array([-np.inf, 1.0])) == 0.0
    assert max_relative_error(np.full(3, 1e-9), np.zeros(3)) == float("inf")  # masked entries must be exactly 0


def wrong_softmax_backward(dp, cache):
    """Forgets the - sum(dp * p) term: dx = p * dp."""
    p, _ = cache
    return p * dp


def wrong_layernorm_backward(dy, cache):
    """Treats mean and rstd as constants: dx = dy * gamma * rstd."""
    xhat, gamma, rstd, shape = cache
    dy2 = dy.reshape(xhat.shape)
    return (dy2 * gamma * rstd).reshape(shape), (xhat * dy2).sum(0), dy2.sum(0)


@pytest.mark.parametrize(
    "forward, backward, names",
    [
        (softmax_forward, wrong_softmax_backward, ("x",)),
        (layernorm_forward, wrong_layernorm_backward, ("x", "gamma", "beta")),
    ],
)
def test_a_wrong_backward_is_caught(forward, backward, names):
    rng = np.random.default_rng(1)
    inputs = {"x": rng.standard_normal((3, 5, 7))}
    if "gamma" in names:
        inputs.update(gamma=1 + 0.3 * rng.standard_normal(7), beta=rng.standard_normal(7))
    outcome = check_kernel_outcomes(forward, backward, inputs, names, wrt=("x",))["x"]
    assert outcome.error > 1e-2 and outcome.error > 1e5 * outcome.tolerance

    out = io.StringIO()
    assert run_table([GradCase("wrong backward", "x[3,5,7]", lambda: outcome)], out=out) == 1
    assert "FAIL" in out.getvalue()


def test_a_1e_minus_6_error_is_caught():
    """One part in a million on one entry of dW: ~100x over the derived tolerance."""
    rng = np.random.default_rng(3)
    inputs = {"x": rng.standard_normal((3, 5, 4)), "W": rng.standard_normal((6, 4)), "b": rng.standard_normal(6)}

    def backward(dy, cache):
        dx, dW, db = linear_backward(dy, cache)
        dW[2, 1] += 1e-6 * np.abs(dW).max()
        return dx, dW, db

    assert check_kernel_outcomes(linear_forward, linear_backward, inputs, ("x", "W", "b"), wrt=("W",))["W"].passed
    outcome = check_kernel_outcomes(linear_forward, backward, inputs, ("x", "W", "b"), wrt=("W",))["W"]
    assert not outcome.passed and outcome.error > 10 * outcome.tolerance


def test_run_table_reports_a_crashing_case_as_failure():
    def boom():
        raise RuntimeError("kernel exploded")

    out = io.StringIO()
    cases = [
        GradCase("fine", "-", lambda: Outcome(1e-12, 1e-11, 1e-9, 1e-10)),
        GradCase("broken", "-", boom),
        GradCase("nan", "-", lambda: Outcome(float("nan"), 1e-11, 1e-9, 1e-10)),
    ]
    assert run_table(cases, out=out) == 1
    lines = out.getvalue().splitlines()
    assert lines[3].endswith("PASS") and "kernel exploded" in lines[4] and lines[4].endswith("FAIL")
    assert lines[5].endswith("FAIL") and "1/3 passed" in lines[-1]


def test_match_filter_runs_a_subset(capsys):
    assert gradcheck_kernels.main(["-k", "relu"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.endswith("PASS")]
    assert len(rows) == 1 and rows[0].startswith("relu")
