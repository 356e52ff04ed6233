"""Torture, user mistakes: every bad flag, file or value is one `guppy: error:` line, never a traceback."""

import errno
import json
import os
import stat

import numpy as np
import pytest
from torture_util import assert_ok, assert_one_line_error, checkpoint_file, cli, snapshot, stray_files

from minigrad.safetensors import load_file, save_file


# ---------------------------------------------------------------- flags
def flag_case(command, *args):
    return pytest.param(command, list(args), id=f"{command} {' '.join(args)}")


BAD_FLAGS = [
    flag_case("train", "--lr", "-1"),
    flag_case("train", "--lr", "0"),
    flag_case("train", "--lr", "nan"),
    flag_case("train", "--lr", "inf"),
    flag_case("train", "--steps", "0"),
    flag_case("train", "--steps", "-3"),
    flag_case("train", "--steps", "abc"),
    flag_case("train", "--preset", "whale"),
    flag_case("train", "--bogus"),
    flag_case("data", "--samples", "-5"),
    flag_case("data", "--samples", "0"),
    flag_case("data", "--eval-ratio", "2"),
    flag_case("data", "--eval-ratio", "-0.5"),
    flag_case("data", "--eval-ratio", "1"),
    flag_case("data", "--eval-ratio", "nan"),
    flag_case("data", "--eval-ratio", "inf"),
    flag_case("data", "--seed", "-1"),
    flag_case("data", "--samples", "1"),
    flag_case("tokenizer", "--vocab-size", "10"),
    flag_case("tokenizer", "--vocab-size", "-1"),
    flag_case("chat", "--temperature", "nan"),
    flag_case("chat", "--temperature", "inf"),
    flag_case("chat", "--temperature", "-1"),
    flag_case("chat", "--top-k", "-1"),
    flag_case("chat", "--max-tokens", "-5"),
    flag_case("chat", "--max-tokens", "0"),
    flag_case("chat", "--seed", "-1"),
    flag_case("eval", "--show", "-1"),
    flag_case("quickstart", "--steps", "0"),
    flag_case("quickstart", "--samples", "-5"),
]


@pytest.mark.parametrize("command,flags", BAD_FLAGS)
def test_bad_flag_is_one_line(command, flags, data_copy, run_copy, tmp_path, capsys):
    where = {
        "train": ["--preset", "tiny", "--steps", "2", "--data", data_copy, "--out", str(tmp_path / "new")],
        "data": ["--out", str(tmp_path / "d")],
        "tokenizer": ["--data", data_copy, "--out", str(tmp_path / "t.json")],
        "chat": ["--checkpoint", run_copy, "--prompt", "hi"],
        "eval": ["--checkpoint", run_copy, "--data", ""],
        "quickstart": ["--workdir", str(tmp_path / "q"), "--preset", "tiny", "--samples", "300"],
    }[command]
    before = snapshot(tmp_path)
    assert_one_line_error(cli([command, *where, *flags], capsys))
    assert snapshot(tmp_path) == before  # refused before anything was written


def test_out_of_data_that_is_a_file_is_one_line(tmp_path, capsys):
    (tmp_path / "f").write_text("x")
    assert_one_line_error(cli(["data", "--out", str(tmp_path / "f"), "--samples", "50"], capsys), "not a directory")


def test_missing_data_directory_for_the_tokenizer(tmp_path, capsys):
    assert_one_line_error(cli(["tokenizer", "--data", str(tmp_path / "none")], capsys), "train.jsonl")


# ---------------------------------------------------------------- config.json
def set_path(doc, path, value):
    *parents, last = path.split(".")
    for key in parents:
        doc = doc[key]
    doc[last] = value


CONFIG_VALUES = [
    ("model.d_model", 32.0),
    ("model.n_heads", 0),
    ("model.n_heads", 3),
    ("model.d_model", -32),
    ("model.vocab_size", "512"),
    ("model.n_layers", True),
    ("model.dropout", 1.5),
    ("model.max_seq_len", 0),
    ("model.d_ff", 10**12),
    ("model.vocab_size", 30_000_000),
    ("train.batch_size", 0),
    ("train.eval_every", 0),
    ("train.log_every", 0),
    ("train.checkpoint_every", 0),
    ("train.lr", -1),
    ("train.lr", "0.01"),
    ("train.steps", 0),
    ("train.loss_on", "foo"),
    ("train.seed", -1),
    ("train.beta1", 1.0),
    ("train.eps", 0),
    ("train.grad_clip", -1),
    ("train.warmup_steps", -5),
    ("name", 5),
    ("model", [1, 2]),
    ("train", None),
]
CONFIG_TEXTS = {
    "nan dropout": None,  # filled in below from the real file
    "a list": "[1, 2, 3]",
    "empty": "",
    "not json": "{model: 1",
    "deeply nested": "[" * 100_000 + "]" * 100_000,
    "binary": "\x00\xff\xfe garbage",
    "ten megabytes": " " * 10_000_000 + "{}",
}
COMMANDS = {
    "chat": lambda run, data: ["chat", "--checkpoint", run, "--prompt", "hi", "--max-tokens", "4"],
    "resume": lambda run, data: ["train", "--resume", "--steps", "6", "--data", data, "--out", run],
    "eval": lambda run, data: ["eval", "--checkpoint", run, "--data", data, "--show", "0"],
}


@pytest.mark.parametrize("command", ["chat", "resume"])
@pytest.mark.parametrize("path,value", CONFIG_VALUES, ids=[f"{p}={v!r}"[:40] for p, v in CONFIG_VALUES])
def test_bad_config_value_is_one_line(command, path, value, run_copy, data_dir, capsys):
    config_path = os.path.join(run_copy, "config.json")
    with open(config_path) as f:
        doc = json.load(f)
    set_path(doc, path, value)
    with open(config_path, "w") as f:
        json.dump(doc, f)
    before = snapshot(run_copy)
    assert_one_line_error(cli(COMMANDS[command](run_copy, data_dir), capsys))
    assert snapshot(run_copy) == before


@pytest.mark.parametrize("command", ["chat", "resume"])
@pytest.mark.parametrize("kind", list(CONFIG_TEXTS))
def test_bad_config_file_is_one_line(command, kind, run_copy, data_dir, capsys):
    config_path = os.path.join(run_copy, "config.json")
    if kind == "nan dropout":
        with open(config_path) as f:
            text = f.read().replace('"dropout": 0.1', '"dropout": NaN')
        assert "NaN" in text
    else:
        text = CONFIG_TEXTS[kind]
    with open(config_path, "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write(text)
    assert_one_line_error(cli(COMMANDS[command](run_copy, data_dir), capsys))


# ---------------------------------------------------------------- state.json and log.jsonl
def state_with(**changes):
    def edit(state):
        state.update(changes)
        return json.dumps(state)

    return edit


def state_without(key):
    def edit(state):
        state.pop(key)
        return json.dumps(state)

    return edit


STATE_EDITS = {
    "not json": lambda s: "{step: 4",
    "a list": lambda s: "[4]",
    "empty": lambda s: "",
    "step abc": state_with(step="abc"),
    "step -1": state_with(step=-1),
    "step 1.5": state_with(step=1.5),
    "step huge": state_with(step=10**30),
    "no step": state_without("step"),
    "best_eval text": state_with(best_eval="x"),
    "best_eval nan": lambda s: json.dumps({**s, "best_eval": float("nan")}),
    "amp bf16": state_with(amp="bf16"),
    "deeply nested": lambda s: '{"step": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "fifty megabytes": lambda s: json.dumps(s) + " " * 50_000_000,
}


@pytest.mark.parametrize("kind", list(STATE_EDITS))
def test_damaged_state_is_one_line(kind, run_copy, data_dir, capsys):
    path = checkpoint_file(run_copy, "state.json")
    with open(path) as f:
        state = json.load(f)
    with open(path, "w") as f:
        f.write(STATE_EDITS[kind](state))
    before = snapshot(run_copy)
    assert_one_line_error(cli(COMMANDS["resume"](run_copy, data_dir), capsys))
    assert snapshot(run_copy) == before


LOG_LINES = {
    "garbage": "this is not json\n",
    "a list": "[1, 2]\n",
    "no step": '{"loss": 1.0}\n',
    "step text": '{"step": "2"}\n',
    "invalid utf-8": b"\xff\xfe\n",
    "deeply nested": "[" * 100_000 + "]" * 100_000 + "\n",
}


@pytest.mark.parametrize("kind", list(LOG_LINES))
def test_damaged_log_is_one_line(kind, run_copy, data_dir, capsys):
    path = checkpoint_file(run_copy, "log.jsonl")
    line = LOG_LINES[kind]
    with open(path, "ab") as f:
        f.write(line if isinstance(line, bytes) else line.encode())
    assert_one_line_error(cli(COMMANDS["resume"](run_copy, data_dir), capsys), "log.jsonl")


# ---------------------------------------------------------------- optimizer and weights files
def rewrite(path, change):
    tensors = load_file(path)
    from minigrad.safetensors import load_metadata

    metadata = load_metadata(path)
    change(tensors)
    save_file(tensors, path, metadata=metadata)


def raw(data: bytes):
    def write(path):
        with open(path, "wb") as f:
            f.write(data)

    return write


def truncate(path):
    with open(path, "rb") as f:
        data = f.read()
    raw(data[: len(data) // 2])(path)


def header_claiming(n: int):
    return raw(n.to_bytes(8, "little") + b"{}")


def tensors_edit(fn):
    return lambda path: rewrite(path, fn)


def set_first(name, value):
    def fn(t):
        t[name].reshape(-1)[0] = value

    return fn


FILE_DAMAGE = {
    "truncated": truncate,
    "junk": raw(os.urandom(4096)),
    "empty": raw(b""),
    "huge header length": header_claiming(2**62),
    "nested header": raw(len(b"[" * 50_000 + b"]" * 50_000).to_bytes(8, "little") + b"[" * 50_000 + b"]" * 50_000),
}
OPTIMIZER_DAMAGE = {
    **FILE_DAMAGE,
    "m wrong shape": tensors_edit(lambda t: t.update(m=t["m"][:-1])),
    "m nan": tensors_edit(set_first("m", np.nan)),
    "v negative": tensors_edit(set_first("v", -1.0)),
    "v inf": tensors_edit(set_first("v", np.inf)),
    "no step": tensors_edit(lambda t: t.pop("step")),
    "step float": tensors_edit(lambda t: t.update(step=np.float32(4))),
    "step negative": tensors_edit(lambda t: t.update(step=np.array(-4))),
}
WEIGHT_DAMAGE = {
    **FILE_DAMAGE,
    "nan": tensors_edit(set_first("norm.weight", np.nan)),
    "inf": tensors_edit(set_first("tok_emb.weight", np.inf)),
    "1e30": tensors_edit(set_first("blocks.0.ffn.up.weight", 1e30)),
    "int32": tensors_edit(lambda t: t.update({"norm.bias": t["norm.bias"].astype(np.int32)})),
    "missing tensor": tensors_edit(lambda t: t.pop("norm.bias")),
    "extra tensor": tensors_edit(lambda t: t.update(extra=np.zeros(3, np.float32))),
}


@pytest.mark.parametrize("kind", list(OPTIMIZER_DAMAGE))
def test_damaged_optimizer_file_is_one_line(kind, run_copy, data_dir, capsys):
    OPTIMIZER_DAMAGE[kind](checkpoint_file(run_copy, "optimizer.safetensors"))
    before = snapshot(run_copy)
    assert_one_line_error(cli(COMMANDS["resume"](run_copy, data_dir), capsys))
    assert snapshot(run_copy) == before


@pytest.mark.parametrize("command", ["chat", "resume", "eval"])
@pytest.mark.parametrize("kind", list(WEIGHT_DAMAGE))
def test_damaged_weights_are_one_line(command, kind, run_copy, data_dir, capsys):
    for name in ("model.safetensors", "model_best.safetensors"):
        if os.path.isfile(checkpoint_file(run_copy, name)):
            WEIGHT_DAMAGE[kind](checkpoint_file(run_copy, name))
    if command == "eval":  # the slow personality eval is never reached when the weights are refused
        pytest.importorskip("guppy.evaluation.report")
    assert_one_line_error(cli(COMMANDS[command](run_copy, data_dir), capsys))


# ---------------------------------------------------------------- data files
def data_lines(n):
    return "".join(
        json.dumps({"input": f"hi {i}", "output": "blub.", "category": "greetings"}) + "\n" for i in range(n)
    )


DATA_FILES = {
    "one sample": data_lines(1),
    "seven samples": data_lines(7),
    "empty": "",
    "invalid utf-8": b"\xff\xfe\xfa\n",
    "not json": "{input: hi}\n",
    "a list": "[1, 2]\n",
    "missing key": '{"input": "hi"}\n',
    "number output": '{"input": "hi", "output": 5}\n',
    "deeply nested": "[" * 100_000 + "]" * 100_000 + "\n",
}


@pytest.mark.parametrize("kind", list(DATA_FILES))
def test_bad_training_data_is_one_line(kind, tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    content = DATA_FILES[kind]
    (data / "train.jsonl").write_bytes(content if isinstance(content, bytes) else content.encode())
    assert_one_line_error(cli(["train", "--preset", "tiny", "--data", data, "--out", tmp_path / "run"], capsys))


def test_training_data_that_is_a_directory(tmp_path, capsys):
    (tmp_path / "data" / "train.jsonl").mkdir(parents=True)
    assert_one_line_error(
        cli(["train", "--preset", "tiny", "--data", tmp_path / "data", "--out", tmp_path / "r"], capsys), "train.jsonl"
    )


# ---------------------------------------------------------------- a full disk, a read-only directory
def is_file(fd) -> bool:
    return stat.S_ISREG(os.fstat(fd).st_mode)


class FailingFsync:
    """os.fsync that raises ENOSPC from the n-th file written on, as a disk that just filled up."""

    def __init__(self, n):
        self.n, self.calls, self.real = n, 0, os.fsync

    def __call__(self, fd):
        if is_file(fd):  # (a directory's fsync writes no data)
            self.calls += 1
            if self.calls >= self.n:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return self.real(fd)


def count_fsyncs(work):
    """How many files work() writes (each atomic write ends with an fsync of its file)."""
    calls = [0]
    real = os.fsync

    def counting(fd):
        calls[0] += is_file(fd)
        return real(fd)

    os.fsync = counting
    try:
        work()
    finally:
        os.fsync = real
    return calls[0]


DISK_FULL_COMMANDS = {
    "data": lambda tmp, data: ["data", "--out", tmp / "d", "--samples", "60"],
    "tokenizer": lambda tmp, data: ["tokenizer", "--data", data, "--vocab-size", "300", "--out", tmp / "t.json"],
    "train": lambda tmp, data: ["train", "--preset", "tiny", "--steps", "2", "--data", data, "--out", tmp / "r"],
}


@pytest.mark.parametrize("command", list(DISK_FULL_COMMANDS))
def test_disk_full_on_every_write_is_one_line(command, data_copy, tmp_path, monkeypatch, capsys):
    """The disk fills at the first, second, ... write of the command: always one line, nothing half-written."""
    args = DISK_FULL_COMMANDS[command]
    for warm_up in ("first", "count"):  # (the first run may also write a tokenizer into the data folder)
        (tmp_path / warm_up).mkdir()
        n_writes = count_fsyncs(lambda: main_quiet(args(tmp_path / warm_up, data_copy)))
    assert n_writes >= 1
    for n in range(1, n_writes + 1):
        where = tmp_path / f"full{n}"
        where.mkdir()
        failing = FailingFsync(n)
        monkeypatch.setattr(os, "fsync", failing)
        result = cli(args(where, data_copy), capsys)
        monkeypatch.setattr(os, "fsync", failing.real)
        assert failing.calls >= n
        assert_one_line_error(result, "space")
        assert stray_files(where) == [] and stray_files(data_copy) == [], (n, stray_files(where))


def main_quiet(args):
    import contextlib
    import io

    from guppy.cli import main

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main([str(a) for a in args]) == 0


def test_disk_full_during_training_keeps_the_last_checkpoint(run_copy, data_dir, monkeypatch, capsys):
    from guppy.training.checkpoint import load_run

    before = load_run(run_copy, weights="latest")[0].params.data.copy()
    monkeypatch.setattr(os, "fsync", FailingFsync(1))
    assert_one_line_error(cli(COMMANDS["resume"](run_copy, data_dir), capsys), "space")
    monkeypatch.undo()
    np.testing.assert_array_equal(load_run(run_copy, weights="latest")[0].params.data, before)
    assert stray_files(run_copy) == []
    assert_ok(cli(COMMANDS["resume"](run_copy, data_dir), capsys))


def read_only(monkeypatch, directory):
    """Make os.open refuse to create anything under directory, as on a read-only file system."""
    real_open, real_mkdir = os.open, os.mkdir
    directory = os.path.abspath(directory)

    def refuse(path, *args, **kwargs):
        if os.path.abspath(path).startswith(directory):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fspath(path))

    def guarded_open(path, flags, *args, **kwargs):
        if flags & (os.O_CREAT | os.O_WRONLY | os.O_RDWR):
            refuse(path)
        return real_open(path, flags, *args, **kwargs)

    def guarded_mkdir(path, *args, **kwargs):
        refuse(path)
        return real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded_open)
    monkeypatch.setattr(os, "mkdir", guarded_mkdir)


def no_training(monkeypatch):
    from guppy.model import GuppyLM
    from guppy.tokenizer.tokenizer import BPETokenizer

    def never(*args, **kwargs):
        raise AssertionError("the read-only directory was found only after training began")

    monkeypatch.setattr(GuppyLM, "loss_and_grad", never)
    monkeypatch.setattr(BPETokenizer, "train", classmethod(lambda cls, *a, **k: never()))


def test_read_only_run_directory_is_found_before_training(data_dir, tmp_path, monkeypatch, capsys):
    (tmp_path / "ro").mkdir()
    read_only(monkeypatch, tmp_path / "ro")
    no_training(monkeypatch)
    assert_one_line_error(
        cli(["train", "--preset", "tiny", "--data", data_dir, "--out", tmp_path / "ro" / "run"], capsys), "read-only"
    )


def test_read_only_data_directory_for_the_tokenizer(data_copy, monkeypatch, capsys):
    os.remove(os.path.join(data_copy, "tokenizer.json"))
    read_only(monkeypatch, data_copy)
    no_training(monkeypatch)
    assert_one_line_error(cli(["tokenizer", "--data", data_copy, "--vocab-size", "300"], capsys), "read-only")


def test_read_only_directory_for_data(tmp_path, monkeypatch, capsys):
    (tmp_path / "ro").mkdir()
    read_only(monkeypatch, tmp_path / "ro")
    import guppy.data.generator

    monkeypatch.setattr(
        guppy.data.generator, "generate_samples", lambda *a, **k: pytest.fail("generated before the check")
    )
    assert_one_line_error(cli(["data", "--out", tmp_path / "ro" / "d", "--samples", "50"], capsys), "read-only")


# ---------------------------------------------------------------- data folders
def test_hand_edited_file_of_a_generated_dataset_is_one_line(data_copy, tmp_path, capsys):
    with open(os.path.join(data_copy, "eval.jsonl"), "a") as f:
        f.write(json.dumps({"input": "hi", "output": "blub.", "category": "greetings"}) + "\n")
    assert_one_line_error(
        cli(["train", "--preset", "tiny", "--data", data_copy, "--out", tmp_path / "r"], capsys),
        "dataset.json",
        "guppy data",
    )
    os.remove(os.path.join(data_copy, "dataset.json"))  # as the message says: then the files are used as they are
    assert_ok(cli(["train", "--preset", "tiny", "--steps", "1", "--data", data_copy, "--out", tmp_path / "r"], capsys))


@pytest.mark.parametrize("content", ["[1]", "{}", "not json", '{"files": {"train.jsonl": 5}}'])
def test_damaged_dataset_manifest_is_one_line(content, data_copy, tmp_path, capsys):
    with open(os.path.join(data_copy, "dataset.json"), "w") as f:
        f.write(content)
    assert_one_line_error(
        cli(["train", "--preset", "tiny", "--data", data_copy, "--out", tmp_path / "r"], capsys), "dataset.json"
    )


def test_data_argument_that_is_a_file_is_one_line(tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    assert_one_line_error(
        cli(["train", "--preset", "tiny", "--data", tmp_path / "file", "--out", tmp_path / "r"], capsys)
    )


def test_two_data_commands_on_one_folder(tmp_path, capsys):
    from guppy.dirlock import DirectoryLock

    with DirectoryLock(str(tmp_path / "d"), "guppy data"):
        assert_one_line_error(cli(["data", "--out", tmp_path / "d", "--samples", "50"], capsys), "in use")
    assert_ok(cli(["data", "--out", tmp_path / "d", "--samples", "50"], capsys))


def test_tokenizer_out_in_a_missing_folder_is_one_line(data_copy, tmp_path, capsys):
    assert_one_line_error(cli(["tokenizer", "--data", data_copy, "--out", tmp_path / "none" / "t.json"], capsys))


def test_endless_line_in_a_data_file_is_one_line(tmp_path, capsys):
    (tmp_path / "data").mkdir()
    with open(tmp_path / "data" / "train.jsonl", "wb") as f:
        f.write(b'{"input": "' + b"a" * (8 << 20))
    assert_one_line_error(
        cli(["train", "--preset", "tiny", "--data", tmp_path / "data", "--out", tmp_path / "r"], capsys),
        "line 1",
        "longer",
    )
