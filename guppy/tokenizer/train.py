"""Learning BPE merges: count the pre-tokens, then merge the most frequent pair, again and again.

The rule (GPT-2, HF tokenizers): every pre-token starts as its list of byte symbols;
the pair of adjacent symbols that occurs most often in the corpus (each pre-token
weighted by how often it occurs) becomes a new symbol, everywhere; repeat until the
vocabulary is full or no pair occurs at least `min_frequency` times.

Ties: among pairs with the same count, the pair with the smallest ids wins, compared
as (left id, right id). Ids are vocabulary ids: the byte symbols in the order of
their printable character (see guppy/tokenizer/bpe.py BYTE_ORDER), merged symbols in the order they
were made. This is the rule of HF's BpeTrainer, so on text without special tokens
both learn the same merges (tests/test_tokenizer_hf.py checks it). It depends on no
dict or hash order.

Why this is fast enough in pure Python:
  * the corpus repeats a lot, so we count unique texts, then unique pieces between
    special tokens, then unique pre-tokens; BPE then runs on a few thousand unique
    "words", each with a count, instead of millions of characters;
  * pair counts are updated incrementally: an index (pair -> the words that hold
    it) means one merge only rewrites the words that contain the pair, and only the
    pairs next to each merge site change;
  * the best pair comes from a heap with lazy invalidation: an entry whose count
    has dropped since it was pushed is re-pushed with its current count when it
    surfaces, instead of searching all pairs for the maximum after every merge.
"""

import heapq
import warnings
from collections import Counter, defaultdict

from tqdm import tqdm

from guppy.tokenizer.bpe import PRETOKEN_RE, TokenizerError


def count_pretokens(texts, splitter) -> Counter:
    """Count every pre-token of the corpus, e.g. {' fish': 5120, '\\n': 60000, ...}.

    splitter is guppy/tokenizer/bpe.py special_token_splitter(): the special tokens are cut out and
    not counted, so no merge ever reaches into them.
    """
    try:
        text_counts = Counter(texts)
    except TypeError as e:  # an unhashable item, such as a list
        raise TokenizerError(f"training texts must be str ({e})") from None
    for text in text_counts:
        if not isinstance(text, str):
            raise TokenizerError(f"training texts must be str, got {type(text).__name__} ({text!r:.40})")
    piece_counts = Counter()  # the plain text between special tokens
    for text, n in text_counts.items():
        for piece in splitter.split(text)[::2]:  # odd positions hold the specials
            if piece:
                piece_counts[piece] += n
    # Pieces seen equally often are pre-tokenized into one list that Counter counts in C.
    by_count = defaultdict(list)
    for piece, n in piece_counts.items():
        by_count[n] += PRETOKEN_RE.findall(piece)
    pretoken_counts = Counter()
    for n, pretokens in by_count.items():
        for pretoken, k in Counter(pretokens).items():
            pretoken_counts[pretoken] += n * k
    return pretoken_counts


def learn_merges(word_counts: dict, tokens: list[str], vocab_size: int, min_frequency: int, show_progress=False):
    """Learn merges on words given as tuples of symbol ids, each with its count.

    tokens: the symbol strings by id so far (specials and byte symbols); it is
    extended in place with each new symbol. Returns the merges as (left id, right id)
    in the order learned. Warns when it stops before reaching vocab_size.
    """
    token_id = {t: i for i, t in enumerate(tokens)}
    words = [list(w) for w in word_counts]
    counts = list(word_counts.values())

    pair_counts = defaultdict(int)  # (left, right) -> occurrences in the corpus
    where = defaultdict(set)  # (left, right) -> indices of the words that hold it
    for i, word in enumerate(words):
        n = counts[i]
        for pair in zip(word, word[1:]):
            pair_counts[pair] += n
            where[pair].add(i)
    # Max-heap by count, then smallest pair: heapq is a min-heap, so store -count.
    heap = [(-n, pair) for pair, n in pair_counts.items()]
    heapq.heapify(heap)

    merges = []
    progress = tqdm(total=max(vocab_size - len(tokens), 0), desc="BPE merges", disable=not show_progress)
    while len(tokens) < vocab_size and heap:
        neg_count, pair = heapq.heappop(heap)
        count = pair_counts.get(pair, 0)
        if count != -neg_count:  # stale: fewer left than when pushed; requeue at its true count
            if count > 0:
                heapq.heappush(heap, (-count, pair))
            continue
        if count < min_frequency:
            break

        a, b = pair
        new_token = tokens[a] + tokens[b]
        new_id = token_id.get(new_token)
        if new_id is None:  # (two merges can spell the same symbol: 'a'+'bc', 'ab'+'c')
            new_id = token_id[new_token] = len(tokens)
            tokens.append(new_token)
            progress.update(1)
        merges.append(pair)

        # Rewrite each word that holds the pair; only the pairs around each merge
        # site change (see _merge_and_count). The pairs with the new symbol are new
        # in the word, so `where` learns them; the others it knew already.
        grown = set()
        for i in where.pop(pair):
            words[i], new_pairs = _merge_and_count(words[i], a, b, new_id, counts[i], pair_counts)
            for new in new_pairs:
                where[new].add(i)
            grown.update(new_pairs)
        del pair_counts[pair]  # every occurrence is merged (its count was not kept up to date)
        for new in grown:  # (push order is irrelevant: (count, pair) orders all entries)
            if pair_counts[new] > 0:
                heapq.heappush(heap, (-pair_counts[new], new))
    progress.close()

    if len(tokens) < vocab_size:
        warnings.warn(
            f"BPE training stopped at vocab size {len(tokens)} of {vocab_size}: "
            f"no pair occurs min_frequency={min_frequency} or more times",
            stacklevel=3,
        )
    return merges


def _merge_and_count(word: list[int], a: int, b: int, new_id: int, n: int, pair_counts) -> tuple[list[int], list]:
    """Merge every (a, b) in word (left to right) and update pair_counts for a word seen n times.

    At each merge site  ... x [a b] y ...  the pairs (x, a) and (b, y) go and
    (x, new) and (new, y) come, where x is the symbol already written to the left
    (the new symbol itself when two sites touch: 'a b a b' -> (b, a) goes, (new, new)
    comes, and the (new, a) added at the first site is taken back at the second).
    The count of (a, b) itself is left alone: the caller drops it. The result equals
    recounting the word's pairs before and after, without touching the other pairs.
    Returns the merged word and the pairs with the new symbol that it gained (the
    word may have held none: `where` can name words the pair already left).
    """
    merged, new_pairs = [], []
    j, last = 0, len(word) - 1
    while j <= last:
        symbol = word[j]
        if symbol == a and j < last and word[j + 1] == b:
            if merged:
                left = merged[-1]
                pair_counts[left, a] -= n
                pair_counts[left, new_id] += n
                new_pairs.append((left, new_id))
            if j + 2 <= last:
                right = word[j + 2]
                pair_counts[b, right] -= n
                pair_counts[new_id, right] += n
                new_pairs.append((new_id, right))
            merged.append(new_id)
            j += 2
        else:
            merged.append(symbol)
            j += 1
    return merged, new_pairs
