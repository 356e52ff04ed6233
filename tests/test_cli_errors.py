"""Bad input gets one clear line on stderr, exit status 2, no traceback, and loses nothing."""

import json
import os
import shutil

import numpy as np
import pytest

from guppy.cli import main
from guppy.config import get_preset
from guppy.data.generator import write_dataset
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


def test_opening_weight_flag(data_dir, tmp_path, capsys):
    out = str(tmp_path / "run")
    train = ["train", "--preset", "tiny", "--data", data_dir, "--out", out, "--steps", "2"]
    # counting every token turns the preset's opening weight off rather than refusing
    assert main(train + ["--loss-on", "all"]) == 0
    capsys.readouterr()
    assert '"opening_tokens": 0' in open(f"{out}/config.json").read()
    one_line_error(*run_cli(train + ["--overwrite", "--loss-on", "all", "--opening-weight", "3"], capsys), "reply")
    assert main(train + ["--overwrite", "--opening-weight", "2.5"]) == 0
    capsys.readouterr()
    written = open(f"{out}/config.json").read()
    assert '"opening_tokens": 4' in written and '"opening_weight": 2.5' in written
    resume = ["train", "--data", data_dir, "--out", out, "--resume", "--opening-weight", "3"]
    one_line_error(*run_cli(resume, capsys), "--opening-weight cannot be given with --resume")


def test_topic_weight_flag(data_dir, tmp_path, capsys):
    out = str(tmp_path / "run")
    train = ["train", "--preset", "tiny", "--data", data_dir, "--out", out, "--steps", "2"]
    assert main(train + ["--topic-weight", "0.5"]) == 0
    capsys.readouterr()
    written = json.loads(open(f"{out}/config.json").read())
    assert written["train"]["topic_weight"] == 0.5 and written["model"]["n_topics"] > 1  # the data's categories
    # counting every token turns the topic loss off rather than refusing; a weight with it is refused
    assert main(train + ["--overwrite", "--loss-on", "all"]) == 0
    capsys.readouterr()
    assert json.loads(open(f"{out}/config.json").read())["train"]["topic_weight"] == 0.0
    one_line_error(*run_cli(train + ["--overwrite", "--loss-on", "all", "--topic-weight", "1"], capsys), "reply")
    resume = ["train", "--data", data_dir, "--out", out, "--resume", "--topic-weight", "1"]
    one_line_error(*run_cli(resume, capsys), "--topic-weight cannot be given with --resume")


@pytest.mark.parametrize(
    "flags, slot",
    [([], True), (["--topic-weight", "0.2"], True), (["--topic-weight", "0"], False), (["--loss-on", "all"], False)],
)
def test_the_cpu_presets_topic_slot_goes_with_its_topic_loss(data_dir, tmp_path, capsys, flags, slot):
    """Turning the topic loss off (by weight or by counting every token) takes the slot away too, not refused."""
    out = str(tmp_path / "run")
    assert main(["train", "--preset", "cpu", "--data", data_dir, "--out", out, "--steps", "1", *flags]) == 0
    capsys.readouterr()
    written = json.loads(open(f"{out}/config.json").read())
    assert written["model"]["topic_slot"] is slot and (written["train"]["topic_weight"] > 0) is slot


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
