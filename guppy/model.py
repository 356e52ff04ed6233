"""GuppyLM: a pre-norm GPT built from minigrad kernels, with its backward written out.

Forward (per block i, pre-norm, residual stream x of shape [B, T, D]):

    x  = dropout(tok_emb[ids] + pos_emb[:T])
    x  = x + out_proj(attention(qkv_proj(ln1(x))))
    x  = x + dropout(down(relu(up(ln2(x)))))
    logits = ln_f(x) @ tok_emb.T               (the head is tied to the token embedding)
    loss   = mean cross-entropy over targets that are not padding (id 0)

Backward is the same list read from the bottom up. Two rules from DESIGN.md:
  * the residual stream's gradient ACCUMULATES: dx receives the gradient that flows
    straight through the "+" and, added to it, the gradient coming back through the
    branch (ln -> ... -> projection);
  * parameter gradients ACCUMULATE into one flat buffer: tok_emb.weight receives one
    contribution from the head and one from the input lookup.

Each kernel call leaves a cache; the model keeps those caches in a plain list of dicts
(`self._tape`), one per block, so backward can read them in reverse. There is no
autograd tape: every gradient is written below, line by line.
"""

from __future__ import annotations

import numpy as np

import minigrad.kernels as reference_kernels
from minigrad.backend import CPU, Backend, make_rng
from minigrad.params import FlatParams, ParamLayout

from .config import ModelConfig, param_shapes


class GuppyLM:
    def __init__(self, config: ModelConfig, backend: Backend = CPU, dtype=np.float32, seed: int = 0, kernels=None):
        self.config = config
        self.backend = backend
        self.xp = backend.xp
        self.dtype = np.dtype(dtype)
        self.K = kernels if kernels is not None else reference_kernels
        self.layout = ParamLayout(param_shapes(config))
        self.params = FlatParams(self.layout, self.xp, dtype=self.dtype)
        self.params.init_(make_rng(self.xp, seed), self.init_spec())
        self._tape = None

    # ---------------------------------------------------------------- parameters
    def init_spec(self) -> dict:
        """normal(0, 0.02) for weights and embeddings, zeros for biases, ones for norm gains."""
        spec = {}
        for name, shape in param_shapes(self.config):
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

    # ---------------------------------------------------------------- forward
    def forward(self, ids, targets=None, training: bool = False, rng=None):
        """ids [B, T] int -> logits [B, T, V]; with targets also the mean loss (0-d array).

        training=True applies dropout with masks drawn from `rng` and records what
        backward needs; training=False records nothing.
        """
        K, P, m = self.K, self.params.params, self.config
        B, T = ids.shape
        if T > m.max_seq_len:
            raise ValueError(f"sequence of {T} tokens is longer than the context of {m.max_seq_len}")
        p_drop = m.dropout if training else 0.0
        tape = {"blocks": []}

        x, tape["emb"] = K.embedding_forward(ids, P["tok_emb.weight"], P["pos_emb.weight"])
        x, tape["emb_drop"] = K.dropout_forward(x, p_drop, rng, training)
        for i in range(m.n_layers):
            b, c = f"blocks.{i}.", {}
            h, c["ln1"] = K.layernorm_forward(x, P[b + "norm1.weight"], P[b + "norm1.bias"])
            qkv, c["qkv"] = K.linear_forward(h, P[b + "attn.qkv.weight"], P[b + "attn.qkv.bias"])
            a, c["attn"] = K.attention_forward(qkv, m.n_heads, dropout_p=p_drop, rng=rng, training=training)
            o, c["out"] = K.linear_forward(a, P[b + "attn.out.weight"], P[b + "attn.out.bias"])
            x = x + o  # a new array: ln1's cache still holds the old x
            h, c["ln2"] = K.layernorm_forward(x, P[b + "norm2.weight"], P[b + "norm2.bias"])
            u, c["up"] = K.linear_forward(h, P[b + "ffn.up.weight"], P[b + "ffn.up.bias"])
            r, c["relu"] = K.relu_forward(u)
            d, c["down"] = K.linear_forward(r, P[b + "ffn.down.weight"], P[b + "ffn.down.bias"])
            d, c["ffn_drop"] = K.dropout_forward(d, p_drop, rng, training)
            x = x + d
            tape["blocks"].append(c)
        h, tape["ln_f"] = K.layernorm_forward(x, P["norm.weight"], P["norm.bias"])
        logits, tape["head"] = K.linear_forward(h, P["tok_emb.weight"], None)  # tied head

        loss = None
        if targets is not None:
            loss, tape["loss"] = K.cross_entropy_forward(logits, targets, ignore_index=0)
        self._tape = tape if training else None
        return logits, loss

    # ---------------------------------------------------------------- backward
    def backward(self, dloss=1.0) -> None:
        """Accumulate d(loss * dloss)/d(parameters) into self.params.grad (call zero_grad first).

        Read it next to forward(): the same steps, bottom to top.
        """
        if self._tape is None or "loss" not in self._tape:
            raise RuntimeError("backward() needs a forward(..., targets, training=True) first")
        K, G, m, tape = self.K, self.params.grads, self.config, self._tape

        dlogits = K.cross_entropy_backward(dloss, tape["loss"])
        dh, dW_head, _ = K.linear_backward(dlogits, tape["head"])
        G["tok_emb.weight"] += dW_head  # first of the tied embedding's two contributions
        dx, dg, db = K.layernorm_backward(dh, tape["ln_f"])
        G["norm.weight"] += dg
        G["norm.bias"] += db

        for i in reversed(range(m.n_layers)):
            b, c = f"blocks.{i}.", tape["blocks"][i]
            # x = x + dropout(down(relu(up(ln2(x))))): dx flows through "+" unchanged,
            # and the FFN branch's gradient is added to it.
            dd = K.dropout_backward(dx, c["ffn_drop"])
            dr, dW, db = K.linear_backward(dd, c["down"])
            G[b + "ffn.down.weight"] += dW
            G[b + "ffn.down.bias"] += db
            du = K.relu_backward(dr, c["relu"])
            dh, dW, db = K.linear_backward(du, c["up"])
            G[b + "ffn.up.weight"] += dW
            G[b + "ffn.up.bias"] += db
            dx_branch, dg, db = K.layernorm_backward(dh, c["ln2"])
            G[b + "norm2.weight"] += dg
            G[b + "norm2.bias"] += db
            dx = dx + dx_branch  # residual: accumulate

            # x = x + out(attention(qkv(ln1(x))))
            da, dW, db = K.linear_backward(dx, c["out"])
            G[b + "attn.out.weight"] += dW
            G[b + "attn.out.bias"] += db
            dqkv = K.attention_backward(da, c["attn"])
            dh, dW, db = K.linear_backward(dqkv, c["qkv"])
            G[b + "attn.qkv.weight"] += dW
            G[b + "attn.qkv.bias"] += db
            dx_branch, dg, db = K.layernorm_backward(dh, c["ln1"])
            G[b + "norm1.weight"] += dg
            G[b + "norm1.bias"] += db
            dx = dx + dx_branch

        dx = K.dropout_backward(dx, tape["emb_drop"])
        dtok, dpos = K.embedding_backward(dx, tape["emb"])
        G["tok_emb.weight"] += dtok  # second contribution to the tied embedding
        G["pos_emb.weight"] += dpos
        self._tape = None  # the caches are large; let them go

    # ---------------------------------------------------------------- one training step's math
    def loss_and_grad(self, ids, targets, rng=None, training: bool = True):
        """zero_grad, forward, backward; returns the loss (0-d array, not synced to the host)."""
        self.params.zero_grad()
        _, loss = self.forward(ids, targets, training=training, rng=rng)
        self.backward()
        return loss
