"""What guppy wrote: which checkpoint folders are a run's own, and their removal (docs/DESIGN.md, 7.2).

guppy deletes a checkpoint folder only when it can recognise it as this run's: the property
"guppy deletes only what it wrote" of guppy/training/rundir.py, for the folders.
"""

from __future__ import annotations

import os
import shutil
import stat

from guppy.tokenizer.hf_json import TOKENIZER_LIMIT
from guppy.training.errors import CheckpointError
from guppy.training.layout import (
    CHECKPOINT_FILES,
    CONFIG,
    CONFIG_LIMIT,
    LOG,
    PARTIAL_SUFFIX,
    STATE,
    STATE_LIMIT,
    TOKENIZER,
    checkpoint_folders,
    run_fingerprint,
    sha256_hex,
)
from minigrad.atomic import is_temp_name_of
from minigrad.readfile import parse_json, read_capped
from minigrad.safetensors import load_metadata


def records_id(run_dir: str) -> str | None:
    """The fingerprint of the run's own records, config.json and tokenizer.json as they are now (None without them)."""
    try:
        config = read_capped(os.path.join(run_dir, CONFIG), CONFIG_LIMIT)
        tokenizer = read_capped(os.path.join(run_dir, TOKENIZER), TOKENIZER_LIMIT)
    except (OSError, ValueError):
        return None
    return run_fingerprint(sha256_hex(config), sha256_hex(tokenizer))


def run_named_by(path: str, name: str) -> str | None:
    """The run a checkpoint file says it belongs to (state.json's 'run', a safetensors file's metadata), or None."""
    try:
        if name == STATE:
            state = parse_json(read_capped(path, STATE_LIMIT), path)
            return state.get("run") if isinstance(state, dict) else None
        return load_metadata(path).get("run")
    except (OSError, ValueError):
        return None


def is_own_checkpoint(run_dir: str, entry: str, run_id: str | None) -> bool:
    """Whether run_dir/entry is a checkpoint folder of the run whose records have the fingerprint run_id.

    It must be a real folder holding only regular files named as a checkpoint's (or their temporary
    files); no file in it may name another run, and at least one must name this one (state.json,
    which a complete folder always has, or a weights file). A half-written folder with no such
    file yet (empty, or only temporary files) is the run's too: the trainer made it under its lock.
    """
    path = os.path.join(run_dir, entry)
    if run_id is None or os.path.islink(path) or not os.path.isdir(path):
        return False
    names = os.listdir(path)
    if not entry.endswith(PARTIAL_SUFFIX) and STATE not in names:
        return False
    runs = set()
    for name in names:
        file = os.path.join(path, name)
        if not stat.S_ISREG(os.lstat(file).st_mode):
            return False
        if name in CHECKPOINT_FILES and name != LOG:
            runs.add(run_named_by(file, name))
        elif name != LOG and not is_temp_name_of(name, CHECKPOINT_FILES):
            return False
    runs.discard(None)
    return runs == {run_id} or (not runs and entry.endswith(PARTIAL_SUFFIX))


def unnamed_checkpoints(run_dir: str) -> list[str]:
    """The run's own complete checkpoint folders when no `latest` names one (it was lost), oldest first."""
    run_id = records_id(run_dir)
    return [
        entry
        for entry in checkpoint_folders(run_dir)
        if not entry.endswith(PARTIAL_SUFFIX) and is_own_checkpoint(run_dir, entry, run_id)
    ]


def not_ours(path: str, what: str = "a checkpoint folder guppy writes") -> CheckpointError:
    return CheckpointError(
        f"{path} is named like {what} but guppy did not write it; guppy replaces and deletes only "
        "what it wrote: move it away, or choose another --out"
    )


def remove_own(run_dir: str, entry: str, run_id: str | None) -> None:
    """Delete the checkpoint folder run_dir/entry, which must be this run's (is_own_checkpoint).

    A complete folder is first renamed to its .partial name: a kill halfway through the deletion
    then leaves a half-written folder, which is still recognisably the run's (a complete folder
    that lost its state.json would not be)."""
    if not is_own_checkpoint(run_dir, entry, run_id):
        raise not_ours(os.path.join(run_dir, entry))
    if not entry.endswith(PARTIAL_SUFFIX):
        partial = entry + PARTIAL_SUFFIX
        if os.path.lexists(os.path.join(run_dir, partial)):
            remove_own(run_dir, partial, run_id)
        os.rename(os.path.join(run_dir, entry), os.path.join(run_dir, partial))
        entry = partial
    shutil.rmtree(os.path.join(run_dir, entry))


def remove_other_checkpoints(run_dir: str, keep: str | None) -> list[str]:
    """Delete the run's own checkpoint folders but `keep`: older ones, and any a kill left half-written.
    A look-alike guppy did not write stays. Under the lock."""
    run_id = records_id(run_dir)
    removed = [e for e in checkpoint_folders(run_dir) if e != keep and is_own_checkpoint(run_dir, e, run_id)]
    for entry in removed:
        if os.path.lexists(os.path.join(run_dir, entry)):  # (a .partial of one may have gone with it)
            remove_own(run_dir, entry, run_id)
    return removed
