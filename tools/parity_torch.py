"""Parity with PyTorch: our forward and backward against the seed's architecture built from torch.nn.

    python tools/parity_torch.py                        fresh inits of the tiny and guppy presets
    python tools/parity_torch.py --checkpoint RUN       a run's weights (and its tokenizer)
    python tools/parity_torch.py --preset cpu --seed 3  one preset, another init and batch

PyTorch is a test-only dependency (`pip install torch==2.13.0`); guppy/ and minigrad/ never import it.
Finite differences (guppy gradcheck) prove that our gradients are those of our forward; this proves
that our forward is GuppyLM's: a pre-norm GPT with learned positions, LayerNorm (eps 1e-5), causal
multi-head attention (torch's scaled_dot_product_attention), a ReLU FFN, a final norm and a head
tied to the token embedding or not (as in llm.c's test_gpt2: the same weights in the reference
framework, the logits, the loss and every gradient compared).

Both run in float64 on the same weights (ours copied into torch by name: the torch modules are named
as our tensors) and on a real batch: conversations from the generator, tokenized, right-padded and
with targets on the reply only (pad_batch), so padding and ignored targets are exercised. Dropout is
off in both (its masks come from different generators); everything else is the training path:
GuppyLM.loss_and_grad against F.cross_entropy(ignore_index=0) and loss.backward().

Compared, each relative to the largest magnitude of the reference tensor:
    logits   ours are computed at the K counted positions only; torch's at those positions
    loss     the mean cross-entropy over the counted targets
    grads    every parameter tensor, by name

The tolerance. Two correct float64 implementations differ only by rounding, in summation order and
fused operations. To first order, each value is a chain of operations whose accumulated terms each
carry a relative error of at most u = 2^-53 (1.1e-16), amplified by the chain's condition. Counting
the terms a value accumulates along the longest chain:
    forward, per block: LayerNorm (D terms, twice: mean and variance), qkv (D), scores (hd),
    softmax sum (T), A v (T), out (D), LayerNorm (D, twice), up (D), down (F); then the final
    LayerNorm (2 D), the head (D) and the log-sum-exp (V):   S_f = L (6 D + hd + 2 T + F) + 3 D + V
    backward: the same chain read back (S_f again), and every weight gradient sums over the N
    counted or padded rows of the batch:                     S_b = 2 S_f + N
The tolerance is KAPPA u S: KAPPA = 10 covers the condition of LayerNorm (a division by the
standard deviation) and of the softmax at these weight scales. A real error (a wrong term, index,
transpose or a missing path) is O(1e-3 .. 1), ten orders above these tolerances; the measured
differences are 1e-16 .. 1e-14.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import warnings

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from guppy.config import ModelConfig, get_preset
from guppy.data.chat_format import format_sample
from guppy.data.dataset import encode_conversations, pad_batch
from guppy.data.generator import generate_samples
from guppy.model import GuppyLM
from guppy.tokenizer.tokenizer import BPETokenizer
from guppy.training.checkpoint import load_run
from minigrad.backend import CPU

U64 = 2.0**-53
KAPPA = 10.0
BATCH = 8


# ---------------------------------------------------------------- the seed's architecture in torch.nn
class Attention(nn.Module):
    def __init__(self, d: int, heads: int):
        super().__init__()
        self.heads, self.qkv, self.out = heads, nn.Linear(d, 3 * d), nn.Linear(d, d)

    def forward(self, x):
        B, T, D = x.shape
        q, k, v = (t.view(B, T, self.heads, D // self.heads).transpose(1, 2) for t in self.qkv(x).split(D, dim=-1))
        return self.out(F.scaled_dot_product_attention(q, k, v, is_causal=True).transpose(1, 2).reshape(B, T, D))


class FeedForward(nn.Module):
    def __init__(self, d: int, ff: int):
        super().__init__()
        self.up, self.down = nn.Linear(d, ff), nn.Linear(ff, d)

    def forward(self, x):
        return self.down(F.relu(self.up(x)))


class Block(nn.Module):
    def __init__(self, d: int, heads: int, ff: int):
        super().__init__()
        self.norm1, self.attn, self.norm2, self.ffn = (
            nn.LayerNorm(d),
            Attention(d, heads),
            nn.LayerNorm(d),
            FeedForward(d, ff),
        )

    def forward(self, x):
        x = x + self.attn(self.norm1(x))
        return x + self.ffn(self.norm2(x))


class TorchGPT(nn.Module):
    """Parameter names as ours (guppy/config.py param_shapes), so weights copy over by name."""

    def __init__(self, m: ModelConfig):
        super().__init__()
        self.tok_emb, self.pos_emb = nn.Embedding(m.vocab_size, m.d_model), nn.Embedding(m.max_seq_len, m.d_model)
        self.blocks = nn.ModuleList(Block(m.d_model, m.n_heads, m.d_ff) for _ in range(m.n_layers))
        self.norm = nn.LayerNorm(m.d_model)
        self.head = None if m.tied_head else nn.Linear(m.d_model, m.vocab_size, bias=False)

    def forward(self, ids):
        x = self.tok_emb(ids) + self.pos_emb.weight[: ids.shape[1]]
        for block in self.blocks:
            x = block(x)
        head = self.tok_emb.weight if self.head is None else self.head.weight
        return self.norm(x) @ head.T


# ---------------------------------------------------------------- the comparison
def real_batch(m: ModelConfig, tokenizer, seed: int):
    """(inputs, targets) [B, T] of generated conversations: right padding, targets on the reply only."""
    samples = generate_samples(BATCH * 4, seed=seed)[::4]  # a spread of topics and lengths
    encoded = encode_conversations(samples, tokenizer, m.max_seq_len, loss_on="reply")
    inputs, targets = pad_batch(encoded.sequences, max_len=m.max_seq_len, loss_starts=encoded.loss_starts)
    return inputs.astype(np.int64), targets.astype(np.int64)


def fresh_tokenizer(vocab_size: int, seed: int) -> BPETokenizer:
    texts = [format_sample(s["input"], s["output"]) for s in generate_samples(400, seed=seed)]
    with warnings.catch_warnings():  # a small corpus may stop merging before vocab_size: fine here
        warnings.simplefilter("ignore")
        return BPETokenizer.train(texts, vocab_size=vocab_size)


def tolerances(m: ModelConfig, T: int, N: int) -> tuple[float, float]:
    """(forward, backward) tolerances, relative to the largest magnitude (see the module docstring)."""
    s_forward = m.n_layers * (6 * m.d_model + m.head_dim + 2 * T + m.d_ff) + 3 * m.d_model + m.vocab_size
    return KAPPA * U64 * s_forward, KAPPA * U64 * (2 * s_forward + N)


def relative(ours: np.ndarray, theirs: np.ndarray) -> float:
    scale = np.abs(theirs).max()
    return float(np.abs(ours - theirs).max() / scale) if scale > 0 else float(np.abs(ours).max())


def compare(label: str, model: GuppyLM, tokenizer, seed: int) -> list[tuple[str, str, float, float]]:
    """Rows (name, shape, relative error, tolerance): logits, loss, then every parameter's gradient."""
    m = dataclasses.replace(model.config, dropout=0.0)
    ours = GuppyLM(m, CPU, dtype=np.float64)
    ours.params.data[...] = model.params.data  # float32 weights are exact in float64
    inputs, targets = real_batch(m, tokenizer, seed)
    counted = targets != 0

    torch_model = TorchGPT(m).double()
    state = {name: torch.from_numpy(np.array(ours.params.tensors[name])) for name in ours.layout.names}
    torch_model.load_state_dict(state, strict=True)
    torch_logits = torch_model(torch.from_numpy(inputs))
    torch_loss = F.cross_entropy(
        torch_logits.reshape(-1, m.vocab_size), torch.from_numpy(targets).reshape(-1), ignore_index=0
    )
    torch_loss.backward()
    torch_grads = {name: p.grad.numpy() for name, p in torch_model.named_parameters()}

    ours.params.zero_grad()
    logits, loss = ours.forward(inputs, targets, training=True)
    ours.backward()

    tol_f, tol_b = tolerances(m, inputs.shape[1], inputs.size)
    print(
        f"\n{label}: {ours.num_params:,} parameters, batch {inputs.shape[0]}x{inputs.shape[1]} with "
        f"{int((inputs == 0).sum())} padded positions and {int(counted.sum())} reply targets, float64"
    )
    rows = [
        (
            "logits (counted positions)",
            str(list(logits.shape)),
            relative(logits, torch_logits.detach().numpy()[counted]),
            tol_f,
        ),
        ("loss", "[]", relative(np.asarray(loss), torch_loss.detach().numpy()), tol_f),
    ]
    assert sorted(torch_grads) == sorted(ours.layout.names), "the two models do not have the same tensors"
    for name in ours.layout.names:
        rows.append(
            (
                f"grad {name}",
                str(list(ours.layout.shapes[name])),
                relative(ours.params.grads[name], torch_grads[name]),
                tol_b,
            )
        )
    return rows


def print_table(rows) -> bool:
    print(f"{'tensor':44s} {'shape':14s} {'rel. error':>10s} {'tolerance':>10s}")
    for name, shape, error, tol in rows:
        print(f"{name:44s} {shape:14s} {error:10.1e} {tol:10.1e}  {'PASS' if error <= tol else 'FAIL'}")
    worst = max(rows, key=lambda r: r[2] / r[3])
    passed = sum(error <= tol for _, _, error, tol in rows)
    print(f"worst: {worst[0]} {worst[2]:.1e} (tolerance {worst[3]:.1e}); {passed}/{len(rows)} pass")
    return all(error <= tol for _, _, error, tol in rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkpoint", help="a run directory: compare its weights (model_best, else the latest)")
    parser.add_argument(
        "--preset", action="append", help="a preset to compare at a fresh init (default: tiny and guppy)"
    )
    parser.add_argument("--seed", type=int, default=0, help="the fresh init's seed and the batch's (default 0)")
    args = parser.parse_args(argv)
    torch.manual_seed(args.seed)
    print(f"torch {torch.__version__}; u = 2^-53 = {U64:.1e}, KAPPA = {KAPPA:g}")
    passed = True
    if args.checkpoint:
        model, tokenizer, config = load_run(args.checkpoint)
        passed &= print_table(compare(f"run {args.checkpoint} ({config.name})", model, tokenizer, args.seed))
    for name in args.preset or ([] if args.checkpoint else ["tiny", "guppy"]):
        m = get_preset(name).model
        model = GuppyLM(m, CPU, seed=args.seed)
        passed &= print_table(
            compare(
                f"preset {name}, fresh init (seed {args.seed})",
                model,
                fresh_tokenizer(m.vocab_size, args.seed),
                args.seed,
            )
        )
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
