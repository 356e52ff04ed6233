"""The `guppy` command: data, tokenizer, train, chat, eval, gradcheck, quickstart.

Errors a user can cause (a bad file, a missing checkpoint, no GPU) are printed as one
line, `guppy: error: ...`, with exit status 2 and no traceback.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time


def _user_errors() -> tuple:
    from minigrad.backend import BackendError
    from minigrad.params import ParamMismatchError
    from minigrad.safetensors import SafetensorsError

    from .checkpoint import CheckpointError
    from .config import ConfigError
    from .datagen import DataFormatError
    from .generate import ChatError
    from .parallel import ParallelError
    from .tokenizer import TokenizerError
    from .train import TrainingError

    return (BackendError, ParamMismatchError, SafetensorsError, CheckpointError, ConfigError, DataFormatError,
            ChatError, ParallelError, TokenizerError, TrainingError, FileNotFoundError, IsADirectoryError, PermissionError)


# ---------------------------------------------------------------- commands
def cmd_gradcheck(args) -> int:
    if args.bugs:
        from .gradcheck_bugs import run_gallery

        return run_gallery()
    from minigrad.gradcheck import kernel_cases, run_table

    from .gradcheck_model import model_cases, model_summary

    status = run_table(kernel_cases() + model_cases())
    print(model_summary())
    return status


def cmd_data(args) -> int:
    from .datagen import format_stats, write_dataset

    started = time.perf_counter()
    stats = write_dataset(args.out, samples=args.samples, eval_ratio=args.eval_ratio, seed=args.seed)
    print(format_stats(stats))
    print(f"wrote {args.out}/train.jsonl and {args.out}/eval.jsonl in {time.perf_counter() - started:.1f} s")
    return 0


def cmd_tokenizer(args) -> int:
    from .tokenizer import train_from_data_dir

    out = args.out or os.path.join(args.data, "tokenizer.json")
    started = time.perf_counter()
    tok = train_from_data_dir(args.data, vocab_size=args.vocab_size, out_path=out, show_progress=True)
    print(f"tokenizer with {tok.vocab_size} tokens written to {out} in {time.perf_counter() - started:.1f} s")
    return 0


def _backend(args):
    from minigrad.backend import select_backend

    return select_backend(args.device)


def _kernels(backend, no_fused: bool):
    """The kernel set: the array-module references, with self-checked fused CUDA kernels on a GPU."""
    import minigrad.kernels as reference

    from minigrad.cuda import force_reference, fused_kernel_set

    if not backend.is_gpu:
        return reference
    force_reference(no_fused)  # also sends the optimizer's fused AdamW and norm back to the references
    return fused_kernel_set(reference)


def cmd_train(args) -> int:
    from .checkpoint import read_config
    from .config import ConfigError, get_preset
    from .train import Trainer

    backend = _backend(args)
    if args.resume:
        config = read_config(args.out)
    else:
        config = get_preset(args.preset)
        if args.lr:
            config = config.replace_train(lr=args.lr)
        if args.loss_on:
            config = config.replace_train(loss_on=args.loss_on)
    if args.steps:
        config = config.with_steps(args.steps)
    if not args.resume:
        config = with_processes(config, backend, args.processes)
    print(f"[guppy] preset {config.name}: {_param_count(config):,} parameters on {backend.device}", flush=True)
    if args.tf32:
        from minigrad.amp import enable_tf32

        print(f"[guppy] {enable_tf32(backend)}", flush=True)
    budget_s = None
    if args.time_budget is not None:
        if args.steps is not None:
            raise ConfigError("give either --steps or --time-budget, not both")
        if args.resume:
            print("[guppy] --resume keeps the run's own step count; --time-budget is ignored", flush=True)
        else:
            budget_s = args.time_budget * 60
    trainer = Trainer(config, args.data, args.out, backend, resume=args.resume, kernels=_kernels(backend, args.no_fused),
                      amp=args.amp, time_budget_s=budget_s, blas_threads=args.threads)
    try:
        summary = trainer.train()
    finally:
        trainer.close()
    print(f"trained {summary['steps']} steps in {summary['seconds']:.0f} s; best eval loss {summary['best_eval']:.4f}; run in {args.out}")
    return 0


def with_processes(config, backend, requested: int | None):
    """The run's CPU process count: as requested, else one per usable core (up to 4); 1 on a GPU."""
    from .parallel import available_cores, can_fork

    if backend.is_gpu:
        return config.replace_train(processes=1)
    n = requested if requested is not None else (min(available_cores(), 4) if can_fork() else 1)
    return config.replace_train(processes=min(n, config.train.batch_size))


def _param_count(config) -> int:
    from .config import count_params

    return count_params(config.model)


def cmd_chat(args) -> int:
    from .checkpoint import load_run
    from .generate import ChatError, reply

    backend = _backend(args)
    model, tokenizer, _ = load_run(args.checkpoint, backend)
    opts = dict(max_tokens=args.max_tokens, temperature=args.temperature, top_k=args.top_k, seed=args.seed)
    if args.prompt is not None:
        print(reply(model, tokenizer, args.prompt, **opts))
        return 0
    print("talk to the fish (type 'quit' to leave)")
    while True:
        try:
            text = input("you> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if text.strip().lower() in ("quit", "exit"):
            return 0
        try:
            print("guppy>", reply(model, tokenizer, text, **opts))
        except ChatError as exc:
            print(f"guppy: {exc}")


def cmd_eval(args) -> int:
    from .checkpoint import load_run
    from .evaluate import eval_run, format_report

    model, tokenizer, config = load_run(args.checkpoint, _backend(args))
    print(format_report(eval_run(model, tokenizer, config, args.data), show=args.show))
    return 0


def cmd_export_web(args) -> int:
    from .web.export import export_web, format_summary

    print(format_summary(export_web(args.checkpoint, args.out, dtype=args.dtype)))
    return 0


def cmd_quickstart(args) -> int:
    from .quickstart import quickstart

    return quickstart(args)


# ---------------------------------------------------------------- parser
def _positive_minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number of minutes, got {text!r}")
    return value


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a positive whole number, got {text!r}")
    return value



def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="guppy", description="A tiny fish-brained language model, every gradient by hand.")
    sub = p.add_subparsers(dest="command", required=True)

    def processes_arg(sp):
        sp.add_argument("--processes", type=_positive_int, default=None,
                        help="CPU processes that share each batch (default: one per core this command may use, "
                             "up to 4; a resumed run keeps its own)")

    def threads_arg(sp):
        sp.add_argument("--threads", type=_positive_int, default=1,
                        help="threads for NumPy's matrix products on a CPU (default 1: two threads slow down "
                             "badly whenever another program holds a core)")

    def device_arg(sp):
        sp.add_argument("--device", choices=["auto", "cpu", "cuda"], default=None,
                        help="where to run (default: $GUPPY_DEVICE or auto: a GPU when CuPy can use one)")

    sp = sub.add_parser("gradcheck", help="float64 finite-difference check of every kernel and the whole model")
    sp.add_argument("--bugs", action="store_true",
                    help="plant subtle bugs one at a time and show which check catches each")
    sp.set_defaults(func=cmd_gradcheck)

    sp = sub.add_parser("data", help="generate the synthetic fish conversations")
    sp.add_argument("--out", default="data")
    sp.add_argument("--samples", type=int, default=60000)
    sp.add_argument("--eval-ratio", type=float, default=0.05)
    sp.add_argument("--seed", type=int, default=42)
    sp.set_defaults(func=cmd_data)

    sp = sub.add_parser("tokenizer", help="train the byte-level BPE tokenizer on DIR/train.jsonl")
    sp.add_argument("--data", default="data")
    sp.add_argument("--vocab-size", type=int, default=4096)
    sp.add_argument("--out", default=None, help="default: DIR/tokenizer.json")
    sp.set_defaults(func=cmd_tokenizer)

    sp = sub.add_parser("train", help="train a fish")
    sp.add_argument("--preset", default="cpu", help="guppy (full 8.7M model), cpu or tiny")
    sp.add_argument("--data", default="data")
    sp.add_argument("--out", default="runs/fish")
    sp.add_argument("--steps", type=int, default=None, help="train exactly N steps (default: the preset's)")
    sp.add_argument("--time-budget", type=_positive_minutes, default=None, metavar="MINUTES",
                    help="measure this machine's step rate, then choose the step count so that the run ends "
                         "within MINUTES (written to the run's config.json)")
    threads_arg(sp)
    processes_arg(sp)
    sp.add_argument("--lr", type=float, default=None)
    sp.add_argument("--loss-on", choices=["all", "reply"], default=None,
                    help="which targets the loss counts: every token, or the fish's reply only (default: the preset's)")
    sp.add_argument("--resume", action="store_true", help="continue the run in --out from its last checkpoint")
    sp.add_argument("--no-fused", action="store_true", help="use the array-module kernels even on a GPU")
    sp.add_argument("--amp", choices=["off", "fp16"], default=None,
                    help="mixed precision: fp16 computes in float16 on float32 master weights with dynamic loss "
                         "scaling (GPU only; default off, or the run's own mode with --resume)")
    sp.add_argument("--tf32", action="store_true", help="let float32 matmuls use TF32 tensor cores (GPU; no effect on a CPU)")
    device_arg(sp)
    sp.set_defaults(func=cmd_train)

    sp = sub.add_parser("chat", help="talk to a trained fish")
    sp.add_argument("--checkpoint", default="runs/fish")
    sp.add_argument("--prompt", default=None, help="answer one message and exit (default: a REPL)")
    sp.add_argument("--temperature", type=float, default=0.7)
    sp.add_argument("--top-k", type=int, default=50)
    sp.add_argument("--seed", type=int, default=None)
    sp.add_argument("--max-tokens", type=int, default=64)
    device_arg(sp)
    sp.set_defaults(func=cmd_chat)

    sp = sub.add_parser("eval", help="eval loss and the personality eval of a run")
    sp.add_argument("--checkpoint", default="runs/fish")
    sp.add_argument("--data", default="data", help="directory with eval.jsonl ('' to skip the loss)")
    sp.add_argument("--show", type=int, default=10, help="print this many sample replies")
    device_arg(sp)
    sp.set_defaults(func=cmd_eval)

    sp = sub.add_parser("export-web", help="write a static web page that chats with a trained fish in the browser")
    sp.add_argument("--checkpoint", default="runs/fish")
    sp.add_argument("--out", required=True, help="the site's directory (serve it with python -m http.server -d DIR)")
    sp.add_argument("--dtype", choices=["float32", "float16"], default="float32",
                    help="how the weights are stored (float16 halves the download; the page computes in float32)")
    sp.set_defaults(func=cmd_export_web)

    sp = sub.add_parser("quickstart", help="data -> tokenizer -> train -> chat, in one command")
    sp.add_argument("--workdir", default="guppy-quickstart", help="where data and the run go")
    sp.add_argument("--preset", default=None, help="default: guppy on a GPU, cpu on a CPU")
    sp.add_argument("--time-budget", type=_positive_minutes, default=9.0, metavar="MINUTES",
                    help="the whole command ends within MINUTES: training gets what data, tokenizer and the "
                         "final talk leave (default 9)")
    sp.add_argument("--steps", type=int, default=None, help="train exactly N steps instead (no time budget)")
    threads_arg(sp)
    processes_arg(sp)
    sp.add_argument("--samples", type=int, default=60000)
    sp.add_argument("--no-fused", action="store_true")
    device_arg(sp)
    sp.set_defaults(func=cmd_quickstart)
    return p


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except _user_errors() as exc:
        msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        print(f"guppy: error: {msg}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nguppy: interrupted (a training run can continue with --resume)", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
