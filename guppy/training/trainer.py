"""The training loop: batches -> loss and gradients -> clip -> AdamW, with eval and checkpoints.

One step (see GuppyLM.loss_and_grad and minigrad.optim):

    lr    = warm-up + cosine schedule at this step
    loss  = forward(batch); backward()          (gradients into one flat buffer)
    norm  = global gradient norm; scale grads by min(1, clip / norm)
    AdamW update of the flat parameter buffer

The loss stays on the device and is read every `log_every` steps, so a GPU never
waits for the host inside a step. Data order and dropout masks depend only on
(seed, step), so `--resume` continues exactly: on the CPU an interrupted run ends
with the same weights as an uninterrupted one.

Mixed precision (`amp="fp16"`, GPU only unless a test allows the CPU): the model
computes in float16 on float32 master weights, the loss is multiplied by a dynamic
loss scale S, and `scaled_clip_and_step` unscales, clips, skips the step when the
scaled gradient overflowed and updates S, all on the device (minigrad/amp.py). The
log gains `loss_scale` and `skipped_steps`; S is saved in optimizer.safetensors.
"""

from __future__ import annotations

import math
import os
import time
import weakref

import numpy as np
from tqdm import tqdm

from guppy.config import Config, count_params, param_shapes
from guppy.data.dataset import eval_batches
from guppy.model import GuppyLM
from guppy.training import checkpoint as ckpt
from guppy.training import layout, rundir
from guppy.training.budget import measure_and_plan, steps_still_fitting
from guppy.training.errors import TrainingError
from guppy.training.parallel import DataParallel, slice_rows
from guppy.training.plot import write_loss_svg
from guppy.training.run_data import load_run_data
from guppy.training.weight_files import load_optimizer_file, load_weights, save_optimizer, save_weights
from minigrad.amp import DynamicLossScaler, scaled_clip_and_step
from minigrad.atomic import atomic_write_text
from minigrad.backend import CPU, Backend, make_rng, to_numpy
from minigrad.cuda import fused_clip_and_step
from minigrad.memory import retain_freed_memory
from minigrad.optim import AdamW, clip_grad_norm_, lr_at
from minigrad.params import ParamLayout
from minigrad.threads import set_blas_threads

AMP_MODES = ckpt.AMP_MODES  # (beside state.json, which records the mode)


def check_amp(amp: str, backend: Backend, allow_cpu: bool = False) -> str:
    """The mixed-precision mode, checked: 'off' or 'fp16' (fp16 needs a GPU unless allow_cpu)."""
    if amp not in AMP_MODES:
        raise TrainingError(f"--amp must be one of {', '.join(AMP_MODES)}, got {amp!r}")
    if amp == "fp16" and not backend.is_gpu and not allow_cpu:
        raise TrainingError(
            "--amp fp16 needs a CUDA GPU (NumPy float16 is slower than float32 on a CPU); "
            "drop --amp or use --device cuda"
        )
    return amp


def evaluate_loss(model: GuppyLM, encoded, batch_size: int) -> float:
    """Mean cross-entropy per counted target token over the whole evaluation set (no dropout)."""
    xp, total, count = model.xp, 0.0, 0
    for inputs, targets in eval_batches(encoded, batch_size, model.config.max_seq_len):
        n = int((targets != 0).sum())
        if n == 0:
            continue
        _, loss = model.forward(xp.asarray(inputs), targets, training=False)  # host targets: no sync
        total += float(loss) * n
        count += n
    return total / max(count, 1)


def dropout_rng(xp, seed: int, step: int, part: int):
    """The dropout generator of slice `part` of the batch of `step` (0 for a whole batch): a function of
    (seed, step, part) alone, so resume is exact."""
    return make_rng(xp, np.random.SeedSequence([seed, step, part]))


class Trainer:
    def __init__(
        self,
        config: Config,
        data_dir: str,
        run_dir: str,
        backend: Backend = CPU,
        resume: bool = False,
        kernels=None,
        quiet: bool = False,
        amp: str | None = None,
        allow_cpu_amp: bool = False,
        overwrite: bool = False,
        time_budget_s: float | None = None,
        blas_threads: int = 1,
    ):
        """amp: 'off', 'fp16', or None: off for a new run, the run's own mode on resume.
        allow_cpu_amp: let fp16 run on NumPy (slow; for tests). overwrite: start a new run even where
        run_dir holds one, deleting it (without it, that is refused). The trainer holds run_dir's lock
        until train() returns (or close()).
        time_budget_s: choose the step count so that the run (from now) ends within this many
        seconds (guppy/training/budget.py); a resumed run keeps the count in its config.json.
        blas_threads: threads for NumPy's matrix products on a CPU (see minigrad/threads.py)."""
        started = time.perf_counter()
        if resume and overwrite:
            raise TrainingError("--resume continues the run in --out and --overwrite deletes it; give one of them")
        self.config, self.run_dir, self.backend, self.quiet = config, run_dir, backend, quiet
        self.lock = rundir.lock_run(run_dir)  # one trainer per run; a directory that cannot be written fails here
        try:
            self._prepare(
                data_dir, resume, overwrite, kernels, amp, allow_cpu_amp, time_budget_s, blas_threads, started
            )
        except BaseException:
            self.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Stop the worker processes and give up the run directory's lock (train() gives up the lock)."""
        self.stop_workers()
        self.lock.release()

    def _prepare(
        self, data_dir, resume, overwrite, kernels, amp, allow_cpu_amp, time_budget_s, blas_threads, started
    ) -> None:
        config, backend, quiet = self.config, self.backend, self.quiet
        checkpoint = ckpt.open_checkpoint(self.run_dir) if resume else None  # all checked before anything is loaded
        rundir.refuse_foreign(self.run_dir)  # nothing guppy did not write is replaced or deleted
        if checkpoint is not None:
            checkpoint.check_config(config)
            # every file's names and shapes against the config, before the data or the model take any memory
            checkpoint.check_headers(
                ParamLayout(param_shapes(config.model)), count_params(config.model), DynamicLossScaler.STATE_KEYS
            )
        elif not overwrite:
            rundir.refuse_existing_run(self.run_dir)
        if amp is None:  # a new run computes in float32; a resumed run keeps its own precision
            amp = checkpoint.state["amp"] if checkpoint is not None else "off"
        self.amp = check_amp(amp, backend, allow_cpu_amp)  # before the slow parts: fail fast
        t = config.train
        if not backend.is_gpu:
            retain_freed_memory()  # activations are reused step after step; see minigrad/memory.py
            set_blas_threads(blas_threads)
        data = load_run_data(config, data_dir, checkpoint, quiet)
        config = self.config = data.config
        m = config.model
        self.tokenizer, self.data_sha = data.tokenizer, data.data_sha
        self.train_seqs, self.eval_seqs, self.batcher = data.train_seqs, data.eval_seqs, data.batcher

        compute_dtype = np.float16 if self.amp == "fp16" else None
        self.scaler = DynamicLossScaler(xp=backend.xp) if self.amp == "fp16" else None
        self.model = GuppyLM(m, backend, seed=t.seed, kernels=kernels, compute_dtype=compute_dtype)
        self.optimizer = AdamW(
            self.model.params,
            lr=t.lr,
            betas=(t.beta1, t.beta2),
            eps=t.eps,
            weight_decay=t.weight_decay,
            decay_mask=self.model.params.decay_mask(),
        )
        self.parallel = None
        if t.processes > 1 and not backend.is_gpu:  # forked now: the workers inherit the model and the data
            # a worker closes its copy of the run lock: the lock must end with this process, not outlive it
            self.parallel = DataParallel(
                t.processes, self.model.params, self.part_loss_and_grad, in_worker=self.lock.release
            )
            weakref.finalize(self, self.parallel.close)
        self.step, self.best_eval, self.log = 0, math.inf, []
        self._best_new = None  # (step, weights) of an eval record not yet in a checkpoint
        self._best_file = None  # the current checkpoint's model_best.safetensors
        self.plan, self.deadline = None, None
        if time_budget_s is not None and checkpoint is None:
            self.plan = measure_and_plan(self, time_budget_s, started)
            self.config = config = config.with_steps(self.plan.steps).replace_train(processes=self.plan.processes)
            self.deadline = started + time_budget_s
            if not quiet:
                print(f"[guppy] {self.plan.describe(time_budget_s)}", flush=True)
        if checkpoint is not None:
            self._resume(checkpoint)
        else:
            self._start_run(overwrite)

    # ------------------------------------------------------------ checkpoints
    def _start_run(self, overwrite: bool) -> None:
        """Write config.json and tokenizer.json of a new run (deleting the old run first with overwrite)."""
        if overwrite:
            rundir.clear_run(self.run_dir)
        else:
            rundir.tidy(self.run_dir)  # what a killed trainer left (only now: the command goes on)
        config_text, tokenizer_text = self.config.to_json(), self.tokenizer.to_json_text()
        atomic_write_text(os.path.join(self.run_dir, layout.CONFIG), config_text)
        atomic_write_text(os.path.join(self.run_dir, layout.TOKENIZER), tokenizer_text)
        self.hashes = {
            "config_sha256": layout.sha256_hex(config_text.encode()),
            "tokenizer_sha256": layout.sha256_hex(tokenizer_text.encode()),
        }
        self.run_id = layout.run_fingerprint(self.hashes["config_sha256"], self.hashes["tokenizer_sha256"])

    def _resume(self, checkpoint: ckpt.Checkpoint) -> None:
        self.hashes = {"config_sha256": checkpoint.files.config_sha, "tokenizer_sha256": checkpoint.files.tokenizer_sha}
        self.run_id = checkpoint.run_id
        rundir.tidy(self.run_dir)  # what a killed trainer left (only now: the command goes on)
        load_weights(self.model, checkpoint.path(layout.MODEL), checkpoint.run_id, checkpoint.step)
        opt_state = load_optimizer_file(checkpoint.path(layout.OPTIMIZER), checkpoint.step)
        self.optimizer.load_state_dict(opt_state)
        if self.scaler is not None and "amp.scale" in opt_state:  # else: a float32 run goes on in fp16, fresh scale
            self.scaler.load_state_dict(opt_state)
        self.step, self.best_eval = checkpoint.step, float(checkpoint.state["best_eval"])
        self.log = ckpt.read_log(checkpoint.directory, checkpoint.step)
        best = checkpoint.path(layout.BEST)
        self._best_file = best if os.path.isfile(best) else None

    def save_checkpoint(self) -> None:
        """Commit the state after self.step as one checkpoint (guppy/training/checkpoint.py: commit_checkpoint)."""
        opt_state = self.optimizer.state_dict()
        if self.scaler is not None:
            opt_state.update(self.scaler.state_dict())  # amp.scale, amp.good_steps, ... (minigrad/amp.py)
        weights, step, run_id, best_new, best_file = (
            self.model.params.state_dict(),
            self.step,
            self.run_id,
            self._best_new,
            self._best_file,
        )
        state = {
            "step": step,
            "steps": self.config.train.steps,
            "best_eval": self.best_eval,
            "preset": self.config.name,
            "amp": self.amp,
            "run": run_id,
            **self.hashes,
            "data_sha256": self.data_sha,
        }

        def write(folder):
            save_optimizer(opt_state, os.path.join(folder, layout.OPTIMIZER), step, run_id)
            save_weights(weights, os.path.join(folder, layout.MODEL), step, run_id)
            if best_new is not None:
                save_weights(best_new[1], os.path.join(folder, layout.BEST), best_new[0], run_id)
            elif best_file is not None:  # unchanged since the last checkpoint: the same file, no copy
                ckpt.link_or_copy(best_file, os.path.join(folder, layout.BEST))
            atomic_write_text(os.path.join(folder, layout.LOG), ckpt.log_text(self.log))
            ckpt.write_state(folder, state)

        folder = ckpt.commit_checkpoint(self.run_dir, step, write)
        if best_new is not None or best_file is not None:
            self._best_file, self._best_new = os.path.join(folder, layout.BEST), None

    def run_eval(self) -> float | None:
        if not self.eval_seqs.sequences:
            return None
        loss = evaluate_loss(self.model, self.eval_seqs, self.config.train.batch_size)
        if loss < self.best_eval:  # kept in memory; the next checkpoint writes it
            self.best_eval, self._best_new = loss, (self.step, self.model.params.state_dict())
        return loss

    # ------------------------------------------------------------ the loop
    def train(self, stop_at: int | None = None) -> dict:
        """Train to the config's step count (or stop early at `stop_at`, as a kill would); returns a summary."""
        if not self.lock.held:  # a second train() of this trainer
            self.lock = rundir.lock_run(self.run_dir)
        try:
            return self._train(stop_at)
        finally:
            if getattr(self, "_bar", None) is not None:
                self._bar.close()  # (an error then starts on a line of its own)
            self.lock.release()

    def _train(self, stop_at: int | None) -> dict:
        t = self.config.train
        total = t.steps
        until = min(stop_at or total, total)
        pending = []  # (step, loss on device, grad norm on device, target tokens) since the last read
        self._bar = bar = tqdm(total=until, initial=self.step, disable=self.quiet, unit="step", dynamic_ncols=True)
        started, tokens_seen = time.perf_counter(), 0
        window_start, window_tokens = started, 0
        interval_start = (self.step, started)  # for re-planning a budgeted run at each checkpoint
        while self.step < until:
            if self.deadline is not None and time.perf_counter() > self.deadline:
                bar.write(
                    f"[guppy] the time budget ran out at step {self.step} of {total} (this machine slowed "
                    "down); stopping here. --resume finishes the schedule"
                )
                self.save_checkpoint()
                break
            lr = lr_at(self.step, t.lr, t.warmup_steps, total, t.min_lr)
            loss, norm, n_tokens = self.train_step(self.step, lr)
            pending.append((self.step, loss, norm, n_tokens))
            self.step += 1
            bar.update(1)
            window_tokens += n_tokens
            tokens_seen += n_tokens

            last = self.step == until
            if self.step % t.log_every == 0 or last:
                now = time.perf_counter()
                tok_per_s = window_tokens / max(now - window_start, 1e-9)
                self._record(pending, lr, tok_per_s)
                extra = {} if self.scaler is None else {"scale": f"{self.log[-1]['loss_scale']:.0f}"}
                bar.set_postfix(loss=f"{self.log[-1]['loss']:.3f}", lr=f"{lr:.2e}", tok_s=f"{tok_per_s:,.0f}", **extra)
                pending, window_start, window_tokens = [], now, 0
            if self.step % t.eval_every == 0 or last:
                eval_loss = self.run_eval()
                if eval_loss is not None:
                    self.log.append({"step": self.step, "eval_loss": eval_loss})
                    bar.write(f"step {self.step}: eval loss {eval_loss:.4f}")
            if self.step % t.checkpoint_every == 0 or last:
                if self.deadline is not None and not last:
                    total = self._replan(total, interval_start, bar)
                    t, until = self.config.train, min(stop_at or total, total)
                    interval_start = (self.step, time.perf_counter())
                self.save_checkpoint()
        bar.close()
        write_loss_svg(self.log, os.path.join(self.run_dir, "loss.svg"))
        elapsed = time.perf_counter() - started
        return {
            "steps": self.step,
            "seconds": elapsed,
            "tokens": tokens_seen,
            "best_eval": self.best_eval,
            "final_loss": next((r["loss"] for r in reversed(self.log) if "loss" in r), None),
            "skipped_steps": next((r["skipped_steps"] for r in reversed(self.log) if "skipped_steps" in r), 0),
        }

    def _replan(self, total: int, interval_start: tuple[int, float], bar) -> int:
        """A budgeted run fits its schedule to its pace (guppy/training/budget.py: steps_still_fitting)."""
        new_total = steps_still_fitting(total, self.step, interval_start, time.perf_counter(), self.deadline)
        if new_total != total:
            how = "slower now" if new_total < total else "faster than planned"
            bar.write(
                f"[guppy] this machine is {how}: the schedule ends at step {new_total:,} instead of "
                f"{total:,}, inside the time budget"
            )
            self.config = self.config.replace_train(steps=new_total)
            bar.total = new_total
        return new_total

    def train_step(self, step: int, lr: float):
        """One optimizer step on the batch of `step`; returns (loss, grad norm, counted tokens), not synced."""
        t = self.config.train
        if self.parallel is not None:  # the batch split across CPU processes (guppy/training/parallel.py)
            loss, n_tokens = self.parallel.loss_and_grad(step)
        else:
            loss, n_tokens = self.part_loss_and_grad(step, 0, 1)
        if self.scaler is not None:  # unscale, clip, skip on inf/NaN, update the scale: no host sync
            norm, _ = scaled_clip_and_step(self.optimizer, self.scaler, lr, t.grad_clip)
        elif self.backend.is_gpu:  # the same two updates as below, in 3 fused launches (minigrad/cuda)
            norm = fused_clip_and_step(self.optimizer, lr, t.grad_clip)
        else:
            norm = clip_grad_norm_(self.model.params.grad, t.grad_clip)
            self.optimizer.step(lr)
        return loss, norm, n_tokens

    def part_loss_and_grad(self, step: int, part: int, processes: int):
        """Loss and gradients of slice `part` of `processes` of the batch of `step` (0 of 1: the whole batch).

        The one step function: this process runs it on the whole batch, or each of `processes`
        processes on its slice (guppy/training/parallel.py). Returns (the slice's mean loss, its
        counted target tokens n); the gradients, scaled by n / N (N: the whole batch's counted
        tokens) and by the loss scale under --amp fp16, are in this process's grad buffer.
        """
        t, xp = self.config.train, self.backend.xp
        inputs, targets = self.batcher.batch(step)
        rows = slice_rows(len(inputs), processes, part)
        n_batch, n = int((targets != 0).sum()), int((targets[rows] != 0).sum())
        dloss = n / n_batch if n_batch else 1.0  # the slice's share of the batch mean
        if self.scaler is not None:
            dloss = self.scaler.scale * dloss
        rng = dropout_rng(xp, t.seed, step, part)
        loss = self.model.loss_and_grad(xp.asarray(inputs[rows]), targets[rows], rng=rng, dloss=dloss)
        return loss, n

    def stop_workers(self) -> None:
        """Stop the worker processes, if any (they also stop when this process ends)."""
        if getattr(self, "parallel", None) is not None:
            self.parallel.close()
            self.parallel = None

    def _record(self, pending, lr, tok_per_s) -> None:
        """Read the pending losses from the device (one transfer) and stop on the first NaN."""
        xp = self.backend.xp
        losses = to_numpy(xp.stack([p[1] for p in pending])).astype(np.float64)
        norms = to_numpy(xp.stack([p[2] for p in pending])).astype(np.float64)
        for (step, *_), loss in zip(pending, losses):
            if not np.isfinite(loss):
                raise TrainingError(f"the loss became {loss} at step {step + 1}; training stopped (try a lower --lr)")
        tokens = sum(p[3] for p in pending)
        mean_loss = float((losses * [p[3] for p in pending]).sum() / max(tokens, 1))
        finite = norms[np.isfinite(norms)]  # under --amp, a skipped step's norm is inf or NaN
        row = {
            "step": self.step,
            "loss": mean_loss,
            "lr": lr,
            "grad_norm": float(finite.mean()) if finite.size else None,
            "tokens_per_s": tok_per_s,
        }
        if self.scaler is not None:
            row["loss_scale"] = float(self.scaler.scale)
            row["skipped_steps"] = int(self.scaler.skipped_steps)
        self.log.append(row)
