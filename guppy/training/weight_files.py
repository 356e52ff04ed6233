"""A checkpoint's two safetensors kinds, written and read back with every check.

    model.safetensors, model_best.safetensors   the weights, by tensor name (docs/DESIGN.md, section 7.2)
    optimizer.safetensors                       AdamW's m and v over the flat buffer, its step, the loss scale

Each file's metadata names its step and its run (run_fingerprint in checkpoint.py), so a
file from another run or another step is refused. Headers are checked before any data is
read; then every value must be finite, and weights within +-MAX_ABS_WEIGHT.
"""

from __future__ import annotations

import numpy as np

from guppy.model import GuppyLM
from guppy.training.errors import CheckpointError
from minigrad.params import ParamLayout, check_tensor_shapes
from minigrad.safetensors import DTYPES, load_file, read_header, save_file

# Trained weights are O(1); float16, the --amp compute type, ends at 65,504. A weight
# beyond this bound is damage, and would turn the forward pass into inf and NaN.
MAX_ABS_WEIGHT = 1e4


# ---------------------------------------------------------------- weights
def save_weights(tensors: dict, path: str, step: int, run_id: str) -> None:
    """Weights (name -> array, e.g. model.params.state_dict()) with the step and run they belong to."""
    save_file(tensors, path, metadata={"format": "guppy", "step": str(step), "run": run_id})


def _metadata_step(path: str, metadata: dict) -> int:
    text = metadata.get("step", "")
    if not text.isdigit():
        raise CheckpointError(f"{path}: its metadata has no valid step ({text!r:.20})")
    return int(text)


def check_file_belongs(path: str, metadata: dict, run_id: str | None, step: int | None) -> int:
    """The file's step, after checking that its metadata names this run (and this step, when given)."""
    found = _metadata_step(path, metadata)
    if run_id is not None and metadata.get("run") != run_id:
        raise CheckpointError(
            f"{path} does not belong to this run (it was written for another config.json or tokenizer.json)"
        )
    if step is not None and found != step:
        raise CheckpointError(f"{path} is from step {found} but its checkpoint is step {step}")
    return found


def check_weights_header(path: str, layout: ParamLayout, run_id: str | None = None, step: int | None = None) -> int:
    """Names, shapes and dtypes from the header alone (no data read, nothing allocated); returns the step.

    run_id None: a run of an older version, whose files carry no run id (and maybe no step)."""
    metadata, entries = read_header(path)
    check_tensor_shapes(layout, {name: (shape, DTYPES[dtype]) for name, (dtype, shape) in entries.items()})
    if run_id is None:
        return int(metadata["step"]) if metadata.get("step", "").isdigit() else 0
    return check_file_belongs(path, metadata, run_id, step)


def check_finite(path: str, name: str, array: np.ndarray, bound: float | None = None) -> None:
    if not np.isfinite(array).all():
        raise CheckpointError(f"{path}: tensor {name!r} holds NaN or infinite values")
    if bound is not None and array.size and float(np.abs(array).max()) > bound:
        raise CheckpointError(f"{path}: tensor {name!r} holds values beyond +-{bound:g}, which no trained model has")


def read_checked_weights(path: str) -> dict:
    """Every tensor of a weights file, each checked finite and within +-MAX_ABS_WEIGHT (header checked first)."""
    tensors = load_file(path)
    for name, array in tensors.items():
        check_finite(path, name, array, MAX_ABS_WEIGHT)
    return tensors


def load_weights(model: GuppyLM, path: str, run_id: str | None = None, step: int | None = None) -> int:
    """Load weights into the model after checking header, run and step, then every value; returns their step."""
    found = check_weights_header(path, model.layout, run_id, step)
    model.params.load_state_dict(read_checked_weights(path))
    return found


# ---------------------------------------------------------------- the optimizer file
def check_optimizer_header(path: str, n_params: int, run_id: str, step: int, extra_keys=()) -> None:
    """m and v of n_params float32 values and a scalar int64 step (plus extra_keys, e.g. the loss scale)."""
    metadata, entries = read_header(path)
    expected = {"m": ("F32", (n_params,)), "v": ("F32", (n_params,)), "step": ("I64", ())}
    for name, (dtype, shape) in expected.items():
        if name not in entries:
            raise CheckpointError(f"{path} has no tensor {name!r}")
        if entries[name] != (dtype, shape):
            raise CheckpointError(
                f"{path}: tensor {name!r} is {entries[name][0]} {list(entries[name][1])}, "
                f"expected {dtype} {list(shape)}"
            )
    unknown = sorted(set(entries) - set(expected) - set(extra_keys))
    if unknown:
        raise CheckpointError(f"{path} holds an unexpected tensor {unknown[0]!r}")
    check_file_belongs(path, metadata, run_id, step)


def save_optimizer(tensors: dict, path: str, step: int, run_id: str) -> None:
    """The optimizer's state (AdamW's m, v and step, and the loss scale under --amp) with its step and run."""
    save_file(tensors, path, metadata={"step": str(step), "run": run_id})


def load_optimizer_file(path: str, step: int) -> dict:
    """The tensors of a header-checked optimizer file, with every value checked."""
    tensors = load_file(path)
    for name in ("m", "v"):
        check_finite(path, name, tensors[name])
    if tensors["v"].size and float(tensors["v"].min()) < 0:
        raise CheckpointError(f"{path}: tensor 'v' (a mean of squares) holds negative values")
    t = int(tensors["step"])
    if not 0 <= t <= step:
        raise CheckpointError(f"{path}: the optimizer has taken {t} steps, but its checkpoint is step {step}")
    return tensors
