"""Mixed precision (--amp fp16): the float16 model against float32, the loss scaler, training and resume.

Everything runs on NumPy float16 (slow, so the shapes are tiny); the `xp` tests also
run on CuPy where a GPU is present. U16 = 2^-11 is float16's unit roundoff.

Tolerances, and what was measured when they were set:
  * logits: 16 U16 of max|logit| (a handful of float16 roundings per layer, through
    2 layers; measured 1.2 to 4.7 U16 for weights of std 0.02 to 0.3);
  * loss: |loss16 - loss32| <= 2 max|logit16 - logit32| + 1e-6, because a row's loss
    logsumexp(z) - z_t moves by at most 2 max_i |dz_i| (measured 1e-5 to 1.5e-4);
  * gradients (unscaled, all tensors at once): ||g16 - g32|| <= 16 U16 ||g32||
    (measured 1.6 to 3.4 U16, no tensor's error above 1.9 U16 of ||g32||);
  * training (12 tiny steps): eval loss within 0.01 of the float32 run (measured 2e-4).
"""

import json

import numpy as np
import pytest

from guppy.cli import main
from guppy.config import ModelConfig, get_preset
from guppy.data.dataset_files import write_dataset
from guppy.model import GuppyLM
from guppy.training.checkpoint import current_path
from guppy.training.trainer import Trainer, TrainingError, check_amp
from minigrad.amp import AmpError, DynamicLossScaler, enable_tf32, scaled_clip_and_step
from minigrad.backend import CPU, Backend, make_rng, to_numpy
from minigrad.optim import AdamW, clip_grad_norm_
from minigrad.params import FlatParams, ParamLayout
from minigrad.safetensors import load_file, save_file

U16 = 2.0**-11
CONFIG = ModelConfig(vocab_size=96, d_model=32, n_layers=2, n_heads=2, d_ff=48, max_seq_len=16, dropout=0.1)


def backend_of(xp):
    return CPU if xp is np else Backend(xp, "cuda")


def twin_models(xp, std=0.3):
    """A float32 model with weights of spread `std` (logits far from uniform) and its float16 twin."""
    f32 = GuppyLM(CONFIG, backend_of(xp), seed=1)
    rng = np.random.default_rng(2)
    for name, view in f32.params.tensors.items():
        base = 1.0 if name.endswith("norm1.weight") or name.endswith("norm2.weight") or name == "norm.weight" else 0.0
        view[...] = xp.asarray(base + std * rng.standard_normal(view.shape), dtype=np.float32)
    f16 = GuppyLM(CONFIG, backend_of(xp), compute_dtype=np.float16)
    f16.params.data[...] = f32.params.data
    return f32, f16


def batch(xp):
    rng = np.random.default_rng(0)
    ids = rng.integers(3, CONFIG.vocab_size, size=(3, 5))
    targets = rng.integers(1, CONFIG.vocab_size, size=(3, 5))
    targets[0, -2:] = 0  # padding
    return xp.asarray(ids), xp.asarray(targets)


def test_float32_compute_dtype_is_the_plain_path():
    assert GuppyLM(CONFIG, compute_dtype=np.float32).compute_dtype is None
    assert GuppyLM(CONFIG).compute_dtype is None


@pytest.mark.parametrize("std", [0.02, 0.3])
def test_fp16_forward_close_to_fp32(xp, std):
    f32, f16 = twin_models(xp, std)
    ids, targets = batch(xp)
    z32, loss32 = f32.forward(ids, targets)
    z16, loss16 = f16.forward(ids, targets)
    assert z16.dtype == np.float16 and loss16.dtype == np.float32
    dz = np.abs(to_numpy(z16).astype(np.float64) - to_numpy(z32)).max()
    assert dz <= 16 * U16 * np.abs(to_numpy(z32)).max()
    assert abs(float(loss16) - float(loss32)) <= 2 * dz + 1e-6


def test_fp16_gradients_close_to_fp32(xp):
    f32, f16 = twin_models(xp)
    ids, targets = batch(xp)
    scale = 1024.0
    f32.loss_and_grad(ids, targets, rng=make_rng(xp, 5))  # same seed: same dropout masks (drawn in float32)
    f16.loss_and_grad(ids, targets, rng=make_rng(xp, 5), dloss=xp.asarray(scale, dtype=np.float32))
    assert f16.params.grad.dtype == np.float32  # the master gradient stays float32
    g32 = to_numpy(f32.params.grad).astype(np.float64)
    g16 = to_numpy(f16.params.grad).astype(np.float64) / scale
    assert np.linalg.norm(g16 - g32) <= 16 * U16 * np.linalg.norm(g32)
    assert np.count_nonzero(g16) > 0.9 * np.count_nonzero(g32)  # no mass underflow to zero


# ------------------------------------------------------------ the loss scaler


def small_optimizer(xp, seed=0):
    params = FlatParams(ParamLayout([("w", (7, 5)), ("b", (5,))]), xp)
    rng = np.random.default_rng(seed)
    params.data[...] = xp.asarray(rng.standard_normal(params.num_params), dtype=np.float32)
    opt = AdamW(params, lr=1e-2, weight_decay=0.1)
    opt.m[...] = xp.asarray(rng.standard_normal(params.num_params) * 0.01, dtype=np.float32)
    opt.v[...] = xp.asarray(rng.random(params.num_params) * 1e-4, dtype=np.float32)
    return opt, rng


@pytest.mark.parametrize("bad", [np.inf, -np.inf, np.nan])
def test_overflow_skips_the_step_and_halves_the_scale(xp, bad):
    opt, rng = small_optimizer(xp)
    scaler = DynamicLossScaler(init_scale=1024.0, xp=xp)
    grad = rng.standard_normal(opt.params.num_params) * 1024.0
    grad[17] = bad
    opt.params.grad[...] = xp.asarray(grad, dtype=np.float32)
    before = [to_numpy(b).copy() for b in (opt.params.data, opt.m, opt.v)]
    norm, found_inf = scaled_clip_and_step(opt, scaler, 1e-2, max_norm=1.0)
    assert bool(found_inf) and not np.isfinite(float(norm))
    for buf, old in zip((opt.params.data, opt.m, opt.v), before):
        np.testing.assert_array_equal(to_numpy(buf), old)  # param, m and v untouched
    assert opt.t == 1  # documented: the step counter advances (minigrad/amp.py)
    assert float(scaler.scale) == 512.0 and int(scaler.good_steps) == 0 and int(scaler.skipped_steps) == 1


@pytest.mark.parametrize("max_norm", [0.5, 1e6])
def test_scaled_step_equals_the_unscaled_step(xp, max_norm):
    """S g, unscaled and clipped by one factor min(1, c / (||g|| + 1e-6)) / S, gives the
    same update as clip_grad_norm_(g) + AdamW (1e-6: float32 rounding of the factor)."""
    opt_a, rng = small_optimizer(xp)
    opt_b, _ = small_optimizer(xp)
    g = (rng.standard_normal(opt_a.params.num_params) * 0.3).astype(np.float32)
    scaler = DynamicLossScaler(init_scale=2.0**16, xp=xp)
    opt_a.params.grad[...] = xp.asarray(g) * np.float32(2.0**16)
    opt_b.params.grad[...] = xp.asarray(g)
    norm_a, found_inf = scaled_clip_and_step(opt_a, scaler, 1e-2, max_norm)
    norm_b = clip_grad_norm_(opt_b.params.grad, max_norm)
    opt_b.step(1e-2)
    assert not bool(found_inf) and float(norm_a) == pytest.approx(float(norm_b), rel=1e-6)
    for a, b in ((opt_a.params.data, opt_b.params.data), (opt_a.m, opt_b.m), (opt_a.v, opt_b.v)):
        np.testing.assert_allclose(to_numpy(a), to_numpy(b), rtol=1e-5, atol=1e-7)
    assert float(scaler.scale) == 2.0**16 and int(scaler.good_steps) == 1


def test_scale_grows_after_growth_interval_good_steps(xp):
    scaler = DynamicLossScaler(init_scale=8.0, growth_interval=3, xp=xp)
    # the norm of the scaled gradient at each step; inf = overflow
    expected = [
        (1.0, 8, 1),
        (2.0, 8, 2),
        (np.inf, 4, 0),
        (1.0, 4, 1),
        (np.nan, 2, 0),
        (1.0, 2, 1),
        (1.0, 2, 2),
        (1.0, 4, 0),
        (1.0, 4, 1),
    ]
    for norm_scaled, scale, good in expected:
        found_inf, norm, factor = scaler.unscale_and_check(xp.asarray(norm_scaled, dtype=np.float32), max_norm=None)
        assert bool(found_inf) == (not np.isfinite(norm_scaled))
        assert np.isnan(float(factor)) if bool(found_inf) else float(factor) == 1.0 / float(scaler.scale)
        scaler.update(found_inf)
        assert (float(scaler.scale), int(scaler.good_steps)) == (scale, good)
    assert int(scaler.skipped_steps) == 2


def test_scaler_state_round_trip_and_bad_settings(tmp_path):
    scaler = DynamicLossScaler(init_scale=4096.0, growth_interval=7)
    scaler.update(np.asarray(False))
    scaler.update(np.asarray(True))
    save_file(scaler.state_dict(), str(tmp_path / "s.safetensors"))
    back = DynamicLossScaler()
    back.load_state_dict(load_file(str(tmp_path / "s.safetensors")))
    assert back.state_dict().keys() == scaler.state_dict().keys()
    for key, value in scaler.state_dict().items():
        assert back.state_dict()[key] == value, key
    with pytest.raises(AmpError, match="no 'amp.scale'"):
        back.load_state_dict({"m": np.zeros(3)})
    with pytest.raises(AmpError, match="init_scale"):
        DynamicLossScaler(init_scale=float("nan"))
    with pytest.raises(AmpError, match="growth_interval"):
        DynamicLossScaler(growth_interval=0)


@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_fused_adamw_kernel_skips_on_a_nonfinite_scale(emulated, bad):
    """adamw.cu through the CPU emulator: the skip branch, then a normal step bit for bit."""
    from minigrad.cuda import adamw

    fused, rng = small_optimizer(np)
    ref, _ = small_optimizer(np)
    grad = rng.standard_normal(fused.params.num_params).astype(np.float32)
    fused.params.grad[...] = ref.params.grad[...] = grad
    before = [b.copy() for b in (fused.params.data, fused.m, fused.v)]
    adamw.adamw_step(fused, 1e-2, grad_scale=np.asarray(bad, dtype=np.float32))
    adamw.reference_step(ref, 1e-2, grad_scale=np.asarray(bad, dtype=np.float32))
    for a, b, old in zip((fused.params.data, fused.m, fused.v), (ref.params.data, ref.m, ref.v), before):
        np.testing.assert_array_equal(a, old)
        np.testing.assert_array_equal(b, old)
    assert fused.t == ref.t == 1
    fused.params.grad[...] = ref.params.grad[...] = grad
    adamw.adamw_step(fused, 1e-2, grad_scale=np.asarray(0.25, dtype=np.float32))
    adamw.reference_step(ref, 1e-2, grad_scale=np.asarray(0.25, dtype=np.float32))
    for a, b in ((fused.params.data, ref.params.data), (fused.m, ref.m), (fused.v, ref.v)):
        np.testing.assert_array_equal(a, b)


# ------------------------------------------------------------ training, resume, CLI


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("amp_data")
    write_dataset(str(d), samples=200, eval_ratio=0.1, seed=7)
    return str(d)


def amp_config(steps):
    return get_preset("tiny").replace_train(
        batch_size=4, steps=steps, warmup_steps=2, eval_every=steps, checkpoint_every=steps, log_every=3
    )


def test_amp_training_reaches_the_fp32_loss(data_dir, tmp_path):
    fp32 = Trainer(amp_config(12), data_dir, str(tmp_path / "fp32"), quiet=True).train()
    trainer = Trainer(amp_config(12), data_dir, str(tmp_path / "fp16"), quiet=True, amp="fp16", allow_cpu_amp=True)
    fp16 = trainer.train()
    assert fp16["best_eval"] < 6.0 and abs(fp16["best_eval"] - fp32["best_eval"]) < 0.01
    rows = [r for r in trainer.log if "loss" in r]
    assert all(r["loss_scale"] == 2.0**16 and r["skipped_steps"] == 0 for r in rows)
    with open(current_path(tmp_path / "fp16", "state.json")) as f:
        assert json.load(f)["amp"] == "fp16"


def aggressive(trainer):
    """A scale that overflows at first (2^24) and grows every 3 good steps: skips and growth both happen."""
    trainer.scaler = DynamicLossScaler(init_scale=2.0**24, growth_interval=3)
    return trainer


def test_amp_resume_restores_the_scaler_and_continues_exactly(data_dir, tmp_path):
    config = amp_config(8)
    with np.errstate(over="ignore", invalid="ignore"):  # overflows are the point here
        full = aggressive(Trainer(config, data_dir, str(tmp_path / "full"), quiet=True, amp="fp16", allow_cpu_amp=True))
        summary = full.train()
        killed = aggressive(
            Trainer(config, data_dir, str(tmp_path / "run"), quiet=True, amp="fp16", allow_cpu_amp=True)
        )
        killed.train(stop_at=5)
        saved = {
            k: v
            for k, v in load_file(current_path(tmp_path / "run", "optimizer.safetensors")).items()
            if k.startswith("amp.")
        }
        resumed = Trainer(config, data_dir, str(tmp_path / "run"), resume=True, quiet=True, allow_cpu_amp=True)
        assert resumed.amp == "fp16"  # taken from state.json
        assert {k: v for k, v in resumed.scaler.state_dict().items()} == saved
        assert int(saved["amp.growth_interval"]) == 3 and float(saved["amp.scale"]) != 2.0**24
        resumed.train()
    assert summary["skipped_steps"] > 0
    final = load_file(current_path(tmp_path / "run", "optimizer.safetensors"))
    uninterrupted = load_file(current_path(tmp_path / "full", "optimizer.safetensors"))
    for key in ("amp.scale", "amp.good_steps", "amp.skipped_steps", "m", "v", "step"):
        np.testing.assert_array_equal(final[key], uninterrupted[key], err_msg=key)
    weights = load_file(current_path(tmp_path / "run", "model.safetensors"))
    for name, value in load_file(current_path(tmp_path / "full", "model.safetensors")).items():
        np.testing.assert_array_equal(weights[name], value, err_msg=name)


def test_amp_is_refused_on_the_cpu_with_one_line(capsys, tmp_path):
    with pytest.raises(TrainingError, match="needs a CUDA GPU"):
        check_amp("fp16", CPU)
    with pytest.raises(TrainingError, match="must be one of"):
        check_amp("bf16", CPU)
    assert check_amp("fp16", CPU, allow_cpu=True) == "fp16"
    code = main(
        [
            "train",
            "--preset",
            "tiny",
            "--amp",
            "fp16",
            "--device",
            "cpu",
            "--data",
            str(tmp_path),
            "--out",
            str(tmp_path / "run"),
        ]
    )
    err = capsys.readouterr().err.strip()
    assert code == 2 and err.count("\n") == 0 and "--amp fp16 needs a CUDA GPU" in err


def test_tf32_is_a_message_on_the_cpu():
    assert "no effect on the CPU" in enable_tf32(CPU)
