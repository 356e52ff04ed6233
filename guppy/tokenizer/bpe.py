"""The pieces of byte-level BPE that training and encoding share.

Byte-level BPE (GPT-2) works on the UTF-8 bytes of the text, never on characters, so
every string can be encoded and nothing is ever "unknown". To keep token strings
printable (tokenizer.json stores them as JSON strings), each of the 256 byte values
is shown as one unicode character: the printable Latin-1 bytes stand for themselves
('a' is 'a', '!' is '!') and the other 68 bytes (control bytes, space, 127-160, 173)
are moved to characters 256, 257, ... in byte order. So a space is 'Ġ' (chr 288)
and a newline 'Ċ' (chr 266), as in every GPT-2 style tokenizer.json.

Before BPE, text is split in two stages, and merges never cross the borders:
  1. on the special tokens ('<|im_start|>' ...), which become one id each;
  2. each piece between them into pre-tokens by the GPT-2 regex: words with their
     leading space, numbers, runs of punctuation, runs of whitespace.
"""

import regex

from guppy.data.chat_format import SPECIAL_TOKENS


class TokenizerError(ValueError):
    """A tokenizer file, vocabulary or argument that cannot be used (one-line message)."""


def bytes_to_unicode() -> dict[int, str]:
    """The GPT-2 map from the 256 byte values to 256 printable unicode characters."""
    printable = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1), *range(ord("®"), ord("ÿ") + 1)]
    mapping = {b: chr(b) for b in printable}
    moved = 0
    for b in range(256):
        if b not in mapping:  # not printable: give it the next free character above 255
            mapping[b] = chr(256 + moved)
            moved += 1
    return mapping


BYTE_TO_CHAR = bytes_to_unicode()
CHAR_TO_BYTE = {c: b for b, c in BYTE_TO_CHAR.items()}

# The order of the 256 byte symbols in our vocabulary (ids 3..258): sorted by their
# printable character, which is what HF's BpeTrainer does (and GPT-2's vocab too):
# bytes 33..126, 161..172, 174..255, then the moved ones 0..32, 127..160, 173.
# So '!' is id 3, 'a' (byte 97) is id 67, newline 'Ċ' is id 201 and space 'Ġ' id 223.
BYTE_ORDER = sorted(range(256), key=lambda b: BYTE_TO_CHAR[b])

# The GPT-2 pre-tokenizer pattern (the one HF's ByteLevel pre-tokenizer uses).
PRETOKEN_PATTERN = r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"""
PRETOKEN_RE = regex.compile(PRETOKEN_PATTERN)


def special_token_splitter(specials=SPECIAL_TOKENS) -> "regex.Pattern":
    """A regex whose .split(text) alternates [plain, special, plain, special, ..., plain].

    Longer specials come first so that, if one were a prefix of another, the longest
    match wins (as HF's added-token matcher does).
    """
    alternatives = sorted(specials, key=len, reverse=True)
    return regex.compile("(" + "|".join(regex.escape(s) for s in alternatives) + ")")


def token_to_bytes(token: str) -> bytes:
    """The bytes a byte-level token string stands for ('Ġfish' -> b' fish')."""
    return bytes(CHAR_TO_BYTE[c] for c in token)


def merge_pair(word: list[int], a: int, b: int, new_id: int) -> list[int]:
    """Replace every non-overlapping (a, b) in word, scanning left to right, by new_id.

    'a a a' with the pair (a, a) gives 'aa a': the left occurrence wins.
    """
    merged = []
    append = merged.append
    i, last = 0, len(word) - 1
    while i <= last:
        if i < last and word[i] == a and word[i + 1] == b:
            append(new_id)
            i += 2
        else:
            append(word[i])
            i += 1
    return merged
