"""`guppy quickstart`: the whole pipeline in one command.

1. data        60,000 synthetic conversations (skipped when already there)
2. tokenizer   a 4,096-token byte-level BPE trained on them
3. train       the `guppy` preset on a GPU, the `cpu` preset on a CPU, for as many steps
               as fit in what the time budget leaves (guppy/training/budget.py)
4. talk        the fish answers a few questions, and the personality eval runs
"""

from __future__ import annotations

import os
import time

from guppy.machine import backend_for, kernels_for, with_processes

# What stage 4 may take after training: five replies, the 120-prompt personality eval and
# its topic judge take ~10 s on a 2-core laptop; the rest is room for a slower machine.
TALK_RESERVE_S = 30.0

SAMPLE_PROMPTS = ("hi guppy", "are you hungry", "what is the meaning of life", "do you like your tank", "what is money")


def quickstart(args) -> int:
    from guppy.config import get_preset
    from guppy.data.dataset_files import write_dataset
    from guppy.data.generator import format_stats
    from guppy.evaluation.report import format_report, personality_eval
    from guppy.generate import reply
    from guppy.training.run_data import load_or_train_tokenizer
    from guppy.training.rundir import has_checkpoint, stopped_before_first_checkpoint
    from guppy.training.trainer import Trainer

    started = time.perf_counter()
    backend = backend_for(args)
    preset = args.preset or ("guppy" if backend.is_gpu else "cpu")
    config = get_preset(preset)
    if args.seed is not None:
        config = config.replace_train(seed=args.seed)
    if args.steps is not None:
        config = config.with_steps(args.steps)
    config = with_processes(config, backend, args.processes)
    data_dir = os.path.join(args.workdir, "data")
    run_dir = os.path.join(args.workdir, f"run-{preset}")

    def stage(n, text):
        print(f"\n[{n}/4] {text}  (+{time.perf_counter() - started:.0f} s)", flush=True)

    stage(1, f"data: {args.samples:,} conversations in {data_dir}")
    if os.path.isfile(os.path.join(data_dir, "train.jsonl")):
        print("already there; delete the folder to make it again")
    else:
        print(format_stats(write_dataset(data_dir, samples=args.samples, seed=42)))

    stage(2, f"tokenizer: byte-level BPE, {config.model.vocab_size} tokens")
    tokenizer = load_or_train_tokenizer(data_dir, config.model.vocab_size)
    print(f"{tokenizer.vocab_size} tokens")

    resume = has_checkpoint(run_dir)
    budget_s = None
    if args.steps is None and not resume:
        budget_s = args.time_budget * 60 - (time.perf_counter() - started) - TALK_RESERVE_S
    length = f"{config.train.steps} steps" if budget_s is None else f"what fits in {budget_s / 60:.1f} min"
    stage(3, f"train: preset {preset} on {backend.device}, {length} -> {run_dir}")
    if resume:
        print("found an unfinished run there; resuming it")
    # a run stopped before its first checkpoint has nothing to keep: start it again
    restart = not resume and stopped_before_first_checkpoint(run_dir)
    with Trainer(
        config,
        data_dir,
        run_dir,
        backend,
        resume=resume,
        kernels=kernels_for(backend, args.no_fused),
        overwrite=restart,
        time_budget_s=budget_s,
        blas_threads=args.threads,
    ) as trainer:
        summary = trainer.train()
    print(
        f"{summary['steps']} steps in {summary['seconds']:.0f} s, "
        f"best eval loss {summary['best_eval']:.4f} (on {config.train.loss_on} tokens)"
    )

    stage(4, "talk to the fish")
    model = trainer.model
    for prompt in SAMPLE_PROMPTS:
        print(f"you>   {prompt}\nguppy> {reply(model, trainer.tokenizer, prompt, temperature=0.0)}")
    print()
    print(format_report(personality_eval(model, trainer.tokenizer)))
    print(f"\ndone in {time.perf_counter() - started:.0f} s. chat with it: guppy chat --checkpoint {run_dir}")
    print("talk to the real GuppyLM, trained and shipped with guppy: guppy chat")
    print(f"train the real one (an hour on 2 cores): guppy train --preset guppy --data {data_dir} --out runs/guppy")
    return 0
