"""The byte-level BPE: its rules (bpe), training (train), the tokenizer, tokenizer.json."""
