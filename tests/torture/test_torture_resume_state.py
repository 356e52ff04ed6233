"""Torture, what --resume trusts: every state.json value it goes on with, the best weights' values, and
export-web's account of the weights it exported."""

import json
import os

import numpy as np
import pytest
from torture_util import assert_ok, assert_one_line_error, checkpoint_file, cli, snapshot

from minigrad.safetensors import load_file, load_metadata, save_file


def resume(run, data):
    return ["train", "--resume", "--steps", "6", "--data", data, "--out", run]


BAD_STATE = [
    ("best_eval", "-Infinity"),  # no eval could ever beat it
    ("best_eval", -1.5),  # a cross-entropy is never negative
    ("preset", "whale"),
    ("amp", "fp8"),
    ("steps", 2),  # fewer than the steps already done (4)
    ("run", "../../etc"),
    ("data_sha256", "abc"),
]


@pytest.mark.parametrize("key,value", BAD_STATE, ids=[f"{k}={v}" for k, v in BAD_STATE])
def test_resume_refuses_a_state_value_it_cannot_trust(key, value, run_copy, data_dir, capsys):
    path = checkpoint_file(run_copy, "state.json")
    with open(path, encoding="utf-8") as f:
        state = json.load(f)
    text = (
        json.dumps({**state, key: 0})
        .replace(f'"{key}": 0', f'"{key}": {json.dumps(value)}')
        .replace('"-Infinity"', "-Infinity")
    )
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    before = snapshot(run_copy)
    assert_one_line_error(cli(resume(run_copy, data_dir), capsys), key)
    assert snapshot(run_copy) == before


def test_resume_checks_the_best_weights_values(run_copy, data_dir, capsys):
    path = checkpoint_file(run_copy, "model_best.safetensors")
    tensors, metadata = load_file(path), load_metadata(path)
    tensors["tok_emb.weight"][3, 5] = np.nan
    save_file(tensors, path, metadata=metadata)
    before = snapshot(run_copy)
    assert_one_line_error(cli(resume(run_copy, data_dir), capsys), "model_best", "NaN")
    assert snapshot(run_copy) == before


def test_export_web_names_the_file_it_exported(run_copy, tmp_path, capsys):
    site = str(tmp_path / "site")
    code, out, _ = cli(["export-web", "--checkpoint", run_copy, "--out", site], capsys)
    assert_ok((code, out, ""))
    best = os.path.relpath(checkpoint_file(run_copy, "model_best.safetensors"), run_copy)
    assert best.startswith("ckpt-") and f"weights: {best}" in out
    assert load_metadata(os.path.join(site, "model.safetensors"))["source"] == best
