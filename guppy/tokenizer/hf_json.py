"""Read and write the HuggingFace `tokenizer.json` format for byte-level BPE.

What we write is what HF tokenizers writes for a ByteLevel BPE model, so the file
opens with `tokenizers.Tokenizer.from_file`; what we read is that format too, from
either side. We accept only the settings our encoder reproduces exactly (ByteLevel
pre-tokenizer without prefix space, no normalizer, no dropout, ...): anything else
is refused with a one-line TokenizerError rather than silently encoded differently.

Merges are written as pairs of strings (newer HF); the older "left right" string
form is accepted on reading (byte-level symbols never hold a raw space, so the
split is unambiguous).
"""

import os

from guppy.tokenizer.bpe import TokenizerError
from minigrad.atomic import atomic_write_text
from minigrad.readfile import MIB, BadFileError, parse_json, read_capped

TOKENIZER_LIMIT = 64 * MIB  # a 4,096-token file is 0.3 MB; the largest public ones are ~20 MB

# Our three specials go into "added_tokens" (HF splits these out of the text before
# pre-tokenization) and also into the model's vocab at ids 0, 1, 2, as HF's trainer does.
_BYTE_LEVEL = {"add_prefix_space": False, "trim_offsets": True, "use_regex": True}


def tokenizer_to_json(tokens: list[str], merges: list[tuple[str, str]], added_tokens) -> dict:
    """The tokenizer.json document for a vocab given as id -> token and its merges."""
    added = [
        {
            "id": tokens.index(t),
            "content": t,
            "single_word": False,
            "lstrip": False,
            "rstrip": False,
            "normalized": False,
            "special": True,
        }
        for t in added_tokens
    ]
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": added,
        "normalizer": None,
        "pre_tokenizer": {"type": "ByteLevel", **_BYTE_LEVEL},
        "post_processor": None,
        "decoder": {"type": "ByteLevel", **_BYTE_LEVEL},
        "model": {
            "type": "BPE",
            "dropout": None,
            "unk_token": None,
            "continuing_subword_prefix": None,
            "end_of_word_suffix": None,
            "fuse_unk": False,
            "byte_fallback": False,
            "ignore_merges": False,
            "vocab": {t: i for i, t in enumerate(tokens)},
            "merges": [[a, b] for a, b in merges],
        },
    }


def write_text_atomically(path, text: str) -> None:
    """Write through a temporary file renamed over path (minigrad.atomic), so a reader
    never sees half a file and a crash leaves the old file whole."""
    directory = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(directory):
        raise TokenizerError(f"cannot save tokenizer to {path}: directory {directory} does not exist")
    atomic_write_text(path, text)


def read_tokenizer_json(path):
    """Parse a tokenizer.json into (vocab {token: id}, merges [(left, right)], added tokens [str]).

    The vocab returned holds the added tokens too. The checks that need the whole
    vocabulary (ids without holes, the special tokens, merges that name known
    symbols) are BPETokenizer's, so that a tokenizer built in code gets them as well.
    """
    try:
        data = read_capped(path, TOKENIZER_LIMIT)
    except FileNotFoundError:
        raise TokenizerError(f"tokenizer file not found: {path}") from None
    except BadFileError as e:
        raise TokenizerError(str(e)) from None
    except OSError as e:
        raise TokenizerError(f"cannot read tokenizer file {path}: {e}") from None
    return parse_tokenizer_json(data, path)


def parse_tokenizer_json(data: bytes, path):
    """read_tokenizer_json on the bytes of a file already read (path names it in messages)."""
    try:
        doc = parse_json(data, f"tokenizer file {path}")
    except BadFileError as e:
        raise TokenizerError(str(e)) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("model"), dict):
        raise TokenizerError(f"{path} is not a tokenizer.json file: it has no 'model' section")
    _check_supported(doc)
    model = doc["model"]
    vocab = model.get("vocab")
    if not isinstance(vocab, dict) or not all(isinstance(i, int) and not isinstance(i, bool) for i in vocab.values()):
        raise TokenizerError("model 'vocab' must be an object mapping each token to an integer id")
    vocab = dict(vocab)
    added = []
    for entry in doc.get("added_tokens") or []:
        content, token_id = _added_token(entry)
        if vocab.get(content, token_id) != token_id:
            raise TokenizerError(f"added token {content!r} has id {token_id} but the vocab gives it {vocab[content]}")
        vocab[content] = token_id
        added.append(content)
    return vocab, _parse_merges(model.get("merges")), added


def _check_supported(doc) -> None:
    """Refuse settings that would make our encoding differ from HF's on the same file."""
    model = doc["model"]
    if model.get("type", "BPE") != "BPE":  # (HF may omit "type" for BPE)
        raise TokenizerError(f"model type is {model.get('type')!r}; only 'BPE' is supported")
    # (unk_token may be set: with all 256 byte symbols in the vocab it is never used)
    for key in ("dropout", "continuing_subword_prefix", "end_of_word_suffix"):
        if model.get(key) not in (None, ""):
            raise TokenizerError(f"BPE option {key}={model[key]!r} is not supported (byte-level BPE needs none)")
    for key in ("byte_fallback", "ignore_merges"):
        if model.get(key):
            raise TokenizerError(f"BPE option {key}=true is not supported")
    if doc.get("normalizer") is not None:
        raise TokenizerError(f"normalizer {doc['normalizer']!r:.60} is not supported (it must be null)")
    pre = doc.get("pre_tokenizer")
    if not isinstance(pre, dict) or pre.get("type") != "ByteLevel":
        kind = pre.get("type") if isinstance(pre, dict) else pre
        raise TokenizerError(f"pre_tokenizer must be ByteLevel (GPT-2 byte-level BPE), got {kind!r}")
    if pre.get("add_prefix_space") or not pre.get("use_regex", True):
        raise TokenizerError("ByteLevel pre_tokenizer must have add_prefix_space false and use_regex true")


def _added_token(entry):
    if not isinstance(entry, dict) or not isinstance(entry.get("content"), str) or not isinstance(entry.get("id"), int):
        raise TokenizerError(f"added_tokens entry {entry!r} needs a string 'content' and an integer 'id'")
    for key in ("single_word", "lstrip", "rstrip"):
        if entry.get(key):
            raise TokenizerError(f"added token {entry['content']!r} uses {key}=true, which is not supported")
    return entry["content"], entry["id"]


def _parse_merges(merges) -> list[tuple[str, str]]:
    if not isinstance(merges, list):
        raise TokenizerError("model 'merges' must be a list")
    pairs = []
    for rank, merge in enumerate(merges):
        if isinstance(merge, str):  # older HF: "left right"
            merge = merge.split(" ")
        if not (isinstance(merge, list) and len(merge) == 2 and all(isinstance(s, str) and s for s in merge)):
            raise TokenizerError(f"merge {rank} is {merge!r}, not a pair of symbols")
        pairs.append((merge[0], merge[1]))
    return pairs
