"""Torture, the property "guppy deletes only what it wrote" (docs/DESIGN.md, 7.2): every command that
writes, run against directories seeded with look-alikes of guppy's names and with user files, leaves
every seeded thing byte for byte as it was; a command that refuses leaves the whole directory so."""

import hashlib
import json
import os
import shutil

import pytest
from torture_util import assert_one_line_error, checkpoint_file, cli


def tree(directory) -> dict[str, str]:
    """relative path -> sha256 of every file (lock files too), 'dir' for every folder, the link's target for links."""
    out = {}
    for root, dirs, files in os.walk(directory):
        for name in dirs + files:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, directory)
            if os.path.islink(path):
                out[rel] = "-> " + os.readlink(path)
            elif os.path.isdir(path):
                out[rel] = "dir"
            else:
                with open(path, "rb") as f:
                    out[rel] = hashlib.sha256(f.read()).hexdigest()
    return out


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def another_runs_checkpoint(directory, run):
    """A complete checkpoint folder of a different run (its state.json names another run)."""
    target = os.path.join(directory, "ckpt-000010")
    shutil.copytree(os.path.dirname(checkpoint_file(run, "state.json")), target)
    with open(os.path.join(target, "state.json"), encoding="utf-8") as f:
        state = json.load(f)
    state["run"] = "0123456789abcdef"
    write(os.path.join(target, "state.json"), json.dumps(state))


SEEDS = {  # what a user may keep in a directory guppy writes into; each writes only names not there yet
    "a user file": lambda d, run: write(os.path.join(d, "notes.txt"), "precious\n"),
    "a ckpt-* folder": lambda d, run: write(os.path.join(d, "ckpt-000123", "notes.txt"), "precious\n"),
    "a *.partial folder": lambda d, run: write(os.path.join(d, "ckpt-000002.partial", "notes.txt"), "mine\n"),
    "an empty ckpt-* folder": lambda d, run: os.makedirs(os.path.join(d, "ckpt-000008")),
    "a ckpt-* file": lambda d, run: write(os.path.join(d, "ckpt-000006"), "not a folder\n"),
    "another run's checkpoint": another_runs_checkpoint,
    "a latest file": lambda d, run: write(os.path.join(d, "latest"), "my latest thoughts\n"),
    "a lock file": lambda d, run: write(os.path.join(d, ".guppy.lock"), "precious\n"),
    "a config.json": lambda d, run: write(os.path.join(d, "config.json"), '{"project": "mine"}\n'),
    "temp-like names": lambda d, run: (
        write(os.path.join(d, ".config.json.mine.tmp"), "precious\n"),
        write(os.path.join(d, ".model.safetensors.abcd1234.tmp", "inside.txt"), "a folder, not our file\n"),
    ),
    "site files": lambda d, run: (
        write(os.path.join(d, "index.html"), "<p>my page</p>\n"),
        write(os.path.join(d, "guppy.js"), "console.log('mine');\n"),
    ),
    "data files": lambda d, run: (
        write(os.path.join(d, "dataset.json"), '{"mine": true}\n'),
        write(os.path.join(d, "eval.jsonl"), '{"input": "a", "output": "b"}\n'),
    ),
    "a tokenizer.json": lambda d, run: write(os.path.join(d, "tokenizer.json"), '{"mine": true}\n'),
}


def seeded(directory, seed, run) -> dict[str, str]:
    """Seed directory (created if needed, existing names kept) and return the seeded paths' fingerprints."""
    os.makedirs(directory, exist_ok=True)
    before = tree(directory)
    staging = directory + ".seed"
    SEEDS[seed](staging, run)
    for name in os.listdir(staging):  # a name the directory already has is the command's own: not a seed
        if not os.path.lexists(os.path.join(directory, name)) or name == ".guppy.lock":
            if os.path.lexists(os.path.join(directory, name)):
                os.remove(os.path.join(directory, name))
            shutil.move(os.path.join(staging, name), os.path.join(directory, name))
    shutil.rmtree(staging)
    after = tree(directory)
    return {rel: value for rel, value in after.items() if before.get(rel) != value}


COMMANDS = ("data", "tokenizer", "train", "train --resume", "train --overwrite", "export-web")


def command(name, tmp_path, run_copy, data_copy, data_dir):
    """(the directory the command writes into, set up as the command expects, and its arguments)."""
    new = str(tmp_path / "target")
    if name == "data":
        return new, ["data", "--out", new, "--samples", "200", "--eval-ratio", "0.1"]
    if name == "tokenizer":
        os.remove(os.path.join(data_copy, "tokenizer.json"))  # (the trained run left one: the seed may put its own)
        return data_copy, ["tokenizer", "--data", data_copy, "--vocab-size", "300"]
    if name == "train":
        return new, ["train", "--preset", "tiny", "--steps", "2", "--data", data_copy, "--out", new]
    if name == "train --resume":
        return run_copy, ["train", "--resume", "--steps", "6", "--data", data_dir, "--out", run_copy]
    if name == "train --overwrite":
        return run_copy, [
            "train",
            "--preset",
            "tiny",
            "--steps",
            "2",
            "--data",
            data_dir,
            "--out",
            run_copy,
            "--overwrite",
        ]
    return new, ["export-web", "--checkpoint", run_copy, "--out", new]


@pytest.mark.parametrize("seed", list(SEEDS))
@pytest.mark.parametrize("name", COMMANDS)
def test_nothing_guppy_did_not_write_is_removed_or_changed(
    name, seed, tmp_path, run_copy, data_copy, data_dir, base_run, capsys
):
    directory, args = command(name, tmp_path, run_copy, data_copy, data_dir)
    seeds = seeded(directory, seed, base_run)
    if not seeds:
        pytest.skip(f"every name of {seed!r} is the command's own in its directory")
    whole = tree(directory)
    result = cli(args, capsys)
    after = tree(directory)
    assert {rel: after.get(rel) for rel in seeds} == seeds  # every seeded thing, byte for byte
    if result[0] != 0:  # refused: in one line, and the directory untouched (but for guppy's lock file)
        assert_one_line_error(result)
        if ".guppy.lock" not in seeds:  # guppy's own lock file: created, or rewritten with the new holder's pid
            after.pop(".guppy.lock", None), whole.pop(".guppy.lock", None)
        assert after == whole
    if seed == "a user file":  # the control: every command goes on beside a file with a name of its own
        assert result[0] == 0, result


def test_quickstart_leaves_look_alikes_alone(tmp_path, data_copy, base_run, capsys):
    """quickstart's run folder seeded with a folder of the user's: refused, both untouched."""
    work = tmp_path / "q"
    shutil.copytree(data_copy, work / "data")
    seeds = seeded(str(work / "run-tiny"), "a ckpt-* folder", base_run)
    whole = tree(str(work / "run-tiny"))
    args = ["quickstart", "--workdir", str(work), "--preset", "tiny", "--steps", "2", "--samples", "300"]
    assert_one_line_error(cli(args, capsys), "ckpt-000123")
    after = tree(str(work / "run-tiny"))
    after.pop(".guppy.lock", None)
    assert after == whole and seeds
