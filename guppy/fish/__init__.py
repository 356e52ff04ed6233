"""The shipped fish: the real GuppyLM (`--preset guppy`), trained once and installed with the package.

    guppy/fish/config.json          the plain config of the run that made it
    guppy/fish/tokenizer.json       that run's byte-level BPE
    guppy/fish/model.safetensors    its best weights rounded to float16 (the model computes in float32)

`guppy chat`, `guppy eval` and `guppy export-web` talk to it when no --checkpoint is given.
It is read by the same checks as any run (checkpoint.load_run): tensor names and shapes from
the header against config.json, every value finite, and the weights' metadata naming the
fingerprint of this config.json and tokenizer.json, so a swapped tokenizer is refused.
How it was made (commands, seeds, commit, machine) is in docs/RESULTS.md, section 10, and
tools/ship_fish.py writes these files from a run.
"""

from __future__ import annotations

import os

# What `guppy chat` says it is talking to, and the sha256 of model.safetensors (tests/test_shipped_fish.py).
NAME = "the shipped GuppyLM (8,726,016 parameters, 10,000 steps on a 2-core CPU; guppy/fish)"
WEIGHTS_SHA256 = "758ce3d17a71d0ea0d8315a0b5931622e4a916d3ac1c72b0e4f85554e656292e"
FILES = ("config.json", "tokenizer.json", "model.safetensors")


def shipped_fish_dir() -> str | None:
    """The directory of the shipped fish, or None where this install has no complete one."""
    here = os.path.dirname(os.path.abspath(__file__))
    return here if all(os.path.isfile(os.path.join(here, name)) for name in FILES) else None
