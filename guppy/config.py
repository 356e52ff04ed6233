"""Model and training presets.

    guppy  the full model (docs/DESIGN.md, section 2.4): 6 layers, d_model 384, 6 heads, FFN 768,
           vocab 4,096, context 128: 8,726,016 parameters (tied head counted once).
    cpu    a smaller fish that trains within the 10-minute quickstart on a 2-core CPU (same
           vocabulary and chat format; figures in docs/RESULTS.md, section 1).
    tiny   a few thousand parameters for tests.

A Config is plain data: it is written to config.json in every run directory and read
back from there, so a checkpoint always carries the shapes it was trained with.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field


class ConfigError(ValueError):
    """A config file or preset that cannot be used; the message says why in one line."""


# Bounds of every config field: (low, high), inclusive; "open" marks a bound the value
# must stay strictly inside. The upper bounds of sizes keep a hand-edited config.json from
# asking for more memory than any machine has before a checkpoint's shapes are compared.
MODEL_LIMITS = {
    "vocab_size": (1, 1 << 20),
    "d_model": (1, 1 << 14),
    "n_layers": (1, 1024),
    "n_heads": (1, 1 << 14),
    "d_ff": (1, 1 << 16),
    "max_seq_len": (1, 1 << 16),
    "dropout": (0.0, (1.0, "open")),
}
TRAIN_LIMITS = {
    "steps": (1, 10**9),
    "batch_size": (1, 1 << 16),
    "lr": ((0.0, "open"), 10.0),
    "min_lr": (0.0, 10.0),
    "warmup_steps": (0, 10**9),
    "weight_decay": (0.0, 10.0),
    "beta1": (0.0, (1.0, "open")),
    "beta2": (0.0, (1.0, "open")),
    "eps": ((0.0, "open"), 1.0),
    "grad_clip": ((0.0, "open"), 1e6),
    "eval_every": (1, 10**9),
    "log_every": (1, 10**9),
    "checkpoint_every": (1, 10**9),
    "seed": (0, 2**63 - 1),
}
# Keys of config.json that runs trained before 2026-12-06 carry: the topic machinery, retired
# (docs/RESULTS.md, section 8). A run that never used it has them at these neutral values and loads
# without them; any other value is a run of the retired model, which this code cannot continue.
RETIRED_KEYS = {
    "model": {"n_topics": 0, "topic_slot": False, "topic_bag": False},
    "train": {"opening_tokens": 0, "opening_weight": 1.0, "topic_weight": 0.0},
}
MAX_PARAMS = 2_000_000_000  # 8 GB of float32 weights, and as much again for each optimizer moment


def _number(x) -> str:
    return f"{x:,}" if isinstance(x, int) else f"{x:g}"


def _bound(b):
    return (b[0], True) if isinstance(b, tuple) else (b, False)


def check_fields(obj, what: str, limits: dict) -> None:
    """Every field of a config dataclass has its declared type (int, float or str) and lies in its limits."""
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.type == "int" and (not isinstance(value, int) or isinstance(value, bool)):
            raise ConfigError(f"{what} {f.name} must be an integer, got {value!r:.40}")
        if f.type == "float" and (not isinstance(value, (int, float)) or isinstance(value, bool)):
            raise ConfigError(f"{what} {f.name} must be a number, got {value!r:.40}")
        if f.type == "bool" and not isinstance(value, bool):
            raise ConfigError(f"{what} {f.name} must be true or false, got {value!r:.40}")
        if f.type == "str" and not isinstance(value, str):
            raise ConfigError(f"{what} {f.name} must be a string, got {value!r:.40}")
        if f.name in limits:
            (low, low_open), (high, high_open) = map(_bound, limits[f.name])
            inside = (value > low if low_open else value >= low) and (value < high if high_open else value <= high)
            if not inside:  # (NaN is never inside)
                raise ConfigError(
                    f"{what} {f.name} must be in {'(' if low_open else '['}{_number(low)}, "
                    f"{_number(high)}{')' if high_open else ']'}, got {value!r}"
                )


@dataclass(frozen=True)
class ModelConfig:
    vocab_size: int = 4096
    d_model: int = 384
    n_layers: int = 6
    n_heads: int = 6
    d_ff: int = 768
    max_seq_len: int = 128
    dropout: float = 0.1
    # The head reuses the token embedding as its matrix (GPT-2, the original GuppyLM). Without
    # the tie the head has its own [vocab, d_model] matrix: more weights, the same FLOPs, and
    # the embedding of a word only ever seen in prompts is no longer pushed around by the
    # softmax at every reply position (docs/DESIGN.md, section 2.4).
    tied_head: bool = True

    def __post_init__(self):
        check_fields(self, "model config", MODEL_LIMITS)
        if self.d_model % self.n_heads:
            raise ConfigError(f"d_model {self.d_model} is not divisible by n_heads {self.n_heads}")

    @property
    def head_dim(self) -> int:
        return self.d_model // self.n_heads


@dataclass(frozen=True)
class TrainConfig:
    steps: int = 10_000
    batch_size: int = 32
    lr: float = 3e-4
    min_lr: float = 3e-5
    warmup_steps: int = 200
    weight_decay: float = 0.1
    beta1: float = 0.9
    beta2: float = 0.95
    eps: float = 1e-8
    grad_clip: float = 1.0
    eval_every: int = 500
    log_every: int = 10
    checkpoint_every: int = 500
    seed: int = 1234
    # Which target tokens the loss counts: "all" (every non-pad token) or "reply" (the
    # fish's answer only); see docs/DESIGN.md, section 4.
    loss_on: str = "all"
    # CPU processes that share each batch (guppy/training/parallel.py). It changes the rounding and
    # the dropout masks, so it belongs to the run: --resume continues with the same count.
    processes: int = 1

    def __post_init__(self):
        check_fields(self, "training config", TRAIN_LIMITS)
        if self.loss_on not in ("all", "reply"):
            raise ConfigError(f"loss_on must be 'all' or 'reply', got {self.loss_on!r}")
        if not 1 <= self.processes <= self.batch_size:
            raise ConfigError(f"processes must lie in [1, batch_size={self.batch_size}], got {self.processes}")


@dataclass(frozen=True)
class Config:
    name: str
    model: ModelConfig = field(default_factory=ModelConfig)
    train: TrainConfig = field(default_factory=TrainConfig)

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2) + "\n"

    @classmethod
    def from_dict(cls, d) -> Config:
        """A Config from parsed JSON; anything missing, unknown, mistyped or out of range is a ConfigError."""
        if not isinstance(d, dict):
            raise ConfigError(f"config is not a guppy config (a JSON {type(d).__name__}, not an object)")
        for key, kind in (("name", str), ("model", dict), ("train", dict)):
            if not isinstance(d.get(key), kind):
                raise ConfigError(
                    f"config is not a guppy config ({key!r} must be a JSON {'string' if kind is str else 'object'})"
                )
        unknown = sorted(set(d) - {"name", "model", "train"})
        if unknown:
            raise ConfigError(f"config is not a guppy config (unknown key {unknown[0]!r})")
        model, train = (_without_retired_keys(d[part], part) for part in ("model", "train"))
        try:
            config = cls(name=d["name"], model=ModelConfig(**model), train=TrainConfig(**train))
        except TypeError as exc:  # an unknown or missing field
            raise ConfigError(f"config is not a guppy config ({exc})") from None
        if count_params(config.model) > MAX_PARAMS:
            raise ConfigError(
                f"model config asks for {count_params(config.model):,} parameters, more than the "
                f"{MAX_PARAMS:,} guppy will allocate"
            )
        return config

    def replace_train(self, **changes) -> Config:
        return dataclasses.replace(self, train=dataclasses.replace(self.train, **changes))

    def with_steps(self, steps: int) -> Config:
        """The same run with another length; warm-up, eval and checkpoint intervals shrink to fit."""
        if not isinstance(steps, int) or isinstance(steps, bool) or steps <= 0:
            raise ConfigError(f"--steps must be a positive integer, got {steps!r}")
        t = self.train
        return self.replace_train(
            steps=steps,
            warmup_steps=min(t.warmup_steps, steps // 10),
            eval_every=min(t.eval_every, steps),
            checkpoint_every=min(t.checkpoint_every, steps),
        )

    def replace_model(self, **changes) -> Config:
        return dataclasses.replace(self, model=dataclasses.replace(self.model, **changes))


def _without_retired_keys(fields: dict, part: str) -> dict:
    """fields without the RETIRED_KEYS of `part`; a ConfigError if one holds anything but its neutral value."""
    for key, neutral in RETIRED_KEYS[part].items():
        if key in fields and (fields[key] != neutral or isinstance(fields[key], bool) != isinstance(neutral, bool)):
            raise ConfigError(
                f"config {part} {key} is {fields[key]!r:.40}: this run uses the retired topic machinery "
                "(docs/RESULTS.md, section 8), which this guppy no longer has"
            )
    return {key: value for key, value in fields.items() if key not in RETIRED_KEYS[part]}


PRESETS = {
    # Every preset counts the reply only: measured better on the cpu preset, assumed for the
    # full model (docs/RESULTS.md, section 1; `--loss-on all` counts every token).
    "guppy": Config("guppy", train=TrainConfig(loss_on="reply")),
    # The best fish per CPU minute on a 2-core laptop, chosen at equal wall time: 2 layers beat
    # 4 (more conversations seen), batch 64 splits well across 2 processes. Width, dropout, a
    # higher lr and a smaller vocabulary did worse. The head is untied because it earned its
    # place without any topic machinery: at 500 s the untied fish (docs/RESULTS.md, section 1,
    # row M) reached eval loss 0.571 and an in-distribution judge score of 67.5% against the
    # tied one's 0.618 and 59.2% (row G). The quickstart trains it for as many steps as its
    # time budget fits; `steps` is the length without one.
    "cpu": Config(
        "cpu",
        ModelConfig(
            d_model=128,
            n_layers=2,
            n_heads=4,
            d_ff=256,
            dropout=0.0,
            tied_head=False,
        ),
        TrainConfig(
            steps=3000,
            batch_size=64,
            lr=3e-3,
            min_lr=3e-4,
            warmup_steps=100,
            weight_decay=0.1,
            eval_every=500,
            checkpoint_every=500,
            loss_on="reply",
        ),
    ),
    "tiny": Config(
        "tiny",
        ModelConfig(vocab_size=512, d_model=32, n_layers=2, n_heads=2, d_ff=64, max_seq_len=64, dropout=0.1),
        TrainConfig(
            steps=40,
            batch_size=8,
            lr=3e-3,
            min_lr=3e-4,
            warmup_steps=5,
            eval_every=20,
            log_every=5,
            checkpoint_every=20,
            loss_on="reply",
        ),
    ),
}


def get_preset(name: str) -> Config:
    if name not in PRESETS:
        raise ConfigError(f"unknown preset {name!r}; choose one of {', '.join(PRESETS)}")
    return PRESETS[name]


def param_shapes(m: ModelConfig) -> list[tuple[str, tuple[int, ...]]]:
    """Every parameter's name and shape, in the PyTorch GPT layout (docs/DESIGN.md, section 7.2)."""
    D, F = m.d_model, m.d_ff
    shapes = [("tok_emb.weight", (m.vocab_size, D)), ("pos_emb.weight", (m.max_seq_len, D))]
    for i in range(m.n_layers):
        b = f"blocks.{i}."
        shapes += [
            (b + "norm1.weight", (D,)),
            (b + "norm1.bias", (D,)),
            (b + "attn.qkv.weight", (3 * D, D)),
            (b + "attn.qkv.bias", (3 * D,)),
            (b + "attn.out.weight", (D, D)),
            (b + "attn.out.bias", (D,)),
            (b + "norm2.weight", (D,)),
            (b + "norm2.bias", (D,)),
            (b + "ffn.up.weight", (F, D)),
            (b + "ffn.up.bias", (F,)),
            (b + "ffn.down.weight", (D, F)),
            (b + "ffn.down.bias", (D,)),
        ]
    shapes += [("norm.weight", (D,)), ("norm.bias", (D,))]
    if not m.tied_head:
        shapes.append(("head.weight", (m.vocab_size, D)))
    return shapes


def count_params(m: ModelConfig) -> int:
    total = 0
    for _, shape in param_shapes(m):
        n = 1
        for s in shape:
            n *= s
        total += n
    return total
