"""JSONL conversations -> ids -> length-bucketed batches, and which targets the loss counts."""

import numpy as np
import pytest

from guppy.data.chat_format import IM_END_ID, PAD_ID, format_sample
from guppy.data.dataset import BucketBatcher, encode_conversations, eval_batches, pad_batch
from guppy.data.generator import generate_samples
from guppy.tokenizer.tokenizer import BPETokenizer


@pytest.fixture(scope="module")
def samples():
    return generate_samples(300, seed=3)


@pytest.fixture(scope="module")
def tokenizer(samples):
    return BPETokenizer.train([format_sample(s["input"], s["output"]) for s in samples], vocab_size=400)


def test_pad_batch_shifts_pads_and_rounds_the_width():
    seqs = [np.array([1, 5, 6, 7, 2]), np.array([1, 9, 2])]
    inputs, targets = pad_batch(seqs, pad_multiple=8)
    assert inputs.shape == targets.shape == (2, 8)
    assert inputs[0, :4].tolist() == [1, 5, 6, 7] and targets[0, :4].tolist() == [5, 6, 7, 2]
    assert inputs[1, :2].tolist() == [1, 9] and targets[1, :2].tolist() == [9, 2]
    assert inputs[1, 2] == 2 and not inputs[1, 3:].any() and not targets[1, 2:].any() and not targets[0, 4:].any()
    _, masked = pad_batch(seqs, pad_multiple=8, loss_starts=[3, 1])
    assert masked[0, :4].tolist() == [PAD_ID, PAD_ID, 7, 2]  # targets are seqs[1:]; index 3 is the first kept
    assert masked[1, :2].tolist() == [9, 2]


def test_reply_loss_counts_exactly_the_reply_and_its_end(samples, tokenizer):
    every = encode_conversations(samples, tokenizer, max_seq_len=128, loss_on="all")
    reply = encode_conversations(samples, tokenizer, max_seq_len=128, loss_on="reply")
    assert all(np.array_equal(a, b) for a, b in zip(every.sequences, reply.sequences))
    assert (every.loss_starts == 1).all()
    batch = [reply.sequences[i] for i in range(5)]
    _, targets = pad_batch(batch, loss_starts=reply.loss_starts[:5])
    _, all_targets = pad_batch(batch, loss_starts=every.loss_starts[:5])
    for row, s in enumerate(samples[:5]):
        counted = targets[row][targets[row] != PAD_ID].tolist()
        assert counted[-1] == IM_END_ID
        assert tokenizer.decode(counted[:-1]) == s["output"]
        # the reply's tokens are the tail of the full target row: same ids, same places
        n = len(counted)
        kept = all_targets[row][all_targets[row] != PAD_ID]
        assert kept[-n:].tolist() == counted and len(kept) > n


def test_cut_conversations_are_counted(samples, tokenizer):
    enc = encode_conversations(samples[:50], tokenizer, max_seq_len=16)
    assert enc.n_cut > 0 and max(len(s) for s in enc.sequences) == 17


def test_unknown_loss_on_is_an_error(samples, tokenizer):
    with pytest.raises(ValueError, match="loss_on must be one of"):
        encode_conversations(samples[:3], tokenizer, 64, loss_on="prompt")


def test_batches_are_bucketed_deterministic_and_cover_an_epoch(samples, tokenizer):
    enc = encode_conversations(samples, tokenizer, max_seq_len=128, loss_on="reply")
    batcher = BucketBatcher(enc, batch_size=8, seed=5, max_seq_len=128, pool_batches=4)
    again = BucketBatcher(enc, batch_size=8, seed=5, max_seq_len=128, pool_batches=4)
    seen = np.concatenate(batcher.epoch_batches(0))
    assert len(seen) == len(set(seen.tolist())) == (len(samples) // 8) * 8
    for step in (0, 7, batcher.batches_per_epoch + 2):  # a later epoch too
        for a, b in zip(batcher.batch(step), again.batch(step)):
            assert np.array_equal(a, b)
    assert not all(np.array_equal(x, y) for x, y in zip(batcher.epoch_batches(0), batcher.epoch_batches(1)))
    # bucketing: within a batch the lengths are close, far closer than in a random batch
    lengths = batcher.lengths
    spread = np.median([np.ptp(lengths[b]) for b in batcher.epoch_batches(0)])
    random_spread = np.median([np.ptp(lengths[np.random.default_rng(i).choice(len(lengths), 8)]) for i in range(30)])
    assert spread < random_spread / 2


def test_eval_batches_see_every_sequence_once(samples, tokenizer):
    enc = encode_conversations(samples[:37], tokenizer, max_seq_len=128, loss_on="reply")
    total = sum(int((t != PAD_ID).sum()) for _, t in eval_batches(enc, batch_size=8, max_seq_len=128))
    assert total == sum(len(s) - start for s, start in zip(enc.sequences, enc.loss_starts))
