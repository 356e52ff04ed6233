"""guppy: a small fish that talks, built on minigrad."""

__version__ = "0.1.0"
