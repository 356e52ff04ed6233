"""JSONL conversations -> token ids -> length-bucketed batches.

Each conversation becomes one ChatML sequence (guppy.chat_format.format_sample),
truncated to context + 1 tokens. A batch holds inputs ids[:, :-1] and targets
ids[:, 1:], right-padded with <pad> = 0, which the loss ignores.

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

import numpy as np

from .chat_format import PAD_ID, format_sample


def encode_conversations(samples, tokenizer, max_seq_len: int) -> tuple[list[np.ndarray], int]:
    """Token ids of each formatted conversation, cut to max_seq_len + 1; also how many were cut."""
    texts = [format_sample(s["input"], s["output"]) for s in samples]
    sequences, n_cut = [], 0
    for ids in tokenizer.encode_batch(texts):
        if len(ids) > max_seq_len + 1:
            ids, n_cut = ids[: max_seq_len + 1], n_cut + 1
        sequences.append(np.asarray(ids, dtype=np.int32))
    return sequences, n_cut


def pad_batch(seqs: list[np.ndarray], pad_multiple: int = 8, max_len: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Right-pad sequences into (inputs, targets), each [B, L] with L a multiple of pad_multiple."""
    longest = max(len(s) for s in seqs) - 1
    width = -(-longest // pad_multiple) * pad_multiple
    if max_len is not None:
        width = min(width, max_len)
    ids = np.full((len(seqs), width + 1), PAD_ID, dtype=np.int32)
    for row, s in enumerate(seqs):
        ids[row, : len(s)] = s[: width + 1]
    return ids[:, :-1], ids[:, 1:]


class BucketBatcher:
    """Deterministic, length-bucketed training batches, addressed by step number."""

    def __init__(self, sequences, batch_size: int, seed: int, max_seq_len: int, pool_batches: int = 50, pad_multiple: int = 8):
        if len(sequences) < batch_size:
            raise ValueError(f"need at least one full batch: {len(sequences)} conversations for batch size {batch_size}")
        self.sequences = sequences
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

    def batch(self, step: int) -> tuple[np.ndarray, np.ndarray]:
        epoch, index = divmod(step, self.batches_per_epoch)
        if epoch != self._epoch:
            self._epoch, self._order = epoch, self.epoch_batches(epoch)
        picked = [self.sequences[i] for i in self._order[index]]
        return pad_batch(picked, self.pad_multiple, self.max_seq_len)


def eval_batches(sequences, batch_size: int, max_seq_len: int, pad_multiple: int = 8):
    """Every evaluation sequence once, sorted by length so padding stays small."""
    order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))
    for start in range(0, len(order), batch_size):
        yield pad_batch([sequences[i] for i in order[start : start + batch_size]], pad_multiple, max_seq_len)
