"""A gallery of subtle bugs: each planted alone in the real model's kernels, and what every check says.

`guppy gradcheck --bugs` plants the mistakes below one at a time (a wrapper around one kernel
function in a copy of the kernel set, or a patch of one function inside a kernel module, undone
afterwards; no file is edited), runs every check on the real GuppyLM of guppy/gradcheck/model.py,
and prints what each check reports and whether the bug was caught.

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

import contextlib
import math
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

import minigrad.kernels as reference_kernels
import minigrad.kernels.attention as attention_module
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

U32 = 2.0**-24  # float32 unit roundoff


# ----------------------------------------------------------------------------- the bugs


@dataclass
class Bug:
    title: str
    plant: Callable  # (kernel set copy, model) -> None: replaces functions in the copy
    patches: tuple = ()  # (module, name, replacement): a kernel's internal function, patched while it runs
    changes_forward: bool = False  # else the finite differences of the clean model are reused
    note: str = ""


def _on_linear(weight_name, change):
    """A plant that passes linear_backward's (dx, dW, db) through change(dy, dx, dW, db) for one weight only."""

    def plant(ops, model):
        base, W = ops.linear_backward, model.params.tensors[weight_name]

        def linear_backward(dy, cache):
            dx, dW, db = base(dy, cache)
            return change(dy, dx, dW, db) if cache[1] is W else (dx, dW, db)

        ops.linear_backward = linear_backward

    return plant


def _one_wrong_entry(dy, dx, dW, db):
    dW = dW.copy()
    dW[5, 3] += 1e-6 * np.abs(dW).max()
    return dx, dW, db


def _bias_over_wrong_axis(dy, dx, dW, db):
    out = dy.shape[-1]
    return dx, dW, dy.reshape(out, -1).sum(axis=1)  # the right shape, every entry mixing units and rows


def _tied_overwrite(ops, model):
    base = ops.embedding_backward

    def embedding_backward(dout, cache):  # the model adds this to G: G = dtok, the head's half is lost
        dtok, dpos = base(dout, cache)
        return dtok - model.params.grads["tok_emb.weight"], dpos

    ops.embedding_backward = embedding_backward


def _repeated_ids_overwrite(ops, model):
    base = ops.embedding_backward

    def embedding_backward(dout, cache):
        ids, tok_shape, _ = cache
        _, dpos = base(dout, cache)
        dtok = np.zeros(tok_shape)
        dtok[ids.reshape(-1)] = dout.reshape(-1, tok_shape[1])  # fancy assignment: the last row of an id wins
        return dtok, dpos

    ops.embedding_backward = embedding_backward


def _layernorm_unbiased(ops, model):
    """Variance over D - 1 (np.var(ddof=1), torch.var's default), its backward derived for it: consistent."""

    def layernorm_forward(x, gamma, beta, eps=1e-5):
        D = x.shape[-1]
        mean = x.mean(axis=-1, keepdims=True)
        rstd = 1.0 / np.sqrt(((x - mean) ** 2).sum(axis=-1, keepdims=True) / (D - 1) + eps)
        return (x - mean) * rstd * gamma + beta, (x, gamma, mean, rstd)

    def layernorm_backward(dy, cache):
        x, gamma, mean, rstd = cache
        D = x.shape[-1]
        xhat = (x - mean) * rstd
        g = dy * gamma
        dx = rstd * (g - g.mean(axis=-1, keepdims=True) - xhat * (g * xhat).sum(axis=-1, keepdims=True) / (D - 1))
        return dx, (dy * xhat).reshape(-1, D).sum(axis=0), dy.reshape(-1, D).sum(axis=0)

    ops.layernorm_forward, ops.layernorm_backward = layernorm_forward, layernorm_backward


def _layernorm_one_pass(ops, model):
    """Variance as E[x^2] - E[x]^2: the same function (the real backward is its derivative), poor rounding."""

    def layernorm_forward(x, gamma, beta, eps=1e-5):
        x2 = x.reshape(-1, x.shape[-1])
        mean = x2.mean(axis=-1, keepdims=True)
        var = (x2 * x2).mean(axis=-1, keepdims=True) - mean * mean
        rstd = (var + x.dtype.type(eps)) ** -0.5
        xhat = (x2 - mean) * rstd
        return (xhat * gamma + beta).reshape(x.shape), (xhat, gamma, rstd, x.shape)  # the kernel's own cache

    ops.layernorm_forward = layernorm_forward


def _heads(qkv, n_heads):
    B, T, three_D = qkv.shape
    return qkv.reshape(B, T, 3, n_heads, three_D // (3 * n_heads)).transpose(2, 0, 3, 1, 4)  # [3, B, H, T, hd]


def _dk_unscaled(ops, model):
    base = ops.attention_backward

    def attention_backward(dout, cache):  # dk = dS^T q instead of dS^T q / sqrt(hd)
        dqkv = base(dout, cache)
        D, hd = dqkv.shape[-1] // 3, dqkv.shape[-1] // (3 * cache[1])
        dqkv[..., D : 2 * D] *= math.sqrt(hd)
        return dqkv

    ops.attention_backward = attention_backward


def _mask_forgotten_in_backward(ops, model):
    base = ops.attention_backward

    def attention_backward(dout, cache):  # recomputes P for the backward (to save memory) without the mask
        qkv, n_heads, (probs, axis), dropout_cache, scale = cache
        q, k, _ = _heads(qkv, n_heads)
        unmasked, _ = reference_kernels.softmax_forward((q * scale) @ k.swapaxes(-1, -2))
        return base(dout, (qkv, n_heads, (unmasked, axis), dropout_cache, scale))

    ops.attention_backward = attention_backward


def _no_mask_bias(xp, T, key_mask, dtype):
    return xp.zeros((1, 1, T, T), dtype=dtype)


def _dropout_mask_dropped(ops, model):
    base = ops.dropout_backward

    def dropout_backward(dy, cache, **kwargs):  # the 1/(1-p) scale, but not the mask
        return base(dy, cache, **kwargs) if cache is None else dy * cache[1]

    ops.dropout_backward = dropout_backward


def _softmax_dot_sign(dp, cache, *, out=None):
    p, axis = cache
    return p * (dp + (dp * p).sum(axis=axis, keepdims=True))  # + instead of -


def _transposed(dy, dx, dW, db):
    return dx, dW.T.copy(), db


def _scaled(dy, dx, dW, db):
    return dx, dW * 1.001, db


def _nothing(ops, model):
    pass


BUGS = [
    Bug("blocks.1.attn.out.weight's gradient scaled by 1.001", _on_linear("blocks.1.attn.out.weight", _scaled)),
    Bug(
        "one entry of blocks.0.ffn.up.weight's gradient off by 1e-6 of the tensor's largest",
        _on_linear("blocks.0.ffn.up.weight", _one_wrong_entry),
        note="the old one-number check misses it: it divides by the largest gradient of the whole model",
    ),
    Bug("tied embedding: G = dtok instead of G += dtok (the head's half is lost)", _tied_overwrite),
    Bug("repeated token ids: dtok[ids] = rows instead of a sum (the last row of an id wins)", _repeated_ids_overwrite),
    Bug(
        "LayerNorm variance over D - 1, with the backward derived for it",
        _layernorm_unbiased,
        changes_forward=True,
        note="finite differences agree with this backward: the forward itself is wrong",
    ),
    Bug("attention: dk = dS^T q, the 1/sqrt(hd) forgotten", _dk_unscaled),
    Bug("attention backward recomputes P without the causal mask", _mask_forgotten_in_backward),
    Bug(
        "attention forward without the causal mask (backward consistent with it)",
        _nothing,
        patches=((attention_module, "_mask_bias", _no_mask_bias),),
        changes_forward=True,
        note="finite differences check the leaky model it computes; only causality is violated",
    ),
    Bug(
        "dropout backward without the mask (embedding and FFN dropout)",
        _dropout_mask_dropped,
        note="a check with dropout off would pass it: the check runs with dropout on, masks fixed",
    ),
    Bug(
        "blocks.1.ffn.up.bias's gradient summed over the wrong axis (dy.reshape(out, -1).sum(1))",
        _on_linear("blocks.1.ffn.up.weight", _bias_over_wrong_axis),
    ),
    Bug(
        "the square blocks.0.attn.out.weight's gradient transposed", _on_linear("blocks.0.attn.out.weight", _transposed)
    ),
    Bug(
        "softmax backward: p * (dp + sum(dp p)), the dot term's sign flipped",
        _nothing,
        patches=((attention_module, "softmax_backward", _softmax_dot_sign),),
    ),
    Bug(
        "LayerNorm variance as E[x^2] - E[x]^2 (one pass)",
        _layernorm_one_pass,
        changes_forward=True,
        note="exact in float64: only float32 on rows far from 0 shows it",
    ),
]


NO_BUG = Bug("no bug (every check must pass)", _nothing)


@contextlib.contextmanager
def planted(bug: Bug):
    """The kernel-set factory for `bug` (a function of the model); its internal patches hold inside the block."""
    saved = [(module, name, getattr(module, name)) for module, name, _ in bug.patches]
    try:
        for module, name, replacement in bug.patches:
            setattr(module, name, replacement)

        def kernels_for(model):
            ops = types.SimpleNamespace(**{n: getattr(reference_kernels, n) for n in reference_kernels.__all__})
            bug.plant(ops, model)
            return ops

        yield kernels_for
    finally:
        for module, name, original in saved:
            setattr(module, name, original)


# ----------------------------------------------------------------------------- the checks


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
    before, _ = model.forward(ids)
    after, _ = model.forward(changed)
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


def run_checks(bug: Bug) -> list[Verdict]:
    """Every check of the model with `bug` planted (NO_BUG for the clean model)."""
    with planted(bug) as kernels_for:
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
        f"bug gallery: {len(BUGS)} mistakes planted one at a time in the real GuppyLM's kernels\n"
        "(a copy of the kernel set, or a patched kernel function, restored after each)\n",
        file=out,
    )
    baseline = run_checks(NO_BUG)
    _print_verdicts(NO_BUG.title, baseline, out)
    clean_ok = not caught(baseline)
    n_caught, fd_missed = 0, []
    for number, bug in enumerate(BUGS, 1):
        verdicts = run_checks(bug)
        _print_verdicts(f"{number:2d}. {bug.title}", verdicts, out)
        by = caught(verdicts)
        n_caught += bool(by)
        if "finite differences" not in by:
            fd_missed.append((number, by))
        line = f"caught by: {', '.join(by)}" if by else "NOT CAUGHT"
        print(f"      -> {line}" + (f"  ({bug.note})" if bug.note else ""), file=out)
    print(
        f"\n{n_caught} of {len(BUGS)} planted bugs caught; finite differences alone catch "
        f"{len(BUGS) - len(fd_missed)}. The others: "
        + "; ".join(f"#{n} by {', '.join(by) or 'nothing'}" for n, by in fd_missed),
        file=out,
    )
    if not clean_ok:
        print("the clean model fails a check: the gallery proves nothing until it passes", file=out)
    return 0 if clean_ok and n_caught == len(BUGS) else 1


def _print_verdicts(title, verdicts, out) -> None:
    print(title, file=out)
    for v in verdicts:
        status = ("pass" if v.passed else "FAIL") + ("" if v.counts else " (not counted)")
        print(f"      {v.check:<40} {status:<18} {v.detail}", file=out)
