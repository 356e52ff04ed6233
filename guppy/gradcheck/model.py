"""The real GuppyLM, checked tensor by tensor against float64 finite differences.

The model is the one that trains (guppy/model.py and guppy/block.py, the reference kernels),
built small and in float64 so that central differences can be taken over every parameter:

    CHECK_CONFIG   vocab 23, d_model 8, 2 blocks of 2 heads (head size 4), FFN 12, context 9:
                   every weight has its own shape except the square attn.out [8, 8], so most
                   transposed or misrouted gradients fail on shape before any number is compared
    the batch      3 chat rows of 8 tokens: right padding (id 0) in two rows, targets on the reply
                   only (the prompt's positions and the padding are 0), a token id repeated within
                   a row and across rows (the embedding's backward must sum their rows); the head
                   therefore runs on the picked rows only (take_rows), as in training
    initialisation with z ~ N(0, 1): LayerNorm gains 1 + 0.1 z, every bias 0.05 z, embeddings
                   0.5 z, weights z / sqrt(fan_in), so every activation is O(1) and every FFN unit alive
    dropout        0.1 on the embedding, the attention weights and the FFN output; the masks are
                   fixed by giving every forward a fresh generator with the same seed (the dropout
                   kernel draws `rng.random(shape, float32)` in a fixed order of calls, so the same
                   seed and shapes give the same masks), so finite differences see one smooth function

The untied head (ModelConfig.tied_head false, the cpu preset's head) changes the gradients of
two tensors: tok_emb.weight then gets the lookup's contribution only, and head.weight the head's.
Both get their own rows, from UNTIED_CONFIG, checked the same way.

One row per parameter tensor, plus the input path: the gradient reaching the output of the
embedding (a zero offset is added there, and finite differences perturb the offset). Each row
prints the measured error beside the error budget of minigrad/gradcheck.py (random walk and worst
case, from the rounding terms of this model's own forward) and is judged against the tolerance
derived there.

The ReLU. A central difference across the kink of max(u, 0) is off by O(1), so the check refuses
a problem where it could happen: before any difference is taken, every ReLU input must be at
least RELU_MARGIN from 0 (a step h = 1e-6 moves a ReLU input by h |du/dtheta|, and the largest
move measured over every probe below is 4e-6), and every FFN unit must be active at some position
that reaches the loss (a dead unit's weights have exactly zero gradient on both sides: a
comparison of 0 with 0 that proves nothing). During the differences, every probe's ReLU inputs are
compared with the unperturbed ones: a sign change anywhere fails the check (SetupError).
"""

from __future__ import annotations

import dataclasses
import functools
import math
import types
from dataclasses import dataclass

import numpy as np

import minigrad.kernels as reference_kernels
from guppy.config import ModelConfig, param_shapes
from guppy.model import GuppyLM
from minigrad.backend import CPU
from minigrad.gradcheck import STEP, GradCase, Outcome, RoundingBudget, numerical_grad, recording_kernels
from minigrad.relative_error import max_relative_error

CHECK_CONFIG = ModelConfig(vocab_size=23, d_model=8, n_layers=2, n_heads=2, d_ff=12, max_seq_len=9, dropout=0.1)
# The same model with its own head matrix (the cpu preset's head): the two tensors whose
# gradients the tie changes get their rows from it.
UNTIED_CONFIG = dataclasses.replace(CHECK_CONFIG, tied_head=False)
UNTIED_ROWS = ("tok_emb.weight", "head.weight")
BATCH, LENGTH = 3, 8
PROMPT_LENGTHS = (2, 1, 2)  # reply-only targets: no target on a row's first positions
PADDING = (0, 3, 1)  # pad tokens (id 0) at the end of each row
# Parameters and token ids. With this init 3 of the seeds 0..29 leave an FFN unit dead on this small
# batch (the check refuses them); seed 13 has none, and its closest ReLU input is 5e-3 from the kink.
SEED = 13
DROPOUT_SEED = 99
RELU_MARGIN = 1e-4  # 100 steps h: covers |du/dtheta| up to 100 (the largest move of a probe measures 4e-6)
INPUT_PATH = "input path (embedding output)"


class SetupError(ValueError):
    """The problem is unfit for a finite-difference check (a dead unit, a ReLU input at the kink)."""


@dataclass
class Problem:
    model: GuppyLM
    ids: np.ndarray  # [B, T]
    targets: np.ndarray  # [B, T], 0 = no target


def realistic_init(params: dict, rng) -> None:
    """Gains near 1, small non-zero biases, weights that keep activations O(1) (see the module docstring)."""
    for name, w in params.items():
        if "norm" in name and name.endswith(".weight"):
            w[...] = 1 + rng.normal(0.0, 0.1, w.shape)
        elif name.endswith(".bias"):
            w[...] = rng.normal(0.0, 0.05, w.shape)
        elif name.endswith("emb.weight"):
            w[...] = rng.normal(0.0, 0.5, w.shape)
        else:
            w[...] = rng.normal(0.0, 1.0 / math.sqrt(w.shape[1]), w.shape)


def check_problem(seed: int = SEED, config: ModelConfig = CHECK_CONFIG) -> Problem:
    """The float64 GuppyLM and chat batch of the check (see the module docstring)."""
    model = GuppyLM(config, CPU, dtype=np.float64)
    realistic_init(model.params.tensors, np.random.default_rng(seed))
    # the batch has its own stream: a config with another tensor draws the same tokens
    tokens = np.random.default_rng([seed, 1]).integers(1, config.vocab_size, size=(BATCH, LENGTH + 1))
    tokens[0, 4] = tokens[0, 1]  # a repeated id within a row ...
    tokens[2, 0] = tokens[0, 1]  # ... and across rows
    ids, targets = tokens[:, :-1].copy(), tokens[:, 1:].copy()  # the target is the next token
    for b, (prompt, pad) in enumerate(zip(PROMPT_LENGTHS, PADDING)):
        if pad:
            ids[b, LENGTH - pad :] = 0
            targets[b, LENGTH - pad - 1 :] = 0  # a padded row ends: no target after its last token
        targets[b, :prompt] = 0  # reply only
    return Problem(model, ids, targets)


# ----------------------------------------------------------------------------- taps on the kernels


class Taps:
    """A kernel set around `base` with three taps; the arithmetic is base's own.

    * offset [B, T, D] (zeros) is added to the embedding's output: finite differences perturb it,
      and embedding_backward records the gradient that arrives there (the input-path row);
    * every ReLU input of a forward is kept in `relu_inputs` (one array per block).
    """

    def __init__(self, base, shape):
        self.base = base
        self.offset = np.zeros(shape)
        self.input_grad = None
        self.relu_inputs = []
        ns = types.SimpleNamespace(**{n: getattr(base, n) for n in dir(base) if not n.startswith("_")})

        def embedding_forward(ids, tok, pos):
            out, cache = base.embedding_forward(ids, tok, pos)
            return out + self.offset, cache

        def embedding_backward(dout, cache):
            self.input_grad = np.array(dout, copy=True)
            return base.embedding_backward(dout, cache)

        def relu_forward(x):
            self.relu_inputs.append(np.array(x, copy=True))
            return base.relu_forward(x)

        ns.embedding_forward, ns.embedding_backward = embedding_forward, embedding_backward
        ns.relu_forward = relu_forward
        self.kernels = ns


def _reaches_loss(targets) -> np.ndarray:
    """bool [B, T]: positions at or before their row's last target (later ones affect no counted position)."""
    counted = targets != 0
    last = np.where(counted.any(axis=1), counted.shape[1] - 1 - np.argmax(counted[:, ::-1], axis=1), -1)
    return np.arange(counted.shape[1])[None, :] <= last[:, None]


def check_relu_inputs(relu_inputs, targets, margin: float = RELU_MARGIN) -> tuple[float, int]:
    """Raise SetupError for a dead FFN unit or a ReLU input within `margin` of 0; returns (closest, units)."""
    reach = _reaches_loss(targets)
    closest, units = math.inf, 0
    for block, u in enumerate(relu_inputs):
        alive = (u[reach] > 0).any(axis=0)  # [F]: active at some position that reaches the loss
        if not alive.all():
            raise SetupError(
                f"FFN unit {int(np.argmin(alive))} of block {block} is dead (never active where the loss "
                "can see it): its gradients are 0 on both sides and prove nothing; change the init"
            )
        units += alive.size
        near = float(np.abs(u).min())
        if near < margin:
            where = np.unravel_index(int(np.argmin(np.abs(u))), u.shape)
            raise SetupError(
                f"a ReLU input of block {block} at {tuple(int(i) for i in where)} is {near:.1e} from "
                f"the kink, under the margin {margin:.0e}: a finite-difference step could cross it"
            )
        closest = min(closest, near)
    return closest, units


# ----------------------------------------------------------------------------- the check


@dataclass
class ModelCheck:
    """Everything the table, the summary and the bug gallery read."""

    names: list  # row names: every parameter tensor, then INPUT_PATH
    shapes: dict
    analytic: dict  # name -> array
    numeric: dict  # name -> array (None when not computed)
    budget: RoundingBudget
    relu_closest: float
    relu_units: int
    relu_largest_move: float  # over every finite-difference probe
    num_params: int
    loss: float  # at the unperturbed point

    def outcome(self, name) -> Outcome:
        a, n = self.analytic[name], self.numeric[name]
        est = self.budget.estimate(n.size, float(np.abs(n).max()))
        return Outcome(max_relative_error(a, n), est.expected, est.worst, est.tolerance)

    def one_number(self) -> float:
        """The old whole-model figure: max |a - n| over every parameter, relative to the largest gradient entry."""
        names = [n for n in self.names if n != INPUT_PATH]
        flat = [np.concatenate([d[n].reshape(-1) for n in names]) for d in (self.analytic, self.numeric)]
        return max_relative_error(*flat)


def run_model_check(
    kernels=None, numeric: ModelCheck | None = None, relu_margin: float = RELU_MARGIN, problem: Problem | None = None
) -> ModelCheck:
    """Analytic gradients (with the rounding budget) and, unless `numeric` gives them, finite differences.

    kernels: the kernel set to check (default minigrad.kernels), or a function of the model that
    returns one; numeric: a ModelCheck whose finite differences to reuse when only backward
    functions differ (the loss at the unperturbed point must then be the same to the last bit);
    problem: the model and batch to check (default check_problem()).
    """
    problem = problem or check_problem()
    model, ids, targets = problem.model, problem.ids, problem.targets
    if callable(kernels):
        kernels = kernels(model)
    taps = Taps(kernels or reference_kernels, (*ids.shape, model.config.d_model))

    def forward():
        taps.relu_inputs = []
        rng = np.random.default_rng(DROPOUT_SEED)
        _, loss = model.forward(ids, targets, training=True, rng=rng)
        return loss

    budget = RoundingBudget()
    model.kernels = recording_kernels(taps.kernels, budget)
    model.params.zero_grad()
    loss_value = float(forward())
    model.backward()
    base_relu = taps.relu_inputs
    closest, units = check_relu_inputs(base_relu, targets, relu_margin)
    layout = model.layout
    analytic = {name: model.params.grads[name].copy() for name in layout.names}
    analytic[INPUT_PATH] = taps.input_grad
    names = [*layout.names, INPUT_PATH]
    shapes = {**layout.shapes, INPUT_PATH: taps.offset.shape}

    largest_move = numeric.relu_largest_move if numeric is not None else 0.0
    if numeric is not None:
        if numeric.loss != loss_value:
            raise ValueError(f"the forward changed (loss {loss_value!r}, not {numeric.loss!r}): take new differences")
        numeric_grads = numeric.numeric
    else:
        model.kernels = taps.kernels
        moves = []

        def loss() -> float:
            value = float(forward())
            for block, (u, u0) in enumerate(zip(taps.relu_inputs, base_relu)):
                if ((u > 0) != (u0 > 0)).any():
                    raise SetupError(f"a finite-difference probe moved a ReLU input of block {block} across the kink")
                moves.append(float(np.abs(u - u0).max()))
            return value

        flat = numerical_grad(loss, model.params.data)
        numeric_grads = layout.views(flat)
        numeric_grads[INPUT_PATH] = numerical_grad(loss, taps.offset)
        largest_move = max(moves)
    model.kernels = reference_kernels
    return ModelCheck(
        names, shapes, analytic, numeric_grads, budget, closest, units, largest_move, model.num_params, loss_value
    )


@functools.cache
def _clean_check_or_error(config: ModelConfig):
    try:
        return run_model_check(problem=check_problem(config=config))
    except SetupError as exc:  # kept, so that every row reports it without running the check again
        return exc


def clean_check(config: ModelConfig = CHECK_CONFIG) -> ModelCheck:
    """The check of the unmodified model, computed once per process (the table, the tests and the gallery share it)."""
    result = _clean_check_or_error(config)
    if isinstance(result, SetupError):
        raise result
    return result


def _shape_text(shape) -> str:
    return "[" + ",".join(str(s) for s in shape) + "]"


def model_cases() -> list[GradCase]:
    """A row per parameter tensor and the input path; then the rows of the untied head."""
    shapes = [*param_shapes(CHECK_CONFIG), (INPUT_PATH, (BATCH, LENGTH, CHECK_CONFIG.d_model))]
    return [
        GradCase(f"model {name}", _shape_text(shape), lambda name=name: clean_check().outcome(name))
        for name, shape in shapes
    ] + _variant_cases("untied head", UNTIED_CONFIG, UNTIED_ROWS)


def _variant_cases(label: str, config: ModelConfig, names) -> list[GradCase]:
    """The rows `names` of the check of a variant of the model (its own config, the same batch recipe)."""
    shapes = {**dict(param_shapes(config)), INPUT_PATH: (BATCH, LENGTH, config.d_model)}
    return [
        GradCase(
            f"model, {label}: {name}",
            _shape_text(shapes[name]),
            lambda name=name: clean_check(config).outcome(name),
        )
        for name in names
    ]


def _untied_summary() -> str:
    try:
        u = clean_check(UNTIED_CONFIG)
    except SetupError as exc:
        return f"untied-head rows: not checked: {exc}"
    return (
        f"untied-head rows: the same model with its own head matrix ({u.num_params:,} parameters, the same "
        f"batch), closest ReLU input {u.relu_closest:.1e}, "
        f"largest move {u.relu_largest_move:.1e}."
    )


def model_summary() -> str:
    """The model check in words: what was checked and how far the ReLUs stayed from the kink."""
    m = CHECK_CONFIG
    try:
        c = clean_check()
    except SetupError as exc:
        return f"model rows: not checked: {exc}"
    counted = int((check_problem().targets != 0).sum())
    return (
        f"model rows: the real GuppyLM ({m.n_layers} blocks, d_model {m.d_model}, {m.n_heads} heads, FFN {m.d_ff}, "
        f"vocab {m.vocab_size}), float64, {c.num_params:,} parameters, batch {BATCH}x{LENGTH} with padding and "
        f"{counted} reply-only targets, dropout {m.dropout} with fixed masks, step h = {STEP:.0e}.\n"
        f"ReLU: {c.relu_units} FFN units, none dead; closest input to the kink {c.relu_closest:.1e} "
        f"(margin required {RELU_MARGIN:.0e}); largest move of any probe {c.relu_largest_move:.1e}, "
        f"no probe crossed the kink.\n"
        f"{_untied_summary()}\n"
        f"The old single whole-model figure (every parameter at once): {c.one_number():.1e}."
    )
