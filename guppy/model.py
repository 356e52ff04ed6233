"""GuppyLM: a pre-norm GPT built from minigrad kernels, with its backward written out.

Forward (per block i, pre-norm, residual stream x of shape [B, T, D]; the block is
guppy/block.py, written once for training, generation and the gradient check):

    x  = dropout(tok_emb[ids] + pos_emb[:T])
    x  = x + out_proj(attention(qkv_proj(ln1(x))))
    x  = x + dropout(down(relu(up(ln2(x)))))
    x_c    = x at the positions whose target is not padding (id 0)   (take_rows)
    logits = ln_f(x_c) @ W_head.T              (W_head is tok_emb when the head is tied, else head.weight)
    loss   = mean cross-entropy over those targets
With the topic loss (training only, docs/DESIGN.md, section 4), each row's first counted
position, the one that predicts the reply's first token, also names the row's topic:
    h_s    = ln_f(x_c) at those positions      (take_rows again, one row per conversation)
    loss  += topic_weight * mean cross-entropy(h_s @ W_topic.T, topics)
With a topic slot (ModelConfig.topic_slot) the fish names the topic, then answers: the
sequence holds one more position between the prompt and the reply, with id vocab_size + topic,
so its input row is topic_emb[topic] (the true topic in training, the head's argmax in
generation), and from there the reply follows the named topic:
    x  = dropout([tok_emb; topic_emb][ids] + pos_emb[:T])
With a bag of words (ModelConfig.topic_bag) a second topic classifier reads the prompt's
tokens, order forgotten: n_b [V] counts each token id in row b's positions 0..p (p, where the
head reads), and it has its own cross-entropy:
    bag logits = BAG_SCALE * n_b @ W_bag.T     (W_bag [n_topics, V])
    loss  += topic_weight * mean cross-entropy(bag logits, topics)
Generation names the topic that maximises log_softmax(head) + log_softmax(bag): the two
classifiers' probabilities multiplied, the quantity whose negative the topic loss is at the
true topic.

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
from minigrad.backend import CPU, Backend, array_module, make_rng, to_numpy
from minigrad.params import FlatParams, ParamLayout

# The topic bag reads each token count times this: AdamW moves a weight by about lr per step,
# so the bag's logits move 4 times faster, as with a learning rate 4 times the model's (docs/DESIGN.md, section 4).
BAG_SCALE = 4.0


def log_softmax(z):
    """log of the softmax over the last axis, shifted by the row's max so exp never overflows."""
    xp = array_module(z)
    z = z - z.max(axis=-1, keepdims=True)
    return z - xp.log(xp.exp(z).sum(axis=-1, keepdims=True))


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
        if (config.topic_slot or config.topic_bag) and not config.n_topics:
            raise ValueError("a topic slot or bag needs the topic head: set ModelConfig.n_topics")
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
        if config.topic_slot:  # _input_table reads the two tables as one
            follows = self.layout.offsets["tok_emb.weight"] + self.layout.numel("tok_emb.weight")
            if self.layout.offsets["topic_emb.weight"] != follows:
                raise ValueError("topic_emb.weight must follow tok_emb.weight in the parameter layout")
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

    # ---------------------------------------------------------------- forward
    def forward(
        self,
        ids,
        targets=None,
        training: bool = False,
        rng=None,
        kv_cache=None,
        target_weights=None,
        topics=None,
        topic_weight: float = 0.0,
        name_topic: bool = False,
    ):
        """ids [B, T] int -> logits [B, T, V]; with targets [B, T] also the mean loss (0-d array).

        With targets, the final norm and the head run only at the positions whose target
        is not padding, so the logits come back as [K, V] for those K positions (row-major
        order); the loss is the same as over all positions. target_weights [B, T] (>= 0,
        optional) makes it the weighted mean (guppy/data/dataset.py, opening_weights).

        training=True applies dropout with masks drawn from `rng` and records what
        backward needs; training=False records nothing.

        topics [B] int (with targets and a model with n_topics): each row's topic; the loss then adds
        topic_weight times the topic loss (see the module docstring).

        name_topic=True (generation, a model with n_topics, no targets): the second value returned
        is each row's topic scores, [B, n_topics], instead of the loss: the log-softmax of the topic
        head's logits at the last position, plus with the bag the log-softmax of the bag's.

        kv_cache (generation, guppy/generate.py KVCache): ids are new tokens at positions
        kv_cache.length onwards; every block writes their keys and values into the cache and
        attends to the cached positions too; kv_cache.length advances by T.
        """
        ops, P, m = self.kernels, self.params.tensors, self.config
        # Pc: the weights the embeddings and matmuls read: P itself, or under mixed precision
        # one float16 copy of the whole flat buffer. LayerNorm always reads P (float32).
        flat_c = self.params.data if self.compute_dtype is None else self.params.data.astype(self.compute_dtype)
        Pc = P if self.compute_dtype is None else self.layout.views(flat_c)
        B, T = ids.shape
        start = 0 if kv_cache is None else kv_cache.length  # the position of ids[:, 0]
        if start + T > m.max_seq_len:
            raise ValueError(f"sequence of {start + T} tokens is longer than the context of {m.max_seq_len}")
        if training and kv_cache is not None:
            raise ValueError("the KV cache is for generation; training runs the whole sequence")
        p_drop = m.dropout if training else 0.0
        caches = {"blocks": []}

        x, caches["emb"] = ops.embedding_forward(ids, self._input_table(Pc, flat_c), Pc["pos_emb.weight"][start:])
        x, caches["emb_drop"] = ops.dropout_forward(x, p_drop, rng, training)
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
        if kv_cache is not None:
            kv_cache.length = start + T
        loss = None
        if targets is not None:  # the final norm and the head only where a target counts
            all_targets = targets
            rows, targets, weights = self._counted_positions(targets, target_weights)
            # passed only when given: the fused CUDA kernel computes the plain mean and has no such argument
            weighting = {} if weights is None else {"weights": weights}
            x, caches["pick"] = ops.take_rows_forward(x, rows)
        h, caches["ln_f"] = ops.layernorm_forward(x, P["norm.weight"], P["norm.bias"])
        logits, caches["head"] = ops.linear_forward(h, Pc[self.head_weight], None)

        if targets is not None:
            if self.compute_dtype is None:
                loss, caches["loss"] = ops.cross_entropy_forward(logits, targets, ignore_index=0, **weighting)
            else:  # mixed precision: the loss and its gradient in float32, on an upcast copy
                loss, caches["loss"] = ops.cross_entropy_forward(
                    logits.astype(self.dtype), targets, ignore_index=0, overwrite_logits=True, **weighting
                )
            if topics is not None and topic_weight:
                loss = loss + topic_weight * self._topic_loss(h, ids, Pc, all_targets, topics, caches)
                caches["topic_weight"] = topic_weight
        self._caches = caches if training else None
        if name_topic:
            if targets is not None or not m.n_topics:
                raise ValueError("name_topic is for generation with a topic head: no targets, n_topics > 0")
            head_logits, _ = ops.linear_forward(h[:, -1], Pc["topic_head.weight"], None)
            scores = log_softmax(head_logits.astype(self.dtype))
            if m.topic_bag:  # the bag of the whole prompt: it must all be in this call
                if start:
                    raise ValueError("name_topic reads the bag of the whole prompt: run it on an empty KV cache")
                counts = self._token_counts(ids, np.full(B, T), Pc["topic_bag.weight"].dtype)
                scores = scores + log_softmax(
                    ops.linear_forward(counts, Pc["topic_bag.weight"], None)[0].astype(self.dtype)
                )
            return logits, scores
        return logits, loss

    def _topic_loss(self, h, ids, Pc, targets, topics, caches):
        """The topic's cross-entropy at each row's first counted position (rows with none are left out).

        h is ln_f's output at the counted positions, [K, D] in row-major order, so row b's first
        counted position is row (counted targets in the rows before b) of h. With the bag, its own
        cross-entropy is added: it reads the token counts of ids[b, 0..p]. Host targets and topics
        (the trainer's) cost no sync here.
        """
        ops, xp = self.kernels, self.xp
        if self.config.n_topics == 0:
            raise ValueError("topics were given, but this model has no topic head (ModelConfig.n_topics is 0)")
        counted = to_numpy(targets) != 0
        per_row = counted.sum(axis=1)
        has_reply = per_row > 0
        first = (np.cumsum(per_row) - per_row)[has_reply]  # where each row's first counted position is in h
        true_topics = xp.asarray(to_numpy(topics)[has_reply])
        hs, caches["topic_pick"] = ops.take_rows_forward(h, xp.asarray(first))
        topic_logits, caches["topic_head"] = ops.linear_forward(hs, Pc["topic_head.weight"], None)
        loss, caches["topic_loss"] = ops.cross_entropy_forward(
            topic_logits.astype(self.dtype), true_topics, ignore_index=-1
        )
        if self.config.topic_bag:  # the head's position is p = the first counted one: positions 0..p
            rows = np.flatnonzero(has_reply)
            counts = self._token_counts(
                ids[xp.asarray(rows)], counted[rows].argmax(axis=1) + 1, Pc["topic_bag.weight"].dtype
            )
            bag_logits, caches["bag_head"] = ops.linear_forward(counts, Pc["topic_bag.weight"], None)
            bag_loss, caches["bag_loss"] = ops.cross_entropy_forward(
                bag_logits.astype(self.dtype), true_topics, ignore_index=-1
            )
            loss = loss + bag_loss
        return loss

    def _token_counts(self, ids, lengths, dtype):
        """BAG_SCALE * counts [B, V]: how often each id occurs in ids[b, :lengths[b]] (the bag's input, no gradient).

        One bincount over the flat index b * V + id, each position weighted 1 if counted, else 0
        (no boolean indexing: on a GPU its shape would cost a sync). Counted positions hold tokens
        only, which the NumPy path checks: the slot (id V + topic) comes after position p.
        """
        xp, V = self.xp, self.config.vocab_size
        B, T = ids.shape
        inside = np.arange(T) < np.asarray(lengths)[:, None]
        if xp is np and inside.any() and (ids[inside].min() < 0 or ids[inside].max() >= V):
            raise ValueError(f"the bag counts token ids in [0, {V}), got [{ids[inside].min()}, {ids[inside].max()}]")
        inside = xp.asarray(inside)
        flat = xp.arange(B)[:, None] * V + xp.where(inside, ids, 0)  # uncounted positions add 0 to their row's id 0
        counts = xp.bincount(flat.ravel(), weights=inside.ravel().astype(np.float64), minlength=B * V)
        return (BAG_SCALE * counts.reshape(B, V)).astype(dtype)

    def _input_table(self, Pc, flat):
        """The rows the input ids index: the tokens', then with a topic slot the topics' (id vocab_size + topic).

        topic_emb.weight follows tok_emb.weight in the flat buffer (guppy/config.py param_shapes),
        so the two are one view of it: no copy of the table in any forward, not even a generated
        token's, whose own work is about as small as such a copy.
        """
        if not self.config.topic_slot:
            return Pc["tok_emb.weight"]
        m, start = self.config, self.layout.offsets["tok_emb.weight"]
        return flat[start : start + (m.vocab_size + m.n_topics) * m.d_model].reshape(-1, m.d_model)

    def _counted_positions(self, targets, target_weights=None):
        """(rows, picked targets, picked weights or None): the positions whose target is not padding, on the device.

        Host (NumPy) targets are looked at on the host, so a GPU run needs no sync here
        (the trainer passes its batches' targets as NumPy arrays); device targets cost one
        sync, because the number of rows decides the shape of what follows.
        """
        xp = self.xp
        flat = targets.reshape(-1)
        if isinstance(flat, np.ndarray):
            rows = np.flatnonzero(flat != 0)
            picked = xp.asarray(rows), xp.asarray(flat[rows])
        else:
            rows = xp.flatnonzero(flat != 0)
            picked = rows, flat[rows]
        if target_weights is None:
            return *picked, None
        if target_weights.shape != targets.shape:
            raise ValueError(f"target_weights must have the targets' shape {targets.shape}, got {target_weights.shape}")
        return *picked, xp.asarray(target_weights).reshape(-1)[picked[0]]

    # ---------------------------------------------------------------- backward
    def backward(self, dloss=1.0) -> None:
        """Accumulate d(loss * dloss)/d(parameters) into self.params.grad (call zero_grad first).

        Read it next to forward(): the same steps, bottom to top. Under mixed precision
        dloss is the loss scale (a number or a 0-d device array, minigrad/amp.py).
        """
        if self._caches is None or "loss" not in self._caches:
            raise RuntimeError("backward() needs a forward(..., targets, training=True) first")
        ops, G, m, caches = self.kernels, self.params.grads, self.config, self._caches

        dlogits = ops.cross_entropy_backward(dloss, caches["loss"])
        if self.compute_dtype is not None:
            dlogits = dlogits.astype(self.compute_dtype)  # already scaled by dloss: small entries survive
        dh, dW_head, _ = ops.linear_backward(dlogits, caches["head"])
        G[self.head_weight] += dW_head  # tied: the first of the embedding's two contributions
        if "topic_loss" in caches:  # the topic loss reads h too: its gradient adds to dh
            dtopic = ops.cross_entropy_backward(dloss * caches["topic_weight"], caches["topic_loss"])
            if self.compute_dtype is not None:
                dtopic = dtopic.astype(self.compute_dtype)
            dhs, dW_topic, _ = ops.linear_backward(dtopic, caches["topic_head"])
            G["topic_head.weight"] += dW_topic
            dh = dh + ops.take_rows_backward(dhs, caches["topic_pick"])
        if "bag_loss" in caches:  # the bag's input is counts, not activations: only W_bag learns from it
            dbag = ops.cross_entropy_backward(dloss * caches["topic_weight"], caches["bag_loss"])
            if self.compute_dtype is not None:
                dbag = dbag.astype(self.compute_dtype)
            _, dW_bag, _ = ops.linear_backward(dbag, caches["bag_head"])
            G["topic_bag.weight"] += dW_bag
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
        V = m.vocab_size
        G["tok_emb.weight"] += dtok[:V]  # tied: the second contribution
        if m.topic_slot:  # the rows after the vocabulary's are the topics' (_input_table)
            G["topic_emb.weight"] += dtok[V:]
        G["pos_emb.weight"] += dpos
        self._caches = None  # the caches are large; let them go

    # ---------------------------------------------------------------- one training step's math
    def loss_and_grad(
        self, ids, targets, rng=None, training=True, dloss=1.0, target_weights=None, topics=None, topic_weight=0.0
    ):
        """zero_grad, forward, backward(dloss); returns the loss (0-d array, not synced to the host).

        dloss: the loss scale under mixed precision (the gradients come out multiplied by it).
        """
        self.params.zero_grad()
        _, loss = self.forward(
            ids,
            targets,
            training=training,
            rng=rng,
            target_weights=target_weights,
            topics=topics,
            topic_weight=topic_weight,
        )
        self.backward(dloss)
        return loss
