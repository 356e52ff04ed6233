"""Time our pure-Python BPE (training, then encoding the whole corpus) against HF tokenizers.

    python tools/bench_tokenizer.py                 # the 60K corpus of guppy.data.generator
    python tools/bench_tokenizer.py --data DIR      # DIR/train.jsonl instead

Each figure is the median of --repeats runs. Encoding starts cold each time (our
caches cleared, HF's tokenizer loaded afresh), and encodes the same vocabulary on
both sides (HF loads the file we trained), so the ids must match too. HF parts run
only when the optional `tokenizers` package is installed.
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import warnings

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from guppy.data.chat_format import SPECIAL_TOKENS, format_sample
from guppy.tokenizer.tokenizer import BPETokenizer


def load_corpus(data_dir, samples, seed):
    """The ChatML texts of DIR/train.jsonl, or of datagen.generate_samples(samples, seed)."""
    if data_dir:
        with open(os.path.join(data_dir, "train.jsonl"), encoding="utf-8") as f:
            records = [json.loads(line) for line in f if line.strip()]
        source = f"{data_dir}/train.jsonl"
    else:
        from guppy.data.generator import generate_samples

        records = generate_samples(samples, seed)
        source = f"guppy.data.generator.generate_samples({samples}, {seed})"
    pairs = [(r["input"], r["output"]) if isinstance(r, dict) else (r.input, r.output) for r in records]
    return [format_sample(q, a) for q, a in pairs], source


def timed(fn, repeats, setup=None):
    """(median seconds, last result) of fn(setup()) over repeats runs; setup is not timed."""
    times, result = [], None
    for _ in range(repeats):
        arg = setup() if setup else None
        start = time.perf_counter()
        result = fn(arg) if setup else fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def hf_train(texts, vocab_size, min_frequency):
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        min_frequency=min_frequency,
        special_tokens=list(SPECIAL_TOKENS),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(texts, trainer=trainer)
    return tok


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="a directory with train.jsonl (default: generate the corpus)")
    parser.add_argument("--samples", type=int, default=60_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--vocab-size", type=int, default=4096)
    parser.add_argument("--min-frequency", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)

    texts, source = load_corpus(args.data, args.samples, args.seed)
    chars = sum(map(len, texts))
    print(f"corpus: {source}: {len(texts)} texts, {len(set(texts))} unique, {chars:,} characters")

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        our_train, ours = timed(lambda: BPETokenizer.train(texts, args.vocab_size, args.min_frequency), args.repeats)
    for w in caught[:1]:
        print(f"  warning: {w.message}")
    our_encode, our_ids = timed(lambda _: ours.encode_batch(texts), args.repeats, setup=ours.clear_cache)
    tokens = sum(map(len, our_ids))
    print(
        f"ours: train {our_train:.3f} s (vocab {ours.vocab_size}, {len(ours.merges)} merges); "
        f"encode {our_encode:.3f} s ({tokens:,} tokens, {chars / tokens:.2f} chars/token)"
    )

    try:
        import tokenizers
    except ImportError:
        print("HF tokenizers not installed: no comparison (pip install tokenizers)")
        return 0
    hf_train_s, hf = timed(lambda: hf_train(texts, args.vocab_size, args.min_frequency), args.repeats)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "tokenizer.json")
        ours.save(path)
        hf_encode_s, hf_out = timed(
            lambda t: t.encode_batch(texts), args.repeats, setup=lambda: tokenizers.Tokenizer.from_file(path)
        )
    same = [e.ids for e in hf_out] == our_ids
    print(
        f"HF tokenizers {tokenizers.__version__}: train {hf_train_s:.3f} s (vocab {hf.get_vocab_size()}); "
        f"encode_batch of our vocab {hf_encode_s:.3f} s (same ids as ours: {same})"
    )
    print(
        f"ratio ours/HF: train {our_train / hf_train_s:.2f}x, encode {our_encode / hf_encode_s:.2f}x "
        f"(below 1 means we are faster)"
    )
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
