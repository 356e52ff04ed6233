"""Whole-model gradient check: GuppyLM.backward against float64 finite differences.

A small GuppyLM (odd sizes: vocab 23, batch 3, sequence 5, 2 heads) runs in float64
with dropout on, the dropout masks fixed by re-seeding the generator before every
forward, and some targets set to padding. For EVERY parameter element we compare
the hand-written gradient with the central difference (L(w + h) - L(w - h)) / 2h.
The whole thing takes about a second because the model has ~2,000 parameters.
"""

from __future__ import annotations

import numpy as np

from minigrad.backend import CPU
from minigrad.gradcheck import GradCase, max_relative_error, numerical_grad

from .config import ModelConfig
from .model import GuppyLM

# ReLU sits inside every block, so the bound is the ReLU one (see minigrad/gradcheck.py).
MODEL_TOLERANCE = 1e-6


def tiny_model_problem(seed: int = 0, dropout: float = 0.1):
    config = ModelConfig(vocab_size=23, d_model=8, n_layers=2, n_heads=2, d_ff=12, max_seq_len=7, dropout=dropout)
    model = GuppyLM(config, CPU, dtype=np.float64, seed=seed)
    rng = np.random.default_rng(seed + 1)
    # Larger-than-default init so every path carries a visible gradient; random gains and biases.
    model.params.data[:] = rng.normal(0.0, 0.5, size=model.params.data.shape)
    ids = rng.integers(1, config.vocab_size, size=(3, 5))
    targets = rng.integers(1, config.vocab_size, size=(3, 5))
    targets[0, -2:] = 0  # padding: ignored by the loss
    targets[2, -1] = 0
    return model, ids, targets


def model_max_error(seed: int = 0) -> float:
    model, ids, targets = tiny_model_problem(seed)

    def loss() -> float:
        _, value = model.forward(ids, targets, training=True, rng=np.random.default_rng(99))
        return float(value)

    model.params.zero_grad()
    model.forward(ids, targets, training=True, rng=np.random.default_rng(99))
    model.backward()
    analytic = model.params.grad.copy()
    numeric = numerical_grad(loss, model.params.data)
    return max_relative_error(analytic, numeric)


def model_cases() -> list:
    model, ids, _ = tiny_model_problem()
    shape = f"GuppyLM {model.config.n_layers}x{model.config.d_model}, B{ids.shape[0]} T{ids.shape[1]}, {model.num_params} params"
    return [GradCase("whole model (dropout 0.1)", shape, model_max_error, MODEL_TOLERANCE)]
