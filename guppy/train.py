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

import json
import math
import os
import time
import weakref

import numpy as np
from tqdm import tqdm

from minigrad.amp import DynamicLossScaler, scaled_clip_and_step
from minigrad.atomic import atomic_write_text
from minigrad.backend import CPU, Backend, make_rng, to_numpy
from minigrad.cuda import fused_clip_and_step
from minigrad.memory import retain_freed_memory
from minigrad.optim import AdamW, clip_grad_norm_, lr_at
from minigrad.safetensors import load_file, load_metadata, save_file
from minigrad.threads import set_blas_threads

from . import checkpoint as ckpt
from .budget import measure_and_plan
from .config import Config
from .dataset import BucketBatcher, encode_conversations, eval_batches
from .datagen import load_jsonl
from .model import GuppyLM
from .parallel import DataParallel, slice_rows
from .plot import write_loss_svg
from .tokenizer import BPETokenizer


class TrainingError(RuntimeError):
    """Training cannot go on (a NaN loss, ...); the message says why in one line."""


AMP_MODES = ("off", "fp16")


def check_amp(amp: str, backend: Backend, allow_cpu: bool = False) -> str:
    """The mixed-precision mode, checked: 'off' or 'fp16' (fp16 needs a GPU unless allow_cpu)."""
    if amp not in AMP_MODES:
        raise TrainingError(f"--amp must be one of {', '.join(AMP_MODES)}, got {amp!r}")
    if amp == "fp16" and not backend.is_gpu and not allow_cpu:
        raise TrainingError("--amp fp16 needs a CUDA GPU (NumPy float16 is slower than float32 on a CPU); "
                            "drop --amp or use --device cuda")
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


def step_rng(xp, seed: int, step: int):
    """The dropout generator of one step: a function of (seed, step) alone, so resume is exact."""
    return make_rng(xp, seed * 1_000_003 + step)


def load_or_train_tokenizer(data_dir: str, vocab_size: int, quiet: bool = False) -> BPETokenizer:
    from .tokenizer import train_from_data_dir

    path = os.path.join(data_dir, "tokenizer.json")
    if os.path.isfile(path):
        tokenizer = BPETokenizer.load(path)
        if tokenizer.vocab_size <= vocab_size:
            return tokenizer
        path = os.path.join(data_dir, f"tokenizer-{vocab_size}.json")
        if os.path.isfile(path):
            return BPETokenizer.load(path)
    if not quiet:
        print(f"[guppy] training a {vocab_size}-token BPE tokenizer on {data_dir}/train.jsonl", flush=True)
    return train_from_data_dir(data_dir, vocab_size=vocab_size, out_path=path, show_progress=not quiet)


class Trainer:
    def __init__(self, config: Config, data_dir: str, run_dir: str, backend: Backend = CPU, resume: bool = False,
                 kernels=None, quiet: bool = False, amp: str | None = None, allow_cpu_amp: bool = False,
                 time_budget_s: float | None = None, blas_threads: int = 1):
        """amp: 'off', 'fp16', or None: off for a new run, the run's own mode on resume.
        allow_cpu_amp: let fp16 run on NumPy (slow; for tests).
        time_budget_s: choose the step count so that the run (from now) ends within this many
        seconds (guppy/budget.py); a resumed run keeps the count in its config.json.
        blas_threads: threads for NumPy's matrix products on a CPU (see minigrad/threads.py)."""
        started = time.perf_counter()
        self.config, self.run_dir, self.backend, self.quiet = config, run_dir, backend, quiet
        if amp is None:  # a new run computes in float32; a resumed run keeps its own precision
            has_state = resume and os.path.isfile(os.path.join(run_dir, "state.json"))
            amp = ckpt.read_state(run_dir).get("amp", "off") if has_state else "off"
        self.amp = check_amp(amp, backend, allow_cpu_amp)  # before the slow parts: fail fast
        m, t = config.model, config.train
        if not backend.is_gpu:
            retain_freed_memory()  # activations are reused step after step; see minigrad/memory.py
            set_blas_threads(blas_threads)
        os.makedirs(run_dir, exist_ok=True)
        train_samples = load_jsonl(os.path.join(data_dir, "train.jsonl"))
        eval_path = os.path.join(data_dir, "eval.jsonl")
        eval_samples = load_jsonl(eval_path) if os.path.isfile(eval_path) else []

        if resume:
            ckpt.check_run_dir(run_dir)
            self.tokenizer = BPETokenizer.load(os.path.join(run_dir, "tokenizer.json"))
        else:
            self.tokenizer = load_or_train_tokenizer(data_dir, m.vocab_size, quiet)
        ckpt.check_tokenizer_fits(self.tokenizer, config)

        self.train_seqs = encode_conversations(train_samples, self.tokenizer, m.max_seq_len, t.loss_on)
        self.eval_seqs = encode_conversations(eval_samples, self.tokenizer, m.max_seq_len, t.loss_on)
        if self.train_seqs.n_cut and not quiet:
            print(f"[guppy] {self.train_seqs.n_cut} conversations were longer than {m.max_seq_len} tokens and were cut",
                  flush=True)
        self.batcher = BucketBatcher(self.train_seqs, t.batch_size, t.seed, m.max_seq_len)

        compute_dtype = np.float16 if self.amp == "fp16" else None
        self.scaler = DynamicLossScaler(xp=backend.xp) if self.amp == "fp16" else None
        self.model = GuppyLM(m, backend, seed=t.seed, kernels=kernels, compute_dtype=compute_dtype)
        self.optimizer = AdamW(self.model.params, lr=t.lr, betas=(t.beta1, t.beta2), eps=t.eps,
                               weight_decay=t.weight_decay, decay_mask=self.model.params.decay_mask())
        self.parallel = None
        if t.processes > 1 and not backend.is_gpu:  # forked now: the workers inherit the model and the data
            self.parallel = DataParallel(t.processes, self.model.params, self._slice_loss_and_grad)
            weakref.finalize(self, self.parallel.close)
        self.step, self.best_eval, self.log = 0, math.inf, []
        self.plan, self.deadline = None, None
        if time_budget_s is not None and not resume:
            self.plan = measure_and_plan(self, time_budget_s, started)
            self.config = config = config.with_steps(self.plan.steps).replace_train(processes=self.plan.processes)
            self.deadline = started + time_budget_s
            if not quiet:
                print(f"[guppy] {self.plan.describe(time_budget_s)}", flush=True)
        if resume:
            self._resume()
        else:
            atomic_write_text(os.path.join(run_dir, "config.json"), config.to_json())
            self.tokenizer.save(os.path.join(run_dir, "tokenizer.json"))

    # ------------------------------------------------------------ checkpoints
    def _resume(self) -> None:
        state = ckpt.read_state(self.run_dir)
        step = int(state["step"])
        opt_path = os.path.join(self.run_dir, "optimizer.safetensors")
        weights_step = ckpt.load_weights(self.model, os.path.join(self.run_dir, "model.safetensors"))
        opt_step = int(load_metadata(opt_path).get("step", "-1"))
        if weights_step != step or opt_step != step:
            raise ckpt.CheckpointError(
                f"cannot resume: state.json says step {step} but the weights are from step {weights_step} "
                f"and the optimizer from step {opt_step}"
            )
        opt_state = load_file(opt_path)
        self.optimizer.load_state_dict(opt_state)
        if self.scaler is not None and "amp.scale" in opt_state:  # else: a float32 run goes on in fp16, fresh scale
            self.scaler.load_state_dict(opt_state)
        self.step, self.best_eval = step, float(state.get("best_eval", math.inf))
        log_path = os.path.join(self.run_dir, "log.jsonl")
        if os.path.isfile(log_path):
            with open(log_path, encoding="utf-8") as f:
                self.log = [row for row in map(json.loads, f) if row["step"] <= step]

    def save_checkpoint(self) -> None:
        run = self.run_dir
        opt_state = self.optimizer.state_dict()
        if self.scaler is not None:
            opt_state.update(self.scaler.state_dict())  # amp.scale, amp.good_steps, ... (minigrad/amp.py)
        save_file(opt_state, os.path.join(run, "optimizer.safetensors"), metadata={"step": str(self.step)})
        ckpt.save_weights(self.model, os.path.join(run, "model.safetensors"), self.step)
        atomic_write_text(os.path.join(run, "log.jsonl"), "".join(json.dumps(r) + "\n" for r in self.log))
        ckpt.write_state(run, {"step": self.step, "best_eval": self.best_eval, "preset": self.config.name, "amp": self.amp})

    def run_eval(self) -> float | None:
        if not self.eval_seqs.sequences:
            return None
        loss = evaluate_loss(self.model, self.eval_seqs, self.config.train.batch_size)
        if loss < self.best_eval:
            self.best_eval = loss
            ckpt.save_weights(self.model, os.path.join(self.run_dir, "model_best.safetensors"), self.step)
        return loss

    # ------------------------------------------------------------ the loop
    def train(self, stop_at: int | None = None) -> dict:
        """Train to the config's step count (or stop early at `stop_at`, as a kill would); returns a summary."""
        t = self.config.train
        total = t.steps
        until = min(stop_at or total, total)
        pending = []  # (step, loss on device, grad norm on device, target tokens) since the last read
        bar = tqdm(total=until, initial=self.step, disable=self.quiet, unit="step", dynamic_ncols=True)
        started, tokens_seen = time.perf_counter(), 0
        window_start, window_tokens = started, 0
        while self.step < until:
            if self.deadline is not None and time.perf_counter() > self.deadline:
                bar.write(f"[guppy] the time budget ran out at step {self.step} of {total} (this machine slowed "
                          "down); stopping here. --resume finishes the schedule")
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
                self.save_checkpoint()
        bar.close()
        write_loss_svg(self.log, os.path.join(self.run_dir, "loss.svg"))
        elapsed = time.perf_counter() - started
        return {"steps": self.step, "seconds": elapsed, "tokens": tokens_seen, "best_eval": self.best_eval,
                "final_loss": next((r["loss"] for r in reversed(self.log) if "loss" in r), None),
                "skipped_steps": next((r["skipped_steps"] for r in reversed(self.log) if "skipped_steps" in r), 0)}

    def train_step(self, step: int, lr: float):
        """One optimizer step on the batch of `step`; returns (loss, grad norm, counted tokens), not synced."""
        t, xp, model = self.config.train, self.backend.xp, self.model
        if self.parallel is not None:  # the batch split across CPU processes (guppy/parallel.py)
            loss, n_tokens = self.parallel.loss_and_grad(step)
        else:
            inputs, targets = self.batcher.batch(step)
            n_tokens = int((targets != 0).sum())
            dloss = 1.0 if self.scaler is None else self.scaler.scale  # the loss scale under --amp fp16
            loss = model.loss_and_grad(xp.asarray(inputs), targets, rng=step_rng(xp, t.seed, step), dloss=dloss)
        if self.scaler is not None:  # unscale, clip, skip on inf/NaN, update the scale: no host sync
            norm, _ = scaled_clip_and_step(self.optimizer, self.scaler, lr, t.grad_clip)
        elif self.backend.is_gpu:  # the same two updates as below, in 3 fused launches (minigrad/cuda)
            norm = fused_clip_and_step(self.optimizer, lr, t.grad_clip)
        else:
            norm = clip_grad_norm_(model.params.grad, t.grad_clip)
            self.optimizer.step(lr)
        return loss, norm, n_tokens

    def _slice_loss_and_grad(self, step: int, part: int):
        """Loss and gradients of one row slice of the batch of `step`, weighted for the batch mean (CPU).

        Returns (the slice's mean loss, its counted tokens); the gradients, scaled by
        n_slice / n_batch, are in this process's grad buffer (see guppy/parallel.py).
        """
        t = self.config.train
        inputs, targets = self.batcher.batch(step)
        rows = slice_rows(len(inputs), t.processes, part)
        n_batch, n = int((targets != 0).sum()), int((targets[rows] != 0).sum())
        rng = np.random.default_rng([t.seed, step, part])
        loss = self.model.loss_and_grad(inputs[rows], targets[rows], rng=rng, dloss=n / max(n_batch, 1))
        return loss, n

    def close(self) -> None:
        """Stop the worker processes, if any (they also stop when this process ends)."""
        if self.parallel is not None:
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
        row = {"step": self.step, "loss": mean_loss, "lr": lr, "grad_norm": float(finite.mean()) if finite.size else None,
               "tokens_per_s": tok_per_s}
        if self.scaler is not None:
            row["loss_scale"] = float(self.scaler.scale)
            row["skipped_steps"] = int(self.scaler.skipped_steps)
        self.log.append(row)
