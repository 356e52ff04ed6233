"""Torture, commits: a process killed at any file operation leaves a run that resumes exactly,
and a dataset whose train and eval files come from one `guppy data`."""

import json
import os
import shutil

import numpy as np
import pytest
from conftest import tiny_config
from torture_util import assert_ok, assert_one_line_error, checkpoint_file, cli, count_events, killed_at, stray_files

from guppy.data.dataset_files import write_dataset
from guppy.training.checkpoint import load_run
from guppy.training.trainer import Trainer
from minigrad.safetensors import load_file

STEPS = 4


def config():
    # a checkpoint every step (the most commits to be killed in), an eval every other one: at odd steps the
    # best weights are carried over from the checkpoint before (a hard link), at even ones written anew
    return tiny_config(steps=STEPS, every=1).replace_train(eval_every=2)


def outcome(run):
    """Everything a finished run is: latest and best weights, optimizer state, the log."""
    latest = load_run(run, weights="latest")[0].params.data.copy()
    best = load_run(run)[0].params.data.copy()
    optimizer = load_file(checkpoint_file(run, "optimizer.safetensors"))
    with open(checkpoint_file(run, "log.jsonl")) as f:
        log = [json.loads(line) for line in f]
    for row in log:
        row.pop("tokens_per_s", None)  # a wall-clock rate, the one thing that may differ
    return latest, best, optimizer, log


def assert_same_outcome(a, b):
    for x, y in zip(a[:2], b[:2]):
        np.testing.assert_array_equal(x, y)
    assert a[2].keys() == b[2].keys()
    for key in a[2]:
        np.testing.assert_array_equal(a[2][key], b[2][key], err_msg=key)
    assert a[3] == b[3]


@pytest.fixture(scope="module")
def reference(data_dir, base_run, tmp_path_factory):
    """The uninterrupted run (base_run first: it leaves the data folder's tokenizer, so no run here writes one)."""
    run = str(tmp_path_factory.mktemp("reference") / "run")
    events = count_events(lambda: Trainer(config(), data_dir, run, quiet=True).train())
    return outcome(run), events


def kill_points(events):
    """Event numbers (1-based) to kill at: the run's first write, and in the third checkpoint a file half
    written, the first and last file done, the folder's rename and the pointer's replace (each just before
    and just after), and the deletion of the folder it supersedes. (tools/torture_kill.py kills at random.)"""
    commits = [
        k
        for k, (kind, path, when) in enumerate(events, 1)
        if kind == "replace" and when == "after" and path.endswith("latest")
    ]
    start, end = commits[1], commits[2]
    third = [k for k in range(start + 1, end + 1)]
    kinds = [events[k - 1][0] for k in third]
    replaced = [k for k, kind in zip(third, kinds) if kind == "replace" and events[k - 1][2] == "after"]
    # the folder's rename into place, and the rename of the folder it supersedes to its .partial name (deleted next)
    folder = [k for k, kind in zip(third, kinds) if kind == "rename"]
    half_written = third[kinds.index("fsync")]
    pruned = next(k for k in range(end + 1, len(events) + 1) if events[k - 1][0] == "rmdir")
    return [1, half_written, replaced[0], replaced[-2], *folder, end - 1, end, pruned]


def finish(run, data_dir, capsys):
    """What a user does after the kill: resume, or start over when no checkpoint was made yet."""
    code, out, err = cli(["train", "--resume", "--data", data_dir, "--out", run], capsys)
    assert "Traceback" not in err, err
    if code != 0:  # killed before the first checkpoint: nothing to resume, so start over deliberately
        assert_one_line_error((code, out, err), "checkpoint")
        Trainer(config(), data_dir, run, quiet=True, overwrite=True).train()


def test_kill_at_every_file_operation_of_a_checkpoint_resumes_exactly(data_dir, reference, tmp_path, capsys):
    expected, events = reference
    points = kill_points(events)
    assert len(set(points)) == 11, points
    for k in points:
        run = str(tmp_path / f"killed{k}")
        state = killed_at(k, lambda: Trainer(config(), data_dir, run, quiet=True).train())
        assert state == "killed"
        finish(run, data_dir, capsys)
        assert_same_outcome(outcome(run), expected)
        assert stray_files(run) == [], (k, stray_files(run))


def test_kill_during_resume_resumes_exactly(data_dir, reference, tmp_path, capsys):
    expected, _ = reference
    run = str(tmp_path / "run")
    Trainer(config(), data_dir, run, quiet=True).train(stop_at=2)
    for k in (1, 9, 30):
        killed_at(k, lambda: Trainer(config(), data_dir, run, resume=True, quiet=True).train())
    finish(run, data_dir, capsys)
    assert_same_outcome(outcome(run), expected)


def test_leftover_temporary_files_are_cleaned_up_on_resume(data_dir, run_copy, capsys):
    for name in (".model.safetensors.abc12345.tmp", ".state.json.xyz_9876.tmp", ".state.json.mine.tmp"):
        with open(os.path.join(run_copy, name), "wb") as f:
            f.write(b"half a file")
    os.makedirs(os.path.join(run_copy, "ckpt-000099.partial"), exist_ok=True)
    assert_ok(cli(["train", "--resume", "--steps", "6", "--data", data_dir, "--out", run_copy], capsys))
    assert stray_files(run_copy) == [".state.json.mine.tmp"]  # not a name guppy gives its temporary files


# ---------------------------------------------------------------- the dataset
def pairs(path):
    with open(path) as f:
        return {(r["input"], r["output"]) for r in map(json.loads, f)}


def test_kill_while_replacing_a_dataset_never_mixes_two(tmp_path, capsys):
    data = str(tmp_path / "data")
    write_dataset(data, samples=400, eval_ratio=0.1, seed=1)
    old = (pairs(os.path.join(data, "train.jsonl")), pairs(os.path.join(data, "eval.jsonl")))
    new_dir = str(tmp_path / "new")
    write_dataset(new_dir, samples=400, eval_ratio=0.1, seed=2)
    new = (pairs(os.path.join(new_dir, "train.jsonl")), pairs(os.path.join(new_dir, "eval.jsonl")))
    events = count_events(lambda: write_dataset(str(tmp_path / "count"), samples=400, eval_ratio=0.1, seed=2))
    points = [k for k, (kind, _, _) in enumerate(events, 1) if kind in ("rename", "replace")]
    assert len(points) >= 6, events
    for k in points:
        work = str(tmp_path / f"data{k}")
        shutil.copytree(data, work)
        killed_at(k, lambda: write_dataset(work, samples=400, eval_ratio=0.1, seed=2))
        code, out, err = cli(["tokenizer", "--data", work, "--vocab-size", "300"], capsys)
        if code != 0:  # a torn dataset is refused, in one line
            assert_one_line_error((code, out, err), "guppy data")
            assert_ok(cli(["data", "--out", work, "--samples", "400", "--eval-ratio", "0.1", "--seed", "2"], capsys))
            assert stray_files(work) == [], (k, stray_files(work))
        got = (pairs(os.path.join(work, "train.jsonl")), pairs(os.path.join(work, "eval.jsonl")))
        assert got in (old, new), k
