"""Run directories: what a training run writes, and how chat, eval and --resume read it back.

    RUN/config.json               model + training config (the shapes the weights have)   } written once,
    RUN/tokenizer.json            the BPE vocabulary (HuggingFace tokenizer.json format)  } when the run starts
    RUN/latest                    the name of the current checkpoint: "ckpt-000140"
    RUN/ckpt-000140/              one complete checkpoint, the state after step 140:
        model.safetensors             the weights (tensor names: docs/DESIGN.md, section 7.2)
        model_best.safetensors        the weights with the lowest eval loss so far (absent without eval data)
        optimizer.safetensors         AdamW moments (and the fp16 loss scale), for --resume
        log.jsonl                     the loss curve up to this step
        state.json                    step, total steps, best eval loss, precision, and the sha256 of
                                      config.json, tokenizer.json and the training data
    RUN/loss.svg                  the loss curve, drawn when training ends
    RUN/.guppy.lock               held by the trainer (guppy/dirlock.py)

A checkpoint commits as one. Its files are written into RUN/ckpt-000140.partial/, the
folder is renamed to ckpt-000140, and only then is `latest` replaced, atomically, to
name it; the previous checkpoint is deleted after that (its best weights live on as a
hard link when they did not change). A kill at any instant leaves `latest` naming a
complete checkpoint, or no `latest` at all (nothing to resume yet); what the kill left
half done is removed by the next trainer (guppy/training/rundir.py).

What belongs together is checked on every read: state.json's hashes must match
config.json and tokenizer.json (and, on resume, the training data); each safetensors
file carries its step and the run's fingerprint in its metadata; tensor names and shapes
are checked from the headers against config.json before anything is allocated; weights
must be finite and within +-MAX_ABS_WEIGHT (guppy/training/weight_files.py). Small files
are read with a size cap and only when they are regular files (minigrad/readfile.py).
Nothing is in a format that runs code on load.

Run directories of older versions (every file at the top, no `latest`) still load for
chat and eval; --resume refuses them in one line.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
from dataclasses import dataclass

from guppy.config import PRESETS, Config, ConfigError, param_shapes
from guppy.model import GuppyLM
from guppy.tokenizer.hf_json import TOKENIZER_LIMIT
from guppy.tokenizer.tokenizer import BPETokenizer
from guppy.training.errors import CheckpointError
from guppy.training.layout import (
    BEST,
    CHECKPOINT_RE,
    CONFIG,
    CONFIG_LIMIT,
    LOG,
    LOG_LIMIT,
    MODEL,
    OPTIMIZER,
    PARTIAL_SUFFIX,
    POINTER,
    POINTER_LIMIT,
    STATE,
    STATE_LIMIT,
    TOKENIZER,
    checkpoint_name,
    run_fingerprint,
    sha256_hex,
)
from guppy.training.ownership import records_id, remove_other_checkpoints, remove_own, unnamed_checkpoints
from guppy.training.weight_files import (
    check_optimizer_header,
    check_weights_header,
    load_weights,
    read_checked_weights,
)
from minigrad.atomic import atomic_write_text, fsync_directory
from minigrad.backend import CPU, Backend
from minigrad.params import ParamLayout
from minigrad.readfile import parse_json, read_capped
from minigrad.safetensors import load_metadata

MAX_STEPS = 10**12
# The training settings a resumed run may change: its length, and what Config.with_steps derives from it.
LENGTH_FIELDS = ("steps", "warmup_steps", "eval_every", "checkpoint_every")
AMP_MODES = ("off", "fp16")  # --amp (guppy/training/trainer.py: check_amp)
HEX64 = re.compile(r"[0-9a-f]{64}")


# ---------------------------------------------------------------- config.json and tokenizer.json
def parse_config(data: bytes, path: str) -> Config:
    try:
        return Config.from_dict(parse_json(data, path))
    except ConfigError as exc:
        raise CheckpointError(f"{path}: {exc}") from None


def _read_whole(path: str, limit: int, missing: str) -> bytes:
    try:
        return read_capped(path, limit)
    except FileNotFoundError:
        raise CheckpointError(missing) from None


def read_config(run_dir: str) -> Config:
    """The run's config.json alone (for tools; resume_config and load_run check it against the checkpoint)."""
    path = os.path.join(run_dir, CONFIG)
    return parse_config(_read_whole(path, CONFIG_LIMIT, f"{run_dir} has no config.json"), path)


@dataclass
class RunFiles:
    """config.json and tokenizer.json of a run, parsed and hashed."""

    config: Config
    tokenizer: BPETokenizer
    config_sha: str
    tokenizer_sha: str

    @property
    def fingerprint(self) -> str:
        return run_fingerprint(self.config_sha, self.tokenizer_sha)


def read_run_files(run_dir: str) -> RunFiles:
    check_run_dir(run_dir)
    config_path, tokenizer_path = os.path.join(run_dir, CONFIG), os.path.join(run_dir, TOKENIZER)
    config_bytes = _read_whole(config_path, CONFIG_LIMIT, f"{run_dir} has no config.json")
    config = parse_config(config_bytes, config_path)
    tokenizer_bytes = _read_whole(tokenizer_path, TOKENIZER_LIMIT, f"{run_dir} has no tokenizer.json")
    tokenizer = BPETokenizer.from_json_bytes(tokenizer_bytes, tokenizer_path)
    check_tokenizer_fits(tokenizer, config)
    return RunFiles(config, tokenizer, sha256_hex(config_bytes), sha256_hex(tokenizer_bytes))


def check_run_dir(run_dir: str) -> None:
    if not os.path.isdir(run_dir):
        if os.path.exists(run_dir):
            raise CheckpointError(f"{run_dir} is not a run directory (it is a file)")
        raise CheckpointError(
            f"checkpoint directory {run_dir} does not exist; train one with `guppy train` or `guppy quickstart`"
        )


def check_tokenizer_fits(tokenizer: BPETokenizer, config: Config) -> None:
    if tokenizer.vocab_size > config.model.vocab_size:
        raise CheckpointError(
            f"the tokenizer has {tokenizer.vocab_size} tokens but the model's vocabulary is {config.model.vocab_size}; "
            "train the tokenizer with --vocab-size no larger than the model's"
        )


# ---------------------------------------------------------------- state.json and log.jsonl
def _is_int(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _is_number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def validate_state(state, where: str) -> dict:
    """state.json's fields, each of the right type and range, or CheckpointError naming the first wrong one."""
    if not isinstance(state, dict):
        raise CheckpointError(f"{where} holds a JSON {type(state).__name__}, not an object")
    sha256 = (lambda v: isinstance(v, str) and HEX64.fullmatch(v) is not None, "64 hex digits (a sha256)")
    rules = {
        "step": (lambda v: _is_int(v) and 0 <= v <= MAX_STEPS, f"an integer from 0 to {MAX_STEPS}"),
        "steps": (
            lambda v: _is_int(v) and max(1, state.get("step", 0)) <= v <= MAX_STEPS,
            f"an integer from max(1, step) to {MAX_STEPS}",
        ),
        # a cross-entropy: never negative, +Infinity before the first eval
        "best_eval": (lambda v: _is_number(v) and v >= 0, "a number of at least 0 (Infinity before the first eval)"),
        "amp": (lambda v: v in AMP_MODES, f"one of {', '.join(AMP_MODES)}"),
        "preset": (lambda v: v in PRESETS, f"one of {', '.join(PRESETS)}"),
        "run": (lambda v: isinstance(v, str) and re.fullmatch(r"[0-9a-f]{16}", v) is not None, "16 hex digits"),
        "config_sha256": sha256,
        "tokenizer_sha256": sha256,
        "data_sha256": sha256,
    }
    for key, (ok, what) in rules.items():
        if key not in state:
            raise CheckpointError(f"{where} has no {key!r}")
        if not ok(state[key]):
            raise CheckpointError(f"{where}: {key!r} must be {what}, got {state[key]!r:.40}")
    return state


def write_state(directory: str, state: dict) -> None:
    atomic_write_text(os.path.join(directory, STATE), json.dumps(state, indent=2) + "\n")


def read_state(directory: str) -> dict:
    path = os.path.join(directory, STATE)
    data = _read_whole(path, STATE_LIMIT, f"{directory} has no state.json")
    return validate_state(parse_json(data, path), path)


def read_log(directory: str, up_to_step: int) -> list[dict]:
    """The rows of log.jsonl up to a step; every row an object with an integer step."""
    path = os.path.join(directory, LOG)
    data = _read_whole(path, LOG_LIMIT, f"{directory} has no log.jsonl")
    rows = []
    for number, line in enumerate(data.split(b"\n"), 1):
        if not line.strip():
            continue
        row = parse_json(line, f"{path}, line {number},")
        if not isinstance(row, dict) or not _is_int(row.get("step")):
            raise CheckpointError(f"{path}, line {number}: a log row must be an object with an integer 'step'")
        if row["step"] <= up_to_step:
            rows.append(row)
    return rows


def log_text(rows: list[dict]) -> str:
    return "".join(json.dumps(r) + "\n" for r in rows)


# ---------------------------------------------------------------- the current checkpoint
def read_pointer(run_dir: str) -> str | None:
    """The directory the `latest` pointer names, or None when the run has none yet."""
    path = os.path.join(run_dir, POINTER)
    try:
        name = read_capped(path, POINTER_LIMIT).decode("utf-8", "replace").strip()
    except FileNotFoundError:
        return None
    if not CHECKPOINT_RE.fullmatch(name):
        raise CheckpointError(f"{path} names {name[:40]!r}, which is not a checkpoint folder")
    directory = os.path.join(run_dir, name)
    if not os.path.isdir(directory):
        raise CheckpointError(f"{path} names {name}, but {directory} is missing")
    return directory


def current_path(run_dir: str, name: str) -> str:
    """Where `name` (MODEL, OPTIMIZER, STATE, ...) of the run's current checkpoint is, for tools and tests."""
    directory = read_pointer(run_dir)
    if directory is None:
        raise CheckpointError(f"{run_dir} has no checkpoint yet")
    return os.path.join(directory, name)


def is_legacy(run_dir: str) -> bool:
    """A run directory written before checkpoint folders: the weights at the top, no `latest`."""
    return not os.path.exists(os.path.join(run_dir, POINTER)) and os.path.isfile(os.path.join(run_dir, MODEL))


@dataclass
class Checkpoint:
    """The current checkpoint of a run, checked to belong with the run's config.json and tokenizer.json."""

    run_dir: str
    directory: str
    files: RunFiles
    state: dict

    @property
    def step(self) -> int:
        return self.state["step"]

    @property
    def run_id(self) -> str:
        return self.files.fingerprint

    def path(self, name: str) -> str:
        return os.path.join(self.directory, name)

    def check_config(self, config: Config) -> None:
        """A resumed run keeps its own settings: only the run's length (and what follows from it) may differ."""
        own = self.files.config
        if config.model != own.model:
            raise CheckpointError(
                f"the model config differs from the one {self.run_dir} was trained with; "
                "--resume goes on with the run's own config.json"
            )
        for field in dataclasses.fields(own.train):
            if field.name not in LENGTH_FIELDS and getattr(config.train, field.name) != getattr(own.train, field.name):
                raise CheckpointError(
                    f"training setting {field.name} is {getattr(config.train, field.name)!r} but "
                    f"{self.run_dir} was trained with {getattr(own.train, field.name)!r}; --resume "
                    "keeps the run's own settings (start a new run to change them)"
                )

    def check_data(self, data_sha: str, data_dir: str) -> None:
        if data_sha != self.state["data_sha256"]:
            raise CheckpointError(
                f"{data_dir}/train.jsonl is not the data {self.run_dir} was trained on (sha256 "
                f"{data_sha[:12]}..., the run's is {self.state['data_sha256'][:12]}...); resume with "
                "the run's own --data"
            )

    def check_headers(self, layout: ParamLayout, n_params: int, extra_optimizer_keys=()) -> None:
        """Every weights and optimizer file of the checkpoint fits the model, before the model is allocated
        (the best weights' values are checked here too, being read nowhere else on resume)."""
        check_weights_header(self.path(MODEL), layout, self.run_id, self.step)
        check_optimizer_header(self.path(OPTIMIZER), n_params, self.run_id, self.step, extra_optimizer_keys)
        if os.path.exists(self.path(BEST)):
            best_step = check_weights_header(self.path(BEST), layout, self.run_id)
            if best_step > self.step:
                raise CheckpointError(
                    f"{self.path(BEST)} is from step {best_step}, after its checkpoint's step {self.step}"
                )
            read_checked_weights(self.path(BEST))  # its values too: a resumed run carries it on unread


def open_checkpoint(run_dir: str) -> Checkpoint:
    """The current checkpoint, or CheckpointError saying why there is none that can be trusted."""
    check_run_dir(run_dir)
    directory = read_pointer(run_dir)
    if directory is None:
        if is_legacy(run_dir):
            raise CheckpointError(
                f"{run_dir} was written by an older guppy (no checkpoint folders): chat and eval "
                "can read it, --resume cannot; start over with --overwrite"
            )
        unnamed = unnamed_checkpoints(run_dir)
        if unnamed:
            raise CheckpointError(
                f"{run_dir} has no checkpoint named by its `latest` pointer, but holds {unnamed[-1]}: to "
                f"resume from it, write that name into {os.path.join(run_dir, POINTER)}"
            )
        raise CheckpointError(
            f"{run_dir} has no checkpoint yet (training stopped before the first one); start over with --overwrite"
        )
    files = read_run_files(run_dir)
    state = read_state(directory)
    if not os.path.isfile(os.path.join(directory, MODEL)):
        raise CheckpointError(f"checkpoint directory {directory} is missing {MODEL}")
    for name, found, recorded in (
        (CONFIG, files.config_sha, state["config_sha256"]),
        (TOKENIZER, files.tokenizer_sha, state["tokenizer_sha256"]),
    ):
        if found != recorded:
            raise CheckpointError(
                f"{os.path.join(run_dir, name)} does not belong to the checkpoint of step "
                f"{state['step']} (it was changed or copied from another run); put the run's own "
                "back, or start over with --overwrite"
            )
    if state["run"] != files.fingerprint:
        raise CheckpointError(f"{directory}/{STATE} names another run")
    return Checkpoint(run_dir, directory, files, state)


def resume_config(run_dir: str) -> Config:
    """The config a plain --resume goes on with: config.json, at the length the run was last given."""
    checkpoint = open_checkpoint(run_dir)
    config, steps = checkpoint.files.config, checkpoint.state["steps"]
    return config if steps == config.train.steps else config.with_steps(steps)


def commit_checkpoint(run_dir: str, step: int, write_files) -> str:
    """Write a checkpoint as one (see the module docstring); write_files(folder) writes its files. -> its folder."""
    name = checkpoint_name(step)
    final, partial = os.path.join(run_dir, name), os.path.join(run_dir, name + PARTIAL_SUFFIX)
    if os.path.abspath(final) == os.path.abspath(read_pointer(run_dir) or ""):
        return final  # this step's state is committed already, and the step's state is a function of the step
    run_id = records_id(run_dir)
    if os.path.lexists(partial):  # what a killed trainer left (tidy removed it, unless it was not ours)
        remove_own(run_dir, name + PARTIAL_SUFFIX, run_id)
    os.mkdir(partial)
    try:
        write_files(partial)
        fsync_directory(partial)
        if os.path.lexists(final):  # a complete checkpoint a kill kept from being named: not the current one
            remove_own(run_dir, name, run_id)
        os.rename(partial, final)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    fsync_directory(run_dir)
    atomic_write_text(os.path.join(run_dir, POINTER), name + "\n")  # the commit point
    remove_other_checkpoints(run_dir, keep=name)
    return final


def link_or_copy(source: str, target: str) -> None:
    """target becomes the same bytes as source: a hard link when the file system has them."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


# ---------------------------------------------------------------- chat and eval
def load_run(run_dir: str, backend: Backend = CPU, weights: str = "best", kernels=None):
    """(model, tokenizer, config) of a run directory; weights 'best' falls back to the latest.

    A trainer may replace the checkpoint while it is read (and delete the one read); then it is read
    again from the new pointer.
    """
    for attempt in range(3):
        pointer = _pointer_bytes(run_dir)
        try:
            return _load_run_once(run_dir, backend, weights, kernels)
        except (FileNotFoundError, CheckpointError):
            if attempt == 2 or _pointer_bytes(run_dir) == pointer:  # the same checkpoint: a real error
                raise


def _pointer_bytes(run_dir: str) -> bytes | None:
    try:
        return read_capped(os.path.join(run_dir, POINTER), POINTER_LIMIT)
    except (OSError, ValueError):
        return None


def _chosen_weights(directory: str, weights: str) -> str:
    best = os.path.join(directory, BEST)
    path = best if weights == "best" and os.path.isfile(best) else os.path.join(directory, MODEL)
    if not os.path.isfile(path):
        raise CheckpointError(f"checkpoint directory {directory} is missing {MODEL}")
    return path


def weights_file(run_dir: str, weights: str = "best") -> str:
    """The weights file load_run(run_dir, weights=...) reads: the current checkpoint's best, else its latest."""
    directory = run_dir if is_legacy(run_dir) else open_checkpoint(run_dir).directory
    return _chosen_weights(directory, weights)


def _load_run_once(run_dir: str, backend: Backend, weights: str, kernels):
    files = read_run_files(run_dir)
    layout = ParamLayout(param_shapes(files.config.model))  # offsets only: nothing allocated yet
    if is_legacy(run_dir):
        # an older run's weights name no run; a packed fish's (guppy/fish) name its config and tokenizer
        directory, step = run_dir, None
        run_id = files.fingerprint if "run" in load_metadata(os.path.join(run_dir, MODEL)) else None
    else:
        checkpoint = open_checkpoint(run_dir)
        directory, run_id, step = checkpoint.directory, checkpoint.run_id, checkpoint.step
    path = _chosen_weights(directory, weights)
    best = os.path.join(directory, BEST)
    check_weights_header(path, layout, run_id, step if path != best else None)
    model = GuppyLM(files.config.model, backend, kernels=kernels)
    load_weights(model, path, run_id)
    return model, files.tokenizer, files.config
