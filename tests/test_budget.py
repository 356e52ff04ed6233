"""Training to a time budget (guppy/training/budget.py) and the BLAS thread setting (minigrad/threads.py)."""

import json
import os

import numpy as np
import pytest

from guppy.cli import main
from guppy.config import get_preset
from guppy.data.dataset_files import write_dataset
from guppy.training import budget
from guppy.training.budget import steps_for_budget, steps_still_fitting
from guppy.training.checkpoint import current_path
from guppy.training.trainer import Trainer, TrainingError
from minigrad.safetensors import load_file
from minigrad.threads import blas_threads, set_blas_threads


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("data")
    write_dataset(str(d), samples=400, eval_ratio=0.1, seed=7)
    return str(d)


def tiny_config():
    return get_preset("tiny").replace_train(eval_every=8, checkpoint_every=8, log_every=4)


def test_steps_fit_the_budget_inequality():
    n = steps_for_budget(100.0, step_s=0.1, eval_s=2.0, eval_every=50, save_s=0.5, checkpoint_every=100)
    cost = lambda k: k * 0.1 + (k / 50 + 1) * 2.0 + (k / 100 + 1) * 0.5  # noqa: E731
    assert cost(n) <= budget.SAFETY * 100.0 < cost(n + 1)
    assert steps_for_budget(1.0, step_s=0.1, eval_s=5.0, eval_every=10) == 0  # the evals alone do not fit


def test_budgeted_run_equals_a_run_of_the_chosen_length(data_dir, tmp_path, monkeypatch):
    """The probe steps leave no trace: the weights equal those of `--steps N` with the chosen N.

    The step count is pinned to 30 here (a loaded test machine would otherwise choose
    anything from 10 to thousands); the probe, the restore and the config write are real."""
    monkeypatch.setattr(budget, "steps_for_budget", lambda *args, **kwargs: 30)
    run_b, run_s = str(tmp_path / "budget"), str(tmp_path / "steps")
    trainer = Trainer(tiny_config(), data_dir, run_b, quiet=True, time_budget_s=3.0)
    plan = trainer.plan
    assert plan.steps == 30 and plan.step_s > 0 and plan.eval_s > 0
    trainer.deadline = None  # a busy test machine must not stop it early: this test is about the probe
    assert trainer.train()["steps"] == plan.steps
    with open(os.path.join(run_b, "config.json")) as f:
        written = json.load(f)["train"]
    assert written["steps"] == plan.steps and written["warmup_steps"] == plan.warmup_steps
    Trainer(tiny_config().with_steps(plan.steps), data_dir, run_s, quiet=True).train()
    a, b = load_file(current_path(run_b, "model.safetensors")), load_file(current_path(run_s, "model.safetensors"))
    for name in a:
        np.testing.assert_array_equal(a[name], b[name], err_msg=name)
    assert not [f for f in os.listdir(run_b) if "probe" in f]  # the save-time probe cleaned up


def test_deadline_stops_a_run_that_falls_behind(data_dir, tmp_path, monkeypatch):
    run = str(tmp_path / "late")
    monkeypatch.setattr(budget, "steps_for_budget", lambda *args, **kwargs: 30)
    trainer = Trainer(tiny_config(), data_dir, run, quiet=True, time_budget_s=3.0)
    trainer.deadline = 0.0  # as if the machine had become very slow: the budget is already spent
    summary = trainer.train()
    assert summary["steps"] == 0 < trainer.config.train.steps
    with open(current_path(run, "state.json")) as f:
        assert json.load(f)["step"] == 0  # a checkpoint to resume from


def test_a_budget_too_small_for_ten_steps_is_refused(data_dir, tmp_path):
    with pytest.raises(TrainingError, match="time budget"):
        Trainer(tiny_config(), data_dir, str(tmp_path / "r"), quiet=True, time_budget_s=0.05)


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--time-budget", "0"], "must be above 0"),
        (["--time-budget", "nan"], "must be a finite number"),
        (["--time-budget", "1", "--steps", "5"], "either --steps or --time-budget"),
        (["--threads", "0"], "must be at least 1"),
        (["--processes", "0"], "must be at least 1"),
    ],
)
def test_budget_flag_errors_are_one_line(data_dir, tmp_path, capsys, argv, message):
    with pytest.raises(SystemExit) as exc:
        code = main(
            ["train", "--preset", "tiny", "--data", data_dir, "--out", str(tmp_path / "r"), "--device", "cpu", *argv]
        )
        raise SystemExit(code)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_blas_threads_can_be_set_and_read_back():
    before = blas_threads()
    if before is None:
        pytest.skip("NumPy's BLAS here is not OpenBLAS; its thread count cannot be set")
    try:
        assert set_blas_threads(1) and blas_threads() == 1
        assert set_blas_threads(2) and blas_threads() == 2
    finally:
        set_blas_threads(before)
    with pytest.raises(ValueError):
        set_blas_threads(0)


def test_a_run_that_falls_behind_shortens_its_schedule_and_one_that_runs_ahead_lengthens_it():
    """At 1 s per step over the last interval and 5 s left, SAFETY * 5 more steps fit; with 100 s left, SAFETY * 100."""
    assert steps_still_fitting(40, 16, (8, 100.0 - 8.0), now=100.0, deadline=105.0) == 16 + int(budget.SAFETY * 5.0)
    assert steps_still_fitting(40, 16, (8, 92.0), now=100.0, deadline=200.0) == 16 + int(budget.SAFETY * 100.0)
    assert steps_still_fitting(40, 16, (8, 92.0), now=100.0, deadline=100.0) == 17  # always one more step


def test_a_change_within_the_slack_is_not_made():
    fits = 16 + int(budget.SAFETY * 1000.0)  # 946
    for total in (fits - 18, fits, fits + 18):  # within 2% of the schedule: kept
        assert steps_still_fitting(total, 16, (8, 92.0), now=100.0, deadline=1100.0) == total
    assert steps_still_fitting(fits - 30, 16, (8, 92.0), now=100.0, deadline=1100.0) == fits
    assert steps_still_fitting(fits + 30, 16, (8, 92.0), now=100.0, deadline=1100.0) == fits


def test_the_shortened_schedule_is_saved_with_the_checkpoint(data_dir, tmp_path, monkeypatch):
    """The trainer asks at each checkpoint; a shorter answer ends the run there and is what --resume reads."""
    import time

    import guppy.training.trainer as trainer_module

    monkeypatch.setattr(budget, "steps_for_budget", lambda *args, **kwargs: 40)
    asked = []

    def behind(total, step, *args):
        asked.append(step)
        return 20 if step >= 16 else total

    monkeypatch.setattr(trainer_module, "steps_still_fitting", behind)
    run = str(tmp_path / "slow")
    with Trainer(tiny_config(), data_dir, run, quiet=True, time_budget_s=3.0) as trainer:
        trainer.deadline = time.perf_counter() + 10**6  # the hard stop must not be what ends it
        summary = trainer.train()
    assert asked[:2] == [8, 16] and summary["steps"] == 20
    with open(current_path(run, "state.json")) as f:
        assert json.load(f)["steps"] == 20  # what --resume goes on with
