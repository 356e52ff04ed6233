"""The kernels' rows of `guppy gradcheck`: every kernel and every differentiable input, float64.

Odd shapes (nothing square by accident), random inputs, a ReLU kept off its kink, some
targets ignored and, for the cross-entropy, position weights as training uses them. Each
row is checked by minigrad/gradcheck.py (central differences against the backward, at a
tolerance derived from the forward's rounding); the model's rows live in
guppy/gradcheck/model.py.
"""

from __future__ import annotations

import argparse
import sys

import numpy as np

from minigrad.gradcheck import ROUNDINGS, GradCase, check_kernel_outcomes, run_table
from minigrad.kernels import (
    attention_backward,
    attention_forward,
    cross_entropy_backward,
    cross_entropy_forward,
    dropout_backward,
    dropout_forward,
    embedding_backward,
    embedding_forward,
    layernorm_backward,
    layernorm_forward,
    linear_backward,
    linear_forward,
    relu_backward,
    relu_forward,
    softmax_backward,
    softmax_forward,
    take_rows_backward,
    take_rows_forward,
)


def _rand(rng, *shape, scale=1.0):
    return rng.standard_normal(shape) * scale


def _off_kink(rng, *shape):
    """Random values with |x| >= 1e-2: a ReLU is smooth within any h-sized step of them."""
    x = rng.standard_normal(shape)
    return np.sign(x) * (np.abs(x) + 1e-2)


def _cases_for(name, shape, roundings, forward, backward, inputs, grad_names):
    """One GradCase per input named in grad_names (None entries are not checked)."""

    def run(g):
        return check_kernel_outcomes(forward, backward, inputs, grad_names, wrt=[g], roundings=roundings)[g]

    return [GradCase(f"{name} d{g}", shape, lambda g=g: run(g)) for g in grad_names if g is not None]


def kernel_cases(seed: int = 1234) -> list[GradCase]:
    """Every kernel and every differentiable input, odd shapes, float64 (the model's rows: guppy/gradcheck/model.py)."""
    rng = np.random.default_rng(seed)
    B, T, D, H, V = 3, 5, 6, 2, 7
    c = ROUNDINGS
    cases = []

    ids = rng.integers(0, V, size=(B, T))
    ids[0, :2] = 4  # a repeated id: its rows must be summed
    cases += _cases_for(
        "embedding",
        f"ids[{B},{T}] tok[{V},{D}] pos[{T + 2},{D}]",
        1,
        lambda tok, pos: embedding_forward(ids, tok, pos),
        embedding_backward,
        {"tok": _rand(rng, V, D), "pos": _rand(rng, T + 2, D)},
        ("tok", "pos"),
    )
    cases += _cases_for(
        "linear",
        f"x[{B},{T},4] W[{D},4] b[{D}]",
        4 + 1,
        linear_forward,
        linear_backward,
        {"x": _rand(rng, B, T, 4), "W": _rand(rng, D, 4), "b": _rand(rng, D)},
        ("x", "W", "b"),
    )
    cases += _cases_for(
        "linear (no bias)",
        f"x[{B},4] W[{D},4]",
        4,
        lambda x, W: linear_forward(x, W, None),
        lambda d, c: linear_backward(d, c)[:2],
        {"x": _rand(rng, B, 4), "W": _rand(rng, D, 4)},
        ("x", "W"),
    )
    ln_in = {"x": _rand(rng, B, T, 7, scale=2.0) + 0.5, "gamma": 1 + _rand(rng, 7, scale=0.3), "beta": _rand(rng, 7)}
    cases += _cases_for(
        "layernorm",
        f"x[{B},{T},7] gamma[7] beta[7]",
        c["layernorm"](ln_in["x"], None, None),
        layernorm_forward,
        layernorm_backward,
        ln_in,
        ("x", "gamma", "beta"),
    )
    cases += _cases_for(
        "softmax (last axis)",
        f"x[{B},{T},7]",
        7 + 4,
        softmax_forward,
        softmax_backward,
        {"x": _rand(rng, B, T, 7, scale=2.0)},
        ("x",),
    )
    cases += _cases_for(
        "softmax (axis 1)",
        f"x[{B},{T},7]",
        T + 4,
        lambda x: softmax_forward(x, axis=1),
        softmax_backward,
        {"x": _rand(rng, B, T, 7, scale=2.0)},
        ("x",),
    )

    attn_shape = f"qkv[{B},{T},{3 * D}] {H} heads of {D // H}"
    for label, kwargs in [
        ("attention causal", {}),
        ("attention dropout", {"dropout_p": 0.3, "training": True}),
    ]:

        def forward(qkv, kwargs=kwargs):  # a fresh rng per call: the same dropout mask every time
            return attention_forward(qkv, H, rng=np.random.default_rng(7), **kwargs)

        qkv = _rand(rng, B, T, 3 * D)
        cases += _cases_for(
            label, attn_shape, c["attention"](qkv, H), forward, attention_backward, {"qkv": qkv}, ("qkv",)
        )

    cases += _cases_for(
        "relu (off the kink)", f"x[{B},{T},7]", 0, relu_forward, relu_backward, {"x": _off_kink(rng, B, T, 7)}, ("x",)
    )
    cases += _cases_for(
        "dropout p=0.3",
        f"x[{B},{T},7]",
        1,
        lambda x: dropout_forward(x, 0.3, np.random.default_rng(11)),
        dropout_backward,
        {"x": _rand(rng, B, T, 7)},
        ("x",),
    )
    picked = np.array([13, 0, 7, 14, 2, 8])  # distinct, unsorted, some positions left out
    cases += _cases_for(
        "take_rows",
        f"x[{B},{T},7] rows[{len(picked)}]",
        0,
        lambda x: take_rows_forward(x, picked),
        take_rows_backward,
        {"x": _rand(rng, B, T, 7)},
        ("x",),
    )
    targets = rng.integers(0, V, size=(B, T))
    targets[0, 1] = targets[2, 4] = 0  # ignored (pad id 0)
    targets[1, 0] = 3
    logits = _rand(rng, B, T, V, scale=2.0)
    cases += _cases_for(
        "cross_entropy (some ignored)",
        f"logits[{B},{T},{V}] targets[{B},{T}]",
        c["cross_entropy"](logits, targets),
        lambda logits: cross_entropy_forward(logits, targets, ignore_index=0),
        cross_entropy_backward,
        {"logits": logits},
        ("logits",),
    )
    return cases


def main(argv=None) -> int:
    """Run every kernel case; print the table; 0 when all pass."""
    parser = argparse.ArgumentParser(prog="gradcheck", description=__doc__.splitlines()[0])
    parser.add_argument("-k", "--match", default="", help="only run cases whose name contains this text")
    args = parser.parse_args(argv)
    cases = [c for c in kernel_cases() if args.match in c.name]
    return run_table(cases)


if __name__ == "__main__":
    sys.exit(main())
