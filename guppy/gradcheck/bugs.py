"""A gallery of subtle bugs, each planted alone in the real model's kernels.

`guppy gradcheck --bugs` plants the mistakes below one at a time (a wrapper around one kernel
function in a copy of the kernel set, or a patch of one function inside a kernel module, undone
afterwards; no file is edited), runs every check on the real GuppyLM of guppy/gradcheck/model.py,
and prints what each check reports and whether the bug was caught.

The checks that must catch them, and the gallery that runs them all: guppy/gradcheck/gallery.py.
"""

from __future__ import annotations

import contextlib
import math
import types
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

import minigrad.kernels as reference_kernels
import minigrad.kernels.attention as attention_module

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


def _no_mask_bias(xp, T, dtype):
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
