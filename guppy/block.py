"""One pre-norm transformer block, written once: its forward, its backward, and its incremental forward.

    x = x + out(attention(qkv(ln1(x))))              attention sublayer
    x = x + dropout(down(relu(up(ln2(x)))))          feed-forward sublayer

Training (GuppyLM.forward / backward) calls `block_forward` and `block_backward`; generation
(guppy/generate.py) calls `block_forward` with a KV cache, so the same kernels run on the new
tokens only, reading the earlier tokens' keys and values from the cache; the gradient check
(guppy/gradcheck/model.py) checks these very functions through the model.

Arguments shared by the three:
    kernels   the kernel set (minigrad.kernels, or the fused set on a GPU)
    P         the parameter views by name (float32; LayerNorm reads its gains and biases here)
    Pc        the views the embeddings and matmuls read: P itself, or a float16 copy under mixed
              precision (see guppy/model.py)
    prefix    this block's parameter names start with it, "blocks.{i}."

Backward rules (the same two as the model's): the residual stream's gradient accumulates, dx
receives the gradient that goes straight through "+" plus the branch's; every parameter
gradient is ADDED into the flat gradient buffer G.
"""

from __future__ import annotations


def block_forward(
    kernels, x, P, prefix, n_heads, *, dropout=0.0, rng=None, training=False, Pc=None, kv_cache=None, start=0
):
    """x [B, T, D] -> (x [B, T, D], cache). Dropout (training only) on the attention weights and the FFN output.

    kv_cache=(keys, values), each [B, H, context, hd]: generation. x holds new tokens at positions
    start .. start+T-1; their keys and values are written into the cache there, and they attend
    to every cached position before them (minigrad/kernels/attention.py, attention_forward_cached).
    """
    ops, b, c = kernels, prefix, {}
    Pc = P if Pc is None else Pc
    h, c["ln1"] = ops.layernorm_forward(x, P[b + "norm1.weight"], P[b + "norm1.bias"])
    qkv, c["qkv"] = ops.linear_forward(h, Pc[b + "attn.qkv.weight"], Pc[b + "attn.qkv.bias"])
    if kv_cache is None:
        a, c["attn"] = ops.attention_forward(qkv, n_heads, dropout_p=dropout, rng=rng, training=training)
    else:  # inference only: nothing for a backward to read
        a = ops.attention_forward_cached(qkv, n_heads, *kv_cache, start)
    o, c["out"] = ops.linear_forward(a, Pc[b + "attn.out.weight"], Pc[b + "attn.out.bias"])
    x = x + o  # a new array: ln1's cache still holds the old x
    h, c["ln2"] = ops.layernorm_forward(x, P[b + "norm2.weight"], P[b + "norm2.bias"])
    u, c["up"] = ops.linear_forward(h, Pc[b + "ffn.up.weight"], Pc[b + "ffn.up.bias"])
    r, c["relu"] = ops.relu_forward(u)
    d, c["down"] = ops.linear_forward(r, Pc[b + "ffn.down.weight"], Pc[b + "ffn.down.bias"])
    d, c["ffn_drop"] = ops.dropout_forward(d, dropout, rng, training)
    x = x + d
    return x, c


def block_backward(kernels, dx, cache, G, prefix):
    """dx [B, T, D], the gradient at the block's output -> dx at its input; adds the parameter gradients to G."""
    ops, b, c = kernels, prefix, cache
    # x = x + dropout(down(relu(up(ln2(x))))): dx flows through "+" unchanged, and the branch's gradient is added
    dd = ops.dropout_backward(dx, c["ffn_drop"])
    dr, dW, db = ops.linear_backward(dd, c["down"])
    G[b + "ffn.down.weight"] += dW
    G[b + "ffn.down.bias"] += db
    du = ops.relu_backward(dr, c["relu"])
    dh, dW, db = ops.linear_backward(du, c["up"])
    G[b + "ffn.up.weight"] += dW
    G[b + "ffn.up.bias"] += db
    dx_branch, dg, db = ops.layernorm_backward(dh, c["ln2"])
    G[b + "norm2.weight"] += dg
    G[b + "norm2.bias"] += db
    dx = dx + dx_branch  # residual: accumulate

    # x = x + out(attention(qkv(ln1(x))))
    da, dW, db = ops.linear_backward(dx, c["out"])
    G[b + "attn.out.weight"] += dW
    G[b + "attn.out.bias"] += db
    dqkv = ops.attention_backward(da, c["attn"])
    dh, dW, db = ops.linear_backward(dqkv, c["qkv"])
    G[b + "attn.qkv.weight"] += dW
    G[b + "attn.qkv.bias"] += db
    dx_branch, dg, db = ops.layernorm_backward(dh, c["ln1"])
    G[b + "norm1.weight"] += dg
    G[b + "norm1.bias"] += db
    return dx + dx_branch
