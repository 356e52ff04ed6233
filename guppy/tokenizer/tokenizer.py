"""guppy's tokenizer: byte-level BPE (GPT-2 style), trained here, saved as HF tokenizer.json.

Vocabulary ids of a tokenizer trained here:
    0, 1, 2     '<pad>', '<|im_start|>', '<|im_end|>'   (guppy.data.chat_format)
    3 .. 258    the 256 byte symbols, ordered by their printable character
                (guppy/tokenizer/bpe.py BYTE_ORDER: '!' is 3, 'a' is 67, newline 201, space 223)
    259 ..      merged symbols, in the order training made them (merge rank order)

Encoding: cut out the special tokens, split the rest into GPT-2 pre-tokens, turn
each pre-token into its byte symbols and merge within it by rank: the adjacent pair
whose merge was learned first is merged everywhere, then the next, until no learned
pair is left. decode joins the bytes of the ids and reads them as UTF-8, so
decode(encode(s)) == s for every string.

The corpus repeats a lot, so encode keeps three caches of ids: per whole text, per
plain text between special tokens (a ChatML question or answer) and per pre-token;
each is emptied when it reaches CACHE_LIMIT entries.
See bpe_train.py for training and tokenizer_json.py for the file format.
"""

import heapq
import json
import os
from itertools import chain

from guppy.data.chat_format import SPECIAL_TOKENS, format_sample
from guppy.tokenizer.bpe import (
    BYTE_ORDER,
    BYTE_TO_CHAR,
    CHAR_TO_BYTE,
    PRETOKEN_RE,
    TokenizerError,
    merge_pair,
    special_token_splitter,
)
from guppy.tokenizer.hf_json import parse_tokenizer_json, read_tokenizer_json, tokenizer_to_json, write_text_atomically
from guppy.tokenizer.train import count_pretokens, learn_merges

CACHE_LIMIT = 200_000  # entries per cache
LONG_WORD = 64  # symbols; a longer pre-token is merged by _apply_merges_long (same ids, O(n log n))


class BPETokenizer:
    """Byte-level BPE with the three guppy special tokens at ids 0, 1, 2.

    vocab: {token string: id} with ids 0..n-1, holding the special tokens and the
    256 byte symbols; merges: (left, right) symbol strings in rank order;
    added_tokens: strings matched whole in the text before pre-tokenization.
    """

    def __init__(self, vocab: dict[str, int], merges: list[tuple[str, str]], added_tokens=SPECIAL_TOKENS):
        self._tokens = _tokens_by_id(vocab)
        self._ids = {t: i for i, t in enumerate(self._tokens)}
        self._added = {}  # the strings cut out of the text whole: guppy's specials first
        for token in dict.fromkeys([*SPECIAL_TOKENS, *added_tokens]):
            if token not in self._ids:
                raise TokenizerError(f"special token {token!r} is missing from the vocab")
            self._added[token] = self._ids[token]
        for expected_id, special in enumerate(SPECIAL_TOKENS):
            if self._ids[special] != expected_id:
                raise TokenizerError(f"special token {special!r} has id {self._ids[special]}, expected {expected_id}")
        self._splitter = special_token_splitter(self._added)

        missing = [c for c in BYTE_TO_CHAR.values() if c not in self._ids]
        if missing:
            raise TokenizerError(f"vocab lacks {len(missing)} of the 256 byte symbols, e.g. {missing[0]!r}")
        self._byte_id = [self._ids[BYTE_TO_CHAR[b]] for b in range(256)]  # byte value -> id

        self._merges = [tuple(m) for m in merges]
        # (left id, right id) -> (rank, merged id). A pair listed twice keeps its last
        # rank, as HF does (its trainer can list a pair again when two merges spell
        # the same symbol).
        self._merge_of = {}
        for rank, (left, right) in enumerate(self._merges):
            for side in (left, right):
                if side not in self._ids:
                    raise TokenizerError(f"merge {rank} ({left!r}, {right!r}) names unknown symbol {side!r}")
            if left + right not in self._ids:
                raise TokenizerError(
                    f"merge {rank} ({left!r}, {right!r}) makes {left + right!r}, which is not in the vocab"
                )
            self._merge_of[self._ids[left], self._ids[right]] = (rank, self._ids[left + right])

        # id -> the bytes it stands for; added tokens stand for their own text.
        self._id_bytes = [self._added_or_symbol_bytes(t) for t in self._tokens]
        self._id_bytes_no_special = [b"" if t in self._added else b for t, b in zip(self._tokens, self._id_bytes)]
        self.clear_cache()

    def _added_or_symbol_bytes(self, token: str) -> bytes:
        if token in self._added or any(c not in CHAR_TO_BYTE for c in token):
            return token.encode("utf-8")  # (a non-byte-level vocab entry reads as its text)
        return bytes(CHAR_TO_BYTE[c] for c in token)

    def clear_cache(self) -> None:
        """Forget cached encodings (only useful for timing a cold start)."""
        self._text_cache, self._plain_cache, self._pretoken_cache = {}, {}, {}

    # ---- training ------------------------------------------------------------

    @classmethod
    def train(cls, texts, vocab_size: int = 4096, min_frequency: int = 2, show_progress: bool = False):
        """Learn a vocabulary of vocab_size ids from an iterable of texts (guppy/tokenizer/train.py).

        Special tokens in the texts are cut out first and never merged into. Warns
        (warnings.warn) when no pair reaches min_frequency before vocab_size.
        """
        base = len(SPECIAL_TOKENS) + 256
        if not isinstance(vocab_size, int) or vocab_size < base:
            raise TokenizerError(
                f"vocab_size must be an integer of at least {base} (3 specials + 256 bytes), got {vocab_size!r}"
            )
        if not isinstance(min_frequency, int) or min_frequency < 1:
            raise TokenizerError(f"min_frequency must be an integer of at least 1, got {min_frequency!r}")
        if isinstance(texts, str):
            raise TokenizerError("train expects an iterable of texts, not a single string")
        pretoken_counts = count_pretokens(texts, special_token_splitter(SPECIAL_TOKENS))
        tokens = [*SPECIAL_TOKENS, *(BYTE_TO_CHAR[b] for b in BYTE_ORDER)]
        byte_id = {b: len(SPECIAL_TOKENS) + k for k, b in enumerate(BYTE_ORDER)}
        word_counts = {tuple(byte_id[b] for b in _utf8(p)): n for p, n in pretoken_counts.items()}
        merges = learn_merges(word_counts, tokens, vocab_size, min_frequency, show_progress)
        return cls({t: i for i, t in enumerate(tokens)}, [(tokens[a], tokens[b]) for a, b in merges])

    # ---- vocabulary ----------------------------------------------------------

    @property
    def vocab_size(self) -> int:
        return len(self._tokens)

    @property
    def merges(self) -> list[tuple[str, str]]:
        return list(self._merges)

    def get_vocab(self) -> dict[str, int]:
        return dict(self._ids)

    def token_to_id(self, token: str):
        """The id of a token string ('Ġfish'), or None if it is not in the vocab (as HF)."""
        return self._ids.get(token)

    def id_to_token(self, token_id: int):
        """The token string of an id, or None if there is no such id (as HF)."""
        return self._tokens[token_id] if 0 <= token_id < len(self._tokens) else None

    # ---- encoding ------------------------------------------------------------

    def encode(self, text: str) -> list[int]:
        """The ids of text. A fresh list each call (the cached one stays untouched)."""
        if not isinstance(text, str):
            raise TokenizerError(f"encode expects a str, got {type(text).__name__}")
        ids = self._text_cache.get(text)
        if ids is None:
            ids = self._encode_uncached(text)
            if len(self._text_cache) >= CACHE_LIMIT:
                self._text_cache.clear()
            self._text_cache[text] = ids
        return ids.copy()

    def encode_batch(self, texts) -> list[list[int]]:
        return [self.encode(t) for t in texts]

    def _encode_uncached(self, text: str) -> list[int]:
        for cache in (self._plain_cache, self._pretoken_cache):  # (emptied only here, between texts)
            if len(cache) >= CACHE_LIMIT:
                cache.clear()
        ids, plain_cache = [], self._plain_cache
        for k, part in enumerate(self._splitter.split(text)):
            if k % 2:  # the splitter puts the special tokens at odd positions
                ids.append(self._added[part])
            elif part:
                found = plain_cache.get(part)
                if found is None:
                    found = plain_cache[part] = self._encode_plain(part)
                ids += found
        return ids

    def _encode_plain(self, text: str) -> list[int]:
        """Ids of text without special tokens: merges within each pre-token, cached per pre-token."""
        pretokens = PRETOKEN_RE.findall(text)
        cache, byte_id = self._pretoken_cache, self._byte_id
        for new in set(pretokens).difference(cache):
            cache[new] = self.apply_merges([byte_id[b] for b in _utf8(new)])
        return list(chain.from_iterable(map(cache.__getitem__, pretokens)))  # (the loop runs in C)

    def encode_plain(self, text: str) -> list[int]:
        """The ids of text read as plain characters: a special-token string in it ('<|im_end|>'
        typed by a user) is encoded like any other characters, never as the control token."""
        if not isinstance(text, str):
            raise TokenizerError(f"encode_plain expects a str, got {type(text).__name__}")
        return self._encode_plain(text)

    def apply_merges(self, ids: list[int]) -> list[int]:
        """Merge within one pre-token's symbols: lowest rank first, all its occurrences."""
        if len(ids) > LONG_WORD:
            return self._apply_merges_long(ids)
        merge_of = self._merge_of
        while len(ids) > 1:
            best = None
            for pair in zip(ids, ids[1:]):
                found = merge_of.get(pair)
                if found is not None and (best is None or found < best):
                    best, best_pair = found, pair
            if best is None:
                break
            ids = merge_pair(ids, best_pair[0], best_pair[1], best[1])
        return ids

    def _apply_merges_long(self, ids: list[int]) -> list[int]:
        """apply_merges in O(n log n) for long words (the loop above rescans the word after every merge).

        The symbols form a linked list (nxt, prv; a merged-away symbol becomes -1). Every
        adjacent pair with a merge is filed under its rank in `waiting`; `ranks` is a heap
        of the ranks filed. One round takes the lowest rank r and merges its pairs left to
        right, skipping any that an earlier merge of the round broke up (the overlap rule
        of merge_pair: in 'a a a' the left pair wins). That is the loop above exactly:
          * a merge (A, B) -> AB only makes pairs with AB in them, never (A, B) again, so
            every pair of rank r is filed before its round starts;
          * a pair that a merge makes with a lower rank waits for the next round, as the
            loop above picks the lowest rank only after merging all of r;
          * a filed pair whose symbols changed since no longer has rank r (a rank names
            one pair), so it is skipped.
        """
        merge_of = self._merge_of
        sym = list(ids)
        n = len(sym)
        nxt = list(range(1, n + 1))
        nxt[-1] = -1
        prv = list(range(-1, n - 1))
        waiting: dict[int, list[int]] = {}
        ranks: list[int] = []

        def file_pair(i: int) -> None:
            j = nxt[i] if i >= 0 else -1
            if j >= 0:
                found = merge_of.get((sym[i], sym[j]))
                if found is not None:
                    lefts = waiting.get(found[0])
                    if lefts is None:
                        waiting[found[0]] = [i]
                        heapq.heappush(ranks, found[0])
                    else:
                        lefts.append(i)

        for i in range(n - 1):
            file_pair(i)
        while ranks:
            rank = heapq.heappop(ranks)
            lefts = waiting.pop(rank)
            lefts.sort()
            for i in lefts:
                j = nxt[i]
                if sym[i] < 0 or j < 0:
                    continue
                found = merge_of.get((sym[i], sym[j]))
                if found is None or found[0] != rank:
                    continue
                sym[i], sym[j] = found[1], -1
                k = nxt[j]
                nxt[i] = k
                if k >= 0:
                    prv[k] = i
                file_pair(prv[i])
                file_pair(i)
        return [s for s in sym if s >= 0]

    # ---- decoding ------------------------------------------------------------

    def decode(self, ids, skip_special_tokens: bool = False) -> str:
        """The text of ids. Byte sequences that are not valid UTF-8 (possible from
        arbitrary ids, never from encode) come out as U+FFFD."""
        table = self._id_bytes_no_special if skip_special_tokens else self._id_bytes
        ids = list(ids)
        if ids:
            low, high = min(ids), max(ids)
            if low < 0 or high >= len(table):
                raise TokenizerError(f"cannot decode id {low if low < 0 else high}: ids run from 0 to {len(table) - 1}")
        try:
            data = b"".join([table[i] for i in ids])
        except TypeError:
            raise TokenizerError("decode expects integer ids") from None
        return data.decode("utf-8", errors="replace")

    def decode_batch(self, batch, skip_special_tokens: bool = False) -> list[str]:
        return [self.decode(ids, skip_special_tokens) for ids in batch]

    # ---- files ---------------------------------------------------------------

    def to_json(self) -> dict:
        """The HuggingFace tokenizer.json document of this tokenizer."""
        return tokenizer_to_json(self._tokens, self._merges, self._added)

    def to_json_text(self) -> str:
        """The text of tokenizer.json, exactly as save() writes it."""
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"

    def save(self, path) -> None:
        """Write tokenizer.json (HF format) atomically: temporary file, then rename."""
        write_text_atomically(path, self.to_json_text())

    @classmethod
    def load(cls, path) -> "BPETokenizer":
        """Read a tokenizer.json written by save() or by HF tokenizers (ByteLevel BPE)."""
        return cls._from_parts(read_tokenizer_json(path), path)

    @classmethod
    def from_json_bytes(cls, data: bytes, path) -> "BPETokenizer":
        """load() on the bytes of a tokenizer.json already read (path names it in messages)."""
        return cls._from_parts(parse_tokenizer_json(data, path), path)

    @classmethod
    def _from_parts(cls, parts, path) -> "BPETokenizer":
        vocab, merges, added = parts
        try:
            return cls(vocab, merges, added)
        except TokenizerError as e:
            raise TokenizerError(f"{path}: {e}") from None


def _tokens_by_id(vocab: dict[str, int]) -> list[str]:
    """The vocab as a list id -> token; ids must be 0..n-1, each used once."""
    tokens = [None] * len(vocab)
    for token, token_id in vocab.items():
        if not isinstance(token, str) or not isinstance(token_id, int) or isinstance(token_id, bool):
            raise TokenizerError(f"vocab entry {token!r}: {token_id!r} is not a string token with an integer id")
        if not 0 <= token_id < len(vocab):
            hole = min(set(range(len(vocab))) - set(vocab.values()))
            raise TokenizerError(f"vocab ids must run 0..{len(vocab) - 1} without holes; id {hole} is missing")
        if tokens[token_id] is not None:
            raise TokenizerError(f"vocab id {token_id} is given to two tokens: {tokens[token_id]!r} and {token!r}")
        tokens[token_id] = token
    return tokens


def _utf8(text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as e:
        code = ord(text[e.start])
        if 0xDC80 <= code <= 0xDCFF:  # how Python's surrogateescape carries a byte that was not UTF-8
            raise TokenizerError(
                f"the text is not valid UTF-8 (byte {code - 0xDC00:#04x} at character {e.start})"
            ) from None
        raise TokenizerError(f"text holds {text[e.start]!r}, a lone surrogate, which is not valid unicode") from None


def train_from_data_dir(data_dir, vocab_size: int = 4096, out_path=None, show_progress: bool = True) -> BPETokenizer:
    """Train on the ChatML texts of DIR/train.jsonl (+ DIR/eval.jsonl if present); save to out_path if given."""
    from guppy.data.dataset_files import read_dataset

    train_path = os.path.join(data_dir, "train.jsonl")
    if not os.path.lexists(train_path):
        raise TokenizerError(f"no training data: {train_path} does not exist")
    train, evals, _ = read_dataset(data_dir)  # checked against dataset.json when there is one
    texts = [format_sample(r["input"], r["output"]) for r in [*train, *evals]]
    tokenizer = BPETokenizer.train(texts, vocab_size=vocab_size, show_progress=show_progress)
    if out_path is not None:
        tokenizer.save(out_path)
    return tokenizer
