"""The names in a run directory, and the fingerprint that ties its files to one run.

Shared by guppy/training/ownership.py (which folders are a run's own) and
guppy/training/checkpoint.py (reading and committing checkpoints); the layout itself is
described in checkpoint.py's docstring and docs/DESIGN.md, section 7.2.
"""

from __future__ import annotations

import hashlib
import os
import re

from minigrad.readfile import KIB, MIB

CONFIG, TOKENIZER, POINTER = "config.json", "tokenizer.json", "latest"
MODEL, BEST, OPTIMIZER, LOG, STATE = (
    "model.safetensors",
    "model_best.safetensors",
    "optimizer.safetensors",
    "log.jsonl",
    "state.json",
)
CHECKPOINT_FILES = (MODEL, BEST, OPTIMIZER, LOG, STATE)
CHECKPOINT_RE = re.compile(r"ckpt-[0-9]{6,12}")
PARTIAL_SUFFIX = ".partial"

# Size caps of the files read whole (a real one is far smaller: config 1 KB, state
# 0.3 KB, the log ~200 bytes a row; the tokenizer's is guppy/tokenizer/hf_json.py's).
CONFIG_LIMIT, STATE_LIMIT, POINTER_LIMIT, LOG_LIMIT = 1 * MIB, 1 * MIB, 1 * KIB, 64 * MIB


def checkpoint_name(step: int) -> str:
    return f"ckpt-{step:06d}"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def run_fingerprint(config_sha: str, tokenizer_sha: str) -> str:
    """The short id every weights file of a run carries: config and tokenizer together."""
    return sha256_hex(f"{config_sha}:{tokenizer_sha}".encode())[:16]


def checkpoint_names(run_dir: str) -> list[str]:
    """Entries of run_dir named like a checkpoint folder (complete or half-written), whatever they are."""
    out = []
    for entry in os.listdir(run_dir):
        base = entry[: -len(PARTIAL_SUFFIX)] if entry.endswith(PARTIAL_SUFFIX) else entry
        if CHECKPOINT_RE.fullmatch(base):
            out.append(entry)
    return sorted(out)


def checkpoint_folders(run_dir: str) -> list[str]:
    """Names of the checkpoint folders (complete or half-written) in run_dir."""
    return [entry for entry in checkpoint_names(run_dir) if os.path.isdir(os.path.join(run_dir, entry))]
