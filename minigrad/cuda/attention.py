"""Fused causal attention core: same signature and results as minigrad.kernels.attention.

    out, cache = attention_forward(qkv, n_heads, dropout_p=0.0, rng=None, training=False)
    dqkv = attention_backward(dout, cache)

The matrix products stay CuPy matmuls (cuBLAS), exactly as in the reference. What is
fused is everything between them, the part made of many small launches:
  forward:  causal mask + softmax + dropout                     -> 1 kernel (softmax.cu)
            (reference: build the mask, add it, ~9 softmax ops, 4 dropout ops)
  backward: undo dropout + softmax backward                     -> 1 kernel
            (reference: 2 dropout ops, einsum, subtract, multiply)
The dropout mask is drawn exactly as the reference draws it (one
rng.random(P.shape, dtype=float32), kept where >= p), so with equal generator states
fused and reference drop the same entries.

Cache: q_s, k, v, P, A (P after dropout; P itself without dropout), the keep mask
(None without dropout), the dropout scale and 1/sqrt(hd).
"""

from __future__ import annotations

import math

import numpy as np

from minigrad.backend import array_module, make_rng
from minigrad.kernels.attention import check_attention_inputs

from . import softmax as fused_softmax
from ._common import all_cupy, contiguous, random_dout, random_normal
from .selfcheck import CheckedOp


def attention_forward(qkv, n_heads, dropout_p=0.0, rng=None, training=False):
    """Causal self-attention of the packed qkv [B, T, 3D]. Returns (out [B, T, D], cache)."""
    xp = array_module(qkv)
    B, T, D, _ = check_attention_inputs(qkv, n_heads)
    if not 0.0 <= dropout_p < 1.0:
        raise ValueError(f"dropout probability must be in [0, 1), got {dropout_p}")
    use_dropout = training and dropout_p > 0.0
    if use_dropout and rng is None:
        raise ValueError("dropout in training mode needs a seeded random generator (rng)")
    H = n_heads
    hd = D // H
    dtype = qkv.dtype
    scale = dtype.type(1.0 / math.sqrt(hd))

    heads = qkv.reshape(B, T, 3, H, hd).transpose(2, 0, 3, 1, 4)  # [3, B, H, T, hd], a view
    q_s = heads[0] * scale
    k, v = heads[1], heads[2]
    probs = contiguous(q_s @ k.swapaxes(-1, -2))  # the scores, turned into P in place below
    rows = probs.reshape(B * H * T, T)

    keep = uniform = attn = None
    drop_scale = 1.0
    if use_dropout:
        uniform = contiguous(rng.random(probs.shape, dtype=np.float32))  # the reference's draw
        keep = xp.empty(probs.shape, dtype=bool)
        attn = xp.empty_like(probs)
        drop_scale = 1.0 / (1.0 - dropout_p)
    fused_softmax.launch_forward(
        rows,
        rows,
        causal_t=T,
        uniform=None if uniform is None else uniform.reshape(B * H * T, T),
        drop_p=dropout_p,
        drop_scale=drop_scale,
        keep=None if keep is None else keep.reshape(B * H * T, T),
        p_drop=None if attn is None else attn.reshape(B * H * T, T),
    )
    if attn is None:
        attn = probs

    out_heads = attn @ v  # [B, H, T, hd]
    out = out_heads.transpose(0, 2, 1, 3).reshape(B, T, D)
    return out, (q_s, k, v, probs, attn, keep, drop_scale, scale)


def attention_backward(dout, cache):
    """Returns dqkv [B, T, 3D] in the same [q | k | v] layout as the forward input."""
    q_s, k, v, probs, attn, keep, drop_scale, scale = cache
    xp = array_module(dout)
    B, H, T, hd = q_s.shape
    if dout.shape != (B, T, H * hd):
        raise ValueError(f"attention dout must have shape {(B, T, H * hd)}, got {dout.shape}")
    dout_heads = dout.reshape(B, T, H, hd).transpose(0, 2, 1, 3)

    dv = attn.swapaxes(-1, -2) @ dout_heads
    d_scores = contiguous(dout_heads @ v.swapaxes(-1, -2), probs.dtype)  # dA, overwritten with dS
    rows = d_scores.reshape(B * H * T, T)
    fused_softmax.launch_backward(
        rows,
        probs.reshape(B * H * T, T),
        rows,
        keep=None if keep is None else keep.reshape(B * H * T, T),
        drop_scale=drop_scale,
    )
    dq = d_scores @ k
    dq *= scale
    dk = d_scores.swapaxes(-1, -2) @ q_s

    dqkv = xp.empty((B, T, 3, H, hd), dtype=dout.dtype)
    dqkv_heads = dqkv.transpose(2, 0, 3, 1, 4)
    dqkv_heads[0] = dq
    dqkv_heads[1] = dk
    dqkv_heads[2] = dv
    return dqkv.reshape(B, T, 3 * H * hd)


# ------------------------------------------------------------ self-check wiring


def supports(args, kwargs) -> bool:
    qkv = args[0]
    return all_cupy(qkv) and qkv.dtype in (np.float32, np.float16) and qkv.ndim == 3


def make_inputs(xp, rng, dtype, args, kwargs):
    """Batch 2 with the real call's T, D and heads, and dropout 0.1 in training mode with a
    fresh generator of fixed seed."""
    qkv, n_heads = args[0], (args[1] if len(args) > 1 else kwargs["n_heads"])
    _, T, three_D = qkv.shape
    x = random_normal(xp, rng, (2, T, three_D), dtype)
    return (x, n_heads), {"dropout_p": 0.1, "rng": make_rng(xp, 7), "training": True}


def checked(reference_forward, reference_backward) -> CheckedOp:
    # Same matmuls as the reference; only the softmax/dropout rounding differs (~1e-7).
    return CheckedOp(
        "attention",
        attention_forward,
        reference_forward,
        make_inputs,
        tol=1e-4,
        fused_backward=attention_backward,
        reference_backward=reference_backward,
        make_dout=random_dout,
        supports=supports,
        tol_half=1e-2,
    )
