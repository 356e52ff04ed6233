"""Torture, processes: a trainer killed with SIGKILL mid-step leaves no worker behind.

The trainer is started here, as a child of this test, and its worker is found by its
parent's pid (never by name: other guppy processes may run on the machine)."""

import os
import signal
import subprocess
import sys
import time

import pytest

from guppy.training.parallel import can_fork

pytestmark = pytest.mark.skipif(not can_fork(), reason="the workers are forked (Linux)")


def children_of(pid: int) -> list[int]:
    """The pids whose parent is pid (from /proc/*/stat; the 4th field, after the name in parentheses)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    """Running or sleeping: a zombie (dead, not yet reaped) counts as gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_a_killed_trainer_leaves_no_worker(data_copy, tmp_path):
    args = ["train", "--preset", "tiny", "--processes", "2", "--steps", "20000", "--data", data_copy]
    trainer = subprocess.Popen(
        [sys.executable, "-m", "guppy.cli", *args, "--out", str(tmp_path / "run")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "GUPPY_DEVICE": "cpu"},
    )
    workers = []
    try:
        seen = b""
        while b"step/s" not in seen and b"s/step" not in seen:  # the progress bar: the steps have begun
            chunk = trainer.stderr.read1(4096)
            assert chunk, f"the trainer ended before training: {seen.decode(errors='replace')}"
            seen = seen[-4096:] + chunk
        workers = children_of(trainer.pid)
        assert workers, "the trainer has no worker process"
        time.sleep(0.3)  # well inside the run's steps (each takes milliseconds)
        trainer.send_signal(signal.SIGKILL)
        trainer.wait()
        deadline = time.monotonic() + 1.0
        while any(alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        left = [w for w in workers if alive(w)]
        assert not left, f"worker(s) {left} outlived their trainer"
    finally:
        if trainer.poll() is None:
            trainer.kill()
            trainer.wait()
        for worker in workers:  # only these pids: the workers of the trainer this test started
            if alive(worker):
                os.kill(worker, signal.SIGKILL)
