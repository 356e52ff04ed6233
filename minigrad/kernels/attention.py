"""Causal multi-head self-attention core (the qkv and output projections are
separate linear layers).

Shapes (H heads of size hd, D = H * hd)
    qkv        [B, T, 3D]   last axis is [q | k | v]; inside each part head h owns
                            columns h*hd : (h+1)*hd
    q, k, v    [B, H, T, hd]  (views of qkv)
    S, P       [B, H, T, T]   scores and attention probabilities
    out        [B, T, D]      heads merged back: out[b, t, h*hd:(h+1)*hd] = O[b, h, t]

Forward, per (b, h):
    (F1)  q_s = q / sqrt(hd)            folded into q: cheaper than scaling the T x T scores when T > hd
    (F2)  S = q_s k^T + M,   M[t, j] = 0 if key j is visible to query t (j <= t), else -inf
    (F3)  P = softmax(S) along j
    (F4)  A = dropout(P)                (inverted dropout, training only)
    (F5)  O = A v
The causal part of M is built once per length and dtype (causal_bias) and reused.

Cache: what the backward reads, nothing else: qkv itself (q, k and v are views of it), P
(softmax backward) and the dropout mask. q_s and A are recomputed in the backward, one
elementwise pass each, with the forward's own arithmetic (so the results do not change).
Bytes held per layer at B = 32, T = 128, H = 6, hd = 64 in float32:
    qkv  B T 3D x 4  = 18.9 MB,   P  B H T^2 x 4 = 12.6 MB,   mask  B H T^2 x 1 = 3.1 MB
    34.6 MB with dropout, 31.5 MB without
(keeping q_s and A as well took 53.5 MB and 37.7 MB).

Backward, per (b, h), from dO [T, hd]:
    (B1)  dv  = A^T dO              (F5: O = A v)
    (B2)  dA  = dO v^T
    (B3)  dP  = dA * mask / (1 - p) (F4, dropout_backward)
    (B4)  dS  = P * (dP - rowsum(dP * P))   (F3, softmax_backward; M is constant)
    (B5)  dq  = dS k / sqrt(hd)     (F2 and F1: S = q_s k^T, q_s = q / sqrt(hd))
    (B6)  dk  = dS^T q_s
and dq, dk, dv are written back into the [q | k | v] layout of dqkv.

Generation (attention_forward_cached): the new tokens' keys and values are written into a
KV cache, and their queries attend over every cached position through the same F1-F5
(no dropout): the query at absolute position i sees keys 0 .. i.

Mixed precision: with a float16 qkv the four matrix products run in float16 (cuBLAS
accumulates them in float32), the mask is float16 (-inf and 0 are exact), and the
softmax upcasts to float32 for its max/exp/sum/normalise and its backward's row
sums (see softmax.py); P, A and dqkv are stored in float16.
"""

from __future__ import annotations

import functools
import math

import numpy as np

from minigrad.backend import array_module
from minigrad.kernels.dropout import dropout_backward, dropout_forward
from minigrad.kernels.softmax import softmax_backward, softmax_forward


@functools.lru_cache(maxsize=256)
def causal_bias(xp, n_queries: int, n_keys: int, dtype):
    """M [n_queries, n_keys]: 0 where the key is visible, -inf where it is not (shared: do not write to it).

    The queries are the last n_queries positions of n_keys (all of them in training), so
    query i, at absolute position n_keys - n_queries + i, sees keys j <= n_keys - n_queries + i.
    """
    visible = xp.tri(n_queries, n_keys, k=n_keys - n_queries, dtype=bool)
    bias = xp.where(visible, 0.0, -math.inf).astype(dtype)
    if xp is np:
        bias.flags.writeable = False
    return bias


def _mask_bias(xp, T, dtype):
    """Additive mask M of F2: [1, 1, T, T], broadcast over the batch and the heads.

    Padding needs no mask of its own: it sits at the end of a row, after every real token,
    so the causal mask already hides it from every real query."""
    return causal_bias(xp, T, T, np.dtype(dtype))[None, None]


def check_attention_inputs(qkv, n_heads):
    """Validate the packed qkv (shared with the fused CUDA version); returns (B, T, D, hd)."""
    if qkv.ndim != 3 or qkv.shape[2] % 3 != 0:
        raise ValueError(f"attention qkv must have shape [B, T, 3D], got {qkv.shape}")
    B, T, three_D = qkv.shape
    D = three_D // 3
    if n_heads <= 0 or D % n_heads != 0:
        raise ValueError(f"attention width D={D} is not divisible by n_heads={n_heads}")
    return B, T, D, D // n_heads


def _split_heads(qkv, n_heads):
    """q, k, v [B, H, T, hd]: views of the packed qkv [B, T, 3D]."""
    B, T, three_D = qkv.shape
    heads = qkv.reshape(B, T, 3, n_heads, three_D // (3 * n_heads)).transpose(2, 0, 3, 1, 4)  # [3, B, H, T, hd]
    return heads[0], heads[1], heads[2]


def _attend(q_s, k, v, bias, dropout_p, rng, training):
    """F2-F5 for scaled queries q_s [B, H, Tq, hd] over keys and values [B, H, Tk, hd].

    Returns (out [B, Tq, D] with the heads merged, the softmax cache (it holds P), the dropout cache).
    """
    scores = q_s @ k.swapaxes(-1, -2)  # F2: [B, H, Tq, Tk]
    scores += bias
    probs, softmax_cache = softmax_forward(scores, axis=-1, out=scores)  # F3, in place: S is not needed again
    attn, dropout_cache = dropout_forward(probs, dropout_p, rng, training)  # F4
    out_heads = attn @ v  # F5: [B, H, Tq, hd]
    B, H, Tq, hd = out_heads.shape
    return out_heads.transpose(0, 2, 1, 3).reshape(B, Tq, H * hd), softmax_cache, dropout_cache  # merge heads


def attention_forward(qkv, n_heads, dropout_p=0.0, rng=None, training=False):
    """Causal self-attention of the packed qkv [B, T, 3D]. Returns (out [B, T, D], cache)."""
    xp = array_module(qkv)
    B, T, D, hd = check_attention_inputs(qkv, n_heads)
    scale = qkv.dtype.type(1.0 / math.sqrt(hd))
    q, k, v = _split_heads(qkv, n_heads)
    out, softmax_cache, dropout_cache = _attend(
        q * scale,
        k,
        v,
        _mask_bias(xp, T, qkv.dtype),  # F1
        dropout_p,
        rng,
        training,
    )
    return out, (qkv, n_heads, softmax_cache, dropout_cache, scale)


def attention_backward(dout, cache):
    """Returns dqkv [B, T, 3D] in the same [q | k | v] layout as the forward input."""
    qkv, n_heads, softmax_cache, dropout_cache, scale = cache
    xp = array_module(dout)
    q, k, v = _split_heads(qkv, n_heads)
    B, H, T, hd = q.shape
    if dout.shape != (B, T, H * hd):
        raise ValueError(f"attention dout must have shape {(B, T, H * hd)}, got {dout.shape}")
    dout_heads = dout.reshape(B, T, H, hd).transpose(0, 2, 1, 3)  # [B, H, T, hd], a view
    probs = softmax_cache[0]
    # A = dropout(P) again, with the cached mask: dropout is linear and diagonal, so applying
    # it is exactly what its backward computes (P * mask / (1 - p), the forward's own arithmetic)
    attn = dropout_backward(probs, dropout_cache)

    dv = attn.swapaxes(-1, -2) @ dout_heads  # B1
    d_attn = dout_heads @ v.swapaxes(-1, -2)  # B2: [B, H, T, T], a new array we may overwrite
    d_probs = dropout_backward(d_attn, dropout_cache, out=d_attn)  # B3, in place
    d_scores = softmax_backward(d_probs, softmax_cache, out=d_probs)  # B4, in place
    dq = d_scores @ k  # B5
    dq *= scale
    dk = d_scores.swapaxes(-1, -2) @ (q * scale)  # B6, with q_s recomputed as in F1

    dqkv = xp.empty((B, T, 3, H, hd), dtype=dout.dtype)
    dqkv_heads = dqkv.transpose(2, 0, 3, 1, 4)  # [3, B, H, T, hd] view of the packed layout
    dqkv_heads[0] = dq
    dqkv_heads[1] = dk
    dqkv_heads[2] = dv
    return dqkv.reshape(B, T, 3 * H * hd)


def attention_forward_cached(qkv, n_heads, keys, values, start):
    """Generation: the new tokens' qkv [B, Tn, 3D], at positions start .. start+Tn-1 -> out [B, Tn, D].

    keys, values [B, H, context, hd]: the KV cache of this layer. The new keys and values are
    written into positions start .. start+Tn-1, then the queries attend over positions
    0 .. start+Tn-1 (F1-F5, no dropout). Nothing is cached for a backward.
    """
    xp = array_module(qkv)
    B, Tn, D, hd = check_attention_inputs(qkv, n_heads)
    stop = start + Tn
    if keys.shape != values.shape or keys.shape[:2] != (B, n_heads) or keys.shape[3] != hd or stop > keys.shape[2]:
        raise ValueError(
            f"attention KV cache {keys.shape} cannot take positions {start}..{stop - 1} of "
            f"[{B}, {n_heads}, context, {hd}]"
        )
    q, k, v = _split_heads(qkv, n_heads)
    keys[:, :, start:stop] = k
    values[:, :, start:stop] = v
    scale = qkv.dtype.type(1.0 / math.sqrt(hd))
    bias = causal_bias(xp, Tn, stop, np.dtype(keys.dtype))
    out, _, _ = _attend(q * scale, keys[:, :, :stop], values[:, :, :stop], bias, 0.0, None, False)
    return out


def attention_probabilities(cache):
    """P [B, H, T, T] of an attention_forward: P[b, h, t, j] is how much query t attends to key j (F3, before dropout).

    The forward keeps P for its backward anyway (softmax's cache), so a reader of the weights (guppy/inspector.py)
    takes them from there rather than computing attention a second time.
    """
    _, _, (probs, _), _, _ = cache
    return probs
