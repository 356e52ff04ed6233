"""The rules for a run directory (--out): one trainer at a time, a run never overwritten by accident,
and nothing deleted or replaced that guppy did not write.

    guppy train --out RUN              RUN must not hold a run yet (absent or empty is fine)
    guppy train --out RUN --resume     RUN's current checkpoint goes on (guppy/training/checkpoint.py checks it)
    guppy train --out RUN --overwrite  RUN's run is deleted, deliberately, and a new one starts

The trainer holds RUN's lock (guppy/dirlock.py) from before its first read to its last
write. Before anything else it refuses a RUN that holds, under a name guppy writes, something
guppy cannot recognise as its own (refuse_foreign): a user's `ckpt-000123/` folder or
`config.json` is never deleted, replaced or mixed into a run. Only once the command has decided
to go on does it tidy up what a killed trainer left: temporary files of atomic writes,
half-written checkpoint folders, and checkpoint folders `latest` does not name, each checked
to be this run's own (ownership.is_own_checkpoint).
"""

from __future__ import annotations

import os
import stat

from guppy.dirlock import DirectoryLock, remove_temp_files
from guppy.tokenizer.tokenizer import BPETokenizer
from guppy.training import checkpoint as ckpt
from guppy.training import layout
from guppy.training import ownership as own
from guppy.training.plot import SVG_TITLE
from minigrad.atomic import fsync_directory
from minigrad.readfile import MIB, parse_json, read_capped
from minigrad.safetensors import read_header

# Top-level names that make a directory a run (the old single-folder layout's included).
RUN_FILES = (layout.CONFIG, layout.TOKENIZER, layout.POINTER, *layout.CHECKPOINT_FILES, "loss.svg")


def lock_run(run_dir: str) -> DirectoryLock:
    return DirectoryLock(run_dir, "guppy train", flag="--out")


def holds_run(run_dir: str) -> bool:
    if not os.path.isdir(run_dir):
        return False
    return any(os.path.lexists(os.path.join(run_dir, name)) for name in RUN_FILES) or bool(
        layout.checkpoint_folders(run_dir)
    )


def has_checkpoint(run_dir: str) -> bool:
    return os.path.isfile(os.path.join(run_dir, layout.POINTER))


def stopped_before_first_checkpoint(run_dir: str) -> bool:
    """A run that has nothing to keep: no `latest`, no complete checkpoint folder of its own, not the old layout."""
    return (
        holds_run(run_dir)
        and not has_checkpoint(run_dir)
        and not ckpt.is_legacy(run_dir)
        and not own.unnamed_checkpoints(run_dir)
    )


def describe(run_dir: str) -> str:
    """A few words on the run in run_dir, for messages."""
    if ckpt.is_legacy(run_dir):
        return "written by an older guppy"
    try:
        directory = ckpt.read_pointer(run_dir)
        if directory is None:
            unnamed = own.unnamed_checkpoints(run_dir)
            if unnamed:
                return f"its `latest` pointer is missing, but {unnamed[-1]} is there: write that name into latest"
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


# ---------------------------------------------------------------- what guppy wrote
def _tokenizer(path: str) -> bool:
    from guppy.tokenizer.hf_json import TOKENIZER_LIMIT

    BPETokenizer.from_json_bytes(read_capped(path, TOKENIZER_LIMIT), path)
    return True


def _tensor_names(path: str) -> set:
    return set(read_header(path)[1])


# How guppy recognises each file it writes at the top of a run directory (the old layout's included).
RECOGNISE = {
    layout.CONFIG: lambda path: ckpt.parse_config(read_capped(path, layout.CONFIG_LIMIT), path) is not None,
    layout.TOKENIZER: _tokenizer,
    layout.POINTER: lambda path: layout.CHECKPOINT_RE.fullmatch(
        read_capped(path, layout.POINTER_LIMIT).decode().strip()
    ),
    layout.MODEL: lambda path: "tok_emb.weight" in _tensor_names(path),
    layout.BEST: lambda path: "tok_emb.weight" in _tensor_names(path),
    layout.OPTIMIZER: lambda path: {"m", "v"} <= _tensor_names(path),
    layout.STATE: lambda path: "step" in parse_json(read_capped(path, layout.STATE_LIMIT), path),
    layout.LOG: lambda path: ckpt.read_log(os.path.dirname(path), ckpt.MAX_STEPS) is not None,
    "loss.svg": lambda path: SVG_TITLE.encode() in read_capped(path, 16 * MIB),
}


def is_own_file(path: str, name: str) -> bool:
    """Whether path, a top-level file of a run directory named `name`, is one guppy wrote (a regular file that
    reads as what guppy writes under that name)."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode) and bool(RECOGNISE[name](path))
    except (OSError, ValueError, TypeError, ckpt.CheckpointError):
        return False


def foreign_entries(run_dir: str) -> list[str]:
    """Names in run_dir that guppy writes or deletes, held by something guppy did not write."""
    if not os.path.isdir(run_dir):
        return []
    run_id = own.records_id(run_dir)
    found = [
        name
        for name in RUN_FILES
        if os.path.lexists(os.path.join(run_dir, name)) and not is_own_file(os.path.join(run_dir, name), name)
    ]
    return found + [e for e in layout.checkpoint_names(run_dir) if not own.is_own_checkpoint(run_dir, e, run_id)]


def refuse_foreign(run_dir: str) -> None:
    """Refuse, before any write, a run directory where guppy would replace or delete what it did not write."""
    found = foreign_entries(run_dir)
    if found:
        what = "a checkpoint folder guppy writes" if found[0] not in RUN_FILES else f"the {found[0]} of a guppy run"
        raise own.not_ours(os.path.join(run_dir, found[0]), what)


def clear_run(run_dir: str) -> None:
    """Delete the run in run_dir (under its lock, after refuse_foreign). The pointer goes first, so a kill
    midway leaves no checkpoint that could be resumed with half its run gone."""
    pointer = os.path.join(run_dir, layout.POINTER)
    if os.path.lexists(pointer):
        os.unlink(pointer)
        fsync_directory(run_dir)
    own.remove_other_checkpoints(run_dir, keep=None)
    for name in RUN_FILES:
        path = os.path.join(run_dir, name)
        if os.path.lexists(path):
            os.unlink(path)
    remove_temp_files(run_dir, RUN_FILES)


def tidy(run_dir: str) -> list[str]:
    """Remove what a killed trainer of this run left (under the lock, once the command goes on); returns the names."""
    removed = remove_temp_files(run_dir, RUN_FILES)
    try:
        keep = ckpt.read_pointer(run_dir)
    except ckpt.CheckpointError:
        return removed  # a damaged pointer: leave every folder for the error that follows to talk about
    return removed + own.remove_other_checkpoints(run_dir, keep=os.path.basename(keep) if keep else None)
