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
With "reply", the first TrainConfig.opening_tokens targets of each reply can count
more than the rest (opening_weights). For the topic loss (TrainConfig.topic_weight) each
sequence also carries the index of its topic, its "category" among the data's sorted
categories (topic_names); batch_topics(step) gives them for the batch of `step`.

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
    topics: np.ndarray | None = None  # int, one per sequence: its index in topic_names (when asked for)
    topic_slot: bool = False  # each sequence holds its topic's slot at loss_starts (encode_conversations)


def topic_names(samples) -> list[str]:
    """The data's topics, sorted: a conversation's topic index is the position of its category here."""
    return sorted({s["category"] for s in samples})


def encode_conversations(
    samples, tokenizer, max_seq_len: int, loss_on: str = "all", topics=None, topic_slot_base: int | None = None
) -> Encoded:
    """Token ids of each formatted conversation, cut to max_seq_len + 1 tokens.

    topics: a list of topic names (topic_names); each sequence then carries its topic's index.
    topic_slot_base (with topics and loss_on "reply"; the model's vocab_size): the id
    topic_slot_base + topic goes between the prompt and the reply, the slot whose input is the
    topic's embedding (docs/DESIGN.md, section 4).
    """
    if loss_on not in LOSS_ON:
        raise ValueError(f"loss_on must be one of {', '.join(LOSS_ON)}, got {loss_on!r}")
    topic_slot = topic_slot_base is not None
    if topic_slot and (topics is None or loss_on != "reply"):
        raise ValueError("a topic slot needs the topics and loss_on 'reply'")
    texts = [format_sample(s["input"], s["output"]) for s in samples]
    whole = tokenizer.encode_batch(texts)
    if loss_on == "all":
        starts = np.ones(len(whole), dtype=np.int64)
    else:
        prompts = tokenizer.encode_batch([format_prompt(s["input"]) for s in samples])
        starts = np.array([len(p) for p in prompts], dtype=np.int64)
    topic_ids = None
    if topics is not None:
        index = {name: i for i, name in enumerate(topics)}
        unknown = sorted({s["category"] for s in samples} - set(index))
        if unknown:
            raise ValueError(f"category {unknown[0]!r} is not one of the run's {len(topics)} topics")
        topic_ids = np.array([index[s["category"]] for s in samples], dtype=np.int64)
    sequences, n_cut = [], 0
    for row, ids in enumerate(whole):
        if topic_slot:  # the prompt's ids are a prefix of the whole conversation's (module docstring)
            start = starts[row]
            ids = ids[:start] + [topic_slot_base + int(topic_ids[row])] + ids[start:]
        if len(ids) > max_seq_len + 1:
            ids, n_cut = ids[: max_seq_len + 1], n_cut + 1
        sequences.append(np.asarray(ids, dtype=np.int32))
    return Encoded(sequences, starts, n_cut, topic_ids, topic_slot)


def encode_for_model(samples, tokenizer, config, topics=None) -> Encoded:
    """The conversations as a model of `config` (guppy.config.Config) trains and is evaluated on them.

    topics: the run's topic names (topic_names of its train.jsonl), needed when the model has
    a topic head (ModelConfig.n_topics).
    """
    m = config.model
    if m.n_topics and (topics is None or len(topics) != m.n_topics):
        have = "none" if topics is None else len(topics)
        raise ValueError(f"the model's topic head has {m.n_topics} topics; the data gives {have}")
    slot = m.vocab_size if m.topic_slot else None
    return encode_conversations(samples, tokenizer, m.max_seq_len, config.train.loss_on, topics, slot)


def pad_batch(
    seqs: list[np.ndarray], pad_multiple: int = 8, max_len: int | None = None, loss_starts=None, topic_slot=False
) -> tuple[np.ndarray, np.ndarray]:
    """Right-pad sequences into (inputs, targets), each [B, L] with L a multiple of pad_multiple.

    loss_starts[r]: the first index of seqs[r] that counts as a target; targets before it
    become <pad> (targets[r, j] is seqs[r][j + 1]).
    topic_slot: seqs[r][loss_starts[r]] is the topic's slot, an input only: the prompt's last
    position, whose target it would be, predicts the reply's first token instead, as the slot
    does (that position is where the topic head reads, so it must count).
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
            if topic_slot and start - 1 < width:
                targets[row, start - 1] = targets[row, start] if start < width else PAD_ID
    return inputs, targets


def opening_weights(targets: np.ndarray, tokens: int, weight: float) -> np.ndarray | None:
    """[B, T] float32 loss weights: `weight` on the first `tokens` counted targets of each row, 1 on
    the other counted ones, 0 on padding; None when that weights nothing (the plain mean).

    The counted targets of a row are its reply and the closing token, one contiguous run
    (pad_batch), so the first ones are the reply's opening: the words that decide its topic.
    """
    if tokens == 0 or weight == 1.0:
        return None
    counted = targets != PAD_ID
    rank = np.cumsum(counted, axis=1)  # 1 at a row's first counted target, 2 at the next, ...
    return np.where(counted, np.where(rank <= tokens, weight, 1.0), 0.0).astype(np.float32)


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
        self.topics = encoded.topics
        self.topic_slot = encoded.topic_slot
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

    def batch_topics(self, step: int) -> np.ndarray | None:
        """The topic index of each row of batch(step), or None when the sequences carry none."""
        return None if self.topics is None else self.topics[self.picked(step)]

    def batch(self, step: int) -> tuple[np.ndarray, np.ndarray]:
        picked = self.picked(step)
        return pad_batch(
            [self.sequences[i] for i in picked],
            self.pad_multiple,
            self.max_seq_len,
            self.loss_starts[picked],
            self.topic_slot,
        )


def eval_batches(encoded: Encoded, batch_size: int, max_seq_len: int, pad_multiple: int = 8):
    """Every evaluation sequence once, sorted by length so padding stays small."""
    seqs = encoded.sequences
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    for start in range(0, len(order), batch_size):
        picked = order[start : start + batch_size]
        yield pad_batch(
            [seqs[i] for i in picked], pad_multiple, max_seq_len, encoded.loss_starts[picked], encoded.topic_slot
        )
