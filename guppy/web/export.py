"""`guppy export-web`: a run directory -> a static site that chats with the fish in a browser.

    DIR/index.html          the chat page (no framework, no build step, nothing from a CDN)
    DIR/guppy.js            tokenizer, forward with a KV cache, sampling (one ES module)
    DIR/model.safetensors   the weights guppy chat loads, as F32 or F16
    DIR/tokenizer.json      the run's byte-level BPE
    DIR/config.json         the run's config (the page reads the model's shapes from it)

Any static server will do (`python -m http.server -d DIR`); the page fetches the three
data files next to it. The weights are the ones `guppy chat` answers with: the current
checkpoint's model_best.safetensors where it exists, else its model.safetensors
(checkpoint.weights_file); the summary and the file's `source` name the one read.
An --out that holds files of these names guppy did not write is refused untouched.
"""

from __future__ import annotations

import os
import shutil
from importlib import resources

import numpy as np

from guppy.config import count_params
from guppy.training.checkpoint import CheckpointError, load_run, weights_file
from guppy.training.rundir import is_own_file
from minigrad.readfile import MIB, read_capped
from minigrad.safetensors import save_file

ASSETS = ("index.html", "guppy.js")
DTYPES = {"float32": np.float32, "float16": np.float16}


def export_web(run_dir: str, out_dir: str, dtype: str = "float32") -> dict:
    """Write the site for run_dir into out_dir (created if needed); returns what was written."""
    if dtype not in DTYPES:
        raise CheckpointError(f"--dtype must be one of {', '.join(DTYPES)}, got {dtype!r}")
    model, tokenizer, config = load_run(run_dir)  # checks names, shapes and the tokenizer's fit
    source = weights_file(run_dir)  # the file load_run read (a trainer may have moved on since: rare, and named)
    if os.path.exists(out_dir) and not os.path.isdir(out_dir):
        raise CheckpointError(f"--out {out_dir} exists and is not a directory")
    refuse_foreign_site(out_dir)
    os.makedirs(out_dir, exist_ok=True)

    tensors = {}
    for name, value in model.params.state_dict().items():
        converted = value.astype(DTYPES[dtype])
        if not np.isfinite(converted).all():  # float16 stops at 65504
            largest = float(np.abs(value).max())
            raise CheckpointError(f"tensor {name} does not fit in {dtype} (its largest value is {largest:.4g})")
        tensors[name] = converted
    source = os.path.relpath(source, run_dir)
    save_file(tensors, os.path.join(out_dir, "model.safetensors"), metadata={"format": "guppy", "source": source})
    tokenizer.save(os.path.join(out_dir, "tokenizer.json"))
    with open(os.path.join(out_dir, "config.json"), "w", encoding="utf-8") as f:
        f.write(config.to_json())
    for name in ASSETS:
        with resources.as_file(resources.files(__package__) / name) as asset:
            shutil.copyfile(asset, os.path.join(out_dir, name))
    return {
        "out": out_dir,
        "source": source,
        "dtype": dtype,
        "parameters": count_params(config.model),
        "files": {name: os.path.getsize(os.path.join(out_dir, name)) for name in SITE_FILES},
    }


SITE_FILES = (*ASSETS, "model.safetensors", "tokenizer.json", "config.json")
# How guppy recognises its own page and module in an --out it exported to before.
ASSET_MARKERS = {
    "index.html": b'import { runPage } from "./guppy.js"',
    "guppy.js": b"// guppy.js: the fish in a browser",
}


def is_own_site_file(path: str, name: str) -> bool:
    if name in ASSET_MARKERS:
        try:
            return ASSET_MARKERS[name] in read_capped(path, 16 * MIB)
        except (OSError, ValueError):
            return False
    return is_own_file(path, name)


def refuse_foreign_site(out_dir: str) -> None:
    """export-web replaces the files of an earlier export, never a user's files of the same names."""
    for name in SITE_FILES:
        path = os.path.join(out_dir, name)
        if os.path.lexists(path) and not is_own_site_file(path, name):
            raise CheckpointError(
                f"{path} is not a file guppy export-web wrote, and export-web would replace it; "
                "move it away, or choose another --out"
            )


def format_summary(summary: dict) -> str:
    files = ", ".join(
        f"{name} {size / 1e6:.2f} MB" if size > 1e5 else f"{name} {size / 1e3:.0f} KB"
        for name, size in summary["files"].items()
    )
    return (
        f"wrote {summary['out']}: {files}\n"
        f"weights: {summary['source']}, {summary['parameters']:,} parameters as {summary['dtype']}\n"
        f"open it with: python -m http.server -d {summary['out']} 8000  and then http://localhost:8000/"
    )
