"""The `guppy` command: data, tokenizer, train, chat, eval, gradcheck, quickstart.

Every error a user can cause (a bad flag, a bad or missing file, a full disk, a read-only
directory, a run in use, no GPU) is printed as one line, `guppy: error: ...`, with a
non-zero exit status and no traceback. main() is the one place that maps them: the error
classes of user_errors(), and the OSErrors of os_error_message(). Anything else is a bug
and keeps its traceback. Flags are checked where they enter, by the argparse types below.
"""

from __future__ import annotations

import argparse
import errno
import math
import os
import sys
import time
import warnings


class UsageError(ValueError):
    """A flag, or a combination of flags, that cannot be used."""


def user_errors() -> tuple:
    from minigrad.amp import AmpError
    from minigrad.backend import BackendError
    from minigrad.optim import OptimizerStateError
    from minigrad.params import ParamMismatchError
    from minigrad.readfile import BadFileError
    from minigrad.safetensors import SafetensorsError

    from .checkpoint import CheckpointError
    from .config import ConfigError
    from .datagen import DataFormatError, DatasetError
    from .dirlock import DirectoryInUseError, NotADirectoryForUs
    from .generate import ChatError
    from .tokenizer import TokenizerError
    from .train import TrainingError

    return (BackendError, ParamMismatchError, SafetensorsError, CheckpointError, ConfigError, DataFormatError,
            DatasetError, ChatError, TokenizerError, TrainingError, UsageError, BadFileError, OptimizerStateError,
            AmpError, DirectoryInUseError, NotADirectoryForUs)


# What the machine around us can make fail: each is the user's to fix, never a bug of ours.
ENVIRONMENT_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOENT, errno.EEXIST,
                      errno.EISDIR, errno.ENOTDIR, errno.ENAMETOOLONG, errno.ELOOP, errno.EFBIG, errno.EMFILE,
                      errno.ENFILE, errno.EIO, errno.EBUSY, errno.ETXTBSY, errno.ENOTEMPTY, errno.EXDEV, errno.ENXIO}
_FULL = "free some space and run again (a training run goes on from its last checkpoint with --resume)"
HINTS = {
    errno.ENOSPC: _FULL,
    errno.EDQUOT: _FULL,
    errno.EROFS: "choose a directory that can be written",
    errno.EACCES: "choose a directory that can be written, or fix its permissions",
}


def os_error_message(exc: OSError) -> str | None:
    """The one-line message for an OSError the user can fix, or None for one that is a bug."""
    if exc.errno is None:  # one of ours, raised with a message of its own
        return str(exc) if isinstance(exc, FileNotFoundError) else None
    if exc.errno not in ENVIRONMENT_ERRNOS:
        return None
    where = f": {exc.filename}" if exc.filename else ""
    hint = f"; {HINTS[exc.errno]}" if exc.errno in HINTS else ""
    return f"{(exc.strerror or os.strerror(exc.errno)).lower()}{where}{hint}"


class Parser(argparse.ArgumentParser):
    """argparse, with its complaints raised as UsageError (one line, like every other error)."""

    def error(self, message):
        raise UsageError(f"{message} (see `{self.prog} --help`)")


def number(kind, low=None, high=None, low_open=False, high_open=False):
    """An argparse type: an int or a finite float within [low, high] (low_open, high_open: strictly inside)."""

    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected {'an integer' if kind is int else 'a number'}, "
                                             f"got {text!r}") from None
        if not math.isfinite(value):
            raise argparse.ArgumentTypeError(f"must be a finite number, got {text}")
        if (low is not None and (value <= low if low_open else value < low)) or \
                (high is not None and (value >= high if high_open else value > high)):
            lo = "" if low is None else f"{'above' if low_open else 'at least'} {low}"
            hi = "" if high is None else f"{'below' if high_open else 'at most'} {high}"
            raise argparse.ArgumentTypeError(f"must be {' and '.join(x for x in (lo, hi) if x)}, got {text}")
        return value

    parse.__name__ = kind.__name__
    return parse


POSITIVE_INT, COUNT = number(int, 1), number(int, 0)


# ---------------------------------------------------------------- commands
def cmd_gradcheck(args) -> int:
    from minigrad.gradcheck import kernel_cases, run_table

    from .gradcheck_model import model_cases

    return run_table(kernel_cases() + model_cases())


def cmd_data(args) -> int:
    from .datagen import format_stats, write_dataset

    started = time.perf_counter()
    stats = write_dataset(args.out, samples=args.samples, eval_ratio=args.eval_ratio, seed=args.seed)
    print(format_stats(stats))
    wrote = "train.jsonl and eval.jsonl" if stats["eval"] else "train.jsonl (no eval set)"
    print(f"wrote {wrote} to {args.out} in {time.perf_counter() - started:.1f} s")
    return 0


def cmd_tokenizer(args) -> int:
    from .dirlock import DirectoryLock, remove_temp_files
    from .tokenizer import TokenizerError, train_from_data_dir

    out = args.out or os.path.join(args.data, "tokenizer.json")
    if not os.path.isdir(args.data):
        raise TokenizerError(f"no training data: {os.path.join(args.data, 'train.jsonl')} does not exist")
    out_dir = os.path.dirname(os.path.abspath(out))
    started = time.perf_counter()
    with DirectoryLock(out_dir, "guppy tokenizer", flag="--out", create=False):  # writable? before the training
        remove_temp_files(out_dir, [os.path.basename(out)])
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
    from .checkpoint import resume_config
    from .config import get_preset
    from .train import Trainer

    if args.resume:
        given = [flag for flag, value in (("--preset", args.preset), ("--lr", args.lr), ("--loss-on", args.loss_on),
                                          ("--overwrite", args.overwrite)) if value not in (None, False)]
        if given:
            raise UsageError(f"{given[0]} cannot be given with --resume: a resumed run keeps its own settings (only "
                             "--steps, --amp and the device may change); start a new run to change them")
    backend = _backend(args)
    if args.resume:
        config = resume_config(args.out)
    else:
        config = get_preset(args.preset or "cpu")
        if args.lr is not None:
            config = config.replace_train(lr=args.lr)
        if args.loss_on is not None:
            config = config.replace_train(loss_on=args.loss_on)
    if args.steps is not None:
        config = config.with_steps(args.steps)
    print(f"[guppy] preset {config.name}: {_param_count(config):,} parameters on {backend.device}", flush=True)
    if args.tf32:
        from minigrad.amp import enable_tf32

        print(f"[guppy] {enable_tf32(backend)}", flush=True)
    trainer = Trainer(config, args.data, args.out, backend, resume=args.resume, kernels=_kernels(backend, args.no_fused),
                      amp=args.amp, overwrite=args.overwrite)
    summary = trainer.train()
    print(f"trained {summary['steps']} steps in {summary['seconds']:.0f} s; best eval loss {summary['best_eval']:.4f}; run in {args.out}")
    return 0


def _param_count(config) -> int:
    from .config import count_params

    return count_params(config.model)


def cmd_chat(args) -> int:
    from .checkpoint import load_run
    from .generate import ChatError, reply
    from .tokenizer import TokenizerError

    backend = _backend(args)
    model, tokenizer, _ = load_run(args.checkpoint, backend)
    opts = dict(max_tokens=args.max_tokens, temperature=args.temperature, top_k=args.top_k, seed=args.seed)
    if args.prompt is not None:
        print(reply(model, tokenizer, args.prompt, **opts))
        return 0
    print("talk to the fish (type 'quit' to leave)")
    while True:  # a bad line gets a message and the next prompt; only the end of input or 'quit' ends it
        try:
            text = read_line("you> ")
            if text is None:
                print()
                return 0
            if text.strip().lower() in ("quit", "exit"):
                return 0
            print("guppy>", reply(model, tokenizer, text, **opts))
        except (ChatError, TokenizerError) as exc:
            print(f"guppy: {exc}", file=sys.stderr)
        except KeyboardInterrupt:
            print()
            return 0


def read_line(prompt: str) -> str | None:
    """One line typed at the REPL, or None at the end of input. The bytes are decoded here, strictly:
    a line that is not UTF-8 is a ChatError about that line alone (input() would end the REPL)."""
    from .generate import ChatError

    print(prompt, end="", flush=True)
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text-only stdin (an embedding program's)
        line = sys.stdin.readline()
        return line.rstrip("\r\n") if line else None
    raw = stream.readline()
    if not raw:
        return None
    try:
        return raw.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError as exc:
        raise ChatError(f"that line is not valid UTF-8 (byte {raw[exc.start]:#04x} at position {exc.start}); "
                        "type it again") from None


def cmd_eval(args) -> int:
    from .checkpoint import load_run
    from .evaluate import eval_run, format_report

    model, tokenizer, config = load_run(args.checkpoint, _backend(args))
    print(format_report(eval_run(model, tokenizer, config, args.data), show=args.show))
    return 0


def cmd_quickstart(args) -> int:
    from .quickstart import quickstart

    return quickstart(args)


# ---------------------------------------------------------------- parser
def build_parser() -> argparse.ArgumentParser:
    p = Parser(prog="guppy", description="A tiny fish-brained language model, every gradient by hand.")
    sub = p.add_subparsers(dest="command", required=True)

    def device_arg(sp):
        sp.add_argument("--device", choices=["auto", "cpu", "cuda"], default=None,
                        help="where to run (default: $GUPPY_DEVICE or auto: a GPU when CuPy can use one)")

    sp = sub.add_parser("gradcheck", help="float64 finite-difference check of every kernel and the whole model")
    sp.set_defaults(func=cmd_gradcheck)

    sp = sub.add_parser("data", help="generate the synthetic fish conversations")
    sp.add_argument("--out", default="data")
    sp.add_argument("--samples", type=number(int, 1, 100_000_000), default=60000)
    sp.add_argument("--eval-ratio", type=number(float, 0.0, 1.0, high_open=True), default=0.05, help="in [0, 1); 0: no eval set")
    sp.add_argument("--seed", type=COUNT, default=42)
    sp.set_defaults(func=cmd_data)

    sp = sub.add_parser("tokenizer", help="train the byte-level BPE tokenizer on DIR/train.jsonl")
    sp.add_argument("--data", default="data")
    sp.add_argument("--vocab-size", type=number(int, 259, 1 << 20), default=4096)
    sp.add_argument("--out", default=None, help="default: DIR/tokenizer.json")
    sp.set_defaults(func=cmd_tokenizer)

    sp = sub.add_parser("train", help="train a fish")
    sp.add_argument("--preset", default=None, help="guppy (full 8.7M model), cpu or tiny (default: cpu)")
    sp.add_argument("--data", default="data")
    sp.add_argument("--out", default="runs/fish")
    sp.add_argument("--steps", type=POSITIVE_INT, default=None)
    sp.add_argument("--lr", type=number(float, 0.0, 10.0, low_open=True), default=None)
    sp.add_argument("--loss-on", choices=["all", "reply"], default=None,
                    help="which targets the loss counts: every token, or the fish's reply only (default: the preset's)")
    sp.add_argument("--resume", action="store_true", help="continue the run in --out from its last checkpoint")
    sp.add_argument("--overwrite", action="store_true", help="start a new run in --out, deleting the run there")
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
    sp.add_argument("--temperature", type=number(float, 0.0, 100.0), default=0.7, help="0: greedy")
    sp.add_argument("--top-k", type=COUNT, default=50, help="0: no cut")
    sp.add_argument("--seed", type=COUNT, default=None)
    sp.add_argument("--max-tokens", type=number(int, 1, 1 << 16), default=64)
    device_arg(sp)
    sp.set_defaults(func=cmd_chat)

    sp = sub.add_parser("eval", help="eval loss and the personality eval of a run")
    sp.add_argument("--checkpoint", default="runs/fish")
    sp.add_argument("--data", default="data", help="directory with eval.jsonl ('' to skip the loss)")
    sp.add_argument("--show", type=COUNT, default=10, help="print this many sample replies")
    device_arg(sp)
    sp.set_defaults(func=cmd_eval)

    sp = sub.add_parser("quickstart", help="data -> tokenizer -> train -> chat, in one command")
    sp.add_argument("--workdir", default="guppy-quickstart", help="where data and the run go")
    sp.add_argument("--preset", default=None, help="default: guppy on a GPU, cpu on a CPU")
    sp.add_argument("--steps", type=POSITIVE_INT, default=None)
    sp.add_argument("--samples", type=number(int, 1, 100_000_000), default=60000)
    sp.add_argument("--no-fused", action="store_true")
    device_arg(sp)
    sp.set_defaults(func=cmd_quickstart)
    return p


def main(argv=None) -> int:
    with warnings.catch_warnings():
        warnings.showwarning = _show_warning
        return _main(argv)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """A warning is one line too (not the source line Python shows by default)."""
    print(f"guppy: warning: {message}", file=sys.stderr if file is None else file)


def _main(argv) -> int:
    try:
        args = build_parser().parse_args(argv)
        return args.func(args)
    except user_errors() as exc:
        return _fail(str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)
    except BrokenPipeError:  # the reader of our output went away (`guppy chat ... | head -1`): nobody to tell
        try:  # (and the flush at exit must not complain about it either)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 1
    except OSError as exc:
        message = os_error_message(exc)
        if message is None:
            raise
        return _fail(message)
    except KeyboardInterrupt:
        print("\nguppy: interrupted (a training run can continue with --resume)", file=sys.stderr)
        return 130


def _fail(message: str) -> int:
    print(f"guppy: error: {message}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
