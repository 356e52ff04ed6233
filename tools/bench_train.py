"""Training and generation speed of GuppyLM on the chosen device.

    python tools/bench_train.py [--preset guppy] [--device cpu] [--batch 32] [--seq 128]
                                [--steps 10] [--warmup 2] [--data DIR] [--json OUT]

Times full training steps (zero_grad + forward + backward + clip + AdamW) at a fixed
shape [batch, seq] of random token ids, and, with --data DIR (train.jsonl +
tokenizer.json), on real length-bucketed batches, reporting the median ms/step and
target tokens/s after warm-up. Then greedy generation tokens/s with the KV cache.
Figures are medians of repeats: the 2-core machines are noisy, so compare ratios
measured in the same run (tools/bench_torch.py runs the PyTorch eager figure).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from guppy.config import count_params, get_preset  # noqa: E402
from guppy.generate import generate  # noqa: E402
from guppy.model import GuppyLM  # noqa: E402
from minigrad.backend import select_backend  # noqa: E402
from minigrad.memory import retain_freed_memory  # noqa: E402
from minigrad.optim import AdamW, clip_grad_norm_  # noqa: E402


def time_steps(model, opt, batches, warmup, backend):
    """Median seconds per full training step over `batches` (after `warmup` untimed steps)."""
    xp, times = backend.xp, []
    for i, (inputs, targets) in enumerate(batches):
        inputs = xp.asarray(inputs)  # targets stay on the host, as in the trainer (no sync)
        backend.synchronize()
        t0 = time.perf_counter()
        model.loss_and_grad(inputs, targets, rng=np.random.default_rng(i) if xp is np else xp.random.default_rng(i))
        clip_grad_norm_(model.params.grad, 1.0)
        opt.step(3e-4)
        backend.synchronize()
        if i >= warmup:
            times.append(time.perf_counter() - t0)
    return statistics.median(times), times


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--preset", default="guppy")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--seq", type=int, default=128)
    ap.add_argument("--steps", type=int, default=8)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--data", default=None, help="directory with train.jsonl and tokenizer.json for real batches")
    ap.add_argument("--gen-tokens", type=int, default=64)
    ap.add_argument("--json", default=None, help="also write the figures here")
    ap.add_argument("--no-malloc-tuning", action="store_true", help="leave glibc's allocator at its defaults (see minigrad/memory.py)")
    args = ap.parse_args(argv)

    if not args.no_malloc_tuning:
        retain_freed_memory()
    backend = select_backend(args.device)
    config = get_preset(args.preset)
    m = config.model
    model = GuppyLM(m, backend, seed=0)
    opt = AdamW(model.params, lr=3e-4, weight_decay=0.1, decay_mask=model.params.decay_mask())
    print(f"preset {args.preset}: {count_params(m):,} parameters, device {backend.device}, fp32, batch {args.batch}")
    results = {"preset": args.preset, "device": backend.device, "params": count_params(m), "batch": args.batch}

    rng = np.random.default_rng(0)
    n = args.steps + args.warmup
    fixed = []
    for _ in range(n):
        ids = rng.integers(3, m.vocab_size, size=(args.batch, args.seq + 1))
        fixed.append((ids[:, :-1], ids[:, 1:]))
    med, _ = time_steps(model, opt, fixed, args.warmup, backend)
    tok = args.batch * args.seq
    print(f"fixed shape [{args.batch}, {args.seq}]: median {med * 1e3:.0f} ms/step, {tok / med:,.0f} tokens/s")
    results["fixed_ms_per_step"], results["fixed_tokens_per_s"] = med * 1e3, tok / med

    if args.data:
        from guppy.dataset import BucketBatcher, encode_conversations
        from guppy.datagen import load_jsonl
        from guppy.tokenizer import BPETokenizer

        tokenizer = BPETokenizer.load(os.path.join(args.data, "tokenizer.json"))
        samples = load_jsonl(os.path.join(args.data, "train.jsonl"))[:20000]
        seqs = encode_conversations(samples, tokenizer, m.max_seq_len, config.train.loss_on)
        batcher = BucketBatcher(seqs, args.batch, seed=0, max_seq_len=m.max_seq_len)
        real = [batcher.batch(s) for s in range(n)]
        med, _ = time_steps(model, opt, real, args.warmup, backend)
        tokens = statistics.median(int((t != 0).sum()) for _, t in real)
        width = statistics.median(t.shape[1] for _, t in real)
        print(f"real bucketed batches (median width {width:.0f}): median {med * 1e3:.0f} ms/step, {tokens / med:,.0f} target tokens/s")
        results["real_ms_per_step"], results["real_tokens_per_s"] = med * 1e3, tokens / med

    prompt = list(rng.integers(3, m.vocab_size, size=20))
    t0 = time.perf_counter()
    out = generate(model, prompt, max_new_tokens=args.gen_tokens, temperature=0.0, stop_id=-1)
    backend.synchronize()
    gen_s = time.perf_counter() - t0
    print(f"generation (KV cache, greedy, batch 1): {len(out) / gen_s:,.0f} tokens/s")
    results["generate_tokens_per_s"] = len(out) / gen_s

    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
