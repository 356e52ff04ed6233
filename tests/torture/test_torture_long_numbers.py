"""Torture, numbers too long to convert: an integer of more than 4,300 digits in any JSON file guppy
reads is one `guppy: error:` line (Python's json raises a plain ValueError for it), never a traceback."""

import json
import os
import struct

import pytest
from torture_util import assert_one_line_error, checkpoint_file, cli, snapshot

LONG = "9" * 5000  # more digits than sys.get_int_max_str_digits() lets int() convert


def into_json_object(path):
    """Put a long integer into the JSON object that path holds (its first key), keeping the rest."""
    with open(path, "rb") as f:
        text = f.read().decode()
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"long": ' + LONG + ", " + text.lstrip()[1:])


def into_log(path):
    with open(path, "a", encoding="utf-8") as f:
        f.write('{"step": ' + LONG + "}\n")


def as_value_of(key):
    """Replace the value of `key` in a JSON object file by the long integer."""

    def damage(path):
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        doc[key] = 0
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(doc).replace(f'"{key}": 0', f'"{key}": {LONG}'))

    return damage


def into_safetensors_header(path):
    with open(path, "rb") as f:
        raw = f.read()
    (n,) = struct.unpack("<Q", raw[:8])
    header = b'{"long": ' + LONG.encode() + b", " + raw[8 : 8 + n].lstrip()[1:]
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(header)) + header + raw[8 + n :])


def into_jsonl_row(path):
    with open(path, encoding="utf-8") as f:
        first, rest = f.read().split("\n", 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"long": ' + LONG + ", " + first[1:] + "\n" + rest)


RUN_CASES = {  # (file of the run, damage, the command that reads it)
    "config.json top key": ("config.json", into_json_object, "chat"),
    "config.json model value": ("config.json", as_value_of("model"), "chat"),
    "config.json for resume": ("config.json", into_json_object, "resume"),
    "tokenizer.json top key": ("tokenizer.json", into_json_object, "chat"),
    "tokenizer.json for eval": ("tokenizer.json", into_json_object, "eval"),
    "tokenizer.json for export-web": ("tokenizer.json", into_json_object, "export-web"),
    "state.json key": ("ckpt/state.json", into_json_object, "resume"),
    "state.json step": ("ckpt/state.json", as_value_of("step"), "resume"),
    "state.json best_eval": ("ckpt/state.json", as_value_of("best_eval"), "resume"),
    "state.json for chat": ("ckpt/state.json", as_value_of("steps"), "chat"),
    "log.jsonl row": ("ckpt/log.jsonl", into_log, "resume"),
    "config.json for export-web": ("config.json", into_json_object, "export-web"),
    "model header for resume": ("ckpt/model.safetensors", into_safetensors_header, "resume"),
    "best model header for export-web": ("ckpt/model_best.safetensors", into_safetensors_header, "export-web"),
    "best model header": ("ckpt/model_best.safetensors", into_safetensors_header, "chat"),
    "optimizer header": ("ckpt/optimizer.safetensors", into_safetensors_header, "resume"),
}


@pytest.mark.parametrize("case", list(RUN_CASES))
def test_long_integer_in_a_run_file(case, run_copy, data_copy, tmp_path, capsys):
    name, damage, command = RUN_CASES[case]
    path = checkpoint_file(run_copy, name[5:]) if name.startswith("ckpt/") else os.path.join(run_copy, name)
    damage(path)
    args = {
        "chat": ["chat", "--checkpoint", run_copy, "--prompt", "hi"],
        "eval": ["eval", "--checkpoint", run_copy, "--data", data_copy],
        "resume": ["train", "--resume", "--out", run_copy, "--data", data_copy, "--steps", "6"],
        "export-web": ["export-web", "--checkpoint", run_copy, "--out", str(tmp_path / "site")],
    }[command]
    before = snapshot(run_copy)
    assert_one_line_error(cli(args, capsys), "too long")
    assert snapshot(run_copy) == before


DATA_CASES = {  # (file of the data folder, damage)
    "train.jsonl row": ("train.jsonl", into_jsonl_row),
    "dataset.json": ("dataset.json", into_json_object),
    "data tokenizer.json": ("tokenizer.json", into_json_object),
    "eval.jsonl row": ("eval.jsonl", into_jsonl_row),
}


@pytest.mark.parametrize("case", list(DATA_CASES))
def test_long_integer_in_a_data_file(case, data_copy, base_run, tmp_path, capsys):
    name, damage = DATA_CASES[case]
    path = os.path.join(data_copy, name)
    if not os.path.exists(path):  # the data folder's tokenizer: the one the trained run uses
        with open(os.path.join(base_run, name), "rb") as src, open(path, "wb") as dst:
            dst.write(src.read())
    damage(path)
    if name != "dataset.json":  # the manifest would (rightly) refuse the edited file first
        os.remove(os.path.join(data_copy, "dataset.json"))
    args = ["train", "--preset", "tiny", "--steps", "2", "--data", data_copy, "--out", str(tmp_path / "new")]
    assert_one_line_error(cli(args, capsys), "too long")
