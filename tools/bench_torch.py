"""PyTorch eager reference timing of the same model, for a side-by-side figure only.

PyTorch is NOT a dependency of guppy: run this from a scratch virtualenv that has
torch and numpy installed (`pip install torch==2.13.0 numpy`):

    /path/to/torchvenv/bin/python tools/bench_torch.py --batch 32 --seq 128 --steps 8

It builds the guppy preset's architecture (6 pre-norm blocks, d 384, 6 heads, ReLU
FFN 768, tied head, learned positions) with plain torch.nn modules, and times full
training steps (zero_grad + forward + backward + clip + AdamW) in fp32 eager mode on
the CPU, median after warm-up, exactly as tools/bench_train.py times ours.
"""

import argparse
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class Block(nn.Module):
    def __init__(self, d, heads, ff, dropout):
        super().__init__()
        self.heads, self.dropout = heads, dropout
        self.norm1, self.norm2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.qkv, self.out = nn.Linear(d, 3 * d), nn.Linear(d, d)
        self.up, self.down = nn.Linear(d, ff), nn.Linear(ff, d)

    def forward(self, x):
        B, T, D = x.shape
        q, k, v = self.qkv(self.norm1(x)).split(D, dim=-1)
        q, k, v = (t.view(B, T, self.heads, D // self.heads).transpose(1, 2) for t in (q, k, v))
        a = F.scaled_dot_product_attention(q, k, v, is_causal=True, dropout_p=self.dropout if self.training else 0.0)
        x = x + self.out(a.transpose(1, 2).reshape(B, T, D))
        return x + F.dropout(self.down(F.relu(self.up(self.norm2(x)))), self.dropout, self.training)


class GPT(nn.Module):
    def __init__(self, vocab=4096, d=384, layers=6, heads=6, ff=768, ctx=128, dropout=0.1):
        super().__init__()
        self.tok, self.pos = nn.Embedding(vocab, d), nn.Embedding(ctx, d)
        self.blocks = nn.ModuleList(Block(d, heads, ff, dropout) for _ in range(layers))
        self.norm, self.dropout = nn.LayerNorm(d), dropout

    def forward(self, ids, targets):
        x = F.dropout(self.tok(ids) + self.pos.weight[: ids.shape[1]], self.dropout, self.training)
        for block in self.blocks:
            x = block(x)
        logits = self.norm(x) @ self.tok.weight.T
        return F.cross_entropy(logits.view(-1, logits.shape[-1]), targets.reshape(-1), ignore_index=0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--seq", type=int, default=128)
    ap.add_argument("--steps", type=int, default=8)
    ap.add_argument("--warmup", type=int, default=2)
    args = ap.parse_args()
    torch.manual_seed(0)
    model = GPT()
    print(
        f"torch {torch.__version__}, {torch.get_num_threads()} threads, "
        f"{sum(p.numel() for p in model.parameters()):,} parameters"
    )
    opt = torch.optim.AdamW(model.parameters(), lr=3e-4, betas=(0.9, 0.95), weight_decay=0.1)
    times = []
    for i in range(args.warmup + args.steps):
        ids = torch.randint(3, 4096, (args.batch, args.seq + 1))
        t0 = time.perf_counter()
        opt.zero_grad(set_to_none=True)
        loss = model(ids[:, :-1], ids[:, 1:])
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        if i >= args.warmup:
            times.append(time.perf_counter() - t0)
    med = statistics.median(times)
    tokens = args.batch * args.seq
    print(
        f"pytorch eager fixed shape [{args.batch}, {args.seq}]: median {med * 1e3:.0f} ms/step, "
        f"{tokens / med:,.0f} tokens/s"
    )


if __name__ == "__main__":
    main()
