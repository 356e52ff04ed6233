"""Hand-written kernels: one op per file, `<op>_forward(...) -> (out, cache)` and
`<op>_backward(dout, cache) -> grads`, on NumPy or CuPy arrays alike.

Each file's docstring gives the shapes, what is cached and why, and the derivation
of the backward pass.
"""

from minigrad.kernels.attention import attention_backward, attention_forward, attention_forward_cached
from minigrad.kernels.cross_entropy import CacheConsumedError, cross_entropy_backward, cross_entropy_forward
from minigrad.kernels.dropout import dropout_backward, dropout_forward
from minigrad.kernels.embedding import embedding_backward, embedding_forward
from minigrad.kernels.layernorm import layernorm_backward, layernorm_forward
from minigrad.kernels.linear import linear_backward, linear_forward
from minigrad.kernels.relu import relu_backward, relu_forward
from minigrad.kernels.softmax import softmax_backward, softmax_forward
from minigrad.kernels.take_rows import take_rows_backward, take_rows_forward

__all__ = [
    "attention_forward",
    "attention_backward",
    "attention_forward_cached",
    "CacheConsumedError",
    "cross_entropy_forward",
    "cross_entropy_backward",
    "dropout_forward",
    "dropout_backward",
    "embedding_forward",
    "embedding_backward",
    "layernorm_forward",
    "layernorm_backward",
    "linear_forward",
    "linear_backward",
    "relu_forward",
    "relu_backward",
    "softmax_forward",
    "softmax_backward",
    "take_rows_forward",
    "take_rows_backward",
]
