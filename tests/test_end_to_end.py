"""A tiny run through the whole pipeline: data -> tokenizer -> train -> checkpoint -> resume -> chat.

The `tiny` preset (a few thousand parameters, vocab 512) on a few hundred conversations
keeps this well under a minute, while every file format and code path is the real one.
"""

import json
import os

import numpy as np
import pytest

from guppy.cli import main
from guppy.config import get_preset
from guppy.data.dataset_files import write_dataset
from guppy.training.checkpoint import current_path, load_run
from guppy.training.trainer import Trainer
from minigrad.safetensors import load_file

STEPS = 24


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("data")
    write_dataset(str(d), samples=400, eval_ratio=0.1, seed=7)
    return str(d)


def tiny_config():
    return get_preset("tiny").replace_train(steps=STEPS, eval_every=8, checkpoint_every=8, log_every=4)


@pytest.fixture(scope="module")
def full_run(data_dir, tmp_path_factory):
    run = str(tmp_path_factory.mktemp("run_full"))
    summary = Trainer(tiny_config(), data_dir, run, quiet=True).train()
    return run, summary


def test_run_directory_holds_every_file(full_run):
    run, summary = full_run
    for name in ("config.json", "tokenizer.json", "latest", "loss.svg"):
        assert os.path.isfile(os.path.join(run, name)), name
    for name in ("model.safetensors", "model_best.safetensors", "optimizer.safetensors", "state.json", "log.jsonl"):
        assert os.path.isfile(current_path(run, name)), name
    assert sorted(n for n in os.listdir(run) if n.startswith("ckpt-")) == [f"ckpt-{STEPS:06d}"]  # older ones deleted
    assert summary["steps"] == STEPS
    with open(current_path(run, "state.json")) as f:
        assert json.load(f)["step"] == STEPS
    tensors = load_file(current_path(run, "model.safetensors"))
    assert tensors["tok_emb.weight"].shape == (512, 32)
    assert tensors["blocks.1.attn.qkv.weight"].shape == (96, 32)
    with open(current_path(run, "log.jsonl")) as f:
        rows = [json.loads(line) for line in f]
    losses = [r["loss"] for r in rows if "loss" in r]
    assert losses[-1] < losses[0]  # it learns something even in 24 steps


def test_killed_run_resumes_to_the_same_weights(data_dir, full_run, tmp_path):
    run = str(tmp_path / "run_resumed")
    Trainer(tiny_config(), data_dir, run, quiet=True).train(stop_at=11)  # "killed" after step 11
    Trainer(tiny_config(), data_dir, run, resume=True, quiet=True).train()
    resumed = load_file(current_path(run, "model.safetensors"))
    uninterrupted = load_file(current_path(full_run[0], "model.safetensors"))
    for name, value in uninterrupted.items():
        np.testing.assert_array_equal(resumed[name], value, err_msg=name)
    assert (
        load_file(current_path(run, "optimizer.safetensors"))["m"].tolist()
        == load_file(current_path(full_run[0], "optimizer.safetensors"))["m"].tolist()
    )


def test_chat_answers_from_the_checkpoint(full_run, capsys):
    run, _ = full_run
    assert (
        main(["chat", "--checkpoint", run, "--prompt", "hello little fish", "--temperature", "0", "--device", "cpu"])
        == 0
    )
    first = capsys.readouterr().out
    assert (
        main(["chat", "--checkpoint", run, "--prompt", "hello little fish", "--temperature", "0", "--device", "cpu"])
        == 0
    )
    assert capsys.readouterr().out == first  # greedy is deterministic
    model, tokenizer, config = load_run(run)
    assert config.name == "tiny" and tokenizer.vocab_size <= config.model.vocab_size


def test_eval_command_reports_rates(full_run, data_dir, capsys):
    run, _ = full_run
    assert main(["eval", "--checkpoint", run, "--data", data_dir, "--show", "2", "--device", "cpu"]) == 0
    out = capsys.readouterr().out
    assert "eval loss" in out and "keyword hit rate" in out and "style rate" in out and "topic judge" in out
