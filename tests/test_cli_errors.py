"""Bad input gets one clear line on stderr, exit status 2, no traceback, and loses nothing."""

import dataclasses
import json
import os
import shutil

import numpy as np
import pytest

from guppy.cli import main
from guppy.config import RETIRED_KEYS, Config, get_preset
from guppy.data.dataset_files import write_dataset
from guppy.training.checkpoint import current_path
from guppy.training.trainer import Trainer, TrainingError
from minigrad.backend import cuda_available
from minigrad.safetensors import load_file, load_metadata, save_file


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("data")
    write_dataset(str(d), samples=300, eval_ratio=0.1, seed=3)
    return str(d)


@pytest.fixture(scope="module")
def run_dir(data_dir, tmp_path_factory):
    run = str(tmp_path_factory.mktemp("run"))
    Trainer(get_preset("tiny").with_steps(4), data_dir, run, quiet=True).train()
    return run


@pytest.fixture(autouse=True)
def cpu_only(monkeypatch):
    """No "no GPU in use" notice: these tests look at the error line alone."""
    monkeypatch.setenv("GUPPY_DEVICE", "cpu")


def run_cli(args, capsys):
    code = main(args)
    err = capsys.readouterr().err
    return code, err


def one_line_error(code, err, *fragments):
    assert code == 2
    lines = [line for line in err.strip().splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("guppy: error: "), err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def test_missing_data_file(tmp_path, capsys):
    one_line_error(
        *run_cli(["train", "--preset", "tiny", "--data", str(tmp_path), "--out", str(tmp_path / "r")], capsys),
        "train.jsonl",
    )


def test_malformed_data_file_names_the_line(tmp_path, capsys):
    (tmp_path / "train.jsonl").write_text(
        '{"input": "hi", "output": "hello.", "category": "greetings"}\n{"input": oops}\n'
    )
    one_line_error(
        *run_cli(["train", "--preset", "tiny", "--data", str(tmp_path), "--out", str(tmp_path / "r")], capsys), "line 2"
    )


def test_checkpoint_directory_missing(tmp_path, capsys):
    one_line_error(
        *run_cli(["chat", "--checkpoint", str(tmp_path / "nope"), "--prompt", "hi"], capsys), "does not exist"
    )


def test_checkpoint_directory_missing_files(run_dir, tmp_path, capsys):
    broken = tmp_path / "broken"
    shutil.copytree(run_dir, broken)
    os.remove(current_path(broken, "model.safetensors"))
    one_line_error(*run_cli(["chat", "--checkpoint", str(broken), "--prompt", "hi"], capsys), "model.safetensors")


def test_changed_config_does_not_belong_to_the_checkpoint(run_dir, tmp_path, capsys):
    broken = tmp_path / "changed"
    shutil.copytree(run_dir, broken)
    config = json.loads((broken / "config.json").read_text())
    config["model"]["d_ff"] = 48  # the weights were trained with 64
    (broken / "config.json").write_text(json.dumps(config))
    one_line_error(
        *run_cli(["chat", "--checkpoint", str(broken), "--prompt", "hi"], capsys), "config.json", "does not belong"
    )


def test_checkpoint_shapes_that_do_not_match_the_config(run_dir, tmp_path, capsys):
    """Weights of another shape are named from the header, before anything of their size is allocated."""
    broken = tmp_path / "shapes"
    shutil.copytree(run_dir, broken)
    for name in ("model.safetensors", "model_best.safetensors"):
        path = current_path(broken, name)
        weights = load_file(path)
        weights["blocks.0.ffn.up.weight"] = weights["blocks.0.ffn.up.weight"][:48]
        save_file(weights, path, metadata=load_metadata(path))
    one_line_error(
        *run_cli(["chat", "--checkpoint", str(broken), "--prompt", "hi"], capsys),
        "ffn.up.weight",
        "[48, 32]",
        "[64, 32]",
    )


def test_tokenizer_larger_than_the_model_vocab(run_dir, tmp_path, capsys):
    broken = tmp_path / "vocab"
    shutil.copytree(run_dir, broken)
    config = json.loads((broken / "config.json").read_text())
    config["model"]["vocab_size"] = 100
    (broken / "config.json").write_text(json.dumps(config))
    one_line_error(*run_cli(["chat", "--checkpoint", str(broken), "--prompt", "hi"], capsys), "tokenizer has", "100")


def test_truncated_weights_file(run_dir, tmp_path, capsys):
    broken = tmp_path / "trunc"
    shutil.copytree(run_dir, broken)
    for name in ("model.safetensors", "model_best.safetensors"):
        path = current_path(broken, name)
        with open(path, "rb") as f:
            data = f.read()
        with open(path, "wb") as f:
            f.write(data[: len(data) // 2])
    one_line_error(*run_cli(["chat", "--checkpoint", str(broken), "--prompt", "hi"], capsys))


@pytest.mark.parametrize("prompt", ["", "   \n  "])
def test_empty_prompt(run_dir, prompt, capsys):
    one_line_error(*run_cli(["chat", "--checkpoint", run_dir, "--prompt", prompt], capsys), "empty")


def test_over_long_prompt_is_cut_to_fit_the_context(run_dir, capsys):
    assert main(["chat", "--checkpoint", run_dir, "--prompt", "bubbles " * 500, "--temperature", "0"]) == 0


@pytest.mark.skipif(cuda_available(), reason="this machine has a usable GPU")
def test_cuda_requested_without_a_gpu(run_dir, capsys):
    one_line_error(
        *run_cli(["chat", "--checkpoint", run_dir, "--prompt", "hi", "--device", "cuda"], capsys), "--device cuda"
    )
    one_line_error(*run_cli(["train", "--preset", "tiny", "--device", "cuda"], capsys), "--device cuda")


def test_a_run_from_before_the_topic_machinery_went_resumes(data_dir, tmp_path, capsys, monkeypatch):
    """config.json written by the code of the topic machinery: the retired keys at their neutral values
    load and --resume goes on; any other value of them is one line naming the retired machinery."""
    out = str(tmp_path / "old")
    plain = Config.to_dict

    def old_to_dict(config):  # what the old code wrote: every retired key, at its neutral value
        d = plain(config)
        for part, keys in RETIRED_KEYS.items():
            d[part].update(keys)
        return d

    monkeypatch.setattr(Config, "to_dict", old_to_dict)
    assert main(["train", "--preset", "tiny", "--data", data_dir, "--out", out, "--steps", "2"]) == 0
    monkeypatch.undo()
    monkeypatch.setenv("GUPPY_DEVICE", "cpu")
    written = json.loads(open(f"{out}/config.json").read())
    assert all(written[part][key] == value for part in RETIRED_KEYS for key, value in RETIRED_KEYS[part].items())
    assert main(["train", "--data", data_dir, "--out", out, "--resume", "--steps", "4"]) == 0
    assert "trained 4 steps" in capsys.readouterr().out
    key = next(iter(RETIRED_KEYS["model"]))  # the topic head's size: a run that had one is refused
    written["model"][key] = 60
    with open(f"{out}/config.json", "w") as f:
        json.dump(written, f)
    resume = ["train", "--data", data_dir, "--out", out, "--resume", "--steps", "6"]
    one_line_error(*run_cli(resume, capsys), f"{key} is 60", "retired topic machinery")
    assert json.loads(open(f"{out}/config.json").read())["model"][key] == 60  # left as it was


def test_the_cpu_preset_is_a_plain_gpt(data_dir, tmp_path, capsys):
    out = str(tmp_path / "run")
    assert main(["train", "--preset", "cpu", "--data", data_dir, "--out", out, "--steps", "1"]) == 0
    capsys.readouterr()
    written = json.loads(open(f"{out}/config.json").read())
    assert written["model"] == dataclasses.asdict(get_preset("cpu").model) and not written["model"]["tied_head"]
    assert not any(key.startswith(("topic", "opening")) for key in written["train"])
    one_line_error(*run_cli(["train", "--preset", "cpu", "--topic-weight", "0.5"], capsys), "--topic-weight")


def test_nan_loss_stops_training_naming_the_step(data_dir, tmp_path):
    config = get_preset("tiny").with_steps(6).replace_train(log_every=3)
    trainer = Trainer(config, data_dir, str(tmp_path / "nan"), quiet=True)
    trainer.model.params.tensors["norm.weight"][:] = np.nan  # poison the weights: the loss is NaN from step 1
    with pytest.raises(TrainingError, match="at step 1"):
        trainer.train()


def test_resume_refuses_files_from_different_steps(data_dir, run_dir, tmp_path, capsys):
    broken = tmp_path / "mixed"
    shutil.copytree(run_dir, broken)
    path = current_path(broken, "model.safetensors")
    save_file(load_file(path), path, metadata={**load_metadata(path), "step": "2"})
    one_line_error(*run_cli(["train", "--data", data_dir, "--out", str(broken), "--resume"], capsys), "step")
