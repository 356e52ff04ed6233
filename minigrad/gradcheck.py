"""Gradient checks: hand-written backward passes against central finite differences.

Everything runs in float64. For an op y = F(x) we never build the Jacobian; we use
the vector-Jacobian trick: draw a random dout of y's shape and look at the scalar

    f(x) = sum(F(x) * dout),   whose gradient is  df/dx = J^T dout = backward(dout).

The analytic side is one call to the op's backward with that dout. The numerical side
perturbs one entry of x at a time:

    df/dx_i ~ (f(x + h e_i) - f(x - h e_i)) / (2h)        (central difference)

Why h = 1e-6. The central difference has truncation error ~ h^2 |f'''| / 6 and
rounding error ~ eps S / h, where eps = 2.2e-16 (float64) and S = sum |out * dout| is
the size of the terms summed into f: each f(x +- h) is off by about eps S, and the
difference is divided by 2h. The total is smallest near h = eps^(1/3) ~ 6e-6. With
h = 1e-6 and the few hundred O(1) terms used here, rounding gives ~1e-9 and truncation
~1e-12, so smooth ops land near 1e-9 (the table shows 1e-10 .. 1e-8). (In float32,
eps = 1.2e-7 and the same estimate exceeds the gradients themselves: the checks are
float64 only.)

Error metric. For an analytic gradient a and a numerical one n (same shape):

    err = max_i |a_i - n_i| / max( max_i |a_i|, max_i |n_i|, tiny )

i.e. the largest absolute disagreement relative to the largest gradient entry. A
per-entry ratio |a_i - n_i| / max(|a_i|, |n_i|) would be dominated by entries whose
true gradient is ~0, where the numerical value is pure rounding noise (~eps S / h)
and the ratio is meaningless (~1); scaling by the whole gradient's size measures what
matters: is the backward right up to a rounding-level fraction of its magnitude.
tiny = 1e-30 only keeps 0/0 away when both gradients are exactly zero (for example
a loss where every target is ignored: then f does not depend on x, every difference
is exactly 0, and the error is reported as 0). It is far below any real gradient
size here, so it never hides an error.

Tolerances (see _SMOOTH and _RELU below).
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass
from typing import Callable

import numpy as np

from minigrad.backend import array_module, to_numpy
from minigrad.kernels import (
    attention_backward, attention_forward, cross_entropy_backward, cross_entropy_forward,
    dropout_backward, dropout_forward, embedding_backward, embedding_forward,
    layernorm_backward, layernorm_forward, linear_backward, linear_forward,
    relu_backward, relu_forward, softmax_backward, softmax_forward, take_rows_backward, take_rows_forward,
)

TINY = 1e-30
# Smooth ops: the finite-difference error is ~1e-9 (see the module docstring), while a
# real bug (a missing term, a wrong sign or index) gives errors of 1e-3 to 1. 1e-7
# leaves a factor 10-100 above the noise and 1e4 below the smallest real bug.
_SMOOTH = 1e-7
# A ReLU makes f only piecewise smooth: a probe x +- h straddling the kink would put the
# difference quotient off by O(1), i.e. an error near 1e-1, not 1e-6. Inputs are kept
# off the kink (|x| >= 1e-2 in the kernel case, >= 1e-3 in the stack, against steps of
# ~1e-5 at most), so in practice the errors match the smooth ops; the extra factor 10
# is margin for the deeper compositions (the stack), where rounding noise adds up over
# more terms.
_RELU = 1e-6


def numerical_grad(f, x, h=1e-6):
    """Central-difference gradient of the scalar f() with respect to the array x.

    f takes no arguments and reads x; x is perturbed in place, one entry at a time,
    and restored exactly. The step used is the representable one, (x + h) - (x - h).
    """
    if x.dtype != np.float64:
        raise TypeError(f"finite differences need float64 inputs (float32 rounding swamps them), got {x.dtype}")
    if not x.flags.c_contiguous:
        raise ValueError("numerical_grad perturbs x in place: pass a C-contiguous array")
    xp = array_module(x)
    flat = x.reshape(-1)  # a view, so writing flat[i] perturbs x
    grad = np.zeros(x.size, dtype=np.float64)
    for i in range(flat.size):
        original = float(flat[i])
        flat[i] = original + h
        plus_x, f_plus = float(flat[i]), f()
        flat[i] = original - h
        minus_x, f_minus = float(flat[i]), f()
        flat[i] = original
        grad[i] = (f_plus - f_minus) / (plus_x - minus_x)
    return xp.asarray(grad.reshape(x.shape))


def max_relative_error(a, n):
    """max |a - n| / max(max |a|, max |n|, tiny) over all entries (see the module docstring)."""
    a = to_numpy(a).astype(np.float64)
    n = to_numpy(n).astype(np.float64)
    if a.shape != n.shape:
        raise ValueError(f"gradient shapes differ: analytic {a.shape}, numerical {n.shape}")
    if a.size == 0:
        return 0.0
    scale = max(float(np.abs(a).max()), float(np.abs(n).max()), TINY)
    return float(np.abs(a - n).max()) / scale


def check_kernel(forward, backward, inputs, grad_names, wrt=None, seed=0, h=1e-6):
    """Compare backward with finite differences for the inputs named in `wrt`.

    forward(**inputs) -> (out, cache); backward(dout, cache) -> the gradients in the
    order of grad_names (a bare array when there is one name). wrt defaults to every
    name in grad_names. forward must be deterministic (dropout: a fresh rng with a
    fixed seed on every call) and must not modify its inputs.
    Returns {name: max relative error}.
    """
    out, cache = forward(**inputs)
    xp = array_module(out)
    dout = xp.asarray(np.random.default_rng(seed).standard_normal(np.shape(out)))
    grads = backward(dout.copy(), cache)  # a copy: a backward may overwrite its dout
    if len(grad_names) == 1 and not isinstance(grads, tuple):
        grads = (grads,)
    analytic = dict(zip(grad_names, grads))

    def f():
        y, _ = forward(**inputs)
        return float((y * dout).sum())

    errors = {}
    for name in wrt or grad_names:
        errors[name] = max_relative_error(analytic[name], numerical_grad(f, inputs[name], h))
    return errors


@dataclass
class GradCase:
    """One row of the gradient-check table."""

    name: str  # op and input, e.g. "linear dW"
    shape: str  # the shapes used, for the reader
    run: Callable[[], float]  # returns the max relative error
    tolerance: float


def run_table(cases, out=None) -> int:
    """Run every case, print one line each to out (default: the current sys.stdout),
    return 0 when all pass, else 1."""
    out = out if out is not None else sys.stdout
    header = f"{'op':<40} {'shape':<34} {'max rel err':>11} {'tolerance':>9}  result"
    print(header, file=out)
    print("-" * len(header), file=out)
    failures = 0
    for case in cases:
        try:
            err = float(case.run())
            text = f"{err:11.1e}"
        except Exception as exc:  # a crashing case is a failure, reported on its own line
            err, text = math.nan, f"{type(exc).__name__}: {exc}"[:60]
        ok = err <= case.tolerance  # False for NaN too
        failures += not ok
        verdict = "PASS" if ok else "FAIL"
        print(f"{case.name:<40} {case.shape:<34} {text:>11} {case.tolerance:9.0e}  {verdict}", file=out)
    print(f"{len(cases) - failures}/{len(cases)} passed", file=out)
    return 0 if failures == 0 else 1


# ----------------------------------------------------------------------------- cases


def _rand(rng, *shape, scale=1.0):
    return rng.standard_normal(shape) * scale


def _off_kink(rng, *shape):
    """Random values with |x| >= 1e-2: a ReLU is smooth within any h-sized step of them."""
    x = rng.standard_normal(shape)
    return np.sign(x) * (np.abs(x) + 1e-2)


def _cases_for(name, shape, tolerance, forward, backward, inputs, grad_names, prefix="d"):
    """One GradCase per input named in grad_names (None entries are not checked)."""

    def run(g):
        return check_kernel(forward, backward, inputs, grad_names, wrt=[g])[g]

    return [GradCase(f"{name} {prefix}{g}", shape, lambda g=g: run(g), tolerance) for g in grad_names if g is not None]


def kernel_cases() -> list[GradCase]:
    """Every kernel and every differentiable input (odd shapes, float64), then the
    two-block transformer stack of stack_cases(), one row per parameter."""
    rng = np.random.default_rng(1234)
    B, T, D, H, V = 3, 5, 6, 2, 7
    cases = []

    ids = rng.integers(0, V, size=(B, T))
    ids[0, :2] = 4  # a repeated id: its rows must be summed
    cases += _cases_for(
        "embedding", f"ids[{B},{T}] tok[{V},{D}] pos[{T + 2},{D}]", _SMOOTH,
        lambda tok, pos: embedding_forward(ids, tok, pos), embedding_backward,
        {"tok": _rand(rng, V, D), "pos": _rand(rng, T + 2, D)}, ("tok", "pos"))
    cases += _cases_for(
        "linear", f"x[{B},{T},4] W[{D},4] b[{D}]", _SMOOTH, linear_forward, linear_backward,
        {"x": _rand(rng, B, T, 4), "W": _rand(rng, D, 4), "b": _rand(rng, D)}, ("x", "W", "b"))
    cases += _cases_for(
        "linear (no bias)", f"x[{B},4] W[{D},4]", _SMOOTH,
        lambda x, W: linear_forward(x, W, None), lambda d, c: linear_backward(d, c)[:2],
        {"x": _rand(rng, B, 4), "W": _rand(rng, D, 4)}, ("x", "W"))
    cases += _cases_for(
        "layernorm", f"x[{B},{T},7] gamma[7] beta[7]", _SMOOTH, layernorm_forward, layernorm_backward,
        {"x": _rand(rng, B, T, 7, scale=2.0) + 0.5, "gamma": 1 + _rand(rng, 7, scale=0.3), "beta": _rand(rng, 7)},
        ("x", "gamma", "beta"))
    cases += _cases_for(
        "softmax (last axis)", f"x[{B},{T},7]", _SMOOTH, softmax_forward, softmax_backward,
        {"x": _rand(rng, B, T, 7, scale=2.0)}, ("x",))
    cases += _cases_for(
        "softmax (axis 1)", f"x[{B},{T},7]", _SMOOTH, lambda x: softmax_forward(x, axis=1), softmax_backward,
        {"x": _rand(rng, B, T, 7, scale=2.0)}, ("x",))

    key_mask = np.ones((B, T), dtype=bool)
    key_mask[1, 3:] = False  # right padding
    key_mask[2, :2] = False  # left padding: queries 0 and 1 of row 2 see no key at all
    attn_shape = f"qkv[{B},{T},{3 * D}] {H} heads of {D // H}"
    for label, kwargs in [
        ("attention causal", {}),
        ("attention key_mask", {"key_mask": key_mask}),
        ("attention key_mask+dropout", {"key_mask": key_mask, "dropout_p": 0.3, "training": True}),
    ]:
        def forward(qkv, kwargs=kwargs):  # a fresh rng per call: the same dropout mask every time
            return attention_forward(qkv, H, rng=np.random.default_rng(7), **kwargs)
        cases += _cases_for(label, attn_shape, _SMOOTH, forward, attention_backward,
                            {"qkv": _rand(rng, B, T, 3 * D)}, ("qkv",))

    cases += _cases_for("relu (off the kink)", f"x[{B},{T},7]", _RELU, relu_forward, relu_backward,
                        {"x": _off_kink(rng, B, T, 7)}, ("x",))
    cases += _cases_for(
        "dropout p=0.3", f"x[{B},{T},7]", _SMOOTH,
        lambda x: dropout_forward(x, 0.3, np.random.default_rng(11)), dropout_backward,
        {"x": _rand(rng, B, T, 7)}, ("x",))
    picked = np.array([13, 0, 7, 14, 2, 8])  # distinct, unsorted, some positions left out
    cases += _cases_for(
        "take_rows", f"x[{B},{T},7] rows[{len(picked)}]", _SMOOTH,
        lambda x: take_rows_forward(x, picked), take_rows_backward, {"x": _rand(rng, B, T, 7)}, ("x",))
    targets = rng.integers(0, V, size=(B, T))
    targets[0, 1] = targets[2, 4] = 0  # ignored (pad id 0)
    targets[1, 0] = 3
    cases += _cases_for(
        "cross_entropy (some ignored)", f"logits[{B},{T},{V}] targets[{B},{T}]", _SMOOTH,
        lambda logits: cross_entropy_forward(logits, targets, ignore_index=0), cross_entropy_backward,
        {"logits": _rand(rng, B, T, V, scale=2.0)}, ("logits",))
    return cases + stack_cases()


# ------------------------------------------------- a whole transformer stack, by hand
#
# Two pre-norm blocks, x = x + attn(ln1(x)); x = x + ffn(ln2(x)) with a ReLU FFN,
# then a final layernorm, a head tied to the token embedding, and the cross-entropy,
# with dropout (fixed seed) where the model has it. Parameter names follow the
# checkpoint layout in DESIGN.md.


def stack_params(rng, V=11, T_max=6, D=8, F=16, n_layers=2):
    """Random float64 parameters (std 0.3, LayerNorm gains near 1) for stack_forward."""
    p = {"tok_emb.weight": _rand(rng, V, D, scale=0.5), "pos_emb.weight": _rand(rng, T_max, D, scale=0.5)}
    for i in range(n_layers):
        for norm in ("norm1", "norm2"):
            p[f"blocks.{i}.{norm}.weight"] = 1 + _rand(rng, D, scale=0.2)
            p[f"blocks.{i}.{norm}.bias"] = _rand(rng, D, scale=0.2)
        linears = {"attn.qkv": (3 * D, D), "attn.out": (D, D), "ffn.up": (F, D), "ffn.down": (D, F)}
        for name, (n_out, n_in) in linears.items():
            p[f"blocks.{i}.{name}.weight"] = _rand(rng, n_out, n_in, scale=0.3)
            p[f"blocks.{i}.{name}.bias"] = _rand(rng, n_out, scale=0.1)
    p["norm.weight"] = 1 + _rand(rng, D, scale=0.2)
    p["norm.bias"] = _rand(rng, D, scale=0.2)
    return p


def stack_forward(params, ids, targets, n_heads, dropout_p=0.1, seed=5, pad_id=0):
    """Loss of the tiny stack, plus everything its backward needs. Returns (loss, cache)."""
    rng = np.random.default_rng(seed)  # same seed, same dropout masks on every call
    n_layers = len({name.split(".")[1] for name in params if name.startswith("blocks.")})
    key_mask = ids != pad_id
    x, emb_cache = embedding_forward(ids, params["tok_emb.weight"], params["pos_emb.weight"])
    x, emb_drop_cache = dropout_forward(x, dropout_p, rng)
    blocks, relu_margin = [], math.inf
    for i in range(n_layers):
        w = lambda name: params[f"blocks.{i}.{name}"]  # noqa: E731
        c = {}
        h, c["ln1"] = layernorm_forward(x, w("norm1.weight"), w("norm1.bias"))
        qkv, c["qkv"] = linear_forward(h, w("attn.qkv.weight"), w("attn.qkv.bias"))
        a, c["attn"] = attention_forward(qkv, n_heads, key_mask, dropout_p, rng, training=True)
        a, c["out"] = linear_forward(a, w("attn.out.weight"), w("attn.out.bias"))
        x = x + a
        h, c["ln2"] = layernorm_forward(x, w("norm2.weight"), w("norm2.bias"))
        u, c["up"] = linear_forward(h, w("ffn.up.weight"), w("ffn.up.bias"))
        relu_margin = min(relu_margin, float(np.abs(u).min()))
        u, c["relu"] = relu_forward(u)
        f, c["down"] = linear_forward(u, w("ffn.down.weight"), w("ffn.down.bias"))
        f, c["drop"] = dropout_forward(f, dropout_p, rng)
        x = x + f
        blocks.append(c)
    h, norm_cache = layernorm_forward(x, params["norm.weight"], params["norm.bias"])
    logits, head_cache = linear_forward(h, params["tok_emb.weight"], None)  # tied head
    loss, ce_cache = cross_entropy_forward(logits, targets, ignore_index=pad_id)
    cache = {"emb": emb_cache, "emb_drop": emb_drop_cache, "blocks": blocks, "norm": norm_cache,
             "head": head_cache, "ce": ce_cache, "relu_margin": relu_margin}
    return loss, cache


def stack_backward(dloss, cache):
    """Gradients of the loss for every parameter: the forward pass read in reverse."""
    g = {}
    dlogits = cross_entropy_backward(dloss, cache["ce"])
    dh, g["tok_emb.weight"], _ = linear_backward(dlogits, cache["head"])  # head half of the tied weight
    dx, g["norm.weight"], g["norm.bias"] = layernorm_backward(dh, cache["norm"])
    for i in reversed(range(len(cache["blocks"]))):
        c, b = cache["blocks"][i], f"blocks.{i}."
        # x = x + f: the residual passes dx through unchanged and adds the FFN branch's part
        df = dropout_backward(dx, c["drop"])
        du, g[b + "ffn.down.weight"], g[b + "ffn.down.bias"] = linear_backward(df, c["down"])
        du = relu_backward(du, c["relu"])
        dh, g[b + "ffn.up.weight"], g[b + "ffn.up.bias"] = linear_backward(du, c["up"])
        dh, g[b + "norm2.weight"], g[b + "norm2.bias"] = layernorm_backward(dh, c["ln2"])
        dx = dx + dh
        # x = x + a
        da, g[b + "attn.out.weight"], g[b + "attn.out.bias"] = linear_backward(dx, c["out"])
        dqkv = attention_backward(da, c["attn"])
        dh, g[b + "attn.qkv.weight"], g[b + "attn.qkv.bias"] = linear_backward(dqkv, c["qkv"])
        dh, g[b + "norm1.weight"], g[b + "norm1.bias"] = layernorm_backward(dh, c["ln1"])
        dx = dx + dh
    dx = dropout_backward(dx, cache["emb_drop"])
    dtok, g["pos_emb.weight"] = embedding_backward(dx, cache["emb"])
    g["tok_emb.weight"] += dtok  # the input half of the tied weight accumulates
    return g


def stack_cases() -> list[GradCase]:
    """One row per parameter of the tiny two-block stack."""
    rng = np.random.default_rng(2048)  # a seed whose 480 ReLU inputs all stay >= 8e-3 from 0
    B, T, H = 3, 5, 2
    params = stack_params(rng)
    V, D = params["tok_emb.weight"].shape
    ids = rng.integers(1, V, size=(B, T))
    ids[1, 3:] = 0  # right padding
    targets = np.concatenate([ids[:, 1:], np.zeros((B, 1), dtype=ids.dtype)], axis=1)  # next token; 0 ignored
    names = tuple(params)

    def forward(**p):
        return stack_forward(p, ids, targets, H)

    def backward(dloss, cache):
        grads = stack_backward(dloss, cache)
        return tuple(grads[n] for n in names)

    margin = stack_forward(params, ids, targets, H)[1]["relu_margin"]
    # A step h = 1e-6 in one parameter moves a ReLU input by ~h * O(10) = 1e-5 at most here,
    # so a 1e-3 margin from the kink keeps every probe on one side of it, 100x over.
    if margin < 1e-3:
        raise AssertionError(f"stack_cases: a ReLU input is within {margin:.1e} of the kink; change the seed")
    shape = f"ids[{B},{T}] V{V} D{D} {H}h F16 2 blocks"
    return _cases_for("stack", shape, _RELU, forward, backward, params, names, prefix="")


def main(argv=None) -> int:
    """Run every kernel case and the stack case; print the table; 0 when all pass."""
    parser = argparse.ArgumentParser(prog="gradcheck", description=__doc__.splitlines()[0])
    parser.add_argument("-k", "--match", default="", help="only run cases whose name contains this text")
    args = parser.parse_args(argv)
    cases = [c for c in kernel_cases() if args.match in c.name]
    return run_table(cases)


if __name__ == "__main__":
    sys.exit(main())
