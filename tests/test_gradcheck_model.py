"""The real GuppyLM's gradient check: every tensor within its derived tolerance, and a problem it can trust."""

import numpy as np
import pytest

import minigrad.kernels as reference
from guppy.config import param_shapes
from guppy.gradcheck.model import (
    CHECK_CONFIG,
    DROPOUT_SEED,
    INPUT_PATH,
    RELU_MARGIN,
    UNTIED_CONFIG,
    UNTIED_ROWS,
    SetupError,
    Taps,
    check_problem,
    clean_check,
    model_cases,
    run_model_check,
)
from minigrad.gradcheck import run_table


def test_a_row_per_parameter_tensor_and_the_input_path_each_within_its_derived_tolerance():
    cases = model_cases()
    tied = [f"model {n}" for n, _ in param_shapes(CHECK_CONFIG)] + [f"model {INPUT_PATH}"]
    untied = [f"model, untied head: {n}" for n in UNTIED_ROWS]
    assert [c.name for c in cases] == tied + untied
    for case in cases:
        o = case.run()
        assert o.passed and 0 < o.error <= o.tolerance <= 1e-7, (case.name, o)
        assert o.tolerance <= o.worst and o.error <= o.expected, (case.name, o)  # the budget holds and is not loose
    assert run_table(cases) == 0


def test_the_problem_is_the_one_training_sees():
    problem = check_problem()
    ids, targets, P = problem.ids, problem.targets, problem.model.params.tensors
    assert (ids == 0).any(axis=1).tolist() == [False, True, True]  # right padding in two rows
    assert ((targets == 0) & (ids != 0)).any()  # prompt positions: reply-only targets
    assert (targets != 0).sum() >= 10
    real = ids[ids != 0]
    assert len(np.unique(real)) < len(real)  # repeated ids: the lookup's backward must sum rows
    assert CHECK_CONFIG.dropout > 0
    for name, w in P.items():
        if "norm" in name and name.endswith(".weight"):
            assert np.abs(w - 1).max() < 0.5, name  # gains near 1
        else:
            assert (w != 0).all(), name  # no exact zeros among biases or weights
    check = clean_check()
    assert check.relu_units == 2 * CHECK_CONFIG.d_ff  # every FFN unit alive
    assert check.relu_closest >= RELU_MARGIN
    assert 0 < check.relu_largest_move < RELU_MARGIN / 10  # the margin covers every probe's move tenfold


def relu_inputs(problem):
    taps = Taps(reference, (*problem.ids.shape, CHECK_CONFIG.d_model))
    problem.model.kernels = taps.kernels
    problem.model.forward(problem.ids, problem.targets, training=True, rng=np.random.default_rng(DROPOUT_SEED))
    problem.model.kernels = reference
    return taps.relu_inputs


def test_the_untied_rows_catch_the_head_gradient_sent_to_the_embedding():
    """The slip of untying by hand: backward still adds the head's gradient to tok_emb.weight."""
    problem = check_problem(config=UNTIED_CONFIG)
    model, backward = problem.model, problem.model.backward

    def slipped(dloss=1.0):
        backward(dloss)
        G = model.params.grads
        G["tok_emb.weight"] += G["head.weight"]
        G["head.weight"][...] = 0.0

    model.backward = slipped
    check = run_model_check(problem=problem)
    assert not check.outcome("head.weight").passed and not check.outcome("tok_emb.weight").passed
    assert check.outcome("norm.weight").passed  # everything else still agrees
    assert clean_check(UNTIED_CONFIG).outcome("head.weight").passed


def test_a_dead_unit_is_refused():
    problem = check_problem()
    problem.model.params.tensors["blocks.0.ffn.up.bias"][3] = -100.0
    with pytest.raises(SetupError, match="unit 3 of block 0 is dead"):
        run_model_check(problem=problem)


def put_a_relu_input_near_the_kink(problem, distance):
    u = relu_inputs(problem)[0]  # block 0, [B, T, F]
    b, t, j = 0, 2, 5
    problem.model.params.tensors["blocks.0.ffn.up.bias"][j] -= u[b, t, j] - distance
    assert abs(relu_inputs(problem)[0][b, t, j] - distance) < 1e-12


def test_a_relu_input_within_the_margin_is_refused():
    problem = check_problem()
    put_a_relu_input_near_the_kink(problem, 5e-7)
    with pytest.raises(SetupError, match="from the kink"):
        run_model_check(problem=problem)


def test_a_probe_that_crosses_the_kink_fails_the_check_even_without_the_margin():
    problem = check_problem()
    put_a_relu_input_near_the_kink(problem, 5e-7)  # a step h = 1e-6 of that unit's bias crosses it
    with pytest.raises(SetupError, match="across the kink"):
        run_model_check(problem=problem, relu_margin=0.0)


def test_reused_differences_require_the_same_forward():
    def unbiased_layernorm(model):
        from guppy.gradcheck.bugs import BUGS, planted

        bug = next(b for b in BUGS if "D - 1" in b.title)
        with planted(bug) as kernels_for:
            return kernels_for(model)

    with pytest.raises(ValueError, match="forward changed"):
        run_model_check(unbiased_layernorm, numeric=clean_check())
