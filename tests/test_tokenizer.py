"""Byte-level BPE: round trips, special tokens, encoding against a slow reference,
training checked by hand and against a slow full-recount trainer."""

import random
import re
import warnings
from collections import Counter

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from guppy.data.chat_format import IM_END, IM_START, PAD, SPECIAL_TOKENS, format_sample
from guppy.tokenizer.bpe import BYTE_ORDER, BYTE_TO_CHAR
from guppy.tokenizer.tokenizer import BPETokenizer, TokenizerError

GPT2_PATTERN = r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"""
LOOKALIKES = ["<|im_end", "<pad >", "<|im_start|", "|>", "<|", "<pa", "d>", "<|im_end|>>", "<<pad>", "im_start"]

FISH = [
    ("hi guppy", "hello. the water is nice today."),
    ("what do you eat?", "i eat flakes. flakes are the best food in the whole tank!"),
    ("are you happy?", "yes. i swim in circles when i'm happy, 3 or 4 times."),
    ("do you like the castle?", "the castle is big. i hide inside it when the light goes off."),
    ("¿hablas español?", "blub. je ne sais pas. 我是一条鱼 🐟🐠 naïve café"),
    ("tell me a secret", "i forgot it.  it was about   bubbles.\n\nmore bubbles.\tok?"),
]
CORPUS = [format_sample(q, a) for q, a in FISH] * 5 + [f"fish number {i} swims {i * 7} laps." for i in range(60)]


@pytest.fixture(scope="module")
def tok():
    return BPETokenizer.train(CORPUS, vocab_size=400, min_frequency=2)


# ---- a slow reference encoder, written from the definition on strings ----------


def gpt2_bytes_to_unicode():
    """The byte -> character table as OpenAI's GPT-2 encoder.py writes it."""
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1))
    bs += list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, map(chr, cs)))


def reference_encode(tok, text):
    """Cut specials, pre-tokenize, then repeatedly merge all occurrences of the lowest-rank pair."""
    rank = {pair: r for r, pair in enumerate(tok.merges)}  # a pair listed twice: the last rank (as HF)
    table = gpt2_bytes_to_unicode()
    ids = []
    for part in re.split("(" + "|".join(map(re.escape, SPECIAL_TOKENS)) + ")", text):
        if part in SPECIAL_TOKENS:
            ids.append(SPECIAL_TOKENS.index(part))
            continue
        for pre in regex.findall(GPT2_PATTERN, part):
            symbols = [table[b] for b in pre.encode("utf-8")]
            while True:
                known = [p for p in zip(symbols, symbols[1:]) if p in rank]
                if not known:
                    break
                a, b = min(known, key=rank.get)
                out, i = [], 0
                while i < len(symbols):
                    if i + 1 < len(symbols) and symbols[i] == a and symbols[i + 1] == b:
                        out.append(a + b)
                        i += 2
                    else:
                        out.append(symbols[i])
                        i += 1
                symbols = out
            ids += [tok.token_to_id(s) for s in symbols]
    return ids


# ---- round trips ------------------------------------------------------------------

texts_with_lookalikes = st.lists(
    st.one_of(st.text(), st.sampled_from(LOOKALIKES + list(SPECIAL_TOKENS)), st.sampled_from([" ", "\n", "  ", "'s"])),
    max_size=8,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(st.text(), texts_with_lookalikes))
def test_round_trip_any_text(tok, text):
    ids = tok.encode(text)
    assert tok.decode(ids) == text
    assert all(0 <= i < tok.vocab_size for i in ids)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=1))
def test_round_trip_includes_controls_and_combining(tok, text):
    text = "\x00\x1f\x7f\u0301e\u0301\u200b\ufeff" + text + "\r\n"
    assert tok.decode(tok.encode(text)) == text


def test_round_trip_long_random_text(tok):
    rng = random.Random(5)
    pool = "abc xyz 019.,!?'\n\t🐟中é\u0301" + "".join(SPECIAL_TOKENS)
    text = "".join(rng.choice(pool) for _ in range(50_000))
    assert tok.decode(tok.encode(text)) == text
    assert tok.decode(tok.encode("")) == "" and tok.encode("") == []


def test_decode_arbitrary_ids_replaces_invalid_utf8(tok):
    fish = tok.encode("🐟")
    assert len(fish) > 1  # four bytes, not all merged in this small vocab
    assert tok.decode(fish[:1]) == "\ufffd"  # a cut-off character
    rng = random.Random(1)
    ids = [rng.randrange(tok.vocab_size) for _ in range(300)]
    assert isinstance(tok.decode(ids), str)
    with pytest.raises(TokenizerError, match="cannot decode id"):
        tok.decode([5, tok.vocab_size])
    with pytest.raises(TokenizerError, match="cannot decode id"):
        tok.decode([-1])


# ---- special tokens ---------------------------------------------------------------


def test_special_tokens_are_single_ids(tok):
    assert [tok.token_to_id(s) for s in SPECIAL_TOKENS] == [0, 1, 2]
    ids = tok.encode(f"x{IM_START}user\nhi{IM_END}{PAD}{PAD}y")
    assert ids[1] == 1 and ids[-4:-1] == [2, 0, 0]
    assert tok.encode(PAD + IM_START + IM_END) == [0, 1, 2]
    assert tok.decode([1, 2, 0]) == IM_START + IM_END + PAD
    assert tok.decode(tok.encode(f"a{IM_END}b"), skip_special_tokens=True) == "ab"


def test_lookalikes_are_not_special(tok):
    for text in LOOKALIKES:
        ids = tok.encode(text)
        assert ids == reference_encode(tok, text)
        if text in ("<|im_end|>>", "<<pad>"):
            assert ids.count(2 if "im_end" in text else 0) == 1
        else:
            assert not {0, 1, 2} & set(ids), text


def test_no_merge_reaches_into_special_tokens(tok):
    # The corpus is full of ChatML, yet no symbol holds a piece of a special token.
    merged = [tok.id_to_token(i) for i in range(259, tok.vocab_size)]
    assert merged and not [t for t in merged if "<" in t or "|" in t or "im_" in t]


# ---- encoding against the slow reference ------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "fish",
                " fish",
                "the",
                " water",
                "flakes",
                "!",
                "  ",
                "\n",
                "3",
                "42",
                "é",
                "🐟",
                "'s",
                "i'm",
                "blub",
                "tank.",
            ]
            + LOOKALIKES
            + list(SPECIAL_TOKENS)
        ),
        max_size=20,
    ).map("".join)
)
def test_encode_matches_reference_on_corpus_like_text(tok, text):
    assert tok.encode(text) == reference_encode(tok, text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_encode_matches_reference_on_any_text(tok, text):
    assert tok.encode(text) == reference_encode(tok, text)


def test_encode_batch_decode_batch_and_cache_safety(tok):
    texts = [CORPUS[0], CORPUS[-1], "", CORPUS[0]]
    batch = tok.encode_batch(texts)
    assert batch == [tok.encode(t) for t in texts]
    batch[0].append(12345)  # mutating a result must not change what encode returns next
    assert tok.encode(texts[0]) == reference_encode(tok, texts[0])
    assert tok.decode_batch(tok.encode_batch(texts)) == texts
    with pytest.raises(TokenizerError, match="expects a str"):
        tok.encode(b"bytes")


def test_a_pair_listed_twice_keeps_its_last_rank():
    # merges: a+b (rank 0), b+c (1), a+b again (2). With the last rank for a+b, 'abc'
    # merges b+c first: 'a', 'bc' (HF does the same; test_tokenizer_hf checks it).
    vocab = BPETokenizer.train(["x"], vocab_size=259).get_vocab()
    vocab.update(ab=259, bc=260)
    tok = BPETokenizer(vocab, [("a", "b"), ("b", "c"), ("a", "b")])
    assert tok.encode("abc") == [67, 260] == reference_encode(tok, "abc")
    assert tok.encode("ab") == [259]


def test_vocab_accessors(tok):
    assert tok.vocab_size == 400 == len(tok.get_vocab())
    assert tok.id_to_token(223) == "Ġ" and tok.token_to_id("Ġ") == 223  # space (byte 32)
    assert tok.id_to_token(3) == "!" and tok.id_to_token(67) == "a"
    assert [tok.id_to_token(3 + k) for k in range(256)] == [BYTE_TO_CHAR[b] for b in BYTE_ORDER]
    assert tok.id_to_token(tok.vocab_size) is None and tok.token_to_id("no such token") is None
    assert gpt2_bytes_to_unicode() == BYTE_TO_CHAR


# ---- training ---------------------------------------------------------------------


def merged_symbols(tok):
    return [a + b for a, b in tok.merges]


def test_training_by_hand():
    # Words (each text is a single pre-token): aaab x2, aab x3, ab x1.
    #   pairs: (a,a) = 2*2 + 3 = 7, (a,b) = 2 + 3 + 1 = 6      -> merge a+a
    #   words: [aa,a,b] x2, [aa,b] x3, [a,b] x1
    #   pairs: (aa,a) = 2, (a,b) = 2 + 1 = 3, (aa,b) = 3       -> tie at 3
    #   tie rule, smallest ids: a (67) < aa (259)               -> merge a+b
    #   words: [aa,ab] x2, [aa,b] x3, [ab] x1: (aa,b) = 3       -> merge aa+b
    #   then (aa,ab) = 2                                        -> merge aa+ab, then no pair left
    texts = ["aaab"] * 2 + ["aab"] * 3 + ["ab"]
    with pytest.warns(UserWarning, match="vocab size 263 of 300"):
        tok = BPETokenizer.train(texts, vocab_size=300, min_frequency=1)
    assert tok.merges == [("a", "a"), ("a", "b"), ("aa", "b"), ("aa", "ab")]
    assert [tok.id_to_token(i) for i in range(259, 263)] == ["aa", "ab", "aab", "aaab"]
    assert tok.encode("aaab aab") == [262, 223, 261]  # 'aaab', then ' aab' = space (never merged) + 'aab'
    assert tok.encode("aaaa") == [259, 259] and tok.encode("ba") == [68, 67]


def test_tie_rule_is_by_ids_not_by_strings():
    # ab x2, abc x2, zz x2:  (a,b) = 4 wins; then (ab,c) = 2 and (z,z) = 2 tie.
    # By ids z (92) < ab (259), so z+z goes first, although "ab" < "z" as strings.
    texts = ["ab", "ab", "abc", "abc", "zz", "zz"]
    tok = BPETokenizer.train(texts, vocab_size=262, min_frequency=2)
    assert tok.merges == [("a", "b"), ("z", "z"), ("ab", "c")]
    assert tok.vocab_size == 262


def test_min_frequency_stops_with_warning():
    texts = ["aaab"] * 2 + ["aab"] * 3 + ["ab"]  # counts worked out in test_training_by_hand
    with pytest.warns(UserWarning, match="vocab size 262 of 4096.*min_frequency=3"):
        tok = BPETokenizer.train(texts, vocab_size=4096, min_frequency=3)
    assert merged_symbols(tok) == ["aa", "ab", "aab"]


def test_vocab_size_reached_without_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tok = BPETokenizer.train(CORPUS, vocab_size=300)
    assert tok.vocab_size == 300 and len(tok.merges) == 41


def test_training_is_independent_of_text_order():
    a = BPETokenizer.train(CORPUS, vocab_size=350)
    b = BPETokenizer.train(random.Random(3).sample(CORPUS, len(CORPUS)), vocab_size=350)
    assert a.merges == b.merges


def slow_train(texts, vocab_size, min_frequency):
    """The definition: recount every pair after every merge; max count, then smallest ids."""
    words = Counter()
    for text in texts:
        for pre in regex.findall(GPT2_PATTERN, text):
            words[tuple(3 + BYTE_ORDER.index(b) for b in pre.encode("utf-8"))] += 1
    tokens = list(SPECIAL_TOKENS) + [BYTE_TO_CHAR[b] for b in BYTE_ORDER]
    merges = []
    while len(tokens) < vocab_size:
        pairs = Counter()
        for w, n in words.items():
            for p in zip(w, w[1:]):
                pairs[p] += n
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))
        if pairs[best] < min_frequency:
            break
        new = tokens[best[0]] + tokens[best[1]]
        new_id = tokens.index(new) if new in tokens else len(tokens)
        if new_id == len(tokens):
            tokens.append(new)
        merges.append((tokens[best[0]], tokens[best[1]]))
        merged = Counter()
        for w, n in words.items():
            out, i = [], 0
            while i < len(w):
                if i + 1 < len(w) and (w[i], w[i + 1]) == best:
                    out.append(new_id)
                    i += 2
                else:
                    out.append(w[i])
                    i += 1
            merged[tuple(out)] += n
        words = merged
    return merges


@pytest.mark.parametrize("seed", range(6))
def test_training_matches_slow_full_recount(seed):
    rng = random.Random(seed)
    alphabet = rng.choice(["ab", "abc ", "aab  b", "xy z\n"])  # few symbols: many overlaps (aaaa, abab)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 30))) for _ in range(40)]
    min_frequency = rng.choice([1, 2, 3])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tok = BPETokenizer.train(texts, vocab_size=320, min_frequency=min_frequency)
    assert tok.merges == slow_train(texts, 320, min_frequency)


def test_progress_bar_runs(capsys):
    BPETokenizer.train(CORPUS, vocab_size=270, show_progress=True)
    assert "BPE merges" in capsys.readouterr().err


def test_bad_training_arguments():
    with pytest.raises(TokenizerError, match="vocab_size"):
        BPETokenizer.train(CORPUS, vocab_size=100)
    with pytest.raises(TokenizerError, match="min_frequency"):
        BPETokenizer.train(CORPUS, min_frequency=0)
    with pytest.raises(TokenizerError, match="not a single string"):
        BPETokenizer.train("just one text")
    with pytest.raises(TokenizerError, match="must be str"):
        BPETokenizer.train(["ok", 3])
    with pytest.raises(TokenizerError, match="must be str"):
        BPETokenizer.train(["ok", ["a list"]])
    with pytest.raises(TokenizerError, match="lone surrogate"):
        BPETokenizer.train(["bad \ud800 text"])
