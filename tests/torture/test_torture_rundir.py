"""Torture, run directories: a run is never overwritten, never shared, never mixed with another."""

import fcntl
import os
import shutil

import numpy as np
import pytest
from conftest import tiny_config
from torture_util import assert_ok, assert_one_line_error, checkpoint_file, cli, snapshot

from guppy.training.checkpoint import load_run
from guppy.training.trainer import Trainer


def train_args(data, run, *extra):
    return ["train", "--preset", "tiny", "--steps", "4", "--data", data, "--out", run, *extra]


def test_new_run_over_an_existing_run_is_refused(data_dir, run_copy, capsys):
    before = snapshot(run_copy)
    assert_one_line_error(cli(train_args(data_dir, run_copy), capsys), "--resume", "--overwrite")
    assert snapshot(run_copy) == before


def test_new_run_over_a_run_killed_before_its_first_checkpoint_is_refused(data_dir, tmp_path, capsys):
    run = str(tmp_path / "run")
    Trainer(tiny_config(steps=4, every=4), data_dir, run, quiet=True).train(stop_at=2)  # no checkpoint yet
    before = snapshot(run)
    assert_one_line_error(cli(train_args(data_dir, run), capsys), "--overwrite")
    assert snapshot(run) == before


def test_overwrite_starts_over_deliberately(data_dir, run_copy, tmp_path, capsys):
    assert_ok(cli(train_args(data_dir, run_copy, "--overwrite"), capsys))
    fresh = str(tmp_path / "fresh")
    assert_ok(cli(train_args(data_dir, fresh), capsys))
    a, b = load_run(run_copy, weights="latest")[0], load_run(fresh, weights="latest")[0]
    np.testing.assert_array_equal(a.params.data, b.params.data)


def test_out_that_is_a_file_is_refused(data_dir, tmp_path, capsys):
    path = tmp_path / "file"
    path.write_text("mine\n")
    assert_one_line_error(cli(train_args(data_dir, str(path)), capsys), "not a directory")
    assert path.read_text() == "mine\n"


def test_empty_existing_directory_is_a_fine_place_for_a_new_run(data_dir, tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert_ok(cli(train_args(data_dir, str(tmp_path / "empty")), capsys))


@pytest.mark.parametrize("flags", [["--lr", "0.01"], ["--preset", "cpu"], ["--loss-on", "all"]])
def test_resume_refuses_settings_it_would_ignore(data_dir, run_copy, flags, capsys):
    before = snapshot(run_copy)
    assert_one_line_error(
        cli(["train", "--resume", "--data", data_dir, "--out", run_copy, *flags], capsys), flags[0], "--resume"
    )
    assert snapshot(run_copy) == before


def test_resume_with_overwrite_is_refused(data_dir, run_copy, capsys):
    assert_one_line_error(cli(["train", "--resume", "--overwrite", "--data", data_dir, "--out", run_copy], capsys))


# ---------------------------------------------------------------- the lock
def hold_lock(run):
    """Another trainer in this run directory: the lock a running `guppy train` holds."""
    return Trainer(tiny_config(steps=6), os.environ["TORTURE_DATA"], run, resume=True, quiet=True)


@pytest.fixture
def torture_data_env(data_dir, monkeypatch):
    monkeypatch.setenv("TORTURE_DATA", data_dir)


def test_second_trainer_on_a_run_in_use_is_refused(data_dir, run_copy, torture_data_env, capsys):
    first = hold_lock(run_copy)
    try:
        before = snapshot(run_copy)
        assert_one_line_error(
            cli(["train", "--resume", "--steps", "6", "--data", data_dir, "--out", run_copy], capsys), "in use"
        )
        assert snapshot(run_copy) == before
    finally:
        first.train()
    assert_ok(cli(["train", "--resume", "--steps", "8", "--data", data_dir, "--out", run_copy], capsys))


def test_overwrite_of_a_run_in_use_is_refused(data_dir, run_copy, torture_data_env, capsys):
    first = hold_lock(run_copy)
    try:
        assert_one_line_error(cli(train_args(data_dir, run_copy, "--overwrite"), capsys), "in use")
    finally:
        first.train()


def test_lock_of_a_killed_trainer_does_not_block(data_dir, run_copy, capsys):
    """A lock file left by a dead process (kill -9) is no lock: the kernel dropped it with the process."""
    lock_files = [n for n in os.listdir(run_copy) if "lock" in n]
    for name in lock_files or [".lock"]:
        with open(os.path.join(run_copy, name), "w") as f:
            f.write("pid 999999 (guppy train)\n")  # what a lock of a dead trainer holds
    assert_ok(cli(["train", "--resume", "--steps", "6", "--data", data_dir, "--out", run_copy], capsys))


def test_lock_is_an_flock_other_tools_can_see(data_dir, run_copy, torture_data_env):
    first = hold_lock(run_copy)
    try:
        lock_files = [n for n in os.listdir(run_copy) if "lock" in n]
        assert lock_files, os.listdir(run_copy)
        fd = os.open(os.path.join(run_copy, lock_files[0]), os.O_RDONLY)
        try:
            with pytest.raises(BlockingIOError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        finally:
            os.close(fd)
    finally:
        first.train()


# ---------------------------------------------------------------- files that do not belong together
def other_run(data_dir, tmp_path, **train_changes):
    run = str(tmp_path / "other")
    Trainer(tiny_config().replace_train(**train_changes), data_dir, run, quiet=True).train()
    return run


def test_resume_refuses_a_config_from_another_run(data_dir, run_copy, tmp_path, capsys):
    other = other_run(data_dir, tmp_path, lr=1e-3)
    shutil.copy(os.path.join(other, "config.json"), os.path.join(run_copy, "config.json"))
    assert_one_line_error(
        cli(["train", "--resume", "--steps", "6", "--data", data_dir, "--out", run_copy], capsys), "config.json"
    )


def test_resume_refuses_a_tokenizer_from_another_run(data_dir, run_copy, tmp_path, capsys):
    """Same vocabulary size, other merges: the ids would mean other things to the weights."""
    from guppy.data.generator import generate_samples
    from guppy.tokenizer.tokenizer import BPETokenizer

    texts = [s["input"] + " " + s["output"] for s in generate_samples(2000, seed=11)]
    own = BPETokenizer.load(os.path.join(run_copy, "tokenizer.json"))
    other = BPETokenizer.train(texts, vocab_size=own.vocab_size)
    assert other.vocab_size == own.vocab_size and other.merges != own.merges
    other.save(os.path.join(run_copy, "tokenizer.json"))
    assert_one_line_error(
        cli(["train", "--resume", "--steps", "6", "--data", data_dir, "--out", run_copy], capsys), "tokenizer.json"
    )
    assert_one_line_error(cli(["chat", "--checkpoint", run_copy, "--prompt", "hi"], capsys), "tokenizer.json")


def test_resume_refuses_weights_from_another_run(data_dir, run_copy, tmp_path, capsys):
    other = other_run(data_dir, tmp_path, seed=99)
    for name in ("model.safetensors", "optimizer.safetensors"):
        shutil.copy(checkpoint_file(other, name), checkpoint_file(run_copy, name))
    assert_one_line_error(cli(["train", "--resume", "--steps", "6", "--data", data_dir, "--out", run_copy], capsys))


def test_resume_refuses_other_training_data(data_dir, run_copy, tmp_path, capsys):
    from guppy.data.dataset_files import write_dataset

    other = str(tmp_path / "other_data")
    write_dataset(other, samples=300, eval_ratio=0.1, seed=4)
    shutil.copy(os.path.join(data_dir, "tokenizer.json"), os.path.join(other, "tokenizer.json"))
    assert_one_line_error(
        cli(["train", "--resume", "--steps", "6", "--data", other, "--out", run_copy], capsys), "data"
    )


def test_resume_of_an_extended_run_keeps_its_length(data_dir, run_copy, tmp_path, capsys):
    """--steps on resume extends the run; a later plain --resume goes on to that length (and its schedule)."""
    reference = str(tmp_path / "reference")
    shutil.copytree(run_copy, reference)
    assert_ok(cli(["train", "--resume", "--steps", "8", "--data", data_dir, "--out", reference], capsys))
    Trainer(tiny_config(steps=8), data_dir, run_copy, resume=True, quiet=True).train(stop_at=6)  # killed at 6
    code, out, err = cli(["train", "--resume", "--data", data_dir, "--out", run_copy], capsys)
    assert code == 0 and "trained 8 steps" in out, (out, err)
    a, b = load_run(run_copy, weights="latest")[0], load_run(reference, weights="latest")[0]
    np.testing.assert_array_equal(a.params.data, b.params.data)


# ---------------------------------------------------------------- the pointer, old layouts, half-deleted runs
@pytest.mark.parametrize("content", ["../../etc\n", "ckpt-999999\n", "\x00\xff garbage", "", "ckpt-000004" * 200])
def test_damaged_pointer_is_one_line(content, run_copy, data_dir, capsys):
    with open(os.path.join(run_copy, "latest"), "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write(content)
    before = snapshot(run_copy)
    assert_one_line_error(cli(["chat", "--checkpoint", run_copy, "--prompt", "hi"], capsys))
    assert_one_line_error(cli(["train", "--resume", "--data", data_dir, "--out", run_copy], capsys))
    assert snapshot(run_copy) == before  # a damaged pointer leaves every folder for the user to look at


def old_layout(run):
    """The same run as an older guppy wrote it: every file at the top, no `latest`."""
    folder = os.path.dirname(checkpoint_file(run, "state.json"))
    for name in os.listdir(folder):
        shutil.move(os.path.join(folder, name), os.path.join(run, name))
    os.rmdir(folder)
    os.remove(os.path.join(run, "latest"))


def test_old_layout_still_chats_and_refuses_resume_in_one_line(run_copy, data_dir, capsys):
    expected = load_run(run_copy)[0].params.data.copy()
    old_layout(run_copy)
    np.testing.assert_array_equal(load_run(run_copy)[0].params.data, expected)
    assert_ok(cli(["chat", "--checkpoint", run_copy, "--prompt", "hi", "--max-tokens", "4"], capsys))
    assert_one_line_error(
        cli(["train", "--resume", "--data", data_dir, "--out", run_copy], capsys), "older guppy", "--overwrite"
    )
    assert_one_line_error(cli(train_args(data_dir, run_copy), capsys), "--overwrite")
    assert_ok(cli(train_args(data_dir, run_copy, "--overwrite"), capsys))


def test_overwrite_killed_midway_leaves_nothing_to_resume(run_copy, data_dir, capsys):
    """An --overwrite deletes the pointer first: killed after that, the old checkpoint can no longer be resumed."""
    os.remove(os.path.join(run_copy, "latest"))  # the state a kill right after that first step leaves
    assert_one_line_error(cli(["train", "--resume", "--data", data_dir, "--out", run_copy], capsys), "no checkpoint")
    assert_one_line_error(cli(["chat", "--checkpoint", run_copy, "--prompt", "hi"], capsys), "no checkpoint")
    assert_ok(cli(train_args(data_dir, run_copy, "--overwrite"), capsys))
    assert [n for n in os.listdir(run_copy) if n.startswith("ckpt-")] == ["ckpt-000004"]


def test_out_below_a_file_is_one_line(data_dir, tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    assert_one_line_error(cli(train_args(data_dir, str(tmp_path / "file" / "run")), capsys))


def test_a_reader_goes_on_when_the_trainer_deletes_the_checkpoint_it_reads(data_dir, run_copy, monkeypatch):
    """chat/eval/export-web read `latest`, and the trainer moves it on and deletes that folder before its
    state.json is read: the reader reads again from the new pointer (found by tools/torture_pass.py)."""
    from guppy.training import checkpoint

    real, calls = checkpoint.read_state, []

    def trainer_moves_on_first(directory):
        calls.append(directory)
        if len(calls) == 1:  # (the trainer's own reads come through here too, as calls 2 and 3)
            Trainer(tiny_config(steps=6), data_dir, run_copy, resume=True, quiet=True).train()
        return real(directory)

    monkeypatch.setattr(checkpoint, "read_state", trainer_moves_on_first)
    model, _, _ = load_run(run_copy)
    assert not os.path.exists(calls[0]) and calls[-1].endswith("ckpt-000006")
