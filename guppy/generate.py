"""Sampling with a KV cache, and the single-turn chat around it.

Incremental decoding: a token's keys and values never change once computed (the
attention is causal), so each layer keeps them in a cache of shape [B, H, context, hd].
The prompt is run once through the whole stack; after that each new token costs one
row of every matmul instead of the whole sequence. `generate(..., use_cache=False)`
recomputes the full sequence every step: the tests check both give the same tokens.
"""

from __future__ import annotations

import numpy as np

from guppy.data.chat_format import IM_END_ID, format_prompt
from minigrad.backend import to_numpy


class ChatError(ValueError):
    """A prompt that cannot be answered (empty, ...); the message says why in one line."""


class KVCache:
    def __init__(self, model, batch: int = 1):
        m, xp = model.config, model.xp
        shape = (batch, m.n_heads, m.max_seq_len, m.head_dim)
        self.keys = [xp.zeros(shape, dtype=model.dtype) for _ in range(m.n_layers)]
        self.values = [xp.zeros(shape, dtype=model.dtype) for _ in range(m.n_layers)]
        self.length = 0


def check_room(model, cache: KVCache | None, new_tokens: int) -> None:
    """A ChatError when new_tokens more would not fit in the context after what the cache holds."""
    if (0 if cache is None else cache.length) + new_tokens > model.config.max_seq_len:
        raise ChatError(f"the conversation is longer than the context of {model.config.max_seq_len} tokens")


def forward_cached(model, ids, cache: KVCache):
    """Run new tokens ids [B, Tn] (positions cache.length ...) and return last-position logits [B, V]."""
    check_room(model, cache, ids.shape[1])
    return model.next_logits(ids, cache)  # the blocks' incremental path (guppy/block.py)


def pick_token(logits: np.ndarray, temperature: float, top_k: int, rng: np.random.Generator, n_ids=None) -> int:
    """Greedy when temperature is 0; otherwise sample from the top-k softmax at that temperature.

    Only ids below n_ids can be picked: the model's vocabulary may be larger than its tokenizer's
    (the rows past it are never trained), and an id the tokenizer does not have cannot be decoded."""
    logits = np.asarray(logits, dtype=np.float64)[:n_ids]
    if temperature <= 0:
        return int(np.argmax(logits))
    if 0 < top_k < logits.size:
        cutoff = np.partition(logits, -top_k)[-top_k]
        logits = np.where(logits >= cutoff, logits, -np.inf)
    z = (logits - logits.max()) / temperature
    p = np.exp(z)
    return int(rng.choice(logits.size, p=p / p.sum()))


def generate(
    model,
    prompt_ids,
    max_new_tokens=64,
    temperature=0.7,
    top_k=50,
    seed=None,
    stop_id=IM_END_ID,
    use_cache=True,
    n_ids=None,
):
    """Continue prompt_ids; returns the new token ids (without the stop token), each below n_ids (the
    tokenizer's size) when given."""
    xp = model.xp
    rng = np.random.default_rng(seed)
    ids, out = list(prompt_ids), []
    cache = KVCache(model) if use_cache else None
    pending = ids
    max_new_tokens = min(max_new_tokens, model.config.max_seq_len - len(ids))
    for _ in range(max_new_tokens):
        if use_cache:
            logits = forward_cached(model, xp.asarray([pending], dtype=xp.int32), cache)[0]
        else:  # the whole sequence again, through a cache of its own
            logits = forward_cached(model, xp.asarray([ids], dtype=xp.int32), KVCache(model))[0]
        token = pick_token(to_numpy(logits), temperature, top_k, rng, n_ids)
        if token == stop_id:
            break
        ids.append(token)
        out.append(token)
        pending = [token]
    return out


def build_prompt_ids(tokenizer, user_text: str, context: int, reserve: int) -> tuple[list[int], bool]:
    """Token ids of the ChatML prompt, leaving `reserve` tokens of the context for the answer.

    The message is encoded as plain text (tokenizer.encode_plain), so a '<|im_end|>' typed
    by the user is characters, never the control token: input cannot steer the format.
    The ids are those of encode(format_prompt(text)) whenever the text holds no special
    token: the message starts after the header's newline, which always ends a pre-token.
    An over-long message is cut, keeping its start, so the prompt still closes with
    <|im_end|> and the assistant header. Returns (ids, truncated).
    """
    text = " ".join(user_text.split())
    if not text:
        raise ChatError("the prompt is empty; type something for the fish")
    before, after = format_prompt("\x00").split("\x00")  # the ChatML text around the message
    head, body, tail = tokenizer.encode(before), tokenizer.encode_plain(text), tokenizer.encode(after)
    keep = context - reserve - len(head) - len(tail)
    if len(body) <= keep:
        return head + body + tail, False
    if keep <= 0:
        raise ChatError(f"the context of {context} tokens leaves no room for a prompt")
    return head + body[:keep] + tail, True


def reply(model, tokenizer, user_text: str, max_tokens=64, temperature=0.7, top_k=50, seed=None) -> str:
    """The fish's answer to one message."""
    reserve = min(max_tokens, model.config.max_seq_len // 2)
    ids, _ = build_prompt_ids(tokenizer, user_text, model.config.max_seq_len, reserve)
    new = generate(model, ids, max_tokens, temperature, top_k, seed, n_ids=tokenizer.vocab_size)
    return tokenizer.decode(new).strip()
