"""What a training run reads from its data folder: conversations, tokenizer, encoded sequences, batches.

    DIR/train.jsonl, DIR/eval.jsonl   the conversations (`guppy data`), read and checked
    DIR/tokenizer.json                the BPE vocabulary, trained here on first use

A new run takes the folder's tokenizer (training one when there is none); a resumed run
takes its own, which its checkpoint has already checked against the data's sha256.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from guppy.config import Config
from guppy.data.dataset import BucketBatcher, Encoded, encode_for_model
from guppy.data.dataset_files import read_dataset
from guppy.tokenizer.tokenizer import BPETokenizer, train_from_data_dir
from guppy.training import checkpoint as ckpt
from guppy.training.errors import TrainingError


@dataclass
class RunData:
    config: Config
    tokenizer: BPETokenizer
    train_seqs: Encoded
    eval_seqs: Encoded
    batcher: BucketBatcher
    data_sha: str  # sha256 of the training data, kept in every checkpoint's state.json


def load_or_train_tokenizer(data_dir: str, vocab_size: int, quiet: bool = False) -> BPETokenizer:
    """DIR/tokenizer.json when it fits vocab_size (else DIR/tokenizer-N.json), trained and written when absent."""
    path = os.path.join(data_dir, "tokenizer.json")
    if os.path.isfile(path):
        tokenizer = BPETokenizer.load(path)
        if tokenizer.vocab_size <= vocab_size:
            return tokenizer
        path = os.path.join(data_dir, f"tokenizer-{vocab_size}.json")
        if os.path.isfile(path):
            return BPETokenizer.load(path)
    if not quiet:
        print(f"[guppy] training a {vocab_size}-token BPE tokenizer on {data_dir}/train.jsonl", flush=True)
    return train_from_data_dir(data_dir, vocab_size=vocab_size, out_path=path, show_progress=not quiet)


def load_run_data(config: Config, data_dir: str, checkpoint: ckpt.Checkpoint | None, quiet: bool) -> RunData:
    """Read, check and encode the data of a new run (checkpoint None) or of the run being resumed."""
    m, t = config.model, config.train
    train_samples, eval_samples, data_sha = read_dataset(data_dir)
    if len(train_samples) < t.batch_size:
        raise TrainingError(
            f"{data_dir}/train.jsonl holds {len(train_samples)} conversations, fewer than one "
            f"batch of {t.batch_size}; make more with `guppy data`"
        )
    if not eval_samples and not quiet:
        print(f"[guppy] {data_dir} has no eval.jsonl: training without an eval loss (and no model_best)", flush=True)

    if checkpoint is not None:
        checkpoint.check_data(data_sha, data_dir)
        tokenizer = checkpoint.files.tokenizer
    else:
        tokenizer = load_or_train_tokenizer(data_dir, m.vocab_size, quiet)
    ckpt.check_tokenizer_fits(tokenizer, config)

    train_seqs = encode_for_model(train_samples, tokenizer, config)
    eval_seqs = encode_for_model(eval_samples, tokenizer, config)
    if train_seqs.n_cut and not quiet:
        print(
            f"[guppy] {train_seqs.n_cut} conversations were longer than {m.max_seq_len} tokens and were cut",
            flush=True,
        )
    batcher = BucketBatcher(train_seqs, t.batch_size, t.seed, m.max_seq_len)
    return RunData(config, tokenizer, train_seqs, eval_seqs, batcher, data_sha)
