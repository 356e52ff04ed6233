"""Training and generation speed of GuppyLM, and how close a step comes to its matmul floor.

    python tools/bench_train.py [--preset cpu] [--device cpu] [--batch 32] [--seq 40]
                                [--steps 10] [--warmup 2] [--data DIR] [--threads 1]
                                [--root CHECKOUT] [--json OUT]
    python tools/bench_train.py --ab BASE_CHECKOUT [--rounds 3] [same options]

Times full training steps (zero_grad + forward + backward + clip + AdamW) at a fixed
shape [batch, seq] of random token ids and, with --data DIR (train.jsonl and
tokenizer.json), on real length-bucketed batches: median ms/step and target tokens/s.

Beside each figure it prints the step's matrix-product FLOPs, the time those products
take alone (every product of the step, at its own shapes, timed in the same run with
the same thread count: the "matmul floor"), the sgemm rate that implies, and the
fraction of the floor the step reaches (floor / step time; 100% would mean that
nothing but the products costs time; with the batch split across P processes the
floor is the one-process floor divided by P, as if the products scaled perfectly).
Then greedy generation tokens/s with the KV cache.

--processes N also times every step with its batch split across N CPU processes
(guppy/training/parallel.py), as the trainer runs it on a multi-core CPU.

--root runs another checkout's guppy and minigrad (an older commit, say) with this
script. --ab BASE runs this script alternately on BASE and on this checkout, --rounds
times each, in subprocesses, and prints both medians and their ratio: an A/B measured
side by side on the same machine at the same moment. Machines differ and 2-core
machines are noisy: compare ratios from one run, and quote the sgemm rate with them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def parse(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--preset", default="cpu")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--seq", type=int, default=40)
    ap.add_argument("--steps", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--data", default=None, help="directory with train.jsonl and tokenizer.json for real batches")
    ap.add_argument("--threads", type=int, default=1, help="BLAS threads (OPENBLAS_NUM_THREADS) on a CPU")
    ap.add_argument(
        "--processes",
        type=int,
        default=None,
        help="also time each step with its batch split across N CPU processes (guppy/training/parallel.py)",
    )
    ap.add_argument("--gen-tokens", type=int, default=64)
    ap.add_argument("--root", default=HERE, help="the checkout whose guppy/minigrad to time")
    ap.add_argument("--ab", default=None, metavar="BASE", help="time BASE and this checkout alternately")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", default=None, help="also write the figures here")
    return ap.parse_args(argv)


# ---------------------------------------------------------------- the matmul floor
def step_matmuls(m, B: int, T: int, K: int) -> list[tuple[str, int, int, int, int]]:
    """Every matrix product of one training step: (what, batch, rows, inner, cols).

    N = B*T rows through the blocks, K counted rows through the tied head. Each linear
    layer y = x W^T has one product forward and two backward (dx = dy W, dW = dy^T x);
    attention has two per (batch, head) forward (S = q k^T, O = A v) and four backward.
    """
    N, D, F, V, H, hd = B * T, m.d_model, m.d_ff, m.vocab_size, m.n_heads, m.head_dim
    per_layer = []
    for name, n_in, n_out in (("qkv", D, 3 * D), ("out", D, D), ("up", D, F), ("down", F, D)):
        per_layer += [
            (f"{name} fwd", 1, N, n_in, n_out),
            (f"{name} dx", 1, N, n_out, n_in),
            (f"{name} dW", 1, n_out, N, n_in),
        ]
    per_layer += [("attn qk^T", B * H, T, hd, T), ("attn Av", B * H, T, T, hd)]
    per_layer += [
        ("attn dA", B * H, T, hd, T),
        ("attn dv", B * H, T, T, hd),
        ("attn dq", B * H, T, T, hd),
        ("attn dk", B * H, T, T, hd),
    ]
    head = [("head fwd", 1, K, D, V), ("head dx", 1, K, V, D), ("head dW", 1, V, K, D)]
    return per_layer * m.n_layers + head


def matmul_floor(m, B, T, K, xp, sync, repeats=3):
    """(FLOPs, seconds) of the step's products, each timed alone at its shape (best of `repeats`)."""
    import numpy as np

    rng = np.random.default_rng(0)
    cache, flops, seconds = {}, 0, 0.0
    for _, batch, rows, inner, cols in step_matmuls(m, B, T, K):
        key = (batch, rows, inner, cols)
        if key not in cache:
            a = xp.asarray(rng.standard_normal((batch, rows, inner)).astype(np.float32))
            b = xp.asarray(rng.standard_normal((batch, inner, cols)).astype(np.float32))
            best = float("inf")
            for _ in range(repeats):
                sync()
                t0 = time.perf_counter()
                a @ b
                sync()
                best = min(best, time.perf_counter() - t0)
            cache[key] = best
        flops += 2 * batch * rows * inner * cols
        seconds += cache[key]
    return flops, seconds


# ---------------------------------------------------------------- one configuration
def run_one(args) -> dict:
    if args.device == "cpu":
        os.environ["OPENBLAS_NUM_THREADS"] = str(args.threads)  # before NumPy loads OpenBLAS
    sys.path.insert(0, os.path.abspath(args.root))
    import numpy as np

    from guppy.config import get_preset
    from guppy.generate import generate
    from guppy.model import GuppyLM
    from minigrad.backend import select_backend
    from minigrad.memory import retain_freed_memory
    from minigrad.optim import AdamW, clip_grad_norm_

    retain_freed_memory()
    backend = select_backend(args.device)
    xp, sync = backend.xp, backend.synchronize
    config = get_preset(args.preset)
    m = config.model
    model = GuppyLM(m, backend, seed=0)
    opt = AdamW(model.params, lr=3e-4, weight_decay=0.1, decay_mask=model.params.decay_mask())
    res = {
        "root": os.path.abspath(args.root),
        "preset": args.preset,
        "device": backend.device,
        "threads": args.threads,
        "params": model.num_params,
        "batch": args.batch,
    }
    print(
        f"[{os.path.basename(res['root'])}] preset {args.preset}: {model.num_params:,} parameters, "
        f"{backend.device}, fp32, batch {args.batch}, {args.threads} BLAS thread(s)"
    )

    def time_steps(batches):
        times = []
        for i, (inputs, targets) in enumerate(batches):
            sync()
            t0 = time.perf_counter()
            model.loss_and_grad(xp.asarray(inputs), targets, rng=np.random.default_rng(i) if xp is np else None)
            clip_grad_norm_(model.params.grad, 1.0)
            opt.step(3e-4)
            sync()
            if i >= args.warmup:
                times.append(time.perf_counter() - t0)
        return times

    def time_split_steps(batches):
        """The same steps with each batch split across args.processes CPU processes (guppy/training/parallel.py)."""
        from guppy.training.parallel import DataParallel, slice_rows

        def part(i, k, processes):
            inputs, targets = batches[i]
            rows = slice_rows(len(inputs), processes, k)
            n, n_all = int((targets[rows] != 0).sum()), int((targets != 0).sum())
            loss = model.loss_and_grad(
                inputs[rows], targets[rows], rng=np.random.default_rng([i, k]), dloss=n / max(n_all, 1)
            )
            return loss, n  # (loss, its counted tokens): the plain mean

        group = DataParallel(args.processes, model.params, part)
        try:
            times = []
            for i in range(len(batches)):
                t0 = time.perf_counter()
                model.params.zero_grad()
                group.loss_and_grad(i)
                clip_grad_norm_(model.params.grad, 1.0)
                opt.step(3e-4)
                if i >= args.warmup:
                    times.append(time.perf_counter() - t0)
        finally:
            group.close()
        return times

    def report(label, batches, times, processes=1):
        """The figures of one timing; with P processes the floor is the one-process floor / P."""
        step_s = statistics.median(times)
        timed = batches[args.warmup :]
        tokens = statistics.median(int((t != 0).sum()) for _, t in timed)
        flops, floor = zip(
            *(matmul_floor(m, t.shape[0], t.shape[1], int((t != 0).sum()), xp, sync) for _, t in timed[:4])
        )  # four batches' shapes are enough for the floor
        floor_s, gflop = statistics.median(floor) / processes, statistics.median(flops) / 1e9
        print(
            f"  {label}: median {step_s * 1e3:.1f} ms/step, {tokens / step_s:,.0f} target tokens/s; "
            f"matmuls {gflop:.2f} GFLOP, floor {floor_s * 1e3:.1f} ms ({gflop / floor_s:.0f} GFLOP/s sgemm at "
            f"these shapes): {floor_s / step_s:.0%} of the floor"
        )
        return {
            "ms_per_step": step_s * 1e3,
            "tokens_per_s": tokens / step_s,
            "matmul_gflop": gflop,
            "floor_ms": floor_s * 1e3,
            "sgemm_gflops": gflop / floor_s,
            "fraction_of_floor": floor_s / step_s,
        }

    rng = np.random.default_rng(0)
    n = args.steps + args.warmup
    fixed = []
    for _ in range(n):
        ids = rng.integers(3, m.vocab_size, size=(args.batch, args.seq + 1))
        fixed.append((ids[:, :-1], ids[:, 1:]))
    res["fixed"] = report(f"fixed shape [{args.batch}, {args.seq}]", fixed, time_steps(fixed))
    split = bool(
        args.processes
        and args.processes > 1
        and args.device == "cpu"
        and os.path.exists(os.path.join(args.root, "guppy", "training", "parallel.py"))
    )  # older checkouts: no split
    if split:
        res["fixed_split"] = report(
            f"  the same, split across {args.processes} processes", fixed, time_split_steps(fixed), args.processes
        )

    if args.data:
        if os.path.isdir(os.path.join(args.root, "guppy", "data")):
            from guppy.data.dataset import BucketBatcher, encode_conversations
            from guppy.data.dataset_files import load_jsonl
            from guppy.tokenizer.tokenizer import BPETokenizer
        else:  # a checkout from before the packages (for --ab against an older commit)
            from guppy.datagen import load_jsonl
            from guppy.dataset import BucketBatcher, encode_conversations
            from guppy.tokenizer import BPETokenizer

        tokenizer = BPETokenizer.load(os.path.join(args.data, "tokenizer.json"))
        samples = load_jsonl(os.path.join(args.data, "train.jsonl"))[:20000]
        seqs = encode_conversations(samples, tokenizer, m.max_seq_len, config.train.loss_on)
        batcher = BucketBatcher(seqs, args.batch, seed=0, max_seq_len=m.max_seq_len)
        real = [batcher.batch(s) for s in range(n)]
        width = statistics.median(t.shape[1] for _, t in real)
        res["real"] = report(f"real batches (median width {width:.0f})", real, time_steps(real))
        if split:
            res["real_split"] = report(
                f"  the same, split across {args.processes} processes", real, time_split_steps(real), args.processes
            )

    prompt = list(rng.integers(3, m.vocab_size, size=20))
    t0 = time.perf_counter()
    out = generate(model, prompt, max_new_tokens=args.gen_tokens, temperature=0.0, stop_id=-1)
    sync()
    res["generate_tokens_per_s"] = len(out) / (time.perf_counter() - t0)
    print(f"  generation (KV cache, greedy, batch 1): {res['generate_tokens_per_s']:,.0f} tokens/s")
    return res


# ---------------------------------------------------------------- A/B
def run_ab(args, argv) -> None:
    """Alternate BASE and this checkout in fresh processes; print medians and ratios."""
    passthrough = [a for i, a in enumerate(argv) if a not in ("--ab", args.ab) and argv[i - 1] != "--ab"]
    results = {"base": [], "new": []}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.rounds):
            for side, root in (("base", args.ab), ("new", HERE)):
                out = os.path.join(tmp, f"{side}{r}.json")
                subprocess.run([sys.executable, __file__, *passthrough, "--root", root, "--json", out], check=True)
                with open(out) as f:
                    results[side].append(json.load(f))
    if args.json:  # before the summary, so a failure there loses nothing
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2)
    print(f"\nA/B, {args.rounds} rounds each, alternating (base = {os.path.abspath(args.ab)}):")
    for kind in ("fixed", "real", "fixed_split", "real_split"):
        if kind not in results["new"][0]:
            continue
        base_kind = kind if kind in results["base"][0] else kind.replace("_split", "")  # older: no split steps
        base = [r[base_kind]["ms_per_step"] for r in results["base"]]
        new = [r[kind]["ms_per_step"] for r in results["new"]]
        sgemm = statistics.median(
            [r[kind]["sgemm_gflops"] for r in results["new"]] + [r[base_kind]["sgemm_gflops"] for r in results["base"]]
        )
        print(
            f"  {kind} (base: {base_kind}): base {statistics.median(base):.1f} ms "
            f"({', '.join(f'{x:.1f}' for x in base)}), "
            f"new {statistics.median(new):.1f} ms ({', '.join(f'{x:.1f}' for x in new)}): "
            f"{statistics.median(base) / statistics.median(new):.2f}x faster; "
            f"new reaches {statistics.median(r[kind]['fraction_of_floor'] for r in results['new']):.0%} of its "
            f"matmul floor; sgemm at these shapes {sgemm:.0f} GFLOP/s"
        )


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse(argv)
    if args.ab:
        run_ab(args, argv)
        return 0
    res = run_one(args)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(res, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
