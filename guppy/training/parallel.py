"""Data parallelism on the CPU cores: each training batch split across processes.

NumPy runs one core per process (one BLAS thread, see minigrad/threads.py), so a
2-core laptop would leave a core idle. Instead the batch of each step is cut into P
row slices; this process and P - 1 forked workers each run the forward and backward
of one slice at the same time, and the gradients are summed here before the clip and
the AdamW update. The processes meet once per step (not once per matrix product, as
BLAS threads do), so a busy core delays a step by a fraction, not by a scheduler slice
per product.

The arithmetic. With n_k the counted target tokens of slice k and N = sum_k n_k, the
batch loss is the mean over all of them:

    loss = (1 / N) sum_k n_k * loss_k,      loss_k = the mean over slice k
    grad = sum_k (n_k / N) * grad_k

so slice k runs its backward with dloss = n_k / N and the summed gradients are those of
the whole batch (to rounding). The parameters live in shared memory: the update made
here is what every worker reads at the next step. Each worker writes its gradients into
its own shared buffer. Slice k draws its dropout masks from a generator seeded by
(seed, step, k), so the run is a function of (seed, step, P) alone: P is part of the run's
config, and `--resume` continues with the same P.

Only on Linux and macOS-free CPUs with fork(): the workers are forked after the model
and the data are built, so they inherit them without copying or pickling.
"""

from __future__ import annotations

import ctypes
import mmap
import multiprocessing
import os
import signal
import sys

import numpy as np

PR_SET_PDEATHSIG = 1  # linux/prctl.h


class ParallelError(RuntimeError):
    """A worker process failed; the message carries its error in one line."""


def available_cores() -> int:
    """The number of CPU cores this process may run on (taskset and cgroup affinity respected)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def shared_zeros(n: int, dtype) -> np.ndarray:
    """A zeroed 1-D array in anonymous shared memory: forked children see the same bytes."""
    dtype = np.dtype(dtype)
    buf = mmap.mmap(-1, max(n * dtype.itemsize, 1))
    return np.frombuffer(buf, dtype=dtype, count=n)


def die_with_parent(parent_pid: int) -> None:
    """Make this (forked) process end as soon as its parent does, however the parent ends (kill -9 included).

    On Linux the kernel sends a parent-death signal (prctl PR_SET_PDEATHSIG); everywhere the
    pipe to the parent reaches its end once the parent is gone (the worker holds none of the
    parent's ends). A parent that died before the prctl is caught by its pid no longer being ours.
    """
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # no prctl (not Linux): the end of the pipe does it
        pass
    if os.getppid() != parent_pid:
        os._exit(0)


def slice_rows(batch_size: int, processes: int, part: int) -> slice:
    """The rows of a batch that process `part` of `processes` computes (sizes differ by at most 1)."""
    bounds = np.linspace(0, batch_size, processes + 1).round().astype(int)
    return slice(int(bounds[part]), int(bounds[part + 1]))


class DataParallel:
    """P - 1 forked workers plus this process, computing one batch's gradients together.

    loss_and_grad(step) returns (loss, counted tokens) of the batch of `step`, with the
    summed gradients in the model's grad buffer. `part_loss_and_grad(step, part, processes)`
    is the caller's step function, the one a single process runs on a whole batch: here it
    runs slice `part` of `processes` and returns (its loss, its counted tokens) (see
    Trainer.part_loss_and_grad). This class only hands out the slices and sums the gradients.
    """

    def __init__(self, processes: int, params, part_loss_and_grad, in_worker=None):
        """in_worker: called first in each worker (e.g. to close a file the worker must not hold)."""
        if processes < 2:
            raise ValueError(f"DataParallel needs at least 2 processes, got {processes}")
        if not can_fork():
            raise ParallelError("data parallelism needs fork() (Linux); train with --processes 1")
        self.params, self.run_part, self.in_worker = params, part_loss_and_grad, in_worker
        self.processes = processes
        params.rebind(data=shared_zeros(params.num_params, params.dtype))
        self.worker_grads = [shared_zeros(params.num_params, params.dtype) for _ in range(processes - 1)]
        ctx = multiprocessing.get_context("fork")
        self.conns, self.procs = [], []
        for part in range(1, processes):
            here, there = ctx.Pipe()
            proc = ctx.Process(
                target=self._worker, args=(there, part, here, os.getpid()), daemon=True, name=f"guppy-worker-{part}"
            )
            proc.start()
            there.close()
            self.conns.append(here)
            self.procs.append(proc)

    def _worker(self, conn, part: int, parents_end, parent_pid: int) -> None:
        """A worker's life: gradients of its slice, for every step it is sent, until told to stop."""
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
        die_with_parent(parent_pid)
        for end in (parents_end, *self.conns):  # the parent's ends (this pipe's, earlier workers'), forked along:
            end.close()  # held here, they would keep recv() from ever seeing the parent's end of the stream
        if self.in_worker is not None:
            self.in_worker()
        self.params.rebind(grad=self.worker_grads[part - 1])
        while True:
            try:
                step = conn.recv()
            except EOFError:  # the parent is gone
                return
            if step is None:
                return
            try:
                loss, n = self.run_part(step, part, self.processes)
                conn.send((float(loss), int(n)))
            except Exception as exc:  # reported to the parent, which raises it
                conn.send(("error", f"{type(exc).__name__}: {exc}"))

    def loss_and_grad(self, step: int):
        for conn in self.conns:
            conn.send(step)
        try:
            loss, n = self.run_part(step, 0, self.processes)
        finally:
            replies = [conn.recv() for conn in self.conns]  # always: the pipes must stay in step
        failed = [(k + 1, r[1]) for k, r in enumerate(replies) if r[0] == "error"]
        if failed:
            raise ParallelError(f"worker {failed[0][0]} failed: {failed[0][1]}")
        total_loss, total_n = float(loss) * n, n
        for grad, (part_loss, part_n) in zip(self.worker_grads, replies):
            self.params.grad += grad
            total_loss += part_loss * part_n
            total_n += part_n
        return np.asarray(total_loss / max(total_n, 1e-30), dtype=self.params.dtype), total_n

    def close(self) -> None:
        for conn in self.conns:
            try:
                conn.send(None)
            except (BrokenPipeError, OSError):
                pass
        for proc in self.procs:
            proc.join(timeout=5)
            if proc.is_alive():
                proc.terminate()
        self.conns, self.procs = [], []
