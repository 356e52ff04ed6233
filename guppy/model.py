"""GuppyLM: a pre-norm GPT built from minigrad kernels, with its backward written out.

Forward (per block i, pre-norm, residual stream x of shape [B, T, D]; the block is
guppy/block.py, written once for training, generation and the gradient check):

    x  = dropout(tok_emb[ids] + pos_emb[:T])
    x  = x + out_proj(attention(qkv_proj(ln1(x))))
    x  = x + dropout(down(relu(up(ln2(x)))))
    x_c    = x at the positions whose target is not padding (id 0)   (take_rows)
    logits = ln_f(x_c) @ W_head.T              (W_head is tok_emb when the head is tied, else head.weight)
    loss   = mean cross-entropy over those targets

Generation (next_logits, guppy/generate.py) runs the same blocks on new tokens only, with a
KV cache, and the final norm and the head at the last position only: the rest of the head's
rows would be thrown away.

Backward is the same list read from the bottom up. Two rules (docs/DESIGN.md, section 2.4):
  * the residual stream's gradient ACCUMULATES: dx receives the gradient that flows
    straight through the "+" and, added to it, the gradient coming back through the
    branch (ln -> ... -> projection);
  * parameter gradients ACCUMULATE into one flat buffer: a tied tok_emb.weight receives
    one contribution from the head and one from the input lookup.

Each kernel call returns a cache (what its backward needs); forward keeps them in
`self._caches`, a dict by name with one dict per block, and backward reads them in the
reverse order. Nothing records the operations: every gradient is written below, line by
line.

Mixed precision (compute_dtype=float16; the default None is plain float32):
  * the master weights, their gradients and AdamW's moments stay float32 in the flat
    buffers; each forward makes ONE float16 copy of the flat weights (`Pc`) for the
    embeddings and matmuls, and every `G[name] += dW` upcasts into the float32 grads;
  * the residual stream x is float16 (as in torch.autocast); LayerNorm computes its
    statistics in float32 and reads the float32 gains and biases; softmax runs in
    float32 inside its kernel; the logits are upcast to float32 for the loss;
  * backward(dloss=S) multiplies the loss by the loss scale S (minigrad/amp.py), so
    the float16 gradients are S times too large and do not underflow; the gradient
    of the logits is scaled in float32 before it is rounded to float16.
"""

from __future__ import annotations

import numpy as np

import minigrad.kernels as reference_kernels
from guppy.block import block_backward, block_forward
from guppy.config import ModelConfig, param_shapes
from minigrad.backend import CPU, Backend, make_rng
from minigrad.params import FlatParams, ParamLayout


class GuppyLM:
    def __init__(
        self,
        config: ModelConfig,
        backend: Backend = CPU,
        dtype=np.float32,
        seed: int = 0,
        kernels=None,
        compute_dtype=None,
    ):
        self.config = config
        self.backend = backend
        self.xp = backend.xp
        self.dtype = np.dtype(dtype)
        # None: compute in `dtype`. float16: mixed precision (see the module docstring).
        same = compute_dtype is None or np.dtype(compute_dtype) == self.dtype
        self.compute_dtype = None if same else np.dtype(compute_dtype)
        self.kernels = kernels if kernels is not None else reference_kernels
        self.layout = ParamLayout(param_shapes(config))
        self.head_weight = "tok_emb.weight" if config.tied_head else "head.weight"  # the head's matrix
        self.params = FlatParams(self.layout, self.xp, dtype=self.dtype)
        self.params.init_(make_rng(self.xp, seed), self.init_spec())
        self._caches = None

    # ---------------------------------------------------------------- parameters
    def init_spec(self) -> dict:
        """normal(0, 0.02) for weights and embeddings, zeros for biases, ones for norm gains."""
        spec = {}
        for name, _ in param_shapes(self.config):
            if name.endswith(".bias"):
                spec[name] = "zeros"
            elif "norm" in name:
                spec[name] = "ones"
            else:
                spec[name] = ("normal", 0.02)
        return spec

    @property
    def num_params(self) -> int:
        return self.layout.size

    def _compute_weights(self):
        """The weights the embeddings and matmuls read: the float32 views, or under mixed precision
        the views of ONE float16 copy of the whole flat buffer. LayerNorm always reads the float32 ones."""
        if self.compute_dtype is None:
            return self.params.tensors
        return self.layout.views(self.params.data.astype(self.compute_dtype))

    # ---------------------------------------------------------------- forward
    def _blocks(self, ids, Pc, caches, training=False, rng=None, kv_cache=None):
        """ids [B, T] -> the residual stream x [B, T, D] after the last block (caches filled by name)."""
        ops, P, m = self.kernels, self.params.tensors, self.config
        start = 0 if kv_cache is None else kv_cache.length  # the position of ids[:, 0]
        if start + ids.shape[1] > m.max_seq_len:
            raise ValueError(f"sequence of {start + ids.shape[1]} tokens is longer than the context of {m.max_seq_len}")
        p_drop = m.dropout if training else 0.0
        x, caches["emb"] = ops.embedding_forward(ids, Pc["tok_emb.weight"], Pc["pos_emb.weight"][start:])
        x, caches["emb_drop"] = ops.dropout_forward(x, p_drop, rng, training)
        caches["blocks"] = []
        for i in range(m.n_layers):  # each block: ln1, qkv, attention, out, +, ln2, up, relu, down, dropout, +
            kv = None if kv_cache is None else (kv_cache.keys[i], kv_cache.values[i])
            x, c = block_forward(
                ops,
                x,
                P,
                f"blocks.{i}.",
                m.n_heads,
                dropout=p_drop,
                rng=rng,
                training=training,
                Pc=Pc,
                kv_cache=kv,
                start=start,
            )
            caches["blocks"].append(c)
        return x

    def forward(self, ids, targets, training: bool = False, rng=None):
        """ids, targets [B, T] int -> (logits [K, V], mean loss as a 0-d array): training and evaluation.

        The final norm and the head run only at the K positions whose target is not padding
        (row-major order); the loss is the same as over all positions. training=True applies
        dropout with masks drawn from `rng` and records what backward needs.
        """
        ops, P, caches = self.kernels, self.params.tensors, {}
        Pc = self._compute_weights()
        x = self._blocks(ids, Pc, caches, training, rng)
        rows, targets = self._counted_positions(targets)
        x, caches["pick"] = ops.take_rows_forward(x, rows)
        h, caches["ln_f"] = ops.layernorm_forward(x, P["norm.weight"], P["norm.bias"])
        logits, caches["head"] = ops.linear_forward(h, Pc[self.head_weight], None)
        if self.compute_dtype is None:
            loss, caches["loss"] = ops.cross_entropy_forward(logits, targets, ignore_index=0)
        else:  # mixed precision: the loss and its gradient in float32, on an upcast copy
            loss, caches["loss"] = ops.cross_entropy_forward(
                logits.astype(self.dtype), targets, ignore_index=0, overwrite_logits=True
            )
        self._caches = caches if training else None
        return logits, loss

    def next_logits(self, ids, kv_cache):
        """Generation: new tokens ids [B, T] at positions kv_cache.length onwards -> logits [B, V] of the last one.

        Every block writes the new tokens' keys and values into the cache (guppy/generate.py KVCache)
        and attends to the cached positions too; kv_cache.length advances by T. Nothing is recorded.
        """
        ops, P = self.kernels, self.params.tensors
        Pc = self._compute_weights()
        x = self._blocks(ids, Pc, {}, kv_cache=kv_cache)
        kv_cache.length += ids.shape[1]
        last = self.xp.ascontiguousarray(x[:, -1])  # [B, D]
        h, _ = ops.layernorm_forward(last, P["norm.weight"], P["norm.bias"])
        return ops.linear_forward(h, Pc[self.head_weight], None)[0]

    def _counted_positions(self, targets):
        """(rows, picked targets): the positions whose target is not padding, on the device.

        Host (NumPy) targets are looked at on the host, so a GPU run needs no sync here
        (the trainer passes its batches' targets as NumPy arrays); device targets cost one
        sync, because the number of rows decides the shape of what follows.
        """
        xp = self.xp
        flat = targets.reshape(-1)
        if isinstance(flat, np.ndarray):
            rows = np.flatnonzero(flat != 0)
            return xp.asarray(rows), xp.asarray(flat[rows])
        rows = xp.flatnonzero(flat != 0)
        return rows, flat[rows]

    # ---------------------------------------------------------------- backward
    def backward(self, dloss=1.0) -> None:
        """Accumulate d(loss * dloss)/d(parameters) into self.params.grad (call zero_grad first).

        Read it next to forward(): the same steps, bottom to top. Under mixed precision
        dloss is the loss scale (a number or a 0-d device array, minigrad/amp.py).
        """
        if self._caches is None:
            raise RuntimeError("backward() needs a forward(..., training=True) first")
        ops, G, m, caches = self.kernels, self.params.grads, self.config, self._caches

        dlogits = ops.cross_entropy_backward(dloss, caches["loss"])
        if self.compute_dtype is not None:
            dlogits = dlogits.astype(self.compute_dtype)  # already scaled by dloss: small entries survive
        dh, dW_head, _ = ops.linear_backward(dlogits, caches["head"])
        G[self.head_weight] += dW_head  # tied: the first of the embedding's two contributions
        dx, dg, db = ops.layernorm_backward(dh, caches["ln_f"])
        G["norm.weight"] += dg
        G["norm.bias"] += db
        dx = ops.take_rows_backward(dx, caches["pick"])  # [B, T, D], zero where no target counts

        for i in reversed(range(m.n_layers)):  # the block's list, bottom to top (guppy/block.py)
            dx = block_backward(ops, dx, caches["blocks"][i], G, f"blocks.{i}.")

        dx = ops.dropout_backward(dx, caches["emb_drop"])
        if self.compute_dtype is not None:
            dx = dx.astype(self.dtype)  # the lookup's backward sums many rows per token: in float32
        dtok, dpos = ops.embedding_backward(dx, caches["emb"])
        G["tok_emb.weight"] += dtok  # tied: the second contribution
        G["pos_emb.weight"] += dpos
        self._caches = None  # the caches are large; let them go

    # ---------------------------------------------------------------- one training step's math
    def loss_and_grad(self, ids, targets, rng=None, training=True, dloss=1.0):
        """zero_grad, forward, backward(dloss); returns the loss (0-d array, not synced to the host).

        dloss: the loss scale under mixed precision, times a slice's share of a split batch
        (the gradients come out multiplied by it).
        """
        self.params.zero_grad()
        _, loss = self.forward(ids, targets, training=training, rng=rng)
        self.backward(dloss)
        return loss
