"""The bug gallery: every check of the real model, run on the clean kernels and with each bug of bugs.py planted.

The checks
    finite differences   one row per parameter tensor and the input path, each at the tolerance
                         derived in minigrad/gradcheck.py (the main check)
    one number at 1e-6   the former whole-model check: one max-relative error over all parameters
                         at a fixed 1e-6 (shown for comparison; it does not count)
    layernorm rows       a forward reference: with gain 1 and bias 0, every output row has mean 0 and
                         mean square var / (var + eps), var the population variance of the input row
    causality            changing the token at position t leaves the logits before t exactly unchanged
    key-bias gradient    the gradient of the key part of every qkv bias is ~0: adding a vector b to every
                         key adds q.b to a query's scores for every key alike, which softmax ignores
    float32 vs float64   the float32 model's gradients against the float64 ones; and layernorm in float32
                         against float64 on rows of mean 100 and spread 1 (residual streams carry such
                         outlier features)

Finite differences test one thing: that the backward is the derivative of the forward. They
cannot see a wrong forward whose backward was derived consistently from it (the LayerNorm over
D - 1, the forgotten causal mask in the forward), nor a mistake that only float32 rounding
exposes (a one-pass variance): the gallery shows which other check catches each of those.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import numpy as np

from guppy.gradcheck import bugs
from guppy.gradcheck.model import (
    CHECK_CONFIG,
    DROPOUT_SEED,
    INPUT_PATH,
    SEED,
    ModelCheck,
    SetupError,
    check_problem,
    clean_check,
    run_model_check,
)
from guppy.model import GuppyLM
from minigrad.backend import CPU
from minigrad.relative_error import max_relative_error


@dataclass
class Verdict:
    check: str
    passed: bool
    detail: str
    counts: bool = True  # False: shown for comparison only


LN_ROW_TOL = 1e-12  # float64: the row mean and mean square carry ~(D + 4) u = 1e-15
KEY_BIAS_TOL = 1e-12  # float64: the rows of dS sum to ~T u |dP| instead of 0, i.e. ~1e-15 of the gradient
F32_MODEL_TOL = 1e-5  # float32: the model's gradients measure 5e-7 .. 8e-7 (u32 = 6e-8 times ~10 roundings)
F32_OFFSET_TOL = 1e-4  # float32, rows of mean 100: u32 * 100 = 6e-6 of the spread (measured 4e-6 .. 7e-6)


def finite_differences(result: ModelCheck) -> Verdict:
    outcomes = {name: result.outcome(name) for name in result.names}
    failing = [name for name, o in outcomes.items() if not o.passed]
    worst = max(outcomes, key=lambda name: outcomes[name].error / outcomes[name].tolerance)
    w = outcomes[worst]
    detail = (
        f"{len(failing)} of {len(outcomes)} rows over tolerance; worst {worst}: {w.error:.1e} "
        f"(tolerance {w.tolerance:.1e})"
    )
    return Verdict("finite differences", not failing, detail)


def one_number(result: ModelCheck) -> Verdict:
    value = result.one_number()
    return Verdict("one number at 1e-6 (old)", value <= 1e-6, f"{value:.1e}", counts=False)


def layernorm_rows(ops) -> Verdict:
    rng = np.random.default_rng(5)
    x = rng.standard_normal((24, CHECK_CONFIG.d_model)) * 2 + 0.5
    D = x.shape[-1]
    y, _ = ops.layernorm_forward(x, np.ones(D), np.zeros(D))
    var = x.var(axis=-1)
    value = max(float(np.abs(y.mean(axis=-1)).max()), float(np.abs((y * y).mean(axis=-1) - var / (var + 1e-5)).max()))
    return Verdict("layernorm rows normalised", value <= LN_ROW_TOL, f"{value:.1e} (tolerance {LN_ROW_TOL:.0e})")


def causality(kernels_for) -> Verdict:
    problem = check_problem(SEED)
    model, ids = problem.model, problem.ids
    model.kernels = kernels_for(model)
    t = 4
    changed = ids.copy()
    changed[:, t] = (changed[:, t] % (CHECK_CONFIG.vocab_size - 1)) + 1  # another real token
    every = np.ones_like(ids)  # a target at every position: forward returns the logits of all of them
    before, after = (model.forward(x, every)[0].reshape(*ids.shape, -1) for x in (ids, changed))
    value = float(np.abs(after[:, :t] - before[:, :t]).max() / np.abs(before[:, :t]).max())
    return Verdict("causality", value == 0.0, f"logits before position {t} moved by {value:.1e} (must be 0)")


def key_bias(result: ModelCheck) -> Verdict:
    D, worst = CHECK_CONFIG.d_model, 0.0
    for i in range(CHECK_CONFIG.n_layers):
        g = result.analytic[f"blocks.{i}.attn.qkv.bias"]
        worst = max(worst, float(np.abs(g[D : 2 * D]).max() / np.abs(g).max()))
    return Verdict("key-bias gradient ~ 0", worst <= KEY_BIAS_TOL, f"{worst:.1e} (tolerance {KEY_BIAS_TOL:.0e})")


def float32_model(kernels_for, result: ModelCheck) -> Verdict:
    problem = check_problem(SEED)
    model = GuppyLM(CHECK_CONFIG, CPU, dtype=np.float32)
    model.params.data[...] = problem.model.params.data
    model.kernels = kernels_for(model)
    model.loss_and_grad(problem.ids, problem.targets, rng=np.random.default_rng(DROPOUT_SEED))
    value = max(
        max_relative_error(model.params.grads[name], result.analytic[name])
        for name in result.names
        if name != INPUT_PATH
    )
    return Verdict("float32 vs float64, model", value <= F32_MODEL_TOL, f"{value:.1e} (tolerance {F32_MODEL_TOL:.0e})")


def float32_offset_layernorm(ops) -> Verdict:
    rng = np.random.default_rng(6)
    D = 384
    x = (rng.standard_normal((32, D)) + 100).astype(np.float32)
    g = (1 + 0.1 * rng.standard_normal(D)).astype(np.float32)
    b = (0.05 * rng.standard_normal(D)).astype(np.float32)
    dy = rng.standard_normal((32, D)).astype(np.float32)
    y32, c32 = ops.layernorm_forward(x, g, b)
    y64, c64 = ops.layernorm_forward(*(a.astype(np.float64) for a in (x, g, b)))
    value = max(
        max_relative_error(y32, y64),
        max_relative_error(ops.layernorm_backward(dy, c32), ops.layernorm_backward(dy.astype(np.float64), c64)),
    )
    return Verdict(
        "float32 vs float64, layernorm, mean 100",
        value <= F32_OFFSET_TOL,
        f"{value:.1e} (tolerance {F32_OFFSET_TOL:.0e})",
    )


def run_checks(bug: bugs.Bug) -> list[Verdict]:
    """Every check of the model with `bug` planted (bugs.NO_BUG for the clean model)."""
    with bugs.planted(bug) as kernels_for:
        ops = kernels_for(check_problem(SEED).model)
        try:
            reuse = None if bug.changes_forward else clean_check()
            result = run_model_check(kernels_for, numeric=reuse)
        except SetupError as exc:
            return [Verdict("finite differences", False, f"refused: {exc}")]
        return [
            finite_differences(result),
            one_number(result),
            layernorm_rows(ops),
            causality(kernels_for),
            key_bias(result),
            float32_model(kernels_for, result),
            float32_offset_layernorm(ops),
        ]


def caught(verdicts) -> list[str]:
    return [v.check for v in verdicts if v.counts and not v.passed]


def run_gallery(out=None) -> int:
    """Plant every bug in turn, print what each check reports; 0 when the clean model passes and every bug is caught."""
    out = out if out is not None else sys.stdout
    print(
        f"bug gallery: {len(bugs.BUGS)} mistakes planted one at a time in the real GuppyLM's kernels\n"
        "(a copy of the kernel set, or a patched kernel function, restored after each)\n",
        file=out,
    )
    baseline = run_checks(bugs.NO_BUG)
    _print_verdicts(bugs.NO_BUG.title, baseline, out)
    clean_ok = not caught(baseline)
    n_caught, fd_missed = 0, []
    for number, bug in enumerate(bugs.BUGS, 1):
        verdicts = run_checks(bug)
        _print_verdicts(f"{number:2d}. {bug.title}", verdicts, out)
        by = caught(verdicts)
        n_caught += bool(by)
        if "finite differences" not in by:
            fd_missed.append((number, by))
        line = f"caught by: {', '.join(by)}" if by else "NOT CAUGHT"
        print(f"      -> {line}" + (f"  ({bug.note})" if bug.note else ""), file=out)
    print(
        f"\n{n_caught} of {len(bugs.BUGS)} planted bugs caught; finite differences alone catch "
        f"{len(bugs.BUGS) - len(fd_missed)}. The others: "
        + "; ".join(f"#{n} by {', '.join(by) or 'nothing'}" for n, by in fd_missed),
        file=out,
    )
    if not clean_ok:
        print("the clean model fails a check: the gallery proves nothing until it passes", file=out)
    return 0 if clean_ok and n_caught == len(bugs.BUGS) else 1


def _print_verdicts(title, verdicts, out) -> None:
    print(title, file=out)
    for v in verdicts:
        status = ("pass" if v.passed else "FAIL") + ("" if v.counts else " (not counted)")
        print(f"      {v.check:<40} {status:<18} {v.detail}", file=out)
