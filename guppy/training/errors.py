"""The trainer's one error type, in a module of its own so every part of training can raise it."""


class TrainingError(RuntimeError):
    """Training cannot go on (a NaN loss, too little data, ...); the message says why in one line."""
