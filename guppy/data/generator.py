"""The synthetic conversation generator: 60 topics, one user turn and one fish reply each.

A sample is {"input": what a person types, "output": what the fish says, "category": topic}.
Replies are composed from the templates in guppy/data/world/topics/, one text file per topic, filled
from the word pools in guppy/data/world/pools/ (see guppy/data/world/compose.py for both formats):
an optional fish sound, one reply of the topic, up to two extra sentences of the topic and,
now and then, a thought about food. Inputs get the small noise of real typing: a "hey guppy"
in front, a missing question mark, capital letters, "u" for "you".

Everything random goes through one random.Random(seed), so a seed gives the same bytes.
"""

import functools
import hashlib
import json
import os
import random
import re

from guppy.data.world import FOOD_THOUGHTS, OPENERS, POOLS, WORLD
from guppy.data.world.compose import count_sentences, render, tidy
from guppy.dirlock import DirectoryLock, remove_temp_files
from minigrad.atomic import atomic_write_text, fsync_directory, write_temp_file
from minigrad.readfile import BadFileError, open_regular, read_json

# The generator takes topics in turn, in this order (guppy/data/world/topics/ file-name order, see guppy/world).
TOPICS = list(WORLD)

INPUT_MAX_CHARS = 100  # a typed question, with room to spare
OUTPUT_MAX_CHARS = 240  # keeps a formatted sample well under the 128-token context
MAX_SENTENCES = 4
KEYS = ("input", "output", "category")

QUESTION_WORDS = frozenset(
    "what what's whats why how how's do does did are is isn't can could would will have has who "
    "where when which should am don't aren't were was".split()
)
GREETING_WORDS = frozenset("hi hello hey hiya howdy yo heya greetings good morning bye goodbye byeee".split())
PREFIXES = (
    "hey guppy, ", "guppy, ", "hi guppy. ", "hello little fish, ", "ok guppy, ", "so ", "um, ",
    "little fish, ", "hey fishy, ", "yo guppy, ", "dear guppy, ", "guppy. ", "hey buddy, ", "quick question, ",
)  # fmt: skip
SUFFIXES = (", guppy", " guppy", ", little fish", ", buddy", ", my friend", " fishy", ", little buddy")
QUESTION_ENDS = ("?",) * 14 + ("",) * 3 + ("??", "?!", " ?")
STATEMENT_ENDS = ("",) * 8 + (".",) * 6 + ("!",) * 5 + ("!!",)


class DataFormatError(ValueError):
    """A data file that cannot be read as samples (the message names the file and the line)."""


class DatasetError(ValueError):
    """A dataset that cannot be made as asked, or a data folder whose files do not belong together."""


def vary_input(text, rng):
    """A base ask -> the way a person might actually type it."""
    words = text.split()
    is_question = words[0] in QUESTION_WORDS
    if "guppy" not in text and words[0] not in GREETING_WORDS and rng.random() < 0.3:
        text = rng.choice(PREFIXES) + text
    elif rng.random() < 0.1:
        text += rng.choice(SUFFIXES)
    if rng.random() < 0.05:
        text = re.sub(r"\byou\b", "u", text)
    text += rng.choice(QUESTION_ENDS if is_question else STATEMENT_ENDS)
    roll = rng.random()
    if roll < 0.5:
        text = text[0].upper() + text[1:]  # sentence case; names keep their capitals
    elif roll < 0.92:
        text = text.lower()  # typed all lowercase
    else:
        text = text.upper()  # shouting
    return text


def compose_reply(topic, intent, picks, rng):
    """One reply: [fish sound] + a reply of the intent + [extras of the topic] + [a food thought].
    When the whole is too long, the tail goes first, then the fish sound."""

    def fill(template):
        return render(template, POOLS, picks, rng)

    opener = fill(rng.choice(OPENERS)) if rng.random() < 0.12 else ""
    core = fill(rng.choice(intent.replies))
    extra_count = rng.choices((0, 1, 2), weights=(35, 45, 20))[0]
    tail = [fill(t) for t in rng.sample(topic.extras, min(extra_count, len(topic.extras)))]
    if rng.random() < 0.12:
        tail.append(fill(rng.choice(FOOD_THOUGHTS)))
    while True:
        reply = tidy(" ".join([opener, core, *tail])).lower()
        if count_sentences(reply) <= MAX_SENTENCES and len(reply) <= OUTPUT_MAX_CHARS:
            return reply
        if tail:
            tail.pop()
        elif opener:
            opener = ""
        else:
            return reply  # one template too long on its own: tests/test_datagen.py catches it


# Every ask of a topic is equally likely, so an intent weighs as much as its phrasings.
_ASKS = {name: [(ask, intent) for intent in topic.intents for ask in intent.asks] for name, topic in WORLD.items()}


def make_sample(category, rng):
    """One conversation on a topic. The ask's picks are shared with the reply."""
    topic = WORLD[category]
    ask, intent = rng.choice(_ASKS[category])
    for _ in range(10):
        picks = {}
        text = vary_input(tidy(render(ask, POOLS, picks, rng)), rng)
        if len(text) <= INPUT_MAX_CHARS:
            break
    output = compose_reply(topic, intent, picks, rng)
    return {"input": text, "output": output, "category": category}


def generate_samples(n, seed=42):
    """n samples, topics equally often (n/60 each, the first n % 60 topics get one more), shuffled."""
    if n < 0:
        raise ValueError(f"number of samples must be >= 0, got {n}")
    rng = random.Random(seed)
    samples = [make_sample(TOPICS[i % len(TOPICS)], rng) for i in range(n)]
    rng.shuffle(samples)
    return samples


def split_samples(samples, eval_ratio=0.05, seed=42):
    """Split into (train, eval) by distinct (input, output) pair: all copies of a pair land on
    the same side, so eval never holds a conversation that train has seen word for word.
    Pairs are shuffled with the seed and go to eval until it holds >= eval_ratio of the samples."""
    if not 0.0 <= eval_ratio < 1.0:
        raise ValueError(f"eval_ratio must be in [0, 1), got {eval_ratio}")
    copies = {}
    for sample in samples:
        copies.setdefault((sample["input"], sample["output"]), []).append(sample)
    pairs = list(copies)  # first-seen order: deterministic, unlike a set
    random.Random(seed).shuffle(pairs)
    target, eval_pairs, taken = round(len(samples) * eval_ratio), set(), 0
    for pair in pairs:
        if taken >= target:
            break
        eval_pairs.add(pair)
        taken += len(copies[pair])
    train = [s for s in samples if (s["input"], s["output"]) not in eval_pairs]
    evals = [s for s in samples if (s["input"], s["output"]) in eval_pairs]
    return train, evals


WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def compute_stats(samples):
    """Counts that show how rich the corpus is."""
    words = set()
    for s in samples:
        words.update(WORD.findall(s["input"].lower()))
        words.update(WORD.findall(s["output"]))
    per_category = {name: 0 for name in TOPICS}
    for s in samples:
        per_category[s["category"]] = per_category.get(s["category"], 0) + 1
    return {
        "samples": len(samples),
        "unique_outputs": len({s["output"] for s in samples}),
        "unique_inputs": len({s["input"] for s in samples}),
        "unique_pairs": len({(s["input"], s["output"]) for s in samples}),
        "unique_words": len(words),
        "per_category": per_category,
        "max_input_chars": max((len(s["input"]) for s in samples), default=0),
        "max_output_chars": max((len(s["output"]) for s in samples), default=0),
    }


def format_stats(stats):
    """compute_stats' (or write_dataset's) dict -> a few aligned lines for the terminal."""
    counts = list(stats["per_category"].values()) or [0]
    lines = [
        f"samples          {stats['samples']:,}",
        f"unique outputs   {stats['unique_outputs']:,}",
        f"unique inputs    {stats['unique_inputs']:,}",
        f"unique pairs     {stats['unique_pairs']:,}",
        f"unique words     {stats['unique_words']:,}",
        f"topics           {len(stats['per_category'])} (per topic {min(counts)} to {max(counts)})",
        f"longest input    {stats['max_input_chars']} chars",
        f"longest output   {stats['max_output_chars']} chars",
    ]
    if "train" in stats:
        lines.append(f"train / eval     {stats['train']:,} / {stats['eval']:,}")
    return "\n".join(lines)


def to_jsonl(samples):
    """One JSON object per line, keys in the order input, output, category."""
    return "".join(json.dumps({k: s[k] for k in KEYS}, ensure_ascii=False) + "\n" for s in samples)


TRAIN_FILE, EVAL_FILE, MANIFEST = "train.jsonl", "eval.jsonl", "dataset.json"
MANIFEST_LIMIT = 1 << 20
LINE_LIMIT = 1 << 20  # bytes in one line of a data file (a generated one is ~300)


def check_dataset_args(samples, eval_ratio, seed):
    """The arguments of write_dataset, checked before any work (DatasetError names the flag)."""
    if not isinstance(samples, int) or isinstance(samples, bool) or not 1 <= samples <= 100_000_000:
        raise DatasetError(f"--samples must be an integer from 1 to 100,000,000, got {samples!r}")
    if not isinstance(eval_ratio, (int, float)) or not 0.0 <= eval_ratio < 1.0:  # (NaN fails too)
        raise DatasetError(f"--eval-ratio must be a number in [0, 1), got {eval_ratio!r}")
    if not isinstance(seed, int) or isinstance(seed, bool) or seed < 0:
        raise DatasetError(f"--seed must be a non-negative integer, got {seed!r}")


def write_dataset(out_dir, samples=60000, eval_ratio=0.05, seed=42):
    """Generate, split and write out_dir/train.jsonl and out_dir/eval.jsonl as one dataset. -> stats.

    The two files become current together. Both are first written in full under temporary
    names; then dataset.json, which lists their sizes and sha256, is replaced atomically (the
    commit point); then both are renamed into place. read_dataset checks the files against
    dataset.json, so a kill between the two renames leaves a dataset that is refused in one
    line rather than trusted half old and half new; running `guppy data` again mends it.
    With eval_ratio 0 there is no eval file (and any old one is removed).
    """
    check_dataset_args(samples, eval_ratio, seed)
    out_dir = os.fspath(out_dir)
    with DirectoryLock(out_dir, "guppy data"):  # also finds a directory that cannot be written, before any work
        refuse_foreign_data(out_dir)
        remove_temp_files(out_dir, (TRAIN_FILE, EVAL_FILE, MANIFEST))
        data = generate_samples(samples, seed)
        train, evals = split_samples(data, eval_ratio, seed)
        if eval_ratio > 0 and not evals:
            raise DatasetError(
                f"--samples {samples} with --eval-ratio {eval_ratio} leaves no conversation for "
                "eval.jsonl; ask for more samples, or --eval-ratio 0 for no eval set"
            )
        if not train:
            raise DatasetError(f"--samples {samples} with --eval-ratio {eval_ratio} leaves no training conversation")
        contents = {TRAIN_FILE: to_jsonl(train).encode("utf-8")}
        if evals:
            contents[EVAL_FILE] = to_jsonl(evals).encode("utf-8")
        _commit_files(out_dir, contents, {"samples": samples, "eval_ratio": eval_ratio, "seed": seed})
    stats = compute_stats(data)
    stats.update(train=len(train), eval=len(evals))
    return stats


def refuse_foreign_data(out_dir) -> None:
    """`guppy data` replaces a dataset it wrote (its dataset.json says so), never a user's files of those names."""
    path = os.path.join(out_dir, MANIFEST)
    if os.path.lexists(path):
        try:
            manifest = read_json(path, MANIFEST_LIMIT)
        except (OSError, BadFileError):
            manifest = None
        if not isinstance(manifest, dict) or manifest.get("format") != "guppy-dataset":
            raise DatasetError(f"{path} is not a dataset manifest guppy wrote; move it away or choose another --out")
        return
    for name in (TRAIN_FILE, EVAL_FILE):
        if os.path.lexists(os.path.join(out_dir, name)):
            raise DatasetError(
                f"{os.path.join(out_dir, name)} is not part of a dataset guppy wrote (no {MANIFEST} lists it), "
                "and guppy data would replace it; move it away or choose another --out"
            )


def _commit_files(out_dir, contents: dict, settings: dict) -> None:
    staged = {}
    try:
        for name, data in contents.items():
            staged[name] = write_temp_file(os.path.join(out_dir, name), lambda f, data=data: f.write(data))
        manifest = {
            "format": "guppy-dataset",
            **settings,
            "files": {
                name: {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest(), "samples": data.count(b"\n")}
                for name, data in contents.items()
            },
        }
        atomic_write_text(os.path.join(out_dir, MANIFEST), json.dumps(manifest, indent=2) + "\n")
        for name in (TRAIN_FILE, EVAL_FILE):
            target = os.path.join(out_dir, name)
            if name in staged:
                os.replace(staged.pop(name), target)
            elif os.path.lexists(target):
                os.unlink(target)  # an eval set of the old dataset; this one has none
        fsync_directory(out_dir)
    finally:
        for tmp in staged.values():
            os.unlink(tmp)


def _read_manifest(data_dir):
    path = os.path.join(data_dir, MANIFEST)
    try:
        manifest = read_json(path, MANIFEST_LIMIT)
    except FileNotFoundError:
        return None  # a folder of hand-made files: they are used as they are
    except BadFileError as exc:
        raise DatasetError(str(exc)) from None
    files = manifest.get("files") if isinstance(manifest, dict) else None
    if (
        not isinstance(files, dict)
        or TRAIN_FILE not in files
        or not all(
            isinstance(f, dict) and isinstance(f.get("sha256"), str) and isinstance(f.get("bytes"), int)
            for f in files.values()
        )
    ):
        raise DatasetError(f"{path} is not a guppy dataset manifest; delete it to use the data files as they are")
    return files


def read_dataset(data_dir, need_eval: bool = False):
    """(train samples, eval samples, sha256 of train.jsonl) of a data folder.

    With a dataset.json, the files must be the ones it lists (a torn or edited dataset is a
    DatasetError saying how to mend it) and only those are read; without one, train.jsonl
    and eval.jsonl (if present) are read as they are. No eval file gives [] (need_eval: an error).
    """
    data_dir = os.fspath(data_dir)
    listed = _read_manifest(data_dir)
    eval_path = os.path.join(data_dir, EVAL_FILE)
    has_eval = EVAL_FILE in listed if listed is not None else os.path.lexists(eval_path)
    if need_eval and not has_eval:
        raise DataFormatError(f"data file not found: {eval_path}")
    found = {}
    for name in (TRAIN_FILE, EVAL_FILE) if has_eval else (TRAIN_FILE,):
        samples, size, digest = _read_jsonl(os.path.join(data_dir, name))
        if listed is not None and (listed[name]["bytes"], listed[name]["sha256"]) != (size, digest):
            raise DatasetError(
                f"{data_dir} holds a torn or edited dataset: {name} is not the file {MANIFEST} lists "
                f"(a `guppy data` run was interrupted, or the file was changed); make it again with "
                f"`guppy data --out {data_dir}`, or delete {MANIFEST} to use the files as they are"
            )
        found[name] = (samples, digest)
    return found[TRAIN_FILE][0], found.get(EVAL_FILE, ([], None))[0], found[TRAIN_FILE][1]


def load_jsonl(path):
    """Read a data file. Each non-blank line: a JSON object with string "input" and "output"
    (and optionally a string "category", "" when absent). Anything else -> DataFormatError."""
    return _read_jsonl(path)[0]


def _read_jsonl(path):
    """(samples, bytes read, sha256 of those bytes): what is checked is exactly what was parsed."""
    try:
        f = open_regular(path)
    except (FileNotFoundError, NotADirectoryError):
        raise DataFormatError(f"data file not found: {path}") from None
    except BadFileError as exc:
        raise DataFormatError(str(exc)) from None
    samples, size, digest = [], 0, hashlib.sha256()
    with f:
        for line_no, raw in enumerate(iter(lambda: f.readline(LINE_LIMIT + 1), b""), 1):
            size += len(raw)
            digest.update(raw)
            where = f"{path}, line {line_no}"
            if len(raw) > LINE_LIMIT:
                raise DataFormatError(f"{where}: longer than {LINE_LIMIT:,} bytes, which no conversation is")
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise DataFormatError(f"{where}: not valid UTF-8") from None
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise DataFormatError(f"{where}: bad JSON ({e.msg})") from None
            except RecursionError:
                raise DataFormatError(f"{where}: JSON nested too deeply") from None
            except ValueError:  # an integer of more digits than Python converts
                raise DataFormatError(f"{where}: a number too long to be a real value") from None
            if not isinstance(record, dict):
                raise DataFormatError(f"{where}: expected a JSON object, got {type(record).__name__}")
            record.setdefault("category", "")
            for key in KEYS:
                if key not in record:
                    raise DataFormatError(f"{where}: missing key {key!r}")
                if not isinstance(record[key], str):
                    raise DataFormatError(f"{where}: {key!r} must be a string, got {type(record[key]).__name__}")
            samples.append({k: record[k] for k in KEYS})
    if not samples:
        raise DataFormatError(f"{path}: empty data file (no samples)")
    return samples, size, digest.hexdigest()


def _squash(text):
    """Lowercase letters and digits only ("What's up, u?" -> "whatsupyou"): the unit of comparison."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"\bu\b", "you", text.lower()))


def _template_regex(pieces):
    """Compiled template -> regex over squashed text: a slot matches any item of its pool."""
    out = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(re.escape(_squash(piece)))
        elif isinstance(piece, tuple):
            out.append("(?:" + "|".join(_template_regex(option) for option in piece) + ")")
        else:
            out.append("(?:" + "|".join(sorted({re.escape(_squash(v)) for v in POOLS[piece.pool]})) + ")")
    return "".join(out)


@functools.cache
def _ask_pattern():
    """One regex for every way the generator can type an ask (built on first use: ~0.2 s)."""
    prefixes = "|".join(re.escape(_squash(p)) for p in PREFIXES)
    suffixes = "|".join(re.escape(_squash(s)) for s in SUFFIXES)
    body = "|".join(f"(?:{_template_regex(ask)})" for asks in _ASKS.values() for ask, _ in asks)
    return re.compile(f"(?:{prefixes})?(?:{body})(?:{suffixes})?")


def looks_like_training_input(text):
    """True when `text` could have come from the generator: some ask template filled from its
    pools, with or without a prefix or suffix, ignoring case, spaces and punctuation (so the
    check errs on the side of "yes"). The personality eval uses it to keep its prompts unseen."""
    return _ask_pattern().fullmatch(_squash(text)) is not None


__all__ = [
    "TOPICS", "DataFormatError", "DatasetError", "generate_samples", "split_samples", "write_dataset",
    "read_dataset", "compute_stats", "format_stats", "load_jsonl", "looks_like_training_input", "INPUT_MAX_CHARS",
    "OUTPUT_MAX_CHARS",
]  # fmt: skip
