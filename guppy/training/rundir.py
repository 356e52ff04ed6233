"""The rules for a run directory (--out): one trainer at a time, and a run is never overwritten by accident.

    guppy train --out RUN              RUN must not hold a run yet (absent or empty is fine)
    guppy train --out RUN --resume     RUN's current checkpoint goes on (guppy/training/checkpoint.py checks it)
    guppy train --out RUN --overwrite  RUN's run is deleted, deliberately, and a new one starts

The trainer holds RUN's lock (guppy/dirlock.py) from before its first read to its last
write. Under the lock it tidies up what a killed trainer left: temporary files of atomic
writes, half-written checkpoint folders, and checkpoint folders `latest` does not name.
"""

from __future__ import annotations

import os

from guppy.dirlock import DirectoryLock, remove_temp_files
from guppy.training import checkpoint as ckpt
from minigrad.atomic import fsync_directory

# Top-level names that make a directory a run (the old single-folder layout's included).
RUN_FILES = (ckpt.CONFIG, ckpt.TOKENIZER, ckpt.POINTER, *ckpt.CHECKPOINT_FILES, "loss.svg")


def lock_run(run_dir: str) -> DirectoryLock:
    return DirectoryLock(run_dir, "guppy train", flag="--out")


def holds_run(run_dir: str) -> bool:
    if not os.path.isdir(run_dir):
        return False
    return any(os.path.lexists(os.path.join(run_dir, name)) for name in RUN_FILES) or bool(
        ckpt.checkpoint_folders(run_dir)
    )


def has_checkpoint(run_dir: str) -> bool:
    return os.path.isfile(os.path.join(run_dir, ckpt.POINTER))


def describe(run_dir: str) -> str:
    """A few words on the run in run_dir, for messages."""
    if ckpt.is_legacy(run_dir):
        return "written by an older guppy"
    try:
        directory = ckpt.read_pointer(run_dir)
        if directory is None:
            return "stopped before its first checkpoint"
        state = ckpt.read_state(directory)
        return f"at step {state['step']:,} of {state['steps']:,}"
    except (ckpt.CheckpointError, ValueError, OSError):
        return "with a damaged checkpoint"


def refuse_existing_run(run_dir: str) -> None:
    """A new run may only start where no run is: the one there is never overwritten without --overwrite."""
    if holds_run(run_dir):
        raise ckpt.CheckpointError(
            f"{run_dir} already holds a run ({describe(run_dir)}); continue it with --resume, "
            "or start over with --overwrite (deletes it), or choose another --out"
        )


def clear_run(run_dir: str) -> None:
    """Delete the run in run_dir (under its lock). The pointer goes first, so a kill midway leaves no
    checkpoint that could be resumed with half its run gone."""
    pointer = os.path.join(run_dir, ckpt.POINTER)
    if os.path.lexists(pointer):
        os.unlink(pointer)
        fsync_directory(run_dir)
    ckpt.remove_other_checkpoints(run_dir, keep=None)
    for name in RUN_FILES:
        path = os.path.join(run_dir, name)
        if os.path.lexists(path):
            os.unlink(path)
    remove_temp_files(run_dir, RUN_FILES)


def tidy(run_dir: str) -> list[str]:
    """Remove what a killed trainer left (under the lock); returns the names removed."""
    removed = remove_temp_files(run_dir, RUN_FILES)
    try:
        keep = ckpt.read_pointer(run_dir)
    except ckpt.CheckpointError:
        return removed  # a damaged pointer: leave every folder for the error that follows to talk about
    return removed + ckpt.remove_other_checkpoints(run_dir, keep=os.path.basename(keep) if keep else None)
