"""JSONL conversations -> token ids -> length-bucketed batches.

Each conversation becomes one ChatML sequence (guppy.data.chat_format.format_sample),
truncated to context + 1 tokens. A batch holds inputs ids[:, :-1] and targets
ids[:, 1:], right-padded with <pad> = 0, which the loss ignores.

Which targets count (TrainConfig.loss_on):
  "all"    every token after the first, prompt included (docs/DESIGN.md, section 4);
  "reply"  only the reply and its closing <|im_end|>: the targets inside the prompt
           are set to <pad> too, so the model spends none of its capacity learning to
           predict what people type, only how the fish answers. The prompt still feeds
           the attention as context; it is just never a target.
Each sequence carries the index of its first counted token (`loss_starts`): 1 for
"all", the prompt's token count for "reply". The prompt's ids are exactly a prefix of
the whole conversation's ids, because the special tokens are split out before BPE.

Length bucketing: short and long conversations in one batch waste compute on padding.
Each epoch we shuffle all sequences, cut the order into pools of `pool_batches`
batches, sort each pool by length, slice it into batches and shuffle the batches.
Batches then hold sequences of similar length (little padding) while the order stays
random. The padded length is rounded up to a multiple of `pad_multiple`, so only a few
shapes repeat (kind to caches of compiled GPU kernels and CUDA graphs).

Everything depends only on (seed, epoch): `batch(step)` recomputes the same batch for
the same step, which is what makes a resumed run see the same data as an
uninterrupted one, with no data-loader state to save.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from guppy.data.chat_format import PAD_ID, format_prompt, format_sample

LOSS_ON = ("all", "reply")


@dataclass
class Encoded:
    """Token ids of each conversation and the index of its first counted target token."""

    sequences: list  # of int32 arrays, each at most max_seq_len + 1 long
    loss_starts: np.ndarray  # int, one per sequence, >= 1
    n_cut: int  # how many conversations were longer than the context and were cut


def encode_conversations(samples, tokenizer, max_seq_len: int, loss_on: str = "all") -> Encoded:
    """Token ids of each formatted conversation, cut to max_seq_len + 1 tokens."""
    if loss_on not in LOSS_ON:
        raise ValueError(f"loss_on must be one of {', '.join(LOSS_ON)}, got {loss_on!r}")
    texts = [format_sample(s["input"], s["output"]) for s in samples]
    whole = tokenizer.encode_batch(texts)
    if loss_on == "all":
        starts = np.ones(len(whole), dtype=np.int64)
    else:
        prompts = tokenizer.encode_batch([format_prompt(s["input"]) for s in samples])
        starts = np.array([len(p) for p in prompts], dtype=np.int64)
    sequences, n_cut = [], 0
    for ids in whole:
        if len(ids) > max_seq_len + 1:
            ids, n_cut = ids[: max_seq_len + 1], n_cut + 1
        sequences.append(np.asarray(ids, dtype=np.int32))
    return Encoded(sequences, starts, n_cut)


def encode_for_model(samples, tokenizer, config) -> Encoded:
    """The conversations as a model of `config` (guppy.config.Config) trains and is evaluated on them."""
    return encode_conversations(samples, tokenizer, config.model.max_seq_len, config.train.loss_on)


def pad_batch(
    seqs: list[np.ndarray], pad_multiple: int = 8, max_len: int | None = None, loss_starts=None
) -> tuple[np.ndarray, np.ndarray]:
    """Right-pad sequences into (inputs, targets), each [B, L] with L a multiple of pad_multiple.

    loss_starts[r]: the first index of seqs[r] that counts as a target; targets before it
    become <pad> (targets[r, j] is seqs[r][j + 1]).
    """
    longest = max(len(s) for s in seqs) - 1
    width = -(-longest // pad_multiple) * pad_multiple
    if max_len is not None:
        width = min(width, max_len)
    ids = np.full((len(seqs), width + 1), PAD_ID, dtype=np.int32)
    for row, s in enumerate(seqs):
        ids[row, : len(s)] = s[: width + 1]
    inputs, targets = ids[:, :-1], ids[:, 1:].copy()
    if loss_starts is not None:
        for row, start in enumerate(loss_starts):
            targets[row, : start - 1] = PAD_ID
    return inputs, targets


class BucketBatcher:
    """Deterministic, length-bucketed training batches, addressed by step number."""

    def __init__(
        self,
        encoded: Encoded,
        batch_size: int,
        seed: int,
        max_seq_len: int,
        pool_batches: int = 50,
        pad_multiple: int = 8,
    ):
        sequences = encoded.sequences
        if len(sequences) < batch_size:
            raise ValueError(
                f"need at least one full batch: {len(sequences)} conversations for batch size {batch_size}"
            )
        self.sequences = sequences
        self.loss_starts = encoded.loss_starts
        self.lengths = np.array([len(s) for s in sequences])
        self.batch_size = batch_size
        self.seed = seed
        self.max_seq_len = max_seq_len
        self.pool = batch_size * pool_batches
        self.pad_multiple = pad_multiple
        self.batches_per_epoch = len(sequences) // batch_size  # the last partial batch is dropped
        self._epoch, self._order = None, None

    def epoch_batches(self, epoch: int) -> list[np.ndarray]:
        """The list of index arrays (one per batch) for an epoch."""
        rng = np.random.default_rng([self.seed, epoch])
        order = rng.permutation(len(self.sequences))[: self.batches_per_epoch * self.batch_size]
        batches = []
        for start in range(0, len(order), self.pool):
            pool = order[start : start + self.pool]
            pool = pool[np.argsort(self.lengths[pool], kind="stable")]
            batches += [pool[i : i + self.batch_size] for i in range(0, len(pool), self.batch_size)]
        return [batches[i] for i in rng.permutation(len(batches))]

    def picked(self, step: int) -> np.ndarray:
        """The indices of the conversations in the batch of `step`."""
        epoch, index = divmod(step, self.batches_per_epoch)
        if epoch != self._epoch:
            self._epoch, self._order = epoch, self.epoch_batches(epoch)
        return self._order[index]

    def batch(self, step: int) -> tuple[np.ndarray, np.ndarray]:
        picked = self.picked(step)
        return pad_batch(
            [self.sequences[i] for i in picked],
            self.pad_multiple,
            self.max_seq_len,
            self.loss_starts[picked],
        )


def eval_batches(encoded: Encoded, batch_size: int, max_seq_len: int, pad_multiple: int = 8):
    """Every evaluation sequence once, sorted by length so padding stays small."""
    seqs = encoded.sequences
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    for start in range(0, len(order), batch_size):
        picked = order[start : start + batch_size]
        yield pad_batch([seqs[i] for i in picked], pad_multiple, max_seq_len, encoded.loss_starts[picked])
