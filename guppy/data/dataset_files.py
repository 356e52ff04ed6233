"""A dataset on disk: train.jsonl and eval.jsonl, committed as one through dataset.json and read back checked.

`guppy data` writes what guppy/data/generator.py generates (write_dataset); training, eval
and the tokenizer read it (read_dataset, load_jsonl). A data folder of hand-made files
without a dataset.json is read as it is; one with a dataset.json must hold the files it lists.
"""

import hashlib
import json
import os

from guppy.data.generator import KEYS, compute_stats, generate_samples, split_samples
from guppy.dirlock import DirectoryLock, remove_temp_files
from minigrad.atomic import atomic_write_text, fsync_directory, write_temp_file
from minigrad.readfile import BadFileError, open_regular, read_json


class DataFormatError(ValueError):
    """A data file that cannot be read as samples (the message names the file and the line)."""


class DatasetError(ValueError):
    """A dataset that cannot be made as asked, or a data folder whose files do not belong together."""


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
