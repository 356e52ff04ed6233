"""An adversarial pass over what the first one did not cover: odd paths, umask, signals, two processes
at once, read-only and full file systems, directories that vanish, odd lock files and standard streams.

    python tools/torture_pass.py [--only WORD]      (Linux; the file-system cases need root for mount)

Each case runs `guppy` in fresh interpreters on a tiny run and prints one line: held (guppy did
what it should: finished, or refused in one `guppy: error:` line, losing nothing), FAILED (with
what went wrong), or skipped (with why). The read-only and full file systems are small tmpfs
mounts made here and unmounted at the end; processes are found by the pids started here only.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ENV = {**os.environ, "GUPPY_DEVICE": "cpu"}
GUPPY = [sys.executable, "-m", "guppy.cli"]
CASES = []


def case(group):
    def register(fn):
        CASES.append((group, fn))
        return fn

    return register


class Failed(AssertionError):
    pass


CHECKS = [0]  # how many checks the pass made


def check(condition, message):
    CHECKS[0] += 1
    if not condition:
        raise Failed(message)


def guppy(*args, umask=None, stdin=None, timeout=300, env=None):
    """(exit status, stdout, stderr) of `guppy ARGS` in a fresh interpreter."""
    preexec = (lambda: os.umask(umask)) if umask is not None else None
    done = subprocess.run(
        [*GUPPY, *map(str, args)],
        capture_output=True,
        text=True,
        errors="replace",
        env=env or ENV,
        timeout=timeout,
        preexec_fn=preexec,
        input=stdin,
    )
    return done.returncode, done.stdout, done.stderr


def last_line(err: str) -> str:
    lines = [line.rsplit("\r", 1)[-1].strip() for line in err.splitlines()]
    lines = [line for line in lines if line and not line.startswith(("[guppy]", "step ")) and "step/s" not in line]
    return lines[-1] if lines else ""


def ok(result, what=""):
    code, _, err = result
    check(code == 0 and "Traceback" not in err, f"{what} failed: {code} {last_line(err)[:160]}")


def one_line(result, *fragments):
    code, _, err = result
    check("Traceback" not in err, f"a traceback: {err.strip()[-160:]}")
    line = last_line(err)
    check(code not in (0, None) and line.startswith("guppy: error:"), f"not a one-line error: {code} {line[:160]!r}")
    for fragment in fragments:
        check(fragment.lower() in line.lower(), f"{fragment!r} not in {line[:160]}")
    return line


def tree(directory) -> dict:
    out = {}
    for root, dirs, files in os.walk(directory):
        for name in dirs + files:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, directory)
            if os.path.isfile(path) and not os.path.islink(path):
                with open(path, "rb") as f:
                    out[rel] = hash(f.read())
            else:
                out[rel] = "dir"
    out.pop(".guppy.lock", None)
    return out


def strays(directory) -> list:
    return [n for n in tree(directory) if n.endswith((".tmp", ".partial"))]


def train(out, data, *extra, steps=4):
    return guppy("train", "--preset", "tiny", "--steps", steps, "--data", data, "--out", out, *extra)


def started(proc, timeout=120):
    """Wait until a trainer's progress bar shows steps (its stderr: a pipe, or the file background_train gives)."""
    seen, deadline = b"", time.monotonic() + timeout
    while b"step/s" not in seen and b"s/step" not in seen:
        if proc.stderr is None:
            check(proc.poll() is None and time.monotonic() < deadline, f"the trainer ended first: {seen[-300:]!r}")
            time.sleep(0.05)
            seen = stderr_of(proc).encode()
            continue
        chunk = proc.stderr.read1(4096)
        check(chunk and time.monotonic() < deadline, f"the trainer ended first: {seen[-300:]!r}")
        seen = seen[-4096:] + chunk


def stderr_of(proc) -> str:
    with open(proc.err_path, encoding="utf-8", errors="replace") as f:
        return f.read()


def background_train(out, data, *extra, steps=20000):
    """A trainer in the background; its stderr goes to a file (a pipe would be held open by a leaked worker)."""
    args = ["train", "--preset", "tiny", "--steps", steps, "--data", data, "--out", out, *extra]
    err_path = out.rstrip("/") + ".stderr"
    with open(err_path, "wb") as err:
        proc = subprocess.Popen([*GUPPY, *map(str, args)], stdout=subprocess.DEVNULL, stderr=err, env=ENV)
    proc.err_path = err_path
    return proc


@contextlib.contextmanager
def stopped_at_end(proc):
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def children_of(pid):
    found = []
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{entry}/stat") as f:
                if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry))
        except OSError:
            pass
    return found


@contextlib.contextmanager
def tmpfs(path, size):
    """A small tmpfs at path (root only), unmounted afterwards."""
    os.makedirs(path, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", path], capture_output=True)
    if done.returncode != 0:
        raise Skip("cannot mount a tmpfs here (needs root)")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", path], capture_output=True)


def fill(mount, keep: int) -> str:
    """Fill the file system at mount up to `keep` free bytes with one file; returns its path."""
    free = os.statvfs(mount)
    path = os.path.join(mount, "filler")
    with open(path, "wb") as f:
        f.write(b"\0" * max(free.f_bavail * free.f_frsize - keep, 0))
    return path


def read_only(path):
    subprocess.run(["mount", "-o", "remount,ro", path], check=True, capture_output=True)


class Skip(Exception):
    pass


# ---------------------------------------------------------------- the cases
@case("issue31")
def a_refused_train_keeps_the_checkpoint_of_a_run_without_latest(w):
    work = os.path.join(w.root, "nolatest")  # quickstart's layout: work/data, work/run-tiny
    run, data = os.path.join(work, "run-tiny"), os.path.join(work, "data")
    shutil.copytree(w.data, data)
    ok(train(run, data, steps=40))
    os.remove(os.path.join(run, "latest"))
    before = tree(run)
    one_line(train(run, data, steps=40), "ckpt-000040")
    one_line(guppy("quickstart", "--workdir", work, "--preset", "tiny", "--steps", 4, "--samples", 300), "ckpt-000040")
    check(tree(run) == before, f"the run changed: {sorted(set(before) ^ set(tree(run)))}")


@case("issue31")
def train_leaves_a_users_checkpoint_like_folder(w):
    foreign = os.path.join(w.root, "foreign")
    os.makedirs(os.path.join(foreign, "ckpt-000123"))
    with open(os.path.join(foreign, "ckpt-000123", "notes.txt"), "w") as f:
        f.write("precious\n")
    result = train(foreign, w.data, steps=5)
    check(os.path.isfile(os.path.join(foreign, "ckpt-000123", "notes.txt")), f"notes.txt is gone ({result[0]})")
    one_line(result, "ckpt-000123")


@case("issue31")
def no_worker_outlives_a_killed_trainer(w):
    run = os.path.join(w.root, "orphans")
    with stopped_at_end(background_train(run, w.data, "--processes", "2")) as proc:
        started(proc)
        workers = children_of(proc.pid)
        proc.kill()
        proc.wait()
    time.sleep(1.0)
    left = [p for p in workers if os.path.exists(f"/proc/{p}") and "Z" not in open(f"/proc/{p}/stat").read()]
    for pid in left:  # only the workers of the trainer started here
        os.kill(pid, signal.SIGKILL)
    check(workers and not left, f"workers {left} of {workers} outlived the trainer")


@case("paths")
def spaces_unicode_newline_in_every_path(w):
    for name in ("with spaces", "rün 🐟", "new\nline", "-dash", "x" * 255):
        data, run = os.path.join(w.root, "d " + name[:200]), os.path.join(w.root, name)
        ok(guppy("data", f"--out={data}", "--samples", 200), f"data in {name!r}")
        ok(train(run, data), f"train in {name!r}")
        ok(guppy("chat", f"--checkpoint={run}", "--prompt", "hi", "--max-tokens", 4), f"chat in {name!r}")
        ok(guppy("export-web", f"--checkpoint={run}", "--out", data + " site"), f"export in {name!r}")


@case("paths")
def a_name_too_long(w):
    one_line(train(os.path.join(w.root, "y" * 256), w.data), "too long")


@case("paths")
def out_is_dev_null_or_in_proc(w):
    one_line(train("/dev/null", w.data), "not a directory")
    one_line(train("/proc/self/guppy", w.data))


@case("paths")
def out_is_a_dangling_link_or_a_loop(w):
    dangling, loop = os.path.join(w.root, "dangling"), os.path.join(w.root, "loop")
    os.symlink(os.path.join(w.root, "nowhere"), dangling)
    os.symlink(loop, loop)
    for path in (dangling, loop):
        code, _, err = train(path, w.data)
        check("Traceback" not in err, f"a traceback for {path}")
        check(os.path.islink(path), "the link was replaced")


@case("paths")
def out_is_a_link_to_a_run(w):
    link = os.path.join(w.root, "link")
    os.symlink(w.run, link)
    one_line(train(link, w.data), "already holds a run")
    one_line(guppy("chat", "--checkpoint", os.path.join(w.root, "nothing"), "--prompt", "hi"), "does not exist")
    ok(guppy("chat", "--checkpoint", link, "--prompt", "hi", "--max-tokens", 3))


@case("umask")
def umask_777_and_077(w):
    for mask in (0o777, 0o077):
        run, data = os.path.join(w.root, f"u{mask:o}"), os.path.join(w.root, f"ud{mask:o}")
        ok(guppy("data", "--out", data, "--samples", 200, umask=mask), f"data at umask {mask:o}")
        ok(guppy("train", "--preset", "tiny", "--steps", 4, "--data", data, "--out", run, umask=mask))
        ok(guppy("train", "--resume", "--steps", 6, "--data", data, "--out", run, umask=mask), "resume")
        ok(guppy("chat", "--checkpoint", run, "--prompt", "hi", "--max-tokens", 3, umask=mask))
        mode = os.stat(os.path.join(run, "config.json")).st_mode & 0o777
        check(mode == 0o666 & ~mask, f"config.json has mode {mode:o} at umask {mask:o}")


@case("signals")
def sigint_sigterm_sighup_mid_training_then_resume(w):
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGKILL):
        run = os.path.join(w.root, f"sig{int(sig)}")
        with stopped_at_end(background_train(run, w.data, "--processes", "2")) as proc:
            started(proc)
            workers = children_of(proc.pid)
            time.sleep(1.0)
            proc.send_signal(sig)
            code = proc.wait(timeout=30)
            err = stderr_of(proc)
        time.sleep(1.0)
        check("Traceback" not in err, f"{sig.name}: a traceback")
        if sig == signal.SIGINT:
            check(code == 130, f"SIGINT exit status {code}")
        left = [p for p in workers if os.path.exists(f"/proc/{p}") and "Z" not in open(f"/proc/{p}/stat").read()]
        for pid in left:  # only the workers of the trainer started here
            os.kill(pid, signal.SIGKILL)
        check(not left, f"{sig.name}: workers {left} left")
        result = guppy("train", "--resume", "--steps", 20, "--data", w.data, "--out", run)
        if result[0] != 0:  # no checkpoint yet: a one-line refusal is right
            one_line(result, "checkpoint")
        check(strays(run) == [], f"{sig.name}: strays {strays(run)}")


@case("signals")
def sigint_during_data_and_tokenizer(w):
    data = os.path.join(w.root, "sigdata")
    for args in (["data", "--out", data, "--samples", "60000"], ["tokenizer", "--data", data, "--vocab-size", "4096"]):
        if args[0] == "tokenizer":
            ok(guppy("data", "--out", data, "--samples", 20000), "data before the tokenizer")
        proc = subprocess.Popen([*GUPPY, *args], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=ENV)
        with stopped_at_end(proc):
            time.sleep(1.5)
            proc.send_signal(signal.SIGINT)
            code = proc.wait(timeout=60)
            err = proc.stderr.read().decode(errors="replace")
        check("Traceback" not in err and code in (0, 130), f"{args[0]}: {code} {last_line(err)}")
        check(strays(data) == [], f"{args[0]}: strays {strays(data)}")
    ok(guppy("data", "--out", data, "--samples", 200), "data again")


@case("signals")
def ctrl_c_mid_reply_and_closed_streams(w):
    proc = subprocess.Popen(
        [*GUPPY, "chat", "--checkpoint", w.run, "--max-tokens", "64"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
    )
    with stopped_at_end(proc):
        proc.stdin.write((("hello " * 30 + "\n") * 200).encode())
        proc.stdin.flush()
        time.sleep(2.0)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    check(b"Traceback" not in err and proc.returncode in (0, 130), f"chat: {proc.returncode} {err[-200:]!r}")
    piped = subprocess.run(
        f"{' '.join(GUPPY)} chat --checkpoint '{w.run}' --prompt hi | head -c 1",
        shell=True,
        capture_output=True,
        env=ENV,
    )
    check(b"Traceback" not in piped.stderr, "a traceback with a closed pipe")
    closed = subprocess.run(
        [*GUPPY, "chat", "--checkpoint", w.run, "--prompt", "hi"], stdout=subprocess.DEVNULL, env=ENV, stdin=None
    )
    check(closed.returncode == 0, "stdout to /dev/null")
    shut = subprocess.run(
        f"{' '.join(GUPPY)} chat --checkpoint '{w.run}' --prompt hi >&-", shell=True, capture_output=True, env=ENV
    )
    check(b"Traceback" not in shut.stderr, f"a traceback with stdout closed: {shut.stderr[-200:]!r}")
    ok(guppy("chat", "--checkpoint", w.run, stdin=""), "chat with stdin at its end")
    ok(guppy("chat", "--checkpoint", w.run, stdin="\udcff\n hi\n"), "chat with undecodable input")


@case("concurrency")
def two_trainers_on_one_run(w):
    run = os.path.join(w.root, "two")
    with stopped_at_end(background_train(run, w.data)) as first:
        started(first)
        one_line(train(run, w.data), "in use")
        one_line(guppy("train", "--resume", "--data", w.data, "--out", run), "in use")
        one_line(train(run, w.data, "--overwrite"), "in use")


@case("concurrency")
def readers_while_a_trainer_commits(w):
    run = os.path.join(w.root, "busy")
    proc = subprocess.Popen(
        [*GUPPY, "train", "--preset", "tiny", "--steps", "3000", "--data", w.data, "--out", run],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=ENV,
    )
    with stopped_at_end(proc):
        started(proc)
        while not os.path.exists(os.path.join(run, "latest")):
            time.sleep(0.05)
        for k in range(6):
            ok(guppy("chat", "--checkpoint", run, "--prompt", "hi", "--max-tokens", 3), f"chat {k}")
            ok(guppy("export-web", "--checkpoint", run, "--out", os.path.join(w.root, f"site{k}")), f"export {k}")
        ok(guppy("eval", "--checkpoint", run, "--data", w.data), "eval")


@case("concurrency")
def two_data_and_a_tokenizer_at_once(w):
    data = os.path.join(w.root, "shared-data")
    procs = [
        subprocess.Popen([*GUPPY, "data", "--out", data, "--samples", "20000"], stderr=subprocess.PIPE, env=ENV)
        for _ in range(2)
    ]
    time.sleep(0.3)
    tok = guppy("tokenizer", "--data", data, "--vocab-size", 300)
    results = [(p.wait(timeout=120), p.stderr.read().decode()) for p in procs]
    check(sum(code == 0 for code, _ in results) >= 1, f"no data command finished: {results}")
    for code, err in results:
        check(code == 0 or "in use" in err, f"data: {code} {last_line(err)}")
    check(tok[0] == 0 or "in use" in tok[2] or "no training data" in tok[2], f"tokenizer: {last_line(tok[2])}")
    ok(train(os.path.join(w.root, "after-shared"), data), "the dataset they left trains")


@case("concurrency")
def two_new_runs_share_a_data_folder_without_tokenizer(w):
    data = os.path.join(w.root, "notok")
    ok(guppy("data", "--out", data, "--samples", 300))
    procs = [background_train(os.path.join(w.root, f"share{k}"), data, steps=8) for k in range(2)]
    for proc in procs:
        with stopped_at_end(proc):
            proc.wait(timeout=120)
            err = stderr_of(proc)
            check(proc.returncode == 0 or "in use" in err, f"{proc.returncode} {last_line(err)}")


@case("file systems")
def read_only_run_and_data(w):
    with tmpfs(os.path.join(w.root, "ro"), "64m") as mnt:
        run, data = os.path.join(mnt, "run"), os.path.join(mnt, "data")
        shutil.copytree(w.run, run)
        shutil.copytree(w.data, data, ignore=shutil.ignore_patterns("tokenizer.json"))
        read_only(mnt)
        one_line(guppy("train", "--resume", "--steps", 6, "--data", w.data, "--out", run), "read-only")
        one_line(train(os.path.join(mnt, "new"), w.data), "read-only")
        one_line(guppy("data", "--out", data, "--samples", 200), "read-only")
        one_line(guppy("tokenizer", "--data", data), "read-only")
        one_line(train(os.path.join(w.root, "from-ro"), data), "read-only")
        ok(guppy("chat", "--checkpoint", run, "--prompt", "hi", "--max-tokens", 3), "chat from read-only")
        ok(guppy("eval", "--checkpoint", run, "--data", w.data), "eval from read-only")
        ok(guppy("export-web", "--checkpoint", run, "--out", os.path.join(w.root, "ro-site")), "export from ro")


@case("file systems")
def full_file_system(w):
    with tmpfs(os.path.join(w.root, "full"), "400k") as mnt:
        run = os.path.join(mnt, "run")
        one_line(train(run, w.data, steps=4), "space")  # (a tiny checkpoint is ~600 KB)
        check(strays(run) == [], f"strays after a full disk: {strays(run)}")
        one_line(guppy("data", "--out", os.path.join(mnt, "data"), "--samples", 60000), "space")
        check(strays(mnt) == [], f"strays after data: {strays(mnt)}")
        fill(mnt, keep=20 * 1024)
        site = os.path.join(mnt, "site")
        one_line(guppy("export-web", "--checkpoint", w.run, "--out", site), "space")
        check(strays(mnt) == [], f"strays after export-web: {strays(mnt)}")
    with tmpfs(os.path.join(w.root, "fills"), "1200k") as mnt:  # room for the first checkpoints, not the later
        run = os.path.join(mnt, "run")
        shutil.copytree(w.run, run)
        filler = fill(mnt, keep=120 * 1024)
        result = guppy("train", "--resume", "--steps", 12, "--data", w.data, "--out", run)
        if result[0] != 0:
            one_line(result, "space")
        os.remove(filler)
        ok(guppy("chat", "--checkpoint", run, "--prompt", "hi", "--max-tokens", 3), "chat after a full disk")
        ok(guppy("train", "--resume", "--steps", 12, "--data", w.data, "--out", run), "resume after space")
        check(strays(run) == [], f"strays: {strays(run)}")


@case("file systems")
def run_directory_vanishes_mid_training(w):
    for how in ("removed", "renamed"):
        run = os.path.join(w.root, f"vanish-{how}")
        with stopped_at_end(background_train(run, w.data, steps=3000)) as proc:
            started(proc)
            while not os.path.exists(os.path.join(run, "latest")):
                time.sleep(0.05)
            if how == "removed":
                shutil.rmtree(run)
            else:
                os.rename(run, run + "-moved")
            code = proc.wait(timeout=120)
            err = stderr_of(proc)
        check("Traceback" not in err, f"{how}: a traceback: {err.strip()[-200:]}")
        check(code != 0 or how == "renamed", f"{how}: exit {code}")


@case("lock files")
def odd_lock_files(w):
    for kind in ("directory", "fifo", "symlink", "foreign text", "empty"):
        run = os.path.join(w.root, f"lock-{kind.replace(' ', '-')}")
        shutil.copytree(w.run, run)
        lock = os.path.join(run, ".guppy.lock")
        os.remove(lock) if os.path.lexists(lock) else None
        if kind == "directory":
            os.mkdir(lock)
        elif kind == "fifo":
            os.mkfifo(lock)
        elif kind == "symlink":
            os.symlink(os.path.join(w.root, "elsewhere.txt"), lock)
        elif kind == "foreign text":
            with open(lock, "w") as f:
                f.write("precious\n")
        else:
            open(lock, "w").close()
        before = tree(run)
        result = guppy("train", "--resume", "--steps", 6, "--data", w.data, "--out", run)
        if kind == "empty":
            ok(result, "an empty lock file")
            continue
        one_line(result)
        check(tree(run) == before, f"{kind}: the run changed")
        check(not os.path.exists(os.path.join(w.root, "elsewhere.txt")), "the lock's link target was created")


@case("environment")
def odd_device_and_environment(w):
    env = {**ENV, "GUPPY_DEVICE": "bogus"}
    one_line(guppy("chat", "--checkpoint", w.run, "--prompt", "hi", env=env), "bogus")
    env = {k: v for k, v in ENV.items() if k not in ("HOME", "TERM")}
    ok(guppy("chat", "--checkpoint", w.run, "--prompt", "hi", "--max-tokens", 3, env=env), "no HOME")
    ok(guppy("chat", "--checkpoint", w.run, "--prompt", "hi " * 40000, "--max-tokens", 3), "a 120 KB prompt")


# ---------------------------------------------------------------- running them
class Work:
    def __init__(self, root):
        self.root = root
        self.data, self.run = os.path.join(root, "data"), os.path.join(root, "run")
        ok(guppy("data", "--out", self.data, "--samples", 300, "--eval-ratio", "0.1"), "setup data")
        ok(train(self.run, self.data), "setup run")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="run the cases whose group or name holds this word")
    args = parser.parse_args()
    root = tempfile.mkdtemp(prefix="guppy-pass-")
    counts = {"held": 0, "FAILED": 0, "skipped": 0}
    try:
        work = Work(root)
        for group, fn in CASES:
            if args.only and args.only not in group and args.only not in fn.__name__:
                continue
            started_at = time.perf_counter()
            try:
                fn(work)
                verdict, detail = "held", ""
            except Skip as exc:
                verdict, detail = "skipped", str(exc)
            except (Failed, subprocess.TimeoutExpired) as exc:
                verdict, detail = "FAILED", str(exc)
            except Exception as exc:  # the case itself broke: reported, and the pass goes on
                verdict, detail = "FAILED", f"(the case broke: {type(exc).__name__}: {exc})"
            counts[verdict] += 1
            took = time.perf_counter() - started_at
            print(f"{verdict:8s} {group:13s} {fn.__name__:52s} {took:5.1f} s  {detail}", flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(", ".join(f"{n} {k}" for k, n in counts.items()) + f" ({CHECKS[0]} checks)")
    return 1 if counts["FAILED"] else 0


if __name__ == "__main__":
    sys.exit(main())
