"""Causal multi-head self-attention core (the qkv and output projections are
separate linear layers).

Shapes (H heads of size hd, D = H * hd)
    qkv        [B, T, 3D]   last axis is [q | k | v]; inside each part head h owns
                            columns h*hd : (h+1)*hd
    key_mask   bool [B, T] or None   True = real token, False = padding
    q, k, v    [B, H, T, hd]  (views of qkv; q is a scaled copy)
    S, P       [B, H, T, T]   scores and attention probabilities
    out        [B, T, D]      heads merged back: out[b, t, h*hd:(h+1)*hd] = O[b, h, t]

Forward, per (b, h):
    S = q k^T / sqrt(hd) + M,   M[t, j] = 0 if key j is visible to query t, else -inf
        (visible: j <= t, and key_mask[b, j] when a key_mask is given)
    P = softmax(S) along j      (a row with no visible key gives P = 0, see softmax.py)
    A = dropout(P)              (inverted dropout, training only)
    O = A v
The 1/sqrt(hd) is folded into q (q_s = q / sqrt(hd)), which is cheaper than scaling
the T x T scores when T > hd.

Cache: q_s, k, v (all needed for the gradients of the three matrix products), P
(softmax backward), A (dv = A^T dO) and the dropout mask. When dropout is off A is P
itself, so nothing extra is held.

Backward, per (b, h), from dO [T, hd]:
    dv  = A^T dO            (O = A v)
    dA  = dO v^T
    dP  = dropout_backward(dA)          = dA * mask / (1 - p)
    dS  = softmax_backward(dP)          = P * (dP - rowsum(dP * P))   (M is constant)
    dq  = dS k / sqrt(hd)   (S = q_s k^T, q_s = q / sqrt(hd))
    dk  = dS^T q_s
and dq, dk, dv are written back into the [q | k | v] layout of dqkv.

Mixed precision: with a float16 qkv the four matrix products run in float16 (cuBLAS
accumulates them in float32), the mask is float16 (-inf and 0 are exact), and the
softmax upcasts to float32 for its max/exp/sum/normalise and its backward's row
sums (see softmax.py); P, A and dqkv are stored in float16.
"""

from __future__ import annotations

import math

from minigrad.backend import array_module
from minigrad.kernels.dropout import dropout_backward, dropout_forward
from minigrad.kernels.softmax import softmax_backward, softmax_forward


def _mask_bias(xp, T, key_mask, dtype):
    """Additive mask M: 0 where a key is visible, -inf where it is hidden.

    Shape [1, 1, T, T] (causal only) or [B, 1, T, T] (with key_mask), broadcast over heads.
    """
    visible = xp.tril(xp.ones((T, T), dtype=bool))  # query t sees keys j <= t
    visible = visible[None, None]
    if key_mask is not None:
        visible = visible & key_mask[:, None, None, :]  # padded keys are hidden from every query
    return xp.where(visible, 0.0, -math.inf).astype(dtype, copy=False)


def check_attention_inputs(qkv, n_heads, key_mask):
    """Validate the packed qkv and key_mask (shared with the fused CUDA version); returns (B, T, D, hd)."""
    if qkv.ndim != 3 or qkv.shape[2] % 3 != 0:
        raise ValueError(f"attention qkv must have shape [B, T, 3D], got {qkv.shape}")
    B, T, three_D = qkv.shape
    D = three_D // 3
    if n_heads <= 0 or D % n_heads != 0:
        raise ValueError(f"attention width D={D} is not divisible by n_heads={n_heads}")
    if key_mask is not None and (key_mask.shape != (B, T) or key_mask.dtype != bool):
        raise ValueError(f"attention key_mask must be bool [B, T] = {(B, T)}, got {key_mask.dtype} {key_mask.shape}")
    return B, T, D, D // n_heads


def attention_forward(qkv, n_heads, key_mask=None, dropout_p=0.0, rng=None, training=False):
    """Causal self-attention of the packed qkv [B, T, 3D]. Returns (out [B, T, D], cache)."""
    xp = array_module(qkv)
    B, T, D, hd = check_attention_inputs(qkv, n_heads, key_mask)
    dtype = qkv.dtype
    scale = dtype.type(1.0 / math.sqrt(hd))

    heads = qkv.reshape(B, T, 3, n_heads, hd).transpose(2, 0, 3, 1, 4)  # [3, B, H, T, hd], a view
    q_s = heads[0] * scale  # a contiguous copy with 1/sqrt(hd) folded in
    k, v = heads[1], heads[2]  # views: the matmuls read the strides directly

    scores = q_s @ k.swapaxes(-1, -2)  # [B, H, T, T]
    scores += _mask_bias(xp, T, key_mask, dtype)
    probs, softmax_cache = softmax_forward(scores, axis=-1, out=scores)  # in place: scores are not needed again
    attn, dropout_cache = dropout_forward(probs, dropout_p, rng, training)

    out_heads = attn @ v  # [B, H, T, hd]
    out = out_heads.transpose(0, 2, 1, 3).reshape(B, T, D)  # merge heads (one copy)
    cache = (q_s, k, v, softmax_cache, attn, dropout_cache, scale)
    return out, cache


def attention_backward(dout, cache):
    """Returns dqkv [B, T, 3D] in the same [q | k | v] layout as the forward input."""
    q_s, k, v, softmax_cache, attn, dropout_cache, scale = cache
    xp = array_module(dout)
    B, H, T, hd = q_s.shape
    if dout.shape != (B, T, H * hd):
        raise ValueError(f"attention dout must have shape {(B, T, H * hd)}, got {dout.shape}")
    dout_heads = dout.reshape(B, T, H, hd).transpose(0, 2, 1, 3)  # [B, H, T, hd], a view

    dv = attn.swapaxes(-1, -2) @ dout_heads
    d_attn = dout_heads @ v.swapaxes(-1, -2)  # [B, H, T, T], a new array we may overwrite
    d_probs = dropout_backward(d_attn, dropout_cache, out=d_attn)  # in place
    d_scores = softmax_backward(d_probs, softmax_cache, out=d_probs)
    dq = d_scores @ k
    dq *= scale
    dk = d_scores.swapaxes(-1, -2) @ q_s

    dqkv = xp.empty((B, T, 3, H, hd), dtype=dout.dtype)
    dqkv_heads = dqkv.transpose(2, 0, 3, 1, 4)  # [3, B, H, T, hd] view of the packed layout
    dqkv_heads[0] = dq
    dqkv_heads[1] = dk
    dqkv_heads[2] = dv
    return dqkv.reshape(B, T, 3 * H * hd)
