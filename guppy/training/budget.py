"""Training to a time budget: measure the step rate on real batches, then fix the schedule.

The warm-up + cosine schedule needs its length before the first step, but a step's
cost depends on the machine (and on what else runs on it). So a budgeted run first
times a few full training steps on batches drawn from across the epoch (their widths
vary: the batches are bucketed by length), and times the evaluation on a sample of the
eval batches; then it chooses the step count N so that

    N * step_s + (N / eval_every + 1) * eval_s + (N / checkpoint_every + 1) * save_s  <=  SAFETY * budget_left

(every eval_every steps and once at the end the trainer evaluates; likewise for the
checkpoints, whose cost is estimated by writing the weights three times over: weights
plus AdamW's two moments). The probe steps change nothing: the weights and the
optimizer state are restored afterwards, so the run is the same as `guppy train --steps N`.
With worker processes (guppy/training/parallel.py) each probe batch is also run whole in this
process alone; the workers are kept only where they make a step clearly faster, which
they do not when other programs hold the cores. The chosen N (and process count) goes
into the run's config.json, which is what makes `--resume` exact. SAFETY leaves room for checkpoints, the
scatter of step times, and a machine that slows down a little. At each checkpoint the
trainer fits the schedule to the pace of the last interval (steps_still_fitting), and it
stops at the deadline if the machine slows down a lot (see Trainer.train).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from dataclasses import dataclass

import numpy as np

from guppy.data.dataset import eval_batches
from guppy.training.errors import TrainingError
from minigrad.backend import to_numpy
from minigrad.safetensors import save_file

SAFETY = 0.93
PROBE_STEPS = 12  # timed; two more before them warm the allocator and the caches up
MIN_STEPS = 10
REPLAN_SLACK = 0.02  # see steps_still_fitting
PARALLEL_GAIN = 0.9  # split batches are kept when they take under 90% of a whole batch's time


@dataclass(frozen=True)
class Plan:
    steps: int
    warmup_steps: int
    processes: int  # CPU processes sharing each batch: kept only where the probe found them faster
    step_s: float  # median seconds per training step on the probe batches
    eval_s: float  # seconds for one pass over the eval set (estimated from a sample)
    save_s: float  # seconds for one checkpoint (estimated)
    probe_s: float  # what the measurement itself took

    def describe(self, budget_s: float) -> str:
        return (
            f"time budget {budget_s / 60:.1f} min: measured {1 / self.step_s:.1f} steps/s "
            f"({self.step_s * 1e3:.0f} ms/step on {PROBE_STEPS} real batches, {self.processes} process(es)), "
            f"eval pass {self.eval_s:.1f} s "
            f"-> {self.steps:,} steps, warm-up {self.warmup_steps} (written to config.json)"
        )


def steps_for_budget(
    seconds: float, step_s: float, eval_s: float, eval_every: int, save_s: float = 0.0, checkpoint_every: int = 1
) -> int:
    """The largest N that fits the inequality of the module docstring."""
    n = (SAFETY * seconds - eval_s - save_s) / (step_s + eval_s / eval_every + save_s / checkpoint_every)
    return max(int(n), 0)


def steps_still_fitting(total: int, step: int, interval_start: tuple[int, float], now: float, deadline: float) -> int:
    """The schedule's length (now `total`) for a run at `step` whose last interval began at interval_start.

    The pace of that interval (steps, evals and checkpoints alike) decides how many more
    steps fit before the deadline, with the same SAFETY as the plan. The length follows
    the pace both ways: shorter when the machine slows down, longer when it runs faster
    than the probe measured (a probe or a slow spell that met a busy moment would
    otherwise leave the rest of the budget unused); always at least one more step. A
    change within REPLAN_SLACK of `total` is not made: the pace of one interval wobbles by
    that much, and SAFETY and the deadline stop cover it. The trainer asks at each
    checkpoint, just before saving it, so the new length is saved with it.
    """
    first_step, first_time = interval_start
    per_step = (now - first_time) / max(step - first_step, 1)
    fits = max(step + int(SAFETY * (deadline - now) / per_step), step + 1)
    return total if abs(fits - total) <= REPLAN_SLACK * total else fits


def measure_and_plan(trainer, budget_s: float, started: float) -> Plan:
    """Time real steps and eval batches on `trainer`, restore its state, and choose the step count.

    budget_s counts from `started` (a time.perf_counter() value): whatever ran before the
    probe (loading and encoding the data) and the probe itself come out of the budget.
    """
    probe_started = time.perf_counter()
    sync = trainer.backend.synchronize
    saved = _snapshot(trainer)
    per_epoch = trainer.batcher.batches_per_epoch
    picks = np.linspace(0, per_epoch - 1, PROBE_STEPS + 2).astype(int)
    workers = trainer.parallel
    times = {"split": [], "whole": []}
    for i, step in enumerate(picks):
        # With worker processes, each probe batch runs both split and whole, one after the
        # other, so a load that comes and goes weighs on both alike.
        for mode in ("split", "whole") if workers is not None else ("whole",):
            trainer.parallel = workers if mode == "split" else None
            sync()
            t0 = time.perf_counter()
            trainer.train_step(int(step), lr=0.0)
            sync()
            if i >= 2:
                times[mode].append(time.perf_counter() - t0)
    trainer.parallel = workers
    _restore(trainer, saved)
    step_s = statistics.median(times["whole"])
    processes = trainer.config.train.processes
    if workers is not None:
        split_s = statistics.median(times["split"])
        if split_s < PARALLEL_GAIN * step_s:
            step_s = split_s
        else:  # the other cores are busy (or too few): one process holds up better
            trainer.stop_workers()
            processes = 1
    eval_s = _time_eval(trainer, sync)
    save_s = _time_save(trainer)

    t = trainer.config.train
    left = budget_s - (time.perf_counter() - started)
    steps = steps_for_budget(left, step_s, eval_s, t.eval_every, save_s, t.checkpoint_every)
    if steps < MIN_STEPS:
        raise TrainingError(
            f"a time budget of {budget_s / 60:.1f} min leaves room for only {steps} steps at "
            f"{step_s * 1e3:.0f} ms/step here; give a larger --time-budget"
        )
    config = trainer.config.with_steps(steps)
    return Plan(
        steps, config.train.warmup_steps, processes, step_s, eval_s, save_s, time.perf_counter() - probe_started
    )


def _time_eval(trainer, sync, stride: int = 8) -> float:
    """One eval pass, estimated from every stride-th eval batch (sorted by length, so a fair sample)."""
    if not trainer.eval_seqs.sequences:
        return 0.0
    batches = list(eval_batches(trainer.eval_seqs, trainer.config.train.batch_size, trainer.config.model.max_seq_len))
    xp = trainer.backend.xp
    sync()
    t0 = time.perf_counter()
    for inputs, targets in batches[::stride]:
        trainer.model.forward(xp.asarray(inputs), targets, training=False)
    sync()
    return (time.perf_counter() - t0) * len(batches) / len(batches[::stride])


def _time_save(trainer) -> float:
    """Seconds to write a checkpoint's worth of bytes (weights, m and v) into the run directory."""
    data = to_numpy(trainer.model.params.data)
    fd, path = tempfile.mkstemp(prefix=".budget-probe.", suffix=".safetensors", dir=trainer.run_dir)  # a new name
    os.close(fd)
    t0 = time.perf_counter()
    try:
        save_file({"a": data, "b": data, "c": data}, path)
    finally:
        os.remove(path)
    return time.perf_counter() - t0


def _snapshot(trainer) -> dict:
    opt = trainer.optimizer
    state = {"params": trainer.model.params.data.copy(), "m": opt.m.copy(), "v": opt.v.copy(), "t": opt.t}
    if trainer.scaler is not None:
        state["scaler"] = {k: v.copy() for k, v in trainer.scaler.state_dict().items()}
    return state


def _restore(trainer, state: dict) -> None:
    opt = trainer.optimizer
    trainer.model.params.data[...] = state["params"]
    opt.m[...], opt.v[...], opt.t = state["m"], state["v"], state["t"]
    if "scaler" in state:
        trainer.scaler.load_state_dict(state["scaler"])
    trainer.model.params.zero_grad()
