"""The training package's error types, in a module of their own so that every part of it can raise them."""


class TrainingError(RuntimeError):
    """Training cannot go on (a NaN loss, too little data, ...); the message says why in one line."""


class CheckpointError(ValueError):
    """A run directory that cannot be used; the message says why in one line."""
