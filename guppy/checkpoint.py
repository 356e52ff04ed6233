"""Run directories: what a training run writes, and how chat, eval and --resume read it back.

    RUN/config.json               model + training config (the shapes the weights have)
    RUN/tokenizer.json            the BPE vocabulary (HuggingFace tokenizer.json format)
    RUN/model.safetensors         the latest weights (tensor names: docs/DESIGN.md, section 7.2)
    RUN/model_best.safetensors    the weights with the lowest eval loss so far
    RUN/optimizer.safetensors     AdamW moments, for --resume
    RUN/state.json                step, best eval loss: written last, names the checkpoint
    RUN/log.jsonl, RUN/loss.svg   the loss curve

Every file is written atomically (temp file + rename), and never in a format that
runs code on load. The weights and optimizer files carry the step in their metadata;
state.json is written after them, so a run killed between two writes is detected
instead of resumed wrong.
"""

from __future__ import annotations

import json
import os

from minigrad.atomic import atomic_write_text
from minigrad.backend import CPU, Backend
from minigrad.safetensors import load_file, load_metadata, save_file

from .config import Config, ConfigError
from .model import GuppyLM
from .tokenizer import BPETokenizer


class CheckpointError(ValueError):
    """A run directory that cannot be used; the message says why in one line."""


REQUIRED = ("config.json", "tokenizer.json", "model.safetensors")


def read_config(run_dir: str) -> Config:
    path = os.path.join(run_dir, "config.json")
    try:
        with open(path, encoding="utf-8") as f:
            return Config.from_dict(json.load(f))
    except FileNotFoundError:
        raise CheckpointError(f"{run_dir} has no config.json") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CheckpointError(f"{path} is not valid JSON ({exc})") from None
    except ConfigError as exc:
        raise CheckpointError(f"{path}: {exc}") from None


def check_run_dir(run_dir: str) -> None:
    if not os.path.isdir(run_dir):
        raise CheckpointError(f"checkpoint directory {run_dir} does not exist; train one with `guppy train` or `guppy quickstart`")
    missing = [name for name in REQUIRED if not os.path.isfile(os.path.join(run_dir, name))]
    if missing:
        raise CheckpointError(f"checkpoint directory {run_dir} is missing {', '.join(missing)} (a run holds {', '.join(REQUIRED)})")


def check_tokenizer_fits(tokenizer: BPETokenizer, config: Config) -> None:
    if tokenizer.vocab_size > config.model.vocab_size:
        raise CheckpointError(
            f"the tokenizer has {tokenizer.vocab_size} tokens but the model's vocabulary is {config.model.vocab_size}; "
            "train the tokenizer with --vocab-size no larger than the model's"
        )


def save_weights(model: GuppyLM, path: str, step: int) -> None:
    save_file(model.params.state_dict(), path, metadata={"format": "guppy", "step": str(step)})


def load_weights(model: GuppyLM, path: str) -> int:
    """Load weights into the model (names and shapes checked); returns the step they were saved at."""
    model.params.load_state_dict(load_file(path))
    return int(load_metadata(path).get("step", "0"))


def load_run(run_dir: str, backend: Backend = CPU, weights: str = "best", kernels=None):
    """(model, tokenizer, config) of a run directory; weights 'best' falls back to the latest."""
    check_run_dir(run_dir)
    config = read_config(run_dir)
    tokenizer = BPETokenizer.load(os.path.join(run_dir, "tokenizer.json"))
    check_tokenizer_fits(tokenizer, config)
    model = GuppyLM(config.model, backend, kernels=kernels)
    best = os.path.join(run_dir, "model_best.safetensors")
    path = best if weights == "best" and os.path.isfile(best) else os.path.join(run_dir, "model.safetensors")
    load_weights(model, path)
    return model, tokenizer, config


def write_state(run_dir: str, state: dict) -> None:
    atomic_write_text(os.path.join(run_dir, "state.json"), json.dumps(state, indent=2) + "\n")


def read_state(run_dir: str) -> dict:
    path = os.path.join(run_dir, "state.json")
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        raise CheckpointError(f"cannot resume: {run_dir} has no state.json (no checkpoint was written yet)") from None
    except json.JSONDecodeError as exc:
        raise CheckpointError(f"cannot resume: {path} is not valid JSON ({exc})") from None
