"""One command for whoever has a GPU: is everything right there, and how fast is it?

    python tools/gpu_check.py --out gpu_report.md [--quick] [--train-steps N] [--skip-tests]
                              [--amp both|off|fp16] [--noise-run]

1. device: GPU name, memory, SMs, CUDA and CuPy versions
2. tests: `python -m pytest -q` (the `xp` fixture then includes CuPy; the GPU tests run)
3. kernels: every fused kernel and its reference, on the GPU at the model's shapes,
   against the float64 CPU result: max abs error, max error relative to max |exact|
4. kernel times: fused vs reference, median of repeats with CUDA events
5. training step: the full `guppy` model, reference kernels vs fused kernels, fp32,
   fp32 with TF32 matmuls and --amp fp16 (loss scaling), median ms per step
   (zero_grad, forward, backward, clip, AdamW) with CUDA events
6. training: the preset's schedule (10,000 steps, or --train-steps) with the fused
   kernels on generated data, in fp32 and with --amp fp16 (--amp picks): wall time,
   eval loss, skipped steps; --noise-run adds an fp32 run with another seed, so the
   fp16-vs-fp32 difference can be read against seed-to-seed noise (--train-steps 0 skips it)
It writes a short markdown report. Without a GPU it still runs (on NumPy, fused parts
skipped, small shapes), which is how the script itself is checked on CPU-only machines.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import traceback

import numpy as np

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, ROOT)

import minigrad.kernels as reference  # noqa: E402
from minigrad.backend import make_rng, select_backend, to_numpy  # noqa: E402
from minigrad.cuda import adamw as fused_adamw  # noqa: E402
from minigrad.cuda import attention as fused_attention  # noqa: E402
from minigrad.cuda import cross_entropy as fused_ce  # noqa: E402
from minigrad.cuda import grad_norm as fused_norm  # noqa: E402
from minigrad.cuda import layernorm as fused_layernorm  # noqa: E402
from minigrad.cuda import selfcheck  # noqa: E402
from minigrad.cuda import softmax as fused_softmax  # noqa: E402
from minigrad.relative_error import max_relative_error  # noqa: E402


class Report:
    def __init__(self):
        self.lines = []

    def section(self, title):
        self.add(f"\n## {title}\n")

    def add(self, text=""):
        print(text, flush=True)
        self.lines.append(text)

    def table(self, header, rows):
        self.add("| " + " | ".join(header) + " |")
        self.add("|" + "---|" * len(header))
        for r in rows:
            self.add("| " + " | ".join(str(c) for c in r) + " |")


def timer(backend):
    """time_ms(fn, repeats, warmup) -> (median, all): CUDA events on a GPU, perf_counter on the CPU."""
    xp = backend.xp

    def time_ms(fn, repeats=20, warmup=3):
        for _ in range(warmup):
            fn()
        times = []
        for _ in range(repeats):
            if backend.is_gpu:
                start, end = xp.cuda.Event(), xp.cuda.Event()
                start.record()
                fn()
                end.record()
                end.synchronize()
                times.append(xp.cuda.get_elapsed_time(start, end))
            else:
                t0 = time.perf_counter()
                fn()
                times.append((time.perf_counter() - t0) * 1e3)
        return statistics.median(times), times

    return time_ms


# ------------------------------------------------------------ 1. device


def device_info(rep, backend):
    rep.section("Device")
    rep.add(f"- host: {platform.node()}, Python {platform.python_version()}, NumPy {np.__version__}")
    if not backend.is_gpu:
        rep.add("- **no usable GPU**: CPU dry run (fused kernels skipped, small shapes)")
        return
    cp = backend.xp
    props = cp.cuda.runtime.getDeviceProperties(cp.cuda.Device().id)
    name = props["name"].decode() if isinstance(props["name"], bytes) else props["name"]
    rep.add(
        f"- GPU: {name}, compute capability {props['major']}.{props['minor']}, "
        f"{props['multiProcessorCount']} SMs, {props['totalGlobalMem'] / 2**30:.1f} GiB"
    )
    rep.add(
        f"- CUDA runtime {cp.cuda.runtime.runtimeGetVersion()}, driver {cp.cuda.runtime.driverGetVersion()}, "
        f"CuPy {cp.__version__}"
    )


# ------------------------------------------------------------ 2. tests


def run_tests(rep):
    rep.section("Test suite (python -m pytest -q)")
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=ROOT, capture_output=True, text=True
    )
    tail = [line for line in done.stdout.strip().splitlines() if line.strip()][-15:]
    rep.add(f"exit code {done.returncode} in {time.perf_counter() - t0:.0f} s; last lines:\n")
    rep.add("```\n" + "\n".join(tail) + "\n```")
    return done.returncode


# ------------------------------------------------------------ 3 and 4. kernels


def kernel_cases(shape, rng):
    """(name, prepare(xp, dtype) -> device inputs, run(module, inputs) -> outputs, fused module)."""
    B, T, D, H, V = shape
    host = {
        "x": rng.standard_normal((B, T, D)) * 2 + 0.5,
        "gamma": 1 + 0.2 * rng.standard_normal(D),
        "beta": 0.2 * rng.standard_normal(D),
        "qkv": rng.standard_normal((B, T, 3 * D)),
        "logits": rng.standard_normal((B, T, V)) * 3,
        "scores": rng.standard_normal((B, H, T, T)) * 3,
        "d_x": rng.standard_normal((B, T, D)),
        "d_att": rng.standard_normal((B, H, T, T)),
    }
    targets = rng.integers(0, V, size=(B, T))
    targets[:, -T // 4 :] = 0

    def prepare(xp, dt):
        params_dt = dt if dt == np.float64 else np.float32  # gamma/beta stay float32 with float16 activations
        arrays = {k: xp.asarray(v, params_dt if k in ("gamma", "beta") else dt) for k, v in host.items()}
        return dict(arrays, targets=xp.asarray(targets))

    def ln(m, a):
        y, c = m.layernorm_forward(a["x"], a["gamma"], a["beta"])
        return (y, *m.layernorm_backward(a["d_x"], c))

    def sm(m, a):
        p, c = m.softmax_forward(a["scores"])
        return p, m.softmax_backward(a["d_att"], c)

    def att(m, a):
        out, c = m.attention_forward(a["qkv"], H)
        return out, m.attention_backward(a["d_x"], c)

    def ce(m, a):
        loss, c = m.cross_entropy_forward(a["logits"], a["targets"])
        return loss, m.cross_entropy_backward(1.0, c)

    return [
        ("layernorm fwd+bwd", prepare, ln, fused_layernorm),
        ("softmax fwd+bwd", prepare, sm, fused_softmax),
        ("attention fwd+bwd", prepare, att, fused_attention),
        ("cross-entropy fwd+bwd", prepare, ce, fused_ce),
    ]


def errors(outputs, exact):
    diffs = [np.abs(to_numpy(a).astype(np.float64) - e) for a, e in zip(outputs, exact)]
    abs_err = max(float(np.max(d)) for d in diffs)
    return abs_err, max_relative_error([to_numpy(a) for a in outputs], exact)


def check_kernels(rep, backend, shape, repeats):
    xp, time_ms = backend.xp, timer(backend)
    rep.section(f"Kernels vs the float64 CPU result (B, T, D, H, V = {shape})")
    acc_rows, time_rows = [], []
    for name, prepare, run, fused_mod in kernel_cases(shape, np.random.default_rng(0)):
        exact = [np.asarray(o, dtype=np.float64) for o in run(reference, prepare(np, np.float64))]
        impls = [("reference", reference, np.float32)]
        if backend.is_gpu:
            impls += [
                ("fused", fused_mod, np.float32),
                ("fused fp16", fused_mod, np.float16),
                ("reference fp16", reference, np.float16),
            ]
        for label, mod, dt in impls:
            try:
                inputs = prepare(xp, dt)
                a, r = errors(run(mod, inputs), exact)
                acc_rows.append((name, label, f"{a:.2e}", f"{r:.2e}"))
                if dt == np.float32:
                    med, _ = time_ms(lambda: run(mod, inputs), repeats=repeats)
                    time_rows.append((name, label, f"{med:.3f}"))
            except Exception as exc:
                acc_rows.append((name, label, "failed", f"{type(exc).__name__}: {str(exc)[:80]}"))
    acc_rows += optimizer_errors(backend)
    rep.table(["op", "implementation", "max abs err", "max rel err"], acc_rows)
    rep.add("\nrel err = max |out - exact| / max |exact| over all outputs (forward and gradients).")
    rep.section("Kernel times (fp32 forward + backward, median ms with CUDA events)")
    rep.table(["op", "implementation", "ms"], time_rows)


def optimizer_errors(backend):
    """AdamW step and global norm on the device against float64 NumPy."""
    from minigrad.optim import AdamW, global_norm
    from minigrad.params import FlatParams, ParamLayout

    xp, rows = backend.xp, []
    g = np.random.default_rng(1).standard_normal(1_000_003) * 0.01
    exact = np.sqrt(np.sum(g * g))
    impls = [("reference", global_norm)] + ([("fused", fused_norm.global_norm)] if backend.is_gpu else [])
    for label, fn in impls:
        got = float(fn(xp.asarray(g, np.float32)))
        rows.append(("global norm (1M)", label, f"{abs(got - exact):.2e}", f"{abs(got - exact) / exact:.2e}"))

    def opt_for(module, dtype):
        rng = np.random.default_rng(2)
        params = FlatParams(ParamLayout([("w", (384, 768)), ("b", (768,))]), module, dtype)
        params.data[...] = module.asarray(rng.standard_normal(params.num_params), dtype)
        params.grad[...] = module.asarray(rng.standard_normal(params.num_params) * 0.1, dtype)
        return AdamW(params, lr=3e-4)

    exact_opt = opt_for(np, np.float64)
    for _ in range(3):
        exact_opt.step(1e-3)
    impls = [("reference", lambda o: o.step(1e-3))] + (
        [("fused", lambda o: fused_adamw.adamw_step(o, 1e-3))] if backend.is_gpu else []
    )
    for label, step in impls:
        opt = opt_for(xp, np.float32)
        for _ in range(3):
            step(opt)
        a, r = errors([opt.params.data], [exact_opt.params.data])
        rows.append(("AdamW, 3 steps", label, f"{a:.2e}", f"{r:.2e}"))
    return rows


# ------------------------------------------------------------ 5. training step


def step_timing(rep, backend, batch, seq, repeats):
    rep.section(f"Training step of the full model (batch {batch}, seq {seq}, median ms)")
    try:
        from guppy.config import count_params, get_preset
        from guppy.model import GuppyLM
        from minigrad.optim import AdamW, clip_grad_norm_
    except Exception as exc:  # the model code is not there (yet)
        rep.add(f"skipped: the model API is not importable ({type(exc).__name__}: {exc})")
        return
    from minigrad.amp import DynamicLossScaler, enable_tf32, scaled_clip_and_step
    from minigrad.cuda import fused_clip_and_step, fused_kernel_set

    config = get_preset("guppy")
    m, xp, time_ms = config.model, backend.xp, timer(backend)
    rng = np.random.default_rng(3)
    ids = rng.integers(3, m.vocab_size, size=(batch, seq + 1))
    ids[: batch // 2, -seq // 3 :] = 0  # some padding, as in real batches
    inputs, targets = xp.asarray(ids[:, :-1]), ids[:, 1:]  # host targets, as in the trainer: no sync per step
    rep.add(f"model: preset guppy, {count_params(m):,} parameters")
    # (label, kernels, fused optimizer, precision): "fp32", "tf32" (fp32 with TF32 matmuls) or "fp16" (--amp fp16)
    variants = [("reference kernels", reference, False, "fp32")]
    if backend.is_gpu:
        fused_set = fused_kernel_set(reference)
        variants += [
            ("fused kernels", fused_set, True, "fp32"),
            ("fused kernels", fused_set, True, "fp16"),
            ("reference kernels", reference, False, "fp16"),
            ("fused kernels", fused_set, True, "tf32"),
        ]
    rows = []
    for label, kernels, fused, precision in variants:
        if precision == "tf32":
            rep.add(f"- {enable_tf32(backend)}")
        model = GuppyLM(m, backend, kernels=kernels, compute_dtype=np.float16 if precision == "fp16" else None)
        opt = AdamW(model.params, lr=3e-4, decay_mask=model.params.decay_mask())
        scaler = DynamicLossScaler(xp=xp) if precision == "fp16" else None
        counter = [0]

        def step():
            counter[0] += 1
            if scaler is not None:  # the trainer's --amp fp16 step: loss scaling, no host sync
                model.loss_and_grad(inputs, targets, rng=make_rng(xp, counter[0]), dloss=scaler.scale)
                scaled_clip_and_step(opt, scaler, 3e-4, 1.0)
            elif fused:
                model.loss_and_grad(inputs, targets, rng=make_rng(xp, counter[0]))
                fused_clip_and_step(opt, 3e-4, 1.0)
            else:
                model.loss_and_grad(inputs, targets, rng=make_rng(xp, counter[0]))
                clip_grad_norm_(model.params.grad, 1.0)
                opt.step(3e-4)

        med, times = time_ms(step, repeats=repeats, warmup=3)
        tokens = int((ids[:, 1:] != 0).sum())
        note = "" if scaler is None else f" (loss scale {float(scaler.scale):.0f}, {int(scaler.skipped_steps)} skipped)"
        rows.append((label, precision + note, f"{med:.2f}", f"{min(times):.2f}", f"{tokens / med * 1e3:,.0f}"))
    if backend.is_gpu:
        enable_tf32(backend, enabled=False)  # the training section measures plain fp32
    rep.table(["kernels", "precision", "median ms", "min ms", "target tokens/s"], rows)
    rep.add("\n" + selfcheck.format_report())


# ------------------------------------------------------------ 6. training


def full_training(rep, backend, steps, data_dir, amp="both", noise_run=False):
    rep.section(f"Training run ({steps} steps, fused kernels where available)")
    try:
        from guppy.config import get_preset
        from guppy.data.dataset_files import write_dataset
        from guppy.training.trainer import Trainer
    except Exception as exc:
        rep.add(f"skipped: the training API is not importable ({type(exc).__name__}: {exc})")
        return
    from minigrad.cuda import fused_kernel_set

    work = tempfile.mkdtemp(prefix="guppy-gpu-check-")
    if data_dir is None:
        data_dir = os.path.join(work, "data")
        t0 = time.perf_counter()
        write_dataset(data_dir)
        rep.add(f"- generated the dataset in {time.perf_counter() - t0:.0f} s ({data_dir})")
    config = get_preset("guppy")
    config = config.replace_train(
        steps=steps,
        eval_every=min(config.train.eval_every, steps),
        checkpoint_every=steps,
        warmup_steps=min(config.train.warmup_steps, steps),
    )
    kernels = fused_kernel_set(reference) if backend.is_gpu else reference
    seed = config.train.seed
    if amp == "both" and not backend.is_gpu:
        amp = "off"
        rep.add("- fp16 run skipped on the CPU (NumPy float16 is slow; --amp fp16 forces it)")
    runs = [(label, mode, seed) for label, mode in (("fp32", "off"), ("fp16", "fp16")) if amp in ("both", mode)]
    if noise_run:
        runs.append(("fp32, seed + 1 (noise)", "off", seed + 1))
    rows, evals = [], {}
    for label, mode, run_seed in runs:
        run_dir = os.path.join(work, f"run-{mode}-{run_seed}")
        t0 = time.perf_counter()
        trainer = Trainer(
            config.replace_train(seed=run_seed),
            data_dir,
            run_dir,
            backend,
            kernels=kernels,
            quiet=True,
            amp=mode,
            allow_cpu_amp=True,
        )  # the CPU dry run may use fp16 too
        setup = time.perf_counter() - t0
        summary = trainer.train()
        evals[label] = summary["best_eval"]
        scale = next((r["loss_scale"] for r in reversed(trainer.log) if "loss_scale" in r), None)
        rows.append(
            (
                label,
                f"{setup:.0f}",
                f"{summary['seconds']:.0f}",
                f"{summary['seconds'] / max(summary['steps'], 1) * 1e3:.1f}",
                f"{summary['tokens'] / summary['seconds']:,.0f}",
                f"{summary['final_loss']:.4f}",
                f"{summary['best_eval']:.4f}",
                summary["skipped_steps"],
                "-" if scale is None else f"{scale:.0f}",
            )
        )
    rep.table(
        [
            "run",
            "setup s",
            "train s",
            "ms/step",
            "tokens/s",
            "final train loss",
            "best eval loss",
            "skipped steps",
            "final loss scale",
        ],
        rows,
    )
    if "fp32" in evals and "fp16" in evals:
        rep.add(f"\n- fp16 - fp32 best eval loss: {evals['fp16'] - evals['fp32']:+.4f}")
    noise = next((v for k, v in evals.items() if "noise" in k), None)
    if noise is not None and "fp32" in evals:
        rep.add(f"- seed-to-seed noise (fp32, seed vs seed + 1): {noise - evals['fp32']:+.4f}")
    rep.add(f"- run directories: {work}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="gpu_report.md", help="markdown report to write")
    ap.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"])
    ap.add_argument("--quick", action="store_true", help="small shapes and few repeats (a smoke run)")
    ap.add_argument("--skip-tests", action="store_true", help="do not run the pytest suite")
    ap.add_argument("--train-steps", type=int, default=10_000, help="training run length; 0 skips it")
    ap.add_argument("--data", default=None, help="dataset dir (train.jsonl, eval.jsonl); generated when absent")
    ap.add_argument("--amp", default="both", choices=["both", "off", "fp16"], help="precision of the training run(s)")
    ap.add_argument("--noise-run", action="store_true", help="one more fp32 training run with another seed")
    args = ap.parse_args(argv)

    backend = select_backend(args.device, quiet=True)
    rep = Report()
    rep.add(f"# GPU check ({time.strftime('%Y-%m-%d %H:%M')})")
    failures = 0
    shape = (2, 16, 64, 2, 512) if args.quick else (32, 128, 384, 6, 4096)
    repeats = 3 if args.quick else 30
    sections = [("device", lambda: device_info(rep, backend))]
    if not args.skip_tests:
        sections.append(("tests", lambda: run_tests(rep)))
    sections += [
        ("kernels", lambda: check_kernels(rep, backend, shape, repeats)),
        ("step", lambda: step_timing(rep, backend, 4 if args.quick else 32, 32 if args.quick else 128, repeats)),
    ]
    if args.train_steps > 0:
        sections.append(
            ("training", lambda: full_training(rep, backend, args.train_steps, args.data, args.amp, args.noise_run))
        )
    for name, run in sections:
        try:
            failures += bool(run())
        except Exception:
            failures += 1
            rep.add(f"\n**section {name} failed:**\n```\n{traceback.format_exc()[-3000:]}\n```")
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(rep.lines) + "\n")
    print(f"\nreport written to {args.out}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
