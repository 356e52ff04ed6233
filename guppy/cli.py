"""The `guppy` command line: the flags of every subcommand, and one place for errors (guppy/commands.py runs them).

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
import warnings

from guppy import commands
from guppy.commands import UsageError


def user_errors() -> tuple:
    from guppy.config import ConfigError
    from guppy.data.dataset_files import DataFormatError, DatasetError
    from guppy.dirlock import DirectoryInUseError, NotADirectoryForUs
    from guppy.generate import ChatError
    from guppy.tokenizer.tokenizer import TokenizerError
    from guppy.training.checkpoint import CheckpointError
    from guppy.training.parallel import ParallelError
    from guppy.training.trainer import TrainingError
    from minigrad.amp import AmpError
    from minigrad.backend import BackendError
    from minigrad.optim import OptimizerStateError
    from minigrad.params import ParamMismatchError
    from minigrad.readfile import BadFileError
    from minigrad.safetensors import SafetensorsError

    return (
        BackendError,
        ParamMismatchError,
        SafetensorsError,
        CheckpointError,
        ConfigError,
        DataFormatError,
        DatasetError,
        ChatError,
        ParallelError,
        TokenizerError,
        TrainingError,
        UsageError,
        BadFileError,
        OptimizerStateError,
        AmpError,
        DirectoryInUseError,
        NotADirectoryForUs,
    )


# What the machine around us can make fail: each is the user's to fix, never a bug of ours.
ENVIRONMENT_ERRNOS = {
    errno.ENOSPC,
    errno.EDQUOT,
    errno.EROFS,
    errno.EACCES,
    errno.EPERM,
    errno.ENOENT,
    errno.EEXIST,
    errno.EISDIR,
    errno.ENOTDIR,
    errno.ENAMETOOLONG,
    errno.ELOOP,
    errno.EFBIG,
    errno.EMFILE,
    errno.ENFILE,
    errno.EIO,
    errno.EBUSY,
    errno.ETXTBSY,
    errno.ENOTEMPTY,
    errno.EXDEV,
    errno.ENXIO,
}
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
            raise argparse.ArgumentTypeError(
                f"expected {'an integer' if kind is int else 'a number'}, got {text!r}"
            ) from None
        if not math.isfinite(value):
            raise argparse.ArgumentTypeError(f"must be a finite number, got {text}")
        if (low is not None and (value <= low if low_open else value < low)) or (
            high is not None and (value >= high if high_open else value > high)
        ):
            lo = "" if low is None else f"{'above' if low_open else 'at least'} {low}"
            hi = "" if high is None else f"{'below' if high_open else 'at most'} {high}"
            raise argparse.ArgumentTypeError(f"must be {' and '.join(x for x in (lo, hi) if x)}, got {text}")
        return value

    parse.__name__ = kind.__name__
    return parse


POSITIVE_INT, COUNT = number(int, 1), number(int, 0)
MINUTES = number(float, 0.0, low_open=True)


# ---------------------------------------------------------------- parser
def build_parser() -> argparse.ArgumentParser:
    p = Parser(prog="guppy", description="A tiny fish-brained language model, every gradient by hand.")
    sub = p.add_subparsers(dest="command", required=True)

    def processes_arg(sp):
        sp.add_argument(
            "--processes",
            type=POSITIVE_INT,
            default=None,
            help="CPU processes that share each batch (default: one per core this command may use, "
            "up to 4; a resumed run keeps its own)",
        )

    def threads_arg(sp):
        sp.add_argument(
            "--threads",
            type=POSITIVE_INT,
            default=1,
            help="threads for NumPy's matrix products on a CPU (default 1: two threads slow down "
            "badly whenever another program holds a core)",
        )

    def seed_arg(sp):
        sp.add_argument(
            "--seed",
            type=number(int, 0, 2**63 - 1),
            default=None,
            help="the training seed: initial weights, batch order, dropout (default: the preset's)",
        )

    def checkpoint_arg(sp):
        sp.add_argument(
            "--checkpoint",
            default=None,
            metavar="RUN",
            help="a run directory (default: the shipped fish, the real GuppyLM installed with guppy)",
        )

    def device_arg(sp):
        sp.add_argument(
            "--device",
            choices=["auto", "cpu", "cuda"],
            default=None,
            help="where to run (default: $GUPPY_DEVICE or auto: a GPU when CuPy can use one)",
        )

    sp = sub.add_parser("gradcheck", help="float64 finite-difference check of every kernel and the whole model")
    sp.add_argument(
        "--bugs", action="store_true", help="plant subtle bugs one at a time and show which check catches each"
    )
    sp.set_defaults(func=commands.cmd_gradcheck)

    sp = sub.add_parser("data", help="generate the synthetic fish conversations")
    sp.add_argument("--out", default="data")
    sp.add_argument("--samples", type=number(int, 1, 100_000_000), default=60000)
    sp.add_argument(
        "--eval-ratio", type=number(float, 0.0, 1.0, high_open=True), default=0.05, help="in [0, 1); 0: no eval set"
    )
    sp.add_argument("--seed", type=COUNT, default=42)
    sp.set_defaults(func=commands.cmd_data)

    sp = sub.add_parser("tokenizer", help="train the byte-level BPE tokenizer on DIR/train.jsonl")
    sp.add_argument("--data", default="data")
    sp.add_argument("--vocab-size", type=number(int, 259, 1 << 20), default=4096)
    sp.add_argument("--out", default=None, help="default: DIR/tokenizer.json")
    sp.set_defaults(func=commands.cmd_tokenizer)

    sp = sub.add_parser("train", help="train a fish")
    sp.add_argument("--preset", default=None, help="guppy (full 8.7M model), cpu or tiny (default: cpu)")
    sp.add_argument("--data", default="data")
    sp.add_argument("--out", default="runs/fish")
    sp.add_argument("--steps", type=POSITIVE_INT, default=None, help="train exactly N steps (default: the preset's)")
    sp.add_argument(
        "--time-budget",
        type=MINUTES,
        default=None,
        metavar="MINUTES",
        help="measure this machine's step rate, then choose the step count so that the run ends "
        "within MINUTES (written to the run's config.json)",
    )
    threads_arg(sp)
    processes_arg(sp)
    sp.add_argument("--lr", type=number(float, 0.0, 10.0, low_open=True), default=None)
    seed_arg(sp)
    sp.add_argument(
        "--loss-on",
        choices=["all", "reply"],
        default=None,
        help="which targets the loss counts: every token, or the fish's reply only (default: the preset's)",
    )
    sp.add_argument("--resume", action="store_true", help="continue the run in --out from its last checkpoint")
    sp.add_argument("--overwrite", action="store_true", help="start a new run in --out, deleting the run there")
    sp.add_argument("--no-fused", action="store_true", help="use the array-module kernels even on a GPU")
    sp.add_argument(
        "--amp",
        choices=["off", "fp16"],
        default=None,
        help="mixed precision: fp16 computes in float16 on float32 master weights with dynamic loss "
        "scaling (GPU only; default off, or the run's own mode with --resume)",
    )
    sp.add_argument(
        "--tf32", action="store_true", help="let float32 matmuls use TF32 tensor cores (GPU; no effect on a CPU)"
    )
    device_arg(sp)
    sp.set_defaults(func=commands.cmd_train)

    sp = sub.add_parser("chat", help="talk to the fish: the shipped one, or a run of yours")
    checkpoint_arg(sp)
    sp.add_argument("--prompt", default=None, help="answer one message and exit (default: a REPL)")
    sp.add_argument("--temperature", type=number(float, 0.0, 100.0), default=0.7, help="0: greedy")
    sp.add_argument("--top-k", type=COUNT, default=50, help="0: no cut")
    sp.add_argument("--seed", type=COUNT, default=None)
    sp.add_argument("--max-tokens", type=number(int, 1, 1 << 16), default=64)
    device_arg(sp)
    sp.set_defaults(func=commands.cmd_chat)

    sp = sub.add_parser("eval", help="eval loss and the personality eval of a run")
    checkpoint_arg(sp)
    sp.add_argument(
        "--data", default=None, help="directory with eval.jsonl (default: ./data if it exists; '' skips the loss)"
    )
    sp.add_argument("--show", type=COUNT, default=10, help="print this many sample replies")
    device_arg(sp)
    sp.set_defaults(func=commands.cmd_eval)

    sp = sub.add_parser("export-web", help="write a static web page that chats with a trained fish in the browser")
    checkpoint_arg(sp)
    sp.add_argument("--out", required=True, help="the site's directory (serve it with python -m http.server -d DIR)")
    sp.add_argument(
        "--dtype",
        choices=["float32", "float16"],
        default="float32",
        help="how the weights are stored (float16 halves the download; the page computes in float32)",
    )
    sp.set_defaults(func=commands.cmd_export_web)

    sp = sub.add_parser("quickstart", help="data -> tokenizer -> train -> chat, in one command")
    sp.add_argument("--workdir", default="guppy-quickstart", help="where data and the run go")
    sp.add_argument("--preset", default=None, help="default: guppy on a GPU, cpu on a CPU")
    sp.add_argument(
        "--time-budget",
        type=MINUTES,
        default=9.0,
        metavar="MINUTES",
        help="the whole command ends within MINUTES: training gets what data, tokenizer and the "
        "final talk leave (default 9)",
    )
    sp.add_argument("--steps", type=POSITIVE_INT, default=None, help="train exactly N steps instead (no time budget)")
    threads_arg(sp)
    processes_arg(sp)
    sp.add_argument("--samples", type=number(int, 1, 100_000_000), default=60000)
    seed_arg(sp)
    sp.add_argument("--no-fused", action="store_true")
    device_arg(sp)
    sp.set_defaults(func=commands.cmd_quickstart)
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
