"""Data parallelism over CPU processes (guppy/training/parallel.py): same gradients, exact resume, clean errors."""

import numpy as np
import pytest

from guppy.config import get_preset
from guppy.data.dataset_files import write_dataset
from guppy.training.checkpoint import current_path
from guppy.training.parallel import ParallelError, can_fork, slice_rows
from guppy.training.trainer import Trainer
from minigrad.safetensors import load_file

pytestmark = pytest.mark.skipif(not can_fork(), reason="data parallelism needs fork() (Linux)")


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("data")
    write_dataset(str(d), samples=400, eval_ratio=0.1, seed=7)
    return str(d)


def config(processes, dropout=0.1, steps=16):
    c = get_preset("tiny").replace_train(
        steps=steps, eval_every=8, checkpoint_every=4, log_every=4, processes=processes
    )
    return c.replace_model(dropout=dropout)


def test_slices_cover_the_batch_once():
    for batch, procs in ((8, 2), (8, 3), (32, 4), (5, 5)):
        rows = [slice_rows(batch, procs, k) for k in range(procs)]
        covered = np.concatenate([np.arange(batch)[r] for r in rows])
        np.testing.assert_array_equal(covered, np.arange(batch))
        assert max(r.stop - r.start for r in rows) - min(r.stop - r.start for r in rows) <= 1


@pytest.mark.parametrize("processes", [2, 3])
def test_split_batch_gives_the_whole_batch_gradient(data_dir, tmp_path, processes):
    """Without dropout, the summed slice gradients equal the full batch's gradient (float32 rounding)."""
    one = Trainer(config(1, dropout=0.0), data_dir, str(tmp_path / "one"), quiet=True)
    many = Trainer(config(processes, dropout=0.0), data_dir, str(tmp_path / "many"), quiet=True)
    try:
        for step in (0, 5):
            loss1, _, n1 = one.train_step(step, lr=0.0)
            g1 = one.model.params.grad.copy()  # clipped in place by train_step: compare both clipped
            loss2, _, n2 = many.train_step(step, lr=0.0)
            g2 = many.model.params.grad
            assert n1 == n2
            assert abs(float(loss1) - float(loss2)) <= 1e-6 * abs(float(loss1))
            assert np.abs(g1 - g2).max() <= 1e-5 * np.abs(g1).max()
    finally:
        many.close()


def test_the_workers_run_the_single_process_step_function_on_their_slices(data_dir, tmp_path):
    """DataParallel only slices and sums: with dropout on, the split gradient is, bit for bit, the sum of
    Trainer.part_loss_and_grad over the slices run one after the other in a single process."""
    one = Trainer(config(1), data_dir, str(tmp_path / "one"), quiet=True)
    many = Trainer(config(2), data_dir, str(tmp_path / "many"), quiet=True)
    try:
        for step in (0, 3):
            losses, grads = [], []
            for part in (0, 1):
                losses.append(one.part_loss_and_grad(step, part, 2))
                grads.append(one.model.params.grad.copy())
            loss, n = many.parallel.loss_and_grad(step)
            np.testing.assert_array_equal(many.model.params.grad, grads[0] + grads[1])
            assert n == sum(part_n for _, part_n in losses)
            assert float(loss) == np.float32(sum(float(part_loss) * part_n for part_loss, part_n in losses) / n)
    finally:
        many.close()
        one.close()


def test_killed_parallel_run_resumes_bit_identically(data_dir, tmp_path):
    """As the cpu preset trains: split batches."""
    full, resumed = str(tmp_path / "full"), str(tmp_path / "resumed")
    c = config(2)
    t = Trainer(c, data_dir, full, quiet=True)
    t.train()
    t.close()
    t = Trainer(c, data_dir, resumed, quiet=True)
    t.train(stop_at=9)  # stopped after step 9 (it checkpoints there, as the end of its run)
    t.close()
    t = Trainer(c, data_dir, resumed, resume=True, quiet=True)
    assert t.step == 9
    t.train()
    t.close()
    a, b = load_file(current_path(full, "model.safetensors")), load_file(current_path(resumed, "model.safetensors"))
    for name in a:
        np.testing.assert_array_equal(a[name], b[name], err_msg=name)


class FailingWorkerTrainer(Trainer):
    def part_loss_and_grad(self, step, part, processes):
        if part == 1 and step == 3:
            raise ValueError("planted failure")
        return super().part_loss_and_grad(step, part, processes)


def test_a_worker_error_is_one_line_and_workers_stop(data_dir, tmp_path):
    t = FailingWorkerTrainer(config(2), data_dir, str(tmp_path / "r"), quiet=True)
    procs = list(t.parallel.procs)
    t.parallel.loss_and_grad(2)
    with pytest.raises(ParallelError, match="worker 1 failed: ValueError: planted failure"):
        t.parallel.loss_and_grad(3)
    t.parallel.loss_and_grad(4)  # the pipes are still in step: the next step works
    t.close()
    assert all(not p.is_alive() for p in procs)
