"""What each `guppy` subcommand does; guppy/cli.py parses the flags and calls one of these.

Each cmd_<name>(args) takes the parsed flags and returns the exit status. What a command
runs on (backend, kernels, CPU processes) is chosen in guppy/machine.py, which
guppy/quickstart.py shares.
"""

from __future__ import annotations

import os
import sys
import time

from guppy.machine import backend_for, kernels_for, with_processes


class UsageError(ValueError):
    """A flag, or a combination of flags, that cannot be used."""


def cmd_gradcheck(args) -> int:
    if args.bugs:
        from guppy.gradcheck.gallery import run_gallery

        return run_gallery()
    from guppy.gradcheck.model import model_cases, model_summary
    from minigrad.gradcheck import run_table
    from minigrad.gradcheck_kernels import kernel_cases

    status = run_table(kernel_cases() + model_cases())
    print(model_summary())
    return status


def cmd_data(args) -> int:
    from guppy.data.dataset_files import write_dataset
    from guppy.data.generator import format_stats

    started = time.perf_counter()
    stats = write_dataset(args.out, samples=args.samples, eval_ratio=args.eval_ratio, seed=args.seed)
    print(format_stats(stats))
    wrote = "train.jsonl and eval.jsonl" if stats["eval"] else "train.jsonl (no eval set)"
    print(f"wrote {wrote} to {args.out} in {time.perf_counter() - started:.1f} s")
    return 0


def cmd_tokenizer(args) -> int:
    from guppy.dirlock import DirectoryLock, remove_temp_files
    from guppy.tokenizer.tokenizer import TokenizerError, train_from_data_dir
    from guppy.training.rundir import is_own_file

    out = args.out or os.path.join(args.data, "tokenizer.json")
    if not os.path.isdir(args.data):
        raise TokenizerError(f"no training data: {os.path.join(args.data, 'train.jsonl')} does not exist")
    out_dir = os.path.dirname(os.path.abspath(out))
    started = time.perf_counter()
    with DirectoryLock(out_dir, "guppy tokenizer", flag="--out", create=False):  # writable? before the training
        if os.path.lexists(out) and not is_own_file(out, "tokenizer.json"):  # replace only a tokenizer of ours
            raise TokenizerError(
                f"{out} is not a tokenizer file guppy wrote, and it would be replaced; "
                "move it away or choose another --out"
            )
        remove_temp_files(out_dir, [os.path.basename(out)])
        tok = train_from_data_dir(args.data, vocab_size=args.vocab_size, out_path=out, show_progress=True)
    print(f"tokenizer with {tok.vocab_size} tokens written to {out} in {time.perf_counter() - started:.1f} s")
    return 0


def cmd_train(args) -> int:
    from guppy.config import get_preset
    from guppy.training.checkpoint import resume_config
    from guppy.training.trainer import Trainer

    if args.resume:
        given = [
            flag
            for flag, value in (
                ("--preset", args.preset),
                ("--lr", args.lr),
                ("--seed", args.seed),
                ("--loss-on", args.loss_on),
                ("--overwrite", args.overwrite),
                ("--time-budget", args.time_budget),
            )
            if value not in (None, False)
        ]
        if given:
            raise UsageError(
                f"{given[0]} cannot be given with --resume: a resumed run keeps its own settings (only "
                "--steps, --amp and the device may change); start a new run to change them"
            )
    backend = backend_for(args)
    if args.resume:
        config = resume_config(args.out)
    else:
        config = get_preset(args.preset or "cpu")
        if args.lr is not None:
            config = config.replace_train(lr=args.lr)
        if args.loss_on is not None:
            config = config.replace_train(loss_on=args.loss_on)
        if args.seed is not None:
            config = config.replace_train(seed=args.seed)
    if args.steps is not None:
        config = config.with_steps(args.steps)
    if not args.resume:
        config = with_processes(config, backend, args.processes)
    print(f"[guppy] preset {config.name}: {_param_count(config):,} parameters on {backend.device}", flush=True)
    if args.tf32:
        from minigrad.amp import enable_tf32

        print(f"[guppy] {enable_tf32(backend)}", flush=True)
    if args.time_budget is not None and args.steps is not None:
        raise UsageError("give either --steps or --time-budget, not both")
    budget_s = None if args.time_budget is None else args.time_budget * 60
    with Trainer(
        config,
        args.data,
        args.out,
        backend,
        resume=args.resume,
        kernels=kernels_for(backend, args.no_fused),
        amp=args.amp,
        overwrite=args.overwrite,
        time_budget_s=budget_s,
        blas_threads=args.threads,
    ) as trainer:
        summary = trainer.train()
    print(
        f"trained {summary['steps']} steps in {summary['seconds']:.0f} s; "
        f"best eval loss {summary['best_eval']:.4f}; run in {args.out}"
    )
    return 0


def _param_count(config) -> int:
    from guppy.config import count_params

    return count_params(config.model)


def chosen_fish(args) -> tuple[str, str]:
    """(directory, what to call it): the run given with --checkpoint, else the shipped fish."""
    from guppy.fish import NAME, shipped_fish_dir
    from guppy.training.errors import CheckpointError

    if args.checkpoint is not None:
        return args.checkpoint, f"the run in {args.checkpoint}"
    fish = shipped_fish_dir()
    if fish is None:
        raise CheckpointError("this install has no shipped fish (guppy/fish); name a run with --checkpoint RUN")
    return fish, NAME


def cmd_chat(args) -> int:
    from guppy.generate import ChatError, reply
    from guppy.tokenizer.tokenizer import TokenizerError
    from guppy.training.checkpoint import load_run

    backend = backend_for(args)
    run_dir, name = chosen_fish(args)
    model, tokenizer, _ = load_run(run_dir, backend)
    opts = dict(max_tokens=args.max_tokens, temperature=args.temperature, top_k=args.top_k, seed=args.seed)
    if args.prompt is not None:
        answer = reply(model, tokenizer, args.prompt, **opts)
        print(f"guppy: talking to {name}", file=sys.stderr)  # stdout holds the reply alone
        print(answer)
        return 0
    print(f"talking to {name} (type 'quit' to leave)")
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
    from guppy.generate import ChatError

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
        raise ChatError(
            f"that line is not valid UTF-8 (byte {raw[exc.start]:#04x} at position {exc.start}); type it again"
        ) from None


def cmd_eval(args) -> int:
    from guppy.evaluation.report import eval_run, format_report
    from guppy.training.checkpoint import load_run

    run_dir, name = chosen_fish(args)
    model, tokenizer, config = load_run(run_dir, backend_for(args))
    data_dir = args.data
    if data_dir is None:  # not given: ./data when there is one, else the held-out prompts alone
        data_dir = "data" if os.path.isdir("data") else ""
    print(f"evaluating {name}" + ("" if data_dir else " (no data directory: no eval loss; --data DIR)"))
    print(format_report(eval_run(model, tokenizer, config, data_dir), show=args.show))
    return 0


def cmd_export_web(args) -> int:
    from guppy.web.export import export_web, format_summary

    run_dir, name = chosen_fish(args)
    print(f"exporting {name}")
    print(format_summary(export_web(run_dir, args.out, dtype=args.dtype)))
    return 0


def cmd_quickstart(args) -> int:
    from guppy.quickstart import quickstart

    return quickstart(args)
