"""tokenizer.json: save/load round trips, the layout HF expects, and one clear error per bad file."""

import json
import os

import pytest

from guppy.data.chat_format import SPECIAL_TOKENS, format_sample
from guppy.tokenizer.tokenizer import BPETokenizer, TokenizerError, train_from_data_dir

SAMPLES = [
    {"input": "hi fish", "output": "hello. i am a fish. blub."},
    {"input": "what is 2+2?", "output": "i can count to 3. then i forget. 🐟"},
    {"input": "do you sleep?", "output": "i sleep near the plant. the plant is green."},
] * 4
TEXTS = [format_sample(s["input"], s["output"]) for s in SAMPLES] + ["the fish swims in the water"] * 3


@pytest.fixture(scope="module")
def tok():
    return BPETokenizer.train(TEXTS, vocab_size=300)


@pytest.fixture
def saved(tok, tmp_path):
    path = tmp_path / "tokenizer.json"
    tok.save(path)
    return path


def rewrite(path, change):
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def load_error(path) -> str:
    with pytest.raises(TokenizerError) as info:
        BPETokenizer.load(path)
    message = str(info.value)
    assert "\n" not in message, message
    return message


def test_save_load_round_trip(tok, saved):
    loaded = BPETokenizer.load(saved)
    assert loaded.get_vocab() == tok.get_vocab() and loaded.merges == tok.merges
    for text in TEXTS + ["unseen words: naïve 🐠 <|im_end", ""]:
        assert loaded.encode(text) == tok.encode(text)
    assert not [p for p in os.listdir(saved.parent) if p != "tokenizer.json"]  # no temporary file left


def test_file_layout_is_hf_bytelevel_bpe(tok, saved):
    doc = json.loads(saved.read_text(encoding="utf-8"))
    assert doc["version"] == "1.0" and doc["normalizer"] is None
    byte_level = {"add_prefix_space": False, "trim_offsets": True, "use_regex": True}
    assert doc["pre_tokenizer"] == {"type": "ByteLevel", **byte_level}
    assert doc["decoder"]["type"] == "ByteLevel"
    assert [(t["id"], t["content"], t["special"], t["normalized"]) for t in doc["added_tokens"]] == [
        (0, "<pad>", True, False),
        (1, "<|im_start|>", True, False),
        (2, "<|im_end|>", True, False),
    ]
    model = doc["model"]
    assert model["type"] == "BPE" and model["dropout"] is None and model["byte_fallback"] is False
    assert list(model["vocab"].values()) == list(range(300))  # written in id order
    assert model["merges"][0] == list(tok.merges[0]) and len(model["merges"]) == len(tok.merges)


def test_older_merges_as_strings_are_accepted(tok, saved):
    rewrite(saved, lambda d: d["model"].update(merges=[" ".join(m) for m in d["model"]["merges"]]))
    loaded = BPETokenizer.load(saved)
    assert loaded.merges == tok.merges and loaded.encode(TEXTS[0]) == tok.encode(TEXTS[0])


def test_save_overwrites_and_needs_a_directory(tok, saved, tmp_path):
    tok.save(saved)  # over an existing file
    assert BPETokenizer.load(saved).vocab_size == 300
    with pytest.raises(TokenizerError, match="does not exist"):
        tok.save(tmp_path / "no" / "such" / "dir" / "tokenizer.json")


# ---- one clear error per kind of bad file ------------------------------------------


def test_missing_file(tmp_path):
    assert "not found" in load_error(tmp_path / "nope.json")


def test_not_json(tmp_path):
    path = tmp_path / "t.json"
    path.write_text('{"model": {"vocab": ', encoding="utf-8")
    assert "is not valid JSON" in load_error(path)


def test_not_a_tokenizer(tmp_path):
    path = tmp_path / "config.json"
    path.write_text('{"d_model": 384}', encoding="utf-8")
    assert "no 'model' section" in load_error(path)
    path.write_text("[1, 2]", encoding="utf-8")
    assert "no 'model' section" in load_error(path)


def test_model_not_bpe(saved):
    rewrite(saved, lambda d: d["model"].update(type="WordPiece"))
    assert "'WordPiece'; only 'BPE'" in load_error(saved)


def test_vocab_with_a_hole(saved):
    def drop_id_100(doc):
        vocab = doc["model"]["vocab"]
        token = next(t for t, i in vocab.items() if i == 299)
        vocab[token] = 300  # 299 now unused

    rewrite(saved, drop_id_100)
    assert "id 299 is missing" in load_error(saved)


def test_duplicate_ids(saved):
    def clash(doc):
        vocab = doc["model"]["vocab"]
        last = next(t for t, i in vocab.items() if i == 299)
        vocab[last] = 298
        doc["model"]["vocab"]["extra"] = 299

    rewrite(saved, clash)
    assert "id 298 is given to two tokens" in load_error(saved)


def test_merge_with_unknown_symbol(saved):
    rewrite(saved, lambda d: d["model"]["merges"].insert(3, ["Ġquux", "zzz"]))
    assert "merge 3 ('Ġquux', 'zzz') names unknown symbol 'Ġquux'" in load_error(saved)


def test_merge_result_not_in_vocab(saved):
    rewrite(saved, lambda d: d["model"]["merges"].append(["a", "q"]))
    assert "makes 'aq', which is not in the vocab" in load_error(saved)


def test_malformed_merge(saved):
    rewrite(saved, lambda d: d["model"]["merges"].append(["a", "b", "c"]))
    assert "not a pair of symbols" in load_error(saved)


def test_missing_special_token(saved):
    def drop_im_end(doc):  # renumber so that the vocab stays without holes
        vocab = doc["model"]["vocab"]
        del vocab["<|im_end|>"]
        doc["model"]["vocab"] = {t: (i - 1 if i > 2 else i) for t, i in vocab.items()}
        doc["added_tokens"] = doc["added_tokens"][:2]

    rewrite(saved, drop_im_end)
    assert "special token '<|im_end|>' is missing" in load_error(saved)


def test_special_token_with_wrong_id(saved):
    def swap(doc):
        vocab = doc["model"]["vocab"]
        vocab["<pad>"], vocab["<|im_start|>"] = 1, 0
        doc["added_tokens"][0]["id"], doc["added_tokens"][1]["id"] = 1, 0

    rewrite(saved, swap)
    assert "'<pad>' has id 1, expected 0" in load_error(saved)


def test_added_token_disagrees_with_vocab(saved):
    rewrite(saved, lambda d: d["added_tokens"][2].update(id=7))
    assert "added token '<|im_end|>' has id 7 but the vocab gives it 2" in load_error(saved)


def test_missing_byte_symbols(saved):
    def drop_byte(doc):
        vocab = doc["model"]["vocab"]
        token = next(t for t, i in vocab.items() if i == 3)  # '!'
        del vocab[token]
        doc["model"]["vocab"] = {t: (i - 1 if i > 3 else i) for t, i in vocab.items()}
        doc["model"]["merges"] = [m for m in doc["model"]["merges"] if "!" not in "".join(m)]

    rewrite(saved, drop_byte)
    assert "lacks 1 of the 256 byte symbols, e.g. '!'" in load_error(saved)


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda d: d.update(normalizer={"type": "Lowercase"}), "normalizer"),
        (lambda d: d.update(pre_tokenizer={"type": "Whitespace"}), "must be ByteLevel"),
        (lambda d: d["pre_tokenizer"].update(add_prefix_space=True), "add_prefix_space false"),
        (lambda d: d["model"].update(dropout=0.1), "dropout"),
        (lambda d: d["model"].update(byte_fallback=True), "byte_fallback"),
        (lambda d: d["added_tokens"][1].update(lstrip=True), "lstrip"),
    ],
)
def test_unsupported_settings_are_refused(saved, change, words):
    rewrite(saved, change)
    assert words in load_error(saved)


def test_constructor_checks_without_a_file():
    vocab = {t: i for i, t in enumerate(BPETokenizer.train(["ab ab"], vocab_size=259).get_vocab())}
    with pytest.raises(TokenizerError, match="not a string token with an integer id"):
        BPETokenizer({**vocab, "x": "5"}, [])
    with pytest.raises(TokenizerError, match="names unknown symbol"):
        BPETokenizer(vocab, [("ab", "c")])


# ---- training from a data directory ------------------------------------------------


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_train_from_data_dir(tmp_path):
    write_jsonl(tmp_path / "train.jsonl", SAMPLES)
    write_jsonl(tmp_path / "eval.jsonl", [{"input": "zebra quokka", "output": "zebra quokka zebra quokka"}] * 3)
    out = tmp_path / "tok.json"
    with pytest.warns(UserWarning, match="stopped at vocab size"):
        tok = train_from_data_dir(tmp_path, vocab_size=4096, out_path=out, show_progress=False)
    assert BPETokenizer.load(out).merges == tok.merges
    assert tok.token_to_id("Ġquokka") is not None  # eval.jsonl was read too
    assert tok.encode(format_sample("hi fish", "blub"))[:1] == [SPECIAL_TOKENS.index("<|im_start|>")]


def test_train_from_data_dir_errors(tmp_path):
    with pytest.raises(TokenizerError, match="train.jsonl does not exist"):
        train_from_data_dir(tmp_path, out_path=None, show_progress=False)
    write_jsonl(tmp_path / "train.jsonl", [{"input": "hi"}])
    with pytest.raises(ValueError, match="output"):
        train_from_data_dir(tmp_path, out_path=None, show_progress=False)
