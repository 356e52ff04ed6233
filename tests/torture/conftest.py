"""Fixtures of the torture suite: one small dataset and one tiny trained run, copied per case."""

import shutil

import pytest

from guppy.config import get_preset
from guppy.data.dataset_files import write_dataset
from guppy.training.trainer import Trainer

STEPS = 4


def tiny_config(steps=STEPS, every=2):
    return get_preset("tiny").with_steps(steps).replace_train(checkpoint_every=every, eval_every=every, log_every=1)


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("torture_data")
    write_dataset(str(d), samples=300, eval_ratio=0.1, seed=3)
    return str(d)


@pytest.fixture(scope="session")
def base_run(data_dir, tmp_path_factory):
    run = str(tmp_path_factory.mktemp("torture_run") / "run")
    Trainer(tiny_config(), data_dir, run, quiet=True).train()
    return run


@pytest.fixture
def run_copy(base_run, tmp_path):
    """A private copy of the trained run, to damage."""
    dst = str(tmp_path / "run")
    shutil.copytree(base_run, dst, symlinks=True)
    return dst


@pytest.fixture
def data_copy(data_dir, tmp_path):
    dst = str(tmp_path / "data")
    shutil.copytree(data_dir, dst)
    return dst


@pytest.fixture(autouse=True)
def cpu_only(monkeypatch):
    monkeypatch.setenv("GUPPY_DEVICE", "cpu")
